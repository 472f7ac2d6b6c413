#!/usr/bin/env python3
"""Writes the blind-156 corpus: NNN-msg.eml + NNN-msg.json (+ README.md) next to this script.

Standard library only.  Run: python3 gen.py
"""
import base64
import collections
import datetime as dt
import email.utils
import hashlib
import json
import os
import quopri
from email.header import Header

OUT = os.path.dirname(os.path.abspath(__file__))

ME = "Takumi Aoyagi"
ME_JA = "青柳 拓海"
ME_P = "aoyagi.tkm@gmail.com"
ME_C = "t-aoyagi@hoshizora-tech.co.jp"
TC = "aws-cs-trainingcertification-form@amazon.com"
TC_NAME = "AWS Training and Certification"
NOREPLY = "no-reply-aws@amazon.com"
CERTM = "do-not-reply@certmetrics.com"
CREDLY = "admin@credly.com"

UTC = dt.timezone.utc
JST = dt.timezone(dt.timedelta(hours=9))
PST = dt.timezone(dt.timedelta(hours=-8))
PDT = dt.timezone(dt.timedelta(hours=-7))
EST = dt.timezone(dt.timedelta(hours=-5))
EDT = dt.timezone(dt.timedelta(hours=-4))

# case numbers
CA = "13894027561"        # 2023, duplicate profiles under one address (Credly)
CE = "14752038914"        # 2024, name on certification record (Japanese)
CG = "14983320567"        # 2024, practice-exam benefit, closed for no answer
CB = "174047418800371"    # 2025, company -> personal merge (APN hold)
CC = "174065290100128"    # 2025, duplicate of CB
CD = "174174432500917"    # 2025, console case, ESL +30 accommodation
CF = "174355307200655"    # 2025, exam result missing, closed on request

ID_P = "AWS07724519"      # personal certification account
ID_DUP = "AWS07731102"    # accidental duplicate (2023)
ID_C = "AWS03318846"      # company certification account

FORM_SUBJ = "[AWS Training and Certification Form Submission]"


# --------------------------------------------------------------------------- helpers
def D(s, tz):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)


def fdate(d):
    return email.utils.format_datetime(d)


def h(s, cs="utf-8"):
    """Encode a header value if it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs, maxlinelen=74).encode()


def addr(name, a, cs="utf-8"):
    if not name:
        return a
    return email.utils.formataddr((name, a), charset=cs)


def hx(seed, n):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def b64tok(seed, n):
    return base64.urlsafe_b64encode(hashlib.sha256(seed.encode()).digest()).decode()[:n].replace("-", "x").replace("_", "Q")


def mid_ses(seed, d):
    ms = int(d.timestamp() * 1000)
    return "<0100%012x-%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
        ms, hx(seed, 8), hx(seed + "a", 4), hx(seed + "b", 4), hx(seed + "c", 4), hx(seed + "d", 12))


def mid_gmail(seed):
    return "<CA%s@mail.gmail.com>" % b64tok(seed, 52)


def mid_outlook(seed):
    box = "TYCPR01MB%s" % hx(seed, 4).upper()
    return "<%s%s@%s.jpnprd01.prod.outlook.com>" % (box, hx(seed + "m", 12).upper(), box)


def mid_generic(seed, domain):
    return "<%s.%s@%s>" % (hx(seed, 16), hx(seed + "x", 8), domain)


class Part:
    def __init__(self, headers, body):
        self.headers = headers      # list of "Name: value" strings
        self.body = body            # bytes, LF line ends (converted at the end)


CS_CODEC = {"utf-8": "utf-8", "UTF-8": "utf-8", "iso-2022-jp": "iso2022_jp",
            "ISO-2022-JP": "iso2022_jp", "Shift_JIS": "shift_jis", "us-ascii": "ascii",
            "windows-1252": "cp1252"}


def text(t, sub="plain", cs="utf-8", cte="quoted-printable", extra=None, fmt_flowed=False):
    t = t.replace("\r\n", "\n")
    if not t.endswith("\n"):
        t += "\n"
    codec = CS_CODEC[cs]
    ct = 'Content-Type: text/%s; charset="%s"' % (sub, cs)
    if fmt_flowed:
        ct += "; format=flowed"
    if cte == "quoted-printable":
        body = quopri.encodestring(t.encode(codec))
    elif cte == "base64":
        body = base64.encodebytes(t.replace("\n", "\r\n").encode(codec))
    else:  # 7bit / 8bit
        body = t.encode(codec)
    hdrs = [ct, "Content-Transfer-Encoding: %s" % cte]
    if extra:
        hdrs += extra
    return Part(hdrs, body)


def multi(sub, parts, seed, preamble=None, params=""):
    bd = "----=_Part_%d_%s.%s" % (int(hx(seed, 5), 16), hx(seed + "q", 10), int(hx(seed + "t", 8), 16))
    out = b""
    if preamble:
        out += preamble.encode() + b"\n\n"
    for p in parts:
        out += b"--" + bd.encode() + b"\n"
        out += "\n".join(p.headers).encode() + b"\n\n"
        out += p.body
        if not out.endswith(b"\n"):
            out += b"\n"
    out += b"--" + bd.encode() + b"--\n"
    return Part(['Content-Type: multipart/%s;%s boundary="%s"' % (sub, params, bd)], out)


def gmail_bd_multi(parts, seed):
    """Gmail style multipart/alternative boundary."""
    bd = "000000000000%s" % hx(seed, 16)
    out = b""
    for p in parts:
        out += b"--" + bd.encode() + b"\n" + "\n".join(p.headers).encode() + b"\n\n" + p.body
        if not out.endswith(b"\n"):
            out += b"\n"
        out += b"\n"
    out += b"--" + bd.encode() + b"--\n"
    return Part(['Content-Type: multipart/alternative; boundary="%s"' % bd], out)


def build(headers, root, eol="\n"):
    lines = []
    for k, v in headers:
        if v is None:
            continue
        lines.append("%s: %s" % (k, v))
    head = "\n".join(lines + ["MIME-Version: 1.0"] + root.headers)
    raw = head.encode("ascii") + b"\n\n" + root.body
    raw = raw.replace(b"\r\n", b"\n")
    if eol == "\r\n":
        raw = raw.replace(b"\n", b"\r\n")
    return raw


def html_from_text(t, font="Arial, Helvetica, sans-serif"):
    import html as _h
    paras = t.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(_h.escape(x) for x in p.split("\n")) + "</p>")
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n'
            '<body style="font-family: %s; font-size: 14px;">\n' % font + "\n".join(out) + "\n</body>\n</html>\n")


def quote(t, prefix="> "):
    return "\n".join((prefix + l) if l.strip() else prefix.rstrip() for l in t.strip("\n").split("\n"))


# authentication / transport header blocks --------------------------------------
def gmail_in(d, mailfrom, host, ip, dkim_d, from_dom, seed, dkim="pass", spf="pass", dmarc="pass",
             policy="p=QUARANTINE sp=QUARANTINE dis=NONE"):
    local = d.astimezone(PST if d.month in (11, 12, 1, 2) or (d.month == 3 and d.day < 9) else PDT)
    ts = fdate(local)
    spf_txt = {"pass": "pass (google.com: domain of %s designates %s as permitted sender)" % (mailfrom, ip),
               "fail": "fail (google.com: domain of %s does not designate %s as permitted sender)" % (mailfrom, ip),
               "softfail": "softfail (google.com: domain of transitioning %s does not designate %s as permitted sender)" % (mailfrom, ip)}[spf]
    dk = "dkim=%s header.i=@%s header.s=%s header.b=%s" % (
        dkim if dkim == "pass" else "fail (wrong signature)" if dkim == "fail" else dkim, dkim_d,
        "ug7nbtf4gccmlpwj322ax3p6ow6yfsug" if dkim_d.endswith("amazonses.com") else "s%s" % hx(seed, 4), b64tok(seed + "k", 8))
    ar = ("mx.google.com;\n       %s;\n       spf=%s smtp.mailfrom=%s;\n       dmarc=%s (%s) header.from=%s"
          % (dk, spf_txt, mailfrom, dmarc, policy, from_dom))
    return [
        ("Delivered-To", ME_P),
        ("Received", "by 2002:a05:7010:%s:b0:%s:%s:%s with SMTP id %s;\n        %s"
         % (hx(seed, 4), hx(seed + "1", 3), hx(seed + "2", 3), hx(seed + "3", 4), b64tok(seed, 12), ts)),
        ("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%s\n        for <%s>\n"
         "        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s"
         % (host, host, ip, b64tok(seed + "r", 20), hx(seed, 3), ME_P, ts)),
        ("Authentication-Results", ar),
        ("Return-Path", "<%s>" % mailfrom),
    ]


def o365_in(d, mailfrom, host, ip, dkim_d, from_dom, seed, dkim="pass", spf="pass", dmarc="pass"):
    ts = fdate(d.astimezone(UTC))
    ar = ("spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n header.d=%s;dmarc=%s action=none\n header.from=%s;compauth=pass reason=100"
          % (spf, ip, mailfrom.split("@")[-1], dkim, dkim_d, dmarc, from_dom))
    return [
        ("Received", "from TYWPR01MB%s.jpnprd01.prod.outlook.com (2603:1096:400:%s::%s) by\n TYCPR01MB%s.jpnprd01.prod.outlook.com with HTTPS; %s"
         % (hx(seed, 4).upper(), hx(seed, 3), hx(seed + "z", 2), hx(seed + "y", 4).upper(), ts)),
        ("Received", "from %s (%s) by\n TY1PEPF0000%s.mail.protection.outlook.com (10.167.240.%d) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%s.1; %s"
         % (host, ip, hx(seed, 4).upper(), int(hx(seed, 2), 16) % 250, int(hx(seed, 3), 16) % 9000, ts)),
        ("Authentication-Results", ar),
        ("Received-SPF", "Pass (protection.outlook.com: domain of %s designates %s as\n permitted sender) receiver=protection.outlook.com; client-ip=%s;" % (mailfrom.split("@")[-1], ip, ip)),
        ("Return-Path", mailfrom),
    ]


def ses_from(seed):
    return "0100%s-%s-000000@amazonses.com" % (hx(seed, 12), hx(seed + "f", 8))


def ses_host(seed):
    n = int(hx(seed, 2), 16) % 60 + 2
    return "a8-%d.smtp-out.amazonses.com" % n, "54.240.8.%d" % n


def aws_in(dest, d, seed, from_dom="amazon.com"):
    mf = ses_from(seed)
    host, ip = ses_host(seed)
    if dest == "p":
        hs = gmail_in(d, mf, host, ip, "amazon.com", from_dom, seed)
        hs.insert(4, ("ARC-Authentication-Results", "i=1; mx.google.com;\n       dkim=pass header.i=@amazon.com;\n       dkim=pass header.i=@amazonses.com;\n       spf=pass smtp.mailfrom=%s;\n       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com" % mf))
        return hs
    return o365_in(d, mf, host, ip, "amazon.com", from_dom, seed)


# --------------------------------------------------------------------------- corpus
MSGS = []
THREAD = collections.defaultdict(list)


def add(kind, needs, case, cands, note, raw):
    MSGS.append(dict(kind=kind, needs_reply=needs, case=case, candidate_ids=cands, note=note, raw=raw))


def refs(key, new_id=None):
    lst = THREAD[key]
    irt = lst[-1] if lst else None
    ref = "\n ".join(lst[-6:]) if lst else None
    if new_id:
        lst.append(new_id)
    return irt, ref


def form_subj(case, detail="account-assistance", style="RE:["):
    if style == "RE:[":
        return "RE:[CASE %s] %s - %s" % (case, FORM_SUBJ, detail)
    return "RE: [CASE %s] %s - %s" % (case, FORM_SUBJ, detail)


def aws_form_mail(dest, d, subject, root, seed, case, to=None, cc=None, sender_name=TC_NAME,
                  from_addr=TC, eol="\n", thread=True, extra=()):
    msgid = mid_ses(seed, d)
    irt, ref = refs(case, msgid if thread else None) if thread else (None, None)
    hs = aws_in(dest, d, seed)
    hs += [
        ("From", addr(sender_name, from_addr)),
        ("To", to or (ME_P if dest == "p" else ME_C)),
        ("Cc", cc),
        ("Subject", h(subject)),
        ("Date", fdate(d)),
        ("Message-ID", msgid),
        ("In-Reply-To", irt),
        ("References", ref),
        ("Reply-To", addr(sender_name, from_addr)),
        ("Feedback-ID", "1.us-east-1.%s=:AmazonSES" % b64tok(seed + "fb", 43)),
        ("X-SES-Outgoing", d.astimezone(UTC).strftime("%Y.%m.%d-54.240.8.") + str(int(hx(seed, 2), 16) % 60 + 2)),
    ] + list(extra)
    return build(hs, root, eol)


def gmail_sent(d, to, subject, root, seed, key, cc=None, eol="\n"):
    msgid = mid_gmail(seed)
    irt, ref = refs(key, msgid)
    hs = [
        ("Date", fdate(d)),
        ("References", ref),
        ("In-Reply-To", irt),
        ("Message-ID", msgid),
        ("Subject", h(subject)),
        ("From", addr(ME, ME_P)),
        ("To", to),
        ("Cc", cc),
    ]
    return build(hs, root, eol)


def outlook_sent(d, to, subject, root, seed, key, cc=None, eol="\r\n", lang="ja-JP", from_name=None):
    msgid = mid_outlook(seed)
    irt, ref = refs(key, msgid) if key else (None, None)
    hs = [
        ("From", addr(from_name or ME_JA, ME_C)),
        ("To", to),
        ("Cc", cc),
        ("Subject", h(subject, "iso-2022-jp" if lang == "ja-JP" and not subject.isascii() else "utf-8")),
        ("Thread-Topic", h(subject.replace("RE: ", ""), "utf-8")),
        ("Thread-Index", "AQH" + b64tok(seed + "ti", 40) + "=="),
        ("Date", fdate(d)),
        ("Message-ID", msgid),
        ("References", ref),
        ("In-Reply-To", irt),
        ("Accept-Language", "ja-JP, en-US"),
        ("Content-Language", lang),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("msip_labels", ""),
    ]
    return build(hs, root, eol)


def other_in(dest, d, from_hdr, to, subject, root, seed, mailfrom, host, ip, dkim_d, from_dom,
             msgid=None, extra=(), eol="\n", subj_cs="utf-8", auth=("pass", "pass", "pass"),
             policy="p=REJECT sp=REJECT dis=NONE", irt=None, ref=None):
    if dest == "p":
        hs = gmail_in(d, mailfrom, host, ip, dkim_d, from_dom, seed, dkim=auth[0], spf=auth[1], dmarc=auth[2], policy=policy)
    else:
        hs = o365_in(d, mailfrom, host, ip, dkim_d, from_dom, seed, dkim=auth[0], spf=auth[1], dmarc=auth[2])
    hs += [
        ("From", from_hdr),
        ("To", to),
        ("Subject", h(subject, subj_cs)),
        ("Date", fdate(d)),
        ("Message-ID", msgid or mid_generic(seed, from_dom)),
        ("In-Reply-To", irt),
        ("References", ref),
    ] + list(extra)
    return build(hs, root, eol)


def company_internal(d, from_hdr, to, subject, root, seed, eol="\r\n", extra=(), irt=None, ref=None):
    ts = fdate(d.astimezone(UTC))
    hs = [
        ("Received", "from TYCPR01MB%s.jpnprd01.prod.outlook.com ([fe80::%s]) by\n TYCPR01MB%s.jpnprd01.prod.outlook.com ([fe80::%s%%7]) with mapi id\n 15.20.8445.017; %s"
         % (hx(seed, 4).upper(), hx(seed, 4), hx(seed, 4).upper(), hx(seed, 4), ts)),
        ("Authentication-Results", "dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=hoshizora-tech.co.jp;"),
        ("From", from_hdr),
        ("To", to),
        ("Subject", h(subject, "iso-2022-jp") if not subject.isascii() else subject),
        ("Thread-Topic", h(subject, "utf-8")),
        ("Thread-Index", "AQH" + b64tok(seed + "ti", 36) + "=="),
        ("Date", fdate(d)),
        ("Message-ID", mid_outlook(seed)),
        ("In-Reply-To", irt),
        ("References", ref),
        ("Accept-Language", "ja-JP, en-US"),
        ("Content-Language", "ja-JP"),
        ("X-MS-Exchange-Organization-AuthSource", "TYCPR01MB%s.jpnprd01.prod.outlook.com" % hx(seed, 4).upper()),
        ("X-MS-Exchange-Organization-AuthAs", "Internal"),
    ] + list(extra)
    return build(hs, root, eol)


def aws_footer_tc():
    return ("\n--\nAmazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark\n"
            "of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc.,\n"
            "410 Terry Ave. North, Seattle, WA 98109-5210\n")


# =============================================================================
# 2023
# =============================================================================

# 001 GitHub "merged"
d = D("2023-10-30 14:02:11", PDT)
t = """@saeki-misaki approved these changes.
Merged #212 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/hoshizora-tech/infra-modules/pull/212#event-10794402219
You are receiving this because you authored the thread.

