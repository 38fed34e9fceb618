open Ppx_yojson_conv_lib.Yojson_conv.Primitives
type user = { name : string; age : int; email : string option; tags : string list } [@@deriving yojson]
let () =
  let u = { name = "ann"; age = 31; email = None; tags = ["a"; "b"] } in
  let j = yojson_of_user u in
  print_endline (Yojson.Safe.to_string j);
  let u' = user_of_yojson (Yojson.Safe.from_string {|{"name":"bob","age":25,"email":"b@x.org","tags":[]}|}) in
  Printf.printf "%s %d %s %d\n" u'.name u'.age (Option.value ~default:"-" u'.email) (List.length u'.tags);
  print_endline (Yojson.Safe.to_string (yojson_of_user u'))
