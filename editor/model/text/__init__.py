"""Text machinery shared by the whole model: NFC, the one lexer, links, counts."""

from .counts import READING_SPEED, Counts, count_words, counts_for, words
from .lexer import LINK, NUMBER, WORD, Lexed, Token, has_word, lex
from .links import inside, link_spans
from .normal import nfc, nfc_list, nfc_offset_map

__all__ = [
    "LINK", "NUMBER", "READING_SPEED", "WORD", "Counts", "Lexed", "Token", "count_words", "counts_for",
    "has_word", "inside", "lex", "link_spans", "nfc", "nfc_list", "nfc_offset_map", "words",
]
