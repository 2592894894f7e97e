using System.Net;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using ForBedring.Internal;
using Markdig;

namespace ForBedring.Tests.Internal;

/// <summary>
/// Escaped text, rendered by a CommonMark renderer (Markdig, plain and with its advanced extensions: pipe tables,
/// autolinks, emphasis extras ...), gives back the text — line breaks normalised to LF, which come back as
/// <c>&lt;br /&gt;</c> — and no element other than the paragraph, the line break, and the heading or table cell it was put in.
/// </summary>
public sealed partial class MarkdownTextTests
{
    private static readonly MarkdownPipeline Plain = new MarkdownPipelineBuilder().Build();
    private static readonly MarkdownPipeline Advanced = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    /// <summary>Characters that break Markdown, HTML or both, mixed into the generated strings.</summary>
    private static readonly string[] Nasty =
    [
        "<script>alert(1)</script>", "[x](y)", "![i](j)", "*", "**", "_", "`", "```", "~~~", "#", "|", "\\", "&amp;", "&#32;",
        "&lt;", "&", "<", ">", " ", "  ", "\t", "\r", "\n", "\r\n", "\u000b", "\u000c", "\u0001", "\u007f", "\ud83d\ude00",
        "\ud800", "\udc00", "1.", "1)", "-", "+", "=", "---", "===", "> ", "<!--", "-->", "http://example.com", "www.example.com",
        "a@b.no", "[^1]", "$$", ":smile:", "<div>", "    code", "\\\n", "~", "^", "[ ]", "- [x]", "<https://x.no>",
        "\u00a0", "\u2028", "æøå", "{.class}", "{#id}",
    ];

    public static Arbitrary<string> NastyStrings() =>
        Gen.ListOf(Gen.OneOf(Gen.Elements(Nasty), ArbMap.Default.GeneratorFor<char>().Select(c => c.ToString()), ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty)))
            .Select(parts => string.Concat(parts))
            .ToArbitrary();

    [Fact]
    public void Escape_AnyString_RendersBackAsTheTextInAParagraph()
    {
        Prop.ForAll(NastyStrings(), text =>
        {
            foreach (var pipeline in new[] { Plain, Advanced })
            {
                var html = Markdown.ToHtml(MarkdownText.Escape(text), pipeline);
                AssertOnly(html, text, "p", "br");
                Assert.Equal(Normalise(text), Text(html));
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500));
    }

    [Fact]
    public void EscapeInline_AnyString_RendersBackInAHeadingWithLineBreaksAsSpaces()
    {
        Prop.ForAll(NastyStrings(), text =>
        {
            foreach (var pipeline in new[] { Plain, Advanced })
            {
                var html = Markdown.ToHtml("## " + MarkdownText.EscapeInline(text), pipeline);
                AssertOnly(html, text, "h2");
                Assert.Equal(OneLine(text), Text(html));
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    [Fact]
    public void EscapeInline_AnyString_StaysInItsTableCell()
    {
        Prop.ForAll(NastyStrings(), NastyStrings(), (a, b) =>
        {
            var table = "| A | B |\n| --- | --- |\n| " + MarkdownText.EscapeInline(a) + " | " + MarkdownText.EscapeInline(b) + " |\n";
            var html = Markdown.ToHtml(table, Advanced);
            AssertOnly(html, a + b, "table", "thead", "tbody", "tr", "th", "td");
            var cells = CellRegex().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
            // Markdig trims white space at a cell's edges even when they are written as character references: the one loss.
            Assert.Equal([OneLine(a).Trim(), OneLine(b).Trim()], cells.Select(c => c.Trim()).ToList());
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("![img](http://x/y.png)")]
    [InlineData("# not a heading\n- not a list\n    not code")]
    [InlineData("*not emphasis* and `not code`")]
    [InlineData("  leading and trailing  ")]
    public void Escape_KnownAttacks_AreTextOnly(string text)
    {
        var html = Markdown.ToHtml(MarkdownText.Escape(text), Advanced);

        AssertOnly(html, text, "p", "br");
        Assert.Equal(Normalise(text), Text(html));
    }

    [Fact]
    public void Escape_NulAndUnpairedSurrogates_BecomeTheReplacementCharacter()
        => Assert.Equal("a\uFFFDb\uFFFD\ud83d\ude00", MarkdownText.Escape("a\0b\ud800\ud83d\ude00"));

    private static string Normalise(string text) => Replaced(text).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Replace('\0', '\uFFFD').TrimEnd('\n');

    private static string OneLine(string text) => Replaced(text).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Replace('\0', '\uFFFD').Replace('\n', ' ');

    /// <summary>Replaces NUL and unpaired surrogates with U+FFFD, as the escaping does.</summary>
    private static string Replaced(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (chars[i] == '\0' || char.IsSurrogate(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }

    private static string Text(string html)
    {
        var inner = TagRegex().Replace(html.Replace("<br />\n", "\n", StringComparison.Ordinal), string.Empty);
        inner = inner.EndsWith('\n') ? inner[..^1] : inner;
        return WebUtility.HtmlDecode(inner);
    }

    private static void AssertOnly(string html, string text, params string[] allowed)
    {
        foreach (Match m in ElementRegex().Matches(html))
        {
            Assert.True(allowed.Contains(m.Groups[1].Value), $"Element <{m.Groups[1].Value}> in {html} for {text}");
        }
    }

    [GeneratedRegex("</?([a-zA-Z][a-zA-Z0-9]*)[^>]*>")]
    private static partial Regex ElementRegex();

    [GeneratedRegex("</?(p|h2)( [^>]*)?>")]
    private static partial Regex TagRegex();

    [GeneratedRegex("<td>(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex CellRegex();
}
