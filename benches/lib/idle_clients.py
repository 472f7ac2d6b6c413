"""Bare IMAP IDLE clients: the floors casewatch's latency is measured against.

Both log in to the private Dovecot, EXAMINE INBOX and IDLE, and append time.monotonic()
(CLOCK_MONOTONIC, comparable across processes) to a list when the new mail shows.
Run each in a thread: threading.Thread(target=functools.partial(idler, ...), daemon=True).
"""
import socket
import time


def _connect(ctx, port):
    s = ctx.wrap_socket(socket.create_connection(("127.0.0.1", port)), server_hostname="127.0.0.1")
    f = s.makefile("rb")
    f.readline()
    return s, f


def idler(ctx, port, pw, seen, ready):
    """The floor: does nothing but wait for the server's EXISTS under IDLE."""
    s, f = _connect(ctx, port)
    for cmd in (b"a LOGIN alice " + pw.encode(), b"b EXAMINE INBOX", b"c IDLE"):
        s.sendall(cmd + b"\r\n")
        while True:
            line = f.readline()
            if line.startswith(cmd[:2]) or line.startswith(b"+"):
                break
    ready.set()
    while True:
        line = f.readline()
        if not line:
            return
        if line.rstrip().endswith(b"EXISTS"):
            seen.append(time.monotonic())


def fetcher(ctx, port, pw, fetched, ready):
    """The least any client must do to read the new mail: on EXISTS, leave IDLE and fetch
    it. On a large mailbox Dovecot syncs its index on that first command, which a client
    that only waits for EXISTS never pays."""
    s, f = _connect(ctx, port)

    def cmd(c, tag):
        s.sendall(c + b"\r\n")
        while True:
            line = f.readline()
            if not line:
                raise SystemExit
            if line.startswith(tag + b" ") or (c.endswith(b"IDLE") and line.startswith(b"+")):
                return line

    cmd(b"a LOGIN alice " + pw.encode(), b"a")
    cmd(b"b EXAMINE INBOX", b"b")
    cmd(b"c IDLE", b"c")
    ready.set()
    n = 0
    while True:
        line = f.readline()
        if not line:
            return
        if line.rstrip().endswith(b"EXISTS"):
            seq = line.split()[1]
            s.sendall(b"DONE\r\n")
            while not f.readline().startswith(b"c "):
                pass
            n += 1
            cmd(b"d%d FETCH %s (UID BODY.PEEK[])" % (n, seq), b"d%d" % n)
            fetched.append(time.monotonic())
            cmd(b"c IDLE", b"c")
