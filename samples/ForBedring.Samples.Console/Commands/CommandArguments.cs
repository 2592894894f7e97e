using System.Globalization;

namespace ForBedring.Samples.Console.Commands;

/// <summary>A subcommand's options (<c>--name value</c> and flags), read once; unknown or missing options are errors.</summary>
internal sealed class CommandArguments
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public CommandArguments(IEnumerable<string> args)
    {
        var list = args.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var name = list[i];
            if (!name.StartsWith("--", StringComparison.Ordinal) || name.Length < 3)
            {
                throw new CommandLineException($"Unexpected argument '{name}': options look like --name value.");
            }

            string? value = null;
            if (i + 1 < list.Count && !list[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                value = list[++i];
            }

            if (!_options.TryAdd(name[2..], value))
            {
                throw new CommandLineException($"Option '{name}' is given twice.");
            }
        }
    }

    /// <summary>Gets a required option's value.</summary>
    public string Required(string name) =>
        Optional(name) ?? throw new CommandLineException($"Option --{name} is required.");

    /// <summary>Gets an optional option's value, or null.</summary>
    public string? Optional(string name)
    {
        _read.Add(name);
        if (!_options.TryGetValue(name, out var value))
        {
            return null;
        }

        return value ?? throw new CommandLineException($"Option --{name} needs a value.");
    }

    /// <summary>Gets an optional whole number, or <paramref name="fallback"/>.</summary>
    public int Int(string name, int fallback, int min = int.MinValue, int max = int.MaxValue)
    {
        var text = Optional(name);
        if (text is null)
        {
            return fallback;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            throw new CommandLineException($"Option --{name} takes a whole number from {min} to {max}, not '{text}'.");
        }

        return value;
    }

    /// <summary>Gets a value indicating whether a flag is present.</summary>
    public bool Flag(string name)
    {
        _read.Add(name);
        return _options.TryGetValue(name, out var value) && value is null
            ? true
            : _options.ContainsKey(name) ? throw new CommandLineException($"Option --{name} takes no value.") : false;
    }

    /// <summary>Throws when an option was given that the command did not read: a typo must not be ignored.</summary>
    public void RejectUnknown()
    {
        var unknown = _options.Keys.Where(k => !_read.Contains(k)).ToList();
        if (unknown.Count > 0)
        {
            throw new CommandLineException($"Unknown option(s): {string.Join(", ", unknown.Select(u => "--" + u))}.");
        }
    }
}

/// <summary>A command line that cannot be run as given; the message says why.</summary>
internal sealed class CommandLineException(string message) : Exception(message);
