func.func @f(%a: i1, %b: i3, %c: i17, %d: i128, %e: i1000) {
  %0 = arith.andi %a, %a : i1
  %1 = arith.addi %b, %b : i3
  %2 = arith.muli %c, %c : i17
  %3 = arith.shrsi %d, %d : i128
  %4 = arith.ori %e, %e : i1000
  %5 = arith.extui %b : i3 to i17
  %6 = arith.constant 5 : i3
  %7 = arith.constant 100 : i1000
  return
}
