let page name =
  <p>Grüße, <%s name %> — ✓</p>

let () = print_string (page "Zoë & Ünal")
