using ForBedring.Persistence;
using ForBedring.Process;
using ForBedring.Prompts;
using ForBedring.Results;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

namespace ForBedring;

/// <summary>Registers ForBedring with a host's dependency-injection container.</summary>
public static class ForBedringServiceCollectionExtensions
{
    /// <summary>
    /// Registers ForBedring's services as singletons: the clock (<see cref="IClock"/>), the prompt catalogue
    /// (<see cref="PromptCatalog"/>), the topic areas (<see cref="TopicAreaCatalog"/>), the document serializer
    /// (<see cref="FollowUpProcessSerializer"/>), the store (<see cref="IFollowUpProcessStore"/>) and the
    /// <see cref="FollowUpProcessFactory"/>.
    /// </summary>
    /// <remarks>
    /// <para>Every service is added only when the container has none of its type yet, so a host's own registration
    /// wins (register it before or after this call). Calling this twice with the same options adds nothing; calling it
    /// again with other options throws, rather than silently keep the first (a library's defaults would otherwise
    /// override a host's store directory). The clock is NodaTime's system clock unless the host
    /// registers an <see cref="IClock"/>; the store is in memory unless <see cref="ForBedringOptions.StoreDirectory"/>
    /// is set. A host that registers its own <see cref="PromptCatalog"/> replaces the built-in one and the prompt file
    /// alike (apply a file to it with <see cref="PromptCatalog.WithOverrides"/>).</para>
    /// <para>The options are validated at once, and the prompt file is read and checked here, so that a mistake
    /// shows when the host starts, not at the first request.</para>
    /// </remarks>
    /// <param name="services">The host's services.</param>
    /// <param name="configure">Sets the options; the defaults when null.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <exception cref="ForBedringOptionsException">The options are not valid, or differ from those of an earlier call; every problem is listed, and nothing was registered.</exception>
    public static IServiceCollection AddForBedring(this IServiceCollection services, Action<ForBedringOptions>? configure = null)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        var options = new ForBedringOptions();
        configure?.Invoke(options);
        var settings = Validate(options, out var problems, out var cause);
        if (settings is null)
        {
            throw new ForBedringOptionsException(problems, nameof(configure), cause);
        }

        var fingerprint = Fingerprint(options, settings);
        var earlier = services.FirstOrDefault(d => d.ServiceType == typeof(Registration))?.ImplementationInstance as Registration;
        if (earlier is not null)
        {
            if (earlier.Fingerprint != fingerprint)
            {
                throw new ForBedringOptionsException(
                    [$"AddForBedring was already called with other options ({earlier.Fingerprint}); this call has {fingerprint}. Configure ForBedring in one place."],
                    nameof(configure));
            }

            return services;
        }

        services.AddSingleton(new Registration(fingerprint));

