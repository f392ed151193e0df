// PIPELINES: -symbol-dce ; -inline
// FLAGS: --allow-unregistered-dialect
// Symbol references held in attributes of unregistered ops, func.constant and nested
// reference arrays keep their targets alive.
func.func private @by_attr() {
  return
}

func.func private @by_array() {
  return
}

func.func private @by_constant(%x: i32) -> i32 {
  return %x : i32
}

func.func private @dead() {
  return
}

func.func @user(%x: i32) -> i32 {
  "tst.ref"() {callee = @by_attr} : () -> ()
  "tst.refs"() {list = [@by_array, 3 : i32]} : () -> ()
  %f = func.constant @by_constant : (i32) -> i32
  %r = func.call_indirect %f(%x) : (i32) -> i32
  return %r : i32
}
