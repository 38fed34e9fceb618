let convert (l : [ `A ] list) : [ `B ] list = l
