module type STORAGE_BACKEND = sig type key type value val get : key -> value option val put : key -> value -> unit end
module Cache (Backend : STORAGE_BACKEND) = struct
  let lookup_with_default_value key default = match Backend.get key with Some v -> v | None -> default
  let store_value_in_backend key value = Backend.put key value
end
