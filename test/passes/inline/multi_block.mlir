// ARGS: -inline='default-pipeline='
func.func private @abs(%a: i32) -> i32 {
  %c0 = arith.constant 0 : i32
  %neg = arith.cmpi slt, %a, %c0 : i32
  cf.cond_br %neg, ^negate, ^done(%a : i32)
^negate:
  %n = arith.subi %c0, %a : i32
  cf.br ^done(%n : i32)
^done(%r: i32):
  return %r : i32
}

func.func private @early_return(%c: i1, %a: i32, %b: i32) -> (i32, i32) {
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  return %a, %b : i32, i32
^bb2:
  return %b, %a : i32, i32
}

func.func @caller(%x: i32, %c: i1) -> (i32, i32, i32) {
  %0 = call @abs(%x) : (i32) -> i32
  %1 = call @abs(%0) : (i32) -> i32
  %2:2 = call @early_return(%c, %0, %1) : (i1, i32, i32) -> (i32, i32)
  %3 = arith.addi %2#0, %2#1 : i32
  return %1, %3, %2#1 : i32, i32, i32
}

func.func @caller_with_blocks(%x: i32, %c: i1) -> i32 {
  cf.cond_br %c, ^a, ^b
^a:
  %0 = call @abs(%x) : (i32) -> i32
  cf.br ^b
^b:
  return %x : i32
}