Message ID: <hoshizora-tech/infra-modules/pull/212/issue_event/10794402219@github.com>
"""
html = """<p></p>
<p>Merged <a href="https://github.com/hoshizora-tech/infra-modules/pull/212" class="issue-link js-issue-link">#212</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/hoshizora-tech/infra-modules/pull/212#event-10794402219">view it on GitHub</a>.<br />You are receiving this because you authored the thread.</p>
"""
root = multi("alternative", [text(t, cte="7bit"), text(html, "html", cte="7bit")], "gh212")
raw = other_in("c", d, addr("Misaki Saeki", "notifications@github.com"), "hoshizora-tech/infra-modules <infra-modules@noreply.github.com>",
               "Re: [hoshizora-tech/infra-modules] Add VPC endpoint module for S3 and ECR (PR #212)", root, "gh212",
               "noreply@github.com", "out-21.smtp.github.com", "192.30.252.204", "github.com", "github.com",
               msgid="<hoshizora-tech/infra-modules/pull/212/issue_event/10794402219@github.com>",
               irt="<hoshizora-tech/infra-modules/pull/212@github.com>", ref="<hoshizora-tech/infra-modules/pull/212@github.com>",
               extra=[("Cc", "Takumi Aoyagi <t-aoyagi@hoshizora-tech.co.jp>, Author <author@noreply.github.com>"),
                      ("List-ID", "hoshizora-tech/infra-modules <infra-modules.hoshizora-tech.github.com>"),
                      ("X-GitHub-Reason", "author"), ("X-GitHub-Sender", "saeki-misaki")])
add("unrelated", False, None, [], "GitHub: PR merged into main. Says 'Merged', to the company address; not a certification merge.", raw)

# 002 case A acknowledgement
d = D("2023-11-07 00:41:27", UTC)
t = """Hello,

Thanks for reaching out to AWS Training and Certification. Your request has been logged as case %s and a member of our team will review it.

Most requests get a first response within one business day. Some account questions take longer to look into, and we appreciate your patience while we do.

Sending the same question again as a new case won't speed anything up: it adds a second entry to the queue and can delay our answer. If you have more to tell us, reply to this email and it will be added to your existing case.

Case summary
Case ID: %s
Inquiry type: Certification
Additional details: Account Merge
Submitted by: %s

Regards,
AWS Training and Certification Support
""" % (CA, CA, ME_P)
root = multi("alternative", [text(t + aws_footer_tc()), text(html_from_text(t + aws_footer_tc()), "html")], "ackA")
raw = aws_form_mail("p", d, form_subj(CA), root, "ackA", CA)
add("acknowledgement", False, CA, [], "Case A opened (11-digit ID, 2023). Standard acknowledgement; the 'reply to this email if you have more' line is conditional.", raw)

# 003 AWS billing invoice
d = D("2023-11-07 03:12:40", UTC)
t = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:

Total: $4.87

Please see the Bills section of the Billing and Cost Management console for details:
https://console.aws.amazon.com/billing/home#/bills

Account ID: 390418275566

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
"""
root = text(t, cte="7bit", cs="us-ascii")
raw = other_in("p", d, addr("Amazon Web Services", "aws-billing@amazon.com"), ME_P,
               "Amazon Web Services Invoice Available [AWS ID 390418275566]", root, "bill2311",
               ses_from("bill2311"), *ses_host("bill2311"), "amazon.com", "amazon.com", msgid=mid_ses("bill2311", d))
add("unrelated", False, None, [], "AWS billing statement with a 12-digit account ID in the subject (not a case ID).", raw)

# 004 case A info_request (request phrased as a statement, no 'please')
d = D("2023-11-08 01:14:52", UTC)
reqA = """Hello Takumi,

Thank you for your patience.

I looked up %s in our certification system and it returns two separate certification profiles. This normally happens when a second profile is created during a sign-in with a different method, for example an Amazon account one time and an AWS Builder ID another time. Because both profiles share one email address, Credly can only see one of them, which is why the badges for your recent exams did not appear.

The two profiles can be combined. Our system tells them apart by candidate ID rather than by email address, though, and I don't want to move exam records into the wrong one. The candidate ID of each profile (shown at the top right of the certification account page once you are signed in; it starts with AWS), together with the one that should remain as your main profile, is what I still need from you before I can go further.

Best regards,

Daniel K.
AWS Training and Certification Customer Service
""" % ME_P
root = text(reqA + aws_footer_tc(), cte="quoted-printable")
raw = aws_form_mail("p", d, form_subj(CA), root, "infoA", CA)
add("info_request", True, CA, [], "Case A: asks for both candidate IDs and which profile to keep. The ask is a declarative sentence at the end of a long explanation, no 'please' and no question mark.", raw)

# 005 user reply with candidate IDs
d = D("2023-11-08 21:37:05", JST)
t = """Hi Daniel,

Thanks for looking into this. Here are the two IDs:

- %s : the one I've used since 2019. Please keep this one.
- %s : created by mistake last month when I signed in with my Builder ID

Everything I passed should be on %s except the exam I took on October 28 (Developer - Associate), which I think ended up on the new one.

Best,
Takumi Aoyagi

On Wed, Nov 8, 2023 at 10:14 AM AWS Training and Certification <%s> wrote:

%s
""" % (ID_P, ID_DUP, ID_P, TC, quote(reqA))
root = gmail_bd_multi([text(t, cte="quoted-printable"), text(html_from_text(t), "html", cte="quoted-printable")], "gA5")
raw = gmail_sent(d, addr(TC_NAME, TC), "Re: " + form_subj(CA), root, "uA5", CA)
add("user_reply", False, CA, [ID_P, ID_DUP], "Owner answers case A from Gmail with both candidate IDs (one mentioned twice, listed once); Gmail quote of the request underneath.", raw)

# 006 connpass (Japanese newsletter)
d = D("2023-11-09 12:00:03", JST)
t = """青柳 拓海 さん

あなたが参加登録しているイベントの開催が近づいています。

■ JAWS-UG 東京 ランチタイムLT #14
日時: 2023/11/16(木) 12:00〜13:00
会場: オンライン(参加URLはイベントページでご確認ください)

当日参加できなくなった場合は、イベントページからキャンセルをお願いします。
補欠の方が繰り上がります。

https://jawsug.connpass.com/event/301422/

--
connpass - エンジニアをつなぐIT勉強会支援プラットフォーム
このメールは送信専用です。返信いただいてもお答えできません。
"""
root = text(t, cte="base64")
raw = other_in("p", d, addr("connpass", "no-reply@connpass.com"), ME_P, "【connpass】JAWS-UG 東京 ランチタイムLT #14 の開催が近づいています",
               root, "connpass", "bounce@connpass.com", "mail.connpass.com", "52.69.48.11", "connpass.com", "connpass.com")
add("unrelated", False, None, [], "Japanese event reminder (base64), AWS user group but nothing to do with the case.", raw)

# 007 case A case_update (transferred; mentions an old 10-digit case)
d = D("2023-11-10 02:03:19", UTC)
t = """Hi Takumi,

Thanks for sending those over.

Combining two profiles that sit under the same email address is handled by our Certification Operations team rather than the front-line queue, so I've transferred your case to them together with the IDs you provided and your note about the October 28 exam.

While checking your history I also came across case 8807714235 from 2021, about a score report. That was a different topic and it remains closed; I only mention it so the reference doesn't confuse you if it shows up somewhere.

Operations are working through a backlog at the moment, so it may be several days before they write. Their reply will come on this same case.

Kind regards,

Daniel K.
AWS Training and Certification Customer Service
"""
root = multi("alternative", [text(t), text(html_from_text(t), "html")], "updA")
raw = aws_form_mail("p", d, form_subj(CA), root, "updA", CA)
add("case_update", False, CA, [], "Case A handed to another team; also names an unrelated closed 2021 case (10 digits) that must not become the case of this message.", raw)

# 008 Amazon.co.jp shipping
d = D("2023-11-13 18:22:40", JST)
t = """Amazon.co.jp をご利用いただき、ありがとうございます。

ご注文いただいた商品を発送しました。

注文番号: 250-4419082-7713046
お届け予定: 11月15日(水)

商品: AWS認定ソリューションアーキテクト - プロフェッショナル 第2版 ほか1点

配送状況はアカウントサービスの「注文履歴」からご確認いただけます。

このメールアドレスは配信専用です。このメッセージに返信しないようお願いいたします。

Amazon.co.jp
"""
root = multi("alternative", [text(t, cs="iso-2022-jp", cte="7bit"), text(html_from_text(t), "html", cte="base64")], "amzjp")
raw = other_in("p", d, addr("Amazon.co.jp", "shipment-tracking@amazon.co.jp", "iso-2022-jp"), ME_P,
               "Amazon.co.jp ご注文の商品を発送しました", root, "amzjp", ses_from("amzjp"), *ses_host("amzjp"),
               "amazon.co.jp", "amazon.co.jp", subj_cs="iso-2022-jp", msgid=mid_ses("amzjp", d))
add("unrelated", False, None, [], "Amazon.co.jp shipping notice (ISO-2022-JP text part): Amazon, but not AWS and not the case.", raw)

# 009 case A confirmation request from Operations (question form)
d = D("2023-11-14 06:48:00", UTC)
confA = """Hello Takumi,

My name is Rosa and I'm with AWS Certification Operations; your case was passed to me by Daniel.

I've compared the two profiles you sent:

  %s  - created 2019-06-02, 5 exams, 3 active certifications
  %s  - created 2023-10-03, 1 exam (AWS Certified Developer - Associate, 2023-10-28)

Both are registered to %s and, as far as I can tell, both are yours. The plan is to fold %s into %s, so that everything ends up on the 2019 profile and the newer one is deactivated.

Shall I go ahead on that basis? A simple yes is enough; if you'd rather keep the newer profile instead, tell me and I'll reverse the direction.

Sincerely,
Rosa M.
AWS Certification Operations
""" % (ID_P, ID_DUP, ME_P, ID_DUP, ID_P)
root = text(confA, cte="quoted-printable", cs="windows-1252")
raw = aws_form_mail("p", d, form_subj(CA), root, "confA", CA, sender_name="AWS Certification Operations")
add("confirmation_request", True, CA, [ID_P, ID_DUP], "Case A: second agent lists both profiles and asks 'Shall I go ahead?'. No Account #1/#2 layout; windows-1252 charset.", raw)

# 010 user says yes
d = D("2023-11-14 17:05:44", JST)
t = """Yes, please go ahead and merge it into the 2019 profile. Thank you, Rosa!

Takumi

On Tue, Nov 14, 2023 at 3:48 PM AWS Certification Operations <%s> wrote:
%s
""" % (TC, quote(confA))
root = text(t, cte="7bit", cs="us-ascii", fmt_flowed=False)
raw = gmail_sent(d, addr("AWS Certification Operations", TC), "Re: " + form_subj(CA), root, "uA10", CA)
add("user_reply", False, CA, [], "Owner's one-line go-ahead on case A (plain text only); quoted confirmation request below it.", raw)

# 011 case A resolved (Outlook style original message quoted)
d = D("2023-11-15 04:30:12", UTC)
t = """Hello Takumi,

Thank you for confirming, and sorry for the wait; this month has been unusually busy for us.

Profile %s has now been merged into %s. All exam history, including the Developer - Associate result from October 28, and all active certifications are listed under %s, and the duplicate profile has been deactivated.

Your Credly badges should reappear within 24 to 48 hours, once the nightly sync has run. If they haven't turned up by then, they can be claimed again from the Digital Badges page of your certification account.

That completes your request, so I'm marking the case as resolved.

Sincerely,
Rosa M.
AWS Certification Operations

-----Original Message-----
From: AWS Training and Certification
Sent: Wednesday, November 08, 2023 01:14 AM
To: %s
Subject: %s

%s
""" % (ID_DUP, ID_P, ID_P, ME_P, form_subj(CA), reqA)
root = multi("alternative", [text(t), text(html_from_text(t), "html")], "resA")
raw = aws_form_mail("p", d, form_subj(CA), root, "resA", CA, sender_name="AWS Certification Operations")
add("resolved", False, CA, [ID_DUP, ID_P], "Case A done. Below the signature an Outlook-style '-----Original Message-----' block repeats Daniel's earlier request for candidate IDs (no '>' marks).", raw)

