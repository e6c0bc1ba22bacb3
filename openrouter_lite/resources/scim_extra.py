"""SCIM directory sync jobs (`POST /scim/sync-jobs`, `GET /scim/sync-jobs/{id}`, management
key): operations the upstream spec lacks, as a mixin of the `Scim` resource
(`class Scim(ScimSyncJobs, Resource)`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._sync import sync
from ..types.scim import CreateScimSyncJobResponse, GetScimSyncJobResponse
from ._base import CallArgs, Resource

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ("ScimSyncJobs",)


class ScimSyncJobs(Resource):
    """`scim.create_sync_job` and `scim.get_sync_job`."""

    __slots__ = ()

    async def create_sync_job_async(self, **args: Unpack[CallArgs]) -> CreateScimSyncJobResponse:
        """Start a directory sync (the API answers 202); poll `get_sync_job` with `.data.id`."""
        return await self._call("POST", "/scim/sync-jobs", CreateScimSyncJobResponse, args)

    async def get_sync_job_async(
        self, *, id: str, **args: Unpack[CallArgs]
    ) -> GetScimSyncJobResponse:
        """A directory sync's status (`queued`, `running`, `succeeded`, `failed`) and counts."""
        path = {"id": id}
        return await self._call(
            "GET", "/scim/sync-jobs/{id}", GetScimSyncJobResponse, args, path=path
        )

    create_sync_job = sync(create_sync_job_async)
    get_sync_job = sync(get_sync_job_async)
