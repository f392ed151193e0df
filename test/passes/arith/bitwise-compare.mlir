// ARGS: -canonicalize
func.func @not_cmp(%a: i32, %b: i32) -> (i1, i1, i1, i1) {
  %true = arith.constant true
  %0 = arith.cmpi slt, %a, %b : i32
  %1 = arith.xori %0, %true : i1
  %2 = arith.cmpi uge, %a, %b : i32
  %3 = arith.xori %2, %true : i1
  %4 = arith.cmpi eq, %a, %b : i32
  %5 = arith.xori %true, %4 : i1
  %6 = arith.cmpi sle, %a, %b : i32
  %7 = arith.xori %6, %true : i1
  return %1, %3, %5, %7 : i1, i1, i1, i1
}

func.func @bitwise_of_ext(%a: i8, %b: i8, %c: i16) -> (i32, i32, i32, i32, i32, i32, i32) {
  %ea = arith.extui %a : i8 to i32
  %eb = arith.extui %b : i8 to i32
  %sa = arith.extsi %a : i8 to i32
  %sb = arith.extsi %b : i8 to i32
  %ec = arith.extui %c : i16 to i32
  %0 = arith.xori %ea, %eb : i32
  %1 = arith.xori %sa, %sb : i32
  %2 = arith.andi %ea, %eb : i32
  %3 = arith.andi %sa, %sb : i32
  %4 = arith.ori %ea, %eb : i32
  %5 = arith.ori %sa, %sb : i32
  %6 = arith.ori %ea, %ec : i32
  return %0, %1, %2, %3, %4, %5, %6 : i32, i32, i32, i32, i32, i32, i32
}

func.func @cmp_of_ext(%a: i8, %b: i8, %v: vector<2xi8>, %w: vector<2xi8>) -> (i1, i1, i1, vector<2xi1>) {
  %ea = arith.extui %a : i8 to i32
  %eb = arith.extui %b : i8 to i32
  %sa = arith.extsi %a : i8 to i64
  %sb = arith.extsi %b : i8 to i64
  %0 = arith.cmpi eq, %ea, %eb : i32
  %1 = arith.cmpi ne, %sa, %sb : i64
  %2 = arith.cmpi ult, %ea, %eb : i32
  %ev = arith.extsi %v : vector<2xi8> to vector<2xi32>
  %ew = arith.extsi %w : vector<2xi8> to vector<2xi32>
  %3 = arith.cmpi eq, %ev, %ew : vector<2xi32>
  return %0, %1, %2, %3 : i1, i1, i1, vector<2xi1>
}
