using Lce.CodeGen.Reference;

namespace Lce.Tests.CodeGen.Tfl;

/// <summary>
/// Int8 conv_2d / depthwise_conv_2d over odd channel counts (1..130), strides, dilations and both
/// paddings against the real TFLite interpreter: Oracle/make-int8-sweep.js drew every scale, zero
/// point, input, filter and bias from a small LCG, which this test replays in the same order.
/// The interpreter (its XNNPACK delegate) rescales each accumulator with a single rounding; the
/// kernels follow TFLite's reference MultiplyByQuantizedMultiplier, which rounds twice. The test
/// pins both: every recorded output equals the single-rounded accumulator, every kernel output the
/// double-rounded one, and they differ (by one step) only at the recorded count of outputs whose
/// exact value lies just below a half step.
/// </summary>
public class TfliteInt8SweepTests
{
    private sealed record Case(string Name, bool Depthwise, int N, int H, int W, int C, int OutOrMultiplier, int FH, int FW,
        int StrideH, int StrideW, int DilationH, int DilationW, bool Same, TflActivation Activation, bool PerChannel, int Differences, string Output);

    private static readonly Case[] Cases =
    [
        new("conv1", false, 1, 5, 5, 1, 1, 3, 3, 1, 1, 1, 1, true, TflActivation.None, true, 0,
            "MYDZFd5/4u24ezWqf4DWGQRoJYDZG2Xkfw=="),
        new("conv2", false, 2, 4, 5, 7, 3, 2, 3, 2, 1, 1, 2, false, TflActivation.Relu, true, 0,
            "/UID/SFG/f0lIv39"),
        new("conv3", false, 1, 4, 4, 33, 5, 3, 3, 1, 2, 1, 1, true, TflActivation.Relu, true, 0,
            "dwBpFwAHfwAAFjoAfwAAPn9/AAF/DH8AAAB/AEJtAH0AAAA4WgAAAA=="),
        new("conv4", false, 1, 3, 4, 130, 2, 1, 1, 1, 1, 1, 1, false, TflActivation.None, false, 0,
            "RtF/f36tfxSA9H+A6A3xgH9+gDmA9rWA"),
        new("conv5", false, 1, 3, 3, 3, 130, 3, 3, 2, 2, 1, 1, true, TflActivation.None, true, 4,
            "BefeZ3aArBs4B3+Af2O4ouhC1FvwnPxynoAVf92ggAxI7X8cD8mbe38nf/2AWnBmgGknSIB/cIDc5Oj0zoC5839oAoCAIJbuf+OAgAVJtjcVoqrV4Zy1HRm1oUIUOjgz7mP+ORd/uH8YUPOAOAcX4ICAx4qgS/yAJ/FP/X/lQk9tgGIoATKm2MytZcOvmww8CQrKf+TP4xCgywjAP4C8Bc/sJLfj6OOH8aUA60/fRECaf4C3Dw5/4681zXB/38R/Xg1/Wpk6bPJYgENufyO8gM1nG3+AyfJ/P0MkD9T/+7mAe+Fr/mDda4C9K4Bh0AwU4fdX7wq7/oAPLq5D4qf5qYAa+oBG9iiXfyafRA4PgFh/wBU3+YsPQvLr1fx/f++AvYDsf+7xf9sDw8UP+ICAuTvgD4Ay/eI6f39S2gaygPh/f/H7Jf8ztW0O2n8Ne3+AHcrhcuW8f7krfzX/BTGA+Q1Pf/zzfxRADYB/L3RVf0gJQPw8TjEQ3wx/AZd/D7iAIzfdLEmZlYa6XNSAN58faYAGf/N/gPaAI038xC/pfzT6f4Sqf96ANn8t3xDLplaPKxy32jICI/3sHXZ5gLAe4IAOgPGAH39gSfUL0NLNfyYICxVA2VUArX/0zoB/DPAIOTAHbqFGgAocBBahf4BX5vjCCKEXIiOAEeTSf/dNf68KgByA8d/djg=="),
        new("dw1", true, 1, 5, 5, 1, 1, 3, 3, 1, 1, 1, 1, true, TflActivation.None, true, 0,
            "lLGRI2ze4L2Au/VNXn9VfxJqHy37VBNPCA=="),
        new("dw2", true, 1, 4, 5, 7, 3, 2, 2, 2, 2, 1, 1, false, TflActivation.Relu, true, 1,
            "9/cV9/f3f/cMfwD39/f39/cD9wj4Yvf/9/oPWff6QTD39xf3Biv3BPcy9wH39/f39/cM91j39/f7IPf39yj39/dx9/doZ/cl93b39wD39/cG+PcK"),
        new("dw3", true, 2, 4, 4, 65, 2, 3, 3, 1, 1, 2, 2, true, TflActivation.Relu6, true, 3,
            "L/wYAfwv/RT8G/wvIQf8Cvz8Ly8v/PwG/B8S/PwEL/z8LwH8/Pz8/Pz8/Bv8/Pz8/BP8/Pz8L/wL/C/8Gf38Kw4q/vz8DPwE/BD8CyEjH/z8/Pz8LyD8KfwvL/wv/AT+/Bj8/Pz8/Pz8L/wv//wVHfz8IC8qLvwQLwgQAfwv/B0c/C/8/Pwq/Pz8/fwv/B0ZL/0v/Pz8/C/8/P4M/BkH/CX8/Cr8HPz8Ay8l/Pz8JwQD/BovGi/8Av78//wv/Pz8Ly/8/AMvKPz8/fz8/PwvIyf8/yz8/Pz8/BwL/CoV/PwCCvwN/P78/P4vDfz8/P8q//z8/C8vEvwY/C8F/PwvCAX8Dvz8KhMm/PwvAQICLy8N/PwJJ/wvGPz8A/z8Ly8Q/Af8F/z8L/z8/Pz8BBT8L/z8CQz8/Pz8Af/8L/weL/wh/PwvBvweBQf8/P4YAS/8/PwM/Pwn/PwvAQIDL/wDIi/8/CD8IS8J/C8G/Pz8/C/8/C8v/PwqJfz8LwP8EC/8/Pz8/Pz8/C8N/xgd/PwN/Pz8/Pwv/Pz8//wSL/z8CyT8/Pz8GBIv/C8v/BsEDvwT/C8g/AUv/PwIL/4N/C/8DPwML/z8/PwA/AX9LxUv/Pz8/Pz8/Pwv/Pz8IxH8/Pz+/Az8L/wMBy/8/PwvAvz8HicQASMYBRr8/C8G/Pz8/AIvCPz8/C/8/C8n/A4H/C/8/Pz8Lwf8/PwULyUv/PwD/Pz8Cy4E/SD8A/wT/Pwe/Pz8/BD8Ivz9/CUv/Pz8/Pwv/AwY/C8V/C/8/BUvBvwvBwMB/Pz8/P4K/BwvAi/8Lx78IhkvLfwv/Pz8GSb8/P0h//z8/AMv/Pz8/Pz8/BL8//wGGfz8GfwXI/z8/AkI/C/8BSL8LyUv/Pz8/BP8/Pwv//wB/Cz8Fvz8/SoRBBb8/AMvAhn8Bi/8/PwI/fz8/AIv/Ar8/C8WCy8v/Pz8L/wlCxz8/Pz9D/z8/Pz8/Pz8CRUW/C8v/PwvD/z8IC/8/Pz9LwMp/Pz8Kvz8/AD8/C/8/Pz8Bi/8/Pz8/PwW/BT8JAr8/Pz8/C/8Cvwv/Pwv/iwXDwv8/fz8/Pz+FiEFLwv8C/wG/P8a/CcP/AYv/Pz8/Pz8Li/8Afz8/Pz8L/z8/PwWLy/8GPz8LRUGBPz8/PwsLxMvJPz8L/wlBy/8EP38/Pwv/AX8/B8GAhUMJ/z8Cvz8/BEFLw0v/Pwv/Pz8/PwJ/Pz8FvwI/PwD/CkC/P8K/Pz9Lyf8CiD8/C/8BAL8/B38/Pz8/v78/PwnKPwE/AP8/PwJBPwv/BX8L/z8Cvz8/Pz8E/z8Jvz8/P7+/Pz8/BcT/Pz9/Pz8/PwvFvwS/AUv/PwcL/z8/Br8IQcvCQ/8/BgoL/z8/C/8L/wvL/wfL/z8F/z8ByIvLwMeJy/8Bi8O/PwDIi/8DPz8/C8v/Pz8FfwN/AP8/Pz8G/z8/AP8/vz8/AcnER/8L/wM/C/8/C/8/PwM/Pz8/BD8BfwM/P38/PweL/wv/Pz8/Pz8/Pwo/vz8/PwFE/z8EPwjFC8ELxf8/Pz8Ly8OL/wt/P38/C/8Hi8B/Pz8/vwK/Pz8/Pz8/BH8/Pz8FS/8/Pz+/Pz8/AD8/AP8/C8X/Pz8/AT8/Pz8/AYv/PwXLw4K/C/8/Pz8/PwvFy8iAC8IL/78Gxf8BQv8DyUv/Pz8/AX8/B4OAQwk/C/8EPwv/Asv/PwA/PwU/C/8/vz8/Pz8GPwE/AAS/PwK/wgNBvz8/Pz8L/4v/PwvL/z8BPz8/An8/Pz8Gf78/C/8/Bn8Afz8/Pz8/PwaL/z8/Pz8L/z8/Br+/C/8/C/8Gfz//Pz8DBYhBPz8LyAX/Pz8/PwY/Pz8L/wmCxgvLy0J/Pwv/Pz8/AwJGPz8/PwvCv8c/PwnL/z8FSD8//wCEPz8/BQM/Pz8/Pz8/C/8/Pz8/Pz8/P8JCvwvLy8v/PwC/Pz8/w38/SEZLw4C/Acv/A0B/Pz8/BT8/CUZ/PwD/Pz9/PwQEhsv/Pz8/P8v/gAO/AD8/Pz8ES78/AQk/Pz8/PwbLwMUL/z8/C/8/Pz8HgH8/C/8L/z8EQcEL/z8/AQdEgz8A/z8FSn8DS/8DvwCEPz8/C8b/Pz8/C8T/wL8HvwA/BMU/Pz8HfwvEvz8/BQK/B3+/Pz8/AAPBv38Awr8/Pz8/Pz//vwv/Pz8/CQTL/z8/PwW/PwGHSEv/C8D/P38Lwf8/Pz8Ly/8CvwD/C8hBfz8L/wnAi/8Cfz8CC/8/Pz8EAUj/C/8/BIk/Pz8CyL8Ly/8/Pwv/Pz8//z8L/wG/Cn8/Pz///z8/PwQLy8Y/Pz8/Pz8/Pz8/PwB/Pz8/CD8/Pwv/Csv/C/8Ly4CDvwvGC8vLwb8BfwvCRQj/C/8HAQV/Pz8/Pz8EPwnAhH8Avz8/Pz8/C/8/Pz8/BAvEx0vLwv8/C8KCfz8Lwf8/Asq/C8a/Bsv/vz/L/38Cfz8/Pz8/C8v/PwIDPwD/v8oEvwh/AL8/Pz8GC/8/Pz8/C/8/Pz8/Pz8/P/8/BH8/PwS/Pz8Lxj8K/z8/PwHBCz8/PwKL/z8AC8vDfz8/Bz8Lwz8/C/8F/wM/P78/BT8LyT8/PwK/Aj8L/z8CC/8DiQP/Pz8/Pz8Hf38/Pz8/C/8Kf8vGiEv/C8v/AH8Gx/8/AcE/Pz8/PwMAvwYL/z8/Pz8/PwvGQj8/PwCL/wJ/SP8E/wgL/wJ/Pz8//wk/Pz+/C8v/PwqIfwjJfwvKRIILi/8L/wF/Pz8/Bgv/Pz8/AML/PwQ/Pz8/Pz8Ivz9LQEp//wv/AgvBvwv/CUC/Pz8/BL8F/z8FgkA/PwL/AT8/Pz8L/z8/Pz8L/z8FgQvAS8v/PwCJi/8LwQUAgQm/B78/C8v/Pz8/i/8/Ab8DPz9Ei/8/Bv8/PwH/Pz8/Pz8/BIaAPz8KPwv/Pwp/PwuLxAvC/z8L/z8/Pz8E/z8HRUu/BcEL/z8Lw78/AYv/PwG/CEv/BD8/C8v/C8K/C8vL/wv/PwQ/fwvCgcB/C8hLwD8/Pz8/PwP/AgbAvwDAQQh/Pz8B/z8/CwXA/wv/Pz//PwC/An8/PwA/Pz8/A38/PwM/PwuAisC/PwoFfwLEfz8/A8HL/wv/Pz9Kwj8CAf8APz/FAP8/Pz+/PwA/PwLL/z8HvwQHvz8/igo/Az8Bfz8/Pwv/P78Avz9L/z8FfwH/PwvEC8B/Pwv/CP8FfwCBPz8Hfz8/C8I/C/8Afz8L/z8GfwPL/ws/Pz+/Pz8/Ar8/Pz8GQz8/Pz8//z8Ly/8/PwvLwv8/PwB/Pwv/Pz8/Pz8/Ask/Pz+Jfwv/Pz8AxYe/Pwh/Cn8L/z8D/z8Fy78EQD8LwYvLy/8/BL8Hfz8Cfz8LxEB/Pz8/Pwv/Pz8/BwA/PwKEgMV/fwf/Pz8L/z8/Pz8/A8nAPz8Hfz8/AwvKCb8L/z8/Pz8DQEv/C8ZHvwJ/B78L/0oJ/z8BQ/8LQcdBvz8/Pz8L/z8BfwAFBYvLwIXGQovL/z8/Pz8/Pz8L/wvF/z8Cy8vL/wK/Pz8BSX8/PwZ/Bj8Ly//EgP8BvwEKv0vAAIeFwkm/Agv/PwhL/wvIAYv/PwaJQYuDBAA/Pz8/Pz8/AL8BC/8/Av8/Pz8BS/8Dfz8/Pz8/AP8/AX8/PwK/CD8LwH8L/wb/AUvBvwDAS8GBw/8/Pz8/PwvL/z8Cy8vFA/8/Pz8/Pwv/PwS/C8r/Av8I/z8JPz8/PwF/PwCCAT8E/z8/Pz8/wb8/C/8/C/8/Pwv/Pz8Fvz8LygOIgoJ/CgeGvwN/Pwd/Pz8LxL8L/z8Lx78C/z8ERkvES8DAy/8/PwqL/z8HS/8E/z8Lw/8/PwB/Bj8APz8K/wg/Pz8E/wF/Pz8/AL8LxEvCBMG/PwC/Pz8/BcT/Pz8Cvz8Ay/9JfwvDC/8L/z8/BoNB/z8/Pwv/Pz8/Bj8/PwX/BX+K/z8/CD8CQj8/PwvA/wE/g0vIi/8/C8fABYk/Pz8/PwvBvwvCvz8/y8vIi/8/A0v/PwL/AT8/AD8/Pwv/S/8/C8q/Pz8/vwB/Pz9/Pz8/Pz8Bfz8B/z8Efz8BS/8/C/8/Pwg/CL8/PwnCvwnEfz8/PwM/C/8/PwlAS/8/PwTL/z8Bvwp/Pz+KAz8/C78/Pz8/AL/Jv38Lxf8LyP8/Pz8/PwI/PwLC/wM/AohL/wT/Pz8/AH8CvwL/C/+/PwL/PwTF/wv/PwFBg0vIQQvBBL8Axr8L/z8/C8t/An8EPwqEC8uEQ/8/C8v/P38GPz8/Pz8KhX8/C8I/Pz8/BQvBBQv/Pz8L/wK/QD8/CX8Iy8vBw/8LwD//PwdJRov/CwA/Pwv/Pwv/Pz8Ay8v/Pz8Fi8ECfwp/PwGHAYv/C/8/Bz8DPwv/PwFEvz8/Pz8HPz8HwIvL/z8/PwC/Aj8FC/8/PwW/Af8/Pz8Bgj8/Aov/CUCLwoa/Pz8AvwiBS8v/BAhL/z8/BP8/PwvJB4EEPwvEvz8/Pz8/PwH/Pz8/A38GvwEGP4v/Aj8/Pz8/i8LDgMv/P0sHPwG/Pz8CS/8D/z8Lwr//AMsLy8m/C/8/P38LyIRBPz8/Pz8/C8v/PwKLfwv/Pz8DgMVL/wTKxEv/CH8/PwkCfz8/Av9/Pz8/Bn8/C/8EfwM/BgTLyr8Lx0P/Pwv/Pwn/C8X/B4vAwcMCS8D/C/8/PwKL/z8/Ab+/BL8L/wC/A8QGfwe/BQVHAQvBRv8L/wA/C8A/PwYBPwvL/z8/CP8Ifz8/CP8/Pwv/Pz9/PwYK/z+DPwvFvwaCfwJ/AwvE/z8I/4vBwn8/AT8/PwD/C/8/Pz8L/z8AgkL/Pwv/Pz8/CL8/Pwv/PwA/PwvLy8vCPz+B/z8AvwAAPwv/Pz8L/wq/i/8Evz8/Bz//Pz8/Pz8/Pwv/Pz8B/wq/AkE/Pz8/Pz8/BYEL/wv/Pz8/PwG/Pz8FfwN/Aj8Lv8v/Pz8GCYg/Pz8IAf8/PwCGxf8/Bcv/Az8LxwLL/38Afz8/fwvGygS/A/8/Pz8/AP8/PwqKx38/Pz8/AP8Lxv8K/wR/Akv/C/8LwP8/Pz8/PwvGPwv/Pz8/PwG/PwWHwYv/AX8ECv8E/z8L/z8EC8D/C8vLy/8CPz8/Pz8/wEU/Pz8/Br8/AcvHCf8Fh0FAvz8/A0BJwov/C/8L/z8/Pwv/PwC/C/8IBD8/PwD/AsWLvz8/Pz8Axr8GfwT/Pz8//wW/Pz8/CD8/PwvL/z8/Af8/Pz8L/wA/P4v/Pz8L/z//vwCL/z8/Pwb/Pz8G/wCDfwC/Pz8/PwvL/wI/BP8CPz8BQ38JvwiLPz8/Pwv/CT8L/78EPwHL/z8Ly8v/PwD/Pz8L/wK/C/8L/z8D/z8/Pz8/PwvH/z8L/z8/BEv/Pwo/Pz8/Pwv/C4DEPwX/Pwv/PwJLxkP/C8vEPwO/Aj8/C/8B/z8/Pwv/Pz8Lw39/Pwv/Pz8LwAALvwv/Pz8E/wZ/PwXAv79ECIv//z8/CgS/Pwb/B/8LxIm/CX8/Pwv/Cr8Awn8/C/8B/wv/C/8/BQAF/wDBPz+LwX8BAP8/BAILy8v/C8vBvz8L/wH/Pz8/Pwv/Bj8/Bz8/Az8/Pwv/PwIAfwvEAr8/AA="),
        new("dw4", true, 1, 3, 3, 130, 1, 3, 3, 2, 2, 1, 1, true, TflActivation.None, false, 0,
            "b3TwotLY9O6rgBm0sc3xtoCP3yB/9yT3U98SLrUVB+9/7R/drmVpmoDc34CwgLqI0igvLBDMOVDPw7Twf3uUSn8m8//+ATPpAoAPWX+H7a7hMA7jgMY9iW/eNin3iQvlJxbtU+UG7Rb4fzz2VNU4H4ALMPbRAjATkD5sdWg+sZp99hX2TO5W6hL2QRMhT9kebVt/R4P8GsM5HLMKPhi2Po9V+QpeN01ANbPU9HcD6DXWCBsh+IA3SFfXIQkO0MwFWr1zgLzdEvJ/gKwsRwdi4fgWTYe/LqAEZPjNfyKqdQ7c3/3R+CN/96ng2ChpZcsaVxDCpCB/AQouBmffHg6Am7YMxdIFg6PPhX3I+MUVYfxRz38OOu24nFUw8H9LFVKeKdEiDICj6i0hwpyA+152Mvb8lc7505sHlQdiHH9/mEEIaeppf+5UFD3p1fbEHoDatFF/6V38Re0StuN4Lh83QdY5pUfyyOZT+38V1d/lTE+AEC7rXQ/y3VNgd3QEJBWSJKl/E0lI/MH9C65ErzQYgOvyMwSI2rn/bfnzTUOqy41B4miwCmnHOGkrMv4TYfFjfxkTtS3sG07cC8fuN/9vE4Dfw0+seHSAQzR/QL9ZsfV/vwpV0ebkpenXGfyA98KA6tEKtBPHHwrWVtrUFesE439//Cx6ljdk2X8U/KfgH2iRd/kuShyATA=="),
    ];

