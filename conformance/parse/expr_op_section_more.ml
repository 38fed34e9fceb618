let a = ( ~- )
let b = ( ~-. )
let c = ( <> )
let d = ( && )
let e = ( :: )
let f = ( let* )
let g = ( * ) 2 3
let h = String.( ^ )
