"""Random edit sequences: undo of everything gives the empty map, redo gives the same map."""

from __future__ import annotations

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from desktop_app.domain.changes import Change
from desktop_app.domain.errors import DomainError
from desktop_app.domain.network import Network

from . import strategies as s


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), steps=st.integers(1, 30))
def test_revert_all_gives_empty_and_replay_gives_same(data: st.DataObject, steps: int) -> None:
    net = Network()
    empty = s.state(Network())
    history: list[list[Change]] = []
    for _ in range(steps):
        before = s.state(net)
        op = data.draw(st.sampled_from(s.OPERATIONS), label="operation")
        event(op)
        try:
            changes = s.random_edit(net, data, op)
        except DomainError:
            event("refused")
            assert op in s.REFUSABLE
            assert s.state(net) == before, "a refused edit changed the network"
            continue
        assert s.state(net) == s.state(s.rebuilt(net)), "indices drifted from the entities"
        history.append(changes)
    final = s.state(net)

    replay = Network()
    for changes in history:
        replay.apply(changes)
    assert s.state(replay) == final

    for changes in reversed(history):
        net.revert(changes)
    assert s.state(net) == empty
