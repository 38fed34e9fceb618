let () = print_string @@
  <p>last line, no newline</p>