namespace ForBedring.Internal;

/// <summary>The sentences people read when something cannot be done, in bokmål, nynorsk and English.</summary>
/// <remarks>Placeholders: {0}, {1} … are filled with names, ids and numbers.</remarks>
internal static class Messages
{
    // Answers
    public static readonly LocalizedText AnswerWrongKind = new(
        "Svaret på {0} må være av typen {1}, ikke {2}.",
        "Svaret på {0} må vere av typen {1}, ikkje {2}.",
        "The answer to {0} must be of type {1}, not {2}.");

    public static readonly LocalizedText AnswerTooFew = new(
        "Svaret på {0} må velge minst {1}; det valgte {2}.",
        "Svaret på {0} må velje minst {1}; det valde {2}.",
        "The answer to {0} must choose at least {1}; it chose {2}.");

    public static readonly LocalizedText AnswerTooMany = new(
        "Svaret på {0} kan velge høyst {1}; det valgte {2}.",
        "Svaret på {0} kan velje høgst {1}; det valde {2}.",
        "The answer to {0} may choose at most {1}; it chose {2}.");

    public static readonly LocalizedText AnswerDuplicate = new(
        "Svaret på {0} velger «{1}» mer enn én gang.",
        "Svaret på {0} vel «{1}» meir enn éin gong.",
        "The answer to {0} chooses '{1}' more than once.");

    public static readonly LocalizedText AnswerUnknownTopicArea = new(
        "Svaret på {0} velger temaområdet «{1}», som ikke finnes i undersøkelsen.",
        "Svaret på {0} vel temaområdet «{1}», som ikkje finst i undersøkinga.",
        "The answer to {0} chooses the topic area '{1}', which the survey does not have.");

    public static readonly LocalizedText AnswerNobodyNotAllowed = new(
        "Svaret på {0} må peke ut en person.",
        "Svaret på {0} må peike ut ein person.",
        "The answer to {0} must name a person.");

    public static readonly LocalizedText AnswerPersonNotOnTeam = new(
        "Svaret på {0} peker ut {1}, som ikke er med i ledergruppen.",
        "Svaret på {0} peikar ut {1}, som ikkje er med i leiargruppa.",
        "The answer to {0} names {1}, who is not on the leadership team.");
}
