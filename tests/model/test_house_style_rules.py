"""Seeded slips: for every vi-newsroom rule, a bad example that fires (rule, offsets, text,
replacement, safety) and a good example that does not."""

from __future__ import annotations

import pytest

from editor.model.article import Article, Block
from editor.model.house_style import Finding, check_article, load_pack


@pytest.fixture(scope="module")
def pack():
    return load_pack("vi-newsroom")


def article_with(field: str, text: str) -> Article:
    """A small article holding ``text`` in ``field`` (signed off, so VN-S03 stays quiet)."""
    article = Article(language="vi")
    article.byline.signoff = "BT"
    if field == "body":
        article.body = [Block(text=text)]
    else:
        setattr(article, field, text)
    return article


def located_text(article: Article, f: Finding) -> str:
    if f.field == "body":
        return article.body[f.block].text[f.start:f.end]
    return getattr(article, f.field)[f.start:f.end]


def findings_of(pack, article: Article, rule: str) -> list[Finding]:
    found = [f for f in check_article(article, pack) if f.rule == rule]
    for f in found:
        assert located_text(article, f) == f.text
        assert f.message and "{" not in f.message
    return found


# (rule, field, text, flagged text, first replacement or None, safe_fix)
BAD = [
 ("VN-U03", "body", "Ðại hội Đảng toàn quốc", "Ðại", "Đại", True),
 ("VN-U04", "body", "công tác dân\u200bvận", "\u200b", " ", True),
 ("VN-U04", "body", "Hà Nội\u200b.", "\u200b", "", True),
 ("VN-U05", "body", "tại Hà\u00a0Nội hôm qua", "\u00a0", " ", True),
 ("VN-U06", "body", "Việt Nаm hôm nay", "Nаm", "Nam", True),
 ("VN-P01", "body", "phù hợp.  Lực lượng", "  ", " ", True),
 ("VN-P02", "body", "trao tặng. ", " ", "", True),
 ("VN-P03", "body", "Có vui không ?", " ", "", True),
 ("VN-P04", "body", "Hà Nội,ngày 11/3", ",", ", ", True),
 ("VN-P05", "body", "phong trào “ Dân vận khéo” đã", " ", "", True),
 ("VN-P06", "body", 'phong trào "Dân vận khéo" đã', '"Dân vận khéo"', "“Dân vận khéo”", True),
 ("VN-P07", "body", "Cứ thế đó.... rồi thôi", "....", "…", True),
 ("VN-P08", "body", "ngày 15 - 17/9 tại Hà Nội", " - ", "–", False),
 ("VN-P08", "body", "chiếc áo tôn dáng - điều ai cũng muốn", " - ", " – ", False),
 ("VN-P09", "headline", "Nâng cao hiệu quả công tác dân vận.", ".", "", True),
 ("VN-O01", "body", "có thành tich xuất sắc", "tich", "tích", False),
 ("VN-O02", "body", "lực lựơng công an", "lựơng", "lượng", True),
 ("VN-O03", "body", "hóà giải", "hóà", None, False),
 ("VN-O04", "body", "nghiêng ngiêng ngả", "ngiêng", "nghiêng", True),
 ("VN-O05", "body", "những nguời dân", "nguời", "người", True),
 ("VN-O06", "body", "Anh viết: Toi dang o Ha Noi nhé", "Toi dang o Ha Noi", None, False),
 ("VN-O07", "body", "tên nước vieejt nam", "vieejt", "việt", False),
 ("VN-O08", "body", "một việc quí giá", "quí", "quý", True),
 ("VN-T01", "body", "theo hướng xã hội hoá rộng", "hoá", "hóa", True),
 ("VN-T03", "body", "Đại diện Uỷ ban Trung ương Mặt trận Tổ quốc Việt Nam dự", "Uỷ ban Trung ương Mặt trận Tổ quốc Việt Nam", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", True),
 ("VN-C01", "body", "Sức lan tỏa lớn. có sức hút", "có", "Có", True),
 ("VN-C02", "body", "Dự có đồng chí Trương thị Mai và nhiều người", "Trương thị Mai", "Trương Thị Mai", False),
 ("VN-C03", "body", "phối hợp với Ban dân vận Trung ương tổ chức", "Ban dân vận Trung ương", "Ban Dân vận Trung ương", True),
 ("VN-C04", "body", "Phát biểu, Trưởng ban Dân vận Trung ương cho biết", "Trưởng ban Dân vận Trung ương", "Trưởng Ban Dân vận Trung ương", False),
 ("VN-C05", "body", "thực hiện các Nghị quyết, Chỉ thị của Đảng", "Nghị quyết", "nghị quyết", False),
 ("VN-C06", "body", "Đoàn công tác đến Tỉnh Nam Định làm việc", "Tỉnh", "tỉnh", True),
 ("VN-C06", "body", "người dân thành phố Hồ Chí Minh", "thành phố Hồ Chí Minh", "Thành phố Hồ Chí Minh", True),
 ("VN-C06", "body", "tập trung ở quận 1 và quận 3", "quận", "Quận", True),
 ("VN-C06", "body", "các tỉnh, thành phố trực thuộc Trung ương", "Trung ương", "trung ương", True),
 ("VN-C07", "body", "theo quy định tại Khoản 2 Điều 103", "Khoản", "khoản", True),
 ("VN-C07", "body", "theo quy định tại điều 5 của luật", "điều", "Điều", True),
 ("VN-C08", "body", "du khách đến Vịnh Hạ Long rất đông", "Vịnh", "vịnh", False),
 ("VN-C10", "headline", "NÂNG CAO HIỆU QUẢ CÔNG TÁC DÂN VẬN", "NÂNG CAO HIỆU QUẢ CÔNG TÁC DÂN VẬN", "Nâng cao hiệu quả công tác dân vận", False),
 ("VN-C10", "headline", "Nâng Cao Hiệu Quả Công Tác Dân Vận", "Nâng Cao Hiệu Quả Công Tác Dân Vận",
  "Nâng cao hiệu quả công tác dân vận", False),
 ("VN-C11", "body", "mối quan hệ giữa Đảng và nhân dân", "nhân dân", "Nhân dân", False),
 ("VN-A02", "body", "nhiều DN tại Tp HCM", "Tp HCM", "TP.HCM", True),
 ("VN-A02", "body", "nhiều DN tại Tp HCM", "DN", "doanh nghiệp", True),
 ("VN-A03", "headline", "Toàn dân bảo vệ ANTQ", "ANTQ", None, False),
 ("VN-D01", "body", "hôm 12/03/2019 tại Hà Nội", "12/03/2019", "12/3/2019", True),
 ("VN-D02", "body", "Cập nhật Thứ 3, 12/3/2019", "Thứ 3", "Thứ Ba", True),
 ("VN-D02", "body", "Thứ bảy, ngày 25/9/2021 trời mưa", "Thứ bảy", "Thứ Bảy", True),
 ("VN-D03", "body", "hạn chót là 31/4/2019 nhé", "31/4/2019", None, False),
 ("VN-D03", "body", "Thứ Hai, 12/3/2019 đã họp", "Thứ Hai, 12/3/2019", None, False),
 ("VN-D05", "body", "Chiều ngày 11/3, tại Hà Nội", "Chiều ngày", "Chiều", True),
 ("VN-D06", "body", "giá 1,000,000 đồng mỗi", "1,000,000", "1.000.000", True),
 ("VN-D06", "body", "tăng 3.5% so với", "3.5", "3,5", True),
 ("VN-D07", "body", "cách đó 5km về phía", "5km", "5 km", True),
 ("VN-D07", "body", "tăng 30 % so với", " ", "", True),
 ("VN-D08", "body", "thiệt hại 5.000.000.000 đồng", "5.000.000.000 đồng", "5 tỷ đồng", False),
 ("VN-S01", "lede", "(ANTV) -\u00a0Chiều 11/3, tại Hà Nội, hội nghị diễn ra.", "(ANTV) -\u00a0", "(ANTV) – ", True),
 ("VN-S04", "body", "Chia sẻ lên facebook In bài Gửi cho bạn bè", "Chia sẻ lên facebook In bài Gửi cho bạn bè", "", False),
 ("VN-S04", "body", "Cập nhật: 10:27, Thứ 3, 12/03/2019", "Cập nhật: 10:27, Thứ 3, 12/03/2019", "", False),
 ("VN-S07", "body", "Thời gian tới, nhiệm vụ đặt ra cho công tác bảo vệ an ninh thời gian tới rất nặng nề.", "thời gian tới", None, False),
 ("VN-S08", "body", "mua laptop mới", "laptop", "máy tính xách tay", False),
]
GOOD = [
 ("VN-U03", "body", "Đại hội Đảng; cầu thủ Guðmundsson"),
 ("VN-U04", "body", "gia đình 👨\u200d👩\u200d👧 vui vẻ"),
 ("VN-U05", "body", "dài 5\u00a0km và rộng"),
 ("VN-U06", "body", "Việt Nam và Москва"),
 ("VN-P01", "body", "phù hợp. Lực lượng"),
 ("VN-P02", "body", "trao tặng."),
 ("VN-P03", "body", "Có vui không? Vui… và rồi ..."),
 ("VN-P04", "body", "1.000 người, 3,5%, lúc 10:27 tại TP.HCM; xem www.antv.gov.vn, thư bt@antv.vn, ông Nguyễn V.A và v.v."),
 ("VN-P05", "body", "phong trào “Dân vận khéo” (ANTV)"),
 ("VN-P06", "body", "phong trào “Dân vận khéo” và ‘nhỏ’"),
 ("VN-P07", "body", "Thật ư?! Rồi sao…"),
 ("VN-P08", "body", "ngày 15–17/9 trên cao tốc Cam Lộ - La Sơn, giao hữu Việt - Lào"),
 ("VN-P09", "headline", "Nâng cao hiệu quả công tác dân vận"),
 ("VN-O01", "body", "thành tích xuất sắc; nhóm chat và top 10"),
 ("VN-O02", "body", "lực lượng công an"),
 ("VN-O04", "body", "nghiêng ngả; Bắc Kạn; Mê Kông"),
 ("VN-O05", "body", "những người dân; Younis; Hamas"),
 ("VN-O06", "body", "trao giấy khen cho anh Phan Quốc Huy"),
 ("VN-O07", "body", "đi bus và taxi"),
 ("VN-O08", "body", "quý giá; ông Lí Văn Sỹ"),
 ("VN-T01", "body", "xã hội hóa; hòa giải; thủy sản; hoàn thành"),
 ("VN-T03", "body", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"),
 ("VN-C01", "body", "Nhà ở TP. Hồ Chí Minh, v.v. và “Có vui không?” anh hỏi. Xem… rồi đi."),
 ("VN-C02", "body", "đồng chí Trương Thị Mai; ông Hùng thanh tra Sở"),
 ("VN-C03", "body", "Ban Dân vận Trung ương; các ban chỉ đạo địa phương"),
 ("VN-C04", "body", "Trưởng Ban Dân vận Trung ương"),
 ("VN-C05", "body", "Nghị quyết số 22 và Luật Tổ chức Quốc hội; Luật sư Minh"),
 ("VN-C06", "body", "tỉnh Nam Định; Thành phố Hồ Chí Minh; Quận 1; Tỉnh ủy Nam Định; trực thuộc trung ương"),
 ("VN-C07", "body", "điểm a khoản 2 Điều 103"),
 ("VN-C08", "body", "vịnh Hạ Long; huyện Núi Thành; chợ Bến Thành"),
 ("VN-C10", "headline", "Nâng cao hiệu quả công tác dân vận ở Hà Nội"),
 ("VN-C11", "body", "Đảng và Nhân dân; lực lượng Công an nhân dân"),
 ("VN-A02", "body", "doanh nghiệp tại TP.HCM"),
 ("VN-A03", "headline", "Tăng trưởng GDP tại TP.HCM"),
 ("VN-D01", "body", "hôm 12/3/2019 và 11/3; tỷ lệ 1/2; 24/7"),
 ("VN-D02", "body", "lần thứ 3 và Thứ Ba, 12/3/2019"),
 ("VN-D03", "body", "Thứ Ba, 12/3/2019 và 29/2/2024"),
 ("VN-D05", "body", "Chiều 11/3, tại Hà Nội"),
 ("VN-D06", "body", "1.000.000 đồng; 3,5%; 38,5%"),
 ("VN-D07", "body", "5 km; 30%; mạng 5G; U23"),
 ("VN-D08", "body", "5 tỷ đồng; 13.479 lượt; 1.234.567 đồng"),
 ("VN-S01", "lede", "(ANTV) – Chiều 11/3, tại Hà Nội, hội nghị diễn ra."),
 ("VN-S04", "body", "Chia sẻ kinh nghiệm phòng cháy tại khu dân cư."),
 ("VN-S07", "body", "Thời gian tới, nhiệm vụ đặt ra rất nặng nề."),
 ("VN-S08", "body", "máy tính xách tay mới"),
]


@pytest.mark.parametrize("rule, field, text, flagged, replacement, safe", BAD,
                         ids=[f"{b[0]}-{i}" for i, b in enumerate(BAD)])
def test_a_seeded_slip_is_found(pack, rule, field, text, flagged, replacement, safe):
    article = article_with(field, text)
    found = findings_of(pack, article, rule)
    match = [f for f in found if f.text == flagged]
    assert match, f"{rule} did not flag {flagged!r} in {text!r}: {found}"
    f = match[0]
    assert f.field == field and (f.block == 0 if field == "body" else f.block is None)
    assert text[f.start:f.end] == flagged
    if replacement is not None:
        assert f.replacements[0] == replacement
    assert f.safe_fix is safe
    assert f.severity == pack.rule(rule).severity


@pytest.mark.parametrize("rule, field, text", GOOD, ids=[f"{g[0]}-{i}" for i, g in enumerate(GOOD)])
def test_good_copy_is_left_alone(pack, rule, field, text):
    assert findings_of(pack, article_with(field, text), rule) == []


def test_a_sentence_case_suggestion_keeps_the_names_the_story_uses(pack):
    article = Article(language="vi", headline="BỘ CÔNG AN TỔ CHỨC HỘI NGHỊ TẠI HÀ NỘI")
    article.body = [Block(text="Hôm qua, tại Hà Nội, hội nghị diễn ra.")]
    found = findings_of(pack, article, "VN-C10")
    assert [f.replacements[0] for f in found] == ["Bộ Công an tổ chức hội nghị tại Hà Nội"]
