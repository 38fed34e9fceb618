//! A small model of OCaml's Format: boxes and break hints laid out at a margin, so that
//! signatures and error messages wrap where ocamlc wraps them.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BoxKind {
    H,
    V,
    Hv,
    /// `@[<hov>` and `@[` (OCaml's structural box behaves the same for what we print).
    Hov,
    /// `@[<hov>` where OCaml's printer says so explicitly (polymorphic variant types): laid out
    /// as `Hov`, but its breaks do not make an error message split after the type.
    HovOnly,
}

#[derive(Debug, Clone)]
pub enum Tok {
    Text(String),
    /// spaces, offset, and whether the break is always taken.
    Break(usize, isize, bool),
    Open(BoxKind, isize),
    Close,
}

#[derive(Default, Debug, Clone)]
pub struct Doc {
    pub toks: Vec<Tok>,
}

impl Doc {
    pub fn text(&mut self, s: impl Into<String>) -> &mut Doc {
        self.toks.push(Tok::Text(s.into()));
        self
    }
    pub fn brk(&mut self, n: usize, off: isize) -> &mut Doc {
        self.toks.push(Tok::Break(n, off, false));
        self
    }
    pub fn space(&mut self) -> &mut Doc {
        self.brk(1, 0)
    }
    pub fn open(&mut self, k: BoxKind, indent: isize) -> &mut Doc {
        self.toks.push(Tok::Open(k, indent));
        self
    }
    pub fn close(&mut self) -> &mut Doc {
        self.toks.push(Tok::Close);
        self
    }
    pub fn append(&mut self, other: Doc) -> &mut Doc {
        self.toks.extend(other.toks);
        self
    }
    /// Whether a break lies directly in a structural box (see `HovOnly`).
    pub fn has_break(&self) -> bool {
        let mut boxes = vec![];
        for t in &self.toks {
            match t {
                Tok::Open(k, _) => boxes.push(*k),
                Tok::Close => {
                    boxes.pop();
                }
                Tok::Break(..) if !matches!(boxes.last(), Some(BoxKind::HovOnly | BoxKind::Hv)) => return true,
                _ => {}
            }
        }
        false
    }

    /// Lays the document out starting at column `col`, with OCaml's default margin (78):
    /// as measured on ocamlc's output, a line is broken rather than reach 78 characters.
    pub fn render(&self, col: usize) -> String {
        layout(&self.toks, col, 78)
    }
}

/// The size of each token as Format computes it: a box's whole flat width, a break's width up
/// to the next break or the end of its box.
fn sizes(toks: &[Tok]) -> Vec<usize> {
    let mut size = vec![0; toks.len()];
    let mut total = 0usize;
    // (token index, total before it, is_break)
    let mut stack: Vec<(usize, usize, bool)> = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        match t {
            Tok::Text(s) => total += s.len(),
            Tok::Break(n, _, _) => {
                if let Some(&(j, start, true)) = stack.last() {
                    if let Some(s) = size.get_mut(j) {
                        *s = total - start;
                    }
                    stack.pop();
                }
                stack.push((i, total, true));
                total += n;
            }
            Tok::Open(..) => stack.push((i, total, false)),
            Tok::Close => {
                if let Some(&(j, start, true)) = stack.last() {
                    if let Some(s) = size.get_mut(j) {
                        *s = total - start;
                    }
                    stack.pop();
                }
                if let Some((j, start, false)) = stack.pop() {
                    if let Some(s) = size.get_mut(j) {
                        *s = total - start;
                    }
                }
            }
        }
    }
    for (j, start, _) in stack {
        if let Some(s) = size.get_mut(j) {
            *s = total - start;
        }
    }
    size
}

fn layout(toks: &[Tok], col: usize, margin: usize) -> String {
    let size = sizes(toks);
    let mut out = String::new();
    let mut col = col;
    // (kind, fits, indent column of the box)
    let mut boxes: Vec<(BoxKind, bool, isize)> = Vec::new();
    // The indentation of the last line break, and whether nothing was printed since.
    let mut cur_indent: isize = 0;
    let mut new_line = false;
    for (i, t) in toks.iter().enumerate() {
        let sz = size.get(i).copied().unwrap_or(0);
        let left = margin.saturating_sub(col);
        match t {
            Tok::Text(s) => {
                out.push_str(s);
                col += s.len();
                new_line &= s.is_empty();
            }
            Tok::Open(k, indent) => boxes.push((*k, sz < left, col as isize + indent)),
            Tok::Close => {
                boxes.pop();
            }
            Tok::Break(n, off, force) => {
                let (kind, fits, base) = boxes.last().copied().unwrap_or((BoxKind::Hov, false, 0));
                let newline = *force
                    || match kind {
                        BoxKind::H => false,
                        BoxKind::V => true,
                        BoxKind::Hv => !fits,
                        BoxKind::HovOnly => !fits && sz >= left,
                        // A structural box also breaks where breaking would move the line
                        // back left of the current indentation (Format's `Pp_box`).
                        BoxKind::Hov => !fits && (sz >= left || !new_line && cur_indent > base + off),
                    };
                if newline {
                    let indent = (base + off).max(0) as usize;
                    cur_indent = indent as isize;
                    new_line = true;
                    out.push('\n');
                    out.push_str(&" ".repeat(indent));
                    col = indent;
                } else {
                    out.push_str(&" ".repeat(*n));
                    col += n;
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn breaks_only_when_needed() {
        let mut d = Doc::default();
        d.open(BoxKind::Hov, 2).text("val x :").space().text("int").close();
        assert_eq!(d.render(0), "val x : int");
        let mut d = Doc::default();
        d.open(BoxKind::Hov, 2).text("a".repeat(70)).space().text("b".repeat(20)).close();
        assert_eq!(d.render(0), format!("{}\n  {}", "a".repeat(70), "b".repeat(20)));
    }
}
