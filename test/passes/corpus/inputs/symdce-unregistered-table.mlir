// PIPELINES: -symbol-dce
// FLAGS: --allow-unregistered-dialect
// REJECTED ON PURPOSE: an unregistered op with a region might be a symbol table, so
// symbol-dce cannot compute symbol uses and fails ("potentially unknown symbol table").
func.func private @from_region() {
  return
}

func.func private @self_recursive(%n: i32) -> i32 {
  %r = call @self_recursive(%n) : (i32) -> i32
  return %r : i32
}

func.func @main() {
  "tst.wrapper"() ({
    "tst.call"() {callee = @from_region} : () -> ()
    "tst.end"() : () -> ()
  }) : () -> ()
  return
}
