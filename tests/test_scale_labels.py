"""Scale words and codes in tables' headings, captions and notes lines: part of the figures they scale, or names."""

from __future__ import annotations

from pipeline.documents import document_from_text
from pipeline.extract import extract_document


def dispositions(text: str, *tokens: str) -> dict[str, str]:
    """The disposition of each named number token of a document written for a test."""
    found = extract_document(document_from_text(text))[1]
    return {t.token: t.disposition for t in found if t.token in tokens}


def test_lakh_and_crore_alone_or_compounded_in_a_columns_bracket_are_its_scale():
    text = ("Economy of Ruritania\n\nTable 1. Works by district, 2024\n"
            "District           Person-days   Output\n"
            "                       (lakh)    (₹ lakh crore)\n"
            "Northern               22.6          1.4\n"
            "Southern               18.2          1.1\n")
    found = dispositions(text, "lakh", "crore")
    assert set(found) == {"lakh", "crore"} and set(found.values()) <= {"name", "part_of_mention"}


def test_a_notes_lines_scale_and_the_scale_of_figures_marked_otherwise_are_part_of_the_figures():
    text = ("Economy of Ruritania\n\nNotes (carats, US$ and P in millions unless marked bn): 3.62 / 2.91 = 1.244; "
            "Sales rose 24%.\n")
    assert dispositions(text, "millions", "bn") == {"millions": "part_of_mention", "bn": "part_of_mention"}


def test_a_registration_number_padded_with_zeros_after_letters_is_a_name():
    text = "Economy of Ruritania\n\nCompany registration No. BW00000881263          Gaborone, 14 April 2025\n"
    observations, tokens = extract_document(document_from_text(text))
    assert observations == [] or all("881263" not in o.mention for o in observations)
    assert {t.token: t.disposition for t in tokens if "881263" in t.token} == {"00000881263": "name"}


def test_a_spaced_t_is_tonnes_and_kilolitres_are_cubic_metres():
    text = ("Economy of Ruritania\n\nNotes: 120,400 x 0.35 = 42,140 t of lint; daily sales 3.2 million kl / 30 days.\n")
    found = {o.mention: (o.value, o.unit) for o in extract_document(document_from_text(text))[0]}
    assert found["42,140 t"] == ("42140", "tonnes")
    assert found["3.2 million kl"] == ("3200000", "cubic_metres")


def test_a_captions_units_by_measure_reach_the_columns_named_by_them_in_stacked_and_one_line_headings():
    text = ("Economy of Ruritania\n\nTable 1. Purchases by district, 2023 and 2024\n"
            "(farmers in numbers; maize in tonnes; change in per cent)\n"
            "District         Farmers      Maize        Maize     Change\n"
            "                registered    2023         2024        (%)\n"
            "Northern           12,100     40,300       44,100        9.4\n"
            "Southern            9,800     31,000       29,800       -3.9\n\n"
            "Table 2. Exports by destination, 2024\n"
            "(quantity in tonnes; value in US$ million; share of quantity in per cent)\n"
            "Destination     Quantity    Value    Share\n"
            "Kenya             21,200     38.2     61.3\n"
            "Uganda            13,400     24.1     38.7\n")
    found = {o.mention: (o.value, o.unit) for o in extract_document(document_from_text(text))[0]}
    assert found["44,100"] == ("44100", "tonnes") and found["-3.9"] == ("-3.9", "percent")
    assert found["12,100"][1] in ("count", "persons")
    assert found["21,200"] == ("21200", "tonnes") and found["38.2"] == ("38200000", "USD") and found["61.3"] == ("61.3", "percent")


def test_a_captions_units_by_measure_reach_a_pipe_tables_columns_and_a_change_named_with_its_base():
    text = ("Table 3. Exchange trades by commodity, Q3 2024 (tonnes; value in R million; change in volume on Q3 2023 in per cent)\n"
            "Commodity | Volume | Value | Change\n"
            "Maize | 26,900 | 217.9 | +73.5\n"
            "Sorghum | 2,100 | 14.7 | −12.5\n")
    found = {o.mention: (o.value, o.unit) for o in extract_document(document_from_text(text))[0]}
    assert found["26,900"] == ("26900", "tonnes") and found["73.5"] == ("73.5", "percent")
    assert found["14.7"][0] == "14700000"
    # a caption's unit for all beside a part's own: the part's column takes its own
    profit = ("Table. Proposed distribution of the 2024 net profit (PLN thousand; share in per cent)\n"
              "Item | Amount | Share\nReserve fund | 53,130 | 91.0\nDividend on shares | 312 | 0.5\n")
    found = {o.mention: (o.value, o.unit) for o in extract_document(document_from_text(profit))[0]}
    assert found["53,130"] == ("53130000", "PLN") and found["91.0"] == ("91", "percent")
    # a column a part names by a short word, or in a unit it cannot read, takes no other part's unit
    dairy = ("Table 13. Dairy (million litres; fat content in per cent; stay in nights)\n"
             "Dairy | Milk | Fat | Stay\nNorth Dairy | 410 | 4.1 | 5.2\nSouth Dairy | 280 | 3.9 | 4.8\n")
    found = {o.mention: (o.value, o.unit) for o in extract_document(document_from_text(dairy))[0]}
    assert found["410"] == ("410000000", "litres") and found["4.1"] == ("4.1", "percent") and found["5.2"][0] == "5.2"


def test_a_captions_units_by_measure_reach_the_columns_of_a_table_whose_rows_are_years():
    text = ("Economy of Ruritania\n\nRuritania: selected indicators, 2022–2023 (GDP in € billion at current prices; "
            "wheat in million tonnes; unemployment in per cent)\n\n"
            "    Year    GDP    Wheat    Unemployment\n"
            "    2022    12.4     3.1          7.5\n"
            "    2023    13.0     2.8          6.9\n")
    found = {o.mention: (o.value, o.unit, o.period_start) for o in extract_document(document_from_text(text))[0]}
    assert found["13.0"] == ("13000000000", "EUR", "2023")  # (an initialism names its column: "GDP")
    assert found["2.8"] == ("2800000", "tonnes", "2023") and found["6.9"] == ("6.9", "percent", "2023")
    # (a column takes the unit of its head word, "Real GDP growth" the growth's; "Exports" its own beside "export prices")
    text = ("Economy of Ruritania\n\nRuritania: trade, 2022–2023 (GDP in HUF billion; growth in per cent; exports in HUF billion; "
            "export prices in index points)\n\n"
            "    Year    GDP      Real GDP growth    Exports    Export prices\n"
            "    2022    6,100         4.3             890          101.2\n"
            "    2023    6,400        -0.8             930          104.6\n")
    found = {o.mention: (o.value, o.unit) for o in extract_document(document_from_text(text))[0]}
    assert found["-0.8"] == ("-0.8", "percent") and found["930"] == ("930000000000", "HUF")


