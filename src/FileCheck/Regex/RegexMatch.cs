namespace Lce.FileCheck.Regex;

/// <summary>
/// A successful match: <see cref="Groups"/> holds start/end pairs, pair 0 being the whole
/// match; a group that did not participate has -1 in both slots.
/// </summary>
public sealed class RegexMatch(int[] groups)
{
    public int[] Groups { get; } = groups;
    public int Start => Groups[0];
    public int End => Groups[1];
    public int Length => End - Start;

    public bool GroupMatched(int index) => Groups[2 * index] >= 0;

    public string GroupValue(string text, int index) =>
        GroupMatched(index) ? text.Substring(Groups[2 * index], Groups[2 * index + 1] - Groups[2 * index]) : "";
}
