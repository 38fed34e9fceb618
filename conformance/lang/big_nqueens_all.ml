(* N-queens: count all solutions for n = 1..9 with three methods and print boards *)
let safe queens col =
  let rec go dist = function
    | [] -> true
    | c :: rest -> c <> col && abs (c - col) <> dist && go (dist + 1) rest in
  go 1 queens

let solve_list n =
  let rec place row queens =
    if row = n then [ List.rev queens ]
    else
      List.concat_map (fun col -> if safe queens col then place (row + 1) (col :: queens) else []) (List.init n Fun.id) in
  place 0 []

let count_arrays n =
  let cols = Array.make n false and d1 = Array.make (2 * n) false and d2 = Array.make (2 * n) false in
  let count = ref 0 in
  let rec go row =
    if row = n then incr count
    else
      for c = 0 to n - 1 do
        if not cols.(c) && not d1.(row + c) && not d2.(row - c + n) then begin
          cols.(c) <- true; d1.(row + c) <- true; d2.(row - c + n) <- true;
          go (row + 1);
          cols.(c) <- false; d1.(row + c) <- false; d2.(row - c + n) <- false
        end
      done in
  go 0;
  !count

let count_bits n =
  let all = (1 lsl n) - 1 in
  let rec go cols ld rd =
    if cols = all then 1
    else begin
      let avail = ref (all land lnot (cols lor ld lor rd)) and total = ref 0 in
      while !avail <> 0 do
        let bit = !avail land (- !avail) in
        avail := !avail lxor bit;
        total := !total + go (cols lor bit) ((ld lor bit) lsl 1) ((rd lor bit) lsr 1)
      done;
      !total
    end in
  go 0 0 0

let print_board n sol =
  List.iter
    (fun c ->
      for i = 0 to n - 1 do print_string (if i = c then "Q " else ". ") done;
      print_newline ())
    sol

let () =
  for n = 1 to 9 do
    let l = List.length (solve_list n) in
    let a = count_arrays n and b = count_bits n in
    Printf.printf "n=%d: %d %d %d%s\n" n l a b (if l = a && a = b then "" else " MISMATCH")
  done;
  Printf.printf "n=10 (bits): %d\n" (count_bits 10);
  let sols = solve_list 6 in
  List.iteri
    (fun i s ->
      Printf.printf "solution %d: %s\n" (i + 1) (String.concat "," (List.map string_of_int s));
      print_board 6 s)
    sols;
  match solve_list 8 with
  | first :: _ ->
    print_endline "first 8-queens solution:";
    print_board 8 first
  | [] -> print_endline "none"

(* Symmetry classes of the 8-queens solutions and a board validity checker *)
let rotate n sol =
  let a = Array.of_list sol in
  let r = Array.make n 0 in
  Array.iteri (fun row col -> r.(col) <- n - 1 - row) a;
  Array.to_list r

let mirror n sol = List.map (fun c -> n - 1 - c) sol

let canonical n sol =
  let rec rots k s acc = if k = 0 then acc else rots (k - 1) (rotate n s) (s :: mirror n s :: acc) in
  List.hd (List.sort compare (rots 4 sol []))

let valid n sol =
  List.length sol = n
  && List.for_all (fun c -> c >= 0 && c < n) sol
  && (let a = Array.of_list sol in
      let ok = ref true in
      for i = 0 to n - 1 do
        for j = i + 1 to n - 1 do
          if a.(i) = a.(j) || abs (a.(i) - a.(j)) = j - i then ok := false
        done
      done;
      !ok)

let () =
  let sols = solve_list 8 in
  let classes = List.sort_uniq compare (List.map (canonical 8) sols) in
  Printf.printf "8-queens: %d solutions, %d up to symmetry\n" (List.length sols) (List.length classes);
  List.iteri (fun i c -> if i < 3 then Printf.printf "class %d: %s\n" i (String.concat "" (List.map string_of_int c))) classes;
  Printf.printf "all valid: %b\n" (List.for_all (valid 8) sols);
  Printf.printf "invalid example: %b\n" (valid 4 [ 0; 1; 2; 3 ]);
  Printf.printf "rotate 4 [1;3;0;2] = %s\n" (String.concat "," (List.map string_of_int (rotate 4 [ 1; 3; 0; 2 ])))
