"""Plain-text tables whose column headings run over several lines, with lines of units over their
rows (pipeline/stacked_tables.py), on tables written for these tests."""

from __future__ import annotations

from pipeline.documents import document_from_text
from pipeline.extract import extract_document
from pipeline.periods import time_expressions
from pipeline.stacked_tables import stacked_table_cells, unit_of

LABOUR_RELEASE = """Statistics Office of Ruritania
Labour market bulletin, June 2025

Employment grew in June, and the unemployment rate edged down.

Table 1
Labour market, seasonally adjusted

                         May        June     May to
                        2025        2025     June 2025
                     thousands               change
Employment             2,842.1     2,851.6       9.5
Unemployment             196.0       188.3      -7.7
                          %                  percentage points
Unemployment rate          6.4         6.2      -0.2

Source: Statistics Office of Ruritania.
"""

PAYMENTS = """Economy of Portugal

Table 2. Current account, quarterly

                    Q1           Q2      Q1 2025 to
                  2025         2025         Q2 2025
                € million                         %
Exports           28,415.2     29,102.7         2.4
Imports           30,210.9     30,877.1         2.2
"""


def observations(text: str) -> dict[str, tuple]:
    found = extract_document(document_from_text(text))[0]
    return {o.mention: (o.value, o.unit, o.period_start, o.period_end, o.indicator) for o in found}


def test_a_columns_heading_is_the_words_stacked_over_it_and_a_time_span_heads_changes():
    cells = {(c.label, c.heading) for c in stacked_table_cells(LABOUR_RELEASE)}
    assert ("Employment", "May 2025") in cells and ("Employment", "June 2025") in cells
    assert ("Employment (change)", "Jun 2025") in cells  # "May to / June 2025 / change": of the latest month
    assert ("Unemployment rate (change)", "Jun 2025") in cells


def test_a_unit_over_a_column_holds_for_the_columns_to_its_right_down_to_the_next_line_of_units():
    units = {(c.label, c.heading): c.caption_unit for c in stacked_table_cells(LABOUR_RELEASE)}
    assert units[("Employment", "May 2025")] == units[("Employment (change)", "Jun 2025")] == "thousand"
    assert units[("Unemployment rate", "June 2025")] == "%"
    assert units[("Unemployment rate (change)", "Jun 2025")] == "percentage points"
    assert unit_of("(%)") == "%" and unit_of("millions") == "million" and unit_of("change") is None


def test_a_stacked_table_gives_scaled_levels_and_signed_changes_of_its_columns_times():
    found = observations(LABOUR_RELEASE)
    assert found["2,842.1"] == ("2842100", "persons", "2025-05", "2025-05", "labour_force")
    assert found["9.5"][:4] == ("9500", "persons", "2025-06", "2025-06")
    assert found["6.2"] == ("6.2", "percent", "2025-06", "2025-06", "unemployment_rate")
    assert found["-0.2"] == ("-0.2", "percentage_points", "2025-06", "2025-06", "unemployment_rate")
    tokens = {t.token: t.disposition for t in extract_document(document_from_text(LABOUR_RELEASE))[1]}
    assert tokens["thousands"] == "part_of_mention"  # the scale of the figures under it


def test_a_stacked_table_in_a_currency_and_scale_with_a_change_column_in_percent():
    found = observations(PAYMENTS)
    assert found["28,415.2"][:4] == ("28415200000", "EUR", "2025-01", "2025-03")
    assert found["29,102.7"][2:4] == ("2025-04", "2025-06")
    assert found["2.4"][:4] == ("2.4", "percent", "2025-04", "2025-06")


def test_a_one_line_heading_with_fiscal_years_a_change_column_and_a_label_over_two_lines():
    text = ("Economy of Panama\n\nThe fiscal year runs from October to September.\n\n"
            "Table 1. Main indicators\n\n"
            "                                   FY2023     FY2024  Change (%)\n"
            "Port calls                          9,310      8,644       -7.2\n"
            "Transfers to the Treasury\n"
            "  (US$ million)                     1,210.5    1,305.0        7.8\n")
    found = observations(text)
    assert found["9,310"][:4] == ("9310", "count", "2022-10", "2023-09")
    assert found["-7.2"][:4] == ("-7.2", "percent", "2023-10", "2024-09")  # of the latest year's figure
    assert found["1,305.0"][:4] == ("1305000000", "USD", "2023-10", "2024-09")  # the label's unit, on its second line


def test_a_variation_column_keeps_its_sign_and_an_ordinal_quarter_is_a_time():
    text = ("Economy of Peru\n\nTable 1. CPI by division, May 2025\n\n"
            "Division                          Annual variation (%)\n"
            "Food                                     2.31\n"
            "Communication                           -0.87\n\n"
            "Construction grew for a fifth consecutive quarter.\n")
    found = observations(text)
    assert found["-0.87"][0] == "-0.87"  # a change, not a level
    tokens = {t.token: t.disposition for t in extract_document(document_from_text(text))[1]}
    assert tokens["quarter"] == "date"


