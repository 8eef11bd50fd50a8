"""Plain-text tables whose period columns each have a column of changes after them, perhaps with a
column of ranks and a second heading line (pipeline/period_tables.py), on a release written for
these tests."""

from __future__ import annotations

from pipeline.documents import document_from_text
from pipeline.extract import extract_document
from pipeline.period_tables import interleaved_table_cells
from tests.test_extraction import facts

CEMENT_RELEASE = """Cement Producers Federation of Kazakhstan (CPFR)

PRESS RELEASE                                              Astana, 12 August 2025

Kazakh cement output rose 3.2% in July 2025, while the EU (27) produced 14.1 million tonnes.

Table 2. Cement production, leading countries (thousand tonnes)

Rank  Country            Jul 2025   % change   Jan-Jul 2025   % change
                                    Jul 25/24                 Jan-Jul 25/24
 1    Kazakhstan            4,210       3.2        27,940        -0.8
 2    Uzbekistan (e)        3,050      -5.4        22,310         1.9
      World (58 countries)
                          352,400      -2.1     2,401,000        -1.3

(e) Estimated.
"""


def test_each_change_column_is_of_the_period_it_follows_and_the_ranks_are_of_the_first():
    found = facts(CEMENT_RELEASE)
    july, july_change, to_date, to_date_change = (found[m][0] for m in ("4,210", "-5.4", "27,940", "-0.8"))
    assert (july.value, july.unit, july.period_start, july.period_end, july.subject) == (
        "4210000", "tonnes", "2025-07", "2025-07", "Kazakhstan")
    assert (july_change.value, july_change.unit, july_change.period_start, july_change.subject) == (
        "-5.4", "percent", "2025-07", "Uzbekistan")
    assert (to_date.value, to_date.period_start, to_date.period_end) == ("27940000", "2025-01", "2025-07")
    assert (to_date_change.value, to_date_change.unit, to_date_change.period_start, to_date_change.period_end) == (
        "-0.8", "percent", "2025-01", "2025-07")
    rank = found["2"][0]
    assert (rank.value, rank.unit, rank.indicator, rank.subject, rank.period_start) == ("2", "rank", "ranking", "Uzbekistan", "2025-07")
    assert found["3,050"][0].indicator == found["4,210"][0].indicator  # "Uzbekistan (e)": still a country of the caption's topic


def test_a_label_alone_on_its_line_takes_the_figures_under_the_columns_on_the_next():
    found = facts(CEMENT_RELEASE)
    world, change = found["352,400"][0], found["-1.3"][0]
    assert (world.value, world.unit, world.subject, world.period_start) == ("352400000", "tonnes", "world", "2025-07")
    assert (change.unit, change.subject, change.period_start, change.period_end) == ("percent", "world", "2025-01", "2025-07")


def test_a_second_heading_line_and_an_aggregates_membership_are_nofacts():
    found = facts(CEMENT_RELEASE)
    # "Jul 25/24" heads a column of changes; "(58 countries)" and "EU (27)" say what the aggregate counts
    assert not {"25", "24", "58", "27", "58 countries"} & set(found)
    _, tokens = extract_document(document_from_text(CEMENT_RELEASE))
    disposition = {t.token: t.disposition for t in tokens}
    assert disposition["58"] == disposition["27"] == "name"
    assert disposition["25"] == disposition["24"] == "date"


def test_a_table_without_a_rank_column_reads_its_first_figure_as_a_level():
    text = CEMENT_RELEASE.replace("Rank  Country   ", "Country         ").replace(" 1    Kazakhstan", "      Kazakhstan").replace(
        " 2    Uzbekistan", "      Uzbekistan")
    cells = {text[c.start : c.end]: c for c in interleaved_table_cells(text)}
    assert not any(c.of_ranks for c in cells.values())
    assert cells["4,210"].heading == "Jul 2025" and cells["-0.8"].heading == "Jan-Jul 2025"


def test_a_first_column_headed_place_is_no_rank_and_a_ranked_tables_total_row_is_read():
    places = ("Austria tourism bulletin\n\nTable 3. Overnight stays by region, Q2 2025 (thousand)\n\n"
              "Place          Q2 2025   Share (%)   Q2 2024   % change\n"
              "Vienna           4,210       28.4      4,050       3.9\n")
    share = facts(places)["28.4"][0]
    assert (share.unit, share.period_start, share.period_end) == ("percent", "2025-04", "2025-06")  # of the period before it
    ranked = CEMENT_RELEASE.replace("      World (58 countries)\n", "      Others            10,100      -1.0        70,200        0.4\n"
                                    "      World (58 countries)\n")
    cells = {ranked[c.start : c.end]: c for c in interleaved_table_cells(ranked)}
    assert cells["10,100"].label == "Others" and not cells["10,100"].of_ranks


