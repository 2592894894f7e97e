using ForBedring.Internal;

namespace ForBedring.Results;

/// <summary>
/// One survey round (undersøkelse): its name, its period and the anonymity thresholds promised to the respondents
/// when they were invited. The thresholds are fixed when the round is created and cannot change afterwards.
/// </summary>
public sealed record SurveyRound
{
    /// <summary>The default smallest number of respondents behind a released score.</summary>
    public const int DefaultScoreThreshold = 5;

    /// <summary>The lowest score threshold a round may have.</summary>
    public const int MinimumScoreThreshold = 3;

    /// <summary>The default smallest number of respondents behind released free text.</summary>
    public const int DefaultFreeTextThreshold = 10;

    /// <summary>Creates a round.</summary>
    /// <param name="name">The survey's name, such as <c>ForBedring 2026</c>.</param>
    /// <param name="period">The period it covers, such as <c>2026</c> or <c>2026-H1</c>.</param>
    /// <param name="scoreThreshold">The smallest number of respondents behind a released score; at least 3.</param>
    /// <param name="freeTextThreshold">The smallest number of respondents behind released free text; at least the score threshold.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="period"/> is blank or too long.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A threshold is out of range.</exception>
    public SurveyRound(string name, string period, int scoreThreshold = DefaultScoreThreshold, int freeTextThreshold = DefaultFreeTextThreshold)
    {
        Name = Guard.Text(name, nameof(name), 200);
        Period = Guard.Text(period, nameof(period), 100);
        if (scoreThreshold < MinimumScoreThreshold || scoreThreshold > 1000)
        {
            throw new ArgumentOutOfRangeException(nameof(scoreThreshold), scoreThreshold, $"The score threshold must be from {MinimumScoreThreshold} to 1000.");
        }

        if (freeTextThreshold < scoreThreshold || freeTextThreshold > 1000)
        {
            throw new ArgumentOutOfRangeException(nameof(freeTextThreshold), freeTextThreshold, "The free-text threshold must be at least the score threshold and at most 1000.");
        }

        ScoreThreshold = scoreThreshold;
        FreeTextThreshold = freeTextThreshold;
    }

    /// <summary>Gets the survey's name.</summary>
    public string Name { get; }

    /// <summary>Gets the period the round covers.</summary>
    public string Period { get; }

    /// <summary>Gets the smallest number of respondents behind a released score.</summary>
    public int ScoreThreshold { get; }

    /// <summary>Gets the smallest number of respondents behind released free text.</summary>
    public int FreeTextThreshold { get; }

    /// <summary>
    /// Asks for other thresholds. Thresholds are a promise made to respondents before they answered, so this only
    /// succeeds when nothing changes.
    /// </summary>
    /// <param name="scoreThreshold">The score threshold asked for.</param>
    /// <param name="freeTextThreshold">The free-text threshold asked for.</param>
    /// <returns>This round, when the thresholds are the ones it already has.</returns>
    /// <exception cref="RoundThresholdsFixedException">A threshold differs from the round's.</exception>
    public SurveyRound WithThresholds(int scoreThreshold, int freeTextThreshold)
        => scoreThreshold == ScoreThreshold && freeTextThreshold == FreeTextThreshold
            ? this
            : throw new RoundThresholdsFixedException(this, scoreThreshold, freeTextThreshold);
}
