// ARGS: -inline
func.func private @inc(%a: i32) -> i32 {
  %c1 = arith.constant 1 : i32
  %0 = arith.addi %a, %c1 : i32
  return %0 : i32
}

func.func private @loop(%n: index, %init: i32) -> i32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %init) -> i32 {
    %0 = func.call @inc(%acc) : (i32) -> i32
    scf.yield %0 : i32
  }
  return %r : i32
}

func.func @entry(%n: index, %c: i1, %a: i32) -> (i32, i32) {
  %0 = call @loop(%n, %a) : (index, i32) -> i32
  %1 = scf.if %c -> i32 {
    %2 = func.call @inc(%0) : (i32) -> i32
    scf.yield %2 : i32
  } else {
    scf.yield %0 : i32
  }
  return %0, %1 : i32, i32
}

func.func private @recursive(%a: i32) -> i32 {
  %c0 = arith.constant 0 : i32
  %0 = arith.addi %a, %c0 : i32
  %1 = call @recursive(%0) : (i32) -> i32
  return %1 : i32
}

func.func @uses_recursive(%a: i32) -> i32 {
  %0 = call @recursive(%a) : (i32) -> i32
  return %0 : i32
}
