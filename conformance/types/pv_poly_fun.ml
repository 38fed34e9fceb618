let tag_it x = `Tagged x
let t1 = tag_it 1
let t2 = tag_it "s"
let untag (`Tagged x) = x
