"""Issue 13, point 3: Telex/VNI keystrokes that English words make too (the sắc key s at the end,
a tone key after a vowel, a vowel key with no tone, VNI digits typed last) are VN-O07 findings
among Vietnamese words, and never on English words, names, loanwords or product codes."""

from __future__ import annotations

import pytest

from editor.model.article import Article, Block
from editor.model.house_style import apply_safe_fixes, check_article, check_text, load_pack
from editor.model.vietnamese.ime import CONTEXT, SURE, ime_decode, ime_residue


@pytest.fixture(scope="module")
def pack():
    return load_pack("vi-newsroom")


def residue(pack, text: str) -> list[tuple[str, str]]:
    return [(f.text, f.replacements[0]) for f in check_text(text, pack) if f.rule == "VN-O07"]


@pytest.mark.parametrize(
    ("text", "slip", "word"),
    [
        # the sắc key s typed last
        ("Ông giải thichs rằng dự án đã xong.", "thichs", "thích"),
        ("Tủ có kichs thước lớn.", "kichs", "kích"),
        ("Em mua quyển sachs mới.", "sachs", "sách"),
        ("Kết quả học tập rất tots.", "tots", "tót"),
        ("Cô ấy ca hats rất hay.", "hats", "hát"),
        # the other tone keys after a vowel, with or without a vowel key
        ("Đây là nhaf văn hóa.", "nhaf", "nhà"),
        ("Anh ấy veef quê ăn Tết.", "veef", "về"),
        ("Sức khoer của ông đã ổn.", "khoer", "khỏe"),
        ("Bộ phim mowis ra mắt.", "mowis", "mới"),
        ("Tin này đã ddax được xác nhận.", "ddax", "đã"),
        ("Giá lúa tăng mạnh, nông dân vui mừng vif được mùa.", "vif", "vì"),
        # vowel keys with no tone key: ee oo ow aw, and w alone for ư
        ("Giá xăng leen từ hôm nay.", "leen", "lên"),
        ("Cảm own bạn đọc đã góp ý.", "own", "ơn"),
        ("Mặt nước lawn tăn sóng.", "lawn", "lăn"),
        ("Tôi nhwng mà chưa đi.", "nhwng", "nhưng"),
        ("Bà cụ sống một mình trong căn nhà nhor.", "nhor", "nhỏ"),
        # VNI tone digits typed last
        ("Anh ấy lam2 việc ở Hà Nội.", "lam2", "làm"),
        ("Cơ quan ba1o chí đưa tin.", "ba1o", "báo"),
    ],
)
def test_keystrokes_english_words_also_make_are_found_among_vietnamese_words(pack, text, slip, word):
    assert (slip, word) in residue(pack, text)


@pytest.mark.parametrize(
    ("key", "slip", "word"),
    [
        # Telex tone keys
        ("s", "tieesng", "tiếng"), ("f", "nhaf", "nhà"), ("r", "nhor", "nhỏ"), ("x", "maix", "mãi"), ("j", "hocj", "học"),
        # Telex vowel keys
        ("aa", "caan", "cân"), ("aw", "cawts", "cắt"), ("ee", "leen", "lên"), ("oo", "toos", "tố"),
        ("ow", "mowis", "mới"), ("uw", "tuwf", "từ"), ("w", "nhwng", "nhưng"), ("dd", "ddi", "đi"),
        # VNI digits
        ("1", "ba1o", "báo"), ("2", "lam2", "làm"), ("3", "ho3i", "hỏi"), ("4", "ngu4", "ngũ"), ("5", "ha5t", "hạt"),
        ("6", "vie65t", "việt"), ("7", "tru7o7ng2", "trường"), ("8", "na8m", "năm"), ("9", "d9i", "đi"),
    ],
)
def test_every_telex_and_vni_key(pack, key, slip, word):
    assert residue(pack, f"Bà cụ kể {slip} cho cả nhà nghe.") == [(slip, word)]


@pytest.mark.parametrize(
    "slip", ["hocj", "vieecj", "ddoongf", "chuyeenr", "vie65t", "nguwowif"])
def test_the_slips_found_before_are_still_found(pack, slip):
    assert [f for f, _ in residue(pack, f"Ông nói {slip} là đúng.")] == [slip]
    assert [f for f, _ in residue(pack, slip)] == [slip]  # these need no context


