#!/usr/bin/env python3
"""Writes the blind-288 corpus: NNN-msg.eml + NNN-msg.json next to this script.

Standard library only.  Run:  python3 gen.py        (writes files, prints count per kind)
                               python3 gen.py --table (also prints the README table)
"""
import base64
import datetime
import html as htmlmod
import json
import os
import quopri
import random
import re
import sys
from collections import Counter
from email.header import Header
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
RND = random.Random(288)

# ---------------------------------------------------------------- people
P = "k.morishita.ja@gmail.com"            # personal (kept) address
C = "kenta.morishita@nordlight-sys.co.jp"  # company address, switched off 31 Oct
ME = "Kenta Morishita"
TC = "aws-cs-trainingcertification-form@amazon.com"
TCN = "AWS Training and Certification"
CONSOLE = "no-reply-aws@amazon.com"

# ---------------------------------------------------------------- cases
C4 = "175677566200417"   # name spelling fix, closed for no answer, reopened by late reply
C1 = "175971066900862"   # company -> personal merge, APN hold, wrong address, unclear answer
C2 = "176126567101135"   # duplicate form for the C1 request
C3 = "17631245087"       # Support Center (console) case: exam result missing after merge
C5 = "176343514000291"   # Japanese: two accounts on one address, Credly badge missing
FAKE = "176114760400779" # used by a spoofed mail (dmarc=fail)
EDU = "176163195300158"  # AWS Educate form case (other program)
QUOTA = "17620811439"    # console case about an EC2 quota (not T&C)

A_CO = "AWS02738415"     # company certification account
A_NEW = "AWS04160972"    # personal certification account (kept)
A_DUP = "AWS04188231"    # accidental duplicate on the personal address

FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

UTC = datetime.timezone.utc
JST = datetime.timezone(datetime.timedelta(hours=9))


def dt(s, tz=UTC):
    return datetime.datetime.fromisoformat(s).replace(tzinfo=tz)


def rdate(d):
    return format_datetime(d)


# ---------------------------------------------------------------- ids
def _hex(n):
    return "".join(RND.choice("0123456789abcdef") for _ in range(n))


def _b64ish(n):
    return "".join(RND.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+") for _ in range(n))


def mid_ses():
    return "<0100019%s-%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
        _hex(9), _hex(8), _hex(4), _hex(4), _hex(4), _hex(12))


def mid_gmail():
    return "<CA%s@mail.gmail.com>" % _b64ish(52)


def mid_outlook():
    box = "TYCPR01MB%d" % RND.randint(10000, 99999)
    return "<%s%s@%s.jpnprd01.prod.outlook.com>" % (box, _hex(18).upper(), box)


def mid_at(domain):
    return "<%s.%s@%s>" % (_hex(16), RND.randint(100000, 999999), domain)


# ---------------------------------------------------------------- headers
def enc(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset, maxlinelen=76).encode()


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        if re.search(r'[(),.:;<>@\[\]"|]', name):
            name = '"%s"' % name
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), email)


def gmail_in(d, mailfrom, ip, helo, dkim="amazon.com", dmarc="pass", spf="pass", fromdom="amazon.com",
             dkim_res="pass", rcpt=P, policy="p=QUARANTINE sp=QUARANTINE dis=NONE"):
    """Headers Gmail adds on delivery."""
    ts = rdate(d + datetime.timedelta(seconds=RND.randint(2, 9)))
    smtpid = _b64ish(20)
    dk = ("dkim=%s header.i=@%s header.s=%s header.b=%s" % (dkim_res, dkim, _hex(8), _b64ish(8))) if dkim else "dkim=none"
    spftxt = {"pass": "designates", "fail": "does not designate", "softfail": "does not designate"}[spf]
    return [
        ("Delivered-To", rcpt),
        ("Received", "by 2002:a05:6a10:%s:b0:5f1:%s with SMTP id %s;\n        %s" % (_hex(4), _hex(4), smtpid, ts)),
        ("Received", "from %s (%s [%s])\n        by mx.google.com with ESMTPS id %s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s"
         % (helo, helo, ip, _b64ish(22), rcpt, ts)),
        ("Authentication-Results", "mx.google.com;\n       %s;\n       spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s;\n       dmarc=%s (%s) header.from=%s"
         % (dk, spf, mailfrom, spftxt, ip, mailfrom, dmarc, policy, fromdom)),
        ("Return-Path", "<%s>" % mailfrom),
    ]


