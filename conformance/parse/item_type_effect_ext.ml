type _ Effect.t += E : int -> unit Effect.t
type _ Effect.t += Get : int Effect.t | Put : int -> unit Effect.t
