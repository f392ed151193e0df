// PIPELINES: -canonicalize ; -cse ; -canonicalize --mlir-print-op-generic
// Generic-form input with arith folds, a select and a cmpi (predicates as integers).
"builtin.module"() ({
  "func.func"() <{function_type = (i32) -> (i32, i1, i32), sym_name = "gen"}> ({
  ^bb0(%arg0: i32):
    %0 = "arith.constant"() <{value = 6 : i32}> : () -> i32
    %1 = "arith.constant"() <{value = 7 : i32}> : () -> i32
    %2 = "arith.muli"(%0, %1) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
    %3 = "arith.cmpi"(%arg0, %arg0) <{predicate = 2 : i64}> : (i32, i32) -> i1
    %4 = "arith.select"(%3, %arg0, %2) : (i1, i32, i32) -> i32
    %5 = "arith.addi"(%4, %arg0) <{overflowFlags = #arith.overflow<nsw>}> : (i32, i32) -> i32
    "func.return"(%2, %3, %5) : (i32, i1, i32) -> ()
  }) : () -> ()
  "func.func"() <{function_type = () -> f32, sym_name = "genf", sym_visibility = "private"}> ({
    %0 = "arith.constant"() <{value = 2.500000e+00 : f32}> : () -> f32
    %1 = "arith.mulf"(%0, %0) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
    "func.return"(%1) : (f32) -> ()
  }) : () -> ()
}) : () -> ()
