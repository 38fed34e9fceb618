type vowel = [ `A | `E | `I | `O | `U ]
type letter = [ vowel | `B | `C | `D ]
let is_vowel (l : letter) = match l with #vowel -> true | _ -> false
let classify = function #vowel as v -> `Vowel v | `B | `C | `D -> `Consonant
