// PIPELINES: -canonicalize ; -cse
// Elementwise folding on non-splat dense vector constants, mixed with splats.
func.func @vdense() -> (vector<4xi32>, vector<4xi32>, vector<4xi1>, vector<4xi32>, vector<3xf64>, vector<2x2xi64>) {
  %a = arith.constant dense<[1, 2, 3, 4]> : vector<4xi32>
  %b = arith.constant dense<[10, -20, 30, -40]> : vector<4xi32>
  %s = arith.constant dense<2> : vector<4xi32>
  %0 = arith.addi %a, %b : vector<4xi32>
  %1 = arith.muli %a, %s : vector<4xi32>
  %2 = arith.cmpi sgt, %a, %b : vector<4xi32>
  %3 = arith.select %2, %a, %b : vector<4xi1>, vector<4xi32>
  %f = arith.constant dense<[1.0, 2.5, -0.0]> : vector<3xf64>
  %g = arith.constant dense<[0.5, 0.5, 0.0]> : vector<3xf64>
  %4 = arith.addf %f, %g : vector<3xf64>
  %m = arith.constant dense<[[1, 2], [3, 4]]> : vector<2x2xi64>
  %5 = arith.subi %m, %m : vector<2x2xi64>
  return %0, %1, %2, %3, %4, %5 : vector<4xi32>, vector<4xi32>, vector<4xi1>, vector<4xi32>, vector<3xf64>, vector<2x2xi64>
}

func.func @vdense_becomes_splat() -> vector<4xi8> {
  %a = arith.constant dense<[1, 2, 3, 4]> : vector<4xi8>
  %b = arith.constant dense<[4, 3, 2, 1]> : vector<4xi8>
  %0 = arith.addi %a, %b : vector<4xi8>
  return %0 : vector<4xi8>
}
