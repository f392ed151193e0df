func.func @big(%x: i32) -> i32 {
  %0 = "tst.a"(%x) : (i32) -> i32
  %1 = "tst.a"(%0) : (i32) -> i32
  %2 = "tst.a"(%1) : (i32) -> i32
  %3 = "tst.a"(%2) : (i32) -> i32
  %4 = "tst.a"(%3) : (i32) -> i32
  %5 = "tst.a"(%4) : (i32) -> i32
  %6 = "tst.a"(%5) : (i32) -> i32
  %7 = "tst.a"(%6) : (i32) -> i32
  %8 = "tst.a"(%7) : (i32) -> i32
  %9 = "tst.a"(%8) : (i32) -> i32
  %10 = "tst.a"(%9) : (i32) -> i32
  %11 = "tst.a"(%10) : (i32) -> i32
  %c1 = arith.constant 1 : i32
  %12 = arith.addi %11, %c1 : i32
  %13 = arith.muli %12, %12 : i32
  %14 = "tst.r"(%13) ({
  ^bb0(%q: i32):
    %c1_0 = arith.constant 1 : i32
    %15 = arith.subi %q, %c1_0 : i32
    "tst.y"(%15) : (i32) -> ()
  }) : (i32) -> i32
  %16 = arith.addi %14, %13 : i32
  %17 = arith.addi %16, %0 : i32
  %18 = arith.addi %17, %1 : i32
  %19 = arith.addi %18, %2 : i32
  %20 = arith.addi %19, %3 : i32
  %c2 = arith.constant 2 : i32
  %21 = arith.shli %20, %c2 : i32
  %22 = arith.cmpi sgt, %21, %x : i32
  %23 = arith.select %22, %21, %x : i32
  return %23 : i32
}
func.func @big2(%a: f32, %b: f32) -> f32 {
  %cst = arith.constant 0.5 : f32
  %0 = arith.mulf %a, %cst : f32
  %1 = arith.mulf %b, %cst : f32
  %2 = arith.addf %0, %1 : f32
  %3 = arith.divf %2, %cst : f32
  %4 = arith.subf %3, %a : f32
  %5 = arith.maximumf %4, %b : f32
  %6 = arith.minimumf %5, %a : f32
  %7 = arith.negf %6 : f32
  %8 = arith.fptosi %7 : f32 to i32
  %9 = arith.sitofp %8 : i32 to f32
  return %9 : f32
}
