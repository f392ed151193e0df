func.func @count(%x: i32) {
  cf.br ^bb1(%x : i32)
^bb1:
  return
}

// -----

func.func @type(%x: i32) {
  cf.br ^bb1(%x : i32)
^bb1(%y: i64):
  return
}

// -----

func.func @cond(%c: i32) {
  "cf.cond_br"(%c)[^bb1, ^bb1] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i32) -> ()
^bb1:
  return
}
