// MLIR-OPT: --arith-emulate-unsupported-floats=source-types=bf16,f16 target-type=f32
func.func @chain(%a: bf16, %b: bf16) -> bf16 {
  %0 = arith.addf %a, %b : bf16
  %1 = arith.mulf %0, %a : bf16
  %c = arith.cmpf olt, %1, %b : bf16
  %2 = arith.select %c, %1, %0 : bf16
  %3 = "tst.use"(%2) : (bf16) -> bf16
  %4 = arith.negf %3 : bf16
  return %4 : bf16
}
func.func @mixed(%a: f16, %f: f32, %v: vector<4xbf16>) -> (f32, vector<4xbf16>) {
  %0 = arith.extf %a : f16 to f32
  %1 = arith.addf %0, %f : f32
  %2 = arith.divf %a, %a fastmath<fast> : f16
  %3 = arith.extf %2 : f16 to f32
  %4 = arith.maximumf %1, %3 : f32
  %5 = arith.subf %v, %v : vector<4xbf16>
  %c = arith.constant 1.0 : bf16
  %b = "tst.make"() : () -> bf16
  %6 = arith.addf %c, %b : bf16
  %i = arith.fptosi %6 : bf16 to i32
  %7 = arith.sitofp %i : i32 to f16
  %8 = arith.remf %7, %a : f16
  "tst.sink"(%8) : (f16) -> ()
  return %4, %5 : f32, vector<4xbf16>
}
func.func @cfg(%c: i1, %a: bf16) -> bf16 {
  cf.cond_br %c, ^bb1(%a : bf16), ^bb2
^bb1(%x: bf16):
  %0 = arith.mulf %x, %a : bf16
  cf.br ^bb2
^bb2:
  %1 = arith.addf %a, %a : bf16
  return %1 : bf16
}
