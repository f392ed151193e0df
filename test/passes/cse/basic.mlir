// ARGS: -cse
func.func @simple(%a: i32, %b: i32) -> (i32, i32, i32) {
  %0 = arith.addi %a, %b : i32
  %1 = arith.addi %a, %b : i32
  %2 = arith.muli %0, %1 : i32
  %3 = arith.muli %1, %0 : i32
  %4 = arith.subi %2, %3 : i32
  return %2, %3, %4 : i32, i32, i32
}

func.func @constants() -> (i32, i32, i64, f32, f32) {
  %c1 = arith.constant 1 : i32
  %c1_0 = arith.constant 1 : i32
  %c1_i64 = arith.constant 1 : i64
  %f = arith.constant 1.0 : f32
  %f2 = arith.constant 1.0 : f32
  return %c1, %c1_0, %c1_i64, %f, %f2 : i32, i32, i64, f32, f32
}

func.func @commutative(%a: i32, %b: i32, %c: i32) -> (i32, i32, i32, i32) {
  %0 = arith.addi %a, %b : i32
  %1 = arith.addi %b, %a : i32
  %2 = arith.subi %a, %b : i32
  %3 = arith.subi %b, %a : i32
  return %0, %1, %2, %3 : i32, i32, i32, i32
}

func.func @different_attrs(%a: i32, %b: i32, %x: f32, %y: f32) -> (i32, i32, i32, f32, f32, i1, i1) {
  %0 = arith.addi %a, %b overflow<nsw> : i32
  %1 = arith.addi %a, %b : i32
  %2 = arith.addi %a, %b overflow<nsw> : i32
  %3 = arith.addf %x, %y fastmath<fast> : f32
  %4 = arith.addf %x, %y : f32
  %5 = arith.cmpi slt, %a, %b : i32
  %6 = arith.cmpi sgt, %a, %b : i32
  return %0, %1, %2, %3, %4, %5, %6 : i32, i32, i32, f32, f32, i1, i1
}

func.func @dead_code(%a: i32) -> i32 {
  %0 = arith.addi %a, %a : i32
  %1 = arith.muli %0, %0 : i32
  %2 = arith.subi %a, %a : i32
  return %a : i32
}

func.func @discardable_attrs(%a: i32) -> (i32, i32, i32) {
  %0 = arith.addi %a, %a {tag = 1} : i32
  %1 = arith.addi %a, %a {tag = 2} : i32
  %2 = arith.addi %a, %a {tag = 1} : i32
  return %0, %1, %2 : i32, i32, i32
}