    /// <summary>The int32 accumulator of output <paramref name="index"/>, written from the definition (bias + Σ filter · (input - zero point) over in-image taps).</summary>
    private static long AccOf(Case c, sbyte[] input, int[] inShape, int inZero, sbyte[] filter, int[] fShape, int[] bias, Conv2DParams p, int index, int outC)
    {
        int[] outShape = c.Depthwise ? DepthwiseConv2D.OutputShape(inShape, fShape, c.OutOrMultiplier, p) : Conv2D.OutputShape(inShape, fShape, p);
        int oc = index % outC, ox = index / outC % outShape[2], oy = index / outC / outShape[2] % outShape[1], b = index / outC / outShape[2] / outShape[1];
        int padH = TflCommon.Window(p.Padding, inShape[1], c.FH, p.StrideH, p.DilationH).PadBefore;
        int padW = TflCommon.Window(p.Padding, inShape[2], c.FW, p.StrideW, p.DilationW).PadBefore;
        long acc = bias[oc];
        for (int fy = 0; fy < c.FH; fy++)
        for (int fx = 0; fx < c.FW; fx++)
        {
            int iy = oy * p.StrideH - padH + fy * p.DilationH, ix = ox * p.StrideW - padW + fx * p.DilationW;
            if (iy < 0 || iy >= inShape[1] || ix < 0 || ix >= inShape[2]) continue;
            if (c.Depthwise)
                acc += filter[(fy * c.FW + fx) * outC + oc] * (input[((b * inShape[1] + iy) * inShape[2] + ix) * inShape[3] + oc / c.OutOrMultiplier] - inZero);
            else
                for (int ic = 0; ic < c.C; ic++)
                    acc += filter[((oc * c.FH + fy) * c.FW + fx) * c.C + ic] * (input[((b * inShape[1] + iy) * inShape[2] + ix) * inShape[3] + ic] - inZero);
        }
        return acc;
    }

