let () =
  print_string (Yojson.Safe.to_string ~suf:"\n" (`List [`Int 1]));
  let b = Buffer.create 16 in
  Yojson.Safe.to_buffer b (`Assoc ["x", `Null]);
  Yojson.Safe.to_buffer ~suf:"!" b (`Int 2);
  print_endline (Buffer.contents b)
