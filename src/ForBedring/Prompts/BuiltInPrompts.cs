using ForBedring.Process;

namespace ForBedring.Prompts;

/// <summary>The guide's 20 questions as prompts (A5.1 asked twice: overall and for the member's own area).</summary>
/// <remarks>Bokmål is the guide's exact wording; English follows the seed translation; nynorsk is ours.</remarks>
internal static class BuiltInPrompts
{
    private static readonly AnswerSpec ThreeTopicAreas = new(AnswerKind.TopicAreas, minChoices: 1, maxChoices: 3);
    private static readonly AnswerSpec PersonOrNobody = new(AnswerKind.Person, allowNobody: true);

    public static IReadOnlyList<Prompt> All { get; } =
    [
        Leader("A1.1", ProcessStep.SelfReflection, AnswerSpec.FreeText,
            "Hvilke tanker gjør du deg om årets resultat?",
            "Kva tankar gjer du deg om årets resultat?",
            "What are your thoughts on this year's results?"),
        Leader("A1.2", ProcessStep.SelfReflection, AnswerSpec.FreeText,
            "Er det resultater som overrasker?",
            "Er det resultat som overraskar?",
            "Are there results that surprise you?"),
        Leader("A1.3", ProcessStep.SelfReflection, AnswerSpec.FreeText,
            "Er det temaområder og/eller resultater som gjenspeiler utfordringer som fremkommer også ved andre kartlegginger eller prosesser?",
            "Er det temaområde og/eller resultat som speglar utfordringar som òg kjem fram ved andre kartleggingar eller prosessar?",
            "Are there topic areas and/or results that reflect challenges that also show up in other mappings or processes?"),
        Leader("A2.1", ProcessStep.StrategicFocus, ThreeTopicAreas,
            "Hva ser du som viktige temaområder i oppfølging av ledergruppens resultater?",
            "Kva ser du som viktige temaområde i oppfølginga av resultata til leiargruppa?",
            "Which topic areas do you see as important in following up the leadership team's results?"),
        Leader("A3.2a", ProcessStep.MeetingPlanning, AnswerSpec.FreeText,
            "Hva vil du oppnå?",
            "Kva vil du oppnå?",
            "What do you want to achieve?"),
        Leader("A3.2b", ProcessStep.MeetingPlanning, AnswerSpec.FreeText,
            "Hvordan vil du fremstå?",
            "Korleis vil du framstå?",
            "How do you want to come across?"),
        Leader("A3.2c", ProcessStep.MeetingPlanning, AnswerSpec.FreeText,
            "Hva skal skje etter møtet (effekt)?",
            "Kva skal skje etter møtet (effekt)?",
            "What should happen after the meeting (effect)?"),
        Leader("A3.5", ProcessStep.MeetingPlanning, AnswerSpec.YesNo,
            "Skal du som leder dele inn i grupper i forkant, for å unngå at de samme alltid prater sammen?",
            "Skal du som leiar dele inn i grupper på førehand, for å unngå at dei same alltid pratar saman?",
            "Will you, as leader, split the team into groups in advance, so that the same people do not always talk together?"),
        Member("A5.1a", AnswerSpec.FreeText,
            "Er det resultater som overrasker eller utmerker seg? (a) Overordnet",
            "Er det resultat som overraskar eller utmerkjer seg? (a) Overordna",
            "Are there results that surprise you or stand out? (a) Overall"),
        Member("A5.1b", AnswerSpec.FreeText,
            "Er det resultater som overrasker eller utmerker seg? (b) Eget ansvarsområde",
            "Er det resultat som overraskar eller utmerkjer seg? (b) Eige ansvarsområde",
            "Are there results that surprise you or stand out? (b) In your own area of responsibility"),
        Member("A5.2", ThreeTopicAreas,
            "Hvilke temaområder ønsker du å legge særlig vekt på i eget ansvarsområde?",
            "Kva temaområde ønskjer du å leggje særleg vekt på i eige ansvarsområde?",
            "Which topic areas do you want to emphasise in your own area of responsibility?"),
        Member("A5.3", AnswerSpec.FreeText,
            "Er det tema/problemstillinger du ønsker å diskutere med dine lederkolleger?",
            "Er det tema/problemstillingar du ønskjer å diskutere med leiarkollegaene dine?",
            "Are there topics/issues you want to discuss with your fellow leaders?"),
        Member("A5.4", AnswerSpec.FreeText,
            "Er det resultater hos deg som også gjelder andre klinikker/avdelinger, og hvor tiltak må utvikles og igangsettes på tvers?",
            "Er det resultat hos deg som òg gjeld andre klinikkar/avdelingar, og der tiltak må utviklast og setjast i gang på tvers?",
            "Are there results in your area that also apply to other clinics/departments, where actions must be developed and started across units?"),
        Team("B4.1", ProcessStep.GroupDialogue, AnswerSpec.FreeText,
            "Hvilke resultater i ledergruppen fremstår som spesielt interessante eller uventede?",
            "Kva resultat i leiargruppa framstår som spesielt interessante eller uventa?",
            "Which results in the leadership team stand out as especially interesting or unexpected?"),
        Team("B4.2", ProcessStep.GroupDialogue, AnswerSpec.FreeText,
            "Ser ledergruppen noen felles utfordringer?",
            "Ser leiargruppa nokre felles utfordringar?",
            "Does the leadership team see any common challenges?"),
        Team("B4.3", ProcessStep.GroupDialogue, AnswerSpec.YesNo,
            "Er det behov for oppfølging på tvers av klinikker/enheter?",
            "Er det behov for oppfølging på tvers av klinikkar/einingar?",
            "Is there a need for follow-up across clinics/units?"),
        Leader("C4", ProcessStep.ActionPlanning, AnswerSpec.FreeText,
            "Hvordan kan du som leder bruke resultatene fra undersøkelsen i oppfølgingssamtaler – medarbeidersamtaler?",
            "Korleis kan du som leiar bruke resultata frå undersøkinga i oppfølgingssamtalar – medarbeidarsamtalar?",
            "How can you as a leader use the survey results in follow-up conversations – employee appraisal conversations?"),
        Team("C7", ProcessStep.ActionPlanning, PersonOrNobody,
            "Skal noen få ansvar for å melde inn status løpende i ledergruppens møter?",
            "Skal nokon få ansvar for å melde inn status løpande i møta til leiargruppa?",
            "Should someone be made responsible for reporting status continuously at the leadership team's meetings?"),
        Leader("D1", ProcessStep.TeamDevelopment, AnswerSpec.FreeText,
            "Hvordan sikre fokus på teamutvikling og styrking av samarbeid på tvers?",
            "Korleis sikre fokus på teamutvikling og styrking av samarbeid på tvers?",
            "How do you ensure focus on team development and on strengthening collaboration across units?"),
        Leader("D2", ProcessStep.TeamDevelopment, AnswerSpec.FreeText,
            "Hvordan skal ledergruppen holde fokus både på sin egen prosess, men også foretaksovergripende tiltak/fokusområder?",
            "Korleis skal leiargruppa halde fokus både på sin eigen prosess og på føretaksovergripande tiltak/fokusområde?",
            "How should the leadership team keep its focus both on its own process and on enterprise-wide actions/focus areas?"),
        Leader("D3", ProcessStep.TeamDevelopment, AnswerSpec.YesNo,
            "Er det behov for prosesstøtte?",
            "Er det behov for prosesstøtte?",
            "Is there a need for process support?"),
    ];

    private static Prompt Leader(string id, ProcessStep step, AnswerSpec spec, string nb, string nn, string en)
        => new(new PromptId(id), step, PromptAudience.Leader, spec, new LocalizedText(nb, nn, en));

    private static Prompt Member(string id, AnswerSpec spec, string nb, string nn, string en)
        => new(new PromptId(id), ProcessStep.Homework, PromptAudience.EachMember, spec, new LocalizedText(nb, nn, en));

    private static Prompt Team(string id, ProcessStep step, AnswerSpec spec, string nb, string nn, string en)
        => new(new PromptId(id), step, PromptAudience.WholeTeam, spec, new LocalizedText(nb, nn, en));
}
