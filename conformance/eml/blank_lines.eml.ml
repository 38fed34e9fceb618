let page () =
  <a>

  <b>
      
  <c>



let () = print_string (page ())
