//! `Printexc.to_string` as the runtime needs it, for `Fatal error: exception ...`.

use crate::value::{tag, Value};

fn name_of_slot(slot: &Value) -> String {
    match slot.field(0) {
        Some(Value::String(s)) => String::from_utf8_lossy(&s).into_owned(),
        _ => "_".to_owned(),
    }
}

fn field(v: &Value) -> String {
    match v {
        Value::Int(n) => n.to_string(),
        Value::String(s) => {
            let escaped = crate::prims::escaped(s);
            format!("\"{}\"", String::from_utf8_lossy(&escaped))
        }
        Value::Float(f) => crate::prims::string_of_float(*f),
        _ => "_".to_owned(),
    }
}

/// The text OCaml prints for an exception value.
pub fn to_string(e: &Value) -> String {
    let Value::Block(b) = e else { return "_".to_owned() };
    if b.tag == tag::OBJECT {
        let name = name_of_slot(e);
        return match name.as_str() {
            "Out_of_memory" => "Out of memory".to_owned(),
            "Stack_overflow" => "Stack overflow".to_owned(),
            _ => name,
        };
    }
    let fields = b.fields.borrow();
    let slot = fields.first().cloned().unwrap_or(Value::Int(0));
    let name = name_of_slot(&slot);
    let location = |what: &str| -> Option<String> {
        let t = fields.get(1)?;
        let file = match t.field(0)? {
            Value::String(s) => String::from_utf8_lossy(&s).into_owned(),
            _ => return None,
        };
        let line = t.field(1)?.as_int()?;
        let col = t.field(2)?.as_int()?;
        Some(format!("File \"{file}\", line {line}, characters {col}-{}: {what}", col + 5))
    };
    let special = match name.as_str() {
        "Match_failure" => location("Pattern matching failed"),
        "Assert_failure" => location("Assertion failed"),
        "Undefined_recursive_module" => location("Undefined recursive module"),
        _ => None,
    };
    if let Some(s) = special {
        return s;
    }
    let args: Vec<String> = fields.iter().skip(1).map(field).collect();
    match args.len() {
        0 => name,
        _ => format!("{name}({})", args.join(", ")),
    }
}
