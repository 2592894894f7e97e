namespace ForBedring.Results;

/// <summary>A topic area (temaområde) of a survey, with its name in the three languages.</summary>
public sealed record TopicArea
{
    /// <summary>Creates a topic area.</summary>
    /// <param name="id">The topic area's identifier.</param>
    /// <param name="name">Its name in bokmål, nynorsk and English.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public TopicArea(TopicAreaId id, LocalizedText name)
    {
        if (id.Value.Length == 0)
        {
            throw new ArgumentException("A topic area needs an id.", nameof(id));
        }

        Id = id;
        Name = name ?? throw new ArgumentNullException(nameof(name));
    }

    /// <summary>Gets the topic area's identifier.</summary>
    public TopicAreaId Id { get; }

    /// <summary>Gets the topic area's name.</summary>
    public LocalizedText Name { get; }
}
