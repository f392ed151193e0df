"tst.op"() {a = #foo.bar : i32, b = #foo<"x"> : f32, c = [#foo.a, #foo.b<1> : index]} : () -> ()
