"""Every finding of the checker on the shared corpus, to prove an engine change changes nothing.

Dumps, for every article of ``../shared/corpus/vi`` and ``../shared/corpus/en`` (each checked
with the vi and the en pack), the built-in samples and the 10,000-syllable bench article, every
finding of ``check_article`` (rule, severity, field, block, start, end, text, replacements,
safe fix, message), the same for ``check_field`` of every field plus
``check_article_level`` (the editor's split of the work), and ``check_article_parallel`` (the
command line's, forced to fork even for short articles), compared with ``check_article``'s.

The corpus text is the publishers' copyright: the snapshot is written outside the repository.

Run::

    .venv/bin/python bench/findings_snapshot.py save /tmp/findings-base.json
    .venv/bin/python bench/findings_snapshot.py compare /tmp/findings-base.json
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.corpus_articles import corpus_article  # noqa: E402
from bench.long_article import CORPUS, build_long_article  # noqa: E402
from editor.model import article_file  # noqa: E402
from editor.model.article import Article  # noqa: E402
from editor.model.house_style import article_fields, check_article, check_article_level, check_field, load_pack  # noqa: E402
from editor.resources import resource_path  # noqa: E402


def _vi_article(path: Path) -> Article:
    """As tests/model/test_house_style_corpus.py builds it."""
    return corpus_article(path, language="vi")


def _en_article(path: Path) -> Article:
    """As tests/model/test_house_style_en_corpus.py builds it, with the byline."""
    return corpus_article(path, language="en", fresh=True, strip=True)


def articles() -> list[tuple[str, Article]]:
    out: list[tuple[str, Article]] = []
    for name in ("sample-vi.article", "sample-en.article"):
        out.append((name, article_file.load(resource_path("samples", name))))
    if not CORPUS.is_dir():
        print("corpus absent: only the built-in samples", file=sys.stderr)
        return out
    for path in sorted((CORPUS / "vi").glob("*.json")):
        out.append((f"vi/{path.name}", _vi_article(path)))
    for path in sorted((CORPUS / "en").glob("*.json")):
        out.append((f"en/{path.name}", _en_article(path)))
    with tempfile.TemporaryDirectory() as tmp:
        long_path = Path(tmp) / "long.article"
        build_long_article(long_path, 10_000)
        out.append(("long.article", article_file.load(long_path)))
    return out


def _row(f) -> list:
    return [f.rule, f.severity, f.field, f.block, f.start, f.end, f.text, list(f.replacements), f.safe_fix, f.message]


def snapshot() -> dict[str, list]:
    try:
        from editor.model.house_style import parallel
    except ImportError:  # a checkout from before the two-core check (a baseline)
        parallel = None
    else:
        parallel.MIN_CHARACTERS = 0  # fork for every article, so that every merge is compared,
        parallel.usable = lambda: True  # however busy the machine is
    packs = {name: load_pack(name) for name in ("vi-newsroom", "en-newsroom")}
    result: dict[str, list] = {}
    for label, article in articles():
        for pack_name, pack in packs.items():
            result[f"{label}|{pack_name}|article"] = [_row(f) for f in check_article(article, pack)]
            split = []
            for ft in article_fields(article):
                split.extend(_row(f) for f in check_field(article, pack, ft.field, ft.block))
            split.extend(_row(f) for f in check_article_level(article, pack))
            result[f"{label}|{pack_name}|split"] = split
            if parallel is not None:
                result[f"{label}|{pack_name}|parallel"] = [
                    _row(f) for f in parallel.check_article_parallel(article, pack)]
    return result


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("save", "compare"):
        print(__doc__.strip().splitlines()[-2].strip(), file=sys.stderr)
        return 2
    snap = snapshot()
    path = Path(argv[1])
    total = sum(len(v) for k, v in snap.items() if k.endswith("|article"))
    pairs = sum(1 for k in snap if k.endswith("|article"))
    if argv[0] == "save":
        path.write_text(json.dumps(snap, ensure_ascii=False, indent=0), encoding="utf-8")
        print(f"saved {total} findings of {pairs} article/pack pairs to {path}")
        return 0
    base = json.loads(path.read_text(encoding="utf-8"))
    for key in [k for k in base if k.endswith("|article")]:  # the parallel check must equal check_article
        base[key.removesuffix("|article") + "|parallel"] = base[key]
    differ = [k for k in sorted(set(base) | set(snap)) if base.get(k) != snap.get(k)]
    for key in differ[:20]:
        old, new = base.get(key) or [], snap.get(key) or []
        gone = [r for r in old if r not in new]
        added = [r for r in new if r not in old]
        print(f"DIFFERS {key}: {len(old)} -> {len(new)}; gone {gone[:3]}; new {added[:3]}")
    if differ:
        print(f"{len(differ)} of {len(snap)} snapshots differ")
        return 1
    print(f"identical: {total} findings of {pairs} article/pack pairs (check_article, check_field + "
          "check_article_level, check_article_parallel)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
