// MLIR-OPT: --arith-emulate-wide-int=widest-int-supported=32
func.func @f(%a: i64) -> i64 {
  %1 = "tst.opaque"(%a) : (i64) -> i64
  return %a : i64
}
