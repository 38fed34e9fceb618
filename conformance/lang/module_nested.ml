module Outer = struct
  let name = "outer"
  module Inner = struct
    let name = "inner"
    module Deepest = struct
      let name = "deepest"
      let path () = String.concat "." [ "Outer"; "Inner"; name ]
    end
    let both () = name ^ "+" ^ Deepest.name
  end
  let all () = [ name; Inner.name; Inner.Deepest.name ]
end

module Alias = Outer.Inner
module D = Outer.Inner.Deepest

let () =
  print_endline Outer.name;
  print_endline Outer.Inner.name;
  print_endline (Outer.Inner.Deepest.path ());
  print_endline (Alias.both ());
  print_endline D.name;
  print_endline (String.concat "," (Outer.all ()));
  let module L = struct let name = "local module" let twice s = s ^ s end in
  print_endline (L.twice L.name);
  let open Outer.Inner in
  print_endline name
