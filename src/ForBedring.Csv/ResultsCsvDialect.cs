namespace ForBedring.Csv;

/// <summary>The two shapes of the vendor's result file.</summary>
public enum ResultsCsvDialect
{
    /// <summary>Comma-separated, with a decimal point (<c>71.2</c>).</summary>
    Comma = 0,

    /// <summary>Semicolon-separated, with the decimal comma of Norwegian spreadsheets (<c>71,2</c>).</summary>
    Semicolon = 1,
}
