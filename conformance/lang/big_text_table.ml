(* Formatting a report: column widths, alignment, totals, sorting, grouping *)
type row = { region : string; product : string; units : int; price : float }

let data =
  [ { region = "north"; product = "widget"; units = 120; price = 2.5 };
    { region = "south"; product = "gadget"; units = 15; price = 19.99 };
    { region = "north"; product = "gizmo"; units = 7; price = 149.0 };
    { region = "east"; product = "widget"; units = 300; price = 2.25 };
    { region = "south"; product = "widget"; units = 80; price = 2.5 };
    { region = "east"; product = "gadget"; units = 22; price = 18.5 };
    { region = "west"; product = "gizmo"; units = 3; price = 155.75 };
    { region = "north"; product = "gadget"; units = 41; price = 19.0 } ]

let revenue r = float_of_int r.units *. r.price

let pad_right w s = s ^ String.make (max 0 (w - String.length s)) ' '
let pad_left w s = String.make (max 0 (w - String.length s)) ' ' ^ s

let print_table headers rows aligns =
  let ncols = List.length headers in
  let widths = Array.make ncols 0 in
  List.iter (fun r -> List.iteri (fun i c -> widths.(i) <- max widths.(i) (String.length c)) r) (headers :: rows);
  let line () = print_endline ("+" ^ String.concat "+" (Array.to_list (Array.map (fun w -> String.make (w + 2) '-') widths)) ^ "+") in
  let print_row r =
    let cells = List.mapi (fun i c -> let w = widths.(i) in if List.nth aligns i then pad_left w c else pad_right w c) r in
    print_endline ("| " ^ String.concat " | " cells ^ " |") in
  line ();
  print_row headers;
  line ();
  List.iter print_row rows;
  line ()

let () =
  let rows = List.map (fun r -> [ r.region; r.product; string_of_int r.units; Printf.sprintf "%.2f" r.price; Printf.sprintf "%.2f" (revenue r) ]) data in
  print_table [ "region"; "product"; "units"; "price"; "revenue" ] rows [ false; false; true; true; true ];
  let total = List.fold_left (fun acc r -> acc +. revenue r) 0. data in
  Printf.printf "total revenue: %.2f\n" total;
  let by_region = Hashtbl.create 8 in
  List.iter (fun r -> Hashtbl.replace by_region r.region (revenue r +. Option.value ~default:0. (Hashtbl.find_opt by_region r.region))) data;
  let regions = List.sort (fun (_, a) (_, b) -> compare b a) (Hashtbl.fold (fun k v acc -> (k, v) :: acc) by_region []) in
  print_table [ "region"; "revenue"; "share" ]
    (List.map (fun (k, v) -> [ k; Printf.sprintf "%.2f" v; Printf.sprintf "%.1f%%" (100. *. v /. total) ]) regions)
    [ false; true; true ];
  let products = List.sort_uniq compare (List.map (fun r -> r.product) data) in
  List.iter
    (fun p ->
      let rs = List.filter (fun r -> r.product = p) data in
      let units = List.fold_left (fun a r -> a + r.units) 0 rs in
      let avg = List.fold_left (fun a r -> a +. r.price) 0. rs /. float_of_int (List.length rs) in
      Printf.printf "%-7s units=%4d avg_price=%8.3f regions=%s\n" p units avg (String.concat "," (List.map (fun r -> r.region) rs)))
    products;
  let best = List.fold_left (fun b r -> if revenue r > revenue b then r else b) (List.hd data) data in
  Printf.printf "best line: %s/%s %.2f\n" best.region best.product (revenue best)

(* Pivot table: units per region (rows) and product (columns) *)
let () =
  let regions = List.sort_uniq compare (List.map (fun r -> r.region) data) in
  let products = List.sort_uniq compare (List.map (fun r -> r.product) data) in
  let cell reg prod =
    List.fold_left (fun acc r -> if r.region = reg && r.product = prod then acc + r.units else acc) 0 data in
  let rows =
    List.map
      (fun reg ->
        let cells = List.map (fun p -> cell reg p) products in
        reg :: List.map (fun n -> if n = 0 then "-" else string_of_int n) cells @ [ string_of_int (List.fold_left ( + ) 0 cells) ])
      regions in
  let totals = "total" :: List.map (fun p -> string_of_int (List.fold_left (fun a reg -> a + cell reg p) 0 regions)) products in
  let grand = List.fold_left (fun a r -> a + r.units) 0 data in
  print_table ("units" :: products @ [ "sum" ]) (rows @ [ totals @ [ string_of_int grand ] ])
    (false :: List.map (fun _ -> true) products @ [ true ]);
  let bar v maxv width = String.make (int_of_float (float_of_int width *. v /. maxv)) '=' in
  let maxrev = List.fold_left (fun m r -> max m (revenue r)) 0. data in
  List.iter (fun r -> Printf.printf "%-6s %-7s %-30s %8.2f\n" r.region r.product (bar (revenue r) maxrev 30) (revenue r)) data;
  let fmt_money f =
    let cents = int_of_float (Float.round (f *. 100.)) in
    let s = string_of_int (cents / 100) in
    let b = Buffer.create 16 in
    String.iteri (fun i c -> if i > 0 && (String.length s - i) mod 3 = 0 then Buffer.add_char b ','; Buffer.add_char b c) s;
    Printf.sprintf "$%s.%02d" (Buffer.contents b) (cents mod 100) in
  List.iter (fun f -> print_endline (fmt_money f)) [ 0.5; 1234.5; 1234567.891; 4171.1 ]
