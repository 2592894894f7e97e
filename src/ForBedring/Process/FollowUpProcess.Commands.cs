using System.Globalization;
using ForBedring.Actions;
using ForBedring.Internal;
using ForBedring.Meetings;
using ForBedring.Prompts;
using NodaTime;
using NodaTime.Text;

namespace ForBedring.Process;

/// <summary>The commands: one intention-named method per action of the guide.</summary>
public sealed partial class FollowUpProcess
{
    /// <summary>Answers, or revises the answer to, a prompt that can be answered now.</summary>
    /// <param name="actor">Who answers: the leader for the leader's prompts, a member for their own homework, the leader or the minute-taker for the whole team's.</param>
    /// <param name="prompt">The prompt's id.</param>
    /// <param name="answer">The answer; it must fit the prompt's type.</param>
    /// <exception cref="ArgumentNullException"><paramref name="answer"/> is null.</exception>
    /// <exception cref="ProcessRuleException">The prompt is unknown or not asked now, the actor may not answer it, or the answer does not fit.</exception>
    public void AnswerPrompt(PersonId actor, PromptId prompt, Answer answer)
    {
        Guard.NotNull(answer, nameof(answer));
        var definition = Prompts.Find(prompt);
        Execute(
            ProcessAction.AnswerPrompt,
            actor,
            prompt.Value,
            list =>
            {
                if (definition is null)
                {
                    list.Add(Condition(ConditionCodes.PromptUnknown, null, RuleMessages.PromptUnknown, prompt));
                    return;
                }

                if (!ProcessDefinition.IsAnswerable(definition, Step))
                {
                    list.Add(Condition(ConditionCodes.PromptNotNow, prompt.Value, RuleMessages.PromptNotNow, prompt, ProcessSteps.NameOf(definition.Step), ProcessSteps.NameOf(Step)));
                }

                if (_state.Team.Contains(actor) && !CanRespond(definition, actor))
                {
                    var text = definition.Audience switch
                    {
                        PromptAudience.Leader => RuleMessages.RoleRespondentLeader,
                        PromptAudience.EachMember => RuleMessages.RoleRespondentMember,
                        _ => RuleMessages.RoleRespondentTeam,
                    };
                    list.Add(Condition(ConditionCodes.PromptWrongRespondent, prompt.Value, text, prompt));
                }

                if (definition.Audience == PromptAudience.EachMember && definition.Step == ProcessStep.Homework && _state.HomeworkDue is null)
                {
                    list.Add(Condition(ConditionCodes.HomeworkNotAssigned, "A5", RuleMessages.HomeworkNotAssigned));
                }

                list.AddRange(definition.Validate(answer, TopicAreas, _state.Team.Everyone));
            },
            s =>
            {
                var respondent = RespondentFor(definition!, actor);
                var given = new PromptAnswer(prompt, respondent, answer, actor, Now);
                return s with { Answers = s.Answers.Upsert(a => a.Prompt == prompt && a.Respondent == respondent, given) };
            });
    }

    /// <summary>A1: completes the leader's self-reflection once A1.1–A1.3 are answered.</summary>
    /// <param name="actor">The leader.</param>
    /// <exception cref="ProcessRuleException">A rule does not allow it now.</exception>
    public void CompleteSelfReflection(PersonId actor) => Transition(ProcessAction.CompleteSelfReflection, actor);

    /// <summary>A2: sets the leader's strategic focus once A2.1 is answered.</summary>
    /// <param name="actor">The leader.</param>
    /// <exception cref="ProcessRuleException">A rule does not allow it now.</exception>
    public void CompleteStrategicFocus(PersonId actor) => Transition(ProcessAction.CompleteStrategicFocus, actor);

    /// <summary>A3.1, A3.3: sets (or replaces) the meeting's agenda and time plan; possible until the meeting starts.</summary>
    /// <param name="actor">The leader.</param>
    /// <param name="agenda">The agenda. Its completeness is checked when the plan is completed and when the meeting starts.</param>
    /// <exception cref="ArgumentNullException"><paramref name="agenda"/> is null.</exception>
    /// <exception cref="ProcessRuleException">A rule does not allow it now, or the meeting would start in the past.</exception>
    public void PlanAgenda(PersonId actor, MeetingAgenda agenda)
    {
        Guard.NotNull(agenda, nameof(agenda));
        Execute(
            ProcessAction.PlanAgenda,
            actor,
            null,
            list =>
            {
                if (agenda.Start.Zone.Id != _state.TimeZone.Id)
                {
                    list.Add(Condition(ConditionCodes.AgendaTimeZone, "A3.3", RuleMessages.AgendaTimeZone, _state.TimeZone.Id, agenda.Start.Zone.Id));
                }

                NotPast(agenda.Start.Date, "A3.3", list);
                HomeworkBeforeMeeting(_state.HomeworkDue, agenda.Start.Date, list);
            },
            s => s with { Agenda = agenda });
    }

