"""Which estimator each number of a sentence takes: its own sentence's (the one bracketed after it,
the one named nearest before it, or one named after all its numbers), else the report its paragraph
is giving (`Report`), within the part of the sentence the number belongs to."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from pipeline.attribution import PART_BREAK, TIMED_BRACKET_AFTER, estimates_listed, part_of
from pipeline.officials import official_decisions
from pipeline.context import clause_bounds
from pipeline.segment import COLUMN_GAP
from pipeline.grammar import Quantity
from pipeline.matching import Caseless, WordList
from pipeline.lexicon import load_lexicon
from pipeline.records import Observation

if TYPE_CHECKING:  # (readings imports this module)
    from pipeline.readings import Reading


@lru_cache(maxsize=1)
def _lexicon() -> dict:
    return load_lexicon("context")


REPORT_NOUN_AFTER = re.compile(r"(?:’s|'s)?\s+(?:figures|data|statistics|estimates)\b", re.IGNORECASE)


def uncarried(raw: list[tuple[int, str]], sentence: str = "") -> bool:
    """A sentence whose estimator is named as 'staff': documents that mark their authors'
    estimates do so sentence by sentence ("staff estimates unless noted"), so it is not carried.
    Nor is a central bank's own setting ("the central bank moved it to 15,000") or any body's act
    ("the Central Bank of X devalued it", "the IMF approved a loan"): an act, not a report."""
    if not raw:
        return False
    at, name = raw[-1]
    if name.lower() in _lexicon()["author_references"]:
        return True
    if name.lower() in _lexicon()["central_bank_references"] and not _names_its_figures(sentence, at, name):
        return True  # (but "Central Bank figures show 26,418 accounts in arrears. Of these, …": its report goes on)
    if sentence and at > 0 and SET_BY.search(sentence, max(0, at - 30), at):
        return True  # "The quota set by OPEC+ for Iraq was …": a body's decision, not its report
    if sentence and any(decision.start() == at for decision in official_decisions(sentence)):
        return True  # "The FY2025/26 budget … envisages …": a budget's figures, not a report that goes on
    verb = _act_or_report().search(sentence, max(at, 0), max(at, 0) + len(name) + 60) if sentence and at >= 0 else None
    return bool(verb and verb.group("act"))


def _names_its_figures(sentence: str, at: int, name: str) -> bool:
    """"(The) Central Bank('s) figures show …": the name as found may start at its article."""
    named = sentence.find(name, at) if sentence and at >= 0 else -1
    return named >= 0 and bool(REPORT_NOUN_AFTER.match(sentence, named + len(name)))


SET_BY = re.compile(r"\b(?:set|fixed|agreed|imposed|approved)\s+by\s+(?:the\s+)?$")


@lru_cache(maxsize=1)
def _act_or_report() -> re.Pattern[str]:
    """The first verb after a body's name: one of its acts, or one of reporting."""
    acts = "|".join(_lexicon()["act_verbs"])
    reports = "|".join(_lexicon()["report_verbs"])
    return re.compile(rf"\b(?:(?P<act>{acts})|{reports})\b")


CARRIED = -1  # the position given to a source carried from an earlier sentence


