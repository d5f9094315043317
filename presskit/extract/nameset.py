"""Whether any of many names occurs in a text, looked up by the word each one starts with: trying every
name's own pattern on every sentence made an article with a long cast quadratic."""

from __future__ import annotations

import re
from collections.abc import Iterable

MAX_ODD = 50  # names that start with neither a letter nor a digit are each searched for; no kit has more
FEW = 16  # up to this many first words, each is looked for where it is written, not the text read word by word


class NameSet:
    """Names to find either as whole words ("word": '\\bName\\b') or not touching a letter, digit or
    hyphen and not followed by another capitalised word ("char": how a character's name is found)."""

    def __init__(self, names: Iterable[str], boundary: str) -> None:
        self.token = re.compile(r"\w+" if boundary == "word" else r"[\w\-]+")
        self.by_word: dict[str, list[re.Pattern[str]]] = {}
        self.odd: list[re.Pattern[str]] = []
        for name in names:
            rx = re.compile(
                rf"\b{re.escape(name)}\b" if boundary == "word" else rf"(?<![\w\-]){re.escape(name)}(?![\w\-]|\s[A-Z])"
            )
            first = self.token.match(name)
            if first:
                self.by_word.setdefault(first.group(0), []).append(rx)
            elif len(self.odd) < MAX_ODD:
                self.odd.append(rx)

    def search(self, text: str) -> bool:
        """Does any of the names occur in text?"""
        if len(self.by_word) > FEW:
            for m in self.token.finditer(text):
                for rx in self.by_word.get(m.group(0), ()):
                    if rx.match(text, m.start()):
                        return True
        elif any(self._starts(text, w) for w in self.by_word if w in text):
            return True
        return any(rx.search(text) for rx in self.odd)

    def _starts(self, text: str, word: str) -> bool:
        """Does one of the names that start with word occur where word is a whole token of text (as
        reading text token by token would find it), looked for where word is written?"""
        i = text.find(word)
        while i >= 0:
            if i == 0 or not self.token.match(text, i - 1):  # a token starts here
                t = self.token.match(text, i)
                if t and t.group(0) == word and any(rx.match(text, i) for rx in self.by_word[word]):
                    return True
            i = text.find(word, i + 1)
        return False
