// ARGS: -symbol-dce
module {
  func.func @pub() { return }
  func.func private @priv() { return }
  func.func private @used() { return }
  func.func nested @nest() { return }
  func.func @caller() {
    call @used() : () -> ()
    return
  }
  func.func private @chain_a() {
    call @chain_b() : () -> ()
    return
  }
  func.func private @chain_b() { return }
  func.func private @decl()
  func.func private @recursive_dead() {
    call @recursive_dead() : () -> ()
    return
  }
  func.func private @cycle_a() {
    call @cycle_b() : () -> ()
    return
  }
  func.func private @cycle_b() {
    call @cycle_a() : () -> ()
    return
  }
}
