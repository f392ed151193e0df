func.func @n(%n: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %a = memref.alloc() : memref<4xf32>
  %e = tensor.empty() : tensor<4xf32>
  %r = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %c0) -> (index) {
    %s = arith.addi %acc, %i : index
    scf.yield %s : index
  }
  %ic = index.constant 7
  %d = memref.dim %a, %c0 : memref<4xf32>
  %v = memref.load %a[%c0] : memref<4xf32>
  return
}
