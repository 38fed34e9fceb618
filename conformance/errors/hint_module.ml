let x = Lst.length []
