using ForBedring.Internal;
using ForBedring.Meetings;
using ForBedring.Prompts;

namespace ForBedring.Process;

/// <summary>The guide's rules that depend only on what the process holds: the guards of its transitions.</summary>
public sealed partial class FollowUpProcess
{
    /// <summary>Gets every unmet condition of an action's guard, from the current state alone.</summary>
    private List<UnmetCondition> StateConditions(ProcessAction action)
    {
        var list = new List<UnmetCondition>();

        // Leaving a step needs the required prompts asked at it, the organisation's own included. B4's prompts are
        // discussed in the groups and answered in the plenary round, so they are required when that round ends.
        if (ProcessDefinition.Of(action).Target is not null && Step != ProcessStep.GroupDialogue)
        {
            Unanswered(Step, list);
        }

        switch (action)
        {
            case ProcessAction.CompleteSelfReflection:
            case ProcessAction.CompleteStrategicFocus:
                break;
            case ProcessAction.CompleteMeetingPlan:
                MeetingPlanConditions(list);
                break;
            case ProcessAction.CollectHomework:
                if (_state.HomeworkDue is null)
                {
                    list.Insert(0, Condition(ConditionCodes.HomeworkNotAssigned, "A5", RuleMessages.HomeworkNotAssigned));
                }

                break;
            case ProcessAction.StartMeeting:
                MeetingPlanConditions(list);
                if (_state.Reports is null)
                {
                    list.Add(Condition(ConditionCodes.ReportsNotSent, "A4", RuleMessages.ReportsNotSent));
                }

                if (Present().Count == 0)
                {
                    list.Add(Condition(ConditionCodes.MeetingNobodyPresent, "B3", RuleMessages.NobodyPresent));
                }

                break;
            case ProcessAction.CompleteSharing:
                foreach (var member in Present().Where(m => !_state.Shared.Contains(m)))
                {
                    list.Add(Condition(ConditionCodes.SharingMissing, "B3", RuleMessages.SharingMissing, NameOf(member)));
                }

                break;
            case ProcessAction.CompleteGroupDialogue:
                GroupConditions(list);
                break;
            case ProcessAction.CompletePlenaryRound:
                Unanswered(ProcessStep.GroupDialogue, list);
                break;
            case ProcessAction.CompleteSummary:
                if (_state.Agreements.Count == 0)
                {
                    list.Add(Condition(ConditionCodes.SummaryNothingAgreed, "B6", RuleMessages.AgreementsNone));
                }

                break;
            case ProcessAction.EndMeeting:
                if (_state.Agreements.Count == 0)
                {
                    list.Add(Condition(ConditionCodes.SummaryNothingAgreed, "B6", RuleMessages.AgreementsNone));
                }

                if (_state.Tasks.Count == 0)
                {
                    list.Add(Condition(ConditionCodes.WayForwardNoTasks, "B7", RuleMessages.TasksNone));
                }

                if (!_state.ReviewDates.Any(d => d >= Today))
                {
                    list.Add(Condition(ConditionCodes.WayForwardNoDates, "B7", RuleMessages.ReviewsNotScheduled));
                }

                break;
            case ProcessAction.AdoptActionPlan:
                ActionPlanConditions(list);
                break;
            case ProcessAction.BeginTeamDevelopment:
                if (_state.Reviews.Count == 0)
                {
                    list.Add(Condition(ConditionCodes.StatusNoReview, "C2", RuleMessages.ReviewsNoneHeld));
                }

                break;
            case ProcessAction.CloseCycle:
                foreach (var member in _state.Team.Members.Where(m => !_state.Commitments.Any(c => c.Member == m.Id)))
                {
                    list.Add(Condition(ConditionCodes.TeamCommitmentMissing, "D4", RuleMessages.CommitmentMissing, member.Name));
                }

                if (_state.DevelopmentNotes.Count == 0)
                {
                    list.Add(Condition(ConditionCodes.TeamDevelopmentMissing, "D5", RuleMessages.DevelopmentNone));
                }

                break;
        }

        return list;
    }

    /// <summary>The members who take part in the meeting: those not recorded absent.</summary>
    private List<PersonId> Present() => _state.Team.Members.Select(m => m.Id).Where(m => !_state.Absent.Contains(m)).ToList();

    /// <summary>Adds a condition for every required prompt of a step that its audience has not answered.</summary>
    private void Unanswered(ProcessStep step, List<UnmetCondition> list)
    {
        foreach (var prompt in Prompts.ForStep(step).Where(p => p.Required))
        {
            var reference = prompt.Id.Value;
            switch (prompt.Audience)
            {
                case PromptAudience.Leader when FindAnswer(prompt.Id, _state.Team.Leader.Id) is null:
                case PromptAudience.WholeTeam when FindAnswer(prompt.Id, null) is null:
                    list.Add(Condition(ConditionCodes.PromptUnanswered, reference, RuleMessages.PromptUnanswered, prompt.Id, prompt.Text));
                    break;
                case PromptAudience.EachMember:
                    foreach (var member in Present().Where(m => FindAnswer(prompt.Id, m) is null))
                    {
                        list.Add(Condition(ConditionCodes.PromptUnanswered, reference, RuleMessages.PromptUnansweredBy, prompt.Id, prompt.Text, NameOf(member)));
                    }

                    break;
            }
        }
    }

