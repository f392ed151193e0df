using System.Text;

namespace Lce.IR.Affine;

/// <summary>Printing pieces shared by maps and integer sets.</summary>
internal static class AffinePrinting
{
    /// <summary>"(d0, d1)[s0]"; the symbol list is omitted when there are no symbols.</summary>
    public static void AppendIdentifierLists(StringBuilder sb, int numDims, int numSymbols)
    {
        sb.Append('(');
        for (int i = 0; i < numDims; i++)
        {
            if (i > 0) sb.Append(", ");
            sb.Append('d').Append(i);
        }
        sb.Append(')');
        if (numSymbols == 0) return;
        sb.Append('[');
        for (int i = 0; i < numSymbols; i++)
        {
            if (i > 0) sb.Append(", ");
            sb.Append('s').Append(i);
        }
        sb.Append(']');
    }
}
