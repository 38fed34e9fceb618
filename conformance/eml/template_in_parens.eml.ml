let () =
  print_string (
    <p>inside parentheses</p>
  );
  print_string begin
    <p>inside begin</p>
  end
