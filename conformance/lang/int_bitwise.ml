let bin n =
  let b = Buffer.create 16 in
  for i = 15 downto 0 do
    Buffer.add_char b (if (n lsr i) land 1 = 1 then '1' else '0')
  done;
  Buffer.contents b

let () =
  let a = 0b1100_1010 and b = 0b1010_0110 in
  Printf.printf "a      %s\n" (bin a);
  Printf.printf "b      %s\n" (bin b);
  Printf.printf "land   %s %d\n" (bin (a land b)) (a land b);
  Printf.printf "lor    %s %d\n" (bin (a lor b)) (a lor b);
  Printf.printf "lxor   %s %d\n" (bin (a lxor b)) (a lxor b);
  Printf.printf "lnot a %d\n" (lnot a);
  Printf.printf "lnot 0 %d\n" (lnot 0);
  Printf.printf "%d %d %d\n" (-1 land 255) (min_int lor 1) (max_int lxor min_int);
  let popcount n =
    let rec go n c = if n = 0 then c else go (n land (n - 1)) (c + 1) in
    go n 0 in
  List.iter (fun n -> Printf.printf "popcount %d = %d\n" n (popcount n)) [0; 1; 255; 1023; max_int; -1];
  Printf.printf "%d %d\n" (Int.logand 12 10) (Int.logxor 12 10);
  Printf.printf "%d\n" (Int.lognot 5)
