exception E = Not_found
exception F = M.G
exception H [@attr]
exception I = E [@@attr]
