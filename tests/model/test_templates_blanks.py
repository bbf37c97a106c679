"""The built-in templates against their own pack: left as they are, only their blanks (and the
empty sign-off) are reported; filled in with plausible copy, they raise no error and no warning."""

from __future__ import annotations

from collections import Counter

import pytest

from editor.model import article_file
from editor.model.article import Article
from editor.model.house_style import article_fields, check_article, default_pack_for, load_pack
from editor.model.house_style.fields import set_field_text
from editor.model.house_style.fixes import shift_marks
from editor.model.house_style.rules.blanks import blank_spans
from editor.model.templates import list_templates
from editor.resources import resource_path

TEMPLATES = list_templates(resource_path("templates", "articles"), builtin=True)

# What a reporter writes in each blank; a list is used in turn for the blank's successive
# occurrences (the two “[[số]]” of the awards paragraph, the interview's answers).
FILL = {
    "vi": {
        "[[Tiêu đề: sự việc chính, viết gọn, không quá 110 ký tự]]": "Hà Nội thông xe cầu vượt nút giao Mai Dịch",
        "[[ngày/tháng]]": "11/3",
        "[[địa điểm]]": "Hà Nội",
        "[[cơ quan, đơn vị]]": "Sở Giao thông vận tải",
        "[[đã làm gì, kết quả chính]]": "đã thông xe cầu vượt nút giao Mai Dịch, sớm hơn kế hoạch hai tháng",
        "[[Đoạn 1: diễn biến chính và số liệu quan trọng nhất. Mỗi đoạn hai, ba câu; tin ngắn khoảng "
        "150–300 chữ.]]": "Cây cầu dài 420 m, rộng 9 m, được xây dựng trong 18 tháng với tổng vốn 560 tỷ đồng. "
                          "Mỗi ngày có khoảng 20.000 lượt xe đi qua nút giao này.",
        "[[Đoạn 2: thông tin bổ sung – bối cảnh, nguyên nhân hoặc ý kiến của người có trách nhiệm, ghi rõ "
        "họ tên, chức vụ.]]": "Theo ông Nguyễn Văn An, Giám đốc Sở Giao thông vận tải, công trình sẽ giảm "
                              "ùn tắc ở cửa ngõ phía tây thành phố.",
        "[[Hội nghị sơ kết, tổng kết…]]": "Hội nghị tổng kết",
        "[[Tiêu đề: kết quả hoặc thông điệp chính của hội nghị]]": "Nâng cao hiệu quả công tác phòng cháy, "
                                                                   "chữa cháy",
        "[[Sáng/Chiều]]": "Chiều",
        "[[cơ quan chủ trì]]": "Công an thành phố Hà Nội",
        "[[tên hội nghị]]": "hội nghị tổng kết công tác phòng cháy, chữa cháy năm 2024",
        "[[họ tên]]": "Nguyễn Văn An",
        "[[chức vụ]]": "Phó Giám đốc Công an thành phố",
        "[[kết quả nổi bật trong kỳ, kèm số liệu cụ thể]]": "trong năm qua, lực lượng chức năng đã kiểm tra "
                                                             "hơn 12.000 cơ sở và khắc phục 3.500 vi phạm",
        "[[Những tồn tại, hạn chế được chỉ ra và nguyên nhân.]]": "Tuy vậy, một số cơ sở vẫn chưa chấp hành "
                                                                  "nghiêm quy định vì thiếu kinh phí.",
        "[[Tít phụ: nhiệm vụ thời gian tới]]": "Nhiệm vụ năm 2025",
        "[[kết quả đạt được]]": "những kết quả đạt được",
        "[[các đơn vị]]": "các đơn vị",
        "[[nhiệm vụ trọng tâm]]": "tuyên truyền, hướng dẫn người dân",
        "[[Trích nguyên văn câu nói quan trọng nhất của người chủ trì.]]": "Phòng cháy là việc của mỗi "
                                                                          "người dân.",
        "[[cấp khen thưởng]]": "Giám đốc Công an thành phố",
        "[[Bằng khen/Giấy khen]]": "Giấy khen",
        "[[số]]": ["12", "25"],
        "[[lĩnh vực]]": "công tác phòng cháy, chữa cháy",
        "[[Họ tên]]": "Nguyễn Văn An",
        "[[Chức vụ]]": "Phó Giám đốc Công an thành phố",
        "[[Ý kiến tham luận, thuật lại gián tiếp]]": "Các quận cần kiểm tra thường xuyên khu nhà trọ.",
        "[[Tên tập thể]]": "Phòng Cảnh sát phòng cháy, chữa cháy",
        "[[Bộ trưởng Bộ …]]": "Bộ trưởng Bộ Công an",
        "[[Họ tên, chức vụ, đơn vị]]": "Trung tá Lê Thị Hoa, Đội trưởng, Công an quận Ba Đình",
        "[[Thủ trưởng đơn vị]]": "Giám đốc Công an thành phố",
        "[[Phỏng vấn]]": "Phỏng vấn",
        "[[Tiêu đề: ý chính nhân vật nói, có thể là một trích dẫn ngắn]]": "Cần thêm giáo viên cho vùng khó khăn",
        "[[Bối cảnh: vì sao vấn đề đáng quan tâm lúc này.]]": "Năm học mới đã bắt đầu nhưng nhiều trường "
                                                               "vẫn thiếu giáo viên.",
        "[[ông/bà]]": "ông",
        "[[Ông/Bà]]": "Ông",
        "[[chức vụ, đơn vị]]": "Thứ trưởng Bộ Giáo dục và Đào tạo",
        "[[hỏi thẳng vào vấn đề chính]]": "vì sao nhiều trường vẫn thiếu giáo viên",
        "[[tên]]": "Nguyễn Văn An",
        "[[Trả lời. Giữ đúng lời nhân vật; chỉ biên tập câu chữ cho gọn, không đổi ý.]]":
            "Lương thấp nên nhiều giáo viên trẻ rời vùng khó khăn về thành phố.",
        "[[Câu hỏi thứ hai – đào sâu một số liệu hoặc một chi tiết nhân vật vừa nêu]]":
            "Năm ngoái có bao nhiêu giáo viên nghỉ việc",
        "[[Câu hỏi cuối – giải pháp, kiến nghị hoặc thông điệp gửi bạn đọc]]": "Bộ sẽ làm gì để giữ chân họ",
        "[[Trả lời.]]": ["Khoảng 9.000 người, phần lớn ở miền núi phía Bắc.",
                         "Chúng tôi sẽ đề xuất tăng phụ cấp và xây nhà công vụ."],
    },
    "en": {
        "[[Headline: what happened, in under 110 characters]]": "City council approves new flood barriers",
        "[[Who]]": "The city council",
        "[[did what]]": "approved new flood barriers",
        "[[place]]": "Hanoi",
        "[[day]]": "Tuesday",
        "[[the main result or consequence]]": "ending a year of debate",
        "[[Paragraph 1: how it unfolded and the most important figure. Two or three sentences a paragraph; a "
        "brief runs 150–300 words.]]": "The barriers will protect 12,000 homes along the river. Work begins "
                                       "in May and should take two years.",
        "[[Paragraph 2: background, cause or a comment from someone responsible, with full name and "
        "title.]]": "The plan followed the floods of 2023, said Nguyen Van An, the council's deputy chairman.",
        "[[Annual review conference]]": "Annual review",
        "[[Headline: the main outcome or message of the event]]": "Ministry sets new targets for rural schools",
        "[[Organiser]]": "The Ministry of Education",
        "[[name of the event]]": "its annual review conference",
        "[[Name]]": "Tran Minh Duc",
        "[[name]]": "Tran Minh Duc",
        "[[title]]": "the deputy minister",
        "[[main results, with figures]]": "120 new classrooms were built last year",
        "[[Shortcomings identified and their causes.]]": "Some provinces fell behind because funding came late.",
        "[[Subheading: tasks ahead]]": "Tasks ahead",
        "[[achievements]]": "the progress made",
        "[[units]]": "local departments",
        "[[priority tasks]]": "teacher training",
        "[[Quote the most important sentence of the main speaker, word for word.]]": "No child must be left "
                                                                                     "behind.",
        "[[awarding authority]]": "the minister",
        "[[certificates of merit]]": "certificates of merit",
        "[[number]]": ["12", "25"],
        "[[field]]": "education",
        "[[Full name]]": "Tran Minh Duc",
        "[[Title]]": "Deputy Minister",
        "[[A contribution, reported in indirect speech]]": "Provinces should share teachers more widely.",
        "[[Name of the group]]": "Hanoi Department of Education",
        "[[Minister of …]]": "Minister of Education",
        "[[Full name, title, unit]]": "Le Thi Hoa, teacher, Ba Dinh Primary School",
        "[[Head of unit]]": "Director of the Hanoi Department of Education",
        "[[Interview]]": "Interview",
        "[[Headline: the interviewee's main point, perhaps a short quote]]": "Schools need teachers more than "
                                                                             "buildings",
        "[[Context: why the subject matters now.]]": "Thousands of teaching posts are empty as the school year "
                                                     "begins.",
        "[[Outlet]]": "The Hanoi Desk",
        "[[full name]]": "Tran Minh Duc",
        "[[First question, straight to the main point]]": "Why are so many posts empty",
        "[[Surname]]": "Duc",
        "[[Answer. Keep the interviewee's words; tighten them, never change their meaning.]]":
            "Pay is low, so young teachers leave the mountains for the cities.",
        "[[Second question, following up a figure or detail from the last answer]]": "How many left last year",
        "[[Last question: solutions, recommendations or a message for readers]]": "What will the ministry do",
        "[[Answer.]]": ["About 9,000, most of them in the northern mountains.",
                        "We will propose higher allowances and build housing for teachers."],
    },
}
SIGNOFF = {"vi": "PV", "en": "AD"}


