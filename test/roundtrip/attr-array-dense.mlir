"tst.op"() {a = array<i32: 1, 2, 3>, b = array<i32>, c = array<f32>, d = array<i1: true, false>, e = array<i64: -1, 9223372036854775807>} : () -> ()
"tst.op"() {a = array<i8: -128, 127>, b = array<i16: 1>, c = array<f64: 1.0, -2.5, 0.1>, d = array<f32: 1.5, 3.0e10>, e = array<i1>} : () -> ()
"tst.op"() {a = array<i64: 0>, b = array<f32: 0x7FC00000>} : () -> ()
