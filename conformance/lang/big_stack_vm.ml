(* A tiny stack-based virtual machine with a compiler from expressions *)
type instr =
  | Push of int
  | Add | Sub | Mul | Div
  | Dup | Swap | Pop
  | Load of int | Store of int
  | Jmp of int | Jz of int
  | Print
  | Halt

exception Vm_error of string * int

let string_of_instr = function
  | Push n -> "push " ^ string_of_int n
  | Add -> "add" | Sub -> "sub" | Mul -> "mul" | Div -> "div"
  | Dup -> "dup" | Swap -> "swap" | Pop -> "pop"
  | Load i -> "load " ^ string_of_int i
  | Store i -> "store " ^ string_of_int i
  | Jmp i -> "jmp " ^ string_of_int i
  | Jz i -> "jz " ^ string_of_int i
  | Print -> "print" | Halt -> "halt"

let run ?(trace = false) code =
  let stack = ref [] and mem = Array.make 8 0 and pc = ref 0 and steps = ref 0 in
  let out = Buffer.create 64 in
  let pop () = match !stack with x :: r -> stack := r; x | [] -> raise (Vm_error ("stack underflow", !pc)) in
  let push x = stack := x :: !stack in
  let running = ref true in
  while !running do
    if !pc < 0 || !pc >= Array.length code then raise (Vm_error ("pc out of range", !pc));
    let ins = code.(!pc) in
    if trace then Printf.printf "  %2d %-10s [%s]\n" !pc (string_of_instr ins) (String.concat " " (List.map string_of_int !stack));
    incr pc;
    incr steps;
    if !steps > 10_000 then raise (Vm_error ("step limit", !pc));
    match ins with
    | Push n -> push n
    | Add -> let b = pop () in let a = pop () in push (a + b)
    | Sub -> let b = pop () in let a = pop () in push (a - b)
    | Mul -> let b = pop () in let a = pop () in push (a * b)
    | Div -> let b = pop () in let a = pop () in if b = 0 then raise (Vm_error ("division by zero", !pc - 1)) else push (a / b)
    | Dup -> let a = pop () in push a; push a
    | Swap -> let b = pop () in let a = pop () in push b; push a
    | Pop -> ignore (pop ())
    | Load i -> push mem.(i)
    | Store i -> mem.(i) <- pop ()
    | Jmp t -> pc := t
    | Jz t -> if pop () = 0 then pc := t
    | Print -> Buffer.add_string out (string_of_int (pop ())); Buffer.add_char out ' '
    | Halt -> running := false
  done;
  (Buffer.contents out, !steps, !stack)

type expr = Int of int | Plus of expr * expr | Minus of expr * expr | Times of expr * expr | Over of expr * expr

let rec compile = function
  | Int n -> [ Push n ]
  | Plus (a, b) -> compile a @ compile b @ [ Add ]
  | Minus (a, b) -> compile a @ compile b @ [ Sub ]
  | Times (a, b) -> compile a @ compile b @ [ Mul ]
  | Over (a, b) -> compile a @ compile b @ [ Div ]

let report name code =
  Printf.printf "== %s (%d instructions)\n" name (Array.length code);
  match run code with
  | out, steps, stack -> Printf.printf "output: %s| steps %d | stack [%s]\n" out steps (String.concat " " (List.map string_of_int stack))
  | exception Vm_error (msg, pc) -> Printf.printf "vm error: %s at %d\n" msg pc

let () =
  let e = Times (Plus (Int 2, Int 3), Minus (Int 10, Over (Int 8, Int 2))) in
  let code = Array.of_list (compile e @ [ Print; Halt ]) in
  print_endline (String.concat "; " (Array.to_list (Array.map string_of_instr code)));
  report "expression" code;
  (* countdown loop: mem0 = 5; while mem0 <> 0 do print mem0; mem0 -= 1 done *)
  let loop = [| Push 5; Store 0; Load 0; Jz 10; Load 0; Print; Load 0; Push 1; Sub; Store 0; Jmp 2 |] in
  let loop = Array.append (Array.sub loop 0 10) [| Jmp 2; Halt |] in
  loop.(3) <- Jz 11;
  report "countdown" loop;
  (* factorial of 10 *)
  let fact = [| Push 1; Store 0; Push 10; Store 1; Load 1; Jz 15; Load 0; Load 1; Mul; Store 0; Load 1; Push 1; Sub; Store 1; Jmp 4; Load 0; Print; Halt |] in
  report "factorial" fact;
  report "underflow" [| Push 1; Add; Halt |];
  report "div by zero" [| Push 1; Push 0; Div; Halt |];
  report "runaway" [| Jmp 0 |];
  report "falls off" [| Push 1 |];
  Printf.printf "trace:\n";
  ignore (run ~trace:true [| Push 6; Push 7; Swap; Sub; Dup; Mul; Print; Halt |])

(* A peephole optimiser and a disassembler with jump labels *)
let optimise code =
  let rec go = function
    | Push a :: Push b :: Add :: rest -> go (Push (a + b) :: rest)
    | Push a :: Push b :: Mul :: rest -> go (Push (a * b) :: rest)
    | Push 0 :: Add :: rest -> go rest
    | Push 1 :: Mul :: rest -> go rest
    | Dup :: Pop :: rest -> go rest
    | Swap :: Swap :: rest -> go rest
    | x :: rest -> x :: go rest
    | [] -> [] in
  let rec fix l = let l' = go l in if l' = l then l else fix l' in
  fix code

let disassemble code =
  let targets = Array.fold_left (fun acc i -> match i with Jmp t | Jz t -> t :: acc | _ -> acc) [] code in
  Array.iteri
    (fun i ins ->
      let label = if List.mem i targets then Printf.sprintf "L%d:" i else "" in
      Printf.printf "%-5s %s\n" label (string_of_instr ins))
    code

let () =
  let e = Plus (Times (Int 1, Plus (Int 2, Int 3)), Plus (Int 0, Int 4)) in
  let raw = compile e in
  let opt = optimise raw in
  Printf.printf "raw: %s\n" (String.concat "; " (List.map string_of_instr raw));
  Printf.printf "opt: %s\n" (String.concat "; " (List.map string_of_instr opt));
  let o1, _, _ = run (Array.of_list (raw @ [ Print; Halt ])) and o2, _, _ = run (Array.of_list (opt @ [ Print; Halt ])) in
  Printf.printf "same result: %b (%s)\n" (o1 = o2) o1;
  Printf.printf "%s\n" (String.concat "; " (List.map string_of_instr (optimise [ Push 1; Dup; Pop; Swap; Swap; Push 0; Add; Print ])));
  disassemble [| Push 3; Store 0; Load 0; Jz 9; Load 0; Push 1; Sub; Store 0; Jmp 2; Halt |]
