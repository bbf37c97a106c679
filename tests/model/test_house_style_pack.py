"""House-style packs: the built-in vi-newsroom pack, desk packs that extend it, broken packs."""

from __future__ import annotations

import time

import pytest

from editor.model.article import Article, Block
from editor.model.house_style import PackError, check_article, load_pack
from editor.model.house_style.patterns import compile_pattern

# house-style.md §3: severity (E/W/S) and autofix class of every vi-newsroom rule.
SPEC = {
    "VN-U01": "E safe", "VN-U02": "E review", "VN-U03": "E safe", "VN-U04": "W safe", "VN-U05": "W safe",
    "VN-U06": "E safe", "VN-P01": "W safe", "VN-P02": "S safe", "VN-P03": "E safe", "VN-P04": "W safe",
    "VN-P05": "W safe", "VN-P06": "W safe", "VN-P07": "S safe", "VN-P08": "S review", "VN-P09": "W safe",
    "VN-O01": "E no", "VN-O02": "E safe", "VN-O03": "E no", "VN-O04": "E safe", "VN-O05": "E review",
    "VN-O06": "W no", "VN-O07": "W review", "VN-O08": "S safe", "VN-O09": "S no", "VN-T01": "W safe",
    "VN-T02": "W safe", "VN-C01": "E safe", "VN-C02": "W review", "VN-C03": "W safe", "VN-C04": "S review",
    "VN-C05": "S review", "VN-C06": "W safe", "VN-C07": "W safe", "VN-C08": "S review", "VN-C09": "S review",
    "VN-C10": "S review", "VN-C11": "S review", "VN-A01": "W review", "VN-A02": "W safe", "VN-A03": "S no",
    "VN-A04": "S review", "VN-D01": "S safe", "VN-D02": "W safe", "VN-D03": "E no", "VN-D04": "S safe",
    "VN-D05": "S safe", "VN-D06": "W safe", "VN-D07": "S safe", "VN-D08": "S review", "VN-S01": "W safe",
    "VN-S02": "S no", "VN-S03": "W no", "VN-S05": "S no", "VN-S06": "S no", "VN-S07": "S no", "VN-S08": "S review",
    # "safe (with confirmation)": offered as a deletion, never applied by --fix.
    "VN-S04": "E review",
}
LEVELS = {"E": "error", "W": "warning", "S": "suggestion"}


