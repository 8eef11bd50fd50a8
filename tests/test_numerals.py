"""Numbers written with a decimal comma ("198,4") and thousands grouped by spaces or points: read as
such in documents that write them so, left as written everywhere else. Paragraphs written for these tests."""

from __future__ import annotations

from pipeline.documents import document_from_text
from pipeline.extract import extract_document
from pipeline.numerals import as_read, writes_decimal_commas

COMMA_RELEASE = ("STATISTICS OFFICE OF ARCADIA\n\nTourism accounts, 2024\n\n"
                 "Tourism spending reached R412,6 billion in 2024, up from R398,1 billion in 2023, an increase of 3,6%. "
                 "It made up 2,9% of GDP. Tourism employed 1 245 300 people, 0,8% more than in 2023. "
                 "Foreign visitors spent R1.204,5 million on crafts.\n")


def test_a_document_that_writes_decimal_commas_is_read_with_them():
    observations, tokens = extract_document(document_from_text(COMMA_RELEASE))
    found = {o.mention: (o.value, o.unit) for o in observations}
    assert found["R412,6 billion"] == ("412600000000", "ZAR")
    assert found["3,6%"] == ("3.6", "percent")
    assert found["1 245 300"] == ("1245300", "persons")
    assert found["R1.204,5 million"] == ("1204500000", "ZAR")
    for o in observations:  # every mention and sentence as written
        assert COMMA_RELEASE[o.char_start : o.char_end] == o.mention and "," in o.sentence
    assert [t.token for t in tokens if t.disposition == "unexplained"] == []


def test_decimal_commas_are_read_only_where_they_outnumber_decimal_points():
    english = "Exports rose 3.5% to US$1,250 million; imports rose 2.1%, 4.4% and 1.9% in three years, and 1,5 tonnes moved."
    assert not writes_decimal_commas(english)
    assert as_read(english) == english
    assert writes_decimal_commas(COMMA_RELEASE)
    # the Indian grouping of lakhs is no decimal comma; a telephone number keeps its spaces
    assert not writes_decimal_commas("Tk 7,90,000 crore, Tk 1,22,000 crore and Tk 4,99,000 crore")
    read = as_read("Tel.: 012 310 8600. Spending was 2,7% and 3,1% and 4,4%, on 745 200 jobs.")
    assert "012 310 8600" in read and "2.7%" in read and "745,200" in read
    assert len(read) == len("Tel.: 012 310 8600. Spending was 2,7% and 3,1% and 4,4%, on 745 200 jobs.")


def test_a_number_on_a_line_named_as_a_telephone_is_a_name():
    text = "Enquiries: User Services\nTel.: 012 310 8600\nFax: (011) 555-0192\n\nThe office counted 4 500 visitors.\n"
    observations, tokens = extract_document(document_from_text(text))
    assert [o.mention for o in observations] == ["4 500"]
    assert {t.token: t.disposition for t in tokens if t.token != "4 500"} == {
        "012 310": "name", "8600": "name", "011": "name", "555": "name", "0192": "name"}


def test_review_a_three_digit_decimal_before_a_percent_or_scale_stays_a_decimal_and_thousands_points_do_not_count_as_decimals():
    read = as_read("Inflation was 2,7% and 3,1% and 4,4%; a 3.125% coupon; R1.125 billion; EUR 2.500 a month.")
    assert "3.125%" in read and "R1.125 billion" in read and "EUR 2,500" in read
    assert writes_decimal_commas("Wages were EUR 2.500 and 312.450 jobs; inflation 6,3%, 2,1% and 4,0%, 65.200 firms.")


def test_review_a_telephone_numbers_groups_are_no_thousands_and_a_count_on_a_telephone_line_is_no_telephone():
    text = ("STATISTICS OFFICE OF ARCADIA\n\nSpending reached R412,6 billion in 2024, 2,9% of GDP, up 3,6%.\n\n"
            "Enquiries: Fax: +27 12 345 678\nTelephone: 1 204 000 subscribers were counted in 2024.\n")
    observations, tokens = extract_document(document_from_text(text))
    assert "+27 12 345 678" in as_read(text)
    found = {o.mention: o for o in observations}
    assert "12 345 678" not in found and "345 678" not in found
    assert found["1 204 000"].value == "1204000"


