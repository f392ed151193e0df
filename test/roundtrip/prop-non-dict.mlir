"tst.op"() <1 : i32> : () -> ()
"tst.op"() <"string prop"> : () -> ()
"tst.op"() <[1, 2, 3]> : () -> ()
"tst.op"() <#foo.bar<1>> : () -> ()
