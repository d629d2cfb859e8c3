"""The Filter settings mechanism: class attributes with defaults, overridden per instance."""

from __future__ import annotations

import pytest

from articleclean import ConfigError
from articleclean.filters import CartNotice, DuplicateSentences, ReadMoreTeaser


def test_setting_overrides_the_default_on_the_instance_only():
    f = DuplicateSentences(min_chars=10)
    assert f.min_chars == 10
    assert DuplicateSentences.min_chars == 30
    assert DuplicateSentences().min_chars == 30


def test_several_settings_at_once():
    f = ReadMoreTeaser(max_excerpt_chars=100, max_card_chars=300)
    assert (f.max_excerpt_chars, f.max_card_chars) == (100, 300)


@pytest.mark.parametrize(
    "settings",
    [
        {"min_length": 10},  # a typo of min_chars
        {"max_chars": 10},  # another filter's setting
        {"_private": 1},
        {"apply": None},  # methods are not settings
        {"match": None},
    ],
)
def test_unknown_setting_raises_config_error(settings):
    with pytest.raises(ConfigError, match=f"filter 'duplicate_sentences' has no setting {next(iter(settings))!r}"):
        DuplicateSentences(**settings)


def test_setting_of_another_filter_is_unknown():
    with pytest.raises(ConfigError, match="no setting 'min_chars'"):
        CartNotice(min_chars=5)


def test_name_is_not_a_setting():
    with pytest.raises(ConfigError, match="no setting 'name'"):
        DuplicateSentences(name="dedupe")
