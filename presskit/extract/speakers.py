"""Who has spoken so far in an article, and what is known of their gender, for "she said"."""

from __future__ import annotations

import heapq

from presskit.extract.vocab import JOB_TITLES


def drop_titles(name: str) -> str:
    """'Neon CEO Tom Quinn' -> 'Tom Quinn': keep the words after the last job title."""
    words = name.split()
    cut = max((i for i, w in enumerate(words) if w in JOB_TITLES), default=-1)
    rest = words[cut + 1 :]
    return " ".join(rest) if rest else name


class Speakers:
    """The speakers in the order they spoke. The last speaker who may be of a gender is kept in a heap
    per gender (unknown, "m", "f"), so it is found without walking back through every speaker."""

    def __init__(self) -> None:
        self.gender: dict[str, str] = {}
        self.count = 0
        self._last: dict[str, int] = {}  # each speaker's latest turn
        self._latest: str | None = None
        self._heaps: dict[str | None, list[tuple[int, str]]] = {None: [], "m": [], "f": []}

    def add(self, name: str) -> None:
        """Note that name spoke (again)."""
        self._last[name] = self.count
        self._latest = name
        heapq.heappush(self._heaps[self.gender.get(name)], (-self.count, name))
        self.count += 1

    def learn(self, name: str, sex: str | None) -> None:
        """Record name's gender, unless known already."""
        if sex and name not in self.gender:
            self.gender[name] = sex
            if name in self._last:
                heapq.heappush(self._heaps[sex], (-self._last[name], name))

    def last(self, sex: str | None) -> str | None:
        """The latest speaker who is of that gender or whose gender is unknown (any speaker for None)."""
        if sex is None:
            return self._latest
        best: tuple[int, str] | None = None
        for group in (None, sex):
            heap = self._heaps[group]
            while heap and (self._last[heap[0][1]] != -heap[0][0] or self.gender.get(heap[0][1]) != group):
                heapq.heappop(heap)  # an earlier turn, or a speaker whose gender has since been learnt
            if heap and (best is None or heap[0] < best):
                best = heap[0]
        return best[1] if best else None
