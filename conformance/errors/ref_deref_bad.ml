let r = ref "s"
let n = !r + 1
