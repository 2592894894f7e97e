using System.Globalization;

namespace ForBedring.Actions;

/// <summary>
/// The quality check of an action from the ARK method (realistic, concrete, important, feasible). It only suggests;
/// it never blocks. What it looks for:
/// <list type="bullet">
/// <item><description><see cref="ActionQualityIssue.NoOwner"/> and <see cref="ActionQualityIssue.NoDueDate"/> (feasible, realistic);</description></item>
/// <item><description><see cref="ActionQualityIssue.TooVague"/> (concrete): no measure of success and no sub-steps, and the
/// title and description together either have fewer than six words or use a general phrase such as "fokus på", "bli
/// bedre", "jobbe med", "focus on", "work on";</description></item>
/// <item><description><see cref="ActionQualityIssue.TargetsIndividuals"/> (important): the text speaks of individuals
/// (a course, coping, "den enkelte", "each employee") and of nothing in how the work is organised (routines,
/// staffing, rota, workload, meetings, cooperation, processes).</description></item>
/// </list>
/// Words are matched case-insensitively in bokmål, nynorsk and English.
/// </summary>
public static class ActionQualityCheck
{
    /// <summary>The fewest words in the title and description together for an action without measure or sub-steps.</summary>
    public const int MinimumWords = 6;

    private static readonly string[] VaguePhrases =
    [
        "fokus på", "fokusere på", "bli bedre", "blir betre", "bli betre", "jobbe med", "arbeide med", "se på", "sjå på",
        "ha fokus", "forbedre", "betre", "focus on", "work on", "look into", "look at", "improve", "be better",
    ];

    private static readonly string[] IndividualPhrases =
    [
        "kurs", "den enkelte", "hver enkelt", "kvar enkelt", "enkeltansatt", "stressmestring", "mestring", "individuell", "personlig",
        "each employee", "every employee", "individual", "course", "resilience", "coping", "personal",
    ];

    private static readonly string[] OrganisationalPhrases =
    [
        "rutine", "arbeidsfordeling", "organisering", "bemanning", "turnus", "arbeidsmengde", "arbeidsmiljø", "prosess", "samarbeid",
        "møte", "system", "oppgavedeling", "ansvarsfordeling", "routine", "workload", "staffing", "rota", "process", "workflow",
        "meeting", "cooperation", "organisation", "organization", "division of tasks",
    ];

    /// <summary>Checks an action and returns every suggestion, in the order of <see cref="ActionQualityIssue"/>.</summary>
    /// <param name="action">The action.</param>
    /// <returns>The suggestions; empty when there are none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="action"/> is null.</exception>
    public static IReadOnlyList<ActionQualityWarning> Check(PlannedAction action)
    {
        if (action is null)
        {
            throw new ArgumentNullException(nameof(action));
        }

        var warnings = new List<ActionQualityWarning>();
        var id = action.Id.Value;
        var text = (action.Title + " " + (action.Description ?? string.Empty)).ToLower(CultureInfo.InvariantCulture);
        if (ContainsAny(text, IndividualPhrases) && !ContainsAny(text + " " + (action.SuccessMeasure ?? string.Empty).ToLower(CultureInfo.InvariantCulture), OrganisationalPhrases))
        {
            warnings.Add(new(action.Id, ActionQualityIssue.TargetsIndividuals, ArkCriterion.Important, ActionTexts.QualityIndividuals.Fill(id)));
        }

        if (action.Owner is null)
        {
            warnings.Add(new(action.Id, ActionQualityIssue.NoOwner, ArkCriterion.Feasible, ActionTexts.QualityNoOwner.Fill(id)));
        }

        if (action.DueDate is null)
        {
            warnings.Add(new(action.Id, ActionQualityIssue.NoDueDate, ArkCriterion.Realistic, ActionTexts.QualityNoDueDate.Fill(id)));
        }

        if (action.SuccessMeasure is null && action.SubSteps.Count == 0 && (Words(text) < MinimumWords || ContainsAny(text, VaguePhrases)))
        {
            warnings.Add(new(action.Id, ActionQualityIssue.TooVague, ArkCriterion.Concrete, ActionTexts.QualityVague.Fill(id)));
        }

        return warnings;
    }

    private static bool ContainsAny(string text, string[] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (text.Contains(phrase))
            {
                return true;
            }
        }

        return false;
    }

    private static int Words(string text) => text.Split([' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries).Length;
}
