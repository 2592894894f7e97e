using ForBedring.Meetings;
using NodaTime;

namespace ForBedring.Tests.Meetings;

public sealed class MeetingAgendaTests
{
    private static readonly MeetingAgenda Agenda = new AgendaBuilder().Build(6, AgendaBuilder.InOslo(new LocalDateTime(2027, 1, 14, 9, 0)), 90).Agenda;

    [Fact]
    public void Add_Item_GoesToTheEndOfItsPart()
    {
        var added = Agenda.Add(new AgendaItem(AgendaSection.Discussion, "Sykefravær", 10));

        Assert.Equal("Sykefravær", added.Items[6].Title);
        Assert.Equal(AgendaItemKind.Custom, added.Items[6].Kind);
        Assert.Null(added.Items[6].GuideReference);
        Assert.True(added.IsInPartOrder);
        Assert.Equal(100, (int)added.Length.TotalMinutes);
    }

    [Fact]
    public void Move_WithinPart_Reorders_AndAcrossParts_Throws()
    {
        var moved = Agenda.Move(4, 3);
        Assert.Equal(AgendaItemKind.Plenary, moved.Items[3].Kind);
        Assert.Equal(AgendaItemKind.GroupWork, moved.Items[4].Kind);

        Assert.Throws<ArgumentException>(() => Agenda.Move(0, 8));
        Assert.Throws<ArgumentException>(() => Agenda.Insert(0, new AgendaItem(AgendaSection.SummaryAndEvaluation, "x", 5)));
    }

    [Fact]
    public void ResizeAndRemove_ChangeOnlyTheItem()
    {
        var resized = Agenda.Resize(0, 12);
        Assert.Equal(12, resized.Items[0].Minutes);
        Assert.Equal(Agenda.Items.Skip(1), resized.Items.Skip(1));

        var removed = Agenda.RemoveAt(8);
        Assert.Equal(8, removed.Items.Count);
        Assert.Throws<ArgumentOutOfRangeException>(() => Agenda.RemoveAt(9));
        Assert.Throws<ArgumentOutOfRangeException>(() => Agenda.Resize(0, 0));
    }

    [Fact]
    public void AgendaItem_ThreeArgumentConstructor_IsCustomAndEqualToExplicitCustom()
    {
        Assert.Equal(new AgendaItem(AgendaSection.Introduction, "a", 5), new AgendaItem(AgendaSection.Introduction, "a", 5, AgendaItemKind.Custom));
        Assert.NotEqual(new AgendaItem(AgendaSection.Introduction, "a", 5), new AgendaItem(AgendaSection.Introduction, "a", 5, AgendaItemKind.Goals));
    }
}
