!t1 = tensor<4x!t2>
!t2 = f32
"tst.op"() : () -> !t1
