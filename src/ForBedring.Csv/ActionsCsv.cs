using System.Globalization;
using CsvHelper;
using ForBedring.Actions;
using NodaTime;
using NodaTime.Text;

namespace ForBedring.Csv;

/// <summary>
/// Writes an action plan and a prepared status review as CSV for spreadsheets (RFC 4180: comma-separated, every field
/// quoted, <c>\r\n</c> line ends, a header row), guarded against formula injection.
/// </summary>
/// <remarks>
/// <para>
/// The guard: a cell that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab, a carriage return or an apostrophe
/// is written with one apostrophe (<c>'</c>) in front, so no spreadsheet reads it as a formula; the apostrophe is what
/// spreadsheets themselves use to mark text. Cells that start with an apostrophe get one too, so that
/// <see cref="Unguard"/> — remove one leading apostrophe where there is one — gives back every cell exactly.
/// </para>
/// <para>Dates are ISO (<c>2027-03-01</c>), statuses and kinds their enum names, lists of ids separated by <c>;</c>.</para>
/// </remarks>
public static class ActionsCsv
{
    /// <summary>The columns of <see cref="WritePlan"/>, in order.</summary>
    public static readonly IReadOnlyList<string> PlanColumns = Array.AsReadOnly(new[]
    {
        "plan_unit", "plan_responsible", "action", "title", "status", "focus_area", "focus_kind", "focus_title", "owner", "due_date",
        "contributors", "units", "resources", "indicator", "success_measure", "description", "progress", "cross_unit",
    });

    /// <summary>The columns of <see cref="WriteReview"/>, in order.</summary>
    public static readonly IReadOnlyList<string> ReviewColumns = Array.AsReadOnly(new[]
    {
        "review_date", "plan_unit", "action", "title", "status", "owner", "due_date", "since_last_review", "next_step", "help_needed",
        "overdue", "due_soon", "stale", "ownerless",
    });

    // The guard is ours (Guard/Unguard), so that it can be undone exactly; CsvHelper's own would not escape a leading apostrophe.
    private static readonly CsvWriterOptions Options = new()
    {
        NewLine = "\r\n",
        Quoting = CsvQuoting.Always,
        Injection = CsvInjection.None,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    /// <summary>Writes an action plan: a header row, then one row per action.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="writer">Where to write; not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WritePlan(ActionPlan plan, TextWriter writer)
    {
        if (plan is null)
        {
            throw new ArgumentNullException(nameof(plan));
        }

        Write(writer, PlanColumns, plan.Actions.Select(a =>
        {
            var area = plan.FindFocusArea(a.FocusArea)!;
            return new[]
            {
                plan.Unit?.Value ?? string.Empty, plan.Responsible.Value, a.Id.Value, a.Title, a.Status.ToString(), area.Id.Value, area.Kind.ToString(), area.Title,
                a.Owner?.Value ?? string.Empty, Date(a.DueDate), string.Join(";", a.Contributors.Select(p => p.Value)), string.Join(";", a.Units.Select(u => u.Value)),
                string.Join(";", a.Resources.Select(r => r.Name is null ? r.Kind.ToString() : r.Kind + ":" + r.Name)), a.Indicator?.Value ?? string.Empty,
                a.SuccessMeasure ?? string.Empty, a.Description ?? string.Empty, a.Progress?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                a.CrossUnit ? "true" : "false",
            };
        }));
    }

    /// <summary>Writes a prepared status review: a header row, then one row per open action in the fixed structure (C2).</summary>
    /// <param name="report">The prepared review.</param>
    /// <param name="writer">Where to write; not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteReview(StatusReviewReport report, TextWriter writer)
    {
        if (report is null)
        {
            throw new ArgumentNullException(nameof(report));
        }

        Write(writer, ReviewColumns, report.Lines.Select(l => new[]
        {
            Date(report.Date), l.Plan.Unit?.Value ?? string.Empty, l.Action.Id.Value, l.Action.Title, l.Status.ToString(), l.Action.Owner?.Value ?? string.Empty,
            Date(l.Action.DueDate), string.Join("\n", l.SinceLastReview.Select(u => u.Happened)), l.NextStep ?? string.Empty, Bool(l.HelpNeeded),
            Bool(l.IsOverdue), Bool(l.IsDueSoon), Bool(l.IsStale), Bool(l.IsOwnerless),
        }));
    }

    /// <summary>Guards one cell against formula injection (see the remarks on <see cref="ActionsCsv"/>).</summary>
    /// <param name="cell">The cell's text.</param>
    /// <returns>The text, with one apostrophe in front when it starts with a trigger character or an apostrophe.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cell"/> is null.</exception>
    public static string Guard(string cell)
    {
        if (cell is null)
        {
            throw new ArgumentNullException(nameof(cell));
        }

        return cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\'' ? "'" + cell : cell;
    }

    /// <summary>Undoes <see cref="Guard"/>: removes one leading apostrophe where there is one.</summary>
    /// <param name="cell">The guarded cell.</param>
    /// <returns>The original text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cell"/> is null.</exception>
    public static string Unguard(string cell)
    {
        if (cell is null)
        {
            throw new ArgumentNullException(nameof(cell));
        }

        return cell.Length > 0 && cell[0] == '\'' ? cell.Substring(1) : cell;
    }

    private static void Write(TextWriter writer, IReadOnlyList<string> header, IEnumerable<string[]> rows)
    {
        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }

        using var csv = CsvWriter.Create(writer, Options, true);
        csv.WriteRecord(header.ToArray());
        foreach (var row in rows)
        {
            csv.WriteRecord(row.Select(Guard).ToArray());
        }

        csv.Flush();
    }

    private static string Date(LocalDate? date) => date is { } d ? LocalDatePattern.Iso.Format(d) : string.Empty;

    private static string Bool(bool value) => value ? "true" : "false";
}
