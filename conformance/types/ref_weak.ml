let r = ref []
let c = ref 0
