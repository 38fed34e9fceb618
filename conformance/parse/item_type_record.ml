type point = { x : int; y : int }
type r = { name : string; tags : string list; }
type 'a box = { value : 'a }
