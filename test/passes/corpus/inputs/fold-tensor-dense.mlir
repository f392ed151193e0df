// PIPELINES: -canonicalize ; --pass-pipeline=builtin.module(func.func(canonicalize,cse))
// Elementwise arith folding on dense tensor constants, including casts.
func.func @tdense() -> (tensor<2x2xi32>, tensor<3xf32>, tensor<2x2xi64>, tensor<3xi32>, tensor<4xi1>) {
  %a = arith.constant dense<[[1, 2], [3, 4]]> : tensor<2x2xi32>
  %b = arith.constant dense<[[5, 6], [7, 8]]> : tensor<2x2xi32>
  %0 = arith.subi %a, %b : tensor<2x2xi32>
  %f = arith.constant dense<[1.0, 4.0, 9.0]> : tensor<3xf32>
  %g = arith.constant dense<[2.0, 2.0, 3.0]> : tensor<3xf32>
  %1 = arith.divf %f, %g : tensor<3xf32>
  %2 = arith.extsi %0 : tensor<2x2xi32> to tensor<2x2xi64>
  %3 = arith.fptosi %1 : tensor<3xf32> to tensor<3xi32>
  %x = arith.constant dense<[0, 1, 2, 3]> : tensor<4xi8>
  %y = arith.constant dense<[3, 2, 1, 0]> : tensor<4xi8>
  %4 = arith.cmpi uge, %x, %y : tensor<4xi8>
  return %0, %1, %2, %3, %4 : tensor<2x2xi32>, tensor<3xf32>, tensor<2x2xi64>, tensor<3xi32>, tensor<4xi1>
}
