# Helpers shared by the gen_part*.py files (standard library only).
import base64
import quopri
import email.header
import email.utils
from datetime import datetime, timedelta, timezone

JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))

ME_NAME = "Mireille Tanabe"
ME_P = "mireille.tanabe@posteo.net"          # personal
ME_C = "m.tanabe@kitakaze-sys.co.jp"         # company (until 31 Oct 2025)

TC_FORM = "aws-cs-trainingcertification-form@amazon.com"
TC_FROM = "AWS Training and Certification <%s>" % TC_FORM
CONSOLE = "Amazon Web Services <no-reply-aws@amazon.com>"

# cases
CASE_A = "175970966304217"   # merge company -> personal, APN hold
CASE_B = "175975482531876"   # duplicate form submission of A
CASE_C = "11938274650"       # 2023 Credly case (old, resolved)
CASE_D = "176031601158203"   # Credly badge missing (new case opened from C)
CASE_E = "176110234400912"   # console case: 50% voucher missing after merge
CASE_F = "176223675027741"   # console case: billing (not T&C)
CASE_G = "176265481069330"   # events form case (not T&C)

CAND_CO = "AWS03318472"      # company certification account
CAND_PE = "AWS09950126"      # personal certification account
CAND_OLD = "AWS07104583"     # 2023 duplicate account (only in quoted history)

SUBJ_A = "[AWS Training and Certification Form Submission] - account-assistance"
SUBJ_C = "[AWS Training and Certification Form Submission] - digital-badges"


def dt(y, mo, d, h, mi, s=0, tz=JST):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def rfcdate(d):
    return email.utils.format_datetime(d)


