namespace Lce.FileCheck.Regex;

/// <summary>
/// Parses POSIX extended regular expressions with the dialect rules of llvm::Regex
/// (Henry Spencer's engine): empty branches are errors, double repetition operators are
/// errors, '\1'..'\9' are back-references, any other escaped character is literal,
/// '{' is literal unless a digit follows, bounds are at most 255.
/// </summary>
internal sealed class PosixRegexParser
{
    private const int DupMax = 255;
    private readonly string _p;
    private readonly bool _ignoreCase;
    private int _pos;
    private int _groupCount;
    private readonly HashSet<int> _closedGroups = [];

    private PosixRegexParser(string pattern, bool ignoreCase)
    {
        _p = pattern;
        _ignoreCase = ignoreCase;
    }

    public static (RegexNode Root, int GroupCount) Parse(string pattern, bool ignoreCase)
    {
        var parser = new PosixRegexParser(pattern, ignoreCase);
        var root = parser.ParseAlternation(topLevel: true);
        if (parser._pos < parser._p.Length) throw new RegexSyntaxException(RegexSyntaxException.Paren);
        return (root, parser._groupCount);
    }

    private bool More => _pos < _p.Length;
    private char Peek => _p[_pos];

    private RegexNode ParseAlternation(bool topLevel)
    {
        var branches = new List<RegexNode> { ParseBranch(topLevel) };
        while (More && Peek == '|')
        {
            _pos++;
            branches.Add(ParseBranch(topLevel));
        }
        return branches.Count == 1 ? branches[0] : new AlternationNode(branches);
    }

    private RegexNode ParseBranch(bool topLevel)
    {
        var items = new List<RegexNode>();
        while (More && Peek != '|' && !(Peek == ')' && !topLevel))
            items.Add(ParseRepeated());
        if (items.Count == 0) throw new RegexSyntaxException(RegexSyntaxException.Empty);
        return items.Count == 1 ? items[0] : new ConcatNode(items);
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private bool AtRepetitionOperator()
    {
        if (!More) return false;
        char c = Peek;
        return c is '*' or '+' or '?' || (c == '{' && _pos + 1 < _p.Length && IsDigit(_p[_pos + 1]));
    }

    private RegexNode ParseRepeated()
    {
        bool wasCaret = More && Peek == '^';
        var atom = ParseAtom();
        if (!AtRepetitionOperator()) return atom;
        if (wasCaret) throw new RegexSyntaxException(RegexSyntaxException.BadRepeat);
        char op = _p[_pos++];
        RegexNode result = op switch
        {
            '*' => new RepeatNode(atom, 0, -1),
            '+' => new RepeatNode(atom, 1, -1),
            '?' => new RepeatNode(atom, 0, 1),
            _ => ParseBound(atom),
        };
        if (AtRepetitionOperator()) throw new RegexSyntaxException(RegexSyntaxException.BadRepeat);
        return result;
    }

    private RegexNode ParseBound(RegexNode atom)
    {
        int min = ParseCount();
        int max = min;
        if (More && Peek == ',')
        {
            _pos++;
            if (More && IsDigit(Peek))
            {
                max = ParseCount();
                if (min > max) throw new RegexSyntaxException(RegexSyntaxException.BadBound);
            }
            else max = -1;
        }
        if (!More || Peek != '}')
        {
            while (More && Peek != '}') _pos++;
            throw new RegexSyntaxException(More ? RegexSyntaxException.BadBound : RegexSyntaxException.Brace);
        }
        _pos++;
        return new RepeatNode(atom, min, max);
    }

    private int ParseCount()
    {
        int count = 0, digits = 0;
        while (More && IsDigit(Peek) && count <= DupMax)
        {
            count = count * 10 + (Peek - '0');
            _pos++;
            digits++;
        }
        if (digits == 0 || count > DupMax) throw new RegexSyntaxException(RegexSyntaxException.BadBound);
        return count;
    }

    private RegexNode ParseAtom()
    {
        char c = _p[_pos++];
        switch (c)
        {
            case '(':
                if (!More) throw new RegexSyntaxException(RegexSyntaxException.Paren);
                int index = ++_groupCount;
                RegexNode? body = null;
                if (Peek != ')') body = ParseAlternation(topLevel: false);
                if (!More || Peek != ')') throw new RegexSyntaxException(RegexSyntaxException.Paren);
                _pos++;
                _closedGroups.Add(index);
                return new GroupNode(index, body);
            case ')':
                throw new RegexSyntaxException(RegexSyntaxException.Paren);
            case '^':
                return new AnchorNode(true);
            case '$':
                return new AnchorNode(false);
            case '|':
                throw new RegexSyntaxException(RegexSyntaxException.Empty);
            case '*' or '+' or '?':
                throw new RegexSyntaxException(RegexSyntaxException.BadRepeat);
            case '.':
                return new CharClassNode(CharSet.AllExcept('\n'));
            case '[':
                return new CharClassNode(BracketParser.Parse(_p, ref _pos, _ignoreCase));
            case '\\':
                if (!More) throw new RegexSyntaxException(RegexSyntaxException.Escape);
                char e = _p[_pos++];
                if (e is >= '1' and <= '9')
                {
                    int n = e - '0';
                    if (!_closedGroups.Contains(n)) throw new RegexSyntaxException(RegexSyntaxException.SubReg);
                    return new BackrefNode(n);
                }
                return Literal(e);
            case '{':
                if (More && IsDigit(Peek)) throw new RegexSyntaxException(RegexSyntaxException.BadRepeat);
                return Literal(c);
            default:
                return Literal(c);
        }
    }

    private CharClassNode Literal(char c)
    {
        var set = CharSet.Of(c);
        if (_ignoreCase) set.AddOtherCases();
        return new CharClassNode(set);
    }
}
