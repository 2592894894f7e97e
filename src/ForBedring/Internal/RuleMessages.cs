namespace ForBedring.Internal;

/// <summary>The sentences of the process's rules, in bokmål, nynorsk and English; {0}, {1} … are filled in.</summary>
internal static class RuleMessages
{
    public static readonly LocalizedText NotOnTeam = new(
        "{0} er ikke med i ledergruppen.",
        "{0} er ikkje med i leiargruppa.",
        "{0} is not on the leadership team.");

    public static readonly LocalizedText NotAMember = new(
        "{0} er ikke medlem av ledergruppen (lederen regnes ikke her).",
        "{0} er ikkje medlem av leiargruppa (leiaren blir ikkje rekna med her).",
        "{0} is not a member of the leadership team (the leader does not count here).");

    public static readonly LocalizedText NotInStep = new(
        "«{0}» kan ikke gjøres nå: prosessen står i steget «{1}».",
        "«{0}» kan ikkje gjerast no: prosessen står i steget «{1}».",
        "'{0}' cannot be done now: the process is at the step '{1}'.");

    public static readonly LocalizedText RoleLeader = new(
        "Bare lederen av ledergruppen kan gjøre dette: {0}.",
        "Berre leiaren av leiargruppa kan gjere dette: {0}.",
        "Only the leader of the leadership team can do this: {0}.");

    public static readonly LocalizedText RoleRecorder = new(
        "Bare lederen eller referenten kan gjøre dette: {0}.",
        "Berre leiaren eller referenten kan gjere dette: {0}.",
        "Only the leader or the minute-taker can do this: {0}.");

    public static readonly LocalizedText RoleStatusReporter = new(
        "Bare lederen eller den som melder status, kan gjøre dette: {0}.",
        "Berre leiaren eller den som melder status, kan gjere dette: {0}.",
        "Only the leader or the status reporter can do this: {0}.");

    public static readonly LocalizedText RoleMemberOrLeader = new(
        "Bare {1} selv eller lederen kan gjøre dette: {0}.",
        "Berre {1} sjølv eller leiaren kan gjere dette: {0}.",
        "Only {1} themself or the leader can do this: {0}.");

    public static readonly LocalizedText RoleRespondentLeader = new(
        "{0} skal besvares av lederen.",
        "{0} skal svarast på av leiaren.",
        "{0} is answered by the leader.");

    public static readonly LocalizedText RoleRespondentMember = new(
        "{0} skal besvares av hvert medlem selv.",
        "{0} skal svarast på av kvart medlem sjølv.",
        "{0} is answered by each member themself.");

    public static readonly LocalizedText RoleRespondentTeam = new(
        "{0} besvares av hele ledergruppen og føres av lederen eller referenten.",
        "{0} blir svart på av heile leiargruppa og ført av leiaren eller referenten.",
        "{0} is answered by the whole team and recorded by the leader or the minute-taker.");

    public static readonly LocalizedText PromptUnknown = new(
        "Spørsmålet {0} finnes ikke.",
        "Spørsmålet {0} finst ikkje.",
        "There is no prompt {0}.");

    public static readonly LocalizedText PromptNotNow = new(
        "{0} stilles i steget «{1}» og kan besvares til fasen er over; prosessen står i steget «{2}».",
        "{0} blir stilt i steget «{1}» og kan svarast på til fasen er over; prosessen står i steget «{2}».",
        "{0} is asked at the step '{1}' and can be answered until its phase ends; the process is at the step '{2}'.");

    public static readonly LocalizedText PromptUnanswered = new(
        "{0} er ikke besvart: «{1}»",
        "{0} er ikkje svart på: «{1}»",
        "{0} is not answered: '{1}'");

    public static readonly LocalizedText PromptUnansweredBy = new(
        "{2} har ikke svart på {0}: «{1}»",
        "{2} har ikkje svart på {0}: «{1}»",
        "{2} has not answered {0}: '{1}'");

    public static readonly LocalizedText HomeworkNotAssigned = new(
        "Hjemmeoppgaven er ikke sendt ut ennå.",
        "Heimeoppgåva er ikkje send ut enno.",
        "The homework has not been sent out yet.");

    public static readonly LocalizedText AgendaMissing = new(
        "Møtet har ingen agenda med tidsplan ennå.",
        "Møtet har ingen agenda med tidsplan enno.",
        "The meeting has no agenda with a time plan yet.");

    public static readonly LocalizedText AgendaSectionMissing = new(
        "Agendaen mangler delen «{0}».",
        "Agendaen manglar delen «{0}».",
        "The agenda lacks the part '{0}'.");

    public static readonly LocalizedText AgendaOrder = new(
        "Agendaens deler må komme i rekkefølgen innledning, diskusjon, oppsummering/evaluering.",
        "Delane av agendaen må kome i rekkjefølgja innleiing, diskusjon, oppsummering/evaluering.",
        "The agenda's parts must come in the order introduction, discussion, summary/evaluation.");

    public static readonly LocalizedText TimekeeperMissing = new(
        "Ingen tidtaker er utpekt.",
        "Ingen tidtakar er peika ut.",
        "No timekeeper has been assigned.");

