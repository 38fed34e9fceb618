let () =
  print_string (Template.render "foo");
  print_string (Template.render "<script>alert(1)</script>")
