tst.op
%0 = foo.bar : () -> i32
