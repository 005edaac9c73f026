"""One window per map: opening a map that a running Knute has open focuses that window.

Each running Knute listens on a local socket (a named pipe on Windows) whose
name is a hash of the user and the resolved path of the map it has open; it
re-listens whenever another map is opened. ``hand_over(path)``, called by a new
process before it builds a window, connects to that name: when a Knute answers
that it has the map, the new process exits 0 and the running window comes to
the front. Nothing answers (no Knute has the map, or one that crashed left a
stale socket): the new process opens the map itself.

The protocol is one JSON line each way: ``{"open": PATH}`` and ``{"ok": true}``
(or false when the window has another map by now). Anything else is ignored.

Inside a running Knute, File → Open and Open Recent go through ``show_elsewhere``
first: a map that another Knute process (or another window of this one) has open
comes to the front there, and the status bar says so, instead of the file's lock
refusing it.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QMainWindow

CONNECT_MS = 500
ANSWER_MS = 3000
MAX_MESSAGE = 64 * 1024
SHOWN_MS = 15000
"""How long the status bar says where the map is."""


def server_name(path: Path | str) -> str:
    """The socket name of a map: the same for every spelling of its path, different per user."""
    try:
        user = getpass.getuser()
    except Exception:  # no user name in the environment or password database
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    resolved = os.path.normcase(str(Path(path).expanduser().resolve()))
    digest = hashlib.sha256(f"{user}\0{resolved}".encode()).hexdigest()[:32]
    return f"knute-{digest}"


def hand_over(path: Path | str) -> bool:
    """Ask a running Knute that has ``path`` open to show it; True when one did."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(path))
    if not socket.waitForConnected(CONNECT_MS):
        return False
    try:
        socket.write(json.dumps({"open": str(Path(path).resolve())}).encode() + b"\n")
        socket.flush()
        answer = b""
        while b"\n" not in answer and socket.waitForReadyRead(ANSWER_MS):
            answer += bytes(socket.readAll().data())
        try:
            return json.loads(answer.decode("utf-8")).get("ok") is True
        except (ValueError, AttributeError):
            return False
    finally:
        socket.disconnectFromServer()


class SingleInstance(QObject):
    """Listens for the window's open map and brings the window to the front when asked."""

    focus_requested = Signal(str)
    """Another process asked for the map this window has open (its path)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        self.path: Path | None = None
        window.document_opened.connect(self._document_opened)  # type: ignore[attr-defined]
        if getattr(window, "document", None) is not None:
            self._document_opened(window.document)  # type: ignore[attr-defined]

    def _document_opened(self, document: object) -> None:
        self.server.close()
        self.path = None
        path = getattr(document, "path", None)
        if path is None:
            return
        name = server_name(path)
        # We hold the map's exclusive lock, so no live Knute can own this name: a
        # leftover is the socket file of one that crashed.
        if not self.server.listen(name):
            QLocalServer.removeServer(name)
            if not self.server.listen(name):
                return
        self.path = Path(path).resolve()

    def _accept(self) -> None:
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.setParent(self)
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if socket.bytesAvailable() > MAX_MESSAGE:
            socket.abort()
            return
        if not socket.canReadLine():
            return
        line = bytes(socket.readLine().data())
        try:
            requested = Path(json.loads(line.decode("utf-8"))["open"]).resolve()
        except (ValueError, KeyError, TypeError, OSError):
            socket.abort()
            return
        ours = self.path is not None and requested == self.path
        socket.write(json.dumps({"ok": ours}).encode() + b"\n")
        socket.flush()
        if ours:
            self.bring_to_front()
            self.focus_requested.emit(str(requested))

    def bring_to_front(self) -> None:
        window = self.window
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()


def show_elsewhere(window: QMainWindow, path: Path | str) -> bool:
    """Bring forward the Knute window that has ``path`` open, if another one has; say so in ``window``.

    A window of this process is raised directly: asking it over the socket would wait on
    the very event loop that has to answer.
    """
    resolved = Path(path).resolve()
    local = next((instance for widget in QApplication.topLevelWidgets()
                  for instance in widget.findChildren(SingleInstance)
                  if instance.path == resolved and instance.window is not window), None)
    if local is not None:
        local.bring_to_front()
    elif not hand_over(resolved):
        return False
    window.statusBar().showMessage(
        QCoreApplication.translate(
            "SingleInstance", "%1 is already open in another Knute window, which has come to the front.",
        ).replace("%1", resolved.name),
        SHOWN_MS,
    )
    return True
