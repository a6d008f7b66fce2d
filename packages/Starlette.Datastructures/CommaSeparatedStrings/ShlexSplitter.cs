using System.Text;
using Starlette.Common;

namespace Starlette.Datastructures;

/// <summary>
/// Python's <c>shlex.shlex(text, posix=True)</c> with <c>whitespace=","</c> and <c>whitespace_split=True</c>, as
/// upstream's <c>CommaSeparatedStrings</c> configures it, followed by <c>strip()</c> of each token.
/// </summary>
internal static class ShlexSplitter
{
    private const char Word = 'a';
    private const char Between = ' ';

    public static string[] Split(string text, string parameterName)
    {
        var items = new List<string>();
        var token = new StringBuilder();
        var state = Between;
        var escapedState = Word;
        var quoted = false;
        var i = 0;
        while (true)
        {
            var atEnd = i >= text.Length;
            var c = atEnd ? '\0' : text[i++];
            switch (state)
            {
                case Between:
                    if (atEnd) return Finish(items, token, quoted);
                    if (c == ',')
                    {
                        if (token.Length > 0 || quoted) Emit(items, token, ref quoted);
                    }
                    else if (c == '#')
                    {
                        i = SkipLine(text, i);
                    }
                    else if (c == '\\')
                    {
                        escapedState = Word;
                        state = c;
                    }
                    else if (c is '\'' or '"')
                    {
                        state = c;
                    }
                    else
                    {
                        token.Append(c);
                        state = Word;
                    }

                    break;

                case '\'':
                case '"':
                    quoted = true;
                    if (atEnd) throw new ArgumentException("No closing quotation", parameterName);
                    if (c == state)
                    {
                        state = Word;
                    }
                    else if (c == '\\' && state == '"')
                    {
                        escapedState = state;
                        state = c;
                    }
                    else
                    {
                        token.Append(c);
                    }

                    break;

                case '\\':
                    if (atEnd) throw new ArgumentException("No escaped character", parameterName);
                    // Inside quotes only the quote itself or the backslash can be escaped.
                    if (escapedState is '\'' or '"' && c != state && c != escapedState) token.Append(state);
                    token.Append(c);
                    state = escapedState;
                    break;

                default: // Word
                    if (atEnd) return Finish(items, token, quoted);
                    if (c == ',')
                    {
                        state = Between;
                        if (token.Length > 0 || quoted) Emit(items, token, ref quoted);
                    }
                    else if (c == '#')
                    {
                        i = SkipLine(text, i);
                        state = Between;
                        if (token.Length > 0 || quoted) Emit(items, token, ref quoted);
                    }
                    else if (c is '\'' or '"')
                    {
                        state = c;
                    }
                    else if (c == '\\')
                    {
                        escapedState = Word;
                        state = c;
                    }
                    else
                    {
                        token.Append(c);
                    }

                    break;
            }
        }
    }

    // A comment runs to the end of the line, newline included.
    private static int SkipLine(string text, int i)
    {
        var newline = text.IndexOf('\n', i);
        return newline < 0 ? text.Length : newline + 1;
    }

    private static void Emit(List<string> items, StringBuilder token, ref bool quoted)
    {
        items.Add(PythonText.Strip(token.ToString()).ToString());
        token.Clear();
        quoted = false;
    }

    private static string[] Finish(List<string> items, StringBuilder token, bool quoted)
    {
        // At the end of the text, an empty token that was never quoted means "no more tokens".
        if (token.Length > 0 || quoted) Emit(items, token, ref quoted);
        return items.ToArray();
    }
}
