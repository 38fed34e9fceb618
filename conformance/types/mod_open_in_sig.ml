module Types = struct type id = int type name = string end
module type USER = sig open Types val id : id val name : name end
module U : USER = struct let id = 1 let name = "u" end
