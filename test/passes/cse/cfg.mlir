// ARGS: -cse
func.func @diamond(%c: i1, %a: i32) -> i32 {
  %0 = arith.addi %a, %a : i32
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  %1 = arith.addi %a, %a : i32
  %2 = arith.muli %1, %1 : i32
  cf.br ^bb3(%2 : i32)
^bb2:
  %3 = arith.muli %a, %a : i32
  %4 = arith.addi %a, %a : i32
  cf.br ^bb3(%4 : i32)
^bb3(%x: i32):
  %5 = arith.muli %a, %a : i32
  %6 = arith.addi %x, %5 : i32
  return %6 : i32
}

func.func @loop_cfg(%a: i32, %n: i32) -> i32 {
  %c0 = arith.constant 0 : i32
  cf.br ^header(%c0 : i32)
^header(%i: i32):
  %c1 = arith.constant 1 : i32
  %cond = arith.cmpi slt, %i, %n : i32
  cf.cond_br %cond, ^body, ^exit
^body:
  %c1_0 = arith.constant 1 : i32
  %next = arith.addi %i, %c1_0 : i32
  cf.br ^header(%next : i32)
^exit:
  %c0_1 = arith.constant 0 : i32
  %r = arith.addi %i, %c0_1 : i32
  return %r : i32
}

func.func @unreachable(%a: i32) -> i32 {
  %0 = arith.addi %a, %a : i32
  return %0 : i32
^dead:
  %1 = arith.addi %a, %a : i32
  %2 = arith.addi %a, %a : i32
  return %2 : i32
}

func.func @region_with_blocks_not_cse_d(%a: i32) -> (i32, i32) {
  %0 = scf.execute_region -> i32 {
    cf.br ^bb1
  ^bb1:
    scf.yield %a : i32
  }
  %1 = scf.execute_region -> i32 {
    cf.br ^bb1
  ^bb1:
    scf.yield %a : i32
  }
  return %0, %1 : i32, i32
}
