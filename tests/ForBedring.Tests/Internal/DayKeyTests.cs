using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ForBedring.Internal;
using NodaTime;

namespace ForBedring.Tests.Internal;

/// <summary>The roll-up's day numbers order exactly like the dates they stand for, whatever the calendar.</summary>
public sealed class DayKeyTests
{
    private static readonly LocalDate Epoch = new(2000, 1, 1);

    private static Gen<LocalDate> Dates { get; } =
        from days in Gen.Choose(-800_000, 800_000)
        from julian in Gen.Elements(false, true)
        let iso = Epoch.PlusDays(days)
        select julian ? iso.WithCalendar(CalendarSystem.Julian) : iso;

    [Property(MaxTest = 2_000)]
    public Property Of_TwoDates_OrderLikeTheDates()
        => Prop.ForAll(Dates.ToArbitrary(), Dates.ToArbitrary(), (a, b) =>
        {
            var expected = a.WithCalendar(CalendarSystem.Iso).CompareTo(b.WithCalendar(CalendarSystem.Iso));
            Assert.Equal(Math.Sign(expected), Math.Sign(DayKey.Of(a).CompareTo(DayKey.Of(b))));
        });

    [Property(MaxTest = 500)]
    public Property Of_NoDate_AfterEveryDate()
        => Prop.ForAll(Dates.ToArbitrary(), d => Assert.True(DayKey.Of((LocalDate?)null) > DayKey.Of(d)));

    [Fact]
    public void Of_ExtremesOfTheIsoCalendar_InOrderAndBelowNone()
    {
        var min = DayKey.Of(LocalDate.MinIsoValue);
        var max = DayKey.Of(LocalDate.MaxIsoValue);

        Assert.True(min < max);
        Assert.True(max < DayKey.None);
    }
}
