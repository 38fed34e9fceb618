let page () =
  <p>100% sure; a > b; 5%>2 <i>%</i></p>
  <p>%% is text here, % too</p>

let () = print_string (page ())