# 012 Credly badge
d = D("2023-11-16 09:11:37", UTC)
t = """Congratulations, Takumi!

Amazon Web Services Training and Certification has issued you a badge: AWS Certified Developer - Associate.

Accept your badge to add it to your Credly profile and share it with your network:
https://www.credly.com/badges/5f0c2a7e-3d41-4b8e-9f1a-6c2e7d0b9a13/accept

Your badge is issued through Credly's platform on behalf of Amazon Web Services Training and Certification.

Credly, 9 Tribeca Center, Suite 320, New York, NY 10013
Unsubscribe from badge notifications: https://www.credly.com/notifications
"""
html = """<html><body style="margin:0;padding:0;background:#f4f4f4">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="padding:24px"><img src="https://images.credly.com/images/logo.png" alt="Credly" width="96"></td></tr>
<tr><td style="padding:0 24px"><h1 style="font-size:22px">Congratulations, Takumi!</h1>
<p>Amazon Web Services Training and Certification has issued you a badge:</p>
<p style="font-size:18px"><strong>AWS Certified Developer &ndash; Associate</strong></p>
<p><a href="https://www.credly.com/badges/5f0c2a7e-3d41-4b8e-9f1a-6c2e7d0b9a13/accept" style="background:#ff6b00;color:#fff;padding:12px 20px;text-decoration:none;border-radius:4px">Accept badge</a></p>
</td></tr>
<tr><td style="padding:24px;font-size:11px;color:#777">Credly, 9 Tribeca Center, Suite 320, New York, NY 10013</td></tr>
</table></td></tr></table></body></html>
"""
root = multi("alternative", [text(t, cte="7bit", cs="us-ascii"), text(html, "html", cte="quoted-printable")], "credly1")
raw = other_in("p", d, addr("Credly", CREDLY), ME_P, "Amazon Web Services Training and Certification has issued you a badge", root, "credly1",
               "bounces+1820331-8a2f-aoyagi.tkm=gmail.com@em.credly.com", "o1.ptr9912.credly.com", "167.89.27.45", "credly.com", "credly.com")
add("badge", False, None, [], "Credly badge issued after the case A merge; sits next to the case mail but is not support mail.", raw)

# 013 survey case A (HTML only)
d = D("2023-11-17 11:00:05", UTC)
html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Your AWS Training and Certification support case <b>%s</b> was recently resolved. We'd like to know how it went.</p>
<p>How satisfied were you with the support you received?</p>
<table cellpadding="6"><tr>
<td><a href="https://tc-feedback.aws.amazon.com/s?c=%s&amp;r=1">1</a></td>
<td><a href="https://tc-feedback.aws.amazon.com/s?c=%s&amp;r=2">2</a></td>
<td><a href="https://tc-feedback.aws.amazon.com/s?c=%s&amp;r=3">3</a></td>
<td><a href="https://tc-feedback.aws.amazon.com/s?c=%s&amp;r=4">4</a></td>
<td><a href="https://tc-feedback.aws.amazon.com/s?c=%s&amp;r=5">5</a></td>
</tr><tr><td colspan="5" style="font-size:11px;color:#666">1 = very dissatisfied, 5 = very satisfied</td></tr></table>
<p>The survey takes about a minute and is entirely optional. Replies to this message are not monitored.</p>
<p>Thank you,<br>AWS Training and Certification</p>
</body></html>
""" % ((CA,) * 6)
root = text(html, "html", cte="quoted-printable")
raw = aws_form_mail("p", d, "How did we do? Your feedback on case %s" % CA, root, "survA", CA,
                    sender_name="AWS Training and Certification Feedback", from_addr="tc-feedback@amazon.com", thread=False)
add("survey", False, CA, [], "HTML-only satisfaction survey for case A (the question 'How satisfied were you' is not a request to the case).", raw)

# 014 certmetrics 'wants to hear from you'
d = D("2023-12-04 08:15:00", PST)
t = """Hello Takumi,

As an AWS Certified individual, your experience matters to the people who write our exams.

AWS Certification is looking for certified professionals to help review new exam content as Subject Matter Experts. Sessions are held online, take a few hours, and participants receive a thank-you benefit.

Interested? Complete the short interest form by December 15:
https://aws.certmetrics.com/amazon/sme/interest

You received this email because you opted in to hear from AWS Certification about opportunities to provide feedback. Update your preferences in your AWS Certification Account.

AWS Training and Certification
"""
root = multi("alternative", [text(t, cte="7bit", cs="us-ascii"), text(html_from_text(t), "html")], "cm1")
raw = other_in("p", d, addr("AWS Certification", CERTM), ME_P, "AWS Certification wants to hear from you", root, "cm1",
               "bounce@certmetrics.com", "mta2.certmetrics.com", "198.2.135.62", "certmetrics.com", "certmetrics.com")
add("certification", False, None, [], "Certification programme invitation (SME interest form with a deadline) from certmetrics; feedback-flavoured but not a case survey.", raw)

# =============================================================================
# 2024
# =============================================================================

# 015 Skill Builder receipt
d = D("2024-01-18 02:40:51", UTC)
t = """Thank you for your purchase.

Order summary
  AWS Skill Builder Individual subscription (monthly)
  Billing period: Jan 18, 2024 - Feb 17, 2024
  Amount charged: USD 29.00
  Payment method: Visa ending 4417

Your subscription renews automatically. Manage or cancel it at any time from Subscriptions in AWS Skill Builder.

Order number: SB-8842-1190-3367

Questions about billing? Visit https://support.aws.amazon.com/#/contacts/aws-training

AWS Training and Certification
"""
root = multi("alternative", [text(t, cte="quoted-printable"), text(html_from_text(t), "html", cte="base64")], "sbr")
raw = other_in("p", d, addr("AWS Skill Builder", "no-reply@aws.training"), ME_P, "Your AWS Skill Builder receipt", root, "sbr",
               ses_from("sbr"), *ses_host("sbr"), "aws.training", "aws.training", msgid=mid_ses("sbr", d))
add("unrelated", False, None, [], "Skill Builder subscription receipt from aws.training; mentions the T&C contact page but is a receipt.", raw)

# 016 case E ack, Japanese, ISO-2022-JP, to company
d = D("2024-02-13 01:26:44", UTC)
t = """青柳 拓海 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
お問い合わせをケース %s として受け付けました。

担当者より、通常 24 時間以内にご連絡いたします。
内容によっては調査にお時間をいただく場合がございますので、あらかじめご了承ください。

同じ内容で新たにケースを作成されますと対応が重複し、かえってご回答が遅れる原因となります。
追加でお伝えいただきたい情報がございましたら、このメールにご返信ください。

ケース ID: %s
お問い合わせタイプ: 認定
その他の詳細: 認定記録の更新

AWS トレーニングと認定 カスタマーサポート
""" % (CE, CE)
root = text(t, cs="ISO-2022-JP", cte="7bit")
raw = aws_form_mail("c", d, form_subj(CE, "certification"), root, "ackE", CE, to=addr(ME_JA, ME_C, "iso-2022-jp"), eol="\r\n")
add("acknowledgement", False, CE, [], "Case E opened; Japanese acknowledgement in ISO-2022-JP with CRLF, to the company address.", raw)

# 017 colleague minutes (Shift_JIS)
d = D("2024-02-13 17:48:02", JST)
t = """各位

お疲れさまです。佐伯です。
本日のインフラ定例の議事録を共有します。

■ 決定事項
・NAT ゲートウェイの冗長化は 3 月リリースに含める
・監視ダッシュボードの閾値見直しは次回持ち越し

■ ToDo
・青柳さん:NAT 切替手順書のドラフト作成(2/20)
・青柳さん:CloudWatch アラーム棚卸し(2/27)
・佐伯:コスト配分タグの整理(2/20)

青柳さん、ToDo 2 件の期日で問題ないか、金曜までに返信もらえると助かります。

佐伯
"""
root = text(t, cs="Shift_JIS", cte="base64")
raw = company_internal(d, addr("佐伯 美咲", "saeki@hoshizora-tech.co.jp", "iso-2022-jp"), "infra-team@hoshizora-tech.co.jp",
                       "【共有】2/13 インフラ定例 議事録", root, "minutes")
add("unrelated", False, None, [], "Colleague's minutes in Shift_JIS/base64; asks the owner to reply by Friday, but it is internal work mail, not support.", raw)

# 018 case E info_request, HTML only, keigo
d = D("2024-02-14 01:22:10", UTC)
reqE_txt = """青柳 拓海 様

お問い合わせいただきありがとうございます。AWS トレーニングと認定 カスタマーサポートの坂本でございます。

認定記録上のお名前を「AOYAGI TAKUMI」から「Takumi Aoyagi」(名・姓の順)へ変更されたいとのご依頼、承知いたしました。

認定証に記載されるお名前は、試験会場でご提示いただく本人確認書類と一致している必要がございます。そのため、変更作業の前に次の 2 点を確認させていただいております。

1. パスポート等の公的な本人確認書類に記載されているとおりのローマ字氏名
2. 変更対象の認定アカウントの AWS 候補 ID(AWS から始まる 11 文字の ID)

お手数をおかけいたしますが、上記 2 点を本メールへのご返信にてお知らせいただけますでしょうか。

何卒よろしくお願いいたします。

坂本
AWS トレーニングと認定 カスタマーサポート"""
html = ('<html><head><meta charset="utf-8"></head><body style="font-family:\'Meiryo\',sans-serif;font-size:14px">\n'
        + "\n".join("<div>%s</div>" % (l if l else "<br>") for l in reqE_txt.split("\n")) + "\n</body></html>\n")
root = text(html, "html", cte="quoted-printable")
raw = aws_form_mail("c", d, form_subj(CE, "certification"), root, "infoE", CE, to=addr(ME_JA, ME_C, "iso-2022-jp"))
add("info_request", True, CE, [], "Case E (Japanese, HTML-only, quoted-printable): explanation first, then a numbered list and a keigo ask (〜いただけますでしょうか).", raw)

# 019 user reply case E from Outlook, Japanese, Outlook header block quote without '>'
d = D("2024-02-14 13:05:27", JST)
t = """坂本様

ご連絡ありがとうございます。青柳です。
ご依頼の 2 点、以下のとおりお送りします。

1. 氏名(パスポート記載どおり): AOYAGI TAKUMI
   ※認定証上は Takumi Aoyagi の順で表記いただけますと幸いです。
2. AWS 候補 ID: %s

よろしくお願いいたします。

青柳 拓海
株式会社ほしぞらテック クラウド基盤部
%s

________________________________
差出人: AWS Training and Certification <%s>
送信日時: 2024年2月14日 10:22
宛先: 青柳 拓海 <%s>
件名: %s

%s
""" % (ID_C, ME_C, TC, ME_C, form_subj(CE, "certification"), reqE_txt)
root = text(t, cs="ISO-2022-JP", cte="7bit")
raw = outlook_sent(d, addr(TC_NAME, TC), "RE: " + form_subj(CE, "certification"), root, "uE19", CE)
add("user_reply", False, CE, [ID_C], "Owner's Japanese Outlook reply (ISO-2022-JP, CRLF); the quoted request follows an Outlook 差出人/送信日時 block without '>' marks.", raw)

# 020 case E resolved, Japanese, quotes old request with '>'
d = D("2024-02-16 05:40:33", UTC)
t = """青柳 拓海 様

ご返信いただきありがとうございます。

AWS 候補 ID %s の認定記録について、お名前の表記を「Takumi Aoyagi」に更新いたしました。今後発行される認定証およびデジタルバッジには新しい表記が反映されます。既存の認定証は、認定アカウントの「認定」ページから再度ダウンロードしていただくと、更新後のお名前で表示されます。

以上をもちまして、本件の対応は完了となります。
ほかにご不明な点がございましたら、お気軽に本メールへご返信ください。

坂本
AWS トレーニングと認定 カスタマーサポート

