"""Small MIME builder for the blind corpus (standard library only).

Everything is assembled by hand so that charsets, transfer encodings,
line endings and header order can be chosen per message.
"""
import base64
import datetime
import hashlib
import quopri
from email.header import Header
from email.utils import format_datetime, formataddr

# ---- the mailbox owner and the cases -------------------------------------
ME_NAME = "Kaede Oshiro"
ME_JA = "大城 楓"
ME_P = "kaede.oshiro@hanamail.jp"        # personal (kept account)
ME_C = "k.oshiro@tsurugi-sys.co.jp"      # old company (APN partner)
ME_NEW = "kaede.oshiro@aoba-cw.com"      # new employer (not a sending address here)

CAND_OLD = "AWS03318842"
CAND_NEW = "AWS07765120"

CASE_A = "174885564001237"   # main merge case (T&C form), APN hold, reopened later
CASE_B = "174885588044610"   # duplicate form submission
CASE_C = "175003560027719"   # Japanese case: 50% voucher missing after merge
CASE_D = "17503921408"       # Support Center (console) case: Credly badge email
CASE_E = "9183375520"        # AWS Educate form case (other program)

TC_FORM = "aws-cs-trainingcertification-form@amazon.com"
TC_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

MX_P = "mx2.hanamail.jp"
MX_C = "mgw01.tsurugi-sys.co.jp"


def _utc(ts, tz):
    d = datetime.datetime.strptime(ts, "%Y-%m-%d %H:%M:%S" if ts.count(":") == 2 else "%Y-%m-%d %H:%M")
    return d.replace(tzinfo=datetime.timezone.utc), datetime.timezone(datetime.timedelta(hours=tz))


def date_hdr(ts, tz=0):
    """ts is UTC 'YYYY-MM-DD HH:MM'; tz is the sender's offset in hours."""
    d, z = _utc(ts, tz)
    return format_datetime(d.astimezone(z))


def utc_key(ts):
    return _utc(ts, 0)[0]


def mid(tag, dom):
    h = hashlib.sha1(tag.encode()).hexdigest()
    return "<%s.%s@%s>" % (h[:16], h[16:28], dom)


def hdr(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode(maxlinelen=76)


def addr(name, email, cs="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, cs).encode(), email)


# ---- MIME parts ----------------------------------------------------------
def leaf(ctype, text, cs="utf-8", cte="quoted-printable", extra=None, fmt_flowed=False):
    raw = text.encode(cs)
    if cte == "quoted-printable":
        body = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        body = base64.encodebytes(raw).decode("ascii")
    elif cte == "7bit":
        body = raw.decode("ascii")
    else:  # 8bit: keep text, written out in cs later
        body = text
    ct = "%s; charset=%s" % (ctype, '"%s"' % cs if cs.lower() == "utf-8" and ctype == "text/html" else cs)
    if fmt_flowed:
        ct += "; format=flowed"
    h = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if extra:
        h += extra
    return {"headers": h, "body": body, "cs": cs, "cte": cte}


def attach(ctype, name, data_bytes):
    body = base64.encodebytes(data_bytes).decode("ascii")
    h = [("Content-Type", '%s; name="%s"' % (ctype, name)),
         ("Content-Disposition", 'attachment; filename="%s"' % name),
         ("Content-Transfer-Encoding", "base64")]
    return {"headers": h, "body": body, "cs": "ascii", "cte": "base64"}


def multi(subtype, parts, tag="b"):
    b = "----=_Part_" + hashlib.md5((tag + subtype + str(len(parts))).encode()).hexdigest()[:20]
    return {"multi": subtype, "parts": parts, "boundary": b}


def _render(part):
    if "multi" in part:
        head = [("Content-Type", 'multipart/%s; boundary="%s"' % (part["multi"], part["boundary"]))]
        lines = ["This is a multi-part message in MIME format.", ""]
        for p in part["parts"]:
            ph, pl = _render(p)
            lines.append("--" + part["boundary"])
            lines += ["%s: %s" % kv for kv in ph]
            lines.append("")
            lines += pl
        lines.append("--" + part["boundary"] + "--")
        lines.append("")
        return head, lines
    return part["headers"], part["body"].rstrip("\n").split("\n") + [""]


def mail(*, frm, to, subj, date, root, cc=None, msgid=None, irt=None, refs=None,
         auth=None, received=None, extra=None, crlf=False, subj_cs="utf-8",
         reply_to=None, out_cs="utf-8"):
    """Return the whole message as bytes."""
    h = []
    if received:
        for r in received:
            h.append(("Received", r))
    if auth:
        h.append(("Authentication-Results", auth))
    h.append(("From", frm))
    h.append(("To", to))
    if cc:
        h.append(("Cc", cc))
    if reply_to:
        h.append(("Reply-To", reply_to))
    h.append(("Subject", hdr(subj, subj_cs)))
    h.append(("Date", date))
    h.append(("Message-ID", msgid))
    if irt:
        h.append(("In-Reply-To", irt))
    if refs:
        h.append(("References", refs))
    if extra:
        h += extra
    h.append(("MIME-Version", "1.0"))
    ph, lines = _render(root)
    h += ph
    out = ["%s: %s" % kv for kv in h] + [""] + lines
    text = "\n".join(out)
    if crlf:
        text = text.replace("\n", "\r\n")
    return text.encode(out_cs)


# ---- text helpers --------------------------------------------------------
def q(text, mark="> "):
    return "\n".join((mark + l) if l else mark.rstrip() for l in text.strip("\n").split("\n"))


def gmail_quote(when, who, text):
    return "On %s %s wrote:\n%s" % (when, who, q(text))


def outlook_quote(frm, sent, to, subject, text):
    return ("-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s"
            % (frm, sent, to, subject, text.strip("\n")))


def ja_quote(when, who, text):
    return "%s %s:\n%s" % (when, who, q(text))


def html_wrap(inner, title=""):
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%s</title></head>\n"
            "<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px\">\n%s\n</body></html>\n"
            % (title, inner))


AMZ_RCVD = ("from a27-{n}.smtp-out.us-west-2.amazonses.com (a27-{n}.smtp-out.us-west-2.amazonses.com "
            "[54.240.27.{n}]) by {mx} with ESMTPS id {i}; {d}")


def amz_auth(mx, frm_dom="amazon.com", ok=True):
    if ok:
        return ("%s; dkim=pass header.d=%s header.s=yg4mwqurec7fkhzutopddd3ytuaqrvuz; "
                "spf=pass smtp.mailfrom=0101019744b1f3c2@us-west-2.amazonses.com; "
                "dmarc=pass (p=QUARANTINE) header.from=%s" % (mx, frm_dom, frm_dom))
    return ("%s; dkim=fail (signature did not verify) header.d=%s; "
            "spf=softfail smtp.mailfrom=%s; dmarc=fail (p=QUARANTINE dis=NONE) header.from=%s"
            % (mx, frm_dom, frm_dom, frm_dom))


def gen_auth(mx, dom, ok=True):
    r = "pass" if ok else "fail"
    return "%s; dkim=%s header.d=%s; spf=%s smtp.mailfrom=%s; dmarc=%s header.from=%s" % (
        mx, r, dom, r, dom, r, dom)


def rcvd(host, ip, mx, ts, tz=0):
    return "from %s (%s [%s]) by %s with ESMTPS; %s" % (host, host, ip, mx, date_hdr(ts, tz))


def entry(ts, kind, reply, case, cands, note, eml):
    return {"ts": ts, "kind": kind, "needs_reply": reply, "case": case,
            "candidate_ids": list(cands), "note": note, "eml": eml}
