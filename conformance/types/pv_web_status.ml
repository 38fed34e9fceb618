module Web = struct
  type informational = [ `Continue | `Switching_Protocols ]
  type success = [ `OK | `Created | `No_Content ]
  type client_error = [ `Bad_Request | `Forbidden | `Not_Found ]
  type standard_status = [ informational | success | client_error ]
  type status = [ standard_status | `Status of int ]
  type method_ = [ `GET | `POST | `PUT | `DELETE | `Method of string ]
  let status_to_int : status -> int = function
    | `Continue -> 100 | `Switching_Protocols -> 101
    | `OK -> 200 | `Created -> 201 | `No_Content -> 204
    | `Bad_Request -> 400 | `Forbidden -> 403 | `Not_Found -> 404
    | `Status n -> n
  let respond ?(status = `OK) body = (status_to_int (status :> status), body)
  let empty status = (status_to_int (status :> status), "")
  let method_to_string (m : [< method_ ]) = match (m :> method_) with
    | `GET -> "GET" | `POST -> "POST" | `PUT -> "PUT" | `DELETE -> "DELETE" | `Method s -> s
  let form body = if body = "" then `Missing_form else if String.length body > 100 then `Many_tokens body else `Ok [("k", body)]
end
let handler meth body =
  match meth with
  | `GET -> Web.respond "hello"
  | `POST ->
    (match Web.form body with
     | `Ok [ (_, v) ] -> Web.respond ~status:`Created v
     | `Ok _ -> Web.empty `Bad_Request
     | _ -> Web.empty (`Status 422))
  | _ -> Web.empty `Not_Found
let r = handler `GET ""
let names = List.map Web.method_to_string [`GET; `Method "PATCH"]
