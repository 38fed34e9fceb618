//! OCaml's spelling suggestions for unbound names ("Hint: Did you mean ...?"): the names at
//! the smallest edit distance, within a cutoff that grows with the name's length.

/// Edit distance with adjacent transpositions, or `None` past `cutoff`.
fn distance(a: &str, b: &str, cutoff: usize) -> Option<usize> {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > cutoff {
        return None;
    }
    let width = b.len() + 1;
    let mut d = vec![0usize; (a.len() + 1) * width];
    let idx = |i: usize, j: usize| i * width + j;
    for i in 0..=a.len() {
        if let Some(x) = d.get_mut(idx(i, 0)) {
            *x = i;
        }
    }
    for j in 0..=b.len() {
        if let Some(x) = d.get_mut(idx(0, j)) {
            *x = j;
        }
    }
    let get = |d: &Vec<usize>, i: usize, j: usize| d.get(idx(i, j)).copied().unwrap_or(usize::MAX / 2);
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let same = a.get(i - 1) == b.get(j - 1);
            let mut v = (get(&d, i - 1, j) + 1).min(get(&d, i, j - 1) + 1).min(get(&d, i - 1, j - 1) + usize::from(!same));
            if i > 1 && j > 1 && a.get(i - 1) == b.get(j - 2) && a.get(i - 2) == b.get(j - 1) {
                v = v.min(get(&d, i - 2, j - 2) + 1);
            }
            if let Some(x) = d.get_mut(idx(i, j)) {
                *x = v;
            }
        }
    }
    let r = get(&d, a.len(), b.len());
    (r <= cutoff).then_some(r)
}

/// The names nearest to `name`, sorted.
pub fn suggestions(name: &str, names: Vec<&str>) -> Vec<String> {
    let cutoff = match name.chars().count() {
        1 | 2 => 0,
        3 | 4 => 1,
        5 | 6 => 2,
        _ => 3,
    };
    let mut best: Option<usize> = None;
    let mut out: Vec<String> = vec![];
    for n in names {
        if n == name {
            continue;
        }
        let Some(d) = distance(name, n, cutoff) else { continue };
        match best {
            Some(b) if d > b => {}
            Some(b) if d == b => out.push(n.to_owned()),
            _ => {
                best = Some(d);
                out = vec![n.to_owned()];
            }
        }
    }
    out.sort();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_names() {
        assert_eq!(suggestions("Nope", vec!["None", "Some", "Not_found"]), vec!["None"]);
        assert_eq!(suggestions("zz", vec!["z", "zzz"]), Vec::<String>::new());
        assert_eq!(suggestions("lenght", vec!["length", "print"]), vec!["length"]);
    }
}
