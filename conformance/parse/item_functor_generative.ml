module F () = struct let x = ref 0 end
module M = F ()
module G = functor () -> struct end
module H (X : S) () = struct end
