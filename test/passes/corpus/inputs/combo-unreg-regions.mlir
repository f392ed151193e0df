// PIPELINES: -canonicalize ; -cse ; -canonicalize -cse ; --pass-pipeline=builtin.module(func.func(canonicalize,cse))
// FLAGS: --allow-unregistered-dialect
// arith code nested inside unregistered ops with regions: folding happens inside, and
// materialized constants stay in the unregistered op's region (it might be isolated from
// above), so the two tst.region bodies each get their own constant.
func.func @f(%x: i32) -> i32 {
  %r = "tst.region"() ({
    %c1 = arith.constant 1 : i32
    %c2 = arith.constant 2 : i32
    %s = arith.addi %c1, %c2 : i32
    %t = arith.addi %x, %s : i32
    "tst.yield"(%t) : (i32) -> ()
  }) : () -> i32
  %q = "tst.region"() ({
    %c3 = arith.constant 3 : i32
    %t = arith.addi %x, %c3 : i32
    "tst.yield"(%t) : (i32) -> ()
  }) : () -> i32
  %sum = arith.addi %r, %q : i32
  return %sum : i32
}

func.func @multi_region(%c: i1) -> i32 {
  %r = "tst.two_regions"(%c) ({
    %a = arith.constant 5 : i32
    %b = arith.muli %a, %a : i32
    "tst.yield"(%b) : (i32) -> ()
  }, {
    %a = arith.constant 5 : i32
    "tst.yield"(%a) : (i32) -> ()
  }) : (i1) -> i32
  return %r : i32
}

"tst.isolated_like"() ({
  %c = arith.constant 10 : i64
  %d = arith.addi %c, %c : i64
  "tst.use"(%d) : (i64) -> ()
}) : () -> ()
