let y = Foo 3
