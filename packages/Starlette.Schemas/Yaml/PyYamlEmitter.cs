using System.Globalization;
using System.Text;

namespace Starlette.Schemas.Internal;

/// <summary>
/// PyYAML's emitter with <c>yaml.dump</c>'s defaults and <c>default_flow_style=False</c>: block mappings and
/// sequences (a sequence in a mapping is not indented), <c>{}</c> / <c>[]</c> for empty ones, indent 2, width 80,
/// plain scalars where they read back unchanged, else single quotes, else double quotes with escapes (non-ASCII
/// is escaped, as <c>allow_unicode</c> is off).
/// </summary>
internal sealed class PyYamlEmitter
{
    private const int BestIndent = 2;
    private const int BestWidth = 80;
    private const string Breaks = "\n\u0085\u2028\u2029";

    private readonly StringBuilder _out = new();
    private readonly Stack<int?> _indents = new();
    private readonly HashSet<YamlNode> _serialized = new(ReferenceEqualityComparer.Instance);
    private int? _indent;
    private int _column;
    private bool _whitespace = true;
    private bool _indention = true;
    private bool _openEnded;

    public static string Emit(YamlNode root)
    {
        var emitter = new PyYamlEmitter();
        emitter.Node(root, root: true, mapping: false, simpleKey: false);
        emitter.WriteIndent(); // document end
        if (emitter._openEnded)
        {
            emitter.WriteIndicator("...", needWhitespace: true);
            emitter.WriteIndent();
        }

        return emitter._out.ToString();
    }

    private void Node(YamlNode node, bool root, bool mapping, bool simpleKey)
    {
        if (node.Anchor is not null && !_serialized.Add(node))
        {
            WriteIndicator("*" + node.Anchor, needWhitespace: true);
            return;
        }

        _serialized.Add(node);
        if (node.Anchor is not null) WriteIndicator("&" + node.Anchor, needWhitespace: true);
        switch (node)
        {
            case YamlScalarNode scalar:
                IncreaseIndent(flow: true, indentless: false);
                Scalar(scalar, root, simpleKey);
                _indent = _indents.Pop();
                break;
            case YamlSequenceNode { Items.Count: 0 }:
                WriteIndicator("[", needWhitespace: true, whitespace: true);
                WriteIndicator("]", needWhitespace: false);
                break;
            case YamlMappingNode { Entries.Count: 0 }:
                WriteIndicator("{", needWhitespace: true, whitespace: true);
                WriteIndicator("}", needWhitespace: false);
                break;
            case YamlSequenceNode sequence:
                IncreaseIndent(flow: false, indentless: mapping && !_indention);
                foreach (var item in sequence.Items)
                {
                    WriteIndent();
                    WriteIndicator("-", needWhitespace: true, indention: true);
                    Node(item, root: false, mapping: false, simpleKey: false);
                }

                _indent = _indents.Pop();
                break;
            case YamlMappingNode map:
                IncreaseIndent(flow: false, indentless: false);
                foreach (var (key, value) in map.Entries) Entry(key, value);
                _indent = _indents.Pop();
                break;
        }
    }

    private void Entry(YamlNode key, YamlNode value)
    {
        WriteIndent();
        if (IsSimpleKey(key))
        {
            Node(key, root: false, mapping: true, simpleKey: true);
            WriteIndicator(":", needWhitespace: false);
        }
        else
        {
            WriteIndicator("?", needWhitespace: true, indention: true);
            Node(key, root: false, mapping: true, simpleKey: false);
            WriteIndent();
            WriteIndicator(":", needWhitespace: true, indention: true);
        }

        Node(value, root: false, mapping: true, simpleKey: false);
    }

    private bool IsSimpleKey(YamlNode key)
    {
        var alias = key.Anchor is not null && _serialized.Contains(key);
        var length = key.Anchor?.Length ?? 0;
        if (alias) return length < 128;
        return key switch
        {
            YamlScalarNode scalar => length + scalar.Text.Length < 128 && ScalarAnalysis.Of(scalar.Text) is { Empty: false, Multiline: false },
            YamlSequenceNode sequence => length < 128 && sequence.Items.Count == 0,
            YamlMappingNode mapping => length < 128 && mapping.Entries.Count == 0,
            _ => false,
        };
    }

    private void Scalar(YamlScalarNode scalar, bool root, bool simpleKey)
    {
        var analysis = ScalarAnalysis.Of(scalar.Text);
        var split = !simpleKey;
        if (scalar.PlainImplicit && !(simpleKey && (analysis.Empty || analysis.Multiline)) && analysis.AllowBlockPlain)
        {
            if (root) _openEnded = true;
            WritePlain(scalar.Text, split);
        }
        else if (analysis.AllowSingleQuoted && !(simpleKey && analysis.Multiline))
        {
            WriteSingleQuoted(scalar.Text, split);
        }
        else
        {
            WriteDoubleQuoted(scalar.Text, split);
        }
    }

    private void IncreaseIndent(bool flow, bool indentless)
    {
        _indents.Push(_indent);
        if (_indent is null) _indent = flow ? BestIndent : 0;
        else if (!indentless) _indent += BestIndent;
    }

    private void WriteIndicator(string indicator, bool needWhitespace, bool whitespace = false, bool indention = false)
    {
        var data = _whitespace || !needWhitespace ? indicator : " " + indicator;
        _whitespace = whitespace;
        _indention = _indention && indention;
        _openEnded = false;
        Write(data);
    }

