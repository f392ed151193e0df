// Arith DRR patterns (PDLL): logic over extensions, comparisons, selects, extended mults, negf.
func.func @logic_ext(%x: i8, %y: i8, %z: i16) -> (i32, i32, i32, i32, i32, i32) {
  %xu = arith.extui %x : i8 to i32
  %yu = arith.extui %y : i8 to i32
  %xs = arith.extsi %x : i8 to i32
  %ys = arith.extsi %y : i8 to i32
  %zu = arith.extui %z : i16 to i32
  %0 = arith.andi %xu, %yu : i32
  %1 = arith.ori %xs, %ys : i32
  %2 = arith.xori %xu, %yu : i32
  %3 = arith.andi %xs, %ys : i32
  %4 = arith.ori %xu, %zu : i32
  %5 = arith.xori %xs, %ys : i32
  return %0, %1, %2, %3, %4, %5 : i32, i32, i32, i32, i32, i32
}
func.func @not_cmpi(%a: i32, %b: i32) -> (i1, i1) {
  %true = arith.constant true
  %0 = arith.cmpi slt, %a, %b : i32
  %1 = arith.xori %0, %true : i1
  %2 = arith.cmpi uge, %a, %b : i32
  %3 = arith.xori %2, %true : i1
  return %1, %3 : i1, i1
}
func.func @cmpi_ext(%a: i8, %b: i8) -> (i1, i1, i1) {
  %0 = arith.extsi %a : i8 to i32
  %1 = arith.extsi %b : i8 to i32
  %2 = arith.cmpi eq, %0, %1 : i32
  %3 = arith.extui %a : i8 to i32
  %4 = arith.extui %b : i8 to i32
  %5 = arith.cmpi ne, %3, %4 : i32
  %6 = arith.cmpi slt, %0, %1 : i32
  return %2, %5, %6 : i1, i1, i1
}
func.func @selects(%c: i1, %d: i1, %a: i32, %b: i32, %e: i32) -> (i32, i32, i32, i1) {
  %true = arith.constant true
  %false = arith.constant false
  %n = arith.xori %c, %true : i1
  %0 = arith.select %n, %a, %b : i32
  %1 = arith.select %d, %a, %b : i32
  %2 = arith.select %d, %1, %e : i32
  %3 = arith.select %c, %a, %b : i32
  %4 = arith.select %c, %e, %3 : i32
  %5 = arith.select %d, %false, %true : i1
  return %0, %2, %4, %5 : i32, i32, i32, i1
}
func.func @extended(%x: i32, %y: i32) -> (i32, i32, i32, i32) {
  %c1 = arith.constant 1 : i32
  %sum, %overflow = arith.addui_extended %x, %y : i32, i1
  %low, %high = arith.mulsi_extended %x, %y : i32
  %ulow, %uhigh = arith.mului_extended %x, %y : i32
  %one_low, %one_high = arith.mulsi_extended %x, %c1 : i32
  return %sum, %low, %ulow, %one_high : i32, i32, i32, i32
}
func.func @negf(%x: f32, %y: f32) -> (f32, f32) {
  %0 = arith.negf %x : f32
  %1 = arith.negf %y : f32
  %2 = arith.mulf %0, %1 fastmath<nnan> : f32
  %3 = arith.divf %0, %1 : f32
  return %2, %3 : f32, f32
}
