using ForBedring.Process;

namespace ForBedring.Samples.Console;

/// <summary>
/// The shipped sample data: the leadership team of the surgical clinic of the sample hospital (the leaders of its
/// departments carry the ids of <c>samples/data/sample-results-2026.csv</c>; two staff leaders have no unit of their
/// own in the survey), and what they answer.
/// </summary>
internal static class SampleTeam
{
    public static TeamMember Leader { get; } = Person("p-kir", "Kari Nordmann", "kir", "Kirurgisk klinikk");

    public static IReadOnlyList<TeamMember> Members { get; } =
    [
        Person("p-009", "Ola Hansen", "kir-1", "Ortopedisk avdeling"),
        Person("p-010", "Ingrid Berg", "kir-2", "Gastrokirurgisk avdeling"),
        Person("p-015", "Ahmed Ali", "kir-5", "Anestesiavdelingen"),
        Person("p-014", "Lise Dahl", "kir-4", "Operasjonsavdelingen"),
        Person("p-011", "Jonas Lie", "kir-3", "Urologisk avdeling"),
        Person("marte.moe", "Marte Moe", "kir-sengepost", "Kirurgisk sengepost"),
        Person("per.strand", "Per Strand", "kir-fag", "Fagstab"),
    ];

    public static LeadershipTeam Team { get; } = new(new UnitId("kir-lg"), "Ledergruppen, Kirurgisk klinikk", Leader, Members);

    public static IReadOnlyDictionary<string, string> LeaderAnswers { get; } = new Dictionary<string, string>
    {
        ["A1.1"] = "Svarprosenten gikk opp, og engasjementet er høyt, men samarbeidsklimaet har falt i to avdelinger.",
        ["A1.2"] = "At sikkerhetsklimaet på operasjon er lavere enn i fjor, etter et år med mange nyansatte.",
        ["A1.3"] = "Ja: avviksmeldingene og vernerunden peker også på travle overganger mellom avdelingene.",
        ["A3.2a"] = "At alle deler åpent, og at vi blir enige om to felles satsingsområder.",
        ["A3.2b"] = "Nysgjerrig og lyttende, ikke konkluderende.",
        ["A3.2c"] = "At hver leder går tilbake til sin avdeling med en plan for tilbakemeldingsmøtet der.",
        ["C4"] = "Jeg tar med avdelingens resultater og de to satsingsområdene inn i medarbeidersamtalene i vår.",
        ["D1"] = "Vi setter av tid til teamutvikling på hvert tredje ledermøte.",
        ["D2"] = "ForBedring får et fast punkt på ledermøtene, og foretakets satsinger tas inn der.",
    };

    public static IReadOnlyList<string> HomeworkTexts { get; } =
    [
        "Overordnet: høyt engasjement, men samarbeidet på tvers er svakere enn i fjor.",
        "I min avdeling: arbeidsforholdene skårer lavt på bemanning, men høyt på faglig utvikling.",
        "Hvordan vi kan gjøre overgangene mellom avdelingene tryggere.",
        "Ja, pasientforløpet fra poliklinikk til operasjon treffer flere avdelinger.",
    ];

    private static TeamMember Person(string id, string name, string unit, string unitName) => new(new PersonId(id), name, new UnitId(unit), unitName);
}
