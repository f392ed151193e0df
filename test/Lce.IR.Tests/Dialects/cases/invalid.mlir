func.func @a() -> i32 {
  %c = arith.constant 1 : i32
  return %c, %c : i32, i32
}
// -----
func.func @b() -> i64 {
  %c = arith.constant 1 : i32
  return %c : i32
}
// -----
func.func private @g(i32) -> i32
func.func @c(%x: i64) {
  %0 = call @g(%x) : (i64) -> i32
  return
}
// -----
func.func @d(%x: i32) {
  %0 = call @nope(%x) : (i32) -> i32
  return
}
// -----
func.func private @g(i32) -> i32
func.func @e(%x: i32) {
  %0 = call @g(%x, %x) : (i32, i32) -> i32
  return
}
// -----
func.func private @g(i32) -> i32
func.func @e(%x: i32) {
  %0 = call @g(%x) : (i32) -> i64
  return
}
// -----
func.func private @g(i32) -> i32
func.func @e(%x: i32) {
  %0:2 = call @g(%x) : (i32) -> (i32, i32)
  return
}
// -----
func.func @h(%x: i32) {
  %0 = arith.extsi %x : i32 to i16
  return
}
// -----
func.func @h(%x: i32) {
  %0 = arith.trunci %x : i32 to i64
  return
}
// -----
func.func @h(%x: f32) {
  %0 = arith.extf %x : f32 to f16
  return
}
// -----
func.func @h(%x: i32) {
  %0 = arith.constant 1 : i64
  return
}
// -----
func.func @h(%x: i32) {
  %0 = "arith.constant"() {value = 1 : i64} : () -> i32
  return
}
// -----
func.func @h(%x: i32, %c: i32) {
  %0 = arith.select %c, %x, %x : i32
  return
}
// -----
func.func @h(%x: vector<4xi32>, %c: vector<3xi1>) {
  %0 = arith.select %c, %x, %x : vector<3xi1>, vector<4xi32>
  return
}
// -----
func.func @h(%x: i32) {
  %0 = arith.addi %x, %x : f32
  return
}
// -----
func.func @h(%x: f32) {
  %0 = "arith.addi"(%x, %x) : (f32, f32) -> f32
  return
}
// -----
func.func @h(%x: i32) {
  %0 = "arith.addi"(%x, %x) : (i32, i32) -> i64
  return
}
// -----
func.func @h(%x: i32) {
  %0 = "arith.bitcast"(%x) : (i32) -> f64
  return
}
// -----
func.func @h(%x: i32) {
  %0 = "arith.sitofp"(%x) : (i32) -> i32
  return
}
// -----
func.func @h(%x: i32) {
  %0 = "arith.cmpi"(%x, %x) {predicate = 42 : i64} : (i32, i32) -> i1
  return
}
// -----
func.func @h(%x: i32) {
  %0 = "arith.cmpi"(%x, %x) {predicate = 2 : i64} : (i32, i32) -> i32
  return
}
// -----
func.func @h(%x: index) {
  %0 = arith.index_cast %x : index to index
  return
}
// -----
func.func @h(%x: ui32) {
  %0 = "arith.constant"() {value = 1 : ui32} : () -> ui32
  return
}
// -----
func.func @h(%x: i32) {
  %0 = "arith.constant"() {value = "s"} : () -> i32
  return
}
// -----
func.func @h(%x: i32) {
  "func.return"(%x) : (i32) -> ()
}
// -----
"func.return"() : () -> ()
// -----
func.func @h(%x: i32) {
  %0 = "arith.addf"(%x, %x) {fastmath = 1 : i32} : (i32, i32) -> i32
  return
}
// -----
func.func @h(%x: f32) {
  %0 = "arith.addf"(%x, %x) {fastmath = 1 : i32} : (f32, f32) -> f32
  return
}