@dataclass
class Report:
    """The estimator whose report a paragraph is giving. Named in a sentence, it reaches the next
    `source_carry_sentences` sentences of the paragraph, as long as each sentence with numbers in
    between continues it: a statement of its own (one that opens with its own date, say) ends it."""

    source: str = ""
    paragraph: int = -1
    left: int = 0
    # named in a sentence without numbers ("Data from the Bank show the decline …"): the report is
    # still to come, so the next sentence with numbers takes it even when it opens with its own date
    announced: bool = False
    # named after the numbers it vouches for ("…, according to the Statistics Office."): it closes its
    # own sentence, and reaches the next only when that one refers back ("These figures …")
    trailing: bool = False
    # the topics (report_topic_families) of the figures it has given: the figures of a later sentence
    # must continue one of them; none yet when it was named in a sentence without figures
    topics: frozenset[str] | None = frozenset()
    # named in a sentence without numbers that introduces the table of the next paragraph ("The central bank's
    # series shows the period:", "The table shows … as recorded by …"): each of the table's rows is the report's
    introduces_table: bool = False
    table_end: int = -1  # the last paragraph of the table it introduced (each row its own where no blank line parts them)

    def carried(self, paragraph: int, refers_back: bool = False) -> list[tuple[int, str]]:
        # a sentence that names the report it goes on with ("The same report shows …") takes it into
        # the next paragraph too
        if self.source and (paragraph == self.paragraph or refers_back or self.in_introduced_table(paragraph)) and self.left > 0 \
                and (refers_back or not self.trailing):
            return [(CARRIED, self.source)]
        return []

    def in_introduced_table(self, paragraph: int) -> bool:
        """Whether the paragraph is the table the report's sentence introduced."""
        return self.introduces_table and self.paragraph < paragraph <= max(self.table_end, self.paragraph + 1)

    def goes_on_in_row(self, paragraph: int, text: str, start: int, end: int) -> None:
        """A row of columns (`text[start:end]`) right after the introduced table's last paragraph, on the next
        line, is the table's too (a table whose rows no blank line parts, each a paragraph of its own)."""
        if self.introduces_table and paragraph == self.table_end + 1 and COLUMN_GAP.search(text, start, end) \
                and not BLANK_LINE_BEFORE.search(text, max(0, start - 40), start):
            self.table_end = paragraph

    def advance(self, paragraph: int, own: list[tuple[int, str]], has_numbers: bool, continued: bool,
                looks_back: bool = False, first_number: int | None = None, introduces: bool = False) -> None:
        """After a sentence: `own` the estimators it names, `continued` whether it took the report,
        `looks_back` whether it speaks of figures already given ("Despite these official statistics"),
        `first_number` where its first number starts, `introduces` whether it introduces the table below
        (introduces_table)."""
        if own:
            self.source, self.paragraph, self.left = own[-1][1], paragraph, _lexicon()["source_carry_sentences"]
            self.announced = not has_numbers and not looks_back
            self.trailing = first_number is not None and own[-1][0] > first_number
            self.topics = frozenset()
            self.introduces_table = introduces and self.announced
            self.table_end = paragraph + 1
            return
        if not self.in_introduced_table(paragraph):  # (every row of the table is the report's, however many)
            self.left -= 1
        if has_numbers:
            self.announced = False
            if not continued:
                self.source = ""

    def on_topic(self, rows: list[Observation], sentence: str, instead: str = "") -> list[Observation]:
        """The rows of a sentence the report was carried to, without it when none of them continues its
        topic: after "Statistics X put growth at 3%.", "The currency traded at 40 per dollar." is no
        figure of the statistics office (but the issuer's own, `instead`, when it gives its own figures).
        A sentence that says it reports ("was estimated at", "reportedly") continues it whatever it measures."""
        if not self.topics or _says_it_reports(sentence) \
                or any(topic_of(row.indicator) in self.topics for row in rows if row.source == self.source):
            return rows
        return [replace(row, source=instead) if row.source == self.source else row for row in rows]

    def gave(self, rows: list[Observation], sentence: str) -> None:
        """After a sentence that named the report or was carried it: what its figures were of. A
        sentence that was carried it and kept it for none of its figures ends it. A report named in a
        section's caption ("Prices and money (Bank of X): …") is of all the section's topics."""
        given = [row for row in rows if row.source == self.source]
        if rows and not given:
            self.source = ""
        elif (caption := CAPTION.match(sentence)) and self.source in caption.group():
            self.topics = None
        elif self.topics is not None:
            self.topics |= {topic_of(row.indicator) for row in given}


CAPTION = re.compile(r"[^:.;()]{1,60}\([^()]{1,80}\):")
@lru_cache(maxsize=1)
def _table_introduction() -> re.Pattern[str]:
    """"The table shows the main exports as recorded by …", "Series of the central bank; …": a sentence
    that introduces the table below it (as one ending with a colon does); words from lexicon/context.yaml."""
    lex = load_lexicon("context")
    verbs = "|".join(r"\s+".join(map(re.escape, verb.split())) for verb in lex["table_introduction_verbs"])
    series = "|".join(map(re.escape, lex["table_introduction_series"]))
    return re.compile(rf"\s*(?:(?:The|This)\s+(?:following\s+)?(?:table|chart)\s+(?:below\s+)?(?:{verbs})\b|(?:{series})\s+(?:of|from)\s)")


BLANK_LINE_BEFORE = re.compile(r"\n[ \t]*\r?\n[ \t]*$")
TABLE_LINE = re.compile(r"\s*\n[ \t]*\r?\n[^\n]*" + COLUMN_GAP.pattern)  # after a blank line, a line of columns


def introduces_table(sentence: str, following: str, named_at: list[int]) -> bool:
    """Whether a sentence introduces the table of the next paragraph: it ends with a colon, or says so
    ("The table shows …"), names its bodies before any ";" (not "…; the exchange rate is the central
    bank's": one column's), and a table follows (`following`: the text after the sentence)."""
    if sentence.rstrip().endswith(":"):
        return True
    clause_end = sentence.find(";") if ";" in sentence else len(sentence)
    return _table_introduction().match(sentence) is not None and all(at < clause_end for at in named_at) \
        and TABLE_LINE.match(following) is not None


