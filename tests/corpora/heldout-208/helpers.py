"""Helpers to build RFC 5322 messages and labels (stdlib only)."""
import json, os, email.utils, datetime
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.header import Header
from email import charset as _cs
from email.policy import compat32

HERE = os.path.dirname(os.path.abspath(__file__))
ME_P = "daichi.morozumi.42@gmail.com"
ME_C = "d.morozumi@suisha-works.co.jp"
ME_NAME = "Daichi Morozumi"
TC = "aws-cs-trainingcertification-form@amazon.com"
CASE_A = "174944773500218"
CASE_B = "174945102800377"
CASE_C = "14873320961"
CASE_D = "175011468200045"
CID_OLD = "AWS03518862"
CID_NEW = "AWS11904637"
SUBJ_TC = "[AWS Training and Certification Form Submission] - account-assistance"

_n = [0]
_counts = {}
MIDS = {}
JST = datetime.timezone(datetime.timedelta(hours=9))
UTC = datetime.timezone.utc


def d(s, tz="jst"):
    """'2025-06-09 14:41' -> RFC 2822 date"""
    dt = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")
    dt = dt.replace(tzinfo=JST)
    if tz == "utc":
        dt = dt.astimezone(UTC)
    elif tz == "pdt":
        dt = dt.astimezone(datetime.timezone(datetime.timedelta(hours=-7)))
    return email.utils.format_datetime(dt)


def hdr(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def addr(name, a, cs="utf-8"):
    if not name:
        return a
    try:
        name.encode("ascii")
        return email.utils.formataddr((name, a))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, cs).encode(), a)


def textpart(body, sub="plain", cs="utf-8", cte=None):
    c = _cs.Charset(cs)
    if cte == "qp":
        c.body_encoding = _cs.QP
    elif cte == "b64":
        c.body_encoding = _cs.BASE64
    elif cte == "8bit" or (cte is None and cs == "utf-8" and body.isascii()):
        c.body_encoding = None
    p = MIMEText("", sub, None)
    del p["Content-Transfer-Encoding"]
    p.set_payload(body, c)
    return p


def auth(domain, ok=True, mx="mx.google.com", mailfrom=None, dmarc=None):
    mf = mailfrom or ("bounces." + domain)
    if ok:
        return ("%s;\n       dkim=pass header.i=@%s header.s=sel1 header.b=Qx7f2aLm;\n"
                "       spf=pass (%s: domain of %s designates 54.240.8.21 as permitted sender) smtp.mailfrom=%s;\n"
                "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s" % (mx, domain, mx, mf, mf, domain))
    return ("%s;\n       dkim=fail header.i=@%s header.s=sel1 header.b=Zr01kQpe;\n"
            "       spf=softfail (%s: domain of transitioning %s does not designate 185.220.101.47 as permitted sender) smtp.mailfrom=%s;\n"
            "       dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s" % (mx, domain, mx, mf, mf, dmarc or "fail", domain))


def emit(kind, needs, case, cands, *, frm, to, subj, date, body=None, html=None,
         cs="utf-8", cte=None, hcs=None, cc=None, irt=None, refs=None, ath=None,
         extra=None, crlf=False, key=None, mid_domain=None, reply_to=None,
         attach_text=None):
    _n[0] += 1
    n = _n[0]
    if body is not None and html is not None:
        m = MIMEMultipart("alternative")
        m.attach(textpart(body, "plain", cs, cte))
        m.attach(textpart(html, "html", cs, cte))
    elif html is not None:
        m = textpart(html, "html", cs, cte)
    else:
        m = textpart(body, "plain", cs, cte)
    if attach_text:
        outer = MIMEMultipart("mixed")
        outer.attach(m)
        fn, content = attach_text
        a = textpart(content, "plain", "utf-8", "b64")
        a.add_header("Content-Disposition", "attachment", filename=fn)
        outer.attach(a)
        m = outer
    h = []
    if ath:
        h.append(("Authentication-Results", ath))
    dom = mid_domain or frm.split("@")[-1].strip(">").strip()
    import random
    rnd = random.Random(n * 7919)
    mid = "<%016x.%04d@%s>" % (rnd.getrandbits(64), n, dom)
    if key:
        MIDS[key] = mid
    h += [("Message-ID", mid), ("Date", date), ("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    if reply_to:
        h.append(("Reply-To", reply_to))
    h.append(("Subject", hdr(subj, hcs or ("iso-2022-jp" if cs == "iso-2022-jp" else "utf-8"))))
    if irt:
        h.append(("In-Reply-To", MIDS.get(irt, irt)))
        rl = [MIDS.get(r, r) for r in (refs or [irt])]
        h.append(("References", " ".join(rl)))
    for k, v in (extra or []):
        h.append((k, v))
    # place our headers before MIME headers
    mime = [(k, v) for k, v in m.items()]
    for k in list(m.keys()):
        del m[k]
    for k, v in h:
        m[k] = v
    if "MIME-Version" not in [k for k, _ in mime]:
        m["MIME-Version"] = "1.0"
    for k, v in mime:
        m[k] = v
    raw = m.as_bytes(policy=compat32)
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    base = os.path.join(HERE, "%03d-msg" % n)
    with open(base + ".eml", "wb") as f:
        f.write(raw)
    lab = {"kind": kind, "needs_reply": needs, "case": case, "candidate_ids": list(cands)}
    with open(base + ".json", "w") as f:
        json.dump(lab, f, ensure_ascii=False)
        f.write("\n")
    _counts[kind] = _counts.get(kind, 0) + 1
    return mid


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.splitlines())


def counts():
    return dict(sorted(_counts.items())), _n[0]
