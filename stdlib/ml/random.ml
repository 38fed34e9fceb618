(* Random: OCaml 4.13's lagged-Fibonacci generator, seeded through MD5 as OCaml does, so that
   sequences are the ones real programs print. *)

module State = struct
  type t = { st : int array; mutable idx : int }

  let new_state () = { st = Array.make 55 0; idx = 0 }
  let assign dst src = Array.blit src.st 0 dst.st 0 55; dst.idx <- src.idx

  let full_init s seed =
    let combine accu x = Digest.string (accu ^ string_of_int x) in
    let extract d =
      Char.code d.[0] + (Char.code d.[1] lsl 8) + (Char.code d.[2] lsl 16) + (Char.code d.[3] lsl 24) in
    let seed = if Array.length seed = 0 then [| 0 |] else seed in
    let l = Array.length seed in
    for i = 0 to 54 do s.st.(i) <- i done;
    let accu = ref "x" in
    for i = 0 to 54 + Int.max 55 l do
      let j = i mod 55 in
      let k = i mod l in
      accu := combine !accu seed.(k);
      s.st.(j) <- (s.st.(j) lxor extract !accu) land 0x3FFFFFFF
    done;
    s.idx <- 0

  let make seed = let result = new_state () in full_init result seed; result
  let copy s = let result = new_state () in assign result s; result

  let bits s =
    s.idx <- (s.idx + 1) mod 55;
    let curval = s.st.(s.idx) in
    let newval = s.st.((s.idx + 24) mod 55) + (curval lxor ((curval lsr 25) land 0x1F)) in
    let newval30 = newval land 0x3FFFFFFF in
    s.st.(s.idx) <- newval30;
    newval30

  let rec intaux s n =
    let r = bits s in
    let v = r mod n in
    if r - v > 0x3FFFFFFF - n + 1 then intaux s n else v

  let int s bound = if bound > 0x3FFFFFFF || bound <= 0 then invalid_arg "Random.int" else intaux s bound

  let rawfloat s =
    let scale = 1073741824.0 in
    let r1 = float_of_int (bits s) in
    let r2 = float_of_int (bits s) in
    (r1 /. scale +. r2) /. scale

  let float s bound = rawfloat s *. bound
  let bool s = bits s land 1 = 0
end

(* The state a program starts with when it never seeds the generator. *)
let default = { State.st = [|
  0x3ae2522b; 0x1d8d4634; 0x15b4fad0; 0x18b14ace; 0x12f8a3c4; 0x3b086c47; 0x16d467d6; 0x101d91c7;
  0x321df177; 0x176c193; 0x1ff72bf1; 0x1e889109; 0xb464b18; 0x2b86b97c; 0x891da48; 0x3137463;
  0x85ac5a1; 0x15d61f2f; 0x3bced359; 0x29c1c132; 0x3a86766e; 0x366d8c86; 0x1f5b6222; 0x3ce1b59f;
  0x2ebf78e1; 0x27cd1b86; 0x258f3dc3; 0x389a8194; 0x2e4c44c; 0x18c43f7d; 0xf6e534f; 0x1e7df359;
  0x55d0b7e; 0x10e84e7e; 0x126198e4; 0xe7722cb; 0x1cbede28; 0x3391b964; 0x3d40e92a; 0xc59933d;
  0xb8cd0b7; 0x24efff1c; 0x2803fdaa; 0x8ebc72e; 0xf522e32; 0x5398edc; 0x2144a04c; 0xaef3cbd;
  0x1ad4719; 0x35b93cd6; 0x2a559d4f; 0x1e6fd768; 0x26e27f36; 0x186f18c3; 0x2fbf967a |]; State.idx = 0 }

let bits () = State.bits default
let int bound = State.int default bound
let float scale = State.float default scale
let bool () = State.bool default
let full_init seed = State.full_init default seed
let init seed = State.full_init default [| seed |]
let self_init () = init 0
let get_state () = State.copy default
let set_state s = State.assign default s
