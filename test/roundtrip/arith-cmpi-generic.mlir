func.func @f(%a: index, %b: index) {
  %0 = "arith.cmpi"(%a, %b) <{predicate = 2 : i64}> : (index, index) -> i1
  %1 = "arith.cmpi"(%a, %b) <{predicate = 9 : i64}> : (index, index) -> i1
  %2 = arith.cmpi eq, %a, %b : index
  return
}
