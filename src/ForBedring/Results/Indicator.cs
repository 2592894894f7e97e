namespace ForBedring.Results;

/// <summary>An indicator (a question or an index) of a survey, in a topic area, with its name in the three languages.</summary>
public sealed record Indicator
{
    /// <summary>Creates an indicator.</summary>
    /// <param name="id">The indicator's id, as the vendor's file names it.</param>
    /// <param name="topicArea">The topic area it belongs to.</param>
    /// <param name="name">Its name in bokmål, nynorsk and English.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="topicArea"/> is the default value.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public Indicator(IndicatorId id, TopicAreaId topicArea, LocalizedText name)
    {
        if (id.Value.Length == 0 || topicArea.Value.Length == 0)
        {
            throw new ArgumentException("An indicator needs an id and a topic area.", nameof(id));
        }

        Id = id;
        TopicArea = topicArea;
        Name = name ?? throw new ArgumentNullException(nameof(name));
    }

    /// <summary>Gets the indicator's id.</summary>
    public IndicatorId Id { get; }

    /// <summary>Gets the topic area it belongs to.</summary>
    public TopicAreaId TopicArea { get; }

    /// <summary>Gets its name.</summary>
    public LocalizedText Name { get; }
}
