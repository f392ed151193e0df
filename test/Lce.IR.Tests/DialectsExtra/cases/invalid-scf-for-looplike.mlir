func.func @a(%lb: index, %ub: index, %st: index, %f: f32) {
  %r = "scf.for"(%lb, %ub, %st, %f) ({
  ^bb0(%i: index, %x: f32):
    "scf.yield"(%x, %x) : (f32, f32) -> ()
  }) : (index, index, index, f32) -> f32
  return
}

// -----

func.func @b(%lb: index, %ub: index, %st: index, %f: f32) {
  %r = "scf.for"(%lb, %ub, %st, %f) ({
  ^bb0(%i: index, %x: i32):
    "scf.yield"(%x) : (i32) -> ()
  }) : (index, index, index, f32) -> f32
  return
}

// -----

func.func @d(%lb: index, %ub: index, %st: index, %f: f32) {
  %r = "scf.for"(%lb, %ub, %st, %f) ({
  ^bb0(%i: index, %x: f32):
    "scf.yield"(%x) : (f32) -> ()
  }) : (index, index, index, f32) -> i32
  return
}

// -----

func.func @e(%lb: index, %ub: index, %st: index, %f: f32) {
  %r:2 = "scf.for"(%lb, %ub, %st, %f, %f) ({
  ^bb0(%i: index, %x: f32, %y: f32):
    "scf.yield"(%x, %y) : (f32, f32) -> ()
  }) : (index, index, index, f32, f32) -> (f32, i32)
  return
}

// -----

func.func @g(%lb: index, %ub: index, %st: index, %f: f32) {
  %r = "scf.for"(%lb, %ub, %st, %f) ({
  ^bb0(%i: index, %x: f32):
    %c = "arith.constant"() <{value = 1 : i32}> : () -> i32
    "scf.yield"(%c) : (i32) -> ()
  }) : (index, index, index, f32) -> f32
  return
}

// -----

func.func @i(%lb: index, %ub: index, %st: index, %f: f32) {
  %r = "scf.for"(%lb, %ub, %st, %f) ({
  ^bb0(%i: f32, %x: f32, %y: f32):
    "scf.yield"(%x, %y) : (f32, f32) -> ()
  }) : (index, index, index, f32) -> f32
  return
}

// -----

func.func @j(%lb: index, %ub: index, %st: index, %f: f32) {
  %r = "scf.for"(%lb, %ub, %st, %f) ({
  ^bb0(%i: index, %x: f32, %y: f32):
    "test.term"() : () -> ()
  }) : (index, index, index, f32) -> f32
  return
}

// -----

func.func @c(%lb: index, %ub: index, %st: index, %f: f32) {
  %r:2 = "scf.for"(%lb, %ub, %st, %f) ({
  ^bb0(%i: index, %x: f32):
    "scf.yield"(%x) : (f32) -> ()
  }) : (index, index, index, f32) -> (f32, f32)
  return
}
