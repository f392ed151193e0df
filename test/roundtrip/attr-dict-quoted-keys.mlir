"tst.op"() {"simple" = 1, "with space" = 2, "0digit" = 3, "a-b" = 4, "a.b" = 5} : () -> ()
"tst.op"() {"$dollar" = 1, "_under" = 2, "x\"y" = 3, "é" = 4} : () -> ()
