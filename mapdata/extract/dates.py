"""When did it happen? Date expressions in a sentence, resolved against the publication date.

Reports rarely give full dates: "on Friday", "the previous day", "late Monday", "overnight",
"the night of 12 to 13 September". Weekdays resolve to the most recent such day on or before
publication; "the previous day" to the day before the date the text is currently talking
about; a night spanning two days to the second (the date after midnight). Without a year the
publication's year is used (the previous year when that would put the event well after
publication). Without a publication date, relative expressions stay unknown: the text cannot
tell, and the publication date is never used silently.
"""

from __future__ import annotations

import collections
import dataclasses
import datetime as dt
import itertools
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from mapdata.extract.folded import FoldedPattern, folded_if_ignorecase, gated
from mapdata.extract.spans import Spans
from mapdata.extract.text import DATELINE, RANKING_WORDS, parse_header

__all__ = [
    "MONTHS",
    "SAME_DAY",
    "WEEKDAYS",
    "DateMention",
    "clock_times",
    "day_words",
    "find_dates",
    "in_motive",
    "is_bare_date",
    "is_breadcrumb",
    "is_statement_day",
    "part_of_day",
    "pick_date",
    "report_date",
    "since_told",
    "truce_start",
]

# fmt: off
MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
# fmt: on
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}

_M = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
_MONTH_AGAIN = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_D = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_Y = r"(?P<year>(?:19|20)\d\d)"
_WD = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

