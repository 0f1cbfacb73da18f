"""An optional second reader: a language model the user runs (Ollama, llama.cpp's server, vLLM).

Off unless the user sets ``MAPDATA_LLM_URL`` (the server's OpenAI-style API root, e.g.
``http://127.0.0.1:11434/v1``) and ``MAPDATA_LLM_MODEL``; the report's text is then sent to that
address, and nowhere else. The model is asked for the incidents as JSON; nothing it says is
trusted: every incident is checked against the conflict's profile and our model's rules, each
evidence sentence must occur in the report word for word (an incident without one is dropped,
with a warning), and places are resolved by our own gazetteer, not by the model's coordinates.
The result is an :class:`ExtractionResult` like the rule-based reader's, reviewed the same way.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import time
import urllib.error
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlparse

from mapdata.environment import number_setting
from mapdata.errors import MapdataError
from mapdata.extract.pipeline import ExtractionResult, place_dict
from mapdata.extract.places import resolve_name
from mapdata.extract.proposal import Proposal
from mapdata.extract.text import read_document
from mapdata.extract.weapons import event_type as event_type_of
from mapdata.model import EVENT_TYPES
from mapdata.profiles import Profile
from mapdata.safety import summary_of

__all__ = ["LLM_MODEL_ENV", "LLM_URL_ENV", "ModelReaderError", "ModelSettings", "model_settings", "read_with_model"]

LLM_URL_ENV = "MAPDATA_LLM_URL"
LLM_MODEL_ENV = "MAPDATA_LLM_MODEL"
LLM_KEY_ENV = "MAPDATA_LLM_KEY"  # optional bearer token (a local server seldom needs one)
LLM_TIMEOUT_ENV = "MAPDATA_LLM_SECONDS"
MAX_ANSWER_BYTES = 2 * 1024 * 1024  # a report's incidents are a few kB of JSON
MAX_INCIDENTS = 200
MAX_FIELD_CHARS = 300
_SPACES = re.compile(r"\s+")


class ModelReaderError(MapdataError):
    """The language model could not be asked or its answer could not be used; nothing was proposed."""


@dataclass(frozen=True)
class ModelSettings:
    """Where the user's model server is and which model to ask (from the user's environment)."""

    url: str
    model: str
    api_key: str | None = None
    timeout: float = 120.0

    @property
    def endpoint(self) -> str:
        return self.url.rstrip("/") + "/chat/completions"


def model_settings(environ: Mapping[str, str] | None = None) -> ModelSettings | None:
    """The user's model server, or None when not configured (the default: no text leaves the machine)."""
    env = os.environ if environ is None else environ
    url = env.get(LLM_URL_ENV, "").strip()
    if not url:
        return None
    if urlparse(url).scheme not in ("http", "https") or not urlparse(url).hostname:
        raise ModelReaderError(f"{LLM_URL_ENV} must be an http(s) address like http://127.0.0.1:11434/v1, got {url!r}")
    model = env.get(LLM_MODEL_ENV, "").strip()
    if not model:
        raise ModelReaderError(
            f"{LLM_URL_ENV} is set but {LLM_MODEL_ENV} is not: name the model to ask (e.g. llama3.1)"
        )
    timeout = number_setting(LLM_TIMEOUT_ENV, 120.0, highest=3600, unit="seconds", zero_allowed=False)
    return ModelSettings(url=url, model=model, api_key=env.get(LLM_KEY_ENV, "").strip() or None, timeout=timeout)


def _instructions(profile: Profile) -> str:
    sides = ", ".join(profile.reporting_sides)
    accused = ", ".join(profile.accused_sides)
    return (
        "You read news reports about ceasefire violations and list each incident a party or a monitor "
        'claims. Answer with JSON only: {"incidents": [...]}, each incident an object with keys '
        "date (YYYY-MM-DD, the day it happened, not the day it was reported), place (a village, town or "
        "area as written in the report), claimant (who says so), "
        f"reporting_side (one of: {sides}), accused_side (one of: {accused}), "
        f"event_type (one of: {', '.join(EVENT_TYPES)}), killed and wounded (numbers or null when not "
        "stated), evidence (the sentences of the report the incident comes from, copied exactly). "
        "One incident per place and day. Leave out background, denials and a side's own fire."
    )


def _post(settings: ModelSettings, payload: dict[str, Any]) -> bytes:
    """POST JSON to the model server: one total deadline, a capped answer, no redirects."""

    class _NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args: Any, **kwargs: Any) -> None:
            return None  # a redirect is an answer we do not follow: the text goes only where the user said

    headers = {"Content-Type": "application/json"}
    if settings.api_key:
        headers["Authorization"] = f"Bearer {settings.api_key}"
    request = urllib.request.Request(
        settings.endpoint, data=json.dumps(payload).encode("utf-8"), headers=headers, method="POST"
    )
    opener = urllib.request.build_opener(_NoRedirect)
    deadline = time.monotonic() + settings.timeout
    try:
        with opener.open(request, timeout=settings.timeout) as response:
            chunks, size = [], 0
            while True:
                if time.monotonic() > deadline:
                    raise ModelReaderError(f"the model server took more than {settings.timeout:g} s to answer")
                chunk = response.read(65536)
                if not chunk:
                    break
                size += len(chunk)
                if size > MAX_ANSWER_BYTES:
                    raise ModelReaderError(f"the model's answer is over {MAX_ANSWER_BYTES // 1048576} MB: not read")
                chunks.append(chunk)
            return b"".join(chunks)
    except urllib.error.HTTPError as exc:
        raise ModelReaderError(f"the model server at {settings.url} answered HTTP {exc.code}") from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise ModelReaderError(f"the model server at {settings.url} could not be reached: {reason}") from None


