let render () =
% let line = __LINE__ in
  <p>line <%i line %>, <%s! __FILE__ %></p>
  <p><%s! __LOC__ %></p>
  %%

let () = print_string (render ())