def test_a_table_ruled_above_and_below_its_heading_takes_its_captions_day():
    text = ("Refugee update\n\nTable 1: Population and capacity of the camps, 31 October 2025\n"
            "-------------------------------------------------------------------\n"
            "Camp (province)                  Population      Capacity     Occupancy (%)\n"
            "-------------------------------------------------------------------\n"
            "Farchana (Ouaddai)                   52,400        50,000             104.8\n"
            "Metche (Ouaddai)                     49,800        50,000              99.6\n"
            "-------------------------------------------------------------------\n")
    found = {o.mention: (o.period_start, o.period_end) for o in extract_document(document_from_text(text))[0]}
    assert found["52,400"] == found["99.6"] == ("2025-10-31", "2025-10-31")


def test_a_captions_unit_before_a_remark_in_its_bracket_is_the_tables():
    text = ("Economy of Ruritania\n\nTable 2: Exports by port (tonnes, provisional figures)\n"
            "  Port          2023       2024\n  Northport   12,400     13,100\n  Southport    8,200      8,900\n")
    found = {o.mention: o.unit for o in extract_document(document_from_text(text))[0]}
    assert found["12,400"] == found["8,900"] == "tonnes"


def test_a_caption_ruled_off_from_its_table_still_scales_it():
    text = ("Anti-Fraud Commission of Ruritania\n\n"
            "Table 2: Assets recovered and frozen, 2022 and 2023 (in millions of euros)\n"
            "--------------------------------------------------------------------------\n"
            "                                                  2022        2023\n"
            "--------------------------------------------------------------------------\n"
            "Recovered through settlements                      6.8         9.2\n"
            "Frozen in bank accounts                            9.6        22.8\n")
    found = {o.mention: (o.value, o.unit) for o in extract_document(document_from_text(text))[0]}
    assert found["6.8"] == ("6800000", "EUR")
    assert found["22.8"] == ("22800000", "EUR")


def test_an_unheaded_stub_with_change_and_share_columns_under_a_caption_in_per_cent():
    text = ("Arcadia aid agency\n\nTable 1. Disbursements by country, 2022–2023\n(€ million; change and share in per cent)\n\n"
            "                                    2022      2023    Change    Share 2023\n"
            "Ruritania                           24.6      27.9     +13.4         20.3\n"
            "Borduria                            19.3      16.1     −16.6         11.7\n")
    found = {o.mention: (o.value, o.unit, o.period_start) for o in extract_document(document_from_text(text))[0]}
    assert found["27.9"] == ("27900000", "EUR", "2023")
    assert found["13.4"][:2] == ("13.4", "percent") and found["−16.6"][:2] == ("-16.6", "percent")
    assert found["20.3"][:2] == ("20.3", "percent")


def test_a_bare_change_column_without_a_caption_in_per_cent_is_not_read_as_percent():
    text = ("Arcadia reserves\n\nTable 2. Reserves (P million)\n\n"
            "                                    2023      2024    Change    Share 2024\n"
            "Liquidity portfolio                1,618     1,245      -373          30.2\n")
    found = {o.mention: o.unit for o in extract_document(document_from_text(text))[0]}
    assert found.get("-373") != "percent"


def test_a_volume_caption_with_its_changes_in_per_cent_gives_the_levels_unit():
    text = ("Arcadia spirits board\n\nTable 1. Sales by product group, 2023 and 2024\n"
            "(volume in million litres; change and share in per cent)\n\n"
            "Product group                   2023     2024    Change    Share 2024\n"
            "Red wines                       17.9     16.8      −6.1          21.2\n")
    found = {o.mention: (o.value, o.unit) for o in extract_document(document_from_text(text))[0]}
    assert found["16.8"] == ("16800000", "litres") and found["−6.1"] == ("-6.1", "percent")


