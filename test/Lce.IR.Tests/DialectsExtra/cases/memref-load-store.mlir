func.func @ls(%m: memref<4x?xf32>, %z: memref<i32>, %i: index, %j: index, %v: f32) -> f32 {
  %a = memref.load %m[%i, %j] : memref<4x?xf32>
  %b = memref.load %m[%i, %j] {nontemporal = true} : memref<4x?xf32>
  %c = memref.load %m[%i, %j] {nontemporal = false} : memref<4x?xf32>
  %d = memref.load %z[] : memref<i32>
  %e = memref.load %m[%i, %j] {alignment = 8 : i64} : memref<4x?xf32>
  memref.store %v, %m[%i, %j] : memref<4x?xf32>
  memref.store %d, %z[] {nontemporal = true} : memref<i32>
  return %a : f32
}
