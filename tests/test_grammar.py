"""The regular-expression helpers that make recognition fast must find what the plain patterns find."""

import re
from decimal import Decimal

from pipeline.matching import Prefiltered, WordList, caseless, led_by_first_characters
from pipeline.pattern_syntax import first_characters, required_word_sets, required_words


def test_required_words_are_in_every_match():
    assert required_words(r"(?:the )?[A-Z]\w+ (?:said|says|[Ee]stimates)\b") == ("said", "says", "stimates")
    assert required_words(r"[Aa]ccording to (?:the )?[A-Z]\w+") == ("ccording to ",)
    assert required_words(r"(?:a|b)c") is None  # too short to be worth testing
    assert required_words(r"(?i:decided to)") is None
    assert required_words(r"decided to", re.IGNORECASE) is None


def test_every_set_of_needed_words_must_be_present():
    pattern = r"[A-Z]\w+, [a-z]+ing\b[^,]{1,40}, (?:estimated|reported)\b"
    assert required_word_sets(pattern) == [("ing",), ("estimated", "reported")]
    filtered = Prefiltered(pattern)
    assert not filtered.possible("Kenya, citing old data, said 5%")  # "ing" but no verb: not tried
    # an apostrophe is short but rare: a possessive pattern is not tried in text without one
    possessive = r"(?P<org>[A-Z]\w+)(?:’s|'s) (?:estimates|data)\b"
    assert required_word_sets(possessive) == [("'s", "’s"), ("data", "estimates")]
    text = "The Bank, citing old data, estimated 5%"
    assert [m.span() for m in filtered.finditer(text)] == [m.span() for m in re.finditer(pattern, text)] != []


