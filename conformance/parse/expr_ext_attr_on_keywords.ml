let a = if[@attr] c then 1 else 2
let b = try[@attr] f () with _ -> 0
let c = while[@attr] false do () done
let d = for[@attr] i = 0 to 0 do () done
let e = let open[@attr] M in x
let g = let module[@attr] N = M in N.x
