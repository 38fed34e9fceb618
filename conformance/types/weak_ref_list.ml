let cache = ref []
let add x = cache := x :: !cache
