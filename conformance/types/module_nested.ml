module A = struct
  module B = struct
    let x = 1
  end
  let y = B.x + 1
end
