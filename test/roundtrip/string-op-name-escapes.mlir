"tst.op\22quote"() : () -> ()
"tst.op\\"() : () -> ()
"tst.\E2\82\AC"() : () -> ()
