//! Signatures and module types printed as `ocamlc -i` prints them (Oprint's boxes).

use super::modtypes::MTy;
use super::pp::{BoxKind, Doc};
use super::printer::Namer;
use super::{Checker, SigOut};

impl Checker {
    pub(super) fn item_docs(&self, item: &SigOut, namer: &mut Namer) -> Vec<Doc> {
        match item {
            SigOut::Val(name, t, _) => {
                namer.reset();
                let mut d = Doc::default();
                d.open(BoxKind::Hov, 2).text(format!("val {} :", value_name(name))).space();
                d.append(self.store.type_doc(*t, namer)).close();
                vec![d]
            }
            SigOut::Types(ds) => ds
                .iter()
                .enumerate()
                .filter_map(|(i, (d, _))| self.store.decl(*d).map(|decl| self.store.decl_doc(decl, if i == 0 { "type" } else { "and" }, namer)))
                .collect(),
            SigOut::Exn(c, _) => {
                namer.reset();
                let mut d = Doc::default();
                d.open(BoxKind::Hov, 2).text("exception ");
                self.store.ctor_doc(*c, namer, &mut d);
                d.close();
                vec![d]
            }
            SigOut::Module(name, MTy::Alias(target), _) => {
                let mut d = Doc::default();
                d.open(BoxKind::Hov, 2).text(format!("module {name} =")).space().text(target.clone()).close();
                vec![d]
            }
            SigOut::Module(name, mty, _) => {
                let mut d = Doc::default();
                d.open(BoxKind::Hov, 2).text(format!("module {name} :")).space();
                d.append(self.mty_doc(mty, &format!("{name}."), namer)).close();
                vec![d]
            }
            SigOut::ModType(name, None, _) => {
                let mut d = Doc::default();
                d.open(BoxKind::Hov, 2).text(format!("module type {name}")).close();
                vec![d]
            }
            SigOut::ModType(name, Some(mty), _) => {
                let mut d = Doc::default();
                d.open(BoxKind::Hov, 2).text(format!("module type {name} =")).space();
                d.append(self.mty_doc(mty, &format!("{name}."), namer)).close();
                vec![d]
            }
        }
    }

    /// A module type; `name` is the path component its types are defined under.
    pub(super) fn mty_doc(&self, mty: &MTy, name: &str, namer: &mut Namer) -> Doc {
        let mut d = Doc::default();
        match mty {
            MTy::Named(n, _) => {
                d.text(n.clone());
            }
            MTy::Alias(n) => {
                d.text(format!("(module {n})"));
            }
            MTy::Sig(items) => {
                let saved = namer.prefix.clone();
                namer.prefix = format!("{saved}{name}");
                d.append(self.sig_doc(items, namer));
                namer.prefix = saved;
            }
            MTy::Functor(..) => {
                let mut args = vec![];
                let mut res = mty;
                while let MTy::Functor(p, r) = res {
                    args.push(p);
                    res = r;
                }
                // Oprint: an anonymous parameter is `S ->`; named ones (and `()`) are grouped
                // after `functor`.
                d.open(BoxKind::Hov, 2);
                let mut rest = args.as_slice();
                while let Some((first, _)) = rest.split_first() {
                    if let Some((None, pt)) = first {
                        d.append(self.mty_doc(pt, "", namer)).text(" ->").space();
                        rest = rest.get(1..).unwrap_or_default();
                        continue;
                    }
                    let named = rest.iter().take_while(|p| !matches!(p, Some((None, _)))).count();
                    d.open(BoxKind::Hov, 2).text("functor");
                    for p in rest.iter().take(named) {
                        d.space();
                        match p {
                            Some((Some(pn), pt)) => {
                                d.text(format!("({pn} : "));
                                let saved = std::mem::take(&mut namer.prefix);
                                d.append(self.mty_doc(pt, &format!("{pn}."), namer));
                                namer.prefix = saved;
                                d.text(")");
                            }
                            _ => {
                                d.text("()");
                            }
                        }
                    }
                    d.close().space().text("->").space();
                    rest = rest.get(named..).unwrap_or_default();
                }
                d.append(self.mty_doc(res, name, namer));
                d.close();
            }
        }
        d
    }

    /// `sig ... end`, one item after another.
    pub(super) fn sig_doc(&self, items: &[SigOut], namer: &mut Namer) -> Doc {
        let mut d = Doc::default();
        if items.is_empty() {
            d.text("sig end");
            return d;
        }
        d.open(BoxKind::Hv, 2).text("sig");
        for item in items {
            for inner in self.item_docs(item, namer) {
                d.space().append(inner);
            }
        }
        d.brk(1, -2).text("end").close();
        d
    }
}

/// An operator value is printed in parentheses.
pub(super) fn value_name(name: &str) -> String {
    if name.chars().all(|c| c.is_alphanumeric() || c == '_' || c == '\'') {
        name.to_owned()
    } else {
        format!("( {name} )")
    }
}
