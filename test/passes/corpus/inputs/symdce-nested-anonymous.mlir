// PIPELINES: -symbol-dce ; -canonicalize -symbol-dce
// An anonymous nested module is not a symbol table user-visible symbol: its private
// functions are processed in their own scope.
module {
  func.func private @top_unused() {
    return
  }
  module {
    func.func private @inner_unused() {
      return
    }
    func.func @inner_public() {
      call @inner_used() : () -> ()
      return
    }
    func.func private @inner_used() {
      return
    }
  }
}
