func.func @f(%a: i32) -> i16 {
  %0 = arith.extsi %a : i32 to i16
  return %0 : i16
}
