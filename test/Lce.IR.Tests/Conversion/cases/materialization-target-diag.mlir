// MLIR-OPT: --arith-emulate-wide-int=widest-int-supported=32
func.func @f() -> i64 {
  %1 = "tst.opaque"() : () -> i64
  return %1 : i64
}
