func.func @f(%a: vector<4xi32>, %b: vector<4xi32>, %x: tensor<?xf32>, %y: tensor<?xf32>) {
  %0 = arith.cmpi slt, %a, %b : vector<4xi32>
  %1 = arith.cmpf oeq, %x, %y : tensor<?xf32>
  %2 = arith.select %0, %a, %b : vector<4xi1>, vector<4xi32>
  return
}
