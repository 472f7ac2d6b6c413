"""Small toolkit used by gen.py and the part*.py files to build raw RFC 5322 messages.

Standard library only.  Every message is registered with M(); gen.py writes them out in
registration order (= mailbox arrival order).
"""
import base64
import datetime as dt
import hashlib
import quopri
from email.header import Header
from email.utils import format_datetime

ME_NAME = "Daisuke Hanamura"
ME_P = "dhanamura.home@sorahako.jp"           # personal (kept) address
ME_C = "daisuke.hanamura@yuzuriha-dw.co.jp"   # company address (closes 31 March)
TC = "aws-cs-trainingcertification-form@amazon.com"
TC_FROM = "AWS Training and Certification <%s>" % TC

# case numbers used in the set
A = "174158732100521"   # account merge (company -> personal), APN hold, reopened later
B = "174158749900634"   # duplicate form submission of A
C = "174305218800077"   # 50% exam voucher missing after merge (Japanese agent)
D = "174348840200315"   # Support Center console case: misspelt name on certification record
E_OLD = "8736201954"    # 2021 case (ESL +30 accommodation), long closed
E = "174472261000128"   # new case opened from the reply on E_OLD
EV = "174254806700219"  # AWS Events form case (not Training and Certification)

MSGS = []
_IDS = {}
_REFS = {}

CODECS = {"iso-2022-jp": "iso2022_jp", "shift_jis": "cp932", "utf-8": "utf-8",
          "us-ascii": "ascii", "windows-1252": "cp1252"}


def _h(seed, n):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def msgid(key, style):
    h = _h(key, 40)
    if style == "ses":
        return "<010601%s-%s-%s-%s-%s-000000@us-west-2.amazonses.com>" % (
            h[:10], h[10:18], h[18:22], h[22:26], h[26:38])
    if style == "console":
        return "<0100019%s-%s-%s-000000@email.amazonses.com>" % (h[:9], h[9:17], h[17:29])
    if style == "tb":
        return "<%s-%s-%s@sorahako.jp>" % (h[:8], h[8:12], h[12:24])
    if style == "ol":
        return "<KX2P%sMB%s@KX2P%sMB0412.yzr.local>" % (h[:3], h[3:19].upper(), h[3:6])
    if style == "credly":
        return "<%s.%s@mailer.credly.com>" % (h[:24], h[24:30])
    if "@" in style:
        return "<%s%s>" % (h[:20], style)
    return "<%s@%s>" % (h[:24], style)


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.()<>@;:[]'):
            name = '"%s"' % name
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (Header(name, charset).encode(), email)


def enc(s, charset="utf-8", name="Subject"):
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, charset, header_name=name).encode()


def when(s):
    """'2025-03-10 15:16:04 +0900' -> aware datetime"""
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")


def leaf(text, sub="plain", cs="utf-8", cte="quoted-printable", extra=(), q=True):
    data = text.encode(CODECS[cs])
    if cte == "base64":
        body = base64.encodebytes(data)
    elif cte == "quoted-printable":
        body = quopri.encodestring(data)
    else:
        body = data
    csv = '"%s"' % cs if q else cs.upper()
    head = "Content-Type: text/%s; charset=%s\nContent-Transfer-Encoding: %s\n" % (sub, csv, cte)
    for e in extra:
        head += e + "\n"
    return head.encode() + b"\n" + body.rstrip(b"\n") + b"\n"


def multi(sub, *parts, key="x", extra_ct=""):
    b = "----=_Part_%s" % _h(key + sub + str(len(parts)), 16)
    out = ('Content-Type: multipart/%s; boundary="%s"%s\n\n' % (sub, b, extra_ct)).encode()
    for p in parts:
        out += ("--%s\n" % b).encode() + p + b"\n"
    out += ("--%s--\n" % b).encode()
    return out


def attach(name, data, ctype="application/octet-stream"):
    return ("Content-Type: %s; name=\"%s\"\nContent-Disposition: attachment; filename=\"%s\"\n"
            "Content-Transfer-Encoding: base64\n\n" % (ctype, name, name)).encode() + \
        base64.encodebytes(data)


def auth(mx, dom, res="pass", spf="pass", mailfrom=None, sel="s1", dmarc=None, ext=""):
    dmarc = dmarc or res
    mailfrom = mailfrom or "bounces." + dom
    return ("Authentication-Results: %s;\n dkim=%s header.i=@%s header.s=%s;\n"
            " spf=%s (%s: domain of %s designates sender) smtp.mailfrom=%s;\n"
            " dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=%s) header.from=%s%s"
            % (mx, res, dom, sel, spf, mx, mailfrom, mailfrom, dmarc,
               "NONE" if dmarc == "pass" else "QUARANTINE", dom, ext))


def rcvd(mx, host, ip, d):
    return ("Received: from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
            % (host, host, ip, mx, _h(host + str(d), 10).upper(), ME_P if "sorahako" in mx else ME_C,
               format_datetime(d)))


MX_P = "mx2.sorahako.jp"
MX_C = "mgw01.yuzuriha-dw.co.jp"


def inbound(d, mx, dom, host, ip, res="pass", **kw):
    return [rcvd(mx, host, ip, d), auth(mx, dom, res, **kw)]


def M(key, label, date, frm, to, subject, body, cc=None, irt=None, top=(), extra=(),
      mid="ses", crlf=False, note="", subj_cs="utf-8", refs=None, tz=None, reply_to=None,
      no_refs=False):
    """label = (kind, needs_reply, case, [candidate ids])"""
    kind, needs, case, cids = label
    d = when(date)
    if tz is not None:
        d = d.astimezone(dt.timezone(dt.timedelta(hours=tz)))
    m = msgid(key, mid)
    chain = []
    lines = list(top)
    if irt:
        chain = list(_REFS[irt])
    if refs:
        chain = list(refs) + chain
    lines += ["Date: " + format_datetime(d), "From: " + frm]
    lines.append("To: " + (", ".join(to) if isinstance(to, (list, tuple)) else to))
    if cc:
        lines.append("Cc: " + (", ".join(cc) if isinstance(cc, (list, tuple)) else cc))
    if reply_to:
        lines.append("Reply-To: " + reply_to)
    lines.append("Subject: " + enc(subject, subj_cs))
    lines.append("Message-ID: " + m)
    if (irt or refs) and not no_refs:
        lines.append("In-Reply-To: " + (_IDS[irt] if irt else chain[-1]))
        lines.append("References: " + "\n ".join(chain))
    lines += list(extra)
    lines.append("MIME-Version: 1.0")
    raw = ("\n".join(lines) + "\n").encode() + body
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    _IDS[key] = m
    _REFS[key] = chain + [m]
    MSGS.append({"key": key, "kind": kind, "needs_reply": needs, "case": case,
                 "candidate_ids": list(cids), "raw": raw, "note": note, "date": d,
                 "subject": subject})
    return m