# (pattern, kind); kinds: night = a night spanning two days (second day wins)
# "that day", "the same night": the day the sentence before names (the reader gives it as the context)
SAME_DAY = re.compile(
    r"\b(?:(?:on\s+)?that\s+(?:same\s+)?(?:day|night)|(?:on\s+|in\s+|during\s+)?the\s+same\s+(?:day|night|evening|morning))\b",
    re.I,
)
_PATTERNS: list[tuple[re.Pattern[str] | FoldedPattern, str]] = [
    (
        re.compile(
            rf"\bnight (?:of|from) (?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:to|into|-|and)\s*{_D}\s+(?:of\s+)?{_M}(?:,?\s+{_Y})?",
            re.I,
        ),
        "night",
    ),
    (
        re.compile(
            # "night of May 27 to 28", "night of May 27 to May 28" (the month written again)
            rf"\bnight (?:of|from) {_M}\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:to|into|-|and)\s*(?:{_MONTH_AGAIN}\s+)?{_D}(?:,?\s+{_Y})?",
            re.I,
        ),
        "night",
    ),
    (
        re.compile(
            # "during August 5 and 6", "over 5-6 August": a tally over two days, told as of the second
            # ("Overnight December 26-27, the adversary violated the ceasefire": a night by its two days)
            rf"\b(?:during|over|throughout|between|overnight(?:\s+(?:on|of))?)\s+(?:the\s+)?(?:{_M}\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:and|to|-|–)\s*"
            rf"{_D}|(?P<d1b>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:and|to|-|–)\s*(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?"
            rf"(?P<month2>{_MONTH_AGAIN}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)(?!\d)(?:,?\s+{_Y})?",
            re.I,
        ),
        "span",
    ),
    (
        re.compile(
            # "On January 5-6, the Defense Army reported ...": two days joined by a dash, told as of the second
            # ("came under fire on March 5 and 6": the month said once, two days of one spell of fire)
            rf"\bon\s+(?:the\s+)?(?:{_M}\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:[-–]|\s+and\s+)\s*{_D}|(?P<d1b>[0-3]?\d)(?:st|nd|rd|th)?\s*[-–]\s*"
            rf"(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month2>{_MONTH_AGAIN}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
            rf"(?!\d)(?:,?\s+{_Y})?",
            re.I,
        ),
        "span",
    ),
    (
        re.compile(
            # "overnight Saturday-Sunday", "on the night from Saturday to Sunday", "Saturday night
            # through Sunday morning": a night told by its two days is the second day's
            r"\b(?:(?:overnight|(?:on\s+)?the\s+night\s+(?:of|from)|night\s+of)\s+(?P<wd1>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
            r"\s*(?:-|–|to|into|and)\s*|(?P<wd1b>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+night\s+"
            r"(?:through|into|to|till|until)\s+)(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
            re.I,
        ),
        "weekday",
    ),
    (
        re.compile(
            # "for the period from 19.30 on December 7 to 19.30 on December 8": a reporting period
            # across two days is told as of its end, like a night
            # ("From 15:00 (14:00 Moscow time) on March 5 and to 03:10 (02:10 Moscow time) on March 6": each
            # hour with its zone in brackets)
            r"\bfrom\s+(?:(?:\d{1,2}[.:]\d\d|\d{1,2})\s*(?:hrs?|h)?\s+(?:\([^()]{1,30}\)\s+)?on\s+)?(?:(?P<sd1>[0-3]?\d)\s+)?"
            r"(?P<sm>January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(?P<sd2>[0-3]?\d))?"
            r"(?:,?\s+(?:19|20)\d\d)?\s+(?:and\s+)?(?:to|until|till)\s+"
            r"(?:(?:\d{1,2}[.:]\d\d|\d{1,2})\s*(?:hrs?|h)?\s+(?:\([^()]{1,30}\)\s+)?on\s+)?"
            rf"(?:{_D}\s+(?:of\s+)?{_M}|(?P<m2>{_MONTH_AGAIN})\s+(?P<d2>[0-3]?\d)(?!\d)"
            # ("from October 2 till Wednesday": a period up to a day of the week of publication)
            r"|(?P<wd2>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)(?:,?\s+(?P<y2>(?:19|20)\d\d))?",
            re.I,
        ),
        "period",
    ),
    (re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b"), "explicit"),
    (re.compile(r"\b(?P<day>[0-3]?\d)\.(?P<mnum>[01]?\d)\.(?P<year>(?:19|20)\d\d)\b"), "explicit"),
    # ("The Star29-05-2025": a day, month and year with dashes, the day first)
    (re.compile(r"(?<![\d-])(?P<day>[0-3]?\d)-(?P<mnum>[01]?\d)-(?P<year>(?:19|20)\d\d)\b"), "explicit"),
    (re.compile(rf"\b{_D}\s+(?:of\s+)?{_M}(?:,?\s+{_Y})?\b", re.I), "explicit"),
    # ("on Aug.21": an abbreviation's full stop with no space after it)
    (re.compile(rf"\b{_M}(?:\s+|(?<=\.)){_D}(?!\d)(?:,?\s+{_Y})?\b", re.I), "explicit"),
    # "on the last day of 2018", "the first day of the year 2020": a day named by its place in the year
    (re.compile(rf"\b(?P<edge>last|final|first|opening)\s+day\s+of\s+(?:the\s+year\s+)?{_Y}\b", re.I), "explicit"),
    # ("in August 2010", "in August of 2010")
    (re.compile(rf"\b(?:in\s+|early\s+|mid-?|late\s+|since\s+)?{_M}\s+(?:of\s+)?{_Y}\b", re.I), "month"),
    # ("One jawan was killed in firing in Krishangati area in June", in a July report): a month named
    # without its year, no day of it (capitalised, so "in may" is no month)
    (
        re.compile(
            # ("Last August, four rockets ...": the month before the last one of that name)
            r"\b(?:(?i:in|during)\s+(?:(?i:early|late|mid)-?\s*)?|(?i:early|late)\s+|mid-|(?i:last|this\s+past)\s+)"
            r"(?P<month>January|February|March|April|June|July|August|September|October|November|December|May)\b"
            r"(?!\s*[0-3]?\d\b)(?!\s*,?\s*(?:of\s+)?(?:19|20)\d\d)(?!\s+(?:of\s+)?(?:last|this|next)\s+year)"
        ),
        "vague",  # a day the text does not give, as "recently"
    ),
    (
        # ("a local resident of 1935 died": a birth year, as Ukrainian bulletins give a person's age)
        re.compile(
            r"(?<!\bresident\s)(?<!\bresidents\s)(?<!\bwoman\s)(?<!\bman\s)(?<!\bcitizen\s)(?<!\bpensioner\s)"
            rf"\b(?:in|since|during|of)\s+(?:the\s+(?:fall|autumn|spring|summer|winter)\s+of\s+)?{_Y}\b(?!\s+(?:year\s+of\s+)?birth)",
            re.I,
        ),
        "year",
    ),
    (
        re.compile(
            r"\b(?:the\s+(?:previous|preceding)\s+day|the\s+day\s+before|a\s+day\s+(?:earlier|before))\b"
            # "The attack comes a day after Israel killed a woman": what follows "after" was the day before
            r"|\b(?:comes?|came|follows?|followed)\s+(?:just\s+|only\s+)?a\s+day\s+after\b",
            re.I,
        ),
        "previous",
    ),
    (re.compile(r"\b(?:the\s+(?:next|following)\s+day|a\s+day\s+later)\b", re.I), "next"),
    # "... since an armed incident on May 28. That day, Thai soldiers opened fire ...": the day just told
    (SAME_DAY, "same"),
    (
        re.compile(
            r"\b(?:over|during|in|for|within)\s+(?:the\s+)?(?:past|last|previous)\s+(?:day|(?:1[2-9]|2\d)\s+hours|twenty-four\s+hours)\b"
            # a bulletin's "violated the ceasefire 30 times over 24 hours" (not "for over 24 hours");
            # "over the last 23 hours" of a morning statement is the past day too
            r"|(?<!for\s)\bover\s+(?:24|twenty-four)\s+hours\b"
            # ("violated ceasefire 17 times over a day, the representative said on July 23": the bulletin's day;
            # not "the fighting lasted over a day")
            r"|\btimes\s+over\s+a\s+day\b"
            # ("shelled the territory three times in 24 hours, the center reports on May 8": the bulletin's day)
            r"|\btimes\s+in\s+(?:24|twenty-four)\s+hours\b(?!\s*,?\s*(?:on|today|this|yesterday|last|late|early)\b)"
            # a bulletin's tally "violated ceasefire 24 times throughout the day": the day its morning statement
            # looks back on (not "shelling went on throughout the day", the day told)
            # ("three times during the day today, an army spokesman said this evening": today's)
            r"|\b(?:\d{1,4}|[a-z]+(?:-[a-z]+)?)\s+times\s+(?:throughout|during|in\s+the\s+course\s+of)\s+the\s+day\b"
            r"(?![^.;]{0,80}\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\b)"
            # ("for the second time in one day" is within the day told, not the day before)
            r"|(?<!time\s)\bin\s+(?:just\s+|only\s+)?(?:one|a\s+single)\s+day\b",
            re.I,
        ),
        "past_day",
    ),
    (re.compile(r"\b(?:day\s+before\s+yesterday)\b", re.I), "yesterday2"),
    # "late last night", "yesterday evening": the evening before the report's day, not the night into it
    # ("from 10:40 last night", "at 9 pm last night": an evening's hour, before midnight)
    (
        re.compile(
            r"\byesterday\b|\blate\s+last\s+night\b|\blast\s+evening\b|"
            # (an hour after "at", "from"...: not a count, "killed 9 last night"; not minutes, "2:10")
            r"\b(?:(?:at|from|around|about|after|since)\s+(?:1[01]|[6-9])(?:[:.][0-5]\d)?\s*(?:p\.?m\.?\s+|hrs\s+|hours\s+)?|"
            r"(?<![:.\d])(?:1[01]|[6-9])(?:[:.][0-5]\d)?\s*p\.?m\.?\s+)last\s+night\b",
            re.I,
        ),
        "yesterday",
    ),
    (re.compile(r"\b(?P<n>\d+|two|three|four|five|six|seven)\s+days\s+ago\b", re.I), "days_ago"),
    (re.compile(r"\b(?P<n>\d+|two|three|four|five|six|seven)\s+days\s+(?:earlier|before)\b", re.I), "days_earlier"),
    # "The incident came one day after both sides exchanged fire": the day before the one told
    (
        re.compile(r"\b(?:came|comes|follows|followed)\s+(?:just\s+|only\s+)?(?:one|a)\s+day\s+after\b", re.I),
        "previous",
    ),
    (
        re.compile(
            r"^\W*(?:The|This|That|It)\s+(?:[\w-]+\s+){0,2}?(?:came|comes|follows|followed)\s+(?:just\s+|only\s+)?"
            r"(?P<n>\d|two|three|four|five|six|seven)\s+days\s+after\b"
        ),
        "days_earlier",
    ),
    (re.compile(r"\b(?P<n>\d+|two|three|four|five|six|seven)\s+days\s+later\b", re.I), "days_later"),
    (re.compile(r"\blast\s+week\b|\bthe\s+past\s+week\b", re.I), "last_week"),
    # "a few days before the meeting", "several days earlier": a day the text does not give
    (
        re.compile(
            r"\b(?:a\s+few|several|some|a\s+couple\s+of)\s+(?:days|weeks)\s+(?:before|earlier|ago|prior)\b"
            # ("Only a fortnight ago, a group of Pakistani regulars had crossed the LoC": about two weeks before)
            r"|\b(?:a|one|two|three)\s+(?:fortnights?|weeks?)\s+(?:ago|earlier|before)\b"
            # "Recently, the Indian Army destroyed ...": some day before the report, not its day
            r"|^[^\w]*(?:more\s+)?recently\b|\b(?:in\s+recent\s+(?:days|weeks)|not\s+long\s+ago)\b"
            # ("Earlier in the week, the mayor said that forces shelled the centre": some day of it, not the news's)
            r"|\bearlier\s+(?:in\s+the|this)\s+week\b"
            # ("A BSF jawan was killed last year in firing ...", "a Thai soldier was shot dead a year ago": some day
            # of an earlier year, not the news's; "since last year" is a running total's start)
            # ("It was followed by a ceasefire violation in X sector": a later day than the one just told, not given)
            r"|^[^\w]*(?:it|this|that|these)\s+(?:was|were)\s+(?:then\s+|later\s+|soon\s+)?followed\s+by\b"
            # (said of the loss or the fire itself: not "a school, rebuilt last year, was hit")
            r"|(?:(?<=killed\s)|(?<=wounded\s)|(?<=injured\s)|(?<=died\s)|(?<=shot\s)|(?<=shelled\s)|(?<=hit\s)|"
            r"(?<=struck\s)|(?<=fired\s)|(?<=attacked\s)|(?<=targeted\s))"
            r"(?:(?:last|previous)\s+year\b(?!['’]s)|(?:a|one)\s+year\s+(?:ago|earlier|before)\b|earlier\s+this\s+year\b)"
            # ("Tensions escalated again last year, with clashes in December killing dozens": a war's past)
            r"|\b(?:escalated|erupted|flared(?:\s+up)?|intensified|broke\s+out)\s+(?:again\s+)?(?:last|previous)\s+year\b"
            # "over the weekend": Saturday or Sunday, the text does not say which
            # ("On weekend, Indian army ... had targeted": the article left out too)
            r"|\b(?:over|during|at|on)\s+(?:the\s+)?(?:past\s+|last\s+)?weekend\b|\blast\s+weekend\b"
            # "have been firing on the villages for 10 days": a span of days up to now, no one day of it
            r"|\b(?:have|has)\s+been\s+[a-z]+ing\b[^.;]{0,160}?\bfor\s+(?:the\s+(?:past|last)\s+)?"
            r"(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+(?:days|weeks|months)\b",
            re.I,
        ),
        "vague",
    ),
    (re.compile(r"\b(?:earlier\s+)?this\s+month\b", re.I), "this_month"),
    (re.compile(r"\blast\s+month\b", re.I), "last_month"),
    (
        re.compile(
            r"\b(?:today|this\s+(?:morning|afternoon|evening)|tonight|presently|currently|right\s+now|earlier\s+today|overnight|last\s+night)\b"
            # ("A short while ago, an anti-tank missile was fired at an IDF post": within the hour)
            r"|\b(?:a\s+short\s+while|moments|(?:a\s+few|several|\d{1,2}|two|three)\s+(?:minutes|hours)|an\s+hour)\s+ago\b"
            # ("Since the beginning of the day, 14 violations ... have been recorded": the bulletin's own day)
            r"|\bsince\s+(?:the\s+(?:beginning|start)\s+of\s+(?:the|this)\s+day|midnight|this\s+morning)\b"
            # "at the moment" is now where it opens a clause or goes with the present ("the situation is
            # tense at the moment"); "a child who was standing in the balcony at the moment" was then
            r"|(?:^|(?<=[,;:]\s))at\s+the\s+moment\b|\b(?:is|are|remains?)\s+(?:[\w-]+\s+){0,5}?at\s+the\s+moment\b",
            re.I,
        ),
        "present",
    ),
    (
        re.compile(
            # fire told as going on ("positions ... are being subjected to fire", "are shelling"): the
            # day the text is on, for the whole sentence, unless it is a habit ("every day")
            r"\b(?:is|are)\s+(?:still\s+|now\s+)?(?:being\s+(?:subjected|shelled|fired\s+(?:at|on|upon)|attacked|targeted|bombed|struck)|"
            r"(?:shelling|firing|attacking|targeting|bombarding|pounding))\b"
            r"(?![^.;]{0,80}?\b(?:every|daily|regularly|constantly|routinely|often|always|continu\w*|for\s+(?:days|weeks|months))\b)",
            re.I,
        ),
        "ongoing",
    ),
    (re.compile(rf"\b(?:(?:on|late|early|last|since|from)\s+)?{_WD}\b", re.I), "weekday"),
    # "shelled Kerni on the 8th": a day of the month, its month left unsaid (the latest such day by publication)
    (
        re.compile(
            r"\b(?:on|late\s+on|early\s+on)\s+the\s+(?P<dom>[0-3]?\d)(?:st|nd|rd|th)\b"
            r"(?!\s+(?:of\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|"
            r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|day|anniversary|time|floor|century)\b)",
            re.I,
        ),
        "day_of_month",
    ),
]
# find_dates runs every pattern over every sentence, twice (the same-day check and the reader):
# searched over lower-cased text (see folded.py), the case-insensitive ones cost a third.
_PATTERNS = [(folded_if_ignorecase(pattern), kind) for pattern, kind in _PATTERNS]


