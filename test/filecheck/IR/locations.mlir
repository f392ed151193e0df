// RUN: lce-opt %s --allow-unregistered-dialect --mlir-print-debuginfo | FileCheck %s
// RUN: lce-opt %s --allow-unregistered-dialect | FileCheck %s --check-prefix=NODEBUG

// NODEBUG-NOT: loc(
// CHECK: "foo.a"() : () -> () loc(#[[L1:loc[0-9]*]])
"foo.a"() : () -> () loc("file.mlir":3:4)
// CHECK-NEXT: "foo.b"() : () -> () loc(#[[L2:loc[0-9]*]])
"foo.b"() : () -> () loc(callsite("callee" at "caller.mlir":1:2))
// CHECK-NEXT: "foo.c"() : () -> () loc(#[[L3:loc[0-9]*]])
"foo.c"() : () -> () loc(fused["a.mlir":1:1, "b.mlir":2:2])
// CHECK-NEXT: } loc(#loc)
// CHECK-DAG: #loc = loc("{{.*}}locations.mlir":0:0)
// CHECK-DAG: #[[L1]] = loc("file.mlir":3:4)
// CHECK-DAG: #[[L2]] = loc(callsite(#{{loc[0-9]*}} at #{{loc[0-9]*}}))
// CHECK-DAG: #[[L3]] = loc(fused[#{{loc[0-9]*}}, #{{loc[0-9]*}}])
