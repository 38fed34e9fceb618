let page ~title body =
  <!DOCTYPE html>
  <html>
  <head><title><%s title %></title></head>
  <body>
  <%s! body %>
  </body>
  </html>
