//! Types the stdlib's sources cannot give: mlrun's Printf and Format take a format as the
//! string it is at run time, so their printing functions are given OCaml's interface here.

use super::Checker;
use crate::ast::SigItemKind;

/// (module, OCaml signature items overriding what was inferred)
const OVERRIDES: &[(&str, &str)] = &[
    // mlrun's reader builds Safe's and Basic's trees with one function, whose inferred row
    // has every tag; Yojson's interface gives each its own type.
    (
        "Yojson",
        "module Safe : sig
           val from_string : ?buf:Buffer.t -> ?fname:string -> ?lnum:int -> string -> Safe.t
           val from_channel : ?buf:Buffer.t -> ?fname:string -> ?lnum:int -> in_channel -> Safe.t
           val to_string : ?buf:Buffer.t -> ?len:int -> ?suf:string -> ?std:bool -> Safe.t -> string
           val to_buffer : ?suf:string -> ?std:bool -> Buffer.t -> Safe.t -> unit
           val to_channel : ?buf:Buffer.t -> ?len:int -> ?suf:string -> ?std:bool -> out_channel -> Safe.t -> unit
           val pretty_print : ?std:bool -> Format.formatter -> Safe.t -> unit
           val pretty_to_string : ?std:bool -> Safe.t -> string
           val pretty_to_channel : ?std:bool -> out_channel -> Safe.t -> unit
           val sort : Safe.t -> Safe.t
           val equal : Safe.t -> Safe.t -> bool
           val compare : Safe.t -> Safe.t -> int
           val from_file : ?buf:Buffer.t -> ?fname:string -> ?lnum:int -> string -> Safe.t
         end
         module Basic : sig
           val from_string : ?buf:Buffer.t -> ?fname:string -> ?lnum:int -> string -> Basic.t
           val from_channel : ?buf:Buffer.t -> ?fname:string -> ?lnum:int -> in_channel -> Basic.t
           val to_string : ?buf:Buffer.t -> ?len:int -> ?suf:string -> ?std:bool -> Basic.t -> string
           val to_buffer : ?suf:string -> ?std:bool -> Buffer.t -> Basic.t -> unit
           val to_channel : ?buf:Buffer.t -> ?len:int -> ?suf:string -> ?std:bool -> out_channel -> Basic.t -> unit
           val pretty_print : ?std:bool -> Format.formatter -> Basic.t -> unit
           val pretty_to_string : ?std:bool -> Basic.t -> string
           val pretty_to_channel : ?std:bool -> out_channel -> Basic.t -> unit
           val sort : Basic.t -> Basic.t
           val equal : Basic.t -> Basic.t -> bool
           val compare : Basic.t -> Basic.t -> int
         end
         val from_string : ?buf:Buffer.t -> ?fname:string -> ?lnum:int -> string -> Safe.t
         val to_string : ?buf:Buffer.t -> ?len:int -> ?suf:string -> ?std:bool -> Safe.t -> string
         val pretty_to_string : ?std:bool -> Safe.t -> string",
    ),
    ("Lazy", "val force : 'a lazy_t -> 'a"),
    ("Effect", "exception Unhandled : 'a t -> exn"),
    (
        "Lwt",
        "val return : 'a -> 'a t
         val return_unit : unit t
         val return_none : 'a option t
         val return_nil : 'a list t
         val return_true : bool t
         val return_false : bool t
         val return_some : 'a -> 'a option t
         val return_ok : 'a -> ('a, 'b) result t
         val return_error : 'e -> ('a, 'e) result t
         val fail : exn -> 'a t
         val bind : 'a t -> ('a -> 'b t) -> 'b t
         val map : ('a -> 'b) -> 'a t -> 'b t
         val catch : (unit -> 'a t) -> (exn -> 'a t) -> 'a t
         val try_bind : (unit -> 'a t) -> ('a -> 'b t) -> (exn -> 'b t) -> 'b t
         val finalize : (unit -> 'a t) -> (unit -> unit t) -> 'a t
         val both : 'a t -> 'b t -> ('a * 'b) t
         val join : unit t list -> unit t
         val all : 'a t list -> 'a list t
         val choose : 'a t list -> 'a t
         val pick : 'a t list -> 'a t
         val ( >>= ) : 'a t -> ('a -> 'b t) -> 'b t
         val ( >|= ) : 'a t -> ('a -> 'b) -> 'b t
         val ( =<< ) : ('a -> 'b t) -> 'a t -> 'b t
         val ( =|< ) : ('a -> 'b) -> 'a t -> 'b t
         val ( <&> ) : unit t -> unit t -> unit t
         val ( <?> ) : 'a t -> 'a t -> 'a t
         module Infix : sig
           val ( >>= ) : 'a t -> ('a -> 'b t) -> 'b t
           val ( >|= ) : 'a t -> ('a -> 'b) -> 'b t
           val ( =<< ) : ('a -> 'b t) -> 'a t -> 'b t
           val ( =|< ) : ('a -> 'b) -> 'a t -> 'b t
           val ( <&> ) : unit t -> unit t -> unit t
           val ( <?> ) : 'a t -> 'a t -> 'a t
         end
         module Syntax : sig
           val ( let* ) : 'a t -> ('a -> 'b t) -> 'b t
           val ( and* ) : 'a t -> 'b t -> ('a * 'b) t
           val ( let+ ) : 'a t -> ('a -> 'b) -> 'b t
           val ( and+ ) : 'a t -> 'b t -> ('a * 'b) t
         end",
    ),
    (
        "Lwt_list",
        "val iter_s : ('a -> unit Lwt.t) -> 'a list -> unit Lwt.t
         val iter_p : ('a -> unit Lwt.t) -> 'a list -> unit Lwt.t
         val iteri_s : (int -> 'a -> unit Lwt.t) -> 'a list -> unit Lwt.t
         val iteri_p : (int -> 'a -> unit Lwt.t) -> 'a list -> unit Lwt.t
         val map_s : ('a -> 'b Lwt.t) -> 'a list -> 'b list Lwt.t
         val map_p : ('a -> 'b Lwt.t) -> 'a list -> 'b list Lwt.t
         val mapi_s : (int -> 'a -> 'b Lwt.t) -> 'a list -> 'b list Lwt.t
         val mapi_p : (int -> 'a -> 'b Lwt.t) -> 'a list -> 'b list Lwt.t
         val filter_s : ('a -> bool Lwt.t) -> 'a list -> 'a list Lwt.t
         val filter_p : ('a -> bool Lwt.t) -> 'a list -> 'a list Lwt.t
         val filter_map_s : ('a -> 'b option Lwt.t) -> 'a list -> 'b list Lwt.t
         val filter_map_p : ('a -> 'b option Lwt.t) -> 'a list -> 'b list Lwt.t
         val fold_left_s : ('a -> 'b -> 'a Lwt.t) -> 'a -> 'b list -> 'a Lwt.t
         val fold_right_s : ('a -> 'b -> 'b Lwt.t) -> 'a list -> 'b -> 'b Lwt.t
         val for_all_s : ('a -> bool Lwt.t) -> 'a list -> bool Lwt.t
         val for_all_p : ('a -> bool Lwt.t) -> 'a list -> bool Lwt.t
         val exists_s : ('a -> bool Lwt.t) -> 'a list -> bool Lwt.t
         val exists_p : ('a -> bool Lwt.t) -> 'a list -> bool Lwt.t
         val find_s : ('a -> bool Lwt.t) -> 'a list -> 'a Lwt.t
         val partition_s : ('a -> bool Lwt.t) -> 'a list -> ('a list * 'a list) Lwt.t
         val partition_p : ('a -> bool Lwt.t) -> 'a list -> ('a list * 'a list) Lwt.t",
    ),
    (
        "Stdlib",
        "type ('a, 'b, 'c, 'd) format4 = ('a, 'b, 'c, 'c, 'c, 'd) format6
         type ('a, 'b, 'c) format = ('a, 'b, 'c, 'c) format4
         val ( ^^ ) : ('a, 'b, 'c, 'd, 'e, 'f) format6 -> ('f, 'b, 'c, 'e, 'g, 'h) format6 -> ('a, 'b, 'c, 'd, 'g, 'h) format6
         val string_of_format : ('a, 'b, 'c, 'd, 'e, 'f) format6 -> string
         val format_of_string : ('a, 'b, 'c, 'd, 'e, 'f) format6 -> ('a, 'b, 'c, 'd, 'e, 'f) format6",
    ),
    (
        "Printf",
        "val printf : ('a, out_channel, unit) format -> 'a
         val eprintf : ('a, out_channel, unit) format -> 'a
         val fprintf : out_channel -> ('a, out_channel, unit) format -> 'a
         val sprintf : ('a, unit, string) format -> 'a
         val bprintf : Buffer.t -> ('a, Buffer.t, unit) format -> 'a
         val ifprintf : 'b -> ('a, 'b, 'c, unit) format4 -> 'a
         val ksprintf : (string -> 'd) -> ('b, unit, string, 'd) format4 -> 'b
         val kprintf : (string -> 'd) -> ('b, unit, string, 'd) format4 -> 'b
         val kfprintf : (out_channel -> 'd) -> out_channel -> ('b, out_channel, unit, 'd) format4 -> 'b
         val kbprintf : (Buffer.t -> 'd) -> Buffer.t -> ('b, Buffer.t, unit, 'd) format4 -> 'b
         val ikfprintf : ('b -> 'd) -> 'b -> ('a, 'b, 'c, 'd) format4 -> 'a
         val ibprintf : Buffer.t -> ('a, Buffer.t, unit) format -> 'a
         val ikbprintf : (Buffer.t -> 'd) -> Buffer.t -> ('a, Buffer.t, unit, 'd) format4 -> 'a",
    ),
    (
        "Format",
        "val printf : ('a, formatter, unit) format -> 'a
         val eprintf : ('a, formatter, unit) format -> 'a
         val fprintf : formatter -> ('a, formatter, unit) format -> 'a
         val sprintf : ('a, unit, string) format -> 'a
         val asprintf : ('a, formatter, unit, string) format4 -> 'a
         val kasprintf : (string -> 'a) -> ('b, formatter, unit, 'a) format4 -> 'b
         val ksprintf : (string -> 'd) -> ('b, unit, string, 'd) format4 -> 'b
         val kfprintf : (formatter -> 'a) -> formatter -> ('b, formatter, unit, 'a) format4 -> 'b
         val ifprintf : formatter -> ('a, formatter, unit) format -> 'a
         val ikfprintf : (formatter -> 'a) -> formatter -> ('b, formatter, unit, 'a) format4 -> 'b
         val dprintf : ('a, formatter, unit, formatter -> unit) format4 -> 'a
         val kdprintf : ((formatter -> unit) -> 'a) -> ('b, formatter, unit, 'a) format4 -> 'b
         val kprintf : (string -> 'a) -> ('b, unit, string, 'a) format4 -> 'b
         val bprintf : Buffer.t -> ('a, formatter, unit) format -> 'a",
    ),
    (
        "Scanf",
        "val bscanf_format : Scanning.in_channel -> ('a, 'b, 'c, 'd, 'e, 'f) format6 -> (('a, 'b, 'c, 'd, 'e, 'f) format6 -> 'g) -> 'g
         val sscanf_format : string -> ('a, 'b, 'c, 'd, 'e, 'f) format6 -> (('a, 'b, 'c, 'd, 'e, 'f) format6 -> 'g) -> 'g
         val format_from_string : string -> ('a, 'b, 'c, 'd, 'e, 'f) format6 -> ('a, 'b, 'c, 'd, 'e, 'f) format6",
    ),
];

impl Checker {
    /// Binds the overriding values and types of `module` in the current scope.
    pub(super) fn apply_overrides(&mut self, module: &str) {
        for (m, src) in OVERRIDES {
            if *m != module {
                continue;
            }
            let Ok(parsed) = crate::parse::interface(src) else { continue };
            self.signature_items(&parsed.tree);
        }
    }

    fn signature_items(&mut self, items: &[crate::ast::SigItem]) {
            for item in items {
                self.tvars.clear();
                match &item.kind {
                    SigItemKind::Value(vd) => {
                        self.store.level += 1;
                        let t = self.type_expr(&vd.ty, true);
                        self.store.level -= 1;
                        if let Ok(t) = t {
                            self.store.generalize(t, true);
                            self.env.add_value(&vd.name.txt, t);
                        }
                    }
                    SigItemKind::Module(md) => {
                        let (Some(name), crate::ast::ModTypeKind::Signature(inner)) = (&md.name.txt, &md.ty.kind) else { continue };
                        // The submodule as inferred, with the given values replacing its own.
                        let mut m = self.env.module(name).map(|m| (*m).clone()).unwrap_or_default();
                        let mark = self.env.mark();
                        self.signature_items(inner);
                        let given = self.env.since(mark);
                        self.env.restore(mark);
                        m.values.extend(given.values);
                        self.env.add_module(name, std::rc::Rc::new(m));
                    }
                    SigItemKind::Exception(c) => {
                        let _ = self.exception(c);
                    }
                    SigItemKind::Type(_, decls) => {
                        let _ = self.type_decls(decls, false);
                    }
                    _ => {}
                }
            }
    }
}
