"tst.region"() ({
^bb0(%a: i32, %b: f32):
  "tst.br"(%a, %b)[^next] : (i32, f32) -> ()
^next(%x: i32, %y: f32):
  %0 = "tst.op"(%x) : (i32) -> i64
  "tst.br"(%0, %y)[^last] : (i64, f32) -> ()
^last(%p: i64, %q: f32):
  "tst.ret"(%p) : (i64) -> ()
}) : () -> ()