    [Fact]
    public void ConvolutionsAgainstTheInterpreter()
    {
        var r = new OracleLcg(77);
        foreach (var c in Cases)
        {
            int outC = c.Depthwise ? c.C * c.OutOrMultiplier : c.OutOrMultiplier;
            double inScale = 0.01 + r.Next() * 0.09;
            int inZero = r.Int(-20, 20);
            double[] filterScales = [.. Enumerable.Range(0, c.PerChannel ? outC : 1).Select(_ => 0.005 + r.Next() * 0.045)];
            int taps = c.FH * c.FW * (c.Depthwise ? 1 : c.C);
            double outScale = inScale * filterScales[0] * Math.Sqrt(taps) * 48;
            int outZero = r.Int(-10, 10);
            int[] inShape = [c.N, c.H, c.W, c.C];
            int[] filterShape = c.Depthwise ? [1, c.FH, c.FW, outC] : [outC, c.FH, c.FW, c.C];
            var input = r.Int8s(inShape.Aggregate(1, (a, b) => a * b));
            var filter = r.Int8s(filterShape.Aggregate(1, (a, b) => a * b));
            int[] bias = [.. Enumerable.Range(0, outC).Select(_ => r.Int(-3000, 3000))];

            var p = new Conv2DParams(c.StrideH, c.StrideW, c.DilationH, c.DilationW, c.Same ? TflPadding.Same : TflPadding.Valid, c.Activation);
            var stage = Int8OutputStage.Create((float)inScale, [.. filterScales.Select(s => (float)s)], outC, new QuantParams((float)outScale, outZero), c.Activation);
            int[] outShape = c.Depthwise ? DepthwiseConv2D.OutputShape(inShape, filterShape, c.OutOrMultiplier, p) : Conv2D.OutputShape(inShape, filterShape, p);
            var actual = new sbyte[outShape.Aggregate(1, (a, b) => a * b)];
            if (c.Depthwise)
                QuantizedDepthwiseConv2D.Run(input, inShape, inZero, filter, filterShape, bias, actual, c.OutOrMultiplier, p, stage);
            else
                QuantizedConv2D.Run(input, inShape, inZero, filter, filterShape, bias, actual, p, stage);
            var expected = (sbyte[])(Array)Convert.FromBase64String(c.Output);
            Assert.Equal(expected.Length, actual.Length);
            int differences = 0;
            for (int k = 0; k < actual.Length; k++)
            {
                int oc = k % outC;
                long acc = AccOf(c, input, inShape, inZero, filter, filterShape, bias, p, k, outC);
                int m = stage.Multipliers[oc], shift = stage.Shifts[oc];
                // The interpreter rescales with one rounding: floor(acc · m / 2^(31 - shift) + 1/2).
                long once = (acc * m + (1L << (30 - shift))) >> (31 - shift);
                Assert.True(expected[k] == Math.Clamp(once + outZero, stage.Min, stage.Max), $"{c.Name}[{k}]: interpreter {expected[k]}, single rounding {once + outZero}");
                // The kernel is TFLite's reference MultiplyByQuantizedMultiplier (doubling high
                // multiply, then rounding shift): the same accumulator, rounded twice.
                int twice = FixedPoint.MultiplyByQuantizedMultiplier(checked((int)acc), m, shift);
                Assert.True(actual[k] == Math.Clamp(twice + outZero, stage.Min, stage.Max), $"{c.Name}[{k}]: kernel {actual[k]}, double rounding {twice + outZero}");
                if (actual[k] != expected[k])
                {
                    differences++;
                    Assert.Equal(1, Math.Abs(actual[k] - expected[k]));
                }
            }
            Assert.True(differences == c.Differences, $"{c.Name}: {differences} outputs differ, recorded {c.Differences}");
        }
    }
}
