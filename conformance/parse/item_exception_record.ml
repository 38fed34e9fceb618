exception E of { code : int; msg : string }
exception F of { mutable x : int }
