import type { Lang } from "../../../platform/i18n/translate.js";

/** The docs page's own prose, in both languages; endpoint details come from the OpenAPI document. */
const nl = {
  title: "Open data-API",
  intro:
    "Alle gepubliceerde oproepen, programma's, infosessies, thema's en types begunstigden van de Subsidiegids, als JSON. Vrij te hergebruiken, zonder sleutel.",
  openapi: "Machineleesbare beschrijving (OpenAPI 3.1)",
  conventions: "Afspraken",
  conditional:
    "Elk antwoord heeft een ETag en, waar het kan, Last-Modified. Stuur de ETag terug in If-None-Match en u krijgt 304 zonder inhoud als er niets veranderde.",
  pagination:
    "Lijsten zijn gepagineerd met page en size (max. 100). De Link-header geeft first, prev, next en last; X-Total-Count en total geven het totaal.",
  errors:
    "Fouten komen als application/problem+json (RFC 9457). De titel is Nederlands of Engels, volgens Accept-Language. Een foute parameter geeft 400 met de naam van de parameter in errors.",
  cors: "Lezen mag vanaf elke website (CORS voor GET, HEAD en OPTIONS).",
  rateLimit:
    "Per IP-adres geldt een limiet per tijdvenster; de headers RateLimit en RateLimit-Policy tonen hoeveel er nog rest. Daarboven volgt 429.",
  times: "Tijdstippen zijn ISO 8601 in UTC; deadlines hebben daarnaast hun datum en uur in Brussel (Europe/Brussels).",
  inherited:
    "Waar een oproep zelf niets over zegt, volgt ze haar programma, zoals op de site: themes, beneficiaryTypes en partnersNeeded zijn dan die van het programma, en themesInherited, beneficiaryTypesInherited en partnersInherited zeggen dat. De filters theme, beneficiary en partners lezen dezelfde waarden.",
  feeds: "Voor elke zoekopdracht zijn er ook RSS, Atom, iCalendar en CSV: zie de links onderaan de oproepenlijst.",
  endpoints: "Eindpunten",
  parameter: "Parameter",
  where: "Waar",
  values: "Waarden",
  description: "Beschrijving",
  example: "Voorbeeld",
  responses: "Antwoorden",
  problems: "Soorten fouten",
  repeat: "mag herhaald worden",
};

export const docsText: Record<Lang, Record<keyof typeof nl, string>> = {
  nl,
  en: {
    title: "Open data API",
    intro:
      "Every published call, programme, info session, theme and beneficiary type in Subsidiegids, as JSON. Free to re-use, no key needed.",
    openapi: "Machine-readable description (OpenAPI 3.1)",
    conventions: "Conventions",
    conditional:
      "Every answer has an ETag and, where possible, Last-Modified. Send the ETag back in If-None-Match to get 304 without a body when nothing changed.",
    pagination:
      "Lists are paginated with page and size (at most 100). The Link header gives first, prev, next and last; X-Total-Count and total give the total.",
    errors:
      "Errors are application/problem+json (RFC 9457), titled in Dutch or English after Accept-Language. A bad parameter gets 400 with the parameter named in errors.",
    cors: "Any website may read (CORS for GET, HEAD and OPTIONS).",
    rateLimit:
      "Each IP address has a limit per time window; the RateLimit and RateLimit-Policy headers show what is left. Beyond it comes 429.",
    times: "Instants are ISO 8601 in UTC; deadlines also carry their Brussels date and time (Europe/Brussels).",
    inherited:
      "Where a call says nothing itself, it follows its programme, as on the site: themes, beneficiaryTypes and partnersNeeded are then the programme's, and themesInherited, beneficiaryTypesInherited and partnersInherited say so. The theme, beneficiary and partners filters read the same values.",
    feeds: "Every search also has RSS, Atom, iCalendar and CSV: see the links below the list of calls.",
    endpoints: "Endpoints",
    parameter: "Parameter",
    where: "In",
    values: "Values",
    description: "Description",
    example: "Example",
    responses: "Responses",
    problems: "Kinds of error",
    repeat: "may repeat",
  },
};
