"""Dutch text as the matcher sees it: folded words without stopwords, compounds split
against the workshop's own vocabulary, typos mapped to the workshop's own spelling,
Snowball stems, and the workshop's synonyms (one concept per group).

Everything here is per workshop: :class:`Analyzer` is built from the words its points
use, so "personeelsbeleid" splits only because "personeel" and "beleid" occur there.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

# snowballstemmer and rapidfuzz are imported where they are used: the window opens
# (and imports this module through the board's duplicate panel) without them.

_WORD = re.compile(r"[^\W_]+")

# Dutch function words and the fillers SWOT points are made of ("er is", "steeds meer",
# "op vlak van"): they say nothing about which point it is.
_STOPWORD_LIST = """
    aan al alle alles als alsmaar altijd andere ben bij binnen daar daarom dan dat de deze
    die dit doen door dus een eens en er ervan ge geen had heb hebben heeft hem het hier hij
    hoe hun iets ik in is ja je kan kon kunnen maar me meer men met mij mijn moet moeten na
    naar niet niets nog nu of om omdat onder ons onze ook op over reeds te tegen toch toe tot
    u uit uw van veel voor vooral want waren was wat we wel werd wezen wie wij wil worden
    wordt zal ze zelf zich zij zijn zo zoals zou zouden zullen steeds vaak soms heel zeer
    vlak bv bijv bijvoorbeeld enz etc o.a oa m.b.t via daarbij hierdoor waardoor waarbij
    hetgeen welke dient dienen gaat gaan komt komen maakt maken blijft blijven
    tussen zowel veelal bovendien inzake zulke zulk hierin ten opzichte waar zeker elkaar
    zoveel mogelijk neemt nemen echter enkele bepaalde daarvoor hierop daarop ervoor
    """
STOPWORDS = frozenset(_STOPWORD_LIST.split())

# Synonyms municipal SWOTs use, one group a line; the first word names the concept.
# A workshop keeps its own copy (editable in the workshop settings); this is the start.
DEFAULT_SYNONYMS = (
    "vergrijzing, veroudering, verouderd, verouderend, vergrijsd, vergrijzend\n"
    "ouderen, senioren, bejaarden\n"
    "personeel, medewerkers, medewerker, collega, collega's, "
    "personeelsleden, personeelslid, werknemers, werknemer\n"
    "burger, burgers, inwoner, inwoners, klant, klanten, cliënt, cliënten, bevolking\n"
    "daling, dalen, daalt, dalend, dalende, afname, afnemen, neemt af, "
    "vermindering, verminderen, achteruitgang\n"
    "stijging, stijgen, stijgt, stijgend, stijgende, neemt toe, nemen toe, "
    "toename, toenemen, toenemend, toenemende, groei, groeien, groeiend, "
    "groeiende\n"
    "tekort, gebrek, ontbreken, ontbreekt, onvoldoende, te weinig, schaarste, krapte\n"
    "budget, budgetten, middelen, geld, financiën, financiering\n"
    "werkdruk, werklast, werkbelasting\n"
    "verzuim, ziekteverzuim, absenteïsme, afwezigheden\n"
    "opleiding, opleidingen, vorming, vormingen, training, trainingen\n"
    "samenwerking, samenwerken, samen werken\n"
    "innovatie, innoveren, vernieuwing, vernieuwen, innovaties\n"
    "digitalisering, digitaal, digitale, automatisering, e-government\n"
    "ict, it, informatica, software, computerprogramma's, computerprogramma\n"
    "wetgeving, regelgeving, reglementering\n"
    "subsidies, subsidie, toelagen, subsidiëring\n"
    "pensioen, pensioenen, pensionering, pensioneringen, gepensioneerden\n"
    "mondigheid, mondig, mondiger, assertiviteit, assertief, assertiever, kritischer\n"
    "vereenzaming, eenzaamheid, isolement\n"
    "armoede, verarming, kansarmoede, kansarm, kansarmen\n"
    "verandering, wijziging, veranderingen, wijzigingen\n"
    "patrimonium, gebouwen, gebouw\n"
    "omschrijving, beschrijving\n"
    "gemeente, gemeentebestuur, lokaal bestuur, lokale besturen, lokale bestuur\n"
    "elektrische, electrische\n"
)


class _Folding(dict[int, str]):
    """str.translate's table, filled as characters come: each one without its accents."""

    def __missing__(self, code: int) -> str:
        decomposed = unicodedata.normalize("NFKD", chr(code))
        folded = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
        self[code] = folded
        return folded


