using System.Text;

namespace Starlette.Typed;

/// <summary>The header name a parameter name stands for: <c>userAgent</c> and <c>user_agent</c> read <c>user-agent</c>.</summary>
internal static class HeaderNames
{
    public static string FromParameter(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c == '_') c = '-';
            else if (char.IsUpper(c) && i > 0 && text[^1] != '-') text.Append('-');
            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }
}
