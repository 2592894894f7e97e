using FsCheck;
using FsCheck.Fluent;
using ForBedring.Meetings;
using NodaTime;

namespace ForBedring.Tests.Meetings;

public sealed class AgendaBuilderTests
{
    private static readonly ZonedDateTime Start = AgendaBuilder.InOslo(new LocalDateTime(2027, 1, 14, 9, 0));
    private static readonly AgendaBuilder Builder = new();

    [Fact]
    public void Build_SixMembersInNinetyMinutes_FitsWithTheGuidesItemsInOrder()
    {
        var plan = Builder.Build(6, Start, 90, TextLanguage.English);

        Assert.True(plan.Fits, string.Join("; ", plan.Check.Problems.Select(p => p.Message.English)));
        Assert.Empty(plan.WaysOut);
        Assert.Equal(90, plan.Agenda.Items.Sum(i => i.Minutes));
        Assert.Equal(
            ["B1", "B2", "B3", "B4", "B4", "B5", "B6", "B7", null],
            plan.Agenda.Items.Select(i => i.GuideReference).ToArray());
        Assert.Equal(40, plan.Agenda.Items.Single(i => i.Kind == AgendaItemKind.Sharing).Minutes);
        Assert.Equal("Each leader shares their reflections", plan.Agenda.Items[2].Title);
        Assert.Equal("Europe/Oslo", plan.Agenda.Start.Zone.Id);
    }

    [Fact]
    public void Build_LongMeeting_HasABreakAfterSharing()
    {
        var plan = Builder.Build(8, Start, 120);

        Assert.True(plan.Fits);
        var kinds = plan.Agenda.Items.Select(i => i.Kind).ToList();
        Assert.Equal(kinds.IndexOf(AgendaItemKind.Sharing) + 1, kinds.IndexOf(AgendaItemKind.Break));
        Assert.Equal("Pause", plan.Agenda.Items[kinds.IndexOf(AgendaItemKind.Break)].Title);
    }

    [Fact]
    public void Build_TenMembersInNinetyMinutes_SaysWhyAndOffersEveryWayOut()
    {
        var plan = Builder.Build(10, Start, 90);

        Assert.False(plan.Fits);
        var sharing = plan.Check.Problems.Single(p => p.Code == AgendaProblemCode.SharingTooShort);
        Assert.Equal(60, sharing.Required);
        Assert.Equal(2, sharing.ItemIndex);
        Assert.True(sharing.Actual < 60);
        Assert.Contains("10 leaders at 5 minutes each and 10 minutes for questions need 60", sharing.Message.English, StringComparison.Ordinal);
        Assert.True(plan.Check.ShortBy > 0);

        Assert.Equal([AgendaWayOutKind.LongerMeeting, AgendaWayOutKind.LessTimeEach, AgendaWayOutKind.SharingInGroups], plan.WaysOut.Select(w => w.Kind).ToArray());
        var longer = plan.WaysOut[0];
        Assert.Equal(120, (int)longer.Agenda.Length.TotalMinutes); // 110 of items + a 10-minute break
        Assert.Contains(longer.Agenda.Items, i => i.Kind == AgendaItemKind.Break);
        Assert.Contains("120 minutes long, 30 minutes longer (ending at 11:00)", longer.Description.English, StringComparison.Ordinal);
        Assert.Equal(3, plan.WaysOut[1].Rules.MinutesPerMember);
        Assert.Contains(plan.WaysOut[2].Agenda.Items, i => i.Kind == AgendaItemKind.SharingInGroups);
    }

    [Fact]
    public void Build_TwelveMembersInNinetyMinutes_OffersNoLessTimeEachBelowTheLeast()
    {
        // 12 × 3 minutes + 10 for questions + the other items' 50 minutes is 96: less time each cannot save it.
        var plan = Builder.Build(12, Start, 90);

        Assert.Equal([AgendaWayOutKind.LongerMeeting, AgendaWayOutKind.SharingInGroups], plan.WaysOut.Select(w => w.Kind).ToArray());
    }

    [Fact]
    public void Build_NothingFitsInTime_OffersOnlyWhatPasses()
    {
        var plan = Builder.Build(60, Start, 15);

        Assert.False(plan.Fits);
        Assert.All(plan.WaysOut, w => Assert.True(AgendaBuilder.Check(w.Agenda, 60, (int)w.Agenda.Length.TotalMinutes, w.Rules).IsOk));
    }

    [Fact]
    public void BuildFor_PeopleList_CountsEachPersonOnce()
    {
        var a = new PersonId("a");
        var plan = Builder.BuildFor([a, a, new PersonId("b")], Start, 60);

        Assert.Equal(2, plan.MembersPresent);
    }

    [Theory]
    [InlineData(0, 90)]
    [InlineData(61, 90)]
    [InlineData(5, 14)]
    [InlineData(5, 481)]
    public void Build_OutOfRange_Throws(int members, int minutes)
        => Assert.Throws<ArgumentOutOfRangeException>(() => Builder.Build(members, Start, minutes));

