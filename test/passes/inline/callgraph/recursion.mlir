module attributes {test.name = "recursion"} {
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
    %1 = call @leaf(%0) : (i32) -> i32
    return %1 : i32
  }
  func.func private @leaf(%a: i32) -> i32 {
    return %a : i32
  }
  func.func private @decl(i32) -> i32
  func.func @main(%a: i32, %f: (i32) -> i32) -> (i32, i32, i32, i32) {
    %0 = call @self(%a) : (i32) -> i32
    %1 = call @ping(%a) : (i32) -> i32
    %2 = call @decl(%a) : (i32) -> i32
    %3 = func.call_indirect %f(%a) : (i32) -> i32
    return %0, %1, %2, %3 : i32, i32, i32, i32
  }
  func.func @a(%a: i32) -> i32 {
    %0 = call @b(%a) : (i32) -> i32
    return %0 : i32
  }
  func.func @b(%a: i32) -> i32 {
    %0 = call @c(%a) : (i32) -> i32
    %1 = call @a(%0) : (i32) -> i32
    return %1 : i32
  }
  func.func @c(%a: i32) -> i32 {
    %0 = call @a(%a) : (i32) -> i32
    %1 = call @leaf(%0) : (i32) -> i32
    return %1 : i32
  }
}
