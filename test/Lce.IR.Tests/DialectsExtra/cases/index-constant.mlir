func.func @i() -> index {
  %a = index.constant 7
  %b = index.constant -3
  %c = index.constant {tag.i} 0
  %d = index.constant 7
  return %a : index
}