@cache
def _any_first_word() -> re.Pattern[str]:
    """A word of any of the patterns' word lists: an ASCII sentence without one is spared every
    pattern that has a list (each would look for its words and find none); the others run as usual.
    (Built on first use: reading the words compiles every pattern, which an import should not.)"""
    return re.compile(
        "|".join(p.first_words.pattern for p, _kind in _PATTERNS if isinstance(p, FoldedPattern) and p.first_words)
    )


_WORD_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_PARTS = [
    # "at 12.20 am", "around 3 a.m.": the small hours are the night
    (
        "night",
        re.compile(
            r"\b(?:night|overnight|midnight|nighttime|night-time)\b|(?<![\d.:])\b(?:12|0?[1-4])(?:[:.]\d\d)?\s*a\.?m\b",
            re.I,
        ),
    ),
    ("evening", re.compile(r"\bevening\b", re.I)),
    ("afternoon", re.compile(r"\bafternoon\b|\b(?:[1-5](?::\d\d)?)\s*p\.?m\b", re.I)),
    ("morning", re.compile(r"\bmorning\b|\b\d{1,2}(?::\d\d)?\s*a\.?m\b|\bdawn\b", re.I)),
]
# fmt: off
_RANK = {"night": 0, "span": 0, "period": 0, "explicit": 0, "month": 3, "year": 4, "weekday": 1, "previous": 1, "next": 1,
         "yesterday": 1, "yesterday2": 1, "days_ago": 1, "days_earlier": 1, "days_later": 1, "present": 2, "ongoing": 2,
         "last_week": 3, "this_month": 3, "last_month": 3, "day_of_month": 1}
# fmt: on
# "said on Wednesday", "told reporters on Friday": the day of the statement, not of the event.
# "said on Wednesday", "reported at the briefing in Donetsk on December 13": a speech verb, a few
# words without an event in them, then the date.
_STATEMENT_DAY = re.compile(
    # ("told Trend Feb. 12", "told Interfax on Monday": an agency told is the press)
    r"\b(?:said|says|reports|told\s+(?:\w+\s+)?(?:reporters|journalists|correspondents|the\s+press|the\s+media)|"
    r"told\s+(?-i:[A-Z][\w.-]+)(?:\s+(?-i:[A-Z][\w.-]+))?|reported|announced|stated|added|claimed|wrote|confirmed|"
    # ('..., reads a report on the JFO website on Thursday morning': the words of a report, quoted)
    # ("summoned India's deputy high commissioner on Wednesday", "lodged a protest on Wednesday": a reaction's day)
    r"published|released|issued|briefing|statement|reads|posted|summoned|condemned|denounced|protested|lodged)\b(?P<between>(?:\s+[\w'-]+){0,10}?)\s*,?\s*(?:on\s+|late\s+|early\s+)?$",
    re.I,
)
# "On Thursday, the ministry's spokesman said that ...": a day opening the sentence, then its speaker.
_SAID_AFTER = re.compile(
    # ("Armenia's foreign ministry on Wednesday condemned the shelling on Tuesday": the day of the reaction)
    r"[\s,]*(?P<between>(?:[\w'’.-]+\s+){0,8}?)(?:said|says|told|reported|announced|stated|confirmed|accused|claimed|"
    r"condemned|summoned|denounced|protested|lodged)\b",
    re.I,
)
# ("starting from late March 13 - early March 14": a dash between the two days joins them too)
_JOINING_WORD = re.compile(r"(?:\b(?:until|till|to|and)\b|(?<=\s)[-–—](?=\s))(?=[^;]*$)", re.I)
# "late March 13 - early March 14": only the part of a day may stand between a dash and the next day
_DASH_SPAN = re.compile(r"\s*[-–—]\s*(?:(?:early|late|the\s+(?:morning|evening|night)\s+of)\s+)?(?:on\s+)?", re.I)
# "according to a November 16 statement": "to" that joins no span
_ACCORDING_TO = re.compile(r"\baccording\s+to$", re.I)
# "between the evening of February 8 and the morning of February 9": a span, like "from ... to"
_BETWEEN_BEFORE = re.compile(r"\bbetween\b[^;]*$", re.I)
_EVENT_WORDS = re.compile(
    r"\b(?:fire[ds]?|firing|shell\w*|attack\w*|kill\w*|wound\w*|injur\w*|struck|strikes?|clash\w*|violat\w*|"
    r"target\w*|drones?|launch\w*|that)\b",
    re.I,
)


