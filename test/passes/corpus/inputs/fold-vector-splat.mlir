// PIPELINES: -canonicalize ; -cse ; --pass-pipeline=builtin.module(func.func(canonicalize))
// Elementwise folding on splat vector constants.
func.func @vsplat() -> (vector<4xi32>, vector<4xi32>, vector<4xf32>, vector<2x3xi8>, vector<4xi1>, vector<8xf16>) {
  %a = arith.constant dense<7> : vector<4xi32>
  %b = arith.constant dense<-3> : vector<4xi32>
  %0 = arith.addi %a, %b : vector<4xi32>
  %1 = arith.muli %a, %b : vector<4xi32>
  %c = arith.constant dense<1.5> : vector<4xf32>
  %d = arith.constant dense<2.0> : vector<4xf32>
  %2 = arith.mulf %c, %d : vector<4xf32>
  %e = arith.constant dense<100> : vector<2x3xi8>
  %3 = arith.addi %e, %e : vector<2x3xi8>
  %4 = arith.cmpi slt, %a, %b : vector<4xi32>
  %h = arith.constant dense<0.5> : vector<8xf16>
  %5 = arith.subf %h, %h : vector<8xf16>
  return %0, %1, %2, %3, %4, %5 : vector<4xi32>, vector<4xi32>, vector<4xf32>, vector<2x3xi8>, vector<4xi1>, vector<8xf16>
}

func.func @vsplat_identity(%v: vector<4xi32>) -> (vector<4xi32>, vector<4xi32>) {
  %z = arith.constant dense<0> : vector<4xi32>
  %o = arith.constant dense<1> : vector<4xi32>
  %0 = arith.addi %v, %z : vector<4xi32>
  %1 = arith.muli %v, %o : vector<4xi32>
  return %0, %1 : vector<4xi32>, vector<4xi32>
}
