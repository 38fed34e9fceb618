let page () =
  <p>x</p>
	(* a tab is not indentation: this line ends the template *)
let () = print_string (page ())
