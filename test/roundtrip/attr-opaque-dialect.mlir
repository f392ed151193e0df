"tst.op"() {a = #foo.bar, b = #foo.bar<1>, c = #foo<"x y">, d = #foo<abc>, e = #foo.thing<"bla" 1, 2>, f = #foo<a.b<1>>} : () -> ()
"tst.op"() {a = #foo.x<{k = 1}>, b = #foo.y<[1, 2]>, c = #foo.z<(a, b)>, d = #foo<"">, e = #foo<x y>, f = #foo.q<a -> b>} : () -> ()
