let card ~title ?(subtitle = "none") ~body () =
  <div class="card">
    <h2><%s title %></h2>
    <h3><%s subtitle %></h3>
    <p><%s! body %></p>
  </div>

let () =
  print_string (card ~title:"A" ~body:"<em>x</em>" ());
  print_string (card ~subtitle:"S&S" ~title:"B" ~body:"y" ())
