// A region of an op written in generic form keeps the surrounding default dialect: `module`
// resolves to builtin.module here, and `return` to func.return (which then fails verification).
"tst.op"() ({
  module @x {
  }
  "tst.end"() : () -> ()
}) : () -> ()

// -----

func.func @f() {
  "tst.op"() ({
    return
  }) : () -> ()
  return
}