    /// <summary>A3.4: assigns the timekeeper and the minute-taker, so the leader can chair; possible until the meeting starts.</summary>
    /// <param name="actor">The leader.</param>
    /// <param name="timekeeper">The timekeeper: a member, not the leader.</param>
    /// <param name="minuteTaker">The minute-taker: a member, not the leader; may be the timekeeper.</param>
    /// <exception cref="ProcessRuleException">A rule does not allow it now, or a role goes to the leader or someone off the team.</exception>
    public void AssignMeetingRoles(PersonId actor, PersonId timekeeper, PersonId minuteTaker)
        => Execute(
            ProcessAction.AssignMeetingRoles,
            actor,
            null,
            list =>
            {
                OnTeam(timekeeper, list);
                OnTeam(minuteTaker, list);
                if (timekeeper == _state.Team.Leader.Id)
                {
                    list.Add(Condition(ConditionCodes.RolesTimekeeperIsChair, "A3.4", RuleMessages.TimekeeperIsChair));
                }

                if (minuteTaker == _state.Team.Leader.Id)
                {
                    list.Add(Condition(ConditionCodes.RolesMinuteTakerIsChair, "A3.4", RuleMessages.MinuteTakerIsChair));
                }
            },
            s => s with { Timekeeper = timekeeper, MinuteTaker = minuteTaker });

    /// <summary>A3.5, B4: splits the team into groups for the group dialogue; replaces earlier groups.</summary>
    /// <param name="actor">The leader.</param>
    /// <param name="groups">The groups; everyone in them on the team, nobody twice. The leader may stay out.</param>
    /// <exception cref="ArgumentNullException"><paramref name="groups"/> is null.</exception>
    /// <exception cref="ProcessRuleException">A rule does not allow it now, or the groups are not a valid split.</exception>
    public void FormGroups(PersonId actor, IEnumerable<MeetingGroup> groups)
    {
        var list = ValueList.Copy(groups, nameof(groups));
        Execute(
            ProcessAction.FormGroups,
            actor,
            null,
            conditions =>
            {
                if (list.Count == 0)
                {
                    conditions.Add(Condition(ConditionCodes.GroupsNone, "A3.5", RuleMessages.GroupsNone));
                }

                var seen = new HashSet<PersonId>();
                foreach (var person in list.SelectMany(g => g.Members))
                {
                    OnTeam(person, conditions);
                    if (!seen.Add(person))
                    {
                        conditions.Add(Condition(ConditionCodes.GroupsPersonTwice, "A3.5", RuleMessages.GroupsPersonTwice, NameOf(person)));
                    }
                }
            },
            s => s with { Groups = list });
    }

    /// <summary>A3.6: attaches a reference to the presentation that helps run the review of the results.</summary>
    /// <param name="actor">The leader.</param>
    /// <param name="reference">The host's reference: a document id or a link.</param>
    /// <exception cref="ArgumentException">The reference is blank, too long or not valid UTF-16.</exception>
    /// <exception cref="ProcessRuleException">A rule does not allow it now.</exception>
    public void AttachPresentation(PersonId actor, string reference)
    {
        var text = Guard.Text(reference, nameof(reference), 2_000);
        Execute(ProcessAction.AttachPresentation, actor, null, static _ => { }, s => s with { Presentation = text });
    }

    /// <summary>A3: completes the meeting plan once its three parts, time plan, goals (A3.2), roles (A3.4) and groups (A3.5) are in place.</summary>
    /// <param name="actor">The leader.</param>
    /// <exception cref="ProcessRuleException">A rule does not allow it now.</exception>
    public void CompleteMeetingPlan(PersonId actor) => Transition(ProcessAction.CompleteMeetingPlan, actor);

    /// <summary>A4: records that the common report and each member's report for their own area were sent.</summary>
    /// <param name="actor">The leader.</param>
    /// <param name="reports">The reports; every member needs one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> is null.</exception>
    /// <exception cref="ProcessRuleException">A rule does not allow it now, or a member lacks a report.</exception>
    public void SendReports(PersonId actor, ReportDistribution reports)
    {
        Guard.NotNull(reports, nameof(reports));
        Execute(
            ProcessAction.SendReports,
            actor,
            null,
            list =>
            {
                foreach (var member in _state.Team.Members.Where(m => !reports.MemberReports.ContainsKey(m.Id)))
                {
                    list.Add(Condition(ConditionCodes.ReportsMemberMissing, "A4", RuleMessages.ReportsMemberMissing, member.Name));
                }

                foreach (var person in reports.MemberReports.Keys)
                {
                    IsMember(person, list);
                }
            },
            s => s with { Reports = reports, ReportsSentAt = Now });
    }

    /// <summary>A5: sends the homework (A5.1–A5.4) to every member, due on a date; sending again moves the date.</summary>
    /// <param name="actor">The leader.</param>
    /// <param name="dueDate">When the homework is due; not in the past.</param>
    /// <exception cref="ProcessRuleException">A rule does not allow it now, or the date has passed.</exception>
    public void AssignHomework(PersonId actor, LocalDate dueDate)
        => AssignIsoHomework(actor, DayKey.Iso(dueDate));

    private void AssignIsoHomework(PersonId actor, LocalDate dueDate)
        => Execute(
            ProcessAction.AssignHomework,
            actor,
            Iso(dueDate),
            list =>
            {
                NotPast(dueDate, "A5", list);
                HomeworkBeforeMeeting(dueDate, _state.Agenda?.Start.Date, list);
            },
            s => s with { HomeworkDue = dueDate });

