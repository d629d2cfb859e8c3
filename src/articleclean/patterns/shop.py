"""Shop-cart widget phrases, per language (lower case)."""

#: Phrases that alone say "this is a cart widget".
CART_NOTICES: dict[str, list[str]] = {
    "en": [
        "no products in the cart", "no products in the basket", "your cart is empty",
        "your cart is currently empty", "your basket is empty", "your basket is currently empty",
        "your shopping cart is empty", "shopping cart is empty", "cart is empty", "view cart",
        "view basket", "view your cart", "items in cart", "item in cart", "items in your cart",
        "added to cart", "added to your cart", "return to shop", "proceed to checkout",
    ],
    "de": [
        "keine produkte im warenkorb", "es befinden sich keine produkte im warenkorb",
        "ihr warenkorb ist leer", "ihr warenkorb ist derzeit leer", "dein warenkorb ist leer",
        "der warenkorb ist leer", "warenkorb ist leer", "warenkorb anzeigen", "zum warenkorb",
        "artikel im warenkorb", "zurück zum shop", "zur kasse gehen",
    ],
    "fr": [
        "aucun produit dans le panier", "votre panier est vide", "votre panier est actuellement vide",
        "le panier est vide", "panier vide", "voir le panier", "voir votre panier",
        "articles dans le panier", "article dans le panier", "retour à la boutique",
        "valider la commande",
    ],
    "es": [
        "no hay productos en el carrito", "tu carrito está vacío", "su carrito está vacío",
        "el carrito está vacío", "carrito vacío", "ver carrito", "ver el carrito",
        "productos en el carrito", "volver a la tienda", "finalizar compra",
    ],
    "it": [
        "nessun prodotto nel carrello", "il tuo carrello è vuoto", "il carrello è vuoto",
        "carrello vuoto", "visualizza carrello", "vedi carrello", "prodotti nel carrello",
        "ritorna al negozio", "torna al negozio", "procedi al checkout",
    ],
    "pt": [
        "nenhum produto no carrinho", "seu carrinho está vazio", "o seu carrinho está vazio",
        "o carrinho está vazio", "carrinho vazio", "ver carrinho", "produtos no carrinho",
        "voltar para a loja", "finalizar compra",
    ],
    "nl": [
        "geen producten in de winkelwagen", "geen producten in het winkelmandje",
        "je winkelwagen is leeg", "uw winkelwagen is leeg", "de winkelwagen is leeg",
        "winkelwagen is leeg", "winkelmandje is leeg", "bekijk winkelwagen", "winkelwagen bekijken",
        "producten in winkelwagen", "terug naar winkel", "afrekenen",
    ],
}

#: Words that appear beside the notices in a cart widget but mean nothing alone.
CART_WORDS: dict[str, list[str]] = {
    "en": ["cart", "basket", "shopping cart", "checkout", "subtotal", "total", "continue shopping"],
    "de": ["warenkorb", "kasse", "zwischensumme", "summe", "weiter einkaufen"],
    "fr": ["panier", "commander", "sous-total", "total", "continuer vos achats"],
    "es": ["carrito", "cesta", "subtotal", "total", "seguir comprando"],
    "it": ["carrello", "cassa", "subtotale", "totale", "continua gli acquisti"],
    "pt": ["carrinho", "subtotal", "total", "continuar comprando"],
    "nl": ["winkelwagen", "winkelmandje", "subtotaal", "totaal", "verder winkelen"],
}

#: Item-count nouns ("0 items", "3 Artikel").
ITEM_NOUNS = [
    "item", "items", "product", "products", "artikel", "produkt", "produkte", "article",
    "articles", "produit", "produits", "artículo", "artículos", "producto", "productos",
    "articolo", "articoli", "prodotto", "prodotti", "item", "itens", "produto", "produtos",
    "artikelen", "producten",
]

#: Element class/id tokens of cart widgets.
CART_TOKENS = [
    "cart", "minicart", "mini-cart", "shopping-cart", "widget_shopping_cart", "cart-contents",
    "basket", "warenkorb", "panier", "carrito", "carrello", "winkelwagen",
]
