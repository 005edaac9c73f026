"""Bokmål for the messages of importers and exporters."""

NB_INTEROP: dict[str, str] = {
    # where a problem is
    "Node {node}: {problem}": "Node {node}: {problem}",
    "Node {node} ({label}): {problem}": "Node {node} ({label}): {problem}",
    "Edge {edge}: {problem}": "Kant {edge}: {problem}",
    "Key {key}: {problem}": "Nøkkel {key}: {problem}",
    # the whole import
    "{source} was not imported. {problem}": "{source} ble ikke importert. {problem}",
    "{source} was not imported because of {count} problems:\n{problems}":
        "{source} ble ikke importert på grunn av {count} problemer:\n{problems}",
    "... and {count} more.": "... og {count} til.",
    # the file
    "{name} could not be read ({reason}).": "{name} kunne ikke leses ({reason}).",
    "The file contains a document type declaration (DTD). Knute refuses those for safety: "
    "they can hold entities that expand without end or read other files.":
        "Filen inneholder en dokumenttypedeklarasjon (DTD). Knute avviser slike av sikkerhetshensyn: "
        "de kan inneholde entiteter som vokser uten ende eller leser andre filer.",
    "The file declares XML entities. Knute refuses those for safety.":
        "Filen deklarerer XML-entiteter. Knute avviser slike av sikkerhetshensyn.",
    "The file is not valid XML (line {line}, column {column}: {reason}).":
        "Filen er ikke gyldig XML (linje {line}, kolonne {column}: {reason}).",
    "The file is XML, but not GraphML (it starts with <{tag}>).":
        "Filen er XML, men ikke GraphML (den begynner med <{tag}>).",
    "The file contains no graph.": "Filen inneholder ingen graf.",
    # keys, nodes and edges
    "It has no name (attr.name).": "Den har ikke noe navn (attr.name).",
    "Unknown data type '{type}' (allowed: string, int, long, float, double, boolean).":
        "Ukjent datatype «{type}» (tillatt: string, int, long, float, double, boolean).",
    "It has data for the key '{key}', which the file does not declare.":
        "Den har data for nøkkelen «{key}», som filen ikke deklarerer.",
    "Another node of the file has the same id.": "En annen node i filen har samme id.",
    "Unknown kind '{value}' (allowed: person, organisation).":
        "Ukjent nodetype «{value}» (tillatt: person, organisation).",
    "It needs a source and a target.": "Den mangler kilde eller mål.",
    "It refers to node '{node}', which is not in the file.":
        "Den viser til noden «{node}», som ikke finnes i filen.",
    "The file already has a '{type}' tie between {a} and {b} (edge {first}).":
        "Filen har allerede en relasjon av typen «{type}» mellom {a} og {b} (kant {first}).",

    # files (all formats)
    "{name} is a folder, not a file.": "{name} er en mappe, ikke en fil.",
    "{name} could not be written ({reason}).": "{name} kunne ikke skrives ({reason}).",
    "It cannot be read ({reason}).": "Den kan ikke leses ({reason}).",
    "The file is empty.": "Filen er tom.",
    # where a problem is (other formats)
    "Line {line}: {problem}": "Linje {line}: {problem}",
    "Row {line}: {problem}": "Rad {line}: {problem}",
    "Card {card} (line {line}): {problem}": "Kort {card} (linje {line}): {problem}",
    "{section}[{index}] (id {id}): {problem}": "{section}[{index}] (id {id}): {problem}",
    "{section}[{index}]: {problem}": "{section}[{index}]: {problem}",
    "{section}: {problem}": "{section}: {problem}",
    "settings: {problem}": "settings: {problem}",
    "Line {line}": "Linje {line}",
    "Row {line}": "Rad {line}",
    "Card {card} (line {line})": "Kort {card} (linje {line})",
    # GEXF
    "The file is XML, but not GEXF (it starts with <{tag}>).": "Filen er XML, men ikke GEXF (den begynner med <{tag}>).",
    "The file is not valid GEXF ({reason}).": "Filen er ikke gyldig GEXF ({reason}).",
    # JSON
    "The file is not valid JSON (line {line}, column {column}: {reason}).":
        "Filen er ikke gyldig JSON (linje {line}, kolonne {column}: {reason}).",
    "The file is nested too deeply to be a Knute map.": "Filen er nøstet for dypt til å være et Knute-kart.",
    'The file is JSON, but not a Knute map (no "format": "knute-map").':
        'Filen er JSON, men ikke et Knute-kart (mangler "format": "knute-map").',
    "The file is a Knute map of format version {version}; this Knute reads version {supported}.":
        "Filen er et Knute-kart i formatversjon {version}; denne Knute leser versjon {supported}.",
    "It must be a list.": "Den må være en liste.",
    "It must be a JSON object.": "Den må være et JSON-objekt.",
    "Unknown fields: {fields}.": "Ukjente felt: {fields}.",
    "It needs an id (text).": "Den mangler id (tekst).",
    "The field {field} cannot be an object.": "Feltet {field} kan ikke være et objekt.",
    "A required field is missing ({reason}).": "Et påkrevd felt mangler ({reason}).",
    "Another entry of the file has the same id.": "En annen oppføring i filen har samme id.",
    "The id {id} is a contact in one and an organisation in the other (the file and the map).":
        "Id-en {id} er en kontakt i det ene og en organisasjon i det andre (filen og kartet).",
    # vCard
    "The file contains no vCard (no BEGIN:VCARD line).": "Filen inneholder ikke noe vCard (ingen BEGIN:VCARD-linje).",
    "The card is too long ({size} characters).": "Kortet er for langt ({size} tegn).",
    "The card has no END:VCARD line (the file may be cut short).":
        "Kortet mangler END:VCARD-linjen (filen kan være avkuttet).",
    "The card has no name (FN or N).": "Kortet har ikke noe navn (FN eller N).",
    # LinkedIn
    "'{value}' in Connected On is not a date like 01 Mar 2024.":
        "«{value}» i Connected On er ikke en dato som 01 Mar 2024.",
    "No header line starting with First Name was found: this is not LinkedIn's Connections.csv.":
        "Fant ingen overskriftslinje som begynner med First Name: dette er ikke Connections.csv fra LinkedIn.",
    "The header lacks the columns {columns}.": "Overskriftslinjen mangler kolonnene {columns}.",
    "It has no name (First Name, Last Name).": "Den har ikke noe navn (First Name, Last Name).",
    # CSV and Excel
    "The workbook is damaged ({reason}).": "Arbeidsboken er skadet ({reason}).",
    "The first row names no column for the name (Name, First Name, Last Name, Navn...).":
        "Første rad har ingen kolonne for navnet (Navn, Fornavn, Etternavn, Name ...).",
    "It has no name.": "Den har ikke noe navn.",
    "The file is not an Excel workbook (.xlsx) that Knute can read ({reason}).":
        "Filen er ikke en Excel-arbeidsbok (.xlsx) som Knute kan lese ({reason}).",
    # column mappings (the window's dialog, and knute import --mapping)
    "No column holds the name (Name, or First name and Last name).":
        "Ingen kolonne inneholder navnet (Navn, eller Fornavn og Etternavn).",
    "A tie list needs a column for the source and one for the target.":
        "En relasjonsliste trenger en kolonne for kilden og en for målet.",
    "The mapping file is too large to be a column mapping.": "Tilordningsfilen er for stor til å være en kolonnetilordning.",
    "The mapping file is not UTF-8 text.": "Tilordningsfilen er ikke UTF-8-tekst.",
    "The mapping file is not valid JSON (line {line}, column {column}: {reason}).":
        "Tilordningsfilen er ikke gyldig JSON (linje {line}, kolonne {column}: {reason}).",
    "The mapping file is nested too deeply.": "Tilordningsfilen er nøstet for dypt.",
    "The mapping file must be one JSON object of column headers and fields, like {example}.":
        "Tilordningsfilen må være ett JSON-objekt med kolonneoverskrifter og felt, som {example}.",
    "Unknown field '{field}' for the column '{column}' (fields: {fields}).":
        "Ukjent felt «{field}» for kolonnen «{column}» (felt: {fields}).",
    "The column '{column}' is not in {source} (its columns: {columns}).":
        "Kolonnen «{column}» finnes ikke i {source} (kolonnene der: {columns}).",
    "The mapping mixes fields of a contact list ({contacts}) and of a tie list ({ties}).":
        "Tilordningen blander felt for en kontaktliste ({contacts}) og for en relasjonsliste ({ties}).",
    "The mapping file does not fit: {problem}": "Tilordningsfilen passer ikke: {problem}",
    # tie lists
    "No contact or organisation in the map is called '{name}' or has that e-mail.":
        "Ingen kontakt eller organisasjon i kartet heter «{name}» eller har den e-postadressen.",
    "{count} contacts or organisations in the map are called '{name}'; give their e-mail address instead.":
        "{count} kontakter eller organisasjoner i kartet heter «{name}»; oppgi e-postadressen i stedet.",
    "The same tie as {first}; left out.": "Samme relasjon som {first}; utelatt.",
    # the window's import worker
    "{name} is too large to import in the memory this computer has.":
        "{name} er for stor til å importeres med minnet denne datamaskinen har.",
    # merging
    "The same person as {first}; left out.": "Samme person som {first}; utelatt.",
    "The map has {count} contacts called {name}; name exactly one person as yourself.":
        "Kartet har {count} kontakter som heter {name}; oppgi nøyaktig én person som deg selv.",
    # the import and export commands
    "the file to import": "filen som skal importeres",
    "the format of SOURCE (default: from its name; a .csv with LinkedIn's header is linkedin)":
        "formatet til SOURCE (standard: ut fra navnet; en .csv med LinkedIns overskrifter er linkedin)",
    "import the good rows and skip the malformed ones (default: import nothing if any is malformed)":
        "importer de gode radene og hopp over de feilaktige (standard: importer ingenting hvis noen er feil)",
    "the contact in the map who is you: people imported get a tie from them (LinkedIn, vCard)":
        "kontakten i kartet som er deg: importerte personer får en relasjon fra den (LinkedIn, vCard)",
    "write a map in another format": "skriv et kart i et annet format",
    "the format to write": "formatet som skal skrives",
    "the file to write": "filen som skal skrives",
    "{updated}, {unchanged}, {skipped}.": "{updated}, {unchanged}, {skipped}.",
    "{count} updated": "{count} oppdatert",
    "{count} already in the map": "{count} fantes allerede i kartet",
    "{count} skipped": "{count} hoppet over",
    "Exporting to {kind} is not supported yet.": "Eksport til {kind} støttes ikke ennå.",
    "Exported {organisations}, {contacts} and {ties} to {out}.":
        "Eksporterte {organisations}, {contacts} og {ties} til {out}.",
}
