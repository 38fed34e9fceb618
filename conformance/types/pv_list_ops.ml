let events = [`Click (1, 2); `Key 'a'; `Click (3, 4)]
let clicks = List.filter_map (function `Click p -> Some p | _ -> None) events
let count_keys l = List.length (List.filter (function `Key _ -> true | _ -> false) l)
