func.func @g(%c: i1, %a: i32, %b: i32) -> i32 {
  scf.if %c {
    "test.side"() : () -> ()
  }
  scf.if %c {
  } else {
    "test.other"() : () -> ()
  } {tag.x}
  %r = scf.if %c -> (i32) {
    scf.yield %a : i32
  } else {
    scf.yield %b : i32
  }
  return %r : i32
}
