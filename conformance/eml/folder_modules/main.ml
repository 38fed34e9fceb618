let () =
  let body = Items.render ["one"; "two & three"] in
  print_string (Layout.page ~title:"Items" body)
