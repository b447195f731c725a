"""The API fuzzed from its own OpenAPI document (schemathesis): no 5xx, responses as documented."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from webapp import create_app


@pytest.fixture(scope="module")
def fuzzed_app(knowledge_base, index_dir):
    # Rate limiting off: hundreds of generated requests come from one address.
    return create_app({"KB_INDEX_DIR": str(index_dir), "KB_RATE_LIMIT": ""}, knowledge_base=knowledge_base)


@pytest.fixture(scope="module")
def api_schema(fuzzed_app):
    return schemathesis.openapi.from_wsgi("/api/v1/openapi.json", fuzzed_app)


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_conforms_to_its_openapi_document(case):
    case.call_and_validate()