def test_each_change_column_is_of_the_latest_period_it_compares():
    text = ("Arcadia tourism bulletin\n\nTable 1. Cruise traffic\n\n"
            "Item            Apr 2025   Apr 2024   Change (%)   Jan-Apr 2025   Jan-Apr 2024   Change (%)\n"
            "Cruise calls          38         45        -15.6            196            188          4.3\n")
    found = {o.mention: (o.period_start, o.period_end) for o in extract_document(document_from_text(text))[0]}
    assert found["-15.6"] == ("2025-04", "2025-04") and found["4.3"] == ("2025-01", "2025-04")


def test_a_change_column_after_two_consecutive_years_spans_them_but_a_months_year_on_year_change_keeps_its_month():
    text = ("Arcadia spirits board\n\nTable 1. Sales by product group, 2023 and 2024\n"
            "(volume in million litres; change and share in per cent)\n\n"
            "Product group                   2023     2024    Change    Share 2024\n"
            "Red wines                       17.9     16.8      −6.1          21.2\n")
    found = {o.mention: (o.period_start, o.period_end) for o in extract_document(document_from_text(text))[0]}
    assert found["−6.1"] == ("2023", "2024") and found["21.2"] == ("2024", "2024")
    text = ("Arcadia tourism bulletin\n\nTable 1. Cruise traffic\n\n"
            "Item            Apr 2025   Apr 2024   Change (%)   Jan-Apr 2025   Jan-Apr 2024   Change (%)\n"
            "Cruise calls          38         45        -15.6            196            188          4.3\n")
    found = {o.mention: (o.period_start, o.period_end) for o in extract_document(document_from_text(text))[0]}
    assert found["-15.6"] == ("2025-04", "2025-04")


def test_a_change_in_percentage_points_is_no_change_in_per_cent():
    from pipeline.table_units import CHANGES_IN_PERCENT

    assert CHANGES_IN_PERCENT.search("(per cent; change in percentage points)") is None
    assert CHANGES_IN_PERCENT.search("(€ million; change and share in per cent)") is not None


def test_a_pipe_tables_caption_naming_a_day_dates_its_figures():
    standing = ("Ruritania Beekeepers Union\nTable 3. Hives kept by members, by county, 31 December 2024 (hives)\n"
                "| County | Kept | Wintered |\n|---|---|---|\n| Upland | 1,420 | 1,310 |\n| Lowland | 2,950 | 2,610 |\n")
    assert {(o.period_start, o.period_end) for o in facts(standing).get("1,420", []) + facts(standing)["2,610"]} == {
        ("2024-12-31", "2024-12-31")}
    as_at = standing.replace("by county, 31 December", "by county as at 30 June")
    assert facts(as_at)["2,950"][0].period_start == facts(as_at)["2,950"][0].period_end == "2024-06-30"
    since = standing.replace("by county, 31 December 2024", "founded since 1 March 2011")
    assert facts(since)["2,950"][0].period_end != "2011-03-01"  # a start, not the day the figures stand at


def test_a_documents_note_that_it_prints_outgoings_negative_keeps_their_written_minus():
    text = ("Ruritania Rescue Foundation\n\nTable 1. Budget, 2024 and 2025 (€ thousand)\n"
            "                                           2024        2025\n"
            "Total income                            186,600     194,700\n"
            "Staff                                   −94,100     −99,000\n\n"
            "Note: expenditure is printed negative.\n")
    assert facts(text)["−99,000"][0].value == "-99000000"
    assert facts(text)["194,700"][0].value == "194700000"
    # (without the note, a minus on a level of money is no sign: it is how the table sets costs apart)
    assert facts(text.replace("Note: expenditure is printed negative.", "Note: budget adopted in December."))["−99,000"][0].value == "99000000"


def test_a_pipe_tables_change_column_after_two_years_in_a_row_spans_them_as_a_plain_text_tables_does():
    rows = "| Premium | 14.2 | 12.6 | −11.3 |\n| Standard | 24.2 | 22.6 | −6.6 |\n"
    text = ("Ruritania Fig Board\n\nTable 1. Fig exports by grade (tonnes; change in per cent)\n"
            "| Grade | 2023 | 2024 | Change |\n|---|---|---|---|\n" + rows)
    change, level = facts(text)["−11.3"][0], facts(text)["12.6"][0]
    assert (change.value, change.period_start, change.period_end) == ("-11.3", "2023", "2024")
    assert (level.period_start, level.period_end) == ("2024", "2024")
    apart = text.replace("| 2023 | 2024 |", "| 2020 | 2024 |")
    assert facts(apart)["−11.3"][0].period_start != "2020"  # (not over years apart: no change of one year on the one before)