def fill_blanks(article: Article, fills: dict[str, str | list[str]], pack) -> list[str]:
    """Write plausible copy into every blank of ``article``; returns the blanks that had none."""
    used: Counter[str] = Counter()
    missing = []
    for ft in article_fields(article):
        text = ft.text
        spans = blank_spans(text, pack)
        values = []
        for start, end in spans:  # in reading order, so a list's first value goes to the first blank
            blank = text[start:end]
            fill = fills.get(blank)
            if fill is None:
                missing.append(blank)
                fill = blank
            elif isinstance(fill, list):
                fill = fill[used[blank] % len(fill)]
            used[blank] += 1
            values.append(fill)
        for (start, end), fill in reversed(list(zip(spans, values, strict=True))):
            text = text[:start] + fill + text[end:]
            if ft.field == "body":
                block = article.body[ft.block]
                block.marks = shift_marks(block.marks, start, end, len(fill))
        if spans:
            set_field_text(article, ft.field, ft.block, text)
    return missing


def template_ids() -> list[str]:
    return [t.key for t in TEMPLATES]


@pytest.fixture(params=TEMPLATES, ids=template_ids())
def template(request):
    article = article_file.load(request.param.path)
    return article, load_pack(default_pack_for(article.language))


def test_there_are_built_in_templates_in_both_languages():
    assert {t.language for t in TEMPLATES} == {"vi", "en"} and len(TEMPLATES) >= 6


def test_a_template_as_it_is_shows_its_blanks_and_nothing_else_of_its_own(template):
    article, pack = template
    blank_rule = "VN-S12" if article.language == "vi" else "EN-S12"
    found = check_article(article, pack)
    blanks = [f for f in found if f.rule == blank_rule]
    assert blanks and all(f.severity == "error" and f.text.startswith("[[") for f in blanks)
    others = [(f.rule, f.field, f.text) for f in found if f.rule != blank_rule]
    assert others == [(blank_rule[:2] + "-S03", "byline.signoff", "")], others  # only: nobody has signed yet


def test_a_template_filled_in_raises_no_error_and_no_warning(template):
    article, pack = template
    missing = fill_blanks(article, FILL[article.language], pack)
    assert missing == [], "write a plausible fill for these blanks"
    article.byline.authors = ["Minh Anh"]
    article.byline.signoff = SIGNOFF[article.language]
    found = [(f.rule, f.field, f.block, f.text, f.message) for f in check_article(article, pack)
             if f.severity in ("error", "warning")]
    assert found == []
    for block in article.body:
        assert all(0 <= m.start < m.end <= len(block.text) for m in block.marks)
