module A = F (X) (Y)
module B = F(X)(Y)(Z)
module C = M.F (X) (N.Y)
module D = F (G (X))
