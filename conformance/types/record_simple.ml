type p = { name : string; age : int }
let mk name age = { name; age }
let older p = { p with age = p.age + 1 }
let name p = p.name
