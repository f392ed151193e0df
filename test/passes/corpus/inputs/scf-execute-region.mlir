// PIPELINES: -canonicalize ; -cse
// FLAGS: --allow-unregistered-dialect
// scf.execute_region with one block is inlined; multi-block bodies stay.
func.func @single(%x: i32) -> i32 {
  %r = scf.execute_region -> i32 {
    %a = arith.addi %x, %x : i32
    scf.yield %a : i32
  }
  return %r : i32
}

func.func @multi(%c: i1, %x: i32) -> i32 {
  %r = scf.execute_region -> i32 {
    cf.cond_br %c, ^bb1, ^bb2
  ^bb1:
    %a = arith.addi %x, %x : i32
    scf.yield %a : i32
  ^bb2:
    scf.yield %x : i32
  }
  return %r : i32
}

func.func @no_results() {
  scf.execute_region {
    "tst.inside"() : () -> ()
    scf.yield
  }
  return
}

func.func @nested_in_for(%n: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  scf.for %i = %c0 to %n step %c1 {
    scf.execute_region {
      "tst.step"(%i) : (index) -> ()
      scf.yield
    }
  }
  return
}
