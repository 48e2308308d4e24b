import pytest

from apps.common.text import history_reason, normalize_name


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("al-Qaeda", "al qaeda"),
        ("Al Qaeda", "al qaeda"),
        ("AL-QAEDA", "al qaeda"),
        ("Shi'a", "shia"),
        ("Shi’a", "shia"),
        ("IRGC-QF", "irgc qf"),
        ("  Qods   Force ", "qods force"),
        ("Kazemi-Qomi", "kazemi qomi"),
        ("Muqtada al-Ṣadr", "muqtada al sadr"),
        ("Misagh-1", "misagh 1"),
    ],
)
def test_normalize_name_folds_case_punctuation_and_accents(name, key):
    assert normalize_name(name) == key


def test_spelling_variants_stay_distinct():
    assert normalize_name("al Qaida") != normalize_name("al Qaeda")


def test_history_reasons_fit_simple_historys_column():
    assert history_reason("Review: confirmed") == "Review: confirmed"
    long = history_reason("Merged " + "#12 “a long event summary”, " * 10)
    assert len(long) == 100 and long.endswith("…")
    assert history_reason("two\nlines") == "two lines"
