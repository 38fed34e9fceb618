exception E of { code : int; msg : string }
