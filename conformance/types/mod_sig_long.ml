module type REPOSITORY = sig
  type connection
  type user = { id : int; name : string; email : string }
  val connect : string -> connection
  val find_user_by_identifier : connection -> int -> user option
  val list_all_users_in_database : connection -> limit:int -> offset:int -> user list
end
module Repo : REPOSITORY = struct
  type connection = string
  type user = { id : int; name : string; email : string }
  let connect s = s
  let find_user_by_identifier _ id = Some { id; name = "n"; email = "e" }
  let list_all_users_in_database _ ~limit ~offset = ignore (limit, offset); []
end
