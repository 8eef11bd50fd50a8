"""The spreadsheet copy of the package: processed/<name>.xlsx, one sheet per table and a README sheet.

The CSVs and datapackage.json stay the authoritative package; the workbook is a convenience for people
who open data in Excel or LibreOffice, where double-clicking a CSV mangles UTF-8 text and turns cells
such as "-3.5%", "=x" or "007" into numbers or formulas. Here every cell gets its type from the Table
Schema: numbers are numeric cells, text is a string cell that is never evaluated as a formula.

The file is byte-for-byte reproducible: document properties carry the descriptor's `created` date,
zip entries carry that date too and are stored uncompressed, so the bytes depend neither on the wall
clock nor on the zlib build of the machine.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.xml.functions import tostring

README_SHEET = "README"
README_COLUMNS = ("table", "field", "type", "unit", "description")
MAX_SHEET_NAME = 31  # Excel's limit; LibreOffice accepts more but Excel refuses to open the file
# Characters Excel forbids in sheet names.
SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
# Text a spreadsheet would re-read as a formula or a number if a user edits the cell and presses
# Enter: such cells get Excel's quote prefix (the invisible leading apostrophe).
REINTERPRETED = re.compile(r"^\s*(?:[=+\-@]|[0-9.,]+%?\s*$)")
# Table Schema's default boolean spellings (fields may override them).
TRUE_VALUES = ("true", "True", "TRUE", "1")
FALSE_VALUES = ("false", "False", "FALSE", "0")
FALLBACK_DATE = dt.datetime(1980, 1, 1)  # the earliest time a zip entry can carry
HEADER_FONT = Font(bold=True)
MAX_WIDTH = 60


def created_at(descriptor: dict[str, Any]) -> dt.datetime:
    """The descriptor's `created` as a naive UTC datetime; the zip epoch when it has none."""
    created = descriptor.get("created")
    if not created:
        return FALLBACK_DATE
    moment = dt.datetime.fromisoformat(created.replace("Z", "+00:00"))
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.timezone.utc).replace(tzinfo=None)
    return max(moment, FALLBACK_DATE)


def sheet_names(resources: list[dict[str, Any]]) -> list[str]:
    """Valid, unique sheet names for the resources, in order (README is taken)."""
    taken = {README_SHEET.lower()}
    names = []
    for resource in resources:
        base = SHEET_NAME_FORBIDDEN.sub("_", resource["name"])[:MAX_SHEET_NAME] or "table"
        name, n = base, 1
        while name.lower() in taken:
            n += 1
            suffix = f"_{n}"
            name = base[: MAX_SHEET_NAME - len(suffix)] + suffix
        taken.add(name.lower())
        names.append(name)
    return names


def typed_value(text: str, field: dict[str, Any], missing: tuple[str, ...]) -> Any:
    """A CSV cell as the Python value its Table Schema type calls for; None when missing."""
    if text in missing:
        return None
    kind = field.get("type", "string")
    if kind == "integer":
        return int(text)
    if kind == "number":
        # Whole numbers stay ints so that 28500000000 is written as written, not as 2.85E+10.
        return int(text) if re.fullmatch(r"[+-]?\d+", text) else float(text)
    if kind == "boolean":
        if text in field.get("trueValues", TRUE_VALUES):
            return True
        if text in field.get("falseValues", FALSE_VALUES):
            return False
        raise ValueError(f"{field['name']}: {text!r} is not a boolean")
    # Strings, and dates and other types kept as their ISO text: a spreadsheet date would depend
    # on the reader's locale and lose partial dates such as "2017-05".
    return text


def text_cell(ws: Worksheet, value: str) -> Cell:
    """A string cell that no spreadsheet evaluates, whatever the text begins with."""
    cell = Cell(ws, value=value)  # openpyxl checks the text here (control characters, length)
    # openpyxl types "=SUM(A1)" as a formula and "#N/A" as an error; the explicit type keeps them text.
    cell.data_type = "s"
    if REINTERPRETED.match(value):
        cell.quotePrefix = True
    return cell


def header_cells(ws: Worksheet, names: list[str] | tuple[str, ...]) -> list[Cell]:
    cells = []
    for name in names:
        cell = text_cell(ws, name)
        cell.font = HEADER_FONT
        cells.append(cell)
    return cells


def value_cell(ws: Worksheet, value: Any) -> Cell | None:
    if value is None:
        return None
    if isinstance(value, str):
        return text_cell(ws, value)
    return Cell(ws, value=value)  # int, float, bool: numeric or boolean cells


def _finish_sheet(ws: Worksheet, widths: list[int]) -> None:
    ws.freeze_panes = "A2"
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = min(max(width, 8) + 2, MAX_WIDTH)


def _rows(n: int) -> str:
    return "1 row" if n == 1 else f"{n} rows"


