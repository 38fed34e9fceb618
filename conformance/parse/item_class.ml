class virtual ['a] shape (name : string) = object (self : 'self)
  inherit ['a] base name as super
  val mutable x = 0
  val virtual y : int
  method virtual area : float
  method private helper ~by = x + by
  method! describe = super#describe ^ self#name
  method poly : 'b. 'b -> 'b = fun v -> v
  constraint 'a = int
  initializer x <- 1
end
and other = object end
class type printable = object method print : unit end
let o = object method m = {< >} end
let v = (new point 1 2)#move 3 ~dy:4
let f (o : < get : int; .. >) (p : < >) = o#get
