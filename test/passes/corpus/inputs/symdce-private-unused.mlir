// PIPELINES: -symbol-dce ; -inline ; -canonicalize -symbol-dce
// Unreferenced private functions are removed; public ones and their callees stay.
func.func private @unused_private(%x: i32) -> i32 {
  return %x : i32
}

func.func private @used_private(%x: i32) -> i32 {
  %c1 = arith.constant 1 : i32
  %r = arith.addi %x, %c1 : i32
  return %r : i32
}

func.func @entry(%x: i32) -> i32 {
  %r = call @used_private(%x) : (i32) -> i32
  return %r : i32
}

func.func private @external_decl(i32) -> i32
