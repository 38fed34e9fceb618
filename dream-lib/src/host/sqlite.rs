//! SQLite for Caqti's sqlite3 driver (stdlib/ml/caqti_driver_sqlite3.ml): open, run one
//! statement with bound parameters, close. Calls are local and short, so they answer at once
//! on the interpreter's thread rather than through the event loop.
//!
//! Values cross as `Null | Int of int | Float of float | Text of string | Blob of string`
//! (`Null` is the constant 0, the others blocks with tags 0 to 3).

use std::cell::RefCell;
use std::collections::HashMap;

use mlrun_runtime::host::HostValue;
use mlrun_runtime::value::{Value, UNIT};
use rusqlite::types::{Value as Sql, ValueRef};
use rusqlite::{Connection, OpenFlags};

thread_local! {
    static OPEN: RefCell<(i64, HashMap<i64, Connection>)> = RefCell::new((0, HashMap::new()));
}

fn ok(v: Value) -> Value {
    Value::block(0, vec![v])
}

fn error(v: Value) -> Value {
    Value::block(1, vec![v])
}

/// `(path, create)` -> `Ok handle | Error message`. Each new connection turns foreign keys
/// on, as Dream's pool does for SQLite.
pub fn open(arg: &HostValue) -> Value {
    let path = String::from_utf8_lossy(arg.field(0).and_then(HostValue::as_bytes).unwrap_or_default()).into_owned();
    let create = arg.field(1).and_then(HostValue::as_int).unwrap_or(1) != 0;
    let mut flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_URI | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    if create {
        flags |= OpenFlags::SQLITE_OPEN_CREATE;
    }
    let conn = match Connection::open_with_flags(&path, flags) {
        Ok(c) => c,
        Err(e) => return error(Value::string(message(&e))),
    };
    if let Err(e) = conn.execute_batch("PRAGMA foreign_keys = ON") {
        return error(Value::string(message(&e)));
    }
    OPEN.with(|open| {
        let mut open = open.borrow_mut();
        open.0 += 1;
        let id = open.0;
        open.1.insert(id, conn);
        ok(Value::Int(id))
    })
}

pub fn close(arg: &HostValue) -> Value {
    if let Some(id) = arg.as_int() {
        OPEN.with(|open| open.borrow_mut().1.remove(&id));
    }
    UNIT
}

/// `(handle, sql, params)` -> `Ok rows | Error (code, message)`, each row a block of values.
pub fn exec(arg: &HostValue) -> Value {
    let id = arg.field(0).and_then(HostValue::as_int).unwrap_or(-1);
    let sql = String::from_utf8_lossy(arg.field(1).and_then(HostValue::as_bytes).unwrap_or_default()).into_owned();
    let params = list(arg.field(2));
    OPEN.with(|open| {
        let open = open.borrow();
        let Some(conn) = open.1.get(&id) else {
            return failure("MISUSE", "the connection is closed".to_owned());
        };
        match run(conn, &sql, &params) {
            Ok(rows) => ok(rows.into_iter().rev().fold(Value::Int(0), |tail, row| Value::block(0, vec![row, tail]))),
            Err(e) => {
                let code = match &e {
                    rusqlite::Error::SqliteFailure(f, _) => format!("{:?}", f.code),
                    _ => "ERROR".to_owned(),
                };
                failure(&code, message(&e))
            }
        }
    })
}

/// SQLite's own message (`sqlite3_errmsg`), without what rusqlite adds to it (the path of a
/// file that cannot be opened, the offset of a syntax error).
fn message(e: &rusqlite::Error) -> String {
    match e {
        rusqlite::Error::SqliteFailure(f, Some(m)) if f.code == rusqlite::ErrorCode::CannotOpen => {
            m.split(": ").next().unwrap_or(m).to_owned()
        }
        rusqlite::Error::SqliteFailure(_, Some(m)) => m.clone(),
        rusqlite::Error::SqliteFailure(f, None) => f.to_string(),
        rusqlite::Error::SqlInputError { msg, .. } => msg.clone(),
        other => other.to_string(),
    }
}

