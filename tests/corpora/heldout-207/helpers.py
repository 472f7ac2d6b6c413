"""Helpers: build raw RFC 5322 messages as bytes, with full control of charset and encoding."""
import base64, quopri, json, os, random
from email.header import Header
from email.utils import format_datetime, formataddr
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))
PST = timezone(timedelta(hours=-8))

ME_NAME = "Mirei Osugi"
ME_P = "mosugi.cloud@gmail.com"
ME_C = "m.osugi@kairos-datalabs.co.jp"
TC = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"

MSGS = []  # (eml bytes, label dict)
_rng = random.Random(207)


def d(y, mo, da, h, mi, tz=JST, s=None):
    return format_datetime(datetime(y, mo, da, h, mi, s if s is not None else _rng.randint(0, 59), tzinfo=tz))


def mid(domain, style="ses"):
    r = _rng
    if style == "ses":
        h = "".join(r.choice("0123456789abcdef") for _ in range(16))
        h2 = "".join(r.choice("0123456789abcdef") for _ in range(8)) + "-" + "".join(r.choice("0123456789abcdef") for _ in range(4))
        return "<0100%s-%s-000000@email.amazonses.com>" % (h, h2)
    if style == "gmail":
        s = "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+") for _ in range(40))
        return "<CAH%s@mail.gmail.com>" % s
    if style == "outlook":
        s = "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(36))
        return "<TYCPR01MB%s@TYCPR01MB1234.jpnprd01.prod.outlook.com>" % s[:24]
    s = "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(24))
    return "<%s@%s>" % (s, domain)


def addr(name, email, charset="utf-8"):
    if name is None:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), email)


def hdr(text, charset="utf-8"):
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return Header(text, charset, maxlinelen=76).encode()


def _encode_body(text, charset, cte):
    raw = text.encode(charset)
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    return raw.decode(charset) if cte in ("7bit", "8bit") else raw.decode(charset)


def part(text, subtype="plain", charset="utf-8", cte=None):
    """Return (headers list, body str-or-bytes) for a leaf part."""
    if cte is None:
        cte = "7bit" if charset.lower() in ("us-ascii", "iso-2022-jp") else "quoted-printable"
    if charset.lower() == "iso-2022-jp" and cte == "7bit":
        body = text.encode("iso-2022-jp").decode("ascii")
    elif cte == "8bit":
        body = text  # encoded later
    else:
        body = _encode_body(text, charset, cte)
    h = [("Content-Type", 'text/%s; charset="%s"' % (subtype, charset)), ("Content-Transfer-Encoding", cte)]
    return ("leaf", h, body, charset)


def alt(*parts, sub="alternative"):
    return ("multi", sub, list(parts))


def _render(node, top_headers=None):
    lines = []
    if node[0] == "leaf":
        _, h, body, cs = node
        for k, v in (top_headers or []) + h:
            lines.append("%s: %s" % (k, v))
        lines.append("")
        lines.append(body.rstrip("\n"))
        return "\n".join(lines)
    _, sub, parts = node
    b = "----=_Part_%d_%d.%d" % (_rng.randint(100000, 999999), _rng.randint(1000000, 9999999), _rng.randint(10**12, 10**13))
    for k, v in (top_headers or []):
        lines.append("%s: %s" % (k, v))
    lines.append('Content-Type: multipart/%s; boundary="%s"' % (sub, b))
    lines.append("")
    if top_headers is not None and any(k == "MIME-Version" for k, _ in top_headers):
        pass
    for p in parts:
        lines.append("--" + b)
        lines.append(_render(p, []))
    lines.append("--" + b + "--")
    lines.append("")
    return "\n".join(lines)


