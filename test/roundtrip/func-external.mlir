func.func private @ext0()
func.func private @ext1(i32, f32) -> (i64)
func.func private @ext2(tensor<?xf32>, memref<4xi8>) -> (index, i1)
func.func private @ext3((i32) -> i32) -> ((i32) -> i32)
