(* A bank simulation with records, a Map of accounts, exceptions and a transaction log *)
type account = { id : int; owner : string; mutable balance : int; mutable history : string list; overdraft : int }

exception Insufficient_funds of { id : int; needed : int; available : int }
exception Unknown_account of int
exception Invalid_amount of int
exception Frozen of string

module IMap = Map.Make (Int)

type bank = { mutable accounts : account IMap.t; mutable next_id : int; mutable frozen : int list; log : Buffer.t }

let create () = { accounts = IMap.empty; next_id = 100; frozen = []; log = Buffer.create 256 }

let record bank fmt = Printf.ksprintf (fun s -> Buffer.add_string bank.log s; Buffer.add_char bank.log '\n') fmt

let open_account bank ?(overdraft = 0) owner initial =
  if initial < 0 then raise (Invalid_amount initial);
  let acc = { id = bank.next_id; owner; balance = initial; history = [ "open" ]; overdraft } in
  bank.accounts <- IMap.add acc.id acc bank.accounts;
  bank.next_id <- bank.next_id + 1;
  record bank "open %d for %s with %d" acc.id owner initial;
  acc.id

let find bank id = match IMap.find_opt id bank.accounts with Some a -> a | None -> raise (Unknown_account id)

let check_frozen bank id = if List.mem id bank.frozen then raise (Frozen (find bank id).owner)

let deposit bank id amount =
  if amount <= 0 then raise (Invalid_amount amount);
  check_frozen bank id;
  let a = find bank id in
  a.balance <- a.balance + amount;
  a.history <- Printf.sprintf "+%d" amount :: a.history;
  record bank "deposit %d into %d" amount id

let withdraw bank id amount =
  if amount <= 0 then raise (Invalid_amount amount);
  check_frozen bank id;
  let a = find bank id in
  if a.balance + a.overdraft < amount then
    raise (Insufficient_funds { id; needed = amount; available = a.balance + a.overdraft });
  a.balance <- a.balance - amount;
  a.history <- Printf.sprintf "-%d" amount :: a.history;
  record bank "withdraw %d from %d" amount id

let transfer bank src dst amount =
  let _ = find bank dst in
  withdraw bank src amount;
  (try deposit bank dst amount
   with e -> deposit bank src amount; record bank "rollback transfer %d -> %d" src dst; raise e);
  record bank "transfer %d from %d to %d" amount src dst

let apply_interest bank rate_percent =
  IMap.iter
    (fun _ a ->
      if a.balance > 0 then begin
        let interest = a.balance * rate_percent / 100 in
        a.balance <- a.balance + interest;
        a.history <- Printf.sprintf "i%d" interest :: a.history
      end)
    bank.accounts

let describe_error = function
  | Insufficient_funds { id; needed; available } -> Printf.sprintf "account %d: needed %d, available %d" id needed available
  | Unknown_account id -> Printf.sprintf "unknown account %d" id
  | Invalid_amount n -> Printf.sprintf "invalid amount %d" n
  | Frozen owner -> Printf.sprintf "account of %s is frozen" owner
  | e -> raise e

let attempt name f =
  match f () with
  | () -> Printf.printf "%-28s ok\n" name
  | exception (Insufficient_funds _ | Unknown_account _ | Invalid_amount _ | Frozen _ as e) ->
    Printf.printf "%-28s FAILED: %s\n" name (describe_error e)

let () =
  let bank = create () in
  let alice = open_account bank "alice" 500 in
  let bob = open_account bank ~overdraft:100 "bob" 50 in
  let carol = open_account bank "carol" 0 in
  attempt "deposit 200 alice" (fun () -> deposit bank alice 200);
  attempt "withdraw 1000 alice" (fun () -> withdraw bank alice 1000);
  attempt "withdraw 120 bob (overdraft)" (fun () -> withdraw bank bob 120);
  attempt "withdraw 100 bob" (fun () -> withdraw bank bob 100);
  attempt "transfer 300 alice->carol" (fun () -> transfer bank alice carol 300);
  attempt "transfer 10 carol->999" (fun () -> transfer bank carol 999 10);
  attempt "deposit -5 carol" (fun () -> deposit bank carol (-5));
  bank.frozen <- [ carol ];
  attempt "transfer 50 alice->carol" (fun () -> transfer bank alice carol 50);
  bank.frozen <- [];
  apply_interest bank 10;
  IMap.iter
    (fun _ a ->
      Printf.printf "%d %-6s balance %5d history %s\n" a.id a.owner a.balance (String.concat " " (List.rev a.history)))
    bank.accounts;
  let total = IMap.fold (fun _ a acc -> acc + a.balance) bank.accounts 0 in
  Printf.printf "total %d\n" total;
  print_string (Buffer.contents bank.log);
  let richest = IMap.fold (fun _ a best -> match best with Some b when b.balance >= a.balance -> best | _ -> Some a) bank.accounts None in
  (match richest with Some a -> Printf.printf "richest: %s\n" a.owner | None -> ());
  withdraw bank bob 1_000_000
