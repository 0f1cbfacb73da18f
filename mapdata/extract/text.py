"""Clean a pasted report and cut it into sentences.

Reports arrive as plain text with optional ``url:`` / ``published:`` / ``outlet:`` header
lines, sometimes as pasted HTML, with curly quotes. Every later step works on sentences; each
sentence keeps its original wording (the evidence shown to the user) and a normalised copy
(straight quotes) of the same length, so positions found in one are valid in the other.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass, field
from functools import lru_cache
from html.parser import HTMLParser

from mapdata.extract.folded import gated

__all__ = [
    "CLOSING_VOICE",
    "FORCE_OF_BEFORE",
    "MAX_CHARS",
    "MAX_SENTENCE_CHARS",
    "SCARE_QUOTES",
    "Document",
    "Sentence",
    "looks_english",
    "motive_start",
    "parse_header",
    "parse_published",
    "read_document",
    "split_sentences",
    "strip_html",
]

MAX_CHARS = 200_000  # a news report is a few kB (a long one 20 kB); beyond this it is not one report

# One character for one character, so offsets survive normalisation.
# fmt: off
_QUOTES = str.maketrans({
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"', "\u2033": '"',
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u2032": "'", "\u00a0": " ", "\u2009": " ",
    "\u202f": " ", "\u2013": "-", "\u2014": "-", "\u2011": "-",
})
# fmt: on
# the full stop of a rank's abbreviation before a name ("Col. X", "Lt. Gen. Y"), read as a blank (same length)
_RANK_DOT = re.compile(r"\b(Lt|Col|Gen|Maj|Sgt|Cpl|Pvt|Adm|Capt|Brig|Cmdr|Lieut)\.(?=\s?[A-Z])")
MAX_SENTENCE_CHARS = 1_000  # the longest sentence in 40 real reports has 692; longer runs are cut into pieces
_HEADER = re.compile(r"[ \t]*(url|published|outlet|source|date)[ \t]*:(.*)", re.IGNORECASE)
# "<p" followed by anything but a tag's end or another tag's start: one scan per "<", never back.
_LOOKS_HTML = re.compile(
    r"<\s*(?:p|div|br|html|body|span|a|h[1-6]|article|section|li|ul|script|style|table)\b[^<>]*>", re.I
)
# fmt: off
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "sgt", "st", "no", "vs", "etc", "jr", "sr",
    "capt", "gov", "sen", "rep", "prof", "cpl", "pvt", "adm", "brig", "approx", "e.g", "i.e", "mt", "mts",
    "p.m", "a.m", "u.s", "u.k", "u.n", "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec",
}
# fmt: on
# A run of end punctuation is tried from its first character only (the look-behind), so
# "!!!!…" costs one pass, not one pass per "!".
# A page's text often lost the space after a sentence: '... to Indian firing."Indian ceasefire
# violations ...', 'in the sector.The army said ...'. A word starting with a capital right after a
# closing quote, or after a word's full stop, begins the next sentence (group 3 empty).
_BOUNDARY = re.compile(
    # (not an outlet's web name: "News.Az reports citing the ministry", "Trend.Az", "Armenpress.Am")
    r"(?<![.!?])([.!?]+)([\"')\]]*)(\s+|(?<=[\"'])(?=[A-Z][a-z])|(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])(?!(?:Az|Am|Ru|Ua|Ge|Com|Net|Org)\b)|(?<=\w[)\]][.!?])(?=[A-Z]))(?=[\"'(]?[A-Z0-9\"'])"
)
_CLOSERS = "\"')]"
_WORD_BEFORE = re.compile(r"[^\s(\"']*$")


@dataclass(frozen=True)
class Sentence:
    """One sentence: ``text`` as written, ``norm`` with straight quotes (same length)."""

    index: int
    text: str
    norm: str
    heading: bool = False  # a title, dateline or subhead: no sentence punctuation
    caption: bool = False  # a photo caption ("... (ANI Photo)"): not part of the report's text


@dataclass
class Document:
    """A report ready for extraction."""

    body: str
    sentences: list[Sentence]
    published: dt.date | None = None
    outlet: str | None = None
    url: str | None = None
    warnings: list[str] = field(default_factory=list)


class _TextCollector(HTMLParser):
    """Visible text of an HTML fragment; block elements become line breaks."""

    # fmt: off
    _BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "article", "section", "header", "footer", "title"}
    # fmt: on

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in {"script", "style", "noscript", "template"}:
            self._skip += 1
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in {"script", "style", "noscript", "template"}:
            self._skip = max(0, self._skip - 1)
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def strip_html(text: str) -> tuple[str, bool]:
    """Visible text if ``text`` looks like HTML (returns ``(text, True)``), else unchanged."""
    if not _LOOKS_HTML.search(text):
        return text, False
    collector = _TextCollector()
    collector.feed(text)
    collector.close()
    joined = "".join(collector.parts)
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in joined.splitlines()]
    cleaned = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", cleaned).strip(), True


def parse_header(text: str) -> tuple[dict[str, str], str]:
    """Leading ``key: value`` lines (url, published, outlet) and the text after them."""
    meta: dict[str, str] = {}
    lines = text.splitlines()
    consumed = 0
    for line in lines:
        if not line.strip():
            if meta:
                consumed += 1
                break
            consumed += 1
            continue
        match = _HEADER.match(line)
        if not match:
            break
        key = match.group(1).lower()
        key = {"source": "outlet", "date": "published"}.get(key, key)
        meta.setdefault(key, match.group(2).strip())
        consumed += 1
    if not meta:
        return {}, text
    return meta, "\n".join(lines[consumed:])


_ABBREVIATION_CHARS = 12  # an abbreviation is read from this many characters before its full stop


def _word_before(chunk: str) -> str:
    """The lower-cased word the text before a full stop ends in, read from its last few characters
    only: an abbreviation is short, and reading the whole chunk again at every full stop made
    "Mr. Mr. Mr. …" quadratic."""
    match = _WORD_BEFORE.search(chunk[-_ABBREVIATION_CHARS:])
    return match.group(0).lower() if match else ""


def _is_abbreviation(chunk: str) -> bool:
    """True when the text before a full stop ends in an abbreviation ("U.S", "p.m", "Gen")."""
    word = _word_before(chunk)
    if len(word) >= _ABBREVIATION_CHARS:
        return False
    if not word:
        return False
    if word in _ABBREVIATIONS or word.rsplit("-", 1)[-1] in _ABBREVIATIONS:
        return True  # ("St.-Sgt. Maj. Shlomi Cohen": a rank written short, with a hyphen)
    return (len(word) == 1 and word.isalpha()) or bool(re.fullmatch(r"(?:[a-z]\.)+[a-z]", word))


# Abbreviations that may close a sentence ("... after 7 p.m."), and the words that only open one:
# "after 7 p.m. They shelled ..." is two sentences, "at 7 p.m. Monday" and "Gen. Smith" are not.
_CLOSING_ABBREVIATIONS = frozenset({"p.m", "a.m", "etc", "u.s", "u.k", "u.n"})
_OPENS_SENTENCE = re.compile(
    r"(?:They|The|He|She|It|We|This|These|Those|There|Its|Their|His|Her|In|On|At|According|A|An)\b"
)


def _ends_after_abbreviation(chunk: str, norm: str, next_start: int) -> bool:
    """Does the abbreviation ending ``chunk`` also end the sentence, the next word being one that
    only opens a sentence ("after 7 p.m. They repeatedly shelled ...")?"""
    return _word_before(chunk) in _CLOSING_ABBREVIATIONS and _OPENS_SENTENCE.match(norm, next_start) is not None


# "'Thai soldiers fired many rockets into the market,' said X": a quotation in single quotes (an
# apostrophe inside a word, "don't", may stand in it), read as one in double quotes; same length.
_SINGLE_QUOTED = re.compile(r"(^|[\s(\[])'((?:[^'\n]|(?<=\w)'(?=\w)){1,600}?[,.!?])'(?=\s|$)")


# A line that ends with a photo credit ("(ANI Photo)", "(Photo: Reuters)", "Photo posted by ...") is
# a caption: it tells what a picture shows, often in a party's words, and is not the report's text.
_PHOTO_CREDIT = re.compile(
    r"(?:\((?:[^()\n]{0,60}\s)?(?:photo|picture|image)(?:\s*[:/][^()\n]{0,80})?\)|"
    # "... on August 26, 2024. (Credit: Mohammad Yassin/L'Orient Today)": a photographer's credit in brackets
    r"\((?:photo\s+)?credits?\s*:\s*[^()\n]{1,80}\)|"
    r"(?:^|[.!?]\s+)(?:photo|picture|image)s?\s*(?::|by\b|courtesy\b|credit\b|posted\b)[^.\n]{0,160}\.?|"
    # "... on January 26. — Reuters": a picture agency's credit closing the line
    r"[.!?]\s*[—–-]{1,2}\s*(?:Reuters|AFP|AP|EPA|ANI|PTI|Xinhua|Anadolu|Getty\s+Images|[\w\s/]{1,40}photo)|"
    # "... April 4, 2009. REUTERS/Chor Sokunthea": an agency and its photographer, no brackets
    r"[.!?]\s+(?:REUTERS|Reuters|AFP|AP(?:\s+Photo)?|EPA|Xinhua)\s*/\s*[A-Z][\w.'’ -]{1,40}|"
    # "... (Xinhua/Sovannara)": an agency and its photographer
    r"\((?:Reuters|AFP|AP|EPA|Xinhua|Anadolu|Getty\s+Images)\s*/\s*[^()\n/]{1,40}\)|"
    # "... but border tensions remained high. (Xinhua)": an agency alone in brackets closing the line
    r"[.!?]\s+\((?:Reuters|AFP|AP|EPA|Xinhua|Anadolu)\)\??)\s*$",
    re.I,
)
# A wire caption: who is where in the picture ("Teck Mieng (C), a soldier ..., is seen at X ...,
# October 4, 2008."), closed by the day it was taken.
_CAPTION_SHAPE = re.compile(
    r"(?:\((?:C|L|R|L-R|R-L|centre|center|left|right)\)|\b(?:is|are)\s+seen\b|\bpictured\b)"
    r"[^\n]{0,400}?,\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+[0-3]?\d,\s+(?:19|20)\d\d\.?\s*$"
)
_MAX_CAPTION = 600
# "KYIV (Reuters) -", "SRINAGAR, March 5:": where (and when) a story was filed, before its first
# sentence; never an actor, and its date is not the fire's.
# "(UrduPoint News / Sputnik - 21st July, 2019)": the agencies and the day a story was filed, in brackets
# A force named by its owner, right before the name ("the armed forces of Nagorno-Karabakh fired",
# "the positions of the army of Azerbaijan"): the name says whose force it is, a side, not a place
FORCE_OF_BEFORE = re.compile(
    r"\b(?:(?:armed|military|defen[cs]e|security)\s+)?(?:forces|army|troops|military|units|formations)\s+of\s+(?:the\s+)?$",
    re.I,
)
# "A BSF trooper, deployed on the border in Jammu and Kashmir, was killed": where a victim serves,
# in apposition, is neither a place of the incident nor a break between the victim and the verb
_POSTING_ASIDE = re.compile(
    r"\b(?:troopers?|soldiers?|jawans?|servicem[ae]n|guards?|officers?|personnel|constables?|policem[ae]n)"
    r"(?P<aside>,\s+(?:who\s+(?:was|were|is|are)\s+)?(?:deployed|stationed|posted|serving|based)\s+(?:on|in|at|along|near)\s+"
    r"[^,;.]{3,80},)",
    re.I,
)


# (a border's post is a place: "posted at the Pargwal border outpost")
_ON_THE_LINE = re.compile(
    r"\b(?:border(?!\s+(?:out)?posts?\b)|LoC|Line\s+of\s+Control|frontier|front\s*line|front|contact\s+line)\b", re.I
)


def without_posting(sentence: str, *, only_on_the_line: bool = False) -> str:
    """``sentence`` with a victim's posting in apposition blanked out (same length: offsets hold).

    ``only_on_the_line``: only a posting on the border or the front ("deployed on the India-Pakistan
    border in Jammu and Kashmir"); a posting at a town ("soldiers, stationed in Kupiansk, came under
    shelling") is most often where they were hit, a place to keep."""
    if "," not in sentence:
        return sentence

    def blank(m: re.Match[str]) -> str:
        if only_on_the_line and not _ON_THE_LINE.search(m.group("aside")):
            return m.group(0)
        return m.group(0)[: m.start("aside") - m.start()] + " " * len(m.group("aside"))

    return _POSTING_ASIDE.sub(blank, sentence)


BRACKETED_FILING_DAY = (
    r"\([^()]{1,60}?[-–—,]\s*(?P<bracket_date>[0-3]?\d(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,9}\.?,?\s+(?:19|20)\d\d)\)"
)
# A state of a dateline in more than two words: only these shapes ("POONCH, Jammu and Kashmir --",
# "MUZAFFARABAD, Pakistan-administered Kashmir (AP) —", "NIKOPOL, Dnipropetrovsk Oblast --"), not
# "AVDIIVKA, Marinka and Pisky -- three frontline towns -- came under fire"
LONG_STATE = (
    r"(?:(?:Azad\s+)?Jammu\s+and\s+Kashmir|[A-Z][a-z]+-(?:administered|controlled|held|occupied)\s+Kashmir|"
    r"[A-Z][a-z]+\s+(?:Oblast|Region|Province))"
)
DATELINE = re.compile(
    # (the town perhaps with its country: "DONETSK, Ukraine --", "SURIN, Thailand, July 25 (Reuters) -",
    # "POONCH, Jammu and Kashmir --")
    # ("SIALKOT/ RAWALPINDI -", "NEW DELHI/ISLAMABAD:": two bureaus)
    # ("Beirut, Oct 10: ...": a town in title case only with the day and a colon or dash after it)
    # ("(MENAFN- Nam News Network) BEIRUT, Nov 24 (NNN-NNA) –": an aggregator's bracketed name before it)
    r"(?:\([A-Z][^()]{1,40}\)\s*)?"
    r"\W{0,3}(?:[A-Z][A-Z.'’/ -]{1,40}|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?=,\s*[A-Z][a-z]{2,9}\.?\s+[0-3]?\d\s*[-–—:]))"
    r"(?:,\s*(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?|"
    + LONG_STATE
    + r")(?=\s*(?:,|\(|[-–—:]{1,2}\s)))?(?:(?:,\s*(?P<date>(?:[A-Z][a-z]{2,9}\.?\s+[0-3]?\d|[0-3]?\d\s+[A-Z][a-z]{2,9}\.?)"
    r"(?:,?\s+(?:19|20)\d\d)?))?\s*(?:\([^()]{1,40}\))?\s*[-–—:]{1,2}\s|"
    # "LUHANSK (UrduPoint News / Sputnik - 21st July, 2019) One person ...": the day inside the brackets
    rf"\s*{BRACKETED_FILING_DAY}\s)"
)
# A line that opens by describing a picture ("A picture taken in the outskirts of X shows smoke
# rising after a strike on ...", "This photo shows ...") is a caption too, credit or not.
_PICTURE_OPENS = re.compile(
    r"^\W{0,3}(?:(?:an?|this|the)\s+)?(?:picture|photo(?:graph)?|image|handout\s+(?:picture|photo)|video\s+grab|still)"
    r"\s+(?:(?:taken|released|published|obtained|made)\b|shows\b|showing\b|from\b)",
    re.I,
)


def _ends_a_sentence(line: str) -> bool:
    """Does the (normalised) line end with . ! or ?, perhaps inside closing quotes or brackets?"""
    return line.rstrip().rstrip(_CLOSERS).rstrip().endswith((".", "!", "?"))


# "the enemy mounted six attacks: near A and B using X; near C using Y; near D using Z.": a list announced
# by a colon, its items parted by semicolons, each item a place and how it was hit
# (items that open on where, as bulletins write them: "near A ...; in the area of B ..."; not "Losses: one killed
# near A; two wounded near B", nor a colon before a clause of its own)
_ITEM_OPENS = r"(?:and\s+)?(?:near|around|outside|in\s+the\s+(?:area|vicinity|direction)\s+of)\s"
_LIST_COLON = re.compile(rf":\s+(?={_ITEM_OPENS})")
_ITEM_BREAK = re.compile(rf";\s+(?={_ITEM_OPENS})")
_MAX_ITEM_CHARS = 200


# "..., the ministry said.": the voice closing a sentence
CLOSING_VOICE = re.compile(
    r",\s+(?:[\w'’.-]+\s+){1,6}?(?:said|says|reported|reports|added|stated|announced)\s*[.!]?[\"”]?\s*$", re.I
)


def _inline_list(original: str, norm: str) -> list[tuple[str, str]]:
    """A sentence that announces a list with a colon and parts its items with semicolons, read as the
    announcing line and one line per item (as the same list set out on lines is read); else the sentence."""
    colon = _LIST_COLON.search(norm)
    if colon is None or '"' in norm[: colon.start()]:
        return [(original, norm)]
    breaks = [m.start() for m in _ITEM_BREAK.finditer(norm, colon.end())]
    if not breaks:
        return [(original, norm)]
    cuts = [colon.start() + 1, *(b + 1 for b in breaks)]
    bounds = list(zip([0, *cuts], [*cuts, len(norm)]))
    if any(end - start > _MAX_ITEM_CHARS for start, end in bounds[1:]) or CLOSING_VOICE.search(norm, cuts[-1]):
        return [(original, norm)]  # (a voice closing the last item speaks for the whole list: read whole)
    return [(original[a:b].strip(), norm[a:b].strip()) for a, b in bounds if norm[a:b].strip()]


def _pieces(original: str, norm: str) -> list[tuple[str, str]]:
    """A sentence longer than MAX_SENTENCE_CHARS cut at spaces into pieces of at most that size.

    Real sentences are far shorter; this bounds what any later step can spend on one sentence,
    so a pasted run of 60 kB without a full stop costs linear time, not its square."""
    if len(norm) <= MAX_SENTENCE_CHARS:
        return [(original, norm)]
    out = []
    start = 0
    while start < len(norm):
        end = min(len(norm), start + MAX_SENTENCE_CHARS)
        if end < len(norm):
            cut = norm.rfind(" ", start + MAX_SENTENCE_CHARS // 2, end)
            end = cut if cut > start else end
        piece, piece_norm = original[start:end].strip(), norm[start:end].strip()
        if piece:
            out.append((piece, piece_norm))
        start = end
    return out


_WRAP_WIDTH = 45  # a hard-wrapped line is this long at least (wire copy wraps at 60-80 columns)
_WRAP_BAND = 30  # and its lines but the last differ in length by this much at most
_WRAP_BREAKS = 2  # or this many of its lines break off mid-sentence, the next going on in lower case
# a line that ends on a comma or a word that cannot end a title ("mortar attacks of") goes on below
_ENDS_MID_PHRASE = re.compile(r"(?:,|\b(?:of|the|an?|and|or|to|in|on|at|from|with|by|that|for|as|near|into))$", re.I)


# A line that is only a dateline ("SURIN, Thailand, July 25 (Reuters) -", "Jammu, March 7:") or
# a byline ("By Tariq Naqash,", "Staff Correspondent,"): a heading above the paragraph, never in it
_DATELINE_ONLY = re.compile(
    r"\W{0,3}[A-Z][\w.'’ -]{1,40}(?:,\s*[A-Z][\w.'’ -]{1,30})?,\s*"
    r"(?:[A-Z][a-z]{2,9}\.?\s+[0-3]?\d|[0-3]?\d\s+[A-Z][a-z]{2,9}\.?)(?:,?\s+(?:19|20)\d\d)?"
    r"\s*(?:\([^()]{1,40}\))?\s*[-–—:]{0,2}\s*$"
)
_BYLINE = re.compile(
    r"\W{0,3}(?:By\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}|(?:Staff|Special|Our|Senior)\s+(?:Correspondent|Reporter|Writer))"
    r"\s*[,;]?\s*$"
)


def _heading_lines(lines: list[str]) -> int:
    """How many of a wrapped block's first lines are headings above its paragraph, not in it.

    A byline, or a dateline on a line of its own ("SURIN, Thailand, July 25 (Reuters) -") and the
    title above it, stay apart; a dateline that opens the paragraph ("MUZAFFARABAD, March 7:
    Indian ...") starts it. (A title with no dateline below it is not told from a paragraph's
    first line that breaks before a name: "Ukraine's Foreign Minister Pavlo" / "Klimkin said".)"""
    start = 0
    for k, line in enumerate(lines[:4]):
        if _DATELINE_ONLY.match(line):
            start = k + 1
        elif DATELINE.match(line + " "):
            start = k
    while start < len(lines) - 1 and _BYLINE.match(lines[start]):
        start += 1
    return start


def _unwrapped_lines(body: str) -> list[str]:
    """The body's lines, with hard-wrapped paragraphs joined back into one line each.

    Old wire copy, e-mail and forum reposts break a paragraph every 60-80 characters, so no line
    ends a sentence and each would read as a heading. A block of lines (between blank lines) is
    wrapped when it has two lines or more, every line but its last is at least _WRAP_WIDTH long and
    about as long as the others, and some line in it does not end a sentence while the next goes
    on in lower case. A title, dateline or caption above a paragraph, with no blank line between,
    stays apart: its length differs from the paragraph's, or the next line starts a sentence."""
    out: list[str] = []
    block: list[str] = []

    def flush() -> None:
        lines = [b.strip() for b in block]
        widths = [len(line) for line in lines[:-1]]
        breaks = [
            not _ends_a_sentence(line)
            # (a web address, "www.chinaview.cn" under a caption, goes on no sentence)
            and (
                (lines[i + 1][:1].islower() and not lines[i + 1].startswith(("www.", "http")))
                or _ENDS_MID_PHRASE.search(line) is not None
            )
            for i, line in enumerate(lines[:-1])
        ]
        goes_on = sum(breaks)
        even = (
            min(widths, default=0) >= _WRAP_WIDTH
            and max(widths, default=0) - min(widths, default=0) <= _WRAP_BAND
            and goes_on >= 1
        )
        # (lines of uneven length, a paragraph's first line shorter: twice a line breaks off
        # mid-sentence and the next goes on in lower case)
        if len(lines) >= 2 and (even or goes_on >= _WRAP_BREAKS):
            start = _heading_lines(lines)
            out.extend(block[:start])
            out.append(" ".join(lines[start:]))
        else:
            out.extend(block)
        block.clear()

    for line in body.splitlines():
        rule = bool(line.strip()) and _RULE_LINE.fullmatch(line.strip()) is not None
        if rule and not (block and _ends_a_sentence(block[-1].strip())):
            continue  # (a separator inside a sentence, "..., near Avdiivka on Saturday,\n|\nthe military said": dropped)
        if line.strip() and not rule:
            block.append(line)
        else:
            # (a line of a separator alone, "|" between a wire story's paragraphs, ends a block as a blank one does)
            flush()
            out.append("" if rule else line)
    flush()
    return out


_RULE_LINE = re.compile(r"[|¦•*~=_—–-]{1,5}")


_LIST_ITEM = re.compile(r"\s*(?:[-*\u2022\u2013]\s*)?(?P<item>[A-Z][\w'’.-]*(?:[ -][\w'’.()-]+){0,5})\s*[,;]?\s*")
_MAX_LIST_ITEMS = 40


def _joined_lists(lines: list[str]) -> list[str]:
    """A line ending in a colon followed by short lines of names ("shelled 12 fronts as follows:",
    then "Buri Ram", "Surin", ...): one sentence naming them, "...: Buri Ram, Surin and Si Sa
    Ket.", so what the colon announces is read with its list. Lines that end a sentence, or longer
    than a name, end the list."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        out.append(line)
        i += 1
        if not line.rstrip().endswith(":"):
            continue
        items: list[str] = []
        j = i  # the next line to look at; blank lines between the colon and its items, or between
        taken = i  # items, are part of the list ("... the following settlements:", a blank line, "Zod")
        while j < len(lines) and len(items) < _MAX_LIST_ITEMS:
            candidate = lines[j]
            j += 1
            if not candidate.strip():
                continue
            short = len(candidate) <= 60 and not _ends_a_sentence(candidate)
            match = _LIST_ITEM.fullmatch(candidate) if short else None
            if match is None:
                break
            items.append(match.group("item").rstrip(".,;"))
            taken = j
        if len(items) < 2:
            continue
        out[-1] = line.rstrip() + " " + ", ".join(items[:-1]) + " and " + items[-1] + "."
        i = taken
    return out


_REPORTED_CLAUSE = re.compile(
    r"\b(?:said|says|claimed|claims|reported|reports|told|stated|added)\s+(?:on\s+\w+\s+)?that\b|"
    r",\s+(?:said|says|reported|reports|according\s+to)\s+(?:the\s+)?[A-Z]|"
    # ("... opened fire towards the village of B, village chief Narek Sahakyan told PanARMENIAN.Net")
    r",\s+(?:[\w'’.-]+\s+){1,6}?told\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}\s*$"
)


def _cut_short(line: str) -> bool:
    """The text's last line, a sentence cut off where the paste ended ("Lebanese state media said Israeli fire
    had hit six areas, striking A, B and C"): long and in running words, unlike a title or a credit."""
    words = line.split()
    return len(words) >= 18 and sum(1 for w in words if w[:1].islower()) >= len(words) // 2


def _ends_a_list_line(line: str) -> bool:
    """A line ending in ";" is an item of a list ("1 engagement near Stepove;"), and a sentence that
    ends in ":" announces one ("Russian forces carried out 5 ground assaults:"): both are read, not
    taken for headings (a short "Read also:" stays a heading)."""
    end = line.rstrip()
    return end.endswith(";") or (end.endswith(":") and len(end.split()) >= 8)


# "a city that Russia claims as its territory", "the islands claimed as part of X": a claim to land, not a
# statement; read as "treats" (same length, so offsets into the text still hold) by every rule after.
_LAND_CLAIM = re.compile(
    r"\bclaim(?P<ending>s|ed|ing)?(?=\s+(?:as\s+(?:its|their|part|own|an?|the)\b|sovereignty\b|ownership\b))", re.I
)


def _as_land_claim(match: re.Match[str]) -> str:
    return {"s": "treats", "ed": "treated", "ing": "treating"}.get((match.group("ending") or "").lower(), "treat")


# "in [the] village [of] Kundan Pur": words an editor put into a quotation, read as the text's own
# (brackets become spaces: same length)
# ("the outskirts of the village [of Dhayra]": a name too)
# "AFP adds: Indian police accused ...": a wire's paragraph inserted into the story, a sentence even
# without its full stop
_WIRE_ADDS = re.compile(r"\W{0,3}(?:AFP|Reuters|AP|PTI|APP|IANS|ANI|Xinhua|DPA|TASS|UNI|NNA)\s+adds?\s*:")
_EDITORS_WORDS = re.compile(
    r"\[([a-z][a-z ]{0,24}|(?:of|in|at|near) [A-Z][A-Za-z'-]{1,24}(?: [A-Z][A-Za-z'-]{1,24}){0,2})\]"
)
# "An army military position in the... Adaysseh area": words cut from a quotation after a word that
# cannot end a sentence; the ellipsis reads as blanks (same length), not as a full stop
_CUT_AFTER = re.compile(r"\b(the|an?|of|in|at|on|to|from|by|and|or|near|into)(\.\.\.|…)(?=\s)", re.I)


# The words that rank a clash against the past ("the first ... since 2008", "the fiercest ... since the
# war"): dates.py leaves the day after them to the ranking, events.py keeps the ranked clash as news
RANKING_WORDS = (
    r"(?:first|fiercest|worst|heaviest|deadliest|bloodiest|biggest|largest|most\s+(?:serious|severe|intense|violent))"
)


# "Read alsoRussia hybrid forces attack Ukraine five times on first day of truce In addition, militants fired ...": a
# link to another story, its headline pasted into the paragraph; read as blanks (same length) up to where the
# sentence of the story begins (a capital opening a clause after a word in lower case)
_READ_ALSO = re.compile(
    # (the headline is at most 160 characters: a story sentence is never read far in; with no opener in reach,
    # nothing is blanked)
    r"\bRead\s*(?:also|more)(?=[\s:A-Z])\s*:?\s*[^.!?\n]{1,160}?(?<=[A-Za-z0-9])\s+(?=(?:In|On|At|The|According|Meanwhile|"
    r"Earlier|Also|As|Later|Overnight|During|Since|After|Before|Yesterday|Today|Last|Enemy|Militants|Troops|Forces|"
    r"Russian|Ukrainian|Israeli|Lebanese|Indian|Pakistani|Thai|Cambodian|Armenian|Azerbaijani|Hezbollah|"
    r"One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|A|An|\d)\b)"
)
# "... accusing the Azerbaijani side of provocation. -02D-": an agency's sign-off code after the last full
# stop (read as blanks, same length), so the line still ends a sentence
_SIGN_OFF = re.compile(r"(?<=[.!?\"”])\s+(?:-\s?[0-9A-Z]{1,5}\s?-|/[0-9A-Z]{1,5}/|\((?:ends?|END|[0-9A-Z]{1,5})\))\s*$")


# a few words after a line's last full stop, with no stop of their own ("link", "Read more", "Share this")
_LINK_TAIL = re.compile(r"(?:(?<=[a-z][.!?])|(?<=[.!?][\"”]))\s+[A-Za-z][a-z'’-]*(?:\s+[A-Za-z][a-z'’-]*){0,2}\s*$")
_LINK_TAIL_AFTER = 60  # characters of a line before such a tail: a sentence, not a title


# a page's marker of a link to pictures ("Indian Army [Images] positions", "Srinagar [Images] Lt Col X"): blanks
_LINK_MARKER = re.compile(r"\[(?:Images?|Photos?|Pictures?|Videos?|Map|Graphics?|Interactive|Gallery)\]")
_LINK_TITLE = 120  # characters of another story's title at most (a longer line is the story's own paragraph)
# a page's heading over links to other stories ("Related Articles", "Also read", "More stories")
_LINKS_HEADING = re.compile(
    r"(?:Related(?:\s+(?:Articles?|Stories|Story|News|Links|Coverage|Posts|Content|Reading))?|Also\s+read|Read\s+also|"
    r"More\s+(?:stories|news|from\s+[\w\s]{1,30})|See\s+also|You\s+may\s+also\s+like|Recommended(?:\s+for\s+you)?|"
    r"Most\s+(?:read|popular)|Trending(?:\s+now)?)\s*:?\s*$",
    re.I,
)


def split_sentences(body: str) -> list[Sentence]:
    """Sentences in reading order; lines without closing punctuation become headings."""
    sentences: list[Sentence] = []

    def add(original: str, norm: str) -> None:
        for piece, piece_norm in _pieces(original, norm):
            for part, part_norm in _inline_list(piece, piece_norm):
                sentences.append(Sentence(len(sentences), part, part_norm))

    lines = _joined_lists(_unwrapped_lines(body))
    last = max((i for i, line in enumerate(lines) if line.strip()), default=-1)
    links = False  # under a "Related Articles" heading: the titles of other stories, until a sentence
    for at, line in enumerate(lines):
        original = line.strip()
        if not original:
            continue
        if _LINKS_HEADING.match(original):
            links = True
            sentences.append(Sentence(len(sentences), original, original, heading=True))
            continue
        if links and not _ends_a_sentence(original) and not _ends_a_list_line(original) and len(original) < _LINK_TITLE:
            # ("Related Articles" then "Pak forces open fire on Indian positions": another story's title, a link)
            sentences.append(Sentence(len(sentences), original, original, caption=True))
            continue
        links = False
        norm = _SINGLE_QUOTED.sub(r'\1"\2"', original.translate(_QUOTES))
        norm = _EDITORS_WORDS.sub(r" \1 ", _LAND_CLAIM.sub(_as_land_claim, norm))
        norm = _LINK_MARKER.sub(lambda m: " " * len(m.group(0)), norm)  # ("Army [Images] positions in X")
        norm = _RANK_DOT.sub(r"\1 ", norm)  # "spokesman Col. Prawit Hukaew says": the rank as "Col Prawit"
        norm = _CUT_AFTER.sub(lambda m: " " * len(m.group(2)) + m.group(1), norm)  # ("in    the Adaysseh area")
        norm = _SIGN_OFF.sub(lambda m: " " * len(m.group(0)), norm)
        # ("... the Defence Ministry said. link", a pasted page's link text after the last full stop: the line's
        # sentences stay sentences, not a heading)
        norm = _LINK_TAIL.sub(lambda m: " " * len(m.group(0)), norm) if len(norm) > _LINK_TAIL_AFTER else norm
        norm = _READ_ALSO.sub(lambda m: " " * len(m.group(0)), norm)
        if len(norm) <= _MAX_CAPTION and (
            _PHOTO_CREDIT.search(norm) or _PICTURE_OPENS.match(norm) or _CAPTION_SHAPE.search(norm)
        ):
            sentences.append(Sentence(len(sentences), original, norm, caption=True))
            continue
        if (
            not _ends_a_sentence(norm)
            and not _ends_a_list_line(norm)
            and not _WIRE_ADDS.match(norm)
            and len(norm) < 200
            and not (at == last and _cut_short(norm))
            # ("Meanwhile, Pakistani defence sources today claimed that ... near Sialkot, reports the Press trust
            # of India" with no full stop: a reporting clause in running words is a sentence, not a title)
            and not (_cut_short(norm) and _REPORTED_CLAUSE.search(norm))
        ):
            sentences.append(Sentence(len(sentences), original, norm, heading=True))
            continue
        start = 0
        for match in _BOUNDARY.finditer(norm):
            # (only the last few characters are read: a copy of the whole run since the sentence began, at
            # every full stop, made "Mr. Mr. Mr. ..." quadratic)
            before = norm[max(start, match.start(1) - _ABBREVIATION_CHARS) : match.start(1)]
            if (
                match.group(1) == "."
                and _is_abbreviation(before)
                and not _ends_after_abbreviation(before, norm, match.end(3))
            ):
                continue
            end = match.end(2)
            if original[start:end].strip():
                add(original[start:end].strip(), norm[start:end].strip())
            start = match.end(3)
        if original[start:].strip():
            add(original[start:].strip(), norm[start:].strip())
    return sentences


def _parse_published(value: object, warnings: list[str]) -> dt.date | None:
    """A publication date from a header or form value; a clear warning when it is not a date."""
    if value is None or not str(value).strip() or str(value).strip().lower() in {"unknown", "n/a", "none", "-"}:
        return None
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    import dateparser  # loaded only for free-form dates ("12 May 2023"); it is slow to import

    parsed = dateparser.parse(
        text, languages=["en"], settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]}
    )
    if parsed is None or not 1900 <= parsed.year <= 2100:
        warnings.append(f'The publication date {text[:40]!r} is not a date; relative dates ("on Friday") stay unknown.')
        return None
    return parsed.date()


