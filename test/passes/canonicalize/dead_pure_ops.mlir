// OPTIONS: enable-patterns=NoSuchPattern
// Unused pure ops (and unused constants) are erased; ops with unknown side effects stay.
func.func @dead(%arg0: i32, %arg1: i32, %m: memref<4xi32>, %i: index) -> i32 {
  %c5 = arith.constant 5 : i32
  %0 = arith.muli %arg0, %arg1 : i32
  %1 = arith.subi %0, %arg1 : i32
  %2 = memref.load %m[%i] : memref<4xi32>
  %3 = memref.alloc() : memref<8xf32>
  %4 = "tst.effects"(%arg0) : (i32) -> i32
  memref.store %arg0, %m[%i] : memref<4xi32>
  %5 = arith.xori %arg0, %arg1 : i32
  %6 = "tst.op"(%5) : (i32) -> i32
  return %arg0 : i32
}

func.func @nested_dead(%c: i1, %a: i32) {
  %0 = scf.if %c -> (i32) {
    %x = arith.addi %a, %a : i32
    scf.yield %x : i32
  } else {
    scf.yield %a : i32
  }
  %1 = scf.if %c -> (i32) {
    "tst.side_effect"() : () -> ()
    scf.yield %a : i32
  } else {
    scf.yield %a : i32
  }
  %2 = scf.execute_region -> i32 {
    %y = arith.muli %a, %a : i32
    scf.yield %y : i32
  }
  %3 = scf.execute_region -> i32 {
    "tst.side_effect"() : () -> ()
    scf.yield %a : i32
  }
  return
}
