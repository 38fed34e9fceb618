let point = `Point (1.0, 2.0)
let named = `Name "alice"
let nested = `Outer (`Inner 3)
let listed = [`Int 1; `Str "two"; `Int 3]
