open Ppx_yojson_conv_lib.Yojson_conv.Primitives
type prims = {
  i : int; f : float; s : string; b : bool; c : char; u : unit;
  l : int list; a : string array; o : int option; n : int option; r : int ref;
  i64 : int64; j : Yojson.Safe.t;
} [@@deriving yojson]
let () =
  let v = { i = 1; f = 2.5; s = "s"; b = true; c = 'x'; u = (); l = [1; 2]; a = [| "p" |];
            o = Some 3; n = None; r = ref 4; i64 = 5L; j = `List [`Null] } in
  let j = yojson_of_prims v in
  print_endline (Yojson.Safe.to_string j);
  let v' = prims_of_yojson j in
  Printf.printf "%d %g %s %b %c %d %d %d %Ld %s\n" v'.i v'.f v'.s v'.b v'.c (List.length v'.l)
    (Option.get v'.o) !(v'.r) v'.i64 (Yojson.Safe.to_string v'.j)
