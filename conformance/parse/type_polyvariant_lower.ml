type a = [> `A ]
type b = [> `A | `B of int ]
type c = [> ]
type 'a d = [> `A ] as 'a