2024年2月14日(水) 10:22 AWS Training and Certification <%s>:
%s
""" % (ID_C, TC, quote(reqE_txt))
root = multi("alternative", [text(t, cte="base64"), text(html_from_text(t, "Meiryo, sans-serif"), "html", cte="base64")], "resE")
raw = aws_form_mail("c", d, form_subj(CE, "certification"), root, "resE", CE, to=addr(ME_JA, ME_C, "iso-2022-jp"))
add("resolved", False, CE, [ID_C], "Case E done (Japanese, base64). Ends with a conditional 〜がございましたら invitation, and quotes the earlier keigo request with '>'.", raw)

# 021 GitHub dependabot
d = D("2024-02-20 07:03:44", PST)
t = """Bumps boto3 (https://github.com/boto/boto3) from 1.34.30 to 1.34.44.

Commits
- 6b9c2e1 Merge branch 'release-1.34.44'
- 0a4d8f3 Bumping version to 1.34.44
- See full diff in compare view

Dependabot will resolve any conflicts with this PR as long as you don't alter it yourself. You can also trigger a rebase manually by commenting @dependabot rebase.

You can view, comment on, or merge this pull request online at:

  https://github.com/hoshizora-tech/infra-modules/pull/241

-- 
Reply to this email directly or view it on GitHub:
https://github.com/hoshizora-tech/infra-modules/pull/241
You are receiving this because you are subscribed to this thread.
"""
root = text(t, cte="7bit", cs="us-ascii")
raw = other_in("c", d, addr("dependabot[bot]", "notifications@github.com"), "hoshizora-tech/infra-modules <infra-modules@noreply.github.com>",
               "[hoshizora-tech/infra-modules] Bump boto3 from 1.34.30 to 1.34.44 in /lambda (PR #241)", root, "gh241",
               "noreply@github.com", "out-27.smtp.github.com", "192.30.252.210", "github.com", "github.com",
               msgid="<hoshizora-tech/infra-modules/pull/241@github.com>", extra=[("X-GitHub-Reason", "subscribed")])
add("unrelated", False, None, [], "Dependabot PR ('merge this pull request', 'rebase'): GitHub, not support.", raw)

# 022 certmetrics exam result (company account)
d = D("2024-03-05 10:02:19", PST)
t = """Dear Takumi Aoyagi,

Congratulations! You have successfully completed the AWS Certified Solutions Architect - Professional exam and you are now AWS Certified.

Candidate ID: %s
Exam: AWS Certified Solutions Architect - Professional (SAP-C02)
Exam date: 2024-03-02
Validation number: 7Q1ZK4R2LJE1QG9N
Valid through: 2027-03-02

Your digital badge will be issued by Credly within a few days. Your certificate can be downloaded from your AWS Certification Account.

AWS Training and Certification
""" % ID_C
root = multi("alternative", [text(t, cte="7bit", cs="us-ascii"), text(html_from_text(t), "html")], "cm2")
raw = other_in("c", d, addr("AWS Certification", CERTM), ME_C, "AWS Certification: Congratulations, you are now AWS Certified!", root, "cm2",
               "bounce@certmetrics.com", "mta2.certmetrics.com", "198.2.135.62", "certmetrics.com", "certmetrics.com")
add("certification", False, None, [ID_C], "Exam pass notice with a candidate ID and a 16-character validation number (not a case).", raw)

# 023 Credly claim badge (company)
d = D("2024-03-06 03:30:58", UTC)
t = """Hi Takumi,

Your AWS Certified Solutions Architect - Professional badge from Amazon Web Services Training and Certification is ready.

Claim it here: https://www.credly.com/badges/a18d74c9-0bb2-4e16-86f3-d2e95c4f0a71/accept

Once accepted you can share it on LinkedIn or add it to your email signature.

The Credly Team
"""
root = multi("alternative", [text(t, cte="quoted-printable"), text(html_from_text(t), "html", cte="quoted-printable")], "credly2")
raw = other_in("c", d, addr("Credly", CREDLY), ME_C, "Claim your AWS Certified Solutions Architect – Professional badge", root, "credly2",
               "bounces+1820331-77c1@em.credly.com", "o1.ptr9912.credly.com", "167.89.27.45", "credly.com", "credly.com")
add("badge", False, None, [], "Credly 'claim your badge' (UTF-8 en dash in subject), company address.", raw)

# 024 AWS Summit Japan marketing (Japanese HTML)
d = D("2024-05-22 01:00:00", UTC)
html = """<html><head><meta charset="utf-8"></head><body style="font-family:sans-serif">
<table width="640" align="center"><tr><td>
<h2 style="color:#232f3e">AWS Summit Japan 2024 参加登録受付中</h2>
<p>6 月 20 日(木)・21 日(金)、幕張メッセにて開催。150 以上のセッションと展示をご用意しています。</p>
<p>AWS 認定をお持ちの方は、会場の認定者ラウンジをご利用いただけます。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/">今すぐ登録する</a></p>
<p style="font-size:11px;color:#888">このメールは配信専用アドレスから送信されています。配信停止をご希望の場合は<a href="https://pages.awscloud.com/communication-preferences">こちら</a>から設定を変更してください。<br>
アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎 3-1-1 目黒セントラルスクエア</p>
</td></tr></table></body></html>
"""
root = text(html, "html", cte="base64")
raw = other_in("p", d, addr("アマゾン ウェブ サービス", "aws-marketing-email-replies@amazon.com"), ME_P, "【ご案内】AWS Summit Japan 2024 参加登録受付中", root, "mkt1",
               "0101018f9c-mkt@bounce.marketing.aws", "a10-44.smtp-out.amazonses.com", "54.240.10.44", "amazon.com", "amazon.com",
               msgid=mid_ses("mkt1", d), extra=[("List-Unsubscribe", "<https://pages.awscloud.com/communication-preferences>")])
add("unrelated", False, None, [], "AWS marketing, Japanese HTML-only base64; mentions AWS Certification perks.", raw)

# 025 case G ack
d = D("2024-06-10 00:08:31", UTC)
t = """Hello,

We've received your request and opened case %s.

You can expect an update from us, usually within a day. Please keep this number for your records, and reply to this message rather than submitting a new request if you need to add anything.

AWS Training and Certification
""" % CG
root = text(t, cte="7bit", cs="us-ascii")
raw = aws_form_mail("p", d, form_subj(CG, "certification-benefits", "RE: ["), root, "ackG", CG)
add("acknowledgement", False, CG, [], "Case G opened. Very short plain acknowledgement; subject uses 'RE: [CASE' with a space.", raw)

# 026 case G info_request (questions)
d = D("2024-06-11 04:51:09", UTC)
reqG = """Hi Takumi,

Sorry to hear the practice exam benefit isn't working for you. A couple of questions so I can check what's happening:

- Which email address were you signed in with when you tried to redeem it?
- What exactly does the page show - an error message, or does the benefit simply not appear? A screenshot attached to your reply would help.

Thanks,
Olena V.
AWS Training and Certification"""
root = multi("alternative", [text(reqG), text(html_from_text(reqG), "html")], "infoG")
raw = aws_form_mail("p", d, form_subj(CG, "certification-benefits", "RE: ["), root, "infoG", CG)
add("info_request", True, CG, [], "Case G: two bulleted questions; short mail.", raw)

# 027 newsletter
d = D("2024-06-12 13:00:00", UTC)
t = """Cloud Ops Digest - Issue #187

This week:
* Why your NAT gateway bill doubled (and how to read the Cost Explorer graph)
* Lambda SnapStart for Python is here
* A reader asks: is it worth renewing an associate-level AWS certification once you hold a professional one?
* Job board: 14 new platform-engineering roles

Read online: https://cloudopsdigest.io/issues/187

You're receiving this because you subscribed at cloudopsdigest.io. Unsubscribe: https://cloudopsdigest.io/u/9f2c1
"""
root = text(t, cte="7bit", cs="us-ascii")
raw = other_in("p", d, addr("Cloud Ops Digest", "digest@cloudopsdigest.io"), ME_P, "Cloud Ops Digest #187: NAT gateway bills, SnapStart, renewing certs", root, "news187",
               "bounce-187@mg.cloudopsdigest.io", "m228-4.mailgun.net", "159.135.228.4", "cloudopsdigest.io", "cloudopsdigest.io",
               extra=[("List-Unsubscribe", "<https://cloudopsdigest.io/u/9f2c1>")])
add("unrelated", False, None, [], "Newsletter that talks about renewing AWS certifications.", raw)

# 028 case G closing notice (warning)
d = D("2024-06-17 05:02:44", UTC)
t = """Hi Takumi,

I'm following up on case %s, as I haven't yet received the details I asked for on June 11.

If there's no reply within 3 business days, the case will be closed automatically. A reply to this email, even a short one, will keep it open.

Thanks,
Olena V.
AWS Training and Certification

> %s
""" % (CG, quote(reqG, "").replace("\n", "\n> "))
root = text(t, cte="quoted-printable")
raw = aws_form_mail("p", d, form_subj(CG, "certification-benefits", "RE: ["), root, "closeG1", CG)
add("closing_notice", True, CG, [], "Case G: 'will be closed in 3 business days unless you reply', with the original questions quoted.", raw)

# 029 case G closed (final)
d = D("2024-06-21 06:00:12", UTC)
t = """Hello,

Case %s has been closed because we did not hear back from you.

If the issue is still happening, reply to this email within 14 days and the case will be reopened with your reply attached. After that, please use the contact form to start a new request.

AWS Training and Certification
""" % CG
root = text(t, cte="7bit", cs="us-ascii")
raw = aws_form_mail("p", d, form_subj(CG, "certification-benefits", "RE: ["), root, "closeG2", CG, eol="\r\n")
add("closing_notice", True, CG, [], "Case G actually closed for no answer; a reply within 14 days reopens it. Labelled closing_notice and needs_reply (see README).", raw)

# 030 AWS Educate form case (other programme)
d = D("2024-08-19 04:40:02", UTC)
t = """Hello Takumi,

Thank you for contacting AWS Educate.

We couldn't find an AWS Educate learner account registered to %s. Could you confirm the email address you used when you signed up for AWS Educate, and whether you registered as a learner or as an educator?

Once we have this, we'll look into the access issue you described.

Best,
AWS Educate Support
""" % ME_P
root = multi("alternative", [text(t), text(html_from_text(t), "html")], "edu")
raw = aws_form_mail("p", d, "RE:[CASE 15120734498] [AWS Educate Form Submission] - account-access", root, "edu", "EDU",
                    sender_name="AWS Educate", from_addr="aws-cs-educate-form@amazon.com")
add("unrelated", False, None, [], "AWS Educate form case asking a question. Same sender family and subject shape as T&C, but another programme: unrelated, no reply flag, no case (see README).", raw)

# 031 Microsoft support case closed (other vendor, same topic)
d = D("2024-09-11 09:14:27", UTC)
t = """Hello Takumi,

Your support request TrackingID#2409110040007712 - "Certification profile merge" - has been closed.

Summary of resolution: Your two Microsoft Learn profiles were merged. Your certifications, transcript, and achievements now appear on the profile signed in with %s.

If you need more help with this issue, reply to this email within 7 days and your request will be reopened.

Microsoft Certification Support
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""" % ME_P
root = multi("alternative", [text(t), text(html_from_text(t, "Segoe UI, sans-serif"), "html")], "msft")
raw = other_in("p", d, addr("Microsoft Certification Support", "support@mail.support.microsoft.com"), ME_P,
               "Case closed: TrackingID#2409110040007712 Certification profile merge", root, "msft",
               "bounce@mail.support.microsoft.com", "mail-tyzapc01on2092.outbound.protection.outlook.com", "40.107.117.92",
               "mail.support.microsoft.com", "mail.support.microsoft.com")
add("unrelated", False, None, [], "Another vendor's certification profile merge 'closed, reply to reopen': same vocabulary, not AWS.", raw)

# 032 certmetrics expiry (90 days)
d = D("2024-11-02 09:00:00", PDT)
t = """Hello Takumi,

Your AWS Certified Developer - Associate certification will expire on 2025-01-31 (90 days from today).

Candidate ID: %s

To keep your certification active, you can pass the current version of the exam, or earn a higher-level certification that recertifies it. A 50%% discount on your next exam is available under Benefits in your AWS Certification Account.

Recertification options: https://aws.amazon.com/certification/recertification/

AWS Training and Certification
""" % ID_P
root = multi("alternative", [text(t, cte="7bit", cs="us-ascii"), text(html_from_text(t), "html")], "cm3")
raw = other_in("p", d, addr("AWS Certification", CERTM), ME_P, "Your AWS Certified Developer - Associate certification expires in 90 days", root, "cm3",
               "bounce@certmetrics.com", "mta2.certmetrics.com", "198.2.135.62", "certmetrics.com", "certmetrics.com")
add("certification", False, None, [ID_P], "Expiry reminder with a candidate ID and a benefits mention.", raw)

# 033 phishing lookalike demanding a reply (passes auth for its own domain)
d = D("2024-12-09 22:47:13", UTC)
t = """Dear Certified Professional,

Our security systems detected unusual sign-in activity on candidate ID %s.

To prevent suspension of your AWS Certifications, you must verify your identity within 24 hours. Reply to this email with your full name, date of birth and the email address registered to your certification account, or verify online:

http://aws-certification-center.com/verify?id=%s

Failure to respond will result in permanent revocation of all certifications and digital badges.

AWS Certification Security Team
""" % (ID_P, ID_P)
html = html_from_text(t).replace("http://aws-certification-center.com/verify?id=%s" % ID_P,
                                 '<a href="http://aws-certification-center.com/verify?id=%s">https://www.aws.training/certification/verify</a>' % ID_P)
root = multi("alternative", [text(t), text(html, "html")], "phish1")
raw = other_in("p", d, addr("AWS Certification", "security@aws-certification-center.com"), ME_P,
               "URGENT: Your AWS Certification account will be suspended", root, "phish1",
               "security@aws-certification-center.com", "mail.aws-certification-center.com", "185.234.72.19",
               "aws-certification-center.com", "aws-certification-center.com", policy="p=NONE sp=NONE dis=NONE")
add("suspicious", False, None, [ID_P], "Lookalike domain (authenticated for itself) demanding a reply with personal data; quotes the real candidate ID. Link text masquerades as aws.training.", raw)

# =============================================================================
# 2025
# =============================================================================

# 034 Japanese expiry reminder (certification)
d = D("2025-01-14 09:00:00", PST)
t = """青柳 拓海 様

お持ちの AWS 認定の有効期限が近づいています。

認定: AWS Certified Developer - Associate
有効期限: 2025年1月31日

有効期限までに再認定を行わない場合、認定は失効し、デジタルバッジも無効になります。再認定の方法は次のページをご覧ください。
https://aws.amazon.com/jp/certification/recertification/

AWS トレーニングと認定
"""
root = multi("alternative", [text(t, cte="base64"), text(html_from_text(t), "html", cte="base64")], "cm4")
raw = other_in("p", d, addr("AWS 認定", CERTM), ME_P, "【AWS 認定】認定の有効期限が近づいています", root, "cm4",
               "bounce@certmetrics.com", "mta2.certmetrics.com", "198.2.135.62", "certmetrics.com", "certmetrics.com")
add("certification", False, None, [], "Japanese expiry reminder from certmetrics (base64, encoded From name).", raw)

# 035 recertification congratulations
d = D("2025-01-22 11:31:08", PST)
t = """Hello Takumi,

Congratulations on recertifying your AWS Certified Developer - Associate certification. Your certification is now valid through 2028-01-20.

Your updated certificate is available in your AWS Certification Account, and Credly will update your digital badge shortly.

Thank you for keeping your skills current.

AWS Training and Certification
"""
root = multi("alternative", [text(t, cte="7bit", cs="us-ascii"), text(html_from_text(t), "html")], "cm5")
raw = other_in("p", d, addr("AWS Certification", CERTM), ME_P, "Congratulations on recertifying your AWS Certification!", root, "cm5",
               "bounce@certmetrics.com", "mta2.certmetrics.com", "198.2.135.62", "certmetrics.com", "certmetrics.com")
add("certification", False, None, [], "Recertification congratulation.", raw)

# 036 Credly recert badge
d = D("2025-01-22 20:02:40", UTC)
t = """Amazon Web Services Training and Certification just issued you a new badge.

AWS Certified Developer - Associate
Issued: January 22, 2025 | Expires: January 20, 2028

View and share: https://www.credly.com/badges/0c7b6e19-5a2f-47d1-b3f4-99e1a6d2c508

Your previous badge for this certification has been marked as expired and replaced.
"""
root = multi("alternative", [text(t, cte="7bit", cs="us-ascii"), text(html_from_text(t), "html", cte="quoted-printable")], "credly3")
raw = other_in("p", d, addr("Credly", CREDLY), ME_P, "You've earned a new badge from Amazon Web Services Training and Certification", root, "credly3",
               "bounces+1820331-c3d0@em.credly.com", "o1.ptr9912.credly.com", "167.89.27.45", "credly.com", "credly.com")
add("badge", False, None, [], "Credly re-issued badge after recertification ('expired and replaced').", raw)

# 037 HR leaving procedure (Japanese, company, asks for a reply)
d = D("2025-02-03 10:15:22", JST)
t = """青柳 拓海 さん

人事部の北川です。
退職に伴う手続きについてご案内します。

・最終出社日: 2025年3月31日(月)
・貸与 PC、入館証の返却: 3月31日 17:00 まで
・会社のメールアカウントは 3月31日 18:00 に停止します。
  社外サービスに会社のアドレスで登録しているものがあれば、それまでに変更をお願いします。
・提出書類(退職届、秘密保持誓約書)は 3月14日までに人事部へ提出してください。

内容をご確認のうえ、受領した旨をこのメールにご返信ください。

人事部 北川
"""
root = text(t, cs="ISO-2022-JP", cte="7bit")
raw = company_internal(d, addr("人事部 北川", "jinji@hoshizora-tech.co.jp", "iso-2022-jp"), addr(ME_JA, ME_C, "iso-2022-jp"),
                       "【重要】退職手続きのご案内(青柳さん)", root, "hr")
add("unrelated", False, None, [], "HR mail explaining the company mailbox closes on the last day and asking for a reply: context for the case but not support mail.", raw)

# 038 Builder ID verification code
d = D("2025-02-25 08:55:40", UTC)
t = """AWS Builder ID

Verify your identity

Your verification code is: 604218

This code expires 10 minutes after it was sent. If you didn't try to sign in, you can ignore this email.

Amazon Web Services, Inc. 410 Terry Avenue North, Seattle, WA 98109
"""
root = multi("alternative", [text(t, cte="7bit", cs="us-ascii"), text(html_from_text(t), "html")], "bid")
raw = other_in("p", d, addr("AWS Builder ID", "no-reply@signin.aws"), ME_P, "AWS Builder ID verification code", root, "bid",
               ses_from("bid"), *ses_host("bid"), "signin.aws", "signin.aws", msgid=mid_ses("bid", d))
add("unrelated", False, None, [], "Builder ID one-time code (6 digits) minutes before the case B form is sent.", raw)

# 039 case B ack to company, reproduces the submitted form
d = D("2025-02-25 09:03:11", UTC)
t = """Hello,

Thank you for contacting AWS Training and Certification. We have created case %s for your request.

What happens next: an agent will review your request and reply to this address, normally within 24 hours. Requests that involve account changes can take longer.

To avoid delays, please don't submit the same request again; each new submission opens a separate case. Reply to this email if you want to add something.

Here is a copy of what you submitted:
----------------------------------------
Inquiry type: Certification
Additional details: Account Merge
AWS candidate ID: %s
How can we help you?:
I will leave Hoshizora Technologies at the end of March and would like to move my certifications from my company certification account into my personal one.
Email addresses I have used: %s, %s
Email address to keep: %s
Candidate ID of my personal account: %s
----------------------------------------

AWS Training and Certification
""" % (CB, ID_C, ME_C, ME_P, ME_P, ID_P)
root = multi("alternative", [text(t), text(html_from_text(t), "html")], "ackB")
raw = aws_form_mail("c", d, form_subj(CB), root, "ackB", CB)
add("acknowledgement", False, CB, [ID_C, ID_P], "Case B opened (15-digit ID), sent to the company address typed in the form. The copy of the submitted form is part of the acknowledgement's own text, so its candidate IDs are labelled.", raw)

# 040 AWS marketing English
d = D("2025-02-26 16:00:00", UTC)
html = """<html><body style="font-family:Arial,sans-serif">
<table width="600" align="center"><tr><td>
<h2>New this month in AWS Skill Builder</h2>
<ul>
<li>Exam Prep Plans for AWS Certified AI Practitioner and Machine Learning Engineer - Associate</li>
<li>Cloud Quest: new Generative AI role</li>
<li>Official Practice Exams now available in Japanese and Korean</li>
</ul>
<p><a href="https://skillbuilder.aws/">Start learning</a></p>
<p style="font-size:11px;color:#888">You are receiving this email because you subscribed to AWS Training and Certification communications.
To unsubscribe, <a href="https://pages.awscloud.com/communication-preferences">update your preferences</a>.
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210</p>
</td></tr></table></body></html>
"""
root = text(html, "html", cte="quoted-printable")
raw = other_in("p", d, addr("AWS Training and Certification", "aws-marketing-email-replies@amazon.com"), ME_P,
               "New exam prep plans, Cloud Quest roles and more", root, "mkt2",
               "0101019544-mkt@bounce.marketing.aws", "a10-45.smtp-out.amazonses.com", "54.240.10.45", "amazon.com", "amazon.com",
               msgid=mid_ses("mkt2", d), extra=[("List-Unsubscribe", "<https://pages.awscloud.com/communication-preferences>")])
add("unrelated", False, None, [], "Marketing with the display name 'AWS Training and Certification' from the marketing address (HTML only).", raw)

# 041 case C ack (duplicate case, Japanese, personal)
d = D("2025-02-27 10:41:44", UTC)
t = """青柳 拓海 様

AWS トレーニングと認定にお問い合わせいただきありがとうございます。

ケース番号 %s にてお問い合わせを承りました。通常、24 時間以内に担当者よりご連絡いたします。

なお、同じご依頼について複数のケースを作成されると確認に時間を要し、回答が遅れる場合がございます。すでにお問い合わせ済みの内容でしたら、既存のケースのメールにご返信ください。

お問い合わせ内容:
お問い合わせタイプ: 認定
その他の詳細: アカウントの統合
AWS 候補 ID: %s
本文: 2月25日に会社のアドレスから同じ依頼を送りましたが、まだ連絡がないため個人のアドレスから再送します。会社の認定アカウントを個人のアカウントに統合してください。

AWS トレーニングと認定
""" % (CC, ID_P)
root = multi("alternative", [text(t, cte="base64"), text(html_from_text(t, "Meiryo, sans-serif"), "html", cte="base64")], "ackC")
raw = aws_form_mail("p", d, form_subj(CC), root, "ackC", CC)
add("acknowledgement", False, CC, [ID_P], "Case C: the owner filed the same request again from the personal address; Japanese acknowledgement of a second (duplicate) case.", raw)

# 042 case B info_request: write from the address to keep
d = D("2025-02-27 14:19:30", UTC)
reqB1 = """Hi Takumi,

Thank you for your patience, and for the clear description of what you need.

I can see both certification accounts in your request. One thing before we continue: your request came in from %s, which is the account that would be merged away and closed. To protect your records we only act on merge requests that come from the address of the account being kept.

Please reply to this email from %s (you can forward this message to that mailbox and answer from there) and state that you'd like the merge to go ahead. Once I receive that, I'll continue with the next steps.

Best regards,
Priya S.
AWS Training and Certification Customer Support""" % (ME_C, ME_P)
root = multi("alternative", [text(reqB1), text(html_from_text(reqB1), "html")], "infoB1")
raw = aws_form_mail("c", d, form_subj(CB), root, "infoB1", CB)
add("info_request", True, CB, [], "Case B: support asks the owner to write from the personal address (to the company mailbox).", raw)

# 043 user reply from the wrong address (Outlook, English)
d = D("2025-02-28 00:12:09", JST)
uB43 = """Hi Priya,

Thanks for the quick reply. My personal address is %s and it's my own account, so please go ahead and merge into it.

Regards,
Takumi Aoyagi""" % ME_P
t = uB43 + """

________________________________
From: AWS Training and Certification <%s>
Sent: Thursday, February 27, 2025 23:19
To: %s <%s>
Subject: %s

%s
""" % (TC, ME_JA, ME_C, form_subj(CB), reqB1)
root = text(t, cte="quoted-printable")
raw = outlook_sent(d, addr(TC_NAME, TC), "RE: " + form_subj(CB), root, "uB43", CB, lang="en-US", from_name=ME)
add("user_reply", False, CB, [], "Owner replies from the company Outlook anyway (the wrong address).", raw)

# 044 case C closed as duplicate
d = D("2025-02-28 01:55:17", UTC)
t = """Hello Takumi,

It looks like this request duplicates case %s, which you opened on February 25 and which is already being handled by one of my colleagues. To keep everything in one place I've closed this case (%s) and linked it to the earlier one.

You don't need to do anything here. Please continue the conversation on case %s.

Thanks,
Jun H.
AWS Training and Certification
""" % (CB, CC, CB)
root = text(t, cte="7bit", cs="us-ascii")
raw = aws_form_mail("p", d, form_subj(CC), root, "dupC", CC)
add("case_update", False, CC, [], "Case C closed as a duplicate and linked to case B; names case B twice in the body but belongs to case C (subject).", raw)

# 045 case B info_request again, Cc personal
d = D("2025-02-28 03:07:51", UTC)
t = """Hi Takumi,

Thanks for getting back to me. Your reply also reached us from %s, though, so I can't yet treat it as coming from the owner of the account we'd keep.

I've copied %s on this message. A reply sent from that mailbox is all I need to move on.

Best regards,
Priya S.
AWS Training and Certification Customer Support

-----Original Message-----
From: %s
Sent: 2/27/2025 3:12 PM
To: %s
Subject: RE: %s

%s
""" % (ME_C, ME_P, ME_C, TC, form_subj(CB), uB43)
root = multi("alternative", [text(t), text(html_from_text(t), "html")], "infoB2")
raw = aws_form_mail("c", d, form_subj(CB), root, "infoB2", CB, to=ME_C, cc=ME_P)
add("info_request", True, CB, [], "Case B: second ask to write from the personal address, this time Cc'd to it. The owner's quoted 'please go ahead' sits underneath.", raw)

# 046 user reply from personal Gmail
d = D("2025-02-28 12:44:02", JST)
t = """Hi Priya,

Writing from my personal address as requested. I confirm that %s (candidate ID %s) is my own account and the one to keep. Please go ahead and merge my company certification account into it.

Thank you,
Takumi

On Fri, Feb 28, 2025 at 12:07 PM AWS Training and Certification <%s> wrote:
> Hi Takumi,
>
> Thanks for getting back to me. Your reply also reached us from %s, though,
> so I can't yet treat it as coming from the owner of the account we'd keep.
> ...
""" % (ME_P, ID_P, TC, ME_C)
root = gmail_bd_multi([text(t, fmt_flowed=False), text(html_from_text(t), "html")], "gB46")
raw = gmail_sent(d, addr(TC_NAME, TC), "Re: " + form_subj(CB), root, "uB46", CB)
add("user_reply", False, CB, [ID_P], "Owner's reply from the personal Gmail address with the candidate ID.", raw)

# 047 colleague handover (8bit UTF-8)
d = D("2025-02-28 16:30:45", JST)
t = """青柳さん

引き継ぎ資料のドラフトありがとうございます。2 点だけ確認させてください。

1. NAT 切替手順の 5 番、Route Table の更新は手動のままで良いですか?
2. CloudWatch のアラーム一覧、prod-legacy アカウント分が抜けているように見えます。

来週の金曜までに回答もらえると助かります。

佐伯
"""
root = text(t, cte="8bit")
raw = company_internal(d, addr("佐伯 美咲", "saeki@hoshizora-tech.co.jp", "iso-2022-jp"), addr(ME_JA, ME_C, "iso-2022-jp"),
                       "RE: 引き継ぎ資料の件", root, "handover", eol="\n")
add("unrelated", False, None, [], "Colleague asks two questions with a deadline (8bit UTF-8). A real request, but not support.", raw)

# 048 case B on hold with a buried question (HTML only)
d = D("2025-03-03 09:12:37", UTC)
holdB = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hello Takumi,</p>
<p>Thank you for confirming from your personal address. I've started preparing the merge, but I've run into something I need to explain.</p>
<p>The certification account registered to <b>%s</b> is linked to the AWS Partner Network profile of <b>Hoshizora Technologies</b>. Certifications held by partner employees count toward the partner's tier and program requirements, so we can't move an account out of a partner organization while the person is still listed there. For that reason I have placed the merge <b>on hold</b>.</p>
<p>Releasing the hold means coordinating with our Partner team, and part of that is knowing your status with the company. Are you still employed by Hoshizora Technologies, and if you are leaving, what is your last working day?</p>
<p>I'm sorry for the extra step; the rule is there to protect both you and the partner.</p>
<p>Kind regards,<br>
Mariana R.<br>
AWS Training and Certification</p>
<hr style="border:none;border-top:1px solid #ddd">
<p style="font-size:11px;color:#666">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</p>
</body></html>
""" % ME_C
root = text(holdB, "html", cte="quoted-printable")
raw = aws_form_mail("p", d, form_subj(CB), root, "holdB1", CB)
add("on_hold", True, CB, [], "Case B paused because the old account belongs to an APN partner; the question about employment and last day is buried in the middle (HTML only, QP). on_hold + needs_reply.", raw)

# 049 user reply, top-posted over long history
d = D("2025-03-04 08:02:15", JST)
hold_plain = """Hello Takumi,

Thank you for confirming from your personal address. I've started preparing the merge, but I've run into something I need to explain.

The certification account registered to %s is linked to the AWS Partner Network profile of Hoshizora Technologies. Certifications held by partner employees count toward the partner's tier and program requirements, so we can't move an account out of a partner organization while the person is still listed there. For that reason I have placed the merge on hold.

Releasing the hold means coordinating with our Partner team, and part of that is knowing your status with the company. Are you still employed by Hoshizora Technologies, and if you are leaving, what is your last working day?

I'm sorry for the extra step; the rule is there to protect both you and the partner.

Kind regards,
Mariana R.
AWS Training and Certification""" % ME_C
inner = """On Fri, Feb 28, 2025 at 12:44 PM Takumi Aoyagi <%s> wrote:
> Hi Priya,
>
> Writing from my personal address as requested. I confirm that %s
> (candidate ID %s) is my own account and the one to keep. Please go
> ahead and merge my company certification account into it.
>
> Thank you,
> Takumi
>
> On Fri, Feb 28, 2025 at 12:07 PM AWS Training and Certification <%s> wrote:
>> Hi Takumi,
>>
>> Thanks for getting back to me. Your reply also reached us from
>> %s, though, so I can't yet treat it as coming from the owner
>> of the account we'd keep.
>>
>> I've copied %s on this message. A reply sent from that mailbox is
>> all I need to move on.
>>
>> Best regards,
>> Priya S.""" % (ME_P, ME_P, ID_P, TC, ME_C, ME_P)
t = """Hi Mariana,

Yes, I'm still employed there for now. My last working day at Hoshizora Technologies is March 31, 2025, and the company mailbox will be switched off that evening. I'd be grateful if the merge could be finished before then, but I understand if the partner team needs time.

Thanks,
Takumi

On Mon, Mar 3, 2025 at 6:12 PM AWS Training and Certification <%s> wrote:
%s
%s
""" % (TC, quote(hold_plain), quote(inner))
root = gmail_bd_multi([text(t), text(html_from_text(t), "html")], "gB49")
raw = gmail_sent(d, addr(TC_NAME, TC), "Re: " + form_subj(CB), root, "uB49", CB)
add("user_reply", False, CB, [], "Owner answers the hold question, top-posted over three levels of quoted history (quoted candidate ID not labelled).", raw)

# 050 case B still on hold, nothing needed
d = D("2025-03-05 02:20:04", UTC)
t = """Hi Takumi,

Thanks for letting me know. I've passed your last working day to our Partner team and asked them to release the account from the Hoshizora Technologies partner profile. They usually finish this within five business days.

The case stays on hold until they do. There's nothing you need to do in the meantime, and I'll write as soon as I hear back.

Kind regards,
Mariana R.
AWS Training and Certification
"""
root = text(t, cte="7bit", cs="us-ascii")
raw = aws_form_mail("p", d, form_subj(CB), root, "holdB2", CB)
add("on_hold", False, CB, [], "Case B remains on hold waiting for the partner team; explicitly nothing to do.", raw)

# 051 Pearson VUE booking confirmation
d = D("2025-03-07 11:20:33", EST)
t = """Dear Takumi Aoyagi,

Thank you for scheduling your exam with Pearson VUE.

Exam: MLA-C01: AWS Certified Machine Learning Engineer - Associate
Date and time: Saturday, March 29, 2025, 1:00 PM JST
Location: Pearson VUE Test Center, Tokyo Shinjuku
Appointment length: 130 minutes
Registration ID: 412883905

Please arrive 15 minutes early and bring two valid forms of identification.

To reschedule or cancel, sign in to your Pearson VUE account at least 24 hours before your appointment.

Pearson VUE
"""
root = multi("alternative", [text(t), text(html_from_text(t), "html")], "pvue")
raw = other_in("p", d, addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), ME_P, "Pearson VUE Confirmation of Booking", root, "pvue",
               "bounce@pearson.com", "mail-1.pearson.com", "159.182.104.21", "pearson.com", "pearson.com")
