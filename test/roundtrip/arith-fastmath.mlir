func.func @f(%a: f32, %b: f32) {
  %0 = arith.addf %a, %b fastmath<fast> : f32
  %1 = arith.mulf %a, %b fastmath<nnan,ninf> : f32
  %2 = arith.subf %a, %b fastmath<reassoc,nsz,arcp,contract,afn> : f32
  %3 = arith.divf %a, %b fastmath<none> : f32
  %4 = arith.negf %a fastmath<nnan> : f32
  %5 = arith.addf %a, %b fastmath<nnan,ninf,nsz,arcp,contract,afn,reassoc> : f32
  %6 = arith.maximumf %a, %b fastmath<ninf> : f32
  %7 = arith.cmpf olt, %a, %b fastmath<nnan> : f32
  return
}
