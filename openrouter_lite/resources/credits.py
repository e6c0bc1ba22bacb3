"""Credits: `client.credits.*` (`GET /credits`; the retired `POST /credits/coinbase`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._sync import sync
from ..types._base import Model
from ._base import CallArgs
from ._generated.credits import CreditsOperations

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..operations import CreateCoinbaseChargeSecurity

__all__ = ("CoinbaseCharge", "CoinbaseChargeResponse", "Credits")


# The spec gives the retired Coinbase endpoint no response schema (it only ever answers 410), so
# there is no generated type: this is the shape it had while it worked.
class CoinbaseCharge(Model):
    id: str
    created_at: str | None = None
    expires_at: str | None = None
    web3_data: dict[str, Any] | None = None


class CoinbaseChargeResponse(Model):
    data: CoinbaseCharge


class Credits(CreditsOperations):
    __slots__ = ()

    async def create_coinbase_charge_async(
        self,
        *,
        security: CreateCoinbaseChargeSecurity,
        amount: float,
        sender: str,
        chain_id: int,
        **args: Unpack[CallArgs],
    ) -> CoinbaseChargeResponse:
        """Create a Coinbase crypto charge. Retired: the API answers 410 (`GoneResponseError`)."""
        body = {"amount": amount, "sender": sender, "chain_id": chain_id}
        return await self._call(
            "POST",
            "/credits/coinbase",
            CoinbaseChargeResponse,
            args,
            body=body,
            headers=security.headers(),
        )

    create_coinbase_charge = sync(create_coinbase_charge_async)
