using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ForBedring.Process;
using ForBedring.Prompts;
using ForBedring.Results;
using ForBedring.Tests.TestSupport;
using NodaTime;

namespace ForBedring.Tests.Prompts;

/// <summary>A prompt's answer validation: the typed errors for answers that do not fit, for all inputs where it fits.</summary>
public sealed class PromptTests
{
    private static readonly string[] KnownAreas = [.. TopicAreaCatalog.ForBedring.Areas.Select(a => a.Id.Value)];
    private static readonly string[] AreaPool = [.. KnownAreas, "ukjent", "annet"];
    private static readonly IReadOnlyList<PersonId> Team = SampleTeam.Default.Everyone;

    public static TheoryData<string> GuideIds => [.. GuidePrompts.All.Select(p => p.Id)];

    [Fact]
    public void Validate_EveryAnswerOfAnotherKind_IsRejectedWithWrongKindOnly()
    {
        foreach (var prompt in PromptCatalog.Default.Prompts)
        {
            foreach (var answer in SampleAnswers.OneOfEachKind.Where(a => a.Kind != prompt.Answer.Kind))
            {
                var problems = prompt.Validate(answer, people: Team);

                var problem = Assert.Single(problems);
                Assert.Equal("answer.wrong-kind", problem.Code);
                Assert.Equal(prompt.Id.Value, problem.GuideReference);
                Assert.Contains(prompt.Id.Value, problem.Text.English, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [MemberData(nameof(GuideIds))]
    public void Validate_FittingAnswer_HasNoProblem(string id)
    {
        var prompt = PromptCatalog.Default[new PromptId(id)];

        Assert.Empty(prompt.Validate(SampleAnswers.For(prompt, SampleTeam.Default), people: Team));
    }

    /// <summary>For any list of topic areas and any limits: too few, too many, each duplicate and each unknown area are named, nothing else.</summary>
    [Property(MaxTest = 500)]
    public Property Validate_AnyTopicAreaChoice_NamesExactlyTheBrokenRules()
    {
        var gen =
            from min in Gen.Choose(0, 4)
            from extra in Gen.Choose(0, 4)
            from items in Gen.ListOf(Gen.Elements(AreaPool)).Select(l => l.Take(9).ToList())
            select (Min: min, Max: Math.Max(1, min + extra), Items: items);
        return Prop.ForAll(gen.ToArbitrary(), c =>
        {
            var prompt = new Prompt(new PromptId("T.1"), ProcessStep.StrategicFocus, PromptAudience.Leader, new AnswerSpec(AnswerKind.TopicAreas, c.Min, c.Max), Text());

            var codes = prompt.Validate(new TopicAreasAnswer(c.Items.Select(i => new TopicAreaId(i)))).Select(p => p.Code).Order(StringComparer.Ordinal);

            var expected = new List<string>();
            if (c.Items.Count < c.Min)
            {
                expected.Add("answer.too-few");
            }

            if (c.Items.Count > c.Max)
            {
                expected.Add("answer.too-many");
            }

            expected.AddRange(c.Items.GroupBy(i => i).Where(g => g.Count() > 1).Select(_ => "answer.duplicate"));
            expected.AddRange(c.Items.Distinct().Where(i => !KnownAreas.Contains(i)).Select(_ => "answer.unknown-topic-area"));
            Assert.Equal(expected.Order(StringComparer.Ordinal), codes);
        });
    }

    /// <summary>Indicators and units have no catalogue here: only the count and duplicates are checked.</summary>
    [Property(MaxTest = 300)]
    public Property Validate_AnyIndicatorOrUnitChoice_ChecksCountAndDuplicates()
    {
        var gen =
            from min in Gen.Choose(0, 3)
            from extra in Gen.Choose(0, 3)
            from units in Gen.Elements(true, false)
            from items in Gen.ListOf(Gen.Elements("x1", "x2", "x3", "x4")).Select(l => l.Take(7).ToList())
            select (Min: min, Max: Math.Max(1, min + extra), Units: units, Items: items);
        return Prop.ForAll(gen.ToArbitrary(), c =>
        {
            var kind = c.Units ? AnswerKind.Units : AnswerKind.Indicators;
            var prompt = new Prompt(new PromptId("T.2"), ProcessStep.Homework, PromptAudience.EachMember, new AnswerSpec(kind, c.Min, c.Max), Text());
            Answer answer = c.Units ? new UnitsAnswer(c.Items.Select(i => new UnitId(i))) : new IndicatorsAnswer(c.Items.Select(i => new IndicatorId(i)));

            var codes = prompt.Validate(answer).Select(p => p.Code).Order(StringComparer.Ordinal).ToList();

            var expected = new List<string>();
            if (c.Items.Count < c.Min)
            {
                expected.Add("answer.too-few");
            }

            if (c.Items.Count > c.Max)
            {
                expected.Add("answer.too-many");
            }

            expected.AddRange(c.Items.GroupBy(i => i).Where(g => g.Count() > 1).Select(_ => "answer.duplicate"));
            Assert.Equal(expected.Order(StringComparer.Ordinal), codes);
        });
    }

    [Fact]
    public void Validate_A21WithFourAreas_IsTooMany()
    {
        var prompt = PromptCatalog.Default[new PromptId("A2.1")];

        var problems = prompt.Validate(new TopicAreasAnswer(KnownAreas.Take(4).Select(a => new TopicAreaId(a))));

        Assert.Equal("answer.too-many", Assert.Single(problems).Code);
        Assert.Equal("A2.1", problems[0].GuideReference);
        Assert.Equal(["answer.too-few"], prompt.Validate(new TopicAreasAnswer([])).Select(p => p.Code));
    }

    [Fact]
    public void Validate_TopicAreaOfTheRoundsOwnCatalogue_IsCheckedAgainstThatCatalogue()
    {
        var prompt = PromptCatalog.Default[new PromptId("A5.2")];
        var own = new TopicAreaCatalog([new TopicArea(new TopicAreaId("pasientsikkerhet"), new LocalizedText("Pasientsikkerhet", "Pasienttryggleik", "Patient safety"))]);
        var answer = new TopicAreasAnswer([new TopicAreaId("pasientsikkerhet")]);

        Assert.Empty(prompt.Validate(answer, own));
        Assert.Equal("answer.unknown-topic-area", Assert.Single(prompt.Validate(answer)).Code);
    }

    [Fact]
    public void Validate_NobodyForC7_IsAllowedButNotForAPersonPromptThatForbidsIt()
    {
        var c7 = PromptCatalog.Default[new PromptId("C7")];
        var strict = new Prompt(new PromptId("T.3"), ProcessStep.ActionPlanning, PromptAudience.WholeTeam, new AnswerSpec(AnswerKind.Person), Text());

        Assert.Empty(c7.Validate(new PersonAnswer(null), people: Team));
        var problem = Assert.Single(strict.Validate(new PersonAnswer(null), people: Team));
        Assert.Equal(("answer.nobody-not-allowed", "T.3"), (problem.Code, problem.GuideReference));
    }

    [Property(MaxTest = 200)]
    public Property Validate_AnyPerson_IsOnTheTeamOrRejected()
    {
        var pool = Team.Select(p => p.Value).Concat(["stranger", "m9", "leder2"]).ToArray();
        return Prop.ForAll(Gen.Elements(pool).ToArbitrary(), id =>
        {
            var c7 = PromptCatalog.Default[new PromptId("C7")];

            var problems = c7.Validate(new PersonAnswer(new PersonId(id)), people: Team);

            if (Team.Contains(new PersonId(id)))
            {
                Assert.Empty(problems);
            }
            else
            {
                Assert.Equal("answer.person-not-on-team", Assert.Single(problems).Code);
                Assert.Contains(id, problems[0].Text.Bokmal, StringComparison.Ordinal);
                Assert.Empty(c7.Validate(new PersonAnswer(new PersonId(id))));
            }
        });
    }

    [Fact]
    public void Validate_DateAndYesNo_HaveNoFinerRules()
    {
        var date = new Prompt(new PromptId("T.4"), ProcessStep.WayForward, PromptAudience.Leader, new AnswerSpec(AnswerKind.Date), Text());

        Assert.Empty(date.Validate(new DateAnswer(new LocalDate(1900, 1, 1))));
        Assert.Empty(PromptCatalog.Default[new PromptId("D3")].Validate(new YesNoAnswer(false)));
    }

    [Fact]
    public void Validate_NullAnswer_ThrowsArgumentNullException()
        => Assert.Throws<ArgumentNullException>(() => PromptCatalog.Default.Prompts[0].Validate(null!));

    [Fact]
    public void Constructor_DefaultIdOrClosedStep_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => new Prompt(default, ProcessStep.SelfReflection, PromptAudience.Leader, AnswerSpec.FreeText, Text()));
        Assert.Throws<ArgumentException>(() => new Prompt(new PromptId("X"), ProcessStep.Closed, PromptAudience.Leader, AnswerSpec.FreeText, Text()));
        Assert.Throws<ArgumentException>(() => new Prompt(new PromptId("X"), ProcessStep.SelfReflection, (PromptAudience)9, AnswerSpec.FreeText, Text()));
        Assert.Throws<ArgumentNullException>(() => new Prompt(new PromptId("X"), ProcessStep.SelfReflection, PromptAudience.Leader, null!, Text()));
    }

    private static LocalizedText Text() => new("Spørsmål?", "Spørsmål?", "Question?");
}
