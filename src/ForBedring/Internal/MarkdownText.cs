using System.Text;

namespace ForBedring.Internal;

/// <summary>
/// Escapes text a person typed so that, placed in Markdown, it renders as exactly that text and can never add
/// HTML, links, images, emphasis, headings, lists or code. Every renderer of Markdown in the library goes through it.
/// </summary>
/// <remarks>
/// Every ASCII punctuation character is backslash-escaped; blanks and control characters at the start or end of a line
/// become numeric character references, so no renderer trims them or reads indentation as code; NUL and unpaired
/// surrogates become U+FFFD.
/// Line breaks (CR LF, CR, LF) become LF: in <see cref="Escape"/> a hard line break (backslash, newline), in
/// <see cref="EscapeInline"/> a space. Line breaks at the very end of the text are dropped, since a renderer drops a
/// hard break at the end of a paragraph anyway. Markdig trims white space at the edges of a table cell even when written as
/// references; that is the only other loss. Checked against Markdig (CommonMark, and its advanced extensions) by
/// property tests.
/// </remarks>
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
        // A hard line break at the end of a paragraph is dropped by every renderer, so trailing line breaks are too.
        var normalised = text.Replace("\r\n", "\n").Replace('\r', '\n');
        var lines = multiline ? normalised.TrimEnd('\n').Split('\n') : [normalised.Replace('\n', ' ')];
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
            while (start < end && IsEdgeBlank(line[start]))
            {
                start++;
            }

            while (end > start && IsEdgeBlank(line[end - 1]))
            {
                end--;
            }

            // Leading and trailing blanks would be dropped (or turn into code blocks and breaks): keep them as entities.
            for (var i = 0; i < start; i++)
            {
                AppendEntity(builder, line[i]);
            }

            for (var i = start; i < end; i++)
            {
                var c = line[i];
                if (c is (>= '!' and <= '/') or (>= ':' and <= '@') or (>= '[' and <= '`') or (>= '{' and <= '~'))
                {
                    builder.Append('\\').Append(c);
                }
                else if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(line[i + 1]))
                {
                    builder.Append(c).Append(line[++i]);
                }
                else if (c == '\0' || char.IsSurrogate(c))
                {
                    // Neither can be written as UTF-8 (and renderers choke on them): the replacement character stands in.
                    builder.Append('\uFFFD');
                }
                else
                {
                    builder.Append(c);
                }
            }

            for (var i = end; i < line.Length; i++)
            {
                AppendEntity(builder, line[i]);
            }
        }
    }

    /// <summary>Tells whether a character at the start or end of a line could be trimmed by a renderer: ASCII blanks and controls.</summary>
    private static bool IsEdgeBlank(char c) => c is <= ' ' and not '\0';

    private static void AppendEntity(StringBuilder builder, char c)
        => builder.Append("&#").Append(((int)c).ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(';');
}
