func.func @f(%a: i32, %b: i32, %x: f32, %y: f32, %c: i1, %v: vector<4xi32>, %i: index) -> i32 {
  %0 = arith.addi %a, %b : i32
  %1 = arith.addi %a, %b overflow<nsw, nuw> : i32
  %2 = arith.subi %a, %b overflow<nuw> : i32
  %3 = arith.muli %a, %b : i32
  %4 = arith.divsi %a, %b : i32
  %5 = arith.divui %a, %b : i32
  %6 = arith.shrui %a, %b : i32
  %7 = arith.addf %x, %y fastmath<fast> : f32
  %8 = arith.mulf %x, %y fastmath<nnan,ninf> : f32
  %9 = arith.cmpi ult, %a, %b : i32
  %10 = arith.cmpf oeq, %x, %y fastmath<nnan> : f32
  %11 = arith.select %c, %a, %b : i32
  %12 = arith.extsi %a : i32 to i64
  %13 = arith.trunci %12 overflow<nsw> : i64 to i16
  %14 = arith.truncf %x to_nearest_even fastmath<fast> : f32 to f16
  %15 = arith.extf %14 fastmath<nnan> : f16 to f32
  %16:2 = arith.addui_extended %a, %b : i32, i1
  %17:2 = arith.mulsi_extended %a, %b : i32
  %18 = arith.negf %x : f32
  %19 = arith.index_cast %a : i32 to index
  %20 = arith.bitcast %x : f32 to i32
  %21 = arith.sitofp %a : i32 to f32
  %c42 = arith.constant 42 : i32
  %c0 = arith.constant 0 : index
  %t = arith.constant true
  %m = arith.constant -7 : i64
  %fc = arith.constant 1.5 : f32
  %d = arith.constant dense<[1, 2]> : tensor<2xi32>
  %vc = arith.cmpi eq, %v, %v : vector<4xi32>
  return %0 : i32
}
