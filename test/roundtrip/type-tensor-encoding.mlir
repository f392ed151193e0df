"tst.op"() : () -> (tensor<4xf32, "enc">, tensor<?x?xf32, {a = 1 : i64}>, tensor<8xi8, #foo.enc>, tensor<2xf32, #foo<"x y">>, tensor<4xf32, 1 : i32>)
"tst.op"() : () -> (tensor<4x4xf32, [1, 2]>, tensor<f32, unit>)
