// PIPELINES: -cse ; -canonicalize
// FLAGS: --allow-unregistered-dialect
// Constants differing in type or value are distinct; discardable attributes distinguish ops.
func.func @consts() -> (i32, i32, i32, f32, f32, f64, index, index) {
  %0 = arith.constant 7 : i32
  %1 = arith.constant 7 : i32
  %2 = arith.constant 8 : i32
  %3 = arith.constant 0.0 : f32
  %4 = arith.constant -0.0 : f32
  %5 = arith.constant 0.0 : f64
  %6 = arith.constant 7 : index
  %7 = arith.constant 7 : index
  return %0, %1, %2, %3, %4, %5, %6, %7 : i32, i32, i32, f32, f32, f64, index, index
}

func.func @attrs(%x: i32) -> (i32, i32, i32) {
  %0 = arith.addi %x, %x {tst.tag = 1 : i32} : i32
  %1 = arith.addi %x, %x {tst.tag = 1 : i32} : i32
  %2 = arith.addi %x, %x {tst.tag = 2 : i32} : i32
  return %0, %1, %2 : i32, i32, i32
}

func.func @vectors() -> (vector<2xi32>, vector<2xi32>, vector<2xi32>) {
  %0 = arith.constant dense<[1, 2]> : vector<2xi32>
  %1 = arith.constant dense<[1, 2]> : vector<2xi32>
  %2 = arith.constant dense<1> : vector<2xi32>
  return %0, %1, %2 : vector<2xi32>, vector<2xi32>, vector<2xi32>
}
