using ForBedring.Actions;
using NodaTime;

namespace ForBedring.Tests.Actions;

public sealed class ActionQualityCheckTests
{
    private static readonly FocusAreaId Area = new("F1");

    [Fact]
    public void Check_ConcreteOrganisationalActionWithOwnerAndDate_HasNoSuggestions()
    {
        var action = new PlannedAction(new ActionId("T1"), "Innføre faste tavlemøter", Area, new PersonId("a"), new LocalDate(2027, 5, 1),
            description: "Ti minutter tavlemøte hver morgen om dagens arbeidsfordeling.", successMeasure: "Færre avvik om overlapp i neste måling.");

        Assert.Empty(ActionQualityCheck.Check(action));
    }

    [Fact]
    public void Check_CourseForIndividualsWithoutOwnerOrDate_SuggestsAllFour()
    {
        var action = new PlannedAction(new ActionId("T2"), "Kurs i stressmestring", Area);

        var warnings = ActionQualityCheck.Check(action);

        Assert.Equal(
            [ActionQualityIssue.TargetsIndividuals, ActionQualityIssue.NoOwner, ActionQualityIssue.NoDueDate, ActionQualityIssue.TooVague],
            warnings.Select(w => w.Issue));
        Assert.Equal([ArkCriterion.Important, ArkCriterion.Feasible, ArkCriterion.Realistic, ArkCriterion.Concrete], warnings.Select(w => w.Criterion));
        Assert.All(warnings, w =>
        {
            Assert.Contains("T2", w.Text.Bokmal, StringComparison.Ordinal);
            Assert.Contains("T2", w.Text.Nynorsk, StringComparison.Ordinal);
            Assert.Contains("T2", w.Text.English, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Check_CourseTiedToTheRota_IsNotIndividualOnly()
    {
        var action = new PlannedAction(new ActionId("T3"), "Kurs for ledere om turnus og bemanning", Area, new PersonId("a"), new LocalDate(2027, 5, 1),
            successMeasure: "Ny turnus innført innen mai.");

        Assert.DoesNotContain(ActionQualityCheck.Check(action), w => w.Issue == ActionQualityIssue.TargetsIndividuals);
    }

    [Fact]
    public void Check_GeneralPhraseWithMeasure_IsNotVague()
    {
        var vague = new PlannedAction(new ActionId("T4"), "Ha fokus på bedre samarbeid mellom seksjonene i klinikken", Area, new PersonId("a"), new LocalDate(2027, 5, 1));
        var measured = new PlannedAction(new ActionId("T4"), "Ha fokus på bedre samarbeid mellom seksjonene i klinikken", Area, new PersonId("a"), new LocalDate(2027, 5, 1),
            successMeasure: "Felles fagmøte hver måned fra mars.");

        Assert.Equal([ActionQualityIssue.TooVague], ActionQualityCheck.Check(vague).Select(w => w.Issue));
        Assert.Empty(ActionQualityCheck.Check(measured));
    }
}