add("unrelated", False, None, [], "Exam vendor booking with a 9-digit registration ID; the 130 minutes (no ESL +30) explains case D.", raw)

# 052 case B hold lifted
d = D("2025-03-10 00:47:19", UTC)
t = """Hi Takumi,

Good news: the Partner team has released your company certification account from the partner profile, so the hold on your case has been lifted.

I'm preparing the merge now and will send you a summary of both accounts to check in a separate email shortly.

Kind regards,
Mariana R.
AWS Training and Certification
"""
root = multi("alternative", [text(t), text(html_from_text(t), "html")], "updB")
raw = aws_form_mail("p", d, form_subj(CB), root, "updB", CB)
add("case_update", False, CB, [], "Case B: hold lifted, next mail announced; nothing asked yet.", raw)

# 053 case B confirmation request with Account #1/#2 table
d = D("2025-03-10 01:15:42", UTC)
confB_txt = """Hello Takumi,

Below are the two certification accounts I found for you. Please look them over carefully, since a merge can't be undone.

Account #1
  Candidate ID: %s
  Login email: %s
  Training notification email: %s
  Certification notification email: %s

Account #2
  Candidate ID: %s
  Login email: %s
  Training notification email: %s
  Certification notification email: %s

Reply to let me know that both accounts belong to you and that Account #1 should be the one that remains. Once I have your go-ahead I'll move everything from Account #2 into it.

Kind regards,
Mariana R.
AWS Training and Certification""" % (ID_P, ME_P, ME_P, ME_P, ID_C, ME_C, ME_C, ME_C)
rows = lambda cid, e: ("<tr><td>Candidate ID</td><td>%s</td></tr><tr><td>Login email</td><td>%s</td></tr>"
                       "<tr><td>Training notification email</td><td>%s</td></tr><tr><td>Certification notification email</td><td>%s</td></tr>") % (cid, e, e, e)
