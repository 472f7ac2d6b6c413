# Shared helpers for the blind corpus generator (standard library only).
import base64, quopri, hashlib, datetime as _dt

ME_P = "sora.kitagawa@hikarimail.jp"          # personal address
ME_C = "s.kitagawa@mitsuboshi-dx.co.jp"       # company address (closes 2025-04-01)
ME_NAME = "Sora Kitagawa"

TC = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"

CASE_M = "174156871204418"   # main merge case (company -> personal, APN hold)
CASE_D = "174156940031907"   # duplicate form submission
CASE_E = "14698230175"       # exam cancellation refund
CASE_V = "14720385196"       # 50% voucher missing after merge (Japanese)
CASE_K = "8803164257"        # console case (Support Center)
CASE_X = "174537606958260"   # second account with the same personal address
CASE_EDU = "174366022107733" # AWS Educate form case (not T&C)

OLD_ID = "AWS05521873"   # company certification account
NEW_ID = "AWS11938402"   # personal certification account
DUP_ID = "AWS12040577"   # accidental second account

MESSAGES = []   # list of dicts
_IDS = {}       # key -> Message-ID

TZ = {
    "+0900": _dt.timezone(_dt.timedelta(hours=9)),
    "+0000": _dt.timezone.utc,
    "-0700": _dt.timezone(_dt.timedelta(hours=-7)),
    "-0800": _dt.timezone(_dt.timedelta(hours=-8)),
    "+0100": _dt.timezone(_dt.timedelta(hours=1)),
    "+0530": _dt.timezone(_dt.timedelta(hours=5, minutes=30)),
    "+0200": _dt.timezone(_dt.timedelta(hours=2)),
}
_DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def date(s, tz="+0900"):
    """s = 'YYYY-MM-DD HH:MM:SS' local time in tz -> RFC 5322 date string."""
    d = _dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=TZ[tz])
    return "%s, %d %s %d %02d:%02d:%02d %s" % (
        _DOW[d.weekday()], d.day, _MON[d.month - 1], d.year, d.hour, d.minute, d.second, tz)


def _h(s):
    return hashlib.sha1(s.encode("utf-8")).hexdigest()


def mid(key, domain):
    if key not in _IDS:
        h = _h(key)
        if domain.endswith("amazon.com"):
            _IDS[key] = "<0100019%s-%s-%s-000000@email.amazonses.com>" % (h[:10], h[10:18], h[18:30])
        elif domain == "gmailish":
            _IDS[key] = "<CAK%s%s@mail.hikarimail.jp>" % (h[:20].upper(), h[20:30])
        else:
            _IDS[key] = "<%s.%s@%s>" % (h[:16], h[16:24], domain)
    return _IDS[key]


def ref(key):
    return _IDS[key]


