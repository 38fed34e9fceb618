(* The parts of OCaml's Unix library that programs in the wild use: the clock, sleeping, the
   process id, calendar time, and Unix_error with its printer. The operating system is reached
   through the host's services. *)

type error =
  | E2BIG | EACCES | EAGAIN | EBADF | EBUSY | ECHILD | EDEADLK | EDOM | EEXIST | EFAULT
  | EFBIG | EINTR | EINVAL | EIO | EISDIR | EMFILE | EMLINK | ENAMETOOLONG | ENFILE | ENODEV
  | ENOENT | ENOEXEC | ENOLCK | ENOMEM | ENOSPC | ENOSYS | ENOTDIR | ENOTEMPTY | ENOTTY
  | ENXIO | EPERM | EPIPE | ERANGE | EROFS | ESPIPE | ESRCH | EXDEV | EWOULDBLOCK
  | EINPROGRESS | EALREADY | ENOTSOCK | EDESTADDRREQ | EMSGSIZE | EPROTOTYPE | ENOPROTOOPT
  | EPROTONOSUPPORT | ESOCKTNOSUPPORT | EOPNOTSUPP | EPFNOSUPPORT | EAFNOSUPPORT | EADDRINUSE
  | EADDRNOTAVAIL | ENETDOWN | ENETUNREACH | ENETRESET | ECONNABORTED | ECONNRESET | ENOBUFS
  | EISCONN | ENOTCONN | ESHUTDOWN | ETOOMANYREFS | ETIMEDOUT | ECONNREFUSED | EHOSTDOWN
  | EHOSTUNREACH | ELOOP | EOVERFLOW
  | EUNKNOWNERR of int

exception Unix_error of error * string * string

(* The C library's texts (glibc's strerror), and the constructors' names for the printer. *)
let describe = function
  | E2BIG -> ("E2BIG", "Argument list too long") | EACCES -> ("EACCES", "Permission denied")
  | EAGAIN -> ("EAGAIN", "Resource temporarily unavailable") | EBADF -> ("EBADF", "Bad file descriptor")
  | EBUSY -> ("EBUSY", "Device or resource busy") | ECHILD -> ("ECHILD", "No child processes")
  | EDEADLK -> ("EDEADLK", "Resource deadlock avoided") | EDOM -> ("EDOM", "Numerical argument out of domain")
  | EEXIST -> ("EEXIST", "File exists") | EFAULT -> ("EFAULT", "Bad address")
  | EFBIG -> ("EFBIG", "File too large") | EINTR -> ("EINTR", "Interrupted system call")
  | EINVAL -> ("EINVAL", "Invalid argument") | EIO -> ("EIO", "Input/output error")
  | EISDIR -> ("EISDIR", "Is a directory") | EMFILE -> ("EMFILE", "Too many open files")
  | EMLINK -> ("EMLINK", "Too many links") | ENAMETOOLONG -> ("ENAMETOOLONG", "File name too long")
  | ENFILE -> ("ENFILE", "Too many open files in system") | ENODEV -> ("ENODEV", "No such device")
  | ENOENT -> ("ENOENT", "No such file or directory") | ENOEXEC -> ("ENOEXEC", "Exec format error")
  | ENOLCK -> ("ENOLCK", "No locks available") | ENOMEM -> ("ENOMEM", "Cannot allocate memory")
  | ENOSPC -> ("ENOSPC", "No space left on device") | ENOSYS -> ("ENOSYS", "Function not implemented")
  | ENOTDIR -> ("ENOTDIR", "Not a directory") | ENOTEMPTY -> ("ENOTEMPTY", "Directory not empty")
  | ENOTTY -> ("ENOTTY", "Inappropriate ioctl for device") | ENXIO -> ("ENXIO", "No such device or address")
  | EPERM -> ("EPERM", "Operation not permitted") | EPIPE -> ("EPIPE", "Broken pipe")
  | ERANGE -> ("ERANGE", "Numerical result out of range") | EROFS -> ("EROFS", "Read-only file system")
  | ESPIPE -> ("ESPIPE", "Illegal seek") | ESRCH -> ("ESRCH", "No such process")
  | EXDEV -> ("EXDEV", "Invalid cross-device link")
  | EWOULDBLOCK -> ("EWOULDBLOCK", "Resource temporarily unavailable")
  | EINPROGRESS -> ("EINPROGRESS", "Operation now in progress")
  | EALREADY -> ("EALREADY", "Operation already in progress")
  | ENOTSOCK -> ("ENOTSOCK", "Socket operation on non-socket")
  | EDESTADDRREQ -> ("EDESTADDRREQ", "Destination address required")
  | EMSGSIZE -> ("EMSGSIZE", "Message too long") | EPROTOTYPE -> ("EPROTOTYPE", "Protocol wrong type for socket")
  | ENOPROTOOPT -> ("ENOPROTOOPT", "Protocol not available")
  | EPROTONOSUPPORT -> ("EPROTONOSUPPORT", "Protocol not supported")
  | ESOCKTNOSUPPORT -> ("ESOCKTNOSUPPORT", "Socket type not supported")
  | EOPNOTSUPP -> ("EOPNOTSUPP", "Operation not supported")
  | EPFNOSUPPORT -> ("EPFNOSUPPORT", "Protocol family not supported")
  | EAFNOSUPPORT -> ("EAFNOSUPPORT", "Address family not supported by protocol")
  | EADDRINUSE -> ("EADDRINUSE", "Address already in use")
  | EADDRNOTAVAIL -> ("EADDRNOTAVAIL", "Cannot assign requested address")
  | ENETDOWN -> ("ENETDOWN", "Network is down") | ENETUNREACH -> ("ENETUNREACH", "Network is unreachable")
  | ENETRESET -> ("ENETRESET", "Network dropped connection on reset")
  | ECONNABORTED -> ("ECONNABORTED", "Software caused connection abort")
  | ECONNRESET -> ("ECONNRESET", "Connection reset by peer")
  | ENOBUFS -> ("ENOBUFS", "No buffer space available")
  | EISCONN -> ("EISCONN", "Transport endpoint is already connected")
  | ENOTCONN -> ("ENOTCONN", "Transport endpoint is not connected")
  | ESHUTDOWN -> ("ESHUTDOWN", "Cannot send after transport endpoint shutdown")
  | ETOOMANYREFS -> ("ETOOMANYREFS", "Too many references: cannot splice")
  | ETIMEDOUT -> ("ETIMEDOUT", "Connection timed out") | ECONNREFUSED -> ("ECONNREFUSED", "Connection refused")
  | EHOSTDOWN -> ("EHOSTDOWN", "Host is down") | EHOSTUNREACH -> ("EHOSTUNREACH", "No route to host")
  | ELOOP -> ("ELOOP", "Too many levels of symbolic links")
  | EOVERFLOW -> ("EOVERFLOW", "Value too large for defined data type")
  | EUNKNOWNERR n -> (Printf.sprintf "EUNKNOWNERR %d" n, "Unknown error " ^ string_of_int n)

let error_message e = snd (describe e)

let () =
  Printexc.register_printer (function
    | Unix_error (e, f, arg) -> Some (Printf.sprintf "Unix.Unix_error(Unix.%s, %S, %S)" (fst (describe e)) f arg)
    | _ -> None)

let handle_unix_error f arg =
  try f arg with Unix_error (e, fn, a) ->
    prerr_string Sys.executable_name; prerr_string ": \"";
    prerr_string fn; prerr_string "\" failed";
    if String.length a > 0 then (prerr_string " on \""; prerr_string a; prerr_string "\"");
    prerr_string ": "; prerr_endline (error_message e);
    exit 2

external host_time : unit -> float = "%host_time"
external host_getpid : unit -> int = "%host:unix_getpid"
external host_sleep : float -> unit = "%host:unix_sleep"
external host_getcwd : unit -> string = "%host:unix_getcwd"

type tm = {
  tm_sec : int; tm_min : int; tm_hour : int; tm_mday : int; tm_mon : int; tm_year : int;
  tm_wday : int; tm_yday : int; tm_isdst : bool;
}

external host_gmtime : float -> tm = "%host:unix_gmtime"
external host_localtime : float -> tm = "%host:unix_localtime"
external host_mktime : tm -> float * tm = "%host:unix_mktime"

let gettimeofday () = host_time ()
let time () = floor (host_time ())
let getpid () = host_getpid ()
(* As the C library's, a negative duration does not sleep. *)
let sleepf d = if d > 0. then host_sleep d
let sleep n = if n > 0 then host_sleep (float_of_int n)
let getcwd () = host_getcwd ()
let gmtime t = host_gmtime t
let localtime t = host_localtime t
(* The host answers 0 when the date cannot be represented. *)
let mktime t =
  let r = host_mktime t in
  if Obj.is_int (Obj.repr r) then raise (Unix_error (ERANGE, "mktime", "")) else r
let getenv name = Sys.getenv name
