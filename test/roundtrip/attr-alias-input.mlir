#a = 1 : i32
#b = [#a, #a]
#dict = {x = #a, y = #b}
#map_in = affine_map<(d0) -> (d0 * 2)>
"tst.op"() {p = #a, q = #b, r = #dict, s = #map_in} : () -> ()
"tst.op"() {p = #dict} : () -> ()
