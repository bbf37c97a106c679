"""Fuzzing the house-style pack loader: any TOML text gives a Pack or a PackError (one sentence), and a
pack that loads checks an article without raising (issue 15, point 1).

The packs are built from the rules of the shipped packs with their settings, params and messages
replaced by other values of the same shape (the loader checks shapes, so these reach the rules' own
preparing and checking), by values of other shapes, and by damaged TOML text.
"""

from __future__ import annotations

import json
import math
import tempfile
import unicodedata
from pathlib import Path

import pytest
import tomllib

pytest.importorskip("hypothesis")

from hypothesis import example, given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from editor.model.article import Article, Block, Quote  # noqa: E402
from editor.model.house_style import PackError, check_article, load_pack  # noqa: E402
from editor.resources import resource_path  # noqa: E402
from tests.fuzz.strategies import holdable_text  # noqa: E402

SHIPPED = {name: tomllib.loads(resource_path("packs", f"{name}.toml").read_text(encoding="utf-8"))
           for name in ("vi-newsroom", "en-newsroom")}
NASTY_STRINGS = ("", " ", "(", ")", "[", "\\", "a{99999}", "(?P<x>", "*", "(a+)+$", "{", "}", "{text}", "{nope}",
                 "{0}", "%s", "\\b", "\\p{L}+", "[[", "]]", "đ", "Đ", "\u0301", "\x00", "\ud800", "\n", "'\"",
                 "VN-P01", "vi", "en", "prose", "body", "headline", "safe", "no", "error", "ư" * 200)
NASTY_NUMBERS = (0, -1, 1, 2, 10**9, -(10**9), 10**30, 0.0, -0.5, 1e308, 3.5)


