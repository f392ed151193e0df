// PIPELINES: -canonicalize ; -cse
// Elementwise arith folding on splat tensor constants (static shapes).
func.func @tsplat() -> (tensor<2x3xi32>, tensor<4xf32>, tensor<2x2xi1>, tensor<8xbf16>, tensor<i64>) {
  %a = arith.constant dense<5> : tensor<2x3xi32>
  %b = arith.constant dense<6> : tensor<2x3xi32>
  %0 = arith.muli %a, %b : tensor<2x3xi32>
  %c = arith.constant dense<0.25> : tensor<4xf32>
  %1 = arith.addf %c, %c : tensor<4xf32>
  %d = arith.constant dense<3> : tensor<2x2xi16>
  %e = arith.constant dense<4> : tensor<2x2xi16>
  %2 = arith.cmpi ult, %d, %e : tensor<2x2xi16>
  %f = arith.constant dense<1.0> : tensor<8xbf16>
  %3 = arith.negf %f : tensor<8xbf16>
  %g = arith.constant dense<9> : tensor<i64>
  %4 = arith.remsi %g, %g : tensor<i64>
  return %0, %1, %2, %3, %4 : tensor<2x3xi32>, tensor<4xf32>, tensor<2x2xi1>, tensor<8xbf16>, tensor<i64>
}