@dataclass(frozen=True)
class DateMention:
    """A date expression found in a sentence; ``date`` is None when it cannot be resolved."""

    start: int
    end: int
    text: str
    kind: str
    date: dt.date | None
    precision: str = "day"  # day / month / year


# "on Sunday afternoon issued a statement", "said on Monday evening": when a statement was made,
# not a part of the day of the fire.
_STATEMENT_TIME = re.compile(
    r"\b(?:morning|afternoon|evening|night)\s+(?:issued|released|published|said|told|announced|stated|reported)\b|"
    r"\b(?:said|told\s+\w+|announced|stated|reported|issued\s+a\s+statement)\s+(?:late\s+|early\s+)?(?:on\s+)?"
    r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|this)\s+)?(?:morning|afternoon|evening|night)\b",
    re.I,
)


# "at around 8.50pm", "from 23:40", "at 02:15 hrs": a clock time something happened at (a dateline's
# "December 19, 6:36" has no "at" and is not one)
_CLOCK = re.compile(
    r"\b(?:at|around|about|from|until|till|since|by|between)\s+(?:around\s+|about\s+|approximately\s+)?"
    r"(?:(?P<h12>1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s*(?P<ampm>[ap])\.?\s?m\b|"
    r"(?P<h24>[01]?\d|2[0-3])[:.][0-5]\d(?!\s*[ap]\.?\s?m\b)(?![\d.:]))",
    re.I,
)


def clock_times(sentence: str) -> list[tuple[int, int, int]]:
    """(start, end, hour 0-23) of each clock time the sentence says something happened at."""
    times = []
    for m in _CLOCK.finditer(sentence):
        if m.group("h12"):
            hour = int(m.group("h12")) % 12 + (12 if m.group("ampm").lower() == "p" else 0)
        else:
            hour = int(m.group("h24"))
        times.append((m.start(), m.end(), hour))
    return times


def part_of_day(sentence: str) -> str | None:
    """ "morning", "afternoon", "evening" or "night" when the sentence says so of the fire."""
    sentence = _STATEMENT_TIME.sub(" ", sentence)
    for name, pattern in _PARTS:
        if pattern.search(sentence):
            return name
    if _EVENING_CLOCK.search(sentence) and _FIRE_WORD.search(sentence):
        # "At 6pm on Wednesday, more shells struck X": the evening, another round than "at 4pm" (not "At
        # 6pm, two soldiers wounded there were taken to hospital": what followed the fire)
        return "evening"
    if _MORNING_CLOCK.search(sentence) and _FIRE_WORD.search(sentence):
        # ("today, starting at 08:00, the enemy resumed operations using artillery": the morning, another
        # round than the night's drones told before)
        return "morning"
    return None


_MORNING_CLOCK = re.compile(
    r"\b(?:at|from|since|starting\s+(?:at|from)|around|about)\s+(?:0?[5-9]|1[01])(?:[:.][0-5]\d\b(?!\s*p\.?m)|\s*a\.?m\b)",
    re.I,
)
_EVENING_CLOCK = re.compile(r"\b(?:[6-9]|1[01])(?:[:.]\d\d)?\s*p\.?m\b", re.I)
_FIRE_WORD = re.compile(
    r"\b(?:shell(?:s|ed|ing)?|fired|firing|struck|strikes?|rockets?|mortars?|artillery|attack(?:s|ed)?|drones?|shots?)\b",
    re.I,
)


_YEAR_OF_DAYS = 62  # how long after a text's full date a date without its year may fall and take its year


def _with_year(
    month: int, day: int, year: int | None, published: dt.date | None, year_of: dt.date | None = None
) -> dt.date | None:
    """A calendar date; a missing year comes from publication (never a date well after it), else from
    a full date of the text when it falls in the weeks after it or the week before it (a date long
    before it may be of another year: "the statement of November 10, 2020" then "on October 14"; "On
    September 1, ..." above a post signed "September 3, 2019" is that year's)."""
    if year is None and published is None and year_of is not None:
        try:
            candidate = dt.date(year_of.year, month, day)
        except ValueError:
            return None
        if year_of - dt.timedelta(days=7) <= candidate <= year_of + dt.timedelta(days=_YEAR_OF_DAYS):
            return candidate
        return None
    if year is None:
        if published is None:
            return None
        year = published.year
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            return None
        if candidate > published + dt.timedelta(days=7):
            year -= 1
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


_LAST_WEEK_AFTER = re.compile(r"\s+(?:of\s+)?last\s+week\b", re.I)


def _weekday_on_or_before(weekday: int, anchor: dt.date) -> dt.date:
    return anchor - dt.timedelta(days=(anchor.weekday() - weekday) % 7)


_REPORTED_BEFORE = re.compile(r"\b(?:reported|said|says|stated|told|informed|announced)\s+(?:that\s+)?", re.I)


def _latest_day_of_month(day: int, published: dt.date | None) -> dt.date | None:
    """The latest date with this day of the month on or before publication ("on the 8th" of a report of the 12th is
    the 8th of its month; of a report of the 3rd, the 8th of the month before); None without a publication day."""
    if published is None or not 1 <= day <= 31:
        return None
    year, month = published.year, published.month
    if day > published.day:
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None  # ("the 31st" of a month of 30 days)


