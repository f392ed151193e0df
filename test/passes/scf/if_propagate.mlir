// ARGS: -canonicalize
func.func @propagate(%c: i1) {
  scf.if %c {
    "tst.then"(%c) : (i1) -> ()
    scf.if %c {
      "tst.nested"(%c) : (i1) -> ()
    }
  } else {
    "tst.else"(%c) : (i1) -> ()
  }
  "tst.after"(%c) : (i1) -> ()
  return
}
func.func @empty_else(%c: i1) {
  scf.if %c {
    "tst.then"() : () -> ()
  } else {
  }
  return
}
