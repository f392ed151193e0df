// PIPELINES: -inline ; -canonicalize ; -canonicalize -inline
// call_indirect of a func.constant becomes a direct call under canonicalize, and is then
// inlinable.
func.func private @double(%x: i32) -> i32 {
  %r = arith.addi %x, %x : i32
  return %r : i32
}

func.func @indirect(%x: i32) -> i32 {
  %f = func.constant @double : (i32) -> i32
  %r = func.call_indirect %f(%x) : (i32) -> i32
  return %r : i32
}
