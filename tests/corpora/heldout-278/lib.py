"""Helpers shared by the part files: addresses, dates, Message-IDs, MIME assembly."""
import base64
import datetime
import hashlib
import quopri
from email.header import Header
from email.utils import format_datetime, formataddr, getaddresses

ME_NAME = "Haruka Ishizaki"
ME_P = "haruka.ishizaki.dev@gmail.com"
ME_C = "h.ishizaki@tsubame-works.co.jp"
TC = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"

# case numbers used in the set
CA = "175680412300418"   # form case: company -> personal merge (APN hold, reopened later)
CB = "175680533901177"   # duplicate form submission of CA
CE = "175809731204562"   # form case: exam result missing
CC = "12839047561"       # console case: exam discount benefit missing after merge
CD = "5893014726"        # form case (Japanese): name on certification record
SUBJ_MERGE = "[AWS Training and Certification Form Submission] - account-assistance"

OLD_ID = "AWS03518826"
NEW_ID = "AWS04472190"
UNI_ID = "AWS01987342"

JST = datetime.timezone(datetime.timedelta(hours=9))
UTC = datetime.timezone.utc
PDT = datetime.timezone(datetime.timedelta(hours=-7))
EDT = datetime.timezone(datetime.timedelta(hours=-4))
CDT = datetime.timezone(datetime.timedelta(hours=-5))


def dt(mo, d, h, mi, s=0, tz=UTC):
    return datetime.datetime(2025, mo, d, h, mi, s, tzinfo=tz)


def me_p():
    return formataddr((ME_NAME, ME_P))


def me_c():
    return formataddr(("石崎 春香", ME_C), charset="utf-8")


_MIDS = {}
TXT = {}   # plain text of earlier messages, for quoting in replies


def mid(key, style="ses"):
    """Deterministic Message-ID for key (created on first use, reused afterwards)."""
    if key in _MIDS:
        return _MIDS[key]
    h = hashlib.sha1(key.encode()).hexdigest()
    if style == "ses":
        v = "<0100%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
            h[:12], h[12:20], h[20:24], h[24:28], h[28:40])
    elif style == "gmail":
        v = "<CAK%s+%s@mail.gmail.com>" % (base64.b64encode(bytes.fromhex(h[:24])).decode().rstrip("="),
                                          h[24:34].upper())
    elif style == "outlook":
        v = "<TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>" % (
            h[:4].upper(), h[4:30].upper(), h[:4].upper())
    else:
        v = "<%s.%s@%s>" % (h[:16], h[16:28], style)
    _MIDS[key] = v
    return v


def auth(domain, ok=True, dkim_domain=None, spf_ip="54.240.27.18", sel="sel1"):
    dk = dkim_domain or domain
    if ok:
        return ("mx.google.com;\n       dkim=pass header.i=@%s header.s=%s header.b=Qm3xv8Tk;\n"
                "       spf=pass (google.com: domain of bounce@%s designates %s as permitted sender)"
                " smtp.mailfrom=bounce@%s;\n       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
                % (dk, sel, dk, spf_ip, dk, domain))
    return ("mx.google.com;\n       dkim=fail header.i=@%s header.s=%s header.b=Zp0aQ1rL;\n"
            "       spf=softfail (google.com: domain of transitioning bounce@%s does not designate %s as permitted sender)"
            " smtp.mailfrom=bounce@%s;\n       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s"
            % (dk, sel, dk, spf_ip, dk, domain))


def hdr(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset, maxlinelen=76).encode()


def addr_hdr(v):
    """Encode display names of an address header if they are not ASCII."""
    try:
        v.encode("ascii")
        return v
    except UnicodeEncodeError:
        return ", ".join(formataddr(p, charset="utf-8") for p in getaddresses([v]))


def _encode(text, charset, cte):
    b = text.encode(charset)
    if cte == "base64":
        return base64.encodebytes(b)
    if cte == "quoted-printable":
        return quopri.encodestring(b)
    return b


def part(text, subtype="plain", charset="utf-8", cte="quoted-printable", extra=None):
    headers = [("Content-Type", 'text/%s; charset="%s"' % (subtype, charset)),
               ("Content-Transfer-Encoding", cte)]
    headers += list(extra or [])
    return {"headers": headers, "body": _encode(text, charset, cte)}


def html(text, **kw):
    return part(text, subtype="html", **kw)