def _resolve(
    match: re.Match[str], kind: str, published: dt.date | None, context: dt.date | None, year_of: dt.date | None = None
) -> tuple[dt.date | None, str]:
    groups = match.groupdict()
    year = int(groups["year"]) if groups.get("year") else None
    if kind == "span":  # the second day, as a night from one day to the next is the second
        month_name = groups.get("month") or groups["month2"]
        day = groups.get("day") or groups["day2"]
        return _with_year(MONTHS[month_name.lower().rstrip(".")], int(day), year, published, year_of), "day"
    if kind == "period":  # the period's last day
        if groups.get("wd2"):
            day = None if published is None else _weekday_on_or_before(WEEKDAYS[groups["wd2"].lower()], published)
            first = groups.get("sd1") or groups.get("sd2")
            start = _with_year(MONTHS[groups["sm"].lower()], int(first), None, published, year_of) if first else None
            # ("from October 7 till Friday" in a report of Thursday 9 October: no Friday since the 7th; the start)
            return (start if day is None or (start is not None and day < start) else day), "day"
        if groups.get("d2"):
            return _with_year(
                MONTHS[groups["m2"].lower()],
                int(groups["d2"]),
                int(groups["y2"]) if groups.get("y2") else None,
                published,
                year_of,
            ), "day"
        return _with_year(
            MONTHS[groups["month"].lower().rstrip(".")],
            int(groups["day"]),
            int(groups["y2"]) if groups.get("y2") else None,
            published,
            year_of,
        ), "day"
    if groups.get("edge") and year is not None:
        return (dt.date(year, 1, 1) if groups["edge"].lower() in ("first", "opening") else dt.date(year, 12, 31)), "day"
    if kind in {"explicit", "night"}:
        month = int(groups["mnum"]) if groups.get("mnum") else MONTHS[groups["month"].lower().rstrip(".")]
        return _with_year(month, int(groups["day"]), year, published, year_of), "day"
    if kind == "month" and year is not None:
        month = MONTHS[groups["month"].lower().rstrip(".")]
        return dt.date(year, month, 1), "month"
    if kind == "year" and year is not None:
        return dt.date(year, 1, 1), "year"
    if kind == "day_of_month":
        return _latest_day_of_month(int(groups["dom"]), published), "day"
    if kind == "weekday":
        # ("last Sunday", "on Sunday last week" in a report of a Sunday: the one before, not the day itself)
        before = match.group(0).lower().startswith("last") or _LAST_WEEK_AFTER.match(match.string, match.end())
        anchor = None if published is None else published - dt.timedelta(days=1 if before else 0)
        return (None if anchor is None else _weekday_on_or_before(WEEKDAYS[groups["weekday"].lower()], anchor)), "day"
    if kind == "previous":
        # ("X reported that settlements came under fire the previous day", no day told before it: the day
        # before the report's; not "the aggression unleashed the previous day" outside reported speech)
        anchor = (
            context
            if context is not None
            else (published if _REPORTED_BEFORE.search(match.string, 0, match.start()) else None)
        )
        return (None if anchor is None else anchor - dt.timedelta(days=1)), "day"
    if kind == "same":
        return context, "day"
    if kind == "next":
        return (None if context is None else context + dt.timedelta(days=1)), "day"
    if kind == "past_day":  # the day before the statement (pick_date moves it to a statement day)
        return (None if published is None else published - dt.timedelta(days=1)), "day"
    if kind in {"yesterday", "yesterday2"}:
        days = 1 if kind == "yesterday" else 2
        return (None if published is None else published - dt.timedelta(days=days)), "day"
    if kind == "days_ago":
        raw = groups["n"].lower()
        number = _WORD_NUMBERS.get(raw) or int(raw)
        return (None if published is None else published - dt.timedelta(days=number)), "day"
    if kind == "days_earlier":
        raw = groups["n"].lower()
        number = _WORD_NUMBERS.get(raw) or int(raw)
        return (None if context is None else context - dt.timedelta(days=number)), "day"
    if kind == "days_later":  # "Two days later, drone attacks ...": after the day the text is on
        raw = groups["n"].lower()
        number = _WORD_NUMBERS.get(raw) or int(raw)
        return (None if context is None else context + dt.timedelta(days=number)), "day"
    if kind in ("present", "ongoing"):
        return published, "day"
    if published is not None and kind == "last_week":
        return published - dt.timedelta(days=7), "week"
    if published is not None and kind == "this_month":
        return published.replace(day=1), "month"
    if published is not None and kind == "last_month":
        return (published.replace(day=1) - dt.timedelta(days=1)).replace(day=1), "month"
    return None, "day"


def _is_span(match: re.Match[str]) -> bool:
    """A span pattern's days follow each other within a week ("5 and 6", not "5 and 16")."""
    groups = match.groupdict()
    first, last = int(groups.get("d1") or groups["d1b"]), int(groups.get("day") or groups["day2"])
    return 0 < last - first <= 6


def find_dates(
    sentence: str, published: dt.date | None, context: dt.date | None = None, year_of: dt.date | None = None
) -> list[DateMention]:
    """Every date expression in ``sentence``, in text order, without overlaps.

    ``context`` is the date the text was last talking about ("the previous day" counts back from it).
    ``year_of``, with no publication date, is a date the text gives in full ("On Thursday, January 5th,
    2023"): a calendar date without its year ("on January 6th") takes that year. Relative days stay
    unresolved (they count from publication)."""
    matches = _kept_date_matches(sentence) if len(sentence) <= _LONGEST_KEPT else _date_matches(sentence)
    found = [
        DateMention(
            match.start(), match.end(), match.group(0), kind, *_resolve(match, kind, published, context, year_of)
        )
        for match, kind in matches
    ]
    if published is not None:
        found = [_month_slip_mended(m, sentence, published) for m in found]
    return sorted(found, key=lambda m: m.start)


_WEEKDAY_COMMA_BEFORE = re.compile(r"\b(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+$")


def _month_slip_mended(mention: DateMention, sentence: str, published: dt.date) -> DateMention:
    """ "killed on Sunday, December 7" in a report of Monday 8 January: the weekday and the day of the month agree
    with Sunday 7 January, and 7 December was no Sunday; the month was a slip. Else the mention as it is."""
    if mention.kind != "explicit" or mention.date is None or _YEAR_IN.search(mention.text):
        return mention
    named = _WEEKDAY_COMMA_BEFORE.search(sentence, max(0, mention.start - 12), mention.start)
    if named is None:
        return mention
    weekday = WEEKDAYS[named.group("weekday").lower()]
    if mention.date.weekday() == weekday:
        return mention
    recent = _weekday_on_or_before(weekday, published)
    if recent.day != mention.date.day or recent == mention.date:
        return mention
    return dataclasses.replace(mention, date=recent)


# "(born in 2000)", "born on 3 May 1999", "b. 1998": a victim's birth, never the day of an incident (a date
# with its year only: "a baby was born on Sunday as shells hit the city" names the day of the shelling)
_YEAR_IN = re.compile(r"(?:19|20)\d\d")
# "an Aug. 11 resolution", "the July 27 agreement": a date naming a document or a deal, not the day of an incident
_ARTICLE_BEFORE = re.compile(r"\b(?:an?|the|its|this|that)\s+$", re.I)
_DOCUMENT_AFTER = re.compile(
    r"\s+(?:U\.?N\.?\s+|UN\s+|Security\s+Council\s+|ceasefire\s+|cease-fire\s+|truce\s+|peace\s+)?"
    # (not a statement: "the Indian Army said in a Sept. 3 statement" is the day it was said, a day for the claim)
    r"(?:resolutions?|agreements?|accords?|deals?|decisions?|declarations?|memorandums?|"
    r"arrangements?|understandings?|protocols?|decrees?|summits?|"
    r"(?:cease[-\s]?fire|truce)(?!\s+(?:violations?|breach(?:es)?|attacks?|incidents?)))\b",
    re.I,
)
_BORN_BEFORE = re.compile(r"\b(?:born|b\.)\s*(?:on\s+|in\s+)?$", re.I)


def _date_matches(sentence: str) -> tuple[tuple[re.Match[str], str], ...]:
    """The match and kind of every date expression in ``sentence``, in the patterns' order, without
    overlaps (days resolved by ``find_dates``)."""
    taken = Spans(len(sentence))
    found: list[tuple[re.Match[str], str]] = []
    no_word = sentence.isascii() and _any_first_word().search(sentence.lower()) is None
    for pattern, kind in _PATTERNS:
        if no_word and isinstance(pattern, FoldedPattern) and pattern.first_words is not None:
            continue
        for match in pattern.finditer(sentence):
            start, end = match.span()
            if taken.overlaps(start, end):
                continue
            if kind == "explicit" and match.groupdict().get("day") and int(match.group("day")) == 0:
                continue
            if kind == "span" and not _is_span(match):
                continue  # "during August 5 and 16 people ...": not two days in a row
            if _BORN_BEFORE.search(sentence, max(0, start - 16), start) and _YEAR_IN.search(match.group(0)):
                taken.add(start, end)  # "Sipan Melkonyan (born in 2000) was killed": a birth, not the day
                continue
            if (
                kind == "explicit"
                and _ARTICLE_BEFORE.search(sentence, max(0, start - 6), start)
                and _DOCUMENT_AFTER.match(sentence, end)
            ):
                taken.add(start, end)  # "referring to an Aug. 11 resolution": the document's name, not a day told
                continue
            taken.add(start, end)
            found.append((match, kind))
    return tuple(found)


