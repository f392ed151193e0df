// PIPELINES: -canonicalize --mlir-print-op-generic ; -cse --mlir-print-op-generic ; -canonicalize -cse --mlir-print-op-generic --mlir-print-debuginfo
// Generic printing of rewritten scf/cf/arith IR (properties of created ops, value numbering).
func.func @g(%c: i1, %x: i32, %n: index) -> (i32, index) {
  %t = arith.constant true
  %a = scf.if %t -> i32 {
    %s = arith.addi %x, %x overflow<nsw> : i32
    scf.yield %s : i32
  } else {
    scf.yield %x : i32
  }
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %c0) -> (index) {
    %j = arith.addi %acc, %i : index
    scf.yield %j : index
  }
  %e = arith.extsi %x : i32 to i64
  %tr = arith.trunci %e : i64 to i32
  %b = arith.select %c, %tr, %a : i32
  return %b, %r : i32, index
}
