// ARGS: -inline
func.func private @double(%a: i32) -> i32 {
  %c2 = arith.constant 2 : i32
  %0 = arith.muli %a, %c2 : i32
  return %0 : i32
}

func.func private @const_fold() -> i32 {
  %c3 = arith.constant 3 : i32
  %c4 = arith.constant 4 : i32
  %0 = arith.addi %c3, %c4 : i32
  return %0 : i32
}

func.func private @select_path(%c: i1, %a: i32, %b: i32) -> i32 {
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  return %a : i32
^bb2:
  return %b : i32
}

func.func @caller(%x: i32) -> (i32, i32, i32) {
  %0 = call @double(%x) : (i32) -> i32
  %1 = call @double(%0) : (i32) -> i32
  %2 = call @const_fold() : () -> i32
  %true = arith.constant true
  %3 = call @select_path(%true, %1, %2) : (i1, i32, i32) -> i32
  return %1, %2, %3 : i32, i32, i32
}
