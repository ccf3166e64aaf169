"""Structured data in web pages: JSON-LD blocks and schema.org JobPosting objects (pure, no I/O).

JSON-LD comes from `<script type="application/ld+json">` blocks: a block may hold one object, an
array of objects or an `@graph`, all flattened into one list. Microdata (`itemscope` /
`itemtype` / `itemprop`) is read as a fallback for job postings and converted to the same dict
shape as JSON-LD (`{"@type": "JobPosting", "title": …, "hiringOrganization": {"@type": …}}`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

from tactful.errors import BadInput

TYPE_CHECKING = False  # typing is not imported at run time (it costs startup)
if TYPE_CHECKING:
    from typing import Any

    from selectolax.lexbor import LexborHTMLParser, LexborNode

JSON_LD_TYPE = "application/ld+json"
MAX_DEPTH = 64
"""How deep tactful looks into JSON-LD values and microdata items: real pages nest a handful of
levels; deeper structure is ignored rather than overflow Python's stack."""
_WRAPPER_RE = re.compile(r"^\s*(?:<!--|//\s*<!\[CDATA\[|<!\[CDATA\[)|(?:-->|//\s*\]\]>|\]\]>)\s*$")
_SPACES_RE = re.compile(r"\s+")
_URL_ATTRIBUTES = {
    "a": "href",
    "link": "href",
    "area": "href",
    "img": "src",
    "audio": "src",
    "video": "src",
    "source": "src",
    "iframe": "src",
    "embed": "src",
    "track": "src",
    "object": "data",
}


def _parse(html: str) -> LexborHTMLParser:
    from selectolax.lexbor import LexborHTMLParser

    return LexborHTMLParser(html)


def _json_ld_scripts(tree: LexborHTMLParser) -> Iterator[str]:
    for node in tree.css("script"):
        kind = (node.attributes.get("type") or "").split(";")[0].strip().lower()
        if kind == JSON_LD_TYPE:
            yield node.text(deep=True) or ""


def _flatten(value: Any, out: list[dict[str, Any]], depth: int = 0) -> None:
    if depth > MAX_DEPTH:
        return
    if isinstance(value, list):
        for item in value:
            _flatten(item, out, depth + 1)
    elif isinstance(value, dict):
        graph = value.get("@graph")
        if isinstance(graph, list | dict):
            context = value.get("@context")
            before = len(out)
            _flatten(graph, out, depth + 1)
            if context is not None:
                for item in out[before:]:
                    item.setdefault("@context", context)
            if any(k not in ("@graph", "@context") for k in value):
                out.append({k: v for k, v in value.items() if k != "@graph"})
        else:
            out.append(value)


def json_ld_objects(html: str) -> list[dict[str, Any]]:
    """Every JSON-LD object of the page, in document order: arrays and `@graph` are flattened.

    A block that is not valid JSON raises BadInput naming the block (numbered from 1)."""
    return _json_ld_objects(_parse(html))


def _json_ld_objects(tree: LexborHTMLParser) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for number, raw in enumerate(_json_ld_scripts(tree), start=1):
        text = _WRAPPER_RE.sub("", raw).strip().rstrip(";").strip()
        if not text:
            continue
        try:
            value = json.loads(text, strict=False)
        except json.JSONDecodeError as exc:
            raise BadInput(
                f"JSON-LD block {number} is not valid JSON ({exc.msg} at line {exc.lineno}, "
                f'column {exc.colno}): fix that <script type="application/ld+json"> block',
                code="bad-json-ld",
                values={"block": number},
            ) from None
        except RecursionError:
            raise BadInput(
                f"JSON-LD block {number} is nested too deeply to read (more than about 900 "
                'levels): fix that <script type="application/ld+json"> block',
                code="json-ld-too-deep",
                values={"block": number},
            ) from None
        _flatten(value, out)
    return out


