"tst.op"() {a = 0x10 : i64, b = 0xFF : i8, c = 0xff : ui8, d = 0x7F : si8, f = 0xFFFFFFFF : i32, g = 0x0 : i16} : () -> ()
"tst.op"() {a = 0xDEADBEEF : i64, b = 0xDEADBEEF : ui32, c = 0x1 : i1, d = 0xABCDEF0123456789 : i64} : () -> ()
"tst.op"() {a = [0x10, 0x20], b = 0x10} : () -> ()
