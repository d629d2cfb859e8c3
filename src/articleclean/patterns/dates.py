"""Dates, times, reading times and counters as they appear in article headers, per language."""

from __future__ import annotations

import regex

from . import phrase_alternation, timeout_for

MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec "
    "januar februar märz mai juni juli oktober dezember jän mär okt dez "
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre "
    "janv févr avr juil sept déc "
    "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre "
    "ene abr ago dic "
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre "
    "gen mag giu lug ott "
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro "
    "fev mai out dez "
    "januari februari maart april mei juni juli augustus september oktober november december "
    "mrt "
    "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia "
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря"
).split()

WEEKDAYS = (
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun "
    "montag dienstag mittwoch donnerstag freitag samstag sonntag mo di mi do fr sa so "
    "lundi mardi mercredi jeudi vendredi samedi dimanche "
    "lunes martes miércoles jueves viernes sábado domingo "
    "lunedì martedì mercoledì giovedì venerdì sabato domenica "
    "segunda terça quarta quinta sexta sábado domingo feira "
    "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag"
).split()

#: Words that stand beside a date in an article header.
DATE_WORDS = (
    "published updated posted last modified on at by am um uhr stand veröffentlicht aktualisiert "
    "zuletzt publié mis à jour le publicado actualizado el pubblicato aggiornato il atualizado em "
    "gepubliceerd bijgewerkt op date datum fecha data today yesterday heute gestern aujourd'hui hier hoy "
    "ayer oggi ieri hoje ontem vandaag gisteren ago vor hours hour minutes minute mins min days day "
    "stunden stunde minuten tagen heures minutes jours horas minutos días ore minuti giorni dagen uur "
    "est edt cst cdt mst mdt pst pdt et pt gmt utc bst cet cest mez mesz a.m am p.m pm h"
).split()

#: Reading times and counters: "5 min read", "Lesezeit: 3 Minuten", "2 comentários", "3.409 letture".
COUNTER_WORDS = (
    "read reading lesezeit lesedauer lecture leitura lettura lectura leestijd czytania чтения "
    "time tempo temps tiempo de of di minut minuty minutes minuten minutos minuti minuten min "
    "comment comments kommentar kommentare commentaire commentaires comentario comentarios commento "
    "commenti comentário comentários reactie reacties komentarz komentarze view views aufrufe vues "
    "visitas visualizações letture weergaven wyświetleń share shares likes word words wörter mots palabras parole"
).split()

#: Month and weekday names of every language here, lower case.
CALENDAR_WORDS = frozenset(MONTHS + WEEKDAYS)
_DATE_WORDS = frozenset(MONTHS + WEEKDAYS + DATE_WORDS)
_COUNTER_WORDS = frozenset(COUNTER_WORDS)
_TOKEN = regex.compile(r"[\p{L}'’]+\.?|\d[\d.,:/h-]*(?:st|nd|rd|th|er|am|pm)?|[^\s\p{L}\d]")
_DATE_NUMBER = regex.compile(r"^\d{1,4}(?:[./:-]\d{1,4}){0,2}(?:st|nd|rd|th|er|h|am|pm)?$")
_COUNT = regex.compile(r"^\d[\d.,]*$")


def only_date_tokens(text: str) -> bool:
    """True when ``text`` is made only of dates, times, weekday and month names and their words."""
    text = text.casefold().replace("a.m.", "am").replace("p.m.", "pm")
    return _only(text, _DATE_WORDS, _DATE_NUMBER)


def only_counter_tokens(text: str) -> bool:
    """True when ``text`` is made only of numbers and counter words ("5 min read", "2 comments")."""
    return _only(text.casefold(), _COUNTER_WORDS, _COUNT)


def _only(text: str, words: frozenset[str], number: regex.Pattern[str]) -> bool:
    for token in _TOKEN.findall(text, timeout=timeout_for(text)):
        if token[0].isdigit():
            if not number.match(token.rstrip(".,:/-")):
                return False
        elif (token[0].isalpha() or token[0] in "'’") and token not in words and token.rstrip(".") not in words:
            return False
    return True


# -- dates written out, as a page shows them ------------------------------------------------

#: Month names and their abbreviations, per language, to the month's number.
MONTH_NUMBERS: dict[str, int] = {}
for _names in (
    "january february march april may june july august september october november december",
    "jan feb mar apr may jun jul aug sep oct nov dec",
    "januar februar märz april mai juni juli august september oktober november dezember",
    "jan feb mär apr mai jun jul aug sep okt nov dez",
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "janv févr mars avr mai juin juil août sept oct nov déc",
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "ene feb mar abr may jun jul ago sep oct nov dic",
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "januari februari maart april mei juni juli augustus september oktober november december",
):
    for _k, _name in enumerate(_names.split()):
        MONTH_NUMBERS.setdefault(_name, _k + 1)
MONTH_NUMBERS.update({"sept": 9, "jän": 1, "setiembre": 9, "mrt": 3})

