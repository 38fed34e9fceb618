(* Dream.origin_referrer_check in front of a form target, as the i-graphql example puts it
   in front of its endpoint: GET and HEAD pass; other methods pass only when Origin (or,
   without it, Referer) names this very host. *)

let () =
  Dream.run
  @@ Dream.logger
  @@ Dream.origin_referrer_check
  @@ Dream.router [
    Dream.get "/" (fun _ -> Dream.html "Read freely.");
    Dream.post "/" (fun _ -> Dream.html "Written.");
  ]
