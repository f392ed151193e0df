func.func @f(%a: i32, %b: i64) -> i32 {
  "tst.cond_br"(%a, %b, %a)[^bb1, ^bb2] {operandSegmentSizes = array<i32: 1, 1, 1>} : (i32, i64, i32) -> ()
^bb1(%x: i64):
  "tst.br"(%a)[^bb2] : (i32) -> ()
^bb2(%y: i32):
  return %y : i32
}
