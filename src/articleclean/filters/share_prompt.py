"""share_prompt: share bars and follow/subscribe/newsletter prompts."""

from __future__ import annotations

import regex

from ..model import Block
from ..patterns import Phrases, all_languages, phrase_alternation, timeout_for
from ..patterns.social import NEWSLETTER_TOKENS, PROMPT_STARTS, SHARE_TOKENS, SOCIAL_NETWORKS
from ..sentences import split_sentences
from .base import VocabularyFilter

_PROMPT = Phrases(all_languages(PROMPT_STARTS))
_FOLLOW = regex.compile(
    r"^\W*(?:follow|like|join|find|folgen?|suivez|sigue|síguenos|segui|siga|volg)\b", regex.IGNORECASE
)
_NETWORK = regex.compile(
    r"\b(?:facebook|twitter|instagram|youtube|linkedin|tiktok|telegram|whatsapp|threads|bluesky|mastodon|x)\b",
    regex.IGNORECASE,
)
#: Words only a paywall says, wherever they stand in its message.
_PAYWALL = regex.compile(
    r"\balready (?:a )?(?:subscriber|member)\b|\blog ?in for (?:immediate|full|unlimited) access\b"
    r"|\bbereits (?:Abonnent|Abonnentin|registriert)\b|\bdéjà abonné|\bya eres suscriptor",
    regex.IGNORECASE,
)
#: _PAYWALL and _FOLLOW cannot match a text holding none of their words (looked for first: a
#: pattern call costs more than a look for a word).
_PAYWALL_WORDS = ("already", "log in", "login", "bereits", "déjà", "ya eres")
_FOLLOW_WORDS = ("follow", "like", "join", "find", "folg", "suivez", "sigue", "síguenos", "segui", "siga", "volg")
_SHARE_WORDS = ("share", "teilen", "partager", "compartir", "condividi")
_NETWORKS_ONLY = regex.compile(
    rf"^(?:\W*(?:{phrase_alternation([*SOCIAL_NETWORKS, *_SHARE_WORDS])})\W*)+$",
    regex.IGNORECASE,
)

#: The words a row of network names can open with.
_NETWORK_WORDS = tuple(sorted({name.split()[0].casefold() for name in (*SOCIAL_NETWORKS, *_SHARE_WORDS)}))


def _may_be_networks_only(text: str) -> bool:
    """Whether ``text`` may be a row of network names: one opens it, or a mark does (then the
    pattern decides). A quick look before the pattern call, which most blocks need not make."""
    return not text[:1].isalnum() or text[:16].casefold().startswith(_NETWORK_WORDS)


class SharePrompt(VocabularyFilter):
    name = "share_prompt"
    description = "Share bars and follow/subscribe/newsletter prompts."
    element_tokens = [*SHARE_TOKENS, *NEWSLETTER_TOKENS]
    element_max_text = 400
    #: Longest block (characters) that can be a prompt.
    max_chars = 200

    def match(self, block: Block) -> str | None:
        text = block.text
        if len(text) > self.max_chars or block.kind in ("table", "code"):
            return None
        if _may_be_networks_only(text) and _NETWORKS_ONLY.match(text, timeout=timeout_for(text)):
            return "a row of social network names (share bar)"
        if len(text.split()) <= 25 and (_PROMPT.start(text) or _ends_with_prompt(text)):
            return "a share, follow or subscribe prompt"
        folded = text.casefold()
        if (
            len(text.split()) <= 40
            and any(w in folded for w in _PAYWALL_WORDS)
            and _PAYWALL.search(text, timeout=timeout_for(text))
        ):
            return "a paywall or sign-in message"
        if (
            any(w in folded for w in _FOLLOW_WORDS)
            and _FOLLOW.match(text, timeout=timeout_for(text))
            and _NETWORK.search(text, timeout=timeout_for(text))
        ):
            return "a follow-us-on-social-media line"
        return None


def _ends_with_prompt(text: str) -> bool:
    """A short pitch whose last sentence is the call: "Want our news? Sign up here"."""
    cut = max(text.rfind(". ", 0, -1), text.rfind("! ", 0, -1), text.rfind("? ", 0, -1))
    if cut < 0 or _PROMPT.start(text[cut + 2 :]) is None:
        return False  # the cheap test first: most blocks have no call at all
    return 1 < len(split_sentences(text)) <= 3
