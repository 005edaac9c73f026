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
    "{count} contacts": "{count} kontakter",
    "{count} tie": "{count} relasjon",
    "{count} ties": "{count} relasjoner",
}
