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
        // Unescaped, as the C runtime prints it; any other block (a float too) is `_`.
        Value::String(s) => format!("\"{}\"", String::from_utf8_lossy(s)),
        _ => "_".to_owned(),
    }
}

/// The text a compiled OCaml program prints after `Fatal error: exception ` (the runtime's
/// `caml_format_exception`): the name, then the arguments; `Match_failure`,
/// `Assert_failure` and `Undefined_recursive_module` show their tuple's fields.
pub fn to_string(e: &Value) -> String {
    let Value::Block(tag, fields) = e else { return "_".to_owned() };
    if *tag == tag::OBJECT {
        return name_of_slot(e);
    }
    let fields = fields.to_vec();
    let slot = fields.first().cloned().unwrap_or(Value::Int(0));
    let name = name_of_slot(&slot);
    let special = matches!(name.as_str(), "Match_failure" | "Assert_failure" | "Undefined_recursive_module");
    let args: Vec<String> = match fields.get(1) {
        Some(Value::Block(0, t)) if special && fields.len() == 2 => t.iter().map(|f| field(&f)).collect(),
        _ => fields.iter().skip(1).map(field).collect(),
    };
    if args.is_empty() {
        name
    } else {
        format!("{name}({})", args.join(", "))
    }
}
