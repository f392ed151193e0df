// MLIR-OPT: --arith-emulate-unsupported-floats=source-types=bf16,f16 target-type=f32
func.func @fold(%a: bf16) -> (bf16, i32) {
  %c = arith.constant 1.0 : bf16
  %0 = arith.addf %c, %c : bf16
  %1 = arith.addf %c, %a : bf16
  %2 = arith.mulf %0, %1 : bf16
  %i = arith.fptosi %0 : bf16 to i32
  %z = arith.constant 0.0 : f16
  %3 = arith.subf %z, %z : f16
  "tst.sink"(%3) : (f16) -> ()
  return %2, %i : bf16, i32
}
