"""Stage 1, load: decoding bytes, refusing binary data, telling HTML from text, parsing safely."""

from __future__ import annotations

import codecs
import gzip
import io
import json
import random
import struct
import unicodedata
import zipfile
import zlib
from pathlib import Path

import pytest

from articleclean import InputError, extract
from articleclean.load import _compose_text, _compose_utf8, decode, detect_kind, load

# A page whose text has non-ASCII letters and curly quotes: they come out wrong under a wrong charset.
PAGE = (
    "<html><head><title>Caf\u00e9 news</title>{meta}</head><body><article>"
    "<h1>Caf\u00e9 news</h1>"
    "<p>The caf\u00e9 on the corner said \u201chello\u201d to everyone in town, then closed for the winter.</p>"
    "</article></body></html>"
)
SENTENCE = "The caf\u00e9 on the corner said \u201chello\u201d to everyone in town, then closed for the winter."


def page(meta: str = "") -> str:
    return PAGE.format(meta=meta)


def codec_name(name: str | None) -> str:
    assert name is not None
    return codecs.lookup(name).name


# --- decoding ---------------------------------------------------------------------------------


def test_utf8_without_bom():
    article = extract(page().encode("utf-8"))
    assert article.text == SENTENCE
    assert article.title == "Caf\u00e9 news"
    assert codec_name(article.encoding) == "utf-8"


@pytest.mark.parametrize("as_bytes", [True, False])
def test_decomposed_letters_are_composed(as_bytes: bool) -> None:
    # "e" and a combining acute accent for "é", as some editors save text: one letter after loading
    decomposed = page().replace("\u00e9", "e\u0301")
    article = extract(decomposed.encode("utf-8") if as_bytes else decomposed)
    assert article.text == SENTENCE
    assert article.title == "Caf\u00e9 news"


@pytest.mark.parametrize(
    "text",
    [
        "Cafe\u0301 and na\u0308ive",  # one mark on an ASCII letter
        "\u0301 a mark with no letter before it",
        "Vie\u0323\u0302t Nam",  # two marks on one letter: one composed letter
        "\u03b1\u0301\u03c1\u03c4\u03bf\u03c2",  # a mark on a two-byte letter (Greek)
        "x\u0301 has no composed form; \u0370 is a letter, not a mark",
        "u\u0308u\u0308u\u0308",  # runs back to back
    ],
)
def test_decomposed_letters_composed_from_utf8_as_the_whole_text_would_be(text: str) -> None:
    data = text.encode("utf-8")
    assert _compose_utf8(data).decode("utf-8") == unicodedata.normalize("NFC", text)
    # … and from text (a str given, or bytes that are not the parser's input as they are)
    assert _compose_text(text) == unicodedata.normalize("NFC", text)


def test_utf8_with_nothing_to_compose_comes_back_as_it_was() -> None:
    data = "x\u0301 and \u0370".encode()
    assert _compose_utf8(data) is data
    text = "x\u0301 and \u0370"
    assert _compose_text(text) is text


def test_a_page_holding_a_replacement_character_is_composed_too() -> None:
    # (a U+FFFD printed on the page makes its bytes no clean UTF-8 input: composed as text)
    decomposed = page().replace("\u00e9", "e\u0301").replace("</p>", " \ufffd</p>", 1)
    article = extract(decomposed.encode("utf-8"))
    assert article.title == "Caf\u00e9 news"


def test_utf8_with_bom_is_stripped():
    data = codecs.BOM_UTF8 + page().encode("utf-8")
    text, used = decode(data)
    assert not text.startswith("\ufeff")
    assert codec_name(used) == "utf-8"
    article = extract(data)
    assert article.text == SENTENCE
    assert "\ufeff" not in json.dumps(article.to_dict(), ensure_ascii=False)