def test_review_signed_thousands_in_a_decimal_comma_document_are_no_telephone_number():
    text = ("STATISTICS OFFICE OF ARCADIA\n\nThe population grew by 2,1% to 61 204 300, or +1 204 567 persons, and "
            "inflation was 3,4% and 2,9% in 2024.\n")
    found = {o.mention: o.value for o in extract_document(document_from_text(text))[0]}
    assert found["1 204 567"] == "1204567"


def _dispositions(text: str) -> dict[str, str]:
    _, tokens = extract_document(document_from_text(text))
    return {f"{t.token}@{t.char_start}": t.disposition for t in tokens}


def test_numbers_in_codes_coin_names_modifiers_ordinal_marks_and_caption_scales_are_accounted_for():
    cases = [
        ("Economy of Sicily\n\nThe quarter-dinar weighed 1.05 grams.", "quarter", "name"),
        ("Economy of Chile\n\nOn a three-million-peso loan the payment fell by 400 pesos.", "million", "name"),
        ("Economy of Chile\n\nSee the Informe del 4º trimestre 2024, p. 3.", "4", "ordinal"),
        ("Economy of Chad\n\nRef. No. F.1-2/2024-FDI     N'Djamena, 30 April 2024\n\nDoses rose 5%.", "1", "name"),
        ("Economy of Yukon\n\nSee the Census Profile, catalogue no. 98-316-X2021001, for 2021.", "2021001", "name"),
        ("Economy of Chad\n\nTable 1: Doses by region, 2023\n(doses and children in thousands; coverage in per cent)\n\n"
         "  Region      Doses\n  North       3,120\n", "thousands", "part_of_mention"),
        ("Economy of Ghana\n\nTable 1: Key statistics\n(number unless stated; fees in GH¢ million; change in per cent)\n\n"
         "  Fees collected      4.2\n", "million", "part_of_mention"),
    ]
    for text, token, disposition in cases:
        found = _dispositions(text)
        at = text.index(token, text.index("\n"))
        assert found[f"{token}@{at}"] == disposition, (token, found)


def test_thirty_one_of_the_is_a_number_not_the_idiom_one_of_the():
    found = _dispositions("Economy of Kenya\n\nThirty-one of the forty-seven counties are above the ceiling; one of the largest is Nakuru.")
    assert "unexplained" not in found.values()
    assert found["one@25"] == "observation" and found["one@80"] == "idiom"


def test_review_degrees_a_price_range_and_fractions_of_a_scale_are_no_ordinals_codes_or_names():
    found = _dispositions("Economy of Spain\n\nTemperatures reached 44ºC; tomatoes sold at P.120-150; a half-million people left.")
    assert found["44@39"] != "ordinal" and found["120@64"] != "name" and found["half@75"] != "name"
    assert _dispositions("Economy of Spain\n\nCOVID-19 cut output 2-3% in 2020-21.")["2@38"] == "observation"


def test_a_number_to_call_is_a_telephone_number():
    found = _dispositions("Economy of Peru\n\nFor information, call 800-273-7371. Please call the Media Relations Unit at "
                          "(02) 8708-7701. Exports rose 5%; the office took calls 3 times a day.")
    assert found["7371@47"] == found["8708@98"] == "name"
    assert found["5@122"] == found["3@148"] == "observation"


def test_a_bus_routes_number_is_a_name():
    found = _dispositions("Economy of Peru\n\nRoute 37 carries 14,200 passengers a day, and route twenty-one runs until midnight.")
    assert found["37@23"] == found["twenty@69"] == "name" and found["14,200@34"] == "observation"


def test_a_number_and_a_quarter_or_three_quarters_is_one_amount():
    from pipeline.documents import document_from_text
    from pipeline.extract import extract_document
    text = ("Economy of Ruritania\n\nThe policy rate is two and a quarter per cent, and the long rate three and "
            "three-quarters per cent. Three-quarters of farms were small.\n")
    found = {o.mention: (o.value, o.unit) for o in extract_document(document_from_text(text))[0]}
    assert found == {"two and a quarter per cent": ("2.25", "percent"), "three and three-quarters per cent": ("3.75", "percent"),
                     "Three-quarters": ("0.75", "ratio")}


