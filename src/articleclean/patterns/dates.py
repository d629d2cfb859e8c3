"""Dates, times, reading times and counters as they appear in article headers, per language."""

from __future__ import annotations

import regex

from . import PATTERN_TIMEOUT

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
    for token in _TOKEN.findall(text, timeout=PATTERN_TIMEOUT):
        if token[0].isdigit():
            if not number.match(token.rstrip(".,:/-")):
                return False
        elif (token[0].isalpha() or token[0] in "'’") and token not in words and token.rstrip(".") not in words:
            return False
    return True