def to_toml_value(value: object) -> str:
    """A TOML inline value (JSON's string escapes are TOML's; lone surrogates make invalid TOML)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else ("nan" if value != value else ("inf" if value > 0 else "-inf"))
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ", ".join(to_toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(str(k), ensure_ascii=False)} = {to_toml_value(v)}"
                               for k, v in value.items()) + "}"
    return json.dumps(str(value))


def to_toml(data: dict) -> str:
    """A pack document as TOML: top-level values, then one table per setting group and per rule."""
    lines = [f"{json.dumps(k, ensure_ascii=False)} = {to_toml_value(v)}" for k, v in data.items()
             if not isinstance(v, dict) or k == "title"]
    for key in ("settings", "registry"):
        if isinstance(data.get(key), dict):
            lines.append(f"[{key}]")
            lines += [f"{json.dumps(k, ensure_ascii=False)} = {to_toml_value(v)}" for k, v in data[key].items()]
    for rid, rule in (data.get("rules") or {}).items() if isinstance(data.get("rules"), dict) else ():
        lines.append(f"[rules.{json.dumps(rid, ensure_ascii=False)}]")
        if isinstance(rule, dict):
            lines += [f"{json.dumps(k, ensure_ascii=False)} = {to_toml_value(v)}" for k, v in rule.items()]
    return "\n".join(lines) + "\n"


def like(value: object) -> st.SearchStrategy[object]:
    """Another value of the same shape as ``value`` (what the loader's shape check lets through)."""
    if isinstance(value, bool):
        return st.booleans()
    if isinstance(value, (int, float)):
        return st.sampled_from(NASTY_NUMBERS if isinstance(value, float) else
                               [n for n in NASTY_NUMBERS if isinstance(n, int)])
    if isinstance(value, str):
        return st.one_of(st.sampled_from(NASTY_STRINGS), holdable_text(4))
    if isinstance(value, list):
        inner = value[0] if value else ""
        return st.lists(like(inner), max_size=4)
    if isinstance(value, dict):
        inner = next(iter(value.values())) if value else ""
        return st.dictionaries(st.sampled_from(NASTY_STRINGS), like(inner), max_size=3)
    return st.none()


def any_value() -> st.SearchStrategy[object]:
    return st.one_of(st.sampled_from(NASTY_STRINGS), st.sampled_from(NASTY_NUMBERS), st.booleans(),
                     st.lists(st.sampled_from(NASTY_STRINGS), max_size=2),
                     st.dictionaries(st.sampled_from(("vi", "en", "x")), st.sampled_from(NASTY_STRINGS), max_size=2))


@st.composite
def pack_documents(draw) -> dict:
    """A pack: some rules of a shipped pack, changed; its settings and registry, changed; maybe ``extends``."""
    base = draw(st.sampled_from(sorted(SHIPPED)))
    shipped = SHIPPED[base]
    doc: dict = {"name": draw(st.sampled_from(("fuzz-desk", "", "vi-newsroom", "x y"))), "language": shipped["language"]}
    extends = draw(st.booleans())
    if extends:
        doc["extends"] = base
    rule_ids = draw(st.lists(st.sampled_from(sorted(shipped["rules"])), min_size=1, max_size=4, unique=True))
    rules = {}
    for rid in rule_ids:
        rule = json.loads(json.dumps(shipped["rules"][rid]))
        if extends and draw(st.booleans()):
            rule = {k: v for k, v in rule.items() if k == "params"}
        for key in list(rule.get("params", {})):
            if draw(st.integers(0, 2)) == 0:
                rule["params"][key] = draw(like(rule["params"][key]))
        if draw(st.integers(0, 5)) == 0:  # now and then, a key of the wrong shape or value
            key = draw(st.sampled_from(("severity", "autofix", "scope", "message", "messages", "enabled", "kind",
                                        "impl", "name")))
            rule[key] = draw(like(rule[key]) if key in rule and draw(st.booleans()) else any_value())
        elif draw(st.booleans()):  # or another value the loader accepts
            rule["severity"] = draw(st.sampled_from(("error", "warning", "suggestion")))
            rule["autofix"] = draw(st.sampled_from(("safe", "review", "no")))
            rule["message"] = draw(st.one_of(st.sampled_from(NASTY_STRINGS),
                                             st.fixed_dictionaries({"vi": st.sampled_from(NASTY_STRINGS)})))
        rules[rid] = rule
    doc["rules"] = rules
    if draw(st.booleans()):
        settings = dict(shipped.get("settings", {}))
        settings["tone_placement"] = draw(st.sampled_from(("first_vowel", "main_vowel", "consistent")))
        settings["french_spacing"] = draw(st.booleans())
        settings["placeholder"] = draw(st.sampled_from(NASTY_STRINGS))
        if draw(st.integers(0, 5)) == 0:
            settings[draw(st.sampled_from(sorted(settings)))] = draw(any_value())
        doc["settings"] = settings
    if draw(st.booleans()):
        doc["registry"] = {key: draw(like(value)) for key, value in list(shipped.get("registry", {}).items())[:3]}
    if draw(st.integers(0, 5)) == 0:
        doc[draw(st.sampled_from(("title", "names", "version", "description", "unknown")))] = draw(any_value())
    return doc


@st.composite
def damaged(draw, text: str) -> str:
    """``text`` with a few characters cut out or put in."""
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(text)))
        if draw(st.booleans()):
            text = text[:at] + text[at + draw(st.integers(1, 20)):]
        else:
            text = text[:at] + draw(st.sampled_from(('"', "'", "[", "]", "=", "\n", "{", "}", "#", "\\", "[[", ".",
                                                     "\x00", "\ud800", "ư"))) + text[at:]
    return text


SAMPLE = Article(language="vi", headline="Thủ tướng Chính phủ dự hội nghị tổng kết năm 2026",
                 lede="HÀ NỘI - Chiều 11/3, tại Hà Nội, Ban dân vận Trung ương tổ chức hội nghị.",
                 body=[Block(text="Ông Nguyễn Văn A nói: “Chúng ta  cần làm tốt hơn” ... 1,000,000 đồng."),
                       Block(type="heading", text="Dân vận khéo"), Block(type="list_item", text="colour organise")],
                 quotes=[Quote(speaker="Nguyễn Văn A", text="Chúng ta cần làm tốt hơn")])


def forget_fuzzed_packs() -> None:
    """Drop the loaded packs built from fuzzed files from the loader's memory (a long run loads thousands)."""
    from editor.model.house_style import pack as pack_module

    for key in [k for k in pack_module._CACHE if any(name.endswith("fuzz-desk.toml") for name, _ in k)]:
        del pack_module._CACHE[key]


