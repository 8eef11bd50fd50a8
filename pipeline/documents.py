"""Reading raw documents: strict decoding, provenance metadata, physical lines.

Offsets everywhere in the project index the text as decoded here: UTF-8, no newline translation,
a leading BOM dropped. `Document.text[a:b]` is therefore what a user gets from
`open(path, encoding="utf-8", newline="").read()[a:b]`.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from pipeline.lexicon import SafeLoader

BOM = "\ufeff"
LINE_BREAK = re.compile(r"\r\n|\r|\n")
# Control characters other than tab and line breaks do not occur in prose; many of them do in binaries.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class DocumentError(ValueError):
    """A raw file that cannot be read as a document; the message is one actionable line."""

    def __init__(self, path: Path | str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")


@dataclass(frozen=True)
class Document:
    document_id: str
    path: str  # relative to the project root, with forward slashes
    text: str
    sha256: str
    n_bytes: int
    title: str
    original_file_name: str = ""
    origin: str = ""
    license: str = ""
    date_added: str = ""
    line_starts: tuple[int, ...] = field(default=(0,), repr=False)

    def line_of(self, offset: int) -> int:
        """1-based physical line holding character `offset` (line_starts ascend from 0)."""
        return max(1, bisect_right(self.line_starts, offset))


def document_id_for(path: Path) -> str:
    """A stable identifier from the file name: lower case, runs of other characters as '_'."""
    return re.sub(r"[^a-z0-9]+", "_", path.stem.lower()).strip("_") or "document"


def decode(path: Path, data: bytes) -> str:
    """Decode raw bytes strictly; refuse what is not a UTF-8 text document."""
    if not data.strip():
        raise DocumentError(path, "the file is empty; add text or remove it from raw/")
    if b"\x00" in data[:8192]:
        raise DocumentError(path, "the file is binary (NUL bytes), not text; remove it from raw/")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise DocumentError(
            path,
            f"not valid UTF-8 (byte 0x{data[err.start]:02x} at offset {err.start}); "
            "re-save the file as UTF-8",
        ) from None
    if text.startswith(BOM):
        text = text[1:]
    bad = CONTROL.search(text)
    if bad:
        raise DocumentError(
            path,
            f"control character U+{ord(bad.group()):04X} at character {bad.start()}; "
            "the file looks binary or corrupted",
        )
    if not text.strip():
        raise DocumentError(path, "the file holds only white space; add text or remove it from raw/")
    return text


def line_starts(text: str) -> tuple[int, ...]:
    return (0, *(m.end() for m in LINE_BREAK.finditer(text)))


def default_title(text: str, path: Path) -> str:
    first_line = LINE_BREAK.split(text.strip(), maxsplit=1)[0].strip()
    if 0 < len(first_line) <= 120 and not first_line.endswith("."):
        return first_line  # a heading line
    return path.stem.replace("_", " ").replace("-", " ").strip().capitalize()


def read_manifest(raw_dir: Path) -> dict[str, dict]:
    """Per-file metadata from raw/manifest.yaml; files without an entry get derived metadata."""
    manifest_path = raw_dir / "manifest.yaml"
    if not manifest_path.exists():
        return {}
    try:
        content = yaml.load(manifest_path.read_text(encoding="utf-8"), Loader=SafeLoader) or {}
    except (yaml.YAMLError, UnicodeDecodeError) as err:
        problem = str(err).splitlines()[0]
        raise DocumentError(manifest_path, f"malformed manifest ({problem}); fix the YAML") from None
    entries = content.get("documents") if isinstance(content, dict) else None
    if not isinstance(entries, list) or not all(isinstance(e, dict) and "file" in e for e in entries):
        raise DocumentError(manifest_path, "expected a 'documents:' list of entries with a 'file' key")
    return {str(entry["file"]): entry for entry in entries}


def _shown(path: Path, root: Path) -> Path:
    """The path as the user knows it: relative to the project when it lies inside it."""
    try:
        return path.resolve().relative_to(root.resolve())
    except ValueError:
        return path


def read_document(path: Path, root: Path, metadata: dict | None = None) -> Document:
    data = path.read_bytes()
    text = decode(_shown(path, root), data)
    digest = hashlib.sha256(data).hexdigest()
    meta = metadata or {}
    expected = meta.get("sha256")
    if expected is not None and str(expected) != digest:
        raise DocumentError(
            _shown(path, root),
            f"sha256 {digest} differs from raw/manifest.yaml ({expected}); "
            "if the new text is intended, update the manifest entry",
        )
    return Document(
        document_id=document_id_for(path),
        path=path.relative_to(root).as_posix(),
        text=text,
        sha256=digest,
        n_bytes=len(data),
        title=str(meta.get("title") or default_title(text, path)),
        original_file_name=str(meta.get("original_file_name") or path.name),
        origin=str(meta.get("origin") or ""),
        license=str(meta.get("license") or ""),
        date_added=str(meta.get("date_added") or ""),
        line_starts=line_starts(text),
    )


def read_corpus(raw_dir: Path, root: Path) -> list[Document]:
    """Every *.txt file in raw_dir, in file-name order; the first bad file stops the run."""
    paths = sorted(raw_dir.glob("*.txt"))
    if not paths:
        raise DocumentError(raw_dir, "no *.txt documents found; put the source texts in raw/")
    manifest = read_manifest(raw_dir)
    documents = [read_document(p, root, manifest.get(p.name)) for p in paths]
    ids = [d.document_id for d in documents]
    clash = sorted({i for i in ids if ids.count(i) > 1})
    if clash:
        raise DocumentError(raw_dir, f"file names map to the same document_id {clash}; rename one")
    return documents


def document_from_text(text: str, document_id: str = "inline") -> Document:
    """A document from a string (tests, notebooks): same offsets as a file holding the text."""
    data = text.encode("utf-8")
    return Document(
        document_id=document_id,
        path=f"{document_id}.txt",
        text=text,
        sha256=hashlib.sha256(data).hexdigest(),
        n_bytes=len(data),
        title=document_id,
        line_starts=line_starts(text),
    )
