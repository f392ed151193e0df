"tst.op"() : () -> (tensor<4xf32>, tensor<4x5xi8>, tensor<?xf32>, tensor<?x?xf64>, tensor<2x?x3x?xi1>)
"tst.op"() : () -> (tensor<1x1x1x1x1x1xf32>, tensor<1000000xi8>, tensor<?x4x?xindex>)
"tst.op"() : () -> (tensor<f32>, tensor<i1>, tensor<index>, tensor<complex<f32>>)
