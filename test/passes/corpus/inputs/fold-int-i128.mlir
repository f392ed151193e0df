// PIPELINES: -canonicalize ; -cse
// Wide integers: i128 and odd widths (i3, i17, i65) fold with exact wrap-around.
func.func @wide() -> (i128, i128, i128, i65, i17, i3) {
  %a = arith.constant 85070591730234615865843651857942052864 : i128
  %b = arith.constant 3 : i128
  %m = arith.muli %a, %b : i128
  %s = arith.shrsi %m, %b : i128
  %x = arith.xori %a, %m : i128
  %p = arith.constant 18446744073709551615 : i65
  %q = arith.constant 1 : i65
  %r = arith.addi %p, %q : i65
  %u = arith.constant 65535 : i17
  %v = arith.constant 65537 : i17
  %w = arith.addi %u, %v : i17
  %t = arith.constant 3 : i3
  %tt = arith.muli %t, %t : i3
  return %m, %s, %x, %r, %w, %tt : i128, i128, i128, i65, i17, i3
}
