func.func @a(%arg0: f64) {
  %0 = quant.qcast %arg0 : f64 to !quant.uniform<i8:f32, 2.0:10>
  return
}
// -----
func.func @a(%arg0: f32) {
  %0 = quant.qcast %arg0 : f32 to !quant.uniform<i8:f32:0, {2.0:10}>
  return
}
// -----
func.func @a(%arg0: tensor<2xf32>) {
  %0 = quant.qcast %arg0 : tensor<2xf32> to tensor<2x!quant.uniform<i8:f32:1, {2.0:10}>>
  return
}
// -----
func.func @a(%arg0: tensor<2xf32>) {
  %0 = quant.qcast %arg0 : tensor<2xf32> to tensor<2x!quant.uniform<i8:f32:0, {2.0:10}>>
  return
}
// -----
func.func @a(%arg0: tensor<2xf32>) {
  %0 = quant.qcast %arg0 : tensor<2xf32> to tensor<3x!quant.uniform<i8:f32, 2.0:10>>
  return
}
// -----
func.func @a(%arg0: tensor<2xf32>) {
  %0 = quant.qcast %arg0 : tensor<2xf32> to !quant.uniform<i8:f32, 2.0:10>
  return
}
// -----
func.func @a(%arg0: i8) {
  %0 = quant.qcast %arg0 : i8 to !quant.uniform<i8:f32, 2.0:10>
  return
}
// -----
func.func @a(%arg0: f32) {
  %0 = quant.qcast %arg0 : f32 to f32
  return
}
// -----
func.func @a(%arg0: !quant.uniform<i8:f32, 2.0:10>) {
  %0 = quant.scast %arg0 : !quant.uniform<i8:f32, 2.0:10> to i16
  return
}
// -----
func.func @a(%arg0: !quant.uniform<i8:f32, 2.0:10>) {
  %0 = quant.scast %arg0 : !quant.uniform<i8:f32, 2.0:10> to !quant.uniform<i8:f32, 2.0:10>
  return
}
// -----
func.func @a(%arg0: i8) {
  %0 = quant.scast %arg0 : i8 to i8
  return
}
// -----
func.func @a(%arg0: si8) {
  %0 = quant.scast %arg0 : si8 to !quant.uniform<i8:f32, 2.0:10>
  return
}
// -----
func.func @a(%arg0: !quant.uniform<i8:f32, 2.0:10>) {
  %0 = quant.dcast %arg0 : !quant.uniform<i8:f32, 2.0:10> to i8
  return
}
// -----
func.func @a(%arg0: tensor<2x3xf32>) {
  %0 = quant.qcast %arg0 : tensor<2x3xf32> to tensor<2x3x!quant.uniform<i8:f32:{1:2}, {{1.0, 2.0}}>>
  return
}
// -----
func.func @a(%arg0: tensor<2x4xf32>) {
  %0 = quant.qcast %arg0 : tensor<2x4xf32> to tensor<2x4x!quant.uniform<i8:f32:{1:2}, {{1.0, 2.0}}>>
  return
}
// -----
func.func @a(%arg0: tensor<2x4xf32>) {
  %0 = quant.qcast %arg0 : tensor<2x4xf32> to tensor<2x4x!quant.uniform<i8:f32:{1:2}, {{1.0, 2.0}, {3.0, 4.0}}>>
  return
}
// -----
func.func @a(%arg0: tensor<2x4xf32>) {
  %0 = quant.qcast %arg0 : tensor<2x4xf32> to tensor<2x4x!quant.uniform<i8:f32:{0:1,1:2}, {{1.0, 2.0}, {3.0, 4.0}}>>
  return
}
// -----
func.func @a(%arg0: tensor<2x4xf32>) {
  %0 = quant.qcast %arg0 : tensor<2x4xf32> to tensor<2x4x!quant.uniform<i8:f32:{2:1}, {{1.0, 2.0}, {3.0, 4.0}}>>
  return
}
// -----
func.func @a(%arg0: tensor<*xf32>) {
  %0 = quant.qcast %arg0 : tensor<*xf32> to tensor<*x!quant.uniform<i8:f32:{0:1}, {1.0}>>
  return
}
// -----
func.func @a(%arg0: tensor<0x4xf32>) {
  %0 = quant.qcast %arg0 : tensor<0x4xf32> to tensor<0x4x!quant.uniform<i8:f32:{1:2}, {{1.0, 2.0}}>>
  return
}
// -----
func.func @a(%arg0: tensor<2x4xf32>) {
  %0 = quant.qcast %arg0 : tensor<2x4xf32> to tensor<2x4x!quant.uniform<i8:f32:{1:2}, {1.0, 2.0}>>
  return
}
// -----
func.func @a(%arg0: vector<2xf32>) {
  %0 = quant.qcast %arg0 : vector<2xf32> to vector<2x!quant.uniform<i8:f32, 1.0>>
  return
}
// -----
func.func @a(%arg0: f32) {
  %0 = quant.qcast %arg0 : f32 to !quant.any<i8:f32>
  %1 = quant.qcast %arg0 : f32 to !quant.calibrated<f32<-1.0:1.0>>
  return
}
// -----
func.func @a(%arg0: f32) {
  %0 = quant.qcast %arg0 : f32 to !quant.any<i8>
  return
}
// -----
func.func @a(%arg0: tensor<2x?xf32>) {
  %0 = quant.qcast %arg0 : tensor<2x?xf32> to tensor<2x?x!quant.uniform<i8:f32:{1:2}, {{1.0}, {3.0}}>>
  return
}
