let clamp lo hi x = max lo (min hi x)
