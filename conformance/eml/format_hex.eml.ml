let color r g b =
  <span style="color: #<%02X r %><%02X g %><%02X b %>">#<%x r %></span>

let () =
  print_string (color 255 128 0);
  print_string (color 1 2 3)
