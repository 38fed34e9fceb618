let x = 1 [@@attr
