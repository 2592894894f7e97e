using FsCheck;
using FsCheck.Fluent;

namespace ForBedring.Tests.Persistence;

/// <summary>FsCheck generators for persistence tests: any valid Unicode text, and scenarios that build processes.</summary>
public static class PersistenceGenerators
{
    private static readonly string[] Zones =
        ["Europe/Oslo", "UTC", "America/St_Johns", "Asia/Kathmandu", "Australia/Lord_Howe", "Pacific/Chatham", "America/Sao_Paulo"];

    /// <summary>Gets a generator of texts a person could type: any valid UTF-16 but NUL, never blank, at most about 80 characters.</summary>
    /// <remarks>Weighted towards the awkward: Norwegian letters, quotes and backslashes, control characters, characters
    /// outside the BMP (surrogate pairs), combining marks, line and paragraph separators, non-characters.</remarks>
    public static Gen<string> Text { get; } =
        Gen.Frequency(
            (4, Gen.Choose(0x20, 0x7E).Select(c => ((char)c).ToString())),
            (3, Gen.Elements("æ", "ø", "å", "Æ", "Ø", "Å", "é", "ü", "«", "»", "–", "€")),
            (2, Gen.Elements("\"", "\\", "'", "`", "<", ">", "&", "/", "\\u0000")),
            (2, Gen.Choose(1, 0x1F).Select(c => ((char)c).ToString())),
            (1, Gen.Elements("\u007F", "\u0085", "\u00A0", "\u2028", "\u2029", "\uFEFF", "\uFFFE", "\uFFFF", "\uFDD0", "\u0301", "\u200D", "\u3000")),
            (2, Gen.Choose(0xA0, 0xD7FF).Select(c => ((char)c).ToString())),
            (1, Gen.Choose(0xE000, 0xFFFD).Select(c => ((char)c).ToString())),
            (2, Gen.Choose(0x10000, 0x10FFFF).Select(char.ConvertFromUtf32)),
            (1, Gen.Elements("😀", "👩‍⚕️", "𝄞", "🇳🇴")))
        .ArrayOf()
        .Resize(40)
        .Select(parts => string.Concat(parts))
        .Select(text => string.IsNullOrWhiteSpace(text) ? "x" + text : text);

    /// <summary>Gets a generator of scenarios that stop anywhere in the cycle, from just started to closed.</summary>
    public static Gen<ProcessScenario> Scenario { get; } =
        from members in Gen.Choose(1, 8)
        from commands in Gen.Frequency((1, Gen.Choose(0, 20)), (2, Gen.Choose(20, 90)), (2, Gen.Choose(90, 200)))
        from texts in Text.ArrayOf(60)
        from choices in Gen.Choose(0, int.MaxValue).ArrayOf(97)
        from zone in Gen.Elements(Zones)
        from ticks in Gen.Frequency(
            (3, Gen.Choose(0, 3_600).Select(s => s * 1_000_000_000L)),
            (1, Gen.Choose(0, int.MaxValue).Select(n => (long)n)),
            (1, Gen.Constant(0L))).ArrayOf(31)
        select new ProcessScenario(members, commands, texts, choices, zone, ticks);

    /// <summary>Gets the arbitrary scenario, for <c>[Property(Arbitrary = …)]</c>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ProcessScenario> Scenarios() => Arb.From(Scenario);
}
