let f () : int = None
