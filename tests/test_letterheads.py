"""Letterheads that name the body issuing a document (pipeline.issuers.document_author), on documents written for these tests."""

from __future__ import annotations

from pipeline.documents import document_from_text
from pipeline.extract import extract_document
from pipeline.issuers import document_author


def test_a_proprietary_companys_letterhead_names_the_issuer_of_its_own_figures():
    assert document_author("MARULA GEMS (PTY) LTD\nWholly owned by the Government\n\nANNUAL REPORT 2024\n") == "Marula Gems"
    assert document_author("Marula Gems (Pty) Ltd\n\nAnnual Report 2024\n") == "Marula Gems"
    report = ("MARULA GEMS (PTY) LTD\nWholly owned by the Government of the Republic of Botswana\n\nANNUAL REPORT 2024\n\n"
              "The Company sold 3.1 million carats in 2024 for revenue of US$412 million.\n")
    rows = {o.mention: o for o in extract_document(document_from_text(report))[0]}
    assert rows["3.1 million carats"].subject == rows["US$412 million"].subject == "Marula Gems"
    assert rows["US$412 million"].source == "Marula Gems"
