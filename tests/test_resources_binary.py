"""Binary downloads, multipart uploads, and the small JSON resources around them.

tts, files, stt, video_generation, presets, rerank and the image model listings over aioresponses;
the multipart uploads against a tiny aiohttp server that parses what it received.
"""

from __future__ import annotations

import asyncio
import io
import mimetypes
import re
import threading
from collections.abc import AsyncIterator, Iterator
from concurrent.futures import Future
from pathlib import Path
from typing import Any

import msgspec
import pytest
from aiohttp import BodyPartReader, web
from aioresponses import CallbackResult, aioresponses
from yarl import URL

from openrouter_lite import OpenRouter, _transport
from openrouter_lite.resources.files import file_part, files_advance
from openrouter_lite.types.files import FileListResponse

BASE = "https://openrouter.test/api/v1"
KEY = "sk-or-v1-test"
BIG = bytes(range(256)) * 6144  # 1.5 MiB: several 256 KiB chunks when saved to a file
VERSION = {
    "config": {"model": "openai/gpt-4o"},
    "created_at": "2025-01-01T00:00:00Z",
    "creator_id": "user_1",
    "id": "ver_1",
    "preset_id": "pre_1",
    "updated_at": "2025-01-01T00:00:00Z",
    "version": 2,
}
PRESET = {
    "created_at": "2025-01-01T00:00:00Z",
    "id": "pre_1",
    "name": "My preset",
    "slug": "my-preset",
    "status": "active",
    "updated_at": "2025-01-01T00:00:00Z",
}
FILE = {"_shape": "openrouter", "id": "file_1", "filename": "notes.txt", "type": "file"}


@pytest.fixture
async def client() -> AsyncIterator[OpenRouter]:
    async with OpenRouter(api_key=KEY, server_url=BASE) as c:
        yield c


@pytest.fixture
def mocked() -> Iterator[aioresponses]:
    with aioresponses() as m:
        yield m


def sent(m: aioresponses, method: str, url: str) -> list[Any]:
    return list(m.requests.get((method, URL(url)), []))


def sent_json(m: aioresponses, method: str, url: str) -> Any:
    return msgspec.json.decode(sent(m, method, url)[-1].kwargs["data"])


