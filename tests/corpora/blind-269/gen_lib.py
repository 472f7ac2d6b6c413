"""Helpers for building raw RFC 5322 messages (standard library only)."""
import base64
import quopri
import hashlib
from email.header import Header

ME_PERSONAL = "haruka.nishimura.dev@gmail.com"
ME_COMPANY = "h.nishimura@kitsune-sys.co.jp"
ME_OLD = "haru.nishi0412@gmail.com"          # old Gmail, auto-forwards to personal
ALIAS = "cloud-cert@kitsune-sys.co.jp"        # shared company alias
TC_FORM = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"

CASE_A = "174198263500482"
CASE_C = "174198410200317"
CASE_B = "174358021400911"
CASE_D = "13748820561"
SUBJ_FORM = "[AWS Training and Certification Form Submission] - account-assistance"

MESSAGES = []  # list of dicts: raw(bytes), label(dict), note(str), what(str)


def add(raw, kind, needs_reply, case, cands, what, hard):
    if isinstance(raw, str):
        raw = raw.encode("ascii")
    MESSAGES.append({
        "raw": raw,
        "label": {"kind": kind, "needs_reply": needs_reply,
                  "case": case, "candidate_ids": list(cands)},
        "what": what, "hard": hard,
    })


def h(value, charset="utf-8"):
    """Encode a header value if it is not plain ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode()


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        if any(c in name for c in ',.()<>@;:"'):
            return '"%s" <%s>' % (name, email)
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), email)


def mid(seed, domain):
    d = hashlib.sha1(seed.encode()).hexdigest()
    if domain == "ses":
        return "<0100%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
            d[:12], d[12:20], d[20:24], d[24:28], d[28:40])
    if domain == "gmail":
        return "<CA%s%s@mail.gmail.com>" % (
            base64.b32encode(bytes.fromhex(d[:20])).decode().rstrip("="),
            d[20:36].upper())
    if domain == "outlook":
        return "<TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>" % (
            d[:4].upper(), d[4:20].upper(), d[:4].upper())
    return "<%s.%s@%s>" % (d[:16], d[16:24], domain)


def text_part(text, charset="utf-8", cte="quoted-printable", subtype="plain",
              crlf=False, extra=None):
    nl = "\r\n" if crlf else "\n"
    text = text.replace("\r\n", "\n")
    if crlf:
        text = text.replace("\n", "\r\n")
    data = text.encode(charset)
    if cte == "base64":
        b = base64.encodebytes(data)
        body = b.replace(b"\n", nl.encode())
    elif cte == "quoted-printable":
        b = quopri.encodestring(data)
        if crlf:
            b = b.replace(b"\r\n", b"\n").replace(b"=0D\n", b"\n").replace(b"\n", b"\r\n")
        body = b
    else:
        body = data
    params = '; charset="%s"' % charset if charset != "iso-2022-jp" else "; charset=ISO-2022-JP"
    hd = [("Content-Type", "text/%s%s" % (subtype, params)),
          ("Content-Transfer-Encoding", cte)]
    if extra:
        hd += extra
    return (hd, body)


def raw_part(headers, body):
    if isinstance(body, str):
        body = body.encode("utf-8")
    return (headers, body)


def multipart(subtype, parts, boundary, crlf=False):
    nl = ("\r\n" if crlf else "\n").encode()
    out = b""
    for hd, body in parts:
        out += b"--" + boundary.encode() + nl
        for k, v in hd:
            out += ("%s: %s" % (k, v)).encode() + nl
        out += nl + body.rstrip(b"\r\n") + nl
    out += b"--" + boundary.encode() + b"--" + nl
    return ([("Content-Type", 'multipart/%s; boundary="%s"' % (subtype, boundary))], out)


def build(headers, part, crlf=False):
    """headers: list of (name, value); part: (part_headers, body_bytes)."""
    nl = ("\r\n" if crlf else "\n").encode()
    out = b""
    for k, v in headers:
        out += ("%s: %s" % (k, v)).encode() + nl
    out += b"MIME-Version: 1.0" + nl
    for k, v in part[0]:
        out += ("%s: %s" % (k, v)).encode() + nl
    body = part[1]
    if crlf:
        body = body.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    out += nl + body
    if not out.endswith(nl):
        out += nl
    return out


def gauth(frm_domain, mailfrom, dkim="pass", spf="pass", dmarc="pass", dkim_d=None,
          ip="54.240.27.10"):
    dd = dkim_d or frm_domain
    sel = {"amazon.com": "jmlvn2pl5pmg3bz6wsrgh3ecdbnm3qmg",
           "amazonses.com": "6gbrjpgwjskckoa6a5zn6fwqkn67xbtw"}.get(dd, "s1")
    pol = "(p=QUARANTINE sp=QUARANTINE dis=NONE)" if dmarc == "pass" else \
        "(p=QUARANTINE sp=QUARANTINE dis=QUARANTINE)"
    return ("Authentication-Results",
            "mx.google.com;\n       dkim=%s header.i=@%s header.s=%s header.b=Qx%s;\n"
            "       spf=%s (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n"
            "       dmarc=%s %s header.from=%s"
            % (dkim, dd, sel, hashlib.md5(mailfrom.encode()).hexdigest()[:6], spf, mailfrom, ip,
               mailfrom, dmarc, pol, frm_domain))


def received_gmail(to, date, host="a8-31.smtp-out.amazonses.com", ip="54.240.8.31"):
    return ("Received", "from %s (%s [%s])\n        by mx.google.com with ESMTPS id "
            "d9443c01a7336-22e1b6a0f2fsi1182345ad.4\n        for <%s>\n"
            "        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s"
            % (host, host, ip, to, date))


def ses_headers(frm, to, subj, date, seed, cc=None, irt=None, refs=None, dest=None,
                name="Amazon Web Services"):
    dest = dest or to
    d = [("Delivered-To", dest), received_gmail(dest, date),
         gauth("amazon.com", "0100%s@amazonses.com" % hashlib.md5(seed.encode()).hexdigest()[:16],
               ),
         ("Return-Path", "<0100%s@amazonses.com>" % hashlib.md5(seed.encode()).hexdigest()[:16]),
         ("DKIM-Signature", "v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=jmlvn2pl5pmg3bz6wsrgh3ecdbnm3qmg; d=amazon.com; t=1;\n\th=From:To:Subject:Date:Message-ID; bh=%s=;\n\tb=%s="
          % (hashlib.sha256(seed.encode()).hexdigest()[:43], hashlib.sha256((seed + "b").encode()).hexdigest())),
         ("From", addr(name, frm) if name else frm),
         ("To", to)]
    if cc:
        d.append(("Cc", cc))
    d += [("Subject", h(subj)), ("Date", date), ("Message-ID", mid(seed, "ses"))]
    if irt:
        d.append(("In-Reply-To", irt))
    if refs:
        d.append(("References", refs))
    d.append(("Feedback-ID", "1.us-east-1.Kq7%s=:AmazonSES" % hashlib.md5(seed.encode()).hexdigest()[:10]))
    return d


def quote_gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def gmail_fwd(hdrs, date):
    """Headers as they look after Gmail's automatic forwarding (old Gmail -> personal)."""
    return [("Delivered-To", ME_PERSONAL),
            ("Received", "by 2002:a05:7208:c28e:b0:86:9a1e:5c3 with SMTP id m14csp2211890rbn;\n        %s" % date),
            ("X-Forwarded-To", ME_PERSONAL),
            ("X-Forwarded-For", "%s %s" % (ME_OLD, ME_PERSONAL)),
            ("ARC-Seal", "i=2; a=rsa-sha256; t=1; cv=pass; d=google.com; s=arc-20160816;\n        b=fW1x9%s" % hashlib.md5(date.encode()).hexdigest()),
            ] + hdrs


