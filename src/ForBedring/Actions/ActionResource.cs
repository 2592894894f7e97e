using ForBedring.Internal;

namespace ForBedring.Actions;

/// <summary>C6: a resource to involve in an action: one of the guide's kinds, or another the organisation names.</summary>
public sealed record ActionResource
{
    /// <summary>Creates the resource.</summary>
    /// <param name="kind">The kind of resource.</param>
    /// <param name="name">The organisation's name for it; required for <see cref="ResourceKind.Other"/>, optional otherwise.</param>
    /// <exception cref="ArgumentException">The kind is unknown, the name is invalid, or an <see cref="ResourceKind.Other"/> resource has no name.</exception>
    public ActionResource(ResourceKind kind, string? name = null)
    {
        if (kind is < ResourceKind.HumanResources or > ResourceKind.Other)
        {
            throw new ArgumentException($"Unknown resource kind {kind}.", nameof(kind));
        }

        if (kind == ResourceKind.Other && name is null)
        {
            throw new ArgumentException("A resource of kind Other needs a name.", nameof(name));
        }

        Kind = kind;
        Name = name is null ? null : Guard.Text(name, nameof(name), 200);
    }

    /// <summary>Gets the kind of resource.</summary>
    public ResourceKind Kind { get; }

    /// <summary>Gets the organisation's name for it, or null.</summary>
    public string? Name { get; }
}
