"tst.a"() {r = dense_resource<zeta> : tensor<2xi16>, s = dense_resource<alpha> : tensor<4xi8>} : () -> ()
"tst.b"() {t = dense_resource<alpha> : tensor<4xi8>} : () -> ()
{-#
  dialect_resources: {
    builtin: {
      alpha: "0x0100000001020304",
      zeta: "0x0200000001000200"
    }
  }
#-}
