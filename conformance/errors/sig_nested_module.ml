module type S = sig module Db : sig val connect : string -> unit end end
module M : S = struct module Db = struct let connect (port : int) = ignore port end end
