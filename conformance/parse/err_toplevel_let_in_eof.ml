let () = (fun x -> x) 1 ;;
let x = 1 in
