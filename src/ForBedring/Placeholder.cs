namespace ForBedring
{
    /// <summary>Temporary.</summary>
    public static class Temp { }
}
