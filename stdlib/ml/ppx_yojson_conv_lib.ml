(* What code derived by [@@deriving yojson] calls: ppx_yojson_conv_lib's converters for the
   predefined types (under Yojson_conv.Primitives, which programs open) and its exception. *)

module Yojson = Yojson

module Yojson_conv = struct
  exception Of_yojson_error of exn * Yojson.Safe.t

  let of_yojson_error what json = raise (Of_yojson_error (Failure what, json))

  module Primitives = struct
    let yojson_of_unit () = `Null
    let yojson_of_bool b = `Bool b
    let yojson_of_string s = `String s
    let yojson_of_bytes b = `String (Bytes.to_string b)
    let yojson_of_char c = `String (String.make 1 c)
    let yojson_of_int n = `Int n
    let yojson_of_float f = `Float f
    let yojson_of_int32 n = `Intlit (Int32.to_string n)
    let yojson_of_int64 n = `Intlit (Int64.to_string n)
    let yojson_of_nativeint n = `Intlit (Nativeint.to_string n)
    let yojson_of_ref f r = f !r
    let yojson_of_lazy_t f l = f (Lazy.force l)
    let yojson_of_option f = function Some x -> f x | None -> `Null
    let yojson_of_list f l = `List (List.map f l)
    let yojson_of_array f a = `List (Array.to_list (Array.map f a))
    let yojson_of_hashtbl fk fv h = `List (Hashtbl.fold (fun k v acc -> `List [fk k; fv v] :: acc) h [])

    let unit_of_yojson = function `Null -> () | j -> of_yojson_error "unit_of_yojson: null needed" j
    let bool_of_yojson = function `Bool b -> b | j -> of_yojson_error "bool_of_yojson: true/false needed" j
    let string_of_yojson = function `String s -> s | j -> of_yojson_error "string_of_yojson: string needed" j
    let bytes_of_yojson = function `String s -> Bytes.of_string s | j -> of_yojson_error "bytes_of_yojson: string needed" j
    let char_of_yojson = function
      | `String s when String.length s = 1 -> s.[0]
      | j -> of_yojson_error "char_of_yojson: string of size one needed" j
    let int_of_yojson = function `Int n -> n | j -> of_yojson_error "int_of_yojson: integer needed" j
    let float_of_yojson = function
      | `Float f -> f
      | `Int n -> float_of_int n
      | j -> of_yojson_error "float_of_yojson: float needed" j
    let int32_of_yojson = function
      | `Int n -> Int32.of_int n
      | `Intlit s -> Int32.of_string s
      | j -> of_yojson_error "int32_of_yojson: integer needed" j
    let int64_of_yojson = function
      | `Int n -> Int64.of_int n
      | `Intlit s -> Int64.of_string s
      | j -> of_yojson_error "int64_of_yojson: integer needed" j
    let nativeint_of_yojson = function
      | `Int n -> Nativeint.of_int n
      | `Intlit s -> Nativeint.of_string s
      | j -> of_yojson_error "nativeint_of_yojson: integer needed" j
    let ref_of_yojson f j = ref (f j)
    let lazy_t_of_yojson f j = Lazy.from_val (f j)
    let option_of_yojson f = function `Null -> None | j -> Some (f j)
    let list_of_yojson f = function `List l -> List.map f l | j -> of_yojson_error "list_of_yojson: list needed" j
    let array_of_yojson f = function
      | `List l -> Array.of_list (List.map f l)
      | j -> of_yojson_error "array_of_yojson: list needed" j
  end
  include Primitives
end
