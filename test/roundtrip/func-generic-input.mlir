"func.func"() <{function_type = (i32) -> i32, sym_name = "g"}> ({
^bb0(%arg0: i32):
  "func.return"(%arg0) : (i32) -> ()
}) : () -> ()
"func.func"() <{function_type = () -> (), sym_name = "h", sym_visibility = "private"}> ({
}) : () -> ()
"func.func"() <{function_type = (i32) -> (), sym_name = "k", arg_attrs = [{tst.a}]}> ({
^bb0(%arg0: i32):
  "func.return"() : () -> ()
}) {extra = 1 : i32} : () -> ()