def acts_in_their_clause(readings: list[Reading], own: list[tuple[int, str]], sentence: str, instead: str = "") -> list[Reading]:
    """A body's act ("The Bank of X set the rate of crawl at 1.51%") is the source of the numbers of
    its own part of the sentence only: "…, and the pula traded at about 13.6 per dollar" is the
    market's rate (or the issuer's own, `instead`, in a document whose figures are its own)."""
    if not own or own[-1][0] < 0:
        return readings
    at, name = own[-1]
    part = part_of(sentence, at)
    # nor of a main clause before the one it acts in: "… received 846,210 applications, as refinancing picked
    # up after the Bank of Canada lowered its policy rate"
    opened = [m.start() for m in SUBORDINATE_OPENING.finditer(sentence, 0, at)]
    return [replace(r, source=instead) if r.source == name and (
                part_of(sentence, r.quantity.start) > part and _new_subject(sentence, r.quantity.start)
                or opened and r.quantity.end <= opened[0]) else r for r in readings]


SUBORDINATE_OPENING = re.compile(r",\s+(?:as|after|when|because|following)\s+(?!(?:(?:was|were|is|are)\s+)?(?:estimated|reported|"
                                 r"calculated|measured|recorded|projected|forecast|noted|shown|published|compiled)\b)")


# a clause that opens with a subject of its own ("…; the currency fell", "…, and Chinese lenders held"),
# not with a time or with "it" ("…, and in April 2025 it devalued it again")
# (not "…; the bank then cut it by 25 basis points": the body that acted, referred to again; nor "…; the
# target is 4%": what it set)
NEW_SUBJECT = re.compile(r"\s*(?:(?:and|but|while|whereas)\s+)?(?:the\s(?!(?:same\s+)?(?:bank|fund|committee|board|council|government|ministry|authorities|target)\b)"
                         r"|(?!(?:In|On|By|From|Since|After|It|Its|This|That)\b)[A-Z][a-z]+\s)")


def _new_subject(sentence: str, at: int) -> bool:
    breaks = [m.end() for m in PART_BREAK.finditer(sentence, 0, at)]
    return bool(breaks) and NEW_SUBJECT.match(sentence, breaks[-1]) is not None


@lru_cache(maxsize=1)
def _lending_term() -> re.Pattern[str]:
    """What a loan's length stands before: "48-month Extended Fund Facility", "a 40-month arrangement"."""
    terms = "|".join(re.escape(term) for term in _lexicon()["lending_terms"])
    return re.compile(rf"(?:\s+[A-Z][\w-]*){{0,3}}\s+(?i:{terms})\b")


@lru_cache(maxsize=1)
def _lender_phrases() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    lenders = {name.lower(): lender for name, lender in _lexicon()["lender_instruments"].items()}
    names = "|".join(re.escape(name) for name in sorted(lenders, key=len, reverse=True))
    # "a $2.9 billion, 48-month Extended Fund Facility"; "… Facility, worth about US$395m", "… of US$3 billion"
    after = re.compile(rf"(?:,?\s+[\w-]+-(?:year|month))?\s+(?P<name>{names})\b")
    before = re.compile(rf"(?P<name>{names})(?:\s+\([a-z]{{2,6}}\))?,?\s+(?:with\s+access\s+)?(?:of|worth)\s+(?:[a-z]+\s+){{0,2}}$")
    return after, before, lenders


def lender_of(sentence: str, q: Quantity) -> str:
    """The lender of the lending instrument (lexicon: lender_instruments) whose size or term the
    number is: "a 48-month Extended Fund Facility of about US$3 billion" is the IMF's, named or not."""
    after, before, lenders = _lender_phrases()
    lowered = sentence.lower()
    if len(lowered) != len(sentence):  # ("İ" lower-cases to two characters)
        return ""
    m = after.match(lowered, q.end) or before.search(lowered, max(0, q.start - 80), q.start)
    return lenders[m.group("name")] if m else ""


@lru_cache(maxsize=1)
def _topic_families() -> dict[str, str]:
    return {code: family[0] for family in _lexicon()["report_topic_families"] for code in family}


def topic_of(indicator: str) -> str:
    """The family of an indicator (report_topic_families): its first member; else the indicator."""
    return _topic_families().get(indicator, indicator)


@lru_cache(maxsize=1)
def _report_cues() -> WordList:
    return WordList([*_lexicon()["report_markers"], *_lexicon()["unattributed_estimates"]])