    /// <summary>A5: a member hands in their homework: an answer to every required question of it, all at once.</summary>
    /// <param name="member">The member, acting for themself.</param>
    /// <param name="answers">The answers by prompt id; each must fit its prompt. Earlier answers to the same prompts are replaced.</param>
    /// <exception cref="ArgumentNullException"><paramref name="answers"/> or one of its answers is null.</exception>
    /// <exception cref="ProcessRuleException">A rule does not allow it now, a required question is missing, a prompt is not a homework question, or an answer does not fit.</exception>
    public void SubmitHomework(PersonId member, IReadOnlyDictionary<PromptId, Answer> answers)
    {
        Guard.NotNull(answers, nameof(answers));
        var given = answers.OrderBy(a => a.Key.Value, StringComparer.Ordinal).ToList();
        if (given.Any(a => a.Value is null))
        {
            throw new ArgumentNullException(nameof(answers), "An answer is null.");
        }

        var homework = Prompts.ForStep(ProcessStep.Homework).Where(p => p.Audience == PromptAudience.EachMember).ToList();
        Execute(
            ProcessAction.SubmitHomework,
            member,
            member.Value,
            list =>
            {
                if (_state.HomeworkDue is null)
                {
                    list.Add(Condition(ConditionCodes.HomeworkNotAssigned, "A5", RuleMessages.HomeworkNotAssigned));
                }

                foreach (var pair in given)
                {
                    var prompt = homework.FirstOrDefault(p => p.Id == pair.Key);
                    if (prompt is null)
                    {
                        list.Add(Condition(ConditionCodes.HomeworkNotAQuestion, "A5", RuleMessages.HomeworkNotAPrompt, pair.Key));
                    }
                    else
                    {
                        list.AddRange(prompt.Validate(pair.Value, TopicAreas, _state.Team.Everyone));
                    }
                }

                foreach (var missing in homework.Where(p => p.Required && !answers.ContainsKey(p.Id)))
                {
                    list.Add(Condition(ConditionCodes.PromptUnanswered, missing.Id.Value, RuleMessages.PromptUnanswered, missing.Id, missing.Text));
                }
            },
            s =>
            {
                var at = Now;
                var all = s.Answers;
                foreach (var pair in given)
                {
                    var answer = new PromptAnswer(pair.Key, member, pair.Value, member, at);
                    all = all.Upsert(a => a.Prompt == pair.Key && a.Respondent == member, answer);
                }

                return s with { Answers = all };
            });
    }

    /// <summary>A5: collects the homework once every member present has answered.</summary>
    /// <param name="actor">The leader.</param>
    /// <exception cref="ProcessRuleException">A rule does not allow it now.</exception>
    public void CollectHomework(PersonId actor) => Transition(ProcessAction.CollectHomework, actor);

    /// <summary>Records that a member will not take part in the meeting (B3: shared or recorded absent).</summary>
    /// <param name="actor">The leader or the minute-taker.</param>
    /// <param name="member">The member.</param>
    /// <exception cref="ProcessRuleException">A rule does not allow it now, or the member has already shared or is already absent.</exception>
    public void RecordAbsence(PersonId actor, PersonId member)
        => Execute(
            ProcessAction.RecordAbsence,
            actor,
            member.Value,
            list =>
            {
                if (!IsMember(member, list))
                {
                    return;
                }

                if (_state.Shared.Contains(member))
                {
                    list.Add(Condition(ConditionCodes.AbsenceAlreadyShared, "B3", RuleMessages.AbsentAlreadyShared, NameOf(member)));
                }
                else if (_state.Absent.Contains(member))
                {
                    list.Add(Condition(ConditionCodes.AbsenceAlreadyRecorded, "B3", RuleMessages.AbsentAlready, NameOf(member)));
                }
                else
                {
                    if (Present().Count == 1)
                    {
                        list.Add(Condition(ConditionCodes.AbsenceLastPresent, "B3", RuleMessages.AbsentLastPresent, NameOf(member)));
                    }

                    if (Phase == ProcessPhase.Meeting && (member == _state.Timekeeper || member == _state.MinuteTaker))
                    {
                        list.Add(Condition(ConditionCodes.AbsenceRoleHolder, "A3.4", RuleMessages.AbsentRoleHolder, NameOf(member)));
                    }
                }
            },
            s => s with { Absent = s.Absent.Append(member) });

    /// <summary>Starts the read-back meeting, when the plan is complete (A3) and the reports are out (A4).</summary>
    /// <param name="actor">The leader.</param>
    /// <exception cref="ProcessRuleException">A rule does not allow it now.</exception>
    public void StartMeeting(PersonId actor) => Transition(ProcessAction.StartMeeting, actor);

    /// <summary>B1: the leader has given the introduction and the purpose of a dedicated read-back meeting.</summary>
    /// <param name="actor">The leader.</param>
    /// <exception cref="ProcessRuleException">A rule does not allow it now.</exception>
    public void GiveIntroduction(PersonId actor) => Transition(ProcessAction.GiveIntroduction, actor);

    /// <summary>B2: the leader has shared reflections on the results and priorities, open and curious.</summary>
    /// <param name="actor">The leader.</param>
    /// <exception cref="ProcessRuleException">A rule does not allow it now.</exception>
    public void ShareLeaderReflections(PersonId actor) => Transition(ProcessAction.ShareLeaderReflections, actor);