def test_utf8_bom_wins_over_a_wrong_meta_declaration():
    data = codecs.BOM_UTF8 + page('<meta charset="windows-1252">').encode("utf-8")
    article = extract(data)
    assert article.text == SENTENCE
    assert codec_name(article.encoding) == "utf-8"


def test_windows_1252_page_with_meta_charset():
    data = page('<meta charset="windows-1252">').encode("cp1252")
    assert b"caf\xe9" in data and b"\x93hello\x94" in data  # really cp1252 bytes
    text, used = decode(data)
    assert "caf\u00e9" in text and "\u201chello\u201d" in text
    assert codec_name(used) == "cp1252"
    article = extract(data)
    assert article.text == SENTENCE
    assert article.title == "Caf\u00e9 news"
    assert codec_name(article.encoding) == "cp1252"
    assert article.to_dict()["encoding"] == article.encoding


def test_windows_1252_declared_by_http_equiv():
    meta = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
    article = extract(page(meta).encode("cp1252"))
    assert article.text == SENTENCE
    assert codec_name(article.encoding) == "cp1252"


@pytest.mark.parametrize("declared", ["iso-8859-1", "latin-1", "ISO-8859-1", "us-ascii"])
def test_latin1_and_ascii_declarations_decode_as_windows_1252(declared):
    # In real latin-1, 0x93/0x94 are C1 controls; browsers (and we) read them as cp1252 curly quotes.
    data = page(f'<meta charset="{declared}">').encode("cp1252")
    text, used = decode(data)
    assert "\u201chello\u201d" in text
    assert "\x93" not in text and "\x94" not in text
    assert codec_name(used) == "cp1252"
    assert extract(data).text == SENTENCE


def test_caller_encoding_wins_over_the_page_declaration():
    # The bytes are Cyrillic cp1251, but the page claims windows-1252.
    russian = "\u041f\u0440\u0438\u0432\u0435\u0442, \u043c\u0438\u0440! " * 4
    html = (
        '<html><head><meta charset="windows-1252"></head><body><article>'
        f"<p>{russian.strip()}</p></article></body></html>"
    )
    data = html.encode("cp1251")
    wrong = extract(data)
    assert "\u041f\u0440\u0438\u0432\u0435\u0442" not in wrong.text  # the page's own (wrong) claim
    right = extract(data, encoding="cp1251")
    assert right.text == russian.strip()
    assert codec_name(right.encoding) == "cp1251"


def test_caller_encoding_latin1_is_read_as_windows_1252():
    data = page('<meta charset="utf-8">').encode("cp1252")
    article = extract(data, encoding="latin-1")
    assert article.text == SENTENCE
    assert codec_name(article.encoding) == "cp1252"


def test_unknown_caller_encoding_falls_back_to_the_page_declaration():
    data = page('<meta charset="windows-1252">').encode("cp1252")
    article = extract(data, encoding="no-such-charset")
    assert article.text == SENTENCE
    assert codec_name(article.encoding) == "cp1252"


def test_utf16_with_bom():
    for codec in ("utf-16", "utf-16-be"):
        data = page().encode(codec)
        if codec == "utf-16-be":
            data = codecs.BOM_UTF16_BE + data
        article = extract(data)
        assert article.text == SENTENCE, codec
        assert codec_name(article.encoding).startswith("utf-16")


def test_utf16_le_without_bom():
    data = page().encode("utf-16-le")
    assert not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    text, used = decode(data)
    assert text == page()
    assert codec_name(used) == "utf-16-le"
    article = extract(data)
    assert article.text == SENTENCE
    assert article.title == "Caf\u00e9 news"


def test_utf16_be_without_bom():
    text, used = decode(page().encode("utf-16-be"))
    assert text == page()
    assert codec_name(used) == "utf-16-be"


def test_str_input_has_no_encoding():
    article = extract(page())
    assert article.text == SENTENCE
    assert article.encoding is None


