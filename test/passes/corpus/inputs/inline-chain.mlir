// PIPELINES: -inline ; -inline -symbol-dce -cse ; --pass-pipeline=builtin.module(inline,symbol-dce)
// A call chain of three levels collapses into the public entry.
func.func private @level3(%x: f32) -> f32 {
  %r = arith.mulf %x, %x : f32
  return %r : f32
}

func.func private @level2(%x: f32) -> f32 {
  %a = call @level3(%x) : (f32) -> f32
  %b = arith.addf %a, %x : f32
  return %b : f32
}

func.func private @level1(%x: f32) -> f32 {
  %a = call @level2(%x) : (f32) -> f32
  %b = call @level2(%a) : (f32) -> f32
  return %b : f32
}

func.func @entry(%x: f32) -> f32 {
  %r = call @level1(%x) : (f32) -> f32
  return %r : f32
}
