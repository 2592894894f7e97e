using ForBedring.Internal;
using ForBedring.Process;
using ForBedring.Results;

namespace ForBedring.Prompts;

/// <summary>
/// A reflection prompt: a question of the guide (or an organisation's own), who answers it, at which step, and
/// what type of answer it takes.
/// </summary>
public sealed record Prompt
{
    /// <summary>Creates a prompt.</summary>
    /// <param name="id">The prompt's id: the guide's number (<c>A1.2</c>) or the organisation's own.</param>
    /// <param name="step">The step at which the process asks it; it can be revised until that step's phase ends.</param>
    /// <param name="audience">Who answers it.</param>
    /// <param name="answer">The type of answer it takes.</param>
    /// <param name="text">The question in bokmål, nynorsk and English.</param>
    /// <param name="required">Whether the step cannot be completed until it is answered.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value, or <paramref name="step"/> is unknown or <see cref="ProcessStep.Closed"/>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="answer"/> or <paramref name="text"/> is null.</exception>
    public Prompt(PromptId id, ProcessStep step, PromptAudience audience, AnswerSpec answer, LocalizedText text, bool required = true)
    {
        if (id.Value.Length == 0)
        {
            throw new ArgumentException("A prompt needs an id.", nameof(id));
        }

        if (step is < ProcessStep.SelfReflection or >= ProcessStep.Closed)
        {
            throw new ArgumentException($"A prompt cannot be asked at step {step}.", nameof(step));
        }

        if (audience is < PromptAudience.Leader or > PromptAudience.WholeTeam)
        {
            throw new ArgumentException($"Unknown audience {audience}.", nameof(audience));
        }

        Id = id;
        Step = step;
        Audience = audience;
        Answer = answer ?? throw new ArgumentNullException(nameof(answer));
        Text = text ?? throw new ArgumentNullException(nameof(text));
        Required = required;
    }

    /// <summary>Gets the prompt's id.</summary>
    public PromptId Id { get; }

    /// <summary>Gets the step at which the process asks the prompt.</summary>
    public ProcessStep Step { get; }

    /// <summary>Gets the phase of <see cref="Step"/>; answers can be given or revised until it ends.</summary>
    public ProcessPhase Phase => ProcessSteps.PhaseOf(Step);

    /// <summary>Gets who answers the prompt.</summary>
    public PromptAudience Audience { get; }

    /// <summary>Gets the type of answer the prompt takes.</summary>
    public AnswerSpec Answer { get; }

    /// <summary>Gets the question in bokmål (the guide's wording), nynorsk and English.</summary>
    public LocalizedText Text { get; }

    /// <summary>Gets whether the prompt's step cannot be completed until it is answered.</summary>
    public bool Required { get; }

    /// <summary>Checks whether an answer fits the prompt.</summary>
    /// <param name="answer">The answer.</param>
    /// <param name="topicAreas">The survey's topic areas that a topic-area choice must come from; the ForBedring catalogue when null.</param>
    /// <param name="people">The people a person answer may name; anyone when null.</param>
    /// <returns>Every way in which the answer does not fit; empty when it fits.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="answer"/> is null.</exception>
    public IReadOnlyList<UnmetCondition> Validate(Answer answer, TopicAreaCatalog? topicAreas = null, IReadOnlyCollection<PersonId>? people = null)
    {
        if (answer is null)
        {
            throw new ArgumentNullException(nameof(answer));
        }

        var problems = new List<UnmetCondition>();
        var reference = Id.Value;
        if (answer.Kind != Answer.Kind)
        {
            problems.Add(new UnmetCondition(ConditionCodes.AnswerWrongKind, reference, Messages.AnswerWrongKind.Fill(Id, Answer.Kind, answer.Kind)));
            return problems;
        }

        switch (answer)
        {
            case TopicAreasAnswer topics:
                CheckChoices(topics.Items, problems);
                var catalog = topicAreas ?? TopicAreaCatalog.ForBedring;
                foreach (var area in topics.Items.Distinct())
                {
                    if (!catalog.Contains(area))
                    {
                        problems.Add(new UnmetCondition(ConditionCodes.AnswerUnknownTopicArea, reference, Messages.AnswerUnknownTopicArea.Fill(Id, area)));
                    }
                }

                break;
            case IndicatorsAnswer indicators:
                CheckChoices(indicators.Items, problems);
                break;
            case UnitsAnswer units:
                CheckChoices(units.Items, problems);
                break;
            case PersonAnswer person when person.Person is null:
                if (!Answer.AllowNobody)
                {
                    problems.Add(new UnmetCondition(ConditionCodes.AnswerNobodyNotAllowed, reference, Messages.AnswerNobodyNotAllowed.Fill(Id)));
                }

                break;
            case PersonAnswer person:
                if (people is not null && !people.Contains(person.Person!.Value))
                {
                    problems.Add(new UnmetCondition(ConditionCodes.AnswerPersonNotOnTeam, reference, Messages.AnswerPersonNotOnTeam.Fill(Id, person.Person.Value)));
                }

                break;
        }

        return problems;
    }

    private void CheckChoices<T>(IReadOnlyList<T> items, List<UnmetCondition> problems)
    {
        var reference = Id.Value;
        if (items.Count < Answer.MinChoices)
        {
            problems.Add(new UnmetCondition(ConditionCodes.AnswerTooFew, reference, Messages.AnswerTooFew.Fill(Id, Answer.MinChoices, items.Count)));
        }

        if (items.Count > Answer.MaxChoices)
        {
            problems.Add(new UnmetCondition(ConditionCodes.AnswerTooMany, reference, Messages.AnswerTooMany.Fill(Id, Answer.MaxChoices, items.Count)));
        }

        foreach (var duplicate in items.GroupBy(i => i).Where(g => g.Count() > 1))
        {
            problems.Add(new UnmetCondition(ConditionCodes.AnswerDuplicate, reference, Messages.AnswerDuplicate.Fill(Id, duplicate.Key!)));
        }
    }
}