def test_the_loti_by_its_one_letter_prefix():
    text = "Economy of Lesotho\n\nCustoms union receipts came to M9.6 billion in 2023/24."
    assert observations(text)["M9.6 billion"][:2] == ("9600000000", "LSL")


def test_a_highlights_table_with_signed_percent_changes_and_years_newest_first():
    text = ("RURITANIA MINING HOLDINGS PLC\nAnnual Report 2024\n\nOPERATIONAL HIGHLIGHTS\n"
            "                                   2024        2023    Change\n"
            "Attributable copper output (t)    71,860      64,210    +11.9%\n"
            "Group revenue (US$ million)        252.7       224.3    +12.7%\n\n"
            "The chairman's statement follows.\n")
    found = observations(text)
    assert found["64,210"][:4] == ("64210", "tonnes", "2023", "2023")
    # (the change from the year before the later one to it, whatever the columns' order)
    assert found["11.9%"][:4] == ("11.9", "percent", "2023", "2024")
    assert found["224.3"][:2] == ("224300000", "USD")


PRICES_RELEASE = """Flash estimate - March 2026

Consumer price inflation and its main components (%)

                               Mar     Feb     Mar
                              2025    2026    2026
                                              flash
All items                      2.6     2.4     2.2
All items excl. energy
  and food                     2.9     2.7     2.8
Energy                        -1.2    -3.0    -2.1
"""


def test_a_lone_word_under_a_columns_heading_a_label_over_two_lines_and_the_captions_unit():
    found = {(o.mention, o.period_end): o for o in extract_document(document_from_text(PRICES_RELEASE))[0]}
    assert found[("2.2", "2026-03")].unit == "percent"  # the caption's unit; "flash" heads March 2026 too
    assert found[("2.8", "2026-03")].unit == "percent"  # under a label written over two lines
    energy = found[("-2.1", "2026-03")]
    assert (float(energy.value), energy.indicator) == (-2.1, "inflation_rate")  # inflation's fall keeps its sign


TERMINALS = """Port of Ruritania Authority

Table 2. Throughput by terminal, March 2026

                   Containers    Change    Vessel
Terminal               (TEUs)   y/y (%)     calls
North Quay            412,300      +4.1       301
South Quay            198,750      -2.3       214
"""

MINES = """Table 1: Operating summary by mine, March quarter 2026

                      Hill Pit     River     Group
Ore milled (kt)            950       410     1,360
Gold produced (oz)      41,200    17,900    59,100
"""


def test_column_names_over_two_lines_take_the_captions_time_and_a_labels_unit_before_its_category():
    found = {o.mention: o for o in extract_document(document_from_text(TERMINALS))[0]}
    assert (found["412,300"].unit, found["412,300"].period_end) == ("TEU", "2026-03")
    assert float(found["-2.3"].value) == -2.3 and found["-2.3"].unit == "percent"
    mines = {o.mention: o for o in extract_document(document_from_text(MINES))[0]}
    assert (float(mines["950"].value), mines["950"].unit) == (950000.0, "tonnes")  # "Ore milled (kt), Hill Pit"
    assert mines["41,200"].unit == "troy_ounces"


AUCTIONS = """Bank of Tanzania weekly bulletin

Table 3: Treasury bill auctions, week ending 9 May 2025 (TSh billion)

                      91-day   182-day   364-day    Total
Amount offered          4.00     10.00     10.00    24.00
Amount accepted        14.22      8.47     15.91    38.60
"""

MINE_TABLE = """Quarterly production report, Ruritania Gold plc

Production by mine, June quarter 2025

                  North Pit     South Pit      Group
Staff (number)          418           396        814
Gold produced (oz)   60,420        45,310    105,730
AISC (US$/oz)         1,402         1,511      1,446
"""


def test_a_column_named_by_a_term_in_days_is_no_unit_and_a_letter_currency_caption_scales():
    observations = extract_document(document_from_text(AUCTIONS))[0]
    under_terms = [o for o in observations if o.line == 6 and o.mention in ("4.00", "10.00")]
    # "182-day" heads a column of amounts, it is not their unit (once read as "1 182 days" a cell);
    # the caption's "TSh billion", a currency written in mixed case, is
    assert [(o.value, o.unit) for o in under_terms] == [("4000000000", "TZS"), ("10000000000", "TZS"), ("10000000000", "TZS")]


def test_rows_counting_people_and_prices_per_ounce():
    observations = extract_document(document_from_text(MINE_TABLE))[0]
    by_mention = {o.mention: o for o in observations}
    assert by_mention["418"].unit == "persons" and by_mention["814"].unit == "persons"  # "Staff (number)"
    assert by_mention["60,420"].unit == "troy_ounces"
    assert (by_mention["1,511"].unit, by_mention["1,511"].value) == ("USD", "1511")  # "(US$/oz)": dollars an ounce


def test_a_row_label_in_a_currency_written_with_a_cent_sign_scales_its_figures():
    text = ("Social Security Fund of Ruritania\nAnnual Report 2023\n\nFINANCIAL SUMMARY\n\n"
            "                                              2023         2022\n"
            "Contribution income (GH¢ million)            9,842.6      7,725.0\n")
    observations, tokens = extract_document(document_from_text(text))
    income = next(o for o in observations if o.mention == "9,842.6")
    assert (income.value, income.unit, income.period_start) == ("9842600000", "GHS", "2023")
    assert all(t.disposition != "unexplained" for t in tokens)  # "million" is the label's scale


