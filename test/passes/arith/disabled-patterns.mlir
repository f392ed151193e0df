// ARGS: '-canonicalize=disable-patterns={(anonymous namespace)::AddIAddConstant,SelectToExtUI,CmpFIntToFPConst}'
func.func @f(%x: i32, %c: i1, %i: i16) -> (i32, i32, i1) {
  %c3 = arith.constant 3 : i32
  %c4 = arith.constant 4 : i32
  %a = arith.addi %x, %c3 : i32
  %0 = arith.addi %a, %c4 : i32
  %c1 = arith.constant 1 : i32
  %c0 = arith.constant 0 : i32
  %1 = arith.select %c, %c1, %c0 : i32
  %f = arith.sitofp %i : i16 to f32
  %k = arith.constant 3.0 : f32
  %2 = arith.cmpf olt, %f, %k : f32
  return %0, %1, %2 : i32, i32, i1
}
