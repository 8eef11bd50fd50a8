"""Hand-made observations for check tests: a sentence about a made-up economy and the numbers in it."""

from __future__ import annotations

from itertools import count

_ids = count()


def stated(sentence: str, *numbers: tuple, document: str = "d", at: int = 0) -> list[dict]:
    """Observations of `sentence`; each number is (mention, value, unit, extra fields…) with extra
    fields as a dict. The mention is found in the sentence after the previous one."""
    rows, cursor = [], 0
    for mention, value, unit, *extra in numbers:
        start = sentence.index(mention, cursor)
        cursor = start + len(mention)
        fields = {"qualifier": "exact", "extraction_rule": "amount", "indicator": "exports", "subject": "Ruritania",
                  "period_start": "2010", "period_end": "2010", "source": "", "value_high": "", "out_of": ""}
        fields.update(extra[0] if extra else {})
        rows.append({
            "observation_id": f"{document}:{next(_ids)}", "document_id": document, "mention": mention,
            "value": str(value), "unit": unit, "char_start": str(at + start), "char_end": str(at + cursor),
            "sentence": sentence, "sentence_start": str(at), "sentence_end": str(at + len(sentence)), **fields,
        })
    return rows
