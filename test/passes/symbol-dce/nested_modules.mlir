// ARGS: -symbol-dce
module {
  module @inner {
    func.func @ipub() { return }
    func.func private @ipriv() { return }
    func.func nested @inest() { return }
    func.func private @iused() { return }
    func.func @icaller() {
      call @iused() : () -> ()
      return
    }
  }
  module @pinner attributes {sym_visibility = "private"} {
    func.func @ppub() { return }
    func.func @ppub2() { return }
  }
  module @dead_private attributes {sym_visibility = "private"} {
    func.func @x() { return }
  }
  module @nested_vis attributes {sym_visibility = "nested"} {
    func.func @y() { return }
    func.func nested @z() { return }
  }
  module {
    func.func @upub() { return }
    func.func private @upriv() { return }
    func.func nested @unest() { return }
  }
  func.func @user() attributes {ref = @pinner::@ppub} {
    return
  }
}
