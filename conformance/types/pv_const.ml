let red = `Red
let pair = (`Left, `Right)
let some_tag = Some `Yes
let tags = [`A; `B; `C]
