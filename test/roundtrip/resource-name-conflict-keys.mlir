"tst.a"() {r = dense_resource<"quoted key"> : tensor<1xi8>, s = dense_resource<k.dot> : tensor<1xi8>} : () -> ()
{-#
  dialect_resources: {
    builtin: {
      "quoted key": "0x0100000007",
      k.dot: "0x0100000009"
    }
  }
#-}