def parse_published(value: object) -> tuple[dt.date | None, str | None]:
    """A publication date typed by a user or found in a header: (date or None, a message if it is not a date)."""
    warnings: list[str] = []
    return _parse_published(value, warnings), (warnings[0] if warnings else None)


_DATE_STAMP = re.compile(r"\s*(?P<stamp>date[ \t]+(?P<day>(?:19|20)\d\d-[01]\d-[0-3]\d))[ \t]+")


def read_document(text: str, published: object = None, outlet: str | None = None, url: str | None = None) -> Document:
    """Header lines, HTML and size handled; explicit arguments win over header lines."""
    warnings: list[str] = []
    text = text or ""
    if len(text) > MAX_CHARS:
        warnings.append(
            f"The text has {len(text):,} characters; only the first {MAX_CHARS:,} were read (a single report is far shorter)."
        )
        text = text[:MAX_CHARS]
    text, was_html = strip_html(text)
    if was_html:
        warnings.append("The text looked like HTML: tags were removed and only the visible text was read.")
    text = html.unescape(text) if "&" in text and re.search(r"&(?:#\d+|#x[0-9a-f]+|[a-z]+);", text, re.I) else text
    meta, body = parse_header(text)
    stamp = _DATE_STAMP.match(body)
    if stamp is not None:
        # ("date 2016-12-28 The Special Monitoring Mission ...": a saved page's date stamp run into its first
        # line is a line of its own, not the first sentence's date; the page's day when no other is given)
        meta.setdefault("published", stamp.group("day"))
        body = body[: stamp.end("stamp")] + "\n" + body[stamp.end() :]  # a line of its own, as on the page
    pub_value = published if published not in (None, "") else meta.get("published")
    pub = _parse_published(pub_value, warnings) if not isinstance(pub_value, dt.date) else pub_value
    outlet = outlet or meta.get("outlet") or None
    url = url or meta.get("url") or None
    if url and not re.match(r"https?://", url.strip()):
        url = None  # "unknown (citing ...)" is not a link
    return Document(
        body=body, sentences=split_sentences(body), published=pub, outlet=outlet, url=url, warnings=warnings
    )