def test_prefiltered_pattern_finds_what_the_pattern_finds():
    pattern = r"(?:the )?(?P<org>[A-Z]\w+)(?:’s|'s)? (?:estimated|said)\b"
    plain, filtered = re.compile(pattern), Prefiltered(pattern)
    for text in ["The Bank said 3%.", "Growth was 3%.", "the IMF’s estimated", "Kenya said"]:
        assert [m.span() for m in filtered.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_first_characters_are_every_character_a_match_can_start_with():
    assert first_characters(r"(?:the )?(?P<org>[A-Z]\w+)") == "[tA-Z]"
    assert first_characters(r"\b(?:[Ss]aid|puts?)\b|\d+%") == "[Ssp\\d]"
    assert first_characters(r"(?<![\d.])(?:-|\()?\d") == "[\\-(\\d]"  # (a "-" in a class is escaped)
    assert first_characters(r"(?m)^[ \t]*Total") == "[ \tT]"
    assert first_characters(r"x?") is None  # a match may be empty
    assert first_characters(r"[^a]b") is None  # any character but one
    assert first_characters(r"\b(?i:said)") is None  # any case
    assert first_characters(r"said") is None  # a pattern that opens with a character is found fast already
    assert first_characters(r"x?(?a:\W)") is None  # (a class under its own flags: "é" is \W only in ASCII)


def test_a_pattern_led_by_its_first_characters_finds_what_it_finds():
    texts = ["The Bank of Ghana said 3%.", "the IMF estimated -2.5 (3.1) in 2023", "Kenya\n  Total 5", "said nothing", ""]
    for pattern in [r"(?:the )?(?P<org>[A-Z]\w+(?: of [A-Z]\w+)?) (?:said|estimated)\b", r"(?<![\d.])(?:-|\()?\d+(?:\.\d)?",
                    r"(?m)^[ \t]*Total[ \t]+(?P<n>\d+)", r"\b(?:[Ss]aid|puts?)\b"]:
        plain, led = re.compile(pattern), led_by_first_characters(pattern)
        assert led.pattern != pattern
        for text in texts:
            assert [(m.span(), m.groups()) for m in led.finditer(text)] == [(m.span(), m.groups()) for m in plain.finditer(text)]


def test_needed_words_are_found_where_they_overlap_or_nest():
    from pipeline.matching import NeededWords

    needed = NeededWords()
    needed.register(("data", "ata", "at"))
    needed.register(("estimates", "estimate", "mates"))
    # "ata" and "at" start inside "data"; "estimate" is a prefix of "estimates", "mates" inside it
    assert needed.present("the data and estimates") == {"data", "ata", "at", "estimates", "estimate", "mates"}
    assert needed.present("no such word") == frozenset()
    assert needed.present("estimate") == {"estimate", "at"}  # not "estimates", nor "mates"


def test_prefilters_with_a_bracket_skip_text_without_one():
    pattern = Prefiltered(r"(?:\d|%)\s*\((?P<org>[A-Z]{2,7})\)")
    assert pattern.needs == ("(",)
    assert [m.group("org") for m in pattern.finditer("US$2 (IMF) and 3% (WB)")] == ["IMF", "WB"]
    assert list(pattern.finditer("US$2 billion IMF")) == []


def test_word_list_matches_only_at_word_starts():
    words = WordList(["this period", "period"])
    assert words.search("a subperiod, then this period").span() == (18, 29)
    assert words.search("Periods") is None
    assert words.search("In This Period").span() == (3, 14)


def test_caseless_refuses_text_whose_offsets_would_move():
    assert caseless("FY2024") == "fy2024"
    assert caseless("İstanbul") is None
    assert caseless("fıscal") is None


def test_caseless_pattern_matches_as_ignorecase_does():
    from pipeline.matching import Caseless

    pattern = Caseless(r"\b(?P<word>than|since)\s+$")
    assert pattern.lowered is not None  # the P of a named group is no capital of the pattern
    for text, end in [("Higher Than ", 12), ("higher SINCE ", 13), ("İn 2019 than ", 13), ("no match", 8)]:
        found, expected = pattern.search_in(text, 0, end), re.search(pattern.anycase.pattern, text[:end], re.I)
        assert (found and found.span()) == (expected and expected.span())
    assert Caseless(r"\S+ than").lowered is None  # "\S" lower-cased would be another class


def test_a_couple_of_before_a_scale_word_is_roughly_two_of_it():
    from pipeline.documents import document_from_text
    from pipeline.extract import extract_document
    text = "The deals brought in a couple of billion dollars last year; a clerk earns a couple of thousand dinars.\n"
    rows = {o.mention: (float(o.value), o.unit, o.qualifier) for o in extract_document(document_from_text(text))[0]}
    assert rows["a couple of billion dollars"] == (2_000_000_000, "USD", "approximately")
    assert rows["a couple of thousand dinars"][:1] == (2000,) and rows["a couple of thousand dinars"][2] == "approximately"


def test_a_scale_word_said_again_alone_belongs_to_the_amount_before():
    from pipeline.documents import document_from_text
    from pipeline.extract import extract_document
    observations, tokens = extract_document(document_from_text("In the old money that is Le 18.7 trillion! Yes, trillion.\n"))
    assert [o.mention for o in observations if "trillion" in o.mention] == [observations[0].mention]
    assert [t.disposition for t in tokens if t.token == "trillion" and t.char_start > 40] == ["part_of_mention"]


def test_a_unit_s_symbol_after_a_scale_word():
    from pipeline.documents import document_from_text
    from pipeline.extract import extract_document
    text = "Exports by crop: wheat – 10.2 million t; rye – 5.3 thousand t; a 2 million tonne port.\n"
    rows = {o.mention: (float(o.value), o.unit) for o in extract_document(document_from_text(text))[0]}
    assert rows["10.2 million t"] == (10_200_000, "tonnes") and rows["5.3 thousand t"] == (5300, "tonnes")


def test_number_words_joined_by_and_after_hundred():
    from pipeline.quantities import recognise
    assert [q.value for q in recognise("In my constituency three hundred and forty teachers are unpaid.").quantities] == [340]
    assert [(q.value, q.value_high) for q in recognise("between two and three percent").quantities] == [(2, 3)]


def test_guesses_joined_by_or_fractions_in_figures_and_a_third_higher():
    from pipeline.quantities import recognise

    def read(text):
        return [(text[q.start:q.end], q.value, q.value_high, q.unit) for q in recognise(text).quantities]
    assert read("My own guess is 1 or 2 percent for 2023") == [("1 or 2 percent", 1, 2, "percent")]
    assert read("Food costs two or three times what it did") == [("two or three times", 2, 3, "times")]
    assert read("GNI was about 1/59th of the South's") == [("1/59th", Decimal("0.0169"), None, "ratio")]
    assert read("I would put it at least a third higher.") == [("a third", Decimal("0.3333"), None, "ratio")]
    assert read("on 12/12/2022 and in 2024/25") == []


def test_south_asian_grouping_and_scales():
    from pipeline.quantities import recognise
    text = "It proposes Tk 7,90,000 crore, Tk 2.5 lakh crore of it for salaries, and 12 lakh new jobs."
    assert [(text[q.start:q.end], q.value) for q in recognise(text).quantities] == [
        ("Tk 7,90,000 crore", 7_900_000_000_000), ("Tk 2.5 lakh crore", 2_500_000_000_000), ("12 lakh", 1_200_000)]


def test_one_in_a_compound_number_word():
    from pipeline.quantities import recognise
    text = "Official figures gave the sector about one worker in twenty-four, and one household in thirty."
    found = {text[q.start : q.end]: q for q in recognise(text).quantities}
    assert str(found["one worker in twenty-four"].value) == "0.0417"
    assert str(found["one household in thirty"].value) == "0.0333"


def test_an_ordinal_after_placed_or_came_is_a_rank():
    from pipeline.quantities import recognise
    text = "In the 2024 edition it placed 170th, and the country came 45th in the other index."
    ranks = {text[q.start : q.end]: q.unit for q in recognise(text).quantities}
    assert ranks == {"170th": "rank", "45th": "rank"}


def test_thousands_set_off_by_spaces_before_a_comma_that_ends_a_clause():
    from pipeline.quantities import recognise
    values = [(q.value, q.unit) for q in recognise("Nationals number some 9\u00a0500, less than a quarter; 12 300 arrived.").quantities]
    assert values[0] == (Decimal("9500"), "count") and (Decimal("12300"), "count") in values
    assert [q.value for q in recognise("about 1 234,5 tonnes").quantities][0] != Decimal("1234")  # a decimal comma: not thousands


def test_numbers_said_aloud_with_a_decimal_point_or_thousands_and_hundreds_are_one_number():
    from pipeline.documents import document_from_text
    from pipeline.extract import extract_document

    text = ("Economy of Ruritania\n\nMINISTER: My rates bill is four thousand two hundred dollars now. The deficit is "
            "thirteen point three billion dollars, and unemployment is five point one per cent. Inflation was one point "
            "oh five per cent. At one point three banks failed.\n")
    found = {o.mention: o.value for o in extract_document(document_from_text(text))[0]}
    assert found["four thousand two hundred dollars"] == "4200"
    assert found["thirteen point three billion dollars"] == "13300000000"
    assert found["five point one per cent"] == "5.1" and found["one point oh five per cent"] == "1.05"
    assert found["three"] == "3"  # "at one point": a moment, not 1.3


def test_a_number_said_aloud_stops_before_a_compound_word_and_its_decimal_before_a_new_number():
    from pipeline.documents import document_from_text
    from pipeline.extract import extract_document

    text = ("Economy of Ruritania\n\nThey built five thousand two-bedroom homes. Inflation was three point one two years "
            "ago. The cash rate is at one point five per cent. The haulier bought nineteen twenty-tonne trucks in 2024.\n")
    observations, tokens = extract_document(document_from_text(text))
    found = {o.mention: (o.value, o.period_start) for o in observations}
    assert found["five thousand"][0] == "5000" and found["three point one"][0] == "3.1"
    assert found["one point five per cent"][0] == "1.5"
    assert found["nineteen"] == ("19", "2024")  # trucks counted, not the year 1920
    assert not [t for t in tokens if t.disposition == "unexplained"]


def test_a_price_said_aloud_and_a_rate_with_two_decimals_said_aloud_are_one_number():
    from pipeline.documents import document_from_text
    from pipeline.extract import extract_document

    text = ("Economy of Poland\n\nPRESIDENT: The euro costs four twenty-five, the dollar about three sixty-nine. We brought "
            "the rate down from five point seven five. Twenty one firms replied.\n")
    found = {o.mention: o.value for o in extract_document(document_from_text(text))[0]}
    assert found["four twenty-five"] == "4.25" and found["three sixty-nine"] == "3.69"
    assert found["five point seven five"] == "5.75" and found["Twenty one"] == "21"


def test_a_number_said_aloud_before_a_year_said_aloud_is_no_proportion_and_a_thousand_of_a_scale_is_one_scale():
    from pipeline.documents import document_from_text
    from pipeline.extract import extract_document

    text = ("Economy of Ruritania\n\nRESIDENT: The bus pass was forty-two in twenty eighteen, not forty-one. Growth will "
            "be four point five in twenty twenty-seven. Nominal GDP is some thirty thousand billion francs, and the old "
            "debt was 3 thousand million pounds. Spending in the holiday quarter was on plan. One in twenty firms closed.\n"
            "Figures are in lempira million unless otherwise stated.\n\n"
            "  Rate        Level      Change\n  USD/ZAR     18.40      +0.35c\n\n"
            "Output  2024/25a  2025/26c\n")
    observations, tokens = extract_document(document_from_text(text))
    found = {o.mention: o.value for o in observations}
    assert found["forty-two"] == "42" and found["four point five"] == "4.5"  # not "two in twenty", "five in twenty"
    assert found["thirty thousand billion francs"] == "30000000000000"
    assert found["3 thousand million pounds"] == "3000000000"
    assert found["One in twenty"] == "0.05"
    ages = {o.mention: o.value for o in extract_document(document_from_text("One in five ten-year-olds is stunted."))[0]}
    assert ages["One in five"] == "0.2"  # a number joined to its noun is no year said aloud
    marks = {o.mention for o in extract_document(document_from_text(
        "Type 2c diabetes affected 12%. Under Article 3c and Figure 4c, 410,000 units were sold.\n"))[0]}
    assert not {"2c", "3c", "4c"} & marks  # a glued c is cents only in a price's frame
    table = ("Table 1. Spending by department\n\nFigures are in kina million\n\nDepartment       2023      2024\n"
             "Health          9,250    9,810\n")
    cells = {o.mention: (o.value, o.unit) for o in extract_document(document_from_text(table))[0]}
    assert cells["9,250"] == ("9250000000", "PGK")  # a currency's name before the scale scales the cells
    assert found["0.35c"] == "0.0035"  # a change in cents
    assert "26c" not in found  # a forecast's mark after a split year
    assert not [(t.token, t.char_start) for t in tokens if t.disposition == "unexplained"]


def test_patterns_led_by_a_digit_find_on_real_documents_what_they_find_without_the_lead():
    from pathlib import Path

    from pipeline.number_labels import CLOCK_TIME, GLUED_TO_WORD, MODEL_SUFFIX, house_number

    docs = Path(__file__).resolve().parent / "eval" / "docs"
    texts = [p.read_text(encoding="utf-8") for p in sorted(docs.glob("*.txt"))]
    assert len(texts) > 100
    for led in (GLUED_TO_WORD, CLOCK_TIME, MODEL_SUFFIX, house_number()):
        lead = r"(?=\d)(?:"
        assert led.pattern.startswith(lead)
        plain = re.compile(led.pattern[len(lead) : -1], led.flags)
        for text in texts:
            assert [m.span() for m in led.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_money_said_with_its_cents_after_and_the_hours_a_sitting_stands_at():
    from pipeline.documents import document_from_text
    from pipeline.extract import extract_document

    text = ("Economy of Mexico\n\nCHAIR: It being four fifty-five, the committee turns to item 23, Energy. The base payment "
            "is eleven dollars and fifty cents a tonne, and the day wage two hundred and seventy-eight pesos and eighty "
            "centavos. Diesel rose by forty centavos. That is about eighteen centavos of every peso of revenue. Under rule "
            "146(2), stage two adds 4.3 million tonnes. We close at one forty.\n")
    observations, tokens = extract_document(document_from_text(text))
    found = {o.mention: (o.value, o.unit) for o in observations}
    assert found["eleven dollars and fifty cents"][0] == "11.5"
    assert found["two hundred and seventy-eight pesos and eighty centavos"] == ("278.8", "MXN")
    assert found["forty centavos"] == ("0.4", "MXN")
    assert found["eighteen centavos"] == ("0.18", "ratio")
    assert set(found) == {"eleven dollars and fifty cents", "two hundred and seventy-eight pesos and eighty centavos",
                          "forty centavos", "eighteen centavos", "4.3 million tonnes"}
    assert not [t for t in tokens if t.disposition == "unexplained"]
    # a price said with "and" but no cents stays two numbers
    text = "Economy of Canada\n\nHe paid ten dollars and forty people came.\n"
    assert {o.mention for o in extract_document(document_from_text(text))[0]} == {"ten dollars", "forty"}


def test_the_one_a_change_formula_subtracts_is_no_fact():
    from pipeline.documents import document_from_text
    from pipeline.extract import extract_document

    text = ("Economy of Iceland\n\nSource: harbour records; change = year / previous year - 1.\n"
            "Source: audited statements; change = 2024-25 / 2023-24 - 1, computed by the Secretary.\n"
            "Calls rose by 1 in 2024.\n")
    observations, tokens = extract_document(document_from_text(text))
    assert [o.mention for o in observations] == ["1"] and observations[0].line == 5
    assert [t.disposition for t in tokens if t.token == "1"][:2] == ["name", "name"]


def test_counts_rates_and_tallies_beside_the_words_of_a_sittings_hours_stay_quantities():
    from pipeline.documents import document_from_text
    from pipeline.extract import extract_document

    text = ("Economy of Chile\n\nOf the nineteen million residents, the rest being eleven million live in the regions. "
            "TRADER: I'd say the rand will close at twelve fifty against the dollar. The committee approved the bill, vote "
            "23 to 5. In the vote 23 cantons approved. Phase 1 = 2023/24 - 1 million homes. Here \"billion\" means a "
            "thousand million and the deficit was 4 billion in 2023. Cotton fetched 62 cents a pound, and ginners take "
            "5 cents from every pound of lint.\n")
    observations, tokens = extract_document(document_from_text(text))
    found = {o.mention: o.unit for o in observations}
    assert {"eleven million", "twelve fifty", "1 million", "4 billion"} <= set(found)
    assert "23 to 5" in found or "5" in found and "23" in {o.mention for o in observations}
    assert found["62 cents"] == found["5 cents"] == "USD"
    assert not [t for t in tokens if t.disposition == "unexplained"]


def test_guards_never_skip_a_sentence_their_pattern_matches():
    from pipeline.number_labels import HOUR_SAID, LETTER_BY_DIGIT, MIXED_CODE, SPOKEN_CLOCK

    spoken = ["We resume at half past two.", "It being four fifty-five, the sitting closed.", "at eight minutes to ten",
              "the shops open until ten at night", "We break at 11 o’clock", "Until two thirty, then", "before nine this morning"]
    for text in spoken:
        assert SPOKEN_CLOCK.search(text) and HOUR_SAID.search(text)
    assert not HOUR_SAID.search("Output rose 5 percent to 2024, up from the year before.")
    codes = ["the 2Q24 figures", "BW00000881263 on file", "the A320neo fleet", "serial 4x4b7 sold"]
    for text in codes:
        assert MIXED_CODE.search(text) and LETTER_BY_DIGIT.search(text)
    assert not LETTER_BY_DIGIT.search("Exports were 3.5% higher in 2024, at US$ 12 billion.")


def test_patterns_led_by_their_first_letters_keep_what_an_ignored_case_matches():
    from pipeline.periods import ANCIENT, STRONG_EARLY

    # ("ſ", the long s, is "s" to a pattern that ignores case)
    assert ANCIENT.search("by the ſeventh century") and STRONG_EARLY.search("in the ſixteenth century")
    assert ANCIENT.search("in the Seventh century") and STRONG_EARLY.search("in 1623")
