/** The texts of a call's public history ("Wat is er gewijzigd"). */
export const historyNl = {
  "history.title": "Wat is er gewijzigd",
  "history.showAll": "Toon alles ({count})",
  "history.created": "Opgenomen in de gids",
  "history.field.deadlines": "Deadline",
  "history.field.opensOn": "Opening",
  "history.field.status": "Status",
  "history.field.budgetAmountEur": "Budget",
  "history.field.isRolling": "Doorlopend indienen",
  "history.none": "geen",
  "history.yes": "ja",
  "history.no": "nee",
  "history.source.editor": "door de redactie",
  "history.source.eu-ft": "bijgewerkt uit het Funding & Tenders-portaal van de EU",
  "history.source.import": "bijgewerkt uit een importbestand",
  "history.source.system": "automatisch, volgens de datums",
};
