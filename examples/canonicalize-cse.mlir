// Constant folding, algebraic identities, dead code and duplicated expressions:
//   dotnet run --project tools/lce-opt -- examples/canonicalize-cse.mlir \
//     --pass-pipeline='builtin.module(func.func(canonicalize,cse))'
func.func @scale(%x: i32, %flag: i1) -> (i32, i32) {
  %c2 = arith.constant 2 : i32
  %c3 = arith.constant 3 : i32
  %c0 = arith.constant 0 : i32
  %six = arith.muli %c2, %c3 : i32
  %a = arith.addi %x, %c0 : i32
  %b = arith.muli %a, %six : i32
  %dup = arith.muli %a, %six : i32
  %dead = arith.subi %b, %dup : i32
  %r = scf.if %flag -> i32 {
    scf.yield %b : i32
  } else {
    scf.yield %b : i32
  }
  return %r, %dup : i32, i32
}
