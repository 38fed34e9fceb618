class a = object (self)
  val mutable log = []
  method log = List.rev log
  method add s = log <- s :: log
  initializer self#add "a-init"
end
class b = object (self)
  inherit a
  val tag = "b"
  initializer self#add ("b-init " ^ tag)
  method hello = "hello from " ^ tag
end
class c = object
  inherit b as super_b
  method! hello = "c says: " ^ super_b#hello
  initializer print_endline "c-init"
end
class virtual ['a] container = object (self)
  val virtual items : 'a list
  method size = List.length items
  method virtual first : 'a option
  method summary = Printf.sprintf "%d items" self#size
end
class int_list l = object
  inherit [int] container
  val items = l
  method first = match items with [] -> None | x :: _ -> Some x
end
class fluent = object (self : 'self)
  val mutable buf = ""
  method add s = buf <- buf ^ s; self
  method contents = buf
end
class mixin_named (n : string) = object method name = n end
class mixin_aged (a : int) = object method age = a end
class person n a = object
  inherit mixin_named n
  inherit mixin_aged a
  method to_string = Printf.sprintf "%s (%d)" n a
end
let make_counter start =
  let count = ref start in
  object
    method next = incr count; !count
    method reset = count := start
  end
let () =
  let x = new c in
  print_endline x#hello;
  List.iter print_endline x#log;
  let l = new int_list [ 3; 4; 5 ] in
  Printf.printf "%s %s\n" l#summary (match l#first with Some v -> string_of_int v | None -> "-");
  print_endline ((((new fluent)#add "a")#add "b")#add "c")#contents;
  let p = new person "Ann" 41 in
  Printf.printf "%s %s %d\n" p#to_string p#name p#age;
  let k = make_counter 10 in
  let a = k#next in let b = k#next in
  k#reset;
  Printf.printf "%d %d %d\n" a b k#next;
  let o1 = object val mutable v = 1 method set x = v <- x method get = v method dup = {< >} end in
  let o2 = o1#dup in
  o1#set 5;
  let o3 = Oo.copy o1 in
  o3#set 7;
  Printf.printf "%d %d %d\n" o1#get o2#get o3#get;
  let poly = object method id : 'a. 'a -> 'a = fun x -> x end in
  Printf.printf "%d %s\n" (poly#id 3) (poly#id "s");
  let tbl = Hashtbl.create 4 in
  Hashtbl.add tbl "k" (new mixin_named "stored");
  print_endline (Hashtbl.find tbl "k")#name;
  let cmp = compare o1 o1 in
  Printf.printf "%d %b\n" cmp (o1 <> o2)
