using CsvHelper;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ForBedring.Actions;
using ForBedring.Csv;
using ForBedring.Results;
using ForBedring.Tests.TestSupport;
using NodaTime;

namespace ForBedring.Tests.Csv;

/// <summary>The CSV export of plans and reviews: parsed back it gives the original cells minus the guard, and no cell starts with a trigger.</summary>
public sealed class ActionsCsvTests
{
    private static readonly char[] Triggers = ['=', '+', '-', '@', '\t', '\r'];
    private static readonly FocusArea Area = new(new FocusAreaId("F1"), FocusAreaKind.Improve, "Forbedre", [new TopicAreaId("samarbeidsklima")], []);

    /// <summary>Texts that start with anything, hold quotes, separators, line breaks and Norwegian letters.</summary>
    private static Gen<string> Text { get; } =
        Gen.Choose(1, 12)
            .SelectMany(n => Gen.ArrayOf(Gen.Elements('=', '+', '-', '@', '\t', '\r', '\n', '\'', '"', ',', ';', ' ', 'a', 'Z', '1', 'å', 'Ø', '|', '#'), n))
            .Select(cs => new string(cs))
            .Where(s => !string.IsNullOrWhiteSpace(s));

    private static Gen<(string, string, string)[]> Rows { get; } =
        Gen.Choose(1, 6).SelectMany(n => Gen.ArrayOf(
            from a in Text
            from b in Text
            from c in Text
            select (a, b, c),
            n));

    [Property(MaxTest = 300)]
    public Property WritePlan_AnyTexts_ParseBackToTheOriginalCellsAndNoCellStartsWithATrigger()
        => Prop.ForAll(Rows.ToArbitrary(), texts =>
        {
            var actions = texts.Select((t, i) => new PlannedAction(new ActionId("T" + i), t.Item1, Area.Id, description: t.Item2, successMeasure: t.Item3)).ToList();
            var plan = new ActionPlan(null, new PersonId("leder"), [Area], actions);
            using var writer = new StringWriter();

            ActionsCsv.WritePlan(plan, writer);

            var rows = Parse(writer.ToString());
            Assert.Equal(ActionsCsv.PlanColumns, rows[0]);
            Assert.Equal(actions.Count + 1, rows.Count);
            Assert.All(rows.SelectMany(r => r), cell => Assert.False(cell.Length > 0 && Triggers.Contains(cell[0]), $"A cell starts with a trigger: {cell}"));
            var title = IndexOf(ActionsCsv.PlanColumns, "title");
            var description = IndexOf(ActionsCsv.PlanColumns, "description");
            var success = IndexOf(ActionsCsv.PlanColumns, "success_measure");
            for (var i = 0; i < actions.Count; i++)
            {
                Assert.Equal(actions[i].Title, ActionsCsv.Unguard(rows[i + 1][title]));
                Assert.Equal(actions[i].Description, ActionsCsv.Unguard(rows[i + 1][description]));
                Assert.Equal(actions[i].SuccessMeasure, ActionsCsv.Unguard(rows[i + 1][success]));
            }
        });

    [Property(MaxTest = 300)]
    public Property Guard_AnyText_IsUndoneByUnguardAndNeverStartsWithATrigger()
        => Prop.ForAll(Text.ToArbitrary(), text =>
        {
            var guarded = ActionsCsv.Guard(text);
            Assert.Equal(text, ActionsCsv.Unguard(guarded));
            Assert.DoesNotContain(guarded[0], Triggers);
        });

    [Fact]
    public void WriteReview_OneAction_WritesTheFixedStructure()
    {
        var owner = new PersonId("a");
        var at = new LocalDate(2027, 2, 20).AtStartOfDayInZone(TestClock.Oslo).ToInstant();
        var action = new PlannedAction(new ActionId("T1"), "=SUM(A1)", Area.Id, owner, new LocalDate(2027, 2, 27),
            updates: [new ActionUpdate(at, owner, ActionStatus.InProgress, "-startet", nextStep: "@neste", helpNeeded: true)]);
        var report = StatusReviewReport.For([new ActionPlan(null, owner, [Area], [action])], new LocalDate(2027, 3, 1), TestClock.Oslo);
        using var writer = new StringWriter();

        ActionsCsv.WriteReview(report, writer);

        var rows = Parse(writer.ToString());
        Assert.Equal(
            ["2027-03-01", string.Empty, "T1", "'=SUM(A1)", "InProgress", "a", "2027-02-27", "'-startet", "'@neste", "true", "true", "false", "false", "false"],
            rows[1]);
    }

    private static int IndexOf(IReadOnlyList<string> columns, string name) => columns.ToList().IndexOf(name);

    private static List<string[]> Parse(string text)
    {
        var rows = new List<string[]>();
        using var reader = CsvReader.FromText(text, new CsvReaderOptions { HasHeader = false, AllowLineBreaksInQuotes = true });
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetString(i)).ToArray());
        }

        return rows;
    }
}
