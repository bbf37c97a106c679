"""The word tokens the syllable checks judge, taken from the model's one lexer."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..text.lexer import Lexed, Token, lex


def syllable_tokens(lexed: Lexed, with_digits: bool = False) -> Iterator[Token]:
    """The tokens of ``lexed`` a syllable check looks at: words, not links or numbers.

    Tokens holding digits are left out too unless ``with_digits`` (then those with a letter
    come back, e.g. VNI residue like ``vie65t``; pure numbers never do).
    """
    words: Iterable[Token] = lexed.words()
    for tok in words:
        word = tok.text
        if word.isalpha():  # the common case: letters only
            yield tok
        elif any(c.isdecimal() for c in word):
            if with_digits and any(c.isalpha() for c in word):
                yield tok
        else:
            yield tok


def tokens(text: str, with_digits: bool = False) -> Iterator[Token]:
    """Yield ``(start, end, token)`` for each word of ``text`` (code-point offsets).

    URLs, e-mail addresses, domain names, @handles and #hashtags are skipped; see
    :func:`syllable_tokens` for digits.
    """
    return syllable_tokens(lex(text), with_digits)
