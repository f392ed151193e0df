using Lce.Serialization.FlexBuffers;

namespace Lce.Tests.Serialization.FlexBuffers;

/// <summary>Calls that C++ only asserts on are reported with exceptions, and leave nothing half-written.</summary>
public class BuilderMisuseTests
{
    [Fact]
    public void MapsNeedKeyValuePairsWithDistinctKeys()
    {
        var b = new FlexBufferBuilder();
        int m = b.StartMap();
        b.Key("a");
        Assert.Throws<InvalidOperationException>(() => b.EndMap(m));        // a key without a value

        b = new FlexBufferBuilder();
        m = b.StartMap();
        b.Int(1);
        b.Int(2);
        Assert.Contains("Int where its key should be", Assert.Throws<InvalidOperationException>(() => b.EndMap(m)).Message);

        b = new FlexBufferBuilder();
        m = b.StartMap();
        b.Int("same", 1);
        b.Int("other", 2);
        b.Int("same", 3);
        Assert.Contains("\"same\" twice", Assert.Throws<InvalidOperationException>(() => b.EndMap(m)).Message);
    }

    [Fact]
    public void TypedVectorsNeedOneElementTypeAndFixedOnesTwoToFourNumbers()
    {
        var b = new FlexBufferBuilder();
        int v = b.StartVector();
        b.Int(1);
        b.UInt(2);
        Assert.Throws<InvalidOperationException>(() => b.EndVector(v, typed: true));
        int size = b.Size;
        Assert.Throws<InvalidOperationException>(() => b.EndVector(v, typed: true, fixedLength: true));
        Assert.Equal(size, b.Size); // nothing was written

        b = new FlexBufferBuilder();
        v = b.StartVector();
        for (int i = 0; i < 5; i++) b.Int(i);
        Assert.Throws<InvalidOperationException>(() => b.EndVector(v, typed: true, fixedLength: true));

        b = new FlexBufferBuilder();
        v = b.StartVector();
        b.Bool(true);
        b.Bool(false);
        Assert.Throws<InvalidOperationException>(() => b.EndVector(v, typed: true, fixedLength: true));
        Assert.Throws<ArgumentException>(() => b.EndVector(v, typed: false, fixedLength: true));

        b = new FlexBufferBuilder();
        v = b.StartVector();
        b.Map(x => x.Int("a", 1));
        Assert.Throws<InvalidOperationException>(() => b.EndVector(v, typed: true)); // maps are not typed elements
        Assert.Throws<ArgumentOutOfRangeException>(() => b.EndVector(5));
    }

    [Fact]
    public void ScalarVectorsCheckTheirLengthAndElementType()
    {
        var b = new FlexBufferBuilder();
        Assert.Throws<ArgumentException>(() => b.ScalarVector<byte>(new byte[256]));
        Assert.Throws<ArgumentException>(() => b.ScalarVector<decimal>([1m]));
        Assert.Throws<ArgumentException>(() => b.FixedTypedVector<int>([1]));
        Assert.Throws<ArgumentException>(() => b.FixedTypedVector<bool>([true, false]));
        Assert.Equal(0, b.Size);
        b.ScalarVector<byte>(new byte[255]);
        b.ScalarVector<ushort>(new ushort[256]);
    }

    [Fact]
    public void FinishNeedsExactlyOneRootAndEndsTheBuffer()
    {
        var b = new FlexBufferBuilder();
        Assert.Throws<InvalidOperationException>(() => b.Finish());
        b.Int(1);
        b.Int(2);
        Assert.Throws<InvalidOperationException>(() => b.Finish());
        Assert.Throws<InvalidOperationException>(() => b.GetBuffer());

        b = new FlexBufferBuilder();
        b.Int(1);
        b.Finish();
        Assert.True(b.IsFinished);
        Assert.Throws<InvalidOperationException>(() => b.Int(2));
        Assert.Throws<InvalidOperationException>(() => b.Finish());
        b.Clear();
        b.String("again");
        b.Finish();
        Assert.Equal("again", FlexBufferReader.GetRoot(b.GetBuffer()).AsString());
    }

    [Fact]
    public void KeysCannotContainNul()
    {
        var b = new FlexBufferBuilder();
        Assert.Throws<ArgumentException>(() => b.Key("a\0b"));
        Assert.Throws<InvalidOperationException>(() => b.LastValue());
    }
}
