"tst.op"() : () -> tensor<?xtuple<i32, f32>>
