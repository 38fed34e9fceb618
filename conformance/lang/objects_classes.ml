class virtual shape name = object (self)
  method virtual area : float
  method name : string = name
  method describe = Printf.sprintf "%s with area %.2f" self#name self#area
end
class circle r = object
  inherit shape "circle"
  val radius = r
  method area = Float.pi *. radius *. radius
end
class square s = object (self)
  inherit shape "square" as super
  method area = s *. s
  method! describe = "[" ^ super#describe ^ "]"
  method side = s
end
class point x0 y0 = object
  val mutable x = x0
  val mutable y = y0
  method x = x
  method y = y
  method move dx dy = x <- x + dx; y <- y + dy
  method moved dx = {< x = x + dx >}
  method to_string = Printf.sprintf "(%d, %d)" x y
end
class colored_point x y (c : string) = object (self)
  inherit point x y as p
  val color = c
  method color = color
  method! to_string = p#to_string ^ " " ^ self#color
  initializer Printf.printf "new colored point %s\n" self#to_string
end
class counter = object
  val mutable n = 0
  method incr = n <- n + 1
  method get = n
  method private secret = 42
  method reveal = n + 0
end
class ['a] stack = object
  val mutable items : 'a list = []
  method push (v : 'a) = items <- v :: items
  method pop = match items with [] -> None | h :: t -> items <- t; Some h
  method size = List.length items
end
let () =
  let shapes = [ (new circle 1.0 :> shape); (new square 2.0 :> shape) ] in
  List.iter (fun s -> print_endline s#describe) shapes;
  let p = new point 1 2 in
  p#move 3 4;
  print_endline p#to_string;
  let q = p#moved 10 in
  print_endline (q#to_string ^ " " ^ p#to_string);
  let cp = new colored_point 5 6 "red" in
  cp#move 1 1;
  print_endline cp#to_string;
  let c = new counter in
  for _ = 1 to 5 do c#incr done;
  Printf.printf "%d\n" c#get;
  let s = new stack in
  s#push 1; s#push 2; s#push 3;
  Printf.printf "%d %s\n" s#size (match s#pop with Some v -> string_of_int v | None -> "none");
  let o = object (self)
    val v = 10
    method get = v
    method twice = 2 * self#get
    method add ~by = v + by
  end in
  Printf.printf "%d %d %d\n" o#get o#twice (o#add ~by:5);
  Printf.printf "%b %b\n" (p = p) (p == q);
  let objs = List.map (fun i -> new point i i) [ 1; 2; 3 ] in
  List.iter (fun o -> o#move 1 0) objs;
  print_endline (String.concat ";" (List.map (fun o -> o#to_string) objs));
  let f (o : < get : int; .. >) = o#get + 1 in
  Printf.printf "%d\n" (f o)