def emit(label, frm, to, subject, date, body, msgid=None, irt=None, refs=None, cc=None,
         auth=None, extra=None, crlf=False, subj_cs="utf-8", reply_to=None, eightbit_cs=None):
    """label = (kind, needs_reply, case, [cands]). body = node from part()/alt()."""
    kind, nr, case, cands = label[:4]
    note = label[4] if len(label) > 4 else ""
    msgid = msgid or mid("x")
    h = []
    if auth:
        for a in auth if isinstance(auth, list) else [auth]:
            h.append(("Authentication-Results", a))
    for k, v in (extra or []):
        h.append((k, v))
    h += [("Date", date), ("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    if reply_to:
        h.append(("Reply-To", reply_to))
    h.append(("Subject", hdr(subject, subj_cs)))
    h.append(("Message-ID", msgid))
    if irt:
        h.append(("In-Reply-To", irt))
    if refs:
        h.append(("References", " ".join(refs) if isinstance(refs, list) else refs))
    h.append(("MIME-Version", "1.0"))
    text = _render(body, h)
    if not text.endswith("\n"):
        text += "\n"
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    data = text.encode(eightbit_cs or "utf-8")
    from email.utils import parsedate_to_datetime
    MSGS.append((parsedate_to_datetime(date), len(MSGS), data, {"kind": kind, "needs_reply": nr, "case": case, "candidate_ids": list(cands)}, note, subject))
    return msgid


def amazon_auth(rcpt="gmail", domain="amazon.com", ok=True):
    if rcpt == "gmail":
        if ok:
            return ("mx.google.com;\n       dkim=pass header.i=@%s header.s=%s header.b=Kq3%s;\n"
                    "       dkim=pass header.i=@amazonses.com header.s=224i4yxa5dv7c2xz3womw6peuasteono header.b=Zx%s;\n"
                    "       spf=pass (google.com: domain of 0100%s@amazonses.com designates 54.240.8.%d as permitted sender) smtp.mailfrom=0100%s@amazonses.com;\n"
                    "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s") % (
                domain, "szqgv33erturdv5cvz4vtb5qcbmmhxzc", _rng.randint(1000, 9999), _rng.randint(1000, 9999),
                _rng.randint(10**9, 10**10), _rng.randint(2, 250), _rng.randint(10**9, 10**10), domain)
        return ("mx.google.com;\n       dkim=fail header.i=@%s header.s=szqgv33erturdv5cvz4vtb5qcbmmhxzc header.b=Kq3x;\n"
                "       spf=softfail (google.com: domain of transitioning bounce@mailer-relay7.net does not designate 185.234.72.19 as permitted sender) smtp.mailfrom=bounce@mailer-relay7.net;\n"
                "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s") % (domain, domain)
    # company mailbox (Microsoft 365)
    if ok:
        return ("spf=pass (sender IP is 54.240.27.%d) smtp.mailfrom=amazonses.com; dkim=pass (signature was verified)\n"
                " header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass reason=100") % (_rng.randint(2, 250), domain, domain)
    return ("spf=fail (sender IP is 45.141.215.7) smtp.mailfrom=notice-center.info; dkim=none (message not signed)\n"
            " header.d=none;dmarc=fail action=quarantine header.from=%s;compauth=fail reason=000" % domain)


def gauth(domain, ok=True, sel="s1"):
    if ok:
        return ("mx.google.com;\n       dkim=pass header.i=@%s header.s=%s header.b=aB%d;\n       spf=pass (google.com: domain of bounces@%s designates 192.0.2.%d as permitted sender) smtp.mailfrom=bounces@%s;\n"
                "       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=%s") % (domain, sel, _rng.randint(100, 999), domain, _rng.randint(2, 250), domain, domain)
    return ("mx.google.com;\n       dkim=pass header.i=@%s header.s=default header.b=Qw9;\n       spf=pass (google.com: domain of info@%s designates 203.0.113.44 as permitted sender) smtp.mailfrom=info@%s;\n"
            "       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=%s") % (domain, domain, domain, domain)


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.strip("\n").split("\n"))


def write_all():
    for f in os.listdir(HERE):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(HERE, f))
    counts = {}
    nreply = 0
    MSGS.sort(key=lambda m: (m[0], m[1]))
    rows = []
    for i, (_, _, data, lab, note, subj) in enumerate(MSGS, 1):
        rows.append((i, lab, note, subj))
        with open(os.path.join(HERE, "%03d-msg.eml" % i), "wb") as fh:
            fh.write(data)
        with open(os.path.join(HERE, "%03d-msg.json" % i), "w") as fh:
            json.dump(lab, fh, ensure_ascii=False)
            fh.write("\n")
        counts[lab["kind"]] = counts.get(lab["kind"], 0) + 1
        nreply += lab["needs_reply"]
    for k in sorted(counts):
        print("%-22s %d" % (k, counts[k]))
    print("%-22s %d" % ("TOTAL", len(MSGS)))
    print("%-22s %d" % ("needs_reply", nreply))
    with open(os.path.join(HERE, "table.md"), "w") as fh:
        fh.write("| # | kind | reply? | case | what it is / what makes it hard |\n|---|---|---|---|---|\n")
        for i, lab, note, subj in rows:
            fh.write("| %03d | %s | %s | %s | %s |\n" % (i, lab["kind"], "yes" if lab["needs_reply"] else "no", lab["case"] or "-", note or subj))
