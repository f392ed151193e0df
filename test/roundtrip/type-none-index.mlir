%0 = "tst.op"() : () -> none
%1 = "tst.op"(%0) : (none) -> index
"tst.op"(%1, %0) : (index, none) -> ()
"tst.op"() {n = none, i = index} : () -> ()
