# Helpers for building raw RFC 5322 messages (standard library only).
import base64, quopri, hashlib, datetime, random
from email.header import Header

ME_GMAIL = "rei.okabe.works@gmail.com"
ME_CORP = "okabe.rei@nishikaze-sys.co.jp"
ME_NAME = "Rei Okabe"
TC = "aws-cs-trainingcertification-form@amazon.com"
CASE_A = "174718473300482"   # main account-merge case (2025, 15 digits)
CASE_B = "174718561200617"   # duplicate form, closed into A
CASE_C = "14026183351"       # 2023 name-correction case (11 digits)
CASE_CON = "174659877200163" # AWS Support Center billing case (console)
CASE_EDU = "174737140500928" # AWS Educate form case
CASE_SB = "174764019800251"  # Skill Builder form case
TC_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

MSGS = []   # (label, raw_text, crlf)
MID = {}    # key -> Message-ID
_rng = random.Random(265)

CODEC = {"utf-8": "utf-8", "iso-2022-jp": "iso-2022-jp", "shift_jis": "shift_jis",
         "us-ascii": "ascii", "iso-8859-1": "latin-1"}


def hx(n):
    return "".join(_rng.choice("0123456789abcdef") for _ in range(n))


def ses_mid():
    return "<0100%s-%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
        hx(12), hx(8), hx(4), hx(4), hx(4), hx(12))


def gmail_mid():
    return "<CA%s%s@mail.gmail.com>" % (hx(6).upper() + "+", base64.b64encode(bytes(_rng.getrandbits(8) for _ in range(24))).decode().replace("/", "_").replace("=", ""))


def outlook_mid():
    return "<TYCP%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>" % (
        hx(3).upper(), "MB" + str(_rng.randint(1000, 9999)) + hx(12).upper(), str(_rng.randint(1000, 9999)))


def gen_mid(domain):
    return "<%s.%s@%s>" % (hx(16), str(_rng.randint(100000, 999999)), domain)


def date(s, tz="+0900"):
    d = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + tz


def utc_of(datestr):
    d = datetime.datetime.strptime(datestr[5:25], "%d %b %Y %H:%M:%S")
    tz = datestr[26:31]
    off = (int(tz[1:3]) * 60 + int(tz[3:5])) * (1 if tz[0] == "+" else -1)
    return d - datetime.timedelta(minutes=off)


def eh(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def addr(name, email, cs="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:()@"'):
            return '"%s" <%s>' % (name, email)
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, cs).encode(), email)


def part(text, sub="plain", cs="utf-8", cte="qp", extra=None):
    """Return (header_lines, payload_text) for a leaf part."""
    text = text.replace("\r\n", "\n")
    raw = text.encode(CODEC[cs])
    if cte == "qp":
        payload = quopri.encodestring(raw).decode("ascii")
        cteh = "quoted-printable"
    elif cte == "b64":
        b = base64.b64encode(raw).decode("ascii")
        payload = "\n".join(b[i:i + 76] for i in range(0, len(b), 76)) + "\n"
        cteh = "base64"
    elif cte == "7bit":
        payload = raw.decode("ascii")
        cteh = "7bit"
    else:
        payload = raw.decode(CODEC[cs])
        cteh = "8bit"
    hl = ["Content-Type: text/%s; charset=\"%s\"" % (sub, cs if cs != "shift_jis" else "Shift_JIS"),
          "Content-Transfer-Encoding: %s" % cteh]
    if extra:
        hl += extra
    return (hl, payload)


def multi(sub, parts, boundary=None):
    b = boundary or ("----=_Part_%d_%d.%d" % (_rng.randint(10000, 99999), _rng.randint(100000000, 999999999), _rng.randint(10**12, 10**13)))
    out = []
    for hl, pl in parts:
        out.append("--" + b + "\n" + "\n".join(hl) + "\n\n" + pl.rstrip("\n") + "\n")
    payload = "\n".join(out) + "--" + b + "--\n"
    return (["Content-Type: multipart/%s;\n\tboundary=\"%s\"" % (sub, b)], payload)


def alt(plain, html, cs="utf-8", cte="qp"):
    return multi("alternative", [part(plain, "plain", cs, cte), part(html, "html", cs, cte)])


def recv_gmail(ts, host="a48-112.smtp-out.amazonses.com", ip="54.240.48.112", to=ME_GMAIL):
    return [("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s-%s.%d\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s" % (host, host, ip, hx(12), hx(10), _rng.randint(10, 99), to, ts))]


def auth_gmail(dom, dkim="pass", spf="pass", dmarc="pass", mailfrom=None, ip="54.240.48.112", sel="224i4yxa5dv7c2xz3womw6peuasteono"):
    mf = mailfrom or ("0100" + hx(10) + "@" + dom)
    s = "mx.google.com;\n       dkim=%s header.i=@%s header.s=%s header.b=%s;\n       spf=%s (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n       dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=%s) header.from=%s" % (
        dkim, dom, sel, hx(8), spf, mf.split("@")[1], ip, mf, dmarc, "NONE" if dmarc == "pass" else "QUARANTINE", dom)
    if spf != "pass":
        s = s.replace("designates", "does not designate")
    return [("Authentication-Results", s)]


def auth_corp(dom, dkim="pass", spf="pass", dmarc="pass", ip="54.240.27.45"):
    s = "spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n header.d=%s;dmarc=%s action=%s\n header.from=%s;compauth=%s reason=%s" % (
        spf, ip, dom, dkim, dom, dmarc, "none" if dmarc == "pass" else "quarantine", dom,
        "pass" if dmarc == "pass" else "fail", "100" if dmarc == "pass" else "000")
    if dkim != "pass":
        s = s.replace("(signature was verified)", "(body hash did not verify)")
    return [("Authentication-Results", s)]


def add(label, hdrs, root, crlf=False, key=None, mid=None):
    hl, payload = root
    mid = mid or gen_mid("example.invalid")
    names = [h[0].lower() for h in hdrs]
    lines = []
    for name, val in hdrs:
        lines.append("%s: %s" % (name, val))
    if "message-id" not in names:
        lines.append("Message-ID: %s" % mid)
    else:
        mid = [v for n, v in hdrs if n.lower() == "message-id"][0]
    lines.append("MIME-Version: 1.0")
    lines += hl
    raw = "\n".join(lines) + "\n\n" + payload
    if not raw.endswith("\n"):
        raw += "\n"
    if key:
        MID[key] = mid
    lab = {"kind": label[0], "needs_reply": label[1], "case": label[2], "candidate_ids": label[3]}
    MSGS.append((lab, raw, crlf))
    return mid


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.rstrip("\n").split("\n")) + "\n"
