"tst.a"() {r = dense_resource<b1> : tensor<1xi32>} : () -> ()
{-#
  dialect_resources: {
    builtin: {
      b1: "0x0400000001000000"
    }
  }
#-}
// -----
"tst.b"() : () -> ()
