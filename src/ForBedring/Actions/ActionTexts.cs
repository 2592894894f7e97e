namespace ForBedring.Actions;

/// <summary>The sentences and names of the actions part, in bokmål, nynorsk and English; {0}, {1} … are filled in.</summary>
internal static class ActionTexts
{
    public static readonly LocalizedText UpdateRefused = new(
        "Tiltaket {0} kan ikke oppdateres fra «{1}» til «{2}»:",
        "Tiltaket {0} kan ikkje oppdaterast frå «{1}» til «{2}»:",
        "Action {0} cannot be updated from '{1}' to '{2}':");

    public static readonly LocalizedText Closed = new(
        "Tiltaket {0} er avsluttet («{1}») og tar ikke imot flere oppdateringer.",
        "Tiltaket {0} er avslutta («{1}») og tek ikkje imot fleire oppdateringar.",
        "Action {0} is closed ('{1}') and takes no more updates.");

    public static readonly LocalizedText NotAllowed = new(
        "Tiltaket {0} kan ikke gå fra «{1}» til «{2}».",
        "Tiltaket {0} kan ikkje gå frå «{1}» til «{2}».",
        "Action {0} cannot move from '{1}' to '{2}'.");

    public static readonly LocalizedText OutcomeMissing = new(
        "Skriv hva tiltaket {0} førte til før det settes som gjennomført.",
        "Skriv kva tiltaket {0} førte til før det blir sett som gjennomført.",
        "Write what action {0} achieved before marking it done.");

    public static readonly LocalizedText ReasonMissing = new(
        "Skriv hvorfor tiltaket {0} avlyses.",
        "Skriv kvifor tiltaket {0} blir avlyst.",
        "Write why action {0} is cancelled.");

    public static readonly LocalizedText BeforeLast = new(
        "Oppdateringen av tiltaket {0} er datert før den forrige.",
        "Oppdateringa av tiltaket {0} er datert før den førre.",
        "The update of action {0} is dated before the previous one.");

    public static readonly LocalizedText KeepAreaMissing = new(
        "Handlingsplanen ({0}) mangler et bevaringsområde.",
        "Handlingsplanen ({0}) manglar eit bevaringsområde.",
        "The action plan ({0}) has no area to keep.");

    public static readonly LocalizedText ImproveAreaMissing = new(
        "Handlingsplanen ({0}) mangler et forbedringsområde.",
        "Handlingsplanen ({0}) manglar eit forbetringsområde.",
        "The action plan ({0}) has no area to improve.");

    public static readonly LocalizedText PlanWithoutActions = new(
        "Handlingsplanen ({0}) har ingen tiltak.",
        "Handlingsplanen ({0}) har ingen tiltak.",
        "The action plan ({0}) has no actions.");

    public static readonly LocalizedText ActionWithoutOwner = new(
        "Tiltaket {0} har ingen ansvarlig.",
        "Tiltaket {0} har ingen ansvarleg.",
        "Action {0} has no owner.");

    public static readonly LocalizedText ActionWithoutDueDate = new(
        "Tiltaket {0} har ingen frist.",
        "Tiltaket {0} har ingen frist.",
        "Action {0} has no due date.");

    public static readonly LocalizedText QualityIndividuals = new(
        "Tiltaket {0} retter seg bare mot enkeltpersoner. Vurder hva i organiseringen av arbeidet som kan endres (rutiner, arbeidsfordeling, bemanning, samarbeid).",
        "Tiltaket {0} rettar seg berre mot einskildpersonar. Vurder kva i organiseringa av arbeidet som kan endrast (rutinar, arbeidsfordeling, bemanning, samarbeid).",
        "Action {0} only targets individuals. Consider what in the organisation of the work could change (routines, division of tasks, staffing, cooperation).");

    public static readonly LocalizedText QualityNoOwner = new(
        "Tiltaket {0} har ingen ansvarlig. Et tiltak uten eier blir sjelden gjennomført.",
        "Tiltaket {0} har ingen ansvarleg. Eit tiltak utan eigar blir sjeldan gjennomført.",
        "Action {0} has no owner. An action nobody owns is seldom carried out.");

    public static readonly LocalizedText QualityNoDueDate = new(
        "Tiltaket {0} har ingen frist. Sett en realistisk dato.",
        "Tiltaket {0} har ingen frist. Set ein realistisk dato.",
        "Action {0} has no due date. Set a realistic date.");

    public static readonly LocalizedText QualityVague = new(
        "Tiltaket {0} er for vagt til å kunne følges opp. Beskriv konkret hva som skal gjøres, og hvordan dere ser at det virker.",
        "Tiltaket {0} er for vagt til å kunne følgjast opp. Beskriv konkret kva som skal gjerast, og korleis de ser at det verkar.",
        "Action {0} is too vague to follow up. Say concretely what will be done and how you will see that it works.");

    public static readonly LocalizedText PlanUnknownUnit = new(
        "Enheten {0} hører ikke til ledergruppen.",
        "Eininga {0} høyrer ikkje til leiargruppa.",
        "The unit {0} is not one of the leadership team's.");

    public static readonly LocalizedText PlanActionInOtherPlan = new(
        "Tiltaket {0} står allerede i en annen handlingsplan.",
        "Tiltaket {0} står alt i ein annan handlingsplan.",
        "Action {0} is already in another action plan.");

    public static readonly LocalizedText MinutesNoSuchItem = new(
        "Agendaen har ikke noe punkt {0}.",
        "Agendaen har ikkje noko punkt {0}.",
        "The agenda has no item {0}.");

    private static readonly LocalizedText[] StatusNames =
    [
        new("planlagt", "planlagt", "planned"),
        new("pågår", "pågår", "in progress"),
        new("satt på vent", "sett på vent", "on hold"),
        new("gjennomført", "gjennomført", "done"),
        new("avlyst", "avlyst", "cancelled"),
    ];

    public static LocalizedText NameOf(ActionStatus status) => StatusNames[(int)status];
}
