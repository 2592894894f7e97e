using System.Collections.ObjectModel;
using ForBedring.Process;

namespace ForBedring.Prompts;

/// <summary>
/// The prompts a follow-up process asks: the guide's built-in questions, with an organisation's own texts and extra
/// prompts where it has supplied them. Immutable; every change returns a new catalogue.
/// </summary>
public sealed class PromptCatalog
{
    private readonly Dictionary<PromptId, Prompt> _byId;

    /// <summary>Creates a catalogue from its prompts, in the order they are asked.</summary>
    /// <param name="prompts">The prompts; ids must be distinct.</param>
    /// <exception cref="ArgumentNullException"><paramref name="prompts"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">Two prompts share an id.</exception>
    public PromptCatalog(IEnumerable<Prompt> prompts)
    {
        if (prompts is null)
        {
            throw new ArgumentNullException(nameof(prompts));
        }

        var list = new List<Prompt>();
        _byId = new Dictionary<PromptId, Prompt>();
        foreach (var prompt in prompts)
        {
            if (prompt is null)
            {
                throw new ArgumentNullException(nameof(prompts), "A prompt is null.");
            }

            if (_byId.ContainsKey(prompt.Id))
            {
                throw new ArgumentException($"The prompt id '{prompt.Id}' occurs twice.", nameof(prompts));
            }

            _byId.Add(prompt.Id, prompt);
            list.Add(prompt);
        }

        // Asked in the order of the process's steps; within a step, in the order given.
        Prompts = new ReadOnlyCollection<Prompt>(list.Select((p, i) => (p, i)).OrderBy(x => x.p.Step).ThenBy(x => x.i).Select(x => x.p).ToList());
    }

    /// <summary>Gets the built-in catalogue: every question of the guide, A1.1 to D3.</summary>
    public static PromptCatalog Default { get; } = new(BuiltInPrompts.All);

    /// <summary>Gets every prompt, in the order the process asks them.</summary>
    public IReadOnlyList<Prompt> Prompts { get; }

    /// <summary>Gets a prompt by id.</summary>
    /// <param name="id">The prompt's id.</param>
    /// <returns>The prompt.</returns>
    /// <exception cref="KeyNotFoundException">The catalogue has no prompt with that id.</exception>
    public Prompt this[PromptId id] => _byId.TryGetValue(id, out var prompt)
        ? prompt
        : throw new KeyNotFoundException($"The prompt catalogue has no prompt '{id}'.");

    /// <summary>Finds a prompt by id.</summary>
    /// <param name="id">The prompt's id.</param>
    /// <returns>The prompt, or null when the catalogue has none with that id.</returns>
    public Prompt? Find(PromptId id) => _byId.TryGetValue(id, out var prompt) ? prompt : null;

    /// <summary>Gets the prompts the process asks at a step.</summary>
    /// <param name="step">The step.</param>
    /// <returns>The prompts of that step, in order.</returns>
    public IReadOnlyList<Prompt> ForStep(ProcessStep step) => Prompts.Where(p => p.Step == step).ToList();

    /// <summary>Returns a catalogue in which one prompt's question reads differently.</summary>
    /// <param name="id">The prompt's id.</param>
    /// <param name="text">The new question in the three languages.</param>
    /// <returns>The new catalogue.</returns>
    /// <exception cref="KeyNotFoundException">The catalogue has no prompt with that id.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public PromptCatalog WithText(PromptId id, LocalizedText text)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        var old = this[id];
        return new PromptCatalog(Prompts.Select(p => p.Id == id ? new Prompt(old.Id, old.Step, old.Audience, old.Answer, text, old.Required) : p));
    }

    /// <summary>Returns a catalogue with one more prompt.</summary>
    /// <param name="prompt">The organisation's own prompt.</param>
    /// <returns>The new catalogue.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="prompt"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalogue already has a prompt with that id.</exception>
    public PromptCatalog With(Prompt prompt)
    {
        if (prompt is null)
        {
            throw new ArgumentNullException(nameof(prompt));
        }

        return new PromptCatalog(Prompts.Append(prompt));
    }

    /// <summary>Returns a catalogue with an organisation's prompt file applied: its texts and its own prompts.</summary>
    /// <param name="utf8Json">The prompt file in UTF-8 (format: <see cref="PromptCatalogJson"/>, <c>docs/prompt-file.md</c>).</param>
    /// <returns>The new catalogue.</returns>
    /// <exception cref="PromptCatalogJsonException">The file is larger than <see cref="PromptCatalogJson.DefaultMaxBytes"/> or not a valid prompt file for this catalogue; every problem is listed, and nothing is applied.</exception>
    public PromptCatalog WithOverrides(ReadOnlySpan<byte> utf8Json) => PromptCatalogJson.Parse(utf8Json, this);
}
