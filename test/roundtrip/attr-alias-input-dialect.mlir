#my_enc = #foo.encoding<1>
#my_str = "string value"
"tst.op"() {a = #my_str, t = tensor<4xf32, #my_enc>} : () -> ()