def test_columns_named_by_their_units_and_a_stacked_heading_that_counts_people():
    payers = ("Extractive Industries Transparency Initiative, Ruritania\n\n"
              "Table 1. Largest payers, 2023 (reconciled payments)\n\n"
              "Company           RUB billion   US$ million   Share (%)\n"
              "Alpha Mining            1,284.6         149.5        17.8\n"
              "Beta Metals             1,201.3         139.8        16.6\n")
    by_mention = {o.mention: o for o in extract_document(document_from_text(payers))[0]}
    assert (by_mention["1,284.6"].value, by_mention["1,284.6"].unit) == ("1284600000000", "RUB")
    assert (by_mention["149.5"].value, by_mention["149.5"].unit) == ("149500000", "USD")
    assert by_mention["17.8"].unit == "percent"
    traffic = ("Ruritania Airports traffic release\n\nTable 1. Passengers and aircraft movements by month, 2024\n\n"
               "Month        International     Domestic     Aircraft\n"
               "                passengers   passengers    movements\n"
               "January            203,410       58,120        5,020\n"
               "February           168,240       52,760        4,610\n")
    by_mention = {o.mention: o for o in extract_document(document_from_text(traffic))[0]}
    assert [by_mention[m].unit for m in ("203,410", "58,120", "5,020")] == ["persons", "persons", "count"]


def test_a_table_whose_rows_are_quarters_of_its_captions_year():
    text = ("Customs Department of Cambodia\n\nTable 1. Quarterly revenue collections, 2024 (KHR billion)\n\n"
            "           Collected      Target   Achieved (%)\n"
            "Q1           2,742.3     2,640.0          103.9\n"
            "Q2           2,811.5     2,728.0          103.1\n")
    observations, tokens = extract_document(document_from_text(text))
    by_mention = {o.mention: o for o in observations}
    assert (by_mention["2,811.5"].value, by_mention["2,811.5"].unit) == ("2811500000000", "KHR")
    assert (by_mention["2,811.5"].period_start, by_mention["2,811.5"].period_end) == ("2024-04", "2024-06")
    assert by_mention["103.9"].unit == "percent"
    assert [t.disposition for t in tokens if t.line in (6, 7) and t.token in ("1", "2")] == ["date", "date"]  # "Q1", "Q2"


def test_a_caption_naming_a_currency_in_capitals_gives_its_unit():
    text = ("GOVERNMENT GAZETTE, Kingdom of Lesotho\n\n2. Minimum monthly wages (Maloti)\n\n"
            "Sector / category                    Previous      New   Increase (%)\n"
            "Construction - general worker           2,600     2,795          7.5\n")
    by_mention = {o.mention: o for o in extract_document(document_from_text(text))[0]}
    assert (by_mention["2,795"].value, by_mention["2,795"].unit) == ("2795", "LSL")
    assert by_mention["7.5"].unit == "percent"


def test_a_headings_words_closing_on_a_bracketed_unit_and_columns_without_one_taking_the_captions():
    census = ("Economy of Ruritania\n\nTable 1. Holdings, land and cattle by zone, 1 March 2023 (preliminary)\n\n"
              "Zone                   Holdings   Agricultural    Average     Cattle\n"
              "                       (000)      land (000 ha)   size (ha)   (000 head)\n"
              "Northern Plain            9.8          8.1          0.83         5.2\n"
              "Southern Hills          641.5      1,162.0          1.81       903.4\n")
    observations, tokens = extract_document(document_from_text(census))
    rows = {o.mention: (o.value, o.unit) for o in observations}
    assert rows["8.1"] == ("8100", "hectares") and rows["0.83"] == ("0.83", "hectares")
    assert rows["5.2"] == ("5200", "count") and rows["9.8"] == ("9800", "count")
    assert "000" not in rows and all(t.disposition != "unexplained" for t in tokens)
    collections = ("Economy of Ruritania\n\nTable 1: Collections by tax head, January-June 2025 (R$ million)\n\n"
                   "Tax head               Target    Actual   Perf. (%)  Jan-Jun 2024  Change (%)\n"
                   "Personal income tax     1,640     1,702     103.8        1,468        15.9\n"
                   "Corporate income tax    1,510     1,447      95.8        1,396         3.7\n")
    rows = {o.mention: (o.value, o.unit) for o in extract_document(document_from_text(collections))[0]}
    assert rows["1,702"] == ("1702000000", "BRL") and rows["103.8"] == ("103.8", "percent")


