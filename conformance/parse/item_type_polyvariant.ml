type method_ = [ `GET | `POST | `PUT | `Method of string ]
type 'a open_t = [> `A ] as 'a
type status = [ `OK | `Not_found | `Status of int ]
