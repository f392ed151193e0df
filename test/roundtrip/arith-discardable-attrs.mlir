func.func @f(%a: i32, %b: i32) -> i32 {
  %0 = arith.addi %a, %b {tst.tag = 1 : i32} : i32
  %1 = arith.addi %a, %b overflow<nsw> {tst.tag = 2 : i32} : i32
  %2 = arith.constant {tst.c} 5 : i32
  %3 = arith.cmpi slt, %0, %1 {tst.z} : i32
  %4 = arith.extsi %a {tst.e} : i32 to i64
  return %2 : i32
}
