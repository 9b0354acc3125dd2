import type { ArticleInputDraft } from "../articles/article.input.js";
import type { DemoClock } from "./demo-clock.js";
import { staffName } from "./staff.js";

/** Explanatory pages a visitor reads before deciding to apply. */
export function demoArticles(clock: DemoClock): ArticleInputDraft[] {
  return [
    {
      slug: "wat-mag-je-verwachten-van-de-oproepen-rond-leerecosystemen",
      title: "Wat mag je verwachten van de oproepen rond leerecosystemen",
      subtitle: "Een overzicht van de ESF+-oproepen die leren in de regio versterken",
      body: `## Wat?

Een leerecosysteem is een netwerk van organisaties die samen plekken creëren waar mensen leren door te doen: een school, een bedrijf, een jeugdhuis, een bibliotheek en de gemeente die elkaar versterken. Europa WSE steunt zulke netwerken met middelen uit het ESF+.

Er zijn twee soorten oproepen:

- een oproep voor **netwerken die al goed draaien**, met een gedeelde missie en afspraken over wie wat doet;
- een oproep voor **netwerken in opbouw**, die eerst willen verkennen hoe ze kunnen samenwerken.

## Met wie?

Je dient in als netwerk, met één organisatie als promotor. Denk breed: ook werkgevers, welzijnsorganisaties en vrijetijdsverenigingen horen erbij. Europese partners zijn niet nodig.

## Volgende stappen

1. Bekijk met je partners welke oproep bij jullie netwerk past.
2. Kom naar een infosessie en stel je vragen.
3. Dien het concept in voor de eerste fase en werk het na selectie uit tot een volledig voorstel.`,
      themes: ["onderwijs", "werk-en-sociale-zaken"],
      programmes: ["esf-plus"],
      publishedAt: clock.at(-25, "10:00"),
      publishedBy: staffName("els"),
    },
    {
      slug: "zo-schrijf-je-een-sterk-erasmus-projectvoorstel",
      title: "Zo schrijf je een sterk Erasmus+-projectvoorstel",
      subtitle: "Vijf tips van wie al tientallen voorstellen las",
      body: `## Begin bij de nood, niet bij het budget

Beoordelaars willen weten welk probleem je aanpakt en voor wie. Beschrijf eerst wat er vandaag ontbreekt in je school of organisatie, en pas daarna wat je met het geld wil doen.

## Kies partners die iets toevoegen

Een partner uit een ander land is meer dan een handtekening. Leg uit wat elke partner inbrengt en wie welk deel van het werk trekt.

## Vijf tips

- **Houd het concreet**: noem activiteiten, aantallen en data.
- **Koppel aan de prioriteiten** van Erasmus+, zoals inclusie en digitalisering, maar alleen waar het echt klopt.
- **Denk aan wat blijft**: hoe gebruik je de resultaten na het project?
- **Plan de verspreiding**: wie moet van je resultaten horen, en hoe bereik je die mensen?
- **Laat iemand meelezen** die het project niet kent.

## En daarna?

Dien ruim op tijd in: het portaal is op de laatste dag vaak traag. Het nationaal agentschap beantwoordt vragen tot enkele dagen voor de deadline.`,
      themes: ["onderwijs", "jeugd"],
      programmes: ["erasmus-plus-onderwijs-en-opleiding"],
      publishedAt: clock.at(-12, "09:00"),
      publishedBy: staffName("joris"),
    },
    {
      slug: "cofinanciering-hoe-zit-dat",
      title: "Cofinanciering: hoe zit dat?",
      subtitle: "Waarom Europa zelden alles betaalt, en hoe je de rest vindt",
      body: `## Wat is cofinanciering?

De meeste Europese subsidies dekken maar een deel van de kosten. Het deel dat je zelf moet vinden, heet cofinanciering. Dat kan uit eigen middelen komen, uit een andere subsidie of uit een bijdrage van partners.

## Hoe verschilt het per programma?

- **Horizon Europe** betaalt tot 100% van de kosten voor onderzoeksacties.
- **LIFE** dekt doorgaans 60%, soms 67%.
- **Creative Europe** gaat van 60% tot 80%, afhankelijk van de omvang van het project.
- Bij **ESF+** hangt het af van de oproep: soms delen meerdere financiers de kosten volgens vaste percentages.

## Een voorbeeld

In een ESF-oproep voor lokale besturen werden de kosten zo verdeeld: hoogstens 25% uit het Europese AMIF, hoogstens 25% van de VVSG en minstens 50% uit eigen middelen van het bestuur.

## Tips

1. Reken de cofinanciering mee van bij het begin, niet pas als het voorstel klaar is.
2. Ga na of personeelskosten als eigen bijdrage mogen tellen.
3. Vraag bij twijfel raad aan het contactpunt van het programma.`,
      themes: ["werk-en-sociale-zaken", "onderzoek-en-innovatie", "milieu"],
      programmes: ["esf-plus", "horizon-europe", "life", "creative-europe"],
      publishedAt: clock.at(-5, "14:00"),
      publishedBy: staffName("els"),
    },
  ];
}
