// ARGS: -inline='default-pipeline='
func.func private @has_unregistered(%a: i32) -> i32 {
  %0 = "tst.op"(%a) : (i32) -> i32
  return %0 : i32
}

func.func private @plain(%a: i32) -> i32 {
  %0 = arith.addi %a, %a : i32
  return %0 : i32
}

func.func private @declared(i32) -> i32

func.func private @other_dialects(%m: memref<4xi32>) -> (i32, index, tensor<2xf32>) {
  %c0 = arith.constant 0 : index
  %v = memref.load %m[%c0] : memref<4xi32>
  %i = index.constant 7
  %t = tensor.empty() : tensor<2xf32>
  return %v, %i, %t : i32, index, tensor<2xf32>
}

func.func @caller(%a: i32, %m: memref<4xi32>) -> (i32, i32, i32, i32, i32, i32, index) {
  %0 = call @has_unregistered(%a) : (i32) -> i32
  %1 = call @plain(%a) {no_inline} : (i32) -> i32
  %2 = call @declared(%a) : (i32) -> i32
  %f = func.constant @plain : (i32) -> i32
  %3 = func.call_indirect %f(%a) : (i32) -> i32
  %4 = "tst.wrap"() ({
    %x = func.call @plain(%a) : (i32) -> i32
    "tst.yield"(%x) : (i32) -> ()
  }, {}) : () -> i32
  %5:3 = call @other_dialects(%m) : (memref<4xi32>) -> (i32, index, tensor<2xf32>)
  return %0, %1, %2, %3, %4, %5#0, %5#1 : i32, i32, i32, i32, i32, i32, index
}
