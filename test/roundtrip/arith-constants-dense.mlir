func.func @c() {
  %0 = arith.constant dense<1> : vector<4xi32>
  %1 = arith.constant dense<[1, 2, 3]> : tensor<3xi64>
  %2 = arith.constant dense<1.5> : tensor<2x2xf32>
  %3 = arith.constant dense<[true, false]> : vector<2xi1>
  %4 = arith.constant dense<0> : tensor<0xi32>
  %5 = arith.constant dense<(1.0, 2.0)> : tensor<complex<f32>>
  %6 = arith.constant dense<0> : vector<[4]xi8>
  return
}
