let () =
  let cases = [ "  hello  "; "\t\n tabbed \r\n"; "none"; ""; "   "; " inner  space "; "\012form\012"; "\011vt\011" ] in
  List.iter (fun s -> Printf.printf "%S -> %S\n" s (String.trim s)) cases;
  let ltrim s =
    let n = String.length s in
    let i = ref 0 in
    while !i < n && s.[!i] = ' ' do incr i done;
    String.sub s !i (n - !i) in
  Printf.printf "%S\n" (ltrim "   left");
  Printf.printf "%b\n" (String.trim "x" == "x" || true);
  Printf.printf "%d\n" (String.length (String.trim "  12345  "))
