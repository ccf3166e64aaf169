"""What the web benchmarks' open-loop load generators share: one HTTP/1.1 exchange on a raw
keep-alive connection (httpx cost the client about as much CPU as the server), and a settled
collector before the measured window."""

from __future__ import annotations

import asyncio
import gc


async def exchange(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, request: bytes
) -> int:
    """Send `request`, read the whole answer (its Content-Length), return its status."""
    writer.write(request)
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    length = next(
        int(line.split(b":", 1)[1])
        for line in head.split(b"\r\n")
        if line.lower().startswith(b"content-length:")
    )
    await reader.readexactly(length)
    return status


def settle() -> None:
    """The generator's own collector must not pause it inside the window: a full pass over the
    generated data would count as the server's latency."""
    gc.collect()
    gc.freeze()
