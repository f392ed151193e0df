// FLAGS: -mlir-print-debuginfo
// Arith DRR patterns (PDLL): casts, extensions and truncations.
func.func @index_casts(%x: i32, %i: index, %s: i16) -> (i32, index, index, i64) {
  %0 = arith.index_cast %x : i32 to index
  %1 = arith.index_cast %0 : index to i32
  %2 = arith.index_castui %i : index to i64
  %3 = arith.index_castui %2 : i64 to index
  %4 = arith.extsi %s : i16 to i32
  %5 = arith.index_cast %4 : i32 to index
  %6 = arith.index_cast %0 : index to i64
  return %1, %3, %5, %6 : i32, index, index, i64
}
func.func @index_castui_extui(%s: i16) -> index {
  %0 = arith.extui %s : i16 to i32
  %1 = arith.index_castui %0 : i32 to index
  return %1 : index
}
func.func @bitcasts(%x: f16) -> bf16 {
  %0 = arith.bitcast %x : f16 to i16
  %1 = arith.bitcast %0 : i16 to bf16
  return %1 : bf16
}
func.func @ext_ext(%x: i8) -> i64 {
  %0 = arith.extui %x : i8 to i16
  %1 = arith.extsi %0 : i16 to i64
  return %1 : i64
}
func.func @trunc_ext(%x: i8, %y: i8) -> (i16, i16) {
  %0 = arith.extsi %x : i8 to i64
  %1 = arith.trunci %0 : i64 to i16
  %2 = arith.extui %y : i8 to i32
  %3 = arith.trunci %2 : i32 to i16
  return %1, %3 : i16, i16
}
func.func @trunc_shrsi(%x: i64) -> (i32, i32) {
  %c32 = arith.constant 32 : i64
  %c16 = arith.constant 16 : i64
  %0 = arith.shrsi %x, %c32 : i64
  %1 = arith.trunci %0 overflow<nsw> : i64 to i32
  %2 = arith.shrsi %x, %c16 : i64
  %3 = arith.trunci %2 : i64 to i32
  return %1, %3 : i32, i32
}
func.func @truncf(%x: i32, %y: i32) -> (f16, f16, f16) {
  %0 = arith.sitofp %x : i32 to f32
  %1 = arith.truncf %0 : f32 to f16
  %2 = arith.uitofp %y : i32 to f32
  %3 = arith.truncf %2 : f32 to f16
  %4 = arith.truncf %0 downward : f32 to f16
  return %1, %3, %4 : f16, f16, f16
}
