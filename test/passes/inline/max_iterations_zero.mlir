// ARGS: -inline='default-pipeline= max-iterations=0'
module @outer {
  module @inner {
    func.func private @h(%a: i32) -> i32 {
      %0 = arith.addi %a, %a : i32
      return %0 : i32
    }
    func.func @g(%a: i32) -> i32 {
      %0 = call @h(%a) : (i32) -> i32
      %1 = call @h(%0) : (i32) -> i32
      return %1 : i32
    }
  }
  func.func private @h(%a: i32) -> i32 {
    %0 = arith.muli %a, %a : i32
    return %0 : i32
  }
  func.func @f(%a: i32, %c: i1) -> i32 {
    %0 = call @h(%a) : (i32) -> i32
    %1 = call @nested_illegal(%c, %0) : (i1, i32) -> i32
    return %1 : i32
  }
  func.func private @nested_illegal(%c: i1, %a: i32) -> i32 {
    %r = scf.if %c -> i32 {
      %x = "tst.op"(%a) : (i32) -> i32
      scf.yield %x : i32
    } else {
      scf.yield %a : i32
    }
    return %r : i32
  }
  func.func private @deep3(%a: i32) -> i32 {
    %0 = call @deep2(%a) : (i32) -> i32
    return %0 : i32
  }
  func.func private @deep2(%a: i32) -> i32 {
    %0 = call @deep1(%a) : (i32) -> i32
    %1 = call @deep1(%0) : (i32) -> i32
    return %1 : i32
  }
  func.func private @deep1(%a: i32) -> i32 {
    %0 = call @h(%a) : (i32) -> i32
    return %0 : i32
  }
  func.func @uses_deep(%a: i32) -> i32 {
    %0 = call @deep3(%a) : (i32) -> i32
    return %0 : i32
  }
}
