"tst.op"() {a = 1.0 : f8E5M2, b = 2.0 : f8E4M3FN, c = 0.5 : f8E4M3, d = 3.0 : f8E5M2FNUZ, e = 1.5 : f8E4M3FNUZ, f = -1.0 : f8E4M3B11FNUZ} : () -> ()
"tst.op"() {a = 1.0 : f8E3M4, b = 4.0 : f8E8M0FNU, c = 1.5 : f4E2M1FN, d = 2.0 : f6E2M3FN, e = 0.25 : f6E3M2FN, f = 0.1 : f8E4M3FN} : () -> ()
"tst.op"() {a = 0x7F : f8E4M3FN, b = 0xFF : f8E4M3FN, c = 0x7C : f8E5M2, d = 0x80 : f8E5M2FNUZ, e = 0x00 : f4E2M1FN} : () -> ()
