func.func @f() {
  %c0 = arith.constant 0 : index
  %c0b = arith.constant 0 : index
  "tst.r"() ({
    %x = arith.constant 0 : index
    %y = arith.constant 1 : index
    "tst.t"() : () -> ()
  }, {
    %x = arith.constant 0 : index
    %z = arith.constant 0 : index
    "tst.t"() : () -> ()
  }) : () -> ()
  %c1 = arith.constant 1 : index
  %c0c = arith.constant 0 : index
  return
}