def readme_rows(descriptor: dict[str, Any], row_counts: dict[str, int]) -> list[tuple[str, ...]]:
    """The README sheet: package metadata, then each table and each of its fields."""
    licences = "; ".join(
        ", ".join(filter(None, (lic.get("name"), lic.get("title"), lic.get("path"))))
        for lic in descriptor.get("licenses", []))
    rows: list[tuple[str, ...]] = [
        ("(package)", "name", "", "", descriptor.get("name", "")),
        ("(package)", "title", "", "", descriptor.get("title", "")),
        ("(package)", "version", "", "", descriptor.get("version", "")),
        ("(package)", "created", "", "", descriptor.get("created", "")),
        ("(package)", "licence", "", "", licences),
        ("(package)", "description", "", "", " ".join(descriptor.get("description", "").split())),
        ("(package)", "about this workbook", "", "",
         "A convenience copy of the CSV tables described by datapackage.json, which remain the reference. "
         "One sheet per table; numbers are numeric cells, text cells are never formulas; empty cells are "
         "missing values."),
    ]
    for resource in descriptor.get("resources", []):
        rows.append((resource["name"], "(table)", "", "",
                     f"{resource.get('description', '')} {_rows(row_counts[resource['name']])}; "
                     f"published as {resource.get('path', '')}.".strip()))
        for field in resource["schema"]["fields"]:
            rows.append((resource["name"], field["name"], field.get("type", "string"),
                         field.get("unit", ""), field.get("description", "")))
    return rows


def read_table(path: Path, resource: dict[str, Any]) -> list[list[Any]]:
    """The CSV's data rows typed by the resource's schema; the header must match the schema."""
    fields = resource["schema"]["fields"]
    missing = tuple(resource["schema"].get("missingValues", [""]))
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader, [])
        expected = [f["name"] for f in fields]
        if header != expected:
            raise ValueError(f"{path.name}: columns {header} differ from the schema's {expected}")
        rows = []
        for line, row in enumerate(reader, start=2):
            try:
                rows.append([typed_value(text, field, missing) for text, field in zip(row, fields, strict=True)])
            except ValueError as error:
                raise ValueError(f"{path.name}, line {line}: {error}") from error
    return rows


def fill_sheet(ws: Worksheet, header: list[str] | tuple[str, ...], rows: list[list[Any]] | list[tuple[str, ...]]) -> None:
    ws.append(header_cells(ws, header))
    widths = [len(name) for name in header]
    for row in rows:
        ws.append([value_cell(ws, value) for value in row])
        for index, value in enumerate(row):
            if value is not None:
                widths[index] = max(widths[index], len(str(value)))
    _finish_sheet(ws, widths)


def build_workbook(descriptor: dict[str, Any], tables: dict[str, Path]) -> Workbook:
    resources = descriptor.get("resources", [])
    data = {r["name"]: read_table(tables[r["name"]], r) for r in resources}
    wb = Workbook()
    readme = wb.active
    readme.title = README_SHEET
    fill_sheet(readme, README_COLUMNS, readme_rows(descriptor, {n: len(rows) for n, rows in data.items()}))
    for cell in readme["E"][1:]:  # long descriptions wrap instead of running off screen
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for resource, name in zip(resources, sheet_names(resources)):
        ws = wb.create_sheet(name)
        fill_sheet(ws, [f["name"] for f in resource["schema"]["fields"]], data[resource["name"]])
    moment = created_at(descriptor)
    wb.properties.creator = descriptor.get("name", "")
    wb.properties.title = descriptor.get("title", "")
    wb.properties.created = moment
    wb.properties.modified = moment
    return wb


def workbook_bytes(wb: Workbook, moment: dt.datetime) -> bytes:
    """The saved workbook with the wall clock taken out of it."""
    buffer = io.BytesIO()
    wb.save(buffer)
    # openpyxl stamps `modified` with the current time while saving, and each zip entry with the
    # local time: both are put back to the package's date.
    wb.properties.modified = moment
    core = tostring(wb.properties.to_tree())
    out = io.BytesIO()
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as target:
        for entry in source.infolist():
            data = core if entry.filename == "docProps/core.xml" else source.read(entry)
            info = zipfile.ZipInfo(entry.filename, date_time=moment.timetuple()[:6])
            info.external_attr = 0o644 << 16
            # Stored, not deflated: deflate output differs between zlib builds (zlib-ng, …), which
            # would break the byte-for-byte rebuild check on some machines.
            info.compress_type = zipfile.ZIP_STORED
            target.writestr(info, data)
    return out.getvalue()


def write_workbook(descriptor: dict[str, Any], tables: dict[str, Path], target: Path) -> None:
    """Write the workbook for `descriptor` (a datapackage.json dict) whose resources' CSVs are
    `tables` (resource name → path) to `target`. Not atomic: the caller writes to a temporary file."""
    wb = build_workbook(descriptor, tables)
    target.write_bytes(workbook_bytes(wb, created_at(descriptor)))