fn failure(code: &str, message: String) -> Value {
    error(Value::block(0, vec![Value::string(code), Value::string(message)]))
}

/// The items of an ML list.
fn list(mut v: Option<&HostValue>) -> Vec<&HostValue> {
    let mut out = vec![];
    while let Some(HostValue::Block(_, cell)) = v {
        if let Some(head) = cell.first() {
            out.push(head);
        }
        v = cell.get(1);
    }
    out
}

fn param(v: &HostValue) -> Sql {
    match v {
        HostValue::Block(0, f) => Sql::Integer(f.first().and_then(HostValue::as_int).unwrap_or(0)),
        HostValue::Block(1, f) => Sql::Real(f.first().and_then(HostValue::as_float).unwrap_or(0.0)),
        HostValue::Block(2, f) => {
            Sql::Text(String::from_utf8_lossy(f.first().and_then(HostValue::as_bytes).unwrap_or_default()).into_owned())
        }
        HostValue::Block(_, f) => Sql::Blob(f.first().and_then(HostValue::as_bytes).unwrap_or_default().to_vec()),
        _ => Sql::Null,
    }
}

fn run(conn: &Connection, sql: &str, params: &[&HostValue]) -> rusqlite::Result<Vec<Value>> {
    let mut stmt = conn.prepare_cached(sql)?;
    let expected = stmt.parameter_count();
    if expected > params.len() {
        return Err(rusqlite::Error::InvalidParameterCount(params.len(), expected));
    }
    for (i, p) in params.iter().enumerate().take(expected) {
        stmt.raw_bind_parameter(i + 1, param(p))?;
    }
    let columns = stmt.column_count();
    let mut rows = stmt.raw_query();
    let mut out = vec![];
    while let Some(row) = rows.next()? {
        let mut fields = Vec::with_capacity(columns);
        for i in 0..columns {
            fields.push(match row.get_ref(i)? {
                ValueRef::Null => Value::Int(0),
                ValueRef::Integer(n) => Value::block(0, vec![Value::int(n)]),
                ValueRef::Real(f) => Value::block(1, vec![Value::Float(f)]),
                ValueRef::Text(t) => Value::block(2, vec![Value::string(t)]),
                ValueRef::Blob(b) => Value::block(3, vec![Value::string(b)]),
            });
        }
        out.push(Value::block(0, fields));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(x: &str) -> HostValue {
        HostValue::String(x.as_bytes().to_vec())
    }

    fn list_of(items: Vec<HostValue>) -> HostValue {
        items.into_iter().rev().fold(HostValue::Int(0), |tail, h| HostValue::Block(0, vec![h, tail]))
    }

    #[test]
    fn runs_statements_with_parameters() {
        let handle = HostValue::of_value(&open(&HostValue::Block(0, vec![s(":memory:"), HostValue::Int(1)])));
        let id = handle.field(0).cloned().unwrap_or(HostValue::Int(-1));
        let run = |sql: &str, ps: Vec<HostValue>| HostValue::of_value(&exec(&HostValue::Block(0, vec![id.clone(), s(sql), list_of(ps)])));
        assert_eq!(run("CREATE TABLE t (a INTEGER, b TEXT)", vec![]), HostValue::Block(0, vec![HostValue::Int(0)]));
        run("INSERT INTO t VALUES (?1, ?2)", vec![HostValue::Block(0, vec![HostValue::Int(7)]), HostValue::Block(2, vec![s("x")])]);
        let rows = run("SELECT a, b FROM t", vec![]);
        let row = HostValue::Block(0, vec![HostValue::Block(0, vec![HostValue::Int(7)]), HostValue::Block(2, vec![s("x")])]);
        assert_eq!(rows, HostValue::Block(0, vec![HostValue::Block(0, vec![row, HostValue::Int(0)])]));
        let bad = run("SELECT nope FROM t", vec![]);
        assert!(matches!(bad, HostValue::Block(1, _)));
    }
}
