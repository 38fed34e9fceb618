type user = { name : string; role : [ `Admin | `User | `Guest ] }
let can_edit u = match u.role with `Admin | `User -> true | `Guest -> false
let promote u = { u with role = `Admin }
let guest name = { name; role = `Guest }
