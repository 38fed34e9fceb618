module F (X : S) = struct
  let y = X.x
end
module G (X : S) (Y : T) = struct
  let z = (X.x, Y.y)
end