def test_a_change_column_headed_by_its_year_and_a_level_against_an_earlier_year_are_in_the_captions_per_cent():
    text = ("Economy of Ruritania\n\nTable 1. Flights controlled (thousand flights; change and level in per cent)\n"
            "Category                 2019      2023   Change 2023   2023 vs 2019\n"
            "Overflights             486.2     441.5          +9.6           90.8\n"
            "Total                 1,286.4   1,151.7          +7.9           89.5\n")
    found = {o.mention: (o.value, o.unit) for o in extract_document(document_from_text(text))[0]}
    assert found["1,151.7"] == ("1151700", "count")
    assert ("7.9", "percent") in (found.get("7.9"), found.get("+7.9")) and found["89.5"] == ("89.5", "percent")


def test_a_captions_scale_before_a_remark_after_a_semicolon_is_the_tables_unit():
    text = ("Economy of Ruritania\n\nTable 1. Flights controlled (thousand flights; change in per cent)\n"
            "Table 2. City budget (EUR million; 2024 as amended, 2025 draft)\n"
            "Table 3. Indicators (GDP in € billion at current prices; steel in million tonnes)\n")
    found = dispositions(text, "thousand", "million", "billion")
    assert set(found) == {"thousand", "million", "billion"} and "unexplained" not in found.values()
    # (but a vague amount in a sentence's bracket is no table's unit: it stays to be explained)
    assert dispositions("The bank lost depositors in 2023 (millions; most of them small savers).", "millions") \
        == {"millions": "unexplained"}


def test_plots_law_chapters_helplines_formula_constants_unit_definitions_footers_and_report_codes_name():
    text = ("MALAWI COTTON COUNCIL\nEstablished under the Cotton Act, Cap. 65:02\n"
            "Plot 7 Kamuzu Procession Road, Lilongwe\nHelpline (toll free) 1800 222 4100\n\n"
            "Note: Change = (2024 / 2023 - 1) x 100. One lakh = 100,000; one crore = 10 million.\n"
            "Source: reports R2.1, R4.3 and R7.2. Lint sold 12,400 tonnes.\n\n"
            "                      - 4 -\n")
    observations, tokens = extract_document(document_from_text(text))
    assert [o.mention for o in observations] == ["12,400 tonnes"]
    assert all(t.disposition in ("name", "date", "part_of_mention") for t in tokens if t.token != "12,400")


def test_columns_no_measure_names_take_the_one_unit_left_only_when_the_caption_reads_every_part():
    text = ("Economy of Ruritania\n\nTable 1. Waste by zone, 2024\n"
            "(population in thousands; waste in tonnes a day; fees in KSh million)\n"
            "Zone            Population   Generated   Collected   User fees\n"
            "Central                560         520         468         262\n"
            "Eastern              1,720       1,010         566         171\n\n"
            "Table 2. Connections by region, 2024\n"
            "(connections in number; lines in km)\n"
            "Region        New connections      Lines\n"
            "Central                38,210        412\n"
            "Eastern                31,470        538\n")
    found = {o.mention: (o.value, o.unit) for o in extract_document(document_from_text(text))[0]}
    assert found["520"] == ("520", "tonnes") and found["566"] == ("566", "tonnes")
    assert found["262"] == ("262000000", "KES")
    assert found["412"] == ("412", "km") and found["38,210"][1] != "km"


def test_a_unit_word_in_a_heading_is_its_own_columns_and_takes_the_captions_scale_for_it():
    text = ("Economy of Ruritania\n\nTable 1. Sales by auction, 2024\n"
            "(carats in thousands; revenue in US$ million; average price in US$ per carat)\n"
            "Sale                 Month    Carats    Carats    Sold    Revenue   Average\n"
            "                             offered      sold     (%)               price\n"
            "Spot auction 1/2025  Feb       410.0     362.0    88.3      51.2       141\n"
            "Spot auction 2/2025  May       455.0     300.0    65.9      40.8       136\n")
    found = {o.mention: (o.value, o.unit) for o in extract_document(document_from_text(text))[0]}
    assert found["410.0"] == ("410000", "carats") and found["362.0"] == ("362000", "carats")
    assert found["88.3"] == ("88.3", "percent")
    assert found["51.2"] == ("51200000", "USD") and found["141"] == ("141", "USD")


def test_a_captions_closing_words_may_name_the_measure_and_its_unit():
    text = ("Economy of Ruritania\n\nSummary table submitted by the oil company (slide 4), volumes in million kilolitres\n\n"
            "                  Quota 2024    Jan-Aug 2024\n"
            "Petrol                 21.10           14.20\n"
            "Diesel                 16.30           10.90\n")
    found = {o.mention: (o.value, o.unit) for o in extract_document(document_from_text(text))[0]}
    assert found["21.10"] == ("21100000", "cubic_metres") and found["10.90"] == ("10900000", "cubic_metres")


def test_amounts_and_ranges_beside_the_words_of_naming_numbers_stay_amounts_and_ranges():
    text = ("Economy of Ruritania\n\nGrowth will be modest (1 - 2 per cent) in 2024. Net exports added 0.4 points (2022: -1).\n"
            "MTN reports R1.1 billion in profit. Installed Cap. 450 MW was reached in 2023.\n"
            "Each settler received a plot of 5 hectares.\n")
    found = {o.mention: (o.value, o.value_high, o.unit) for o in extract_document(document_from_text(text))[0]}
    assert found["1 - 2 per cent"] == ("1", "2", "percent")
    assert found["R1.1 billion"] == ("1100000000", "", "ZAR")
    assert found["450 MW"][2] == "MW" and found["5 hectares"][2] == "hectares"


def test_a_unit_word_alone_among_a_headings_words_reaches_the_columns_up_to_the_next_heading_word():
    text = ("Economy of Ruritania\n\nTable 3. Fuel imports\n\n"
            "Product          Tonnes\n"
            "                 Jan-Jun 2023    Jan-Jun 2024    Change (%)\n"
            "Petrol             210,400         221,900           5.5\n"
            "Diesel             318,200         301,100          -5.4\n")
    found = {o.mention: o.unit for o in extract_document(document_from_text(text))[0]}
    assert found["210,400"] == found["221,900"] == found["301,100"] == "tonnes" and found["5.5"] == "percent"


