namespace ForBedring.Actions;

/// <summary>The sentences of the appraisal talking points (C4), in bokmål (the guide's wording), nynorsk and English.</summary>
internal static class AppraisalTalkingPointsTexts
{
    public static readonly LocalizedText Refused = new(
        "Samtalepunkter for {0} kan ikke lages for lederen {1}:",
        "Samtalepunkt for {0} kan ikkje lagast for leiaren {1}:",
        "Talking points for {0} cannot be made for the leader {1}:");

    public static readonly LocalizedText LeaderNotInRelease = new(
        "Lederen {0} leder ingen enhet i resultatene.",
        "Leiaren {0} leier inga eining i resultata.",
        "The leader {0} leads no unit of the results.");

    public static readonly LocalizedText NotLed = new(
        "{0} er verken lederen {1} eller en {1} leder (et medlem av ledergruppen eller leder for en enhet under).",
        "{0} er verken leiaren {1} eller ein {1} leier (eit medlem av leiargruppa eller leiar for ei eining under).",
        "{0} is neither the leader {1} nor someone {1} leads (a member of the leadership team or the leader of a unit below).");

    public static readonly LocalizedText Title = new("Samtalepunkter for medarbeidersamtale: {0}", "Samtalepunkt for medarbeidarsamtale: {0}", "Talking points for the appraisal conversation: {0}");
    public static readonly LocalizedText Prepared = new("Forberedt av {0}. Tallene er bare de som er frigitt for lederens rolle.", "Førebudd av {0}. Tala er berre dei som er frigjevne for rolla til leiaren.", "Prepared by {0}. The figures are only those released for the leader's role.");
    public static readonly LocalizedText ResultsHeading = new("Resultater (C4)", "Resultat (C4)", "Results (C4)");
    public static readonly LocalizedText FocusHeading = new("Fokusområder", "Fokusområde", "Focus areas");
    public static readonly LocalizedText ActionsHeading = new("Tiltak", "Tiltak", "Actions");
    public static readonly LocalizedText None = new("Ingen.", "Ingen.", "None.");

    public static readonly LocalizedText UnitResult = new("{0}: {1} svar.", "{0}: {1} svar.", "{0}: {1} respondents.");
    public static readonly LocalizedText UnitHidden = new("{0}: tallene er skjult ({1}).", "{0}: tala er skjulte ({1}).", "{0}: the figures are hidden ({1}).");
    public static readonly LocalizedText UnitNotInView = new("{0}: ingen resultater i lederens visning.", "{0}: ingen resultat i visinga til leiaren.", "{0}: no results in the leader's view.");
    public static readonly LocalizedText Strongest = new("Sterkest i {0}: {1} ({2:0.0}).", "Sterkast i {0}: {1} ({2:0.0}).", "Strongest in {0}: {1} ({2:0.0}).");
    public static readonly LocalizedText Weakest = new("Svakest i {0}: {1} ({2:0.0}).", "Svakast i {0}: {1} ({2:0.0}).", "Weakest in {0}: {1} ({2:0.0}).");

    public static readonly LocalizedText KeepArea = new("Bevaringsområde «{0}» ({1})", "Bevaringsområde «{0}» ({1})", "Area to keep '{0}' ({1})");
    public static readonly LocalizedText ImproveArea = new("Forbedringsområde «{0}» ({1})", "Forbetringsområde «{0}» ({1})", "Area to improve '{0}' ({1})");
    public static readonly LocalizedText SharedPlan = new("ledergruppens felles plan", "den felles planen til leiargruppa", "the leadership team's shared plan");
    public static readonly LocalizedText UnitPlan = new("planen for {0}", "planen for {0}", "the plan of {0}");
    public static readonly LocalizedText AreaScores = new(": {0} i {1}", ": {0} i {1}", ": {0} in {1}");
    public static readonly LocalizedText AreaHidden = new(": tallene for {0} er skjult", ": tala for {0} er skjulte", ": the figures of {0} are hidden");

    public static readonly LocalizedText Owned = new("Ansvarlig for «{0}» ({1}): {2}, frist {3}", "Ansvarleg for «{0}» ({1}): {2}, frist {3}", "Owner of '{0}' ({1}): {2}, due {3}");
    public static readonly LocalizedText Contributes = new("Bidrar til «{0}» ({1}): {2}, frist {3}", "Bidreg til «{0}» ({1}): {2}, frist {3}", "Contributes to '{0}' ({1}): {2}, due {3}");
    public static readonly LocalizedText NoDueDate = new("ingen", "ingen", "none");
    public static readonly LocalizedText LastUpdate = new("; sist oppdatert {0}: {1}", "; sist oppdatert {0}: {1}", "; last updated {0}: {1}");
    public static readonly LocalizedText NeverUpdated = new("; ikke oppdatert ennå", "; ikkje oppdatert enno", "; not updated yet");
}
