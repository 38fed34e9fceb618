let split_words line =
  let words = ref [] and buf = Buffer.create 16 in
  let flush () =
    if Buffer.length buf > 0 then begin
      words := Buffer.contents buf :: !words;
      Buffer.clear buf
    end
  in
  String.iter
    (function
      | 'a' .. 'z' | 'A' .. 'Z' | '\'' as c -> Buffer.add_char buf (Char.lowercase_ascii c)
      | _ -> flush ())
    line;
  flush ();
  List.rev !words

let count_words lines =
  let table = Hashtbl.create 64 in
  List.iter
    (fun line ->
      List.iter
        (fun w ->
          let n = try Hashtbl.find table w with Not_found -> 0 in
          Hashtbl.replace table w (n + 1))
        (split_words line))
    lines;
  Hashtbl.fold (fun w n acc -> (w, n) :: acc) table []
  |> List.sort (fun (w1, n1) (w2, n2) ->
       match compare n2 n1 with 0 -> compare w1 w2 | c -> c)

let text = {|The quick brown fox
jumps over the lazy dog.
The dog didn't care; the fox did.|}

let () =
  count_words (String.split_on_char '\n' text)
  |> List.iter (fun (w, n) -> Printf.printf "%-8s %d\n" w n)
