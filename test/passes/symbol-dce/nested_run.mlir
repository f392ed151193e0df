// ARGS: --pass-pipeline='builtin.module(builtin.module(symbol-dce))'
module {
  func.func private @outer_dead() { return }
  module @pub_inner {
    func.func private @p() { return }
    func.func nested @n() { return }
    func.func @q() { return }
  }
  module @priv_inner attributes {sym_visibility = "private"} {
    func.func private @p() { return }
    func.func nested @n() { return }
    func.func @q() { return }
  }
}
