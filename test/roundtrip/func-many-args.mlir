func.func @f(%a0: i1, %a1: i2, %a2: i3, %a3: i4, %a4: i5, %a5: i6, %a6: i7, %a7: i8, %a8: i9, %a9: i10, %a10: i11, %a11: i12) -> i12 {
  "tst.use"(%a0, %a5, %a10) : (i1, i6, i11) -> ()
  return %a11 : i12
}
