// ARGS: -canonicalize
func.func @addi_chains(%x: i32) -> (i32, i32, i32, i32) {
  %c3 = arith.constant 3 : i32
  %c4 = arith.constant 4 : i32
  %a = arith.addi %x, %c3 overflow<nsw, nuw> : i32
  %0 = arith.addi %a, %c4 overflow<nsw> : i32
  %s = arith.subi %x, %c3 : i32
  %1 = arith.addi %s, %c4 : i32
  %t = arith.subi %c3, %x overflow<nuw> : i32
  %2 = arith.addi %t, %c4 overflow<nuw> : i32
  %3 = arith.addi %c4, %t : i32
  return %0, %1, %2, %3 : i32, i32, i32, i32
}

func.func @addi_mul_neg_one(%x: i32, %y: i32, %v: vector<4xi32>, %w: vector<4xi32>) -> (i32, i32, vector<4xi32>) {
  %m1 = arith.constant -1 : i32
  %m = arith.muli %y, %m1 : i32
  %0 = arith.addi %x, %m : i32
  %n = arith.muli %x, %m1 : i32
  %1 = arith.addi %n, %y : i32
  %vm1 = arith.constant dense<-1> : vector<4xi32>
  %vm = arith.muli %w, %vm1 : vector<4xi32>
  %2 = arith.addi %v, %vm : vector<4xi32>
  return %0, %1, %2 : i32, i32, vector<4xi32>
}

func.func @subi_chains(%x: i64) -> (i64, i64, i64, i64, i64, i64, i64) {
  %c10 = arith.constant 10 : i64
  %c3 = arith.constant 3 : i64
  %a = arith.addi %x, %c3 overflow<nsw> : i64
  %0 = arith.subi %a, %c10 overflow<nsw> : i64
  %1 = arith.subi %c10, %a : i64
  %s = arith.subi %x, %c3 : i64
  %2 = arith.subi %s, %c10 : i64
  %3 = arith.subi %c10, %s : i64
  %t = arith.subi %c3, %x : i64
  %4 = arith.subi %t, %c10 : i64
  %5 = arith.subi %c10, %t : i64
  %u = arith.subi %x, %c10 : i64
  %6 = arith.subi %u, %x : i64
  return %0, %1, %2, %3, %4, %5, %6 : i64, i64, i64, i64, i64, i64, i64
}

func.func @subi_sub_lhs(%a: i32, %b: i32, %v: vector<3xi16>, %w: vector<3xi16>) -> (i32, vector<3xi16>) {
  %d = arith.subi %a, %b overflow<nsw> : i32
  %0 = arith.subi %d, %a overflow<nsw> : i32
  %e = arith.subi %v, %w : vector<3xi16>
  %1 = arith.subi %e, %v : vector<3xi16>
  return %0, %1 : i32, vector<3xi16>
}

func.func @muli_chain(%x: i8, %i: index) -> (i8, index) {
  %c3 = arith.constant 3 : i8
  %c100 = arith.constant 100 : i8
  %m = arith.muli %x, %c3 : i8
  %0 = arith.muli %m, %c100 : i8
  %k = arith.constant 6 : index
  %mi = arith.muli %k, %i overflow<nsw> : index
  %1 = arith.muli %mi, %k overflow<nsw> : index
  return %0, %1 : i8, index
}

func.func @extended(%x: i32, %y: i32) -> (i32, i32, i1, i32, i32, i32, i32) {
  %sum, %ovf = arith.addui_extended %x, %y : i32, i1
  %low, %high = arith.mulsi_extended %x, %y : i32
  %low2, %high2 = arith.mului_extended %x, %y : i32
  %c1 = arith.constant 1 : i32
  %l1, %h1 = arith.mulsi_extended %x, %c1 : i32
  %c0 = arith.constant 0 : i32
  %s0, %o0 = arith.addui_extended %x, %c0 : i32, i1
  %l3, %h3 = arith.mului_extended %x, %c1 : i32
  return %sum, %low, %o0, %l1, %h1, %l3, %h3 : i32, i32, i1, i32, i32, i32, i32
}

func.func @extended_used(%x: i32, %y: i32) -> (i32, i1, i32, i32) {
  %sum, %ovf = arith.addui_extended %y, %x : i32, i1
  %low, %high = arith.mulsi_extended %x, %y : i32
  return %sum, %ovf, %low, %high : i32, i1, i32, i32
}