def ew(text, cs="utf-8"):
    """RFC 2047 encode a header value if needed (B encoding, chunked)."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        pass
    words, cur = [], ""
    for ch in text:
        trial = cur + ch
        if len(base64.b64encode(trial.encode(cs))) + len(cs) + 7 > 74:
            words.append(cur)
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(cur)
    return "\n ".join("=?%s?B?%s?=" % (cs, base64.b64encode(w.encode(cs)).decode()) for w in words)


def addr(name, a, cs="utf-8"):
    if not name:
        return a
    try:
        name.encode("ascii")
        if any(c in name for c in ',.()<>@;:"'):
            return '"%s" <%s>' % (name, a)
        return "%s <%s>" % (name, a)
    except UnicodeEncodeError:
        return "%s <%s>" % (ew(name, cs), a)


def _encode_body(text, cs, cte):
    raw = text.encode(cs)
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    return raw.decode(cs) if cte == "8bit" else raw.decode("ascii")


def leaf(text, ctype="text/plain", cs="utf-8", cte="quoted-printable", fmt=None):
    ct = "%s; charset=%s" % (ctype, '"%s"' % cs if cs.startswith("utf") else cs)
    if fmt:
        ct += "; format=" + fmt
    body = _encode_body(text, cs, cte)
    if not body.endswith("\n"):
        body += "\n"
    return "Content-Type: %s\nContent-Transfer-Encoding: %s\n\n%s" % (ct, cte, body)


def alt(*parts, boundary=None, sub="alternative"):
    b = boundary or ("=_%s" % _h("".join(parts))[:24])
    out = "Content-Type: multipart/%s;\n boundary=\"%s\"\n\n" % (sub, b)
    out += "This is a multi-part message in MIME format.\n\n" if sub == "mixed" else ""
    for p in parts:
        out += "--%s\n%s\n" % (b, p)
    out += "--%s--\n" % b
    return out


def auth(server, dom, ok=True, spf=True, dkim_dom=None, ip="54.240.27.18"):
    dk = dkim_dom or dom
    s = "pass" if spf else "fail"
    d = "pass" if ok else "fail"
    m = "pass" if ok else "fail"
    pol = "" if ok else " (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE)"
    return ("Authentication-Results: %s;\n dkim=%s header.d=%s header.s=s%s;\n"
            " spf=%s (%s: domain of bounce.%s designates %s as permitted sender) smtp.mailfrom=bounce.%s;\n"
            " dmarc=%s%s header.from=%s" % (server, d, dk, _h(dk)[:6], s, server, dom, ip, dom, m, pol, dom))


def received(server, frm_host, ip, dstr):
    rcpt = ME_C if "mitsuboshi" in server else ME_P
    return "Received: from %s (%s [%s])\n by %s with ESMTPS id %s\n for <%s>; %s" % (
        frm_host, frm_host, ip, server, _h(frm_host + dstr)[:12].upper(), rcpt, dstr)


def add(label, frm, to, subject, dstr, body, key=None, msgid_dom="amazon.com", cs_subj="utf-8",
        irt=None, refs=None, cc=None, extra=None, pre=None, crlf=False, note=""):
    """label = (kind, needs_reply, case, [candidate ids]); body = MIME entity text."""
    kind, nr, case, cands = label
    key = key or "m%d" % len(MESSAGES)
    h = []
    if pre:
        h.extend(pre)
    h.append("Date: " + dstr)
    h.append("From: " + frm)
    h.append("To: " + to)
    if cc:
        h.append("Cc: " + cc)
    h.append("Subject: " + ew(subject, cs_subj))
    h.append("Message-ID: " + mid(key, msgid_dom))
    if irt:
        h.append("In-Reply-To: " + ref(irt))
    if refs:
        h.append("References: " + "\n ".join(ref(r) for r in refs))
    h.append("MIME-Version: 1.0")
    if extra:
        h.extend(extra)
    text = "\n".join(h) + "\n" + body
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    MESSAGES.append({"eml": text, "kind": kind, "needs_reply": nr, "case": case,
                     "candidate_ids": cands, "note": note})
    return key


def L(kind, nr=False, case=None, cands=None):
    return (kind, nr, case, cands or [])


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.strip("\n").split("\n"))


def tc_footer(case):
    return ("\nTo contact us again about this case, please reply to this email and keep the\n"
            "case number in the subject line.\n\n[CASE %s]\n" % case)


def console_footer(case):
    return ("\n\nTo see the case history or to add a reply, please sign in to the AWS Support Center:\n"
            "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n"
            "Note: This e-mail was sent from an address that cannot accept incoming e-mails.\n"
            "Replies must be added through the link above.\n\n"
            "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered\n"
            "trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web\n"
            "Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n" % case)


def AMZ(dstr, to_personal=True):
    srv = "mx3.hikarimail.jp" if to_personal else "mgw01.mitsuboshi-dx.co.jp"
    return [received(srv, "a27-18.smtp-out.us-west-2.amazonses.com", "54.240.27.18", dstr),
            auth(srv, "amazon.com"),
            "DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple; s=6gbrjpgwjskckoa6a5zn6fwqkn67xbtw;\n"
            " d=amazon.com; t=1741569000; h=Date:From:To:Subject:MIME-Version:Content-Type;\n"
            " bh=%s=; b=%s" % (_h(dstr)[:40], _h(dstr + "b") * 2)]


def MX(dstr, dom, ip, to_personal=True, ok=True, spf=True, dkim_dom=None, host=None):
    srv = "mx3.hikarimail.jp" if to_personal else "mgw01.mitsuboshi-dx.co.jp"
    return [received(srv, host or ("out.mail." + dom), ip, dstr),
            auth(srv, dom, ok=ok, spf=spf, dkim_dom=dkim_dom, ip=ip)]
