// ARGS: -inline='default-pipeline='
func.func private @leaf(%a: i32) -> i32 {
  %c1 = arith.constant 1 : i32
  %0 = arith.addi %a, %c1 : i32
  return %0 : i32
}

func.func private @middle(%a: i32) -> i32 {
  %0 = call @leaf(%a) : (i32) -> i32
  %1 = call @leaf(%0) : (i32) -> i32
  return %1 : i32
}

func.func private @top(%a: i32) -> i32 {
  %0 = call @middle(%a) : (i32) -> i32
  %c3 = arith.constant 3 : i32
  %1 = arith.muli %0, %c3 : i32
  return %1 : i32
}

func.func @entry(%a: i32) -> i32 {
  %0 = call @top(%a) : (i32) -> i32
  %1 = call @middle(%0) : (i32) -> i32
  return %1 : i32
}

func.func @declared_order_reversed(%a: i32) -> i32 {
  %0 = call @z(%a) : (i32) -> i32
  return %0 : i32
}
func.func private @z(%a: i32) -> i32 {
  %0 = call @y(%a) : (i32) -> i32
  return %0 : i32
}
func.func private @y(%a: i32) -> i32 {
  %0 = arith.addi %a, %a : i32
  return %0 : i32
}
