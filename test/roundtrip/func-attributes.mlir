func.func @f() attributes {tst.a = 1 : i32, tst.b, foo = "bar"} {
  return
}
func.func private @g() attributes {z = 0 : i64, a = [1, 2]}
func.func @h(%x: i32) -> i32 attributes {llvm.emit_c_interface} {
  return %x : i32
}
