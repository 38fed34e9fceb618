module Base = struct
  let greet name = "hello " ^ name
  let version = 1
end

module Extended = struct
  include Base
  let version = version + 1
  let shout name = String.uppercase_ascii (greet name)
end

module type SHOW = sig type t val show : t -> string end
module type SHOW_LIST = sig include SHOW val show_list : t list -> string end

module IntShow : SHOW_LIST with type t = int = struct
  type t = int
  let show = string_of_int
  let show_list l = "[" ^ String.concat ";" (List.map show l) ^ "]"
end

module MyList = struct
  include List
  let sum = fold_left ( + ) 0
end

let () =
  print_endline (Extended.greet "a");
  print_endline (Extended.shout "b");
  Printf.printf "versions %d %d\n" Base.version Extended.version;
  print_endline (IntShow.show_list [ 1; 2; 3 ]);
  Printf.printf "%d %d\n" (MyList.sum [ 1; 2; 3; 4 ]) (MyList.length [ 1; 2 ]);
  print_endline (String.concat "," (MyList.map string_of_int (MyList.rev [ 1; 2; 3 ])))
