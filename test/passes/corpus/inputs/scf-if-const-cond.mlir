// PIPELINES: -canonicalize ; -cse ; --pass-pipeline=builtin.module(func.func(canonicalize))
// FLAGS: --allow-unregistered-dialect
// scf.if with a constant condition is replaced by the taken branch.
func.func @taken(%x: i32) -> i32 {
  %t = arith.constant true
  %r = scf.if %t -> i32 {
    %a = arith.addi %x, %x : i32
    scf.yield %a : i32
  } else {
    %b = arith.muli %x, %x : i32
    scf.yield %b : i32
  }
  return %r : i32
}

func.func @not_taken(%x: i32) -> i32 {
  %f = arith.constant false
  %r = scf.if %f -> i32 {
    %a = arith.addi %x, %x : i32
    scf.yield %a : i32
  } else {
    %b = arith.muli %x, %x : i32
    scf.yield %b : i32
  }
  return %r : i32
}

func.func @no_else(%x: i32) {
  %f = arith.constant false
  scf.if %f {
    "tst.side_effect"(%x) : (i32) -> ()
  }
  %t = arith.constant true
  scf.if %t {
    "tst.side_effect"(%x) : (i32) -> ()
  }
  return
}

func.func @folded_cond(%x: i32) -> i32 {
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %lt = arith.cmpi slt, %c1, %c2 : i32
  %r = scf.if %lt -> i32 {
    scf.yield %c1 : i32
  } else {
    scf.yield %x : i32
  }
  return %r : i32
}