def hdr(s, charset="utf-8"):
    """Encode a header value as an RFC 2047 word when it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return email.header.Header(s, charset).encode()


def addr(name, a, charset="utf-8"):
    if not name:
        return a
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:()<>@"'):
            return '"%s" <%s>' % (name.replace('"', ''), a)
        return "%s <%s>" % (name, a)
    except UnicodeEncodeError:
        return "%s <%s>" % (email.header.Header(name, charset).encode(), a)


PYCODEC = {"utf-8": "utf-8", "iso-2022-jp": "iso2022_jp", "shift_jis": "cp932",
           "us-ascii": "ascii", "windows-1252": "cp1252"}


def leaf(ctype, text, charset="utf-8", cte="7bit", extra=None, params=""):
    raw = text.encode(PYCODEC[charset])
    if cte == "base64":
        body = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw)
    else:
        body = raw
    h = ['Content-Type: %s; charset="%s"%s' % (ctype, charset, params),
         "Content-Transfer-Encoding: %s" % cte]
    if extra:
        h += extra
    return {"headers": h, "body": body}


def raw_leaf(headers, body_bytes):
    return {"headers": headers, "body": body_bytes}


_bn = [0]


def multi(subtype, parts, extra_params=""):
    _bn[0] += 1
    b = "----=_Part_%d_%08x.17%09d" % (_bn[0], (_bn[0] * 2654435761) & 0xffffffff, _bn[0] * 7919)
    return {"headers": ['Content-Type: multipart/%s;%s\n\tboundary="%s"' % (subtype, extra_params, b)],
            "boundary": b, "parts": parts}


def render(p):
    out = "\n".join(p["headers"]).encode("ascii") + b"\n\n"
    if "parts" in p:
        out += b"This is a multi-part message in MIME format.\n\n"
        for c in p["parts"]:
            out += b"--" + p["boundary"].encode() + b"\n" + render(c)
            if not out.endswith(b"\n"):
                out += b"\n"
        out += b"--" + p["boundary"].encode() + b"--\n"
    else:
        out += p["body"]
        if not out.endswith(b"\n"):
            out += b"\n"
    return out


def message(date, frm, to, subject, body, msgid, cc=None, irt=None, refs=None,
            top=None, extra=None, eol="\n", subj_charset="utf-8", reply_to=None,
            order=None):
    """top: trace headers (Return-Path, Received, Authentication-Results...) placed first."""
    h = []
    if top:
        h += top
    h.append("Date: " + rfcdate(date))
    h.append("From: " + frm)
    if reply_to:
        h.append("Reply-To: " + reply_to)
    h.append("To: " + to)
    if cc:
        h.append("Cc: " + cc)
    h.append("Subject: " + hdr(subject, subj_charset))
    h.append("Message-ID: " + msgid)
    if irt:
        h.append("In-Reply-To: " + irt)
    if refs:
        h.append("References: " + "\n\t".join(refs))
    if extra:
        h += extra
    h.append("MIME-Version: 1.0")
    raw = "\n".join(h).encode("ascii") + b"\n" + render(body)
    raw = raw.replace(b"\r\n", b"\n")
    if eol == "\r\n":
        raw = raw.replace(b"\n", b"\r\n")
    return raw


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l.strip() else prefix.rstrip() for l in text.strip("\n").split("\n"))


# ---- trace headers -------------------------------------------------------

def _minus(d, sec):
    return rfcdate(d - timedelta(seconds=sec))


def in_posteo(d, mailfrom, helo, ip, dkim_d, from_d, dkim="pass", spf="pass", dmarc="pass",
              qid="4cQx7L2kMz"):
    auth = ("Authentication-Results: posteo.de;\n\tdkim=%s header.d=%s header.s=sel2024 header.b=\"k3Jd9qPa\";\n"
            "\tspf=%s (posteo.de: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n"
            "\tdmarc=%s (p=%s) header.from=%s") % (
        dkim, dkim_d, spf, mailfrom.split("@")[-1], ip, mailfrom, dmarc,
        "QUARANTINE" if from_d.endswith("amazon.com") else "NONE", from_d)
    if dkim == "none":
        auth = auth.replace('dkim=none header.d=%s header.s=sel2024 header.b="k3Jd9qPa"' % dkim_d,
                            "dkim=none (message not signed)")
    return ["Return-Path: <%s>" % mailfrom,
            "Delivered-To: %s" % ME_P,
            "Received: from mx04.posteo.de (mx04.posteo.de [89.146.220.134])\n\tby mail-in.posteo.de (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (qid, ME_P, _minus(d, -3)),
            "Received: from %s (%s [%s])\n\tby mx04.posteo.de (Postfix) with ESMTPS id 4cQx7K6%s\n\tfor <%s>; %s" % (helo, helo, ip, qid[-4:], ME_P, _minus(d, -2)),
            auth]


def in_m365(d, mailfrom, ip, dkim_d, from_d, dkim="pass", spf="pass", dmarc="pass"):
    dk = "dkim=%s (signature was verified) header.d=%s" % (dkim, dkim_d) if dkim == "pass" else "dkim=%s (no signature) header.d=none" % dkim
    return ["Return-Path: %s" % mailfrom,
            "Received: from OS3PR01MB8841.jpnprd01.prod.outlook.com (2603:1096:604:1a2::9) by\n\tTYWPR01MB10312.jpnprd01.prod.outlook.com with HTTPS; %s" % _minus(d, -4),
            "Received: from %s (%s) by\n\tOS3PR01MB8841.mail.protection.outlook.com (10.167.242.88) with Microsoft SMTP\n\tServer (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8222.4; %s" % (mailfrom.split("@")[-1], ip, _minus(d, -3)),
            "Authentication-Results: spf=%s (sender IP is %s)\n\tsmtp.mailfrom=%s; %s;dmarc=%s action=none\n\theader.from=%s;compauth=%s reason=%s" % (
                spf, ip, mailfrom.split("@")[-1], dk, dmarc, from_d,
                "pass" if dmarc == "pass" else "fail", "100" if dmarc == "pass" else "000"),
            "X-MS-Exchange-Organization-AuthSource: OS3PR01MB8841.jpnprd01.prod.outlook.com",
            "X-MS-Has-Attach: "]


def ses(tag):
    return "<0101019%s-5c1e7a2b-4d8e-4c0f-9a51-2e7f3b6c%04d-000000@us-west-2.amazonses.com>" % (tag, sum(ord(c) * (i + 1) for i, c in enumerate(tag)) % 10000)


def aws_in(d, to, tag, region="us-west-2"):
    """Trace headers for genuine amazon.com mail sent through SES."""
    mf = "0101019%s@%s.amazonses.com" % (tag, region)
    ip = "54.240.27.%d" % (10 + (len(tag) * 7) % 200)
    if to == ME_P:
        return in_posteo(d, mf, "a27-%d.smtp-out.%s.amazonses.com" % (10 + len(tag), region), ip, "amazon.com", "amazon.com",
                         qid="4c" + tag[-8:].upper())
    return in_m365(d, "<%s>" % mf, ip, "amazon.com", "amazon.com")


def label(kind, needs, case, cands):
    return {"kind": kind, "needs_reply": needs, "case": case, "candidate_ids": cands}


def M(raw, kind, needs, case, cands, what, hard):
    return {"raw": raw, "label": label(kind, needs, case, cands), "what": what, "hard": hard}