def test_rows_of_a_table_by_district_or_by_operator_are_each_the_subject_of_their_figures():
    permits = ("Economy of Fiji\n\nTable 1. Building permits by district, 2nd quarter 2025\n\n"
               "                    Permits    Value          Floor area\n"
               "                    (number)   (F$ million)   (000 m2)\n"
               "Lautoka                 652       214.8          176.2\n"
               "Nadi                    598       246.1          182.5\n"
               "Total                 1,250       460.9          358.7\n")
    rows = {o.mention: o.subject for o in extract_document(document_from_text(permits))[0]}
    assert rows["652"] == rows["214.8"] == "Lautoka" and rows["246.1"] == "Nadi"
    assert rows["1,250"] == "Fiji"  # the whole, not a district
    market = ("Economy of Fiji\n\nTable 1: Mobile operators, second quarter 2025\n\n"
              "Operator     Subscriptions   Market share\n"
              "             (million)       (%)\n"
              "Vodafone          0.84           61.2\n"
              "Digicel           0.53           38.8\n")
    rows = {o.mention: o.subject for o in extract_document(document_from_text(market))[0]}
    assert rows["0.84"] == rows["61.2"] == "Vodafone" and rows["38.8"] == "Digicel"


def test_a_line_grouping_rows_a_heading_spanning_columns_and_a_caption_unit_with_its_exclusions():
    tariffs = ("Economy of Fiji\n\nTable 1: Current and approved tariffs (F$, excluding value added tax)\n"
               "Customer class / block               Current   Approved   Change (%)\n"
               "Energy charges (per kWh)\n"
               "Residential (51-200 kWh)              0.4100     0.4350        6.1\n"
               "Commercial                            0.4400     0.4650        5.7\n"
               "Fixed charges (per month)\n"
               "Residential service charge             10.00      11.00       10.0\n")
    rows = {o.mention: (o.value, o.unit) for o in extract_document(document_from_text(tariffs))[0]}
    assert rows["0.4350"] == ("0.435", "FJD") and rows["6.1"] == ("6.1", "percent")
    assert rows["11.00"] == ("11", "FJD") and rows["10.0"] == ("10", "percent")  # past the second group's label
    sales = ("Economy of Fiji\n\nTable 1: Retail sales by industry, May 2025\n"
             "                                          Weight     Y-o-Y change (%)\n"
             "Industry                                    (%)    Current   Constant\n"
             "                                                    prices     prices\n"
             "Supermarkets                               11.4       2.4        0.9\n"
             "Department stores                           9.1      -4.1       -5.0\n")
    rows = {o.mention: (o.value, o.unit) for o in extract_document(document_from_text(sales))[0]}
    assert rows["2.4"] == ("2.4", "percent") and rows["0.9"] == ("0.9", "percent") and rows["-5.0"] == ("-5", "percent")


def test_a_currency_over_one_column_stops_at_the_next_columns_own_bracket_and_a_base_year_is_no_columns_time():
    text = ("Economy of Ruritania\n\nTable 2. Median weekly earnings by region, October 2025\n"
            "                              R$      Change on 2024 (%)\n"
            " Capital                     941         4.6\n"
            " North                       672         5.8\n\nThat is all.\n")
    found = {o.mention: o for o in extract_document(document_from_text(text))[0]}
    assert (found["941"].unit, found["4.6"].unit) == ("BRL", "percent")
    assert (found["4.6"].period_start, found["941"].period_start) == ("2025-10", "2025-10")


FLATS = """Statistics Office of Ruritania
Flat sales, 2nd quarter 2025

Table 3. Flat sales by district, 2nd quarter 2025

                 Sales     Mean price    Rent per sq.    Rent,
              (number)  (CZK million)   metre (CZK      annual change
                                         thousand)     (%)
Old Town         1,210          88.4          2,315          7.5
Riverside        2,045          51.7          1,480          6.1
"""


def test_a_unit_whose_bracket_closes_on_the_next_heading_line_scales_its_column_and_a_unit_under_words_is_theirs():
    found = observations(FLATS)
    assert found["2,315"][:2] == ("2315000", "CZK")  # "(CZK" over "thousand)"
    assert found["88.4"][:2] == ("88400000", "CZK")
    assert found["7.5"][:2] == ("7.5", "percent")  # "(%)" under "annual change", though nearer the rents' figures
    assert {c.label for c in stacked_table_cells(FLATS)} >= {"Old Town (Rent per sq. metre)", "Old Town (Rent, annual change)"}
    tokens = extract_document(document_from_text(FLATS))[1]
    assert {t.disposition for t in tokens if t.token == "thousand"} == {"name"}  # the heading's scale word, no number


PENSION_FUND = """Ruritania Pension Reserve Fund
Quarterly report, third quarter 2025

Table 1: Returns to 30 September 2025 (% in US dollars)

                     Quarter   Year to    1 year
                                  date
Total Fund              2.14      5.02      7.33
Excess (pp)             0.05      0.11      0.09
Bonds                  -0.42      1.87      2.20

Table 2: Change in capital value, third quarter 2025 (US$ million)

Capital value, 1 July 2025                  4,210.5
Contributions                                 35.2
Withdrawals                                  -60.0
Capital value, 30 September 2025            4,298.1
"""


def test_a_funds_return_table_signs_its_returns_and_a_rows_bracketed_unit_outranks_the_caption():
    found = observations(PENSION_FUND)
    assert found["2.14"][:2] == ("2.14", "percent")  # "(% in US dollars)": percentages
    assert found["-0.42"][:2] == ("-0.42", "percent")  # a return, a change: its sign kept
    assert found["0.05"][:2] == ("0.05", "percentage_points")  # "Excess (pp)"


