// ARGS: -symbol-dce
module {
  func.func private @in_array() { return }
  func.func private @in_dict() { return }
  func.func private @in_nested() { return }
  func.func private @in_region() { return }
  func.func private @const_ref() { return }
  func.func private @unused() { return }
  func.func @root() {
    "tst.op"() {refs = [@in_array, 1 : i32], d = {k = @in_dict}, deep = [[{x = [@in_nested]}]]} : () -> ()
    %f = func.constant @const_ref : () -> ()
    scf.execute_region {
      "tst.op"() {r = @in_region} : () -> ()
      scf.yield
    }
    return
  }
  "tst.unknown_ref"() {r = @does_not_exist} : () -> ()
}
