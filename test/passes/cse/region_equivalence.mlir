// ARGS: -cse
func.func @f(%c: i1, %a: i32, %b: i32, %lb: index, %ub: index) -> (i32, i32, i32, i32, i32, i32) {
  %0 = scf.execute_region -> i32 {
    %x = arith.addi %a, %b : i32
    scf.yield %x : i32
  }
  %1 = scf.execute_region -> i32 {
    %x = arith.addi %b, %a : i32
    scf.yield %x : i32
  }
  %2 = scf.for %i = %lb to %ub step %lb iter_args(%acc = %a) -> i32 {
    %y = arith.muli %acc, %b : i32
    scf.yield %y : i32
  }
  %3 = scf.for %i = %lb to %ub step %lb iter_args(%acc = %a) -> i32 {
    %y = arith.muli %acc, %b : i32
    scf.yield %y : i32
  }
  %s1, %o1 = arith.addui_extended %a, %b : i32, i1
  %s2, %o2 = arith.addui_extended %b, %a : i32, i1
  %4 = scf.execute_region -> i32 {
    %x = arith.addi %a, %b : i32
    %z = arith.addi %x, %x : i32
    scf.yield %z : i32
  } {attr = 1}
  %5 = scf.execute_region -> i32 {
    %x = arith.addi %a, %b : i32
    %z = arith.addi %x, %x : i32
    scf.yield %z : i32
  } {attr = 1}
  "tst.sink"(%o1, %o2, %s1, %s2) : (i1, i1, i32, i32) -> ()
  return %0, %1, %2, %3, %4, %5 : i32, i32, i32, i32, i32, i32
}
func.func @g(%a: i32) {
  "tst.graph_like"() ({
    %0 = arith.addi %a, %a : i32
    "tst.r"() ({
      %1 = arith.addi %a, %a : i32
      "tst.s"(%1) : (i32) -> ()
    }) : () -> ()
    %2 = arith.addi %a, %a : i32
    "tst.s"(%0, %2) : (i32, i32) -> ()
  }) : () -> ()
  %3 = "tst.pure_like"(%a) ({
    %4 = arith.addi %a, %a : i32
    "tst.y"(%4) : (i32) -> ()
  }) : (i32) -> i32
  %5 = "tst.pure_like"(%a) ({
    %4 = arith.addi %a, %a : i32
    "tst.y"(%4) : (i32) -> ()
  }) : (i32) -> i32
  "tst.s"(%3, %5) : (i32, i32) -> ()
  return
}
