func.func @f(%a: i32, %b: i32) {
  %0 = arith.addi %a, %b overflow<nsw> : i32
  %1 = arith.addi %a, %b overflow<nuw> : i32
  %2 = arith.addi %a, %b overflow<nsw, nuw> : i32
  %3 = arith.subi %a, %b overflow<nuw, nsw> : i32
  %4 = arith.muli %a, %b overflow<nsw> : i32
  %5 = arith.shli %a, %b overflow<nuw> : i32
  %6 = arith.addi %a, %b overflow<none> : i32
  return
}