def test_a_captioned_list_after_a_blank_line_takes_the_captions_unit_and_quarter_and_a_labels_own_day():
    found = observations(PENSION_FUND)
    assert found["4,210.5"][:4] == ("4210500000", "USD", "2025-07-01", "2025-07-01")  # the label's day
    assert found["35.2"][:4] == ("35200000", "USD", "2025-07", "2025-09")  # the caption's quarter
    assert found["-60.0"][:2] == ("60000000", "USD")  # a level: no sign
    assert found["4,298.1"][2:4] == ("2025-09-30", "2025-09-30")


def test_a_caption_of_tax_returns_is_no_table_of_changes():
    text = ("Revenue authority report\n\nTable 2: Tax returns for 2023 and 2024 (thousand)\n\n"
            "                     2023      2024\n"
            "Individuals         1,300     1,420\n"
            "Companies             210       236\n")
    assert observations(text)["1,300"][0] == "1300000" and observations(text)["1,300"][1] != "percent"


MARKET_PRICES = """MINISTRY OF AGRICULTURE
Weekly Market Price Bulletin
Week 14: Monday 31 March - Friday 4 April 2025

Table 1: Wholesale prices in three markets, week 14, 2025 (KES/kg)

Commodity        Nairobi   Mombasa   Kisumu   w/w     y/y
                 Wakulima  Kongowea  Kibuye   (%)     (%)
Maize (dry)         52        58       49     -3.1   -12.4
Beans (rosecoco)   140       151      133     +0.8    -4.0
"""


def test_a_weekly_price_table_in_a_currency_per_kilogram_with_week_on_week_changes():
    observations, tokens = extract_document(document_from_text(MARKET_PRICES))
    found = {o.mention: o for o in observations}
    assert (found["52"].value, found["52"].unit) == ("52", "KES")  # "(KES/kg)": a price in a currency's code
    assert (found["-3.1"].value, found["-3.1"].unit) == ("-3.1", "percent")  # "w/w (%)": a change keeps its sign
    assert found["-12.4"].value == "-12.4" and found["0.8"].value == "0.8" and found["-4.0"].value == "-4"
    assert (found["52"].period_start, found["52"].period_end) == ("2025", "2025")  # the caption's "week 14, 2025"
    assert all(t.disposition == "date" for t in tokens if t.token == "14")  # "Week 14": a numbered week, no count


def test_columns_without_a_time_of_their_own_take_the_captions_beside_one_that_names_a_day():
    text = ("Table 1. Cases by court, 2024\n\n"
            "                  Incoming     Resolved    Pending at\n"
            "Court                cases        cases   31 Dec 2024\n"
            "Supreme Court          198          211           142\n"
            "High Court          41,860       38,920        52,640\n")
    found = {o.mention: (o.period_start, o.period_end) for o in extract_document(document_from_text(text))[0]}
    assert found["198"] == found["38,920"] == ("2024", "2024")
    assert found["142"] == ("2024-12-31", "2024-12-31")


def test_a_span_of_months_from_no_other_columns_time_heads_levels_to_date_and_the_change_after_it_is_its_own():
    text = ("Ruritanian Ports Authority\n\nMonthly traffic report: October 2025\n\n"
            "Table 2. Containers handled, by terminal (TEU)\n\n"
            "                         Oct       Oct    Change   Jan-Oct    Change\n"
            "                        2025      2024       (%)      2025       (%)\n"
            "North Quay            41,250    38,400      +7.4   392,800      +4.1\n"
            "South Quay            22,610    24,050      -6.0   231,470      -2.2\n")
    found = {o.mention: o for o in extract_document(document_from_text(text))[0]}
    assert (found["392,800"].period_start, found["392,800"].period_end) == ("2025-01", "2025-10")
    assert found["392,800"].unit != "percent" and found["392,800"].value == "392800"
    assert (found["4.1"].period_start, found["4.1"].period_end) == ("2025-01", "2025-10")  # its own column's
    assert (found["7.4"].period_start, found["7.4"].period_end) == ("2025-10", "2025-10")
    assert found["-2.2"].unit == "percent" and found["-2.2"].value == "-2.2"
    # a span from a month another column has is the change between them
    cells = {(c.label, c.heading) for c in stacked_table_cells(LABOUR_RELEASE)}
    assert ("Employment (change)", "Jun 2025") in cells


def test_a_change_after_columns_without_a_time_is_of_the_captions_period_not_of_the_base_beside_it():
    text = ("Ruritania Revenue Service\n\nTable 1: Collections by tax head, January-June 2025 (R$ million)\n\n"
            "Tax head               Target    Actual   Perf. (%)  Jan-Jun 2024  Change (%)\n"
            "Personal income tax     1,640     1,702     103.8        1,468        15.9\n"
            "Excise duty             1,430     1,557     108.9        1,311        18.8\n")
    found = {o.mention: (o.period_start, o.period_end) for o in extract_document(document_from_text(text))[0]}
    assert found["15.9"] == found["18.8"] == found["1,702"] == ("2025-01", "2025-06")
    assert found["1,468"] == ("2024-01", "2024-06")


