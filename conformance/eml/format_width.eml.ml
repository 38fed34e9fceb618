let cell n s =
  <td>[<%5i n %>] [<%-5i n %>] [<%05d n %>] [<%+d n %>] [<%8s s %>] [<%-8s! s %>]</td>

let () =
  print_string (cell 42 "a&b");
  print_string (cell (-7) "<x>")
