// ARGS: -symbol-dce
module {
  func.func private @via_props() { return }
  func.func private @via_attr() { return }
  "tst.op"() <{r = @via_props}> {s = @via_attr} : () -> ()
}
