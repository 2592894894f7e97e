using System.Globalization;

namespace ForBedring;

/// <summary>A language in which ForBedring shows texts to people.</summary>
public enum TextLanguage
{
    /// <summary>Norwegian bokmål (<c>nb</c>), the guide's own wording and the neutral language.</summary>
    Bokmal = 0,

    /// <summary>Norwegian nynorsk (<c>nn</c>).</summary>
    Nynorsk = 1,

    /// <summary>English (<c>en</c>).</summary>
    English = 2,
}

/// <summary>Maps cultures to the languages ForBedring has texts in.</summary>
public static class TextLanguages
{
    /// <summary>Gets the language for a culture: nynorsk for <c>nn</c>, English for <c>en</c>, bokmål for everything else.</summary>
    /// <param name="culture">The culture, typically <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The language whose texts to show.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public static TextLanguage FromCulture(CultureInfo culture)
    {
        if (culture is null)
        {
            throw new ArgumentNullException(nameof(culture));
        }

        var name = culture.TwoLetterISOLanguageName;
        return name switch
        {
            "nn" => TextLanguage.Nynorsk,
            "en" => TextLanguage.English,
            _ => TextLanguage.Bokmal,
        };
    }

    /// <summary>Gets the language of the current UI culture.</summary>
    public static TextLanguage Current => FromCulture(CultureInfo.CurrentUICulture);
}
