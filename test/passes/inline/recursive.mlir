// ARGS: -inline='default-pipeline='
func.func private @self(%a: i32) -> i32 {
  %0 = call @self(%a) : (i32) -> i32
  return %0 : i32
}

func.func private @ping(%a: i32) -> i32 {
  %0 = call @pong(%a) : (i32) -> i32
  return %0 : i32
}

func.func private @pong(%a: i32) -> i32 {
  %0 = call @ping(%a) : (i32) -> i32
  return %0 : i32
}

func.func private @cycle_a(%a: i32) -> i32 {
  %0 = call @cycle_b(%a) : (i32) -> i32
  return %0 : i32
}
func.func private @cycle_b(%a: i32) -> i32 {
  %0 = call @cycle_c(%a) : (i32) -> i32
  return %0 : i32
}
func.func private @cycle_c(%a: i32) -> i32 {
  %0 = call @cycle_a(%a) : (i32) -> i32
  return %0 : i32
}

func.func @main(%a: i32) -> (i32, i32, i32) {
  %0 = call @self(%a) : (i32) -> i32
  %1 = call @ping(%a) : (i32) -> i32
  %2 = call @cycle_a(%a) : (i32) -> i32
  return %0, %1, %2 : i32, i32, i32
}
