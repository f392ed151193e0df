// FLAGS: --mlir-elide-elementsattrs-if-larger=3
"tst.op"() {a = dense<[1, 2, 3]> : tensor<3xi32>, b = dense<[1, 2, 3, 4]> : tensor<4xi32>, c = dense<5> : tensor<100xi32>, d = dense<[1.0, 2.0, 3.0, 4.0]> : vector<4xf32>} : () -> ()
"tst.op"() {e = dense<["a", "b", "c", "d"]> : tensor<4x!foo.s>, f = array<i32: 1, 2, 3, 4, 5>} : () -> ()
