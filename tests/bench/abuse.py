#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Hostile traffic against `hookdesk serve`, with real attendees arriving meanwhile.

Starts hookdesk serve on a temporary database and runs, all at once:
  - slow clients that hold half-sent requests (slowloris), reconnecting when cut off;
  - bodies of many MiB (declared and actually streamed);
  - oversized headers; random garbage; clients that reset right after sending;
  - framing Qt 6.4 reads differently (bare-LF chunked, 101 header fields, dot paths);
  - one well-behaved sender of valid attendees, timing each answer.
Prints RSS before/after, the refusals by status, and the valid senders' latency.
Exits 1 if the server died, a valid attendee was not stored, or memory grew
beyond --max-rss-growth-mib.

usage: abuse.py --hookdesk BUILD/hookdesk [--total 100000] [--slow 300] [--seconds 60]
"""
import argparse, asyncio, os, random, re, signal, socket, sqlite3, statistics, struct, subprocess, sys, tempfile, time


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


class Stats:
    def __init__(self):
        self.sent = 0
        self.statuses = {}
        self.resets = 0
        self.valid_latency = []
        self.valid_failed = 0

    def status(self, code):
        self.statuses[code] = self.statuses.get(code, 0) + 1


async def read_status(reader, timeout):
    line = await asyncio.wait_for(reader.readline(), timeout)
    m = re.match(rb"HTTP/1\.[01] (\d{3})", line)
    return int(m.group(1)) if m else 0


async def one_shot(port, payload, stats, timeout=20, reset=False):
    try:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
    except OSError:
        stats.status("connect-error")
        return
    stats.sent += 1
    try:
        writer.write(payload)
        if reset:
            sock = writer.get_extra_info("socket")
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            await asyncio.sleep(0)
            writer.transport.abort()
            stats.resets += 1
            return
        await writer.drain()
        stats.status(await read_status(reader, timeout))
    except (OSError, asyncio.TimeoutError, asyncio.IncompleteReadError):
        stats.status("closed")
    finally:
        writer.close()


async def big_body(port, path, stats, mib):
    """Declares and streams a multi-MiB body; the server must refuse it early."""
    try:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
    except OSError:
        stats.status("connect-error")
        return
    stats.sent += 1
    size = mib * 1024 * 1024
    try:
        writer.write(f"POST {path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     f"Content-Length: {size}\r\n\r\n".encode())
        chunk = b"x" * 65536
        for _ in range(size // len(chunk)):
            writer.write(chunk)
            await writer.drain()
        stats.status(await read_status(reader, 20))
    except (OSError, asyncio.TimeoutError, asyncio.IncompleteReadError):
        # The server answered 413 and closed while we were still sending.
        stats.status("413-or-closed")
    finally:
        writer.close()


async def slow_client(port, path, stats, deadline):
    """Holds a half-sent request, one byte every few seconds, reconnecting when cut."""
    head = (f"POST {path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            f"Content-Length: 100\r\nX-Slow: ").encode()
    while time.monotonic() < deadline:
        try:
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
        except OSError:
            await asyncio.sleep(0.5)
            continue
        stats.sent += 1
        try:
            writer.write(head)
            while time.monotonic() < deadline:
                await asyncio.sleep(3)
                writer.write(b"a")
                await writer.drain()
                if reader.at_eof():
                    break
            stats.status("slow-cut" if reader.at_eof() else "slow-held")
        except (OSError, asyncio.IncompleteReadError):
            stats.status("slow-cut")
        finally:
            writer.close()


async def valid_sender(port, path, stats, deadline, emails):
    n = 0
    while time.monotonic() < deadline:
        n += 1
        email = f"real{n}@example.in"
        body = (f'{{"name":"Real {n}","email":"{email}","phone":"+91 98765 {n:05d}",'
                f'"webinar":"Live","webinarId":"abuse-live","webinarLink":"https://example.com/r"}}').encode()
        t0 = time.monotonic()
        try:
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.write(f"POST {path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                         f"Content-Length: {len(body)}\r\n\r\n".encode() + body)
            await writer.drain()
            status = await read_status(reader, 30)
            writer.close()
        except (OSError, asyncio.TimeoutError):
            status = 0
        if status == 200:
            stats.valid_latency.append((time.monotonic() - t0) * 1000)
            emails.append(email)
        else:
            stats.valid_failed += 1
        await asyncio.sleep(0.01)


async def flood(port, path, stats, total, kinds):
    sem = asyncio.Semaphore(200)
    rnd = random.Random(7)

    async def one(i):
        async with sem:
            kind = kinds[i % len(kinds)]
            if kind == "garbage":
                await one_shot(port, rnd.randbytes(rnd.randint(1, 2048)) + b"\r\n\r\n", stats)
            elif kind == "headers":
                await one_shot(port, f"POST {path} HTTP/1.1\r\nX-Big: {'a' * 70000}\r\n\r\n".encode(), stats)
            elif kind == "reset":
                body = b'{"email":"reset@example.com","webinarId":"abuse-reset"}'
                await one_shot(port, f"POST {path} HTTP/1.1\r\nContent-Type: application/json\r\n"
                               f"Content-Length: {len(body)}\r\n\r\n".encode() + body, stats, reset=True)
            elif kind == "badjson":
                await one_shot(port, f"POST {path} HTTP/1.1\r\nContent-Type: application/json\r\n"
                               f"Content-Length: 9\r\n\r\n{{\"email\":".encode(), stats)
            elif kind == "unknown":
                await one_shot(port, b"POST /hooks/forged-token HTTP/1.1\r\nContent-Length: 0\r\n\r\n", stats)
            elif kind == "barelf":  # Qt 6.4 alone waited for a CRLF here forever
                await one_shot(port, f"POST {path} HTTP/1.1\nContent-Type: application/json\n"
                               f"Transfer-Encoding: chunked\n\n1\n{{\n0\n\n".encode(), stats)
            elif kind == "fields":  # past 100 fields Qt 6.4 lost Content-Length and buffered on
                fields = "".join(f"X-F{n}: v\r\n" for n in range(101))
                inner = "POST /x HTTP/1.1\r\nContent-Length: 999999999\r\n\r\n"
                await one_shot(port, f"POST {path} HTTP/1.1\r\n{fields}Content-Length: {len(inner)}\r\n\r\n"
                               f"{inner}".encode() + rnd.randbytes(4096), stats)
            elif kind == "dotpath":
                await one_shot(port, f"POST /x/..{path} HTTP/1.1\r\nContent-Length: 0\r\n\r\n".encode(), stats)

    await asyncio.gather(*(one(i) for i in range(total)))


async def main_async(args, port, path, pid):
    stats = Stats()
    emails = []
    deadline = time.monotonic() + args.seconds
    tasks = [asyncio.create_task(slow_client(port, path, stats, deadline)) for _ in range(args.slow)]
    tasks.append(asyncio.create_task(valid_sender(port, path, stats, deadline, emails)))
    tasks += [asyncio.create_task(big_body(port, path, stats, args.big_mib)) for _ in range(args.big)]
    kinds = ["garbage", "headers", "reset", "badjson", "unknown", "barelf", "fields", "dotpath"]
    t0 = time.monotonic()
    await flood(port, path, stats, args.total - args.big, kinds)
    flood_s = time.monotonic() - t0
    await asyncio.gather(*tasks)
    return stats, emails, flood_s


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--hookdesk", required=True)
    ap.add_argument("--total", type=int, default=100000)
    ap.add_argument("--slow", type=int, default=300)
    ap.add_argument("--big", type=int, default=20)
    ap.add_argument("--big-mib", type=int, default=32)
    ap.add_argument("--seconds", type=int, default=60)
    ap.add_argument("--max-rss-growth-mib", type=int, default=200)
    ap.add_argument("--settle", type=int, default=16, help="seconds to wait before the last RSS reading")
    args = ap.parse_args()

    tmp = tempfile.mkdtemp(prefix="hookdesk-abuse.")
    db = os.path.join(tmp, "abuse.sqlite")
    path = subprocess.check_output([args.hookdesk, "hook", "add", "--db", db], text=True,
                                   stderr=subprocess.DEVNULL).strip()
    proc = subprocess.Popen([args.hookdesk, "serve", "--db", db, "--port", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    line = proc.stdout.readline()
    port = int(line.rsplit(":", 1)[1])
    time.sleep(0.3)
    rss_before = rss_kib(proc.pid)
    stats, emails, flood_s = asyncio.run(main_async(args, port, path, proc.pid))
    alive = proc.poll() is None
    rss_after = rss_kib(proc.pid) if alive else 0
    time.sleep(args.settle)  # idle connections time out; memory should come back down
    rss_settled = rss_kib(proc.pid) if proc.poll() is None else 0
    health = 0
    try:
        s = socket.create_connection(("127.0.0.1", port), timeout=5)
        s.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        health = int(s.recv(64).split()[1])
        s.close()
    except OSError:
        pass
    proc.send_signal(signal.SIGTERM)
    proc.wait(timeout=30)

    con = sqlite3.connect(db)
    stored = {r[0] for r in con.execute("SELECT email FROM attendees WHERE webinar_id='abuse-live'")}
    missing = [e for e in emails if e not in stored]
    lat = sorted(stats.valid_latency)
    pct = lambda p: lat[min(len(lat) - 1, int(len(lat) * p))] if lat else float("nan")
    print(f"ABUSE requests sent: {stats.sent} (flood of {args.total - args.big} in {flood_s:.1f} s, "
          f"{args.slow} slow clients for {args.seconds} s, {args.big} bodies of {args.big_mib} MiB, {stats.resets} resets)")
    print(f"ABUSE answers: {dict(sorted(stats.statuses.items(), key=lambda kv: str(kv[0])))}")
    print(f"ABUSE valid attendees meanwhile: {len(lat)} stored-and-acked, {stats.valid_failed} failed, "
          f"{len(missing)} acked but missing; latency p50 {pct(0.5):.1f} ms p99 {pct(0.99):.1f} ms max {lat[-1] if lat else float('nan'):.1f} ms")
    print(f"ABUSE RSS: before {rss_before / 1024:.1f} MiB, right after {rss_after / 1024:.1f} MiB, "
          f"{args.settle} s later {rss_settled / 1024:.1f} MiB; healthz after: {health}; exit code {proc.returncode}")
    ok = alive and health == 200 and not missing and stats.valid_failed == 0 and lat \
        and (rss_after - rss_before) / 1024 < args.max_rss_growth_mib and proc.returncode == 0
    print("ABUSE " + ("PASS" if ok else "FAIL"))
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
