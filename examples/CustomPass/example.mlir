func.func @f(%x: i32) -> i32 {
  %0 = custom.double %x : i32
  %1 = custom.double %0 : i32
  return %1 : i32
}
