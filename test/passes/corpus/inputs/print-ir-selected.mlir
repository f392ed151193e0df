// PIPELINES: --pass-pipeline=builtin.module(func.func(cse,canonicalize)) --mlir-print-ir-before=cse --mlir-disable-threading ; -canonicalize -cse --mlir-print-ir-after=canonicalize ; --pass-pipeline=builtin.module(func.func(canonicalize,cse)) --mlir-print-ir-after-all --mlir-print-ir-after-change --mlir-disable-threading ; -cse -symbol-dce --mlir-print-ir-after-change ; --pass-pipeline=builtin.module(func.func(cse)) --mlir-print-ir-before=cse --mlir-print-ir-module-scope --mlir-disable-threading ; --pass-pipeline=builtin.module(func.func(cse)) --mlir-print-ir-module-scope --mlir-print-ir-after-all
// Selective IR printing: before/after one pass, only after changes (a modifier of -after-all;
// alone it prints nothing), module scope (needs --mlir-disable-threading, else an error).
func.func @changed(%x: i32) -> i32 {
  %a = arith.addi %x, %x : i32
  %b = arith.addi %x, %x : i32
  %s = arith.muli %a, %b : i32
  return %s : i32
}

func.func @unchanged(%x: i32) -> i32 {
  return %x : i32
}