    /// <summary>B3: records that a member has shared their reflections from the homework.</summary>
    /// <param name="actor">The leader or the minute-taker.</param>
    /// <param name="member">The member who shared.</param>
    /// <exception cref="ProcessRuleException">A rule does not allow it now, or the member is absent or has already shared.</exception>
    public void RecordSharing(PersonId actor, PersonId member)
        => Execute(
            ProcessAction.RecordSharing,
            actor,
            member.Value,
            list =>
            {
                if (!IsMember(member, list))
                {
                    return;
                }

                if (_state.Absent.Contains(member))
                {
                    list.Add(Condition(ConditionCodes.SharingAbsent, "B3", RuleMessages.SharingAbsent, NameOf(member)));
                }
                else if (_state.Shared.Contains(member))
                {
                    list.Add(Condition(ConditionCodes.SharingAlready, "B3", RuleMessages.SharingAlready, NameOf(member)));
                }
            },
            s => s with { Shared = s.Shared.Append(member) });

    /// <summary>B3: completes the sharing round once every member present has shared.</summary>
    /// <param name="actor">The leader.</param>
    /// <exception cref="ProcessRuleException">A rule does not allow it now.</exception>
    public void CompleteSharing(PersonId actor) => Transition(ProcessAction.CompleteSharing, actor);

    /// <summary>B4: completes the group dialogue, once every member present is in a group; the plenary round starts.</summary>
    /// <param name="actor">The leader.</param>
    /// <exception cref="ProcessRuleException">A rule does not allow it now.</exception>
    public void CompleteGroupDialogue(PersonId actor) => Transition(ProcessAction.CompleteGroupDialogue, actor);

    /// <summary>B4: completes the plenary round once the team's answers to B4.1–B4.3 are recorded.</summary>
    /// <param name="actor">The leader.</param>
    /// <exception cref="ProcessRuleException">A rule does not allow it now.</exception>
    public void CompletePlenaryRound(PersonId actor) => Transition(ProcessAction.CompletePlenaryRound, actor);

    /// <summary>B5, C1: adds an action to the action plan.</summary>
    /// <param name="actor">Anyone on the team.</param>
    /// <param name="draft">The action; its owner, if given, must be on the team.</param>
    /// <returns>The new action's id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="draft"/> is null.</exception>
    /// <exception cref="ProcessRuleException">A rule does not allow it now, the owner is not on the team, or the plan is full.</exception>
    public ActionId AddAction(PersonId actor, ActionDraft draft)
    {
        Guard.NotNull(draft, nameof(draft));
        var id = new ActionId("T" + (_state.ActionSequence + 1).ToString(CultureInfo.InvariantCulture));
        Execute(
            ProcessAction.AddAction,
            actor,
            id.Value,
            list =>
            {
                CheckDraft(draft, list);
                if (_state.Actions.Count >= MaxActions)
                {
                    list.Add(Condition(ConditionCodes.PlanFull, "C1", RuleMessages.ActionLimit, MaxActions));
                }
            },
            s => s with
            {
                ActionSequence = s.ActionSequence + 1,
                Actions = s.Actions.Append(new ImprovementAction(id, draft.Title, draft.Description, draft.Owner, draft.DueDate, draft.CrossUnit, ActionStatus.Planned, s.Step)),
            });
        return id;
    }

    /// <summary>B5: completes the start of action development in the meeting (adding actions is optional here).</summary>
    /// <param name="actor">The leader.</param>
    /// <exception cref="ProcessRuleException">A rule does not allow it now.</exception>
    public void CompleteActionKickoff(PersonId actor) => Transition(ProcessAction.CompleteActionKickoff, actor);

    /// <summary>B6: records something the team agreed on.</summary>
    /// <param name="actor">The leader or the minute-taker.</param>
    /// <param name="agreement">What was agreed.</param>
    /// <exception cref="ArgumentException">The text is blank, too long or not valid UTF-16.</exception>
    /// <exception cref="ProcessRuleException">A rule does not allow it now.</exception>
    public void RecordAgreement(PersonId actor, string agreement)
    {
        var text = Guard.Text(agreement, nameof(agreement));
        Execute(ProcessAction.RecordAgreement, actor, null, static _ => { }, s => s with { Agreements = s.Agreements.Append(text) });
    }

    /// <summary>B6: completes the summary once something is recorded as agreed.</summary>
    /// <param name="actor">The leader.</param>
    /// <exception cref="ProcessRuleException">A rule does not allow it now.</exception>
    public void CompleteSummary(PersonId actor) => Transition(ProcessAction.CompleteSummary, actor);

    /// <summary>B7: records who does what, by when, before the next meeting.</summary>
    /// <param name="actor">The leader or the minute-taker.</param>
    /// <param name="task">The task; its owner on the team, its date not past.</param>
    /// <exception cref="ArgumentNullException"><paramref name="task"/> is null.</exception>
    /// <exception cref="ProcessRuleException">A rule does not allow it now, the owner is not on the team, or the date has passed.</exception>
    public void AssignFollowUpTask(PersonId actor, FollowUpTask task)
    {
        Guard.NotNull(task, nameof(task));
        Execute(
            ProcessAction.AssignFollowUpTask,
            actor,
            task.Owner.Value,
            list =>
            {
                OnTeam(task.Owner, list);
                NotPast(task.Due, "B7", list);
            },
            s => s with { Tasks = s.Tasks.Append(task) });
    }