# A report's sentences are each searched twice (the same-day check, then the reader), with other
# publication and context days, and what the patterns find depends on the sentence alone: the
# matches of the last sentences searched are kept (enough for every sentence of the longest text,
# so the reader's pass finds the first pass's; only sentences of ordinary length, so the memory
# kept stays small whatever is pasted).
_SENTENCES_KEPT = 16_384
_LONGEST_KEPT = 1_000
_kept_date_matches = lru_cache(maxsize=_SENTENCES_KEPT)(_date_matches)


_WEEKDAY_THEN_BRACKET = re.compile(
    r"\b(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s*\(\s*$", re.I
)


def is_statement_day(mention: DateMention, sentence: str) -> bool:
    """Is this date the day something was said ("said on Wednesday", "On Thursday, the ministry
    said that ..."), not the day of the event?"""
    match = _STATEMENT_DAY.search(sentence[max(0, mention.start - 80) : mention.start])
    if match is not None and not _EVENT_WORDS.search(match.group("between")):
        return True
    named = _WEEKDAY_THEN_BRACKET.search(sentence, max(0, mention.start - 30), mention.start)
    if named is not None:
        # "reported on Monday (August 17)": the date in brackets is the weekday's, said or not as it is
        return is_statement_day(DateMention(named.start(), named.start(), "", "weekday", None), sentence)
    if mention.kind == "past_day":
        return False  # "... during the last 24 hours, the ISPR said": the period told of, never a day of speaking
    after = _SAID_AFTER.match(sentence[mention.end : mention.end + 120])
    return after is not None and not _EVENT_WORDS.search(after.group("between"))


def _weekday_named_after(mentions: list[DateMention], sentence: str) -> DateMention | None:
    """ "late last night (Friday)", "yesterday (Sunday)": the weekday in brackets names the day
    the relative words meant; it wins over them."""
    for before, after in itertools.pairwise(mentions):
        if (
            after.kind == "weekday"
            and before.kind in ("yesterday", "present", "yesterday2", "previous")
            and re.fullmatch(r"\s*\(\s*", sentence[before.end : after.start])
        ):
            return after
    return None


def _span_end(mentions: list[DateMention], sentence: str) -> DateMention | None:
    """The last day of a span over a night ("from 11 p.m. on Saturday until 1 a.m. on Sunday",
    "from April 5 till April 6", "between the evening of May 8 and the morning of May 9"): the day
    it ended, as "the night of D1 to D2" is D2."""
    for end in mentions:
        if end.date is None:
            continue
        # (the word nearest the day joins it: "... and continued till this (Wednesday)" is "till")
        joined = collections.deque(_JOINING_WORD.finditer(sentence, max(0, end.start - 30), end.start), maxlen=1)
        if not joined or _ACCORDING_TO.search(sentence, max(0, joined[0].start() - 12), joined[0].end()):
            continue
        for start in mentions:
            if start.start >= end.start or start.date is None or end.date - start.date != dt.timedelta(days=1):
                continue
            if joined[0].group(0).lower() == "and" and not _BETWEEN_BEFORE.search(
                sentence[max(0, start.start - 40) : start.start]
            ):
                continue  # "on May 8 and May 9": two days, not a span
            if joined[0].group(0) in "-–—" and not _DASH_SPAN.fullmatch(sentence, start.end, end.start):
                continue  # "on March 10 - the ministry said on March 11 -": an aside, not a span
            return end
    return None


# "the ceasefire agreement reached last week", "the truce signed on 27 November": the day of the
# agreement, not of the incident the sentence tells.
_AGREEMENT_DAY = re.compile(
    # ('the 24-hour "day of quiet" declared on Thursday', "a pause in strikes announced on Monday")
    r"\b(?:agreement|cease[-\s]?fire|truce|deal|accord|armistice|quiet|pause|moratorium|lull|halt)[\"”’']?\s+"
    r"(?:that\s+|which\s+)?(?:was\s+|had\s+been\s+)?"
    r"(?:reached|signed|agreed|brokered|announced|declared|proclaimed|struck|concluded)\s+(?:on\s+|in\s+)?$|"
    # ("until the truce took hold Monday", "since the ceasefire came into force on Sunday": its start)
    # ("the ceasefire with Hezbollah, which came into effect on Wednesday", "took effect early Wednesday")
    r"\b(?:cease[-\s]?fire|truce|armistice)(?:\s+with\s+[\w'’-]+(?:\s+[\w'’-]+)?,?)?\s+(?:which\s+|that\s+)?(?:had\s+)?"
    # ("a ceasefire that was called into effect five days ago")
    r"(?:took|taken|came|come|went|gone|entered|(?:was|were|had\s+been)\s+(?:called|put|brought))\s+"
    r"(?:hold|effect|into\s+(?:force|effect))\s+"
    # ("came into force at 2200 GMT (UTC) Saturday", "at midnight on Sunday")
    r"(?:on\s+|at\s+[\w:.]+\s+(?:(?:GMT|UTC|local\s+time)\s+)?(?:\(\w+\)\s+)?(?:on\s+)?|early\s+(?:on\s+)?)?$|"
    # "had not honored the ceasefire of Saturday": the truce named by its day
    r"\b(?:cease[-\s]?fire|truce|armistice)\s+(?:agreement\s+)?of\s+(?:last\s+)?$|"
    # ("the peace agreement between Cambodia and Thailand, signed by both sides on October 26": named, then signed)
    r"\b(?:agreement|declaration|accord|deal|truce|cease[-\s]?fire)\b[^.;]{0,80}?,\s+(?:which\s+was\s+|that\s+was\s+)?"
    r"(?:signed|agreed|reached|brokered|concluded)\s+(?:by\s+(?:both\s+sides|the\s+two\s+(?:sides|countries)|"
    r"[\w'’-]+(?:\s+and\s+[\w'’-]+)?)\s+)?(?:on\s+|in\s+)?$",
    re.I,
)

# "violated the November 2003 ceasefire agreement", "the 2021 truce": a truce named by its date
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|its|their)\s+$", re.I)
_AGREEMENT_NAMED = re.compile(
    r"(?:[\"“”’']?\s*|\s+)(?:cease[-\s]?fire|truce|armistice|peace|border)?\s*"
    r"(?:agreement|accord|understanding|truce|cease[-\s]?fire|armistice|deal)\b"
    # ("a November 30 ceasefire violation": the violation's day)
    r"(?!\s+(?:violations?|breach(?:es)?|infringements?)\b)",
    re.I,
)

