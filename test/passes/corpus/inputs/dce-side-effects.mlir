// PIPELINES: -canonicalize ; -cse ; -canonicalize -cse
// FLAGS: --allow-unregistered-dialect
// Unregistered ops have unknown effects: they are never erased nor merged.
func.func @effects(%x: i32) -> i32 {
  %c1 = arith.constant 1 : i32
  %a = "tst.unknown"(%x) : (i32) -> i32
  %b = "tst.unknown"(%x) : (i32) -> i32
  "tst.sink"(%a) : (i32) -> ()
  %dead = arith.addi %x, %c1 : i32
  %c = "tst.pure_looking"() {value = 3 : i32} : () -> i32
  %d = "tst.pure_looking"() {value = 3 : i32} : () -> i32
  %e = arith.addi %c, %d : i32
  return %e : i32
}

func.func @regions(%x: i32) -> i32 {
  %r = "tst.region_op"(%x) ({
  ^bb0(%arg: i32):
    %c2 = arith.constant 2 : i32
    %dead = arith.muli %arg, %c2 : i32
    %m = arith.addi %arg, %c2 : i32
    "tst.yield"(%m) : (i32) -> ()
  }) : (i32) -> i32
  return %r : i32
}
