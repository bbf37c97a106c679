"""Legacy charsets (VN-U02): VNI and TCVN3 read as Latin-1, and VIQR."""

from __future__ import annotations

import unicodedata

import pytest

from editor.model.vietnamese import convert_legacy, detect_legacy
from editor.model.vietnamese.legacy import TCVN3

# (legacy paragraph, encoding, Unicode paragraph). Sentences written for these tests.
SAMPLES = [
    ("Vieät Nam", "vni", "Việt Nam"),
    ("Tröôøng Ñaïi hoïc Quoác gia Haø Noäi toå chöùc leã khai giaûng.", "vni",
     "Trường Đại học Quốc gia Hà Nội tổ chức lễ khai giảng."),
    ("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "vni", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
    ("ÑAÏI HOÄI ÑAÛNG", "vni", "ĐẠI HỘI ĐẢNG"),
    ("Chuùng toâi ñi hoïc baèng xe ñaïp, ngaøy naøo cuõng vaäy.", "vni",
     "Chúng tôi đi học bằng xe đạp, ngày nào cũng vậy."),
    ("ViÖt Nam", "tcvn3", "Việt Nam"),
    ("Céng hoµ x· héi chñ nghÜa ViÖt Nam", "tcvn3", "Cộng hoà xã hội chủ nghĩa Việt Nam"),
    ("§éc lËp - Tù do - H¹nh phóc", "tcvn3", "Độc lập - Tự do - Hạnh phúc"),
    ("Tr\u00adêng §¹i häc Quèc gia Hµ Néi tæ chøc lÔ khai gi¶ng.", "tcvn3",
     "Trường Đại học Quốc gia Hà Nội tổ chức lễ khai giảng."),
    ("Vie^.t Nam", "viqr", "Việt Nam"),
    ("Tru+o+`ng DDa.i ho.c Quo^'c gia Ha` No^.i to^? chu+'c le^~ khai gia?ng.", "viqr",
     "Trường Đại học Quốc gia Hà Nội tổ chức lễ khai giảng."),
    ("Co^.ng ho`a xa~ ho^.i chu? nghi~a Vie^.t Nam.", "viqr", "Cộng hòa xã hội chủ nghĩa Việt Nam."),
    # A final "." is the full stop; "cho+.." is chợ followed by one.
    ("Anh a^'y no'i: ca? nha` ddi cho+.. Ho^m nay ddi.", "viqr", "Anh ấy nói: cả nhà đi chợ. Hôm nay đi."),
]


@pytest.mark.parametrize(("legacy", "encoding", "unicode"), SAMPLES)
def test_detect_and_convert(legacy, encoding, unicode):
    assert detect_legacy(legacy) == encoding
    converted = convert_legacy(legacy, encoding)
    assert converted == unicode
    assert unicodedata.is_normalized("NFC", converted)


@pytest.mark.parametrize(
    "text",
    [
        "Việt Nam", "Trường Đại học Quốc gia Hà Nội tổ chức lễ khai giảng.", "Cà phê và bánh mì",
        "Hoà bình, khoẻ mạnh, thuỷ lợi: toàn dân.", "Ðại hội", "Kon Tum, Đắk Lắk",
        "Il est né à Paris, où il a vécu toute sa vie. Où est-il? Déjà vu.",
        "Die Bäume im Garten sind schön, und das Öl ist teuer. Österreich, Müller, Straße.",
        "Façade, naïve, Noël, Raphaël, Loïc, coïncidence, héroïne.", "São Paulo e Brasília são cidades; João, Camões.",
        "Señor José Núñez habló con Muñoz en La Coruña.",
        "The quick brown fox? It's 9 a.m. in the U.S. I'm here. Don't worry, e.g. i.e. etc.",
        "Toi dang o Ha Noi.", "what? no. ok", "int a = b^c; x+=1; if (a) {}", "Use a~b and c`d, C++ and x^2.",
        "Æsir, Ørsted, Þór, Ålborg, ½ price, 10 µm, © 2024, § 3, ¶ 2.", "",
    ],
)
def test_no_false_alarm(text):
    assert detect_legacy(text) is None


def test_tcvn3_table_covers_every_lower_case_toned_vowel():
    targets = set(TCVN3.values())
    for letter in "aăâeêioôơuưy":
        for mark in ("\u0300", "\u0301", "\u0309", "\u0303", "\u0323"):
            assert unicodedata.normalize("NFC", letter + mark) in targets
    assert len(set(TCVN3)) == len(TCVN3)


def test_unknown_encoding_is_one_clear_sentence():
    with pytest.raises(ValueError, match="Unknown legacy encoding 'viscii'"):
        convert_legacy("abc", "viscii")


def test_real_corpus_paragraphs_are_not_legacy(corpus):
    import json

    for path in sorted((corpus / "vi").glob("*.json")) + sorted((corpus / "en").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for key in ("title", "abstract", "body"):
            text = unicodedata.normalize("NFC", data.get(key) or "")
            for paragraph in [text, *text.split(". ")]:
                assert detect_legacy(paragraph) is None, (path.name, key)
