"""cart_notice: shop-cart widget text goes, sentences about carts stay."""

from __future__ import annotations

import pytest

from articleclean.filters import CartNotice
from articleclean.model import Block


def para(text: str, **hints: str) -> Block:
    return Block("paragraph", text, hints=hints)


ARTICLE = "The city council approved the new budget on Tuesday after a long debate."


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("No products in the cart.", "No products in the cart"),
        ("Your cart is empty", "Your cart is empty"),
        ("View cart", "View cart"),
        ("Your cart is currently empty. Return to shop", "Your cart is currently empty"),
        ("Keine Produkte im Warenkorb.", "Keine Produkte im Warenkorb"),
        ("Ihr Warenkorb ist leer.", "Ihr Warenkorb ist leer"),
        ("Votre panier est vide.", "Votre panier est vide"),
        ("No hay productos en el carrito.", "No hay productos en el carrito"),
        ("Tu carrito está vacío.", "Tu carrito está vacío"),
        ("Nessun prodotto nel carrello.", "Nessun prodotto nel carrello"),
        ("Nenhum produto no carrinho.", "Nenhum produto no carrinho"),
        ("Geen producten in de winkelwagen.", "Geen producten in de winkelwagen"),
    ],
)
def test_removes_cart_notices(run_filter, text, phrase):
    kept, removed = run_filter(CartNotice(), [para(ARTICLE), para(text)])
    assert [b.text for b in kept] == [ARTICLE]
    assert len(removed) == 1
    assert removed[0].filter == "cart_notice"
    assert removed[0].text == text
    assert removed[0].reason == f"shop-cart widget text ({phrase!r})"


@pytest.mark.parametrize(
    "text", ["0 items – $0.00", "Cart 0 items – $0.00", "3 Artikel – 12,00 €", "Subtotal: 2 items £19.98"]
)
def test_removes_item_count_with_price(run_filter, text):
    kept, removed = run_filter(CartNotice(), [para(text), para(ARTICLE)])
    assert [b.text for b in kept] == [ARTICLE]
    assert [(r.filter, r.text, r.reason) for r in removed] == [
        ("cart_notice", text, "shop-cart widget text (item count and price)")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "She left the cart in the parking lot after shopping.",
        "The view cart button was redesigned last year, the company said.",
        "Your cart is empty, the cashier told him, so he went back for the milk.",
        "It cost $5.00 for 3 items at the corner store.",
        "0 items",  # a count without a price is not a cart widget
        "Warenkorb",  # a cart word alone says nothing
    ],
)
def test_keeps_sentences_that_mention_a_cart(run_filter, text):
    kept, removed = run_filter(CartNotice(), [para(text)])
    assert [b.text for b in kept] == [text]
    assert removed == []


def test_keeps_article_order_around_a_removed_widget(run_filter):
    blocks = [para("First paragraph of the story."), para("View cart"), para("Second paragraph of the story.")]
    kept, removed = run_filter(CartNotice(), blocks)
    assert [b.text for b in kept] == ["First paragraph of the story.", "Second paragraph of the story."]
    assert [r.text for r in removed] == ["View cart"]


def test_removes_block_hinted_by_the_dom_stage(run_filter):
    hinted = para("Checkout", cart_notice="class 'cart'")
    kept, removed = run_filter(CartNotice(), [para(ARTICLE), hinted])
    assert [b.text for b in kept] == [ARTICLE]
    assert [(r.filter, r.text, r.reason) for r in removed] == [
        ("cart_notice", "Checkout", "inside an element marked as class 'cart'")
    ]


def test_hint_for_another_filter_does_not_count(run_filter):
    block = para("Checkout", share_prompt="class 'share'")
    kept, removed = run_filter(CartNotice(), [block])
    assert [b.text for b in kept] == ["Checkout"]
    assert removed == []


def test_dom_stage_hints_cart_widget_elements(run_filter, html_blocks):
    story = "The city council approved the new budget on Tuesday after a long debate about schools. " * 3
    blocks = html_blocks(
        f'<div><p>{story}</p><div class="widget_shopping_cart"><p>Checkout now</p></div></div>', CartNotice()
    )
    kept, removed = run_filter(CartNotice(), blocks, is_html=True)
    assert [b.text for b in kept] == [story.strip()]
    assert [r.text for r in removed] == ["Checkout now"]
    assert removed[0].reason == "inside an element marked as class 'widget_shopping_cart'"


def test_max_chars_setting(run_filter):
    long_widget = "View cart " * 25  # 250 characters of nothing but cart words
    kept, removed = run_filter(CartNotice(), [para(long_widget)])
    assert [b.text for b in kept] == [long_widget]
    assert removed == []
    kept, removed = run_filter(CartNotice(max_chars=300), [para(long_widget)])
    assert kept == []
    assert [(r.filter, r.text) for r in removed] == [("cart_notice", long_widget)]