    /// <summary>
    /// B7, C2: sets the dates when ForBedring is next on the leadership meetings' agenda. Replaces the coming dates of
    /// the earlier schedule; its past dates are kept, since those meetings were held.
    /// </summary>
    /// <param name="actor">The leader.</param>
    /// <param name="dates">The dates; at least one, none twice, none past unless already in the schedule.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dates"/> is null.</exception>
    /// <exception cref="ProcessRuleException">A rule does not allow it now, or the dates are not valid.</exception>
    public void ScheduleStatusReviews(PersonId actor, IEnumerable<LocalDate> dates)
        => ScheduleStatusReviews(actor, ValueList.Copy(dates?.Select(DayKey.Iso), nameof(dates)), null);

    /// <summary>
    /// B7, C2: sets the review schedule (for example every fourth week) and with it the dates when ForBedring is next on
    /// the leadership meetings' agenda, as <see cref="ScheduleStatusReviews(PersonId, IEnumerable{LocalDate})"/> does with
    /// the schedule's dates; the schedule itself is kept in <see cref="ReviewSchedule"/>.
    /// </summary>
    /// <param name="actor">The leader.</param>
    /// <param name="schedule">The schedule; none of its dates past unless already in the schedule.</param>
    /// <exception cref="ArgumentNullException"><paramref name="schedule"/> is null.</exception>
    /// <exception cref="ProcessRuleException">A rule does not allow it now, or a date has passed.</exception>
    public void ScheduleStatusReviews(PersonId actor, ReviewSchedule schedule)
        => ScheduleStatusReviews(actor, Guard.NotNull(schedule, nameof(schedule)).Dates, schedule);

    private void ScheduleStatusReviews(PersonId actor, IReadOnlyList<LocalDate> list, ReviewSchedule? schedule)
    {
        Execute(
            ProcessAction.ScheduleStatusReviews,
            actor,
            null,
            conditions =>
            {
                if (list.Count == 0)
                {
                    conditions.Add(Condition(ConditionCodes.ScheduleEmpty, "B7", RuleMessages.DatesEmpty));
                }

                foreach (var date in list.GroupBy(d => d).Where(g => g.Count() > 1))
                {
                    conditions.Add(Condition(ConditionCodes.ScheduleDateTwice, "B7", RuleMessages.DateTwice, Iso(date.Key)));
                }

                foreach (var date in list.Distinct().Where(d => !_state.ReviewDates.Contains(d)))
                {
                    NotPast(date, "B7", conditions);
                }
            },
            s => s with { ReviewDates = s.ReviewDates.Where(d => d < Today).Union(list).OrderBy(d => d).ToReadOnly(), Schedule = schedule });
    }

    /// <summary>B7: ends the meeting once something is agreed (B6), tasks are given and the next dates set (B7).</summary>
    /// <param name="actor">The leader.</param>
    /// <exception cref="ProcessRuleException">A rule does not allow it now.</exception>
    /// <remarks>The meeting's groups, if any, are added to <see cref="GroupHistory"/>, dated by the agenda's start.</remarks>
    public void EndMeeting(PersonId actor)
        => Execute(
            ProcessAction.EndMeeting,
            actor,
            null,
            static _ => { },
            s => s.Groups.Count == 0
                ? s
                : s with { GroupHistory = s.GroupHistory.Append(new GroupRound(s.Agenda?.Start.Date ?? Today, s.Groups)) });

    /// <summary>B1–B7: the minute-taker (or the leader) records a note against an item of the agenda, during the meeting.</summary>
    /// <param name="actor">The leader or the minute-taker.</param>
    /// <param name="note">The note; its item must be on the agenda, the person who said it on the team.</param>
    /// <exception cref="ArgumentNullException"><paramref name="note"/> is null.</exception>
    /// <exception cref="ProcessRuleException">A rule does not allow it now, the item is not on the agenda, or the person is not on the team.</exception>
    public void RecordMinuteNote(PersonId actor, MinuteNote note)
    {
        Guard.NotNull(note, nameof(note));
        Execute(
            ProcessAction.RecordMinuteNote,
            actor,
            note.ItemIndex.ToString(CultureInfo.InvariantCulture),
            list =>
            {
                if (_state.Agenda is null || note.ItemIndex >= _state.Agenda.Items.Count)
                {
                    list.Add(Condition(ConditionCodes.MinutesNoSuchItem, "A3.1", ActionTexts.MinutesNoSuchItem, note.ItemIndex + 1));
                }

                if (note.By is { } by)
                {
                    OnTeam(by, list);
                }
            },
            s => s with { Minutes = s.Minutes.Append(note) });
    }

    /// <summary>C5: makes an action concrete: replaces its title, description, owner, due date and cross-unit flag; keeps its status.</summary>
    /// <param name="actor">Anyone on the team.</param>
    /// <param name="action">The action's id.</param>
    /// <param name="draft">The new content.</param>
    /// <exception cref="ArgumentNullException"><paramref name="draft"/> is null.</exception>
    /// <exception cref="ProcessRuleException">A rule does not allow it now, the action is unknown, or the owner is not on the team.</exception>
    public void UpdateAction(PersonId actor, ActionId action, ActionDraft draft)
    {
        Guard.NotNull(draft, nameof(draft));
        Execute(
            ProcessAction.UpdateAction,
            actor,
            action.Value,
            list =>
            {
                KnownAction(action, list);
                CheckDraft(draft, list);
            },
            s => s with
            {
                Actions = s.Actions.Select(a => a.Id == action
                    ? a with { Title = draft.Title, Description = draft.Description, Owner = draft.Owner, DueDate = draft.DueDate, CrossUnit = draft.CrossUnit }
                    : a).ToReadOnly(),
                Plans = s.Plans.Select(p => p.FindAction(action) is { } planned
                    ? p.WithAction(new PlannedAction(
                        planned.Id, draft.Title, planned.FocusArea, draft.Owner, draft.DueDate, draft.Description, planned.SuccessMeasure, planned.Indicator,
                        planned.Contributors.Where(c => c != draft.Owner),
                        planned.Units, planned.Resources, planned.SubSteps, draft.CrossUnit, planned.Updates))
                    : p).ToReadOnly(),
            });
    }

