%0 = "tst.a"() : () -> i32
%1 = "tst.a"() : () -> i32
// -----
%x = "tst.b"() : () -> i32
// -----
func.func @g(%a: i32) {
  %c0 = arith.constant 0 : index
  %c0_again = arith.constant 0 : index
  return
}