def test_an_articles_lettered_number_a_rounding_to_ten_thousand_and_a_columns_mn_are_not_facts():
    text = ("Economy of Ruritania\n\nThe state is entitled to a special grant under Article 112D of the Constitution.\n"
            "Source: Lands Office; counts rounded to the nearest ten thousand.\n\n"
            "Year   Copra (mn tonnes)   Arrivals (mn)\n2023         1.2               3.4\n")
    found = dispositions(text, "112", "ten", "thousand", "mn")
    assert set(found) == {"112", "ten", "thousand", "mn"} and "unexplained" not in found.values(), found
    assert found["112"] == "name" and found["ten"] == found["thousand"] != "observation"
    # (a scale's letter after three digits is a figure's, not a label's: "a 250K grant")
    assert dispositions("Economy of Ruritania\n\nThe fund paid a 250K grant.\n", "250") != {"250": "name"}


def test_codes_of_hyphenated_digit_groups_and_catalogue_numbers_are_names():
    text = ("Economy of Ruritania\n\nSources: Statistics Ruritania, tables 36-10-0222-01 (GDP) and 14-10-0327-01; "
            "ABS, State Accounts, cat. no. 5220.0; ISBN: 978-0-621-52104-3. Call our free line, 0800-10-111.\n"
            "The survey of 2024-06-30 found rates of 10-15 per cent.\n")
    found = dispositions(text, "36", "0222", "01", "5220.0", "978", "52104", "0800", "111", "15")
    assert {k: v for k, v in found.items() if k != "15"} == {t: "name" for t in ("36", "0222", "01", "5220.0", "978", "52104", "0800", "111")}
    assert found["15"] == "observation"  # a range of two figures is no code
    sources = {o.mention: o.source for o in extract_document(document_from_text(
        "Ruritania\n\nSources: tables 36-10-0222-01 (GDP). GDP per person: R$74,400.\n"))[0]}
    assert sources.get("R$74,400") != "GDP"


def test_a_captions_scale_followed_by_the_unit_of_its_change_column_scales_the_levels():
    text = ("Table 3. Financial summary, 2023 and 2024\n(CHF million; change in per cent)\n\n"
            "Item                          2023       2024     Change\n"
            "Premium income               1,402      1,512       +7.8\n"
            "Claims paid                    918        977       +6.4\n")
    found = {o.mention: (o.value, o.unit) for o in extract_document(document_from_text(text))[0]}
    assert found["1,512"] == ("1512000000", "CHF")
    assert found["918"] == ("918000000", "CHF")
    assert found["7.8"] == ("7.8", "percent")


def test_a_caption_in_crore_over_a_heading_of_two_lines_scales_the_table():
    text = ("Pokhara Metropolitan City, Nepal\n\nTable 2. Budget estimate, fiscal year 2082/83 (Rs crore)\n"
            "                                   2081/82     2081/82     2082/83     Change on\n"
            "                                   approved    revised     estimate    approved (%)\n"
            "Internal revenue                      1,350       1,150       1,420        +5.2\n")
    found = {o.mention: (o.value, o.unit) for o in extract_document(document_from_text(text))[0]}
    assert found["1,420"] == ("14200000000", "NPR")


def test_an_indented_caption_over_a_one_line_heading_still_scales_the_table():
    text = ("Nepal: provincial budgets\n\n        Table 4  (Rs crore)\n"
            "                       2023/24     2024/25\n"
            "Koshi                    1,240       1,310\n")
    found = {o.mention: (o.value, o.unit) for o in extract_document(document_from_text(text))[0]}
    assert found["1,240"][0] == "12400000000"


def test_a_columns_scale_with_a_price_basis_after_a_comma_scales_its_figures():
    text = ("Economy of Ruritania\n\nRuritania: selected indicators, 2021–2022\n"
            "  Year   Output (US$ bn, current)  Growth (%)   Exports (US$ bn)\n"
            "  2021   412.8                     3.1          128.4\n"
            "  2022   436.0                     2.6          140.2\n")
    found = {o.mention: (o.value, o.unit) for o in extract_document(document_from_text(text))[0]}
    assert found["436.0"][0] == "436000000000" and found["436.0"][1] == found["140.2"][1] != "count"


def test_a_historys_table_of_approximate_early_years_is_scaled_by_its_caption():
    text = ("Economy of the Duchy of Arcadia\n\nIn 1350 the plague struck; in 1420 the mint reopened; by the 1480s trade "
            "had recovered; in 1530 the duke sold the salt farm; in 1610 the harbour silted up.\n\n"
            "  Estimated population of the duchy, 1300–1700 (thousands)\n\n"
            "  Year       Moretti   Ferrand\n"
            "  c. 1300    84        90\n"
            "  c. 1450    51        –\n"
            "  1600       77.5      80\n")
    found = {o.mention: (o.value, o.unit, o.period_start) for o in extract_document(document_from_text(text))[0]}
    assert found["84"] == ("84000", "persons", "1300")
    assert found["51"] == ("51000", "persons", "1450")
    assert found["77.5"] == ("77500", "persons", "1600")


def test_two_columns_units_run_together_in_one_heading_line_scale_their_own_columns():
    text = ("Economy of Ruritania\n\nThe claim, as the ministry and the miner set it out:\n\n"
            "                                        Ministry    Miner\n"
            "                                       ($ million) ($ million)\n"
            "  Royalty shortfall, 2020-2023               212         40\n"
            "  Penalties                                   75          0\n")
    found = {o.mention: (o.value, o.unit) for o in extract_document(document_from_text(text))[0]}
    assert found["212"] == ("212000000", "USD") and found["40"] == ("40000000", "USD")
    assert found["75"] == ("75000000", "USD")


def test_a_currencys_thousands_written_000_without_an_apostrophe_scale_a_column():
    text = ("Economy of Ruritania\n\nComplaints closed in 2024\n\n"
            "                      Compensation     Average days\n"
            "Product               awarded (EUR 000)    to close\n"
            "Motor insurance                  318            141\n"
            "Home insurance                   207            138\n")
    observations, tokens = extract_document(document_from_text(text))
    found = {o.mention: (o.value, o.unit) for o in observations}
    assert found["318"] == ("318000", "EUR") and found["141"][1] != "EUR"
    assert {t.token: t.disposition for t in tokens if t.token == "000"} in ({"000": "name"}, {"000": "part_of_mention"})