@pytest.mark.parametrize(
    "text",
    [
        "Ngân hàng Goldman Sachs dự báo giá vàng tăng.",           # a name
        "Ông cho biết ngân hàng goldman sachs đã rút vốn.",         # lower case, but among foreign words
        "Ông nói: “The tots were happy at home.”",                  # an English sentence
        "Bà kể: the tots were happy, and the cups were full.",      # English without quotation marks
        "“We sold five cups and two sets,” ông nói.",               # English quote next to Vietnamese
        "Anh thích đi bus và taxi, còn chị dùng bình gas mini.",    # loanwords
        "Quán bar, nhà hàng và karaoke phải đóng cửa.",
        "Tuổi teen thích áo vest và giày boots.",
        "Bộ test nhanh được bán ở nhà thuốc; kết quả post lên mạng.",
        "Mỗi ngày có nhiều tips và sets đồ được chia sẻ.",           # plurals of English look-alikes
        "Tin nhắn bị seen mà chưa trả lời; cô ấy là bias của hội moms.",  # slang of lifestyle pages
        "Ô tô Audi A6 và Mazda CX5 được giảm giá.",                 # product codes
        "Số 12 bis Nguyễn Du, quận 1.",
        "Căn nhà số 5 cho biết, tổng thống Moon Jae-in nói.",       # a capitalised word with a vowel key
        "Điện thoại có chip A15 và màn hình 6.1 inch.",
        "Lượng khí co2, so2 và no2 thải ra tăng mạnh.",            # chemical formulas in lower case
    ],
)
def test_no_false_alarm_on_english_words_names_loanwords_or_codes(pack, text):
    assert residue(pack, text) == []


def test_a_desk_can_keep_its_own_loanwords(pack, tmp_path):
    path = tmp_path / "desk.toml"
    path.write_text('extends = "vi-newsroom"\n[rules.VN-O07]\nparams = { keep = ["Hats"] }\n', encoding="utf-8")
    desk = load_pack(str(path))
    assert residue(desk, "Cô ấy ca hats rất hay.") == []
    assert residue(desk, "Em mua quyển sachs mới.") == [("sachs", "sách")]


def test_an_english_sentence_in_a_vietnamese_article_is_not_residue(pack):
    article = Article(language="vi", headline="Tỷ phú chia sẻ bí quyết", body=[
        Block(text="Ông nói với phóng viên: Most posts and sets were lost, but the tots are safe."),
        Block(text="Ông giải thichs thêm rằng mọi thứ đều ổn."),
    ])
    found = [(f.block, f.text) for f in check_article(article, pack) if f.rule == "VN-O07"]
    assert found == [(1, "thichs")]


def test_the_replacement_is_offered_for_review_and_never_applied_unattended(pack):
    article = Article(language="vi", body=[Block(text="Em mua quyển sachs mới.")])
    found = check_article(article, pack)
    finding = next(f for f in found if f.rule == "VN-O07")
    assert finding.severity == "warning" and finding.replacements == ("sách",) and not finding.safe_fix
    fixed, _ = apply_safe_fixes(article, found)
    assert fixed.body[0].text == "Em mua quyển sachs mới."


def test_the_replacement_follows_the_house_tone_style(tmp_path):
    path = tmp_path / "desk.toml"
    path.write_text('extends = "vi-newsroom"\n[settings]\ntone_placement = "main_vowel"\n', encoding="utf-8")
    desk = load_pack(str(path))
    assert residue(desk, "Hai bên hoa2 nhau.") == [("hoa2", "hoà")]


@pytest.mark.parametrize(
    ("raw", "tier"),
    [("vieejt", SURE), ("hocj", SURE), ("vie65t", SURE), ("nhwng", SURE), ("sachs", CONTEXT), ("nhaf", CONTEXT),
     ("leen", CONTEXT), ("lam2", CONTEXT)],
)
def test_tiers(raw, tier):
    assert ime_decode(raw)[1] == tier


def test_context_tier_needs_a_lower_case_word_that_is_no_loanword():
    assert ime_decode("Sachs") is None and ime_decode("Moon") is None and ime_decode("Lam2") is None
    for loanword in ("bus", "gas", "bar", "teen", "vest", "test", "boots", "sets", "tips", "hits"):
        assert ime_decode(loanword) is None, loanword
    assert ime_residue("sachs") is None  # the keys alone do not tell; the checker looks at the words around
