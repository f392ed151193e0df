// ARGS: -canonicalize
func.func @add_sub(%x: i32, %y: i32) -> (i32, i32, i32, i32, i32, i32, i32) {
  %c0 = arith.constant 0 : i32
  %0 = arith.addi %x, %c0 : i32
  %1 = arith.addi %c0, %x : i32
  %s = arith.subi %x, %y : i32
  %2 = arith.addi %s, %y : i32
  %3 = arith.addi %y, %s : i32
  %4 = arith.subi %x, %x : i32
  %a = arith.addi %x, %y : i32
  %5 = arith.subi %a, %y : i32
  %6 = arith.subi %a, %x : i32
  return %0, %1, %2, %3, %4, %5, %6 : i32, i32, i32, i32, i32, i32, i32
}

func.func @mul_div(%x: i64, %y: i64) -> (i64, i64, i64, i64, i64, i64, i64, i64, i64) {
  %c0 = arith.constant 0 : i64
  %c1 = arith.constant 1 : i64
  %0 = arith.muli %x, %c0 : i64
  %1 = arith.muli %c1, %x : i64
  %2 = arith.divui %x, %c1 : i64
  %3 = arith.divsi %x, %c1 : i64
  %4 = arith.ceildivui %x, %c1 : i64
  %5 = arith.ceildivsi %x, %c1 : i64
  %6 = arith.floordivsi %x, %c1 : i64
  %7 = arith.remui %x, %c1 : i64
  %8 = arith.remsi %x, %c1 : i64
  return %0, %1, %2, %3, %4, %5, %6, %7, %8 : i64, i64, i64, i64, i64, i64, i64, i64, i64
}

func.func @div_mul(%a: i32, %b: i32) -> (i32, i32, i32, i32) {
  %m = arith.muli %a, %b overflow<nuw> : i32
  %0 = arith.divui %m, %b : i32
  %1 = arith.divsi %m, %a : i32
  %n = arith.muli %a, %b overflow<nsw> : i32
  %2 = arith.divsi %n, %a : i32
  %3 = arith.divui %n, %b : i32
  return %0, %1, %2, %3 : i32, i32, i32, i32
}

func.func @bitwise(%x: i8, %y: i8) -> (i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8) {
  %c0 = arith.constant 0 : i8
  %ones = arith.constant -1 : i8
  %0 = arith.andi %x, %c0 : i8
  %1 = arith.andi %ones, %x : i8
  %2 = arith.andi %x, %x : i8
  %not = arith.xori %x, %ones : i8
  %3 = arith.andi %x, %not : i8
  %4 = arith.andi %not, %x : i8
  %5 = arith.ori %x, %c0 : i8
  %6 = arith.ori %x, %ones : i8
  %7 = arith.ori %x, %not : i8
  %8 = arith.xori %x, %x : i8
  %xy = arith.xori %x, %y : i8
  %9 = arith.xori %xy, %y : i8
  %10 = arith.xori %y, %xy : i8
  %and = arith.andi %x, %y : i8
  %11 = arith.andi %x, %and : i8
  return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11 : i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8
}

func.func @shifts_minmax(%x: i16) -> (i16, i16, i16, i16, i16, i16, i16, i16, i16, i16, i16, i16, i16) {
  %c0 = arith.constant 0 : i16
  %max = arith.constant 32767 : i16
  %min = arith.constant -32768 : i16
  %umax = arith.constant -1 : i16
  %0 = arith.shli %x, %c0 : i16
  %1 = arith.shrui %x, %c0 : i16
  %2 = arith.shrsi %x, %c0 : i16
  %3 = arith.maxsi %x, %max : i16
  %4 = arith.maxsi %min, %x : i16
  %5 = arith.minsi %x, %min : i16
  %6 = arith.minsi %x, %max : i16
  %7 = arith.maxui %x, %umax : i16
  %8 = arith.maxui %x, %c0 : i16
  %9 = arith.minui %x, %c0 : i16
  %10 = arith.minui %umax, %x : i16
  %11 = arith.maxsi %x, %x : i16
  %12 = arith.minui %x, %x : i16
  return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12 : i16, i16, i16, i16, i16, i16, i16, i16, i16, i16, i16, i16, i16
}

func.func @commute(%x: index, %y: i32) -> (index, i32, i32, i1, i1) {
  %c5 = arith.constant 5 : index
  %c7 = arith.constant 7 : i32
  %0 = arith.addi %c5, %x : index
  %1 = arith.muli %c7, %y : i32
  %2 = arith.xori %c7, %y : i32
  %3 = arith.cmpi slt, %c7, %y : i32
  %4 = arith.cmpi uge, %c7, %y : i32
  return %0, %1, %2, %3, %4 : index, i32, i32, i1, i1
}

func.func @cmpi(%x: i32, %b: i1, %v: vector<4xi32>, %t: tensor<?xi32>) -> (i1, i1, i1, i1, i1, i1, vector<4xi1>, tensor<?xi1>) {
  %0 = arith.cmpi eq, %x, %x : i32
  %1 = arith.cmpi ult, %x, %x : i32
  %false = arith.constant false
  %true = arith.constant true
  %2 = arith.cmpi ne, %b, %false : i1
  %3 = arith.cmpi eq, %b, %true : i1
  %e = arith.extui %b : i1 to i32
  %c0 = arith.constant 0 : i32
  %4 = arith.cmpi ne, %e, %c0 : i32
  %s = arith.extsi %b : i1 to i32
  %5 = arith.cmpi ne, %s, %c0 : i32
  %6 = arith.cmpi sge, %v, %v : vector<4xi32>
  %7 = arith.cmpi sge, %t, %t : tensor<?xi32>
  return %0, %1, %2, %3, %4, %5, %6, %7 : i1, i1, i1, i1, i1, i1, vector<4xi1>, tensor<?xi1>
}

func.func @dynamic(%t: tensor<?xi32>, %v: vector<2xi32>) -> (tensor<?xi32>, vector<2xi32>, tensor<?xi32>) {
  %0 = arith.subi %t, %t : tensor<?xi32>
  %1 = arith.subi %v, %v : vector<2xi32>
  %2 = arith.xori %t, %t : tensor<?xi32>
  return %0, %1, %2 : tensor<?xi32>, vector<2xi32>, tensor<?xi32>
}