@pytest.mark.parametrize("charset", ["windows-1252", "iso-8859-1", "shift_jis"])
def test_str_input_ignores_the_charset_its_markup_declares(charset):
    # A string is already text: a declaration left in its markup must not re-decode it.
    article = extract(page(f'<meta charset="{charset}">'))
    assert article.text == SENTENCE


# --- binary input -------------------------------------------------------------------------------


def _png() -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", 4, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00" + b"\xff\x00\x00" * 4)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


def _pdf() -> bytes:
    return (
        b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
        b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
    )


def _zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("index.html", "<html><body><p>Hello, world.</p></body></html>" * 20)
    return buf.getvalue()


def _gzip() -> bytes:
    return gzip.compress(b"<html><body><p>Hello, world. This is a page.</p></body></html>" * 20, mtime=0)


@pytest.mark.parametrize(
    ("data", "what"),
    [
        pytest.param(_png(), "png", id="png"),
        pytest.param(_pdf(), "pdf", id="pdf"),
        pytest.param(_zip(), "zip", id="zip"),
        pytest.param(_gzip(), "gzip", id="gzip"),
        pytest.param(random.Random(0).randbytes(4000), "binary", id="random"),
    ],
)
def test_binary_input_is_refused_with_a_message_saying_what_it_is(data, what):
    with pytest.raises(InputError) as info:
        extract(data)
    message = str(info.value).lower()
    assert what in message
    assert "binary" in message
    assert info.value.exit_status == 3


def test_binary_is_refused_even_with_a_caller_encoding():
    with pytest.raises(InputError, match="PNG"):
        extract(_png(), encoding="utf-8")


def test_nul_bytes_in_normal_text_are_dropped():
    html = (
        b"<html><body><article><p>Hello\x00 world, this is a perfectly normal para\x00graph.</p>"
        b"<p>A second\x00 paragraph follows, with a few more words in it.</p></article></body></html>"
    )
    article = extract(html)
    assert article.text == (
        "Hello world, this is a perfectly normal paragraph.\n\nA second paragraph follows, with a few more words in it."
    )
    assert "\x00" not in json.dumps(article.to_dict())


@pytest.mark.parametrize(
    ("charset", "bad"),
    [(c, b) for c in ("utf-8", "windows-1252", "iso-8859-2") for b in ("\x00", "\x0b", "\x1f")]
    + [("utf-8", "\ufffe"), ("utf-8", "\uffff")],  # (no spelling in an 8-bit charset)
)
def test_characters_xml_refuses_are_dropped_from_non_ascii_pages_in_any_charset(charset: str, bad: str):
    # Non-ASCII text decoded from UTF-8 or an 8-bit charset is checked on its bytes: the check
    # must see every kind of refused character the text check sees.
    page = f"<html><head><meta charset={charset}></head><body><p>Zoë{bad} and Chloé go on.</p></body></html>"
    doc = load(page.encode(charset))
    assert bad not in doc.text and "Zoë and Chloé go on." in doc.text
    assert load("<p>Zoë and Chloé go on.</p>".encode(charset), encoding=charset).text == "<p>Zoë and Chloé go on.</p>"


def test_nul_bytes_in_str_and_plain_text_are_dropped():
    article = extract("Plain text\x00 with a NUL byte inside, and more words after it.\nA second line here.")
    assert "\x00" not in article.text
    assert "Plain text with a NUL byte inside, and more words after it." in article.text
    doc = load("<p>a\x00b</p>")
    assert "\x00" not in doc.text


# --- html or text ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "markup",
    [
        "<!DOCTYPE html><html><body><p>Hi.</p></body></html>",
        "<p>Just a paragraph.</p>",
        "Some words before <div class='x'>a div</div>.",
        "  \n<article><h2>Heading</h2></article>",
        "I love <strong>bold</strong> claims.",
    ],
)
def test_detect_kind_html(markup):
    assert detect_kind(markup) == "html"
    assert load(markup).kind == "html"
    assert load(markup).tree is not None


