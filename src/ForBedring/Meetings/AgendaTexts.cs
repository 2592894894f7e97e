namespace ForBedring.Meetings;

/// <summary>The sentences of the time plan's check and ways out, and the headings of the meeting's Markdown.</summary>
internal static class AgendaTexts
{
    public static readonly LocalizedText LengthMismatch = new(
        "Punktene fyller {0} minutter, men møtet varer {1} minutter.",
        "Punkta fyller {0} minutt, men møtet varer {1} minutt.",
        "The items fill {0} minutes, but the meeting lasts {1} minutes.");

    public static readonly LocalizedText PartMissing = new(
        "Møtet mangler delen «{0}».",
        "Møtet manglar delen «{0}».",
        "The meeting has no part “{0}”.");

    public static readonly LocalizedText PartOrder = new(
        "Punktene kommer ikke i rekkefølgen innledning, diskusjon, oppsummering/evaluering.",
        "Punkta kjem ikkje i rekkjefølgja innleiing, diskusjon, oppsummering/evaluering.",
        "The items do not come in the order introduction, discussion, summary/evaluation.");

    public static readonly LocalizedText SharingMissing = new(
        "Agendaen har ikke noe punkt der hver leder deler sine refleksjoner (B3); det trenger {0} minutter.",
        "Agendaen har ikkje noko punkt der kvar leiar deler refleksjonane sine (B3); det treng {0} minutt.",
        "The agenda has no item where each leader shares their reflections (B3); it needs {0} minutes.");

    public static readonly LocalizedText SharingTooShort = new(
        "B3 har {0} minutter, men {1} ledere à {2} minutter og {3} minutter til spørsmål trenger {4}.",
        "B3 har {0} minutt, men {1} leiarar à {2} minutt og {3} minutt til spørsmål treng {4}.",
        "B3 has {0} minutes, but {1} leaders at {2} minutes each and {3} minutes for questions need {4}.");

    public static readonly LocalizedText GroupWorkMissing = new(
        "Agendaen har ikke dialog i grupper (B4); den trenger minst {0} minutter.",
        "Agendaen har ikkje dialog i grupper (B4); han treng minst {0} minutt.",
        "The agenda has no dialogue in groups (B4); it needs at least {0} minutes.");

    public static readonly LocalizedText GroupWorkTooShort = new(
        "Dialogen i grupper (B4) har {0} minutter; den trenger minst {1}.",
        "Dialogen i grupper (B4) har {0} minutt; han treng minst {1}.",
        "The dialogue in groups (B4) has {0} minutes; it needs at least {1}.");

    public static readonly LocalizedText PlenaryMissing = new(
        "Agendaen har ikke runden i plenum (B4); den trenger minst {0} minutter.",
        "Agendaen har ikkje runden i plenum (B4); han treng minst {0} minutt.",
        "The agenda has no plenary round (B4); it needs at least {0} minutes.");

    public static readonly LocalizedText PlenaryTooShort = new(
        "Runden i plenum (B4) har {0} minutter; den trenger minst {1}.",
        "Runden i plenum (B4) har {0} minutt; han treng minst {1}.",
        "The plenary round (B4) has {0} minutes; it needs at least {1}.");

    public static readonly LocalizedText SummaryTooShort = new(
        "Oppsummering og evaluering har {0} minutter; den trenger minst {1}.",
        "Oppsummering og evaluering har {0} minutt; ho treng minst {1}.",
        "The summary and evaluation has {0} minutes; it needs at least {1}.");

    public static readonly LocalizedText BreakMissing = new(
        "Møtet varer {0} minutter, over {1}, og trenger en pause.",
        "Møtet varer {0} minutt, over {1}, og treng ein pause.",
        "The meeting lasts {0} minutes, over {1}, and needs a break.");

    public static readonly LocalizedText Break = new("Pause", "Pause", "Break");

    public static readonly LocalizedText SharingInGroupsTitle = new(
        "Hver leder deler sine refleksjoner i grupper på inntil {0}",
        "Kvar leiar deler refleksjonane sine i grupper på inntil {0}",
        "Each leader shares their reflections in groups of up to {0}");

    public static readonly LocalizedText LongerMeeting = new(
        "Gjør møtet {0} minutter langt, {1} minutter lenger (slutt kl. {2}).",
        "Gjer møtet {0} minutt langt, {1} minutt lengre (slutt kl. {2}).",
        "Make the meeting {0} minutes long, {1} minutes longer (ending at {2}).");

    public static readonly LocalizedText LessTimeEach = new(
        "Gi hver leder {0} minutter til å dele i stedet for {1}.",
        "Gi kvar leiar {0} minutt til å dele i staden for {1}.",
        "Give each leader {0} minutes to share instead of {1}.");

    public static readonly LocalizedText SharingInGroups = new(
        "La lederne dele i grupper på inntil {0} samtidig i stedet for i plenum.",
        "La leiarane dele i grupper på inntil {0} samstundes i staden for i plenum.",
        "Let the leaders share in groups of up to {0} at the same time instead of in plenary.");
}
