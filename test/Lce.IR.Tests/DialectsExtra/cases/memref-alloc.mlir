func.func @m(%n: index, %s: index) {
  %a = memref.alloc() : memref<4xf32>
  %b = memref.alloc(%n) {alignment = 16} : memref<?xf32>
  %c = memref.alloc(%n)[%s] : memref<?xf32, affine_map<(d0)[s0] -> (d0 + s0)>>
  %d = memref.alloc(%n, %n) : memref<?x8x?xi32, 1>
  memref.dealloc %a : memref<4xf32>
  return
}
