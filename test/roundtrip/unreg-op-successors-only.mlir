"tst.region"() ({
^bb0(%x: i32):
  "tst.sw"(%x, %x, %x)[^bb1, ^bb2, ^bb1] : (i32, i32, i32) -> ()
^bb1(%y: i32):
  "tst.ret"(%y) : (i32) -> ()
^bb2(%z: i32):
  "tst.ret"(%z) : (i32) -> ()
}) : () -> ()
