//! Types the stdlib's sources cannot give: mlrun's Printf and Format take a format as the
//! string it is at run time, so their printing functions are given OCaml's interface here.

use super::Checker;
use crate::ast::SigItemKind;

/// (module, OCaml signature items overriding what was inferred)
const OVERRIDES: &[(&str, &str)] = &[
    ("Lazy", "val force : 'a lazy_t -> 'a"),
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
         val kfprintf : (out_channel -> 'd) -> out_channel -> ('b, out_channel, unit, 'd) format4 -> 'b",
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
         val kfprintf : (formatter -> 'a) -> formatter -> ('b, formatter, unit, 'a) format4 -> 'b",
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
            for item in &parsed.tree {
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
                    SigItemKind::Type(_, decls) => {
                        let _ = self.type_decls(decls, false);
                    }
                    _ => {}
                }
            }
        }
    }
}
