"""Share, follow and subscribe prompts, per language (lower case, matched at a line's start)."""

PROMPT_STARTS: dict[str, list[str]] = {
    "en": [
        "share this", "share on", "share via", "share the article", "share this article", "share this page",
        "share this story", "share this post", "share article", "share:",
        "click to share", "click to email", "click to print", "follow us", "follow me",
        "like us on", "join us on", "find us on", "connect with us", "subscribe to our",
        "subscribe now", "subscribe today", "subscribe for", "subscribe:", "sign up for our",
        "sign up to our", "sign up for the", "sign up now", "get our newsletter",
        "join our newsletter", "join our mailing list", "like this:", "tweet this", "email this",
        "print this", "pin it", "we respect your privacy", "enter your email",
        # paywalls and sign-in walls
        "to view the full story", "to continue reading", "to read the full article", "already a subscriber",
        "subscribe to continue", "subscribe to read", "create a free account", "sign in to continue",
        "log in to continue", "instant access to the full article", "stay up-to-date", "stay up to date",
        "never miss the latest", "get the latest", "register now", "sign up here", "subscribe here",
        "join our channel", "join our telegram",
    ],
    "de": [
        "artikel teilen", "beitrag teilen", "auf facebook teilen", "jetzt teilen", "diesen artikel teilen",
        "den artikel teilen", "den artikel mit anderen teilen", "teilen sie diesen artikel", "seite teilen",
        "folgen sie uns", "folge uns", "abonnieren sie", "newsletter abonnieren",
        "jetzt abonnieren", "melden sie sich für", "zum newsletter anmelden", "jetzt registrieren",
        "jetzt anmelden", "bitte registrieren sie sich", "bitte melden sie sich an", "jetzt weiterlesen",
        "mit unserem newsletter", "verpassen sie keine", "hier registrieren", "hier anmelden",
    ],
    "fr": [
        "partager cet article", "partager sur", "partager cette page", "suivez-nous", "suivez nous",
        "abonnez-vous", "inscrivez-vous à notre", "recevez notre newsletter", "pour accéder en illimité",
        "pour lire la suite",
    ],
    "es": [
        "compartir en", "síguenos", "siguenos", "suscríbete",
        "suscribete", "suscríbase", "recibe nuestro boletín", "únete", "unete", "regístrate",
    ],
    "it": ["condividi su", "seguici", "iscriviti alla", "iscriviti alla nostra"],
    "pt": ["siga-nos", "assine", "inscreva-se"],
    "nl": ["deel dit", "deel op", "volg ons", "abonneer", "schrijf je in"],
}

#: Names that make up share bars ("Facebook Twitter LinkedIn Email").
SOCIAL_NETWORKS = [
    "facebook", "twitter", "x", "linkedin", "email", "e-mail", "mail", "print", "whatsapp",
    "telegram", "reddit", "pinterest", "tumblr", "pocket", "flipboard", "threads", "bluesky",
    "mastodon", "instagram", "youtube", "tiktok", "xing", "messenger", "copy link", "link",
    "sms", "more",
]

#: Networks people post on, as articles name them ("in a post on Facebook", "auf der Plattform X"), folded.
POST_PLATFORMS = (
    "facebook", "instagram", "twitter", "x", "tiktok", "linkedin", "youtube", "whatsapp", "telegram", "threads",
    "bluesky", "reddit", "snapchat",
)

#: Element class/id tokens of share bars and follow boxes.
SHARE_TOKENS = [
    "share", "shares", "sharing", "sharebar", "share-bar", "share-buttons", "social",
    "social-share", "socialshare", "social-links", "social-media", "sharedaddy", "addthis",
    "addtoany", "a2a", "shariff", "sociallinks", "follow-us", "print-button",
]

#: Element class/id tokens of newsletter and subscription boxes.
NEWSLETTER_TOKENS = [
    "newsletter", "subscribe", "subscription", "signup", "sign-up", "mailchimp", "mc4wp",
    "optin", "opt-in", "email-signup", "paywall",
]
