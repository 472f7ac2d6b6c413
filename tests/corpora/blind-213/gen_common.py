# Shared helpers for the blind corpus generator (standard library only).
import os, json, base64, quopri, hashlib, datetime
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.multipart import MIMEMultipart
from email.mime.base import MIMEBase
from email.header import Header
from email import generator, policy, utils

OUTDIR = os.path.dirname(os.path.abspath(__file__))

ME_P = "haruka.mizuno.dev@gmail.com"          # personal
ME_C = "h.mizuno@kestrel-sys.co.jp"           # company (until 2025-03-31)
ME_NAME = "Haruka Mizuno"
ME_NAME_JA = "水野 遥"
TC = "aws-cs-trainingcertification-form@amazon.com"

# case numbers
CASE_C = "173983926704418"   # JP: Credly badge / duplicate accounts (Feb)
CASE_A = "174114083500927"   # company -> personal merge (Mar)
CASE_B = "174114190002153"   # duplicate form for the same merge
CASE_K = "13520094871"       # Support Center (console) case: voucher missing
CASE_E = "174402751900386"   # JP: old university-era account (Apr)

# candidate IDs
ID_CO = "AWS02741856"     # original company account
ID_DUP = "AWS09917230"    # duplicate created with the same company address
ID_APN = "AWS10488517"    # created by Partner Central SSO
ID_P = "AWS12906344"      # new personal account
ID_U = "AWS00638219"      # university-era account

JST = datetime.timezone(datetime.timedelta(hours=9))
UTC = datetime.timezone.utc

MSGS = []   # (bytes, label, note)
MIDS = {}


def dt(s, tz=JST):
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)


def date_hdr(d, tzname=False):
    return utils.format_datetime(d)


def h(tag, n=16):
    return hashlib.sha1(tag.encode()).hexdigest()[:n]


def mid(tag, style="ses"):
    """Deterministic Message-ID in the style of a given mailer."""
    if tag in MIDS:
        return MIDS[tag]
    x = hashlib.sha1(tag.encode()).hexdigest()
    if style == "ses":
        v = "<010001%s-%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
            x[:10], x[10:18], x[18:22], x[22:26], x[26:30], x[30:40] + x[:2])
    elif style == "sf":
        v = "<%s.%s@sfdc.net>" % (x[:20].upper(), x[20:32])
    elif style == "gmail":
        v = "<CA+%s%s@mail.gmail.com>" % (base64.b64encode(bytes.fromhex(x[:30])).decode().rstrip("=").replace("/", "_"), "Q" + x[30:36])
    elif style == "outlook":
        v = "<TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>" % (x[:4].upper(), x[4:24].upper(), x[24:28].upper())
    else:
        v = "<%s.%s@%s>" % (x[:12], x[12:24], style)
    MIDS[tag] = v
    return v


def enc_hdr(s, cs="utf-8"):
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
        return utils.formataddr((name, a))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, cs).encode(), a)


def part(text, sub="plain", cs="utf-8", enc="qp", fmt_flowed=False):
    p = MIMENonMultipart("text", sub, charset=cs)
    if fmt_flowed:
        p.set_param("format", "flowed")
    raw = text.encode(cs)
    if enc == "b64":
        payload = base64.encodebytes(raw).decode("ascii")
        cte = "base64"
    elif enc == "qp":
        payload = quopri.encodestring(raw).decode("ascii")
        cte = "quoted-printable"
    elif enc == "7bit":
        payload = raw.decode("ascii")
        cte = "7bit"
    else:  # 8bit
        payload = raw.decode("ascii", "surrogateescape")
        cte = "8bit"
    p.set_payload(payload)
    p["Content-Transfer-Encoding"] = cte
    return p


def attachment(data, maintype, subtype, filename):
    p = MIMEBase(maintype, subtype, name=filename)
    p.set_payload(base64.encodebytes(data).decode("ascii"))
    p["Content-Transfer-Encoding"] = "base64"
    p["Content-Disposition"] = 'attachment; filename="%s"' % filename
    return p


def alt(*parts):
    m = MIMEMultipart("alternative", boundary="--=_alt_" + h(repr([x.get_payload()[:40] for x in parts]), 20))
    for p in parts:
        m.attach(p)
    return m