_MONTH = r"(?P<month>" + phrase_alternation(MONTH_NUMBERS, any_space=False) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|º)?\.?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
#: A date written out: "Nov 25, 2025", "19 December 2025", "3. Dezember 2025", "2025-12-19",
#: "2025/4/29", "19.12.2025", "12/19/2025" (day and month in the order the numbers allow).
WRITTEN_DATE = regex.compile(
    # (a month name may be glued to the word before it: "Jane DoeNov 25, 2025")
    rf"(?:(?<![\w/.-])|(?-i:(?<=\p{{Ll}})(?=\p{{Lu}})))(?:{_MONTH}\s+{_DAY},?\s+{_YEAR}"
    rf"|{_DAY}\s+(?:de\s+)?{_MONTH},?\s+(?:de\s+)?{_YEAR}"
    r"|(?P<iy>(?:19|20)\d\d)[-/.](?P<im>[01]?\d)[-/.](?P<id>[0-3]?\d)"
    r"|(?P<na>[0-3]?\d)(?P<sep>[./])(?P<nb>[0-3]?\d)(?P=sep)(?P<ny>(?:19|20)\d\d))(?!\d|[./-]\d)",
    regex.IGNORECASE,
)


def written_dates(text: str, *, month_first: bool = True) -> list[tuple[int, str]]:
    """Every date written out in ``text``: (offset, ISO ``YYYY-MM-DD``), in order.

    ``month_first`` settles "04/05/2025" (the page's convention: true for American English);
    a dotted date ("04.05.2025") is always day first, and a number over 12 settles it too.
    """
    found: list[tuple[int, str]] = []
    # Every form holds a four-digit year: the full pattern runs only on the stretch around each.
    start = -1
    for year in _YEAR_ANYWHERE.finditer(text, timeout=timeout_for(text)):
        if year.start() < start:
            continue
        lo = max(start, year.start() - _BEFORE_YEAR, 0)
        for offset, date, end in _dates_in(text, lo, year.end() + _AFTER_YEAR, month_first):
            found.append((offset, date))
            start = end
        start = max(start, year.end())
    return found


_YEAR_ANYWHERE = regex.compile(r"(?:19|20)\d\d")
#: How far before and after its year a written date reaches ("Wednesday, 30. September 2025").
_BEFORE_YEAR = 32
_AFTER_YEAR = 8


def _dates_in(text: str, lo: int, hi: int, month_first: bool) -> list[tuple[int, str, int]]:
    out: list[tuple[int, str, int]] = []
    for m in WRITTEN_DATE.finditer(text, lo, hi, timeout=timeout_for(text)):
        if m.group("month"):
            year, month, day = int(m.group("year")), MONTH_NUMBERS[m.group("month").lower()], int(m.group("day"))
        elif m.group("iy"):
            year, month, day = int(m.group("iy")), int(m.group("im")), int(m.group("id"))
        else:
            a, b, year = int(m.group("na")), int(m.group("nb")), int(m.group("ny"))
            day_first = m.group("sep") == "." or a > 12 or not month_first
            if b > 12:
                day_first = False
            day, month = (a, b) if day_first else (b, a)
        if 1 <= month <= 12 and 1 <= day <= 31:
            out.append((m.start(), f"{year:04d}-{month:02d}-{day:02d}", m.end()))
    return out


#: A page's statement of its own last change, anywhere on it: "Last updated: June 2022",
#: "Page last reviewed: March 3, 2024" (not the site's: "Site last updated").
UPDATED_STATEMENT = regex.compile(
    r"\b(?:(?<!\bsite\s)last\s+(?:updated|reviewed|modified)|updated\s+on|page\s+updated)\s*(?:on)?\s*:?\s*"
    rf"(?:{_MONTH}\s+(?P<year>(?:19|20)\d\d)(?!\d))?",
    regex.IGNORECASE,
)


def updated_statement(text: str, *, month_first: bool = True) -> str | None:
    """The date of the first statement in ``text`` that the page was last updated: a full date,
    or a month alone ("June 2022"), read as its first day."""
    if not any(word in text for word in ("pdated", "PDATED", "eviewed", "EVIEWED", "odified", "ODIFIED")):
        return None  # (most pages: no pattern call over the whole page)
    for m in UPDATED_STATEMENT.finditer(text, timeout=timeout_for(text)):
        if m.group("month"):
            return f"{int(m.group('year')):04d}-{MONTH_NUMBERS[m.group('month').lower()]:02d}-01"
        found = written_dates(text[m.end():m.end() + 40], month_first=month_first)
        if found and found[0][0] <= 2:
            return found[0][1]
    return None


#: A date under a word like these says when the page was changed, not first published.
MODIFIED_WORDS = regex.compile(
    r"updat|modifi|revis|edited|aktualisiert|geändert|mis à jour|actualiz|aggiorn|atualiz|bijgewerkt",
    regex.IGNORECASE,
)
#: Words before a date of someone's profile, not of the page: a forum member's "Joined: Mar
#: 2015", a nation's "Founded:", "Member since", "Mitglied seit".
PROFILE_WORDS = regex.compile(
    r"joined|join date|founded|member since|registered|mitglied seit|dabei seit|registriert|inscrit|miembro desde",
    regex.IGNORECASE,
)
PUBLISHED_WORDS = regex.compile(
    r"publi|posted|released|veröffentlicht|erschienen|pubblicat|gepubliceerd", regex.IGNORECASE
)
