module {
  func.func @outer(%a: i32) -> i32 {
    %0 = arith.constant 1 : i32
    %1 = arith.addi %a, %0 : i32
    %2 = arith.addi %a, %0 : i32
    %3 = arith.muli %1, %2 : i32
    return %3 : i32
  }
  module @inner {
    func.func private @dead() {
      return
    }
    func.func @live(%b: i64) -> i64 {
      %s = arith.muli %b, %b : i64
      %t = arith.muli %b, %b : i64
      %u = arith.addi %s, %t : i64
      return %u : i64
    }
  }
}