    /// <summary>A3: the agenda has its three parts in order with a time plan, the goals are set, the roles are filled, groups are formed where planned.</summary>
    private void MeetingPlanConditions(List<UnmetCondition> list)
    {
        if (Step != ProcessStep.MeetingPlanning)
        {
            // When the meeting starts, the plan's prompts are checked again: they may have been revised since.
            Unanswered(ProcessStep.MeetingPlanning, list);
        }

        if (_state.Agenda is not { } agenda)
        {
            list.Add(Condition(ConditionCodes.AgendaMissing, "A3.3", RuleMessages.AgendaMissing));
        }
        else
        {
            foreach (var section in new[] { AgendaSection.Introduction, AgendaSection.Discussion, AgendaSection.SummaryAndEvaluation })
            {
                if (agenda.MinutesIn(section) == 0)
                {
                    list.Add(Condition(ConditionCodes.AgendaPartMissing, "A3.1", RuleMessages.AgendaSectionMissing, MeetingTexts.NameOf(section)));
                }
            }

            if (!agenda.IsInPartOrder)
            {
                list.Add(Condition(ConditionCodes.AgendaPartOrder, "A3.1", RuleMessages.AgendaOrder));
            }
        }

        RoleConditions(list);
        if ((FindAnswer(BuiltInPromptIds.GroupsInAdvance, _state.Team.Leader.Id)?.Answer as YesNoAnswer)?.Value == true && _state.Groups.Count == 0)
        {
            list.Add(Condition(ConditionCodes.GroupsMissing, "A3.5", RuleMessages.GroupsMissing));
        }
    }

    private void RoleConditions(List<UnmetCondition> list)
    {
        var leader = _state.Team.Leader.Id;
        if (_state.Timekeeper is not { } timekeeper)
        {
            list.Add(Condition(ConditionCodes.RolesTimekeeperMissing, "A3.4", RuleMessages.TimekeeperMissing));
        }
        else if (timekeeper == leader)
        {
            list.Add(Condition(ConditionCodes.RolesTimekeeperIsChair, "A3.4", RuleMessages.TimekeeperIsChair));
        }
        else if (_state.Absent.Contains(timekeeper))
        {
            list.Add(Condition(ConditionCodes.RolesAbsent, "A3.4", RuleMessages.RoleAbsent, NameOf(timekeeper)));
        }

        if (_state.MinuteTaker is not { } minuteTaker)
        {
            list.Add(Condition(ConditionCodes.RolesMinuteTakerMissing, "A3.4", RuleMessages.MinuteTakerMissing));
        }
        else if (minuteTaker == leader)
        {
            list.Add(Condition(ConditionCodes.RolesMinuteTakerIsChair, "A3.4", RuleMessages.MinuteTakerIsChair));
        }
        else if (_state.Absent.Contains(minuteTaker) && minuteTaker != _state.Timekeeper)
        {
            list.Add(Condition(ConditionCodes.RolesAbsent, "A3.4", RuleMessages.RoleAbsent, NameOf(minuteTaker)));
        }
    }

    /// <summary>B4: every member present is in exactly one group.</summary>
    private void GroupConditions(List<UnmetCondition> list)
    {
        if (_state.Groups.Count == 0)
        {
            list.Add(Condition(ConditionCodes.GroupsMissing, "B4", RuleMessages.GroupsMissing));
            return;
        }

        foreach (var member in Present().Where(m => !_state.Groups.Any(g => g.Members.Contains(m))))
        {
            list.Add(Condition(ConditionCodes.GroupsPersonMissing, "B4", RuleMessages.GroupsPersonMissing, NameOf(member)));
        }
    }

    /// <summary>C1, C4–C7: at least one action, each open one with an owner and a due date; resources reviewed; prompts answered.</summary>
    private void ActionPlanConditions(List<UnmetCondition> list)
    {
        if (_state.Actions.Count == 0)
        {
            list.Add(Condition(ConditionCodes.PlanNoActions, "C1", RuleMessages.ActionsNone));
        }

        foreach (var action in _state.Actions.Where(a => a.IsOpen))
        {
            if (action.Owner is null)
            {
                list.Add(Condition(ConditionCodes.PlanActionWithoutOwner, "C5", RuleMessages.ActionNoOwner, action.Title));
            }

            if (action.DueDate is null)
            {
                list.Add(Condition(ConditionCodes.PlanActionWithoutDueDate, "C5", RuleMessages.ActionNoDue, action.Title));
            }
        }

        if (_state.Resources is null)
        {
            list.Add(Condition(ConditionCodes.PlanResourcesNotReviewed, "C6", RuleMessages.ResourcesNotReviewed));
        }

    }
}
