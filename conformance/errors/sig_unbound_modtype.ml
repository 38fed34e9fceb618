module M : ORDERED = struct let compare = compare end
