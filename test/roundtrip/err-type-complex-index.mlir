"tst.op"() : () -> complex<index>