    /// <summary>C1: removes an action from the plan before it is adopted.</summary>
    /// <param name="actor">The leader.</param>
    /// <param name="action">The action's id.</param>
    /// <exception cref="ProcessRuleException">A rule does not allow it now, or the action is unknown.</exception>
    public void RemoveAction(PersonId actor, ActionId action)
        => Execute(
            ProcessAction.RemoveAction,
            actor,
            action.Value,
            list => KnownAction(action, list),
            s => s with
            {
                Actions = s.Actions.Without(a => a.Id == action),
                Plans = s.Plans.Select(p => p.FindAction(action) is null ? p : new ActionPlan(p.Unit, p.Responsible, p.FocusAreas, p.Actions.Where(a => a.Id != action))).ToReadOnly(),
            });

    /// <summary>
    /// C1, B5, A5.4: sets a unit's own action plan, or the team's shared plan when <see cref="ActionPlan.Unit"/> is null,
    /// replacing the earlier plan for the same unit. Its actions are the process's actions (added with
    /// <see cref="AddAction"/>, B5 drafts included), each in at most one plan; their title, description, owner, due date
    /// and cross-unit flag are taken into <see cref="Actions"/>. Their history is the process's: the updates on the
    /// given actions are replaced by those the process holds (the status reviews' updates).
    /// </summary>
    /// <param name="actor">The leader.</param>
    /// <param name="plan">The plan.</param>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    /// <exception cref="ProcessRuleException">A rule does not allow it now, the unit is not the team's, an action is unknown or in another plan, or a person is not on the team.</exception>
    public void SetActionPlan(PersonId actor, ActionPlan plan)
    {
        Guard.NotNull(plan, nameof(plan));
        Execute(
            ProcessAction.SetActionPlan,
            actor,
            plan.Unit?.Value,
            list => CheckPlan(plan, list),
            s => WithPlan(s, plan, actor));
    }

    /// <summary>Gets an action of a plan with its details and history, or null when no plan holds it.</summary>
    /// <param name="id">The action's id.</param>
    /// <returns>The action, or null.</returns>
    public PlannedAction? FindPlannedAction(ActionId id)
    {
        foreach (var plan in _state.Plans)
        {
            if (plan.FindAction(id) is { } action)
            {
                return action;
            }
        }

        return null;
    }

    /// <summary>C6: records which other resources (HR, BHT, quality advisors …) to involve; none is a valid outcome.</summary>
    /// <param name="actor">The leader.</param>
    /// <param name="review">The review.</param>
    /// <exception cref="ArgumentNullException"><paramref name="review"/> is null.</exception>
    /// <exception cref="ProcessRuleException">A rule does not allow it now.</exception>
    public void RecordResourceReview(PersonId actor, ResourceReview review)
    {
        Guard.NotNull(review, nameof(review));
        Execute(ProcessAction.RecordResourceReview, actor, null, static _ => { }, s => s with { Resources = review });
    }

    /// <summary>C1, C5–C7: adopts the action plan once every action has an owner and a due date, resources are reviewed and C4, C7 answered.</summary>
    /// <param name="actor">The leader.</param>
    /// <exception cref="ProcessRuleException">A rule does not allow it now.</exception>
    public void AdoptActionPlan(PersonId actor) => Transition(ProcessAction.AdoptActionPlan, actor);

    /// <summary>C2, C3: records a status review at a leadership meeting: one update per open action, applied to the actions.</summary>
    /// <param name="actor">The leader or the status reporter (C7).</param>
    /// <param name="review">The review; its date not in the future and not before the last review.</param>
    /// <exception cref="ArgumentNullException"><paramref name="review"/> is null.</exception>
    /// <exception cref="ProcessRuleException">A rule does not allow it now, or the review does not cover exactly the open actions.</exception>
    public void RecordStatusReview(PersonId actor, StatusReview review)
    {
        Guard.NotNull(review, nameof(review));
        Execute(
            ProcessAction.RecordStatusReview,
            actor,
            Iso(review.Date),
            list => CheckReview(review, list),
            s => s with
            {
                Reviews = s.Reviews.Append(review),
                Actions = s.Actions.Select(a => review.Updates.FirstOrDefault(u => u.Action == a.Id) is { } u ? a with { Status = u.Status } : a).ToReadOnly(),
                Plans = s.Plans.Select(p => RecordReview(p, review, actor)).ToReadOnly(),
            });
    }

    /// <summary>D: begins the leadership-team development once a status review has been held; reviews go on alongside.</summary>
    /// <param name="actor">The leader.</param>
    /// <exception cref="ProcessRuleException">A rule does not allow it now.</exception>
    public void BeginTeamDevelopment(PersonId actor) => Transition(ProcessAction.BeginTeamDevelopment, actor);

