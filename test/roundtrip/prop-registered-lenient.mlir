func.func @f(%a: i32) -> i32 {
  %0 = "arith.constant"() {value = 7 : i32} : () -> i32
  %1 = "arith.addi"(%a, %0) {overflowFlags = #arith.overflow<nuw>, tst.d} : (i32, i32) -> i32
  %2 = "arith.cmpi"(%a, %1) {predicate = 3 : i64} : (i32, i32) -> i1
  return %1 : i32
}
