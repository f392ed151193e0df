// ARGS: -symbol-dce
module {
  func.func private @used_by_toplevel() { return }
  func.func private @used_by_private_dead() { return }
  func.func private @dead_user() {
    call @used_by_private_dead() : () -> ()
    return
  }
  "tst.toplevel"() {callee = @used_by_toplevel} : () -> ()
  "tst.named"() {sym_name = "unregistered_symbol", sym_visibility = "private"} : () -> ()
  func.func private @in_wrapped_module() { return }
  "tst.wrapper"() ({
    builtin.module @wrapped {
      func.func private @wpriv() { return }
      func.func @wpub() {
        "tst.use"() {r = @wpriv} : () -> ()
        return
      }
    }
  }, {
  }) : () -> ()
}
