module F : (X : S) -> T
