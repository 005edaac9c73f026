"""Bokmål for the domain's messages and field names."""

NB_DOMAIN: dict[str, str] = {
    # field names (Label)
    "Acquaintance": "Bekjentskap",
    "Attitude": "Holdning",
    "Author": "Forfatter",
    "Availability": "Tilgjengelighet",
    "Buying-centre role": "Rolle i kjøpegruppen",
    "Category": "Kategori",
    "Closeness": "Nærhet",
    "Competition": "Konkurranse",
    "Cooperation": "Samarbeid",
    "Date": "Dato",
    "Days": "Dager",
    "Description": "Beskrivelse",
    "Due date": "Frist",
    "E-mail": "E-post",
    "Employees": "Ansatte",
    "Influence": "Innflytelse",
    "Intent": "Hensikt",
    "Interaction kind": "Type kontakt",
    "Last contact": "Siste kontakt",
    "Name": "Navn",
    "Note": "Notat",
    "Notes": "Notater",
    "Phone": "Telefon",
    "Reason": "Grunn",
    "Resource": "Ressurs",
    "Revenue": "Omsetning",
    "Status": "Status",
    "Support": "Støtte",
    "Tags": "Stikkord",
    "Threshold": "Terskel",
    "Tie type": "Relasjonstype",
    "Title": "Tittel",
    "Trust": "Fortrolighet",
    "Website": "Nettsted",
    "Weight": "Vekt",
    "What": "Hva",
    "X position": "X-posisjon",
    "Y position": "Y-posisjon",
    # messages
    "{field} cannot be empty.": "{field} kan ikke være tom.",
    "{field} must be text.": "{field} må være tekst.",
    "{field} is too long ({length} characters; at most {limit}).":
        "{field} er for lang ({length} tegn; høyst {limit}).",
    "Unknown {field} '{value}' (allowed: {allowed}).": "Ukjent {field} «{value}» (tillatt: {allowed}).",
    "{field} must be a list.": "{field} må være en liste.",
    "{field} must be a whole number from 1 to 5, not '{value}'.":
        "{field} må være et helt tall fra 1 til 5, ikke «{value}».",
    "{field} must be a number.": "{field} må være et tall.",
    "{field} is outside the drawing area.": "{field} er utenfor tegneflaten.",
    "{field} must be zero or more.": "{field} må være null eller mer.",
    "{field} must be a whole number.": "{field} må være et helt tall.",
    "{field} must be at least one day.": "{field} må være minst én dag.",
    "{field} must be a date like 2026-03-31, not '{value}'.":
        "{field} må være en dato som 2026-03-31, ikke «{value}».",
    "A tie needs two ends.": "En relasjon trenger to ender.",
    "A tie cannot join a node to itself.": "En relasjon kan ikke gå fra en node til seg selv.",
    "At least one quality weight must be above zero.": "Minst én kvalitetsvekt må være over null.",
    "Thresholds must be between 0 and 100.": "Tersklene må være mellom 0 og 100.",
    "The weak threshold must be below the strong threshold.": "Terskelen for svak må være under terskelen for sterk.",
    "This item is no longer in the map.": "Dette elementet finnes ikke lenger i kartet.",
    "This item is already in the map.": "Dette elementet finnes allerede i kartet.",
    "A contact cannot become an organisation or the reverse.":
        "En kontakt kan ikke bli en organisasjon, eller omvendt.",
    "The account must be an organisation in this map.": "Kunden må være en organisasjon i dette kartet.",
    "{name} belongs to an organisation that is not in the map.":
        "{name} hører til en organisasjon som ikke finnes i kartet.",
    "The tie refers to a node that is not in the map ({node_id}).":
        "Relasjonen viser til en node som ikke finnes i kartet ({node_id}).",
    "There is already a '{type}' tie between {a} and {b}.":
        "Det finnes allerede en relasjon av typen «{type}» mellom {a} og {b}.",
    "The interaction refers to a tie that is not in the map.":
        "Kontaktpunktet viser til en relasjon som ikke finnes i kartet.",
    "The action refers to a contact or organisation that is not in the map.":
        "Tiltaket viser til en kontakt eller organisasjon som ikke finnes i kartet.",
    "The action refers to a tie that is not in the map.":
        "Tiltaket viser til en relasjon som ikke finnes i kartet.",
    "The owner of an action must be a person in the map.":
        "Den ansvarlige for et tiltak må være en person i kartet.",
    "{name} still has ties or members.": "{name} har fortsatt relasjoner eller medlemmer.",
    "{name} is still referred to.": "Noe viser fortsatt til {name}.",
    "The tie is still referred to.": "Noe viser fortsatt til relasjonen.",
    "The id {id} is used twice.": "Id-en {id} er brukt to ganger.",
}
