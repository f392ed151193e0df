"tst.op"() {a = @foo, b = @foo::@bar, c = @a::@b::@c, d = @"sym with space", e = @"quoted"::@"x y"} : () -> ()
"tst.op"() {a = @_x, b = @x.y, c = @"0starts", d = @x$y, e = [@a, @b::@c], f = @"a-b"} : () -> ()
