"""`/docs`: the REST API reference, drawn by the server from the OpenAPI schema.

FastAPI's own /docs page loads scripts from a CDN and runs inline script; this one works offline
under the app's Content-Security-Policy. The machine-readable schema is at /openapi.json.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.responses import HTMLResponse

from tactful.web.deps import ViewDep

router = APIRouter()
METHODS = ("get", "post", "put", "patch", "delete")


def operations(schema: dict[str, Any]) -> list[dict[str, Any]]:
    """Each path and method with its summary, parameters and body fields."""
    components = schema.get("components", {}).get("schemas", {})
    out = []
    for path, item in schema.get("paths", {}).items():
        for method in METHODS:
            op = item.get(method)
            if op is None:
                continue
            body = op.get("requestBody", {}).get("content", {}).get("application/json", {})
            ref = body.get("schema", {}).get("$ref", "")
            model = components.get(ref.rsplit("/", 1)[-1], {}) if ref else {}
            required = set(model.get("required", []))
            fields = [
                {
                    "name": name,
                    "type": _type(spec),
                    "required": name in required,
                    "description": spec.get("description", ""),
                }
                for name, spec in model.get("properties", {}).items()
            ]
            out.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "summary": op.get("summary", ""),
                    "description": op.get("description", ""),
                    "parameters": [
                        {
                            "name": p.get("name", ""),
                            "in": p.get("in", ""),
                            "required": bool(p.get("required")),
                            "type": _type(p.get("schema", {})),
                        }
                        for p in op.get("parameters", [])
                    ],
                    "fields": fields,
                    "tag": (op.get("tags") or [""])[0],
                }
            )
    return out


def _type(spec: dict[str, Any]) -> str:
    if "type" in spec:
        if spec["type"] == "array":
            return f"list of {_type(spec.get('items', {}))}"
        return str(spec.get("format") or spec["type"])
    if "anyOf" in spec:
        return " or ".join(_type(s) for s in spec["anyOf"] if s.get("type") != "null") or "any"
    if "$ref" in spec:
        return str(spec["$ref"]).rsplit("/", 1)[-1]
    if "enum" in spec:
        return " | ".join(map(str, spec["enum"]))
    return "any"


@router.get("/docs", response_class=HTMLResponse)
async def reference(view: ViewDep) -> HTMLResponse:
    schema = view.request.app.openapi()
    return view.page("reference.html", operations=operations(schema), info=schema.get("info", {}))
