let f = function
  | 'a' .. 'z' -> `Lower
  | 'A'..'Z' -> `Upper
  | '0' .. '9' | '_' -> `Digit
  | _ -> `Other