def mixed(*parts):
    m = MIMEMultipart("mixed", boundary="--=_mix_" + h(repr(len(parts)) + repr(parts[0].get_content_type()) + str(len(MSGS)), 20))
    for p in parts:
        m.attach(p)
    return m


TINY_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")


def auth_gmail(dom, ok=True, dkim_dom=None, mailfrom=None, ip="54.240.27.61"):
    dkim_dom = dkim_dom or dom
    mailfrom = mailfrom or ("bounces+%s@%s" % (h(dom, 8), dom))
    if ok:
        return ("mx.google.com;\n       dkim=pass header.i=@%s header.s=%s header.b=%s;\n"
                "       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n"
                "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
                % (dkim_dom, h(dom + "s", 8), h(dom + "b", 8), mailfrom, ip, mailfrom, dom))
    return ("mx.google.com;\n       dkim=fail header.i=@%s header.s=%s header.b=%s;\n"
            "       spf=softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s;\n"
            "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s"
            % (dkim_dom, h(dom + "s", 8), h(dom + "b", 8), mailfrom, ip, mailfrom, dom))


def auth_m365(dom, ok=True, ip="54.240.8.47", mailfrom=None):
    mailfrom = mailfrom or "amazonses.com"
    if ok:
        return ("spf=pass (sender IP is %s)\n smtp.mailfrom=%s; dkim=pass (signature was verified)\n"
                " header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass\n reason=100" % (ip, mailfrom, dom, dom))
    return ("spf=fail (sender IP is %s)\n smtp.mailfrom=%s; dkim=none (message not signed)\n"
            " header.d=none;dmarc=fail action=quarantine header.from=%s;compauth=fail\n reason=000" % (ip, mailfrom, dom))


def build(body, frm, to, subject, date, msgid, irt=None, refs=None, cc=None,
          auth=None, extra=None, subj_cs="utf-8", crlf=False, received=None, reply_to=None):
    """body: a MIME object. Returns bytes."""
    top = []
    if received:
        for r in received:
            top.append(("Received", r))
    if auth:
        top.append(("Authentication-Results", auth))
    top += [("From", frm), ("To", to)]
    if cc:
        top.append(("Cc", cc))
    if reply_to:
        top.append(("Reply-To", reply_to))
    top += [("Subject", enc_hdr(subject, subj_cs)), ("Date", utils.format_datetime(date)),
            ("Message-ID", msgid)]
    if irt:
        top.append(("In-Reply-To", irt))
    if refs:
        top.append(("References", refs))
    for k, v in (extra or []):
        top.append((k, v))
    top.append(("MIME-Version", "1.0"))
    body._headers = [x for x in body._headers if x[0].lower() != "mime-version"]
    for p in body.walk():
        if p is not body:
            del p["MIME-Version"]
    body._headers = top + body._headers
    import io
    fp = io.BytesIO()
    pol = policy.compat32.clone(linesep="\r\n" if crlf else "\n")
    generator.BytesGenerator(fp, mangle_from_=False, maxheaderlen=0, policy=pol).flatten(body)
    return fp.getvalue()


def add(data, kind, reply, case, cids, what, hard):
    label = {"kind": kind, "needs_reply": reply, "case": case, "candidate_ids": list(cids)}
    MSGS.append((data, label, what, hard))


def write_all():
    from collections import Counter
    for f in os.listdir(OUTDIR):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(OUTDIR, f))
    for i, (data, label, what, hard) in enumerate(MSGS, 1):
        with open(os.path.join(OUTDIR, "%03d-msg.eml" % i), "wb") as f:
            f.write(data)
        with open(os.path.join(OUTDIR, "%03d-msg.json" % i), "w") as f:
            json.dump(label, f, ensure_ascii=False)
            f.write("\n")
    c = Counter(l["kind"] for _, l, _, _ in MSGS)
    for k in sorted(c):
        print("%-22s %d" % (k, c[k]))
    print("%-22s %d" % ("TOTAL", len(MSGS)))
    print("%-22s %d" % ("needs_reply=true", sum(1 for _, l, _, _ in MSGS if l["needs_reply"])))


def table_rows():
    rows = []
    for i, (data, label, what, hard) in enumerate(MSGS, 1):
        rows.append("| %03d | %s | %s | %s | %s | %s |" % (
            i, label["kind"], "yes" if label["needs_reply"] else "no", label["case"] or "-", what, hard))
    return rows
