"""APPEND-to-seen latency against the private Dovecot, for one observer at a time.

    python3 latency.py MODE

MODE says who is timed, alone on the mailbox (contending sessions distort each other: at
100,000 messages each Dovecot session re-syncs the big index after a change, on 2 cores):
  idle      a bare IDLE client: APPEND's OK -> its EXISTS
  fetch     a bare IDLE client that then fetches the new message: -> it has the body
  recorded  casewatch run (already running): -> the message is in its database (DB)
  notified  casewatch run with a notification server: -> the server got casewatch's Notify
            naming the new case (NOTIFY_LOG, written by notify_server.py)
Environment: CA PORT PW (the server), RUNS, EXAMPLE (a case mail whose case number
176221723200417 is replaced by a fresh one each run, with a fresh Message-ID and Date), DB or
NOTIFY_LOG. Times are CLOCK_MONOTONIC, comparable across processes.

Prints one line: median min all   (milliseconds; all comma-separated, "-" for a miss).
"""
import email.utils
import functools
import imaplib
import os
import re
import sqlite3
import ssl
import statistics
import sys
import threading
import time

from idle_clients import fetcher, idler

ORIG = b"176221723200417"


def fresh(template, k):
    case = "18%013d" % (time.time_ns() // 10**6 % 10**13)
    mid = "lat-%d-%d@bench.example" % (k, time.time_ns())
    raw = template.replace(ORIG, case.encode())
    sep = b"\r\n\r\n" if b"\r\n\r\n" in raw else b"\n\n"
    head, _, body = raw.partition(sep)
    head = re.sub(rb"(?mi)^Message-ID:.*$", b"Message-ID: <" + mid.encode() + b">", head)
    head = re.sub(rb"(?mi)^Date:.*$", b"Date: " + email.utils.formatdate(usegmt=True).encode(), head)
    return case, mid, (head + sep + body).replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def main(mode):
    ctx = ssl.create_default_context(cafile=os.environ["CA"])
    port, pw = int(os.environ["PORT"]), os.environ["PW"]
    runs = int(os.environ["RUNS"])
    template = open(os.environ["EXAMPLE"], "rb").read()

    if mode in ("idle", "fetch"):
        times, ready = [], threading.Event()
        client = idler if mode == "idle" else fetcher
        threading.Thread(target=functools.partial(client, ctx, port, pw, times, ready), daemon=True).start()
        if not ready.wait(10):
            sys.exit("the bare client did not get into IDLE")
        time.sleep(1)

        def seen_at(case, mid, since):
            return next((t for t in list(times) if t >= since), None)
    elif mode == "recorded":
        db = sqlite3.connect("file:%s?mode=ro" % os.environ["DB"], uri=True)

        def seen_at(case, mid, since):
            row = db.execute("select 1 from messages where message_id in (?, ?)", (mid, "<%s>" % mid)).fetchone()
            return time.monotonic() if row else None
    elif mode == "notified":
        log = os.environ["NOTIFY_LOG"]

        def seen_at(case, mid, since):
            with open(log) as f:
                for line in f:
                    t, _, summary = line.rstrip("\n").partition("\t")
                    if case in summary and float(t) >= since:
                        return float(t)
            return None
    else:
        sys.exit("unknown mode %r" % mode)

    app = imaplib.IMAP4_SSL("127.0.0.1", port, ssl_context=ctx)
    app.login("alice", pw)
    out = []
    for k in range(runs):
        case, mid, raw = fresh(template, k)
        t0 = time.monotonic()
        typ, _ = app.append("INBOX", None, None, raw)
        t_app = time.monotonic()
        assert typ == "OK", typ
        t = None
        while time.monotonic() - t_app < 10:
            t = seen_at(case, mid, t0)
            if t is not None:
                break
            time.sleep(0.002)
        out.append(None if t is None else (t - t_app) * 1000)
        time.sleep(1.5)
    app.logout()
    ok = [x for x in out if x is not None]
    print("%s %s %s" % (
        "%.0f" % statistics.median(ok) if ok else "nan",
        "%.0f" % min(ok) if ok else "nan",
        ",".join("-" if x is None else "%.0f" % x for x in out)))


if __name__ == "__main__":
    main(sys.argv[1])
