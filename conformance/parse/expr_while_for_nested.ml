let () =
  for i = 0 to 2 do
    for j = i downto 0 do
      while false do () done;
      print_int (i * j)
    done
  done
