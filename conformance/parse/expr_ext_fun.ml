let a = fun%ext x -> x
let b = function%ext A -> 1 | B -> 2
let c = for%ext i = 0 to 1 do () done
let d = while%ext true do () done
let e = begin%ext 1 end
let g = assert%ext true
let h = lazy%ext 1