def m365_in(d, mailfrom_dom, ip, fromdom="amazon.com", dkim=True, dmarc="pass"):
    """Headers the company's Microsoft 365 tenant adds."""
    return [
        ("Received", "from TY2PR0101CA00%d.outlook.office365.com (2603:1096:404:%s::%s) by\n TYCPR01MB8842.jpnprd01.prod.outlook.com with HTTPS; %s"
         % (RND.randint(10, 99), _hex(4), _hex(2), rdate(d + datetime.timedelta(seconds=4)))),
        ("Authentication-Results", "spf=pass (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n header.d=%s;dmarc=%s action=none header.from=%s;compauth=pass\n reason=100"
         % (ip, mailfrom_dom, "pass" if dkim else "none", fromdom, dmarc, fromdom)),
        ("Return-Path", "bounces+%s@%s" % (_hex(10), mailfrom_dom)),
    ]


def ses_from():
    return "0100019%s-%s-000000@email.amazonses.com" % (_hex(9), _hex(8))


def aws_gmail(d, rcpt=P):
    mf = ses_from()
    return gmail_in(d, mf, "54.240.%d.%d" % (RND.randint(1, 60), RND.randint(2, 250)),
                    "a27-%d.smtp-out.us-west-2.amazonses.com" % RND.randint(10, 200), rcpt=rcpt)


# ---------------------------------------------------------------- MIME
class Leaf:
    def __init__(self, text, subtype="plain", charset="utf-8", cte="quoted-printable", quote_cs=True,
                 extra=None, codec=None):
        self.text, self.subtype, self.charset, self.cte = text, subtype, charset, cte
        self.quote_cs, self.extra, self.codec = quote_cs, extra or [], codec or charset

    def render(self):
        raw = self.text.encode(self.codec)
        if self.cte == "base64":
            body = base64.encodebytes(raw)
        elif self.cte == "quoted-printable":
            body = quopri.encodestring(raw)
        else:
            body = raw
        if not body.endswith(b"\n"):
            body += b"\n"
        cs = ('"%s"' % self.charset) if self.quote_cs else self.charset
        hs = [("Content-Type", "text/%s; charset=%s" % (self.subtype, cs)),
              ("Content-Transfer-Encoding", self.cte)] + self.extra
        return hs, body


class Raw:
    """A part given as ready headers + body text (e.g. message/delivery-status)."""
    def __init__(self, headers, body):
        self.headers, self.body = headers, body

    def render(self):
        b = self.body.encode("ascii")
        return self.headers, b if b.endswith(b"\n") else b + b"\n"


class Multi:
    def __init__(self, subtype, parts, params=""):
        self.subtype, self.parts, self.params = subtype, parts, params
        self.boundary = "%s%s" % (RND.choice(["----=_Part_", "000000000000", "_000_", "--==_mimepart_"]), _hex(24))

    def render(self):
        out = b""
        for p in self.parts:
            hs, body = p.render()
            out += b"--" + self.boundary.encode() + b"\n"
            out += "".join("%s: %s\n" % h for h in hs).encode("ascii") + b"\n" + body
        out += b"--" + self.boundary.encode() + b"--\n"
        return [("Content-Type", 'multipart/%s; boundary="%s"%s' % (self.subtype, self.boundary, self.params))], out


def alt(text, html, cs="utf-8", text_cte="quoted-printable", html_cte="quoted-printable", codec=None):
    return Multi("alternative", [Leaf(text, "plain", cs, text_cte, codec=codec),
                                 Leaf(html, "html", "utf-8", html_cte)])