@pytest.mark.parametrize(
    "plain",
    [
        "Just some text.\nAnother line of text follows here.",
        "Prices rose 5% to $3.20 on Monday, analysts said.",
        "Email me at jane@example.com -> I answer fast.",
        "Scores of <5 and >90 were rare; 3 < 4 is true.",
    ],
)
def test_detect_kind_text(plain):
    assert detect_kind(plain) == "text"
    doc = load(plain)
    assert doc.kind == "text"
    assert doc.tree is None


def test_plain_text_with_comparisons_is_text_and_loses_nothing():
    plain = "If a<b and b<c then a<c, which every student learns early in school.\nThe second line is here."
    assert detect_kind(plain) == "text"
    assert "which every student learns early in school." in extract(plain).text


def test_input_type_forcing():
    markup = (
        "<p>Hello <b>world</b>, this is a sentence long enough to be article text.</p>\n"
        "<p>A second paragraph, also long enough to be article text for sure.</p>"
    )
    as_html = extract(markup, input_type="html")
    assert "<b>" not in as_html.text and "Hello world, this is a sentence" in as_html.text
    as_text = extract(markup, input_type="text")
    assert "<b>world</b>" in as_text.text  # markup kept as literal text
    assert load(markup, input_type="text").tree is None

    plain = "Hello world, this is plain text long enough to count as a paragraph here."
    assert load(plain).kind == "text"
    doc = load(plain, input_type="html")
    assert doc.kind == "html" and doc.tree is not None
    assert extract(plain, input_type="html").text == plain


@pytest.mark.parametrize("bad", ["xml", "HTML", "", "auto "])
def test_bad_input_type_raises_input_error(bad):
    with pytest.raises(InputError, match="input_type"):
        extract("<p>Hello there.</p>", input_type=bad)


def test_non_str_non_bytes_input_raises_input_error():
    with pytest.raises(InputError, match="str or bytes"):
        extract(12345)  # type: ignore[arg-type]


# --- xhtml and entities ------------------------------------------------------------------------

