"""Holds each Bot API call against the copied spec subset in botapi_methods.json."""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping
from pathlib import Path
from typing import Any

SPEC_PATH = Path(__file__).with_name("botapi_methods.json")
_SPEC = json.loads(SPEC_PATH.read_text(encoding="utf-8"))

SOURCE: dict[str, str] = _SPEC["_source"]
METHODS: dict[str, dict[str, Any]] = _SPEC["methods"]
# Telegram matches method names case-insensitively, so /bot<token>/SENDMESSAGE works too.
_BY_LOWER = {name.lower(): name for name in METHODS}

_SCALARS = {"String", "Integer", "Float", "Boolean", "InputFile"}
_TRUE = {"true", "1", "yes"}
_FALSE = {"false", "0", "no"}

# Telegram's wording for a few well-known missing parameters differs from the generic one.
_MISSING_WORDING = {
    "chat_id": "Bad Request: chat_id is empty",
    "text": "Bad Request: message text is empty",
}

ErrorTuple = tuple[int, str]


def canonical_method(method: str) -> str | None:
    """Return the spec's spelling of a method name, or None when it is outside the subset."""
    return _BY_LOWER.get(method.lower())


def fields_of(method: str) -> dict[str, dict[str, Any]]:
    """Return the named fields of a spec method."""
    return {field["name"]: field for field in METHODS[method]["fields"]}


def _is_json_type(type_name: str) -> bool:
    return type_name.startswith("Array of") or type_name not in _SCALARS


def _type_error(name: str, types: list[str], value: Any) -> str | None:
    """Say why a value fits none of a field's types, or None when one fits."""
    if not isinstance(value, str):
        # A JSON body already carries typed values.
        if isinstance(value, bool):
            return None if "Boolean" in types else f'Bad Request: field "{name}" must be of type {types[0]}'
        if isinstance(value, int):
            fits = {"Integer", "Float"} & set(types)
            return None if fits else f'Bad Request: field "{name}" must be of type {types[0]}'
        if isinstance(value, float):
            return None if "Float" in types else f'Bad Request: field "{name}" must be of type {types[0]}'
        if isinstance(value, (dict, list)):
            if any(_is_json_type(t) for t in types):
                return None
            return f'Bad Request: field "{name}" must be of type {types[0]}'
        return None
    if "String" in types or "InputFile" in types:
        return None
    for type_name in types:
        if type_name == "Integer":
            try:
                int(value)
                return None
            except ValueError:
                continue
        if type_name == "Float":
            try:
                float(value)
                return None
            except ValueError:
                continue
        if type_name == "Boolean" and value.lower() in _TRUE | _FALSE:
            return None
        if _is_json_type(type_name):
            try:
                json.loads(value)
                return None
            except ValueError:
                return f"Bad Request: can't parse {name} JSON object"
    return f'Bad Request: field "{name}" must be of type {" or ".join(types)}'


def check_call(method: str, params: Mapping[str, Any], files: Collection[str] = ()) -> ErrorTuple | None:
    """Return Telegram's (status, description) for a call the spec rejects, or None when it conforms."""
    name = canonical_method(method)
    if name is None:
        return 404, "Not Found"
    for field in METHODS[name]["fields"]:
        field_name = field["name"]
        value = params.get(field_name)
        present = (value is not None and value != "") or field_name in files
        if not present:
            if field["required"]:
                wording = _MISSING_WORDING.get(field_name)
                return 400, wording or f'Bad Request: parameter "{field_name}" is required'
            continue
        if value is None:
            continue
        error = _type_error(field_name, field["types"], value)
        if error:
            return 400, error
    return None


def decode_params(method: str, params: Mapping[str, Any]) -> dict[str, Any]:
    """Turn form-encoded strings into the Python values their spec types describe."""
    name = canonical_method(method)
    fields = fields_of(name) if name else {}
    decoded: dict[str, Any] = {}
    for key, value in params.items():
        field = fields.get(key)
        decoded[key] = _decode(value, field["types"]) if field and isinstance(value, str) else value
    return decoded


def _decode(value: str, types: list[str]) -> Any:
    for type_name in types:
        if type_name == "Integer":
            try:
                return int(value)
            except ValueError:
                continue
        if type_name == "Float":
            try:
                return float(value)
            except ValueError:
                continue
        if type_name == "Boolean" and value.lower() in _TRUE | _FALSE:
            return value.lower() in _TRUE
        if type_name not in ("String", "InputFile") and _is_json_type(type_name):
            try:
                return json.loads(value)
            except ValueError:
                continue
    return value
