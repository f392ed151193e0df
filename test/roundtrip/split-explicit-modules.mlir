module @a {
}
// -----
module @b {
  "tst.x"() : () -> ()
}
// -----
module @c {
}
module @d {
}
