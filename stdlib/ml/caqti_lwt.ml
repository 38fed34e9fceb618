(* Caqti_lwt for mlrun: the connection signature Dream programs unpack
   ([(module Db : Caqti_lwt.CONNECTION)]) and [or_fail]. Connections come from Dream's pool
   (Dream.sql); the module of each is built in Caqti_type's unit. *)

module type CONNECTION = sig
  val exec : ('a, unit, [< `Zero ]) Caqti_request.t -> 'a -> (unit, [> Caqti_error.call_or_retrieve ]) result Lwt.t
  val find : ('a, 'b, [< `One ]) Caqti_request.t -> 'a -> ('b, [> Caqti_error.call_or_retrieve ]) result Lwt.t
  val find_opt :
    ('a, 'b, [< `Zero | `One ]) Caqti_request.t -> 'a -> ('b option, [> Caqti_error.call_or_retrieve ]) result Lwt.t
  val collect_list :
    ('a, 'b, [< `Zero | `One | `Many ]) Caqti_request.t -> 'a -> ('b list, [> Caqti_error.call_or_retrieve ]) result Lwt.t
  val rev_collect_list :
    ('a, 'b, [< `Zero | `One | `Many ]) Caqti_request.t -> 'a -> ('b list, [> Caqti_error.call_or_retrieve ]) result Lwt.t
  val fold :
    ('a, 'b, [< `Zero | `One | `Many ]) Caqti_request.t -> ('b -> 'c -> 'c) -> 'a -> 'c ->
    ('c, [> Caqti_error.call_or_retrieve ]) result Lwt.t
  val fold_s :
    ('a, 'b, [< `Zero | `One | `Many ]) Caqti_request.t -> ('b -> 'c -> ('c, 'e) result Lwt.t) -> 'a -> 'c ->
    ('c, [> Caqti_error.call_or_retrieve ] as 'e) result Lwt.t
  val iter_s :
    ('a, 'b, [< `Zero | `One | `Many ]) Caqti_request.t -> ('b -> (unit, 'e) result Lwt.t) -> 'a ->
    (unit, [> Caqti_error.call_or_retrieve ] as 'e) result Lwt.t
  val start : unit -> (unit, [> Caqti_error.transact ]) result Lwt.t
  val commit : unit -> (unit, [> Caqti_error.transact ]) result Lwt.t
  val rollback : unit -> (unit, [> Caqti_error.transact ]) result Lwt.t
  val with_transaction : (unit -> ('a, 'e) result Lwt.t) -> ('a, 'e) result Lwt.t
  val validate : unit -> bool Lwt.t
  val check : (bool -> unit) -> unit
  val disconnect : unit -> unit Lwt.t
end

type connection = (module CONNECTION)

let or_fail = function
  | Ok x -> Lwt.return x
  | Error e -> Lwt.fail (Caqti_error.Exn (e :> Caqti_error.t))