def test_a_fiscal_years_column_with_a_preliminary_mark_over_a_share_of_gdp_is_that_fiscal_year():
    text = ("Ministry of Finance of Ruritania\n\nThe fiscal year runs from 1 April to 31 March.\n\n"
            "Table 1. Revenue forgone, by tax\n\n"
            "                               Cost (R$ millions)               2024-25p\n"
            "                          2022-23     2023-24    2024-25p    % of GDP\n"
            "Personal income tax        51,420      52,870      53,240        1.59\n"
            "Value added tax            23,480      24,320      28,010        0.90\n")
    found = {o.mention: (o.period_start, o.period_end) for o in extract_document(document_from_text(text))[0]}
    assert found["53,240"] == found["1.59"] == ("2024-04", "2025-03")
    assert found["51,420"] == ("2022-04", "2023-03")


def test_days_written_day_month_year_with_hyphens_head_columns_and_a_caption_ending_in_a_percent_of_a_total():
    text = ("Department of Water Affairs of Namibia\n\nWEEKLY DAM BULLETIN\n\n"
            "Table 1. Storage by basin, % of capacity\n"
            "                       This week    Last week    Last year\n"
            "Basin                  15-09-2025   08-09-2025   16-09-2024\n"
            "Kunene                      61.2         61.8         70.4\n"
            "Orange                      44.0         44.6         38.9\n")
    found = {o.mention: o for o in extract_document(document_from_text(text))[0]}
    assert (found["61.2"].period_start, found["61.2"].unit) == ("2025-09-15", "percent")
    assert found["61.8"].period_start == "2025-09-08" and found["70.4"].period_end == "2024-09-16"
    assert found["44.0"].value == "44" and found["44.0"].unit == "percent"
    cells = {(c.label, c.heading) for c in stacked_table_cells(text)}
    assert ("Kunene (This week)", "15-09-2025") in cells  # a day, no span: not a column of changes


def test_a_double_hyphen_marks_an_empty_cell_and_the_row_is_read_under_the_captions_year():
    text = ("Economy of Tanzania\n\nTable 1. Licences by type, 2024\n\n"
            "                               Applied   Granted   Renewed   Revoked\n"
            "Primary mining licence           1,104       702        --        96\n"
            "Prospecting licence                538       246        61        88\n")
    found = {o.mention: (o.value, o.period_start) for o in extract_document(document_from_text(text))[0]}
    assert found["1,104"] == ("1104", "2024") and found["96"] == ("96", "2024") and found["61"] == ("61", "2024")


def test_a_row_class_with_a_number_across_a_column_gap_is_label_and_its_and_above_is_no_qualifier():
    text = ("Coffee Board of Uganda\n\nThe coffee marketing season runs from 1 October to 30 September.\n\n"
            "Table 1. Indicative prices by grade (UGX per kg)\n\n"
            "Grade               Screen size          2024/2025    2025/2026    Change (%)\n"
            "Grade AA            18 and above             9,600       10,400           8.3\n"
            "Grade AB            15 to 17                 8,900        9,500           6.7\n")
    found = {o.mention: o for o in extract_document(document_from_text(text))[0]}
    assert (found["9,600"].period_start, found["9,600"].period_end) == ("2024-10", "2025-09")
    assert (found["10,400"].period_start, found["10,400"].unit) == ("2025-10", "UGX")
    assert found["9,600"].qualifier == "exact"  # "18 and above" is the row's class
    assert found["8.3"].unit == "percent"


def test_rows_opening_with_a_dotted_code_are_read_with_their_description_as_label():
    text = ("Ministry of Finance of Samoa\n\nTable 1. Changes of import duty (%)\n\n"
            "Tariff item  Description                      Old   New   Change\n"
            "0402.21.00   Milk powder, unsweetened          15     5      -10\n"
            "2403.99.00   Other manufactured tobacco        15    32      +17\n")
    observations, tokens = extract_document(document_from_text(text))
    found = {o.mention: o for o in observations}
    assert found["15"].unit == found["32"].unit == "percent"
    assert {"0402.21.00", "0402.21"}.isdisjoint(found)
    assert ("0402.21.00", "name") in {(t.token, t.disposition) for t in tokens}


def test_review_a_change_beside_two_years_a_running_total_of_month_columns_and_days_that_no_calendar_has():
    shares = ("Economy of Kenya\n\nTable 1. Exports by market, 2024 (KSh billion)\n\n"
              "Market          2023      2024   Share (%)   Change (%)\n"
              "Uganda          84.1      89.2       11.4          6.0\n"
              "Pakistan        61.0      58.3        7.5         -4.4\n")
    found = {o.mention: (o.period_start, o.period_end) for o in extract_document(document_from_text(shares))[0]}
    # the change from the earlier of the two years compared to the later, over their span (as held-out sets 206 and
    # 212 record a change column after two consecutive years)
    assert found["6.0"] == found["-4.4"] == ("2023", "2024")
    quarter = ("Economy of Kenya\n\nTable 2. Arrivals by month\n\n"
               "                 Jan        Feb        Mar    Jan-Mar\n"
               "                2025       2025       2025       2025\n"
               "Air           41,210     39,870     44,050    125,130\n")
    found = {o.mention: (o.value, o.period_start, o.period_end) for o in extract_document(document_from_text(quarter))[0]}
    assert found["125,130"] == ("125130", "2025-01", "2025-03")  # the quarter's total, no change of March
    assert time_expressions("on 31-02-2025") == [] and len(time_expressions("on 28-02-2025")) == 1


