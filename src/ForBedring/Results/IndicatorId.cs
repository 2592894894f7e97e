using ForBedring.Internal;

namespace ForBedring.Results;

/// <summary>Identifies an indicator (a question or index) of a survey.</summary>
public readonly record struct IndicatorId
{
    private readonly string? _value;

    /// <summary>Creates the identifier from its text.</summary>
    /// <param name="value">The identifier's text: 1–64 ASCII letters, digits, <c>. _ - :</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a valid identifier.</exception>
    public IndicatorId(string value) => _value = Guard.Identifier(value, nameof(value), "indicator id");

    /// <summary>Gets the identifier's text (empty for the default value).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Tries to make an identifier from text that may not be valid.</summary>
    /// <param name="value">The candidate text.</param>
    /// <param name="id">The identifier, when the text is valid.</param>
    /// <returns>Whether the text is a valid identifier.</returns>
    public static bool TryParse(string? value, out IndicatorId id)
    {
        id = Guard.IsIdentifier(value) ? new IndicatorId(value!) : default;
        return Guard.IsIdentifier(value);
    }

    /// <summary>Returns the identifier's text.</summary>
    /// <returns>The identifier's text.</returns>
    public override string ToString() => Value;
}
