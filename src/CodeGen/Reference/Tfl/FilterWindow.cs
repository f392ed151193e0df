namespace Lce.CodeGen.Reference;

/// <summary>
/// The filter window of TFLite's convolutions and pools (conv_2d, depthwise_conv_2d, max/average
/// pool; float and int8) over an NHWC input: for one output pixel, the in-image taps in filter
/// order (row, then column), each as the flat input pixel and the flat filter tap. Taps outside the
/// image are skipped, which is how TFLite's reference kernels pad (zeros for float convolutions,
/// the input zero point for int8 ones, nothing at all for pools).
/// </summary>
public readonly struct FilterWindow
{
    private readonly int _inH, _inW, _fH, _fW, _strideH, _strideW, _dilationH, _dilationW, _padH, _padW;

    public FilterWindow(ReadOnlySpan<int> inputShape, int filterH, int filterW, Conv2DParams p)
        : this(inputShape, filterH, filterW, p.Padding, p.StrideH, p.StrideW, p.DilationH, p.DilationW) { }

    public FilterWindow(ReadOnlySpan<int> inputShape, Pool2DParams p)
        : this(inputShape, p.FilterH, p.FilterW, p.Padding, p.StrideH, p.StrideW, 1, 1) { }

    private FilterWindow(ReadOnlySpan<int> inputShape, int filterH, int filterW, TflPadding padding, int strideH, int strideW, int dilationH, int dilationW)
    {
        (_inH, _inW, _fH, _fW) = (inputShape[1], inputShape[2], filterH, filterW);
        (_strideH, _strideW, _dilationH, _dilationW) = (strideH, strideW, dilationH, dilationW);
        _padH = TflCommon.Window(padding, _inH, filterH, strideH, dilationH).PadBefore;
        _padW = TflCommon.Window(padding, _inW, filterW, strideW, dilationW).PadBefore;
    }

    /// <summary>Taps of output pixel (<paramref name="oy"/>, <paramref name="ox"/>) of batch <paramref name="b"/>.</summary>
    public TapEnumerator Taps(int b, int oy, int ox) => new(this, b, oy * _strideH - _padH, ox * _strideW - _padW);

    /// <summary>An in-image tap: the input pixel ((b·H + y)·W + x) and the filter tap (fy·fW + fx).</summary>
    public readonly record struct Tap(int Pixel, int FilterTap);

    public struct TapEnumerator
    {
        private readonly FilterWindow _w;
        private readonly int _b, _yOrigin, _xOrigin;
        private int _fy, _fx = -1;

        internal TapEnumerator(FilterWindow w, int b, int yOrigin, int xOrigin) => (_w, _b, _yOrigin, _xOrigin, _fy) = (w, b, yOrigin, xOrigin, 0);

        public readonly TapEnumerator GetEnumerator() => this;

        public readonly Tap Current
        {
            get
            {
                int iy = _yOrigin + _w._dilationH * _fy, ix = _xOrigin + _w._dilationW * _fx;
                return new((_b * _w._inH + iy) * _w._inW + ix, _fy * _w._fW + _fx);
            }
        }

        public bool MoveNext()
        {
            for (; _fy < _w._fH; _fy++, _fx = -1)
            {
                int iy = _yOrigin + _w._dilationH * _fy;
                if (iy < 0 || iy >= _w._inH) continue;
                while (++_fx < _w._fW)
                {
                    int ix = _xOrigin + _w._dilationW * _fx;
                    if (ix >= 0 && ix < _w._inW) return true;
                }
            }
            return false;
        }
    }
}
