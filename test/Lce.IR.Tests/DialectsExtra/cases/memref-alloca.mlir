func.func @s(%n: index) {
  %a = memref.alloca() : memref<f64>
  %b = memref.alloca(%n) : memref<?x4xi8>
  %c = memref.alloca() {alignment = 64 : i64, tag.z} : memref<2x2xf32>
  return
}
