// ARGS: -cse
func.func @reads_in_loop(%m: memref<8xf32>, %n: index) -> f32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %zero = arith.constant 0.0 : f32
  %r = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %zero) -> f32 {
    %c1_0 = arith.constant 1 : index
    %a = memref.load %m[%i] : memref<8xf32>
    %b = memref.load %m[%i] : memref<8xf32>
    %s = arith.addf %a, %b : f32
    %t = arith.addf %acc, %s : f32
    memref.store %t, %m[%i] : memref<8xf32>
    %c = memref.load %m[%i] : memref<8xf32>
    %u = arith.addf %t, %c : f32
    scf.yield %u : f32
  }
  %w = scf.while (%x = %r) : (f32) -> f32 {
    %zero_1 = arith.constant 0.0 : f32
    %cond = arith.cmpf olt, %x, %zero_1 : f32
    scf.condition(%cond) %x : f32
  } do {
  ^bb0(%y: f32):
    %zero_2 = arith.constant 0.0 : f32
    %z = arith.addf %y, %zero_2 : f32
    %z2 = arith.addf %y, %zero : f32
    %z3 = arith.addf %z, %z2 : f32
    scf.yield %z3 : f32
  }
  return %w : f32
}

func.func @read_after_region_with_write(%c: i1, %m: memref<4xi32>, %i: index, %v: i32) -> (i32, i32) {
  %0 = memref.load %m[%i] : memref<4xi32>
  scf.if %c {
    memref.store %v, %m[%i] : memref<4xi32>
  }
  %1 = memref.load %m[%i] : memref<4xi32>
  return %0, %1 : i32, i32
}

func.func @read_after_pure_region(%c: i1, %m: memref<4xi32>, %i: index, %v: i32) -> (i32, i32) {
  %0 = memref.load %m[%i] : memref<4xi32>
  %x = scf.if %c -> i32 {
    %s = arith.addi %v, %v : i32
    scf.yield %s : i32
  } else {
    scf.yield %v : i32
  }
  %1 = memref.load %m[%i] : memref<4xi32>
  "tst.sink"(%x) : (i32) -> ()
  return %0, %1 : i32, i32
}

func.func @casts(%a: i32, %m: memref<4xi32>) -> (i64, i64, i64, memref<?xi32>, memref<?xi32>) {
  %0 = arith.extsi %a : i32 to i64
  %1 = arith.extsi %a : i32 to i64
  %2 = arith.extui %a : i32 to i64
  %3 = memref.cast %m : memref<4xi32> to memref<?xi32>
  %4 = memref.cast %m : memref<4xi32> to memref<?xi32>
  return %0, %1, %2, %3, %4 : i64, i64, i64, memref<?xi32>, memref<?xi32>
}
