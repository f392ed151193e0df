module @just_name {
}