def load_text(text: str) -> tuple[str, list[object]]:
    """Load ``text`` as a pack file: the PackError's sentence ("" when it loaded) and, when it loaded, the
    findings of the pack checking the sample in each language."""
    forget_fuzzed_packs()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz-desk.toml"
        path.write_bytes(text.encode("utf-8", "surrogatepass"))
        try:
            pack = load_pack(path)
        except PackError as exc:
            return str(exc), []
    findings: list[object] = []
    for language in ("vi", "en"):
        SAMPLE.language = language
        findings += check_article(SAMPLE, pack)
    return "", findings


def is_one_sentence(sentence: str) -> bool:
    """A refusal that names the pack, ends its sentence and stays on one line with no control character."""
    return (sentence.startswith("Cannot use the house-style pack") and sentence.endswith(".")
            and not [ch for ch in sentence if unicodedata.category(ch)[0] in "CZ" and ch != " "])


@given(pack_documents())
@example({"name": "fuzz-desk", "language": "vi", "rules": {}})
@example({"name": "x", "language": "vi", "rules": {"a\nb": {"kind": "builtin"}}})  # found: the sentence broke the line
@example({"name": "x", "language": "vi", "rules": {"VN-P01": {"kind": "builtin", "severity": "bad\x1b[31m\nx"}}})
def test_a_changed_pack_loads_and_checks_or_is_refused_in_one_sentence(doc):
    refusal, findings = load_text(to_toml(doc))
    if refusal:
        assert is_one_sentence(refusal), refusal
    else:  # the pack loaded and checked both languages' sample; every finding has a message to show
        assert all(isinstance(finding.message, str) for finding in findings), findings


@given(pack_documents().flatmap(lambda doc: damaged(to_toml(doc))))
def test_damaged_pack_text_is_refused_in_one_sentence(text):
    refusal, findings = load_text(text)
    if refusal:
        assert is_one_sentence(refusal), refusal
    else:  # the pack loaded and checked both languages' sample; every finding has a message to show
        assert all(isinstance(finding.message, str) for finding in findings), findings


@given(st.text(max_size=200))
@example("[rules.X]\n" + "a = [" * 200 + "]" * 200)
@example("x = " + "{a = " * 300 + "1" + "}" * 300)
@example("\ufeffname = 'x'")
def test_any_text_is_a_pack_or_one_sentence(text):
    refusal, findings = load_text(text)
    if refusal:
        assert is_one_sentence(refusal), refusal
    else:  # the pack loaded and checked both languages' sample; every finding has a message to show
        assert all(isinstance(finding.message, str) for finding in findings), findings


@pytest.mark.parametrize(("rule", "param"), [("VN-C05", "doc_types"), ("VN-C06", "units"), ("VN-C08", "nouns")])
def test_an_empty_word_in_a_word_list_names_nothing(rule, param):
    """Found by the fuzzer: an empty string in these lists made checking raise IndexError on any text."""
    doc = {"name": "fuzz-desk", "language": "vi", "extends": "vi-newsroom",
           "rules": {rule: {"params": {param: ["", "Thông tư"]}}}}
    refusal, findings = load_text(to_toml(doc))
    assert refusal == ""  # the pack loads, and checks the sample in both languages without raising
    assert findings and all(isinstance(finding.message, str) for finding in findings), findings


@given(st.text(max_size=40) | st.sampled_from(("x" * 300, "/tmp/" + "y" * 300 + "/p.toml", "a\x00b", "\ud800", "\udcff")),
       st.booleans())
@example("\x00", False)  # found: ValueError (embedded null byte) escaped
@example("x" * 5000, True)  # found: OSError (file name too long) escaped from looking in the desk pack folder
@example("\ud800", False)  # found: UnicodeEncodeError escaped
def test_any_pack_name_gives_a_pack_or_one_sentence(tmp_path_factory, name, with_desk_folder):
    folder = tmp_path_factory.getbasetemp() / "desk-packs" if with_desk_folder else None
    try:
        load_pack(name, folder)
    except PackError as exc:
        assert str(exc).startswith(("Cannot use the house-style pack", "There is no house-style pack")), str(exc)
