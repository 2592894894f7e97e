using System.Globalization;
using System.Text;
using ForBedring.Actions;
using ForBedring.Meetings;
using ForBedring.Process;
using ForBedring.Prompts;
using NodaTime;

namespace ForBedring.Tests.Process.Model;

/// <summary>Canonical text for values, so that the model and the real process can be compared line by line.</summary>
internal static class Describe
{
    public static string Answer(Answer? answer) => answer switch
    {
        null => "null",
        TextAnswer t => "text:" + t.Text,
        YesNoAnswer y => y.Value ? "yes" : "no",
        TopicAreasAnswer t => "topics:[" + string.Join(",", t.Items.Select(i => i.Value)) + "]",
        IndicatorsAnswer i => "indicators:[" + string.Join(",", i.Items.Select(x => x.Value)) + "]",
        UnitsAnswer u => "units:[" + string.Join(",", u.Items.Select(x => x.Value)) + "]",
        PersonAnswer p => "person:" + (p.Person?.Value ?? "nobody"),
        DateAnswer d => "date:" + Date(d.Date),
        _ => answer.GetType().Name,
    };

    public static string Agenda(MeetingAgenda? agenda)
        => agenda is null
            ? "none"
            : agenda.Start.ToString("uuuu-MM-dd'T'HH:mm", CultureInfo.InvariantCulture) + "["
              + string.Join(",", agenda.Items.Select(i => i.Section + ":" + i.Minutes.ToString(CultureInfo.InvariantCulture))) + "]";

    public static string Groups(IReadOnlyList<MeetingGroup> groups)
        => string.Concat(groups.Select(g => "[" + string.Join(" ", g.Members.Select(m => m.Value)) + "]"));

    public static string Draft(ActionDraft draft)
        => $"{draft.Title}|owner={draft.Owner?.Value ?? "-"}|due={Date(draft.DueDate)}|cross={draft.CrossUnit}";

    public static string Review(StatusReview review)
        => Date(review.Date) + "{" + string.Join(",", review.Updates.Select(u => u.Action.Value + ":" + u.Status)) + "}";

    public static string Action(ImprovementAction a)
        => $"{a.Id.Value}({a.Title}|owner={a.Owner?.Value ?? "-"}|due={Date(a.DueDate)}|cross={a.CrossUnit}|{a.Status}|origin={a.Origin})";

    public static string Date(LocalDate? date) => date is { } d ? d.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : "-";

    public static string Ids(IEnumerable<PersonId> people) => string.Join(",", people.Select(p => p.Value));

    public static string History(HistoryEntry e)
        => $"v{e.Version} {e.At} {e.By.Value} {e.Action} {e.From}->{e.To} subject={e.Subject ?? "-"}";

    /// <summary>Everything the model tracks, read from the real process.</summary>
    public static string Process(FollowUpProcess p)
    {
        var b = new StringBuilder();
        b.Append("step=").Append(p.Step).Append(" version=").Append(p.Version).Append(" history=").Append(p.History.Count).AppendLine();
        b.Append("last=").AppendLine(p.History.Count == 0 ? "-" : History(p.History[p.History.Count - 1]));
        foreach (var a in p.Answers)
        {
            b.Append("answer ").Append(a.Prompt.Value).Append('/').Append(a.Respondent?.Value ?? "team").Append(" by ").Append(a.AnsweredBy.Value)
                .Append(" at ").Append(a.AnsweredAt).Append(": ").AppendLine(Answer(a.Answer));
        }

        b.Append("agenda=").AppendLine(Agenda(p.Agenda));
        b.Append("timekeeper=").Append(p.Timekeeper?.Value ?? "-").Append(" minuteTaker=").Append(p.MinuteTaker?.Value ?? "-")
            .Append(" presentation=").AppendLine(p.Presentation ?? "-");
        b.Append("groups=").AppendLine(Groups(p.Groups));
        b.Append("reports=").Append(p.Reports is null ? "-" : p.Reports.CommonReport + ":" + string.Join(",", p.Reports.MemberReports.Select(r => r.Key.Value + "=" + r.Value)))
            .Append(" sentAt=").AppendLine(p.ReportsSentAt?.ToString() ?? "-");
        b.Append("homework=").AppendLine(Date(p.HomeworkDue));
        b.Append("absent=").Append(Ids(p.Absent)).Append(" shared=").AppendLine(Ids(p.Shared));
        b.Append("actions=").AppendLine(string.Join(" ", p.Actions.Select(Action)));
        b.Append("agreements=").AppendLine(string.Join("|", p.Agreements));
        b.Append("tasks=").AppendLine(string.Join(" ", p.FollowUpTasks.Select(t => t.Owner.Value + ":" + t.Description + ":" + Date(t.Due))));
        b.Append("reviewDates=").AppendLine(string.Join(",", p.StatusReviewDates.Select(d => Date(d))));
        b.Append("resources=").AppendLine(p.ResourceReview is null ? "-" : string.Join(",", p.ResourceReview.Resources));
        b.Append("reviews=").AppendLine(string.Join(" ", p.StatusReviews.Select(Review)));
        b.Append("commitments=").AppendLine(string.Join(" ", p.Commitments.Select(c => c.Member.Value + ":" + c.Text)));
        b.Append("notes=").AppendLine(string.Join("|", p.TeamDevelopmentNotes));
        b.Append("statusReporter=").AppendLine(p.StatusReporter?.Value ?? "-");
        b.Append("plans=").AppendLine(string.Join(" ", p.ActionPlans.Select(pl => (pl.Unit?.Value ?? "shared") + "{" + string.Join(",", pl.Actions.Select(a => a.Id.Value + ":" + a.Status + ":" + a.Updates.Count.ToString(CultureInfo.InvariantCulture))) + "}")));
        b.Append("minutes=").Append(p.Minutes.Count).Append(" groupRounds=").Append(p.GroupHistory.Count).AppendLine();
        return b.ToString();
    }
}
