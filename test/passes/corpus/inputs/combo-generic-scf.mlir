// PIPELINES: -canonicalize ; -cse ; -inline ; -canonicalize --mlir-print-op-generic
// Generic-form scf.if / scf.for and func.call.
"builtin.module"() ({
  "func.func"() <{function_type = (i32) -> i32, sym_name = "callee", sym_visibility = "private"}> ({
  ^bb0(%arg0: i32):
    %0 = "arith.addi"(%arg0, %arg0) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
    "func.return"(%0) : (i32) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (i1, i32, index) -> i32, sym_name = "main"}> ({
  ^bb0(%arg0: i1, %arg1: i32, %arg2: index):
    %0 = "arith.constant"() <{value = true}> : () -> i1
    %1 = "scf.if"(%0) ({
      %5 = "func.call"(%arg1) <{callee = @callee}> : (i32) -> i32
      "scf.yield"(%5) : (i32) -> ()
    }, {
      "scf.yield"(%arg1) : (i32) -> ()
    }) : (i1) -> i32
    %2 = "arith.constant"() <{value = 0 : index}> : () -> index
    %3 = "arith.constant"() <{value = 1 : index}> : () -> index
    %4 = "scf.for"(%2, %arg2, %3, %1) ({
    ^bb0(%arg3: index, %arg4: i32):
      %6 = "func.call"(%arg4) <{callee = @callee}> : (i32) -> i32
      "scf.yield"(%6) : (i32) -> ()
    }) : (index, index, index, i32) -> i32
    "func.return"(%4) : (i32) -> ()
  }) : () -> ()
}) : () -> ()
