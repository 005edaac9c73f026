"""Bokmål for the analysis: tie classes, score explanations, findings and their actions."""

NB_ANALYSIS: dict[str, str] = {
    # tie classes
    "strong": "sterk",
    "medium": "middels",
    "weak": "svak",
    "unrated": "uvurdert",
    # roles inside sentences (singular, plural)
    "decision maker": "beslutningstaker",
    "decision makers": "beslutningstakere",
    "influencer": "påvirker",
    "influencers": "påvirkere",
    "buyer": "innkjøper",
    "buyers": "innkjøpere",
    "user": "bruker",
    "users": "brukere",
    "gatekeeper": "portvokter",
    "gatekeepers": "portvoktere",
    "champion": "ambassadør",
    "champions": "ambassadører",
    # lists and names
    "{first} and {last}": "{first} og {last}",
    "{count} more": "{count} til",
    "{name} ({role} at {organisation})": "{name} ({role} i {organisation})",
    "{name} ({role})": "{name} ({role})",
    # tie quality explained
    "Unrated: none of acquaintance, availability, trust and support is rated yet.":
        "Uvurdert: verken bekjentskap, tilgjengelighet, fortrolighet eller støtte er vurdert ennå.",
    "{quality} ({cls}): mean rating {mean} of 5 gives {base}; no dated contact, so recency is not counted.":
        "{quality} ({cls}): snittvurdering {mean} av 5 gir {base}; ingen datert kontakt, så tiden siden "
        "siste kontakt teller ikke.",
    "{quality} ({cls}): mean rating {mean} of 5 gives {base}; last contact {days} days ago keeps {kept} % of it.":
        "{quality} ({cls}): snittvurdering {mean} av 5 gir {base}; siste kontakt for {days} dager siden "
        "beholder {kept} % av det.",
    # findings: single point of failure and bridge
    "Only {name} connects you to {people}. If {name} leaves, you lose access to {lost}.":
        "Bare {name} knytter deg til {people}. Hvis {name} slutter, mister du tilgangen til {lost}.",
    "Build a second route to {people} that does not go through {name}: ask {name} to introduce one of your colleagues.":
        "Bygg en ny vei til {people} som ikke går gjennom {name}: be {name} om å introdusere en av kollegene dine.",
    "Introduce a colleague to {people}, so the relationship does not hang on {name} alone.":
        "Introduser en kollega for {people}, så relasjonen ikke henger på {name} alene.",
    "Your access to {people} hangs on one tie, between {a} and {b}. If it breaks, you lose access to {lost}.":
        "Tilgangen din til {people} henger på én relasjon, mellom {a} og {b}. Hvis den ryker, mister du "
        "tilgangen til {lost}.",
    "Tend the tie between {a} and {b}, and build a second route to {people}.":
        "Pleie relasjonen mellom {a} og {b}, og bygg en ny vei til {people}.",
    # findings: reach
    "None of your people reaches {person}.": "Ingen av dine folk når fram til {person}.",
    "Find someone who knows {name} and ask for an introduction.":
        "Finn noen som kjenner {name}, og be om en introduksjon.",
    "You reach {person} only through weak or unrated ties (best route: {route}).":
        "Du når {person} bare gjennom svake eller uvurderte relasjoner (beste vei: {route}).",
    "Strengthen the weakest tie on the route to {name}, or build a stronger route.":
        "Styrk den svakeste relasjonen på veien til {name}, eller bygg en sterkere vei.",
    "Most of your access to {account} runs through {name}: {count} of the {reached} decision makers and "
    "influencers you reach.":
        "Mesteparten av tilgangen din til {account} går gjennom {name}: {count} av de {reached} "
        "beslutningstakerne og påvirkerne du når.",
    "Involve a colleague in the relationships with {account}, so they do not all hang on {name}.":
        "Involver en kollega i relasjonene til {account}, så ikke alt henger på {name}.",
    # findings: isolated, stale, sceptic, coopetition
    "{name} has no ties and no people in the map.": "{name} har ingen relasjoner og ingen personer i kartet.",
    "Add who {name} works with, or remove {name} if it no longer matters.":
        "Legg inn hvem {name} samarbeider med, eller fjern {name} hvis den ikke lenger er aktuell.",
    "{person} has no ties to anyone in the map.": "{person} har ingen relasjoner til noen i kartet.",
    "Add whom {name} knows, or remove {name} from the map if no longer relevant.":
        "Legg inn hvem {name} kjenner, eller fjern {name} fra kartet hvis vedkommende ikke lenger er aktuell.",
    "No contact between {a} and {b} for {days} days.": "Ingen kontakt mellom {a} og {b} på {days} dager.",
    "Get in touch with {name}: book a meeting or a call.": "Ta kontakt med {name}: avtal et møte eller en samtale.",
    "{person} is sceptical of you and has influence {influence} of 5.":
        "{person} er skeptisk til dere og har innflytelse {influence} av 5.",
    "Find out what {name} objects to, and let someone {name} trusts answer it.":
        "Finn ut hva {name} har innvendinger mot, og la noen {name} stoler på, svare på dem.",
    "{a} and {b} cooperate ({cooperation} of 5) and compete ({competition} of 5) at once.":
        "{a} og {b} samarbeider ({cooperation} av 5) og konkurrerer ({competition} av 5) på samme tid.",
    "Handle {a} and {b} as partners and rivals at once: agree on what is shared, and build trust over time.":
        "Behandle {a} og {b} som både partnere og rivaler: bli enige om hva som deles, og bygg tillit over tid.",
    # paths and names on the command line
    "{node_id} is not in the map.": "{node_id} finnes ikke i kartet.",
    "There is nobody to start from: add people to your own organisation.":
        "Det er ingen å starte fra: legg til personer i din egen organisasjon.",
    "There is nobody called {name} in the map.": "Det finnes ingen som heter {name} i kartet.",
    "{count} nodes are called {name}: use the id instead.": "{count} noder heter {name}: bruk id-en i stedet.",
}
