"""Types of the providers API area, generated from the OpenAPI spec.

Do not edit: run ``python tools/gen_types.py`` to regenerate.
"""

from __future__ import annotations

from ._base import Model

__all__ = (
    "ListProvidersResponse",
    "ListProvidersResponseData",
)


class ListProvidersResponse(Model):
    """Response of ``GET /providers``."""

    data: list[ListProvidersResponseData]


class ListProvidersResponseData(Model):
    """The ``ListProvidersResponse.data`` object."""

    # Display name of the provider
    name: str
    # URL-friendly identifier for the provider
    slug: str
    # ISO 3166-1 Alpha-2 country codes of the provider datacenter locations
    # One of: AD, AE, AF, AG, AI, AL, AM, AO, AQ, AR, AS, AT, AU, AW, AX, AZ, ... (233 more).
    datacenters: list[str] | None = None
    # ISO 3166-1 Alpha-2 country code of the provider headquarters
    # One of: AD, AE, AF, AG, AI, AL, AM, AO, AQ, AR, AS, AT, AU, AW, AX, AZ, ... (233 more).
    headquarters: str | None = None
    # URL to the provider's privacy policy
    privacy_policy_url: str | None = None
    # URL to the provider's status page
    status_page_url: str | None = None
    # URL to the provider's terms of service
    terms_of_service_url: str | None = None
