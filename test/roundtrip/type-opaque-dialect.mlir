"tst.op"() : () -> (!foo.bar, !foo.bar<1>, !foo.bar<"x", 1, [2]>, !foo<"abc">, !foo<x y>, !foo.baz<i32, f32>)
"tst.op"() : () -> (!foo.a.b.c, !foo.t<{a = 1}>, !foo.t<(1, 2)>, !foo.t<<nested>>, !foo.bar<"with \"quote\"">)
"tst.op"() {t = !foo.bar<1>, l = [!foo.x, !bar.y]} : () -> ()
