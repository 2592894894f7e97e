using System.Globalization;
using ForBedring.Internal;

namespace ForBedring;

/// <summary>A text shown to people, in bokmål (the guide's wording), nynorsk and English.</summary>
/// <remarks>
/// A text may hold numbered placeholders (<c>{0}</c>, <c>{1}</c>) that <see cref="Format(TextLanguage, object[])"/> fills;
/// the three versions use the same placeholders.
/// </remarks>
public sealed record LocalizedText
{
    /// <summary>Creates a text in the three languages.</summary>
    /// <param name="bokmal">The bokmål text.</param>
    /// <param name="nynorsk">The nynorsk text.</param>
    /// <param name="english">The English text.</param>
    /// <exception cref="ArgumentException">A text is null, blank, too long or not valid UTF-16.</exception>
    public LocalizedText(string bokmal, string nynorsk, string english)
    {
        Bokmal = Guard.Text(bokmal, nameof(bokmal));
        Nynorsk = Guard.Text(nynorsk, nameof(nynorsk));
        English = Guard.Text(english, nameof(english));
    }

    /// <summary>Creates a text from parts already checked: a checked template filled with values.</summary>
    private LocalizedText(string bokmal, string nynorsk, string english, bool trusted)
    {
        _ = trusted;
        Bokmal = bokmal;
        Nynorsk = nynorsk;
        English = english;
    }

    /// <summary>Gets the bokmål text (<c>nb</c>).</summary>
    public string Bokmal { get; }

    /// <summary>Gets the nynorsk text (<c>nn</c>).</summary>
    public string Nynorsk { get; }

    /// <summary>Gets the English text (<c>en</c>).</summary>
    public string English { get; }

    /// <summary>Gets the text in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The text in that language.</returns>
    public string In(TextLanguage language) => language switch
    {
        TextLanguage.Nynorsk => Nynorsk,
        TextLanguage.English => English,
        _ => Bokmal,
    };

    /// <summary>Gets the text in the language of a culture (<c>nn</c> nynorsk, <c>en</c> English, otherwise bokmål).</summary>
    /// <param name="culture">The culture.</param>
    /// <returns>The text in that culture's language.</returns>
    public string In(CultureInfo culture) => In(TextLanguages.FromCulture(culture));

    /// <summary>Fills the text's placeholders in a language.</summary>
    /// <param name="language">The language.</param>
    /// <param name="args">The values of the placeholders; a <see cref="LocalizedText"/> value is put in the same language.</param>
    /// <returns>The filled text.</returns>
    public string Format(TextLanguage language, params object[] args)
        => args is null || args.Length == 0
            ? In(language)
            : string.Format(CultureOf(language), In(language), args.Select(a => a is LocalizedText text ? text.In(language) : a).ToArray());

    /// <summary>Returns a copy with one language's text replaced.</summary>
    /// <param name="language">The language to replace.</param>
    /// <param name="text">The new text.</param>
    /// <returns>The new localised text.</returns>
    public LocalizedText With(TextLanguage language, string text) => language switch
    {
        TextLanguage.Nynorsk => new LocalizedText(Bokmal, text, English),
        TextLanguage.English => new LocalizedText(Bokmal, Nynorsk, text),
        _ => new LocalizedText(text, Nynorsk, English),
    };

    /// <summary>Returns the text in the current UI culture's language.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => In(TextLanguages.Current);

    /// <summary>Fills the placeholders in all three languages at once.</summary>
    internal LocalizedText Fill(params object[] args)
        => args.Length == 0
            ? this
            : new LocalizedText(
                Format(TextLanguage.Bokmal, args),
                Format(TextLanguage.Nynorsk, args),
                Format(TextLanguage.English, args),
                trusted: true);

    internal static CultureInfo CultureOf(TextLanguage language) => language switch
    {
        TextLanguage.Nynorsk => CultureInfo.GetCultureInfo("nn-NO"),
        TextLanguage.English => CultureInfo.GetCultureInfo("en-GB"),
        _ => CultureInfo.GetCultureInfo("nb-NO"),
    };
}
