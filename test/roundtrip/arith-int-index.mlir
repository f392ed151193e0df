func.func @f(%a: index, %b: index) -> index {
  %0 = arith.addi %a, %b : index
  %1 = arith.muli %0, %b : index
  %2 = arith.divui %1, %a : index
  %3 = arith.remsi %2, %b : index
  %4 = arith.maxsi %3, %a : index
  return %4 : index
}
