let a = {|hello world|}
let b = {|no \n escapes "here"|}
let c = {||}
let d = {|multi
line|}
