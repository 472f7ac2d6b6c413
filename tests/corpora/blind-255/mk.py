# mk.py - shared helpers for the blind corpus generator (standard library only)
import base64, hashlib, html, quopri, re
from datetime import datetime, timezone, timedelta
from email.header import Header
from email.utils import formataddr, format_datetime

ME_P = ("Kaito Mizusawa", "kaito.mizusawa@hoshimail.jp")
ME_C = ("Kaito Mizusawa", "k-mizusawa@tsurugi-data.co.jp")
ME_ADDRS = (ME_P[1], ME_C[1])
TC = ("Amazon Web Services", "aws-cs-trainingcertification-form@amazon.com")
CONSOLE = ("Amazon Web Services", "no-reply-aws@amazon.com")
CERTM = ("AWS Certification", "do-not-reply@certmetrics.com")
JST = timezone(timedelta(hours=9))
CID = re.compile(r"AWS\d{8}(?!\d)")
PH = re.compile(r"\[\[(Q|QH) (\S+) (\w+)\]\]")
WD_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
WD_JA = "月火水木金土日"
CODEC = {"utf-8": "utf-8", "iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis", "us-ascii": "ascii"}


def M(key, date, frm, to, subject, text, kind, reply=False, case=None, **kw):
    d = dict(key=key, date=date, frm=frm, to=to, subject=subject, text=text,
             kind=kind, reply=reply, case=case)
    d.update(kw)
    d["dt"] = datetime.strptime(date, "%Y-%m-%d %H:%M:%S %z")
    return d


def h(s, n=32):
    return hashlib.sha1(s.encode()).hexdigest()[:n]


def fa(t, cs="utf-8"):
    name, addr = t
    if not name:
        return addr
    try:
        name.encode("ascii")
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return formataddr((name, addr), charset=cs)


def enc_h(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode(maxlinelen=76)


def msgid(spec):
    k = h(spec["key"] + spec["date"], 40)
    dom = spec["frm"][1].split("@")[1]
    if dom == "amazon.com":
        return "<0100%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
            k[:12], k[12:20], k[20:24], k[24:28], k[28:40])
    if dom == "hoshimail.jp":
        return "<HM%s.%s@smtp.hoshimail.jp>" % (k[:20].upper(), k[20:28])
    if dom == "tsurugi-data.co.jp":
        return "<TDW%s@tdw-ex01.tsurugi-data.co.jp>" % k[:24].upper()
    return spec.get("mid") or "<%s.%s@%s>" % (k[:18], k[18:30], dom)


def _loc(dt):
    return dt.astimezone(JST)


def quote(e, style):
    """Quote the rendered text of an earlier registry entry e."""
    s, t, dt = e["spec"], e["text"].rstrip("\n"), e["spec"]["dt"]
    d = _loc(dt)
    name, addr = s["frm"]
    gt = "\n".join(("> " + l) if l and not l.startswith(">") else (">" + l) for l in t.split("\n"))
    to = ", ".join(fa(x) for x in _list(s["to"]))
    if style == "gt":
        hr = d.strftime("%I:%M %p").lstrip("0")
        return "On %s, %s %d, %d at %s %s <%s> wrote:\n%s" % (
            WD_EN[d.weekday()], d.strftime("%b"), d.day, d.year, hr, name, addr, gt)
    if style == "ja":
        return "%d年%d月%d日(%s) %s %s <%s>:\n%s" % (
            d.year, d.month, d.day, WD_JA[d.weekday()], d.strftime("%H:%M"), name, addr, gt)
    if style == "ol":
        return ("-----Original Message-----\nFrom: %s <%s>\nSent: %s\nTo: %s\nSubject: %s\n\n%s"
                % (name, addr, d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y %I:%M %p"),
                   to, s["subject"], t))
    if style == "fwd":
        return ("---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nSubject: %s\nTo: %s\n\n%s"
                % (name, addr, d.strftime("%a, %b ") + str(d.day) + d.strftime(", %Y at %H:%M"),
                   s["subject"], to, t))
    if style == "aws":
        u = dt.astimezone(timezone.utc)
        return ("---------- Previous correspondence ----------\n[%s UTC] %s wrote:\n\n%s"
                % (u.strftime("%Y-%m-%d %H:%M"), name, t))
    raise ValueError(style)


def _list(x):
    return x if isinstance(x, list) else [x]


def render(text, reg):
    def rep(m):
        return quote(reg[m.group(2)], m.group(3))
    return PH.sub(rep, text)


def to_html(text):
    out, inq = [], False
    for line in text.split("\n"):
        q = line.startswith(">")
        if q and not inq:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">')
            inq = True
        if not q and inq:
            out.append("</blockquote>")
            inq = False
        if q:
            line = line[1:].lstrip(" ")
        out.append(html.escape(line) + "<br>")
    if inq:
        out.append("</blockquote>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div dir="ltr">\n' + "\n".join(out) + "\n</div></body></html>\n")


def part(content, subtype, cs, cte):
    if not content.endswith("\n"):
        content += "\n"
    raw = content.encode(CODEC[cs])
    if cte == "base64":
        body = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw)
    else:
        body = raw
    hd = 'Content-Type: text/%s; charset="%s"\nContent-Transfer-Encoding: %s\n\n' % (subtype, cs, cte)
    return hd.encode("ascii"), body