def test_a_change_column_under_a_money_caption_is_in_money_unless_its_heading_says_per_cent():
    money = ("Arcadia central bank\n\nTable 3. Reserves (US$ million)\n\n"
             "                                 2023        2024      Change\n"
             "Liquidity portfolio             1,618       1,245        -373\n")
    found = {o.mention: (o.value, o.unit) for o in extract_document(document_from_text(money))[0]}
    assert found["-373"] == ("373000000", "USD")
    percent = ("Arcadia tourism account\n\nTable 1 – Main aggregates, 2023–2024\n\n"
               "                                            2023        2024      Change\n"
               "                                           US$ million               (%)\n"
               "Inbound tourism consumption              160,410     183,480        14.4\n")
    found = {o.mention: (o.value, o.unit) for o in extract_document(document_from_text(percent))[0]}
    assert found["14.4"] == ("14.4", "percent")


def test_range_cells_are_scaled_at_both_ends_and_a_rows_span_of_years_is_no_figure():
    ranges = ("Regional outlook\n\nTable 4. Population projections (millions)\n\n"
              "Country              2030              2050\n"
              "Arcadia           64.1–66.0         84.5–91.2\n")
    found = {o.mention: (o.value, o.value_high, o.period_start) for o in extract_document(document_from_text(ranges))[0]}
    assert found["64.1–66.0"] == ("64100000", "66000000", "2030") and found["84.5–91.2"][2] == "2050"
    plans = ("Economy of Arcadia\n\nPlans and exports\n\n"
             "Plan    Years       Growth (%)    Exports in final year (US$ million)\n"
             "First   1962–1966   7.8           250\n"
             "Second  1967–1971   9.6           1,068\n")
    observations, tokens = extract_document(document_from_text(plans))
    found = {o.mention: (o.value, o.unit) for o in observations}
    assert found["1,068"] == ("1068000000", "USD") and "1962–1966" not in found


def test_a_short_history_naming_its_centuries_in_words_reads_its_table_of_approximate_years():
    text = ("Population of medieval Arcadia\nNumbers grew in the twelfth and thirteenth centuries before the plague of "
            "1349 cut them sharply, and did not recover until the sixteenth century.\n\n"
            "Table 1. Estimated population and farms (thousands)\n\n"
            "Year        Population    Farms\n"
            "c. 1000        200           30\n"
            "ca. 1300       350           64\n"
            "1400           180           35\n")
    found = {o.mention: (o.value, o.period_start) for o in extract_document(document_from_text(text))[0]}
    assert found["350"] == ("350000", "1300") and found["180"] == ("180000", "1400")
    assert "1300" not in found and "1400" not in found  # the rows' years


def test_half_year_columns_and_a_change_in_points_written_pt_keep_the_table_whole():
    text = ("ZAMBEZI TELECOM PLC\nHalf-Year 2024 Results\n\n"
            "Slide 5. Key figures, H1 2024 and H1 2023 (ZMW billion unless stated; change in per cent)\n"
            "Item                                   H1 2023    H1 2024    Change\n"
            "Service revenue                           84.0       96.4     +14.8\n"
            "EBITDA margin (%)                         44.1       43.3     −0.8 pt\n"
            "Profit after tax                          11.2        9.8     −12.5\n")
    found = {o.mention: (o.value, o.unit, o.period_start) for o in extract_document(document_from_text(text))[0]}
    assert found["9.8"] == ("9800000000", "ZMW", "2024-01") and found["11.2"][2] == "2023-01"


def test_a_caption_of_counts_and_amounts_gives_the_amounts_rows_their_money():
    text = ("Arcadia financial intelligence unit\n\nTable 2. Suspensions and restrictions, 2022–2023\n"
            "(number; amounts in € million)\n\n"
            "                                              2022      2023\n"
            "Transactions suspended                         305       268\n"
            "Amount suspended or restricted                71.2      38.6\n")
    found = {o.mention: (o.value, o.unit) for o in extract_document(document_from_text(text))[0]}
    assert found["38.6"] == ("38600000", "EUR") and found["268"] == ("268", "count")


def test_a_captions_trillions_and_thousands_with_a_remark_of_time_or_rate_are_part_of_the_figures():
    text = ("Economy of Ruritania\n\nSelected indicators, 2019–2023 (output in UZS trillion at current prices; "
            "population in thousands at 1 January of the following year; captives in thousands per period)\n\n"
            "  Year     Output    Population\n  2019      15.6       1,923\n  2020      17.1       1,948\n")
    assert dispositions(text, "trillion", "thousands") == {"trillion": "part_of_mention", "thousands": "part_of_mention"}


def test_a_guidelines_code_of_a_letter_and_four_digits_is_a_name_but_a_year_after_letters_is_not():
    text = "Economy of Ruritania\n\nSource: Lights Board monitoring system; IALA Guideline G1035.\n"
    assert dispositions(text, "1035") == {"1035": "name"}
    observations, tokens = extract_document(document_from_text("Economy of Ruritania\n\nIn FY2024 revenue rose 5%.\n"))
    assert [o.period_start for o in observations] == ["2024"]


def test_a_captions_unit_for_every_column_before_a_measure_with_its_own_unit():
    text = ("Economy of Ireland\n\nTable 1. Aids to navigation and availability, 2023 (number; availability in per cent)\n"
            "Type                 Number      Availability\n"
            "Lighthouses                   65             99.88\n"
            "Buoys                        150             99.71\n")
    found = {o.mention: o.unit for o in extract_document(document_from_text(text))[0]}
    assert found["65"] == found["150"] == "count"
    assert found["99.88"] == found["99.71"] == "percent"
    money = text.replace("(number; availability in per cent)", "(EUR million; availability in per cent)").replace("Number  ", "Income  ")
    found = {o.mention: (o.value, o.unit) for o in extract_document(document_from_text(money))[0]}
    assert found["65"] == ("65000000", "EUR") and found["99.88"] == ("99.88", "percent")
    # a column of head counts or ranks keeps its own unit; a part's modifier ("debt ratio") names no column
    firms = ("Economy of Kenya\n\nTable 2. State firms, 2024 (KSh million; margin in per cent)\n"
             "Firm                 Revenue      Employees     Margin\n"
             "Kenya Power          213,000         10,200        1.5\n")
    found = {o.mention: o.unit for o in extract_document(document_from_text(firms))[0]}
    assert found["213,000"] == "KES" and found["10,200"] != "KES" and found["1.5"] == "percent"


