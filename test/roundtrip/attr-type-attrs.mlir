"tst.op"() {a = i32, b = f32, c = index, d = tensor<4xf32>, e = memref<?xi8>, f = !foo.bar, g = (i32) -> (), h = none} : () -> ()
"tst.op"() {l = [i1, si2, ui3, vector<2xf16>, complex<f32>, tuple<>]} : () -> ()
