%0 = "tst.a"() : () -> index
%1 = "tst.r"() ({
^bb0(%x: index, %y: index):
  %5 = "tst.b"() : () -> index
  %6 = "tst.b"() : () -> index
  "tst.y"(%5, %0) : (index, index) -> ()
}) : () -> index
%2 = "tst.r"() ({
^bb0(%x: index):
  %5 = "tst.b"() : () -> index
  "tst.y"(%5) : (index) -> ()
}) : () -> index
%3 = "tst.c"(%1, %2) : (index, index) -> index
