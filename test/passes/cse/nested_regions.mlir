// ARGS: -cse
func.func @if_uses_outer(%c: i1, %a: i32) -> (i32, i32) {
  %c1 = arith.constant 1 : i32
  %0 = arith.addi %a, %c1 : i32
  %r = scf.if %c -> i32 {
    %c1_0 = arith.constant 1 : i32
    %1 = arith.addi %a, %c1_0 : i32
    %2 = arith.muli %1, %1 : i32
    scf.yield %2 : i32
  } else {
    %3 = arith.addi %a, %c1 : i32
    %c2 = arith.constant 2 : i32
    %4 = arith.muli %3, %c2 : i32
    scf.yield %4 : i32
  }
  %5 = arith.muli %0, %0 : i32
  return %r, %5 : i32, i32
}

func.func @inner_not_visible_outside(%c: i1, %a: i32) -> i32 {
  scf.if %c {
    %c7 = arith.constant 7 : i32
    "tst.use"(%c7) : (i32) -> ()
  }
  %c7_0 = arith.constant 7 : i32
  return %c7_0 : i32
}

func.func @loop(%lb: index, %ub: index, %s: index, %init: i32) -> i32 {
  %c3 = arith.constant 3 : i32
  %r = scf.for %i = %lb to %ub step %s iter_args(%acc = %init) -> i32 {
    %c3_0 = arith.constant 3 : i32
    %x = arith.muli %acc, %c3_0 : i32
    %y = arith.muli %acc, %c3 : i32
    %z = arith.addi %x, %y : i32
    scf.yield %z : i32
  }
  return %r : i32
}

func.func @nested_functions_are_isolated() -> i32 {
  %c5 = arith.constant 5 : i32
  return %c5 : i32
}

func.func @other() -> i32 {
  %c5 = arith.constant 5 : i32
  %c5_0 = arith.constant 5 : i32
  %s = arith.addi %c5, %c5_0 : i32
  return %s : i32
}
