"tst.op"() : () -> (!foo<"">, !foo<"x.y">, !foo<"1abc">, !foo<abc>, !foo<a.b>, !foo<a<1>>, !foo<a<1> b>)
"tst.op"() : () -> (!foo.q<a -> b>, !foo.q<[1, [2, 3]], {x}>, !foo.q<0x10>, !foo.q<1.5>, !foo.t<<nested>>)
