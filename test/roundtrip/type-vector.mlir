"tst.op"() : () -> (vector<4xf32>, vector<2x3xi8>, vector<1xindex>, vector<4x4x4xf16>, vector<8xi1>)
"tst.op"() : () -> (vector<f32>, vector<i64>, vector<bf16>)
"tst.op"() : () -> (vector<[4]xf32>, vector<2x[4]xf32>, vector<[2]x[4]xi8>, vector<[1]xf64>, vector<4x[8]x2xi1>)
