module type S = sig module Log : sig val info : string -> unit end val run : unit -> unit end
module M : S = struct let run () = () end
