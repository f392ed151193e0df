// PIPELINES: -inline ; -inline -symbol-dce
// Inlining inside a nested module; calls do not cross module boundaries by name.
module @top {
  func.func private @helper(%x: i32) -> i32 {
    %c2 = arith.constant 2 : i32
    %r = arith.muli %x, %c2 : i32
    return %r : i32
  }
  func.func @a(%x: i32) -> i32 {
    %r = call @helper(%x) : (i32) -> i32
    return %r : i32
  }
  module @sub {
    func.func private @helper(%x: i32) -> i32 {
      %c3 = arith.constant 3 : i32
      %r = arith.muli %x, %c3 : i32
      return %r : i32
    }
    func.func @b(%x: i32) -> i32 {
      %r = call @helper(%x) : (i32) -> i32
      return %r : i32
    }
  }
}
