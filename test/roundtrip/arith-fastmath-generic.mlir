func.func @f(%a: f32, %b: f32) {
  %0 = "arith.addf"(%a, %b) <{fastmath = #arith.fastmath<fast>}> : (f32, f32) -> f32
  %1 = "arith.mulf"(%a, %b) <{fastmath = #arith.fastmath<nnan,ninf>}> : (f32, f32) -> f32
  %2 = "arith.mulf"(%a, %b) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
  return
}