def test_a_captions_yuan_by_its_sign_and_thousands_counted_on_a_day_of_the_following_year_scale_their_columns():
    text = ("Economy of Yunnan\n\nYunnan: selected indicators, 2019–2021 (GDP in CN¥ billion at current prices; real growth in %; "
            "population in thousands at 1 January of the following year)\n\n"
            "  Year     GDP    Growth    Population\n"
            "  2019    2,322     8.1        48,580\n"
            "  2020    2,452     4.0        47,220\n")
    found = {o.mention: (o.value, o.unit) for o in extract_document(document_from_text(text))[0]}
    assert found["2,322"] == ("2322000000000", "CNY")
    assert found["48,580"] == ("48580000", "persons") or found["48,580"] == ("48580000", "count")
    assert found["8.1"] == ("8.1", "percent")


def test_a_telephone_number_with_a_long_last_group_is_a_name():
    text = "Economy of India\n\nA-13, Sector-1, Noida, Uttar Pradesh 201301 | Tel. +91 120 2544036\n"
    assert set(dispositions(text, "91", "120", "2544036").values()) == {"name"}
    # a tab-separated row of figures is no telephone number
    row = "Economy of Kenya\n\nSector\tChange\tFirms\tOutput\nManufacturing\t+12\t450\t1254300\n"
    assert "1254300" in {o.mention for o in extract_document(document_from_text(row))[0]}


def test_a_captions_scale_of_three_words_or_a_rate_and_a_scale_word_defined_in_quotes_name_no_quantity():
    text = ("Economy of Norway\n\nTable 2. Crude output by field (thousand barrels per day; change in per cent)\n"
            "Table 3. Transfers ($ million a month)\n"
            'Note: "billion" means a thousand million, the short scale.\n')
    found = dispositions(text, "thousand", "million", "billion")
    assert found["thousand"] != "unexplained" and found["million"] != "unexplained"
    assert found["billion"] == "name"
    assert extract_document(document_from_text(text))[0] == []


def test_a_unit_of_measures_definition_names_its_numbers_and_a_caption_of_a_rate_scales_its_cells():
    text = ("Economy of Brazil\n\nReference year 2023; 1 cubic metre = 6.2898 barrels\n"
            "Money: 1 mark = 16 schillings.\n\n"
            "Table 1. Oil production by state, 2022–2023\n(thousand barrels per day; change and share in per cent)\n"
            "State                           2022        2023     Change\n"
            "Rio de Janeiro               2,532.0     2,901.6       14.6\n")
    found = {o.mention: (o.value, o.unit) for o in extract_document(document_from_text(text))[0]}
    assert "6.2898 barrels" not in found and "1" not in found
    assert "16" in found or "16 schillings" in found  # (money's "=" is a rate of exchange)
    assert found["2,532.0"] == ("2532000", "barrels") and found["14.6"] == ("14.6", "percent")


def test_a_row_label_closing_on_a_brands_number_keeps_its_tables_columns():
    text = ("Economy of Thailand\n\nTable 1. Cigarette sales by brand, fiscal years 2022–2023\n"
            "(million cigarettes; change and share in per cent)\n"
            "Brand                          2022        2023     Change   Share 2023\n"
            "Krong Thip 90                 5,910       5,540       −6.3         40.7\n"
            "SMS                           3,480       3,395       −2.4         24.9\n")
    found = {o.mention: (o.value, o.unit, o.period_start) for o in extract_document(document_from_text(text))[0]}
    assert found["5,540"] == ("5540000000", "count", "2023")
    assert found["−6.3"][1] == found["40.7"][1] == "percent"
    assert "90" not in found


def test_a_row_label_numbered_after_no_keeps_its_tables_columns_and_its_number_is_a_name():
    text = ("Ruritania Egg Board\n\nTable 2. Egg sales by weight grade, 2023 and 2024 (million eggs; change in per cent)\n"
            "Grade                       2023        2024     Change\n"
            "No. 1 and No. 2              812         790       −2.7\n"
            "No. 3                        455         470       +3.3\n")
    observations, tokens = extract_document(document_from_text(text))
    found = {o.mention: (o.value, o.unit, o.period_start) for o in observations}
    assert found["790"] == ("790000000", "count", "2024") and found["470"] == ("470000000", "count", "2024")
    assert found["−2.7"][:2] == ("-2.7", "percent")
    assert {t.token: t.disposition for t in tokens if t.token in ("1", "2", "3")} == {"1": "name", "2": "name", "3": "name"}


def test_a_row_label_closing_on_a_letter_and_a_number_keeps_its_tables_columns():
    text = ("Economy of Vietnam\n\nTable 5. Sales of smartphone models (thousand units)\n"
            "Model                            2022        2023\n"
            "Galaxy A 14                       620         580\n"
            "Redmi Note 12                     410         455\n")
    found = {o.mention: (o.value, o.period_start) for o in extract_document(document_from_text(text))[0]}
    assert found["580"] == ("580000", "2023") and found["455"] == ("455000", "2023")


def test_a_row_label_holding_a_percentage_before_a_word_keeps_its_table_and_its_own_unit_overrides_the_caption():
    text = ("Ruritania Uranium JSC\n\nSlide 6. Key figures, 2024 and 2023 (KZT billion unless stated; change in per cent)\n"
            "                                        2024      2023     Change\n"
            "Production, 100% basis (tU)            3,115     2,980     +4.5\n"
            "Revenue                                214.3     166.1    +29.0\n")
    rows = {(o.mention, o.period_start): o for o in extract_document(document_from_text(text))[0]}
    assert (rows["2,980", "2023"].unit, rows["2,980", "2023"].value) == ("tonnes", "2980")
    assert (rows["166.1", "2023"].unit, rows["166.1", "2023"].value) == ("KZT", "166100000000")
    assert rows["4.5", "2023"].unit == "percent" and rows["4.5", "2023"].period_end == "2024"  # (the change from 2023 to 2024)
    assert rows["2,980", "2023"].source != "Key"  # ("Key figures": a heading, no body)


def test_a_caption_giving_two_columns_their_units_apart_by_a_comma_after_a_slides_number():
    text = ("Ruritania Exchange\n\nOffer summary (slide 8; shares in million, amounts in RO million)\n"
            "Tranche                      Shares    Amount   Share of offer (%)\n"
            "Anchor investors              208.0      23.3     20\n"
            "Retail investors              260.0      29.1     25\n")
    rows = {o.mention: (o.value, o.unit) for o in extract_document(document_from_text(text))[0]}
    assert rows["208.0"] == ("208000000", "count") and rows["23.3"] == ("23300000", "OMR") and rows["20"] == ("20", "percent")
    assert set(dispositions(text, "million").values()) == {"part_of_mention"}