    /// <summary>D4: records (or replaces) how a member will contribute to collaboration across units.</summary>
    /// <param name="actor">The member themself or the leader.</param>
    /// <param name="member">The member.</param>
    /// <param name="commitment">What they commit to.</param>
    /// <exception cref="ArgumentException">The text is blank, too long or not valid UTF-16.</exception>
    /// <exception cref="ProcessRuleException">A rule does not allow it now, or the person is not a member.</exception>
    public void RecordCollaborationCommitment(PersonId actor, PersonId member, string commitment)
    {
        var text = Guard.Text(commitment, nameof(commitment));
        Execute(
            ProcessAction.RecordCollaborationCommitment,
            actor,
            member.Value,
            list => IsMember(member, list),
            s => s with { Commitments = s.Commitments.Upsert(c => c.Member == member, new CollaborationCommitment(member, text)) },
            member);
    }

    /// <summary>D5: records the team's joint development through strategic work with results and actions.</summary>
    /// <param name="actor">The leader.</param>
    /// <param name="note">What the team did or decided.</param>
    /// <exception cref="ArgumentException">The text is blank, too long or not valid UTF-16.</exception>
    /// <exception cref="ProcessRuleException">A rule does not allow it now.</exception>
    public void RecordTeamDevelopment(PersonId actor, string note)
    {
        var text = Guard.Text(note, nameof(note));
        Execute(ProcessAction.RecordTeamDevelopment, actor, null, static _ => { }, s => s with { DevelopmentNotes = s.DevelopmentNotes.Append(text) });
    }

    /// <summary>Closes the cycle once D1–D3 are answered, every member's D4 contribution and the team's D5 work are recorded.</summary>
    /// <param name="actor">The leader.</param>
    /// <exception cref="ProcessRuleException">A rule does not allow it now.</exception>
    public void CloseCycle(PersonId actor) => Transition(ProcessAction.CloseCycle, actor);

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private void Transition(ProcessAction action, PersonId actor) => Execute(action, actor, null, static _ => { }, static s => s);

    private bool OnTeam(PersonId person, List<UnmetCondition> list)
    {
        if (_state.Team.Contains(person))
        {
            return true;
        }

        list.Add(Condition(ConditionCodes.PersonNotOnTeam, null, RuleMessages.NotOnTeam, person));
        return false;
    }

    private bool IsMember(PersonId person, List<UnmetCondition> list)
    {
        if (_state.Team.IsMember(person))
        {
            return true;
        }

        list.Add(Condition(ConditionCodes.PersonNotAMember, null, RuleMessages.NotAMember, NameOf(person)));
        return false;
    }

    private void NotPast(LocalDate date, string guide, List<UnmetCondition> list)
    {
        if (date < Today)
        {
            list.Add(Condition(ConditionCodes.DatePast, guide, RuleMessages.DatePast, Iso(date)));
        }
    }

    private void CheckDraft(ActionDraft draft, List<UnmetCondition> list)
    {
        if (draft.Owner is { } owner)
        {
            OnTeam(owner, list);
        }

        // Once the plan is adopted, every action keeps an owner and a due date (C5).
        if (Step is ProcessStep.StatusReviews or ProcessStep.TeamDevelopment)
        {
            if (draft.Owner is null)
            {
                list.Add(Condition(ConditionCodes.PlanActionWithoutOwner, "C5", RuleMessages.ActionNoOwner, draft.Title));
            }

            if (draft.DueDate is null)
            {
                list.Add(Condition(ConditionCodes.PlanActionWithoutDueDate, "C5", RuleMessages.ActionNoDue, draft.Title));
            }
        }
    }

    private static void HomeworkBeforeMeeting(LocalDate? due, LocalDate? meeting, List<UnmetCondition> list)
    {
        if (due is { } d && meeting is { } m && d > m)
        {
            list.Add(Condition(ConditionCodes.HomeworkAfterMeeting, "A5", RuleMessages.HomeworkAfterMeeting, Iso(d), Iso(m)));
        }
    }

    private void KnownAction(ActionId action, List<UnmetCondition> list)
    {
        if (!_state.Actions.Any(a => a.Id == action))
        {
            list.Add(Condition(ConditionCodes.ActionUnknown, null, RuleMessages.ActionUnknown, action));
        }
    }

