//! A tiny S-expression document with an 80-column pretty printer, used by the `--dump` outputs.

pub enum Sexp {
    Atom(String),
    List(Vec<Sexp>),
}

impl Sexp {
    pub fn atom(s: impl Into<String>) -> Sexp {
        Sexp::Atom(s.into())
    }

    /// `(head children...)`
    pub fn node(head: &str, children: impl IntoIterator<Item = Sexp>) -> Sexp {
        let mut v = vec![Sexp::atom(head)];
        v.extend(children);
        Sexp::List(v)
    }

    fn flat_len(&self, limit: usize) -> usize {
        match self {
            Sexp::Atom(s) => s.len(),
            Sexp::List(items) => {
                let mut n = 2 + items.len().saturating_sub(1);
                for i in items {
                    n += i.flat_len(limit);
                    if n > limit {
                        break;
                    }
                }
                n
            }
        }
    }

    fn write_flat(&self, out: &mut String) {
        match self {
            Sexp::Atom(s) => out.push_str(s),
            Sexp::List(items) => {
                out.push('(');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(' ');
                    }
                    item.write_flat(out);
                }
                out.push(')');
            }
        }
    }

    /// Fits a list on one line when it can; otherwise its head stays on the first line and the
    /// children go one per line, indented by two.
    pub fn write(&self, out: &mut String, indent: usize) {
        const WIDTH: usize = 80;
        let room = WIDTH.saturating_sub(indent);
        match self {
            Sexp::List(items) if self.flat_len(room) > room => {
                out.push('(');
                let mut iter = items.iter();
                if let Some(head) = iter.next() {
                    head.write(out, indent + 1);
                }
                for item in iter {
                    out.push('\n');
                    out.push_str(&" ".repeat(indent + 2));
                    item.write(out, indent + 2);
                }
                out.push(')');
            }
            _ => self.write_flat(out),
        }
    }

    pub fn render(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, 0);
        out
    }
}
