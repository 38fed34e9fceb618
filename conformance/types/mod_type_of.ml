module Config = struct let port = 8080 let host = "localhost" let debug = false end
module type CONFIG = module type of Config
module Test : CONFIG = struct let port = 1 let host = "h" let debug = true end
let p = Test.port
