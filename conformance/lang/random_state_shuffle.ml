let shuffle st a =
  for i = Array.length a - 1 downto 1 do
    let j = Random.State.int st (i + 1) in
    let t = a.(i) in
    a.(i) <- a.(j);
    a.(j) <- t
  done

let () =
  let st = Random.State.make [| 2024 |] in
  let a = Array.init 10 Fun.id in
  shuffle st a;
  Array.iter (Printf.printf "%d ") a;
  print_newline ();
  let st2 = Random.State.copy st in
  Printf.printf "%d %d\n" (Random.State.int st 1000) (Random.State.int st2 1000);
  Random.init 7;
  let dice = Array.make 6 0 in
  for _ = 1 to 6000 do let r = Random.int 6 in dice.(r) <- dice.(r) + 1 done;
  Array.iteri (fun i n -> Printf.printf "%d:%d " (i + 1) n) dice;
  print_newline ();
  let s1 = Random.State.make [| 1 |] and s2 = Random.State.make [| 1 |] in
  Printf.printf "%b\n" (Random.State.bits s1 = Random.State.bits s2);
  let st3 = Random.State.make [| 5; 6; 7 |] in
  Printf.printf "%.4f %b\n" (Random.State.float st3 10.) (Random.State.bool st3);
  Random.init 42;
  let l = List.init 8 (fun _ -> Random.int 50) in
  print_endline (String.concat "," (List.map string_of_int l))
