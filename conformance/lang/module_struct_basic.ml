module Counter = struct
  let count = ref 0
  let incr () = count := !count + 1
  let get () = !count
  let name = "counter"
end

module Geometry = struct
  type point = { x : float; y : float }
  let origin = { x = 0.; y = 0. }
  let dist a b = sqrt (((a.x -. b.x) ** 2.) +. ((a.y -. b.y) ** 2.))
  let to_string p = Printf.sprintf "(%g, %g)" p.x p.y
end

let () =
  Counter.incr ();
  Counter.incr ();
  Printf.printf "%s = %d\n" Counter.name (Counter.get ());
  let p = { Geometry.x = 3.; y = 4. } in
  Printf.printf "%s to %s: %g\n" (Geometry.to_string Geometry.origin) (Geometry.to_string p) (Geometry.dist Geometry.origin p);
  let q = Geometry.{ x = 1.; y = 1. } in
  print_endline (Geometry.to_string q);
  Printf.printf "%g\n" p.Geometry.x;
  let open Counter in
  incr ();
  Printf.printf "%d\n" (get ())
