// ARGS: -cse
func.func private @callee()
func.func @a1(%c: i1, %m: memref<4xi32>, %i: index) -> (i32, i32) {
  %0 = memref.load %m[%i] : memref<4xi32>
  func.call @callee() : () -> ()
  %1 = memref.load %m[%i] : memref<4xi32>
  return %0, %1 : i32, i32
}
func.func @b2(%c: i1, %m: memref<4xi32>, %i: index) -> (i32, i32) {
  %0 = memref.load %m[%i] : memref<4xi32>
  scf.if %c { func.call @callee() : () -> () }
  %1 = memref.load %m[%i] : memref<4xi32>
  return %0, %1 : i32, i32
}
func.func @c3(%c: i1, %m: memref<4xi32>, %i: index) -> (i32, i32) {
  %0 = memref.load %m[%i] : memref<4xi32>
  scf.if %c { "tst.x"() : () -> () }
  %1 = memref.load %m[%i] : memref<4xi32>
  return %0, %1 : i32, i32
}
func.func @d4(%c: i1, %m: memref<4xi32>, %i: index) -> (i32, i32) {
  %0 = memref.load %m[%i] : memref<4xi32>
  scf.if %c { %x = memref.load %m[%i] : memref<4xi32> "tst.sink"(%x) : (i32) -> () }
  %1 = memref.load %m[%i] : memref<4xi32>
  return %0, %1 : i32, i32
}
func.func @e5(%c: i1, %m: memref<4xi32>, %i: index) -> (i32, i32) {
  %0 = memref.load %m[%i] : memref<4xi32>
  %a = memref.alloc() : memref<4xi32>
  %1 = memref.load %m[%i] : memref<4xi32>
  memref.dealloc %a : memref<4xi32>
  %2 = memref.load %m[%i] : memref<4xi32>
  return %0, %1 : i32, i32
}
func.func @f6(%c: i1, %m: memref<4xi32>, %i: index) -> (i32, i32) {
  %0 = memref.load %m[%i] : memref<4xi32>
  scf.if %c { %x = memref.load %m[%i] : memref<4xi32> }
  %1 = memref.load %m[%i] : memref<4xi32>
  return %0, %1 : i32, i32
}
func.func @g7(%c: i1, %m: memref<4xi32>, %i: index) -> (i32, i32) {
  %0 = memref.load %m[%i] : memref<4xi32>
  scf.if %c { %x = memref.alloca() : memref<4xi32>  "tst.sink"(%x) : (memref<4xi32>) -> ()}
  %1 = memref.load %m[%i] : memref<4xi32>
  return %0, %1 : i32, i32
}
func.func @e8(%c: i1, %m: memref<4xi32>, %i: index, %a: memref<4xi32>) -> (i32, i32) {
  %0 = memref.load %m[%i] : memref<4xi32>
  memref.dealloc %a : memref<4xi32>
  %1 = memref.load %m[%i] : memref<4xi32>
  return %0, %1 : i32, i32
}
func.func @f9(%c: i1, %m: memref<4xi32>, %i: index, %a: memref<4xi32>) -> (i32, i32) {
  %0 = memref.load %m[%i] : memref<4xi32>
  scf.if %c { memref.dealloc %a : memref<4xi32> }
  %1 = memref.load %m[%i] : memref<4xi32>
  return %0, %1 : i32, i32
}
func.func @g10(%c: i1, %m: memref<4xi32>, %i: index, %a: memref<4xi32>) -> (i32, i32) {
  %0 = memref.load %m[%i] : memref<4xi32>
  %x = scf.if %c -> memref<4xi32> { %al = memref.alloca() : memref<4xi32> scf.yield %al : memref<4xi32> } else { scf.yield %a : memref<4xi32> }
  %1 = memref.load %m[%i] : memref<4xi32>
  "tst.sink"(%x) : (memref<4xi32>) -> ()
  return %0, %1 : i32, i32
}
func.func @h11(%c: i1, %m: memref<4xi32>, %i: index, %a: memref<4xi32>) -> (i32, i32) {
  %0 = memref.load %m[%i] : memref<4xi32>
  scf.if %c { scf.if %c { memref.dealloc %a : memref<4xi32> } }
  %1 = memref.load %m[%i] : memref<4xi32>
  return %0, %1 : i32, i32
}
func.func @k12(%c: i1, %m: memref<4xi32>, %i: index, %a: memref<4xi32>) -> (i32, i32) {
  %0 = memref.load %m[%i] : memref<4xi32>
  scf.if %c { scf.if %c { "tst.x"() : () -> () } }
  %1 = memref.load %m[%i] : memref<4xi32>
  return %0, %1 : i32, i32
}
