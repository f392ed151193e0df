namespace Lce.CodeGen.Tflite.Import;

/// <summary>
/// The schema's names of the builtin operator codes 0..209, lower-cased: the importer names a
/// builtin operator `tfl.` + this name, as TensorFlow's importer lower-cases the enum's name.
/// (Data from TFLite's schema.fbs; the C# enum's names are not the schema's spelling.)
/// </summary>
internal static class BuiltinOperatorNames
{
    private static readonly string[] Names =
    [
        "add", "average_pool_2d", "concatenation", "conv_2d", "depthwise_conv_2d", "depth_to_space", "dequantize",
        "embedding_lookup", "floor", "fully_connected", "hashtable_lookup", "l2_normalization", "l2_pool_2d",
        "local_response_normalization", "logistic", "lsh_projection", "lstm", "max_pool_2d", "mul", "relu",
        "relu_n1_to_1", "relu6", "reshape", "resize_bilinear", "rnn", "softmax", "space_to_depth", "svdf", "tanh",
        "concat_embeddings", "skip_gram", "call", "custom", "embedding_lookup_sparse", "pad",
        "unidirectional_sequence_rnn", "gather", "batch_to_space_nd", "space_to_batch_nd", "transpose", "mean", "sub",
        "div", "squeeze", "unidirectional_sequence_lstm", "strided_slice", "bidirectional_sequence_rnn", "exp",
        "topk_v2", "split", "log_softmax", "delegate", "bidirectional_sequence_lstm", "cast", "prelu", "maximum",
        "arg_max", "minimum", "less", "neg", "padv2", "greater", "greater_equal", "less_equal", "select", "slice",
        "sin", "transpose_conv", "sparse_to_dense", "tile", "expand_dims", "equal", "not_equal", "log", "sum", "sqrt",
        "rsqrt", "shape", "pow", "arg_min", "fake_quant", "reduce_prod", "reduce_max", "pack", "logical_or",
        "one_hot", "logical_and", "logical_not", "unpack", "reduce_min", "floor_div", "reduce_any", "square",
        "zeros_like", "fill", "floor_mod", "range", "resize_nearest_neighbor", "leaky_relu", "squared_difference",
        "mirror_pad", "abs", "split_v", "unique", "ceil", "reverse_v2", "add_n", "gather_nd", "cos", "where", "rank",
        "elu", "reverse_sequence", "matrix_diag", "quantize", "matrix_set_diag", "round", "hard_swish", "if", "while",
        "non_max_suppression_v4", "non_max_suppression_v5", "scatter_nd", "select_v2", "densify", "segment_sum",
        "batch_matmul", "placeholder_for_greater_op_codes", "cumsum", "call_once", "broadcast_to", "rfft2d",
        "conv_3d", "imag", "real", "complex_abs", "hashtable", "hashtable_find", "hashtable_import", "hashtable_size",
        "reduce_all", "conv_3d_transpose", "var_handle", "read_variable", "assign_variable", "broadcast_args",
        "random_standard_normal", "bucketize", "random_uniform", "multinomial", "gelu", "dynamic_update_slice",
        "relu_0_to_1", "unsorted_segment_prod", "unsorted_segment_max", "unsorted_segment_sum", "atan2",
        "unsorted_segment_min", "sign", "bitcast", "bitwise_xor", "right_shift", "stablehlo_logistic",
        "stablehlo_add", "stablehlo_divide", "stablehlo_multiply", "stablehlo_maximum", "stablehlo_reshape",
        "stablehlo_clamp", "stablehlo_concatenate", "stablehlo_broadcast_in_dim", "stablehlo_convolution",
        "stablehlo_slice", "stablehlo_custom_call", "stablehlo_reduce", "stablehlo_abs", "stablehlo_and",
        "stablehlo_cosine", "stablehlo_exponential", "stablehlo_floor", "stablehlo_log", "stablehlo_minimum",
        "stablehlo_negate", "stablehlo_or", "stablehlo_power", "stablehlo_remainder", "stablehlo_rsqrt",
        "stablehlo_select", "stablehlo_subtract", "stablehlo_tanh", "stablehlo_scatter", "stablehlo_compare",
        "stablehlo_convert", "stablehlo_dynamic_slice", "stablehlo_dynamic_update_slice", "stablehlo_pad",
        "stablehlo_iota", "stablehlo_dot_general", "stablehlo_reduce_window", "stablehlo_sort", "stablehlo_while",
        "stablehlo_gather", "stablehlo_transpose", "dilate", "stablehlo_rng_bit_generator", "reduce_window",
        "stablehlo_composite", "stablehlo_shift_left", "stablehlo_cbrt", "stablehlo_case",
    ];

    /// <summary>The lower-cased schema name of <paramref name="code"/>; null for a code the schema does not define.</summary>
    public static string? Of(int code) => code >= 0 && code < Names.Length ? Names[code] : null;

    /// <summary>The code of a lower-case schema name; -1 when there is none.</summary>
    public static int CodeOf(string name) => Array.IndexOf(Names, name);
}
