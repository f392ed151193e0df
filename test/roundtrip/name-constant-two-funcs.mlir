func.func @f() -> index {
  %0 = arith.constant 5 : index
  %1 = arith.constant 5 : index
  return %1 : index
}
func.func @g() -> index {
  %0 = arith.constant 5 : index
  %1 = arith.constant 5 : index
  return %0 : index
}
