using System.Collections.ObjectModel;

namespace ForBedring.Results;

/// <summary>The topic areas a survey round reports on; the built-in one is the ForBedring survey's seven areas.</summary>
public sealed class TopicAreaCatalog
{
    private readonly Dictionary<TopicAreaId, TopicArea> _byId;

    /// <summary>Creates a catalogue from its topic areas, in the order they are shown.</summary>
    /// <param name="areas">The topic areas; ids must be distinct.</param>
    /// <exception cref="ArgumentNullException"><paramref name="areas"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">Two areas share an id, or there are none.</exception>
    public TopicAreaCatalog(IEnumerable<TopicArea> areas)
    {
        if (areas is null)
        {
            throw new ArgumentNullException(nameof(areas));
        }

        var list = new List<TopicArea>();
        _byId = new Dictionary<TopicAreaId, TopicArea>();
        foreach (var area in areas)
        {
            if (area is null)
            {
                throw new ArgumentNullException(nameof(areas), "A topic area is null.");
            }

            if (_byId.ContainsKey(area.Id))
            {
                throw new ArgumentException($"The topic area id '{area.Id}' occurs twice.", nameof(areas));
            }

            _byId.Add(area.Id, area);
            list.Add(area);
        }

        if (list.Count == 0)
        {
            throw new ArgumentException("A topic area catalogue needs at least one area.", nameof(areas));
        }

        Areas = new ReadOnlyCollection<TopicArea>(list);
    }

    /// <summary>Gets the ForBedring survey's seven topic areas.</summary>
    public static TopicAreaCatalog ForBedring { get; } = new(
    [
        new TopicArea(new TopicAreaId("engasjement"), new LocalizedText("Engasjement", "Engasjement", "Engagement")),
        new TopicArea(new TopicAreaId("samarbeidsklima"), new LocalizedText("Samarbeidsklima", "Samarbeidsklima", "Teamwork climate")),
        new TopicArea(new TopicAreaId("arbeidsforhold"), new LocalizedText("Arbeidsforhold", "Arbeidstilhøve", "Working conditions")),
        new TopicArea(new TopicAreaId("sikkerhetsklima"), new LocalizedText("Sikkerhetsklima", "Tryggleiksklima", "Safety climate")),
        new TopicArea(new TopicAreaId("lederatferd"), new LocalizedText("Lederatferd", "Leiaråtferd", "Leadership behaviour")),
        new TopicArea(new TopicAreaId("fysisk-miljo"), new LocalizedText("Fysisk miljø", "Fysisk miljø", "Physical environment")),
        new TopicArea(new TopicAreaId("oppfolging"), new LocalizedText("Oppfølging", "Oppfølging", "Follow-up")),
    ]);

    /// <summary>Gets the topic areas in the order they are shown.</summary>
    public IReadOnlyList<TopicArea> Areas { get; }

    /// <summary>Tells whether the catalogue holds a topic area.</summary>
    /// <param name="id">The topic area's identifier.</param>
    /// <returns>Whether the area is in the catalogue.</returns>
    public bool Contains(TopicAreaId id) => _byId.ContainsKey(id);

    /// <summary>Finds a topic area.</summary>
    /// <param name="id">The topic area's identifier.</param>
    /// <returns>The topic area, or null when the catalogue has none with that id.</returns>
    public TopicArea? Find(TopicAreaId id) => _byId.TryGetValue(id, out var area) ? area : null;
}
