// PIPELINES: -canonicalize --mlir-print-ir-after-all --mlir-print-op-generic ; -cse --mlir-print-ir-before-all --mlir-print-debuginfo ; --pass-pipeline=builtin.module(func.func(canonicalize)) --mlir-print-ir-after-all --mlir-print-local-scope --mlir-disable-threading
// IR printing honours the printing flags (generic form, debug info, local scope).
#map = affine_map<(d0) -> (d0 + 1)>
func.func @f(%x: i32, %y: f32) -> (i32, f32) attributes {tst.map = #map} {
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %a = arith.addi %c1, %c2 : i32
  %b = arith.addi %x, %a : i32
  %z = arith.constant 0.0 : f32
  %m = arith.addf %y, %z : f32
  return %b, %m : i32, f32
}
