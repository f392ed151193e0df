// ARGS: -inline='default-pipeline='
module {
  module @lib {
    func.func @exported(%a: i32) -> i32 {
      %0 = call @helper(%a) : (i32) -> i32
      return %0 : i32
    }
    func.func private @helper(%a: i32) -> i32 {
      %0 = arith.muli %a, %a : i32
      return %0 : i32
    }
    func.func private @dead_in_lib() {
      return
    }
    func.func nested @nested_vis() {
      return
    }
  }
  func.func @user(%a: i32) -> i32 {
    "tst.ref"() {r = @lib::@exported} : () -> ()
    %0 = call @local(%a) : (i32) -> i32
    return %0 : i32
  }
  func.func private @local(%a: i32) -> i32 {
    %0 = arith.addi %a, %a : i32
    return %0 : i32
  }
  func.func nested @top_nested() {
    return
  }
}
