(* Word statistics over a fixed text: frequencies, lengths, bigrams, line wrapping *)
let text = {|It is a truth universally acknowledged, that a single man in possession
of a good fortune, must be in want of a wife. However little known the feelings
or views of such a man may be on his first entering a neighbourhood, this truth
is so well fixed in the minds of the surrounding families, that he is considered
the rightful property of some one or other of their daughters.|}

let is_letter c = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c = '\''

let words s =
  let acc = ref [] and cur = Buffer.create 16 in
  let flush () =
    if Buffer.length cur > 0 then begin
      acc := String.lowercase_ascii (Buffer.contents cur) :: !acc;
      Buffer.clear cur
    end in
  String.iter (fun c -> if is_letter c then Buffer.add_char cur c else flush ()) s;
  flush ();
  List.rev !acc

module SMap = Map.Make (String)

let frequencies ws =
  List.fold_left (fun m w -> SMap.update w (function None -> Some 1 | Some n -> Some (n + 1)) m) SMap.empty ws

let top n m =
  let l = SMap.bindings m in
  let sorted = List.stable_sort (fun (_, a) (_, b) -> compare b a) l in
  List.filteri (fun i _ -> i < n) sorted

let wrap width ws =
  let lines = ref [] and cur = Buffer.create width in
  List.iter
    (fun w ->
      if Buffer.length cur > 0 && Buffer.length cur + 1 + String.length w > width then begin
        lines := Buffer.contents cur :: !lines;
        Buffer.clear cur
      end;
      if Buffer.length cur > 0 then Buffer.add_char cur ' ';
      Buffer.add_string cur w)
    ws;
  if Buffer.length cur > 0 then lines := Buffer.contents cur :: !lines;
  List.rev !lines

let () =
  let ws = words text in
  Printf.printf "words: %d\n" (List.length ws);
  let freq = frequencies ws in
  Printf.printf "distinct: %d\n" (SMap.cardinal freq);
  print_endline "top 8:";
  List.iter (fun (w, n) -> Printf.printf "  %-10s %2d %s\n" w n (String.make n '*')) (top 8 freq);
  let by_len = Hashtbl.create 16 in
  List.iter (fun w -> let l = String.length w in Hashtbl.replace by_len l (1 + Option.value ~default:0 (Hashtbl.find_opt by_len l))) ws;
  let lens = List.sort compare (Hashtbl.fold (fun l n acc -> (l, n) :: acc) by_len []) in
  List.iter (fun (l, n) -> Printf.printf "len %2d: %d\n" l n) lens;
  let longest = List.fold_left (fun best w -> if String.length w > String.length best then w else best) "" ws in
  Printf.printf "longest: %s\n" longest;
  let rec bigrams = function a :: (b :: _ as r) -> (a ^ " " ^ b) :: bigrams r | _ -> [] in
  let bf = frequencies (bigrams ws) in
  List.iter (fun (b, n) -> if n > 1 then Printf.printf "bigram %S x%d\n" b n) (SMap.bindings bf);
  let total_chars = List.fold_left (fun acc w -> acc + String.length w) 0 ws in
  Printf.printf "average length %.3f\n" (float_of_int total_chars /. float_of_int (List.length ws));
  print_endline "wrapped at 30:";
  List.iter (fun l -> Printf.printf "|%-30s|\n" l) (wrap 30 ws);
  let first_letters = SMap.fold (fun w _ acc -> let c = String.make 1 w.[0] in SMap.update c (function None -> Some 1 | Some n -> Some (n + 1)) acc) freq SMap.empty in
  SMap.iter (fun c n -> Printf.printf "%s%d " c n) first_letters;
  print_newline ()

(* Second part: anagram classes, character histogram, simple spelling suggestions *)
let sort_chars w = String.of_seq (List.to_seq (List.sort compare (List.of_seq (String.to_seq w))))

let edit_distance a b =
  let n = String.length a and m = String.length b in
  let d = Array.make_matrix (n + 1) (m + 1) 0 in
  for i = 0 to n do d.(i).(0) <- i done;
  for j = 0 to m do d.(0).(j) <- j done;
  for i = 1 to n do
    for j = 1 to m do
      let cost = if a.[i - 1] = b.[j - 1] then 0 else 1 in
      d.(i).(j) <- min (min (d.(i - 1).(j) + 1) (d.(i).(j - 1) + 1)) (d.(i - 1).(j - 1) + cost)
    done
  done;
  d.(n).(m)

let () =
  let ws = words text in
  let vocab = List.sort_uniq compare ws in
  let classes = Hashtbl.create 32 in
  List.iter (fun w -> Hashtbl.replace classes (sort_chars w) (w :: Option.value ~default:[] (Hashtbl.find_opt classes (sort_chars w)))) vocab;
  let multi = Hashtbl.fold (fun k v acc -> if List.length v > 1 then (k, List.sort compare v) :: acc else acc) classes [] in
  List.iter (fun (k, v) -> Printf.printf "anagrams [%s]: %s\n" k (String.concat " " v)) (List.sort compare multi);
  let hist = Array.make 26 0 in
  List.iter (String.iter (fun c -> if c >= 'a' && c <= 'z' then hist.(Char.code c - 97) <- hist.(Char.code c - 97) + 1)) ws;
  Array.iteri (fun i n -> if n >= 10 then Printf.printf "%c %3d %s\n" (Char.chr (97 + i)) n (String.make (n / 2) '#')) hist;
  List.iter
    (fun typo ->
      let best = List.fold_left (fun (bw, bd) w -> let d = edit_distance typo w in if d < bd then (w, d) else (bw, bd)) ("", max_int) vocab in
      Printf.printf "%s -> %s (%d)\n" typo (fst best) (snd best))
    [ "truht"; "fortun"; "nieghbourhood"; "famlies"; "xyz" ]

let () = Printf.printf "vocabulary checksum %d\n" (List.fold_left (fun acc w -> (acc * 31 + Hashtbl.hash w) land 0xFFFFFF) 7 (List.sort_uniq compare (words text)))
