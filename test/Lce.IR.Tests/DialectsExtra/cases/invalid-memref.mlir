func.func @dyn(%n: index) {
  %a = memref.alloc() : memref<?xf32>
  return
}

// -----

func.func @sym(%n: index) {
  %a = memref.alloc(%n) : memref<?xf32, affine_map<(d0)[s0] -> (d0 + s0)>>
  return
}

// -----

func.func @idx(%m: memref<4x4xf32>, %i: index) {
  %a = memref.load %m[%i] : memref<4x4xf32>
  return
}

// -----

func.func @cast(%m: memref<4xf32>) {
  %a = memref.cast %m : memref<4xf32> to memref<5xf32>
  return
}

// -----

func.func @empty(%n: index) {
  %a = tensor.empty(%n) : tensor<4xf32>
  return
}
