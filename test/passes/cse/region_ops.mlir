// ARGS: -cse
func.func @identical_execute_regions(%a: i32) -> (i32, i32, i32) {
  %0 = scf.execute_region -> i32 {
    %x = arith.addi %a, %a : i32
    scf.yield %x : i32
  }
  %1 = scf.execute_region -> i32 {
    %x = arith.addi %a, %a : i32
    scf.yield %x : i32
  }
  %2 = scf.execute_region -> i32 {
    %x = arith.muli %a, %a : i32
    scf.yield %x : i32
  }
  return %0, %1, %2 : i32, i32, i32
}

func.func @identical_ifs(%c: i1, %a: i32, %b: i32) -> (i32, i32) {
  %0 = scf.if %c -> i32 {
    scf.yield %a : i32
  } else {
    scf.yield %b : i32
  }
  %1 = scf.if %c -> i32 {
    scf.yield %a : i32
  } else {
    scf.yield %b : i32
  }
  return %0, %1 : i32, i32
}

func.func @if_with_store(%c: i1, %m: memref<4xi32>, %a: i32) -> (i32, i32) {
  %c0 = arith.constant 0 : index
  %0 = scf.if %c -> i32 {
    memref.store %a, %m[%c0] : memref<4xi32>
    scf.yield %a : i32
  } else {
    scf.yield %a : i32
  }
  %1 = scf.if %c -> i32 {
    memref.store %a, %m[%c0] : memref<4xi32>
    scf.yield %a : i32
  } else {
    scf.yield %a : i32
  }
  return %0, %1 : i32, i32
}

func.func @dead_region_op(%c: i1, %a: i32) {
  %0 = scf.if %c -> i32 {
    %1 = arith.addi %a, %a : i32
    scf.yield %1 : i32
  } else {
    scf.yield %a : i32
  }
  return
}
