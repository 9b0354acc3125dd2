/** The texts of alerts without an account: subscribing, confirming, managing, and the confirmation mail. */
export const subscriptionsNl = {
  "subscribe.link.theme": "Mail mij bij nieuwe oproepen",
  "subscribe.link.search": "Mail mij nieuwe resultaten",
  "subscribe.title": "Meldingen per e-mail",
  "subscribe.intro.theme":
    "Krijg een e-mail als er in het thema “{name}” nieuwe oproepen zijn of als er iets wijzigt. Een account is niet nodig.",
  "subscribe.intro.search":
    "Krijg een e-mail als er nieuwe resultaten zijn voor de zoekopdracht “{name}”. Een account is niet nodig.",
  "subscribe.unknown":
    "Kies eerst een thema of een zoekopdracht: de knop “Mail mij” staat op de pagina van elk thema en bij elke zoekopdracht.",
  "subscribe.email": "Je e-mailadres",
  "subscribe.submit": "Stuur me een bevestigingsmail",
  "subscribe.promise": "We sturen eerst één e-mail met een link om te bevestigen. Zonder bevestiging sturen we niets.",
  "subscribe.errorsTitle": "Dit moet nog in orde komen:",
  "subscribe.error.email": "Vul een geldig e-mailadres in.",
  "subscribe.error.limited": "Er werden te veel aanvragen gedaan. Probeer het over {minutes} minuten opnieuw.",
  "subscribe.searchWithoutWords": "oproepen met deze filters",
  "subscribe.sent.title": "Kijk in je mailbox",
  "subscribe.sent.body":
    "Als {email} nog geen melding krijgt over “{name}”, sturen we een e-mail met een link om te bevestigen. Pas na je bevestiging sturen we meldingen.",
  "subscribe.confirm.title": "Bevestig je melding",
  "subscribe.confirm.body": "Bevestig dat {email} e-mails van Subsidiegids wil krijgen over “{name}”.",
  "subscribe.confirm.button": "Ja, stuur me meldingen",
  "subscribe.confirm.invalid": "Deze link werkt niet (meer). Vraag de melding opnieuw aan; een link werkt 7 dagen.",
  "subscribe.confirm.done": "Je melding over “{name}” is bevestigd. Je krijgt een e-mail als er iets nieuws is.",
  "subscribe.manage.title": "Mijn meldingen",
  "subscribe.manage.intro": "De meldingen die {email} krijgt:",
  "subscribe.manage.none": "Dit adres krijgt geen meldingen (meer).",
  "subscribe.manage.invalid": "Deze link werkt niet. Gebruik de link uit je laatste e-mail van Subsidiegids.",
  "subscribe.manage.end": "Stoppen",
  "subscribe.manage.endAll": "Alle meldingen stoppen",
  "subscribe.manage.ended": "De melding is gestopt.",
  "subscribe.manage.endedAll": "Alle meldingen voor dit adres zijn gestopt; we bewaren het adres niet meer.",
  "subscribe.manage.link": "Mijn meldingen beheren of stoppen",
  "subscribe.kind.theme": "Thema",
  "subscribe.kind.search": "Zoekopdracht",
  "subscribe.mail.subject": "Bevestig je melding over “{name}”",
  "subscribe.mail.body":
    "Iemand, hopelijk jij, vroeg om e-mails van Subsidiegids over “{name}” op dit adres. Bevestig met de knop op de pagina die deze link opent; zonder bevestiging sturen we niets.",
  "subscribe.mail.action": "Melding bevestigen",
  "subscribe.mail.note": "Heb je dit niet gevraagd? Dan hoef je niets te doen.",
};