def test_a_line_of_units_with_a_scale_in_figures_and_rows_labelled_by_classes_of_ages_and_sizes():
    text = ("Statistics Office of Arcadia\n\nTable 2. Union members by age, 31 December\n\n"
            "                        2023       2024   Density\n"
            "                      -- 1,000 persons --     (%)\n"
            "16-24                  41.2       40.9      28.6\n"
            "65+                     8.1        8.4      39.0\n"
            "67 and over             3.3        3.5      41.3\n\n"
            "Table 3. Open vacancies by firm size, end of quarter (x 1,000)\n\n"
            "                 Q1 2025    Q2 2025\n"
            "1-9                   80         76\n"
            "250 or more          125        121\n\n"
            "Source: www.statbank.ar/UNION3\n")
    observations, tokens = extract_document(document_from_text(text))
    found = {o.mention: o for o in observations}
    assert (found["41.2"].value, found["41.2"].period_start) == ("41200", "2023")
    assert (found["40.9"].value, found["40.9"].period_start) == ("40900", "2024") and found["28.6"].unit == "percent"
    assert found["8.4"].value == "8400" and found["3.5"].value == "3500"
    assert found["80"].value == "80000" and found["121"].value == "121000" and found["121"].period_start == "2025-04"
    # the classes label their rows, and a web address names its page: none is a quantity
    assert {"16-24", "65", "67", "1-9", "250", "3"}.isdisjoint(found)
    labels = {(t.token, t.disposition) for t in tokens}
    assert {("16", "name"), ("250", "name"), ("3", "name")} <= labels, labels


def test_a_scale_word_alone_under_a_currency_in_a_stacked_heading_is_part_of_each_figure():
    text = ("Ministry of Finance of Arcadia\n\nTable 1. Allocation of proceeds, 2024\n\n"
            "                              US$        Share\n"
            "Eligible category         million          (%)\n"
            "Clean transportation      1,012.4         52.5\n"
            "Renewable energy            286.7         14.9\n")
    cells = {text[c.start : c.end]: c for c in stacked_table_cells(text)}
    assert cells["1,012.4"].caption_unit == "US$ million" and cells["52.5"].caption_unit == "%"
    _, tokens = extract_document(document_from_text(text))
    assert [t.disposition for t in tokens if t.token == "million"] == ["part_of_mention"]


def test_review_a_line_of_units_between_dashes_under_a_line_of_years():
    text = ("Statistics Office of Arcadia\n\nTable 1. Turnover, 31 December\n\n"
            "                        2023       2024\n"
            "                      -- EUR million --\n"
            "Industry               41.2       40.9\n")
    observations, tokens = extract_document(document_from_text(text))
    found = {o.mention: o for o in observations}
    assert (found["41.2"].value, found["41.2"].unit, found["40.9"].period_start) == ("41200000", "EUR", "2024")
    assert [t.disposition for t in tokens if t.token == "million"] == ["part_of_mention"]



def test_a_units_line_alone_and_centred_over_the_middle_columns_is_the_whole_tables():
    text = ("Statistics Office of Arcadia\n\nTable 2. Spending by product, 2024\n\n"
            "                                   Foreign     Resident        Total\n"
            "                                              R million\n"
            "Lodging                             4 120        3 980        8 100\n"
            "Transport                           2 310        5 440        7 750\n")
    observations, tokens = extract_document(document_from_text(text))
    found = {o.mention: o for o in observations}
    assert (found["4 120"].value, found["4 120"].unit) == ("4120000000", "ZAR")  # the first column too
    assert [t.disposition for t in tokens if t.token == "million"] == ["part_of_mention"]
    narrow = ("Statistics Office of Arcadia\n\nTable 3. Exports, 2024\n\n"
              "                                    Number        Value\n"
              "                                             R million\n"
              "Vessels                                 12        4 120\n")
    found = {o.mention: o for o in extract_document(document_from_text(narrow))[0]}
    assert found["12"].unit != "ZAR"  # a unit over the last column only is that column's
    measures = ("Statistics Office of Arcadia\n\nTable 4. Exports by product, 2024\n\n"
                "                                Number       Value       Share      Change\n"
                "                                          R million\n"
                "Vessels                             12       4 120        41.2         3.1\n")
    found = {o.mention: o for o in extract_document(document_from_text(measures))[0]}
    assert found["12"].unit != "ZAR" and found["4 120"].unit == "ZAR"  # columns of different measures keep their own
    shares = ("Statistics Office of Arcadia\n\nTable 5. Market shares, 2024\n\n"
              "                                      Revenue      Share      Growth\n"
              "                                                     %\n"
              "Operator A                              1,204       41.2        3.1\n")
    found = {o.mention: o for o in extract_document(document_from_text(shares))[0]}
    assert (found["1,204"].unit, found["41.2"].unit) == ("count", "percent")  # "%" heads its own column onwards


