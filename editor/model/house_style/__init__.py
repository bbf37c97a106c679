"""The house-style checker: packs of rules (data) run over an article (house-style.md).

Public API
==========

Packs
    ``load_pack(name_or_path) -> Pack`` loads a built-in pack ("vi-newsroom", "en-newsroom")
    or a TOML file; a broken pack raises :class:`PackError` (``str()`` is one sentence naming
    file, line and key; ``.file``, ``.line``, ``.key``, ``.template``/``.params`` for the UI).
    ``default_pack_for(language)`` names the built-in pack of an article language.
    Loaded packs are cached by file content and shared: treat a Pack as read-only.
    Pack layout, ``extends`` and overriding are documented in :mod:`.pack`.

Checking
    ``check_article(article, pack) -> list[Finding]``: everything, in document order
    (kicker, headline, dateline.source, dateline.place, lede, body blocks, quotes, awards,
    byline.authors, byline.signoff; see :mod:`.fields`).
    ``check_field(article, pack, field, block=None)``: the per-field rules for one field or
    one body block — what the editor re-runs on each keystroke (well under 10 ms for a
    normal paragraph). ``check_text(text, pack, field, block=None, article=None)`` does the
    same for text not yet stored in the article (offsets into ``nfc(text)``).
    ``check_article_level(article, pack)``: the rules that need the whole article
    (consistency VN-T02/C09/O08/D01/D04, abbreviations VN-A01/A04, byline VN-S03, lead
    VN-S02, quotes VN-S09, awards VN-S10) — run after a pause, off the GUI thread.
    ``check_field`` findings of every field plus ``check_article_level`` findings equal
    ``check_article`` findings.

Findings
    :class:`Finding` (frozen): rule, severity ("error"|"warning"|"suggestion"), field, block,
    start, end (code points of the field's NFC text), text, message (in the article's
    language), replacements, safe_fix; ``to_json(file)`` gives the ``check --format json``
    object of contract.md.

Fixing
    ``apply_safe_fixes(article, findings) -> (fixed_copy, applied)`` applies only findings
    with ``safe_fix``; marks of body blocks move with their words.
    ``apply_finding(article, finding, replacement=None) -> bool`` applies one chosen
    replacement in place (the GUI's quick fix).

Ignoring (stored in ``article.extra["house_style_ignores"]``, see :mod:`.ignores`)
    ``ignore_once(article, finding)``, ``ignore_word(article, word, rule=None)``,
    ``filter_ignored(findings, article)``, ``clear_ignores(article)``.

Rule ids beyond house-style.md (listed in docs/house-style-rules.md)
    VN-S09 QuoteInStory (a direct quote of the quotes list appears neither in the sapo nor in
    the body), VN-S10 AwardComplete (an award without recipient or award name), VN-S11
    HeadlineLength (metric: headline characters), VN-S12 UnfilledBlank (a template's blank,
    the pack's ``placeholder`` setting, e.g. “[[họ tên]]”, left in any field: an error).
    VN-T03 is the registry-override option of §3.4; as a rule it flags a registered name
    written in the other tone style. VN-N01 NameAgreement (EN-N01): a name written otherwise
    than the pack's ``names`` list or the article's structured fields (speaker, role, recipient,
    byline, dateline place) give it. The English pack has EN-S03, S05 and S09…S12.

Extending
    Generic kinds (existence, substitution, occurrence, repetition, consistency, conditional,
    capitalization, metric) live in :mod:`.kinds`; built-in checks register by rule id with
    ``@builtin("VN-P01")`` (:mod:`.registry`) in a module of :mod:`.rules`.
"""

from __future__ import annotations

from . import kinds as _kinds  # noqa: F401 - registers the generic kinds
from . import rules as _rules  # noqa: F401 - registers the built-in checks
from .engine import check_article, check_article_level, check_field, check_text, sort_findings
from .fields import FieldText, article_fields
from .findings import SEVERITIES, Finding
from .fixes import apply_finding, apply_safe_fixes
from .ignores import IGNORES_KEY, clear_ignores, filter_ignored, ignore_once, ignore_word
from .pack import BUILTIN_PACKS, Pack, Rule, load_pack
from .pack_errors import PackError
from .registry import builtin, kind

DEFAULT_PACKS = {"vi": "vi-newsroom", "en": "en-newsroom"}


def default_pack_for(language: str) -> str:
    """The built-in pack for an article language tag ("vi", "en-GB" ...)."""
    return DEFAULT_PACKS.get(language.split("-")[0].lower(), "vi-newsroom")


__all__ = [
    "BUILTIN_PACKS", "DEFAULT_PACKS", "IGNORES_KEY", "SEVERITIES", "FieldText", "Finding", "Pack", "PackError", "Rule",
    "apply_finding", "apply_safe_fixes", "article_fields", "builtin", "check_article", "check_article_level",
    "check_field", "check_text", "clear_ignores", "default_pack_for", "filter_ignored", "ignore_once",
    "ignore_word", "kind", "load_pack", "sort_findings",
]
