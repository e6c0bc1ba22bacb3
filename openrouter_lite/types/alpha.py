"""Types of the alpha API area, generated from the OpenAPI spec.

Do not edit: run ``python tools/gen_types.py`` to regenerate.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypeAlias, TypedDict

from ._base import UNSET, Model, Request, UnsetType
from .common import ProviderPreferences, TraceConfig

__all__ = (
    "DecisionsRequest",
    "DecisionsRequestParams",
    "DecisionsBoxQuestion",
    "DecisionsChoiceQuestion",
    "DecisionsNoulQuestion",
    "DecisionsNoulQuestionCriteria",
    "DecisionsScoreQuestion",
    "DecisionsQuestion",
    "DecisionsResponse",
    "DecisionsBoxAnswer",
    "DecisionsBoxAnswerBox",
    "DecisionsChoiceAnswer",
    "DecisionsNoulAnswer",
    "DecisionsScoreAnswer",
    "DecisionsAnswer",
    "DecisionsUsage",
)


class DecisionsRequest(Request):
    """A state to evaluate and the typed questions to answer about it."""

    model: str | UnsetType = UNSET
    # The questions by name; the answers come back under the same names.
    questions: Mapping[str, DecisionsQuestion | Mapping[str, Any]] | UnsetType = UNSET
    # The content to evaluate.
    state: str | Sequence[Any] | Mapping[str, Any] | UnsetType = UNSET
    provider: ProviderPreferences | Mapping[str, Any] | None | UnsetType = UNSET
    # Groups related requests for observability; never sent to the provider.
    session_id: str | UnsetType = UNSET
    trace: TraceConfig | Mapping[str, Any] | UnsetType = UNSET
    user: str | UnsetType = UNSET


class DecisionsRequestParams(TypedDict, total=False):
    """The optional fields of ``DecisionsRequest``, as keyword arguments."""

    provider: ProviderPreferences | Mapping[str, Any] | None
    session_id: str
    trace: TraceConfig | Mapping[str, Any]
    user: str


class DecisionsBoxQuestion(Model):
    """Locate something; the answer is a bounding box.

    Request-only: encoded, never decoded.
    """

    # Always "box".
    type: str
    instructions: str | Sequence[Any] | Mapping[str, Any]


class DecisionsChoiceQuestion(Model):
    """Pick one of the named options.

    Request-only: encoded, never decoded.
    """

    # Always "choice".
    type: str
    instructions: str | Sequence[Any] | Mapping[str, Any]
    # The options by name, each with its guidance (or null).
    criteria: Mapping[str, str | Sequence[Any] | Mapping[str, Any] | None]


class DecisionsNoulQuestion(Model):
    """A yes/no question answered with a probability.

    Request-only: encoded, never decoded.
    """

    # Always "noul".
    type: str
    instructions: str | Sequence[Any] | Mapping[str, Any]
    criteria: DecisionsNoulQuestionCriteria | Mapping[str, Any] | None = None


class DecisionsNoulQuestionCriteria(Model):
    """The ``DecisionsNoulQuestion.criteria`` object.

    Request-only: encoded, never decoded.
    """

    true: str | Sequence[Any] | Mapping[str, Any]
    false: str | Sequence[Any] | Mapping[str, Any]


class DecisionsScoreQuestion(Model):
    """Score the state against ordered criteria.

    Request-only: encoded, never decoded.
    """

    # Always "score".
    type: str
    instructions: str | Sequence[Any] | Mapping[str, Any]
    criteria: Sequence[str | Sequence[Any] | Mapping[str, Any]]


class DecisionsResponse(Model):
    """The answers, by question name."""

    model: str
    answers: dict[str, DecisionsAnswer]
    usage: DecisionsUsage
    id: str | None = None
    provider: str | None = None


class DecisionsBoxAnswer(Model):
    # Always "box".
    type: str
    box: DecisionsBoxAnswerBox
    confidence: float | None = None


class DecisionsBoxAnswerBox(Model):
    """The ``DecisionsBoxAnswer.box`` object."""

    left: float
    top: float
    right: float
    bottom: float


class DecisionsChoiceAnswer(Model):
    # Always "choice".
    type: str
    choice: str
    confidence: float | None = None
    probabilities: dict[str, float] | None = None


class DecisionsNoulAnswer(Model):
    # Always "noul".
    type: str
    # The probability of "true".
    noul: float


class DecisionsScoreAnswer(Model):
    # Always "score".
    type: str
    score: float
    confidence: float | None = None
    probabilities: dict[str, float] | None = None
    legend: dict[str, str | list[Any] | dict[str, Any]] | None = None


class DecisionsAnswer(Model):
    """The answer to one question (its `type` is the question's).

    The union of DecisionsBoxAnswer, DecisionsChoiceAnswer, DecisionsNoulAnswer and
    DecisionsScoreAnswer, merged into one Struct: every field is optional and a field the
    variants type differently is ``Any``, so a new variant never breaks decoding.
    """

    # One of: box, choice, noul, score.
    type: str
    box: DecisionsBoxAnswerBox | None = None
    confidence: float | None = None
    choice: str | None = None
    probabilities: dict[str, float] | None = None
    # The probability of "true".
    noul: float | None = None
    score: float | None = None
    legend: dict[str, str | list[Any] | dict[str, Any]] | None = None


class DecisionsUsage(Model):
    input_tokens: int
    output_tokens: int
    cost: float | None = None


# One typed question.
DecisionsQuestion: TypeAlias = (
    DecisionsBoxQuestion | DecisionsChoiceQuestion | DecisionsNoulQuestion | DecisionsScoreQuestion
)
