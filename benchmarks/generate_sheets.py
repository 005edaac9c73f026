"""Sheets to import, shaped like the real ones: a CRM contact export and LinkedIn's Connections.csv.

``write_crm_csv(path, megabytes=50)`` writes a contact list as a Norwegian CRM
or Excel export does (``;``, UTF-8 with BOM, a header in Norwegian): name,
company, title, e-mail, phone, mobile, street address, postcode, town,
customer number, created, a free-text comment of varying length (some with
``;``, quotes and line breaks, which need quoting), and tags. About one in
forty people appears twice (same e-mail, as CRM exports have), and one row in
two thousand has no name (a malformed row). The same size and seed give the
same file.

``write_linkedin_csv(path, rows=20000)`` writes LinkedIn's export with its
notes above the header.

Run: ``python -m benchmarks.generate_sheets OUT.csv [--megabytes 50]``.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

FIRST = ("Kari", "Ola", "Åse", "Per", "Liv", "Bjørn", "Ingrid", "Hans", "Sigrid", "Øystein", "Marit", "Jon", "Tuva",
         "Geir", "Randi", "Eli", "Trond", "Hege", "Siri", "Anne", "Lars", "Nils", "Gro", "Knut", "Ragnhild", "Aksel")
LAST = ("Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen", "Jensen", "Karlsen",
        "Berg", "Haugen", "Hagen", "Bakken", "Ødegård", "Kobberud", "Malmstein", "Gruvli", "Smeltholm", "Aasen")
COMPANY = ("Røros Hotell", "Bergstadens Hotell", "Coop Røros", "Rema 1000 Røros", "Rørosmeieriet", "Galåvolden Gård",
           "Røros Bryggeri", "Destinasjon Røros", "Kjøkkenservice AS", "Fjellmat SA", "Trøndersk Kjøtt AS")
TITLE = ("Daglig leder", "Innkjøpssjef", "Kjøkkensjef", "Butikksjef", "Økonomisjef", "Salgssjef", "Markedssjef",
         "Driftsleder", "Kokk", "Resepsjonist", "Styreleder", "Kvalitetsleder")
TOWN = (("7374", "Røros"), ("7010", "Trondheim"), ("2500", "Tynset"), ("7340", "Oppdal"), ("0150", "Oslo"))
WORDS = ("møtte", "på", "messa", "liker", "lokalmat", "ring", "før", "besøk", "ny", "i", "jobben", "har", "ansvar",
         "for", "innkjøp", "av", "kjøtt", "og", "meieri", "ønsker", "tilbud", "neste", "sesong", "kontaktet", "via")
HEADER = ("Navn", "Firma", "Stilling", "E-post", "Telefon", "Mobil", "Adresse", "Postnr", "Poststed", "Kundenr",
          "Opprettet", "Kommentar", "Stikkord")


def _quote(cell: str) -> str:
    return '"' + cell.replace('"', '""') + '"' if any(c in cell for c in ';"\n') else cell


def _comment(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(int(rng.expovariate(1 / 18)))]
    text = " ".join(words).capitalize()
    if words and rng.random() < 0.1:
        text += '; sier "kanskje" til neste år'
    if words and rng.random() < 0.05:
        text += "\nOppfølging i høst."
    return text


def crm_row(rng: random.Random, i: int) -> list[str]:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    person = i if rng.random() > 0.025 else max(0, i - rng.randint(1, 500))  # a duplicate of someone earlier
    name = "" if rng.random() < 0.0005 else f"{first} {last}"
    postcode, town = rng.choice(TOWN)
    return [
        name, f"{rng.choice(COMPANY)} {person % 900}", rng.choice(TITLE), f"person{person}@firma{person % 900}.no",
        f"+47 72 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
        f"+47 9{rng.randint(1000000, 9999999)}", f"{rng.choice(LAST)}veien {rng.randint(1, 120)}", postcode, town,
        f"K-{100000 + i}", f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{rng.randint(2005, 2025)}",
        _comment(rng), rng.choice(("kunde", "leverandør", "kunde, hotell", "", "", "partner; lokalmat")),
    ]


def write_crm_csv(path: Path | str, megabytes: float = 50.0, seed: int = 1) -> tuple[Path, int]:
    """The CRM export, about ``megabytes`` MB; returns the path and the number of data rows."""
    path = Path(path)
    rng = random.Random(seed)
    limit = int(megabytes * 1_000_000)
    rows = 0
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        out.write(";".join(HEADER) + "\r\n")
        while out.tell() < limit:
            chunk = [";".join(_quote(c) for c in crm_row(rng, rows + k)) for k in range(1000)]
            out.write("\r\n".join(chunk) + "\r\n")
            rows += 1000
    return path, rows


def write_linkedin_csv(path: Path | str, rows: int = 20_000) -> Path:
    path = Path(path)
    lines = ["Notes:", '"When exporting your connection data, you may notice that some of the email addresses are '
             'missing. You will only see email addresses for connections who have allowed their connections to see '
             'or download their email address."', "",
             "First Name,Last Name,URL,Email Address,Company,Position,Connected On"]
    lines += [f"Fornavn{i},Etternavn{i},https://www.linkedin.com/in/p{i},p{i}@example.no,Firma {i % 800},"
              f"Rolle {i % 17},{(i % 28) + 1:02d} Mar 2024" for i in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", help="the CSV file to write")
    parser.add_argument("--megabytes", type=float, default=50.0)
    parser.add_argument("--seed", type=int, default=1)
    options = parser.parse_args(argv)
    path, rows = write_crm_csv(options.out, options.megabytes, options.seed)
    print(f"{path}: {path.stat().st_size / 1e6:.1f} MB, {rows} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
