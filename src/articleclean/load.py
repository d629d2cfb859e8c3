"""Stage 1, load: bytes to text (encoding), HTML-or-text detection, and the one parse of the page."""

from __future__ import annotations

import codecs
import copy
import unicodedata
from dataclasses import dataclass, field

import regex
from lxml import etree

from .errors import InputError
from .patterns import PATTERN_TIMEOUT, timeout_for

INPUT_TYPES = ("auto", "html", "text")

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Signatures of formats that are certainly not a page.
_BINARY_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"RIFF", "a RIFF (WebP, WAV, AVI) file"),
    (b"\x7fELF", "an ELF executable"),
    (b"BZh", "bzip2-compressed data"),
    (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"OggS", "an Ogg media file"),
    (b"\x00\x00\x01\x00", "an icon file"),
)

# Bytes that text (in any 8-bit charset or UTF-8) practically never contains.
_CONTROL_BYTES = bytes(range(0, 9)) + bytes(range(14, 27)) + bytes(range(28, 32))

#: Bytes given to charset detection: enough to decide, bounded for big pages.
_DETECT_SAMPLE = 64 * 1024

_META_CHARSET = regex.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", regex.IGNORECASE
)
_XML_DECL = regex.compile(r"""^\s*<\?xml[^>]{0,200}\?>""")
# Markup: a doctype, or a whole tag of a common HTML element ("<p>", "<div class=x>", "</b>").
_HTML_SIGNS = regex.compile(
    r"<!doctype\s+html|</?(?:html|head|body|meta|title|div|p|article|main|section|span|a|br|h[1-6]"
    r"|table|tr|td|ul|ol|li|img|script|style|link|b|i|em|strong|form|nav|header|footer|aside"
    r"|figure|blockquote|pre)(?:\s[^<>]{0,2000})?/?>",
    regex.IGNORECASE,
)
# An internal DTD subset ("<!DOCTYPE x [ <!ENTITY ...> ]>"): never expanded, and never left as text.
_DOCTYPE_WITHIN = 65536
_DTD_SUBSET = regex.compile(r"<!DOCTYPE[^\[>]{0,500}\[.*?\]\s*>", regex.IGNORECASE | regex.DOTALL)
# Characters XML (and so lxml) refuses: C0 controls other than tab, newline, return.
_CONTROL_CHARS = [chr(c) for c in (*range(0, 9), 11, 12, *range(14, 32), 0xFFFE, 0xFFFF)]
_CONTROL = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_CONTROL_CHAR_BYTES = bytes((*range(0, 9), 11, 12, *range(14, 32)))

#: Nesting kept as markup when a page is too deep for libxml2 (which refuses past 2048 levels
#: and then returns next to nothing): the tags of deeper elements are dropped, their text kept.
MAX_DEPTH = 200
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())

# The text is handed to libxml2 as UTF-8 bytes: it parses those faster than a Python string.
# (No table of ids: nothing looks an element up by its id.)
_PARSER = etree.HTMLParser(
    encoding="utf-8",
    collect_ids=False,
    remove_comments=True,
    remove_pis=True,
    no_network=True,
    huge_tree=True,
    default_doctype=False,
)


@dataclass
class Document:
    """The loaded input: its text, what kind it is, and (for HTML) its one parsed tree."""

    text: str
    kind: str  # "html" or "text"
    tree: etree._Element | None
    encoding: str | None
    #: What loading had to give up or work around, for ``Article.warnings``.
    warnings: list[str] = field(default_factory=list)


def load(source: object, *, input_type: str = "auto", encoding: str | None = None) -> Document:
    """Decode, detect and parse ``source``: ``str`` or ``bytes``, or a page another tool parsed
    already (an lxml element or tree, a BeautifulSoup object). Raises :class:`InputError` for
    what is not a page."""
    if input_type not in INPUT_TYPES:
        raise InputError(f"input_type must be one of {', '.join(INPUT_TYPES)}, not {input_type!r}")
    if isinstance(source, (etree._Element, etree._ElementTree)):
        return _from_tree(source, input_type)
    if _is_soup(source):
        # (BeautifulSoup's tree is Python objects: its markup, parsed once by lxml, is the page)
        source = str(source)
    data: bytes | None = None
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        text, used = decode(data, encoding)
    elif isinstance(source, str):
        text, used = source, None
    else:
        raise InputError(
            f"expected str or bytes (or an lxml or BeautifulSoup tree), got {type(source).__name__}"
        )
    utf8 = _clean_utf8(data, used, text)
    if _may_be_decomposed(text, data, used):
        # letters written decomposed ("a" and a combining diaeresis for "ä", as some editors
        # save them) composed, so that every pattern reads one letter as one character
        if utf8 is not None:
            composed_utf8 = _compose_utf8(utf8)
            if composed_utf8 is not utf8:
                utf8 = composed_utf8
                text = utf8.decode("utf-8")
        else:
            text = _compose_text(text)
    if _has_control_chars(text, data, used):
        text, utf8 = _CONTROL.sub("", text, timeout=timeout_for(text)), None
    kind = input_type if input_type != "auto" else detect_kind(text)
    warnings: list[str] = []
    tree = parse_html(text, warnings, utf8=utf8) if kind == "html" else None
    return Document(text=text, kind=kind, tree=tree, encoding=used, warnings=warnings)


