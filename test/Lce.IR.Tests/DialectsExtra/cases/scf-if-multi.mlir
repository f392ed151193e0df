func.func @h(%c: i1, %a: i32, %f: f32) -> (i32, f32) {
  %r:2 = scf.if %c -> (i32, f32) {
    %x = arith.addi %a, %a : i32
    scf.yield %x, %f : i32, f32
  } else {
    scf.yield %a, %f : i32, f32
  }
  return %r#0, %r#1 : i32, f32
}
