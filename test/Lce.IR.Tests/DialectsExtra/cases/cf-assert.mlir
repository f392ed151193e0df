func.func @a(%c: i1) {
  cf.assert %c, "expected \"true\" here"
  cf.assert %c, "plain" {tag.a}
  return
}