def _from_tree(source: etree._Element | etree._ElementTree, input_type: str) -> Document:
    """A page an lxml parse made already: a copy of it (the stages change their tree; the
    caller's stays as it was), not parsed again."""
    if input_type == "text":
        raise InputError("an lxml tree is HTML: input_type 'text' does not apply to it")
    root = source.getroot() if isinstance(source, etree._ElementTree) else source
    if root is None or not isinstance(root.tag, str):
        raise InputError("the lxml tree has no element to read")
    tree = copy.deepcopy(root)  # (a copy stands alone, an element of a bigger page too)
    # as this module's parser leaves a page: no comments, no processing instructions
    etree.strip_elements(tree, etree.Comment, etree.ProcessingInstruction, with_tail=False)
    return Document(text="", kind="html", tree=tree, encoding=None)


def _is_soup(source: object) -> bool:
    """Whether ``source`` is a BeautifulSoup object or tag, told without importing bs4."""
    return any(cls.__module__.startswith("bs4") for cls in type(source).__mro__)


def _may_be_decomposed(text: str, data: bytes | None, codec: str | None) -> bool:
    """Whether ``text`` may hold combining marks (the full check reads every character: skipped
    for UTF-8 bytes without the lead bytes of U+0300–U+037F, for 8-bit code pages and for ASCII)."""
    if data is not None and codec in ("utf-8", "ascii"):
        return b"\xcc" in data or b"\xcd" in data
    if data is not None and codec and not codec.startswith(("utf", "cp1258", "windows-1258")):
        return False  # (an 8-bit code page holds no combining marks to decompose a letter with)
    return not text.isascii()


#: Combining marks of U+0300–U+036F, a run of them on one letter.
_MARKS = regex.compile(r"[\u0300-\u036F]+")


def _compose_text(text: str) -> str:
    """``text`` with each letter written as a base and combining marks of U+0300–U+036F composed
    (NFC), where those marks stand (as ``_compose_utf8`` does on bytes; a normalisation of the
    whole text costs tens of milliseconds on a big page): ``text`` itself back when none changes."""
    parts: list[str] = []
    done = 0
    for match in _MARKS.finditer(text, timeout=timeout_for(text)):
        start = max(match.start() - 1, done)  # (the letter the marks sit on)
        window = text[start : match.end()]
        composed = unicodedata.normalize("NFC", window)
        if composed != window:
            parts += (text[done:start], composed)
            done = match.end()
    if not parts:
        return text
    parts.append(text[done:])
    return "".join(parts)


def _compose_utf8(data: bytes) -> bytes:
    """``data`` with each letter written as a base and combining marks of U+0300–U+036F composed
    (NFC), read from UTF-8 bytes: only the few places where those marks' lead bytes stand are
    decoded and composed, not the whole page (``data`` itself back when none changes)."""
    marks: list[int] = []
    for lead in (b"\xcc", b"\xcd"):  # (the lead bytes of U+0300–U+037F: never a continuation byte)
        at = data.find(lead)
        while at != -1:
            marks.append(at)
            at = data.find(lead, at + 2)
    marks.sort()
    parts: list[bytes] = []
    done = 0
    k = 0
    while k < len(marks):
        start = end = marks[k]
        while k < len(marks) and marks[k] == end:  # (a run of marks on one letter)
            end += 2
            k += 1
        start -= 1  # (back to the first byte of the letter the marks sit on)
        while start > done and 0x80 <= data[start] < 0xC0:
            start -= 1
        start = max(start, done)
        window = data[start:end]
        composed = unicodedata.normalize("NFC", window.decode("utf-8")).encode("utf-8")
        if composed != window:
            parts += (data[done:start], composed)
            done = end
    if not parts:
        return data
    parts.append(data[done:])
    return b"".join(parts)


