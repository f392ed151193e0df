func.func @a(%c: i1, %x: i32) {
  %r = scf.if %c -> (i32) {
    scf.yield %c : i1
  } else {
    scf.yield %x : i32
  }
  return
}

// -----

func.func @b(%c: i1, %x: i32) {
  "scf.if"(%c) ({
    "func.return"() : () -> ()
  }, {
  }) : (i1) -> ()
  return
}

// -----

func.func @c(%n: index, %x: i32) {
  %r = scf.for %i = %n to %n step %n iter_args(%a = %x) -> (i32) {
    scf.yield
  }
  return
}

// -----

func.func @a(%c: i1, %x: i32) {
  %r = scf.if %c -> (i32) {
    scf.yield %x, %x : i32, i32
  } else {
    scf.yield %x : i32
  }
  return
}

// -----

func.func @c(%n: index, %x: i32) {
  %r = scf.for %i = %n to %n step %n iter_args(%a = %x) -> (i32) {
    scf.yield %n : index
  }
  return
}
