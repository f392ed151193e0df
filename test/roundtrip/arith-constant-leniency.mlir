"arith.constant"() {value = 1 : i32, foo.x} : () -> i32
"arith.constant"() <{value = 2 : i64}> {foo.y = "s"} : () -> i64
"arith.addi"(%a, %a) {overflowFlags = #arith.overflow<nsw>} : (i32, i32) -> i32
%a = "tst.v"() : () -> i32
