#id = affine_map<(d0) -> (d0)>
#perm = affine_map<(d0, d1) -> (d1, d0)>
#set0 = affine_set<(d0) : (d0 >= 0)>
"tst.op"() {a = #id, b = #perm, c = #set0, d = [#id, #perm]} : () -> ()