def test_a_caption_at_a_day_of_its_listed_years_dates_each_column_at_that_day():
    text = ("Ruritania Municipal Credit\n\nTable 1. Lending by borrower category at 31 December 2022 and 2023\n"
            "(SEK billion; change and share in per cent)\n"
            "Borrower category                        2022        2023      Change      Share 2023\n"
            "Municipalities                          176.2       188.9         7.2            34.4\n"
            "Regions                                  23.7        27.3        15.2             5.0\n")
    rows = {o.mention: (o.period_start, o.period_end) for o in extract_document(document_from_text(text))[0]}
    assert rows["176.2"] == ("2022-12-31", "2022-12-31") and rows["188.9"] == ("2023-12-31", "2023-12-31")


def test_a_captions_count_of_things_before_a_change_in_per_cent_gives_a_tables_rows_of_years_their_units():
    text = ("Ruritania Housing\n\nTable 1. New dwelling completions by type, 2021 to 2022 (number of dwellings; change in per cent)\n"
            "Period     Single  Scheme  Apartment   Total  Change\n"
            "2021        5,283  10,006      5,271  20,560    −0.6\n"
            "2022        5,717  16,168      7,966  29,851   +45.2\n")
    rows = {o.mention: o.unit for o in extract_document(document_from_text(text))[0]}
    assert rows["29,851"] == "count" and rows["45.2"] == rows["−0.6"] == "percent"


def test_a_table_of_numbered_regions_with_change_and_share_columns_under_a_caption_of_tonnes_of_a_crop():
    text = ("Ruritania Rice Board\n\nTable 1. Rice production by region, 2022 and 2023\n"
            "(tonnes of milled rice; change and share in per cent)\n"
            "Region                                         2022         2023      Change      Share 2023\n"
            "Region 2 (Pomeroon-Supenaam)                  98,400      111,900        13.7            16.8\n"
            "Region 5 (Mahaica-Berbice)                   142,600      168,400        18.1            25.2\n")
    rows = {o.mention: (o.unit, o.period_start, o.period_end) for o in extract_document(document_from_text(text))[0]}
    assert rows["98,400"] == ("tonnes", "2022", "2022") and rows["168,400"] == ("tonnes", "2023", "2023")
    assert rows["13.7"] == ("percent", "2022", "2023") and rows["25.2"] == ("percent", "2023", "2023")


def test_a_captions_unit_may_be_followed_by_the_day_it_is_at_or_its_prices():
    items = ("Ruritania Film Archive\n\nTable 1. The collection by format, 2022–2023 "
             "(thousand items at 30 June; change and share in per cent)\n"
             "Format                                    2022        2023     Change    Share 2023\n"
             "Film (reels and cans)                    512.4       518.9        1.3          12.8\n")
    found = {o.mention: (o.value, o.unit) for o in extract_document(document_from_text(items))[0]}
    assert found["512.4"] == ("512400", "count") and found["1.3"] == ("1.3", "percent")
    money = ("Economy of Ruritania\n\nTable 2. Gross city product by industry, fiscal 2020 and 2021 "
             "(¥ billion at current prices; change and share in per cent)\n"
             " Industry                                FY2020    FY2021   Change   Share FY2021\n"
             " Manufacturing                            1,705     1,792      5.1            8.7\n")
    found = {o.mention: (o.value, o.unit) for o in extract_document(document_from_text(money))[0]}
    assert found["1,705"] == ("1705000000000", "JPY") and found["5.1"] == ("5.1", "percent")


def test_a_caption_counting_things_at_a_day_and_headings_naming_their_years():
    text = ("Ruritania Genebank\n\nTable 1. Holdings by crop group, 2022–2023 (accessions at 31 March; change and share in per cent)\n"
            "Crop group                         2022        2023     Change    Share 2023\n"
            "Millets                          58,910      60,878        3.3          13.2\n")
    found = {o.mention: (o.value, o.unit) for o in extract_document(document_from_text(text))[0]}
    assert found["58,910"] == ("58910", "count") and found["3.3"] == ("3.3", "percent")
    rooms = ("Ruritania Tourism Fund\n\nTable 1. Hotel rooms and occupancy, 2021–2022 (rooms; change and occupancy in per cent)\n"
             "Centre                  Rooms 2021   Rooms 2022   Change   Occupancy 2022\n"
             "Port Royal                  37,410       38,260      2.3             79.6\n")
    indicators = {o.mention: o.indicator for o in extract_document(document_from_text(rooms))[0]}
    assert indicators["38,260"] == "other_count" and indicators["2.3"] == "other_share"  # a count's change: a share of its own


def test_a_units_line_defining_scales_in_a_written_currency_names_no_amounts():
    text = ("Ruritania Archive\n\nUnits: R$ = Ruritanian dollar; R$ 1 million = R$ 1,000 thousand.\n"
            "Units: ₹ 1 crore = ₹ 100 lakh = ₹ 10 million.\n\nThe archive spent R$ 4.2 million in 2023.\n")
    found = {o.mention for o in extract_document(document_from_text(text))[0]}
    assert found == {"R$ 4.2 million"}


def test_the_measure_a_price_is_stated_per_is_part_of_the_price():
    text = ("Ruritania\n\nProducer prices are per 60 kg; retail prices are per 5-kg bag. The floor price was raised from "
            "K180 to K250 per 50-kg bag, and cars used 6.1 litres per 100 km.\n")
    assert dispositions(text, "60", "5", "50", "100") == {"60": "part_of_mention", "5": "part_of_mention",
                                                          "50": "part_of_mention", "100": "part_of_mention"}


def test_a_captions_scale_with_a_day_or_its_prices_after_the_unit_is_part_of_each_cell():
    text = ("Ruritania\n\nTable 1. Output (¥ billion at current prices; change and share in per cent)\n"
            "Industry          2020     2021   Change\nFarming             12       12      0.0\n\n"
            "Table 2. Holdings (thousand items at 30 June; change in per cent)\n"
            "Format            2022     2023   Change\nFilm             512.4    518.9      1.3\n\n"
            "Table 3. Releases (thousand tonnes; yen per 60 kg before tax; change on the previous release in per cent)\n"
            "Release          Volume    Price   Change\nFirst auction       150   21,217       ..\n")
    assert "unexplained" not in dispositions(text, "billion", "thousand").values()