def outlook_block(frm, sent, to, subj, cc=None):
    s = "________________________________\nFrom: %s\nSent: %s\nTo: %s\n" % (frm, sent, to)
    if cc:
        s += "Cc: %s\n" % cc
    s += "Subject: %s\n\n" % subj
    return s


def exch_rule_headers(subj, date, seed, orig_from_domain="amazon.com"):
    """An Exchange Online inbox rule forward, delivered to the personal Gmail."""
    return [("Delivered-To", ME_PERSONAL),
            ("Received", "from JPN01-OS0-obe.outbound.protection.outlook.com (mail-os0jpn01on2110.outbound.protection.outlook.com. [40.107.113.110])\n"
             "        by mx.google.com with ESMTPS id 41be03b00d2f7-af8e1c2a3b1si88123a12.301\n        for <%s>\n        (version=TLS1_2 cipher=ECDHE-ECDSA-AES128-GCM-SHA256 bits=128/128);\n        %s" % (ME_PERSONAL, date)),
            ("Authentication-Results", "mx.google.com;\n       dkim=pass header.i=@kitsunesys.onmicrosoft.com header.s=selector2-kitsunesys-onmicrosoft-com;\n"
             "       arc=pass (i=1 spf=pass spfdomain=kitsune-sys.co.jp dkim=pass dkdomain=kitsune-sys.co.jp dmarc=pass fromdomain=kitsune-sys.co.jp);\n"
             "       spf=pass (google.com: domain of %s designates 40.107.113.110 as permitted sender) smtp.mailfrom=%s;\n"
             "       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=kitsune-sys.co.jp" % (ME_COMPANY, ME_COMPANY)),
            ("From", addr("Nishimura Haruka", ME_COMPANY)),
            ("To", ME_PERSONAL),
            ("Subject", h(subj)),
            ("Thread-Topic", h(subj[4:] if subj.startswith("FW: ") else subj)),
            ("Thread-Index", "AQHblU%s" % base64.b64encode(seed.encode()).decode()[:20]),
            ("Date", date),
            ("Message-ID", mid(seed, "outlook")),
            ("Accept-Language", "ja-JP, en-US"),
            ("Content-Language", "en-US"),
            ("X-MS-Has-Attach", ""),
            ("X-MS-TNEF-Correlator", ""),
            ("Auto-Submitted", "auto-generated"),
            ("X-MS-Exchange-Inbox-Rules-Loop", ME_COMPANY),
            ("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent"),
            ("X-MS-PublicTrafficType", "Email"),
            ("X-MS-Exchange-CrossTenant-OriginalArrivalTime", date),
            ]
