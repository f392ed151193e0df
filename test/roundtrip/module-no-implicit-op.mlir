// FLAGS: --no-implicit-module
"tst.a"() : () -> ()
