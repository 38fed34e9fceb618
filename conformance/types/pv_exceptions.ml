exception Bad of [ `Input | `State of int ]
let check n = if n < 0 then raise (Bad `Input) else if n > 100 then raise (Bad (`State n)) else n
let safe n = try `Ok (check n) with Bad e -> `Failed e
