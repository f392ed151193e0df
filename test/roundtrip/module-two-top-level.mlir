module @one {
}
module @two {
}
