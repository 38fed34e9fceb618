let page title =
  %%
    <h1><%s title %></h1>
      <p>deeper</p>
  %%

let () = print_string (page "T")
