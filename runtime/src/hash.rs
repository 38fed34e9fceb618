//! OCaml's structural hash (`caml_hash`: MurmurHash3 mixing over a breadth-first walk of the
//! value, with OCaml's limits), so that `Hashtbl.hash` values and hash-table iteration orders
//! are those of real OCaml.

use crate::value::{tag, Value};

fn mix(mut h: u32, mut d: u32) -> u32 {
    d = d.wrapping_mul(0xcc9e_2d51);
    d = d.rotate_left(15);
    d = d.wrapping_mul(0x1b87_3593);
    h ^= d;
    h = h.rotate_left(13);
    h.wrapping_mul(5).wrapping_add(0xe654_6b64)
}

fn final_mix(mut h: u32) -> u32 {
    h ^= h >> 16;
    h = h.wrapping_mul(0x85eb_ca6b);
    h ^= h >> 13;
    h = h.wrapping_mul(0xc2b2_ae35);
    h ^ (h >> 16)
}

/// An int as the runtime sees it: the tagged word `2n + 1`, folded to 32 bits.
fn mix_intnat(h: u32, d: i64) -> u32 {
    let n = ((d >> 32) ^ (d >> 63) ^ d) as u32;
    mix(h, n)
}

fn mix_double(h: u32, f: f64) -> u32 {
    let bits = f.to_bits();
    let (mut hi, mut lo) = ((bits >> 32) as u32, bits as u32);
    if hi & 0x7ff0_0000 == 0x7ff0_0000 && (lo | (hi & 0xf_ffff)) != 0 {
        // Every NaN hashes as this one.
        hi = 0x7ff0_0000;
        lo = 1;
    } else if hi == 0x8000_0000 && lo == 0 {
        hi = 0;
    }
    mix(mix(h, lo), hi)
}

fn mix_string(mut h: u32, s: &[u8]) -> u32 {
    let mut chunks = s.chunks_exact(4);
    for c in &mut chunks {
        h = mix(h, u32::from_le_bytes([c.first().copied().unwrap_or(0), c.get(1).copied().unwrap_or(0), c.get(2).copied().unwrap_or(0), c.get(3).copied().unwrap_or(0)]));
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut w = 0u32;
        for (i, b) in rest.iter().enumerate() {
            w |= u32::from(*b) << (8 * i);
        }
        h = mix(h, w);
    }
    h ^ (s.len() as u32)
}

/// A flat float array or record (`Double_array_tag`).
fn is_float_array(tag: u8) -> bool {
    tag == crate::prims::DOUBLE_ARRAY_TAG
}

/// `caml_hash count limit seed v`.
pub fn hash(count: i64, limit: i64, seed: i64, v: &Value) -> i64 {
    let size = limit.clamp(0, 256) as usize;
    let mut num = count;
    let mut h = seed as u32;
    let mut queue: Vec<Value> = vec![*v];
    let mut rd = 0;
    while rd < queue.len() && num > 0 {
        let Some(v) = queue.get(rd).cloned() else { break };
        rd += 1;
        match &v {
            Value::Int(n) => {
                h = mix_intnat(h, n.wrapping_mul(2).wrapping_add(1));
                num -= 1;
            }
            Value::String(s) => {
                h = mix_string(h, s);
                num -= 1;
            }
            Value::Bytes(b) => {
                h = mix_string(h, &b.borrow());
                num -= 1;
            }
            Value::Float(f) => {
                h = mix_double(h, *f);
                num -= 1;
            }
            Value::Closure(_) => {}
            Value::Block(t, b) if *t == tag::OBJECT => {
                h = mix_intnat(h, b.get(1).as_ref().and_then(Value::as_int).unwrap_or(0));
                num -= 1;
            }
            Value::Block(t, b) if *t == crate::prims::boxed::CUSTOM_TAG => {
                // A custom block is hashed by its own function, as one meaningful value.
                if let Some(n) = crate::prims::boxed::custom_hash(&b.to_vec()) {
                    h = mix(h, n);
                    num -= 1;
                }
            }
            Value::Block(t, b) if is_float_array(*t) => {
                // OCaml stores arrays and records of floats flat (Double_array_tag): each
                // float counts, and no header is mixed in.
                for f in b.iter() {
                    if let Value::Float(x) = f {
                        h = mix_double(h, x);
                    }
                    num -= 1;
                    if num <= 0 {
                        break;
                    }
                }
            }
            Value::Block(t, fields) => {
                // The header (size and tag) is mixed in, without counting towards `count`.
                let header = ((fields.len() as u64) << 10) | u64::from(*t);
                h = mix(h, header as u32);
                for f in fields.iter() {
                    if queue.len() >= size {
                        break;
                    }
                    queue.push(f);
                }
            }
        }
    }
    i64::from(final_mix(h) & 0x3fff_ffff)
}