confB_html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Takumi,</p>
<p>Below are the two certification accounts I found for you. Please look them over carefully, since a merge can't be undone.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr><th colspan="2" style="background:#f2f3f3;text-align:left">Account #1</th></tr>%s
<tr><th colspan="2" style="background:#f2f3f3;text-align:left">Account #2</th></tr>%s
</table>
<p>Reply to let me know that both accounts belong to you and that Account #1 should be the one that remains. Once I have your go-ahead I'll move everything from Account #2 into it.</p>
<p>Kind regards,<br>Mariana R.<br>AWS Training and Certification</p>
</body></html>
""" % (rows(ID_P, ME_P), rows(ID_C, ME_C))
root = multi("alternative", [text(confB_txt), text(confB_html, "html")], "confB")
raw = aws_form_mail("p", d, form_subj(CB), root, "confB", CB)
add("confirmation_request", True, CB, [ID_P, ID_C], "Case B: Account #1 / Account #2 listing (HTML table + text) and an imperative 'Reply to let me know'.", raw)

# 054 console case D acknowledgement
d = D("2025-03-12 01:52:09", UTC)
t = """Dear Customer,

Thank you for contacting Amazon Web Services. We have opened case %s to address your inquiry.

Case details:

Case ID: %s
Subject: ESL +30 minutes accommodation not showing on my exam registration
Severity: General guidance
Service: Training and Certification
Category: Exam accommodations
Correspondence: Hello, I was approved for the ESL +30 accommodation a few years ago, but the MLA-C01 appointment I just booked is only 130 minutes. My candidate ID is %s (a merge with my old company account is in progress). Could you check why the extra time is missing?

To see the case or add a response, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""" % (CD, CD, ID_P, CD)
root = multi("alternative", [text(t), text(html_from_text(t), "html")], "ackD")
raw = aws_form_mail("p", d, "Amazon Web Services: New Support case: %s" % CD, root, "ackD", CD,
                    sender_name="Amazon Web Services", from_addr=NOREPLY)
add("acknowledgement", False, CD, [ID_P], "Console case D opened (Support Center, no-reply address). The reproduced correspondence is the owner's own text with a question to support ('Could you check...?'), not a request to the owner.", raw)

# 055 console billing case (unrelated)
d = D("2025-03-13 06:20:38", UTC)
t = """Dear Customer,

Thank you for contacting Amazon Web Services. We have opened case 174184683300204 to address your inquiry.

Case details:

Case ID: 174184683300204
Subject: Unexpected NAT Gateway charges on personal account
Severity: General guidance
Service: Billing
Category: Unexpected charges
Account: 390418275566
Correspondence: I forgot a NAT Gateway running in ap-northeast-1 after a lab. Is a one-time credit possible?

To see the case or add a response, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=174184683300204&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
"""
root = multi("alternative", [text(t), text(html_from_text(t), "html")], "bill-case")
raw = aws_form_mail("p", d, "Amazon Web Services: New Support case: 174184683300204", root, "bill-case", "BILL",
                    sender_name="Amazon Web Services", from_addr=NOREPLY)
add("unrelated", False, None, [], "A Support Center billing case: same sender and subject shape as case D, but Account and billing, not Training and Certification (see README).", raw)

# 056 case B closing notice (quotes the confirmation request)
d = D("2025-03-14 00:31:26", UTC)
t = """Hi Takumi,

Just checking in on your merge request. On March 10 I sent you the details of your two certification accounts, but I haven't seen a reply yet, so the merge hasn't been started.

If I don't hear from you by March 17, the case will be closed automatically. A reply to this email keeps it open, and if everything in the summary below looks right, your confirmation in that reply is all we need to go ahead.

Kind regards,
Mariana R.
AWS Training and Certification

On Mon, Mar 10, 2025 at 01:15 UTC, AWS Training and Certification wrote:
%s
""" % quote(confB_txt)
root = text(t, cte="quoted-printable")
raw = aws_form_mail("p", d, form_subj(CB), root, "closeB", CB)
add("closing_notice", True, CB, [], "Case B: will be closed on March 17 unless the owner answers; the quoted confirmation request is below (its candidate IDs are not new text).", raw)

# 057 console case D info_request
d = D("2025-03-14 03:04:51", UTC)
reqD = """Hello,

Thank you for reaching out. My name is Ahmed and I'll be working on your case.

I checked candidate ID %s and can see the accommodation approval from 2022. Because of the account merge that is in progress, it isn't attached to the profile you are booking with. To re-apply it I have to file a request with our accommodations team, and they ask for the exact exam and appointment date.

Which exam and date should I note in that request? If you have already booked with Pearson VUE, the registration number would help as well.

Replies to this message by e-mail are not received; please answer in the Support Center using the link below.

Best regards,
Ahmed
Amazon Web Services""" % ID_P
t = reqD + """

Your feedback helps us improve. You can rate this reply with the stars shown next to it in the Support Center.

To view the case and respond: https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Note: this address cannot receive e-mail.
""" % CD
root = multi("alternative", [text(t), text(html_from_text(t), "html")], "infoD")
raw = aws_form_mail("p", d, "RE:[CASE %s] ESL +30 minutes accommodation not showing on my exam registration" % CD, root, "infoD", CD,
                    sender_name="Amazon Web Services", from_addr=NOREPLY)
add("info_request", True, CD, [ID_P], "Console case D: question to the owner that must be answered in the Support Center (not by e-mail), followed by a star-rating footer.", raw)

# 058 user confirms merge (case B)
d = D("2025-03-14 10:02:44", JST)
t = """Hi Mariana,

Sorry for the slow reply, the mail got buried. Yes, both accounts are mine and Account #1 should stay. Go ahead with the merge.

Thanks,
Takumi

On Fri, Mar 14, 2025 at 9:31 AM AWS Training and Certification <%s> wrote:
%s
""" % (TC, quote("""Hi Takumi,

Just checking in on your merge request. On March 10 I sent you the details of your two certification accounts, but I haven't seen a reply yet, so the merge hasn't been started.

If I don't hear from you by March 17, the case will be closed automatically. A reply to this email keeps it open, and if everything in the summary below looks right, your confirmation in that reply is all we need to go ahead.""") + "\n> [...]")
root = gmail_bd_multi([text(t), text(html_from_text(t), "html")], "gB58")
raw = gmail_sent(d, addr(TC_NAME, TC), "Re: " + form_subj(CB), root, "uB58", CB)
add("user_reply", False, CB, [], "Owner's confirmation of the merge (no candidate ID written).", raw)

# 059 user answers case D by e-mail (mistake)
d = D("2025-03-14 12:20:10", JST)
uD59 = """Hi Ahmed,

The exam is MLA-C01 (AWS Certified Machine Learning Engineer - Associate) on March 29 at 13:00 JST, Pearson VUE registration ID 412883905.

Thanks,
Takumi Aoyagi"""
t = uD59 + "\n\nOn Fri, Mar 14, 2025 at 12:04 PM Amazon Web Services <%s> wrote:\n%s\n" % (NOREPLY, quote(reqD))
root = gmail_bd_multi([text(t), text(html_from_text(t), "html")], "gD59")
raw = gmail_sent(d, addr("Amazon Web Services", NOREPLY), "Re: RE:[CASE %s] ESL +30 minutes accommodation not showing on my exam registration" % CD, root, "uD59", CD)
add("user_reply", False, CD, [], "Owner answers console case D by e-mail to the no-reply address (will bounce).", raw)

# 060 bounce
d = D("2025-03-14 12:20:14", JST)
rep = """Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 7bit
"""
t = """** Message not delivered **

Your message couldn't be delivered to no-reply-aws@amazon.com because the remote server is misconfigured or does not accept mail. See the technical details below.

The response was:

550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: This mailbox does not accept incoming mail
"""
dsn = """Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; mail-sor-f41.google.com (209.85.220.41)
Arrival-Date: %s

Final-Recipient: rfc822; no-reply-aws@amazon.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; inbound-smtp.us-east-1.amazonaws.com. (52.119.213.150, the server for the domain amazon.com.)
Diagnostic-Code: smtp; 550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: This mailbox does not accept incoming mail
Last-Attempt-Date: %s
""" % (fdate(d), fdate(d))
orig_headers = """Date: %s
Message-ID: %s
Subject: Re: RE:[CASE %s] ESL +30 minutes accommodation not showing on my exam registration
From: Takumi Aoyagi <%s>
To: Amazon Web Services <%s>
""" % (fdate(D("2025-03-14 12:20:10", JST)), mid_gmail("uD59"), CD, ME_P, NOREPLY)
p1 = text(t, cte="7bit", cs="UTF-8")
p2 = Part(["Content-Type: message/delivery-status"], dsn.encode())
p3 = Part(["Content-Type: text/rfc822-headers"], orig_headers.encode())
root = multi("report", [p1, p2, p3], "dsn", params=" report-type=delivery-status;")
raw = build([
    ("Delivered-To", ME_P),
    ("Return-Path", "<>"),
    ("Received", "by 2002:a05:7010:6c0d:b0:3f1:9e2:1c44 with SMTP id d13csp442118mdc;\n        %s" % fdate(d.astimezone(PDT))),
    ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"),
    ("To", ME_P),
    ("Auto-Submitted", "auto-replied"),
    ("Subject", "Delivery Status Notification (Failure)"),
    ("References", mid_gmail("uD59")),
    ("In-Reply-To", mid_gmail("uD59")),
    ("Message-ID", "<67d39a5e.%s.mdn@mx.google.com>" % hx("dsn", 14)),
    ("Date", fdate(d)),
], root)
add("unrelated", False, CD, [], "Gmail bounce of the owner's e-mail to no-reply-aws; the case number appears only in the returned headers. Belongs to case D but is not support mail (see README).", raw)