def test_a_documents_dotted_symbol_and_a_caption_scale_beside_a_change_of_a_named_measure_are_no_facts():
    text = ("Economy of Ruritania\n\nTable 1. Arrivals and nights by market, 2024 (thousands; change in nights on 2023 in per cent)\n"
            "Market | Arrivals | Nights | Change in nights\nAustria | 1,690 | 9,310 | +0.8\nPoland | 1,120 | 7,650 | +3.1\n\n"
            "References\n4. League of Nations (1931). Report of the Financial Committee, doc. C.412.M.171.1931. Geneva.\n")
    found = dispositions(text, "thousands", "412", "171.1931")
    assert found == {"thousands": "name", "412": "name", "171.1931": "name"}


def test_a_quarter_after_a_comma_is_no_postcode_and_its_lines_figures_stay_facts():
    text = "Exports rose.\nExports, Q1 2024 | 410 |\nImports, H1 2024 | 520 |\n"
    assert dispositions(text, "410", "520") == {"410": "observation", "520": "observation"}
    # (a postcode after the town is one: its line's house number names a place)
    letterhead = ("RURITANIAN NATIONAL STUD\nA state company under the Stud Act, 1945\n"
                  "12 Tully Road, Kildare, Co. Kildare, R51 KX25 · Telephone +353 45 521 617\n\nThe stud sold 41 yearlings.\n")
    assert dispositions(letterhead, "12")["12"] != "observation"


def test_a_captions_changes_and_shares_in_per_cent_are_its_change_and_share_columns_unit():
    text = ("Table 1. Pilotages by pilot area, 2022 and 2023\n(pilotages and calls; change and share in per cent)\n\n"
            "                          2022       2023     Change     Share    Port calls 2023\n"
            "Northern Gulf            9,120      8,560       −6.1      57.8             14,210\n"
            "Southern Sound           6,310      6,250       −1.0      42.2              9,870\n")
    found = {o.mention: (o.value, o.unit) for o in extract_document(document_from_text(text))[0]}
    assert found["−6.1"] == ("-6.1", "percent") and found["57.8"] == ("57.8", "percent")
    periods = {o.mention: o.period_start for o in extract_document(document_from_text(text))[0]}
    assert periods["57.8"] == periods["8,560"] == "2023"  # (a share column is of the latest year before it)


def test_a_table_rows_label_naming_a_class_of_values_is_no_fact_and_its_share_is_of_the_latest_year():
    text = ("Table 1. Estates begun by value of estate, 2021–22 and 2022–23\n(estates; change and share in per cent)\n\n"
            "                             2021–22    2022–23    Change    Share    Court grants\n"
            "Under R$ 15,000                1,210      1,180      −2.5     28.6             410\n"
            "R$ 15,000 – 500,000            1,930      2,010       4.1     48.8          11,930\n"
            "Over R$ 500,000                  860        930       8.1     22.6           8,520\n")
    observations, tokens = extract_document(document_from_text(text))[:2]
    found = {o.mention: o for o in observations}
    assert "R$ 15,000" not in found and "R$ 15,000 – 500,000" not in found
    assert {t.token: t.disposition for t in tokens if t.token in ("500,000",)} == {"500,000": "name"}
    assert found["2,010"].unit == "count" and found["48.8"].unit == "percent"
    assert found["48.8"].period_start == found["2,010"].period_start == "2022"


def test_abbreviations_defined_as_scales_in_a_list_and_their_words_are_names():
    text = ('Economy of Ruritania\n\nAmounts are in crowns; "k" is thousand, "m" million and "bn" billion. '
            "Revenue was 4.2bn crowns.\n")
    found = dispositions(text, "bn", "thousand", "million", "billion")
    assert found == {"bn": "name", "thousand": "name", "million": "name", "billion": "name"}


def test_a_pipe_tables_column_headed_by_its_unit_alone_and_a_caption_a_speaker_reads_into_the_record():
    text = ("HARBOUR BOARD\nTranscript of the budget hearing\nPort Mereth, 3 June 2025\n\n"
            'TREASURER (Ms. Orrin): "Table 2. Sources of the dredging fund, 31 March 2025 (€ million; share in per cent)"\n'
            "| Source | € million | Share |\n"
            "| Port dues | 12.6 | 70.0 |\n"
            "| State grant | 5.4 | 30.0 |\n"
            "| Total | 18.0 | 100.0 |\n"
            "CHAIR: Thank you.\n")
    observations, tokens = extract_document(document_from_text(text))
    assert {t.token: t.disposition for t in tokens if t.token == "million"} == {"million": "part_of_mention"}
    found = {o.mention: (o.value, o.unit) for o in observations}
    assert found["12.6"] == ("12600000", "EUR") and found["70.0"] == ("70", "percent")


def test_a_captions_unit_is_read_past_its_remarks_of_a_yearly_rate_and_averages():
    text = ("Economy of Ruritania\n\nTable 1. Spending by site, 2010–2014 and 2015–2019 (thousand euros a year, averages; "
            "change in per cent)\n  Site              2010–2014    2015–2019    Change (%)\n"
            "  Castle                1,108.5      3,652.7         229.5\n  Gardens                 612.0        648.7           6.0\n")
    observations, numbers = extract_document(document_from_text(text))
    assert {o.mention: (o.value, o.unit) for o in observations if o.mention in ("1,108.5", "648.7")} == {
        "1,108.5": ("1108500", "EUR"), "648.7": ("648700", "EUR")}
    assert [n.disposition for n in numbers if n.token == "thousand"] == ["name"]


def test_a_scale_in_brackets_said_of_the_tables_is_a_name():
    text = "Economy of Ruritania\n\nAmounts are in pounds sterling (£ thousand in the tables). Spending rose 4%.\n"
    assert dispositions(text, "thousand") == {"thousand": "name"}


def test_a_note_of_the_scale_a_numbered_table_is_in_is_part_of_its_figures_whatever_its_currency_code():
    text = ("Ruritanian Cocoa Board: bulletin No. 4\n\nValues are in CFA francs (FCFA), with FCFA million in Table 2 "
            "and XCD thousand in Table 3. Exports rose 4%.\n")
    assert dispositions(text, "million") == {"million": "part_of_mention"}
    assert dispositions(text, "thousand") == {"thousand": "part_of_mention"}
    # (also of several tables: "in € thousand in Tables 1 and 2")
    text = "Ruritanian Ski Board: audit No. 4\n\nAmounts are in euros, in € thousand in Tables 1 and 2. Fees rose 4%.\n"
    assert dispositions(text, "thousand") == {"thousand": "part_of_mention"}