    [Fact]
    public void Check_EditedAgenda_ReportsEveryProblemWithNumbers()
    {
        var agenda = Builder.Build(6, Start, 90).Agenda;
        var plenary = agenda.Items.ToList().FindIndex(i => i.Kind == AgendaItemKind.Plenary);
        var edited = agenda.RemoveAt(plenary).Resize(2, 20);

        var check = Builder.Check(edited, 6, 90);

        Assert.Equal(
            [AgendaProblemCode.LengthMismatch, AgendaProblemCode.SharingTooShort, AgendaProblemCode.PlenaryMissing],
            check.Problems.Select(p => p.Code).ToArray());
        Assert.Equal(40, check.Problems[1].Required);
        Assert.Equal(20, check.Problems[1].Actual);
        Assert.Equal(20 + 10, check.ShortBy);
        Assert.Equal("B3 har 20 minutter, men 6 ledere à 5 minutter og 10 minutter til spørsmål trenger 40.", check.Problems[1].Message.Bokmal);
        Assert.Equal("B3 har 20 minutt, men 6 leiarar à 5 minutt og 10 minutt til spørsmål treng 40.", check.Problems[1].Message.Nynorsk);
    }

    [Fact]
    public void Check_SqueezedSummaryAndNoBreak_AreReported()
    {
        var agenda = new MeetingAgenda(Start, [
            new AgendaItem(AgendaSection.Introduction, "Intro", 10),
            new AgendaItem(AgendaSection.Discussion, "Del", 40, AgendaItemKind.Sharing),
            new AgendaItem(AgendaSection.Discussion, "Grupper", 20, AgendaItemKind.GroupWork),
            new AgendaItem(AgendaSection.Discussion, "Plenum", 20, AgendaItemKind.Plenary),
            new AgendaItem(AgendaSection.SummaryAndEvaluation, "Slutt", 5),
        ]);

        var check = Builder.Check(agenda, 6, 95);

        Assert.Equal([AgendaProblemCode.SummaryTooShort, AgendaProblemCode.BreakMissing], check.Problems.Select(p => p.Code).ToArray());
    }

    [Fact]
    public void Check_MissingPartAndWrongOrder_AreReported()
    {
        var agenda = new MeetingAgenda(Start, [
            new AgendaItem(AgendaSection.Discussion, "Del", 40, AgendaItemKind.Sharing),
            new AgendaItem(AgendaSection.Introduction, "Intro", 10),
        ]);

        var codes = Builder.Check(agenda, 6, 50).Problems.Select(p => p.Code).ToList();

        Assert.Contains(AgendaProblemCode.PartMissing, codes);
        Assert.Contains(AgendaProblemCode.PartOrder, codes);
        Assert.Contains(AgendaProblemCode.GroupWorkMissing, codes);
    }

    [Fact]
    public void Build_AnyTeamAndLength_EitherFitsOrSaysWhyAndEveryWayOutPasses()
    {
        var gen =
            from members in Gen.Choose(1, 60)
            from minutes in Gen.Choose(AgendaBuilder.MinMinutes, AgendaBuilder.MaxMinutes)
            from each in Gen.Choose(1, 15)
            from questions in Gen.Choose(0, 30)
            select (members, minutes, each, questions);

        Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var builder = new AgendaBuilder(rules: new AgendaRules(minutesPerMember: t.each, questionMinutes: t.questions));
            var plan = builder.Build(t.members, Start, t.minutes);
            var again = builder.Check(plan.Agenda, t.members, t.minutes);
            var ok = plan.Check.Equals(again)
                && plan.Agenda.IsInPartOrder
                && (plan.Fits
                    ? plan.WaysOut.Count == 0 && (int)plan.Agenda.Length.TotalMinutes == t.minutes
                    : plan.Check.Problems.Count > 0 && plan.Check.Problems.All(p => p.Message.English.Length > 0))
                && plan.WaysOut.All(w => AgendaBuilder.Check(w.Agenda, t.members, (int)w.Agenda.Length.TotalMinutes, w.Rules).IsOk
                    && (w.Kind == AgendaWayOutKind.LongerMeeting ? w.Agenda.Length.TotalMinutes > t.minutes : (int)w.Agenda.Length.TotalMinutes == t.minutes));
            return ok;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Build_WhenTheLeastFitsInTime_AlwaysFits()
    {
        // The plan fits exactly when the template's least minutes fit: the builder never refuses a meeting that could fit.
        Prop.ForAll(Gen.Choose(1, 30).ToArbitrary(), members =>
        {
            var plan = Builder.Build(members, Start, AgendaBuilder.MaxMinutes);
            return plan.Fits;
        }).QuickCheckThrowOnFailure();
    }
}
