namespace ForBedring.Results;

/// <summary>One problem found in survey results, with where it is: the line and column of a file, or the JSON path, and the unit.</summary>
public sealed record ResultsProblem
{
    /// <summary>Creates a problem.</summary>
    /// <param name="kind">What kind of problem it is.</param>
    /// <param name="message">What is wrong, in a sentence.</param>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> is null.</exception>
    public ResultsProblem(ResultsProblemKind kind, string message)
    {
        Kind = kind;
        Message = message ?? throw new ArgumentNullException(nameof(message));
    }

    /// <summary>Gets what kind of problem it is.</summary>
    public ResultsProblemKind Kind { get; }

    /// <summary>Gets what is wrong, in a sentence.</summary>
    public string Message { get; }

    /// <summary>Gets the unit concerned, where there is one.</summary>
    public UnitId? Unit { get; init; }

    /// <summary>Gets the field concerned (<c>respondents</c>, <c>score</c> ...), where there is one.</summary>
    public string? Field { get; init; }

    /// <summary>Gets the one-based line in the file, where known.</summary>
    public int? Line { get; init; }

    /// <summary>Gets the one-based column (field number) in the line, where known.</summary>
    public int? Column { get; init; }

    /// <summary>Gets the JSON path of the value at fault, where the source is JSON.</summary>
    public string? Path { get; init; }

    /// <summary>Describes the problem with its place.</summary>
    /// <returns>For example <c>line 4, column 9: The score 120 is outside 0–100.</c></returns>
    public override string ToString()
    {
        var where = new List<string>();
        if (Line is { } line)
        {
            where.Add($"line {line}");
        }

        if (Column is { } column)
        {
            where.Add($"column {column}");
        }

        if (Path is { } path)
        {
            where.Add(path);
        }

        if (where.Count == 0 && Unit is { } unit)
        {
            where.Add($"unit {unit}");
        }

        return where.Count == 0 ? Message : string.Join(", ", where) + ": " + Message;
    }
}
