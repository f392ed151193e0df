"tst.op"() : () -> (tensor<4xvector<4xf32>>, tensor<1x!foo.bar<1>>, tensor<2x!foo<"q">>, tensor<4xvector<[4]xi1>>)
