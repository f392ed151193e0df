func.func private @priv(i32) -> i32
func.func nested @nest() {
  return
}
func.func public @pub() {
  return
}
func.func private @priv_def(%x: i64) -> i64 {
  return %x : i64
}
