"""Bokmål for the messages about map files."""

NB_STORAGE: dict[str, str] = {
    "{name} is a folder, not a Knute map.": "{name} er en mappe, ikke et Knute-kart.",
    "The file {name} does not exist.": "Filen {name} finnes ikke.",
    "You do not have permission to read {name}.": "Du har ikke tilgang til å lese {name}.",
    "You do not have permission to write {name}.": "Du har ikke tilgang til å skrive til {name}.",
    "{name} is empty: it is not a Knute map.": "{name} er tom: det er ikke et Knute-kart.",
    "{name} is not a Knute map.": "{name} er ikke et Knute-kart.",
    "{name} is a database of another program, not a Knute map.":
        "{name} er en database fra et annet program, ikke et Knute-kart.",
    "{name} was saved by a newer version of Knute (file format {found}; this version reads up to {supported}). Update Knute to open it.":
        "{name} er lagret av en nyere versjon av Knute (filformat {found}; denne versjonen leser til og med {supported}). Oppdater Knute for å åpne det.",
    "{name} is damaged and cannot be read.": "{name} er skadet og kan ikke leses.",
    "{name} is incomplete (it may have been cut off while copying or downloading) and cannot be opened.":
        "{name} er ufullstendig (den kan ha blitt kuttet under kopiering eller nedlasting) og kan ikke åpnes.",
    "{name} is damaged: its map settings are missing.": "{name} er skadet: kartinnstillingene mangler.",
    "{name} is damaged: parts of the map are missing.": "{name} er skadet: deler av kartet mangler.",
    "{name} contains data Knute cannot read: {detail}": "{name} inneholder data Knute ikke kan lese: {detail}",
    "{name} is read-only: you can look at it, but changes cannot be saved. Use Save a Copy to work on a copy.":
        "{name} er skrivebeskyttet: du kan se på kartet, men endringer kan ikke lagres. Bruk «Lagre en kopi» for å arbeide i en kopi.",
    "{name} is read-only: changes cannot be saved.": "{name} er skrivebeskyttet: endringer kan ikke lagres.",
    "{name} is still being written: wait until that is done.":
        "{name} skrives fortsatt: vent til det er ferdig.",
    "{name} is open in another Knute window or program. Close it there and try again.":
        "{name} er åpent i et annet Knute-vindu eller program. Lukk det der og prøv igjen.",
    "The disk is full: {name} could not be written. Free some space and try again.":
        "Disken er full: {name} kunne ikke skrives. Frigjør plass og prøv igjen.",
    "The disk is full: your last change to {name} was not saved. Free some space and try again.":
        "Disken er full: den siste endringen i {name} ble ikke lagret. Frigjør plass og prøv igjen.",
    "{name} could not be read or written (the disk reported an error).":
        "{name} kunne ikke leses eller skrives (disken meldte en feil).",
    "{name} already exists.": "{name} finnes allerede.",
    "Choose another name: a copy cannot replace the map itself.":
        "Velg et annet navn: en kopi kan ikke erstatte selve kartet.",
    "Untitled map": "Kart uten navn",
}
