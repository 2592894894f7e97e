using ForBedring.Actions;

namespace ForBedring.Meetings;

/// <summary>The headings of the minutes and the status review.</summary>
internal static class MinutesTexts
{
    public static readonly LocalizedText Heading = new("Referat fra tilbakemeldingsmøtet", "Referat frå tilbakemeldingsmøtet", "Minutes of the read-back meeting");
    public static readonly LocalizedText Notes = new("Notater", "Notat", "Notes");
    public static readonly LocalizedText Open = new("Runden var åpen og undrende før den konkluderte.", "Runden var open og undrande før han konkluderte.", "The round was open and wondering before it concluded.");
    public static readonly LocalizedText NotOpen = new("Runden konkluderte før den var åpen og undrende.", "Runden konkluderte før han var open og undrande.", "The round concluded before it was open and wondering.");
    public static readonly LocalizedText Shared = new("Delte (B3)", "Delte (B3)", "Shared (B3)");
    public static readonly LocalizedText Absent = new("Fraværende (B3)", "Fråverande (B3)", "Absent (B3)");
    public static readonly LocalizedText Groups = new("Fra gruppene (B4)", "Frå gruppene (B4)", "From the groups (B4)");
    public static readonly LocalizedText Actions = new("Tiltak satt i gang (B5)", "Tiltak sette i gang (B5)", "Actions started (B5)");
    public static readonly LocalizedText Agreements = new("Enighet (B6)", "Semje (B6)", "Agreed (B6)");
    public static readonly LocalizedText Tasks = new("Hvem gjør hva innen når (B7)", "Kven gjer kva innan når (B7)", "Who does what by when (B7)");
    public static readonly LocalizedText ReviewDates = new("Neste statusgjennomganger (B7, C2)", "Neste statusgjennomgangar (B7, C2)", "Next status reviews (B7, C2)");
    public static readonly LocalizedText Evaluation = new("Evaluering av møtet", "Evaluering av møtet", "Evaluation of the meeting");

    private static readonly LocalizedText[] Kinds =
    [
        new("Observasjon", "Observasjon", "Observation"),
        new("Undring", "Undring", "Wondering"),
        new("Spørsmål", "Spørsmål", "Question"),
        new("Konklusjon", "Konklusjon", "Conclusion"),
    ];

    public static LocalizedText KindOf(ContributionKind kind) => Kinds[(int)kind];

}
