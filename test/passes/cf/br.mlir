// ARGS: -canonicalize
func.func @single_pred(%x: i32) -> i32 {
  "tst.a"() : () -> ()
  cf.br ^bb1(%x : i32)
^bb1(%y: i32):
  %z = "tst.b"(%y) : (i32) -> i32
  return %z : i32
}
func.func @pass_through(%c: i1, %x: i32, %y: i32) -> i32 {
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  "tst.a"() : () -> ()
  cf.br ^bb3(%x : i32)
^bb2:
  "tst.b"() : () -> ()
  cf.br ^bb4(%y : i32)
^bb4(%w: i32):
  cf.br ^bb3(%w : i32)
^bb3(%v: i32):
  return %v : i32
}
func.func @assert_true(%x: i32) {
  %true = arith.constant true
  cf.assert %true, "never fails"
  %c = "tst.c"() : () -> i1
  cf.assert %c, "may fail"
  return
}
