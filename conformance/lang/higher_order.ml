let rec map f = function [] -> [] | x :: r -> let y = f x in y :: map f r
let rec filter p = function [] -> [] | x :: r -> if p x then x :: filter p r else filter p r
let rec fold f acc = function [] -> acc | x :: r -> fold f (f acc x) r
let compose f g x = f (g x)
let ( >> ) f g x = g (f x)

let () =
  let l = List.init 10 succ in
  let show l = String.concat " " (List.map string_of_int l) in
  print_endline (show (map (fun x -> x * x) l));
  print_endline (show (filter (fun x -> x mod 3 = 0) l));
  Printf.printf "%d\n" (fold ( + ) 0 l);
  let pipeline = filter (fun x -> x > 3) >> map (fun x -> x * 10) >> fold ( + ) 0 in
  Printf.printf "%d\n" (pipeline l);
  let f = compose string_of_int (fun x -> x + 1) in
  print_endline (f 41);
  let sum_by f l = List.fold_left (fun acc x -> acc + f x) 0 l in
  Printf.printf "%d\n" (sum_by String.length [ "a"; "bb"; "ccc" ]);
  let memo f =
    let cache = Hashtbl.create 16 in
    fun x -> match Hashtbl.find_opt cache x with Some v -> v | None -> let v = f x in Hashtbl.add cache x v; v in
  let calls = ref 0 in
  let slow_sq x = incr calls; x * x in
  let fast = memo slow_sq in
  List.iter (fun x -> ignore (fast x)) [ 1; 2; 1; 3; 2; 1 ];
  Printf.printf "calls %d\n" !calls
