func.func @f(%x: f32, %y: f32, %a: i32) {
  %0 = arith.addf %x, %y fastmath<ninf,nnan> : f32
  %1 = arith.addf %x, %y fastmath<reassoc,nnan,ninf,nsz,arcp,contract,afn> : f32
  %2 = arith.addf %x, %y fastmath<none> : f32
  %3 = arith.addf %x, %y fastmath<fast,nnan> : f32
  %4 = arith.addf %x, %y fastmath<afn,contract,arcp> : f32
  %5 = arith.addi %a, %a overflow<nuw,nsw> : i32
  %6 = arith.addi %a, %a overflow<none> : i32
  %7 = arith.addf %x, %y {fastmath = #arith.fastmath<nnan>} : f32
  %8 = arith.addf %x, %y {foo = #arith.fastmath<nnan>, bar = #arith.overflow<nsw>} : f32
  %9 = arith.truncf %x upward : f32 to bf16
  %10 = arith.truncf %x : f32 to bf16
  %11 = "arith.truncf"(%x) {roundingmode = 4 : i32} : (f32) -> bf16
  %12 = arith.cmpf une, %x, %y : f32
  %13 = arith.scaling_extf %x, %x : f32, f32 to f64
  return
}