def binpart(data, ctype, filename):
    return {"headers": [("Content-Type", '%s; name="%s"' % (ctype, filename)),
                        ("Content-Disposition", 'attachment; filename="%s"' % filename),
                        ("Content-Transfer-Encoding", "base64")],
            "body": base64.encodebytes(data)}


def raw_part(ctype, body, cte="7bit"):
    return {"headers": [("Content-Type", ctype), ("Content-Transfer-Encoding", cte)],
            "body": body.encode("utf-8")}


_BN = [0]


def multi(subtype, *parts, extra_ct=""):
    _BN[0] += 1
    b = "----=_Part_%d_%s" % (_BN[0], hashlib.md5(str(_BN[0]).encode()).hexdigest()[:16])
    return {"headers": [("Content-Type", 'multipart/%s; boundary="%s"%s' % (subtype, b, extra_ct))],
            "boundary": b, "parts": list(parts)}


def alt(text, html_text, charset="utf-8", cte="quoted-printable"):
    return multi("alternative", part(text, charset=charset, cte=cte),
                 html(html_text, charset=charset, cte=cte))


def _render_body(p):
    if "parts" not in p:
        body = p["body"]
        if not body.endswith(b"\n"):
            body += b"\n"
        return body
    out = b"This is a multi-part message in MIME format.\n\n" if len(p["parts"]) > 1 else b""
    for sub in p["parts"]:
        out += ("--%s\n" % p["boundary"]).encode()
        out += "".join("%s: %s\n" % (k, v) for k, v in sub["headers"]).encode()
        out += b"\n" + _render_body(sub) + b"\n"
    out += ("--%s--\n" % p["boundary"]).encode()
    return out


def build(date, frm, to, subject, body, key, style="ses", cc=None, irt=None, refs=None,
          authres=None, extra=None, crlf=False, subj_charset="utf-8", received=None,
          return_path=None):
    """Return the full message as bytes. irt/refs are keys of earlier messages."""
    h = []
    if return_path:
        h.append(("Return-Path", "<%s>" % return_path))
    if received:
        h.append(("Received", received))
    if authres:
        h.append(("Authentication-Results", authres))
    h.append(("Date", format_datetime(date)))
    h.append(("From", addr_hdr(frm)))
    h.append(("To", addr_hdr(to)))
    if cc:
        h.append(("Cc", addr_hdr(cc)))
    h.append(("Message-ID", mid(key, style)))
    if irt:
        h.append(("In-Reply-To", mid(irt)))
    if refs:
        h.append(("References", "\n ".join(mid(r) for r in refs)))
    h.append(("Subject", hdr(subject, subj_charset)))
    h += list(extra or [])
    h.append(("MIME-Version", "1.0"))
    h += body["headers"]
    out = "".join("%s: %s\n" % (k, v) for k, v in h).encode("ascii")
    out += b"\n" + _render_body(body)
    if crlf:
        out = out.replace(b"\n", b"\r\n")
    return out


def lab(kind, reply, case, ids=()):
    return {"kind": kind, "needs_reply": reply, "case": case, "candidate_ids": list(ids)}


def quote_gt(text):
    return "\n".join((">" + (" " + l if l else "")) for l in text.strip("\n").split("\n"))


def gmail_q(when, who, text):
    return "On %s %s wrote:\n%s" % (when, who, quote_gt(text))


def gmail_q_ja(when, who, text):
    return "%s %s:\n\n%s" % (when, who, quote_gt(text))


def outlook_q(frm, sent, to, subject, text):
    return ("-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s"
            % (frm, sent, to, subject, text.strip("\n")))


def p2html(text):
    """Very small text -> HTML converter for the html half of multipart/alternative."""
    esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    paras = [p.replace("\n", "<br>\n") for p in esc.strip().split("\n\n")]
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body style=\"font-family:Arial,sans-serif;font-size:14px\">\n"
            + "\n".join("<p>%s</p>" % p for p in paras) + "\n</body></html>")


def gmail_html(new, quoted_intro, quoted):
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    nd = "".join("<div>%s</div>" % (esc(l) or "<br>") for l in new.strip("\n").split("\n"))
    qd = "<br>\n".join(esc(l) for l in quoted.strip("\n").split("\n"))
    return ('<div dir="ltr">%s</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
            'rgb(204,204,204);padding-left:1ex">%s</blockquote></div>\n' % (nd, esc(quoted_intro), qd))
