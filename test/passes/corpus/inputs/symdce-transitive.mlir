// PIPELINES: -symbol-dce ; -symbol-dce -canonicalize ; --pass-pipeline=builtin.module(symbol-dce)
// Private functions only reachable from dead private functions are removed too; cycles of
// dead private functions are removed.
func.func private @leaf() {
  return
}

func.func private @mid() {
  call @leaf() : () -> ()
  return
}

func.func private @dead_root() {
  call @mid() : () -> ()
  return
}

func.func private @live_leaf() -> i32 {
  %c = arith.constant 3 : i32
  return %c : i32
}

func.func @public() -> i32 {
  %r = call @live_leaf() : () -> i32
  return %r : i32
}

func.func private @cycle_a() {
  call @cycle_b() : () -> ()
  return
}

func.func private @cycle_b() {
  call @cycle_a() : () -> ()
  return
}
