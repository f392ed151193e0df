func.func @t(%n: index, %m: index) -> tensor<?x?xf32> {
  %a = tensor.empty() : tensor<4xf32>
  %b = tensor.empty(%n, %m) : tensor<?x?xf32>
  %c = tensor.empty(%n) {tag.e} : tensor<2x?xi8>
  return %b : tensor<?x?xf32>
}
