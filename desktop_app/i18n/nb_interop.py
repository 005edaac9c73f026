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
    "{name} is a folder, not a GraphML file.": "{name} er en mappe, ikke en GraphML-fil.",
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
}
