"""EN-S03: the sign-off printed at the end of an English story must not be empty.

The other English structure rules reuse generic code: EN-S09 (a listed quote missing from
the story) and EN-S10 (an award without recipient or award name) run the cross-field checks
of :mod:`.cross_field` with English messages; EN-S05 and EN-S11 (lede and headline length)
are ``metric`` rules of the pack.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..findings import Hit
from ..registry import builtin


@builtin("EN-S03", level="article")
def signoff_present(ctx: Any) -> Iterator[tuple[Any, Hit]]:
    """The article has a sign-off (the initials printed at its end)."""
    signoff = next((f for f in ctx.fields if f.field == "byline.signoff"), None)
    if signoff is not None and not signoff.text.strip():
        yield signoff, Hit(0, len(signoff.text), (), safe=False)
