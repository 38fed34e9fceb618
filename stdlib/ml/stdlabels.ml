(* StdLabels: the labelled versions under their usual names. *)
module Array = ArrayLabels
module Bytes = BytesLabels
module List = ListLabels
module String = StringLabels
