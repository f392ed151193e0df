// PIPELINES: -canonicalize ; -cse
// cf.assert with a constant true condition is erased; false or unknown conditions stay.
func.func @asserts(%c: i1, %x: i32) {
  %t = arith.constant true
  cf.assert %t, "always holds"
  cf.assert %c, "unknown"
  %f = arith.constant false
  cf.assert %f, "never holds"
  %y = arith.subi %x, %x : i32
  %z = arith.constant 0 : i32
  %eq = arith.cmpi eq, %y, %z : i32
  cf.assert %eq, "folds to true"
  return
}
