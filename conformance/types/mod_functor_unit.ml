module Gen () = struct
  let counter = ref 0
  let next () = incr counter; !counter
end
module G = Gen ()
let a = G.next ()
