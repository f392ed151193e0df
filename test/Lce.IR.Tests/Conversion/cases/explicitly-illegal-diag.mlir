// MLIR-OPT: --convert-arith-to-emitc
func.func @f(%a: tensor<4xi32>) -> tensor<4xi32> {
  %0 = arith.addi %a, %a : tensor<4xi32>
  return %0 : tensor<4xi32>
}
