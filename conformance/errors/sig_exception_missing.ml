module type S = sig exception Not_ready val check : unit -> unit end
module M : S = struct let check () = () end
