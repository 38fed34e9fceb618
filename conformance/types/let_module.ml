let f () = let module M = struct let x = 2 end in M.x
