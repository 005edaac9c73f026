"""Building many long-lived objects at once: the cyclic garbage collector paused meanwhile.

Reading a file, loading a map, building its canvas or applying a big import
makes hundreds of thousands of objects and frees almost none of them. The
collector would rescan the growing heap again and again (9 of the 30 seconds a
50 MB sheet took; 0.07 of the 0.3 s the canvas of 5,500 nodes took).
Reference counting still frees what is dropped. Qt-free: storage, interop and
the window share it.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def paused_gc(*, keep: bool = False) -> Iterator[None]:
    """No cyclic collection inside the block.

    ``keep``: what is alive afterwards lives long (an open map and its items):
    freeze it out of the collector's future scans, and let go first of what an
    earlier ``keep`` froze (the previous map's, now collectable).
    """
    collecting = gc.isenabled()
    if keep:
        gc.unfreeze()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            if keep:
                gc.freeze()
            gc.enable()
