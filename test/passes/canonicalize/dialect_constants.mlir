// Constants are uniqued per dialect: equal values of different dialects stay apart.
func.func private @g(i32) -> i32

func.func @f(%a: index) -> (index, index, index) {
  %0 = "tst.op"(%a) : (index) -> index
  %c1 = arith.constant 1 : index
  %i1 = index.constant 1
  %c1_0 = arith.constant 1 : index
  %i1_0 = index.constant 1
  %f = func.constant @g : (i32) -> i32
  %f_0 = func.constant @g : (i32) -> i32
  "tst.use"(%f, %f_0) : ((i32) -> i32, (i32) -> i32) -> ()
  return %c1_0, %i1, %i1_0 : index, index, index
}
