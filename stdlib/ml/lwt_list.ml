(* Lwt_list: sequential (_s) and concurrent (_p) list traversals. *)

let rec iter_s f = function
  | [] -> Lwt.return_unit
  | x :: l -> Lwt.bind (f x) (fun () -> iter_s f l)
let iter_p f l = Lwt.join (List.map (fun x -> try f x with e -> Lwt.fail e) l)
let iteri_s f l =
  let rec go i = function [] -> Lwt.return_unit | x :: l -> Lwt.bind (f i x) (fun () -> go (i + 1) l) in
  go 0 l
let iteri_p f l = Lwt.join (List.mapi (fun i x -> f i x) l)
let rec map_s f = function
  | [] -> Lwt.return_nil
  | x :: l -> Lwt.bind (f x) (fun v -> Lwt.map (fun r -> v :: r) (map_s f l))
let map_p f l = Lwt.all (List.map f l)
let mapi_s f l =
  let rec go i = function [] -> Lwt.return_nil | x :: l -> Lwt.bind (f i x) (fun v -> Lwt.map (fun r -> v :: r) (go (i + 1) l)) in
  go 0 l
let mapi_p f l = Lwt.all (List.mapi f l)
let rec filter_s f = function
  | [] -> Lwt.return_nil
  | x :: l -> Lwt.bind (f x) (fun keep -> Lwt.map (fun r -> if keep then x :: r else r) (filter_s f l))
let filter_p f l =
  Lwt.map (fun flags -> List.filter_map (fun (x, keep) -> if keep then Some x else None) (List.combine l flags)) (Lwt.all (List.map f l))
let rec filter_map_s f = function
  | [] -> Lwt.return_nil
  | x :: l -> Lwt.bind (f x) (fun o -> Lwt.map (fun r -> match o with Some v -> v :: r | None -> r) (filter_map_s f l))
let filter_map_p f l = Lwt.map (List.filter_map (fun o -> o)) (Lwt.all (List.map f l))
let rec fold_left_s f acc = function
  | [] -> Lwt.return acc
  | x :: l -> Lwt.bind (f acc x) (fun acc -> fold_left_s f acc l)
let rec fold_right_s f l acc = match l with
  | [] -> Lwt.return acc
  | x :: l -> Lwt.bind (fold_right_s f l acc) (fun acc -> f x acc)
let rec for_all_s f = function
  | [] -> Lwt.return_true
  | x :: l -> Lwt.bind (f x) (fun b -> if b then for_all_s f l else Lwt.return_false)
let for_all_p f l = Lwt.map (List.for_all (fun b -> b)) (Lwt.all (List.map f l))
let rec exists_s f = function
  | [] -> Lwt.return_false
  | x :: l -> Lwt.bind (f x) (fun b -> if b then Lwt.return_true else exists_s f l)
let exists_p f l = Lwt.map (List.exists (fun b -> b)) (Lwt.all (List.map f l))
let rec find_s f = function
  | [] -> Lwt.fail Not_found
  | x :: l -> Lwt.bind (f x) (fun b -> if b then Lwt.return x else find_s f l)
let partition_s f l =
  Lwt.map (fun flags -> let yes, no = List.partition snd (List.combine l flags) in (List.map fst yes, List.map fst no)) (map_s f l)
let partition_p f l =
  Lwt.map (fun flags -> let yes, no = List.partition snd (List.combine l flags) in (List.map fst yes, List.map fst no)) (Lwt.all (List.map f l))
