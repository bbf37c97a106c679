"""NITF 3.6 export: the structure an agency or CMS ingests.

No NITF 3.6 schema is available from PyPI or Debian, so the content model is asserted here:
the children each element we write may hold, in the order the standard fixes.
"""

from __future__ import annotations

from lxml import etree

from editor.model import article_file as af
from editor.model.article import Article, Block, Mark
from editor.resources import resource_path
from exports.nitf import NITF_NS, article_to_nitf, norm
from tests.exports.fixtures import png_bytes

N = {"n": NITF_NS}
# Element -> allowed children, in the standard's order (None: any order within the set).
ORDERED = {
    "nitf": ["head", "body"],
    "head": ["title", "meta", "tobject", "iim", "docdata", "pubdata", "revision-history"],
    "body": ["body.head", "body.content", "body.end"],
    "body.head": ["hedline", "note", "rights", "byline", "distributor", "dateline", "abstract", "series"],
    "hedline": ["hl1", "hl2"],
    "bq": ["block", "credit"],
    "media": ["media-metadata", "media-reference", "media-object", "media-caption", "media-producer"],
    "body.end": ["tagline", "bibliography"],
}
ANY_ORDER = {
    "docdata": {"correction", "ev-loc", "doc-id", "del-list", "urgency", "fixture", "date.issue", "date.release",
                "date.expire", "doc-scope", "series", "ed-msg", "du-key", "doc.copyright", "doc.rights", "key-list",
                "identified-content"},
    "key-list": {"keyword"},
    "identified-content": {"person", "org", "location", "event", "function", "object.title", "virtual-loc",
                           "classifier"},
    "body.content": {"p", "hl2", "table", "media", "ol", "ul", "dl", "bq", "fn", "note", "pre", "hr", "block"},
    "block": {"p", "hl2", "table", "media", "ol", "ul", "dl", "bq", "fn", "note", "pre", "hr"},
    "abstract": {"p", "hl2", "ol", "ul", "bq", "note"},
    "ul": {"li"},
    "byline": {"person", "byttl", "location", "virtual-loc"},
    "dateline": {"location", "story.date"},
    "location": {"sublocation", "city", "state", "region", "country", "alt-code"},
    "person": {"name.given", "name.family", "function", "alt-code"},
    "distributor": {"org"},
}
INLINE = {"em", "a", "br", "q", "person", "org", "location", "chron", "num", "money", "lang", "pronounce"}
for _tag in ("p", "li", "hl1", "hl2", "em", "a", "credit", "tagline", "media-caption", "media-producer", "title"):
    ANY_ORDER[_tag] = INLINE
EMPTY = {"meta", "doc-id", "date.issue", "doc.copyright", "keyword", "pubdata", "revision-history", "br",
         "media-reference"}


def local(el: etree._Element) -> str:
    return etree.QName(el).localname


def assert_content_model(root: etree._Element) -> None:
    """Every element is in the NITF namespace and holds only what NITF allows, in order."""
    for el in root.iter():
        assert etree.QName(el).namespace == NITF_NS, el.tag
        name, kids = local(el), [local(c) for c in el]
        if name in EMPTY:
            assert kids == [] and not (el.text or "").strip(), name
        elif name in ORDERED:
            order = ORDERED[name]
            assert all(k in order for k in kids), (name, kids)
            assert [order.index(k) for k in kids] == sorted(order.index(k) for k in kids), (name, kids)
            assert not (el.text or "").strip(), name
        elif name in ANY_ORDER:
            assert set(kids) <= ANY_ORDER[name], (name, kids)
        else:
            assert kids == [], f"{name} holds {kids}"


def sample(lang: str = "vi") -> Article:
    return af.load(resource_path("samples", f"sample-{lang}.article"))


def parse(article: Article, **kw) -> etree._Element:
    data = article_to_nitf(article, **kw)
    assert data.startswith(b"<?xml version='1.0' encoding='UTF-8'?>\n<nitf ")
    data.decode("utf-8")
    return etree.fromstring(data)


def text(el: etree._Element) -> str:
    return "".join(el.itertext())


def test_head_carries_title_id_dates_and_named_entities():
    a = sample()
    root = parse(a)
    assert_content_model(root)
    assert root.get("version") == "-//IPTC//DTD NITF 3.6//EN" and root.get("baselang") == "vi-VN"
    assert root.findtext("n:head/n:title", namespaces=N) == a.headline
    docdata = root.find("n:head/n:docdata", N)
    assert docdata.find("n:doc-id", N).get("id-string") == a.id
    assert docdata.find("n:date.issue", N).get("norm") == "20260312T184000+0700"
    assert [k.get("key") for k in docdata.iterfind("n:key-list/n:keyword", N)] == a.tags
    named = [(local(e), e.text) for e in docdata.find("n:identified-content", N)]
    assert named == [("location", None), ("person", "Nguyễn Văn Hòa"), ("org", "Công an phường Thành Công"),
                     ("person", "Trần Thị Thu Hà")]
    assert docdata.findtext("n:identified-content/n:person/n:function", namespaces=N) == a.quotes[0].role
    assert root.find("n:head/n:pubdata", N).get("position.section") == a.topic


