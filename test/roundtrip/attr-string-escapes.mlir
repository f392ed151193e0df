"tst.op"() {a = "quote\"inside", b = "back\\slash", c = "tab\there", d = "nl\nhere", e = "cr\0Dhere"} : () -> ()
"tst.op"() {a = "\00", b = "\7F", c = "\01\02\1F", d = "\20", e = "\41\42", f = "\ff\FE"} : () -> ()
"tst.op"() {a = "\"", b = "\\", c = "\\\"", d = "a\\nb"} : () -> ()
