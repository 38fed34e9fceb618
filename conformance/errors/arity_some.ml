let y = Some
