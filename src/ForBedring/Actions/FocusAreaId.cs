using ForBedring.Internal;

namespace ForBedring.Actions;

/// <summary>Identifies a focus area within its action plan: <c>F1</c>, <c>F2</c> … or a name the organisation chooses.</summary>
public readonly record struct FocusAreaId
{
    private readonly string? _value;

    /// <summary>Creates the identifier from its text.</summary>
    /// <param name="value">The identifier's text: 1–64 ASCII letters, digits, <c>. _ - :</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a valid identifier.</exception>
    public FocusAreaId(string value) => _value = Guard.Identifier(value, nameof(value), "focus area id");

    /// <summary>Gets the identifier's text (empty for the default value).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Returns the identifier's text.</summary>
    /// <returns>The identifier's text.</returns>
    public override string ToString() => Value;
}
