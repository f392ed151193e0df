func.func @no_else(%c: i1, %a: i32) {
  %r = scf.if %c -> (i32) {
    scf.yield %a : i32
  }
  return
}

// -----

func.func @bounds(%a: index, %b: i32) {
  "scf.for"(%a, %b, %a) ({
  ^bb0(%i: index):
    "scf.yield"() : () -> ()
  }) : (index, i32, index) -> ()
  return
}

// -----

func.func @yield_parent() {
  scf.yield
}

// -----

func.func @while_term(%c: i1) {
  scf.while : () -> () {
    scf.yield
  } do {
    scf.yield
  }
  return
}

// -----

func.func @exec_args() {
  "scf.execute_region"() ({
  ^bb0(%x: i32):
    "scf.yield"() : () -> ()
  }) : () -> ()
  return
}