# 061 case B resolved, quotes the confirmation request
d = D("2025-03-15 02:48:55", UTC)
t = """Hello Takumi,

Thanks for confirming. The merge is finished: everything that was on Account #2 (%s), meaning exam history, active certifications and benefits, now lives on Account #1 (%s), and Account #2 has been closed. From now on, sign in with %s.

Your Credly badges will follow automatically. The AWS Partner Network profile of your former employer may take a few days to reflect the change.

No further action is needed from you, and I'm setting this case to resolved.

Kind regards,
Mariana R.
AWS Training and Certification

On Fri, Mar 14, 2025 at 10:02 AM Takumi Aoyagi <%s> wrote:
> Hi Mariana,
>
> Sorry for the slow reply, the mail got buried. Yes, both accounts are mine
> and Account #1 should stay. Go ahead with the merge.
>
> Thanks,
> Takumi
>
%s
""" % (ID_C, ID_P, ME_P, ME_P, quote(confB_txt, ">> "))
root = multi("alternative", [text(t), text(html_from_text(t), "html")], "resB")
raw = aws_form_mail("p", d, form_subj(CB), root, "resB", CB)
add("resolved", False, CB, [ID_C, ID_P], "Case B merge done; quotes the owner's confirmation and, nested under it, the whole Account #1/#2 request ending in 'Reply to let me know'.", raw)

# 062 Credly after merge
d = D("2025-03-15 03:10:02", UTC)
html = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<table width="600" align="center"><tr><td>
<h2>You have 5 new badges</h2>
<p>Amazon Web Services Training and Certification has issued badges to %s:</p>
<ul>
<li>AWS Certified Solutions Architect &ndash; Professional</li>
<li>AWS Certified Solutions Architect &ndash; Associate</li>
<li>AWS Certified Developer &ndash; Associate</li>
<li>AWS Certified SysOps Administrator &ndash; Associate</li>
<li>AWS Certified Cloud Practitioner</li>
</ul>
<p><a href="https://www.credly.com/earner/earned">Review and accept your badges</a></p>
<p style="font-size:11px;color:#777">Credly by Pearson</p>
</td></tr></table></body></html>
""" % ME_P
root = text(html, "html", cte="quoted-printable")
raw = other_in("p", d, addr("Credly", CREDLY), ME_P, "You have new badges from Amazon Web Services Training and Certification", root, "credly4",
               "bounces+1820331-e91b@em.credly.com", "o1.ptr9912.credly.com", "167.89.27.45", "credly.com", "credly.com")
add("badge", False, None, [], "Credly mail minutes after the merge (HTML only).", raw)

# 063 survey for case B
d = D("2025-03-16 12:00:41", UTC)
html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Takumi,</p>
<p>Thanks for contacting AWS Training and Certification. Now that case <b>%s</b> is resolved, would you tell us about your experience?</p>
<p><a href="https://tc-feedback.aws.amazon.com/s?c=%s">Take the 2-minute survey</a></p>
<p>Your answers go straight to the team that runs Training and Certification support and help us improve it. Replies to this email are not read.</p>
<p>AWS Training and Certification</p>
</body></html>
""" % (CB, CB)
root = text(html, "html", cte="base64")
raw = aws_form_mail("p", d, "Tell us how we did on case %s" % CB, root, "survB", CB,
                    sender_name="AWS Training and Certification Feedback", from_addr="tc-feedback@amazon.com", thread=False)
add("survey", False, CB, [], "HTML-only, base64 survey for case B.", raw)

# 064 owner forwards the result to his manager
d = D("2025-03-16 21:15:33", JST)
fwd_of = """---------- Forwarded message ---------
From: AWS Training and Certification <%s>
Date: Sat, Mar 15, 2025 at 11:48 AM
Subject: %s
To: <%s>


Hello Takumi,

Thanks for confirming. The merge is finished: everything that was on Account #2 (%s), meaning exam history, active certifications and benefits, now lives on Account #1 (%s), and Account #2 has been closed. From now on, sign in with %s.

Your Credly badges will follow automatically. The AWS Partner Network profile of your former employer may take a few days to reflect the change.

No further action is needed from you, and I'm setting this case to resolved.
""" % (TC, form_subj(CB), ME_P, ID_C, ID_P, ME_P)
t = """村井さん

お疲れさまです。青柳です。
AWS 認定アカウントを個人のアカウントに統合しました。数日以内に APN のパートナープロフィールから私の認定が外れるので、認定者数の集計に影響があれば念のためご確認ください。

青柳

""" + fwd_of
root = gmail_bd_multi([text(t, cte="base64"), text(html_from_text(t), "html", cte="base64")], "gB64")
raw = gmail_sent(d, addr("村井 健一", "murai@hoshizora-tech.co.jp"), "Fwd: " + form_subj(CB), root, "uB64", "FWD-B")
add("user_reply", False, CB, [], "Owner forwards the case B resolution to his manager in Japanese; candidate IDs appear only inside the forwarded part.", raw)

# 065 console D closing notice
d = D("2025-03-17 03:10:20", UTC)
t = """Hello,

We haven't received a response in the Support Center to our last correspondence on this case.

If we don't hear from you within 3 days, the case will be resolved automatically. You can respond any time before then using the link below.

To view the case and respond: https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Note: this address cannot receive e-mail.

Amazon Web Services
""" % CD
root = text(t, cte="7bit", cs="us-ascii")
raw = aws_form_mail("p", d, "RE:[CASE %s] ESL +30 minutes accommodation not showing on my exam registration" % CD, root, "closeD", CD,
                    sender_name="Amazon Web Services", from_addr=NOREPLY)
add("closing_notice", True, CD, [], "Console case D will auto-resolve in 3 days: the owner's e-mail reply did not count.", raw)

# 066 owner note to self
d = D("2025-03-17 12:31:07", JST)
t = """ESLのケース(%s)、no-reply-aws にメールで返信しても届かない(バウンスした)。
サポートセンターの displayId=%s を開いて、試験名・日付・Pearson の登録番号を入力すること。
3/20 で自動解決されるので、それまでに。
""" % (CD, CD)
root = text(t, cte="base64")
raw = gmail_sent(d, ME_P, "メモ: AWSサポート ESLのケースはコンソールから返信", root, "uD66", "NOTE")
add("user_reply", False, CD, [], "Owner's note to self in Japanese (base64) about answering case D in the console; names the case only in the body.", raw)

# 067 colleague out-of-office
d = D("2025-03-18 09:00:12", JST)
t = """青柳さん

自動応答です。3/18(火)〜3/21(金)は休暇のため不在にしております。
3/24(月)より順次対応いたします。急ぎの件は村井(murai@hoshizora-tech.co.jp)までご連絡ください。

I'm out of the office until March 21 and will reply after I return.

佐伯
"""
root = text(t, cs="ISO-2022-JP", cte="7bit")
raw = company_internal(d, addr("佐伯 美咲", "saeki@hoshizora-tech.co.jp", "iso-2022-jp"), addr(ME_JA, ME_C, "iso-2022-jp"),
                       "自動応答: RE: 引き継ぎ資料の件", root, "ooo",
                       extra=[("Auto-Submitted", "auto-generated"), ("X-MS-Exchange-Inbox-Rules-Loop", "saeki@hoshizora-tech.co.jp")])
add("unrelated", False, None, [], "Colleague's bilingual out-of-office reply.", raw)

# 068 console D case update
d = D("2025-03-19 01:40:09", UTC)
t = """Hello,

Thank you for adding the exam and appointment details in the Support Center.

I've submitted the accommodation request to our accommodations team with the information you provided. They normally complete these within 3 to 5 business days, which leaves enough time before your appointment on March 29. I'll update this case as soon as I hear from them.

Best regards,
Ahmed
Amazon Web Services

Your feedback helps us improve. You can rate this reply with the stars shown next to it in the Support Center.

To view the case: https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Note: this address cannot receive e-mail.
""" % CD
root = multi("alternative", [text(t), text(html_from_text(t), "html")], "updD")
raw = aws_form_mail("p", d, "RE:[CASE %s] ESL +30 minutes accommodation not showing on my exam registration" % CD, root, "updD", CD,
                    sender_name="Amazon Web Services", from_addr=NOREPLY)
add("case_update", False, CD, [], "Case D passed to the accommodations team; only the rating footer invites action.", raw)

# 069 certmetrics account email updated
d = D("2025-03-19 08:44:30", PDT)
t = """Hello Takumi,

The email address on your AWS Certification Account has been updated.

Candidate ID: %s
New email address: %s

If you made this change, no action is needed. If you don't recognise it, contact AWS Training and Certification through https://support.aws.amazon.com/#/contacts/aws-training.

AWS Training and Certification
""" % (ID_P, ME_P)
root = multi("alternative", [text(t, cte="7bit", cs="us-ascii"), text(html_from_text(t), "html")], "cm6")
raw = other_in("p", d, addr("AWS Certification", CERTM), ME_P, "Your AWS Certification Account email address was updated", root, "cm6",
               "bounce@certmetrics.com", "mta2.certmetrics.com", "198.2.135.62", "certmetrics.com", "certmetrics.com")
add("certification", False, None, [ID_P], "Automated account-change notice following the merge; conditional 'if you don't recognise it, contact' line.", raw)

# 070 owner reopens case B (benefit missing)
d = D("2025-03-20 22:10:51", JST)
t = """Hi Mariana,

Sorry to reopen this. I've checked the merged account: the exam history and certifications are all there, but the 50%% exam discount I had on the old account (%s) isn't listed under Benefits. Could you take a look?

Thanks,
Takumi

On Sat, Mar 15, 2025 at 11:48 AM AWS Training and Certification <%s> wrote:
> Hello Takumi,
>
> Thanks for confirming. The merge is finished: everything that was on
> Account #2 (%s), meaning exam history, active certifications and
> benefits, now lives on Account #1 (%s), and Account #2 has been closed.
> [...]
""" % (ID_C, TC, ID_C, ID_P)
root = text(t, cte="quoted-printable", fmt_flowed=True)
raw = gmail_sent(d, addr(TC_NAME, TC), "Re: " + form_subj(CB), root, "uB70", CB)
add("user_reply", False, CB, [ID_C], "Owner writes on the resolved case B about a missing voucher; his question is to support, not the other way round.", raw)

# 071 spoofed T&C mail, DMARC fail
d = D("2025-03-21 02:10:07", UTC)
t = """Hello,

Your account merge request is on hold pending identity verification.

To complete the merge, confirm your AWS Builder ID credentials within 48 hours:
https://aws-training-verify.com/merge/confirm?case=174252300000019

If we do not receive your confirmation, the certifications on the merged account will be forfeited.

Regards,
AWS Training and Certification
"""
root = multi("alternative", [text(t), text(html_from_text(t), "html")], "spoof")
hs = gmail_in(d, "bounce@mail-aws-verify.top", "mail.aws-verify.top", "45.142.212.88", "amazon.com", "amazon.com", "spoof",
              dkim="fail", spf="fail", dmarc="fail", policy="p=QUARANTINE sp=QUARANTINE dis=QUARANTINE")
hs += [
    ("From", addr(TC_NAME, TC)),
    ("Reply-To", "verification@aws-training-verify.com"),
    ("To", ME_P),
    ("Subject", form_subj("174252300000019")),
    ("Date", fdate(d)),
    ("Message-ID", "<%s@mail-aws-verify.top>" % hx("spoof", 24)),
]
raw = build(hs, root)
add("suspicious", False, None, [], "Spoof of the real T&C sender with a case-style subject and a made-up case number; DKIM, SPF and DMARC all fail for amazon.com; credential link.", raw)

# 072 case B reopened
d = D("2025-03-21 04:33:18", UTC)
t = """Hi Takumi,

Thanks for letting me know. I've reopened case %s and asked our Benefits team to move the 50%% exam discount from the old account to your merged one. They've confirmed they're on it.

I'll update you once it's done; nothing else is needed from you.

Kind regards,
Mariana R.
AWS Training and Certification
""" % CB
root = text(t, cte="quoted-printable")
raw = aws_form_mail("p", d, form_subj(CB), root, "reopenB", CB)
add("case_update", False, CB, [], "Case B reopened and passed to the Benefits team.", raw)

# 073 console D resolved
d = D("2025-03-24 06:05:44", UTC)
t = """Hello,

Good news: our accommodations team has applied the ESL +30 accommodation to your merged certification profile. It applies to your appointment on March 29 automatically, and your Pearson VUE booking now shows 160 minutes. No further steps are needed.

I'm resolving this case now. If you need anything else on this topic, you can reopen it from the Support Center within 14 days.

Best regards,
Ahmed
Amazon Web Services

Your feedback helps us improve. You can rate this reply with the stars shown next to it in the Support Center.

To view the case: https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Note: this address cannot receive e-mail.
""" % CD
root = multi("alternative", [text(t), text(html_from_text(t), "html")], "resD")
raw = aws_form_mail("p", d, "RE:[CASE %s] ESL +30 minutes accommodation not showing on my exam registration" % CD, root, "resD", CD,
                    sender_name="Amazon Web Services", from_addr=NOREPLY)
add("resolved", False, CD, [], "Console case D resolved; reopen-within-14-days line and rating footer are optional.", raw)

# 074 console D survey
d = D("2025-03-25 06:10:00", UTC)
html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Your AWS Support case <b>%s</b> was recently resolved.</p>
<p>How would you rate your overall experience with this case?</p>
<p><a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;score=5">Excellent</a> |
<a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;score=4">Good</a> |
<a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;score=3">Fair</a> |
<a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;score=2">Poor</a></p>
<p style="font-size:11px;color:#666">This survey is optional. This address cannot receive e-mail.</p>
</body></html>
""" % ((CD,) * 5)
root = text(html, "html", cte="quoted-printable")
raw = aws_form_mail("p", d, "Amazon Web Services: How did we do on case %s?" % CD, root, "survD", CD,
                    sender_name="Amazon Web Services", from_addr=NOREPLY, thread=False)
add("survey", False, CD, [], "Support Center survey for case D (HTML only, question form).", raw)

# 075 case B resolved again (voucher), CRLF
d = D("2025-03-26 01:12:40", UTC)
t = """Hi Takumi,

The Benefits team has restored the 50% exam discount on your account. You'll find it under Benefits in your AWS Certification Account; it is valid until 2026-03-02.

That's everything on my side, so I'm resolving the case again.

Kind regards,
Mariana R.
AWS Training and Certification
"""
root = text(t, cte="quoted-printable")
raw = aws_form_mail("p", d, form_subj(CB), root, "res2B", CB, eol="\r\n")
add("resolved", False, CB, [], "Case B's reopened part done (voucher restored); short, CRLF.", raw)

# 076 owner's farewell mail (sent from company Outlook)
d = D("2025-03-31 16:02:18", JST)
t = """各位

クラウド基盤部の青柳です。
本日をもちまして退職することになりました。在職中は大変お世話になりました。

このアドレスは本日 18 時に停止します。今後のご連絡は下記の個人アドレスまでお願いします。
%s

皆さまのご活躍をお祈りしております。