@pytest.fixture
def writes(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The size of every write a download makes into its destination file."""
    sizes: list[int] = []
    real_open = open

    class Spy:
        def __init__(self, path: Any, mode: str) -> None:
            self.file = real_open(path, mode)

        def __enter__(self) -> Spy:
            return self

        def __exit__(self, *exc: object) -> None:
            self.file.close()

        def write(self, data: bytes) -> int:
            sizes.append(len(data))
            return self.file.write(data)

    monkeypatch.setattr(_transport, "open", Spy, raising=False)
    return sizes


# -- binary downloads -------------------------------------------------------------------------


async def test_tts_bytes_and_destination(
    client: OpenRouter, mocked: aioresponses, tmp_path: Path, writes: list[int]
) -> None:
    url = f"{BASE}/audio/speech"
    mocked.post(url, body=BIG, content_type="audio/mpeg", repeat=True)
    audio = await client.tts.create_speech_async(
        input="Hello", model="openai/gpt-4o-mini-tts", voice="alloy", response_format="mp3"
    )
    assert audio == BIG
    assert sent_json(mocked, "POST", url) == {
        "input": "Hello",
        "model": "openai/gpt-4o-mini-tts",
        "response_format": "mp3",
        "voice": "alloy",
    }
    target = tmp_path / "speech.mp3"
    size = await client.tts.create_speech_async(input="Hello", model="m", destination=target)
    assert size == len(BIG) and target.read_bytes() == BIG
    assert len(writes) >= 4 and max(writes) <= 256 * 1024 and sum(writes) == len(BIG)


async def test_tts_sends_the_sdks_newer_fields(client: OpenRouter, mocked: aioresponses) -> None:
    url = f"{BASE}/audio/speech"
    mocked.post(url, body=b"ID3", content_type="audio/mpeg")
    newer = {
        "instructions": "Speak slowly",
        "session_id": "s1",
        "trace": {"trace_id": "t1"},
        "user": "u1",
    }
    await client.tts.create_speech_async(input="Hi", model="m", voice="alloy", **newer)
    assert sent_json(mocked, "POST", url) == {
        "input": "Hi",
        "model": "m",
        "voice": "alloy",
        **newer,
    }


async def test_presets_send_the_sdks_newer_fields(client: OpenRouter, mocked: aioresponses) -> None:
    deferred = {"profile": "portable", "protocol": "v1"}
    created = {"data": {**PRESET, "designated_version": VERSION}}
    mocked.post(f"{BASE}/presets/p/messages", payload=created)
    mocked.post(f"{BASE}/presets/p/responses", payload=created)
    safeguards = [{"type": "x"}]
    await client.presets.create_presets_messages_async(
        slug="p",
        messages=[],
        model="m",
        max_tokens=1,
        deferred_tools=deferred,
        safeguards=safeguards,
    )
    await client.presets.create_presets_responses_async(
        slug="p", input="Hi", model="m", stop="END", deferred_tools=deferred
    )
    messages = sent_json(mocked, "POST", f"{BASE}/presets/p/messages")
    assert (messages["deferred_tools"], messages["safeguards"]) == (deferred, safeguards)
    responses = sent_json(mocked, "POST", f"{BASE}/presets/p/responses")
    assert (responses["deferred_tools"], responses["stop"]) == (deferred, "END")


def test_files_download_sync(mocked: aioresponses, tmp_path: Path, writes: list[int]) -> None:
    url = f"{BASE}/files/file%2F1/content"
    mocked.get(url, body=BIG, content_type="application/octet-stream", repeat=True)
    with OpenRouter(api_key=KEY, server_url=BASE) as c:
        assert c.files.download(file_id="file/1") == BIG  # the id is escaped into one segment
        target = tmp_path / "download.bin"
        assert c.files.download(file_id="file/1", destination=str(target)) == len(BIG)
    assert target.read_bytes() == BIG and len(writes) >= 4


async def test_files_download_query(client: OpenRouter, mocked: aioresponses) -> None:
    mocked.get(f"{BASE}/files/f1/content?workspace_id=ws&provider=openai", body=b"abc")
    data = await client.files.download_async(file_id="f1", workspace_id="ws", provider="openai")
    assert data == b"abc"


async def test_video_generation(client: OpenRouter, mocked: aioresponses, tmp_path: Path) -> None:
    job = {"id": "job_1", "polling_url": f"{BASE}/videos/job_1", "status": "pending"}
    mocked.post(f"{BASE}/videos", status=202, payload=job)
    started = await client.video_generation.generate_async(
        model="google/veo-3", prompt="a red panda", duration=4
    )
    assert started.id == "job_1" and started.status == "pending"
    assert sent_json(mocked, "POST", f"{BASE}/videos") == {
        "duration": 4,
        "model": "google/veo-3",
        "prompt": "a red panda",
    }
    done = {**job, "status": "completed", "unsigned_urls": ["https://cdn.example/v.mp4"]}
    mocked.get(f"{BASE}/videos/job_1", payload=done)
    polled = await client.video_generation.get_generation_async(job_id="job_1")
    assert polled.status == "completed" and polled.unsigned_urls == ["https://cdn.example/v.mp4"]
    mocked.get(f"{BASE}/videos/job_1/content", body=b"\x00\x00\x00\x18ftypmp42")
    video = await client.video_generation.get_video_content_async(job_id="job_1")
    assert video.startswith(b"\x00\x00\x00\x18ftyp")
    mocked.get(f"{BASE}/videos/job_1/content?index=1", body=BIG)
    target = tmp_path / "v.mp4"
    n = await client.video_generation.get_video_content_async(
        job_id="job_1", index=1, destination=target
    )
    assert n == len(BIG) and target.read_bytes() == BIG
    model = {
        "allowed_passthrough_parameters": [],
        "canonical_slug": "google/veo-3-20250101",
        "created": 1,
        "id": "google/veo-3",
        "name": "Veo 3",
        "supported_durations": [4, 8],
    }
    mocked.get(f"{BASE}/videos/models", payload={"data": [model]})
    models = await client.video_generation.list_videos_models_async()
    assert models.data[0].supported_durations == [4, 8]


# -- multipart uploads, parsed by a real server -------------------------------------------------


class FormServer:
    """Records each request's query and multipart parts: (name, filename, content type, data)."""

    def __init__(self) -> None:
        self.parts: list[tuple[str, str | None, str | None, bytes]] = []
        self.query: dict[str, str] = {}
        self.url = ""

    async def handle(self, request: web.Request) -> web.Response:
        self.query = dict(request.query)
        self.parts = []
        reader = await request.multipart()
        while (part := await reader.next()) is not None:
            assert isinstance(part, BodyPartReader)
            ctype = part.headers.get("Content-Type")
            self.parts.append((part.name or "", part.filename, ctype, await part.read()))
        if request.path.endswith("/files"):
            return web.json_response(FILE)
        return web.json_response({"text": "hello world", "usage": {"seconds": 1.5}})

    def fields(self) -> list[tuple[str, str]]:
        return [(name, data.decode()) for name, filename, _, data in self.parts if not filename]


@pytest.fixture
def form_server() -> Iterator[FormServer]:
    """A FormServer on its own event loop in a thread: usable from sync and async tests."""
    srv = FormServer()
    ready: Future[tuple[asyncio.AbstractEventLoop, asyncio.Event]] = Future()

    async def serve() -> None:
        app = web.Application()
        app.router.add_post("/api/v1/files", srv.handle)
        app.router.add_post("/api/v1/audio/transcriptions", srv.handle)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", 0).start()
        srv.url = f"http://127.0.0.1:{runner.addresses[0][1]}/api/v1"
        stop = asyncio.Event()
        ready.set_result((asyncio.get_running_loop(), stop))
        await stop.wait()
        await runner.cleanup()

    thread = threading.Thread(target=asyncio.run, args=(serve(),), daemon=True)
    thread.start()
    loop, stop = ready.result(timeout=10)
    yield srv
    loop.call_soon_threadsafe(stop.set)
    thread.join(10)


async def test_files_upload_multipart(form_server: FormServer, tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(b"some notes")
    async with OpenRouter(api_key=KEY, server_url=form_server.url) as c:
        uploaded = await c.files.upload_async(file=path, workspace_id="ws_1")
        assert uploaded.id == "file_1" and uploaded.shape == "openrouter"
        assert form_server.parts == [("file", "notes.txt", "text/plain", b"some notes")]
        assert form_server.query == {"workspace_id": "ws_1"}
        # bytes with a name and type; a binary file object; the official SDK's dict
        await c.files.upload_async(file=b"%PDF-1.7", filename="a.pdf", provider="openai")
        assert form_server.parts == [("file", "a.pdf", "application/pdf", b"%PDF-1.7")]
        assert form_server.query == {"provider": "openai"}
        with path.open("rb") as f:
            await c.files.upload_async(file=f, content_type="text/markdown")
        assert form_server.parts == [("file", "notes.txt", "text/markdown", b"some notes")]
        sdk_file = {"file_name": "data.jsonl", "content": io.BytesIO(b'{"a":1}\n')}
        await c.files.upload_async(file=sdk_file)
        assert form_server.parts[0][:2] == ("file", "data.jsonl")
        assert form_server.parts[0][3] == b'{"a":1}\n'


def test_stt_multipart_sync(form_server: FormServer) -> None:
    with OpenRouter(api_key=KEY, server_url=form_server.url) as c:
        result = c.stt.create_transcription_multipart(
            model="openai/whisper-large-v3",
            file=b"RIFF....WAVEfmt ",
            filename="clip.wav",
            language="en",
            diarize=True,
            temperature=0.2,
            keyterms=["OpenRouter", "msgspec"],
            timestamp_granularities=["word", "segment"],
            response_format="verbose_json",
            extra_body={"prompt": "names"},
        )
    assert result.text == "hello world" and result.usage is not None
    (file,) = [p for p in form_server.parts if p[1]]
    assert file == ("file", "clip.wav", mimetypes.guess_type("clip.wav")[0], b"RIFF....WAVEfmt ")
    assert form_server.fields() == [
        ("model", "openai/whisper-large-v3"),
        ("diarize", "true"),
        ("language", "en"),
        ("response_format", "verbose_json"),
        ("temperature", "0.2"),
        ("keyterms[]", "OpenRouter"),
        ("keyterms[]", "msgspec"),
        ("timestamp_granularities[]", "word"),
        ("timestamp_granularities[]", "segment"),
        ("prompt", "names"),
    ]


async def test_file_part_shapes(tmp_path: Path) -> None:
    assert await file_part(b"x") == ("file", b"x", "application/octet-stream")
    with pytest.raises(TypeError, match="binary mode"):
        await file_part(io.StringIO("text"))  # type: ignore[arg-type]
    sdk = {"file_name": "a.mp3", "content": b"ID3", "content_type": "audio/mpeg"}
    assert await file_part(sdk) == ("a.mp3", b"ID3", "audio/mpeg")


# -- JSON resources -----------------------------------------------------------------------------


async def test_stt_json(client: OpenRouter, mocked: aioresponses) -> None:
    url = f"{BASE}/audio/transcriptions"
    mocked.post(url, payload={"text": "hi", "language": "en"})
    result = await client.stt.create_transcription_async(
        input_audio={"data": "UklGRiQA", "format": "wav"}, model="openai/whisper-1", language="en"
    )
    assert result.text == "hi"
    assert sent_json(mocked, "POST", url) == {
        "input_audio": {"data": "UklGRiQA", "format": "wav"},
        "language": "en",
        "model": "openai/whisper-1",
    }


def _files_page(url: URL, **kwargs: Any) -> CallbackResult:
    cursor = url.query.get("cursor")
    assert url.query.get("limit") == "2"
    if cursor is None:
        page = {"data": [{**FILE, "id": "f1"}, {**FILE, "id": "f2"}], "cursor": "c2"}
        return CallbackResult(payload={"_shape": "openrouter", "has_more": True, **page})
    assert cursor == "c2"
    page = {"data": [{**FILE, "id": "f3"}], "cursor": None, "has_more": False}
    return CallbackResult(payload={"_shape": "openrouter", **page})


async def test_files_list_cursor_pages(client: OpenRouter, mocked: aioresponses) -> None:
    mocked.get(re.compile(r".*/files\?.*"), callback=_files_page, repeat=True)
    first = await client.files.list_async(limit=2)
    assert [f.id for f in first.data or []] == ["f1", "f2"]
    second = await first.next_async()
    assert second is not None and [f.id for f in second.data or []] == ["f3"]
    assert await second.next_async() is None
    assert [f.id async for f in first.aiter_all()] == ["f1", "f2", "f3"]


def test_files_advance_shapes() -> None:
    def page(**fields: Any) -> FileListResponse:
        return msgspec.convert({"data": [], **fields}, FileListResponse)

    q = {"limit": 10}
    assert files_advance(page(_shape="openrouter", has_more=True, cursor="c"), q) == {
        "limit": 10,
        "cursor": "c",
    }
    assert files_advance(page(_shape="openai", has_more=True, last_id="f9"), q) == {
        "limit": 10,
        "after": "f9",
    }
    assert files_advance(page(_shape="anthropic", has_more=True, last_id="f9"), q) == {
        "limit": 10,
        "after_id": "f9",
    }
    assert files_advance(page(_shape="openai", has_more=False, last_id="f9"), q) is None


async def test_files_retrieve_and_delete(client: OpenRouter, mocked: aioresponses) -> None:
    mocked.get(f"{BASE}/files/file_1", payload={**FILE, "size_bytes": 10})
    got = await client.files.retrieve_async(file_id="file_1")
    assert got.filename == "notes.txt" and got.size_bytes == 10
    deleted = {"_shape": "openai", "id": "file_1", "object": "file", "deleted": True}
    mocked.delete(f"{BASE}/files/file_1?provider=openai", payload=deleted)
    gone = await client.files.delete_async(file_id="file_1", provider="openai")
    assert gone.deleted is True and gone.shape == "openai"


async def test_presets(client: OpenRouter, mocked: aioresponses) -> None:
    mocked.get(f"{BASE}/presets?limit=1", payload={"data": [PRESET], "total_count": 2})
    second = {**PRESET, "id": "pre_2", "slug": "other"}
    mocked.get(f"{BASE}/presets?limit=1&offset=1", payload={"data": [second], "total_count": 2})
    page = await client.presets.list_async(limit=1)
    assert [p.slug async for p in page.aiter_all()] == ["my-preset", "other"]

    with_version = {**PRESET, "designated_version": VERSION}
    mocked.get(f"{BASE}/presets/my-preset", payload={"data": with_version})
    got = await client.presets.get_async(slug="my-preset")
    assert got.data.designated_version is not None and got.data.designated_version.version == 2

    created = {"data": with_version}
    messages = [{"role": "user", "content": "Hi"}]
    for kind in ("chat/completions", "messages", "responses"):
        mocked.post(f"{BASE}/presets/my%20preset/{kind}", payload=created)
    r1 = await client.presets.create_presets_chat_completions_async(
        slug="my preset", messages=messages, model="openai/gpt-4o", temperature=0.2
    )
    r2 = await client.presets.create_presets_messages_async(
        slug="my preset", messages=messages, model="anthropic/claude-sonnet-4", max_tokens=100
    )
    r3 = await client.presets.create_presets_responses_async(
        slug="my preset", input="Hi", model="openai/gpt-4o", stream=False
    )
    assert r1.data.slug == r2.data.slug == r3.data.slug == "my-preset"
    assert sent_json(mocked, "POST", f"{BASE}/presets/my%20preset/chat/completions") == {
        "messages": messages,
        "model": "openai/gpt-4o",
        "temperature": 0.2,
    }
    assert sent_json(mocked, "POST", f"{BASE}/presets/my%20preset/messages")["max_tokens"] == 100
    assert sent_json(mocked, "POST", f"{BASE}/presets/my%20preset/responses") == {
        "input": "Hi",
        "model": "openai/gpt-4o",
        "stream": False,
    }

    mocked.get(f"{BASE}/presets/my-preset/versions", payload={"data": [VERSION], "total_count": 1})
    versions = await client.presets.list_versions_async(slug="my-preset")
    assert versions.data[0] is not None and versions.data[0].id == "ver_1"
    assert await versions.next_async() is None
    mocked.get(f"{BASE}/presets/my-preset/versions/2", payload={"data": VERSION})
    version = await client.presets.get_version_async(slug="my-preset", version=2)
    assert version.data is not None and version.data.config == {"model": "openai/gpt-4o"}


async def test_rerank(client: OpenRouter, mocked: aioresponses) -> None:
    url = f"{BASE}/rerank"
    result = {
        "model": "cohere/rerank-v3.5",
        "results": [{"document": {"text": "Paris"}, "index": 1, "relevance_score": 0.98}],
        "usage": {"search_units": 1},
    }
    mocked.post(url, payload=result)
    ranked = await client.rerank.rerank_async(
        model="cohere/rerank-v3.5",
        query="capital of France?",
        documents=["Berlin", {"text": "Paris"}],
        top_n=1,
    )
    assert ranked.results[0].index == 1 and ranked.results[0].document.text == "Paris"
    assert sent_json(mocked, "POST", url) == {
        "documents": ["Berlin", {"text": "Paris"}],
        "model": "cohere/rerank-v3.5",
        "query": "capital of France?",
        "top_n": 1,
    }


async def test_image_models(client: OpenRouter, mocked: aioresponses) -> None:
    enum = {"type": "enum", "values": ["low", "high"]}
    model = {
        "architecture": {"input_modalities": ["text"], "output_modalities": ["image"]},
        "created": 1,
        "description": "An image model",
        "endpoints": "/api/v1/images/models/acme/painter/endpoints",
        "id": "acme/painter",
        "name": "Painter",
        "supported_parameters": {"quality": enum},
        "supports_streaming": True,
    }
    mocked.get(f"{BASE}/images/models", payload={"data": [model]})
    models = await client.images.list_models_async()
    assert models.data[0].supported_parameters["quality"].values == ["low", "high"]
    endpoint = {
        "allowed_passthrough_parameters": [],
        "pricing": [{"billable": "output_image", "cost_usd": 0.04, "unit": "image"}],
        "provider_name": "Acme",
        "provider_slug": "acme",
        "supported_parameters": {},
        "supports_streaming": False,
    }
    mocked.get(
        f"{BASE}/images/models/acme/painter%3Av2/endpoints",
        payload={"endpoints": [endpoint], "id": "acme/painter:v2"},
    )
    endpoints = await client.images.list_model_endpoints_async(author="acme", slug="painter:v2")
    assert endpoints.endpoints[0].pricing[0].cost_usd == 0.04
