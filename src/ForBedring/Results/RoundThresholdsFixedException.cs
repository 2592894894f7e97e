namespace ForBedring.Results;

/// <summary>Someone tried to change a survey round's anonymity thresholds after the round was created.</summary>
public sealed class RoundThresholdsFixedException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="round">The round.</param>
    /// <param name="requestedScoreThreshold">The score threshold asked for.</param>
    /// <param name="requestedFreeTextThreshold">The free-text threshold asked for.</param>
    /// <exception cref="ArgumentNullException"><paramref name="round"/> is null.</exception>
    public RoundThresholdsFixedException(SurveyRound round, int requestedScoreThreshold, int requestedFreeTextThreshold)
        : base(Describe(round, requestedScoreThreshold, requestedFreeTextThreshold))
    {
        Round = round;
        RequestedScoreThreshold = requestedScoreThreshold;
        RequestedFreeTextThreshold = requestedFreeTextThreshold;
    }

    /// <summary>Gets the round, with the thresholds it keeps.</summary>
    public SurveyRound Round { get; }

    /// <summary>Gets the score threshold that was asked for.</summary>
    public int RequestedScoreThreshold { get; }

    /// <summary>Gets the free-text threshold that was asked for.</summary>
    public int RequestedFreeTextThreshold { get; }

    private static string Describe(SurveyRound round, int score, int freeText)
        => round is null
            ? throw new ArgumentNullException(nameof(round))
            : $"The thresholds of '{round.Name}' were fixed when it was created (scores {round.ScoreThreshold}, free text {round.FreeTextThreshold}); they cannot become {score} and {freeText}.";
}
