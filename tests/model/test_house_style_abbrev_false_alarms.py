"""Issue 13, point 4: VN-A01/VN-A02 false alarms seen on real articles are gone, and the genuine
slips next to them are still found."""

from __future__ import annotations

import pytest

from editor.model.article import Article, Block
from editor.model.house_style import check_article, load_pack


@pytest.fixture(scope="module")
def pack():
    return load_pack("vi-newsroom")


def found(pack, *paragraphs: str) -> list[tuple[str, str]]:
    article = Article(language="vi", body=[Block(text=p) for p in paragraphs])
    return [(f.rule, f.text) for f in check_article(article, pack) if f.rule in ("VN-A01", "VN-A02")]


def flagged(pack, *paragraphs: str) -> set[str]:
    return {text for rule, text in found(pack, *paragraphs) if rule == "VN-A01"}


def test_codes_of_a_document_number_are_not_abbreviations(pack):
    got = flagged(pack, "Theo Nghị quyết 115/NQ-CP và Quyết định số 11/2017/QĐ-TTg của Thủ tướng, "
                        "Kết luận số 36-KL/TW, các PCTP sẽ bị xử lý.")
    assert got == {"PCTP"}


def test_licence_classes_after_hang_are_not_abbreviations(pack):
    got = flagged(pack, "Người học lái xe các hạng B, C1, C, D1, D2, D, BE, C1E, CE phải học lý thuyết. "
                        "Lực lượng CSGT sẽ kiểm tra.")
    assert got == {"CSGT"}
    assert not {"BE", "CE", "C1E"} & got


def test_a_company_name_is_not_an_abbreviation(pack):
    got = flagged(pack, "Tập đoàn DP World và Công ty TNHH MTV Sao Mai ký hợp tác; Ngân hàng SCB tài trợ. "
                        "Đại diện BQL dự án phát biểu.")
    assert got == {"BQL"}


@pytest.mark.parametrize("definition", ["(gọi tắt là BTC)", "(sau đây gọi là BTC)", "(sau đây gọi tắt là BTC)"])
def test_an_abbreviation_the_text_defines_counts_as_spelled_out(pack, definition):
    got = flagged(pack, f"Ban tổ chức giải chạy {definition} cho biết.", "BTC đã chuẩn bị 5.000 suất; BQL sân vận động đồng ý.")
    assert got == {"BQL"}


def test_the_definition_only_counts_from_where_it_is_written(pack):
    got = flagged(pack, "BTC thông báo lịch thi đấu.", "Ban tổ chức (gọi tắt là BTC) cho biết thêm.")
    assert "BTC" in got


def test_one_slip_is_one_finding(pack):
    got = found(pack, "Người dân TPHCM đón Tết; lực lượng CSGT điều tiết giao thông.")
    assert [f for f in got if f[1] == "TPHCM"] == [("VN-A02", "TPHCM")]
    assert ("VN-A01", "CSGT") in got


def test_house_table_form_is_left_to_vn_a01_when_vn_a02_is_off(tmp_path):
    path = tmp_path / "desk.toml"
    path.write_text('extends = "vi-newsroom"\n[rules.VN-A02]\nenabled = false\n', encoding="utf-8")
    got = found(load_pack(str(path)), "Người dân TPHCM đón Tết.")
    assert got == [("VN-A01", "TPHCM")]
