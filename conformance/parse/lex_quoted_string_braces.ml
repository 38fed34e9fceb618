let a = {|{ } { | }|}
let b = {html|<p>{|nested|}</p>|html}
