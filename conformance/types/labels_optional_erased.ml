let f2 ?(x = 1) y = x + y
let h : int -> int = f2
let k = (f2 : ?x:int -> int -> int)
let g ~a ?b c = a + c + (match b with Some b -> b | None -> 0)
let r1 = g 1 ~a:2
let r2 = g ~a:1 2
let r3 = g ~b:3 ~a:1 2
let apply (fn : a:int -> int -> int) = fn ~a:1 2
let r4 = apply (fun ~a c -> a + c)
let compose f g x = f (g x)
let r5 = compose (fun x -> x + 1) (f2 ~x:2) 3
let opt ?x () = x
let r6 : int option = opt ()
let rec loop ?(acc = 0) n = if n = 0 then acc else loop ~acc:(acc + n) (n - 1)
let r7 = loop 10
let cb (f : unit -> unit) = f ()
let () = cb (fun () -> ())
let w ?(s = "") = fun () -> s
let r8 = w ()
let pp ?(sep = ",") l = String.concat sep l
let r9 = List.map (pp ~sep:";") [["a"]]
let r10 = [ "a" ] |> pp
