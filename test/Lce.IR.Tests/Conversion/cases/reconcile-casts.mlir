// MLIR-OPT: --reconcile-unrealized-casts
func.func @chain(%a: i32) -> i32 {
  %0 = builtin.unrealized_conversion_cast %a : i32 to i64
  %1 = builtin.unrealized_conversion_cast %0 : i64 to f32
  %2 = builtin.unrealized_conversion_cast %1 : f32 to i32
  return %2 : i32
}
func.func @dead(%a: i32) {
  %0 = builtin.unrealized_conversion_cast %a : i32 to i64
  %1 = builtin.unrealized_conversion_cast %0 : i64 to f32
  return
}
func.func @live(%a: i32) -> i64 {
  %0 = builtin.unrealized_conversion_cast %a : i32 to i64
  return %0 : i64
}
func.func @multi(%a: i32, %b: i32) -> (i32, i32) {
  %0:2 = builtin.unrealized_conversion_cast %a, %b : i32, i32 to i64, i64
  %1:2 = builtin.unrealized_conversion_cast %0#0, %0#1 : i64, i64 to i32, i32
  return %1#0, %1#1 : i32, i32
}
func.func @partial_chain(%a: i32) -> (i64, i32) {
  %0 = builtin.unrealized_conversion_cast %a : i32 to i64
  %1 = builtin.unrealized_conversion_cast %0 : i64 to i32
  return %0, %1 : i64, i32
}
func.func @mismatched(%a: i32, %b: i32) -> i32 {
  %0:2 = builtin.unrealized_conversion_cast %a, %b : i32, i32 to i64, i64
  %1 = builtin.unrealized_conversion_cast %0#1 : i64 to i32
  return %1 : i32
}
func.func @identity(%a: i32) -> i32 {
  %0 = builtin.unrealized_conversion_cast %a : i32 to i32
  return %0 : i32
}
func.func @zero_inputs() -> i32 {
  %0 = builtin.unrealized_conversion_cast to i32
  %1 = builtin.unrealized_conversion_cast %0 : i32 to i64
  %2 = builtin.unrealized_conversion_cast %1 : i64 to i32
  return %2 : i32
}
func.func @fan_out(%a: i32) -> (i32, f32, i32) {
  %0 = builtin.unrealized_conversion_cast %a : i32 to i64
  %1 = builtin.unrealized_conversion_cast %0 : i64 to i32
  %2 = builtin.unrealized_conversion_cast %0 : i64 to f32
  %3 = builtin.unrealized_conversion_cast %2 : f32 to i64
  %4 = builtin.unrealized_conversion_cast %3 : i64 to i32
  return %1, %2, %4 : i32, f32, i32
}
func.func @nested(%c: i1, %a: i32) -> i32 {
  %0 = builtin.unrealized_conversion_cast %a : i32 to index
  %r = scf.if %c -> i32 {
    %1 = builtin.unrealized_conversion_cast %0 : index to i32
    scf.yield %1 : i32
  } else {
    %2 = builtin.unrealized_conversion_cast %0 : index to i64
    %3 = builtin.unrealized_conversion_cast %2 : i64 to i32
    scf.yield %3 : i32
  }
  return %r : i32
}
