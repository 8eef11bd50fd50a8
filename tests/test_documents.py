"""Reading raw files: encodings, line ends, and clear one-line errors for bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.documents import DocumentError, read_corpus, read_document
from tests.conftest import run_stage


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("newline", [b"\n", b"\r\n", b"\r"])
def test_line_ends_are_kept_and_lines_counted(tmp_path, newline):
    path = write(tmp_path / "a.txt", b"First line." + newline + b"Second line, 3%." + newline)
    doc = read_document(path, tmp_path)
    assert doc.text == "First line." + newline.decode() + "Second line, 3%." + newline.decode()
    assert doc.line_of(doc.text.index("3%")) == 2


def test_bom_is_dropped_from_offsets(tmp_path):
    path = write(tmp_path / "bom.txt", "\ufeffGDP was $5 billion.".encode())
    doc = read_document(path, tmp_path)
    assert doc.text.startswith("GDP")
    assert doc.text[doc.text.index("$5") :].startswith("$5 billion")


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "empty"),
        (b"  \n\n  ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("Le PIB a augmenté de 3 %.".encode("latin-1"), "not valid UTF-8"),
    ],
)
def test_bad_files_raise_a_one_line_error_naming_the_file(tmp_path, data, problem):
    path = write(tmp_path / "bad.txt", data)
    with pytest.raises(DocumentError) as err:
        read_document(path, tmp_path)
    message = str(err.value)
    assert "bad.txt" in message and problem in message and "\n" not in message


@pytest.mark.parametrize(
    ("manifest", "problem"),
    [
        ("documents:\n  - {file: doc.txt, sha256: " + "0" * 64 + "}\n", "differs from raw/manifest.yaml"),
        ("documents: [unclosed\n", "manifest.yaml: malformed manifest"),
    ],
)
def test_bad_manifest_is_refused_with_its_reason(tmp_path, manifest, problem):
    raw = tmp_path / "raw"
    raw.mkdir()
    write(raw / "doc.txt", b"Exports rose 4%.")
    (raw / "manifest.yaml").write_text(manifest)
    with pytest.raises(DocumentError, match=problem):
        read_corpus(raw, tmp_path)


def test_unlisted_document_gets_derived_metadata(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    write(raw / "Economy of Ruritania.txt", b"Ruritania exported $2 billion of timber in 2020.")
    (doc,) = read_corpus(raw, tmp_path)
    assert doc.document_id == "economy_of_ruritania"
    assert doc.path == "raw/Economy of Ruritania.txt"
    assert doc.original_file_name == "Economy of Ruritania.txt"


def test_segment_stage_exits_nonzero_with_one_line_error(project_copy):
    write(project_copy / "raw" / "latin1.txt", "Côte d’Ivoire: 3 %".encode("cp1252"))
    result = run_stage(project_copy, "segment")
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "latin1.txt" in lines[0] and "UTF-8" in lines[0]


def test_author_date_citation_years_are_marked_but_dates_in_brackets_are_not():
    from pipeline.segment import author_date_years

    def years(text: str) -> list[str]:
        return [text[span.start : span.end] for span in author_date_years(text)]

    assert years("grew 3% (World Bank, 2022; Mayer, 2019b, p. 12)") == ["2022", "2019b"]
    assert years("Lee et al. (2018) estimate, and Kim (2021) finds, that") == ["2018", "2021"]
    assert years("the Investment Law (2019) and the Seven-Year Plan (1961)") == []
    assert years("prices (May, 2023) rose; output (Table 2) fell; debt (end-2023, IMF est.)") == []
    assert years("poor (ANSD 2023); fell (Faye et al. 2021); grew (IMF 2024a; World Bank 2024)") == ["2023", "2021", "2024a", "2024"]
    assert years("the plan (Vision 2030); revenue (July-December 2024); prices (January 2021)") == []
    # a fact sheet's estimate and forecast years follow the figure they date; a work's letter follows a name
    assert years("GDP growth 4.0% (2023) 4.1% (2024e) 3.5% (2025f); see World Bank (2025b)") == ["2025b"]


def test_korean_outline_marks_start_new_sentences():
    from pipeline.segment import sentences
    text = "ㅇ Rice averaged 11,600 won per kg in Q2.\n  - Corn averaged 5,240 won per kg\nㅇ The market rate rose 12.0%.\n"
    starts = [text[s.start : s.end].lstrip("ㅇ -")[:4] for s in sentences(text)]
    assert starts == ["Rice", "Corn", "The "]


def test_hard_wrapped_prose_runs_on_after_a_figure_but_a_tables_rows_do_not():
    from pipeline.segment import sentences

    prose = ("Budget note\n\n"
             "The ministry put outlays at $4.1 billion in 2025-26, and its plan for the years\n"
             "after that raises them further, as the Department of Health's 2026-27\n"
             "Budget Statements project hospital outlays of about $4.6 billion in 2027-28.\n")
    assert len(sentences(prose)) == 2  # the title, then one sentence
    table = ("Imports - China            18,420    24,760\n"
             "Imports - Vietnam           3,110     4,870\n"
             "Demand in Ruritania       145,000   158,000\n")
    assert len(sentences(table)) == 3


def test_a_short_table_of_rows_with_single_spaces_is_no_hard_wrapped_prose():
    from pipeline.segment import sentences

    table = "Growth and inflation, per cent\n\n2021 11.9 6.7\n2022 5.5 12.2\n2023 2.7 5.1\n"
    assert len(sentences(table)) == 4
    facts = ("Key figures for Fiji, 2024\n\nVisitor arrivals reached 982,938 in 2024\n"
             "Remittances were FJ$1.4 billion (2023)\nSugar output was 138,000 tonnes (2022)\n")
    assert len(sentences(facts)) == 4


def test_a_text_that_never_names_its_country_is_about_the_country_of_the_capital_it_names_most():
    from pipeline.document_country import document_country

    text = ("MORNINGS WITH JANE DOE\n\nHOST: Prices in Wellington keep rising. CALLER: I'm in Wellington, and rents are up. "
            "The Budget gives $1.3 billion more.\n")
    assert document_country(text).name == "New Zealand"
    shared = "Water allocations in northern Victoria rose. Victoria's Goulburn system is at 40%.\n"
    assert document_country(shared) is None  # a capital's name another place shares


def test_a_capital_counts_for_its_country_only_where_it_is_named_as_a_place():
    from pipeline.document_country import document_country

    assert document_country("The IMF mission ended talks in Washington. The Washington-based lender agreed a $1.3 billion "
                            "loan, officials in Washington said.") is None
    assert document_country("Male employment rose 0.9%. Male unemployment was 4.8%.") is None
    assert document_country("Copper on the London Metal Exchange rose. London Metal Exchange stocks fell.") is None


def test_a_body_in_capitals_over_the_office_that_runs_it_and_its_address_issues_the_document():
    from pipeline.issuers import document_issuer

    text = ("ELECTIONS IRELAND\nOffice of the Chief Electoral Officer of Ireland\n30 Victoria Street, Port Arden, Arden  PA1 0M6\n\n"
            "Political Financing Report\n\nElections Ireland reimbursed R$41.2 million of election expenses in 2024.\n")
    assert document_issuer(text, None).author == "Elections Ireland"
