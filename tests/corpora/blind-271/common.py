"""Shared helpers for the blind-271 generator (standard library only)."""
import base64
import hashlib
import quopri
from datetime import datetime
from email import policy as _policy
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr

ME_P = "aya.miwa.lab@gmail.com"
ME_C = "a.miwa@kurobane-tech.co.jp"
ME_NAME = "Aya Miwa"
TC = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"

CASE_G = "174720533100264"   # badges not showing (May)
CASE_A = "174881920500731"   # main merge case
CASE_B = "174882274400158"   # duplicate of A
CASE_C = "18830592716"       # console case, exam voucher
CASE_D = "175012080300419"   # name on certificate (Japanese)

ID_WORK = "AWS05128836"
ID_PERS = "AWS27390418"
ID_SSO = "AWS05129907"

SUBJ_TC = "[AWS Training and Certification Form Submission] - account-assistance"
SUBJ_TC_CERT = "[AWS Training and Certification Form Submission] - certification"

MSGS = []      # (key, Message, label, crlf)
_MIDS = {}
_REFS = {}


def me_p():
    return formataddr((ME_NAME, ME_P))


def me_c():
    return formataddr(("三輪 彩 (Aya Miwa)", ME_C), charset="utf-8")


def name(n, a, cs="utf-8"):
    return formataddr((n, a), charset=cs)


def _mid(key, domain):
    h = hashlib.sha1(("blind271:" + key).encode()).hexdigest()
    if domain == "ses":
        return "<0100019%s-%s-%s-000000@email.amazonses.com>" % (h[:9], h[9:13], h[13:25])
    if domain == "gmail":
        return "<CAK%s+%s@mail.gmail.com>" % (h[:14].upper(), h[14:30])
    if domain == "outlook":
        return "<TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>" % (
            h[:4].upper(), h[4:20].upper(), h[20:24].upper())
    return "<%s.%s@%s>" % (h[:16], h[16:24], domain)


def textpart(text, subtype="plain", cs="utf-8", cte="quoted-printable"):
    p = MIMENonMultipart("text", subtype, charset=cs)
    raw = text.encode(cs)
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    else:
        payload = raw.decode("ascii")   # 7bit (ascii or iso-2022-jp)
    p.set_payload(payload)
    p["Content-Transfer-Encoding"] = cte
    return p


def hdr(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs, header_name="Subject")


def auth(rcpt="gmail", dom="amazon.com", ip="54.240.27.19", ok=True, mailfrom=None,
         sel="szqgv33erturdv5cvz4vtb5qcu2h6jqc"):
    host = "mx.google.com" if rcpt == "gmail" else "mx01.kurobane-tech.co.jp"
    mf = mailfrom or ("0100019x-bounces@" + ("amazonses.com" if dom == "amazon.com" else dom))
    if ok:
        return ("%s; dkim=pass header.i=@%s header.s=%s header.b=Qk3vXa1p; "
                "spf=pass (%s: domain of %s designates %s as permitted sender) smtp.mailfrom=%s; "
                "dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
                % (host, dom, sel, host.split(".", 1)[1] if rcpt == "gmail" else host, mf, ip, mf, dom))
    return ("%s; dkim=fail (body hash did not verify) header.i=@%s header.s=%s header.b=Zz0x9Kq2; "
            "spf=fail (%s: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s; "
            "dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s"
            % (host, dom, sel, host, mf, ip, mf, dom))


def add(key, *, frm, to, subj, date, text=None, html=None, cs="utf-8", cte="quoted-printable",
        html_cte=None, mid_dom="ses", parent=None, cc=None, auth_res=None, kind, reply=False,
        case=None, cands=(), crlf=False, extra=(), attach=None, subj_cs="utf-8", reply_to=None):
    assert text or html
    if text and html:
        body = MIMEMultipart("alternative")
        body.attach(textpart(text, "plain", cs, cte))
        body.attach(textpart(html, "html", cs, html_cte or cte))
    elif html:
        body = textpart(html, "html", cs, html_cte or cte)
    else:
        body = textpart(text, "plain", cs, cte)
    if attach:
        outer = MIMEMultipart("mixed")
        outer.attach(body)
        for fn, data in attach:
            a = MIMEApplication(data, "pdf")
            a.add_header("Content-Disposition", "attachment", filename=fn)
            outer.attach(a)
        msg = outer
    else:
        msg = body
    heads = []
    if auth_res:
        heads.append(("Authentication-Results", auth_res))
    mid = _mid(key, mid_dom)
    _MIDS[key] = mid
    dt = datetime.strptime(date, "%Y-%m-%d %H:%M:%S %z")
    heads += [("From", frm), ("To", to)]
    if cc:
        heads.append(("Cc", cc))
    if reply_to:
        heads.append(("Reply-To", reply_to))
    heads += [("Subject", hdr(subj, subj_cs)), ("Date", format_datetime(dt)), ("Message-ID", mid)]
    if parent:
        refs = _REFS.get(parent, []) + [_MIDS[parent]]
        _REFS[key] = refs
        heads.append(("In-Reply-To", _MIDS[parent]))
        heads.append(("References", " ".join(refs[-6:])))
    heads += list(extra)
    heads.append(("MIME-Version", "1.0"))
    existing = [(k, v) for k, v in msg.items() if k.lower() != "mime-version"]
    for k in list(msg.keys()):
        del msg[k]
    for k, v in heads + existing:
        msg[k] = v
    label = {"kind": kind, "needs_reply": bool(reply), "case": case, "candidate_ids": list(dict.fromkeys(cands))}
    MSGS.append((key, msg, label, crlf))
    return mid


def serialize(msg, crlf):
    pol = _policy.compat32.clone(linesep="\r\n" if crlf else "\n", max_line_length=78)
    return msg.as_bytes(policy=pol)


def gq(text):
    """Quote lines with '> '."""
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def outlook(frm, sent, to, subj, body):
    return ("\n\n-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s"
            % (frm, sent, to, subj, body.strip("\n")))


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_wrap(inner, font="Amazon Ember, Arial, sans-serif"):
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"></head>'
            '<body style="font-family:%s;font-size:14px;color:#16191f">\n%s\n</body></html>\n'
            % (font, inner))


def paras(text):
    out = []
    for block in text.strip().split("\n\n"):
        out.append("<p>" + esc(block).replace("\n", "<br>\n") + "</p>")
    return "\n".join(out)