def _answer_incidents(raw: bytes) -> list[Any]:
    """The incident list inside an OpenAI-style chat answer (the content may be fenced JSON)."""
    try:
        content = json.loads(raw)["choices"][0]["message"]["content"]
    except (ValueError, KeyError, IndexError, TypeError):
        raise ModelReaderError("the model server's answer is not an OpenAI-style chat completion") from None
    if not isinstance(content, str):
        raise ModelReaderError("the model's answer has no text content")
    text = content.strip()
    if text.startswith("```"):
        text = text.strip("`").removeprefix("json").strip()
    try:
        parsed = json.loads(text)
    except ValueError:
        raise ModelReaderError("the model did not answer with JSON (ask a model that follows instructions)") from None
    incidents = parsed.get("incidents") if isinstance(parsed, dict) else parsed
    if not isinstance(incidents, list):
        raise ModelReaderError('the model\'s JSON has no "incidents" list')
    return incidents[:MAX_INCIDENTS]


def _text(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    cleaned = _SPACES.sub(" ", value).strip()
    return cleaned[:MAX_FIELD_CHARS] or None


def _count(value: object) -> int | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value:
        return None
    return int(value) if 0 <= value <= 100_000 else None


def _date(value: object) -> str | None:
    try:
        return dt.date.fromisoformat(value).isoformat() if isinstance(value, str) else None
    except ValueError:
        return None


def read_with_model(
    text: str,
    profile: Profile,
    settings: ModelSettings,
    *,
    published: object = None,
    outlet: str | None = None,
    url: str | None = None,
    gazetteer: Any = None,
) -> ExtractionResult:
    """Ask the user's model for the report's incidents and keep only what checks out.

    Raises :class:`ModelReaderError` when the server cannot be reached or answers nonsense."""
    doc = read_document(text, published, outlet, url)
    if not doc.body.strip():
        return ExtractionResult(
            [], [], ["The text is empty: paste or upload a report."], doc.published, conflict=profile.id
        )
    if gazetteer is None:
        from mapdata.geo.gazetteer import Gazetteer

        gazetteer = Gazetteer.for_profile(profile)
    payload = {
        "model": settings.model,
        "temperature": 0,
        "response_format": {"type": "json_object"},
        "messages": [
            {"role": "system", "content": _instructions(profile)},
            {"role": "user", "content": (f"Published: {doc.published}\n\n" if doc.published else "") + doc.body},
        ],
    }
    body = _SPACES.sub(" ", doc.body)
    warnings = list(doc.warnings)
    proposals: list[Proposal] = []
    for n, item in enumerate(_answer_incidents(_post(settings, payload)), start=1):
        if not isinstance(item, dict):
            warnings.append(f"The model's incident {n} is not an object: left out.")
            continue
        evidence = [s for s in (_text(e) for e in (item.get("evidence") or [])[:5] if isinstance(e, str)) if s]
        if not evidence or not all(sentence in body for sentence in evidence):
            warnings.append(f"The model's incident {n} quotes no sentence of the report word for word: left out.")
            continue
        side, accused = item.get("reporting_side"), item.get("accused_side")
        if side not in profile.reporting_sides or accused not in profile.accused_sides:
            warnings.append(
                f"The model's incident {n} names sides {str(side)[:40]!r} / {str(accused)[:40]!r}, not this "
                f"conflict's ({', '.join(profile.reporting_sides)}): left out."
            )
            continue
        place_name = _text(item.get("place"))
        found = (
            resolve_name(gazetteer, place_name, countries=profile.countries or profile.focus_countries)
            if place_name
            else None
        )
        place = found.place if found is not None else None
        kind = item.get("event_type")
        proposals.append(
            Proposal(
                date=_date(item.get("date")),
                date_precision="day",
                place=place_name,
                latitude=place.latitude if place else None,
                longitude=place.longitude if place else None,
                geo_precision=place.precision if place else None,
                admin1=place.admin1 if place else None,
                country=place.country if place else None,
                claimant=_text(item.get("claimant")) or (doc.outlet or "unknown"),
                reporting_side=str(side),
                accused_side=str(accused),
                event_type=kind if kind in EVENT_TYPES else event_type_of(" ".join(evidence)),
                weapons=[],
                killed=_count(item.get("killed")),
                wounded=_count(item.get("wounded")),
                summary=summary_of(evidence[0]),
                source=doc.outlet,
                source_url=doc.url,
                published=doc.published.isoformat() if doc.published else None,
                evidence={"claim": evidence},
                resolved=place is not None,
                place_candidates=[place_dict(place)] if place else [],
                conflict=profile.id,
            )
        )
    for proposal in proposals:
        if proposal.date is None:
            warnings.append(f"No date could be read for the claim by {proposal.claimant}: enter it before saving.")
        if proposal.place is not None and not proposal.resolved:
            warnings.append(f"The place {proposal.place!r} is not in the gazetteer: pick a candidate or click the map.")
    return ExtractionResult(
        proposals,
        [],
        list(dict.fromkeys(warnings)),
        doc.published,
        doc.outlet,
        doc.url,
        profile.id,
        f"read by the language model {settings.model} at {settings.url}",
    )
