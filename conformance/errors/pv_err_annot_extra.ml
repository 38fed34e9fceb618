let modes : [ `Read | `Write ] list = [ `Read; `Write; `Append ]
