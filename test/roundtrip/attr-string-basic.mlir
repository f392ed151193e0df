"tst.op"() {a = "", b = "hello", c = "with space", d = "UPPER lower 123", e = "!#$%&'()*+,-./:;<=>?@[]^_`{|}~"} : () -> ()
"tst.op"() {s = ["a", "b", ""], t = "x" : i32, u = "y" : !foo.t} : () -> ()