_ENGLISH_WORDS = frozenset("the of and to in a was were is are on at by for with said from that".split())
_LANGUAGE_SAMPLE = 20_000  # characters looked at: enough to tell a language, bounded on any paste


def looks_english(sentences: list[Sentence]) -> bool:
    """Do the text's first words include English's commonest ones at their usual rate (one word in
    ten or more, against none in French or Russian)? Said when nothing was found, so that a text in
    another language is not taken for a report without incidents."""
    sample = " ".join(s.norm for s in sentences)[:_LANGUAGE_SAMPLE].lower()
    words = re.findall(r"[^\W\d_]+", sample)
    if len(words) < 8:
        return True  # too short to tell
    return sum(w in _ENGLISH_WORDS for w in words) >= 0.1 * len(words)


# "..., in an apparent retaliation for a deadly airstrike ... earlier this month": why the told fire
# was fired, another event with its own actor, place and time
_MOTIVE = re.compile(
    r"\b(?:in\s+(?:an?\s+)?(?:apparent\s+|possible\s+|likely\s+|suspected\s+)?(?:retaliation|response|revenge|reprisal)\s+(?:for|to)|"
    # ("Hamas described its attack as a response to the aggressive actions of Israeli authorities against ...")
    r"\bas\s+(?:an?\s+)?(?:retaliation|response|revenge|reprisal)\s+(?:for|to)|"
    r"to\s+avenge|"
    # ("Israel has been shelling X in an effort to head off any possible reprisal attacks from Hezbollah after ...": the
    # purpose, and what it answers, are not the told fire)
    r"in\s+(?:an\s+)?(?:effort|attempt|bid|order)\s+to\s+(?:head\s+off|deter|prevent|pre-?empt|forestall|thwart)|"
    # ("... in an exchange of fire on the border, a week after the group said Israel must pay for a drone attack in
    # Beirut": an earlier event, after a comma, that the told fire follows)
    r"(?<=,\s)(?:just\s+|only\s+|barely\s+)?(?:a|one|two|three|four|five|six|several|a\s+few)\s+(?:days?|weeks?|months?)\s+after)\b",
    re.I,
)


