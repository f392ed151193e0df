// PIPELINES: --pass-pipeline=builtin.module(func.func(cse,canonicalize)) --mlir-print-ir-after-all --mlir-disable-threading ; -canonicalize -cse --mlir-print-ir-after-all ; -canonicalize -cse --mlir-print-ir-before-all ; --pass-pipeline=builtin.module(func.func(cse,canonicalize)) --mlir-print-ir-after-all --mlir-print-ir-module-scope --mlir-disable-threading ; -inline -symbol-dce --mlir-print-ir-after-all
// IR printing around every pass (stderr), with and without module scope.
func.func private @helper(%x: i32) -> i32 {
  %c0 = arith.constant 0 : i32
  %a = arith.addi %x, %c0 : i32
  return %a : i32
}

func.func @f(%x: i32) -> i32 {
  %a = arith.muli %x, %x : i32
  %b = arith.muli %x, %x : i32
  %s = arith.addi %a, %b : i32
  %r = call @helper(%s) : (i32) -> i32
  return %r : i32
}