XHTML = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:og="http://ogp.me/ns#" xml:lang="en" lang="en">
<head><title>XHTML page</title><meta property="og:title" content="An XHTML Story"/></head>
<body><div id="content"><h1>An XHTML Story</h1>
<p>This paragraph lives inside a namespaced XHTML document, and it should be extracted cleanly.</p>
<p>A second paragraph, with commas, clauses, and enough words to score as the article body.</p>
<br/>
</div></body></html>"""

XHTML_TEXT = (
    "This paragraph lives inside a namespaced XHTML document, and it should be extracted cleanly.\n\n"
    "A second paragraph, with commas, clauses, and enough words to score as the article body."
)


@pytest.mark.parametrize("as_bytes", [False, True])
def test_xhtml_with_xml_declaration_and_namespaces(as_bytes):
    source = XHTML.encode("utf-8") if as_bytes else XHTML
    assert load(source).kind == "html"
    article = extract(source)
    assert article.title == "An XHTML Story"
    assert article.language == "en"
    assert article.text == XHTML_TEXT
    assert "<?xml" not in article.text and "xmlns" not in article.text


def test_xhtml_encoding_from_xml_declaration():
    data = XHTML.replace('encoding="UTF-8"', 'encoding="windows-1252"').replace(
        "This paragraph", "This caf\u00e9 paragraph"
    ).encode("cp1252")
    article = extract(data)
    assert article.text.startswith("This caf\u00e9 paragraph")


def test_xhtml_prefixed_svg_is_not_content():
    source = XHTML.replace(
        "<br/>", '<svg:svg xmlns:svg="http://www.w3.org/2000/svg"><svg:title>icon</svg:title></svg:svg>'
    )
    assert extract(source).text == XHTML_TEXT


def _xxe(system_id: str, *, xml_decl: bool) -> str:
    decl = '<?xml version="1.0"?>\n' if xml_decl else ""
    return (
        f'{decl}<!DOCTYPE x [<!ENTITY e SYSTEM "{system_id}">]>\n'
        "<html><body><article><p>Before the entity, some article text that is long enough to keep. &e; "
        "After the entity.</p></article></body></html>"
    )


@pytest.mark.parametrize("xml_decl", [False, True])
@pytest.mark.parametrize("as_bytes", [False, True])
def test_external_entity_is_not_read(tmp_path: Path, xml_decl, as_bytes):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-MARKER-8d41", encoding="utf-8")
    for system_id, forbidden in (
        (secret.as_uri(), "TOP-SECRET-MARKER-8d41"),
        ("file:///etc/passwd", "root:"),
    ):
        source = _xxe(system_id, xml_decl=xml_decl)
        article = extract(source.encode() if as_bytes else source)
        out = json.dumps(article.to_dict(), ensure_ascii=False)
        assert forbidden not in out
        assert "/bin/" not in out
        assert "Before the entity, some article text" in article.text
        assert "After the entity." in article.text


def test_etc_passwd_contents_never_appear(tmp_path: Path):
    passwd = Path("/etc/passwd")
    if not passwd.is_file():
        pytest.skip("no /etc/passwd here")
    lines = [line for line in passwd.read_text(errors="replace").splitlines() if line.strip()]
    article = extract(_xxe("file:///etc/passwd", xml_decl=True))
    out = json.dumps(article.to_dict(), ensure_ascii=False)
    for line in lines[:5]:
        assert line not in out


def test_internal_entities_are_not_expanded():
    lol = "lol" * 10
    doctype = (
        f'<!DOCTYPE x [<!ENTITY a "{lol}"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
    )
    body = "<p>Text with entity &c; inside a long enough paragraph.</p>"
    html = f"{doctype}<html><body><article>{body}</article></body></html>"
    article = extract(html)
    assert lol * 2 not in article.text
    assert len(article.text) < 500


def test_doctype_internal_subset_leaves_no_debris():
    article = extract(_xxe("file:///etc/passwd", xml_decl=False).replace("<article>", "").replace("</article>", ""))
    assert "]>" not in article.text


def test_many_unclosed_doctypes_are_not_an_error():
    # Searching the head for an internal subset tried every "<!DOCTYPE[" and scanned on from each
    # (seconds on this much, so the pattern timed out); one attempt, at the first doctype, is enough.
    article = extract("<!DOCTYPE[" * 6000 + "<p>A paragraph after the debris, long enough to be article text.</p>")
    assert article is not None


@pytest.mark.parametrize("depth", [3000, 100_000])
def test_nesting_deeper_than_the_parser_allows_keeps_the_text(depth):
    # Past its depth limit libxml2 drops the whole page; the deep elements' tags go, their text stays.
    deep = "The deepest paragraph, with commas, clauses, and enough words to be the article."
    page = "<html><body>" + "<div>" * depth + f"<p>{deep}</p>" + "</div>" * depth + "</body></html>"
    article = extract(page)
    assert article.text == deep
    assert any("deeper than the parser allows" in w for w in article.warnings)
    shallow = extract("<html><body>" + "<div>" * 300 + f"<p>{deep}</p>" + "</div>" * 300 + "</body></html>")
    assert shallow.text == deep and shallow.warnings == []


def test_utf8_with_a_few_broken_sequences_stays_utf8():
    # One bad sequence in a UTF-8 page used to send the whole page to charset detection, which
    # read it as windows-1252: "café" became "cafÃ©" everywhere.
    data = page().encode("utf-8").replace(b"winter", b"win\xc3\x28ter\xff")
    text, used = decode(data)
    assert codec_name(used) == "utf-8"
    assert "caf\u00e9" in text and "\u201chello\u201d" in text and "win\ufffd(ter\ufffd" in text
    # Real windows-1252 (no valid multi-byte sequences) still goes to detection.
    assert codec_name(decode(page().encode("cp1252"))[1]) != "utf-8"
