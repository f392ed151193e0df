func.func @f(%a: i32, %b: i32, %v: vector<4xi64>) {
  %sum, %ovf = arith.addui_extended %a, %b : i32, i1
  %lo, %hi = arith.mulsi_extended %a, %b : i32
  %lo2, %hi2 = arith.mului_extended %a, %b : i32
  %s2, %o2 = arith.addui_extended %v, %v : vector<4xi64>, vector<4xi1>
  %l3, %h3 = arith.mulsi_extended %v, %v : vector<4xi64>
  "tst.use"(%sum, %ovf, %lo, %hi, %lo2, %hi2) : (i32, i1, i32, i32, i32, i32) -> ()
  return
}
