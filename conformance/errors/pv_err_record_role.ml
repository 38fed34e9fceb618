type user = { name : string; role : [ `Admin | `Guest ] }
let owner = { name = "root"; role = `Owner }