_FOLDING = _Folding()


def fold(text: str) -> str:
    """Case and accents folded: "Cliënten" and "clienten" are one word."""
    text = text.casefold()
    return text if text.isascii() else text.translate(_FOLDING)


def words(text: str) -> list[str]:
    """The folded words of ``text`` (an apostrophe joins: collega's), stopwords left out."""
    folded = fold(text).replace("'", "").replace("’", "")
    return [w for w in _WORD.findall(folded) if w not in STOPWORDS]


@lru_cache(maxsize=1)
def _stemmer():  # type: ignore[no-untyped-def]
    # The classic Dutch Porter stemmer: the newer "dutch" one also strips ge- ("gebouwen"
    # -> "bouw"), which joins words a facilitator keeps apart (measured: docs/perf.md).
    import snowballstemmer

    return snowballstemmer.stemmer("dutch_porter")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    return str(_stemmer().stemWord(word))


def parse_synonyms(text: str) -> list[list[str]]:
    """Groups of folded words or phrases, one group a line (comma-separated); a line
    of fewer than two entries and lines starting with # are no group."""
    groups = []
    for line in text.splitlines():
        if line.strip().startswith("#"):
            continue
        entries = [" ".join(words_all(e)) for e in line.split(",")]
        entries = list(dict.fromkeys(e for e in entries if e))
        if len(entries) >= 2:
            groups.append(entries)
    return groups


def words_all(text: str) -> list[str]:
    """Folded words including stopwords (for synonym phrases such as "te weinig")."""
    folded = fold(text).replace("'", "").replace("’", "")
    return _WORD.findall(folded)


# Linking sounds between the parts of a Dutch compound: personeel-s-beleid, kind-er-opvang.
_LINKS = ("", "s", "e", "en", "er")
MIN_PART = 4  # "werk", "druk", "kind": shorter parts split too much ("on", "ver")
MIN_COMPOUND = 8
LONG_HEAD = 7  # a head this long is a word of its own even when its tail is not
# Endings that make an adjective, not a compound: regel-matig, werk-baar, kosteloos.
_NOT_TAIL_LIST = "matig matige lijk lijke baar bare loos loze heid achtig achtige waardig waardige"
_NOT_TAILS = frozenset(_NOT_TAIL_LIST.split())
TYPO_MIN_LENGTH = 6
# Where a point's headline ends, and how much the words after it count.
_HEAD_END = re.compile(r"[.:;!?](\s|$)")
REST_WEIGHT = 0.5
WEAK_WEIGHT = 0.5
TYPO_CUTOFF = 90.0


