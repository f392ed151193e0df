func.func @poly(%x: f64) -> f64 {
  %c1 = arith.constant 1.0 : f64
  %c2 = arith.constant 2.0 : f64
  %c3 = arith.constant 3.0 : f64
  %0 = arith.mulf %x, %x : f64
  %1 = arith.mulf %0, %c3 : f64
  %2 = arith.mulf %x, %c2 : f64
  %3 = arith.addf %1, %2 : f64
  %4 = arith.addf %3, %c1 : f64
  %5 = arith.cmpf ogt, %4, %c1 : f64
  %6 = arith.select %5, %4, %c1 : f64
  return %6 : f64
}
