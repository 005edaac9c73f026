"""The editing half of the crash test: edits a map until killed, reporting each committed edit.

Run as ``python -m tests.storage.crash_child MAP SEED``. Edits are a pure function of
the map's content and the seed, so the test can replay them in memory and know
exactly what the file must hold after any number of them.
"""

from __future__ import annotations

import dataclasses
import random
import sys
import uuid
from pathlib import Path

from desktop_app.domain.changes import Change
from desktop_app.domain.entities import Contact, Tie
from desktop_app.domain.enums import TieType
from desktop_app.domain.network import Network
from desktop_app.storage import MapStore


def mark(seed: int, n: int) -> str:
    """Every edit also writes its run and number into the map description, in the same transaction."""
    return f"run {seed} edit {n}"


def edit(net: Network, rnd: random.Random, seed: int, n: int) -> list[Change]:
    """Edit number ``n``: add, tie, update or remove contacts, with notes big enough to span pages."""
    contacts = sorted(net.contacts(), key=lambda c: c.id)
    notes = "Notat æøå " * rnd.randint(0, 600)
    op = rnd.random()
    changes: list[Change] = []
    if op < 0.6 and len(contacts) >= 2:
        a, b = rnd.sample(contacts, 2)
        tie = Tie(id=str(uuid.UUID(int=seed << 32 | n)), source_id=a.id, target_id=b.id,
                  type=rnd.choice(list(TieType)), trust=rnd.randint(1, 5), notes=notes)
        if net.find_tie(tie) is None:
            changes += net.add(tie)
    elif op < 0.75 and contacts:
        c = rnd.choice(contacts)
        changes += net.update(dataclasses.replace(c, name=f"{c.name.split(' #')[0]} #{n}", notes=notes))
    elif op < 0.85 and contacts:
        changes += net.remove(rnd.choice(contacts))
    if not changes:
        changes += net.add(Contact(id=str(uuid.UUID(int=seed << 32 | n)), name=f"Kontakt {seed}-{n}", notes=notes))
    changes += net.change_settings(dataclasses.replace(net.settings, description=mark(seed, n)))
    return changes


def main(path: str, seed: int) -> None:
    store = MapStore.open(Path(path))
    net = store.load()
    rnd = random.Random(seed)
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        store.apply(edit(net, rnd, seed, n))
        print(n, flush=True)  # only after apply returned: the edit is committed


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
