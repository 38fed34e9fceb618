let both = function (`A, `A) -> 1 | (`A, `B) -> 2 | (`B, _) -> 3
let first_only = function (`On, x) -> x | (`Off, _) -> 0
