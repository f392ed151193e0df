// PIPELINES: -symbol-dce ; -symbol-dce -inline
// Explicit public visibility, nested visibility at top level and external private
// declarations.
func.func public @explicit_public() {
  return
}

func.func nested @nested_top() {
  return
}

func.func private @decl_unused(i32)

func.func private @decl_used(f32) -> f32

func.func @caller(%x: f32) -> f32 {
  %r = call @decl_used(%x) : (f32) -> f32
  return %r : f32
}
