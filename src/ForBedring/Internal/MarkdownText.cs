using System.Text;

namespace ForBedring.Internal;

/// <summary>
/// Escapes text a person typed so that, placed in Markdown, it renders as exactly that text and can never add
/// HTML, links, images, emphasis, headings, lists or code. Every renderer of Markdown in the library goes through it.
/// </summary>
internal static class MarkdownText
{
    /// <summary>Escapes <paramref name="text"/> for a paragraph or list item; line breaks stay as hard line breaks.</summary>
    public static string Escape(string text)
    {
        Guard.NotNull(text, nameof(text));
        var builder = new StringBuilder(text.Length + 16);
        AppendEscaped(builder, text, multiline: true);
        return builder.ToString();
    }

    /// <summary>Escapes <paramref name="text"/> for one line (a heading, a table cell): line breaks become spaces.</summary>
    public static string EscapeInline(string text)
    {
        Guard.NotNull(text, nameof(text));
        var builder = new StringBuilder(text.Length + 16);
        AppendEscaped(builder, text, multiline: false);
        return builder.ToString();
    }

    /// <summary>Appends <paramref name="text"/> escaped as by <see cref="Escape"/> or <see cref="EscapeInline"/>.</summary>
    public static void AppendEscaped(StringBuilder builder, string text, bool multiline)
    {
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        for (var l = 0; l < lines.Length; l++)
        {
            if (l > 0)
            {
                // A backslash at the end of a line is CommonMark's hard line break; a space keeps one-line contexts whole.
                builder.Append(multiline ? "\\\n" : " ");
            }

            var line = lines[l];
            var start = 0;
            var end = line.Length;
            while (start < end && (line[start] == ' ' || line[start] == '\t'))
            {
                start++;
            }

            while (end > start && (line[end - 1] == ' ' || line[end - 1] == '\t'))
            {
                end--;
            }

            // Leading and trailing blanks would be dropped (or turn into code blocks and breaks): keep them as entities.
            for (var i = 0; i < start; i++)
            {
                builder.Append(line[i] == ' ' ? "&#32;" : "&#9;");
            }

            for (var i = start; i < end; i++)
            {
                var c = line[i];
                if (c is (>= '!' and <= '/') or (>= ':' and <= '@') or (>= '[' and <= '`') or (>= '{' and <= '~'))
                {
                    builder.Append('\\').Append(c);
                }
                else if (c == '\0')
                {
                    builder.Append('\uFFFD');
                }
                else
                {
                    builder.Append(c);
                }
            }

            for (var i = end; i < line.Length; i++)
            {
                builder.Append(line[i] == ' ' ? "&#32;" : "&#9;");
            }
        }
    }
}