def _clean_utf8(data: bytes | None, codec: str | None, text: str) -> bytes | None:
    """``data`` when it is ``text`` in UTF-8 exactly (decoded as UTF-8, no byte order mark, no
    replacement): the parser's input as it is, with no second encoding."""
    if data is None or codec != "utf-8" or data.startswith(codecs.BOM_UTF8) or "\ufffd" in text:
        return None
    return data


def _has_control_chars(text: str, data: bytes | None, codec: str | None) -> bool:
    """Whether ``text`` holds a character XML refuses. Decoded from UTF-8 or an 8-bit Latin
    charset, its C0 controls are the same bytes as in ``data``: they are looked for there in one
    pass, many times faster than a search of the text for each. U+FFFE and U+FFFF are looked for
    in the text (a search for one character, instant in text with no character that high)."""
    if data is not None and codec is not None:
        if codec == "utf-8":
            return len(data.translate(None, _CONTROL_CHAR_BYTES)) != len(data) or "\ufffe" in text or "\uffff" in text
        if codec.startswith(("cp125", "iso8859-")):
            return len(data.translate(None, _CONTROL_CHAR_BYTES)) != len(data)
    return any(ch in text for ch in _CONTROL_CHARS)


def decode(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Bytes to text: a BOM, then the caller's charset, then the page's own declaration,
    then UTF-8, then detection. Returns the text and the encoding used."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data.decode(name, errors="replace"), name.replace("-sig", "")
    _refuse_binary(data)
    utf16 = _utf16_without_bom(data[:4096])
    if utf16:
        return data.decode(utf16, errors="replace"), utf16
    candidates: list[str] = []
    if declared:
        candidates.append(declared)
    meta = _META_CHARSET.search(data[:4096], timeout=PATTERN_TIMEOUT)
    if meta:
        candidates.append(meta.group(1).decode("ascii", "replace"))
    candidates.append("utf-8")
    for name in candidates:
        codec = _codec(name)
        if codec is None:
            continue
        try:
            return data.decode(codec), codec
        except (UnicodeDecodeError, LookupError):
            continue
    damaged = _damaged_utf8(data)
    if damaged is not None:
        return damaged, "utf-8"
    return _detect(data)


def _damaged_utf8(data: bytes) -> str | None:
    """UTF-8 with a few broken sequences (a truncated or spliced page), decoded with U+FFFD for
    them; None when the bytes are not mostly UTF-8. A page in an 8-bit charset has next to no
    valid multi-byte sequences, so those must outnumber the broken ones."""
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd") - data.count("\ufffd".encode())
    valid = len(text) - len(text.encode("ascii", "ignore")) - text.count("\ufffd")
    return text if valid > broken else None


def _codec(name: str) -> str | None:
    try:
        codec = codecs.lookup(name.strip().lower()).name
    except LookupError:
        return None
    # Browsers read latin-1 and ascii declarations as windows-1252; so do we.
    if codec in ("latin-1", "iso8859-1", "ascii"):
        return "cp1252"
    # A page cannot really be UTF-16 when we got here without a BOM and it decodes as 8-bit.
    return codec


def _detect(data: bytes) -> tuple[str, str]:
    """Detect the charset of undeclared, non-UTF-8 bytes (charset-normalizer, on a sample)."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[:_DETECT_SAMPLE]).best()
    used = best.encoding if best is not None else "cp1252"
    codec = _codec(used) or "cp1252"
    text = data.decode(codec, errors="replace")
    if text.count("\ufffd") > max(len(text) // 20, 8):
        raise InputError("input could not be decoded as text in any charset")
    return text, codec


def _refuse_binary(data: bytes) -> None:
    head = data[:16]
    for magic, what in _BINARY_MAGIC:
        if head.startswith(magic):
            raise InputError(f"input is binary data ({what}), not a page")
    sample = data[:4096]
    if not sample or _looks_utf16(sample):
        return
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if controls > len(sample) * 0.05:
        raise InputError("input is binary data (control bytes), not a page")


def _looks_utf16(sample: bytes) -> bool:
    return _utf16_without_bom(sample) is not None


def _utf16_without_bom(sample: bytes) -> str | None:
    """``"utf-16-le"``/``"utf-16-be"`` when every other byte is mostly NUL (ASCII-heavy UTF-16)."""
    evens, odds = sample[0::2], sample[1::2]
    if len(sample) < 8:
        return None
    if odds.count(0) > len(odds) * 0.4 and evens.count(0) < len(evens) * 0.1:
        return "utf-16-le"
    if evens.count(0) > len(evens) * 0.4 and odds.count(0) < len(odds) * 0.1:
        return "utf-16-be"
    return None


def detect_kind(text: str) -> str:
    """``"html"`` when the text carries markup, else ``"text"``."""
    # (a page shows its markup in its first characters; a regex call costs time in the length
    # of its string, so the short slice is tried first)
    for head in (text[:4096], text[:65536]):
        if _HTML_SIGNS.search(head, timeout=timeout_for(head)):
            return "html"
        if len(head) == len(text):
            break
    return "text"


def parse_html(text: str, warnings: list[str] | None = None, *, utf8: bytes | None = None) -> etree._Element:
    """Parse once with lxml: no network, no DTD, no entity expansion beyond the HTML ones.
    ``utf8`` is ``text`` encoded as UTF-8, when the caller holds those bytes already."""
    # (patterns run on a slice of the page: a regex call costs time in the length of its string)
    declaration = _XML_DECL.match(text[:1024], timeout=PATTERN_TIMEOUT)
    if declaration:
        text, utf8 = text[declaration.end() :], None
    if "<!" in text[:4096]:
        subset = _dtd_subset(text)
        if subset:
            text, utf8 = text[: subset[0]] + text[subset[1] :], None
    root = _parse(text, utf8)
    if root is not None and _too_deep():
        # libxml2 gives up on the whole page past its nesting limit and returns almost nothing;
        # the text of the deepest elements is worth more than their tags.
        root = _parse(_flatten(text, MAX_DEPTH))
        if warnings is not None:
            warnings.append(
                f"the page nests elements deeper than the parser allows; those deeper than {MAX_DEPTH}"
                " levels were read without their tags"
            )
    if root is None:
        root = etree.fromstring(b"<html><body></body></html>", parser=_PARSER)
    return root


def _parse(text: str, utf8: bytes | None = None) -> etree._Element | None:
    if not text.strip():
        return None
    try:
        return etree.fromstring(utf8 or text.encode("utf-8", errors="replace"), parser=_PARSER)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None


def _too_deep() -> bool:
    return any("depth" in error.message.lower() for error in _PARSER.error_log)


def _flatten(text: str, limit: int) -> str:
    """``text`` with the tags of elements nested deeper than ``limit`` replaced by spaces.

    A plain count of start and end tags (void elements and ``<x/>`` do not nest); it errs
    towards deeper than a browser would count, which only drops a few more tags.
    """
    out: list[str] = []
    depth = done = 0
    pos = text.find("<")
    while pos >= 0:
        end = text.find(">", pos)
        if end < 0:
            break
        tag = text[pos + 1 : end]
        name = tag.lstrip("/").split(None, 1)[0].lower() if tag.lstrip("/").strip() else ""
        if name[:1].isalpha():
            closing = tag.startswith("/")
            if closing:
                depth = max(depth - 1, 0)
            deep = depth >= limit
            if not closing and name.rstrip("/") not in _VOID and not tag.endswith("/"):
                depth += 1
            if deep:
                out.append(text[done:pos])
                out.append(" ")
                done = end + 1
        pos = text.find("<", end)
    out.append(text[done:])
    return "".join(out)


def _dtd_subset(text: str) -> tuple[int, int] | None:
    """Where the first doctype in the first 64 KB of ``text`` spans, when it has an internal
    subset. One match attempt, at the doctype itself: searching for one would cost quadratic
    time on many unclosed ``<!DOCTYPE[``."""
    start = text.find("<!", 0, _DOCTYPE_WITHIN)
    while start >= 0 and text[start + 2 : start + 9].lower() != "doctype":
        start = text.find("<!", start + 2, _DOCTYPE_WITHIN)
    if start < 0:
        return None
    close = text.find(">", start)
    if "[" not in text[start : close if close >= 0 else start + 512]:
        return None  # no subset: its "[" comes before the doctype's ">" (and no pattern call, then)
    subset = _DTD_SUBSET.match(text[:_DOCTYPE_WITHIN], start, timeout=PATTERN_TIMEOUT)
    return (start, subset.end()) if subset else None
