using ForBedring.Internal;

namespace ForBedring.Meetings;

/// <summary>
/// A template of the read-back meeting's agenda: its items in order, in the three parts. <see cref="Guide"/> is the
/// guide's (A3.1, B1–B7); an organisation can supply its own as JSON (<see cref="AgendaTemplateJson"/>).
/// </summary>
public sealed record AgendaTemplate
{
    /// <summary>Creates a template.</summary>
    /// <param name="name">The template's name.</param>
    /// <param name="items">Its items, 1–60, in the parts' order, with at most one B3 item.</param>
    /// <exception cref="ArgumentNullException">An argument or item is null.</exception>
    /// <exception cref="ArgumentException">The name is invalid, or the items are empty, too many, out of the parts' order, or have two B3 items.</exception>
    public AgendaTemplate(string name, IEnumerable<AgendaTemplateItem> items)
    {
        Name = Guard.Text(name, nameof(name), 200);
        Items = ValueList.Copy(items, nameof(items));
        var problem = ProblemOf(Items);
        if (problem is not null)
        {
            throw new ArgumentException(problem, nameof(items));
        }
    }

    /// <summary>Gets the guide's template: introduction (B1, B2), discussion (B3, B4 groups then plenary, B5), summary and evaluation (B6, B7, evaluation).</summary>
    public static AgendaTemplate Guide { get; } = new(
        "ForBedring",
        [
            new(AgendaSection.Introduction, AgendaItemKind.Goals, new("Mål og rammer for møtet", "Mål og rammer for møtet", "Goals and frame of the meeting"), 5, 0),
            new(AgendaSection.Introduction, AgendaItemKind.Reflections, new("Lederens refleksjoner – åpent og undrende", "Leiaren sine refleksjonar – ope og undrande", "The leader's reflections – open and wondering"), 5, 1),
            new(AgendaSection.Discussion, AgendaItemKind.Sharing, new("Hver leder deler sine refleksjoner", "Kvar leiar deler refleksjonane sine", "Each leader shares their reflections"), 5, 1),
            new(AgendaSection.Discussion, AgendaItemKind.GroupWork, new("Dialog i grupper", "Dialog i grupper", "Dialogue in groups"), 10, 3),
            new(AgendaSection.Discussion, AgendaItemKind.Plenary, new("Runde rundt bordet i plenum", "Runde rundt bordet i plenum", "Round around the table in plenary"), 10, 2),
            new(AgendaSection.Discussion, AgendaItemKind.ActionKickoff, new("Tiltak vi setter i gang", "Tiltak vi set i gang", "Actions we start"), 5, 1),
            new(AgendaSection.SummaryAndEvaluation, AgendaItemKind.Agreements, new("Hva er vi enige om?", "Kva er vi samde om?", "What do we agree on?"), 5, 1),
            new(AgendaSection.SummaryAndEvaluation, AgendaItemKind.WayForward, new("Veien videre: hvem gjør hva, når", "Vegen vidare: kven gjer kva, når", "The way forward: who does what, when"), 5, 1),
            new(AgendaSection.SummaryAndEvaluation, AgendaItemKind.Evaluation, new("Evaluering av møtet", "Evaluering av møtet", "Evaluation of the meeting"), 5, 0),
        ]);

    /// <summary>Gets the template's name.</summary>
    public string Name { get; }

    /// <summary>Gets the items in order.</summary>
    public IReadOnlyList<AgendaTemplateItem> Items { get; }

    /// <summary>Tells whether two values are equal, their lists compared item by item.</summary>
    /// <param name="other">The other value.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(AgendaTemplate? other) => other is not null && Name == other.Name && ValueList.SequenceEqual(Items, other.Items);

    /// <inheritdoc/>
    public override int GetHashCode() => ValueList.SequenceHash(Items);

    /// <summary>Returns why a list of items cannot be a template, or null when it can.</summary>
    internal static string? ProblemOf(IReadOnlyList<AgendaTemplateItem> items)
    {
        if (items.Count is < 1 or > 60)
        {
            return "A template has 1 to 60 items.";
        }

        for (var i = 1; i < items.Count; i++)
        {
            if (items[i].Section < items[i - 1].Section)
            {
                return $"The items must come in the parts' order: item {i} ({items[i].Section}) comes after {items[i - 1].Section}.";
            }
        }

        return items.Count(i => i.Kind is AgendaItemKind.Sharing or AgendaItemKind.SharingInGroups) > 1
            ? "A template has at most one B3 item (Sharing or SharingInGroups)."
            : null;
    }
}
