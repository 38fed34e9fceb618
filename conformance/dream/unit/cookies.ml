(* Cookies and cryptography without sockets: Dream's test vector, round trips under a secret,
   old secrets, tampering, the Set-Cookie attributes and the name prefixes Dream infers. *)
let show = function Some s -> Printf.sprintf "Some %S" s | None -> "None"

let () =
  let request = Dream.request "" in
  let with_secret ?old_secrets secret = ignore (Dream.set_secret ?old_secrets secret (fun r -> Dream.respond "") request) in
  with_secret "abc";
  let vector = Option.get (Dream.from_base64url "AGFiY2RlZmdoaWprbAzPcSEY4l7tSiDwIkk8ZfrFQQk") in
  print_endline (show (Dream.decrypt request vector));
  print_endline (show (Dream.decrypt ~associated_data:"other" request vector));
  let sealed = Dream.encrypt ~associated_data:"ad" request "secret text" in
  Printf.printf "%d %C\n" (String.length sealed) sealed.[0];
  print_endline (show (Dream.decrypt ~associated_data:"ad" request sealed));
  with_secret ~old_secrets:[ "abc" ] "new";
  (* An old secret is tried without associated data, as Dream does. *)
  print_endline (show (Dream.decrypt request vector));
  print_endline (show (Dream.decrypt ~associated_data:"ad" request sealed));
  let response = Dream.response "" in
  Dream.set_cookie response request "lang" "ut-OP";
  Dream.set_cookie response request ~encrypt:false ~max_age:60. ~same_site:(Some `Strict) "raw" "1";
  Dream.set_cookie response request ~encrypt:false ~secure:true "s" "2";
  Dream.set_cookie response request ~encrypt:false ~secure:true ~domain:"example.com" "d" "3";
  Dream.set_cookie response request ~encrypt:false ~path:None ~http_only:false ~same_site:None "bare" "4";
  Dream.drop_cookie response request "gone";
  let set = Dream.headers response "Set-Cookie" in
  List.iteri (fun i c -> if i > 0 then print_endline c) set;
  let lang = List.hd set in
  let value = String.sub lang 5 (String.index lang ';' - 5) in
  let back = Dream.request ~headers:[ ("Cookie", "raw=1; lang=" ^ value) ] "" in
  with_secret "new";
  ignore (Dream.set_secret ~old_secrets:[ "abc" ] "new" (fun r -> Dream.respond "") back);
  print_endline (show (Dream.cookie back "lang"));
  print_endline (show (Dream.cookie ~decrypt:false back "raw"));
  print_endline (show (Dream.cookie back "raw"));
  let tampered = Dream.request ~headers:[ ("Cookie", "lang=" ^ String.sub value 0 (String.length value - 2) ^ "AA") ] "" in
  ignore (Dream.set_secret "new" (fun r -> Dream.respond "") tampered);
  print_endline (show (Dream.cookie tampered "lang"));
  print_endline (String.concat "; " (List.map (fun (k, v) -> k ^ "=" ^ v) (Dream.all_cookies (Dream.request ~headers:[ ("Cookie", "a=1; b=2"); ("Cookie", "c=3") ] ""))));
  Printf.printf "%d %d\n" (String.length (Dream.random 16)) (String.length (Dream.to_base64url (Dream.random 18)))
