// ARGS: -cse
module @outer {
  func.func @f() -> (index, index) {
    %c0 = arith.constant 0 : index
    %c0_0 = arith.constant 0 : index
    return %c0, %c0_0 : index, index
  }
  module @inner {
    func.func @g(%a: index) -> index {
      %0 = arith.addi %a, %a : index
      %1 = arith.addi %a, %a : index
      %2 = index.constant 4
      %3 = index.constant 4
      %4 = arith.muli %0, %1 : index
      %5 = arith.muli %2, %3 : index
      %6 = arith.addi %4, %5 : index
      return %6 : index
    }
  }
}
