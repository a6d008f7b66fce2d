namespace Starlette.Schemas.Internal;

/// <summary>PyYAML's <c>analyze_scalar</c> (with <c>allow_unicode=False</c>), reduced to what block output needs.</summary>
internal readonly record struct ScalarAnalysis(bool Empty, bool Multiline, bool AllowBlockPlain, bool AllowSingleQuoted)
{
    private const string Breaks = "\n\u0085\u2028\u2029";
    private const string Whitespace = "\0 \t\r\n\u0085\u2028\u2029";

    public static ScalarAnalysis Of(string scalar)
    {
        if (scalar.Length == 0) return new ScalarAnalysis(Empty: true, Multiline: false, AllowBlockPlain: true, AllowSingleQuoted: true);
        bool blockIndicators = false, lineBreaks = false, special = false;
        bool leadingSpace = false, leadingBreak = false, trailingSpace = false, trailingBreak = false, breakSpace = false, spaceBreak = false;
        if (scalar.StartsWith("---", StringComparison.Ordinal) || scalar.StartsWith("...", StringComparison.Ordinal)) blockIndicators = true;
        var precededByWhitespace = true;
        var followedByWhitespace = scalar.Length == 1 || Whitespace.Contains(scalar[1], StringComparison.Ordinal);
        bool previousSpace = false, previousBreak = false;
        for (var index = 0; index < scalar.Length; index++)
        {
            var ch = scalar[index];
            if (index == 0)
            {
                if ("#,[]{}&*!|>'\"%@`".Contains(ch, StringComparison.Ordinal)) blockIndicators = true;
                if (ch is '?' or ':' && followedByWhitespace) blockIndicators = true;
                if (ch == '-' && followedByWhitespace) blockIndicators = true;
            }
            else
            {
                if (ch == ':' && followedByWhitespace) blockIndicators = true;
                if (ch == '#' && precededByWhitespace) blockIndicators = true;
            }

            var isBreak = Breaks.Contains(ch, StringComparison.Ordinal);
            if (isBreak) lineBreaks = true;
            // Without allow_unicode, anything but printable ASCII and \n is special.
            if (!(ch == '\n' || ch is >= '\x20' and <= '\x7E')) special = true;
            if (ch == ' ')
            {
                if (index == 0) leadingSpace = true;
                if (index == scalar.Length - 1) trailingSpace = true;
                if (previousBreak) breakSpace = true;
                previousSpace = true;
                previousBreak = false;
            }
            else if (isBreak)
            {
                if (index == 0) leadingBreak = true;
                if (index == scalar.Length - 1) trailingBreak = true;
                if (previousSpace) spaceBreak = true;
                previousSpace = false;
                previousBreak = true;
            }
            else
            {
                previousSpace = false;
                previousBreak = false;
            }

            precededByWhitespace = Whitespace.Contains(ch, StringComparison.Ordinal);
            followedByWhitespace = index + 2 >= scalar.Length || Whitespace.Contains(scalar[index + 2], StringComparison.Ordinal);
        }

        var allowBlockPlain = !(leadingSpace || leadingBreak || trailingSpace || trailingBreak || breakSpace || spaceBreak || special || lineBreaks || blockIndicators);
        var allowSingleQuoted = !(breakSpace || spaceBreak || special);
        return new ScalarAnalysis(Empty: false, lineBreaks, allowBlockPlain, allowSingleQuoted);
    }
}
