"tst.op"() : () -> memref<4x!foo.t>
