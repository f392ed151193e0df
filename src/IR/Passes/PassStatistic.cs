namespace Lce.IR.Passes;

/// <summary>A counter a pass increments (MLIR's Pass::Statistic); thread-safe.</summary>
public sealed class PassStatistic(string name, string description)
{
    private long _value;
    public string Name { get; } = name;
    public string Description { get; } = description;
    public long Value => Interlocked.Read(ref _value);
    public void Add(long n = 1) => Interlocked.Add(ref _value, n);
    public void Reset() => Interlocked.Exchange(ref _value, 0);

    public static PassStatistic operator ++(PassStatistic s) { s.Add(); return s; }
    public static PassStatistic operator +(PassStatistic s, long n) { s.Add(n); return s; }
}
