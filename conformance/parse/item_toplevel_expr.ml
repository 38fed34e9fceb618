print_string "hello"
let x = 1
;;
print_int x;;
x + 1;;
