// PIPELINES: -canonicalize ; -cse ; -canonicalize -cse
// A counted loop in cf form: constants inside the loop are hoisted to the entry block.
func.func @sum(%n: i64) -> i64 {
  %c0 = arith.constant 0 : i64
  cf.br ^header(%c0, %c0 : i64, i64)
^header(%i: i64, %acc: i64):
  %lt = arith.cmpi slt, %i, %n : i64
  cf.cond_br %lt, ^body, ^exit
^body:
  %c1 = arith.constant 1 : i64
  %c2 = arith.constant 2 : i64
  %two = arith.muli %i, %c2 : i64
  %acc2 = arith.addi %acc, %two : i64
  %i2 = arith.addi %i, %c1 : i64
  cf.br ^header(%i2, %acc2 : i64, i64)
^exit:
  return %acc : i64
}

func.func @infinite() {
  cf.br ^bb1
^bb1:
  cf.br ^bb1
}
