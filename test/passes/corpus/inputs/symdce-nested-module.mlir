// PIPELINES: -symbol-dce ; -inline -symbol-dce
// FLAGS: --allow-unregistered-dialect
// symbol-dce inside nested modules: a named nested module is a public symbol; its private
// contents are removed when unused, nested-visibility symbols are visible only to the parent.
module @outer {
  func.func @root() {
    "tst.call"() {callee = @inner::@api} : () -> ()
    return
  }

  module @inner {
    func.func nested @api() {
      call @helper() : () -> ()
      return
    }
    func.func private @helper() {
      return
    }
    func.func private @unused() {
      return
    }
    func.func nested @unused_nested() {
      return
    }
  }

  module @private_mod attributes {sym_visibility = "private"} {
    func.func @inside() {
      return
    }
  }
}
