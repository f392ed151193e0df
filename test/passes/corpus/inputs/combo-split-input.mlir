// PIPELINES: -canonicalize --split-input-file ; -cse -symbol-dce --split-input-file ; --pass-pipeline=builtin.module(func.func(canonicalize)) --split-input-file --mlir-print-ir-after-all --mlir-disable-threading
// Each chunk of a split input goes through the pipeline separately.
func.func @a(%x: i32) -> i32 {
  %c0 = arith.constant 0 : i32
  %r = arith.addi %x, %c0 : i32
  return %r : i32
}

// -----

func.func private @dead() {
  return
}
func.func @b(%x: i32) -> (i32, i32) {
  %a = arith.muli %x, %x : i32
  %b = arith.muli %x, %x : i32
  return %a, %b : i32, i32
}
