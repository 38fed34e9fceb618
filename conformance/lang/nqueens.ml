let solve n =
  let count = ref 0 and first = ref None in
  let rec place row cols =
    if row = n then begin incr count; if !first = None then first := Some (List.rev cols) end
    else for c = 0 to n - 1 do
      let ok = List.for_all (fun (r, c') -> c <> c' && abs (c - c') <> row - r) (List.mapi (fun i x -> (row - 1 - i, x)) cols) in
      if ok then place (row + 1) (c :: cols)
    done in
  place 0 [];
  (!count, !first)
let () = for n = 4 to 8 do
  let (count, first) = solve n in
  Printf.printf "%d: %d solutions, first %s\n" n count (match first with Some l -> String.concat "" (List.map string_of_int l) | None -> "-")
done
