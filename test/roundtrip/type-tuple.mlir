"tst.op"() : () -> (tuple<>, tuple<i32>, tuple<i32, f32>, tuple<tuple<>>, tuple<tuple<i1, tuple<i2>>, index>)
"tst.op"() : () -> (tuple<tensor<4xf32>, memref<?xi8>, vector<[4]xf32>>, tuple<(i32) -> i32, none>)
"tst.op"() {t = tuple<i8, i16>, e = tuple<>} : () -> ()
