"""A government letterhead that descends a state's bodies, one to a line: the body at its foot issues the
document ("Government of India" / "Ministry of Commerce & Industry" / "Department of Commerce" /
"Directorate General of Trade Remedies")."""

from __future__ import annotations

import re

from pipeline.abbreviations import name_initials
from pipeline.document_times import heading_lines

# "Government of India" / "Ministry of Commerce & Industry" / "Department of Commerce" / "Directorate General of Trade
# Remedies": a letterhead that descends a state's bodies, one to a line
LETTERHEAD_BODY = re.compile(r"(?:[A-Z][\w’'-]*\s+){0,2}(?:Government|Ministry|Department|Directorate(?:[ -]General)?|Office|Bureau|Agency|Authority|"
                             r"Commission|Division|Secretariat|Board|Council|Service)\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w’'&,.-]*(?:\s+(?:[A-Z&][\w’'&,.-]*|of|for|and|the|on))*")


def letterhead_body(text: str) -> str:
    """The last body of a letterhead of three or more that opens with its government or ministry, when
    the text names that body again, by name or initials (it issues the document; a department that only
    signs for its ministry is not named again)."""
    run: list[str] = []
    for line in heading_lines(text):
        if LETTERHEAD_BODY.fullmatch(line.strip()):
            run.append(line.strip())
        elif len(run) >= 3:
            break
        else:
            run = []
    if len(run) < 3 or not run[0].startswith(("Government", "Ministry")):
        return ""
    body = run[-1]
    rest = text[text.find(body) + len(body):]
    initials = name_initials(body)
    # (named in a sentence, "The Directorate General of Trade Remedies (hereinafter …)", not on a contact line:
    # "Media enquiries: Department of Information, 3 Castille Place")
    return body if re.search(rf"\b[Tt]he\s+{re.escape(body)}\b", rest) or (len(initials) >= 3 and re.search(rf"\b{initials}\b", text)) else ""
