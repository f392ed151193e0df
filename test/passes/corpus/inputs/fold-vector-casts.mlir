// PIPELINES: -canonicalize ; -cse
// Casts of vector constants (splat and dense) and bitcast of vectors.
func.func @vcasts() -> (vector<4xi64>, vector<4xf32>, vector<2xi8>, vector<2xf16>, vector<4xi32>, vector<2xindex>) {
  %a = arith.constant dense<[-1, 0, 1, 127]> : vector<4xi8>
  %0 = arith.extsi %a : vector<4xi8> to vector<4xi64>
  %1 = arith.sitofp %a : vector<4xi8> to vector<4xf32>
  %b = arith.constant dense<[256, 257]> : vector<2xi32>
  %2 = arith.trunci %b : vector<2xi32> to vector<2xi8>
  %c = arith.constant dense<[1.0, 3.0e5]> : vector<2xf32>
  %3 = arith.truncf %c : vector<2xf32> to vector<2xf16>
  %d = arith.constant dense<1.0> : vector<4xf32>
  %4 = arith.bitcast %d : vector<4xf32> to vector<4xi32>
  %e = arith.constant dense<[5, -5]> : vector<2xi32>
  %5 = arith.index_cast %e : vector<2xi32> to vector<2xindex>
  return %0, %1, %2, %3, %4, %5 : vector<4xi64>, vector<4xf32>, vector<2xi8>, vector<2xf16>, vector<4xi32>, vector<2xindex>
}
