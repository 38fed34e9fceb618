type a = int [@attr]
type b = (int [@attr]) list
type c = [%ext]
type d = [%ext: int] list
