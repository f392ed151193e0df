// FLAGS: --split-input-file=//@@
"tst.a"() : () -> ()
//@@
"tst.b"() : () -> ()
// -----
"tst.c"() : () -> ()
