type 'a t = { x : 'a; f : 'b. 'b -> 'b; g : 'b 'c. 'b -> 'c -> 'a * 'b }
let t = { x = 1; f = (fun y -> y); g = (fun b _ -> (1, b)) }
let tt = t.f "s", t.f 1
type handlers = { on : 'e. ('e -> string) -> 'e -> unit }
