/**
 * Words too common to narrow a search. They stay in the index (phrases need them) but a
 * query does not require them, so "subsidies voor de scholen" finds what "subsidies scholen" finds.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  [
    "de het een en of in op te van voor met aan als bij door dat die dit deze om naar uit over tot ook er is zijn wordt worden",
    "hoe wat wie waar welke mijn ons onze uw je jij we wij ze zij hun niet geen maar nog al dan",
    "the a an and or of in on to for with at by from that this these is are be as it its into about how what which who",
    "my our your we they their not no but",
  ]
    .join(" ")
    .split(" "),
);
