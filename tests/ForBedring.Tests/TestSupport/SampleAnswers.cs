using ForBedring.Process;
using ForBedring.Prompts;
using ForBedring.Results;
using NodaTime;

namespace ForBedring.Tests.TestSupport;

/// <summary>Answers that fit a prompt, and answers of every kind, for tests that need one.</summary>
public static class SampleAnswers
{
    /// <summary>Gets an answer of each kind, each well-formed on its own.</summary>
    public static IReadOnlyList<Answer> OneOfEachKind { get; } =
    [
        new TextAnswer("Et svar"),
        new YesNoAnswer(true),
        new TopicAreasAnswer([new TopicAreaId("engasjement")]),
        new IndicatorsAnswer([new IndicatorId("i1")]),
        new UnitsAnswer([new UnitId("u1")]),
        new PersonAnswer(SampleTeam.Member(1)),
        new DateAnswer(new LocalDate(2027, 2, 1)),
    ];

    /// <summary>Gives an answer that fits a prompt.</summary>
    /// <param name="prompt">The prompt.</param>
    /// <param name="team">The team, for person answers (its first member).</param>
    /// <param name="yes">The value of a yes-or-no answer.</param>
    /// <returns>The answer.</returns>
    public static Answer For(Prompt prompt, LeadershipTeam team, bool yes = false)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(team);
        var spec = prompt.Answer;
        var count = Math.Max(1, spec.MinChoices);
        return spec.Kind switch
        {
            AnswerKind.FreeText => new TextAnswer("Svar på " + prompt.Id.Value),
            AnswerKind.YesNo => new YesNoAnswer(yes),
            AnswerKind.TopicAreas => new TopicAreasAnswer(TopicAreaCatalog.ForBedring.Areas.Take(count).Select(a => a.Id)),
            AnswerKind.Indicators => new IndicatorsAnswer(Enumerable.Range(1, count).Select(i => new IndicatorId("i" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)))),
            AnswerKind.Units => new UnitsAnswer(team.Members.Take(count).Select(m => m.Unit)),
            AnswerKind.Person => new PersonAnswer(team.Members[0].Id),
            AnswerKind.Date => new DateAnswer(new LocalDate(2027, 2, 1)),
            _ => throw new ArgumentOutOfRangeException(nameof(prompt), spec.Kind, "Unknown answer kind."),
        };
    }
}