    public static readonly LocalizedText MinuteTakerMissing = new(
        "Ingen referent er utpekt.",
        "Ingen referent er peika ut.",
        "No minute-taker has been assigned.");

    public static readonly LocalizedText TimekeeperIsChair = new(
        "Lederen leder møtet og kan ikke også være tidtaker.",
        "Leiaren leier møtet og kan ikkje òg vere tidtakar.",
        "The leader chairs the meeting and cannot also keep time.");

    public static readonly LocalizedText MinuteTakerIsChair = new(
        "Lederen leder møtet og kan ikke også være referent.",
        "Leiaren leier møtet og kan ikkje òg vere referent.",
        "The leader chairs the meeting and cannot also take the minutes.");

    public static readonly LocalizedText RoleAbsent = new(
        "{0} er ført som fraværende og kan ikke ha en rolle i møtet.",
        "{0} er ført som fråverande og kan ikkje ha ei rolle i møtet.",
        "{0} is recorded absent and cannot have a role in the meeting.");

    public static readonly LocalizedText GroupsMissing = new(
        "Gruppene er ikke satt sammen ennå.",
        "Gruppene er ikkje sette saman enno.",
        "The groups have not been formed yet.");

    public static readonly LocalizedText GroupsPersonMissing = new(
        "{0} er ikke med i noen gruppe.",
        "{0} er ikkje med i nokon gruppe.",
        "{0} is in no group.");

    public static readonly LocalizedText GroupsPersonTwice = new(
        "{0} er med i mer enn én gruppe.",
        "{0} er med i meir enn éi gruppe.",
        "{0} is in more than one group.");

    public static readonly LocalizedText GroupsNone = new(
        "Oppgi minst én gruppe.",
        "Oppgi minst éi gruppe.",
        "Give at least one group.");

    public static readonly LocalizedText ReportsNotSent = new(
        "Rapportene er ikke sendt ut ennå.",
        "Rapportane er ikkje sende ut enno.",
        "The reports have not been sent out yet.");

    public static readonly LocalizedText ReportsMemberMissing = new(
        "{0} mangler rapport for eget ansvarsområde.",
        "{0} manglar rapport for eige ansvarsområde.",
        "{0} has no report for their own area of responsibility.");

    public static readonly LocalizedText DatePast = new(
        "Datoen {0} er passert.",
        "Datoen {0} er passert.",
        "The date {0} has passed.");

    public static readonly LocalizedText DateFuture = new(
        "Datoen {0} er ennå ikke kommet.",
        "Datoen {0} er ikkje komen enno.",
        "The date {0} has not come yet.");

    public static readonly LocalizedText AbsentAlreadyShared = new(
        "{0} har allerede delt og kan ikke føres som fraværende.",
        "{0} har alt delt og kan ikkje førast som fråverande.",
        "{0} has already shared and cannot be recorded absent.");

    public static readonly LocalizedText AbsentAlready = new(
        "{0} er allerede ført som fraværende.",
        "{0} er alt ført som fråverande.",
        "{0} is already recorded absent.");

    public static readonly LocalizedText SharingAbsent = new(
        "{0} er ført som fraværende.",
        "{0} er ført som fråverande.",
        "{0} is recorded absent.");

    public static readonly LocalizedText SharingAlready = new(
        "{0} har allerede delt.",
        "{0} har alt delt.",
        "{0} has already shared.");

    public static readonly LocalizedText SharingMissing = new(
        "{0} har ikke delt ennå og er ikke ført som fraværende.",
        "{0} har ikkje delt enno og er ikkje ført som fråverande.",
        "{0} has not shared yet and is not recorded absent.");

    public static readonly LocalizedText NobodyPresent = new(
        "Alle medlemmene er ført som fraværende.",
        "Alle medlemmene er førte som fråverande.",
        "Every member is recorded absent.");

    public static readonly LocalizedText AgreementsNone = new(
        "Ingenting er ført som enighet ennå (B6).",
        "Ingenting er ført som semje enno (B6).",
        "Nothing has been recorded as agreed yet (B6).");

    public static readonly LocalizedText TasksNone = new(
        "Ingen har fått oppgaver til neste møte ennå (B7).",
        "Ingen har fått oppgåver til neste møte enno (B7).",
        "Nobody has been given tasks for the next meeting yet (B7).");

    public static readonly LocalizedText ReviewsNotScheduled = new(
        "Det er ikke satt datoer for når ForBedring skal opp igjen på ledermøtene (B7).",
        "Det er ikkje sett datoar for når ForBedring skal opp att på leiarmøta (B7).",
        "No dates are set for when ForBedring comes up again at the leadership meetings (B7).");

    public static readonly LocalizedText DatesEmpty = new(
        "Oppgi minst én dato.",
        "Oppgi minst éin dato.",
        "Give at least one date.");

    public static readonly LocalizedText DateTwice = new(
        "Datoen {0} er oppgitt mer enn én gang.",
        "Datoen {0} er oppgitt meir enn éin gong.",
        "The date {0} is given more than once.");

    public static readonly LocalizedText ActionsNone = new(
        "Handlingsplanen har ingen tiltak.",
        "Handlingsplanen har ingen tiltak.",
        "The action plan has no actions.");

