// ARGS: -cse
func.func @loads(%m: memref<4xi32>, %i: index) -> (i32, i32) {
  %0 = memref.load %m[%i] : memref<4xi32>
  %1 = memref.load %m[%i] : memref<4xi32>
  return %0, %1 : i32, i32
}

func.func @load_store_load(%m: memref<4xi32>, %i: index, %v: i32) -> (i32, i32, i32) {
  %0 = memref.load %m[%i] : memref<4xi32>
  memref.store %v, %m[%i] : memref<4xi32>
  %1 = memref.load %m[%i] : memref<4xi32>
  %2 = memref.load %m[%i] : memref<4xi32>
  return %0, %1, %2 : i32, i32, i32
}

func.func @unknown_op_between(%m: memref<4xi32>, %i: index) -> (i32, i32, i32) {
  %0 = memref.load %m[%i] : memref<4xi32>
  %c = arith.constant 1 : i32
  %1 = memref.load %m[%i] : memref<4xi32>
  "tst.unknown"() : () -> ()
  %2 = memref.load %m[%i] : memref<4xi32>
  return %0, %1, %2 : i32, i32, i32
}

func.func @loads_in_different_blocks(%m: memref<4xi32>, %i: index) -> (i32, i32) {
  %0 = memref.load %m[%i] : memref<4xi32>
  cf.br ^bb1
^bb1:
  %1 = memref.load %m[%i] : memref<4xi32>
  return %0, %1 : i32, i32
}

func.func @load_in_region(%c: i1, %m: memref<4xi32>, %i: index) -> i32 {
  %0 = memref.load %m[%i] : memref<4xi32>
  %r = scf.if %c -> i32 {
    %1 = memref.load %m[%i] : memref<4xi32>
    scf.yield %1 : i32
  } else {
    scf.yield %0 : i32
  }
  return %r : i32
}

func.func @allocs_are_not_merged() -> (memref<4xi32>, memref<4xi32>) {
  %0 = memref.alloc() : memref<4xi32>
  %1 = memref.alloc() : memref<4xi32>
  %2 = memref.alloc() : memref<4xi32>
  return %0, %1 : memref<4xi32>, memref<4xi32>
}

func.func @calls_not_merged(%a: i32) -> (i32, i32) {
  %0 = call @callee(%a) : (i32) -> i32
  %1 = call @callee(%a) : (i32) -> i32
  %2 = call @callee(%a) : (i32) -> i32
  return %0, %1 : i32, i32
}
func.func private @callee(i32) -> i32

func.func @assert_between(%c: i1, %m: memref<4xi32>, %i: index) -> (i32, i32) {
  %0 = memref.load %m[%i] : memref<4xi32>
  cf.assert %c, "boom"
  %1 = memref.load %m[%i] : memref<4xi32>
  return %0, %1 : i32, i32
}

func.func @dealloc_and_dim(%m: memref<?xi32>) -> (index, index) {
  %c0 = arith.constant 0 : index
  %0 = memref.dim %m, %c0 : memref<?xi32>
  %1 = memref.dim %m, %c0 : memref<?xi32>
  memref.dealloc %m : memref<?xi32>
  return %0, %1 : index, index
}