    private void WriteIndent()
    {
        var indent = _indent ?? 0;
        if (!_indention || _column > indent || (_column == indent && !_whitespace)) WriteLineBreak();
        if (_column < indent)
        {
            _whitespace = true;
            _out.Append(' ', indent - _column);
            _column = indent;
        }
    }

    private void WriteLineBreak(char? data = null)
    {
        _whitespace = true;
        _indention = true;
        _column = 0;
        _out.Append(data ?? '\n');
    }

    private void Write(string data)
    {
        _column += data.Length;
        _out.Append(data);
    }

    private void WritePlain(string text, bool split)
    {
        if (text.Length == 0) return;
        if (!_whitespace) Write(" ");
        _whitespace = false;
        _indention = false;
        bool spaces = false, breaks = false;
        int start = 0;
        for (var end = 0; end <= text.Length; end++)
        {
            char? ch = end < text.Length ? text[end] : null;
            if (spaces)
            {
                if (ch != ' ')
                {
                    if (start + 1 == end && _column > BestWidth && split)
                    {
                        WriteIndent();
                        _whitespace = false;
                        _indention = false;
                    }
                    else
                    {
                        Write(text[start..end]);
                    }

                    start = end;
                }
            }
            else if (breaks)
            {
                if (ch is null || !Breaks.Contains(ch.Value, StringComparison.Ordinal))
                {
                    WriteBreaks(text, start, end);
                    _whitespace = false;
                    _indention = false;
                    start = end;
                }
            }
            else if (ch is null || ch == ' ' || Breaks.Contains(ch.Value, StringComparison.Ordinal))
            {
                Write(text[start..end]);
                start = end;
            }

            if (ch is not null)
            {
                spaces = ch == ' ';
                breaks = Breaks.Contains(ch.Value, StringComparison.Ordinal);
            }
        }
    }

    private void WriteSingleQuoted(string text, bool split)
    {
        WriteIndicator("'", needWhitespace: true);
        bool spaces = false, breaks = false;
        int start = 0;
        for (var end = 0; end <= text.Length; end++)
        {
            char? ch = end < text.Length ? text[end] : null;
            if (spaces)
            {
                if (ch is null || ch != ' ')
                {
                    if (start + 1 == end && _column > BestWidth && split && start != 0 && end != text.Length) WriteIndent();
                    else Write(text[start..end]);
                    start = end;
                }
            }
            else if (breaks)
            {
                if (ch is null || !Breaks.Contains(ch.Value, StringComparison.Ordinal))
                {
                    WriteBreaks(text, start, end);
                    start = end;
                }
            }
            else if (ch is null || ch == ' ' || ch == '\'' || Breaks.Contains(ch.Value, StringComparison.Ordinal))
            {
                if (start < end)
                {
                    Write(text[start..end]);
                    start = end;
                }
            }

            if (ch == '\'')
            {
                Write("''");
                start = end + 1;
            }

            if (ch is not null)
            {
                spaces = ch == ' ';
                breaks = Breaks.Contains(ch.Value, StringComparison.Ordinal);
            }
        }

        WriteIndicator("'", needWhitespace: false);
    }

    private void WriteBreaks(string text, int start, int end)
    {
        if (text[start] == '\n') WriteLineBreak();
        for (var i = start; i < end; i++) WriteLineBreak(text[i]);
        WriteIndent();
    }

    private void WriteDoubleQuoted(string text, bool split)
    {
        WriteIndicator("\"", needWhitespace: true);
        int start = 0;
        for (var end = 0; end <= text.Length; end++)
        {
            char? ch = end < text.Length ? text[end] : null;
            if (ch is null || "\"\\\u0085\u2028\u2029\uFEFF".Contains(ch.Value, StringComparison.Ordinal) || ch is not (>= '\x20' and <= '\x7E'))
            {
                if (start < end)
                {
                    Write(text[start..end]);
                    start = end;
                }

                if (ch is { } c)
                {
                    if (char.IsHighSurrogate(c) && end + 1 < text.Length && char.IsLowSurrogate(text[end + 1]))
                    {
                        Write("\\U" + char.ConvertToUtf32(c, text[end + 1]).ToString("X8", CultureInfo.InvariantCulture));
                        end++;
                    }
                    else
                    {
                        Write(Escape(c));
                    }

                    start = end + 1;
                }
            }

            if (end > 0 && end < text.Length - 1 && (ch == ' ' || start >= end) && _column + (end - start) > BestWidth && split)
            {
                var data = (start < end ? text[start..end] : "") + "\\";
                if (start < end) start = end;
                Write(data);
                WriteIndent();
                _whitespace = false;
                _indention = false;
                if (text[start] == ' ') Write("\\");
            }
        }

        WriteIndicator("\"", needWhitespace: false);
    }

    private static string Escape(char c) => c switch
    {
        '\0' => "\\0",
        '\x07' => "\\a",
        '\x08' => "\\b",
        '\x09' => "\\t",
        '\x0A' => "\\n",
        '\x0B' => "\\v",
        '\x0C' => "\\f",
        '\x0D' => "\\r",
        '\x1B' => "\\e",
        '"' => "\\\"",
        '\\' => "\\\\",
        '\u0085' => "\\N",
        '\u00A0' => "\\_",
        '\u2028' => "\\L",
        '\u2029' => "\\P",
        <= '\xFF' => "\\x" + ((int)c).ToString("X2", CultureInfo.InvariantCulture),
        _ => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
    };
}
