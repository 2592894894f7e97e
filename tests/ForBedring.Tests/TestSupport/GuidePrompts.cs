using ForBedring.Process;
using ForBedring.Prompts;

namespace ForBedring.Tests.TestSupport;

/// <summary>One question of the guide as the tests expect the library to ask it.</summary>
/// <param name="Id">The guide's number.</param>
/// <param name="Step">The step at which it is asked.</param>
/// <param name="Audience">Who answers it, after the guide's two columns.</param>
/// <param name="Kind">The type of answer.</param>
/// <param name="MinChoices">For choices, the fewest items.</param>
/// <param name="MaxChoices">For choices, the most items.</param>
/// <param name="AllowNobody">For a person, whether nobody is a valid answer.</param>
/// <param name="Bokmal">The guide's own wording, copied from <c>forbedring-oppfolging.nb.md</c>.</param>
public sealed record GuidePrompt(
    string Id,
    ProcessStep Step,
    PromptAudience Audience,
    AnswerKind Kind,
    int MinChoices,
    int MaxChoices,
    bool AllowNobody,
    string Bokmal)
{
    /// <summary>Gets the prompt id.</summary>
    public PromptId PromptId => new(Id);
}

/// <summary>
/// The guide's 20 questions (A5.1 asked twice) as data, with the guide's bokmål wording embedded, so that tests need
/// no file outside the repository. Independent of <c>BuiltInPrompts</c>: a test compares the two.
/// </summary>
public static class GuidePrompts
{
    private const ProcessStep A1 = ProcessStep.SelfReflection;
    private const ProcessStep A2 = ProcessStep.StrategicFocus;
    private const ProcessStep A3 = ProcessStep.MeetingPlanning;
    private const ProcessStep A5 = ProcessStep.Homework;
    private const ProcessStep B4 = ProcessStep.GroupDialogue;
    private const ProcessStep C = ProcessStep.ActionPlanning;
    private const ProcessStep D = ProcessStep.TeamDevelopment;
    private const PromptAudience Leader = PromptAudience.Leader;
    private const PromptAudience Each = PromptAudience.EachMember;
    private const PromptAudience Team = PromptAudience.WholeTeam;

    /// <summary>Gets every question, in the guide's order.</summary>
    public static IReadOnlyList<GuidePrompt> All { get; } =
    [
        Text("A1.1", A1, Leader, "Hvilke tanker gjør du deg om årets resultat?"),
        Text("A1.2", A1, Leader, "Er det resultater som overrasker?"),
        Text("A1.3", A1, Leader, "Er det temaområder og/eller resultater som gjenspeiler utfordringer som fremkommer også ved andre kartlegginger eller prosesser?"),
        Topics("A2.1", A2, Leader, "Hva ser du som viktige temaområder i oppfølging av ledergruppens resultater?"),
        Text("A3.2a", A3, Leader, "Hva vil du oppnå?"),
        Text("A3.2b", A3, Leader, "Hvordan vil du fremstå?"),
        Text("A3.2c", A3, Leader, "Hva skal skje etter møtet (effekt)?"),
        YesNo("A3.5", A3, Leader, "Skal du som leder dele inn i grupper i forkant, for å unngå at de samme alltid prater sammen?"),
        Text("A5.1a", A5, Each, "Er det resultater som overrasker eller utmerker seg? (a) Overordnet"),
        Text("A5.1b", A5, Each, "Er det resultater som overrasker eller utmerker seg? (b) Eget ansvarsområde"),
        Topics("A5.2", A5, Each, "Hvilke temaområder ønsker du å legge særlig vekt på i eget ansvarsområde?"),
        Text("A5.3", A5, Each, "Er det tema/problemstillinger du ønsker å diskutere med dine lederkolleger?"),
        Text("A5.4", A5, Each, "Er det resultater hos deg som også gjelder andre klinikker/avdelinger, og hvor tiltak må utvikles og igangsettes på tvers?"),
        Text("B4.1", B4, Team, "Hvilke resultater i ledergruppen fremstår som spesielt interessante eller uventede?"),
        Text("B4.2", B4, Team, "Ser ledergruppen noen felles utfordringer?"),
        YesNo("B4.3", B4, Team, "Er det behov for oppfølging på tvers av klinikker/enheter?"),
        Text("C4", C, Leader, "Hvordan kan du som leder bruke resultatene fra undersøkelsen i oppfølgingssamtaler – medarbeidersamtaler?"),
        new("C7", C, Team, AnswerKind.Person, 0, 0, true, "Skal noen få ansvar for å melde inn status løpende i ledergruppens møter?"),
        Text("D1", D, Leader, "Hvordan sikre fokus på teamutvikling og styrking av samarbeid på tvers?"),
        Text("D2", D, Leader, "Hvordan skal ledergruppen holde fokus både på sin egen prosess, men også foretaksovergripende tiltak/fokusområder?"),
        YesNo("D3", D, Leader, "Er det behov for prosesstøtte?"),
    ];

    /// <summary>Gets a question by id.</summary>
    /// <param name="id">The guide's number.</param>
    /// <returns>The question.</returns>
    public static GuidePrompt Get(string id) => All.Single(p => p.Id == id);

    private static GuidePrompt Text(string id, ProcessStep step, PromptAudience audience, string nb) => new(id, step, audience, AnswerKind.FreeText, 0, 0, false, nb);

    private static GuidePrompt YesNo(string id, ProcessStep step, PromptAudience audience, string nb) => new(id, step, audience, AnswerKind.YesNo, 0, 0, false, nb);

    private static GuidePrompt Topics(string id, ProcessStep step, PromptAudience audience, string nb) => new(id, step, audience, AnswerKind.TopicAreas, 1, 3, false, nb);
}
