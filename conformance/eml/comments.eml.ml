(* A comment before the template. *)
let page () =
  <!-- an HTML comment, kept -->
  <p>(* not an OCaml comment *)</p>
% (* an OCaml comment in a % line *)
  <p>after</p>
(* and after it *)
let () = print_string (page ())
