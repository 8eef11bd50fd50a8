"""Which figures of a sentence are the document's issuer's own (issuers.Issuer): all of a statistics office's, a
paper's where its writers say "we find", a forecaster's where it says "we expect", a central bank's settings, a
lender's own operations; and how far a report carried on from an earlier sentence reaches past them."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.bylines import WRITERS_SAY
from pipeline.estimators import estimator_type
from pipeline.issuers import Issuer
from pipeline.lexicon import load_lexicon
from pipeline.reports import CARRIED


@lru_cache(maxsize=1)
def _cues() -> dict[str, re.Pattern[str]]:
    lexicon = load_lexicon("context")
    return {kind: re.compile("|".join(lexicon[kind])) for kind in ("paper_own_results", "issuer_own_figures", "issuer_says",
                                                                   "bank_own_settings", "lender_own_figures", "statute_provisions")}


def own_figures(issuer: Issuer, sentence: str) -> tuple[str, bool, int]:
    """The issuer whose own figures an unattributed sentence gives, or "", whether the sentence opens
    a report of them that the next sentences continue (a paper's "We estimate that …"), and where the
    sentence says so (CARRIED: all of it is the issuer's; else the figures of the clause where it says
    "we expect" are)."""
    if issuer.statistics and (";" in sentence or not _cues()["statute_provisions"].search(sentence.lstrip())):
        return issuer.author, False, CARRIED  # (not a statute's provision: "Under the Act, a penalty may not exceed half …")
    if issuer.writers and (WRITERS_SAY.search(sentence) or _cues()["paper_own_results"].search(sentence)):
        return issuer.writers, True, CARRIED  # "we find …", "Figure 3 shows …", "57 of the 612 factories in our sample"
    if issuer.official:
        return issuer.official, False, CARRIED  # a ministry's speech: the country's official figures
    if issuer.reported:
        return issuer.reported, False, CARRIED  # a story whose headline credits the body: its figures are the body's
    if (says_at := issuer_says_at(issuer, sentence)) is not None:
        return issuer.speaking, False, says_at  # "We expect real GDP growth of 2.3% in 2025" in a rating agency's opinion
    if issuer.speaking and estimator_type(issuer.author) == "central_bank" and (setting := _cues()["bank_own_settings"].search(sentence)):
        return issuer.author, False, setting.start()  # "The discount rate remains at 2.50%" in the bank's own statement: its setting
    if issuer.speaking and estimator_type(issuer.author) == "international_organisation" and _cues()["lender_own_figures"].search(sentence):
        return issuer.author, False, CARRIED  # "The completion of the review enables the authorities to draw SDR 254 million"
    if issuer.forecasts and (_cues()["issuer_own_figures"].search(sentence) or _possessive(issuer.author, sentence)):
        return issuer.author, False, CARRIED  # "Growth is projected to …", "• Supported 15,000 firms …" in its own page
    return "", False, CARRIED


def issuer_says_at(issuer: Issuer, sentence: str) -> int | None:
    """Where an issuer that speaks for itself says "we expect", "our forecast" in a sentence that
    names another body too ("We expect it to appreciate … where the European Central Bank has kept …")."""
    if issuer.speaking and (says := _cues()["issuer_says"].search(sentence)) and not QUOTED.search(sentence):
        return says.start()
    return None


def without_background(issuer: Issuer, carried: list[tuple[int, str]], dated: bool) -> list[tuple[int, str]]:
    """A report carried on to a sentence, except the writers' estimate carried on to a dated outturn:
    after "We find that remittances raised consumption by 4%", "Growth was 2% in 2023" is background
    the paper reports, while "About half of the loss fell on small mills" continues the estimate."""
    return [] if dated and issuer.writers and carried and carried[-1][1] == issuer.writers else carried


def calls_issuer_by_head(issuer: Issuer, sentence: str, carried: str) -> bool:
    """Whether "the Agency" in a sentence is the issuer called by its head word, not the report carried
    on: under a disaster management agency's letterhead, "Partners and the Agency distributed 18,420
    tonnes" after a paragraph citing a ministry is the agency's own account."""
    head = next((word for word in issuer.author.split() if word in load_lexicon("context")["institution_heads"]), "")
    if not head or head in carried.split() or not re.search(rf"\bthe {head}\b", sentence):
        return False
    # (not "The report also said the Agency held …": the sentence still refers back to the report)
    return not REFERS_TO_REPORT.search(sentence)


REFERS_TO_REPORT = re.compile(r"\b(?:the|these|this|its)\s+(?:same\s+)?(?:report|figures?|data|estimates?|study|survey|statistics|source)\b", re.IGNORECASE)


QUOTED = re.compile(r"[“\"]")  # a quotation: the "we" of whoever is quoted


def _possessive(author: str, sentence: str) -> bool:
    """"the World Bank’s active portfolio …", "total IMF disbursements" in the issuer's own page: its operations."""
    return f"{author}’s " in sentence or f"{author}'s " in sentence or (
        f"{author} " in sentence and re.search(rf"\b{re.escape(author)}\s+{OWN_OPERATIONS}", sentence) is not None)


OWN_OPERATIONS = r"(?:disbursements?|financing|support|lending|loans?|arrangements?|programs?|programmes?|resources|commitments?)\b"
