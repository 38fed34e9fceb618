let j = Yojson.Safe.from_string {|{"name":"Alice","age":30,"tags":["a","b","c"],"nested":{"x":1.5,"y":null,"z":[true,false]},"empty":[],"eo":{},"long":["aaaaaaaaaaaaaaaaaaaa","bbbbbbbbbbbbbbbbbbbbbbbbbbbbb","cccccccccccccccccccccccc","dddddddddddddd"]}|}
let () = print_endline (Yojson.Safe.pretty_to_string j)
