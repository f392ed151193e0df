"tst.bad"(%undefined) : (i32) -> ()
// -----
"tst.bad2"() : () ->
