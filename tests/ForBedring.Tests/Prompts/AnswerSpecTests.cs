using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ForBedring.Prompts;

namespace ForBedring.Tests.Prompts;

/// <summary>What an answer must look like: limits only for choices, "nobody" only for a person.</summary>
public sealed class AnswerSpecTests
{
    private static readonly AnswerKind[] Choices = [AnswerKind.TopicAreas, AnswerKind.Indicators, AnswerKind.Units];

    [Property(MaxTest = 300)]
    public Property Constructor_AnyLimits_AreAcceptedExactlyWhenConsistent()
    {
        var gen =
            from kind in Gen.Elements(Enum.GetValues<AnswerKind>())
            from min in Gen.Choose(-2, 5)
            from max in Gen.Choose(-1, 6)
            from nobody in Gen.Elements(true, false)
            select (Kind: kind, Min: min, Max: max, Nobody: nobody);
        return Prop.ForAll(gen.ToArbitrary(), c =>
        {
            var isChoice = Choices.Contains(c.Kind);
            var valid = (isChoice ? c.Min >= 0 && c.Max >= 1 && c.Max >= c.Min : c.Min == 0 && c.Max == 0)
                        && (!c.Nobody || c.Kind == AnswerKind.Person);

            var made = Record.Exception(() => new AnswerSpec(c.Kind, c.Min, c.Max, c.Nobody));

            if (valid)
            {
                Assert.Null(made);
            }
            else
            {
                Assert.IsType<ArgumentOutOfRangeException>(made);
            }
        });
    }

    [Fact]
    public void Constructor_UnknownKindOrMoreThan100Choices_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new AnswerSpec((AnswerKind)42));
        Assert.Throws<ArgumentOutOfRangeException>(() => new AnswerSpec(AnswerKind.Units, 0, 101));
    }

    [Fact]
    public void FreeTextAndYesNo_Shortcuts_HaveNoLimits()
    {
        Assert.Equal((AnswerKind.FreeText, 0, 0, false), (AnswerSpec.FreeText.Kind, AnswerSpec.FreeText.MinChoices, AnswerSpec.FreeText.MaxChoices, AnswerSpec.FreeText.AllowNobody));
        Assert.Equal(AnswerKind.YesNo, AnswerSpec.YesNo.Kind);
    }
}