def test_a_caption_part_naming_a_column_by_what_it_counts_gives_that_column_its_scale():
    text = ("Ruritanian Opera Trust: season report 2024\n\nMoney is in euros, with € thousand in Table 2 and thousand "
            "kg in Table 3.\n\nTable 1. Performances and audience by month (performances; thousand visitors; occupancy in per cent)\n\n"
            "Month        Performances    Visitors    Occupancy\n"
            "May                    10        36.9         83.9\n"
            "June                   22        83.6         86.4\n"
            "Total                  32       120.5         85.4\n")
    observations, numbers = extract_document(document_from_text(text))
    assert {o.mention: (o.value, o.unit) for o in observations if o.line == 8} == {
        "10": ("10", "count"), "36.9": ("36900", "persons"), "83.9": ("83.9", "percent")}
    assert all(n.disposition != "unexplained" for n in numbers)
    assert [n.disposition for n in numbers if n.token == "thousand"] == ["part_of_mention"] * 3


def test_a_caption_part_naming_columns_before_their_unit_or_counting_things_gives_them_that_unit():
    text = ("Ruritanian Peat Board: audit of the rewetting scheme\n\n"
            "Table 1. Rehabilitation by bog group (number of bogs; planned and rehabilitated hectares; completed in per cent)\n\n"
            "Bog group        Bogs     Planned     Rehabilitated     Completed\n"
            "North              11       4,200             3,170          75.5\n"
            "South               9       6,900             4,810          69.7\n")
    observations, _ = extract_document(document_from_text(text))
    assert {o.mention: o.unit for o in observations if o.line == 6} == {
        "11": "count", "4,200": "hectares", "3,170": "hectares", "75.5": "percent"}


def test_a_letterheads_address_apart_by_dots_a_rates_one_unit_before_a_prefix_and_a_reports_number_in_its_year_are_names():
    text = ("RURITANIAN FESTIVAL ENTERPRISE\nDorfstraße 3 · 82487 Oberau · Telephone +49 8822 9458 0\nSR124/2024\n\n"
            "Results 2024\n\nUS$1 = R18.71 (central bank average for the season). Ticket sales reached 407,100.\n")
    observations, numbers = extract_document(document_from_text(text))
    assert [o.mention for o in observations] == ["R18.71", "407,100"]
    assert {n.token: n.disposition for n in numbers if n.token in ("3", "82487", "1", "124")} == {
        "3": "name", "82487": "name", "1": "name", "124": "name"}


def test_a_caption_across_a_blank_line_over_a_line_of_column_names_scales_the_years_under_them():
    text = ("Nordland Anglers' Federation: budget 2026\n\n"
            "Table 2. Budget by line, with accounts 2024 and forecast 2025 (NOK thousand; change in per cent)\n\n"
            "                              Accounts   Forecast     Budget     Change\n"
            "                                  2024       2025       2026    2025–26\n"
            "Licence fees                    21,300     22,100     23,400        5.9\n"
            "Magazine                         3,900      3,700      3,600       -2.7\n")
    observations, numbers = extract_document(document_from_text(text))
    found = {o.mention: (o.value, o.unit, o.period_start, o.period_end) for o in observations if o.line in (7, 8)}
    assert found["21,300"] == ("21300000", "NOK", "2024", "2024")  # the caption's thousands, in its currency
    assert found["23,400"] == ("23400000", "NOK", "2026", "2026")
    assert found["5.9"] == ("5.9", "percent", "2025", "2026")  # the column named "Change": in per cent, as the caption says
    assert found["-2.7"] == ("-2.7", "percent", "2025", "2026")
    assert all(n.disposition != "unexplained" for n in numbers)


def test_a_caption_unit_with_a_remark_leaves_the_change_column_its_per_cent():
    text = ("Ruritanian Fisheries Board\n\n"
            "Table 1. Catch landed by port, 2023 and 2024 (tonnes, live weight; change in per cent)\n"
            "Port | 2023 | 2024 | Change\n"
            "Northhaven | 2,150 | 1,640 | −23.7\n"
            "Southmouth | 6,300 | 6,900 | +9.5\n")
    observations, _ = extract_document(document_from_text(text))
    found = {o.mention: o.unit for o in observations}
    assert found["1,640"] == "tonnes" and found["−23.7"] == found["9.5"] == "percent"


def test_a_captions_currency_named_before_its_scale_in_capitals_or_of_several_countries_is_the_documents():
    def first_cell(caption: str, country: str) -> tuple[str, str]:
        text = (f"The budget of {country}.\n\nTable 1: Estimates by programme {caption}\n\n"
                "   Programme                          2024 Approved    2025 Estimates    Change (%)\n"
                "   Youth Development                          121.5             168.3          38.5\n")
        found = {o.mention: (o.value, o.unit) for o in extract_document(document_from_text(text))[0]}
        return found["121.5"]
    # (the kwacha is Zambia's and Malawi's: the document's country settles which; a capital is the same name)
    assert first_cell("(Kwacha million)", "Zambia") == ("121500000", "ZMW")
    assert first_cell("(kwacha million)", "Malawi") == ("121500000", "MWK")
    assert first_cell("(Rand thousand)", "South Africa") == ("121500", "ZAR")


def test_a_numbered_tables_caption_stops_at_its_title_and_gives_a_bare_change_column_its_per_cent():
    text = ("Works report\n\nThe old hill was rebuilt in 2015.\n\n"
            "Table 2. Works at the Nordic Centre, 2019 to 2022 (€ thousand; change in per cent)\n"
            "Project                                          Contracted       Final    Change\n"
            "Normal hill                                        8,400      10,950      30.4\n"
            "Stadium and trails                                 3,100       3,620      16.8\n")
    found = {o.mention: o for o in extract_document(document_from_text(text))[0]}
    assert (found["10,950"].value, found["10,950"].unit) == ("10950000", "EUR")
    assert (found["30.4"].value, found["30.4"].unit) == ("30.4", "percent")
    # (the caption's years, not those of the prose above its title)
    assert (found["10,950"].period_start, found["10,950"].period_end) == ("2019", "2022")


def test_a_day_a_caption_ends_with_before_its_unit_is_the_day_its_levels_stand_at():
    text = ("Annual review 2024\n\nExposure fell in 2024.\n\nTable 1. Exposure by region, 31 December (CZK billion)\n\n"
            "Region                               2023      2024\nEuropean Union                       22.8      24.1\n"
            "Americas                             13.1      11.0\n")
    found = {o.mention: o for o in extract_document(document_from_text(text))[0]}
    assert (found["24.1"].period_start, found["24.1"].period_end) == ("2024-12-31", "2024-12-31")
    assert found["22.8"].period_start == "2023-12-31"
