"tst.ok1"() : () -> ()
// -----
"tst.bad"() : () -> i32 : garbage
// -----
"tst.ok2"() : () -> ()