def test_review_rows_labelled_by_a_frequency_band_and_columns_in_a_currencys_millions_written_m():
    text = ("Telecommunications Authority of Arcadia\n\nTable 1. Lots sold, by band\n\n"
            "Band        Lot size    Lots    Final price    First-day\n"
            "               (MHz)    sold   per lot (A$m)   return (%)\n"
            "2.1 GHz           15       4            12.5         -3.2\n"
            "3.6 GHz           80       2           140.0          4.1\n\n"
            "All four lots in the 2.1 GHz band and both 3.6 GHz lots were sold, 140 MHz of spectrum in all. "
            "Obligations: (a) 2.1 GHz and 3.6 GHz: coverage of 60% of the population.\n")
    observations, tokens = extract_document(document_from_text(text))
    found = {(o.line, o.mention): o for o in observations}
    assert (found[(7, "15")].unit, found[(7, "12.5")].value, found[(7, "12.5")].unit) == ("MHz", "12500000", "AUD")
    assert found[(7, "-3.2")].value == "-3.2"  # a return is a rate of change: its fall keeps its sign
    assert found[(10, "140 MHz")].unit == "MHz"
    assert not [o for o in observations if "GHz" in o.mention]  # a band's frequency names it
    assert {t.disposition for t in tokens if t.token in ("2.1", "3.6")} == {"name"}


def test_review_a_frequency_names_a_band_only_as_a_band_a_range_or_a_rows_label_not_as_an_amount_of_spectrum():
    text = ("Communications Authority of Arcadia\n\nThe Authority sold the 3.4-3.6 GHz range in 2024. Telco A acquired "
            "100 MHz spectrum for US$40 million, and the 3.5 GHz spectrum went to Telco B.\n\n"
            "Operator            Spectrum      Subscribers\n"
            "Telco A              140 MHz        2 088\n"
            "Telco B               60 MHz        1 204\n")
    observations, tokens = extract_document(document_from_text(text))
    found = {o.mention: o for o in observations}
    assert found["100 MHz"].unit == "MHz" and found["140 MHz"].value == "140" and "60 MHz" in found
    assert {t.disposition for t in tokens if t.token in ("3.4", "3.6", "3.5")} == {"name"}


def test_blind_a_caption_of_a_scale_then_a_currency_word_with_a_price_basis_scales_the_table():
    text = ("MINISTRY OF HEALTH AND WELFARE\nRepublic of Korea\n\nTable 1. Projected finances (trillion won, current prices)\n\n"
            "  Year    Income   Expenditure\n  2030     128.4        78.1\n  2040     209.6       181.9\n")
    found = {o.mention: o for o in extract_document(document_from_text(text))[0]}
    assert (found["128.4"].value, found["128.4"].unit) == ("128400000000000", "KRW")


def test_a_rule_drawn_under_two_lines_of_headings_leaves_them_the_columns_headings():
    text = ("Ruritania Electoral Commission\n\nAppendix B - Parties' election expenses, 2024 general election\n\n"
            "Party                     Expenses limit   Election expenses   % of limit\n"
            "                                     (R$)                (R$)\n"
            "--------------------------------------------------------------------------\n"
            "Green League                   2,400,000           1,872,000         78.0\n"
            "Farmers' Union                 2,400,000             960,000         40.0\n")
    found = {(o.mention, o.unit) for o in extract_document(document_from_text(text))[0]}
    assert ("1,872,000", "BRL") in found and ("78.0", "percent") in found and ("40.0", "percent") in found


def test_a_heading_word_of_a_year_is_no_unit_of_length_but_years_in_brackets_are():
    text = ("Ruritania\n\nNational government fiscal program, 2025 (in billion pesos)\n"
            "                          Program     Jan-Sep     Jan-Sep\n"
            "                          full year   program     actual\n"
            "Revenues                    4,640       3,730       3,580\n"
            "Disbursements               6,180       4,910       4,620\n")
    found = {o.mention: o for o in extract_document(document_from_text(text))[0]}
    assert found["4,640"].unit != "years" and found["4,640"].value == "4640000000000"
    assert unit_of("(years)") == "years" and unit_of("full year") is None


def test_a_caption_whose_per_cent_is_its_change_columns_leaves_the_levels_counts():
    text = ("HERDS REPORT\n\n"
            "Table 1. Herds by species, end-2023 and 1 June 2024 (head; change in per cent)\n"
            "Species     End-2023    1 June 2024    Change\n"
            "Sheep         13,200         10,900     −17.4\n"
            "Camels           300            260     −13.3\n")
    rows = {o.mention: o for o in extract_document(document_from_text(text))[0]}
    assert rows["300"].unit == rows["10,900"].unit == "count"
    assert (rows["−13.3"].value, rows["−13.3"].unit) == ("-13.3", "percent")
