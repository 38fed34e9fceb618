let () =
  List.iter (fun n -> Printf.printf "1 lsl %d = %d\n" n (1 lsl n)) [0; 1; 10; 32; 61; 62];
  Printf.printf "%d\n" (-1 lsr 1);
  Printf.printf "%d\n" (-1 asr 1);
  Printf.printf "%d\n" (-16 asr 2);
  Printf.printf "%d\n" (-16 lsr 2);
  Printf.printf "%d\n" (min_int asr 62);
  Printf.printf "%d\n" (min_int lsr 62);
  Printf.printf "%d\n" (255 lsr 4);
  Printf.printf "%d\n" (max_int lsl 1);
  Printf.printf "%d\n" (5 lsl 0);
  let x = 0b1011_0110 in
  for i = 0 to 7 do print_int ((x lsr (7 - i)) land 1) done;
  print_newline ();
  Printf.printf "%d %d\n" (Int.shift_left 3 4) (Int.shift_right (-64) 3);
  Printf.printf "%d\n" (Int.shift_right_logical (-64) 60)
