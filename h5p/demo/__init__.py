"""``TIP.SortCards``, the platform's own H5P content type, and packages built with it.

No third-party H5P library may be shipped, so the demo course's interactive activity uses
this small one: the learner sorts short situations into two groups ("Possible indicator of
trafficking" or "Not an indicator on its own") and each card explains its answer. The
library's files live in ``TIP.SortCards-1.0/`` next to this module; ``sort-cards.js`` says
how the player runs it and which xAPI statements it sends.
"""

import json
from collections.abc import Iterable, Mapping
from pathlib import Path

from h5p.packaging import LibrarySource, build_package

LIBRARY_DIR = Path(__file__).resolve().parent / "TIP.SortCards-1.0"
GROUPS = ("a", "b")
DIRECTIONS = ("auto", "ltr", "rtl")


def sort_cards_library():
    """The library as a :class:`~h5p.packaging.LibrarySource`: ``library.json`` parsed,
    every other file in its folder as bytes under its path there (``"language/ur.json"``).
    """
    files = {
        path.relative_to(LIBRARY_DIR).as_posix(): path.read_bytes()
        for path in sorted(LIBRARY_DIR.rglob("*"))
        if path.is_file() and path.name != "library.json"
    }
    library_json = json.loads((LIBRARY_DIR / "library.json").read_text(encoding="utf-8"))
    return LibrarySource(library_json=library_json, files=files)


def _l10n_fields(semantics):
    return next(field for field in semantics if field["name"] == "l10n")["fields"]


def ui_strings(language=None):
    """The activity's own words (``{"tryAgain": "Try again", …}``) in ``language``.

    The defaults in ``semantics.json``, translated by ``language/<language>.json`` where the
    library has one, as H5P's editor would fill them in.
    """
    semantics = json.loads((LIBRARY_DIR / "semantics.json").read_text(encoding="utf-8"))
    strings = {field["name"]: field["default"] for field in _l10n_fields(semantics)}
    translation = LIBRARY_DIR / "language" / f"{(language or '').split('-')[0]}.json"
    if language and translation.is_file():
        translated = json.loads(translation.read_text(encoding="utf-8"))["semantics"]
        # A translation mirrors semantics.json field by field, in the same order.
        index = next(i for i, field in enumerate(semantics) if field["name"] == "l10n")
        for field, words in zip(_l10n_fields(semantics), translated[index]["fields"], strict=True):
            strings[field["name"]] = words.get("default") or strings[field["name"]]
    return strings


def sort_cards_content(
    *,
    question: str,
    group_a: str,
    group_b: str,
    cards: Iterable[Mapping[str, str]],
    feedback_correct: str,
    feedback_wrong: str,
    language: str | None = None,
    direction: str = "auto",
    l10n: Mapping[str, str] | None = None,
) -> dict:
    """The ``content.json`` of one activity (``semantics.json`` describes it for H5P's editor).

    ``cards`` are mappings with ``text`` (one to three sentences), ``group`` (``"a"`` for
    ``group_a``, ``"b"`` for ``group_b``) and ``explanation``, shown after the learner answers.
    ``feedback_correct`` is shown under the score when every card is right,
    ``feedback_wrong`` otherwise; either may be empty. ``language`` (``"ur"``) sets the lang
    attribute, hence the font, and picks the default wording of the buttons and messages;
    ``l10n`` overrides single strings. ``direction`` is ``"auto"`` (from ``language``, else
    from the question's first letter), ``"ltr"`` or ``"rtl"``. All text is plain text. The
    result looks like::

        {
            "question": "Sort each situation.",
            "groupA": "Possible indicator of trafficking",
            "groupB": "Not an indicator on its own",
            "cards": [{"text": "…", "group": "a", "explanation": "…"}],
            "feedback": {"allCorrect": "…", "notAllCorrect": "…"},
            "language": "en",
            "direction": "auto",
            "l10n": {
                "tryAgain": "Try again",
                "correct": "Correct",
                "notQuite": "Not quite",
                "rightGroup": "The right group: :group",
                "score": "You sorted :correct of :total correctly",
            },
        }
    """
    strings = ui_strings(language)
    unknown = set(l10n or {}) - set(strings)
    if unknown:
        raise ValueError(f"Unknown l10n keys: {sorted(unknown)}; known: {sorted(strings)}")
    if direction not in DIRECTIONS:
        raise ValueError(f"direction must be one of {DIRECTIONS}, not {direction!r}")
    card_list = [
        {"text": card["text"], "group": card["group"], "explanation": card.get("explanation", "")}
        for card in cards
    ]
    if not card_list:
        raise ValueError("An activity needs at least one card.")
    for card in card_list:
        if card["group"] not in GROUPS or not card["text"].strip():
            raise ValueError(f"Each card needs text and a group of {GROUPS}: {card!r}")
    content = {
        "question": question,
        "groupA": group_a,
        "groupB": group_b,
        "cards": card_list,
        "feedback": {"allCorrect": feedback_correct, "notAllCorrect": feedback_wrong},
        "direction": direction,
        "l10n": {**strings, **(l10n or {})},
    }
    if language:
        content["language"] = language
    return content


def sort_cards_package(*, title: str, language: str, content: Mapping) -> bytes:
    """A complete ``.h5p`` whose main library is ``TIP.SortCards``, with ``content``
    (see :func:`sort_cards_content`) as its ``content.json``.

    ``language`` goes into ``h5p.json`` and, unless ``content`` names one, into the content
    too, so the player sets the lang attribute and the direction from it.
    """
    return build_package(
        title=title,
        language=language,
        main_library=sort_cards_library(),
        content={"language": language, **content},
    )
