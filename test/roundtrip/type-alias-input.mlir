!t0 = i32
!t2 = f32
!t1 = tensor<4x!t2>
!long_name_type = memref<?x?xf64, 1>
%0 = "tst.op"() : () -> !t0
"tst.op"(%0) {a = !t1} : (!t0) -> !long_name_type
"tst.op"() : () -> (!t1, tuple<!t0, !t2>)
