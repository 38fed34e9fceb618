let make ?(kind = `Plain) ~text () = (kind, text)
let plain = make ~text:"hi" ()
let bold = make ~kind:`Bold ~text:"hey" ()
