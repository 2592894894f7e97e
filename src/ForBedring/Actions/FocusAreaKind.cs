namespace ForBedring.Actions;

/// <summary>Whether a focus area is something to keep doing or something to improve (C1).</summary>
public enum FocusAreaKind
{
    /// <summary>An area to keep (bevaringsområde): what works well and should be protected.</summary>
    Keep = 0,

    /// <summary>An area to improve (forbedringsområde).</summary>
    Improve = 1,
}
