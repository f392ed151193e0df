// ARGS: -cse
%c1 = arith.constant 1 : i32
%c1_0 = arith.constant 1 : i32
"tst.use"(%c1, %c1_0) : (i32, i32) -> ()

"tst.graph"() ({
  %0 = "tst.use_later"(%1) : (i32) -> i32
  %1 = arith.constant 2 : i32
  %2 = arith.constant 2 : i32
  "tst.sink"(%0, %1, %2) : (i32, i32, i32) -> ()
}) : () -> ()

"tst.isolated_maybe"() ({
^bb0(%a: i32):
  %3 = arith.constant 1 : i32
  %4 = arith.addi %a, %3 : i32
  %5 = arith.addi %a, %3 : i32
  "tst.sink"(%4, %5) : (i32, i32) -> ()
}) : () -> ()

"tst.multi_block"() ({
  %6 = arith.constant 3 : i32
  %7 = arith.constant 3 : i32
  "tst.br"()[^bb1] : () -> ()
^bb1:
  "tst.sink"(%6, %7) : (i32, i32) -> ()
}) : () -> ()
