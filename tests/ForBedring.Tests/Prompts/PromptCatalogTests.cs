using System.Text.RegularExpressions;
using ForBedring.Process;
using ForBedring.Prompts;
using ForBedring.Tests.TestSupport;

namespace ForBedring.Tests.Prompts;

/// <summary>The built-in catalogue holds the guide's questions in its wording, and the catalogue's own operations.</summary>
public sealed partial class PromptCatalogTests
{
    private static readonly PromptCatalog Catalog = PromptCatalog.Default;

    public static TheoryData<string> GuideIds => [.. GuidePrompts.All.Select(p => p.Id)];

    [Fact]
    public void Default_Ids_AreTheGuides21QuestionsInTheGuidesOrder()
    {
        string[] expected = ["A1.1", "A1.2", "A1.3", "A2.1", "A3.2a", "A3.2b", "A3.2c", "A3.5", "A5.1a", "A5.1b", "A5.2", "A5.3", "A5.4", "B4.1", "B4.2", "B4.3", "C4", "C7", "D1", "D2", "D3"];

        Assert.Equal(expected, Catalog.Prompts.Select(p => p.Id.Value));
        Assert.Equal(expected, GuidePrompts.All.Select(p => p.Id));
    }

    [Theory]
    [MemberData(nameof(GuideIds))]
    public void Default_BokmalText_IsTheGuidesWordingVerbatim(string id)
        => Assert.Equal(GuidePrompts.Get(id).Bokmal, Catalog[new PromptId(id)].Text.Bokmal);

    [Theory]
    [MemberData(nameof(GuideIds))]
    public void Default_StepAudienceAndAnswerType_AreAsTheGuideSays(string id)
    {
        var expected = GuidePrompts.Get(id);
        var prompt = Catalog[new PromptId(id)];

        Assert.Equal(expected.Step, prompt.Step);
        Assert.Equal(ProcessSteps.PhaseOf(expected.Step), prompt.Phase);
        Assert.Equal(expected.Audience, prompt.Audience);
        Assert.Equal(expected.Kind, prompt.Answer.Kind);
        Assert.Equal((expected.MinChoices, expected.MaxChoices, expected.AllowNobody), (prompt.Answer.MinChoices, prompt.Answer.MaxChoices, prompt.Answer.AllowNobody));
        Assert.True(prompt.Required);
    }

