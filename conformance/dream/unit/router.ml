(* Router semantics through Dream.test, without sockets. *)

let show name response =
  let body = Lwt_main.run (Dream.body response) in
  Printf.printf "%-28s %i %S\n" name (Dream.status_to_int (Dream.status response)) body

let text s = fun _ -> Dream.html s

let run name ?(method_ = `GET) target handler =
  show name (Dream.test handler (Dream.request ~method_ ~target ""))

let ordered = Dream.router [
  Dream.get "/a" (text "first");
  Dream.get "/a" (text "second");
  Dream.get "/:x" (text "param");
]

let slashes = Dream.router [
  Dream.get "/abc" (text "no slash");
  Dream.get "/abc/" (text "slash");
  Dream.get "/" (text "root");
]

let params = Dream.router [
  Dream.get "/echo/:word" (fun request -> Dream.html (Dream.param request "word"));
  Dream.get "/two/:a/:b" (fun request ->
    Dream.html (Dream.param request "a" ^ "+" ^ Dream.param request "b"));
]

let tag name inner request =
  Lwt.map (fun response -> Dream.add_header response "X-Scope" name; response) (inner request)

let scoped = Dream.router [
  Dream.scope "/api" [tag "api"] [
    Dream.get "/users/:id" (fun request -> Dream.html ("user " ^ Dream.param request "id"));
    Dream.scope "/v2" [tag "v2"] [
      Dream.get "/users/:id" (fun request -> Dream.html ("v2 user " ^ Dream.param request "id"));
    ];
  ];
  Dream.scope "/" [] [
    Dream.get "/about" (text "about");
  ];
  Dream.no_route;
]

let prefixes = Dream.router [
  Dream.get "/static/**" (fun request ->
    Dream.html (Dream.prefix request ^ " | " ^ String.concat "," (Dream.path request)));
]

let methods = Dream.router [
  Dream.get "/get" (text "get");
  Dream.head "/head" (text "head");
  Dream.post "/post" (text "post");
  Dream.any "/any" (fun request -> Dream.html (Dream.method_to_string (Dream.method_ request)));
]

let missing = Dream.router [
  Dream.get "/p/:x" (fun request -> Dream.html (Dream.param request "y"));
]

let () =
  run "ordered first match" "/a" ordered;
  run "ordered param" "/b" ordered;
  run "no trailing slash" "/abc" slashes;
  run "trailing slash" "/abc/" slashes;
  run "root" "/" slashes;
  run "empty target" "" slashes;
  run "param" "/echo/hi" params;
  run "param decoded" "/echo/a%20b" params;
  run "empty param" "/echo/" params;
  run "two params" "/two/x/y" params;
  run "too many components" "/echo/a/b" params;
  run "scope" "/api/users/7" scoped;
  run "nested scope" "/api/v2/users/8" scoped;
  run "root scope" "/about" scoped;
  run "scope prefix alone" "/api" scoped;
  run "wildcard" "/static/css/a.css" prefixes;
  run "wildcard trailing slash" "/static/" prefixes;
  run "wildcard needs a component" "/static" prefixes;
  run "GET on get" "/get" methods;
  run "HEAD on get" ~method_:`HEAD "/get" methods;
  run "HEAD on head" ~method_:`HEAD "/head" methods;
  run "GET on post" "/post" methods;
  run "POST on post" ~method_:`POST "/post" methods;
  run "any with DELETE" ~method_:`DELETE "/any" methods;
  run "any with custom" ~method_:(`Method "PURGE") "/any" methods;
  (match Dream.test missing (Dream.request ~target:"/p/1" "") with
   | _ -> print_endline "no exception"
   | exception Failure msg -> print_endline ("Failure: " ^ msg));
  (match Dream.get "/a/**/b" (text "") with
   | _ -> print_endline "no exception"
   | exception Failure msg -> print_endline ("Failure: " ^ msg));
  (match Dream.get "/a/:" (text "") with
   | _ -> print_endline "no exception"
   | exception Failure msg -> print_endline ("Failure: " ^ msg))
