namespace ForBedring.Internal;

/// <summary>Argument checks that work on every target framework.</summary>
internal static class Guard
{
    /// <summary>The longest text a person may type into one field; a page of prose is far less.</summary>
    public const int MaxTextLength = 20_000;

    public static T NotNull<T>(T? value, string paramName)
        where T : class
        => value ?? throw new ArgumentNullException(paramName);

    /// <summary>Checks an identifier: 1–64 characters of letters, digits and <c>. _ - :</c>.</summary>
    public static string Identifier(string? value, string paramName, string kind)
    {
        if (value is null)
        {
            throw new ArgumentNullException(paramName);
        }

        if (!IsIdentifier(value))
        {
            throw new ArgumentException(
                $"A {kind} must be 1 to 64 characters of ASCII letters, digits, '.', '_', '-' or ':'; got \"{Shorten(value)}\".",
                paramName);
        }

        return value;
    }

    public static bool IsIdentifier(string? value)
    {
        if (value is null || value.Length is 0 or > 64)
        {
            return false;
        }

        foreach (var c in value)
        {
            var ok = c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '.' or '_' or '-' or ':';
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Checks text a person typed: not blank, not too long, and valid UTF-16 so it can be saved unaltered.</summary>
    public static string Text(string? value, string paramName, int maxLength = MaxTextLength)
    {
        if (value is null)
        {
            throw new ArgumentNullException(paramName);
        }

        var problem = TextProblem(value, maxLength);
        if (problem is not null)
        {
            throw new ArgumentException(problem, paramName);
        }

        return value;
    }

    /// <summary>Returns why the text cannot be accepted, or null when it can.</summary>
    public static string? TextProblem(string value, int maxLength = MaxTextLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return "The text is empty.";
        }

        if (value.Length > maxLength)
        {
            return $"The text has {value.Length} characters; at most {maxLength} are allowed.";
        }

#if NET
        // The common case, text with no surrogates and no NUL, is checked with vectorised searches.
        var span = value.AsSpan();
        if (span.IndexOfAnyInRange('\uD800', '\uDFFF') < 0 && !span.Contains('\0'))
        {
            return null;
        }
#endif

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    i++;
                    continue;
                }

                return $"The text has an unpaired surrogate at position {i}.";
            }

            if (char.IsLowSurrogate(c))
            {
                return $"The text has an unpaired surrogate at position {i}.";
            }

            if (c == '\0')
            {
                return $"The text has a NUL character at position {i}.";
            }
        }

        return null;
    }

    public static string Shorten(string value) => value.Length <= 40 ? value : value.Substring(0, 40) + "…";
}
