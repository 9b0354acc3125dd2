/** The texts of a member's personal calendar feed. */
export const calendarNl = {
  "calendar.title": "Mijn agenda",
  "calendar.intro":
    "Zet de deadlines van de oproepen die u volgt en de evenementen over uw thema's in uw eigen agenda. Uw agenda-app haalt ze zelf op en houdt ze bij, ook als een deadline verschuift.",
  "calendar.guideLink": "Mijn deadlines en evenementen in mijn agenda",
  "calendar.none": "U heeft nog geen agenda-adres.",
  "calendar.make": "Maak mijn agenda-adres",
  "calendar.madeAt": "Uw agenda-adres werd gemaakt op {date}. Het adres wordt maar één keer getoond.",
  "calendar.renew": "Maak een nieuw adres",
  "calendar.renewNote":
    "Een nieuw adres maken zet het oude meteen buiten werking: gebruik dit als u het adres kwijt bent of met iemand deelde.",
  "calendar.address": "Uw geheime agenda-adres",
  "calendar.addressNote":
    "Kopieer dit adres nu: het wordt niet meer getoond. Wie het adres heeft, ziet wat u volgt; deel het niet.",
  "calendar.open": "Openen in mijn agenda-app",
  "calendar.howTo": "Zo voegt u het toe",
  "calendar.howTo.google": "Google Agenda: Andere agenda's → + → Via URL, plak het adres.",
  "calendar.howTo.outlook": "Outlook: Agenda → Agenda toevoegen → Abonneren via internet, plak het adres.",
  "calendar.howTo.apple": "Apple Agenda: Archief → Nieuw agenda-abonnement, plak het adres.",
};