# ", where residents took Israeli nationality after Israel captured the Golan Heights in 1967": a clause about a
# place, told with a year or month of its past (not ", which took place in August 2019": the event's own time)
_HISTORY_CLAUSE = re.compile(
    r"\b(?:where|whose)\b(?:(?!\b(?:occurred|took\s+place|happened|began|started)\b)[^.;:,]){0,160}$", re.I
)
# ", where a Thai soldier had lost his leg in a mine blast Thursday": what had happened at the place before,
# whatever its date's kind
# (", which had witnessed a string of clashes ... last month": the place's own past, told of the place named)
_PAST_AT_THE_PLACE = re.compile(
    # (", where a soldier was killed last year": the place's past)
    r",\s+(?:where\s+(?:[\w'’-]+\s+){1,6}?(?:had\s+(?:been\s+)?\w+|(?:was|were)\s+(?:killed|wounded|injured|shot)\s+)|which\s+had\s+(?:witnessed|seen|experienced|suffered|been\s+(?:the|a|an)\s))"
    r"[^.;:,]{0,120}$",
    re.I,
)
# "for the first time since border clashes resumed on December 7", "since 12 May": the start of a
# period the sentence looks back over, not the day of what it tells.
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:[\w'’-]+\s+){0,8}?(?:on\s+|in\s+)?$", re.I)
_CONCESSION = re.compile(r"\W{0,3}(?:although|though|even\s+though|while|whereas)\b[^,;:]{1,200},", re.I)
_RANKED_BEFORE = re.compile(rf"\b{RANKING_WORDS}\s+(?:[\w'’-]+\s+){{0,14}}?since\s+(?:\S+\s+){{0,2}}?\S+$", re.I)


# (the since-clause up to the date, no comma between: not "In the latest violation since the ceasefire, troops fired ...
# on Sunday")
_LATEST_SINCE = re.compile(r"\b(?:the\s+)?latest\s+(?:[\w'’-]+\s+){0,6}?since\s+[^,.;:]{0,100}$", re.I)


def since_told(mention: DateMention, sentence: str) -> bool:
    """ "since August 5 last year": the start of a span up to now, no day of an incident."""
    return _SINCE_BEFORE.search(sentence, max(0, mention.start - 60), mention.start) is not None


# "fired a missile in response to the death of three of its members when Israel bombarded the south
# on Monday": a day inside the motive names the earlier event, not the one the sentence tells
_MOTIVE = re.compile(
    r"\b(?:in\s+(?:response|retaliation|revenge|reprisal)\s+(?:to|for)|to\s+avenge|"
    r"after\s+the\s+(?:death|deaths|killing|killings)\s+of)\b",
    re.I,
)
_MOTIVE_REACH = 160  # characters a motive clause may run before the day it names


_CONTINUED_INTO = re.compile(
    r"\b(?:continued|lasted|went\s+on|carried\s+on|persisted|dragged\s+on)\s+(?:into|until|till)\s+"
    r"(?:the\s+)?(?:(?:early\s+)?(?:hours|morning)\s+of\s+)?$",
    re.I,
)


def continues_into(mention: DateMention, sentence: str) -> bool:
    """Is the day where a fight already told went on to ("the fighting that continued into the early
    hours of Tuesday")? It ends the incident begun the day before; it is not another one."""
    return _CONTINUED_INTO.search(sentence, max(0, mention.start - 60), mention.start) is not None


# "a 30-hour ceasefire starting on Saturday evening", "the truce, which began at 6 p.m. Saturday": the truce's start
_TRUCE_START = re.compile(
    r"\b(?:cease[-\s]?fire|truce|armistice),?\s+(?:which\s+|that\s+)?(?:had\s+)?"
    r"(?:start(?:s|ed|ing)?|beg(?:an|un|ins|inning))\s+"
    r"(?:on\s+|at\s+[\w:.]+\s+(?:[ap]\.?m\.?\s+)?(?:(?:GMT|UTC|local\s+time)\s+)?(?:on\s+)?|early\s+(?:on\s+)?)?$",
    re.I,
)


def truce_start(mention: DateMention, sentence: str) -> bool:
    """Is the day the start of a truce ("a ceasefire starting on Saturday evening")? It may date what the
    sentence tells ("... was broken within minutes when shelling killed a woman"), but the sentences after it
    are not on that day for it."""
    return _TRUCE_START.search(sentence, max(0, mention.start - 80), mention.start) is not None


def in_motive(mention: DateMention, sentence: str) -> bool:
    """Is the day inside a motive told after the event ("fired ... in response to the deaths of
    three members when Israel bombarded the south on Monday")? Such a day is the earlier event's,
    often the same day ("in retaliation for strikes earlier Thursday"), so the reader only sets it
    aside for a later day the text is already on. ("In retaliation, troops shelled X on Monday":
    a motive opening the sentence does not hold the day.)"""
    for motive in _MOTIVE.finditer(sentence):
        if motive.start() > 0 and motive.end() <= mention.start <= motive.end() + _MOTIVE_REACH:
            return True
    return False


def _count_of(text: str) -> int | None:
    """The number of days in "three days earlier"."""
    first = text.split()[0].lower()
    return _WORD_NUMBERS.get(first) or (int(first) if first.isdigit() else None)


def pick_date(mentions: list[DateMention], sentence: str | None = None) -> DateMention | None:
    """The mention that dates the event: a calendar date before a relative one, then the first.

    With ``sentence`` given, a date right after a speech verb ("said on Wednesday") is the day of
    the statement and only used when the sentence gives no other date; "over the past day" in a
    statement is the day before that statement, "overnight" or "this morning" in it that statement's day.
    """
    if sentence is not None:
        agreed = [m for m in mentions if _AGREEMENT_DAY.search(sentence, max(0, m.start - 140), m.start)]
        mentions = [
            m
            for m in mentions
            if m not in agreed
            # ("came into effect on Wednesday, November 27": the same day said twice)
            and not any(0 <= m.start - a.end <= 2 and sentence[a.end : m.start].strip() in ("", ",") for a in agreed)
            and not (
                _AGREEMENT_NAMED.match(sentence, m.end)
                and _ARTICLE_BEFORE.search(sentence, max(0, m.start - 12), m.start)
            )
        ]
        # ("an attack on the village of Ghajar, where residents took Israeli nationality after Israel captured
        # the Golan Heights in 1967": a year in a clause about the place is its history, not the attack's day)
        mentions = [
            m
            for m in mentions
            if not (m.kind in ("year", "month") and _HISTORY_CLAUSE.search(sentence, max(0, m.start - 160), m.start))
            # ("... entered Veal Intry, where a Thai soldier had lost his leg in a mine blast Thursday": the day of
            # what had happened at the place before)
            and not _PAST_AT_THE_PLACE.search(sentence, max(0, m.start - 160), m.start)
        ]
        # ("the first armed confrontation ... away from the northern border since 2008": a ranking's start,
        # no day of the told event even alone)
        mentions = [m for m in mentions if not _RANKED_BEFORE.search(sentence, max(0, m.start - 160), m.end)]
        # ("two soldiers were killed in the clashes, the latest deaths in the area since a Thai soldier was shot on
        # January 31 last year": the earlier death the told ones are ranked against)
        mentions = [m for m in mentions if not _LATEST_SINCE.search(sentence, max(0, m.start - 160), m.start)]
        concession = _CONCESSION.match(sentence)
        if concession is not None and any(m.start >= concession.end() for m in mentions):
            # ("Although no incidents were recorded after the aggression unleashed the previous day, today the
            # enemy resumed fire": the day of the clause conceded is not the main clause's)
            mentions = [m for m in mentions if m.start >= concession.end()]
        # a period's start gives way to another date of the sentence; alone, it dates a look-back
        told = [m for m in mentions if not _SINCE_BEFORE.search(sentence, max(0, m.start - 60), m.start)]
        told = [m for m in told if not m.text.lower().startswith("since")]
        mentions = told or mentions

    if not mentions:
        return None
    if sentence is not None:
        dateline = DATELINE.match(sentence)
        filed = (
            dateline.end() if dateline and (dateline.group("date") or dateline.group("bracket_date")) else 0
        )  # "SRINAGAR, March 5:": the day the story was filed
        said = [m for m in mentions if m.start < filed or is_statement_day(m, sentence)]
        events = [m for m in mentions if m not in said]
        ended = _span_end(mentions, sentence)
        if ended is not None and ended in said and ended.start >= filed and events:
            # "fire from 16:15 on November 15 to 04:30 on November 16, the ministry reported": the
            # span's last day, though a statement follows it
            return ended
        past_day = next((m for m in events if m.kind == "past_day"), None)
        said_on = next((m for m in said if m.date is not None), None)
        if past_day is not None and said_on is not None and said_on.date is not None:
            return dataclasses.replace(past_day, date=said_on.date - dt.timedelta(days=1))
        earlier = next((m for m in events if m.kind in ("previous", "days_earlier")), None)
        if earlier is not None and said_on is not None and said_on.date is not None and len(events) == 1:
            # "said on March 5 that troops had fired a day earlier": counted back from the statement
            days = 1 if earlier.kind == "previous" else _count_of(earlier.text)
            if days is not None:
                return dataclasses.replace(earlier, date=said_on.date - dt.timedelta(days=days))
        present = next((m for m in events if m.kind in ("present", "ongoing")), None)
        if present is not None and said_on is not None and len(events) == 1:
            # "shelled the town overnight, the army said on Tuesday": the night that ended on the
            # statement's day ("today", "this morning" of a statement are its day too)
            return dataclasses.replace(present, date=said_on.date)
        mentions = events or [m for m in mentions if m.start >= filed] or mentions
        # ("started at 8.45 p.m. yesterday (Tuesday) and continued till this (Wednesday) morning": a
        # span's last day first, then a weekday naming the day relative words meant)
        span_end = _span_end(mentions, sentence)
        if span_end is not None:
            return span_end
        named = _weekday_named_after(mentions, sentence)
        if named is not None:
            return named
    return min(mentions, key=lambda m: (_RANK.get(m.kind, 5), m.start))


# What may stand before a dateline's date on a report's first lines: the town it was filed from,
# a weekday, "Updated on" ("Yerevan, 14 March 2024", "Thursday, March 14, 2024").
_LEAD_WORDS = frozenset({"on", "updated", "published", "posted", "last"})
_LEAD_CHARS = re.compile(r"[\w\s,/|:()'’.–—-]*")
_MAX_LEAD = 60
# ... and what may follow it: a clock time, an agency, then the line's end or a break
# ("14 March 2024.", "March 14, 2024 (Reuters) -", "September 27, 2020 - 10:36", "14 Mar 2024 | 10:12").
_DATELINE_AFTER = re.compile(
    r"(?:,?\s{0,3}(?:at\s{1,3})?[0-2]?\d[:.][0-5]\d(?:\s{0,3}(?:hrs|am|pm|a\.m\.|p\.m\.|[A-Z]{2,4}))?)?"  # (a zone: "IST")
    r"\s{0,3}(?:\([^()\n]{1,40}\))?\s{0,3}(?:[.:|–—-]{1,2}(?:\s|$)|$)"
)
# "Friday, March 29, 2024" above "HomeNation15 Pakistan Rangers killed ..." (or "Home > World > ..."):
# a date in a site's header bar, above its breadcrumb trail, is the day the page was shown
_BREADCRUMB = re.compile(r"Home(?:[A-Z]|\s*[>›»/|]|\s*$)")


def is_breadcrumb(line: str) -> bool:
    """Does a line open a site's breadcrumb trail ("HomeNation...", "Home > World")? A bare date on
    the line above it is the site's header bar (the day the page was shown)."""
    return _BREADCRUMB.match(line.strip()) is not None


# what a header bar's date line holds besides the date: a weekday, a clock time, punctuation
_HEADER_BAR_REST = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun|"
    r"[0-2]?\d[:.][0-5]\d(?:\s*(?:am|pm|AM|PM))?|[\s,.|/-])*"
)


