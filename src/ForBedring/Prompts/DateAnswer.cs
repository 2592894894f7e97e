using ForBedring.Internal;
using NodaTime;

namespace ForBedring.Prompts;

/// <summary>An answer that is a calendar date.</summary>
/// <param name="Date">The date.</param>
public sealed record DateAnswer(LocalDate Date) : Answer
{
    private readonly LocalDate _date = DayKey.Iso(Date);

    /// <summary>Gets the date, in the ISO calendar (a date made in another calendar is kept as the same day).</summary>
    public LocalDate Date
    {
        get => _date;
        init => _date = DayKey.Iso(value);
    }

    /// <inheritdoc/>
    public override AnswerKind Kind => AnswerKind.Date;
}
