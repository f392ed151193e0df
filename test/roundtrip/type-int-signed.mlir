"tst.op"() : () -> (si1, si2, si8, si16, si32, si64, si128, si13)
"tst.op"() : () -> (ui1, ui3, ui8, ui16, ui32, ui64, ui128, ui999)
"tst.op"() {a = si8, b = ui8, c = i8} : () -> ()