    [Theory]
    [InlineData("A1", PromptAudience.Leader)]
    [InlineData("A2", PromptAudience.Leader)]
    [InlineData("A3", PromptAudience.Leader)]
    [InlineData("A5", PromptAudience.EachMember)]
    [InlineData("B4", PromptAudience.WholeTeam)]
    [InlineData("C4", PromptAudience.Leader)]
    [InlineData("C7", PromptAudience.WholeTeam)]
    [InlineData("D", PromptAudience.Leader)]
    public void Default_Audience_FollowsTheGuidesColumns(string prefix, PromptAudience audience)
    {
        var prompts = Catalog.Prompts.Where(p => p.Id.Value.StartsWith(prefix, StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(prompts);
        Assert.All(prompts, p => Assert.Equal(audience, p.Audience));
    }

    [Fact]
    public void Default_A51_IsAskedTwiceOverallAndForTheMembersOwnArea()
    {
        var a = Catalog[new PromptId("A5.1a")].Text;
        var b = Catalog[new PromptId("A5.1b")].Text;

        Assert.Equal("Er det resultater som overrasker eller utmerker seg? (a) Overordnet (b) Eget ansvarsområde", GuideLineA51);
        Assert.StartsWith(GuideLineA51[..GuideLineA51.IndexOf(" (a)", StringComparison.Ordinal)], a.Bokmal, StringComparison.Ordinal);
        Assert.EndsWith("(a) Overordnet", a.Bokmal, StringComparison.Ordinal);
        Assert.EndsWith("(b) Eget ansvarsområde", b.Bokmal, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(GuideIds))]
    public void Default_NynorskAndEnglish_ExistAndAreNotBokmal(string id)
    {
        var text = Catalog[new PromptId(id)].Text;

        Assert.False(string.IsNullOrWhiteSpace(text.Nynorsk));
        Assert.False(string.IsNullOrWhiteSpace(text.English));
        Assert.NotEqual(text.Bokmal, text.English);
        Assert.DoesNotMatch(NorwegianLetters(), text.English);
        Assert.DoesNotMatch(BokmalOnlyWords(), text.Nynorsk);
        if (!SameInBothNorwegian.Contains(id))
        {
            Assert.NotEqual(text.Bokmal, text.Nynorsk);
        }
    }

    [Theory]
    [MemberData(nameof(GuideIds))]
    public void Default_Texts_KeepTheSameEndingPunctuationInEveryLanguage(string id)
    {
        var text = Catalog[new PromptId(id)].Text;
        var end = char.IsPunctuation(text.Bokmal[^1]) ? text.Bokmal[^1] : (char?)null;

        Assert.Equal(end, char.IsPunctuation(text.Nynorsk[^1]) ? text.Nynorsk[^1] : null);
        Assert.Equal(end, char.IsPunctuation(text.English[^1]) ? text.English[^1] : null);
    }

    [Fact]
    public void Default_ForStep_GivesEachStepsPromptsInOrder()
    {
        Assert.Equal(["A1.1", "A1.2", "A1.3"], Catalog.ForStep(ProcessStep.SelfReflection).Select(p => p.Id.Value));
        Assert.Equal(["A5.1a", "A5.1b", "A5.2", "A5.3", "A5.4"], Catalog.ForStep(ProcessStep.Homework).Select(p => p.Id.Value));
        Assert.Equal(["C4", "C7"], Catalog.ForStep(ProcessStep.ActionPlanning).Select(p => p.Id.Value));
        Assert.Empty(Catalog.ForStep(ProcessStep.MembersSharing));
        Assert.Empty(Catalog.ForStep(ProcessStep.Closed));
    }

    [Fact]
    public void Find_UnknownId_ReturnsNullAndTheIndexerThrows()
    {
        Assert.Null(Catalog.Find(new PromptId("X1")));
        Assert.Throws<KeyNotFoundException>(() => Catalog[new PromptId("X1")]);
        Assert.Same(Catalog.Prompts[0], Catalog.Find(new PromptId("A1.1")));
    }

    [Fact]
    public void WithText_OnePrompt_ReturnsANewCatalogueAndLeavesTheDefaultAsItWas()
    {
        var text = new LocalizedText("Hva tenker du?", "Kva tenkjer du?", "What do you think?");

        var changed = Catalog.WithText(new PromptId("A1.1"), text);

        Assert.Same(text, changed[new PromptId("A1.1")].Text);
        Assert.Equal(GuidePrompts.Get("A1.1").Bokmal, Catalog[new PromptId("A1.1")].Text.Bokmal);
        Assert.Equal(Catalog.Prompts.Select(p => p.Id), changed.Prompts.Select(p => p.Id));
        var (before, after) = (Catalog[new PromptId("A1.1")], changed[new PromptId("A1.1")]);
        Assert.Equal((before.Step, before.Audience, before.Answer, before.Required), (after.Step, after.Audience, after.Answer, after.Required));
        Assert.Throws<KeyNotFoundException>(() => Catalog.WithText(new PromptId("X1"), text));
    }

    [Fact]
    public void With_OwnPrompt_IsAskedAtItsStepAfterTheGuides()
    {
        var own = new Prompt(new PromptId("org.A1.9"), ProcessStep.SelfReflection, PromptAudience.Leader, AnswerSpec.YesNo, new LocalizedText("Egen?", "Eiga?", "Own?"), required: false);

        var catalog = Catalog.With(own);

        Assert.Equal(["A1.1", "A1.2", "A1.3", "org.A1.9"], catalog.ForStep(ProcessStep.SelfReflection).Select(p => p.Id.Value));
        Assert.Equal(22, catalog.Prompts.Count);
        Assert.Equal(21, Catalog.Prompts.Count);
        Assert.Throws<ArgumentException>(() => catalog.With(own));
    }

    [Fact]
    public void Constructor_PromptsOutOfStepOrder_AreOrderedByStepStably()
    {
        var d1 = Catalog[new PromptId("D1")];
        var a12 = Catalog[new PromptId("A1.2")];
        var a11 = Catalog[new PromptId("A1.1")];

        var catalog = new PromptCatalog([d1, a12, a11]);

        Assert.Equal(["A1.2", "A1.1", "D1"], catalog.Prompts.Select(p => p.Id.Value));
    }

    [Fact]
    public void Constructor_DuplicateIdOrNullPrompt_Throws()
    {
        var a = Catalog.Prompts[0];
        Assert.Throws<ArgumentException>(() => new PromptCatalog([a, a]));
        Assert.Throws<ArgumentNullException>(() => new PromptCatalog([a, null!]));
        Assert.Throws<ArgumentNullException>(() => new PromptCatalog(null!));
    }

    [Fact]
    public void OptionalOwnPrompt_Unanswered_DoesNotHoldUpItsStep()
    {
        var own = new Prompt(new PromptId("org.A1.9"), ProcessStep.SelfReflection, PromptAudience.Leader, AnswerSpec.FreeText, new LocalizedText("Egen?", "Eiga?", "Own?"), required: false);
        var mandatory = new Prompt(new PromptId("org.A1.8"), ProcessStep.SelfReflection, PromptAudience.Leader, AnswerSpec.FreeText, new LocalizedText("Må?", "Må?", "Must?"));
        var d = new CycleDriver(prompts: Catalog.With(own).With(mandatory));
        foreach (var id in new[] { "A1.1", "A1.2", "A1.3" })
        {
            d.Process.AnswerPrompt(d.Leader, new PromptId(id), new TextAnswer("x"));
        }

        Assert.False(d.Process.CanPerform(ProcessAction.CompleteSelfReflection, out var reasons));
        Assert.Equal("org.A1.8", Assert.Single(reasons).GuideReference);
        d.Process.AnswerPrompt(d.Leader, new PromptId("org.A1.8"), new TextAnswer("x"));
        d.Process.CompleteSelfReflection(d.Leader);
    }

    /// <summary>The guide's line for A5.1, which the catalogue asks as two prompts.</summary>
    private const string GuideLineA51 = "Er det resultater som overrasker eller utmerker seg? (a) Overordnet (b) Eget ansvarsområde";

    /// <summary>Questions whose wording is the same in bokmål and nynorsk.</summary>
    private static readonly HashSet<string> SameInBothNorwegian = ["D3"];

    [GeneratedRegex("[æøåÆØÅ]")]
    private static partial Regex NorwegianLetters();

    /// <summary>Words that are bokmål and not nynorsk.</summary>
    [GeneratedRegex(@"\b(Hva|hva|Hvilke|hvilke|Hvordan|hvordan|ikke|ønsker|noen|hvor|egen|eget|fremstå|gjør|leder)\b")]
    private static partial Regex BokmalOnlyWords();
}
