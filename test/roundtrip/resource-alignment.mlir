"tst.a"() {r = dense_resource<al16> : tensor<2xf32>, s = dense_resource<al1> : tensor<3xi8>} : () -> ()
{-#
  dialect_resources: {
    builtin: {
      al16: "0x100000000000803F00000040",
      al1: "0x01000000010203"
    }
  }
#-}
