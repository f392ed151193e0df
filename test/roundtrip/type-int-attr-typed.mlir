"tst.op"() {t1 = i1, t2 = si17, t3 = ui65, t4 = index, t5 = [i8, si8, ui8]} : () -> ()
"tst.op"() : () -> (index, tensor<4xindex>, vector<2xindex>, memref<?xindex>)
