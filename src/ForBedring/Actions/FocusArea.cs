using ForBedring.Internal;
using ForBedring.Results;

namespace ForBedring.Actions;

/// <summary>
/// A focus area of an action plan (C1): an area to keep (bevaringsområde) or to improve (forbedringsområde), tied to
/// at least one topic area or indicator of the round.
/// </summary>
public sealed record FocusArea
{
    /// <summary>Creates the focus area.</summary>
    /// <param name="id">Its id within the plan.</param>
    /// <param name="kind">Whether it is an area to keep or to improve.</param>
    /// <param name="title">A short title.</param>
    /// <param name="topicAreas">The topic areas it is about.</param>
    /// <param name="indicators">The indicators it is about.</param>
    /// <exception cref="ArgumentNullException">A list is null.</exception>
    /// <exception cref="ArgumentException">The id is the default value, the kind is unknown, the title is invalid, an id occurs twice or is the default value, or neither a topic area nor an indicator is given.</exception>
    public FocusArea(FocusAreaId id, FocusAreaKind kind, string title, IEnumerable<TopicAreaId> topicAreas, IEnumerable<IndicatorId> indicators)
    {
        if (id.Value.Length == 0)
        {
            throw new ArgumentException("A focus area needs an id.", nameof(id));
        }

        if (kind is < FocusAreaKind.Keep or > FocusAreaKind.Improve)
        {
            throw new ArgumentException($"Unknown focus area kind {kind}.", nameof(kind));
        }

        Id = id;
        Kind = kind;
        Title = Guard.Text(title, nameof(title), 300);
        TopicAreas = ValueList.Copy(topicAreas, nameof(topicAreas), static t => t.Value.Length > 0);
        Indicators = ValueList.Copy(indicators, nameof(indicators), static i => i.Value.Length > 0);
        if (TopicAreas.Distinct().Count() != TopicAreas.Count || Indicators.Distinct().Count() != Indicators.Count)
        {
            throw new ArgumentException("A topic area or indicator occurs twice.", nameof(topicAreas));
        }

        if (TopicAreas.Count == 0 && Indicators.Count == 0)
        {
            throw new ArgumentException("A focus area is tied to at least one topic area or indicator.", nameof(topicAreas));
        }
    }

    /// <summary>Gets its id within the plan.</summary>
    public FocusAreaId Id { get; }

    /// <summary>Gets whether it is an area to keep or to improve.</summary>
    public FocusAreaKind Kind { get; }

    /// <summary>Gets the short title.</summary>
    public string Title { get; }

    /// <summary>Gets the topic areas it is about.</summary>
    public IReadOnlyList<TopicAreaId> TopicAreas { get; }

    /// <summary>Gets the indicators it is about.</summary>
    public IReadOnlyList<IndicatorId> Indicators { get; }

    /// <summary>Tells whether two values are equal, their lists compared item by item.</summary>
    /// <param name="other">The other value.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(FocusArea? other) =>
        other is not null && Id == other.Id && Kind == other.Kind && Title == other.Title
        && ValueList.SequenceEqual(TopicAreas, other.TopicAreas) && ValueList.SequenceEqual(Indicators, other.Indicators);

    /// <inheritdoc/>
    public override int GetHashCode() => (Id.GetHashCode() * 31) + ValueList.SequenceHash(TopicAreas) + ValueList.SequenceHash(Indicators);
}