def _says_it_reports(sentence: str) -> bool:
    return _report_cues().search(sentence) is not None


@lru_cache(maxsize=1)
def _back_references() -> Caseless:
    words = "|".join(re.escape(w) for w in _lexicon()["report_back_references"])
    return Caseless(rf"\b(?:{words})\s+(?:\w+\s+)?(?:figures|statistics|data|estimates|numbers|reports?|results|releases?|surveys?|count)\b")


def looks_back(sentence: str) -> bool:
    """Whether a sentence speaks of figures already given ("these official statistics")."""
    return bool(_back_references().search_in(sentence))


def _segment(sentence: str, q: Quantity) -> tuple[int, int]:
    """The part of the sentence between semicolons that holds the number."""
    start = sentence.rfind(";", 0, q.start) + 1
    end = sentence.find(";", q.end)
    return start, end if end >= 0 else len(sentence)


@lru_cache(maxsize=1)
def _target_cues() -> WordList:
    return WordList(_lexicon()["target_statements"])


@lru_cache(maxsize=1)
def _report_markers() -> WordList:
    return WordList(_lexicon()["report_markers"])


# "…; its target has been 2.5%", "…; since 2013 its target has been 4%"
TARGET_OPENS = re.compile(r"\s*(?:(?:since|from|in|until)\s+(?:[A-Z][a-z]+\s+)?\d{4},?\s+)?(?:its|the)\s+(?:[\w-]+\s+){0,2}target\b")


def _reach(q: Quantity, sentence: str) -> tuple[int, int] | None:
    """The span of the sentence whose estimators a number may take, when it is narrower than the
    whole sentence and the report carried to it. A target or aim is the planner's, not the estimator's
    whose report came before ("…; the plan raised the target to 6%"): only its own part of the
    sentence counts. A length of time ("delayed by two years") tells the story, not the statistics:
    a report is not carried to it."""
    start, end = _segment(sentence, q)
    if _target_cues().search(sentence, start, q.start) and not _report_markers().search(sentence, start, end) \
            and not (_target_cues().search(sentence, 0, start) and TARGET_OPENS.match(sentence, start)):
        return start, end  # (but "X has targeted inflation since 2005; its target is 2.5%": X's own)
    if q.unit in _lexicon()["uncarried_units"] and not _measured_length(q, sentence):
        return 0, len(sentence)
    return None


# a length that is a statistic of many, not the story's: an average ("processed in an average of 27 days", "took 41 days
# on average", "the average stay was 5.3 days") or time lost or worked in total ("613,000 working days lost")
AVERAGE_BEFORE = re.compile(r"\baverag(?:e|ed)\b(?:\s+[\w-]+){0,4}?\s+(?:of|was|were|is|at)?\s*"
                            r"(?:(?:about|around|some|nearly|roughly|almost)\s+)?$", re.IGNORECASE)
AVERAGE_OR_TOTAL_AFTER = re.compile(r"\s+(?:on\s+average\b|(?:were\s+|was\s+)?(?:lost|worked)\b)", re.IGNORECASE)


def _measured_length(q: Quantity, sentence: str) -> bool:
    return AVERAGE_BEFORE.search(sentence, max(0, q.start - 60), q.start) is not None \
        or AVERAGE_OR_TOTAL_AFTER.match(sentence, q.end) is not None


# "4.5% in the approved budget", "2.36 million at the 2022 census": a source named right after a number
SOURCE_PHRASE_AFTER = re.compile(r"(?:in|at)\s+the\s", re.IGNORECASE)


FROM_BODY = re.compile(r"\s+from\s+(?:the\s+)?")  # "3.6% from the International Monetary Fund": an estimate, then its body


def _tag(sentence: str, position: int, number_ends: tuple[int, ...]) -> int | None:
    """The end of the number a source is bracketed right after ("US$8.1 billion (authorities' data)")
    or given right after in a phrase of its own ("4.5% in the approved budget")."""
    return next((e for e in number_ends if e <= position and (re.fullmatch(r"\s*\((?:the\s+)?", sentence[e:position])
                 or (sentence[e:position].isspace() and SOURCE_PHRASE_AFTER.match(sentence, position))
                 or TIMED_BRACKET_AFTER.fullmatch(sentence, e, position)
                 or (position in estimates_listed(sentence) and FROM_BODY.fullmatch(sentence, e, position)))), None)


