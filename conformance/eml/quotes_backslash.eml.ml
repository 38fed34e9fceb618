let page () =
  <p class="x">C:\path\to "file"	tab</p>

let () = print_string (page ())
