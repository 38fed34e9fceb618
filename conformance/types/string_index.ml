let first s = if String.length s > 0 then Some s.[0] else None
