// PIPELINES: -canonicalize ; -cse ; '--pass-pipeline=builtin.module(func.func(canonicalize{region-simplify=aggressive}))'
// Dead values that feed only themselves through loop-carried block arguments or iter_args.
func.func @cf_cycle(%n: i32) -> i32 {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  cf.br ^loop(%c0, %c0 : i32, i32)
^loop(%i: i32, %dead: i32):
  %lt = arith.cmpi slt, %i, %n : i32
  %dead2 = arith.addi %dead, %i : i32
  %i2 = arith.addi %i, %c1 : i32
  cf.cond_br %lt, ^loop(%i2, %dead2 : i32, i32), ^exit
^exit:
  return %i : i32
}

func.func @scf_cycle(%n: index) -> index {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r:2 = scf.for %i = %c0 to %n step %c1 iter_args(%keep = %c0, %dead = %c1) -> (index, index) {
    %k = arith.addi %keep, %i : index
    %d = arith.muli %dead, %i : index
    scf.yield %k, %d : index, index
  }
  return %r#0 : index
}
