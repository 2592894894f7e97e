namespace ForBedring.Testing;

/// <summary>A store broke a rule of the store contract: says which check and what the store did.</summary>
public sealed class StoreContractViolationException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="checkName">The check that failed, one of <see cref="FollowUpProcessStoreContract.CheckNames"/>.</param>
    /// <param name="message">What the store did wrong.</param>
    /// <param name="innerException">The exception the store threw, where the failure is one.</param>
    public StoreContractViolationException(string checkName, string message, Exception? innerException = null)
        : base($"Store contract check '{checkName}' failed: {message}", innerException)
    {
        CheckName = checkName;
    }

    /// <summary>Gets the check that failed.</summary>
    public string CheckName { get; }
}