    public static readonly LocalizedText ActionNoOwner = new(
        "Tiltaket «{0}» mangler eier.",
        "Tiltaket «{0}» manglar eigar.",
        "The action '{0}' has no owner.");

    public static readonly LocalizedText ActionNoDue = new(
        "Tiltaket «{0}» mangler frist.",
        "Tiltaket «{0}» manglar frist.",
        "The action '{0}' has no due date.");

    public static readonly LocalizedText ActionUnknown = new(
        "Tiltaket {0} finnes ikke.",
        "Tiltaket {0} finst ikkje.",
        "There is no action {0}.");

    public static readonly LocalizedText ActionLimit = new(
        "Handlingsplanen har allerede {0} tiltak, som er det meste den kan ha.",
        "Handlingsplanen har alt {0} tiltak, som er det meste han kan ha.",
        "The action plan already has {0} actions, the most it can hold.");

    public static readonly LocalizedText ResourcesNotReviewed = new(
        "Behovet for å involvere andre ressurser (HR, BHT, kvalitetsrådgivere) er ikke gjennomgått (C6).",
        "Behovet for å involvere andre ressursar (HR, BHT, kvalitetsrådgivarar) er ikkje gjennomgått (C6).",
        "Whether other resources (HR, BHT, quality advisors) need to be involved has not been reviewed (C6).");

    public static readonly LocalizedText ReviewMissingAction = new(
        "Statusgjennomgangen mangler tiltaket «{0}».",
        "Statusgjennomgangen manglar tiltaket «{0}».",
        "The status review lacks the action '{0}'.");

    public static readonly LocalizedText ReviewActionTwice = new(
        "Tiltaket {0} står mer enn én gang i statusgjennomgangen.",
        "Tiltaket {0} står meir enn éin gong i statusgjennomgangen.",
        "The action {0} appears more than once in the status review.");

    public static readonly LocalizedText ReviewActionClosed = new(
        "Tiltaket «{0}» er allerede avsluttet.",
        "Tiltaket «{0}» er alt avslutta.",
        "The action '{0}' is already closed.");

    public static readonly LocalizedText ReviewBeforeLast = new(
        "Datoen {0} er før forrige statusgjennomgang ({1}).",
        "Datoen {0} er før førre statusgjennomgang ({1}).",
        "The date {0} is before the last status review ({1}).");

    public static readonly LocalizedText ReviewsNoneHeld = new(
        "Ingen statusgjennomgang er holdt ennå (C2).",
        "Ingen statusgjennomgang er halden enno (C2).",
        "No status review has been held yet (C2).");

    public static readonly LocalizedText CommitmentMissing = new(
        "{0} har ikke beskrevet sitt bidrag til samarbeid på tvers (D4).",
        "{0} har ikkje skildra sitt bidrag til samarbeid på tvers (D4).",
        "{0} has not described their contribution to collaboration across units (D4).");

    public static readonly LocalizedText DevelopmentNone = new(
        "Ledergruppens felles utvikling er ikke beskrevet (D5).",
        "Den felles utviklinga til leiargruppa er ikkje skildra (D5).",
        "The leadership team's joint development has not been described (D5).");

    public static readonly LocalizedText AbsentLastPresent = new(
        "{0} er den siste som er med; minst ett medlem må være til stede i møtet.",
        "{0} er den siste som er med; minst eitt medlem må vere til stades i møtet.",
        "{0} is the last one taking part; at least one member must be present at the meeting.");

    public static readonly LocalizedText AbsentRoleHolder = new(
        "{0} har en rolle i møtet som pågår (tidtaker eller referent) og kan ikke føres som fraværende.",
        "{0} har ei rolle i møtet som går føre seg (tidtakar eller referent) og kan ikkje førast som fråverande.",
        "{0} has a role in the meeting under way (timekeeper or minute-taker) and cannot be recorded absent.");

    public static readonly LocalizedText HomeworkAfterMeeting = new(
        "Hjemmeoppgaven kan ikke ha frist {0}, etter møtet {1}.",
        "Heimeoppgåva kan ikkje ha frist {0}, etter møtet {1}.",
        "The homework cannot be due on {0}, after the meeting on {1}.");

    public static readonly LocalizedText ReviewBeforeMeeting = new(
        "Datoen {0} er før ledermøtet med tilbakelesning ({1}).",
        "Datoen {0} er før leiarmøtet med tilbakelesing ({1}).",
        "The date {0} is before the read-back meeting ({1}).");

    public static readonly LocalizedText HomeworkNotAPrompt = new(
        "{0} er ikke et spørsmål i hjemmeoppgaven.",
        "{0} er ikkje eit spørsmål i heimeoppgåva.",
        "{0} is not a question of the homework.");

    public static readonly LocalizedText AgendaTimeZone = new(
        "Møtet må planlegges i ledergruppens tidssone ({0}), ikke {1}.",
        "Møtet må planleggjast i tidssona til leiargruppa ({0}), ikkje {1}.",
        "The meeting must be planned in the leadership team's time zone ({0}), not {1}.");
}
