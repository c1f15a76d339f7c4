// Provides the syntax highlighting of the pretty-printed JSON body, with URLs made links.
using System.Text.Json;

namespace RestFramework.BrowsableApi;

/// <summary>Turns indented JSON text into escaped HTML: keys, strings, numbers and literals in spans, http(s) URLs as links.</summary>
internal static class JsonHighlighter
{
    public static void Write(HtmlWriter html, string json)
    {
        var i = 0;
        while (i < json.Length)
        {
            var c = json[i];
            if (c == '"')
            {
                var end = StringEnd(json, i);
                var token = json[i..end];
                var next = end;
                while (next < json.Length && json[next] == ' ')
                {
                    next++;
                }
                if (next < json.Length && json[next] == ':')
                {
                    html.Raw("<span class=\"key\">").Text(token).Raw("</span>");
                }
                else
                {
                    WriteString(html, token);
                }
                i = end;
            }
            else if (c == '-' || char.IsAsciiDigit(c))
            {
                var end = i + 1;
                while (end < json.Length && (char.IsAsciiDigit(json[end]) || json[end] is '.' or 'e' or 'E' or '+' or '-'))
                {
                    end++;
                }
                html.Raw("<span class=\"num\">").Text(json[i..end]).Raw("</span>");
                i = end;
            }
            else if (char.IsAsciiLetter(c))
            {
                var end = i + 1;
                while (end < json.Length && char.IsAsciiLetter(json[end]))
                {
                    end++;
                }
                html.Raw("<span class=\"lit\">").Text(json[i..end]).Raw("</span>");
                i = end;
            }
            else if (c is ' ' or '\n')
            {
                html.Raw(c == ' ' ? " " : "\n");
                i++;
            }
            else
            {
                html.Text(c.ToString());
                i++;
            }
        }
    }

    private static void WriteString(HtmlWriter html, string token)
    {
        string? value = null;
        try
        {
            value = JsonSerializer.Deserialize<string>(token);
        }
        catch (JsonException)
        {
            // Not a complete string token: shown as text.
        }
        if (value is not null && IsLink(value))
        {
            html.Raw("<span class=\"str\">\"<a").Attr("href", value).Attr("rel", "nofollow").Raw(">")
                .Text(token[1..^1]).Raw("</a>\"</span>");
            return;
        }
        html.Raw("<span class=\"str\">").Text(token).Raw("</span>");
    }

    /// <summary>Whether a string value is an absolute http(s) URL without whitespace (Django's <c>urlize</c> links these).</summary>
    public static bool IsLink(string value) =>
        (value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        && !value.AsSpan().ContainsAny(" \t\r\n\"<>")
        && Uri.TryCreate(value, UriKind.Absolute, out _);

    private static int StringEnd(string json, int start)
    {
        var i = start + 1;
        while (i < json.Length)
        {
            if (json[i] == '\\')
            {
                i += 2;
                continue;
            }
            if (json[i] == '"')
            {
                return i + 1;
            }
            i++;
        }
        return json.Length;
    }
}