def test_body_head_has_hedline_byline_dateline_and_abstract():
    a = sample()
    head = parse(a).find("n:body/n:body.head", N)
    assert head.findtext("n:hedline/n:hl1", namespaces=N) == a.headline
    assert head.findtext("n:hedline/n:hl2", namespaces=N) == a.kicker
    byline = head.find("n:byline", N)
    assert text(byline) == "Minh Thu - Đức Anh"
    assert [p.text for p in byline.iterfind("n:person", N)] == ["Minh Thu", "Đức Anh"]
    assert head.findtext("n:distributor/n:org", namespaces=N) == "ANTV"
    dateline = head.find("n:dateline", N)
    assert text(dateline) == "Hà Nội, Thứ Năm, 12/03/2026"
    assert dateline.find("n:story.date", N).get("norm") == "20260312T184000+0700"
    assert [text(p) for p in head.iterfind("n:abstract/n:p", N)] == [a.lede]


def test_body_content_and_end():
    a = sample()
    body = parse(a).find("n:body", N)
    content = body.find("n:body.content", N)
    assert [local(e) for e in content] == ["p", "p", "hl2", "p", "bq", "bq", "p", "p", "hl2", "ul"]
    paragraphs = [b.text for b in a.body if b.type == "paragraph"]
    assert [text(p) for p in content.iterfind("n:p", N)] == paragraphs
    assert content.find("n:p/n:em[@class='bold']", N).text == "Thiếu tướng Nguyễn Văn Hòa"
    pull, block = content.findall("n:bq", N)
    assert text(pull.find("n:block/n:p", N)) == a.quotes[0].text
    assert pull.findtext("n:credit", namespaces=N) == f"{a.quotes[0].speaker}, {a.quotes[0].role}"
    assert text(block.find("n:block/n:p", N)) == a.body[4].text and block.find(".//n:em[@class='italic']", N) is not None
    assert [text(h) for h in content.iterfind("n:hl2", N)] == ["Lấy người dân làm trung tâm", "Khen thưởng"]
    assert [text(li)[:25] for li in content.iterfind("n:ul/n:li", N)] == [
        "Công an phường Thành Công", "Trần Thị Thu Hà (cá nhân)"]
    assert body.findtext("n:body.end/n:tagline", namespaces=N) == "MT"


def test_english_sample():
    root = parse(sample("en"))
    assert_content_model(root)
    assert root.get("baselang") == "en-US"
    assert text(root.find(".//n:byline", N)) == "Minh Thu"
    assert text(root.find(".//n:dateline", N)) == "HANOI, Thursday, March 12, 2026"


def test_links_pictures_and_line_breaks(tmp_path):
    (tmp_path / "a.png").write_bytes(png_bytes())
    a = Article.new("en")
    a.headline = "Pictures"
    a.body = [
        Block(text="see this\x0bnext line", marks=[Mark(0, 3, "link", href="https://example.org/?a=1&b=2"),
                                                  Mark(4, 8, "link", href="javascript:alert(1)")]),
        Block(type="image", src="a.png", caption="Scene", credit="AD", alt="Fire engine"),
        Block(type="image", src="https://example.org/b.jpg", caption="Remote"),
    ]
    root = parse(a, base_dir=tmp_path)
    assert_content_model(root)
    p = root.find(".//n:body.content/n:p", N)
    assert [(x.get("href"), x.text) for x in p.iterfind("n:a", N)] == [("https://example.org/?a=1&b=2", "see")]
    assert text(p) == "see thisnext line" and p.find("n:br", N) is not None
    local_media, remote = root.findall(".//n:media", N)
    assert local_media.find("n:media-object", N) is None  # the picture is a file beside the XML
    reference = local_media.find("n:media-reference", N)
    assert reference.get("mime-type") == "image/png" and reference.get("alternate-text") == "Fire engine"
    assert reference.get("source") == "article-1.png"  # not the article's own path, which means nothing there
    assert local_media.findtext("n:media-caption", namespaces=N) == "Scene"
    assert local_media.findtext("n:media-producer", namespaces=N) == "AD"
    assert remote.find("n:media-reference", N).get("source") == "https://example.org/b.jpg"


def test_norm_dates():
    from datetime import date, datetime, timedelta, timezone

    assert norm(datetime(2019, 3, 12, 10, 27, tzinfo=timezone(timedelta(hours=7)))) == "20190312T102700+0700"
    assert norm(date(2019, 3, 12)) == "20190312" and norm(None) == ""
