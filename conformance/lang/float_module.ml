let s = string_of_float

let () =
  Printf.printf "%s %s %s\n" (s Float.zero) (s Float.one) (s Float.minus_one);
  Printf.printf "%s %s\n" (s (Float.of_int 5)) (s (Float.abs (-3.5)));
  Printf.printf "%s %s\n" (s (Float.neg 2.)) (s (Float.succ 1.) );
  Printf.printf "%h %h\n" (Float.succ 1.) (Float.pred 1.);
  Printf.printf "%b %b %b\n" (Float.is_integer 3.) (Float.is_integer 3.5) (Float.is_finite nan);
  Printf.printf "%s %s\n" (s (Float.min 1. 2.)) (s (Float.max 1. 2.));
  Printf.printf "%s %s\n" (s (Float.min nan 1.)) (s (Float.max 1. nan));
  Printf.printf "%s %s\n" (s (Float.min_num nan 1.)) (s (Float.max_num 1. nan));
  Printf.printf "%s\n" (s (Float.copy_sign 3. (-0.)));
  Printf.printf "%b %b\n" (Float.sign_bit (-0.)) (Float.sign_bit 0.);
  Printf.printf "%d %d %d\n" (Float.compare 1. 2.) (Float.compare nan nan) (Float.compare nan 1.);
  Printf.printf "%b %b\n" (Float.equal nan nan) (Float.equal 0. (-0.));
  Printf.printf "%s\n" (s (Float.fma 2. 3. 4.));
  Printf.printf "%s %s\n" (Float.to_string 2.5) (s (Float.of_string "1e3"));
  Printf.printf "%s\n" (s (Float.div 1. 8.));
  Printf.printf "%Ld\n" (Int64.bits_of_float 1.0);
  Printf.printf "%s\n" (s (Int64.float_of_bits 4611686018427387904L));
  Printf.printf "%ld\n" (Int32.bits_of_float 1.5)