青柳 拓海
""" % ME_P
root = text(t, cs="ISO-2022-JP", cte="7bit")
raw = outlook_sent(d, "all@hoshizora-tech.co.jp", "退職のご挨拶", root, "uFare", None)
add("user_reply", False, None, [], "Owner's own farewell mail to all staff: written by the owner, so user_reply, with no case.", raw)

# 077 case F ack
d = D("2025-04-02 00:17:55", UTC)
t = """Hello Takumi,

Thank you for contacting AWS Training and Certification.

Case ID: %s

Your request has been received and is waiting for an agent. We aim to respond within 24 hours. Please don't open another case for this request; just reply here if you'd like to add details.

AWS Training and Certification
""" % CF
html = html_from_text(t)
root = multi("alternative", [text(t, cte="7bit", cs="us-ascii"), text(html, "html", cte="base64")], "ackF")
raw = aws_form_mail("p", d, form_subj(CF, "exam-results", "RE: ["), root, "ackF", CF)
add("acknowledgement", False, CF, [], "Case F opened (exam result not showing).", raw)

# 078 AWS invoice
d = D("2025-04-03 03:11:02", UTC)
t = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the period March 01 - March 31, 2025, is available on the AWS web site. Your account will be charged the following:

Total: $38.12

You can see a complete break down of all of your service usage fees on the Bills page of the Billing and Cost Management console:
https://console.aws.amazon.com/billing/home#/bills?year=2025&month=3

Account ID: 390418275566

Thank you for using Amazon Web Services.
"""
root = text(t, cte="7bit", cs="us-ascii")
raw = other_in("p", d, addr("Amazon Web Services", "aws-billing@amazon.com"), ME_P,
               "Amazon Web Services Invoice Available [AWS ID 390418275566]", root, "bill2504",
               ses_from("bill2504"), *ses_host("bill2504"), "amazon.com", "amazon.com", msgid=mid_ses("bill2504", d))
add("unrelated", False, None, [], "AWS billing statement (12-digit account ID).", raw)

# 079 case F info_request, Japanese plain ください
d = D("2025-04-03 05:30:15", UTC)
reqF = """青柳様

お問い合わせありがとうございます。担当の中村です。

3月29日に受験された試験の結果がアカウントに表示されない件、確認いたします。Pearson VUE 側の記録と照合するため、以下をこのメールへの返信でお知らせください。

・Pearson VUE の登録番号(9 桁)
・受験日と受験したテストセンター

通常、試験結果は受験後 5 営業日以内に反映されます。

中村
AWS トレーニングと認定 サポート"""
root = multi("alternative", [text(reqF), text(html_from_text(reqF, "Meiryo, sans-serif"), "html")], "infoF")
raw = aws_form_mail("p", d, form_subj(CF, "exam-results", "RE: ["), root, "infoF", CF)
add("info_request", True, CF, [], "Case F (Japanese, plain 〜ください): asks for the Pearson VUE registration number and test centre; an informational sentence follows the ask.", raw)

# 080 exam result available
d = D("2025-04-04 10:20:00", PDT)
t = """Dear Takumi Aoyagi,

Your results for AWS Certified Machine Learning Engineer - Associate (MLA-C01) are now available in your AWS Certification Account.

Candidate ID: %s
Exam date: 2025-03-29
Result: PASS

Congratulations! Your digital badge will arrive from Credly shortly.

AWS Training and Certification
""" % ID_P
root = multi("alternative", [text(t, cte="7bit", cs="us-ascii"), text(html_from_text(t), "html")], "cm7")
raw = other_in("p", d, addr("AWS Certification", CERTM), ME_P, "Your AWS Certification exam results are available", root, "cm7",
               "bounce@certmetrics.com", "mta2.certmetrics.com", "198.2.135.62", "certmetrics.com", "certmetrics.com")
add("certification", False, None, [ID_P], "The missing exam result arrives by itself while case F waits for the owner.", raw)

# 081 Credly MLA badge
d = D("2025-04-05 01:02:33", UTC)
t = """Congratulations, Takumi!

Amazon Web Services Training and Certification has issued you a badge: AWS Certified Machine Learning Engineer - Associate.

Accept your badge: https://www.credly.com/badges/e3a9d1f0-7c52-4b11-a0d8-2f6c94b1e7a5/accept
"""
root = text(t, cte="7bit", cs="us-ascii")
raw = other_in("p", d, addr("Credly", CREDLY), ME_P, "Amazon Web Services Training and Certification has issued you a badge", root, "credly5",
               "bounces+1820331-0f4e@em.credly.com", "o1.ptr9912.credly.com", "167.89.27.45", "credly.com", "credly.com")
add("badge", False, None, [], "Credly badge, plain text only.", raw)

# 082 case F closing notice (English template after Japanese agent)
d = D("2025-04-07 05:40:27", UTC)
t = """Hello,

We are still waiting for the information requested on April 3 for case %s.

If we don't receive a response within 48 hours, this case will be closed. To keep it open, simply reply to this message.

AWS Training and Certification
""" % CF
root = text(t, cte="7bit", cs="us-ascii")
raw = aws_form_mail("p", d, form_subj(CF, "exam-results", "RE: ["), root, "closeF", CF)
add("closing_notice", True, CF, [], "Case F: 48-hour closing warning (English template following a Japanese agent).", raw)

# 083 owner says the issue resolved itself
d = D("2025-04-07 19:55:02", JST)
t = """中村様

ご連絡ありがとうございます。青柳です。
4月4日に試験結果がアカウントに反映され、合格を確認できました。
お手数をおかけしましたが、本件はクローズしていただいて問題ありません。

青柳

2025年4月7日(月) 14:40 AWS Training and Certification <%s>:
%s
""" % (TC, quote(t))
root = gmail_bd_multi([text(t, cte="base64"), text(html_from_text(t), "html", cte="base64")], "gF83")
raw = gmail_sent(d, addr(TC_NAME, TC), "Re: " + form_subj(CF, "exam-results", "RE: ["), root, "uF83", CF)
add("user_reply", False, CF, [], "Owner's Japanese reply: result arrived, please close; quotes the English closing warning with the Japanese 「…:」 attribution.", raw)

# 084 case F resolved at the owner's request
d = D("2025-04-08 00:25:49", UTC)
t = """青柳様

ご連絡ありがとうございます。試験結果が反映されたとのこと、安心いたしました。
ご依頼どおり、本ケースはクローズいたします。

ほかにご不明な点がございましたら、本メールにご返信いただければ対応いたします。

中村
AWS トレーニングと認定 サポート
"""
root = multi("alternative", [text(t, cte="quoted-printable"), text(html_from_text(t, "Meiryo, sans-serif"), "html", cte="quoted-printable")], "resF")
raw = aws_form_mail("p", d, form_subj(CF, "exam-results", "RE: ["), root, "resF", CF)
add("resolved", False, CF, [], "Case F closed at the owner's request, with a conditional 〜ございましたら offer.", raw)

# 085 Credly lookalike phishing
d = D("2025-04-09 14:03:51", UTC)
html = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<table width="600" align="center"><tr><td>
<img src="https://credly-badges.net/img/credly-logo.png" alt="Credly" width="96">
<h2>Your AWS badges will be revoked</h2>
<p>We could not verify the issuer link between your Credly account and Amazon Web Services Training and Certification after a recent account change.</p>
<p>To keep your 5 badges, sign in and re-confirm your identity within 72 hours.</p>
<p><a href="https://credly-badges.net/login?next=verify">Sign in to Credly</a></p>
<p style="font-size:11px;color:#777">Credly, 9 Tribeca Center, Suite 320, New York, NY 10013</p>
</td></tr></table></body></html>
"""
root = text(html, "html", cte="quoted-printable")
raw = other_in("p", d, addr("Credly", "admin@credly-badges.net"), ME_P, "Action required: your AWS badges will be revoked", root, "phish2",
               "admin@credly-badges.net", "smtp.credly-badges.net", "91.92.251.103", "credly-badges.net", "credly-badges.net",
               policy="p=NONE sp=NONE dis=NONE")
add("suspicious", False, None, [], "Credly lookalike domain asking for a sign-in after the merge.", raw)


# --------------------------------------------------------------------------- write
def main():
    for f in os.listdir(OUT):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(OUT, f))
    counts = collections.Counter()
    for i, m in enumerate(MSGS, 1):
        base = os.path.join(OUT, "%03d-msg" % i)
        with open(base + ".eml", "wb") as fh:
            fh.write(m["raw"])
        label = {"kind": m["kind"], "needs_reply": m["needs_reply"], "case": m["case"], "candidate_ids": m["candidate_ids"]}
        with open(base + ".json", "w", encoding="utf-8") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
        counts[m["kind"]] += 1
    write_readme(counts)
    for k in sorted(counts):
        print("%-22s %d" % (k, counts[k]))
    print("%-22s %d" % ("total", len(MSGS)))
    print("%-22s %d" % ("needs_reply=true", sum(1 for m in MSGS if m["needs_reply"])))


CASES = """## Cases in the set

| case | format | channel | topic | outcome |
|---|---|---|---|---|
| 13894027561 | 11 digits (2023) | T&C form | two certification profiles under the personal address; Credly badges missing | info request -> IDs -> transferred to Operations -> confirmation (question form) -> merged -> Credly -> survey |
| 14752038914 | 11 digits (2024) | T&C form, Japanese | romanised name order on the certification record | JP ack (ISO-2022-JP) -> keigo info request (HTML only) -> Outlook reply -> fixed |
| 14983320567 | 11 digits (2024) | T&C form | practice-exam benefit not redeemable | questions -> closing warning -> closed for no answer (never answered) |
| 174047418800371 | 15 digits (2025) | T&C form | company (APN partner) account -> personal account merge on leaving the job | ack to company address -> "write from the address to keep" (twice, one wrong-address reply) -> APN hold with a buried question -> hold without question -> hold lifted -> Account #1/#2 confirmation -> closing warning -> confirmed -> merged -> survey -> reopened for a missing voucher -> resolved again |
| 174065290100128 | 15 digits (2025) | T&C form, Japanese ack | duplicate of the merge request filed from the personal address | ack -> closed as duplicate and linked |
| 174174432500917 | 15 digits (2025) | Support Center (console) | ESL +30 accommodation lost after the merge | ack -> question to answer in the console -> owner e-mails no-reply (bounce) -> auto-resolve warning -> note to self -> passed on -> resolved -> survey |
| 174355307200655 | 15 digits (2025) | T&C form, Japanese agent | exam result not showing | ack -> info request (〜ください) -> result arrives by itself -> closing warning -> owner asks to close -> closed |

Not cases of this set (case = null): Support Center billing case 174184683300204, AWS Educate case 15120734498,
Microsoft TrackingID#2409110040007712, the spoof's invented 174252300000019, old case 8807714235 mentioned in 007.
"""

DECISIONS = """## Labelling decisions (judgement calls)

- **Closed for no answer but reopenable** (029): the case is already closed, but a reply within 14 days reopens it.
  The brief puts closing notices under needs_reply, and the owner who still has the problem must write, so
  closing_notice + needs_reply=true.
- **Hold with a question** (048): paused because of the APN partner, but the agent asks whether the owner is still
  employed and the last day. on_hold, needs_reply=true. The later hold without a question (050) is on_hold, false.
- **Console case** (054-074): support cannot be answered by e-mail, yet the question in 057 and the auto-resolve
  warning in 065 still need the owner to write back (in the Support Center), so needs_reply=true.
- **Bounce** (060): Gmail's failure notice for the owner's e-mail to no-reply-aws. Not support mail and nothing to
  reply to, so unrelated/false, but it belongs to case D's thread (the case number is in the returned headers),
  so case = 174174432500917.
- **Other AWS programmes and the billing console case** (030, 055): same sender families and subject shapes as
  T&C cases, but the topic is AWS Educate / billing. unrelated, needs_reply=false, case=null, even though 030 asks a
  question.
- **Duplicate case** (041, 044): the second case has its own number; its acknowledgement and its "closed as duplicate"
  mail carry case 174065290100128, although 044 names the surviving case B three times in the body.
- **Candidate IDs in an acknowledgement** (039, 041, 054): the copy of the submitted form / case correspondence is
  part of the acknowledgement's own text (no quote marks, no "Original Message" header), so its candidate IDs are
  listed. IDs in quoted history (replies, forwards, "-----Original Message-----" blocks, Outlook header blocks) are
  not listed. Each ID is listed once, in order of first appearance.
- **Owner-authored mail with no case** (076): the farewell mail to colleagues is written by the owner, so
  user_reply with case=null. The note to self (066) is user_reply on case D.
- **Phishing** (033, 071, 085): never needs a reply, never has a case. 033 writes the real candidate ID, which is
  still listed in candidate_ids because it is in the message's own text. 071 passes no authentication for amazon.com
  (dkim/spf/dmarc fail) although the From line is the real T&C address.
- **Surveys vs. programme feedback**: case surveys (013, 063, 074) are survey with the case number; certmetrics'
  "wants to hear from you" (014) is programme mail, certification, no case.
- **Questions inside acknowledgements**: 054 contains the owner's own "Could you check...?" as reproduced case
  correspondence; it is not support asking, so acknowledgement/false.
"""


def write_readme(counts):
    lines = ["me: %s %s" % (ME_P, ME_C), "",
             "# blind-156: AWS Training and Certification case mail, with the mail around it", "",
             "Mailbox owner: Takumi Aoyagi (青柳 拓海). Personal address %s, company address %s (Hoshizora" % (ME_P, ME_C),
             "Technologies, an APN partner; the company mailbox closes on 2025-03-31). The mailbox holds both accounts' mail",
             "in arrival order, October 2023 to April 2025. Regenerate with `python3 gen.py`.", "",
             "Candidate IDs: personal account %s, company account %s, accidental 2023 duplicate %s." % (ID_P, ID_C, ID_DUP), "",
             CASES, DECISIONS,
             "## Counts", "", "| kind | messages |", "|---|---|"]
    for k in sorted(counts):
        lines.append("| %s | %d |" % (k, counts[k]))
    lines += ["| total | %d |" % len(MSGS), "| needs_reply = true | %d |" % sum(1 for m in MSGS if m["needs_reply"]), "",
              "## Messages", "", "| # | kind | reply? | case | what it is and what makes it hard |", "|---|---|---|---|---|"]
    for i, m in enumerate(MSGS, 1):
        lines.append("| %03d | %s | %s | %s | %s |" % (i, m["kind"], "yes" if m["needs_reply"] else "no",
                                                     m["case"] or "-", m["note"].replace("|", "/")))
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
