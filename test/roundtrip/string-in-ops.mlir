"tst.op"() {msg = "line1\nline2\ttab", q = "\"q\"", nul = "a\00b"} : () -> ()
"tst.op"() <{p = "prop \\ backslash"}> : () -> ()
