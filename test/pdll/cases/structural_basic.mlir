// PDLL: structural.pdll
func.func @swap(%a: i32, %b: i32) -> i1 {
  %0 = arith.cmpi sgt, %a, %b : i32
  return %0 : i1
}
func.func @min(%a: i64, %b: i64, %c: i64) -> (i64, i64) {
  %0 = arith.cmpi slt, %a, %b : i64
  %1 = arith.select %0, %a, %b : i64
  %2 = arith.cmpi slt, %a, %c : i64
  %3 = arith.select %2, %c, %a : i64
  return %1, %3 : i64, i64
}
func.func @distribute(%a: i16, %b: i16, %c: i16, %d: i16) -> (i16, i16) {
  %0 = arith.ori %a, %b : i16
  %1 = arith.ori %a, %c : i16
  %2 = arith.andi %0, %1 : i16
  %3 = arith.ori %b, %d : i16
  %4 = arith.andi %0, %3 : i16
  return %2, %4 : i16, i16
}
func.func @shift(%x: i32, %y: i64) -> (i32, i64) {
  %0 = arith.addi %x, %x : i32
  %1 = arith.addi %y, %y : i64
  return %0, %1 : i32, i64
}
func.func @erase(%x: i32, %y: i32) -> i32 {
  %0 = arith.muli %x, %y {pdll.erase} : i32
  %1 = arith.muli %x, %y : i32
  return %1 : i32
}
