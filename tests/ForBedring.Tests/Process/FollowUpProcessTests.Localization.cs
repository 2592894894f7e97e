using System.Globalization;
using ForBedring.Process;
using ForBedring.Tests.TestSupport;

namespace ForBedring.Tests.Process;

/// <summary>The reasons a leader reads, in the current UI culture's language.</summary>
public sealed partial class FollowUpProcessTests
{
    [Theory]
    [InlineData("nb-NO", "Møtet har ingen agenda med tidsplan ennå.", "Ingen tidtaker er utpekt.")]
    [InlineData("nn-NO", "Møtet har ingen agenda med tidsplan enno.", "Ingen tidtakar er peika ut.")]
    [InlineData("en-GB", "The meeting has no agenda with a time plan yet.", "No timekeeper has been assigned.")]
    [InlineData("en-US", "The meeting has no agenda with a time plan yet.", "No timekeeper has been assigned.")]
    [InlineData("sv-SE", "Møtet har ingen agenda med tidsplan ennå.", "Ingen tidtaker er utpekt.")]
    public void CanPerform_Reasons_AreInTheCurrentUICulturesLanguage(string culture, string agendaMissing, string timekeeperMissing)
    {
        var p = CycleDriver.StartAt(ProcessStep.MeetingPlanning);
        using var scope = new CultureScope(culture);

        p.CanPerform(ProcessAction.CompleteMeetingPlan, out var reasons);

        Assert.Equal(agendaMissing, reasons.Single(r => r.Code == "agenda.missing").Message);
        Assert.Equal(timekeeperMissing, reasons.Single(r => r.Code == "roles.timekeeper-missing").ToString());
    }

    [Theory]
    [InlineData("nb-NO", "Kan ikke avslutte delingsrunden i steget «Hver leder deler sine refleksjoner»:", "Ane Berg har ikke delt ennå og er ikke ført som fraværende.")]
    [InlineData("nn-NO", "Kan ikkje avslutte delingsrunden i steget «Kvar leiar deler refleksjonane sine»:", "Ane Berg har ikkje delt enno og er ikkje ført som fråverande.")]
    [InlineData("en-GB", "Cannot complete the sharing round at the step 'Each leader shares their reflections':", "Ane Berg has not shared yet and is not recorded absent.")]
    public void ProcessRuleException_Message_IsInTheCurrentUICulturesLanguageWithNamesFilledIn(string culture, string header, string firstReason)
    {
        var p = CycleDriver.StartAt(ProcessStep.MembersSharing);
        using var scope = new CultureScope(culture);

        var e = Assert.Throws<ProcessRuleException>(() => p.CompleteSharing(SampleTeam.Leader));

        var lines = e.Message.Split(Environment.NewLine);
        Assert.Equal(header, lines[0]);
        Assert.Equal("- " + firstReason, lines[1]);
        Assert.Equal(5, lines.Length);
        Assert.Equal(firstReason, e.Conditions[0].Message);
    }

    [Theory]
    [InlineData("nb-NO", "A1.1 er ikke besvart: «Hvilke tanker gjør du deg om årets resultat?»")]
    [InlineData("nn-NO", "A1.1 er ikkje svart på: «Kva tankar gjer du deg om årets resultat?»")]
    [InlineData("en-GB", "A1.1 is not answered: 'What are your thoughts on this year's results?'")]
    public void CanPerform_UnansweredPrompt_QuotesThePromptInTheSameLanguage(string culture, string expected)
    {
        var p = CycleDriver.StartAt(ProcessStep.SelfReflection);
        using var scope = new CultureScope(culture);

        p.CanPerform(ProcessAction.CompleteSelfReflection, out var reasons);

        Assert.Equal(expected, reasons[0].Message);
    }

    [Fact]
    public void CanPerform_Reasons_CarryAllThreeLanguagesWhateverTheCulture()
    {
        var p = CycleDriver.StartAt(ProcessStep.MembersSharing);
        using var scope = new CultureScope("en-GB");

        p.CanPerform(ProcessAction.CompleteSharing, out var reasons);

        var text = reasons[0].Text;
        Assert.Equal(text.English, text.In(TextLanguage.English));
        Assert.Equal(text.Nynorsk, text.In(CultureInfo.GetCultureInfo("nn-NO")));
        Assert.Equal(text.Bokmal, text.In(CultureInfo.GetCultureInfo("nb-NO")));
        Assert.Equal(3, new[] { text.Bokmal, text.Nynorsk, text.English }.Distinct().Count());
    }

    [Theory]
    [InlineData("nb-NO")]
    [InlineData("nn-NO")]
    [InlineData("en-GB")]
    public void CanPerform_EveryReasonOfEveryStep_HasDistinctTextsAndNoUnfilledPlaceholder(string culture)
    {
        using var scope = new CultureScope(culture);
        foreach (var step in ProcessSteps.All.Where(s => s != ProcessStep.Closed))
        {
            var p = CycleDriver.StartAt(step);
            foreach (var action in ProcessDefinition.Actions.Where(a => a.Target is not null && a.Steps.Contains(step)))
            {
                p.CanPerform(action.Action, SampleTeam.Member(1), out var reasons);
                foreach (var r in reasons)
                {
                    Assert.DoesNotContain("{0", r.Message, StringComparison.Ordinal);
                    Assert.DoesNotContain("{1", r.Message, StringComparison.Ordinal);
                    Assert.False(string.IsNullOrWhiteSpace(r.Message));
                    Assert.Equal(r.Text.In(CultureInfo.CurrentUICulture), r.Message);
                }
            }
        }
    }
}
