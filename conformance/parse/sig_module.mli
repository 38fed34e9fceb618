module M : sig
  type t
  val make : unit -> t
end
module N : S
module O : S with type t = int
