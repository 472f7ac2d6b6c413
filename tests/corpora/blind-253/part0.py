# part0.py - shared helpers for the blind corpus generator (standard library only)
import base64, quopri, hashlib
from email.header import Header
from email.utils import formataddr, format_datetime
from datetime import datetime, timezone, timedelta

JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))
CET = timezone(timedelta(hours=2))

ME_NAME = "Mizuki Hanazono"
ME_P = "hanazono.mzk@gmail.com"          # personal
ME_C = "m.hanazono@kestrelbyte.co.jp"    # company (APN partner, last day 2025-06-13)
ME_OLD = "mizuki.h@tsurugi-net.jp"       # first employer, long gone
TC = "aws-cs-trainingcertification-form@amazon.com"
TCN = "AWS Training and Certification"
CONSOLE = "no-reply-aws@amazon.com"

CASE_A = "174882673100417"   # merge company -> personal (form)
CASE_B = "174883564200582"   # duplicate form submitted from company address
CASE_C = "13920584417"       # console case: 50% voucher missing after merge
CASE_D = "175003951800263"   # name correction on certificate (Japanese)
CASE_OLD = "7034418862"      # colleague's 2021 case, forwarded
CASE_EDU = "175041862900918" # AWS Educate form case (other program)

SUBJ_TC = "[AWS Training and Certification Form Submission] - account-assistance"

MSGS = []   # arrival order
IDS = {}    # key -> Message-ID, for threading


def dt(s, tz=JST):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=tz)


def _h(seed):
    return hashlib.sha1(seed.encode()).hexdigest()


def mid(seed, style="ses"):
    h = _h(seed)
    if style == "ses":
        return "<010001974%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
            h[:7], h[7:11], h[11:15], h[15:19], h[19:31])
    if style == "gmail":
        return "<CAJ%s%s+%s@mail.gmail.com>" % (h[:14], h[14:24].upper(), h[24:36])
    if style == "kb":
        return "<TYWP%sMB%s.jpnprd01.prod.kbmail.kestrelbyte.co.jp>" % (
            h[:6].upper(), h[6:20].upper())
    if style == "iphone":
        return "<%s-%s-%s@kestrelbyte.co.jp>" % (h[:8].upper(), h[8:12].upper(), h[12:24].upper())
    return "<%s.%s@%s>" % (h[:16], h[16:28], style)


def addr(name, email, cs="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, cs).encode(), email)


def subj(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs, header_name="Subject").encode(linesep="\n")


def leaf(text, ctype="text/plain", cs="utf-8", cte="7bit", fmt_flowed=False):
    ct = "%s; charset=%s" % (ctype, cs)
    if fmt_flowed:
        ct += "; format=flowed"
    raw = text.encode(cs)
    if cte == "quoted-printable":
        body = quopri.encodestring(raw)
    elif cte == "base64":
        body = base64.encodebytes(text.replace("\n", "\r\n").encode(cs))
    else:
        body = raw
    return (["Content-Type: " + ct, "Content-Transfer-Encoding: " + cte], body)


def html(text, **kw):
    return leaf(text, "text/html", **kw)


def multi(sub, parts, seed):
    b = "----=_Part_%s" % _h(seed + sub)[:20]
    out = b""
    for hdrs, body in parts:
        out += b"--" + b.encode() + b"\n" + "\n".join(hdrs).encode() + b"\n\n" + body
        if not body.endswith(b"\n"):
            out += b"\n"
    out += b"--" + b.encode() + b"--\n"
    return (['Content-Type: multipart/%s; boundary="%s"' % (sub, b)], out)


def auth_g(dom, ok=True, mailfrom=None, ip="54.240.27.18"):
    mf = mailfrom or ("bounces@" + dom)
    r = "pass" if ok else "fail"
    return ("Authentication-Results",
            "mx.google.com;\n       dkim=%s header.i=@%s header.s=sel1 header.b=Qx%s;\n"
            "       spf=%s (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n"
            "       dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=%s) header.from=%s"
            % (r, dom, _h(dom)[:5], "pass" if ok else "softfail", mf, ip, mf, r,
               "NONE" if ok else "QUARANTINE", dom))


def auth_k(dom, ok=True):
    r = "pass" if ok else "fail"
    return ("Authentication-Results",
            "kbgw02.kestrelbyte.co.jp;\n\tdkim=%s header.d=%s;\n\tspf=%s smtp.mailfrom=%s;\n\tdmarc=%s action=none header.from=%s"
            % (r, dom, r, dom, r, dom))


def mail(kind, reply, case, cands, what, hard, *, date, frm, to, subject, part,
         cc=None, key=None, style="ses", irt=None, extra=(), eol="\n", auth=None):
    m = mid(key or (subject + str(date)), style)
    if key:
        IDS[key] = m
    hs = []
    if auth:
        hs.append(auth)
    hs += [("Date", format_datetime(date)), ("From", frm), ("To", to)]
    if cc:
        hs.append(("Cc", cc))
    hs += [("Subject", subject), ("Message-ID", m)]
    if irt:
        chain = [IDS[k] for k in irt]
        hs.append(("In-Reply-To", chain[-1]))
        hs.append(("References", " ".join(chain)))
    hs += list(extra)
    hs.append(("MIME-Version", "1.0"))
    head = "\n".join("%s: %s" % kv for kv in hs) + "\n" + "\n".join(part[0]) + "\n\n"
    raw = head.encode("ascii") + part[1]
    raw = raw.replace(b"\r\n", b"\n")
    if eol != "\n":
        raw = raw.replace(b"\n", eol.encode())
    MSGS.append(dict(raw=raw, label=dict(kind=kind, needs_reply=reply, case=case,
                                         candidate_ids=list(cands)), what=what, hard=hard))
    return m


def ses_extra(dom="amazon.com"):
    return [("X-SES-Outgoing", "2025.06.02-54.240.27.18"),
            ("Feedback-ID", "1.us-east-1.%s=:AmazonSES" % _h(dom)[:24])]
