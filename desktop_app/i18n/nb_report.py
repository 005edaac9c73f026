"""Bokmål for the printed network plan (desktop_app/report)."""

NB_REPORT: dict[str, str] = {
    # cover, header and footer
    "Network plan": "Nettverksplan",
    "Account": "Kunde",
    "Page {page} of {pages}": "Side {page} av {pages}",
    "January": "Januar",
    "February": "Februar",
    "March": "Mars",
    "April": "April",
    "May": "Mai",
    "June": "Juni",
    "July": "Juli",
    "August": "August",
    "September": "September",
    "October": "Oktober",
    "November": "November",
    "December": "Desember",
    # the map and its legend
    "The map": "Kartet",
    "The whole map: {count} nodes.": "Hele kartet: {count} noder.",
    "The neighbourhood of {account}: {shown} of {total} nodes (our people, the account's people and whom they are "
    "tied to, most important first).":
        "Nærmiljøet til {account}: {shown} av {total} noder (våre folk, kundens folk og dem de har relasjoner til, "
        "de viktigste først).",
    "The {shown} most important of {total} nodes.": "De {shown} viktigste av {total} noder.",
    "Directed (reports to, supplier of)": "Med retning (rapporterer til, leverandør til)",
    "Bigger circle: more important": "Større sirkel: viktigere",
    # key figures
    "Key figures": "Nøkkeltall",
    "Strong ties": "Sterke relasjoner",
    "Medium ties": "Middels sterke relasjoner",
    "Weak ties": "Svake relasjoner",
    "Unrated ties": "Uvurderte relasjoner",
    "Decision makers and influencers reached through strong ties":
        "Beslutningstakere og påvirkere vi når gjennom sterke relasjoner",
    "Reached at all": "Nås i det hele tatt",
    "Single points of failure (people and ties)": "Enkeltpunkter som kan svikte (personer og relasjoner)",
    "Isolated nodes": "Isolerte noder",
    "Separate parts of the network": "Atskilte deler av nettverket",
    "Open actions": "Åpne tiltak",
    "Overdue actions": "Forfalte tiltak",
    # findings
    "Findings": "Funn",
    "Most severe first, each with a suggested action.": "De alvorligste først, hvert med et foreslått tiltak.",
    "No findings: nothing needs attention now.": "Ingen funn: ingenting trenger oppmerksomhet nå.",
    "High": "Høy",
    "Medium": "Middels",
    "Low": "Lav",
    # coverage
    "Coverage of the account's decision makers": "Dekning av kundens beslutningstakere",
    "No customer account in the map.": "Kartet har ingen kunde.",
    "No decision makers or influencers are marked at this account.":
        "Ingen beslutningstakere eller påvirkere er markert hos denne kunden.",
    "{strong} of {total} reached through strong ties ({share} %), {any} reached at all, through {holders} of our "
    "people.":
        "{strong} av {total} nås gjennom sterke relasjoner ({share} %), {any} nås i det hele tatt, gjennom {holders} "
        "av våre folk.",
    "Person": "Person",
    "Role": "Rolle",
    "Access": "Tilgang",
    "Independent routes": "Uavhengige veier",
    "Strongest route": "Sterkeste vei",
    "Strong route": "Sterk vei",
    "Medium route": "Middels sterk vei",
    "Only weak ties": "Bare svake relasjoner",
    "Not reached": "Nås ikke",
    # tables
    "Importance": "Viktighet",
    "Between": "Mellom",
    "Type": "Type",
    "Quality": "Kvalitet",
    "Class": "Klasse",
    "Quality 0–100 from the four ratings 1–5 (acquaintance, availability, trust, support), adjusted for recency of "
    "contact; strongest first.":
        "Kvalitet 0–100 fra de fire vurderingene 1–5 (bekjentskap, tilgjengelighet, fortrolighet, støtte), justert for "
        "hvor nylig dere hadde kontakt; de sterkeste først.",
    "Acq.": "Bekj.",
    "Avail.": "Tilg.",
    "Supp.": "Støtte",
    "Listed: the {shown} strongest of the {total} ties of our people and the account (all {all} ties are in the "
    "CSV export).":
        "Listen viser de {shown} sterkeste av de {total} relasjonene til våre folk og kunden (alle {all} relasjonene "
        "er med i CSV-eksporten).",
    "Listed: the {total} ties of our people and the account (all {all} ties are in the CSV export).":
        "Listen viser de {total} relasjonene til våre folk og kunden (alle {all} relasjonene er med i CSV-eksporten).",
    # account goals
    "Account goals": "Mål for kunden",
    "No goals set for {account} yet.": "Ingen mål er satt for {account} ennå.",
    "No account goals set yet.": "Ingen mål er satt for kundene ennå.",
    "Goal": "Mål",
    "Strategy": "Strategi",
    # action plan
    "Action plan": "Handlingsplan",
    "No actions planned yet.": "Ingen tiltak er planlagt ennå.",
    "No owner": "Uten ansvarlig",
    "For": "Gjelder",
    "Due": "Frist",
    "overdue": "forfalt",
    # CSV headers
    "From": "Fra",
    "To": "Til",
    "Owner": "Ansvarlig",
}
