type 'a vec = { mutable data : 'a array; mutable size : int; dummy : 'a }

let create dummy = { data = Array.make 1 dummy; size = 0; dummy }

let push v x =
  if v.size = Array.length v.data then begin
    let nd = Array.make (2 * Array.length v.data) v.dummy in
    Array.blit v.data 0 nd 0 v.size;
    v.data <- nd;
    Printf.printf "grow to %d\n" (Array.length nd)
  end;
  v.data.(v.size) <- x;
  v.size <- v.size + 1

let pop v =
  if v.size = 0 then failwith "pop: empty";
  v.size <- v.size - 1;
  v.data.(v.size)

let () =
  let v = create 0 in
  for i = 1 to 20 do push v (i * i) done;
  Printf.printf "size %d capacity %d\n" v.size (Array.length v.data);
  Printf.printf "pop %d\n" (pop v);
  Printf.printf "pop %d\n" (pop v);
  let sum = ref 0 in
  for i = 0 to v.size - 1 do sum := !sum + v.data.(i) done;
  Printf.printf "sum %d\n" !sum;
  let e = create "" in
  (try ignore (pop e) with Failure m -> print_endline m)
