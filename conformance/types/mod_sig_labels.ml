module type API = sig
  val get : ?headers:(string * string) list -> string -> string
  val post : body:string -> string -> int
end
module Api : API = struct
  let get ?(headers = []) url = url ^ string_of_int (List.length headers)
  let post ~body url = String.length body + String.length url
end
let r = Api.get "u"
let n = Api.post ~body:"b" "u"