        // The library never reads the system clock itself (the banned-API analyzer enforces it); the registration is
        // the one place where the host's default clock is chosen, and a host's own IClock takes precedence.
#pragma warning disable RS0030 // Banned API: this is the composition root's default, replaceable by the host.
        services.TryAddSingleton<IClock>(SystemClock.Instance);
#pragma warning restore RS0030
        services.TryAddSingleton(settings.Prompts);
        services.TryAddSingleton(TopicAreaCatalog.ForBedring);
        services.TryAddSingleton(sp => new FollowUpProcessSerializer(
            sp.GetRequiredService<IClock>(),
            sp.GetRequiredService<PromptCatalog>(),
            sp.GetRequiredService<TopicAreaCatalog>(),
            settings.MaxDocumentBytes));
        services.TryAddSingleton<IFollowUpProcessStore>(sp =>
        {
            var serializer = sp.GetRequiredService<FollowUpProcessSerializer>();
            return settings.StoreDirectory is null
                ? new InMemoryFollowUpProcessStore(serializer)
                : new FileFollowUpProcessStore(settings.StoreDirectory, serializer);
        });
        services.TryAddSingleton(sp => new FollowUpProcessFactory(
            sp.GetRequiredService<IClock>(),
            sp.GetRequiredService<PromptCatalog>(),
            sp.GetRequiredService<TopicAreaCatalog>(),
            settings.TimeZone));
        return services;
    }

    /// <summary>Checks every option, collecting all problems, and resolves the ones that name something (the prompt file, the time zone).</summary>
    private static Settings? Validate(ForBedringOptions options, out List<string> problems, out Exception? cause)
    {
        problems = [];
        cause = null;

        if (options.MaxDocumentBytes is < ForBedringOptions.MinMaxDocumentBytes or > ForBedringOptions.MaxMaxDocumentBytes)
        {
            problems.Add(Invariant($"MaxDocumentBytes is {options.MaxDocumentBytes}; it must be from {ForBedringOptions.MinMaxDocumentBytes} to {ForBedringOptions.MaxMaxDocumentBytes}."));
        }

        var storeDirectory = StoreDirectory(options.StoreDirectory, problems);
        var prompts = Prompts(options, problems, ref cause);

        DateTimeZone? zone = null;
        if (string.IsNullOrWhiteSpace(options.DefaultTimeZone))
        {
            problems.Add($"DefaultTimeZone is empty; give an IANA time zone id such as {ForBedringOptions.NorwegianTimeZone}.");
        }
        else if ((zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(options.DefaultTimeZone)) is null)
        {
            problems.Add($"DefaultTimeZone \"{options.DefaultTimeZone}\" is not a known IANA time zone id (such as {ForBedringOptions.NorwegianTimeZone}).");
        }

        return problems.Count == 0 ? new Settings(options.MaxDocumentBytes, storeDirectory, prompts!, zone!) : null;
    }

    private static string? StoreDirectory(string? directory, List<string> problems)
    {
        if (directory is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(directory))
        {
            problems.Add("StoreDirectory is empty; give a directory, or leave it null to keep processes in memory.");
            return null;
        }

        string full;
        try
        {
            full = Path.GetFullPath(directory);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException or System.Security.SecurityException)
        {
            problems.Add($"StoreDirectory \"{directory}\" is not a valid path: {e.Message}");
            return null;
        }

        if (directory.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            problems.Add($"StoreDirectory \"{directory}\" is not a valid path: it has a character that paths cannot hold.");
            return null;
        }

        if (File.Exists(full))
        {
            problems.Add($"StoreDirectory \"{directory}\" is a file, not a directory.");
            return null;
        }

        return full;
    }

    private static PromptCatalog? Prompts(ForBedringOptions options, List<string> problems, ref Exception? cause)
    {
        if (options.PromptFile is not null && options.PromptFileJson is not null)
        {
            problems.Add("PromptFile and PromptFileJson are both set; give the organisation's prompt file one way.");
            return null;
        }

        try
        {
            if (options.PromptFileJson is { } json)
            {
                return PromptCatalogJson.Parse(json.Span);
            }

            if (options.PromptFile is not { } file)
            {
                return PromptCatalog.Default;
            }

            if (string.IsNullOrWhiteSpace(file))
            {
                problems.Add("PromptFile is empty; give the path of the organisation's prompt file, or leave it null.");
                return null;
            }

            using var stream = File.OpenRead(file);
            return PromptCatalogJson.Load(stream);
        }
        catch (PromptCatalogJsonException e)
        {
            var name = options.PromptFile is null ? "PromptFileJson" : $"PromptFile \"{options.PromptFile}\"";
            problems.AddRange(e.Problems.Select(p => $"{name}: {p.Message}"));
            cause = e;
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            problems.Add(e is FileNotFoundException or DirectoryNotFoundException
                ? $"PromptFile \"{options.PromptFile}\" does not exist."
                : $"PromptFile \"{options.PromptFile}\" cannot be read: {e.Message}");
            cause = e;
            return null;
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The options, checked and resolved.</summary>
    private static string Fingerprint(ForBedringOptions options, Settings settings)
    {
        var promptFile = options.PromptFile is not null
            ? "prompt file " + Path.GetFullPath(options.PromptFile)
            : options.PromptFileJson is { } json ? Invariant($"prompt JSON of {json.Length} bytes, hash {Hash(json.Span)}") : "no prompt file";
        return Invariant($"MaxDocumentBytes {settings.MaxDocumentBytes}, StoreDirectory {settings.StoreDirectory ?? "none (in memory)"}, {promptFile}, DefaultTimeZone {settings.TimeZone.Id}");
    }

    private static uint Hash(ReadOnlySpan<byte> bytes)
    {
        // FNV-1a: enough to tell two prompt files apart in a message, not a security measure.
        var hash = 2166136261u;
        foreach (var b in bytes)
        {
            hash = unchecked((hash ^ b) * 16777619u);
        }

        return hash;
    }

    private sealed record Settings(int MaxDocumentBytes, string? StoreDirectory, PromptCatalog Prompts, DateTimeZone TimeZone);

    /// <summary>Marks the container as configured, with the options it was configured with.</summary>
    private sealed record Registration(string Fingerprint);
}