# "the IMF's 4.2%", "the World Bank, whose estimate for that year is US$11,980": a figure its body owns
FIGURE_OWNER = re.compile(r"[^\s,;()][^,;()]{0,60}?(?:(?:’s|'s)\s+|,\s+whose\s[^,;()]{1,100}?\b(?:is|was|are|were|at)\s+"
                          r"(?:(?:about|some|around|roughly|nearly|only|just)\s+)?)(?=[-−~]?(?:US|[A-Z]{1,3})?[$€£¥₩]?\d)")
WHOSE = re.compile(r"[^,;()]{1,60}?,\s+whose\s")
ATTRIBUTED_AFTER = re.compile(r"\s*,?\s*(?:according\s+to|by|says|said|per)\s+(?:the\s+)?", re.IGNORECASE)
# "… to 86,000 in 1998 and, according to the OCGS, to 548,000 in 2022": an attribution that opens a
# coordinate part heads what follows it, not the numbers before it
OPENS_PART = re.compile(r"\b(?:and|but|while|whereas)\s*,\s*according\s+to\s+(?:the\s+)?$")


def source_for(
    q: Quantity, sources: list[tuple[int, str]], sentence: str = "", last_number_end: int = 0, number_ends: tuple[int, ...] = (),
    number_starts: tuple[int, ...] = (),
) -> str:
    """The estimator bracketed right after the number; else the one named nearest before it; else
    one named after it in its clause ("…, the statistics office said"), or after every number of the
    sentence ("A rose 17%, while B climbed 16.5%, according to the customs office")."""
    if q.rule in _lexicon()["unsourced_rules"] and not _lending_term().match(sentence, q.end):
        return ""
    if sentence and all(position == CARRIED for position, _ in sources) and (lender := lender_of(sentence, q)):
        return lender  # "a three-year Extended Fund Facility of $1.8 billion": the IMF's loan, named or not
    reach = _reach(q, sentence) if sentence else None
    if reach:
        sources = [(position, name) for position, name in sources if reach[0] <= position < reach[1]]
    tags = {position: _tag(sentence, position, number_ends) for position, _ in sources}
    own_tag = [name for position, name in sources if tags[position] == q.end]
    if own_tag:
        return own_tag[0]
    sources = [(position, name) for position, name in sources if tags[position] is None]
    # "less severe than the IMF's 4.2%": a possessive right before a figure is that figure's alone
    owned = {position: owner.end() for position, _ in sources if position >= 0 and (owner := FIGURE_OWNER.match(sentence, position))
             and owner.end() in number_starts}
    if any(end == q.start for end in owned.values()):
        return next(name for position, name in sources if owned.get(position) == q.start)
    # (a body whose clause gives a figure may give the others too: "The Bank, whose band is 6% to 10%, raised its rate to 28%")
    sources = [(position, name) for position, name in sources if position not in owned or WHOSE.match(sentence, position)]
    # a part of the sentence that names its own estimator keeps it ("growth averaged 4.9%, according to
    # the central bank, and poverty declined …, according to surveys by X")
    part = part_of(sentence, q.start)
    own_part = [(position, name) for position, name in sources if (position > 0 or part == 0) and part_of(sentence, position) == part]
    if own_part and sentence:
        sources = own_part
    before = [name for position, name in sources if position < q.start or position <= 0]  # (a speaker: 0)
    if before:
        return before[-1]
    end = clause_bounds(sentence, q)[1] if sentence else 10**9
    # "growth averaged 4.9% a year, according to the central bank, and poverty fell from …": the
    # attribution right after the number's clause is the clause's
    closing = next((position for position, _ in sources if position >= end and ATTRIBUTED_AFTER.fullmatch(sentence, end, position)), None)
    after = [(position, name) for position, name in sources if q.end <= position and (position < end or position >= last_number_end
                                                                                         or position == closing)
             and not OPENS_PART.search(sentence, max(0, position - 40), position)]
    return after[0][1] if after and not _acts(sentence, after[0][0]) else ""


def _acts(sentence: str, at: int) -> bool:
    """Whether the body named at `at` does something rather than reports: its act is of the numbers
    after it ("a package of US$50 billion, of which the Fund provided US$20 billion": not the total)."""
    return bool(sentence) and at >= 0 and _act_after_name().match(sentence, at) is not None


@lru_cache(maxsize=1)
def _act_after_name() -> re.Pattern[str]:
    """A name (its capitalised words), then one of the acts of act_verbs as its verb."""
    acts = "|".join(_lexicon()["act_verbs"])
    word = r"(?:[A-Z][\w'’.&-]*|of|the|and|for)"
    return re.compile(rf"(?:the\s+)?{word}(?:\s+{word})*(?:,\s+which)?\s+(?:(?:itself|also|has|had|have|then|later|again)\s+){{0,2}}(?:{acts})\b")
