namespace Lce.Tests.Tflite;

/// <summary>
/// Files built by flatc 2.0.8 from TFLite's schema (the oracle in ../shared/oracles/tflite;
/// `scripts/tflite-oracle.sh golden` rebuilds them from the JSON below): an independent writer,
/// so reading them checks our field ids and defaults against the schema.
/// </summary>
internal static class FlatcGolden
{
    /// <summary>The oracle's examples/add.json: one ADD of two [1,4] inputs.</summary>
    public const string AddBase64 = "CAAAAFRGTDPS////AwAAACwBAAAYAAAANAEAAAQAAAABAAAABAAAAOT+//8BAAAAFAAAAAAADgAYAAQACAAMABAAFAAOAAAAbAAAAFwAAABQAAAACAAAANgAAAABAAAAFAAAAAAADgAUAAAACAAMAAcAEAAOAAAAAAAACxgAAAAMAAAABAAAAET///8BAAAAAgAAAAIAAAAAAAAAAQAAAAEAAAACAAAAAgAAAAAAAAABAAAAAwAAAFgAAAAoAAAABAAAAMD///8IAAAAEAAAAAIAAAABAAAABAAAAAMAAABzdW0A4P///wgAAAAQAAAAAgAAAAEAAAAEAAAAAQAAAGIAAAAMAAwABAAAAAAACAAMAAAACAAAABAAAAACAAAAAQAAAAQAAAABAAAAYQAAAAQAAABtYWluAAAAAAEAAAAIAAAABAAEAAQAAAAbAAAAaGFuZC13cml0dGVuIEFERCB0ZXN0IG1vZGVsAA==";

    /// <summary>RichJson compiled by flatc.</summary>
    public const string RichBase64 = "JAAAAFRGTDMAAAAAAAAAABQAIAAEAAgADAAQABQAAAAYABwAFAAAAAMAAADgAwAACAEAAEAEAACsAAAAdAAAAAQAAAABAAAAEAAAAAAACgAQAAQACAAMAAoAAAA8AAAAHAAAAAQAAAAPAAAAc2VydmluZ19kZWZhdWx0AAEAAAAEAAAAzP///wgAAAACAAAAAwAAAG91dAABAAAABAAAAJL///8EAAAAAgAAAGluAAABAAAADAAAAAgADAAEAAgACAAAAAgAAAACAAAAEwAAAG1pbl9ydW50aW1lX3ZlcnNpb24AAwAAAEwAAAAoAAAABAAAAOb///8EAAAABwAAADEuMTQuMAAAAAAAAAAABgAIAAQABgAAAAQAAAAGAAAAAQIDBAUGAAAAAAAAAAAAAAQABAAEAAAAAgAAAEAAAAAUAAAAEAAMAAAAAAAAAAAABAAIABAAAAAIAAAABwAAAAYAAABzZWNvbmQAAAAADgAYAAQACAAMABAAFAAOAAAA4AAAANQAAADIAAAACAAAAHACAAACAAAAXAAAABQAAAAQABQABAAIAAwAAAAAABAAEAAAAAEAAAAcAAAAEAAAAAQAAAAEAAAAAQIDAAEAAAAAAAAAAQAAAAIAAAAAABYAGAAAAAgADAAHABAAAAAAAAAAFAAWAAAAAAAAAUQAAAA4AAAAIAAAAAQAAAABAAAAAQAAAAAADgAUAAYACAAMAAcAEAAOAAAAAAABAwIAAAADAAAABAAAAAEAAAACAAAAAwAAAAAAAAABAAAA/////wEAAAACAAAAAQAAAAAAAAADAAAAKAEAAKAAAAAcAAAAAAAWABQACAAFAAAADAAQAAYAAAAAAAcAFgAAAAAJAQFQAAAAYAAAABAAAAAMABQABAAIAAwAEAAMAAAALAAAACAAAAAUAAAABAAAAAEAAAAFAAAAAAAAAAEAAAAAAAA+AQAAAAAAAEABAAAAAACAvwQAAAABAAAABAAAAAQAAAADAAAAAQAAAHkADgAYAAgABwAMABAAFAAOAAAAAAAACUwAAAABAAAAWAAAAAQAAAB8////KAAAAAQAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAIA+AAAAPwAAQD8EAAAAAwAAAAEAAAABAAAAAgAAAAEAAAB3AAAAFAAYAAgABwAAAAwAEAAAAAAAFAAUAAAAAAAACVAAAABgAAAAFAAAADAAAAAMAAwAAAAAAAQACAAMAAAAFAAAAAQAAAABAAAA/f////////8BAAAAAAAAPwQAAAD/////BAAAAAQAAAACAAAABAAAAAEAAAAEAAAABAAAAAIAAAABAAAAeAAAAAQAAABtYWluAAAAAAMAAABUAAAAJAAAAAQAAADE////AAAAfwMAAACCAAAADAAQAAcACAAAAAwADAAAAAAAACAIAAAAIAAAAAsAAABMY2VRdWFudGl6ZQAMABAABwAAAAgADAAMAAAAAAAAAwIAAAADAAAABAAAAHJpY2gAAAAA";

    public const string RichJson = """
{
  "version": 3,
  "description": "rich",
  "operator_codes": [
    { "deprecated_builtin_code": 3, "builtin_code": "CONV_2D", "version": 2 },
    { "deprecated_builtin_code": 32, "builtin_code": "CUSTOM", "custom_code": "LceQuantize" },
    { "deprecated_builtin_code": 127, "builtin_code": "BROADCAST_TO", "version": 3 }
  ],
  "subgraphs": [
    {
      "name": "main",
      "tensors": [
        { "name": "x", "shape": [1, 4, 4, 2], "shape_signature": [-1, 4, 4, 2], "type": "INT8", "buffer": 0,
          "quantization": { "scale": [0.5], "zero_point": [-3] } },
        { "name": "w", "shape": [3, 1, 1, 2], "type": "INT8", "buffer": 1,
          "quantization": { "scale": [0.25, 0.5, 0.75], "zero_point": [0, 0, 0], "quantized_dimension": 0 } },
        { "name": "y", "shape": [1, 4, 4, 3], "type": "INT8", "buffer": 0, "has_rank": true, "is_variable": true,
          "quantization": { "min": [-1.0], "max": [2.0], "scale": [0.125], "zero_point": [5] } }
      ],
      "inputs": [0],
      "outputs": [2],
      "operators": [
        { "opcode_index": 0, "inputs": [0, 1, -1], "outputs": [2],
          "builtin_options_type": "Conv2DOptions",
          "builtin_options": { "padding": "VALID", "stride_w": 2, "stride_h": 3, "fused_activation_function": "RELU6", "dilation_w_factor": 4 },
          "intermediates": [1] },
        { "opcode_index": 1, "inputs": [2], "outputs": [0], "custom_options": [1, 2, 3, 0] }
      ]
    },
    { "name": "second", "debug_metadata_index": 7 }
  ],
  "buffers": [ {}, { "data": [1, 2, 3, 4, 5, 6] }, { "data": [49, 46, 49, 52, 46, 48, 0] } ],
  "metadata": [ { "name": "min_runtime_version", "buffer": 2 } ],
  "signature_defs": [
    { "inputs": [ { "name": "in", "tensor_index": 0 } ], "outputs": [ { "name": "out", "tensor_index": 2 } ],
      "signature_key": "serving_default", "subgraph_index": 0 }
  ]
}
""";
}
