// PIPELINES: -cse ; -canonicalize -cse
// FLAGS: --allow-unregistered-dialect
// cse merges pure ops across unknown-effect ops but never merges the unknown ops themselves.
func.func @effects(%x: i32) -> (i32, i32, i32, i32) {
  %a = arith.addi %x, %x : i32
  "tst.write"(%a) : (i32) -> ()
  %b = arith.addi %x, %x : i32
  %r1 = "tst.read"() : () -> i32
  %r2 = "tst.read"() : () -> i32
  return %a, %b, %r1, %r2 : i32, i32, i32, i32
}

func.func @in_unregistered_region(%x: i32) -> i32 {
  %a = arith.muli %x, %x : i32
  %r = "tst.wrap"() ({
    %b = arith.muli %x, %x : i32
    %c = arith.muli %x, %x : i32
    %d = arith.addi %b, %c : i32
    "tst.yield"(%d) : (i32) -> ()
  }) : () -> i32
  %e = arith.addi %a, %r : i32
  return %e : i32
}
