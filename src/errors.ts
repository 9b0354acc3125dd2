/**
 * Errors that reach users carry a stable code and a message in both languages. Modules
 * return or throw AppError; the HTTP error handler turns it into a page or problem+json.
 */
export const errorCatalogue = {
  not_found: { status: 404, nl: "Deze pagina bestaat niet (meer).", en: "This page does not exist (any more)." },
  call_not_found: { status: 404, nl: "Deze oproep bestaat niet (meer).", en: "This call does not exist (any more)." },
  programme_not_found: { status: 404, nl: "Dit programma bestaat niet (meer).", en: "This programme does not exist (any more)." },
  event_not_found: { status: 404, nl: "Dit evenement bestaat niet (meer).", en: "This event does not exist (any more)." },
  theme_not_found: { status: 404, nl: "Dit thema bestaat niet.", en: "This theme does not exist." },
  beneficiary_type_not_found: {
    status: 404,
    nl: "Dit type begunstigde bestaat niet.",
    en: "This beneficiary type does not exist.",
  },
  contact_not_found: { status: 404, nl: "Dit contact bestaat niet (meer).", en: "This contact does not exist (any more)." },
  article_not_found: { status: 404, nl: "Dit artikel bestaat niet (meer).", en: "This article does not exist (any more)." },
  saved_search_not_found: {
    status: 404,
    nl: "Deze bewaarde zoekopdracht bestaat niet (meer).",
    en: "This saved search does not exist (any more).",
  },
  method_not_allowed: {
    status: 405,
    nl: "Deze pagina kan je alleen opvragen, niet versturen.",
    en: "This page can only be fetched, not submitted to.",
  },
  invalid_input: { status: 400, nl: "De invoer is ongeldig.", en: "The input is invalid." },
  version_conflict: {
    status: 409,
    nl: "Iemand anders heeft dit record intussen bewaard. Herlaad de pagina; uw wijzigingen zijn niet verloren.",
    en: "Someone else saved this record in the meantime. Reload the page; your changes are not lost.",
  },
  merge_same_record: {
    status: 400,
    nl: "Kies twee verschillende records om samen te voegen.",
    en: "Choose two different records to merge.",
  },
  merge_changed: {
    status: 409,
    nl: "Een van beide records is intussen gewijzigd. Bekijk de samenvoeging opnieuw voor je bevestigt.",
    en: "One of the two records was changed in the meantime. Review the merge again before you confirm.",
  },
  import_changed: {
    status: 409,
    nl: "De catalogus is gewijzigd sinds de voorvertoning: er is niets geïmporteerd. Bekijk de voorvertoning opnieuw.",
    en: "The catalogue changed since the preview: nothing was imported. Look at the preview again.",
  },
  import_failed: { status: 422, nl: "Het bestand kon niet worden ingelezen.", en: "The file could not be imported." },
  too_large: {
    status: 413,
    nl: "Wat je verstuurde is te groot: een formulier hoogstens 2 MB, een importbestand hoogstens 25 MB.",
    en: "What you sent is too large: a form at most 2 MB, an import file at most 25 MB.",
  },
  rate_limited: {
    status: 429,
    nl: "Te veel verzoeken. Probeer het zo opnieuw.",
    en: "Too many requests. Please try again shortly.",
  },
  csrf_failed: {
    status: 403,
    nl: "Dit formulier is verlopen of kwam niet van deze site. Herlaad de pagina en probeer het opnieuw; je browser moet cookies van deze site aanvaarden.",
    en: "This form has expired or did not come from this site. Reload the page and try again; your browser must accept cookies from this site.",
  },
  forbidden: { status: 403, nl: "Je mag deze pagina niet gebruiken.", en: "You are not allowed to use this page." },
  overloaded: {
    status: 503,
    nl: "Het is nu erg druk op de gids. Probeer het over een paar seconden opnieuw.",
    en: "The guide is very busy right now. Please try again in a few seconds.",
  },
  internal: { status: 500, nl: "Er ging iets mis aan onze kant.", en: "Something went wrong on our side." },
} as const;

export type ErrorCode = keyof typeof errorCatalogue;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly detail: string | undefined;

  constructor(code: ErrorCode, detail?: string) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = "AppError";
    this.code = code;
    this.status = errorCatalogue[code].status;
    this.detail = detail;
  }

  messageIn(lang: "nl" | "en"): string {
    return errorCatalogue[this.code][lang];
  }
}

export type Result<T, E = AppError> = { ok: true; value: T } | { ok: false; error: E };
export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = <E>(error: E): Result<never, E> => ({ ok: false, error });
