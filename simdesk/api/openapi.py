"""The OpenAPI 3.1 document of an :class:`~simdesk.api.core.Api`, built from its route
registry and the pydantic models of ``schemas`` (so it cannot drift from the routes; that
the routes answer what it says is tests/test_api_documented.py's job)."""

from __future__ import annotations

import re
from typing import Any

import pydantic

from simdesk import __version__
from simdesk.api.core import PUBLIC, Api, RouteSpec
from simdesk.api.schemas import ErrorOut

REF = "#/components/schemas/{model}"


class _Collector:
    def __init__(self) -> None:
        self.schemas: dict[str, Any] = {}

    def model(self, model: type[pydantic.BaseModel]) -> dict[str, Any]:
        name = model.__name__
        if name not in self.schemas:
            schema = model.model_json_schema(ref_template=REF, mode="serialization"
                                             if _is_output(model) else "validation")
            for sub_name, sub in schema.pop("$defs", {}).items():
                self.schemas.setdefault(sub_name, sub)
            self.schemas[name] = schema
        return {"$ref": REF.format(model=name)}

    def convert(self, spec: Any) -> Any:
        """A schema written as plain dicts and lists, with pydantic models anywhere inside
        replaced by references to their component schemas."""
        if isinstance(spec, type) and issubclass(spec, pydantic.BaseModel):
            return self.model(spec)
        if isinstance(spec, dict):
            return {k: self.convert(v) for k, v in spec.items()}
        if isinstance(spec, list | tuple):
            return [self.convert(v) for v in spec]
        return spec


def _is_output(model: type[pydantic.BaseModel]) -> bool:
    return model.__name__.endswith("Out")


def _operation_id(spec: RouteSpec) -> str:
    words = re.sub(r"[^A-Za-z0-9]+", "_", spec.openapi_path).strip("_")
    return f"{spec.method.lower()}_{words or 'root'}"


def build_document(api: Api) -> dict[str, Any]:
    collect = _Collector()
    error = collect.model(ErrorOut)
    paths: dict[str, dict[str, Any]] = {}
    for spec in api.routes:
        op: dict[str, Any] = {
            "summary": spec.summary,
            "operationId": _operation_id(spec),
            "tags": [spec.tag],
        }
        params: list[dict[str, Any]] = [
            {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}
            for name in re.findall(r"<(\w+)", spec.path)
        ]
        params += [
            {"name": q.name, "in": "query", "required": q.required, "schema": q.schema,
             **({"description": q.description} if q.description else {})}
            for q in spec.query
        ]
        if params:
            op["parameters"] = params
        if spec.body is not None:
            op["requestBody"] = {
                "required": not spec.body_optional,
                "content": {"application/json": {"schema": collect.model(spec.body)}},
            }
        ok: dict[str, Any] = {"description": "success"}
        if spec.response is not None:
            ok["content"] = {"application/json": {"schema": collect.convert(spec.response)}}
        elif spec.status != 204:
            ok["content"] = {"application/json": {"schema": {}}}
        responses: dict[str, Any] = {str(spec.status): ok}
        for code, described in spec.responses.items():
            if str(code) in responses:
                continue
            text, schema = described if isinstance(described, tuple) else (described, None)
            if schema is None:
                schema = error if code >= 400 else (spec.response or {})
            responses[str(code)] = {
                "description": text,
                "content": {"application/json": {"schema": collect.convert(schema)}},
            }
        responses["default"] = {"description": "an error: {error: {code, message, details}}",
                                "content": {"application/json": {"schema": error}}}
        op["responses"] = responses
        op["security"] = [] if spec.role == PUBLIC else [{"bearer": []}]
        if spec.role != PUBLIC:
            op["description"] = (f"Needs the {spec.role} role (a bearer token, or the trusted "
                                 "web app on this computer).")
        paths.setdefault(spec.openapi_path, {})[spec.method.lower()] = op
    return {
        "openapi": "3.1.0",
        "info": {"title": api.title, "version": __version__, "description": api.description},
        "paths": paths,
        "components": {
            "schemas": collect.schemas,
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        },
        "security": [{"bearer": []}],
    }