def test_an_amount_said_in_arba_crore_and_lakh_is_one_number_and_a_units_definition_is_no_fact():
    text = ("Pokhara Metropolitan City, Nepal: budget session\n\nNote: 1 arba = Rs 1 billion; 1 crore = Rs 10 million.\n"
            "DEPUTY MAYOR: Current expenditure is fifteen arba sixty-two crore rupees, and each ward will receive "
            "ten crore fifty lakh rupees.\n")
    observations, numbers = extract_document(document_from_text(text))
    found = {o.mention: (o.value, o.unit) for o in observations}
    assert found["fifteen arba sixty-two crore rupees"] == ("15620000000", "NPR")
    assert found["ten crore fifty lakh rupees"] == ("105000000", "NPR")
    assert "Rs 1 billion" not in found and "1" not in found


def test_a_price_said_in_hundreds_with_its_subunit_is_one_amount():
    text = ("Islamabad, Pakistan.\n\nHOST: Petrol now costs three hundred and thirty-one rupees thirty-eight paisa a litre, "
            "up twenty-six rupees two paisa.\n")
    found = {o.mention: (o.value, o.unit) for o in extract_document(document_from_text(text))[0]}
    assert found["three hundred and thirty-one rupees thirty-eight paisa"] == ("331.38", "PKR")
    assert found["twenty-six rupees two paisa"] == ("26.02", "PKR")


def test_a_hijri_year_and_a_captions_scale_before_its_change_column_are_accounted_for():
    text = ("PILGRIMS SAVINGS FUND\nFinancial year ended 31 December 2023 (1444H/1445H)\n\n"
            "Some 31,600 pilgrims performed the Hajj of 1444H.\n\nTable 2. Income\n(RM million; change in per cent)\n\n"
            "Item             2022      2023    Change\nIncome          4,062     4,710     +16.0\n")
    observations, tokens = extract_document(document_from_text(text))
    found = {(t.token, t.char_start): t.disposition for t in tokens}
    assert found[("1444", text.index("1444H/"))] == found[("1445", text.index("1445H"))] == "date"
    assert found[("1444", text.index("1444H."))] == "date"
    assert found[("million", text.index("million;"))] != "unexplained"
    assert "unexplained" not in found.values()


def test_a_capitalised_arba_is_a_name_not_a_scale():
    text = "Economy of Ethiopia\n\nThe 2019 Arba Minch survey counted 41,000 farms.\n"
    found = {o.mention: (o.value, o.period_start) for o in extract_document(document_from_text(text))[0]}
    assert found["41,000"] == ("41000", "2019")
    assert not any(value.startswith("2019") for value, _ in found.values())


def test_scales_and_times_said_around_figures_are_accounted_for():
    text = ("Pokhara, Nepal.\n\nCFO: The quarter was good. The table is in crore of rupees. The formula allows one per "
            "thousand Muslims.\n\n  Year   GDP (€ bn, current)   Real growth (%)\n  2023        180.2              1.1\n")
    _, tokens = extract_document(document_from_text(text))
    found = {(t.token, t.char_start): t.disposition for t in tokens}
    assert found[("quarter", text.index("quarter"))] == "date"
    assert found[("crore", text.index("crore"))] != "unexplained"
    assert found[("thousand", text.index("thousand"))] != "unexplained"
    assert found[("bn", text.index("bn"))] != "unexplained"


def test_traders_firefighters_marines_and_observers_are_people():
    text = ("Economy of Ghana\n\nThe market has 4,000 traders. In the fires 37 firefighters were injured. An expedition of "
            "about 1,200 marines took the town, and 46 observers were accredited.\n")
    found = {o.mention: o.unit for o in extract_document(document_from_text(text))[0]}
    assert found["4,000"] == found["37"] == found["1,200"] == found["46"] == "persons"


def test_a_bare_number_said_against_a_percentage_is_a_percentage():
    text = ("Bangkok, Thailand.\n\nCFO: Our capital ratio was three hundred and twelve per cent at the end of December, "
            "against the supervisory level of one hundred and forty per cent and two hundred and ninety-eight a year earlier.\n")
    found = {o.mention: o.unit for o in extract_document(document_from_text(text))[0]}
    assert found["two hundred and ninety-eight"] == "percent"


def test_perhaps_nearer_circa_and_something_like_make_a_figure_approximate():
    text = ("Economy of Venice\n\nThe city had perhaps 150,000 inhabitants in 1500; Beloch put it nearer 120,000. "
            "The arsenal employed c. 2,000 men and something like 3,000 in wartime. The treasury received an "
            "estimated 1.2 million ducats.\n")
    found = {o.mention: o.qualifier for o in extract_document(document_from_text(text))[0]}
    assert found["150,000"] == found["120,000"] == found["2,000"] == found["3,000"] == "approximately"
    assert found["1.2 million ducats"] == "exact"  # "an estimated": the estimate as stated