def write(tmp_path, text: str, name: str = "desk.toml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_vi_newsroom_has_every_rule_of_the_spec_with_its_severity_and_autofix():
    pack = load_pack("vi-newsroom")
    for rule_id, spec in SPEC.items():
        level, autofix = spec.split()
        rule = pack.rule(rule_id)
        assert rule is not None, rule_id
        assert (rule.severity, rule.autofix) == (LEVELS[level], autofix), rule_id
    assert pack.rule("VN-T03") is not None
    assert {"VN-S09", "VN-S10", "VN-S11", "VN-S12"} <= set(pack.rules)
    assert (pack.rule("VN-S12").severity, pack.rule("VN-S12").autofix) == ("error", "no")  # template blanks
    assert pack.setting("tone_placement") == "first_vowel"
    assert not pack.is_enabled("VN-O09")  # the optional lexicon ships switched off


def test_every_rule_speaks_vietnamese_and_english():
    for rule in load_pack("vi-newsroom").rules.values():
        assert rule.message.get("vi") and rule.message.get("en"), rule.id
        for case, texts in rule.messages.items():
            assert texts.get("vi") and texts.get("en"), (rule.id, case)


def test_registry_holds_the_newsroom_data():
    pack = load_pack("vi-newsroom")
    assert "Ban Dân vận Trung ương" in pack.registry.list("organisations")
    assert "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam" in pack.registry.list("organisations")
    assert pack.registry.table("abbreviations")["ANTQ"] == "an ninh Tổ quốc"
    assert pack.registry.table("abbreviations")["PCCC"] == "phòng cháy, chữa cháy"
    assert {"ANTV", "TTXVN", "VOV", "VTV", "Chinhphu.vn", "TTO", "TNO", "NLĐO"} <= set(pack.registry.list("outlets"))
    assert "BT" in pack.registry.list("signoffs")


def test_a_desk_pack_extends_switches_off_changes_severity_params_and_registry(tmp_path):
    path = write(tmp_path, """
name = "desk"
extends = "vi-newsroom"
[settings]
tone_placement = "main_vowel"
[registry]
signoffs = ["XY"]
[registry.abbreviations]
ANTV = "Truyền hình Công an nhân dân"
[rules.VN-P01]
enabled = false
[rules.VN-O06]
severity = "error"
[rules.VN-S05]
params = { max = 10 }
""")
    pack = load_pack(str(path))
    assert pack.name == "desk"
    assert not pack.is_enabled("VN-P01")
    assert pack.rule("VN-O06").severity == "error"
    assert pack.rule("VN-S05").params == {"measure": "words", "max": 10, "min": 0}
    assert "XY" in pack.registry.list("signoffs") and "BT" in pack.registry.list("signoffs")
    assert pack.registry.table("abbreviations")["ANTQ"] == "an ninh Tổ quốc"
    article = Article(language="vi", lede="Một hai ba bốn năm sáu bảy tám chín mười mười một.")
    article.body = [Block(text="phù hợp.  Lực lượng xã hội hóa")]
    rules = {f.rule for f in check_article(article, pack)}
    assert "VN-P01" not in rules and "VN-S05" in rules
    assert any(f.rule == "VN-T01" and f.text == "hóa" and f.replacements[0] == "hoá"
               for f in check_article(article, pack))


def test_a_desk_pack_adds_its_own_rule_of_a_generic_kind(tmp_path):
    path = write(tmp_path, """
extends = "vi-newsroom"
[rules.DESK-01]
kind = "existence"
severity = "warning"
scope = ["body"]
message = { vi = "Không dùng “{text}”.", en = "Do not use “{text}”." }
params = { tokens = ["cực kỳ"], ignorecase = true }
""")
    pack = load_pack(str(path))
    article = Article(language="vi", body=[Block(text="Một việc Cực kỳ quan trọng.")])
    found = [f for f in check_article(article, pack) if f.rule == "DESK-01"]
    assert [(f.text, f.message, f.start) for f in found] == [("Cực kỳ", "Không dùng “Cực kỳ”.", 9)]


@pytest.mark.parametrize(
    "text, line, key, words",
    [
        ('extends = "vi-newsroom"\n[rules.VN-P01]\nseverity = "warning\n', 3, "severity", "not valid TOML"),
        ('extends = "vi-newsroom"\n\n[rules.VN-X99]\nenabled = false\n', 3, "rules.VN-X99", "unknown rule id"),
        ('extends = "vi-newsroom"\n[rules.VN-P01]\nenabled = "no"\n', 3, "rules.VN-P01.enabled", "true or false"),
        ('extends = "vi-newsroom"\n[rules.VN-P01]\nseverity = "fatal"\n', 3, "rules.VN-P01.severity", "must be one of"),
        ('extends = "vi-newsroom"\n[rules.VN-S05]\nparams = { max = "fifty" }\n', 3, "rules.VN-S05.params.max",
         "whole number"),
        ('extends = "vi-newsroom"\n[rules.VN-S05.params]\nmaxx = 3\n', 3, "rules.VN-S05.params.maxx",
         "not a parameter"),
        ('[rules.X-1]\nkind = "existence"\nseverity = "error"\n[rules.X-1.params]\npatterns = ["(unclosed"]\n', 5,
         "rules.X-1.params.patterns", "not a valid regular expression"),
        ('[rules.X-1]\nkind = "existence"\nseverity = "error"\nparams = { patterns = ["(a+)+$"] }\n', 4,
         "rules.X-1.params.patterns", "hang"),
        ('[rules.X-1]\nkind = "existence"\nseverity = "error"\nparams = { patterns = ["(a|aa)+$"] }\n', 4,
         "rules.X-1.params.patterns", "too long"),
        ('[rules.X-1]\nkind = "builtin"\nseverity = "error"\n', 2, "rules.X-1.kind", "does not exist"),
        ('[settings]\ntone_placement = "old"\n', 2, "settings.tone_placement", "must be one of"),
        ('extends = "vi-newsroom"\nrule = 3\n', 2, "rule", "not a pack key"),
        ('extends = "no-such-pack"\n', 1, "extends", "neither a built-in pack"),
    ],
)
def test_a_broken_pack_is_refused_with_file_line_and_key(tmp_path, text, line, key, words):
    path = write(tmp_path, text)
    with pytest.raises(PackError) as caught:
        load_pack(str(path))
    err = caught.value
    assert (err.file, err.line, err.key) == (str(path), line, key)
    message = str(err)
    assert str(path) in message and f"line {line}" in message and key in message and words in message
    assert message.count(".") >= 1 and "\n" not in message and "Traceback" not in message


def test_a_missing_pack_file_is_one_sentence(tmp_path):
    with pytest.raises(PackError) as caught:
        load_pack(str(tmp_path / "nope.toml"))
    assert "does not exist" in str(caught.value) and "nope.toml" in str(caught.value)


def test_packs_extending_each_other_in_a_loop_are_refused(tmp_path):
    write(tmp_path, 'extends = "b.toml"\n', "a.toml")
    write(tmp_path, 'extends = "a.toml"\n', "b.toml")
    with pytest.raises(PackError, match="loop"):
        load_pack(str(tmp_path / "a.toml"))


def test_a_pattern_that_backtracks_badly_at_run_time_does_not_hang():
    pattern = compile_pattern(r"(?:x|y)*z")  # harmless; the run-time guard is what matters here
    from editor.model.house_style.patterns import find_all

    assert find_all(pattern, "xyxyz") and find_all(pattern, "a" * 10) == []
    import regex

    evil = regex.compile(r"(a|aa)+$")
    started = time.perf_counter()
    assert find_all(evil, "a" * 60 + "!", timeout=0.05) == []
    assert time.perf_counter() - started < 2


def test_packs_have_a_name_for_people_in_both_languages(tmp_path):
    """The window shows a pack's title, never its id; a desk pack's title is its own, not its base's."""
    assert load_pack("vi-newsroom").title_in("vi") == "Quy chuẩn tin bài tiếng Việt"
    assert load_pack("vi-newsroom").title_in("en") == "Vietnamese newsroom style"
    assert load_pack("en-newsroom").title_in("en") == "English newsroom style (AP)"
    desk = load_pack(write(tmp_path, 'name = "ban-thoi-su"\nextends = "vi-newsroom"\n'))
    assert desk.title_in("vi") == "ban-thoi-su"
    titled = load_pack(write(tmp_path, 'extends = "vi-newsroom"\ntitle = { vi = "Ban Thời sự" }\n', "titled.toml"))
    assert titled.title_in("en") == titled.title_in("vi") == "Ban Thời sự"
    assert load_pack(write(tmp_path, 'extends = "vi-newsroom"\n', "ban-van-hoa.toml")).title_in("en") == "ban-van-hoa"
    with pytest.raises(PackError, match="title"):
        load_pack(write(tmp_path, 'extends = "vi-newsroom"\ntitle = { vi = 3 }\n', "bad.toml"))
