// ARGS: -canonicalize
func.func @dense_int() -> (vector<4xi32>, vector<4xi32>, vector<4xi32>, vector<4xi32>, vector<2xi32>, vector<2xi32>, vector<4xi1>, tensor<2x2xi64>) {
  %a = arith.constant dense<[1, -2, 3, 2147483647]> : vector<4xi32>
  %b = arith.constant dense<[5, 7, -1, 1]> : vector<4xi32>
  %s = arith.constant dense<3> : vector<4xi32>
  %0 = arith.addi %a, %b : vector<4xi32>
  %1 = arith.muli %a, %s : vector<4xi32>
  %2 = arith.divsi %a, %b : vector<4xi32>
  %3 = arith.remsi %a, %b : vector<4xi32>
  %x = arith.constant dense<[1, 2]> : vector<2xi32>
  %sh = arith.constant dense<[40, 1]> : vector<2xi32>
  %4 = arith.shli %x, %sh : vector<2xi32>
  %z = arith.constant dense<[0, 1]> : vector<2xi32>
  %5 = arith.floordivsi %x, %z : vector<2xi32>
  %6 = arith.cmpi slt, %a, %b : vector<4xi32>
  %t = arith.constant dense<[[1, 2], [3, 4]]> : tensor<2x2xi64>
  %u = arith.constant dense<10> : tensor<2x2xi64>
  %7 = arith.subi %u, %t : tensor<2x2xi64>
  return %0, %1, %2, %3, %4, %5, %6, %7 : vector<4xi32>, vector<4xi32>, vector<4xi32>, vector<4xi32>, vector<2xi32>, vector<2xi32>, vector<4xi1>, tensor<2x2xi64>
}

func.func @dense_no_fold() -> (vector<2xi32>, vector<2xi32>, vector<2xi32>) {
  %x = arith.constant dense<[1, 2]> : vector<2xi32>
  %sh = arith.constant dense<[1, 40]> : vector<2xi32>
  %0 = arith.shli %x, %sh : vector<2xi32>
  %z = arith.constant dense<[1, 0]> : vector<2xi32>
  %1 = arith.divui %x, %z : vector<2xi32>
  %2 = arith.floordivsi %x, %z : vector<2xi32>
  return %0, %1, %2 : vector<2xi32>, vector<2xi32>, vector<2xi32>
}

func.func @dense_float_casts() -> (vector<3xf32>, vector<3xf64>, vector<3xi32>, vector<3xf16>, vector<3xi8>, vector<2xi64>) {
  %a = arith.constant dense<[1.5, -2.25, 1.0e+20]> : vector<3xf32>
  %b = arith.constant dense<0.5> : vector<3xf32>
  %0 = arith.addf %a, %b : vector<3xf32>
  %1 = arith.extf %a : vector<3xf32> to vector<3xf64>
  %i = arith.constant dense<[1, -7, 65537]> : vector<3xi32>
  %2 = arith.addi %i, %i : vector<3xi32>
  %3 = arith.sitofp %i : vector<3xi32> to vector<3xf16>
  %4 = arith.trunci %i : vector<3xi32> to vector<3xi8>
  %f = arith.constant dense<[1.0, 2.0]> : vector<2xf64>
  %5 = arith.bitcast %f : vector<2xf64> to vector<2xi64>
  return %0, %1, %2, %3, %4, %5 : vector<3xf32>, vector<3xf64>, vector<3xi32>, vector<3xf16>, vector<3xi8>, vector<2xi64>
}

func.func @splat_ops(%v: vector<4xi32>, %t: tensor<4xi64>) -> (vector<4xi32>, vector<4xi32>, tensor<4xi64>, vector<4xi32>) {
  %z = arith.constant dense<0> : vector<4xi32>
  %o = arith.constant dense<1> : vector<4xi32>
  %0 = arith.addi %v, %z : vector<4xi32>
  %1 = arith.muli %o, %v : vector<4xi32>
  %tz = arith.constant dense<0> : tensor<4xi64>
  %2 = arith.muli %t, %tz : tensor<4xi64>
  %ones = arith.constant dense<-1> : vector<4xi32>
  %3 = arith.andi %v, %ones : vector<4xi32>
  return %0, %1, %2, %3 : vector<4xi32>, vector<4xi32>, tensor<4xi64>, vector<4xi32>
}
