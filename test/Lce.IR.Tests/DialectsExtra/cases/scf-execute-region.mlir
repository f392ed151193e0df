func.func @e(%a: i32) -> i32 {
  %r = scf.execute_region -> i32 {
    scf.yield %a : i32
  }
  %s:2 = scf.execute_region -> (i32, i32) no_inline {
    scf.yield %a, %r : i32, i32
  } {tag.e}
  scf.execute_region {
    "test.op"() : () -> ()
    scf.yield
  }
  return %s#1 : i32
}
