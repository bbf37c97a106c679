"""Benchmark of the exporters (issue 5): prints one JSON object.

One run each on one 10,000-word article (built from the shared corpus when present, else from
the built-in sample repeated):

- our HTML export, target ≤ 0.2 s;
- our DOCX export, target ≤ the time pandoc takes to turn our HTML export of the same
  article into DOCX (``pandoc article.html -o article.docx``, process start included);
- our NITF export, for reference.

Run: ``.venv/bin/python bench/bench_exports.py [--words N]``. Exit status 0 when both targets
are met, 1 when one is missed, 2 when pandoc is not installed.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.long_article import build_long_article  # noqa: E402
from editor.model import article_file as af  # noqa: E402
from exports.docx_export import article_to_docx  # noqa: E402
from exports.html import html_bytes  # noqa: E402
from exports.nitf import article_to_nitf  # noqa: E402

HTML_TARGET_S = 0.2


def _timed(fn, *args):
    start = time.perf_counter()
    result = fn(*args)
    return result, time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=10_000, help="length of the article (default 10000)")
    args = parser.parse_args(argv)
    pandoc = shutil.which("pandoc")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = build_long_article(folder / "long.article", args.words)
        article = af.load(folder / "long.article")
        html, html_s = _timed(html_bytes, article)
        docx, docx_s = _timed(article_to_docx, article)
        _, nitf_s = _timed(article_to_nitf, article)
        (folder / "long.html").write_bytes(html)
        result: dict[str, object] = {
            "article_words": article.counts().words,
            "article_source": source,
            "html_export_s": round(html_s, 4),
            "html_target_s": HTML_TARGET_S,
            "html_bytes": len(html),
            "docx_export_s": round(docx_s, 4),
            "docx_bytes": len(docx),
            "nitf_export_s": round(nitf_s, 4),
        }
        if pandoc is None:
            result["pandoc_html_to_docx_s"] = None
            print(json.dumps(result, ensure_ascii=False, indent=2))
            print("pandoc is not installed: the DOCX comparison was not run", file=sys.stderr)
            return 2
        start = time.perf_counter()
        subprocess.run([pandoc, str(folder / "long.html"), "-o", str(folder / "pandoc.docx")], check=True)
        pandoc_s = time.perf_counter() - start
        result["pandoc_html_to_docx_s"] = round(pandoc_s, 4)
        result["html_within_target"] = html_s <= HTML_TARGET_S
        result["docx_within_pandoc"] = docx_s <= pandoc_s
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return 0 if result["html_within_target"] and result["docx_within_pandoc"] else 1


if __name__ == "__main__":
    sys.exit(main())
