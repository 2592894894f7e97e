using System.Collections.ObjectModel;

namespace ForBedring.Results;

/// <summary>
/// The indicators a survey reports, grouped in topic areas. The built-in one is the ForBedring survey's index per
/// topic area; a round that uses another survey (10-FAKTOR, ARK) supplies its own as data.
/// </summary>
public sealed class IndicatorCatalog
{
    private readonly Dictionary<IndicatorId, Indicator> _byId = new();

    /// <summary>Creates a catalogue.</summary>
    /// <param name="topicAreas">The topic areas.</param>
    /// <param name="indicators">The indicators, in the order they are shown; each in one of the topic areas, ids distinct.</param>
    /// <exception cref="ArgumentNullException">An argument or item is null.</exception>
    /// <exception cref="ArgumentException">Two indicators share an id, or one names a topic area not in the catalogue.</exception>
    public IndicatorCatalog(TopicAreaCatalog topicAreas, IEnumerable<Indicator> indicators)
    {
        TopicAreas = topicAreas ?? throw new ArgumentNullException(nameof(topicAreas));
        if (indicators is null)
        {
            throw new ArgumentNullException(nameof(indicators));
        }

        var list = new List<Indicator>();
        foreach (var indicator in indicators)
        {
            if (indicator is null)
            {
                throw new ArgumentNullException(nameof(indicators), "An indicator is null.");
            }

            if (!topicAreas.Contains(indicator.TopicArea))
            {
                throw new ArgumentException($"The indicator '{indicator.Id}' names the unknown topic area '{indicator.TopicArea}'.", nameof(indicators));
            }

            if (_byId.ContainsKey(indicator.Id))
            {
                throw new ArgumentException($"The indicator id '{indicator.Id}' occurs twice.", nameof(indicators));
            }

            _byId.Add(indicator.Id, indicator);
            list.Add(indicator);
        }

        Indicators = new ReadOnlyCollection<Indicator>(list);
    }

    /// <summary>Gets the ForBedring survey's catalogue: one index per topic area, with the area's id and name.</summary>
    public static IndicatorCatalog ForBedring { get; } = new(
        TopicAreaCatalog.ForBedring,
        TopicAreaCatalog.ForBedring.Areas.Select(a => new Indicator(new IndicatorId(a.Id.Value), a.Id, a.Name)));

    /// <summary>Gets the topic areas.</summary>
    public TopicAreaCatalog TopicAreas { get; }

    /// <summary>Gets the indicators in the order they are shown.</summary>
    public IReadOnlyList<Indicator> Indicators { get; }

    /// <summary>Finds an indicator.</summary>
    /// <param name="id">The indicator's id.</param>
    /// <returns>The indicator, or null when the catalogue has none with that id.</returns>
    public Indicator? Find(IndicatorId id) => _byId.TryGetValue(id, out var indicator) ? indicator : null;

    /// <summary>Gets an indicator's name in a language, or its id when the catalogue does not know it.</summary>
    /// <param name="id">The indicator's id.</param>
    /// <param name="language">The language.</param>
    /// <returns>The name to show.</returns>
    public string NameOf(IndicatorId id, TextLanguage language) => Find(id)?.Name.In(language) ?? id.Value;
}
