let box inner =
  <div><%s! inner %></div>
  <div><%s inner %></div>

let () = print_string (box "<b>bold & 'quoted'</b>")