# 'resorted to "unprovoked" firing', '"indiscriminate and unprovoked firing" by X': a few words in scare
# quotes, read as the words (for what a sentence tells and whom it blames)
SCARE_QUOTES = re.compile(r"[\"“]([\w-]+(?: [\w-]+){0,3})[\"”]")


@lru_cache(maxsize=16)
def motive_start(sentence: str) -> int | None:
    """Where a motive clause after the told fire begins, or None (none, or one opening the sentence:
    "In retaliation, troops shelled X" tells the fire itself).

    Remembered for the last few sentences: the reader's steps ask it of the same sentence four to six
    times (_MOTIVE is a long case-insensitive list, tried at every position)."""
    match = _MOTIVE.search(sentence)
    if match is None or match.start() == 0 or _TOLD_AGAIN.match(sentence):
        return None
    return match.start()


def examples_in_motive(sentence: str, start: int) -> bool:
    """Is ``start`` inside a motive clause, among examples of what it answered ("its strikes are in
    retaliation for Israeli attacks on southern villages, including A and B"): attacks of no one day?"""
    for motive in _MOTIVE.finditer(sentence):
        if 0 < motive.start() < start and _INCLUDING.search(sentence, motive.end(), start) is not None:
            return True
    return False


_INCLUDING = re.compile(r"\b(?:including|such\s+as|among\s+them)\b", re.I)


# "The shelling came in response to two rockets fired from Lebanon that struck ...": the fire just
# told, set beside what it answered, which is the news
_TOLD_AGAIN = re.compile(
    r"\W*(?:the|this|that|these)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|shelling|firing|fire|bombardment|barrage|raids?)\s+"
    r"(?:came|comes|was|were|is)\b",
    re.I,
)


# Patterns run over a whole sentence only when it holds a word every match of theirs holds (same
# answers; folded.gated)
_MOTIVE = gated(_MOTIVE)
_POSTING_ASIDE = gated(_POSTING_ASIDE)
