using ForBedring.Internal;

namespace ForBedring;

/// <summary>Identifies one follow-up process: one leadership team's follow-up of one survey round.</summary>
/// <remarks>1–64 characters of ASCII letters, digits, <c>.</c>, <c>_</c>, <c>-</c> or <c>:</c>; compared ordinally.</remarks>
public readonly record struct ProcessId
{
    private readonly string? _value;

    /// <summary>Creates the identifier from its text.</summary>
    /// <param name="value">The identifier's text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a valid identifier.</exception>
    public ProcessId(string value) => _value = Guard.Identifier(value, nameof(value), "process id");

    /// <summary>Gets the identifier's text (empty for the default value).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Tries to make an identifier from text that may not be valid.</summary>
    /// <param name="value">The candidate text.</param>
    /// <param name="id">The identifier, when the text is valid.</param>
    /// <returns>Whether the text is a valid identifier.</returns>
    public static bool TryParse(string? value, out ProcessId id)
    {
        id = Guard.IsIdentifier(value) ? new ProcessId(value!) : default;
        return Guard.IsIdentifier(value);
    }

    /// <summary>Returns the identifier's text.</summary>
    /// <returns>The identifier's text.</returns>
    public override string ToString() => Value;
}
