"tst.op"() {v = vector<[4]xf32>, w = vector<f32>, z = [vector<2x[2]xi1>, vector<3xindex>]} : () -> ()
%0 = "tst.op"() : () -> vector<[16]xi8>
"tst.use"(%0) : (vector<[16]xi8>) -> ()