    private void CheckReview(StatusReview review, List<UnmetCondition> list)
    {
        if (review.Date > Today)
        {
            list.Add(Condition(ConditionCodes.ReviewDateFuture, "C2", RuleMessages.DateFuture, Iso(review.Date)));
        }

        // The read-back meeting is the first time ForBedring is on the leadership meeting's agenda; reviews follow it.
        var meeting = _state.History.FirstOrDefault(h => h.Action == ProcessAction.StartMeeting);
        if (meeting is not null && review.Date < meeting.At.InZone(_state.TimeZone).Date)
        {
            list.Add(Condition(ConditionCodes.ReviewBeforeMeeting, "C2", RuleMessages.ReviewBeforeMeeting, Iso(review.Date), Iso(meeting.At.InZone(_state.TimeZone).Date)));
        }

        if (_state.Reviews.Count > 0 && review.Date < _state.Reviews[_state.Reviews.Count - 1].Date)
        {
            list.Add(Condition(ConditionCodes.ReviewBeforeLast, "C2", RuleMessages.ReviewBeforeLast, Iso(review.Date), Iso(_state.Reviews[_state.Reviews.Count - 1].Date)));
        }

        foreach (var twice in review.Updates.GroupBy(u => u.Action).Where(g => g.Count() > 1))
        {
            list.Add(Condition(ConditionCodes.ReviewActionTwice, "C2", RuleMessages.ReviewActionTwice, twice.Key));
        }

        foreach (var update in review.Updates)
        {
            var action = _state.Actions.FirstOrDefault(a => a.Id == update.Action);
            if (action is null)
            {
                list.Add(Condition(ConditionCodes.ActionUnknown, "C2", RuleMessages.ActionUnknown, update.Action));
            }
            else if (!action.IsOpen)
            {
                list.Add(Condition(ConditionCodes.ReviewActionClosed, "C2", RuleMessages.ReviewActionClosed, action.Title));
            }
        }

        foreach (var update in review.Updates)
        {
            if (FindPlannedAction(update.Action) is { IsOpen: true } planned && !ActionLifecycle.IsAllowed(planned.Status, update.Status))
            {
                list.Add(Condition(ConditionCodes.ActionStatusNotAllowed, "C2", ActionTexts.NotAllowed, update.Action.Value, ActionTexts.NameOf(planned.Status), ActionTexts.NameOf(update.Status)));
            }
        }

        foreach (var open in _state.Actions.Where(a => a.IsOpen && !review.Updates.Any(u => u.Action == a.Id)))
        {
            list.Add(Condition(ConditionCodes.ReviewActionMissing, "C3", RuleMessages.ReviewMissingAction, open.Title));
        }
    }

    private void CheckPlan(ActionPlan plan, List<UnmetCondition> list)
    {
        if (plan.Unit is { } unit && unit != _state.Team.Unit && !_state.Team.Members.Any(m => m.Unit == unit) && _state.Team.Leader.Unit != unit)
        {
            list.Add(Condition(ConditionCodes.PlanUnknownUnit, "C1", ActionTexts.PlanUnknownUnit, unit.Value));
        }

        OnTeam(plan.Responsible, list);
        foreach (var action in plan.Actions)
        {
            if (!_state.Actions.Any(a => a.Id == action.Id))
            {
                list.Add(Condition(ConditionCodes.ActionUnknown, "C1", RuleMessages.ActionUnknown, action.Id));
            }

            if (_state.Plans.Any(p => p.Unit != plan.Unit && p.FindAction(action.Id) is not null))
            {
                list.Add(Condition(ConditionCodes.PlanActionInOtherPlan, "C1", ActionTexts.PlanActionInOtherPlan, action.Id.Value));
            }

            foreach (var person in action.Contributors.Concat(action.Owner is { } o ? [o] : []))
            {
                OnTeam(person, list);
            }
        }
    }

    private ProcessState WithPlan(ProcessState s, ActionPlan plan, PersonId actor)
    {
        var kept = new List<PlannedAction>(plan.Actions.Count);
        foreach (var action in plan.Actions)
        {
            kept.Add(action.WithUpdates(FindPlannedAction(action.Id)?.Updates ?? SeedHistory(s, action.Id, actor)));
        }

        var stored = new ActionPlan(plan.Unit, plan.Responsible, plan.FocusAreas, kept);
        var plans = s.Plans.Any(p => p.Unit == plan.Unit)
            ? s.Plans.Select(p => p.Unit == plan.Unit ? stored : p).ToReadOnly()
            : s.Plans.Append(stored);
        return s with
        {
            Plans = plans,
            Actions = s.Actions.Select(a => stored.FindAction(a.Id) is { } p
                ? a with { Title = p.Title, Description = p.Description, Owner = p.Owner, DueDate = p.DueDate, CrossUnit = p.CrossUnit || stored.IsShared }
                : a).ToReadOnly(),
        };
    }

    /// <summary>An action that enters a plan after status reviews took it on brings that status with it, from the last review that named it.</summary>
    private IReadOnlyList<ActionUpdate> SeedHistory(ProcessState s, ActionId id, PersonId actor)
    {
        var status = s.Actions.First(a => a.Id == id).Status;
        if (status == ActionStatus.Planned)
        {
            return [];
        }

        var last = s.Reviews.SelectMany(r => r.Updates).Last(u => u.Action == id);
        return [new ActionUpdate(Now, actor, status, last.Note, note: status is ActionStatus.Done or ActionStatus.Cancelled ? last.Note : null)];
    }

    /// <summary>Applies a review's updates to the actions of one plan: each named action gets one update in its history.</summary>
    private ActionPlan RecordReview(ActionPlan plan, StatusReview review, PersonId actor)
    {
        var changed = false;
        var actions = new List<PlannedAction>(plan.Actions.Count);
        foreach (var action in plan.Actions)
        {
            var update = review.Updates.FirstOrDefault(u => u.Action == action.Id);
            if (update is null)
            {
                actions.Add(action);
                continue;
            }

            changed = true;
            var note = update.Status is ActionStatus.Done or ActionStatus.Cancelled or ActionStatus.OnHold ? update.Note : null;
            actions.Add(action.Record(new ActionUpdate(Now, actor, update.Status, update.Note, update.Progress, update.NextStep, update.HelpNeeded, note)));
        }

        return changed ? new ActionPlan(plan.Unit, plan.Responsible, plan.FocusAreas, actions) : plan;
    }
}
