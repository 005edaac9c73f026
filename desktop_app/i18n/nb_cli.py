"""Bokmål for the command line (``knute``)."""

NB_CLI: dict[str, str] = {
    # help
    "language of the messages (default: the system's language)": "språk for meldingene (standard: systemets språk)",
    "Relationship maps for key account management. Without a command, or with only a map, Knute opens its window.":
        "Relasjonskart for nøkkelkundearbeid. Uten kommando, eller med bare et kart, åpner Knute vinduet sitt.",
    "create an empty map": "opprett et tomt kart",
    "the map file to create": "kartfilen som skal opprettes",
    "the title of the map (default: the file name)": "tittelen på kartet (standard: filnavnet)",
    "show what a map holds and check that it is healthy": "vis hva et kart inneholder, og kontroller at det er i orden",
    "the map file": "kartfilen",
    "write JSON instead of text": "skriv JSON i stedet for tekst",
    "add the contents of another file to a map": "legg innholdet i en annen fil til i et kart",
    "the map file to add to": "kartfilen det skal legges til i",
    "the file to import (.graphml)": "filen som skal importeres (.graphml)",
    # new
    "The folder {folder} does not exist.": "Mappen {folder} finnes ikke.",
    "Created {file} (title: {title}).": "Opprettet {file} (tittel: {title}).",
    # info ("Title" is in the domain's catalogue)
    "File format": "Filformat",
    "Organisations": "Organisasjoner",
    "Contacts": "Kontakter",
    "Ties": "Relasjoner",
    "Interactions": "Kontaktpunkter",
    "Actions": "Tiltak",
    "Check": "Kontroll",
    "healthy": "i orden",
    "{count} problem found": "{count} problem funnet",
    "{count} problems found": "{count} problemer funnet",
    "{file} is not a healthy Knute map.": "{file} er ikke et Knute-kart i god stand.",
    # import
    "Importing {kind} files is not supported yet (supported: {supported}).":
        "Import av {kind}-filer støttes ikke ennå (støttet: {supported}).",
    "Imported {organisations}, {contacts} and {ties} from {source}.":
        "Importerte {organisations}, {contacts} og {ties} fra {source}.",
    "{count} organisation": "{count} organisasjon",
    "{count} organisations": "{count} organisasjoner",
    "{count} contact": "{count} kontakt",
    # import --mapping
    'csv, xlsx: a JSON file naming the field of each column to read, like {"Navn": "name", "Firma": "organisation"} '
    "(default: guessed from the header)":
        'csv, xlsx: en JSON-fil som gir feltet for hver kolonne som skal leses, som {"Navn": "name", '
        '"Firma": "organisation"} (standard: gjettet ut fra overskriftene)',
    "--mapping is for CSV and Excel files, not {kind}.": "--mapping gjelder CSV- og Excel-filer, ikke {kind}.",
    "{problem}": "{problem}",
    "{mapping}: {problem}": "{mapping}: {problem}",
    "{count} contacts": "{count} kontakter",
    "{count} tie": "{count} relasjon",
    "{count} ties": "{count} relasjoner",
    # analyze and path (cli_analysis.py; "strong", "medium", "weak", "unrated" are in the analysis catalogue)
    "the date recency is judged on (default: today)": "datoen som nylig kontakt vurderes ut fra (standard: i dag)",
    "scores, findings and coverage of a map": "poeng, funn og dekning for et kart",
    "the account organisation to cover (default: the map's account)":
        "kundeorganisasjonen som skal dekkes (standard: kartets kunde)",
    "the strongest and the shortest introduction path between two people":
        "den sterkeste og den korteste introduksjonsveien mellom to personer",
    "the person or organisation to start from": "personen eller organisasjonen det skal startes fra",
    "the person or organisation to reach": "personen eller organisasjonen som skal nås",
    "{name} is not an organisation.": "{name} er ikke en organisasjon.",
    "Analysed on {date}": "Analysert {date}",
    "Network": "Nettverk",
    "Density": "Tetthet",
    "Separate parts": "Atskilte deler",
    "Groups": "Grupper",
    "Most important contacts": "Viktigste kontakter",
    "Coverage of {account}": "Dekning av {account}",
    "Decision makers and influencers: {count}": "Beslutningstakere og påvirkere: {count}",
    "Reached by strong ties: {count} of {total} ({share} %)":
        "Nådd gjennom sterke relasjoner: {count} av {total} ({share} %)",
    "Reached at all: {count} of {total} ({share} %)": "Nådd i det hele tatt: {count} av {total} ({share} %)",
    "Strongest routes held by: {names}": "De sterkeste veiene går gjennom: {names}",
    "{name}: {reach}, {routes}; {route}": "{name}: {reach}, {routes}; {route}",
    "none": "ingen",
    "no route": "ingen vei",
    "one route": "én vei",
    "two or more independent routes": "to eller flere uavhengige veier",
    "high": "høy",
    "low": "lav",
    "No findings.": "Ingen funn.",
    "Findings ({count})": "Funn ({count})",
    "Suggested: {action}": "Forslag: {action}",
    "FROM and TO are both {name}: give two different ones.": "FROM og TO er begge {name}: oppgi to forskjellige.",
    "There is no path from {source} to {target} in the map.": "Det finnes ingen vei fra {source} til {target} i kartet.",
    "From {source} to {target}": "Fra {source} til {target}",
    "Strongest path": "Sterkeste vei",
    "Shortest path": "Korteste vei",
    "Strongest path, also the shortest": "Sterkeste vei, som også er den korteste",
    "{count} step": "{count} steg",
    "{count} steps": "{count} steg",
    "Overall quality: {strength} ({steps})": "Samlet kvalitet: {strength} ({steps})",
    "pdf: the account the plan is for (default: the map's account)": "pdf: kunden planen gjelder (standard: kartets kunde)",
    "pdf: paper size": "pdf: papirstørrelse",
    "pdf: page orientation": "pdf: sideretning",
    "Wrote the network plan to {out}.": "Skrev nettverksplanen til {out}.",
}
