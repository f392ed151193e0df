func.func @f(%c: i1, %a: i32, %b: i32) -> i32 {
  "tst.cond_br"(%c)[^bb1, ^bb2] : (i1) -> ()
^bb1:
  return %a : i32
^bb2:
  return %b : i32
}
