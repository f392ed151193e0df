func.func @f(%a: vector<4xi8>, %b: tensor<?xf32>, %c: vector<[4]xi64>) {
  %0 = arith.extsi %a : vector<4xi8> to vector<4xi32>
  %1 = arith.truncf %b : tensor<?xf32> to tensor<?xf16>
  %2 = arith.index_cast %c : vector<[4]xi64> to vector<[4]xindex>
  %3 = arith.sitofp %a : vector<4xi8> to vector<4xf32>
  return
}
