let thunk = fun () -> 42
