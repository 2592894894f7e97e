using System.Globalization;

namespace ForBedring.Tests.TestSupport;

/// <summary>Sets the current culture and UI culture until disposed, then restores both.</summary>
public sealed class CultureScope : IDisposable
{
    private readonly CultureInfo _culture;
    private readonly CultureInfo _uiCulture;

    /// <summary>Switches to a culture.</summary>
    /// <param name="name">The culture's name, such as <c>nn-NO</c>.</param>
    public CultureScope(string name)
    {
        _culture = CultureInfo.CurrentCulture;
        _uiCulture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
    }

    /// <summary>Restores the cultures that were current before.</summary>
    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }
}
