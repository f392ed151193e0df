// ARGS: -inline='default-pipeline='
func.func private @once(%a: i32) -> i32 {
  %c2 = arith.constant 2 : i32
  %0 = arith.muli %a, %c2 : i32
  return %0 : i32
}

func.func private @twice(%a: i32, %b: i32) -> (i32, i32) {
  %0 = arith.addi %a, %b : i32
  %1 = arith.subi %a, %b : i32
  return %0, %1 : i32, i32
}

func.func @public_callee(%a: i32) -> i32 {
  %0 = arith.xori %a, %a : i32
  return %0 : i32
}

func.func private @no_results(%m: memref<4xi32>, %v: i32) {
  %c0 = arith.constant 0 : index
  memref.store %v, %m[%c0] : memref<4xi32>
  return
}

func.func private @unused() {
  return
}

func.func @caller(%x: i32, %y: i32, %m: memref<4xi32>) -> i32 {
  %0 = call @once(%x) : (i32) -> i32
  %1:2 = call @twice(%0, %y) : (i32, i32) -> (i32, i32)
  %2:2 = call @twice(%1#1, %1#0) : (i32, i32) -> (i32, i32)
  %3 = call @public_callee(%2#0) : (i32) -> i32
  call @no_results(%m, %3) : (memref<4xi32>, i32) -> ()
  return %3 : i32
}
