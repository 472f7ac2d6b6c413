# Shared helpers for the blind corpus generator (standard library only).
import base64, quopri, datetime, hashlib
import email.utils, email.header

ME_NAME = "Keita Brennan"
ME_P = "kbrennan@fastmail.com"            # personal
ME_C = "k.brennan@hoshizora-soft.co.jp"   # company (closes 30 May 2025)
TC = "aws-cs-trainingcertification-form@amazon.com"
TC_NAME = "AWS Training and Certification"

CASE_A = "174651208300118"
CASE_B = "174688921700342"
CASE_C = "14071936582"
CASE_D = "174893714600507"
CASE_F = "8391047265"
CAND_OLD = "AWS04417720"   # company account
CAND_NEW = "AWS09165233"   # personal account
CAND_SSO = "AWS02736619"   # third account (Partner Central SSO)

MESSAGES = []


def D(s):
    """'2025-05-06 06:14:51 +0000' -> RFC 5322 date string."""
    dt = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")
    return email.utils.format_datetime(dt)


def utc(s):
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z").astimezone(datetime.timezone.utc)


def h(s, charset="utf-8"):
    """Encode a header value with RFC 2047 if needed."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return email.header.Header(s, charset).encode()


def addr(name, mail, charset="utf-8"):
    if name is None:
        return mail
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:()<>@"'):
            return '"%s" <%s>' % (name, mail)
        return "%s <%s>" % (name, mail)
    except UnicodeEncodeError:
        return "%s <%s>" % (email.header.Header(name, charset).encode(), mail)


PYCODEC = {"iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis", "utf-8": "utf-8",
           "us-ascii": "ascii", "iso-8859-1": "latin-1", "windows-1252": "cp1252"}


def leaf(ctype, text, charset="utf-8", cte="quoted-printable", params="", disp=None):
    """Return a MIME entity (headers + body) as str with \n line ends."""
    data = text.encode(PYCODEC[charset.lower()])
    if cte == "base64":
        b = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        b = quopri.encodestring(data).decode("ascii")
    elif cte == "7bit":
        b = data.decode("ascii")
    elif cte == "8bit":
        b = text
    else:
        raise ValueError(cte)
    hd = "Content-Type: %s; charset=%s%s\n" % (ctype, charset if charset != "us-ascii" else "us-ascii", params)
    hd += "Content-Transfer-Encoding: %s\n" % cte
    if disp:
        hd += "Content-Disposition: %s\n" % disp
    if not b.endswith("\n"):
        b += "\n"
    return hd + "\n" + b


def multipart(subtype, parts, boundary, preamble=None):
    out = 'Content-Type: multipart/%s;\n\tboundary="%s"\n\n' % (subtype, boundary)
    if preamble:
        out += preamble + "\n"
    for p in parts:
        out += "--%s\n%s" % (boundary, p)
        if not p.endswith("\n"):
            out += "\n"
    out += "--%s--\n" % boundary
    return out


def rfc822_part(raw_text, disp="inline"):
    return "Content-Type: message/rfc822\nContent-Disposition: %s\n\n%s" % (disp, raw_text if raw_text.endswith("\n") else raw_text + "\n")


def mk(frm, to, subject, date, msgid, body, cc=None, reply_to=None, irt=None, refs=None,
       extra=None, pre=None, subject_charset="utf-8", crlf=False, mime=True):
    """Assemble a full message. `pre` = trace headers placed first (Received, Authentication-Results)."""
    lines = []
    for p in (pre or []):
        lines.append(p.rstrip("\n"))
    lines.append("From: " + frm)
    lines.append("To: " + to)
    if cc:
        lines.append("Cc: " + cc)
    if reply_to:
        lines.append("Reply-To: " + reply_to)
    lines.append("Subject: " + h(subject, subject_charset))
    lines.append("Date: " + D(date))
    lines.append("Message-ID: " + msgid)
    if irt:
        lines.append("In-Reply-To: " + irt)
    if refs:
        lines.append("References: " + refs)
    for k, v in (extra or []):
        lines.append("%s: %s" % (k, v))
    if mime:
        lines.append("MIME-Version: 1.0")
    text = "\n".join(lines) + "\n" + body
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    return text


def ses_id(seed):
    x = hashlib.sha1(seed.encode()).hexdigest()
    return "<0100019%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (x[:9], x[9:17], x[17:21], x[21:25], x[25:37])


def hexid(seed, n=32):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def rcv_fm(host, ip, date, rcpt=ME_P, qid=None):
    qid = qid or hexid(host + date, 10).upper()
    return ("Received: from %s (%s [%s])\n\tby mx3.messagingengine.com (Postfix) with ESMTPS id %s\n"
            "\tfor <%s>; %s" % (host, host, ip, qid, rcpt, D(date)))


def ar_fm(fromdom, dkimdom=None, dkim="pass", spf="pass", dmarc="pass", mailfrom=None, policy="quarantine"):
    dkimdom = dkimdom or fromdom
    mailfrom = mailfrom or ("bounce@" + fromdom)
    return ("Authentication-Results: mx3.messagingengine.com;\n"
            "    dkim=%s (2048-bit rsa key sha256) header.d=%s header.i=@%s header.a=rsa-sha256;\n"
            "    dmarc=%s policy.published-domain-policy=%s header.from=%s;\n"
            "    spf=%s smtp.mailfrom=%s"
            % (dkim, dkimdom, dkimdom, dmarc, policy, fromdom, spf, mailfrom))


def rcv_ms(host, ip, date, rcpt=ME_C):
    return ("Received: from %s (%s) by TYCP286CA0113.outlook.office365.com\n"
            " (2603:1096:400:2b9::12) with Microsoft SMTP Server (version=TLS1_3,\n"
            " cipher=TLS_AES_256_GCM_SHA384) id 15.20.8722.27 via Frontend Transport; %s" % (host, ip, D(date)))


def ar_ms(fromdom, mailfrom, ip, dkim="pass", spf="pass", dmarc="pass"):
    act = "none" if dmarc == "pass" else "quarantine"
    comp = "pass reason=100" if dmarc == "pass" else "fail reason=000"
    return ("Authentication-Results: spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n"
            " header.d=%s;dmarc=%s action=%s header.from=%s;compauth=%s"
            % (spf, ip, mailfrom, dkim, fromdom, dmarc, act, fromdom, comp))


def add(kind, needs_reply, case, cands, raw, what, hard):
    MESSAGES.append({"kind": kind, "needs_reply": needs_reply, "case": case,
                     "candidate_ids": list(cands), "raw": raw, "what": what, "hard": hard})


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.rstrip("\n").split("\n"))