def _types(value: Any) -> list[str]:
    raw = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in raw:
        if isinstance(item, str):
            names.append(re.split(r"[/#:]", item.strip())[-1])
    return names


def is_job_posting(value: Any) -> bool:
    return isinstance(value, dict) and "JobPosting" in _types(value.get("@type"))


def _find_postings(value: Any, out: list[dict[str, Any]], depth: int = 0) -> None:
    if depth > MAX_DEPTH:
        return
    if isinstance(value, list):
        for item in value:
            _find_postings(item, out, depth + 1)
    elif isinstance(value, dict):
        if is_job_posting(value):
            out.append(value)
            return
        for item in value.values():
            if isinstance(item, list | dict):
                _find_postings(item, out, depth + 1)


def job_postings(html: str) -> list[dict[str, Any]]:
    """The schema.org JobPosting objects of a page: JSON-LD first (including postings nested
    in other objects, such as a WebPage's mainEntity); microdata when there is no JSON-LD one.
    A bare JSON-LD document (what `tactful ad new --jsonld` writes, a `.jsonld` file) is read
    as one block."""
    out: list[dict[str, Any]] = []
    if html.lstrip("\ufeff \t\r\n").startswith(("{", "[")):
        try:
            value = json.loads(html.lstrip("\ufeff"), strict=False)
        except (json.JSONDecodeError, RecursionError):
            pass  # not a JSON document: read as a page below
        else:
            objects: list[dict[str, Any]] = []
            _flatten(value, objects)
            _find_postings(objects, out)
            return out
    tree = _parse(html)
    _find_postings(_json_ld_objects(tree), out)
    if out:
        return out
    return _microdata_items(tree, "JobPosting")


# --- Microdata ---------------------------------------------------------------------------


def _item_type(node: LexborNode) -> str:
    names = _types((node.attributes.get("itemtype") or "").split())
    return names[0] if names else "Thing"


def _property_value(node: LexborNode) -> str:
    attributes = node.attributes
    tag = (node.tag or "").lower()
    if "content" in attributes and attributes["content"] is not None:
        return attributes["content"] or ""
    if tag in _URL_ATTRIBUTES:
        return attributes.get(_URL_ATTRIBUTES[tag]) or ""
    if tag in ("data", "meter") and attributes.get("value") is not None:
        return attributes.get("value") or ""
    if tag == "time" and attributes.get("datetime"):
        return attributes.get("datetime") or ""
    return _SPACES_RE.sub(" ", node.text(deep=True) or "").strip()


def _add(out: dict[str, Any], name: str, value: Any) -> None:
    if name not in out:
        out[name] = value
    elif isinstance(out[name], list):
        out[name].append(value)
    else:
        out[name] = [out[name], value]


def _collect(node: LexborNode, out: dict[str, Any], depth: int = 0) -> None:
    if depth > MAX_DEPTH * 4:  # HTML nests deeper than JSON-LD; still not without bound
        return
    child = node.first_child
    while child is not None:
        if child.is_element_node:
            attributes = child.attributes
            names = (attributes.get("itemprop") or "").split()
            scoped = "itemscope" in attributes
            if names:
                value: Any = _item(child, depth + 1) if scoped else _property_value(child)
                for name in names:
                    _add(out, name, value)
            if not scoped:
                _collect(child, out, depth + 1)
        child = child.next


def _item(node: LexborNode, depth: int = 0) -> dict[str, Any]:
    out: dict[str, Any] = {"@type": _item_type(node)}
    _collect(node, out, depth)
    return out


def microdata_items(html: str, type_name: str) -> list[dict[str, Any]]:
    """Microdata items of one schema.org type (`itemtype` http(s)://schema.org/<type_name>)."""
    return _microdata_items(_parse(html), type_name)


def _microdata_items(tree: LexborHTMLParser, type_name: str) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for node in tree.css("[itemscope][itemtype]"):
        if type_name in _types((node.attributes.get("itemtype") or "").split()):
            found.append(_item(node))
    return found