def t2h(text, style="font-family:Arial,Helvetica,sans-serif;font-size:14px"):
    """Plain paragraphs -> simple HTML."""
    paras = [p for p in text.strip("\n").split("\n\n")]
    out = []
    for p in paras:
        out.append("<p>%s</p>" % "<br>\n".join(htmlmod.escape(l) for l in p.split("\n")))
    return '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n<body><div style="%s">\n%s\n</div></body></html>' % (style, "\n".join(out))


def gt(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l.strip() else prefix.rstrip() for l in text.strip("\n").split("\n"))


def gmail_attr(d, name, email):
    d = d.astimezone(JST)
    return "On %s at %s %s <%s> wrote:" % (d.strftime("%a, %b ") + str(d.day) + d.strftime(", %Y"),
                                          d.strftime("%I:%M %p").lstrip("0"), name, email)


def gmail_html(new_text, attr, quoted_text):
    newh = "".join('<div>%s</div>' % (htmlmod.escape(l) if l else "<br>") for l in new_text.strip("\n").split("\n"))
    qh = "<br>\n".join(htmlmod.escape(l) for l in quoted_text.strip("\n").split("\n"))
    return ('<div dir="ltr">%s</div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>\n'
            % (newh, htmlmod.escape(attr), qh))


# ---------------------------------------------------------------- messages
MSGS = []
IDS = {}


def add(key, kind, reply, case, cands, headers, part, note, crlf=False, mid=None):
    mid = mid or mid_ses()
    IDS[key] = mid
    MSGS.append(dict(key=key, kind=kind, reply=reply, case=case, cands=cands, headers=headers,
                     part=part, note=note, crlf=crlf, mid=mid))


def refs(*keys, extra=()):
    ids = list(extra) + [IDS[k] for k in keys]
    return [("In-Reply-To", ids[-1]), ("References", "\n ".join(ids))]


def serialize(m):
    hs = list(m["headers"])
    names = [h[0].lower() for h in hs]
    if "message-id" not in names:
        hs.append(("Message-ID", m["mid"]))
    chs, body = m["part"].render()
    hs.append(("MIME-Version", "1.0"))
    hs.extend(chs)
    data = "".join("%s: %s\n" % h for h in hs).encode("ascii") + b"\n" + body
    if m["crlf"]:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data


PARTS = os.path.join(HERE, "parts")


def build():
    """Run parts/partNN.py in order in this module's namespace; each adds messages with add()."""
    for name in sorted(os.listdir(PARTS)):
        if re.fullmatch(r"part\d\d\.py", name):
            path = os.path.join(PARTS, name)
            with open(path, encoding="utf-8") as f:
                exec(compile(f.read(), path, "exec"), globals())


# ---------------------------------------------------------------- main
def main():
    build()
    for i, m in enumerate(MSGS, 1):
        base = os.path.join(HERE, "%03d-msg" % i)
        with open(base + ".eml", "wb") as f:
            f.write(serialize(m))
        label = {"kind": m["kind"], "needs_reply": m["reply"], "case": m["case"], "candidate_ids": m["cands"]}
        with open(base + ".json", "w", encoding="utf-8") as f:
            json.dump(label, f, ensure_ascii=False)
            f.write("\n")
    cnt = Counter(m["kind"] for m in MSGS)
    print("messages: %d" % len(MSGS))
    for k in sorted(cnt):
        print("  %-22s %d" % (k, cnt[k]))
    print("needs_reply true: %d" % sum(1 for m in MSGS if m["reply"]))
    if "--table" in sys.argv:
        print()
        print("| # | kind | reply? | case | what it is / what makes it hard |")
        print("|---|---|---|---|---|")
        for i, m in enumerate(MSGS, 1):
            print("| %03d | %s | %s | %s | %s |" % (i, m["kind"], "yes" if m["reply"] else "no",
                                                m["case"] or "-", m["note"].replace("|", "/")))


if __name__ == "__main__":
    main()
