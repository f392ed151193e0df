func.func @f(%a: vector<4xi32>, %b: tensor<2x?xf32>, %c: vector<[8]xf16>) {
  %0 = arith.addi %a, %a : vector<4xi32>
  %1 = arith.muli %a, %a overflow<nsw> : vector<4xi32>
  %2 = arith.addf %b, %b : tensor<2x?xf32>
  %3 = arith.mulf %c, %c fastmath<fast> : vector<[8]xf16>
  %4 = arith.negf %b : tensor<2x?xf32>
  %5 = arith.xori %a, %a : vector<4xi32>
  return
}
