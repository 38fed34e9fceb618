(* 63-bit integers wrap around silently *)
let show name v = Printf.printf "%s = %d\n" name v

let () =
  show "max_int" max_int;
  show "max_int + 1" (max_int + 1);
  show "min_int - 1" (min_int - 1);
  show "max_int * 2" (max_int * 2);
  show "max_int * max_int" (max_int * max_int);
  show "min_int * -1" (min_int * (-1));
  show "-min_int" (- min_int);
  show "2^62" (1 lsl 62);
  show "2^63" (1 lsl 63);
  let rec pow b e = if e = 0 then 1 else b * pow b (e - 1) in
  show "3^40" (pow 3 40);
  show "10^19" (pow 10 19);
  show "10^20" (pow 10 20);
  let acc = ref 1 in
  for i = 1 to 25 do acc := !acc * i done;
  show "25!" !acc
