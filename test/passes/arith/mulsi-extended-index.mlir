// ARGS: -canonicalize
func.func @f(%a: index) -> (index, index) {
  %c1 = arith.constant 1 : index
  %l, %h = arith.mulsi_extended %c1, %a : index
  return %l, %h : index, index
}