def is_bare_date(line: str) -> bool:
    """Is the line a date and nothing more ("Friday, March 29, 2024", "29 Mar 2024 | 10:12")? Not a
    byline or a "Published on" line, which date the report."""
    mention = next((m for m in find_dates(line, None) if m.kind == "explicit" and m.date is not None), None)
    if mention is None:
        return False
    rest = line[: mention.start] + " " + line[mention.end :]
    return _HEADER_BAR_REST.fullmatch(rest) is not None


_TOP_CHARS = 4000  # the header and first lines are read from this much of the text, at most
_TOP_LINES = 3  # a title, a byline or a dateline: the date is on one of the first lines
_LINE_CHARS = 200  # of each line, its start only (a dateline opens it)


def report_date(text: str, today: dt.date | None = None) -> tuple[dt.date, str] | None:
    """The report's own date from a dateline or a full date at its top, with the words it was read
    from ("Yerevan, 14 March 2024." -> 14 March 2024): the day a text with no publication date
    entered is counted from, so its "on Thursday" resolves. None when the header gives a
    publication date (that one is read), when no top line is a dateline (a date in a sentence,
    "On 3 March 2023, troops shelled ...", is the event's), or when the date is after ``today``."""
    meta, body = parse_header(text[:_TOP_CHARS])
    if meta.get("published"):
        return None
    return top_line_date(body, today)


def top_line_date(body: str, today: dt.date | None = None) -> tuple[dt.date, str] | None:
    """A dateline's or a full date's day on a report's first lines, with the words it was read from, whatever the
    header says (not a site's header bar above its breadcrumb trail, not a day after ``today``). A page's metadata
    can date it a day or more after the text's own top line ("09.05.2021 12:40" on a page stamped 10 May)."""
    today = today or dt.date.today()
    lines = [line.strip() for line in body[:_TOP_CHARS].splitlines() if line.strip()][: _TOP_LINES + 1]
    for at, line in enumerate(lines[:_TOP_LINES]):
        line = line[:_LINE_CHARS]
        mention = next((m for m in find_dates(line, None) if m.kind == "explicit" and m.date is not None), None)
        if mention is not None and mention.date is not None:
            lead = line[: mention.start]
            words = re.findall(r"[^\W\d_]+|\d+", lead)
            after = _DATELINE_AFTER.match(line, mention.end)
            if (
                len(lead) <= _MAX_LEAD
                and _LEAD_CHARS.fullmatch(lead)
                and all(w[0].isupper() or w.lower() in _LEAD_WORDS for w in words)
                and after is not None
            ):
                if at + 1 < len(lines) and is_breadcrumb(lines[at + 1]) and is_bare_date(line):
                    return None  # the site's header bar: the day the page was shown, not the report's
                words_read = line[: after.end()].rstrip(" -–—|:")
                return (mention.date, words_read) if mention.date <= today else None
        if line[-1:] in ".!?" or len(line) >= _LINE_CHARS:
            return None  # the body has begun: a date further on is an event's
    return None


# (not "today", "this afternoon", "the day before": the day the text is on, or one counted from it)
_DAYS_OF_THEIR_OWN = frozenset(
    {
        "weekday",
        "last_week",
        "last_month",
        "this_month",
        "explicit",
        "night",
        "span",
        "period",
        "days_ago",
        "yesterday",
        "yesterday2",
    }
)


def day_words(mention: DateMention) -> str | None:
    """The words of a day a text names, to tell two days apart when no publication date resolves them
    ("on Tuesday" -> "tuesday", "Last week" -> "last week"); None for a day counted from another."""
    if mention.kind not in _DAYS_OF_THEIR_OWN:
        return None
    return re.sub(
        r"^(?:on|last|this)\s+(?=(?:mon|tues|wednes|thurs|fri|satur|sun)day)", "", mention.text.strip().lower()
    )


# Patterns run over a whole sentence only when it holds a word every match of theirs holds (same
# answers; folded.gated)
_STATEMENT_TIME = gated(_STATEMENT_TIME)
SAME_DAY = gated(SAME_DAY)