def test_a_ceiling_stated_makes_a_figure_at_most():
    text = ("Economy of Tanzania\n\nCharges of the unions may not exceed TSh 110 per kg. The levy is capped at 5%, "
            "under a ceiling of 8% set by law. Inflation reached a maximum of 8.3% in June.\n")
    found = {o.mention: o.qualifier for o in extract_document(document_from_text(text))[0]}
    assert found["TSh 110"] == found["5%"] == found["8%"] == "at_most"
    assert found["8.3%"] == "exact"  # a peak reached, no ceiling


def test_a_floor_stated_as_a_minimum_of_makes_a_figure_at_least_but_a_minimum_wage_is_a_level():
    text = ("Economy of the Bahamas\n\nThe annual fee is US$0.12 per net ton, with a minimum of US$2,500 per ship. "
            "Wages in the islands stayed below the federal minimum of $7.25 an hour.\n")
    found = {o.mention: o.qualifier for o in extract_document(document_from_text(text))[0]}
    assert found["US$2,500"] == "at_least"
    assert found["$7.25"] == "exact"


def test_figures_that_run_or_vary_from_one_to_another_are_a_range():
    text = ("Economy of Guadeloupe\n\nThe octroi de mer's rates run from 0% to 50% according to the product. Estimates "
            "of the dead vary from 5,000 to 12,000. Prices rose from 40 to 55 euros.\n")
    found = {o.mention: (o.value, o.value_high, o.qualifier) for o in extract_document(document_from_text(text))[0]}
    assert found["0% to 50%"] == ("0", "50", "range")
    assert found["5,000 to 12,000"] == ("5000", "12000", "range")
    assert "40 to 55 euros" not in found  # a change's two levels


def test_two_fractions_in_words_between_which_a_share_lies_are_a_range():
    text = ("Economy of the Inca Empire\n\nD'Altroy estimated that between a quarter and a third of the labour went to the "
            "state. A quarter and a third of the votes went to the two parties.\n")
    found = {o.mention: (o.value, o.value_high, o.qualifier) for o in extract_document(document_from_text(text))[0]}
    assert found["a quarter and a third"] == ("0.25", "0.3333", "range")
    assert found["A quarter"] == ("0.25", "", "exact")  # two shares, no "between"



def test_shillings_and_pence_at_a_rate_or_over_a_range_and_parts_of_a_penny_are_sterling():
    text = ("Economy of a Ruritanian manor\n\nIn the 1290s reapers were paid 2d a day and threshing cost about 2½d a "
            "quarter. After the plague the ploughmen were paid 10s a year, and oxen cost 10s to 12s each. The livery was "
            "some 5.2 quarters of grain a year, and output fell for 2 quarters running.\n")
    observations, numbers = extract_document(document_from_text(text))
    found = {(o.mention, o.char_start): (o.value, o.unit) for o in observations}
    assert found[("2½d", text.index("2½d"))] == ("2.5", "pence")
    assert found[("10s", text.index("10s a year"))] == ("10", "shillings")
    assert found[("10s to 12s", text.index("10s to 12s"))] == ("10", "shillings")
    assert [n.disposition for n in numbers if n.token == "quarters"] == ["part_of_mention", "part_of_mention"]


def test_pounds_with_their_shillings_are_one_sum_and_a_caption_in_shillings_gives_its_cells_that_money():
    text = ("Economy of a Ruritanian manor\n\nAt 20 shillings to the pound the totals are £53 and £64 12s; a plough cost "
            "£3 2s 6d. Oxen cost 10s to 12s each, and the rent rose from 5s to 8s.\n\n"
            "Table 1. Cash receipts by source (shillings; change in per cent)\n\n"
            "  Source               1297      1347    Change\n"
            "  Sales of grain        620       812      31.0\n"
            "  Total               1,060     1,292      21.9\n")
    observations, _ = extract_document(document_from_text(text))
    found = {o.mention: (o.value, o.value_high, o.unit) for o in observations}
    assert found["£64 12s"] == ("64.6", "", "GBP") and found["£3 2s 6d"] == ("3.125", "", "GBP")
    assert found["10s to 12s"] == ("10", "12", "shillings")  # a range of sums
    assert found["5s"] == ("5", "", "shillings") and found["8s"] == ("8", "", "shillings")  # a change, two levels
    assert found["620"][2] == found["1,292"][2] == "shillings"
