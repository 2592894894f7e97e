using ForBedring.Prompts;
using ForBedring.Results;
using NodaTime;

namespace ForBedring.Tests.Prompts;

/// <summary>The typed answers: their kind, their equality by value, and what they refuse.</summary>
public sealed class AnswerTests
{
    [Fact]
    public void Kind_EveryAnswerType_ReportsItsOwnKind()
    {
        Assert.Equal(AnswerKind.FreeText, new TextAnswer("x").Kind);
        Assert.Equal(AnswerKind.YesNo, new YesNoAnswer(true).Kind);
        Assert.Equal(AnswerKind.TopicAreas, new TopicAreasAnswer([]).Kind);
        Assert.Equal(AnswerKind.Indicators, new IndicatorsAnswer([]).Kind);
        Assert.Equal(AnswerKind.Units, new UnitsAnswer([]).Kind);
        Assert.Equal(AnswerKind.Person, new PersonAnswer(null).Kind);
        Assert.Equal(AnswerKind.Date, new DateAnswer(new LocalDate(2027, 1, 1)).Kind);
    }

    [Fact]
    public void Equals_ChoicesWithTheSameItemsInTheSameOrder_AreEqual()
    {
        var a = new TopicAreasAnswer([new TopicAreaId("engasjement"), new TopicAreaId("oppfolging")]);
        var b = new TopicAreasAnswer([new TopicAreaId("engasjement"), new TopicAreaId("oppfolging")]);
        var reversed = new TopicAreasAnswer([new TopicAreaId("oppfolging"), new TopicAreaId("engasjement")]);

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, reversed);
        Assert.Equal(new UnitsAnswer([new UnitId("u1")]), new UnitsAnswer([new UnitId("u1")]));
        Assert.Equal(new IndicatorsAnswer([new IndicatorId("i1")]), new IndicatorsAnswer([new IndicatorId("i1")]));
    }

    [Fact]
    public void Constructor_ChoiceItems_AreCopied()
    {
        var items = new List<TopicAreaId> { new("engasjement") };
        var answer = new TopicAreasAnswer(items);

        items.Add(new TopicAreaId("oppfolging"));

        Assert.Single(answer.Items);
    }

    [Fact]
    public void Constructor_BlankTextOrDefaultItem_ThrowsArgumentException()
    {
        Assert.ThrowsAny<ArgumentException>(() => new TextAnswer("  "));
        Assert.ThrowsAny<ArgumentException>(() => new TextAnswer(null!));
        Assert.Throws<ArgumentException>(() => new TopicAreasAnswer([default]));
        Assert.Throws<ArgumentNullException>(() => new UnitsAnswer(null!));
    }
}
