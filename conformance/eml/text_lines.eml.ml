let page () =
  <html>
  <body>
    <h1>Title</h1>
  </body>
  </html>


let () = print_string (page ())
