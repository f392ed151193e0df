!dialect_t = !foo.bar<"abc">
!t0 = i8
#dense_alias = dense<1> : tensor<2x!t0>
"tst.op"() {a = #dense_alias} : () -> !dialect_t
