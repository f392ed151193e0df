func.func @dc(%m: memref<4x?xf32>, %u: memref<*xf32>) -> index {
  %c1 = arith.constant 1 : index
  %d = memref.dim %m, %c1 : memref<4x?xf32>
  %e = memref.dim %u, %c1 : memref<*xf32>
  %k = memref.cast %m : memref<4x?xf32> to memref<?x?xf32>
  %r = memref.cast %m : memref<4x?xf32> to memref<*xf32>
  %back = memref.cast %u : memref<*xf32> to memref<4x?xf32>
  return %d : index
}