class Analyzer:
    """Turns a text into concept terms for one workshop's vocabulary.

    ``vocabulary`` counts the folded words of the workshop's points (how many points
    use each); compounds split into parts that occur on their own, a word seen once
    maps to a near word (a typo) seen more often, and synonyms map to their group.
    """

    def __init__(self, vocabulary: Counter[str], synonyms: str = DEFAULT_SYNONYMS) -> None:
        self.vocabulary = vocabulary
        self.phrases: dict[tuple[str, ...], str] = {}
        self.synonym: dict[str, str] = {}
        for group in parse_synonyms(synonyms):
            concept = "~" + stem(group[0].split()[0] if " " not in group[0] else group[0])
            for entry in group:
                parts = tuple(entry.split())
                if len(parts) > 1:
                    self.phrases[parts] = concept
                else:
                    self.synonym[stem(entry)] = concept
                    self.synonym.setdefault(entry, concept)
        self._known = {w for w, n in vocabulary.items() if len(w) >= MIN_PART}
        self._frequent = sorted(w for w, n in vocabulary.items() if n >= 2 and len(w) >= 4)
        # Trend words ("stijgt", "daalt") say how, not what: they weigh less.
        self.weak = {self.synonym.get(stem(w)) for w in ("stijging", "daling")} - {None}
        # Who a point is about: the staff or the citizens. Two points about different
        # ones are different points, however alike the rest ("vergrijzing").
        self.subjects = {self.synonym.get(stem(w)) for w in ("personeel", "burger")} - {None}
        self._cache: dict[str, tuple[str, ...]] = {}
        self._texts: dict[str, Counter[str]] = {}

    def weighted_terms(self, text: str) -> Counter[str]:
        """Term frequencies of ``text``; the words after its first sentence (or the
        first clause before a colon) count for less: "Vergrijzing van de bevolking:
        pensioenlasten nemen toe, ..." is first of all about vergrijzing."""
        cached = self._texts.get(text)
        if cached is not None:
            return cached
        match = _HEAD_END.search(text)
        head, rest = (text[: match.start()], text[match.end() :]) if match else (text, "")
        counts: Counter[str] = Counter()
        for term in self.terms(head):
            counts[term] += WEAK_WEIGHT if term in self.weak else 1.0  # type: ignore[assignment]
        for term in self.terms(rest):
            counts[term] += REST_WEIGHT * (WEAK_WEIGHT if term in self.weak else 1.0)  # type: ignore[assignment]
        if len(self._texts) < 100_000:
            self._texts[text] = counts
        return counts

    def who(self, text: str) -> frozenset[str]:
        """The subjects (staff, citizens) the headline of ``text`` names."""
        match = _HEAD_END.search(text)
        head = text[: match.start()] if match else text
        return frozenset(t for t in self.terms(head) if t in self.subjects)

    def terms(self, text: str) -> list[str]:
        """The concept terms of ``text`` (with repeats: term frequency counts)."""
        raw = words_all(text)
        out: list[str] = []
        i = 0
        while i < len(raw):
            for size in (3, 2):  # multi-word synonyms first ("te weinig", "lokaal bestuur")
                phrase = tuple(raw[i : i + size])
                if len(phrase) == size and phrase in self.phrases:
                    out.append(self.phrases[phrase])
                    i += size
                    break
            else:
                word = raw[i]
                i += 1
                if word in STOPWORDS:
                    continue
                out.extend(self.word_terms(word))
        return out

    def word_terms(self, word: str) -> tuple[str, ...]:
        cached = self._cache.get(word)
        if cached is None:
            cached = self._cache[word] = self._analyse(word)
        return cached

    def _analyse(self, word: str) -> tuple[str, ...]:
        if word.isdigit():
            return (word,)
        word = self._spelling(word)
        concept = self._concept(word)
        if concept is not None:
            return (concept,)
        parts = self.split(word)
        if len(parts) > 1:
            return tuple(self._concept(p) or stem(p) for p in parts)
        return (stem(word),)

    def _concept(self, word: str) -> str | None:
        return self.synonym.get(word) or self.synonym.get(stem(word))

    def _spelling(self, word: str) -> str:
        """A word the workshop uses once and that is one slip away from a word it uses
        more often is that word mistyped ("vrijwiligers" -> "vrijwilligers")."""
        if len(word) < TYPO_MIN_LENGTH or self.vocabulary.get(word, 0) >= 2:
            return word
        if word in self.synonym or self.split(word) != (word,):
            return word
        from rapidfuzz import fuzz, process

        found = process.extractOne(
            word, self._frequent, scorer=fuzz.ratio, score_cutoff=TYPO_CUTOFF
        )
        if found is None or found[0] == word or found[0][0] != word[0]:
            return word
        return found[0]

    def split(self, word: str) -> tuple[str, ...]:
        """``word`` split into parts the workshop uses on their own (longest head first),
        or ``(word,)``: personeelsbeleid -> (personeel, beleid)."""
        return self._split(word, 0)

    def _split(self, word: str, depth: int) -> tuple[str, ...]:
        if len(word) < MIN_COMPOUND or depth > 2:
            return (word,)
        for cut in range(len(word) - MIN_PART, MIN_PART - 1, -1):
            head = word[:cut]
            if head not in self._known and head not in self.synonym:
                continue
            rest = word[cut:]
            for link in _LINKS:
                if not rest.startswith(link):
                    continue
                tail = rest[len(link) :]
                if len(tail) < MIN_PART or tail in _NOT_TAILS:
                    continue
                if tail in self._known or tail in self.synonym:
                    return (head, tail)
                deeper = self._split(tail, depth + 1)
                if len(deeper) > 1:
                    return (head, *deeper)
        # A long word the workshop uses, then a word it never used on its own:
        # vrijwilligers-inzet in a workshop that says "vrijwilligers" but not "inzet".
        for cut in range(len(word) - MIN_PART, LONG_HEAD - 1, -1):
            head = word[:cut]
            if head in self._known or head in self.synonym:
                tail = word[cut:]
                if tail not in _NOT_TAILS and not any(
                    tail == link + rest for link in _LINKS[1:] for rest in _NOT_TAILS
                ):
                    return (head, tail.removeprefix("s") if len(tail) > MIN_PART else tail)
        return (word,)


def vocabulary(texts: Iterable[str]) -> Counter[str]:
    """How many of ``texts`` use each folded word."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(set(words(text)))
    return counts
