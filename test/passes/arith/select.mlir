// ARGS: -canonicalize
func.func @select_folds(%c: i1, %x: i32, %y: i32) -> (i32, i32, i32, i1, i32, i32) {
  %true = arith.constant true
  %false = arith.constant false
  %0 = arith.select %c, %x, %x : i32
  %1 = arith.select %true, %x, %y : i32
  %2 = arith.select %false, %x, %y : i32
  %3 = arith.select %c, %true, %false : i1
  %eq = arith.cmpi eq, %x, %y : i32
  %4 = arith.select %eq, %x, %y : i32
  %ne = arith.cmpi ne, %x, %y : i32
  %5 = arith.select %ne, %y, %x : i32
  return %0, %1, %2, %3, %4, %5 : i32, i32, i32, i1, i32, i32
}

func.func @select_patterns(%c: i1, %d: i1, %x: i32, %y: i32, %z: i32) -> (i32, i32, i32, i1, i32, i32, i64) {
  %true = arith.constant true
  %false = arith.constant false
  %not = arith.xori %c, %true : i1
  %0 = arith.select %not, %x, %y : i32
  %inner = arith.select %c, %x, %y : i32
  %1 = arith.select %c, %inner, %z : i32
  %2 = arith.select %c, %z, %inner : i32
  %3 = arith.select %d, %false, %true : i1
  %c1 = arith.constant 1 : i32
  %c0 = arith.constant 0 : i32
  %4 = arith.select %d, %c1, %c0 : i32
  %5 = arith.select %d, %c0, %c1 : i32
  %k1 = arith.constant 1 : i64
  %k0 = arith.constant 0 : i64
  %6 = arith.select %c, %k0, %k1 : i64
  return %0, %1, %2, %3, %4, %5, %6 : i32, i32, i32, i1, i32, i32, i64
}

func.func @select_vectors(%m: vector<4xi1>, %c: i1) -> (vector<4xi32>, vector<4xi32>, vector<4xf32>) {
  %mask = arith.constant dense<[true, false, false, true]> : vector<4xi1>
  %a = arith.constant dense<[1, 2, 3, 4]> : vector<4xi32>
  %b = arith.constant dense<7> : vector<4xi32>
  %0 = arith.select %mask, %a, %b : vector<4xi1>, vector<4xi32>
  %ones = arith.constant dense<true> : vector<4xi1>
  %1 = arith.select %ones, %a, %b : vector<4xi1>, vector<4xi32>
  %fa = arith.constant dense<[1.0, 2.0, 3.0, 4.0]> : vector<4xf32>
  %fb = arith.constant dense<[5.0, 6.0, 7.0, 8.0]> : vector<4xf32>
  %2 = arith.select %mask, %fb, %fa : vector<4xi1>, vector<4xf32>
  return %0, %1, %2 : vector<4xi32>, vector<4xi32>, vector<4xf32>
}
