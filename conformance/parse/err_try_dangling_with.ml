let x = try f () with
