(* Dream's web formats, statuses, methods, headers and fields. *)

let list l = "[" ^ String.concat "; " (List.map (Printf.sprintf "%S") l) ^ "]"
let pairs l = "[" ^ String.concat "; " (List.map (fun (a, b) -> Printf.sprintf "(%S, %S)" a b) l) ^ "]"
let opt = function Some s -> Printf.sprintf "Some %S" s | None -> "None"

let () =
  print_endline (Dream.to_base64url "");
  print_endline (Dream.to_base64url "a");
  print_endline (Dream.to_base64url "ab");
  print_endline (Dream.to_base64url "abc\xff\xfe");
  print_endline (opt (Dream.from_base64url "YQ"));
  print_endline (opt (Dream.from_base64url "YQ=="));
  print_endline (opt (Dream.from_base64url "YWJj__4"));
  print_endline (opt (Dream.from_base64url "Y*"));
  print_endline (Dream.to_percent_encoded "a/ \xce\xbb");
  print_endline (Dream.to_percent_encoded ~international:false "a/ \xce\xbb");
  print_endline (Dream.from_percent_encoded "a%2f%2F%zz%2+b%");
  print_endline (Dream.to_form_urlencoded ["a+=&", "b+=&"; "a", "b,c"]);
  print_endline (pairs (Dream.from_form_urlencoded "a=b,c&x&y=1+2%21&a=2"));
  print_endline (pairs (Dream.from_form_urlencoded ""));
  print_endline (pairs (Dream.from_cookie "a=b; c=d; bad; e=f=g"));
  print_endline (Dream.to_set_cookie "=" "=");
  print_endline (Dream.to_set_cookie ~expires:0. ~max_age:(-1.4) ~domain:"d" ~path:"/" ~secure:true
    ~http_only:true ~same_site:`Lax "n" "v");
  print_endline (Dream.to_set_cookie ~expires:1700000000.5 "n" "v");
  let (p, q) = Dream.split_target "/abc/def?x=1#frag" in print_endline (p ^ " | " ^ q);
  let (p, q) = Dream.split_target "//host/def" in print_endline (p ^ " | " ^ q);
  print_endline (list (Dream.from_path ""));
  print_endline (list (Dream.from_path "/"));
  print_endline (list (Dream.from_path "/abc/"));
  print_endline (list (Dream.from_path "a//b"));
  print_endline (list (Dream.from_path "a%2Fb"));
  print_endline (Dream.to_path ["a"; ""]);
  print_endline (Dream.to_path [""; "a"]);
  print_endline (Dream.to_path []);
  print_endline ("'" ^ Dream.to_path ~relative:true [] ^ "'");
  print_endline (list (Dream.drop_trailing_slash ["a"; ""]));
  print_endline (Dream.html_escape "<a href=\"x\">'&'</a>");
  List.iter (fun s -> Printf.printf "%i %s\n" (Dream.status_to_int s) (Dream.status_to_string s))
    [`OK; `Non_Authoritative_Information; `Not_Found; `URI_Too_Long; `Status 228; `Status 567; `Status 404];
  print_endline (string_of_bool (Dream.status_codes_equal `Not_Found (`Status 404)));
  print_endline (string_of_bool (Dream.is_client_error (`Status 499)));
  print_endline (Dream.method_to_string (Dream.string_to_method "get"));
  print_endline (string_of_bool (Dream.methods_equal `GET (`Method "GET")));
  let r = Dream.request ~method_:`POST ~target:"/t?a=1&a=2" ~headers:["X-A", "1"; "x-a", "2"; "B", "3"] "body" in
  print_endline (list (Dream.headers r "x-A"));
  Dream.set_header r "x-a" "9";
  print_endline (pairs (Dream.all_headers r));
  print_endline (pairs (Dream.sort_headers ["b", "1"; "B", "2"; "a", "3"; "b", "4"]));
  print_endline (opt (Dream.query r "a") ^ " " ^ list (Dream.queries r "a") ^ " " ^ Dream.client r);
  print_endline (Lwt_main.run (Dream.body r));
  let f = Dream.new_field ~name:"my.field" () in
  print_endline (opt (Dream.field r f));
  Dream.set_field r f "set";
  print_endline (opt (Dream.field r f));
  let echoed = Dream.test Dream.echo r in
  print_endline (Lwt_main.run (Dream.body echoed));
  let redirect = Lwt_main.run (Dream.redirect r "/x") in
  Printf.printf "%i %s\n" (Dream.status_to_int (Dream.status redirect)) (pairs (Dream.all_headers redirect));
  let j = Lwt_main.run (Dream.json ~headers:["Content-Type", "x"; "Y", "z"] ~code:201 "{}") in
  Printf.printf "%i %s\n" (Dream.status_to_int (Dream.status j)) (pairs (Dream.all_headers j))
