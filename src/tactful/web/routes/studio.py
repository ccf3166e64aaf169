"""The ad studio: paste or upload an ad for a live score with its findings marked in the text and
the fixes ranked; a form that writes an ad and its JSON-LD, to download."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from tactful.errors import BadInput
from tactful.web.deps import View, ViewDep, form_data, uploaded
from tactful.web.problems import FieldErrors, Problem, WebError
from tactful.web.studio import (
    LABELS,
    REQUIRED,
    SPEC_DEFAULTS,
    SPEC_FIELDS,
    analysis_view,
    field_id,
    generate,
    markdown_blocks,
)

router = APIRouter()
FORMATS = ("", "text", "markdown", "html")
DOWNLOADS = {
    "md": ("text/markdown; charset=utf-8", "job-ad.md", "markdown"),
    "html": ("text/html; charset=utf-8", "job-ad.html", "html"),
    "jsonld": ("application/ld+json", "job-posting.jsonld", "jsonld_text"),
}


def analyse(view: View, raw: dict[str, Any]) -> dict[str, Any] | None:
    """The analysis of the pasted ad, or None when there is nothing to analyse (synchronous:
    call it through `WebState.run`)."""
    from tactful.ads import analyse_ad

    text = str(raw.get("text", ""))
    if not text.strip():
        return None
    fmt = str(raw.get("format", ""))
    lang = str(raw.get("lang", ""))
    places = [p.strip() for p in str(raw.get("jurisdictions", "")).split(",") if p.strip()]
    try:
        report = analyse_ad(
            text,
            today=view.state.api.now().date(),
            lang=lang if lang in ("en", "fr") else None,
            jurisdictions=places,
            source_format=fmt if fmt in FORMATS[1:] else None,
        )
    except BadInput as exc:
        return {"error": Problem(exc.code, text=exc.message)}
    return analysis_view(report, text)


async def _page(
    view: View,
    *,
    ad: dict[str, Any],
    analysis: dict[str, Any] | None,
    spec: dict[str, Any],
    errors: dict[str, Problem],
    generated: dict[str, Any] | None,
    status: int = 200,
) -> HTMLResponse:
    from tactful.web.choices import countries

    names = await view.state.run(countries, view.lang)
    return view.page(
        "studio.html",
        countries=list(names),
        status=status,
        ad=ad,
        analysis=analysis,
        spec=spec,
        errors=errors,
        generated=generated,
        field_id=field_id,
        required=REQUIRED,
        labels=LABELS,
    )


@router.get("/studio", response_class=HTMLResponse)
async def studio(view: ViewDep) -> HTMLResponse:
    return await _page(
        view, ad={}, analysis=None, spec=dict(SPEC_DEFAULTS), errors={}, generated=None
    )


@router.post("/studio/analyse", response_class=HTMLResponse)
async def analyse_page(request: Request, view: ViewDep) -> HTMLResponse:
    raw = await form_data(request)
    analysis = await view.state.run(analyse, view, raw)
    if view.htmx:
        return HTMLResponse(view.html("ad_analysis.html", analysis=analysis, oob=True))
    return await _page(
        view, ad=raw, analysis=analysis, spec=dict(SPEC_DEFAULTS), errors={}, generated=None
    )


@router.post("/studio/upload", response_class=HTMLResponse)
async def upload(request: Request, view: ViewDep) -> HTMLResponse:
    filename, data, _fields = await uploaded(request, view)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise WebError(422, Problem("not-utf8", {"name": filename}), field="file") from None
    name = filename.lower()
    fmt = "html" if name.endswith((".html", ".htm")) else "markdown" if name.endswith(".md") else ""
    raw = {"text": text, "format": fmt}
    return await _page(
        view,
        ad=raw,
        analysis=await view.state.run(analyse, view, raw),
        spec=dict(SPEC_DEFAULTS),
        errors={},
        generated=None,
    )


def _spec_values(raw: dict[str, Any]) -> dict[str, Any]:
    return {name: raw.get(name, "") for name in SPEC_FIELDS}


@router.post("/studio/generate", response_class=HTMLResponse)
async def generate_page(request: Request, view: ViewDep) -> HTMLResponse:
    raw = await form_data(request)
    spec = _spec_values(raw)
    try:
        generated = await view.state.run(generate, raw, view.state.api.now().date())
    except FieldErrors as exc:
        return await _page(
            view, ad={}, analysis=None, spec=spec, errors=exc.errors, generated=None, status=422
        )
    ad = {"text": generated["markdown"], "format": "markdown"}
    analysis = await view.state.run(analyse, view, ad)
    generated["blocks"] = markdown_blocks(generated["markdown"])
    generated["analysis"] = analysis
    return await _page(view, ad=ad, analysis=analysis, spec=spec, errors={}, generated=generated)


@router.post("/studio/download")
async def download(request: Request, view: ViewDep) -> Response:
    raw = await form_data(request)
    what = str(raw.get("what", "md"))
    if what not in DOWNLOADS:
        raise WebError(422, Problem("invalid"), field="what")
    media, filename, key = DOWNLOADS[what]
    generated = await view.state.run(generate, raw, view.state.api.now().date())
    return Response(
        str(generated[key]).encode("utf-8"),
        media_type=media,
        headers={"content-disposition": f'attachment; filename="{filename}"'},
    )
