// PIPELINES: -cse --mlir-pass-statistics ; --pass-pipeline=builtin.module(func.func(cse,canonicalize)) --mlir-pass-statistics --mlir-pass-statistics-display=list
// Pass statistics (stderr). This mlir-opt build has LLVM statistics compiled out, so the
// report is only its banner, in both displays.
func.func private @helper(%x: i32) -> i32 {
  %a = arith.addi %x, %x : i32
  %b = arith.addi %x, %x : i32
  %s = arith.muli %a, %b : i32
  return %s : i32
}

func.func private @dead() {
  return
}

func.func @f(%x: i32) -> i32 {
  %a = arith.muli %x, %x : i32
  %b = arith.muli %x, %x : i32
  %dead = arith.addi %a, %b : i32
  %r = call @helper(%a) : (i32) -> i32
  %r2 = call @helper(%b) : (i32) -> i32
  %s = arith.addi %r, %r2 : i32
  return %s : i32
}

func.func @g(%x: i32) -> i32 {
  %a = arith.muli %x, %x : i32
  %b = arith.muli %x, %x : i32
  %s = arith.subi %a, %b : i32
  return %s : i32
}