def mime_body(spec, text, htm):
    fmt = spec.get("fmt", "plain")
    cs = spec.get("cs", "utf-8")
    cte = spec.get("cte", "quoted-printable" if cs == "utf-8" else "7bit")
    bnd = "----=_Part_%s" % h(spec["key"], 20)
    if fmt == "plain":
        return part(text, "plain", cs, cte)
    if fmt == "html":
        return part(htm or to_html(text), "html", cs, cte)
    hc = spec.get("hcte", cte)
    alt = [part(text, "plain", cs, cte), part(htm or to_html(text), "html", cs, hc)]
    if fmt == "alt":
        return _multi("alternative", bnd, alt)
    if fmt == "mixed":
        ah, ab = _multi("alternative", bnd + "_alt", alt) if htm else part(text, "plain", cs, cte)
        fn, ct, data = spec["att"]
        atth = ('Content-Type: %s; name="%s"\nContent-Disposition: attachment; filename="%s"\n'
                'Content-Transfer-Encoding: base64\n\n' % (ct, fn, fn)).encode()
        return _multi("mixed", bnd, [(ah, ab), (atth, base64.encodebytes(data))])
    raise ValueError(fmt)


def _multi(sub, bnd, parts):
    hd = ('Content-Type: multipart/%s;\n boundary="%s"\n\n' % (sub, bnd)).encode()
    b = b"This is a multi-part message in MIME format.\n\n" if sub == "mixed" else b""
    for ph, pb in parts:
        b += ("--%s\n" % bnd).encode() + ph + pb
        if not pb.endswith(b"\n"):
            b += b"\n"
    b += ("--%s--\n" % bnd).encode()
    return hd, b


def auth_line(spec, mx):
    a = spec.get("auth", "pass")
    dom = spec["frm"][1].split("@")[1]
    if a is None:
        return None
    if a == "pass":
        mf = "amazonses.com" if dom == "amazon.com" else dom
        return ("%s;\n dkim=pass header.i=@%s header.s=s%s header.b=%s;\n spf=pass (%s: domain of "
                "bounce@%s designates 192.0.2.%d as permitted sender) smtp.mailfrom=bounce@%s;\n"
                " dmarc=pass (p=QUARANTINE) header.from=%s" % (
                    mx, dom, h(dom, 6), h(spec["key"], 8), mx, mf, int(h(dom, 2), 16) % 200 + 20, mf, dom))
    if a == "fail":
        return ("%s;\n dkim=fail (signature did not verify) header.d=%s;\n spf=softfail (%s: "
                "198.51.100.77 is neither permitted nor denied) smtp.mailfrom=%s;\n"
                " dmarc=fail (p=REJECT dis=QUARANTINE) header.from=%s" % (
                    mx, dom, mx, spec.get("envfrom", "mailer.example-relay.net"), dom))
    return a


def build(spec, text, htm, mid, refs):
    frm = spec["frm"]
    tos = _list(spec["to"])
    outbound = frm[1] in ME_ADDRS
    hcs = spec.get("hcs", "utf-8")
    mx = "tdw-gw01.tsurugi-data.co.jp" if tos[0][1] == ME_C[1] else "mx.hoshimail.jp"
    date = format_datetime(spec["dt"])
    H = []
    if not outbound:
        ef = spec.get("envfrom")
        rd = ef.split("@")[1] if ef else frm[1].split("@")[1]
        if ef is None:
            ef = "bounce-%s@%s" % (h(spec["key"], 10), "amazonses.com" if rd == "amazon.com" else rd)
            rd = ef.split("@")[1]
        H.append("Return-Path: <%s>" % ef)
        H.append("Received: from out-%s.%s (out-%s.%s [203.0.113.%d])\n by %s with ESMTPS id %s\n for <%s>; %s"
                 % (h(spec["key"], 4), rd, h(spec["key"], 4), rd,
                    int(h(spec["key"], 2), 16) % 250 + 1, mx, h(spec["key"] + "r", 12).upper(), tos[0][1], date))
        al = auth_line(spec, mx)
        if al:
            H.append("Authentication-Results: " + al)
    H.append("From: " + fa(frm, hcs))
    H.append("To: " + ", ".join(fa(t, hcs) for t in tos))
    if spec.get("cc"):
        H.append("Cc: " + ", ".join(fa(t, hcs) for t in _list(spec["cc"])))
    H.append("Subject: " + enc_h(spec["subject"], hcs))
    H.append("Date: " + date)
    H.append("Message-ID: " + mid)
    if refs:
        H.append("In-Reply-To: " + refs[-1])
        H.append("References: " + "\n ".join(refs))
    for k, v in spec.get("hdrs", {}).items():
        H.append("%s: %s" % (k, v))
    H.append("MIME-Version: 1.0")
    ph, pb = mime_body(spec, text, htm)
    raw = ("\n".join(H) + "\n").encode("ascii") + ph + pb
    if spec.get("crlf"):
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw
