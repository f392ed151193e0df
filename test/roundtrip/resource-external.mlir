"tst.a"() : () -> ()
{-#
  external_resources: {
    foo: {
      a: "x",
      b: true
    },
    mlir_reproducer: {
      pipeline: "builtin.module(cse)",
      verify_each: false
    }
  }
#-}
