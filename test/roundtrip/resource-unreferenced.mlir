"tst.a"() {r = dense_resource<used> : tensor<1xi64>} : () -> ()
{-#
  dialect_resources: {
    builtin: {
      unused: "0x0400000001000000",
      used: "0x080000000100000000000000"
    }
  }
#-}
