#!/usr/bin/env python3
"""Blind held-out corpus blind-19: generates NNN-slug.eml + NNN-slug.json in this directory.

Mailbox owner: Sayaka Nishimaki (西巻 沙也加), a Japanese engineer living in Ho Chi Minh City,
Vietnam, leaving Hokuto Systems Vietnam Co., Ltd. (an AWS Partner Network company) on 31 May 2025.
Standard library only.  Run:  python3 gen.py
"""
import base64
import datetime as dt
import hashlib
import json
import os
import quopri
import email.utils
from email.header import Header

OUT = os.path.dirname(os.path.abspath(__file__))

ME_NAME = "Sayaka Nishimaki"
ME_P = "nishimaki.sayaka@gmail.com"          # personal (Gmail)
ME_C = "s.nishimaki@hokutosys.com.vn"        # old company (Microsoft 365)
TC = "aws-cs-trainingcertification-form@amazon.com"
TC_NAME = "AWS Training and Certification"
CONSOLE = "no-reply-aws@amazon.com"

# case numbers
D = "13962048715"        # 2023, 11 digits: duplicate profiles, company address
A = "174770826700412"    # 2025, 15 digits: main merge company -> personal
B = "174771076400958"    # 2025, 15 digits: duplicate form submission (Japanese form)
C = "4417093385"         # console Support Center case, 10 digits
F = "175021124900237"    # 2025, 15 digits: third (Partner Central SSO) profile, Japanese

# candidate IDs
CID_P = "AWS03817264"    # new personal certification account
CID_C = "AWS01952248"    # company certification account
CID_DUP = "AWS02269105"  # accidental duplicate of 2023
CID_SSO = "AWS04471830"  # profile created through Partner Central SSO

ACCT_P = "480392617753"  # personal AWS account (12 digits, not a case)
ORG_MGMT = "215566043910"

SUBJ_TC = "[AWS Training and Certification Form Submission] - account-assistance"

COUNTER = 0
BODIES = {}   # key -> plain text (for quoting later)
META = {}     # n -> dict(msgid, refs, date, from, to, subject)
RECORDS = []  # (n, slug, label)
NOTES = []    # (n, slug, what, hard)

WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
WD_LONG = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WD_JA = ["月", "火", "水", "木", "金", "土", "日"]
MON = ["January", "February", "March", "April", "May", "June", "July", "August",
       "September", "October", "November", "December"]


def parse_date(s):
    """'2025-05-20 09:31 +0700' -> aware datetime"""
    d, t, z = s.split()
    sign = 1 if z[0] == "+" else -1
    tz = dt.timezone(sign * dt.timedelta(hours=int(z[1:3]), minutes=int(z[3:5])))
    return dt.datetime.strptime(d + " " + t, "%Y-%m-%d %H:%M").replace(tzinfo=tz)


def h(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def a(name, mail, cs="utf-8"):
    if not name:
        return mail
    try:
        name.encode("ascii")
        return email.utils.formataddr((name, mail))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, cs).encode(), mail)


def mid(n, style):
    x = hashlib.sha1(("blind19-%d-%s" % (n, style)).encode()).hexdigest()
    if style == "ses":
        return "<0100019%s-%s-%s-000000@email.amazonses.com>" % (x[:9], x[9:17], x[17:21])
    if style == "sfdc":
        return "<%s.%s@sfdc.net>" % (x[:10].upper(), x[10:20])
    if style == "gmail":
        return "<CAK%s+%s@mail.gmail.com>" % (x[:24], x[24:36].upper())
    if style == "outlook":
        return "<SG2PR06MB%s%s@SG2PR06MB%s.apcprd06.prod.outlook.com>" % (
            x[:4].upper(), x[4:16].upper(), x[:4].upper())
    return "<%s.%s@%s>" % (x[:16], x[16:24], style)


def auth_gmail(domain, result="pass", mailfrom=None, dkim_d=None):
    mailfrom = mailfrom or ("bounces." + domain)
    dkim_d = dkim_d or domain
    if result == "pass":
        return ("mx.google.com;\n       dkim=pass header.i=@%s header.s=%s header.b=%s;\n"
                "       spf=pass (google.com: domain of %s designates 54.240.8.%d as permitted sender) smtp.mailfrom=%s;\n"
                "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
                % (dkim_d, hashlib.md5(domain.encode()).hexdigest()[:12],
                   hashlib.md5(mailfrom.encode()).hexdigest()[:8], mailfrom,
                   len(domain) + 20, mailfrom, domain))
    return result  # caller supplies the full text


def auth_m365(domain, mailfrom=None):
    mailfrom = mailfrom or "amazonses.com"
    return ("spf=pass (sender IP is 54.240.11.%d)\n smtp.mailfrom=%s; dkim=pass (signature was verified)\n"
            " header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass\n reason=100"
            % (len(domain) + 40, mailfrom, domain, domain))


def leaf(text, ctype="text/plain", cs="utf-8", cte="8bit"):
    return {"leaf": True, "text": text, "type": ctype, "cs": cs, "cte": cte}


def multi(sub, *parts):
    return {"leaf": False, "sub": sub, "parts": list(parts)}


def enc_body(node):
    raw = node["text"].encode(node["cs"])
    cte = node["cte"]
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    return raw


def ser(node, seed):
    """returns (list of header lines, body bytes)"""
    if node["leaf"] and "raw" in node:
        hl = ['Content-Type: %s; name="benefits-20may.png"' % node["type"],
              'Content-Disposition: attachment; filename="benefits-20may.png"',
              "Content-Transfer-Encoding: base64"]
        b = node["raw"]
        return hl, ("\n".join(b[i:i + 76] for i in range(0, len(b), 76)) + "\n").encode()
    if node["leaf"]:
        hl = ['Content-Type: %s; charset="%s"' % (node["type"], node["cs"]),
              "Content-Transfer-Encoding: %s" % node["cte"]]
        return hl, enc_body(node)
    bnd = "----=_Part_%s" % hashlib.md5(seed.encode()).hexdigest()[:20]
    out = b"This is a multi-part message in MIME format.\n\n" if node["sub"] == "mixed" else b""
    for i, p in enumerate(node["parts"]):
        ph, pb = ser(p, seed + str(i))
        out += b"--" + bnd.encode() + b"\n" + "\n".join(ph).encode() + b"\n\n" + pb
        if not pb.endswith(b"\n"):
            out += b"\n"
    out += b"--" + bnd.encode() + b"--\n"
    return ['Content-Type: multipart/%s;\n boundary="%s"' % (node["sub"], bnd)], out


def plain_of(node):
    if node["leaf"]:
        return node["text"] if node["type"] == "text/plain" else None
    for p in node["parts"]:
        t = plain_of(p)
        if t:
            return t
    return None


def emit(key, label, *, date, frm, to, subject, body, cc=None, style="ses", irt=None,
         auth=None, auth_box="gmail", extra=None, crlf=False, plain=None,
         subj_cs="utf-8", what="", hard="", slug=None, refs_extra=None, reply_to=None):
    global COUNTER
    COUNTER += 1
    n = COUNTER
    d = parse_date(date)
    msgid = mid(n, style)
    refs = []
    if irt is not None:
        refs = META[irt]["refs"] + [META[irt]["msgid"]]
    if refs_extra:
        refs = refs_extra + refs
    hl = []
    delivered = None
    if auth_box == "gmail":
        delivered = ME_P
    elif auth_box == "m365":
        delivered = ME_C
    if delivered and auth is not None:
        if auth_box == "gmail":
            hl.append("Delivered-To: %s" % delivered)
            hl.append("Received: by 2002:a05:7300:%x:b0:%x:%x with SMTP id h%s;\n        %s"
                      % (n * 37 % 4096, n * 91 % 4096, n * 13 % 4096,
                         hashlib.md5(msgid.encode()).hexdigest()[:10], email.utils.format_datetime(d + dt.timedelta(seconds=3))))
            hl.append("Authentication-Results: " + auth)
        else:
            hl.append("Received: from SG2PR06MB%04d.apcprd06.prod.outlook.com (2603:1096:4:1bd::%x) by\n"
                      " SEZPR06MB%04d.apcprd06.prod.outlook.com with HTTPS; %s"
                      % (n * 17, n, n * 29, email.utils.format_datetime(d + dt.timedelta(seconds=5))))
            hl.append("Authentication-Results: " + auth)
    hl.append("From: %s" % frm)
    hl.append("To: %s" % to)
    if cc:
        hl.append("Cc: %s" % cc)
    if reply_to:
        hl.append("Reply-To: %s" % reply_to)
    hl.append("Subject: %s" % h(subject, subj_cs))
    hl.append("Date: %s" % email.utils.format_datetime(d))
    hl.append("Message-ID: %s" % msgid)
    if refs:
        hl.append("In-Reply-To: %s" % refs[-1])
        hl.append("References: %s" % "\n ".join(refs))
    for k, v in (extra or []):
        hl.append("%s: %s" % (k, v))
    hl.append("MIME-Version: 1.0")
    ch, cb = ser(body, "b19-%d" % n)
    raw = ("\n".join(hl + ch)).encode("ascii") + b"\n\n" + cb
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    slug = slug or "%03d-%s" % (n, SLUGS[n % len(SLUGS)])
    with open(os.path.join(OUT, slug + ".eml"), "wb") as f:
        f.write(raw)
    with open(os.path.join(OUT, slug + ".json"), "w", encoding="utf-8") as f:
        json.dump(label, f, ensure_ascii=False)
        f.write("\n")
    BODIES[key] = plain if plain is not None else plain_of(body)
    META[key] = {"msgid": msgid, "refs": refs, "date": d, "from": frm, "to": to, "cc": cc,
               "subject": subject}
    RECORDS.append((n, slug, label))
    NOTES.append((n, slug, what, hard))
    return n


SLUGS = ["qa", "lm", "tr", "vx", "bk", "ne", "ud", "pw", "zo", "hc", "ry", "gf", "js", "oi",
         "ek", "wm", "cv", "ax", "ti", "np", "yb", "sd", "lu", "fe", "ko", "mg", "xq"]


def L(kind, needs, case, cids=()):
    return {"kind": kind, "needs_reply": needs, "case": case, "candidate_ids": list(cids)}


# ---------------------------------------------------------------- quoting helpers
def q_gt(n):
    return "\n".join(("> " + l) if l else ">" for l in BODIES[n].rstrip("\n").split("\n"))


def fmt_gmail_en(d):
    return "%s, %d %s %d at %02d:%02d" % (WD[d.weekday()], d.day, MON[d.month - 1][:3], d.year, d.hour, d.minute)


def gmail_quote(n, tz=7):
    m = META[n]
    d = m["date"].astimezone(dt.timezone(dt.timedelta(hours=tz)))
    who = m["from"]
    return "On %s, %s wrote:\n%s\n" % (fmt_gmail_en(d), unhdr(who), q_gt(n))


def gmail_quote_ja(n, tz=7):
    m = META[n]
    d = m["date"].astimezone(dt.timezone(dt.timedelta(hours=tz)))
    return "%d年%d月%d日(%s) %d:%02d %s:\n%s\n" % (d.year, d.month, d.day, WD_JA[d.weekday()],
                                                d.hour, d.minute, unhdr(m["from"]), q_gt(n))


def outlook_quote(n, tz=7):
    m = META[n]
    d = m["date"].astimezone(dt.timezone(dt.timedelta(hours=tz)))
    hr = d.hour % 12 or 12
    s = ("________________________________\nFrom: %s\nSent: %s, %s %d, %d %d:%02d %s\nTo: %s\n"
         % (unhdr(m["from"]), WD_LONG[d.weekday()], MON[d.month - 1], d.day, d.year, hr, d.minute,
            "AM" if d.hour < 12 else "PM", unhdr(m["to"])))
    if m["cc"]:
        s += "Cc: %s\n" % unhdr(m["cc"])
    s += "Subject: %s\n\n%s\n" % (m["subject"], BODIES[n].rstrip("\n"))
    return s


def original_quote(n):
    m = META[n]
    d = m["date"]
    return ("-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s\n"
            % (unhdr(m["from"]), email.utils.format_datetime(d), unhdr(m["to"]), m["subject"],
               BODIES[n].rstrip("\n")))


def unhdr(s):
    from email.header import decode_header, make_header
    return str(make_header(decode_header(s)))


def ses_ids():
    return [("X-SES-Outgoing", "2025.05.20-54.240.8.44"), ("Feedback-ID", "::1.us-east-1.awsses:AmazonSES")]


# ====================================================================== templates
FROM_TC = a(TC_NAME, TC)
FROM_CONSOLE = a("Amazon Web Services", CONSOLE)
TO_P = a(ME_NAME, ME_P)
TO_C = a(ME_NAME, ME_C)
AUTH_TC_G = auth_gmail("amazon.com", mailfrom="0100019a.bounces.amazonses.com")
AUTH_TC_M = auth_m365("amazon.com")


def console_footer(case):
    return ("\n===================================================\n\n"
            "To contact us again about this case, please return to the AWS Support Center using the following URL:\n\n"
            "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n"
            "Note, this e-mail was sent from an address that cannot accept incoming e-mails.\n"
            "To respond to this case, please follow the link above to respond from your AWS Support Center.\n\n"
            "===================================================\n\n"
            "AWS Support:\nhttps://aws.amazon.com/premiumsupport/knowledge-center/\n\n"
            "AWS Documentation:\nhttps://docs.aws.amazon.com/\n\n"
            "AWS Cost Management:\nhttps://aws.amazon.com/aws-cost-management/\n\n"
            "AWS Training:\nhttp://aws.amazon.com/training/\n\n"
            "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.\n"
            "This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n"
            % case)


FEEDBACK = ("We value your feedback. Please share your experience by rating this correspondence using the "
            "AWS Support Center link at the end of this correspondence. Each correspondence can also be rated "
            "by selecting the stars in top right corner of each correspondence within the AWS Support Center.\n")


def html_wrap(inner, title="AWS Training and Certification"):
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%s</title></head>\n"
            "<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f\">\n"
            "<table width=\"100%%\" cellpadding=\"0\" cellspacing=\"0\" style=\"background:#232f3e\"><tr>"
            "<td style=\"padding:12px 20px;color:#ffffff;font-size:16px\">%s</td></tr></table>\n"
            "<div style=\"padding:16px 20px\">\n%s\n</div>\n"
            "<p style=\"font-size:11px;color:#687078;padding:0 20px\">Amazon Web Services, Inc. | 410 Terry Avenue North, Seattle, WA 98109</p>\n"
            "</body></html>\n" % (title, title, inner))


# ====================================================================== 2023: case D (company address)
emit("pv1", L("unrelated", False, None),
     date="2023-08-14 10:02 +0000", frm=a("Pearson VUE", "pearsonvueconfirmation@pearson.com"), to=TO_C,
     subject="Pearson VUE 試験予約確認 - Amazon Web Services", subj_cs="iso-2022-jp",
     auth=auth_m365("pearson.com", mailfrom="pearson.com"), auth_box="m365", style="pearson.com",
     body=leaf("""西巻 沙也加 様

Pearson VUE をご利用いただき、誠にありがとうございます。
以下の内容で試験のご予約を承りました。

試験プログラム: Amazon Web Services
試験: SAP-C02: AWS Certified Solutions Architect - Professional (日本語)
日時: 2023年8月26日(土) 09:30 (Asia/Ho_Chi_Minh)
受験方法: OnVUE オンライン試験
登録番号: 482917305

ご予約内容の変更・キャンセルは、試験開始の24時間前までに AWS 認定アカウントから
お手続きください。本メールにご返信いただいても、お手続きはいたしかねます。

当日は本人確認書類(パスポート等)をご用意ください。

Pearson VUE
""", cs="iso-2022-jp", cte="7bit"),
     what="Pearson VUE booking confirmation in Japanese (ISO-2022-JP) to the company address",
     hard="exam-vendor mail; 9-digit registration number is not a case; says 'ご返信いただいても' (negated reply)")

emit("cm1", L("certification", False, None, [CID_DUP]),
     date="2023-08-29 03:41 +0000", frm=a("AWS Certification", "do-not-reply@certmetrics.com"), to=TO_C,
     subject="Congratulations! You are now AWS Certified",
     auth=auth_m365("certmetrics.com", mailfrom="certmetrics.com"), auth_box="m365", style="certmetrics.com",
     body=multi("alternative",
        leaf("""Dear Sayaka Nishimaki,

Congratulations! You have successfully passed the AWS Certified Solutions Architect - Professional exam.

  Candidate ID:        AWS02269105
  Validation number:   7KQ2HBX1P2E11SWR
  Certification date:  August 26, 2023
  Expiration date:     August 26, 2026

Your digital badge will be issued through Credly within five business days. If you hold more
than one AWS Certification Account, the badge may not appear where you expect it; sign in with
the account tied to your certifications, or contact us to combine your accounts.

Visit your AWS Certification Account to download your certificate and view your benefits.

AWS Certification
This email was sent from an unmonitored address.
""", cte="quoted-printable"),
        leaf("""<html><body><h2>Congratulations! You are now AWS Certified</h2>
<p>Dear Sayaka Nishimaki,</p>
<p>Congratulations! You have successfully passed the <b>AWS Certified Solutions Architect - Professional</b> exam.</p>
<table border="0" cellpadding="4"><tr><td>Candidate ID</td><td>AWS02269105</td></tr>
<tr><td>Validation number</td><td>7KQ2HBX1P2E11SWR</td></tr>
<tr><td>Certification date</td><td>August 26, 2023</td></tr>
<tr><td>Expiration date</td><td>August 26, 2026</td></tr></table>
<p>Your digital badge will be issued through Credly within five business days. If you hold more than one AWS Certification Account,
the badge may not appear where you expect it; sign in with the account tied to your certifications, or contact us to combine your accounts.</p>
<p>AWS Certification<br><small>This email was sent from an unmonitored address.</small></p></body></html>
""", ctype="text/html", cte="quoted-printable")),
     what="certmetrics pass notice carrying the duplicate profile's candidate ID",
     hard="mentions 'contact us to combine your accounts' but is a certification notice; candidate ID present")

emit("D1", L("acknowledgement", False, D),
     date="2023-09-01 07:18 +0000", frm=FROM_TC, to=TO_C,
     subject="RE:[CASE %s] %s" % (D, SUBJ_TC), auth=AUTH_TC_M, auth_box="m365", extra=ses_ids(),
     body=leaf("""Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your inquiry.

The details of your case are as follows:

Case ID: %s
Subject: %s
Inquiry Type: Certification
Additional Details: Account Merge
Description: I seem to have two AWS Certification profiles under s.nishimaki@hokutosys.com.vn. My
SA Professional pass from last week sits on a profile that does not show my older certifications,
and no badge arrived on Credly. Please combine them into one.

A member of our team will respond within 24 hours. Some requests take longer to investigate. Please
do not open another case for the same request, as this can delay our response.

If you have more details to add, reply to this email and they will be attached to your case.

Sincerely,
Amazon Web Services
""" % (D, D, SUBJ_TC), cte="7bit"),
     what="T&C form acknowledgement, 11-digit case (2023), company address",
     hard="ends with a conditional 'if you have more details to add, reply' - not a request")

emit("D2", L("info_request", True, D),
     date="2023-09-02 02:55 +0000", frm=FROM_TC, to=TO_C, irt="D1",
     subject="RE:[CASE %s] %s" % (D, SUBJ_TC), auth=AUTH_TC_M, auth_box="m365", extra=ses_ids(),
     body=leaf("""Hi Sayaka,

Thanks for reaching out about the two profiles. I had a look and there is indeed more than one
certification record tied to your Hokuto address, so combining them is the right fix. Before I can
line them up, we need you to send us a few details:

- the Candidate ID of each profile (it starts with "AWS" followed by 8 digits; you'll see it at the
  top right after signing in to your AWS Certification Account)
- which of the two should stay as the primary profile
- the date of your most recent exam, so I can match the right record

As soon as I have these I'll prepare the merge.

Best,
Priya R.
AWS Training and Certification
""", cte="quoted-printable"),
     what="Priya (bullet lists) asks for candidate IDs, which profile to keep, last exam date",
     hard="request phrased 'we need you to send us', content in bullets")

emit("D3", L("user_reply", False, D, [CID_C, CID_DUP]),
     date="2023-09-02 11:20 +0700", frm=TO_C, to=FROM_TC, irt="D2", style="outlook",
     subject="RE: RE:[CASE %s] %s" % (D, SUBJ_TC),
     body=leaf("""Hi Priya,

Thank you for the quick reply.

Profile A: AWS01952248 (older one, has my SAA and DVA)
Profile B: AWS02269105 (created in August when I booked SAP-C02; the pass is on this one)

I would like to keep AWS01952248 as the primary. The SAP-C02 exam was on 26 August 2023.

Best regards,
Sayaka Nishimaki
Cloud Engineer | Hokuto Systems Vietnam Co., Ltd.
Lot 12, Quang Trung Software City, District 12, Ho Chi Minh City

""" + outlook_quote("D2"), cte="quoted-printable"), crlf=True,
     what="owner's reply from Outlook (company) with both candidate IDs, CRLF",
     hard="Outlook quoting of the request below; candidate IDs in own text")

emit("D4", L("confirmation_request", True, D, [CID_C, CID_DUP]),
     date="2023-09-05 06:02 +0000", frm=FROM_TC, to=TO_C, irt="D3",
     subject="RE:[CASE %s] %s" % (D, SUBJ_TC), auth=AUTH_TC_M, auth_box="m365", extra=ses_ids(),
     body=leaf("""Hi Sayaka,

Thanks, that matches what I see on our side. Here's what I'm planning to do:

Account #1 (keep)
- Candidate ID: AWS01952248
- Login email: s.nishimaki@hokutosys.com.vn
- Training notification email: s.nishimaki@hokutosys.com.vn
- Certification notification email: s.nishimaki@hokutosys.com.vn

Account #2 (merge into #1)
- Candidate ID: AWS02269105
- Login email: s.nishimaki@hokutosys.com.vn
- Certification notification email: s.nishimaki@hokutosys.com.vn

What this means:
- exam history, certifications and benefits from #2 move to #1
- #2 is deactivated afterwards
- it can't be undone

If that all looks right, reply to confirm and I'll go ahead.

Best,
Priya R.
AWS Training and Certification
""", cte="quoted-printable"),
     what="Priya's confirmation request: Account #1/#2 in bullets, both with the same login email",
     hard="ask is a conditional-looking 'If that all looks right, reply to confirm' - still a real request")

emit("D5", L("user_reply", False, D),
     date="2023-09-05 14:37 +0700", frm=TO_C, to=FROM_TC, irt="D4", style="outlook",
     subject="RE: RE:[CASE %s] %s" % (D, SUBJ_TC),
     body=leaf("""Confirmed - please go ahead with #1 as the primary.

Thanks,
Sayaka

""" + outlook_quote("D4"), cte="quoted-printable"), crlf=True,
     what="short confirmation from the company address",
     hard="quoted Account #1/#2 listing below a one-line reply")

emit("D6", L("resolved", False, D, [CID_C]),
     date="2023-09-13 09:26 +0000", frm=FROM_TC, to=TO_C, irt="D5",
     subject="RE:[CASE %s] %s" % (D, SUBJ_TC), auth=AUTH_TC_M, auth_box="m365", extra=ses_ids(),
     body=leaf("""Hello Sayaka,

Apologies for the wait on this one - our queue has been unusually long this month.

Your two certification profiles have now been combined under Candidate ID AWS01952248. The SAP-C02
result, certificate and benefits from the other profile now show on that account, and the Credly
badge for Solutions Architect - Professional should follow within a few hours now that the records
are in one place.

No further action is required on your side.

Kind regards,
Tomas
AWS Training and Certification

""" + original_quote("D5"), cte="quoted-printable"),
     what="completion after 8 days, quoting the whole earlier exchange (-----Original Message-----)",
     hard="old confirmation request quoted underneath; no 'merged' keyword ('combined')")

emit("cr1", L("badge", False, None),
     date="2023-09-13 12:04 +0000", frm=a("Credly", "admin@credly.com"), to=TO_C,
     subject="Sayaka, you've earned a badge from Amazon Web Services Training and Certification",
     auth=auth_m365("credly.com", mailfrom="mail.credly.com"), auth_box="m365", style="credly.com",
     body=multi("alternative",
        leaf("""Hi Sayaka,

Amazon Web Services Training and Certification has issued you a new badge:

AWS Certified Solutions Architect - Professional

Accept your badge to share it on LinkedIn, add it to your email signature and let employers verify it:
https://www.credly.com/earner/earned/badge/5f1c2a7e-93d4-4be1-a0c6-21b7e40c9d18

Questions? Visit our support center at https://support.credly.com.

Credly, a Pearson company
""", cte="7bit"),
        leaf("""<html><body><p>Hi Sayaka,</p><p>Amazon Web Services Training and Certification has issued you a new badge:</p>
<p style="font-size:18px"><b>AWS Certified Solutions Architect - Professional</b></p>
<p><a href="https://www.credly.com/earner/earned/badge/5f1c2a7e-93d4-4be1-a0c6-21b7e40c9d18">Accept your badge</a></p>
<p>Credly, a Pearson company</p></body></html>
""", ctype="text/html", cte="7bit")),
     what="Credly badge after the 2023 merge (company address)",
     hard="badge UUID contains digits; no case number")

emit("jira", L("unrelated", False, None),
     date="2023-11-07 04:15 +0000", frm=a("Nguyen Van Duc (Jira)", "jira@hokutosys.atlassian.net"), to=TO_C,
     subject="[JIRA] (OPS-2291) Merge duplicate customer accounts in CRM before Q4 import",
     auth=auth_m365("hokutosys.atlassian.net", mailfrom="bounce.atlassian.net"), auth_box="m365",
     style="Atlassian.JIRA",
     body=leaf("""Nguyen Van Duc assigned OPS-2291 to Sayaka Nishimaki

Merge duplicate customer accounts in CRM before Q4 import
--------------------------------------------------------
Issue Type: Task
Priority:   Medium
Reporter:   Nguyen Van Duc

Two customer accounts exist for Minh Phat Logistics (#4471 and #5102). Please confirm which one to
keep and merge the other into it before the Q4 import runs on 15 Nov.

View issue: https://hokutosys.atlassian.net/browse/OPS-2291

This message was sent by Atlassian Jira. You can reply to this email to add a comment.
""", cte="7bit"),
     what="Jira notification about merging CRM accounts",
     hard="'confirm which one to keep and merge' - request wording but not AWS support")

emit("cm2", L("certification", False, None),
     date="2024-02-19 16:30 +0000", frm=a("AWS Certification", "do-not-reply@certmetrics.com"), to=TO_C,
     subject="AWS Certification wants to hear from you",
     auth=auth_m365("certmetrics.com", mailfrom="certmetrics.com"), auth_box="m365", style="certmetrics.com",
     body=leaf("""Hello Sayaka,

As an AWS Certified individual, your experience helps shape the future of the AWS Certification
program. We'd like to ask you a few questions about how you prepared for your exam and how your
certification has helped you at work.

The survey takes about 10 minutes and is open until March 8, 2024:
https://survey.certmetrics.com/aws/2024-holder-study?u=8841f2

Your responses are confidential and will be used only in aggregate.

Thank you,
AWS Certification

Please do not reply to this message; this mailbox is not monitored.
""", cte="7bit"),
     what="certmetrics feedback invitation about the certification programme",
     hard="survey-like invitation but kind is certification (not a support-case survey)")


# ====================================================================== 2025: preparing, case A + B
emit("bill1", L("unrelated", False, None),
     date="2025-04-03 08:12 +0000", frm=FROM_CONSOLE, to=a("", ME_P),
     subject="Amazon Web Services Billing Statement Available [Account: %s]" % ACCT_P,
     auth=auth_gmail("amazon.com", mailfrom="0100019b.bounces.amazonses.com"), extra=ses_ids(),
     body=leaf("""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending in 7753, is
available on the AWS web site. Your account will be charged the following:

Total: $3.41

You can see a complete break down of all charges on the Bills page located here:
https://console.aws.amazon.com/billing/home#/bill

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc. and affiliates, 410 Terry Ave. North, Seattle, WA 98109-5210.
AWS ID %s
""" % ACCT_P, cte="7bit"),
     what="AWS billing statement from no-reply-aws@amazon.com (same sender as console cases)",
     hard="12-digit account ID in subject and body; sender shared with Support Center mail")

emit("bid1", L("unrelated", False, None),
     date="2025-05-19 13:05 +0000", frm=a("AWS", "no-reply@signin.aws"), to=a("", ME_P),
     subject="Verify your AWS Builder ID email address",
     auth=auth_gmail("signin.aws", mailfrom="mail.signin.aws"), style="signin.aws",
     body=leaf("""Hello,

Thank you for creating an AWS Builder ID. To verify your email address, enter the following code:

Verification code: 604318

This code expires in 30 minutes. If you did not try to create an AWS Builder ID, you can ignore
this email.

Amazon Web Services
""", cte="7bit"),
     what="Builder ID verification code",
     hard="6-digit code; 'enter the following code' is an action but not a reply to support")

emit("sb1", L("unrelated", False, None),
     date="2025-05-19 13:22 +0000", frm=a(TC_NAME, "no-reply@aws.training"), to=a("", ME_P),
     subject="Welcome to AWS Skill Builder, Sayaka",
     auth=auth_gmail("aws.training", mailfrom="mail.aws.training"), style="aws.training",
     body=multi("alternative",
        leaf("""Welcome to AWS Skill Builder, Sayaka!

Your learner profile is ready. Here are a few things to try first:

  * Pick a learning plan that matches your role
  * Try a free Cloud Quest challenge
  * Link your AWS Certification Account to see your certifications in one place

Start learning: https://skillbuilder.aws/

You are receiving this email because you created an AWS Skill Builder profile.
""", cte="7bit"),
        leaf("""<html><body><h1>Welcome to AWS Skill Builder, Sayaka!</h1><ul><li>Pick a learning plan that matches your role</li>
<li>Try a free Cloud Quest challenge</li><li>Link your AWS Certification Account to see your certifications in one place</li></ul>
<p><a href="https://skillbuilder.aws/">Start learning</a></p></body></html>
""", ctype="text/html", cte="7bit")),
     what="Skill Builder welcome mail with the same display name as the support team",
     hard="From display name 'AWS Training and Certification' but not a case mail")

emit("A1", L("acknowledgement", False, A),
     date="2025-05-20 02:31 +0000", frm=FROM_TC, to=TO_P,
     subject="RE:[CASE %s] %s" % (A, SUBJ_TC), auth=AUTH_TC_G, extra=ses_ids(),
     body=leaf("""Hello,

We've received your request and opened case %s for it. Here is a copy of what you sent us:

    Inquiry type: Certification
    Additional details: Account Merge
    Candidate ID: (not provided)
    Message: Use case: my employment at Hokuto Systems Vietnam ends on 31 May 2025 and I want my
    certification history on my personal account. Addresses I have used:
    s.nishimaki@hokutosys.com.vn (company), nishimaki.sayaka@gmail.com (personal).
    Address to keep: nishimaki.sayaka@gmail.com.

Most requests receive a first answer within one business day; some need more investigation. Please
don't submit the form again for the same issue - a second case only slows things down.

Anything you'd like to add? Just reply to this message and it will be attached to the case.

Thank you,
AWS Training and Certification Customer Service
""" % A, cte="quoted-printable"),
     what="acknowledgement of the main case (15-digit ID) with echo of the form text",
     hard="'Anything you'd like to add? Just reply' - a question that is only an invitation")

emit("B1", L("acknowledgement", False, B),
     date="2025-05-20 03:12 +0000", frm=FROM_TC, to=TO_C,
     subject="RE:[CASE %s] %s" % (B, SUBJ_TC), auth=AUTH_TC_M, auth_box="m365", extra=ses_ids(),
     body=leaf("""お客様

アマゾン ウェブ サービスへお問い合わせいただき、ありがとうございます。
お問い合わせを受け付け、ケース %s を作成しました。

ケースの詳細は以下のとおりです。

ケース ID: %s
件名: %s
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
お問い合わせ内容:
退職に伴い、会社のメールアドレス(s.nishimaki@hokutosys.com.vn)で登録しているAWS認定
アカウントを、個人のアカウント(nishimaki.sayaka@gmail.com)へ統合したいです。

担当者より通常 24 時間以内にご連絡いたします。内容によってはさらにお時間をいただく場合が
ございます。同じ内容で新たにケースを作成されますと、対応が遅れる原因となりますので
ご遠慮ください。

補足情報がございましたら、本メールにご返信ください。ケースに追加されます。

Amazon Web Services
""" % (B, B, SUBJ_TC), cs="iso-2022-jp", cte="7bit"),
     what="duplicate submission through the Japanese form 40 minutes later: Japanese ack (ISO-2022-JP) to company address",
     hard="second case for the same request; 〜がございましたら…ご返信ください conditional")

emit("ph1", L("suspicious", False, None),
     date="2025-05-20 09:47 +0000", frm=a("AWS Certification Support", "support@aws-certification-help.com"),
     to=a("", ME_P), subject="Action required: confirm your certification account merge (Ref. 5518-20-MAY)",
     auth=("mx.google.com;\n       dkim=pass header.i=@aws-certification-help.com header.s=s1 header.b=Qx81LmZa;\n"
           "       spf=pass (google.com: domain of bounce@aws-certification-help.com designates 193.42.33.118 as permitted sender) smtp.mailfrom=bounce@aws-certification-help.com;\n"
           "       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=aws-certification-help.com"),
     style="aws-certification-help.com",
     body=multi("alternative",
        leaf("""Dear Certified Professional,

We received a request to merge the following AWS Certification accounts:

Account #1 - Login email: nishimaki.sayaka@gmail.com
Account #2 - Login email: s.nishimaki@hokutosys.com.vn

To protect your certifications, confirm the merge within 24 hours here:
https://aws-certification-help.com/merge/verify?ref=5518

If you do not confirm, both accounts and all certifications will be permanently suspended.

AWS Training & Certification Security Team
""", cte="7bit"),
        leaf("""<html><body><p>Dear Certified Professional,</p><p>We received a request to merge the following AWS Certification accounts:</p>
<table border="1" cellpadding="6"><tr><th></th><th>Login email</th></tr><tr><td>Account #1</td><td>nishimaki.sayaka@gmail.com</td></tr>
<tr><td>Account #2</td><td>s.nishimaki@hokutosys.com.vn</td></tr></table>
<p><a href="https://aws-certification-help.com/merge/verify?ref=5518" style="background:#ff9900;padding:8px 14px;color:#000">CONFIRM MERGE</a></p>
<p>If you do not confirm, both accounts and all certifications will be permanently suspended.</p></body></html>
""", ctype="text/html", cte="7bit")),
     what="phishing from lookalike domain aws-certification-help.com mimicking a confirmation request",
     hard="Account #1/#2 listing and 'confirm the merge'; authentication passes for the lookalike domain")

emit("B2", L("resolved", False, B),
     date="2025-05-21 01:09 +0000", frm=FROM_TC, to=TO_C, irt="B1",
     subject="RE:[CASE %s] %s" % (B, SUBJ_TC), auth=AUTH_TC_M, auth_box="m365", extra=ses_ids(),
     body=leaf("""Hi,

This one duplicates case %s, which came in through the English form about 40 minutes earlier
for the same merge. I've closed %s so two of us don't end up working the same request.
Everything continues on %s - nothing to do here.

Sven
AWS T&C Support
""" % (A, B, A), cte="7bit"),
     what="Sven (terse) closes the duplicate case, pointing to the main case",
     hard="two case numbers in one mail; closed without a merge; not a closing notice (not for lack of reply)")

emit("A2", L("on_hold", True, A),
     date="2025-05-21 04:40 +0000", frm=FROM_TC, to=TO_P, cc=TO_C, irt="A1",
     subject="RE:[CASE %s] %s" % (A, SUBJ_TC), auth=AUTH_TC_G, extra=ses_ids(),
     body=leaf("""Dear Sayaka,

Greetings from AWS Training and Certification.

Thank you for your patience. While reviewing your request we found that the certification account
registered with s.nishimaki@hokutosys.com.vn is associated to an AWS Partner Network (APN)
organization, Hokuto Systems Vietnam Co., Ltd. Certifications of partner employees are counted for
the partner's tier, due to which we are not able to merge such account while the person is still
employed with the partner company.

Hence your case is kept on hold for the moment.

Kindly confirm us whether you are leaving the organization and what is your last working date, so
that we can proceed further with the APN team.

Thanks & Regards,
Mohan K.
AWS Training and Certification | Customer Service
""", cte="quoted-printable"),
     what="Mohan (non-native English): APN hold that asks for confirmation of leaving and last day",
     hard="on_hold that asks something -> needs reply; 'Kindly confirm us' wording")

emit("A3", L("user_reply", False, A),
     date="2025-05-21 13:52 +0700", frm=TO_C, to=FROM_TC, cc=TO_P, irt="A2", style="outlook",
     subject="RE: RE:[CASE %s] %s" % (A, SUBJ_TC),
     auth=auth_gmail("hokutosys.com.vn", mailfrom="hokutosys.com.vn", dkim_d="hokutosys.onmicrosoft.com"),
     body=leaf("""Hello Mohan,

Yes, I am leaving Hokuto Systems Vietnam. My last working day is 30 May 2025 and this mailbox will
be closed on 31 May, which is why I asked for everything to go to nishimaki.sayaka@gmail.com.

Thank you,
Sayaka

""" + outlook_quote("A2"), cte="quoted-printable"), crlf=True,
     what="owner answers the hold from the company address (Outlook), Cc personal",
     hard="written from the wrong address for this case; quoted 'Kindly confirm us' below")

emit("A4", L("info_request", True, A),
     date="2025-05-22 00:31 +0000", frm=FROM_TC, to=TO_P, irt="A3",
     subject="RE:[CASE %s] %s" % (A, SUBJ_TC), auth=AUTH_TC_G, extra=ses_ids(),
     body=leaf("""Hi Sayaka,

Your note came in from s.nishimaki@hokutosys.com.vn. The contact on this case is
nishimaki.sayaka@gmail.com, and I can only act on instructions sent from that address.

Send the same confirmation (leaving Hokuto, last day 30 May) from your Gmail address and I'll pass
it to the APN team.

Sven
AWS T&C Support
""", cte="7bit"),
     what="Sven asks her to resend the confirmation from the case's contact address",
     hard="imperative without 'please'; short; no question mark")

emit("A5", L("user_reply", False, A),
     date="2025-05-22 09:48 +0700", frm=TO_P, to=FROM_TC, irt="A4", style="gmail",
     subject="Re: RE:[CASE %s] %s" % (A, SUBJ_TC),
     body=leaf("""Hi Sven,

Sending this from my personal address as requested: I am leaving Hokuto Systems Vietnam Co., Ltd.,
my last working day is 30 May 2025. Please go ahead with the merge into this account.

Regards,
Sayaka Nishimaki

""" + gmail_quote("A4"), cte="quoted-printable"),
     what="owner resends confirmation from Gmail",
     hard="Gmail 'On ... wrote:' quote of a request")

emit("ooo", L("unrelated", False, None),
     date="2025-05-22 03:02 +0000", frm=a("Tran Minh Khoa", "khoa.tran@hokutosys.com.vn"), to=TO_C,
     subject="Automatic reply: APN partner admin - releasing my certification record",
     auth=auth_m365("hokutosys.com.vn", mailfrom="hokutosys.com.vn"), auth_box="m365", style="outlook",
     extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
     body=leaf("""Thank you for your email. I am on annual leave from 22 to 26 May with limited access to email.

For anything related to the AWS partnership (APN, Partner Central, certifications), please contact
partner-team@hokutosys.com.vn. I will reply when I am back.

Cam on / Thanks,
Khoa
""", cte="7bit"),
     what="out-of-office auto-reply from her manager (the APN admin)",
     hard="auto-reply mentioning APN and certification record")

emit("A6", L("on_hold", False, A),
     date="2025-05-23 05:14 +0000", frm=FROM_TC, to=TO_P, irt="A5",
     subject="RE:[CASE %s] %s" % (A, SUBJ_TC), auth=AUTH_TC_G, extra=ses_ids(),
     body=leaf("""Hi Sayaka,

Thanks for confirming from the right address. I've raised it with our APN team, who first have to
let the partner administrator at Hokuto Systems Vietnam know before the certification record can be
released. Your case stays on hold until that has come back - usually two or three business days.
Nothing needed from you in the meantime; I'll write again as soon as we hear something.

Cheers,
Marek
AWS Training and Certification

""" + gmail_quote("A5", tz=0), cte="quoted-printable"),
     what="Marek (top-poster): case on hold waiting on the partner admin, asks nothing",
     hard="on_hold without an ask; quoted history below contains two earlier requests")

emit("gh", L("unrelated", False, None),
     date="2025-05-23 08:31 +0000", frm=a("Le Thi Thu", "notifications@github.com"), to=a("hokutosys/terraform-aws-baseline", "terraform-aws-baseline@noreply.github.com"),
     cc=a("Sayaka Nishimaki", ME_C),
     subject="Re: [hokutosys/terraform-aws-baseline] Merge account vending module into main (PR #87)",
     auth=auth_m365("github.com", mailfrom="github.com"), auth_box="m365", style="github.com",
     extra=[("List-ID", "hokutosys/terraform-aws-baseline <terraform-aws-baseline.hokutosys.github.com>"),
            ("X-GitHub-Reason", "review_requested")],
     body=leaf("""Merged #87 into main.

Thanks @snishimaki for the review before you go!

--
Reply to this email directly, view it on GitHub:
https://github.com/hokutosys/terraform-aws-baseline/pull/87#event-17724410921
You are receiving this because your review was requested.
""", cte="7bit"),
     what="GitHub pull request merged notification",
     hard="'Merged' and 'Reply to this email directly'; 11-digit event number in a URL")

emit("it", L("unrelated", False, None),
     date="2025-05-24 02:00 +0000", frm=a("Hokuto IT Helpdesk", "it-helpdesk@hokutosys.com.vn"), to=TO_C,
     subject="[Request ID :##IT-4821##] Offboarding: mailbox s.nishimaki@hokutosys.com.vn will be disabled on 31 May",
     auth=auth_m365("hokutosys.com.vn", mailfrom="hokutosys.com.vn"), auth_box="m365", style="sdp.hokutosys.com.vn",
     body=leaf("""Dear Sayaka,

As part of your offboarding, the following will happen on Saturday 31 May 2025 at 18:00 ICT:

 * your mailbox s.nishimaki@hokutosys.com.vn will be disabled
 * your laptop must be returned to the IT desk (3rd floor) before 17:00 on 30 May
 * access to the AWS organization and VPN will be revoked

If you need a PST export of your mailbox, reply to this email before 28 May. Otherwise no action is
needed from you.

Regards,
Hokuto IT Helpdesk
ServiceDesk Plus - Request ID: IT-4821
""", cte="7bit"),
     what="company IT offboarding notice (ServiceDesk template)",
     hard="conditional 'If you need a PST export, reply before 28 May'; mentions AWS organization")

emit("A7", L("case_update", False, A),
     date="2025-05-26 07:45 +0000", frm=FROM_TC, to=TO_P, irt="A6",
     subject="RE:[CASE %s] %s" % (A, SUBJ_TC), auth=AUTH_TC_G, extra=ses_ids(),
     body=leaf("""Hi Sayaka, Darnell here from AWS Training and Certification, I'm picking up your case from Marek since he is out for a few days and I wanted to give you a quick status so you're not left wondering: the APN team came back this morning and the partner administrator at Hokuto Systems Vietnam has released your certification record, which means the hold is lifted and your request is back in the normal merge queue, which is a bit longer than usual right now because of the end-of-month rush, so realistically I'd expect to be in touch again within a day or two with the next step; if anything changes on your side in the meantime (say you create yet another profile or your Gmail address changes) feel free to drop a reply here, otherwise just sit tight. Thanks, Darnell
""", cte="quoted-printable"),
     what="Darnell (one long paragraph): hold lifted, back in queue",
     hard="conditional reply invitation inside a single long paragraph; 'the next step' announced but nothing asked")

emit("pv2", L("unrelated", False, None),
     date="2025-05-26 10:00 +0000", frm=a("Pearson VUE", "pearsonvueconfirmation@pearson.com"), to=TO_C,
     subject="Reminder: your AWS Certified Developer - Associate exam on 12 June 2025",
     auth=auth_m365("pearson.com", mailfrom="pearson.com"), auth_box="m365", style="pearson.com",
     body=leaf("""Dear Sayaka Nishimaki,

This is a reminder of your upcoming exam appointment.

Exam:             DVA-C02: AWS Certified Developer - Associate
Date and time:    Thursday, 12 June 2025, 10:00 AM ICT
Delivery:         OnVUE online proctored
Registration ID:  318552907

Need to reschedule or cancel? Sign in to your AWS Certification Account at least 24 hours before
your appointment. Please do not reply to this email.

Pearson VUE
""", cte="7bit"),
     what="Pearson VUE reminder for an exam booked on the old company profile",
     hard="9-digit registration ID; 'need to reschedule?' question")

emit("fwd", L("unrelated", False, None),
     date="2025-05-27 02:20 +0700", frm=a("Tran Minh Khoa", "khoa.tran@hokutosys.com.vn"), to=TO_C,
     subject="FW: AWS Partner Central: certification transfer request for a user in your organization",
     auth=auth_m365("hokutosys.com.vn", mailfrom="hokutosys.com.vn"), auth_box="m365", style="outlook",
     body=leaf("""Hi Sayaka,

Back from leave and saw this - I approved it in Partner Central this morning, so you should be fine.
Good luck with the new job!

Khoa

________________________________
From: AWS Partner Network <apn-no-reply@amazon.com>
Sent: Friday, May 23, 2025 3:12 PM
To: Tran Minh Khoa <khoa.tran@hokutosys.com.vn>
Subject: AWS Partner Central: certification transfer request for a user in your organization

Hello Khoa,

A user in your organization, Sayaka Nishimaki (s.nishimaki@hokutosys.com.vn), has asked AWS Training
and Certification to move their certification record to a personal account (case %s).

Please review and approve or decline the request in AWS Partner Central within 5 business days:
Partner Central > Team > Certification transfers.

Thank you,
AWS Partner Network
""" % A, cte="quoted-printable"), crlf=True,
     what="manager forwards the APN approval request to her (company address)",
     hard="forwarded copy with the case number and 'please review and approve'; written by a colleague, not support")

emit("A8", L("info_request", True, A),
     date="2025-05-27 03:10 +0000", frm=FROM_TC, to=TO_P, irt="A7",
     subject="RE:[CASE %s] %s" % (A, SUBJ_TC), auth=AUTH_TC_G, extra=ses_ids(),
     body=leaf("""Hi Sayaka, one more thing before I can put the merge through, and sorry for the extra back-and-forth: while checking the Hokuto profile I noticed it still has an upcoming exam appointment (Developer - Associate, Thursday 12 June, Pearson VUE registration 318552907), and scheduled appointments sometimes lose their link to the testing vendor when the profile they were booked under is merged away, so the safe options are either to leave the appointment exactly as it is and let me merge around it with a manual note to the vendor team, or for you to cancel it now and rebook from your Gmail profile once the merge is finished (the 50% voucher would come across with the merge either way); which of those two would you prefer? Thanks, Darnell
""", cte="quoted-printable"),
     what="Darnell's paragraph: explanation first, the ask (keep or cancel the booked exam) at the very end",
     hard="request buried at the end of one long paragraph, bare question, no 'please'; not about the merge choice")

emit("A9", L("user_reply", False, A),
     date="2025-05-27 12:16 +0700", frm=TO_P, to=FROM_TC, irt="A8", style="gmail",
     subject="Re: RE:[CASE %s] %s" % (A, SUBJ_TC),
     body=leaf("""Hi Darnell,

Leave the appointment as it is, please - I'd rather not lose the slot.

Thanks!
Sayaka

""" + gmail_quote("A8"), cte="quoted-printable"),
     what="owner's short answer",
     hard="contains 'please' and a quoted question")

emit("A10", L("confirmation_request", True, A, [CID_P, CID_C]),
     date="2025-05-27 08:58 +0000", frm=FROM_TC, to=TO_P, irt="A9",
     subject="RE:[CASE %s] %s" % (A, SUBJ_TC), auth=AUTH_TC_G, extra=ses_ids(),
     body=leaf("""Hi Sayaka, thanks for that, I've put a note on the appointment so the vendor team keeps it attached, and here is what the merge will look like once I run it: Account #1 is the profile you created this month (Candidate ID AWS03817264, login email nishimaki.sayaka@gmail.com, training notification email nishimaki.sayaka@gmail.com, certification notification email nishimaki.sayaka@gmail.com) and Account #2 is the Hokuto profile (Candidate ID AWS01952248, login email s.nishimaki@hokutosys.com.vn, training notification email s.nishimaki@hokutosys.com.vn, certification notification email s.nishimaki@hokutosys.com.vn), and the plan is to fold everything from #2 into #1 so that #1 carries your exam history, the three active certifications, the 50% exam voucher and the June appointment, after which #2 can no longer be signed in to, so before I press the button I just want to hear it from you that #1 is indeed the one you want to keep. Thanks, Darnell
""", cte="quoted-printable"),
     what="Darnell's confirmation request: Account #1/#2 inline in one paragraph",
     hard="no list layout, no 'please confirm'; ask is 'I just want to hear it from you that #1 is ...'")

emit("ph2", L("suspicious", False, None),
     date="2025-05-28 01:36 +0000", frm=FROM_TC, to=TO_P,
     subject="RE:[CASE 174781556200219] %s" % SUBJ_TC,
     auth=("mx.google.com;\n       dkim=fail header.i=@amazon.com header.s=mqi4pxkc header.b=Zt0w8pQe (body hash did not verify);\n"
           "       spf=fail (google.com: domain of aws-cs-trainingcertification-form@amazon.com does not designate 185.234.72.19 as permitted sender) smtp.mailfrom=aws-cs-trainingcertification-form@amazon.com;\n"
           "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com"),
     body=leaf("""Hello Sayaka,

To finish merging your AWS Certification accounts we have to verify that you own Account #2
(s.nishimaki@hokutosys.com.vn). Your company mailbox will soon be closed, so please complete the
verification today by signing in through the secure page below and re-entering your AWS Builder ID
password and the one-time code we send you:

https://aws-training-verify.co/merge/174781556200219

Once verified, the merge will be completed automatically.

Best regards,
AWS Training and Certification
""", cte="7bit"),
     what="spoof with the genuine support address and case-style subject, but dkim/spf/dmarc fail",
     hard="looks exactly like a real case mail and knows her situation; only Authentication-Results betrays it")

emit("mk1", L("unrelated", False, None),
     date="2025-05-28 06:00 +0000", frm=a("Amazon Web Services", "aws-marketing-email-replies@amazon.com"), to=a("", ME_P),
     subject="【ご案内】AWS Summit Japan 2025 — 登録受付中", style="marketing.aws.com",
     auth=auth_gmail("amazon.com", mailfrom="bounce.marketing.aws.com"),
     body=multi("alternative",
        leaf("""AWS Summit Japan 2025
6月25日(水)・26日(木) 幕張メッセ / オンライン同時配信

日本最大級の AWS を学ぶイベントに、今年もぜひご参加ください。
150 以上のセッション、認定者限定ラウンジ(AWS 認定をお持ちの方はご登録時に候補 ID をご入力
ください)、ハンズオンなどをご用意しています。

今すぐ登録: https://aws.amazon.com/jp/summits/japan/

本メールは送信専用アドレスから配信しています。ご返信いただいてもお答えできません。
配信停止: https://pages.awscloud.com/unsubscribe
""", cte="quoted-printable"),
        leaf("""<html><body><h1>AWS Summit Japan 2025</h1><p>6月25日(水)・26日(木) 幕張メッセ / オンライン同時配信</p>
<p>認定者限定ラウンジ(AWS 認定をお持ちの方はご登録時に候補 ID をご入力ください)</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/">今すぐ登録</a></p>
<p style="font-size:10px">本メールは送信専用アドレスから配信しています。</p></body></html>
""", ctype="text/html", cte="quoted-printable")),
     what="AWS marketing mail in Japanese",
     hard="mentions 候補 ID and 〜ご入力ください; from amazon.com but marketing")

emit("nl1", L("unrelated", False, None),
     date="2025-05-29 22:00 +0000", frm=a("クラウド週報", "news@cloud-shuho.jp", cs="shift_jis"), to=a("", ME_P),
     subject="クラウド週報 第212号:転職前にやっておきたい AWS 認定アカウントの統合 ほか", subj_cs="shift_jis",
     auth=auth_gmail("cloud-shuho.jp", mailfrom="cloud-shuho.jp"), style="cloud-shuho.jp",
     body=leaf("""━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
 クラウド週報 第212号  2025年5月30日
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

■ 今週の特集
転職前にやっておきたい、AWS 認定アカウントの統合
 フォームから「アカウントの統合」を申請すると、サポートから統合先を確認するメールが届きます。
 Account #1 / Account #2 の内容を確認して返信すれば、早ければ当日中に統合が完了します。
 APN パートナー企業にお勤めの場合は、退職の確認を求められることがあります。
 https://cloud-shuho.jp/articles/2025/aws-cert-merge

■ ニュース
・Amazon Bedrock に新しいモデルが追加
・AWS 請求ダッシュボードの刷新

ご意見・ご感想は、このメールにそのままご返信ください。
配信停止はこちら: https://cloud-shuho.jp/unsubscribe
""", cs="shift_jis", cte="8bit"),
     what="Japanese tech newsletter (Shift_JIS) whose lead article describes the merge process",
     hard="describes confirmation mails and Account #1/#2; 'ご返信ください' for feedback")

CLOSE_A = """Hello Sayaka,

We're following up on our message of 27 May about case %s. We still need your answer before
we can go ahead with the merge.

If we don't hear from you within 3 business days, this case will be closed automatically. Replying
to this email keeps it open - there is no need to open a new case.

Regards,
AWS Training and Certification

--- Our previous message ---
%s""" % (A, BODIES["A10"])

emit("A11", L("closing_notice", True, A),
     date="2025-05-30 04:00 +0000", frm=FROM_TC, to=TO_P, irt="A10",
     subject="RE: [CASE %s] %s" % (A, SUBJ_TC), auth=AUTH_TC_G, extra=ses_ids(),
     body=multi("alternative",
        leaf(CLOSE_A, cte="quoted-printable"),
        leaf(html_wrap("""<p>Hello Sayaka,</p>
<p>We're following up on our message of 27 May about case %s. We still need your answer before we can go ahead with the merge.</p>
<table cellpadding="6" style="border:1px solid #d5dbdb;border-collapse:collapse">
<tr><td style="border:1px solid #d5dbdb"><b>Case ID</b></td><td style="border:1px solid #d5dbdb">%s</td></tr>
<tr><td style="border:1px solid #d5dbdb"><b>Status</b></td><td style="border:1px solid #d5dbdb">Pending customer action</td></tr>
<tr><td style="border:1px solid #d5dbdb"><b>Auto-close</b></td><td style="border:1px solid #d5dbdb">after 3 business days without reply</td></tr>
</table>
<p>If we don't hear from you within 3 business days, this case will be closed automatically. Replying to this email keeps it open - there is no need to open a new case.</p>
<p>Regards,<br>AWS Training and Certification</p>
<hr><p style="color:#687078">--- Our previous message ---<br>%s</p>""" % (A, A, BODIES["A10"].strip())), ctype="text/html", cte="quoted-printable")),
     what="reminder / closing notice (multipart, HTML table), quoting the confirmation request",
     hard="the ask is implicit ('we still need your answer'); quoted request below")

emit("A12", L("user_reply", False, A, [CID_P]),
     date="2025-05-31 08:05 +0700", frm=TO_P, to=FROM_TC, irt="A11", style="gmail",
     subject="Re: RE: [CASE %s] %s" % (A, SUBJ_TC),
     body=leaf("""Hi Darnell,

So sorry - my last week at Hokuto swallowed me whole. Yes, Account #1 (AWS03817264, the Gmail one)
is the keeper. Go ahead and merge #2 into it.

Thanks,
Sayaka

""" + gmail_quote("A11"), cte="quoted-printable"),
     what="late confirmation, top-posted over the closing notice and the quoted request",
     hard="long quoted history with Account #1/#2 and 'we still need your answer'")

emit("A13", L("resolved", False, A, [CID_P]),
     date="2025-05-31 06:22 +0000", frm=FROM_TC, to=TO_P, irt="A12",
     subject="RE: [CASE %s] %s" % (A, SUBJ_TC), auth=AUTH_TC_G, extra=ses_ids(),
     body=leaf("""Hi Sayaka,

Good news - all done. I've merged the Hokuto profile into your Gmail account: exam history, the
three certifications, the 50%% voucher and the 12 June appointment are all under AWS03817264 now.
Sign out and back in if the dashboard still looks empty. Credly will re-issue your badges to the
Gmail address over the next hour or so.

All the best in the new job,
Marek
AWS Training and Certification

%s""" % gmail_quote("A12", tz=0), cte="quoted-printable"),
     what="Marek top-posts the completion over the whole thread",
     hard="quoted history holds a confirmation request, a closing notice and 'go ahead and merge'")

emit("cr2", L("badge", False, None),
     date="2025-05-31 07:10 +0000", frm=a("Credly", "admin@credly.com"), to=a("", ME_P),
     subject="Amazon Web Services Training and Certification sent you a badge",
     auth=auth_gmail("credly.com", mailfrom="mail.credly.com"), style="credly.com",
     body=leaf("""<html><body style="font-family:Helvetica,Arial,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:24px;text-align:center"><img src="https://images.credly.com/size/340x340/images/aws-sa-pro.png" width="120" alt="badge"></td></tr>
<tr><td style="padding:0 24px"><h2>Congratulations, Sayaka!</h2>
<p>Amazon Web Services Training and Certification has issued you the badge <b>AWS Certified Solutions Architect - Professional</b>.</p>
<p>Claim it to show off your skills and let others verify it.</p>
<p style="text-align:center"><a href="https://www.credly.com/earner/earned/badge/a3b09d52-1d7e-4b2a-9f88-7d6c1e0f4422" style="background:#ff6b00;color:#fff;padding:10px 20px;text-decoration:none">Accept Badge</a></p>
</td></tr>
<tr><td style="padding:24px;font-size:11px;color:#777">You received this email because an issuer on Credly awarded you a badge. Credly, 13 W 36th St, New York, NY.</td></tr>
</table></body></html>
""", ctype="text/html", cte="base64"),
     what="Credly badge, HTML-only, base64",
     hard="no plain-text part; 'Claim it' call to action")

emit("A14", L("survey", False, A),
     date="2025-06-01 02:30 +0000", frm=a(TC_NAME, "aws-tc-survey@amazon.com"), to=a("", ME_P),
     subject="How did we do? Your feedback on case %s" % A,
     auth=auth_gmail("amazon.com", mailfrom="0100019c.bounces.amazonses.com"), extra=ses_ids(),
     body=leaf("""Hello Sayaka,

Your recent case with AWS Training and Certification (case %s) has been resolved.

Would you take a moment to tell us how we did? One click is enough:

  How satisfied are you with the support you received?
  Very satisfied     https://survey.aws.training/r/%s?s=5
  Satisfied          https://survey.aws.training/r/%s?s=4
  Neutral            https://survey.aws.training/r/%s?s=3
  Dissatisfied       https://survey.aws.training/r/%s?s=2
  Very dissatisfied  https://survey.aws.training/r/%s?s=1

The survey closes in 7 days. Replies to this email are not monitored.

AWS Training and Certification
""" % ((A,) * 6), cte="7bit"),
     what="satisfaction survey for the main case",
     hard="question mark and 'Would you take a moment'; case number present")

emit("cr3", L("badge", False, None),
     date="2025-06-01 03:02 +0000", frm=a("Credly", "admin@credly.com"), to=a("", ME_P),
     subject="Your badge is waiting: AWS Certified Developer - Associate",
     auth=auth_gmail("credly.com", mailfrom="mail.credly.com"), style="credly.com",
     body=multi("alternative",
        leaf("""Hi Sayaka,

Your badge from Amazon Web Services Training and Certification is waiting for you:
AWS Certified Developer - Associate

You haven't accepted it yet. Accept it here:
https://www.credly.com/earner/earned/badge/0c6f7a11-5b2e-4d3b-8e21-95f1d2a7c3b0

Credly
""", cte="7bit"),
        leaf("""<html><body><p>Hi Sayaka,</p><p>Your badge from Amazon Web Services Training and Certification is waiting for you: <b>AWS Certified Developer - Associate</b></p>
<p><a href="https://www.credly.com/earner/earned/badge/0c6f7a11-5b2e-4d3b-8e21-95f1d2a7c3b0">Accept badge</a></p></body></html>
""", ctype="text/html", cte="7bit")),
     what="Credly reminder for a second badge",
     hard="'You haven't accepted it yet' nudge")


# ====================================================================== console case C (Support Center)
C_SUBJ = "Remove member account %s from the Hokuto organization" % ACCT_P
AUTH_CON = auth_gmail("amazon.com", mailfrom="0100019d.bounces.amazonses.com")

emit("C1", L("acknowledgement", False, C),
     date="2025-06-02 01:44 +0000", frm=FROM_CONSOLE, to=a("", ME_P),
     subject="Amazon Web Services: New Support case: %s" % C, auth=AUTH_CON, extra=ses_ids(),
     body=leaf("""Dear Sayaka Nishimaki,

We have received your case %s and will respond as soon as possible.

Case ID: %s
Subject: %s
Severity: General guidance
Service: AWS Organizations
Category: Other
Correspondence: I have left Hokuto Systems Vietnam. My personal account %s was invited into
the company organization (management account %s) for a project in 2024. The company admin
is on leave and I need the account to stand alone from now on. What do I need to do?

To view your case or add correspondence, please sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
""" % (C, C, C_SUBJ, ACCT_P, ORG_MGMT, C), cte="7bit"),
     what="Support Center 'New Support case' mail, 10-digit case, two 12-digit account IDs",
     hard="customer's question echoed; account IDs are not case numbers")

emit("C2", L("info_request", True, C),
     date="2025-06-02 05:20 +0000", frm=FROM_CONSOLE, to=a("", ME_P), irt="C1",
     subject="RE:[CASE %s] %s" % (C, C_SUBJ), auth=AUTH_CON, extra=ses_ids(),
     body=leaf("""Hello,

Thank you for contacting AWS Support. My name is Hyun-woo and I'll be working with you on this case.

A member account can leave an organization on its own once it has everything a standalone account
needs: a payment method, an accepted customer agreement, a verified phone number and a support
plan. On account %s the payment method is still provided by the management account, so the
"Leave organization" button will stay greyed out for now.

There are two ways forward. Either the administrator of the management account removes you from the
organization, or you add your own card under Billing > Payment preferences and then leave from the
Organizations console yourself. With the admin away, the second route is usually quicker.

What I still need from you is whether any Reserved Instances or Savings Plans bought by Hokuto apply
to this account - those are billed to the organization and I'd have to check with our billing team
before the account leaves. A simple yes/no (and the reservation ID if yes) in the Support Center is
enough.

%s
Best regards,

Hyun-woo C.
Amazon Web Services
%s""" % (ACCT_P, FEEDBACK, console_footer(C)), cte="quoted-printable"),
     what="console agent asks a yes/no question to be answered in the Support Center, with feedback footer",
     hard="ask after two explanatory paragraphs, phrased 'What I still need from you is'; address cannot receive mail")

emit("bounce", L("unrelated", False, None),
     date="2025-06-02 06:31 +0000", frm=a("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), to=a("", ME_P),
     subject="Delivery Status Notification (Failure)", style="mx.google.com",
     auth="mx.google.com; spf=none (google.com: mailer-daemon@googlemail.com does not designate permitted sender hosts) smtp.mailfrom=",
     extra=[("Auto-Submitted", "auto-replied")],
     body=leaf("""** Address not found **

Your message wasn't delivered to no-reply-aws@amazon.com because the address couldn't be found, or
is unable to receive mail.

The response from the remote server was:
550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox does not accept
incoming mail

----- Original message -----

From: Sayaka Nishimaki <nishimaki.sayaka@gmail.com>
Date: Mon, 2 Jun 2025 13:29:51 +0700
Subject: Re: RE:[CASE %s] %s
To: Amazon Web Services <no-reply-aws@amazon.com>

No, there are no RIs or Savings Plans on my account - it only has on-demand EC2 and S3.
""" % (C, C_SUBJ), cte="7bit"),
     what="bounce of her emailed answer to the console no-reply address",
     hard="auto-reply carrying the case number and her answer; not a support message")

emit("C3", L("closing_notice", True, C),
     date="2025-06-05 05:25 +0000", frm=FROM_CONSOLE, to=a("", ME_P), irt="C2",
     subject="RE:[CASE %s] %s" % (C, C_SUBJ), auth=AUTH_CON, extra=ses_ids(),
     body=leaf("""Hello,

We haven't heard back from you regarding case %s. We'd still like to help, but we need your
answer to the question in our previous correspondence before we can continue.

This case will be resolved automatically in 3 days if there is no response. Please note that replies
sent by e-mail do not reach us; use the Support Center link below.

Best regards,
Amazon Web Services
%s""" % (C, console_footer(C)), cte="7bit"),
     what="console auto-resolve warning; the answer has to go through the Support Center",
     hard="'will be resolved automatically' - closing notice whose reply channel is the console")

emit("C4", L("case_update", False, C),
     date="2025-06-05 09:02 +0000", frm=FROM_CONSOLE, to=a("", ME_P), irt="C3",
     subject="RE:[CASE %s] %s" % (C, C_SUBJ), auth=AUTH_CON, extra=ses_ids(),
     body=leaf("""Hello Sayaka,

Thanks for your reply in the Support Center. I've asked our billing team to double-check that
nothing purchased by the organization is applied to %s. They usually answer within one to two
business days, and I'll update this case as soon as I have their confirmation.

In the meantime, adding your own payment method (Billing > Payment preferences) will save time later.

%s
Best regards,

Hyun-woo C.
Amazon Web Services
%s""" % (ACCT_P, FEEDBACK, console_footer(C)), cte="quoted-printable"),
     what="console progress update with feedback footer",
     hard="suggests an action in the console (payment method) but asks no reply; 'Please share your experience' footer")

emit("org", L("unrelated", False, None),
     date="2025-06-07 02:48 +0000", frm=FROM_CONSOLE, to=a("", ME_P),
     subject="Your AWS account %s has left the organization o-7xk2p9qd1e" % ACCT_P,
     auth=AUTH_CON, extra=ses_ids(),
     body=leaf("""Hello,

Your AWS account %s is no longer a member of the organization o-7xk2p9qd1e (management account
%s). The account is now a standalone account and will be billed separately to the payment
method on file.

No further action is required.

Amazon Web Services
""" % (ACCT_P, ORG_MGMT), cte="7bit"),
     what="AWS Organizations notification",
     hard="from no-reply-aws@amazon.com, about the console case topic but no case; two 12-digit IDs")

emit("C5", L("resolved", False, C),
     date="2025-06-07 04:15 +0000", frm=FROM_CONSOLE, to=a("", ME_P), irt="C4",
     subject="RE:[CASE %s] %s" % (C, C_SUBJ), auth=AUTH_CON, extra=ses_ids(),
     body=leaf("""Hello Sayaka,

Billing confirmed there were no organization purchases applied to your account, and I can see
%s has now left the organization - it's a standalone account with your own payment method.

I'm marking this case as resolved. If something else comes up on this topic, you can reopen it from
the Support Center within 14 days.

%s
Best regards,

Hyun-woo C.
Amazon Web Services
%s""" % (ACCT_P, FEEDBACK, console_footer(C)), cte="quoted-printable"),
     what="console case resolved, with the feedback footer and reopen note",
     hard="feedback footer 'Please share your experience'; 'you can reopen' conditional")

emit("C6", L("survey", False, C),
     date="2025-06-08 00:10 +0000", frm=a("AWS Support", "aws-support-survey@amazon.com"), to=a("", ME_P),
     subject="Tell us about your recent AWS Support experience (Case %s)" % C,
     auth=auth_gmail("amazon.com", mailfrom="0100019e.bounces.amazonses.com"), extra=ses_ids(),
     body=multi("alternative",
        leaf("""Hello,

You recently worked with AWS Support on case %s ("%s").

Please take 2 minutes to answer three questions about that experience:
https://amazonwebservices.qualtrics.com/jfe/form/SV_aws?case=%s

Your answers help us improve. Thank you!

AWS Support
""" % (C, C_SUBJ, C), cte="7bit"),
        leaf("""<html><body><p>Hello,</p><p>You recently worked with AWS Support on case %s.</p>
<table><tr><td style="background:#ec7211;padding:10px"><a style="color:#fff" href="https://amazonwebservices.qualtrics.com/jfe/form/SV_aws?case=%s">Start the survey</a></td></tr></table>
<p>AWS Support</p></body></html>
""" % (C, C), ctype="text/html", cte="7bit")),
     what="console case survey",
     hard="'Please take 2 minutes' - a request, but only a survey")


# ====================================================================== reopening case A (voucher)
emit("A15", L("user_reply", False, A),
     date="2025-06-09 20:41 +0700", frm=TO_P, to=FROM_TC, irt="A13", style="gmail",
     subject="50% exam voucher not showing after the merge",
     body=leaf("""Hello,

Thanks again for merging my accounts last week. One thing: the 50% exam discount voucher that was
on my old Hokuto profile does not appear under Benefits on my Gmail account. Exam history and
certifications came across fine. Could you take a look?

Thank you,
Sayaka Nishimaki
""", cte="7bit"),
     what="owner writes a new-subject mail threaded only by In-Reply-To/References to the resolution",
     hard="no case number in subject or body; 'Could you take a look?' is her request, not support's")

emit("ob", L("unrelated", False, None),
     date="2025-06-10 01:05 +0000", frm=a("Orbitdesk Support", "support@orbitdesk.io"), to=a("", ME_P),
     subject="[Case 03847122] Your case has been closed    [ ref:_00D5j2Hk7._5008c1QwZr:ref ]",
     auth=auth_gmail("orbitdesk.io", mailfrom="bounces.orbitdesk.io"), style="sfdc",
     body=leaf("""Hi Sayaka,

Your case 03847122 "Export of workspace data before account transfer" has been closed because we
haven't heard back from you in 7 days.

If you still need help, simply reply to this email within 30 days and your case will be reopened
automatically.

Kind regards,
Orbitdesk Customer Success

ref:_00D5j2Hk7._5008c1QwZr:ref
""", cte="7bit"),
     what="another vendor's Salesforce 'case closed' mail",
     hard="closing-notice wording ('closed because we haven't heard back', 'reply to reopen') from a non-AWS vendor")

emit("A16", L("case_update", False, A),
     date="2025-06-10 06:33 +0000", frm=FROM_TC, to=TO_P, irt="A15",
     subject="RE:[CASE %s] %s" % (A, SUBJ_TC), auth=AUTH_TC_G, extra=ses_ids(),
     body=leaf("""Hi Sayaka,

Priya from AWS T&C here - I've picked up your message about the voucher.

- I've reopened case %s (your note arrived without the case number, so it took a moment to match)
- benefits don't always follow a merge; they're handled by a separate team
- I've passed them the details; they usually take 3-5 business days
- your 12 June appointment is not affected

If you think of anything else, reply here and it will reach me.

Best,
Priya R.
AWS Training and Certification
""" % A, cte="quoted-printable"),
     what="Priya's bullet-list update: case reopened, with the benefits team",
     hard="conditional 'If you think of anything else, reply here'; 'reopened'")

emit("cm3", L("certification", False, None, [CID_P]),
     date="2025-06-11 15:00 +0000", frm=a("AWS Certification", "do-not-reply@certmetrics.com"), to=a("", ME_P),
     subject="Your AWS Certified Developer - Associate certification expires in 60 days",
     auth=auth_gmail("certmetrics.com", mailfrom="certmetrics.com"), style="certmetrics.com",
     body=leaf("""Hello Sayaka,

Your AWS Certified Developer - Associate certification (Candidate ID AWS03817264) expires on
August 10, 2025.

To keep it active, pass the current version of the exam, or earn a higher-level certification
that recertifies it. If you already have an exam scheduled, no action is needed.

Sign in to your AWS Certification Account: https://cp.certmetrics.com/amazon/

AWS Certification
""", cte="7bit"),
     what="certmetrics expiry reminder to the personal (merged) account",
     hard="'no action is needed' conditional; candidate ID")

emit("A17", L("info_request", True, A),
     date="2025-06-12 02:05 +0000", frm=FROM_TC, to=TO_P, irt="A15",
     subject="RE:[CASE %s] %s" % (A, SUBJ_TC), auth=AUTH_TC_G, extra=ses_ids(),
     body=leaf("""Hi Sayaka,

Benefits team came back (via me). They can see two voucher entries on the old Hokuto record, one
already used and one expired, and neither is the active 50%% one you describe. Was it earned with
the SAP-C02 pass in August 2023, or with a later exam? And do you happen to have the voucher code,
or a screenshot of the Benefits page from before the merge?

Cheers,
Marek

%s""" % gmail_quote("A15", tz=0), cte="quoted-printable"),
     what="Marek top-posts two bare questions over her message",
     hard="no 'please', no 'could you let us know' - plain questions; quoted request of hers below")

PNG = ("iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAAAHElEQVR4nGP4z8BAEmIY1TCqYVTDqIZRDUNQAwCMGP8B"
       "Y3oL1QAAAABJRU5ErkJggg==")
A18_TEXT = """Hi Marek,

It appeared after my SAA-C03 recertification in March 2025, not with SAP-C02. I don't have the
code written down, but I found a screenshot of the Benefits page from 20 May (before the merge) -
attached.

Best,
Sayaka

""" + gmail_quote("A17")
A18 = {"leaf": False, "sub": "mixed", "parts": [
    leaf(A18_TEXT, cte="quoted-printable"),
    {"leaf": True, "text": "", "type": "image/png", "cs": "", "cte": "base64", "raw": PNG}]}

emit("pvs", L("unrelated", False, None),
     date="2025-06-12 06:10 +0000", frm=a("Pearson VUE", "pearsonvue@email.pearson.com"), to=a("", ME_P),
     subject="How was your testing experience today?",
     auth=auth_gmail("email.pearson.com", mailfrom="email.pearson.com"), style="pearson.com",
     body=leaf("""Dear Sayaka,

Thank you for testing with Pearson VUE today (registration 318552907, AWS Certified Developer -
Associate).

We'd appreciate it if you could take our 3-minute survey about your check-in and testing experience:
https://pearsonvue.az1.qualtrics.com/jfe/form/SV_onvue?r=318552907

Your exam result will be sent by the exam sponsor. Please don't reply to this email.

Pearson VUE
""", cte="7bit"),
     what="exam-vendor survey after the exam",
     hard="survey wording but not the support survey; 9-digit registration")

emit("A18", L("user_reply", False, A),
     date="2025-06-12 19:30 +0700", frm=TO_P, to=FROM_TC, irt="A17", style="gmail",
     subject="Re: RE:[CASE %s] %s" % (A, SUBJ_TC), body=A18, plain=A18_TEXT,
     what="owner answers with a screenshot attachment (multipart/mixed)",
     hard="attachment; quoted questions below")

emit("cm4", L("certification", False, None, [CID_P]),
     date="2025-06-13 11:20 +0000", frm=a("AWS Certification", "do-not-reply@certmetrics.com"), to=a("", ME_P),
     subject="Congratulations on recertifying your AWS Certification!",
     auth=auth_gmail("certmetrics.com", mailfrom="certmetrics.com"), style="certmetrics.com",
     body=multi("alternative",
        leaf("""Hello Sayaka,

Congratulations on recertifying your AWS Certified Developer - Associate certification!

Candidate ID: AWS03817264
New expiration date: June 12, 2028

Your updated certificate is available in your AWS Certification Account, and your Credly badge
will be updated automatically.

AWS Certification
""", cte="7bit"),
        leaf("""<html><body><h2>Congratulations on recertifying your AWS Certification!</h2>
<table><tr><td>Certification</td><td>AWS Certified Developer - Associate</td></tr><tr><td>Candidate ID</td><td>AWS03817264</td></tr>
<tr><td>New expiration date</td><td>June 12, 2028</td></tr></table></body></html>
""", ctype="text/html", cte="7bit")),
     what="certmetrics recertification notice",
     hard="candidate ID in both parts")

emit("cr4", L("badge", False, None),
     date="2025-06-13 11:48 +0000", frm=a("Credly", "admin@credly.com"), to=a("", ME_P),
     subject="Your badge has been updated: AWS Certified Developer - Associate",
     auth=auth_gmail("credly.com", mailfrom="mail.credly.com"), style="credly.com",
     body=leaf("""Hi Sayaka,

Amazon Web Services Training and Certification updated your badge AWS Certified Developer -
Associate. The new expiration date is June 12, 2028.

View your badge: https://www.credly.com/badges/0c6f7a11-5b2e-4d3b-8e21-95f1d2a7c3b0

Credly
""", cte="7bit"),
     what="Credly badge update after recertification",
     hard="plain-text only badge mail")

A19_HTML = html_wrap("""<p>Dear Sayaka,</p>
<p>Greetings from AWS Training and Certification.</p>
<p>As per the screenshot provided by you, our benefits team has re-issued the exam discount voucher on your account. Please find the details below:</p>
<table cellpadding="6" style="border-collapse:collapse;border:1px solid #aab7b8">
<tr style="background:#f2f3f3"><th style="border:1px solid #aab7b8">Account</th><th style="border:1px solid #aab7b8">Benefit</th><th style="border:1px solid #aab7b8">Status</th><th style="border:1px solid #aab7b8">Valid till</th></tr>
<tr><td style="border:1px solid #aab7b8">AWS03817264</td><td style="border:1px solid #aab7b8">50%% exam discount voucher</td><td style="border:1px solid #aab7b8">Active</td><td style="border:1px solid #aab7b8">20 March 2026</td></tr>
</table>
<p>With this your request is completed and we are resolving this case %s. In case of any further query you can revert back on this same email and we will be happy to assist.</p>
<p>Thanks &amp; Regards,<br>Mohan K.<br>AWS Training and Certification | Customer Service</p>
<p style="font-size:12px;color:#687078">We'd love to hear about your experience. A short survey may follow this email.</p>""" % A)
A19_PLAIN = ("Dear Sayaka,\n\nAs per the screenshot provided by you, our benefits team has re-issued the exam discount "
             "voucher on your account AWS03817264 (50%% exam discount voucher, Active, valid till 20 March 2026).\n\n"
             "With this your request is completed and we are resolving this case %s. In case of any further query "
             "you can revert back on this same email and we will be happy to assist.\n\nThanks & Regards,\nMohan K.\n" % A)

emit("A19", L("resolved", False, A, [CID_P]),
     date="2025-06-14 03:40 +0000", frm=FROM_TC, to=TO_P, irt="A18",
     subject="RE:[CASE %s] %s" % (A, SUBJ_TC), auth=AUTH_TC_G, extra=ses_ids(),
     body=leaf(A19_HTML, ctype="text/html", cte="quoted-printable"), plain=A19_PLAIN,
     what="Mohan resolves the reopened case: HTML-only with a benefits table",
     hard="HTML-only; 'In case of any further query you can revert back' conditional; survey footer")

emit("ph3", L("suspicious", False, None),
     date="2025-06-15 10:12 +0000", frm=a("Credly", "notifications@credly-badges.net"), to=a("", ME_P),
     subject="Action needed: your AWS badge will be revoked in 48 hours",
     auth=("mx.google.com;\n       dkim=none (message not signed);\n"
           "       spf=pass (google.com: domain of noreply@credly-badges.net designates 91.219.236.40 as permitted sender) smtp.mailfrom=noreply@credly-badges.net;\n"
           "       dmarc=none header.from=credly-badges.net"), style="credly-badges.net",
     body=leaf("""Hi Sayaka,

After your recent AWS Certification account merge we could not verify ownership of your badge
"AWS Certified Solutions Architect - Professional". Unverified badges are revoked after 48 hours.

Reply to this email with your AWS Builder ID email and password, or verify now:
https://credly-badges.net/verify/aws?u=nishimaki.sayaka

Credly Trust & Safety
""", cte="7bit"),
     what="Credly lookalike phishing referring to the merge",
     hard="asks for a reply; lookalike domain credly-badges.net")


# ====================================================================== case F (Japanese, third profile)
emit("bid2", L("unrelated", False, None),
     date="2025-06-17 23:58 +0000", frm=a("AWS", "no-reply@login.awsapps.com"), to=a("", ME_P),
     subject="AWS Builder ID サインイン確認コード", style="login.awsapps.com",
     auth=auth_gmail("login.awsapps.com", mailfrom="mail.login.awsapps.com"),
     body=leaf("""こんにちは

新しいデバイスから AWS Builder ID へのサインインが試行されました。
サインインを完了するには、次の確認コードを入力してください。

確認コード: 271946

このコードの有効期限は 10 分です。心当たりがない場合は、このメールを無視してください。
パスワードを変更することをお勧めします。

Amazon Web Services
""", cte="base64"),
     what="Builder ID sign-in code in Japanese (UTF-8, base64)",
     hard="6-digit code; 入力してください imperative")

F_SUBJ = "[CASE %s] %s" % (F, SUBJ_TC)
emit("F1", L("acknowledgement", False, F),
     date="2025-06-18 01:47 +0000", frm=FROM_TC, to=TO_P,
     subject=F_SUBJ, auth=AUTH_TC_G, extra=ses_ids(),
     body=leaf("""西巻 沙也加 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
以下のとおりケースを作成いたしました。

ケース ID: %s
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
お問い合わせ内容:
先日、別のケースで会社のアカウントを統合していただきましたが、AWS パートナーセントラルから
サインインした際に作成されたと思われる認定アカウントがもう一つ見つかりました。
こちらも個人のアカウントに統合したいです。

回答は通常 24 時間以内にお送りしておりますが、調査が必要な場合はさらにお時間を頂戴する
ことがございます。同一のご依頼で重ねてケースを作成されますと、回答が遅れる場合がございます。

※ 本メールへのご返信は不要です。追加の情報がある場合のみ、本メールにご返信ください。

Amazon Web Services
""" % F, cs="shift_jis", cte="8bit"), crlf=True,
     what="Japanese acknowledgement (Shift_JIS, CRLF) for a third profile",
     hard="'ご返信は不要です' followed by a conditional ご返信ください")

emit("F2", L("info_request", True, F, [CID_P]),
     date="2025-06-19 08:20 +0000", frm=FROM_TC, to=TO_P, irt="F1",
     subject="RE:" + F_SUBJ, auth=AUTH_TC_G, extra=ses_ids(),
     body=leaf("""西巻様

お問い合わせありがとうございます。AWS トレーニングと認定サポートの佐藤です。

前回のケースで統合済みの AWS03817264 を統合先とする、という理解で進めます。
パートナーセントラル経由で作成されたアカウントはメールアドレスだけでは特定できないことが
多いため、次の 2 点を教えてください。

・統合したいアカウントの AWS 候補 ID(AWS から始まる番号。サインイン後、画面右上に表示されます)
・そのアカウントにサインインするときに使っているメールアドレス

よろしくお願いします。

佐藤
AWS トレーニングと認定 カスタマーサービス
""", cte="8bit"),
     what="佐藤 (plain Japanese 〜ください) asks for the candidate ID and sign-in address",
     hard="plain 教えてください; UTF-8 8bit; candidate ID of the destination in the text")

emit("cp", L("unrelated", False, None),
     date="2025-06-20 04:00 +0000", frm=a("connpass", "no-reply@connpass.com"), to=a("", ME_P),
     subject="【JAWS-UG Saigon #14】参加登録が完了しました", style="connpass.com",
     auth=auth_gmail("connpass.com", mailfrom="connpass.com"),
     body=leaf("""西巻 沙也加 さん

以下のイベントへの参加登録が完了しました。

イベント: JAWS-UG Saigon #14 「転職とAWS認定、どうしてる?」
日時: 2025/07/05(土) 14:00 〜 17:00
会場: ホーチミン市 1区 オンライン併用
受付番号: 6129

参加をキャンセルする場合は、イベントページから手続きしてください。
このメールは送信専用です。

connpass
""", cte="quoted-printable"),
     what="connpass event registration (Japanese)",
     hard="topic mentions AWS認定; 〜してください for cancellation")

emit("ph4", L("suspicious", False, None),
     date="2025-06-24 00:33 +0000", frm=a("AWS認定サポート", "support@aws-ninteisupport.jp"), to=a("", ME_P),
     subject="【重要】AWS認定アカウント統合の最終確認(72時間以内にご対応ください)",
     auth=("mx.google.com;\n       dkim=pass header.i=@aws-ninteisupport.jp header.s=default header.b=pP0c1xQe;\n"
           "       spf=pass (google.com: domain of info@aws-ninteisupport.jp designates 45.137.21.9 as permitted sender) smtp.mailfrom=info@aws-ninteisupport.jp;\n"
           "       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=aws-ninteisupport.jp"),
     style="aws-ninteisupport.jp",
     body=leaf("""お客様各位

AWS認定アカウントの統合手続きが完了しておりません。
下記アカウントを統合先として問題ないか、72時間以内にご確認のうえご返信いただけますでしょうか。

  アカウント1: nishimaki.sayaka@gmail.com
  アカウント2: s.nishimaki@hokutosys.com.vn

ご確認いただけない場合、保有する認定資格はすべて失効いたします。
本人確認のため、以下のページよりサインイン情報をご入力ください。
https://aws-ninteisupport.jp/confirm

AWS トレーニングと認定 サポートセンター
""", cs="iso-2022-jp", cte="7bit"),
     what="Japanese phishing from lookalike aws-ninteisupport.jp imitating a keigo confirmation request",
     hard="keigo confirmation wording with アカウント1/2; authentication passes for its own domain")

emit("F3", L("closing_notice", True, F),
     date="2025-06-26 00:15 +0000", frm=FROM_TC, to=TO_P, irt="F2",
     subject="RE:" + F_SUBJ, auth=AUTH_TC_G, extra=ses_ids(),
     body=leaf("""西巻 沙也加 様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサービスでございます。

6月19日にお送りしたご質問について、7日間ご返信を確認できなかったため、
ケース %s をクローズいたしました。

引き続きアカウントの統合をご希望の場合は、本メールにご返信ください。ケースが再開され、
担当者が対応を続けます。新しいケースを作成していただく必要はございません。

Amazon Web Services
""" % F, cs="iso-2022-jp", cte="7bit"),
     what="Japanese notice that the case has just been closed for lack of reply; reply reopens (ISO-2022-JP)",
     hard="already closed (past tense) yet needs reply; reply request phrased conditionally (ご希望の場合は)")

emit("F4", L("user_reply", False, F, [CID_SSO, CID_P]),
     date="2025-06-26 09:12 +0700", frm=TO_P, to=FROM_TC, irt="F3", style="gmail",
     subject="Re: RE:" + F_SUBJ,
     body=leaf("""佐藤様

ご連絡が遅くなり申し訳ありません。出張でメールを確認できておりませんでした。

統合したいアカウントの情報は以下のとおりです。
・AWS 候補 ID: AWS04471830
・サインイン用メールアドレス: s.nishimaki@hokutosys.com.vn(パートナーセントラル経由でサインイン
  していました。このアドレスは 5 月末で使えなくなっています)

統合先は AWS03817264 でお願いします。

西巻

""" + gmail_quote_ja("F3"), cte="quoted-printable"),
     what="owner's Japanese reply reopening the case, with both candidate IDs, Gmail Japanese quote header",
     hard="〜でお願いします in her own text; Japanese reply header 「…:」")

emit("F5", L("case_update", False, F),
     date="2025-06-27 02:30 +0000", frm=FROM_TC, to=TO_P, irt="F4",
     subject="RE:" + F_SUBJ, auth=AUTH_TC_G, extra=ses_ids(),
     body=leaf("""西巻 沙也加 様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサービスの藤沢でございます。

ご返信いただき、誠にありがとうございます。ケース %s を再開し、佐藤より引き継いで
対応させていただきます。

頂戴した候補 ID をもとに、現在パートナーセントラル側の紐付け状況を確認しております。
確認が取れ次第、改めてご連絡申し上げます。

ご不明な点がございましたら、お気軽に本メールへご返信くださいませ。

藤沢 香織
AWS トレーニングと認定 カスタマーサービス
""" % F, cte="base64"),
     what="藤沢 (formal keigo): case reopened, checking Partner Central",
     hard="keigo conditional 〜がございましたら…ご返信くださいませ; base64")

emit("F6", L("on_hold", True, F),
     date="2025-06-28 03:05 +0000", frm=FROM_TC, to=TO_P, irt="F5",
     subject="RE:" + F_SUBJ, auth=AUTH_TC_G, extra=ses_ids(),
     body=leaf("""西巻様

佐藤です。藤沢から状況を共有してもらいました。

AWS04471830 は Hokuto Systems Vietnam の APN パートナー組織に紐付いたままになっているため、
APN チームの確認が終わるまでケースを保留にしています。前回のケースでは退職の確認が取れて
いますが、このアカウントは別扱いになるため、退職済みであることと最終出社日をこのメールへの
返信で書いてください。

佐藤
""", cte="8bit"),
     what="佐藤: case on hold for the APN team, and asks for the leaving date again",
     hard="on_hold with an ask in plain Japanese (書いてください) after the explanation")

emit("F7", L("user_reply", False, F),
     date="2025-06-28 14:03 +0700", frm=TO_P, to=FROM_TC, irt="F6", style="outlook",
     subject="RE: RE:" + F_SUBJ,
     body=leaf("""佐藤様

Hokuto Systems Vietnam は 2025年5月30日付で退職済みです(最終出社日も 5月30日です)。
よろしくお願いいたします。

西巻 沙也加

差出人: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2025年6月28日 10:05
宛先: Sayaka Nishimaki <nishimaki.sayaka@gmail.com>
件名: RE:%s

%s
""" % (F_SUBJ, BODIES["F6"].rstrip("\n")), cte="quoted-printable"), crlf=True,
     what="owner's Japanese answer using Outlook mobile (Japanese header block 差出人/送信日時)",
     hard="Japanese Outlook quote header; quoted request")

emit("qi", L("unrelated", False, None),
     date="2025-06-29 00:00 +0000", frm=a("Qiita", "noreply@qiita.com"), to=a("", ME_P),
     subject="今週のトレンド記事をお届けします", style="qiita.com",
     auth=auth_gmail("qiita.com", mailfrom="qiita.com"),
     body=multi("alternative",
        leaf("""今週 Qiita でよく読まれた記事

1. 【2025年版】AWS 認定を個人アカウントに移す手順とハマりどころ
2. Terraform で AWS Organizations のメンバーアカウントを安全に切り離す
3. Credly のバッジが表示されないときに確認すること

記事を読む: https://qiita.com/trend

配信設定の変更はこちら: https://qiita.com/settings/notifications
""", cte="quoted-printable"),
        leaf("""<html><body><h3>今週 Qiita でよく読まれた記事</h3><ol>
<li>【2025年版】AWS 認定を個人アカウントに移す手順とハマりどころ</li>
<li>Terraform で AWS Organizations のメンバーアカウントを安全に切り離す</li>
<li>Credly のバッジが表示されないときに確認すること</li></ol></body></html>
""", ctype="text/html", cte="quoted-printable")),
     what="Qiita weekly digest (Japanese)",
     hard="article titles about certification merge and Credly")

F8_HTML = html_wrap("""<p>西巻 沙也加 様</p>
<p>いつもお世話になっております。AWS トレーニングと認定 カスタマーサービスの藤沢でございます。</p>
<p>APN チームの確認が完了いたしましたので、統合作業に進ませていただきます。統合に先立ち、対象のアカウントを以下のとおり確認させてくださいませ。</p>
<table cellpadding="6" style="border-collapse:collapse;border:1px solid #aab7b8">
<tr style="background:#f2f3f3"><th style="border:1px solid #aab7b8"></th><th style="border:1px solid #aab7b8">アカウント 1</th><th style="border:1px solid #aab7b8">アカウント 2</th></tr>
<tr><td style="border:1px solid #aab7b8">候補 ID</td><td style="border:1px solid #aab7b8">AWS03817264</td><td style="border:1px solid #aab7b8">AWS04471830</td></tr>
<tr><td style="border:1px solid #aab7b8">ログイン E メール</td><td style="border:1px solid #aab7b8">nishimaki.sayaka@gmail.com</td><td style="border:1px solid #aab7b8">s.nishimaki@hokutosys.com.vn(パートナーセントラル経由)</td></tr>
<tr><td style="border:1px solid #aab7b8">トレーニング通知 E メール</td><td style="border:1px solid #aab7b8">nishimaki.sayaka@gmail.com</td><td style="border:1px solid #aab7b8">s.nishimaki@hokutosys.com.vn</td></tr>
<tr><td style="border:1px solid #aab7b8">認定通知 E メール</td><td style="border:1px solid #aab7b8">nishimaki.sayaka@gmail.com</td><td style="border:1px solid #aab7b8">s.nishimaki@hokutosys.com.vn</td></tr>
</table>
<p>アカウント 2 の試験履歴および認定資格をアカウント 1 へ統合し、統合後はアカウント 2 をご利用いただけなくなります。</p>
<p>上記の内容にお間違いがないか、またアカウント 1 を残す形でよろしいか、ご確認のうえ本メールにご返信いただけますでしょうか。<br>
お手数をおかけいたしますが、何卒よろしくお願い申し上げます。</p>
<p>藤沢 香織<br>AWS トレーニングと認定 カスタマーサービス</p>""", title="AWS トレーニングと認定")
F8_PLAIN = """西巻 沙也加 様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサービスの藤沢でございます。

APN チームの確認が完了いたしましたので、統合作業に進ませていただきます。統合に先立ち、
対象のアカウントを以下のとおり確認させてくださいませ。

アカウント 1: 候補 ID AWS03817264 / ログイン E メール nishimaki.sayaka@gmail.com
アカウント 2: 候補 ID AWS04471830 / ログイン E メール s.nishimaki@hokutosys.com.vn(パートナーセントラル経由)

上記の内容にお間違いがないか、またアカウント 1 を残す形でよろしいか、ご確認のうえ
本メールにご返信いただけますでしょうか。
お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

藤沢 香織
"""

emit("F8", L("confirmation_request", True, F, [CID_P, CID_SSO]),
     date="2025-06-30 07:50 +0000", frm=FROM_TC, to=TO_P, irt="F7",
     subject="RE:" + F_SUBJ, auth=AUTH_TC_G, extra=ses_ids(),
     body=leaf(F8_HTML, ctype="text/html", cte="base64"), plain=F8_PLAIN,
     what="藤沢: keigo confirmation request, HTML-only with an アカウント1/2 table (base64)",
     hard="HTML-only table; 〜いただけますでしょうか + 何卒よろしくお願い申し上げます")

emit("F9", L("user_reply", False, F, [CID_P]),
     date="2025-07-01 10:02 +0700", frm=TO_P, to=FROM_TC, irt="F8", style="gmail",
     subject="Re: RE:" + F_SUBJ,
     body=leaf("""藤沢様

ご確認ありがとうございます。記載の内容で相違ございません。
アカウント 1(AWS03817264)を残す形で統合をお願いいたします。

西巻 沙也加

""" + gmail_quote_ja("F8"), cte="base64"),
     what="owner's keigo confirmation, top-posted over the (text-rendered) request",
     hard="her own text says 統合をお願いいたします; quoted アカウント1/2 lines")

emit("F10", L("resolved", False, F, [CID_SSO, CID_P]),
     date="2025-07-01 08:40 +0000", frm=FROM_TC, to=TO_P, irt="F9",
     subject="RE:" + F_SUBJ, auth=AUTH_TC_G, extra=ses_ids(),
     body=leaf("""西巻 沙也加 様

いつもお世話になっております。藤沢でございます。

アカウント 2(AWS04471830)をアカウント 1(AWS03817264)へ統合する作業が完了いたしました。
試験履歴および認定資格は、アカウント 1 にてご確認いただけます。
本件につきまして、お客様にご対応いただく事項はございません。

その他ご不明な点がございましたら、本メールにご返信いただけましたら幸いです。

このたびはお手数をおかけいたしました。今後ともよろしくお願い申し上げます。

藤沢 香織
AWS トレーニングと認定 カスタマーサービス

""" + gmail_quote_ja("F9", tz=9), cs="iso-2022-jp", cte="7bit"),
     what="藤沢: merge completed (keigo), with the confirmation request quoted underneath",
     hard="'ご返信いただけましたら幸いです' conditional; quoted 〜いただけますでしょうか")

emit("F11", L("survey", False, F),
     date="2025-07-02 01:00 +0000", frm=a(TC_NAME, "aws-tc-survey@amazon.com"), to=a("", ME_P),
     subject="【アンケートのお願い】ケース %s のサポートはいかがでしたか" % F,
     auth=auth_gmail("amazon.com", mailfrom="0100019f.bounces.amazonses.com"), extra=ses_ids(),
     body=leaf("""西巻 沙也加 様

先日は AWS トレーニングと認定 カスタマーサービスをご利用いただき、ありがとうございました。
(ケース ID: %s)

今後のサービス向上のため、アンケートへのご協力をお願いいたします。所要時間は 1 分程度です。
https://survey.aws.training/ja/r/%s

本メールは送信専用アドレスからお送りしています。ご返信いただいてもお答えいたしかねます。

AWS トレーニングと認定
""" % (F, F), cte="quoted-printable"),
     what="Japanese survey for case F",
     hard="〜ご協力をお願いいたします; case number present")


# ====================================================================== tail
emit("bill2", L("unrelated", False, None),
     date="2025-07-03 08:09 +0000", frm=FROM_CONSOLE, to=a("", ME_P),
     subject="Amazon Web Services Billing Statement Available [Account: %s]" % ACCT_P,
     auth=auth_gmail("amazon.com", mailfrom="0100019b.bounces.amazonses.com"), extra=ses_ids(),
     body=leaf("""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your
account will be charged the following:

Total: $4.87

This is the first statement for this account as a standalone account (previously billed through
organization %s).

Sincerely,
Amazon Web Services

AWS ID %s
""" % (ORG_MGMT, ACCT_P), cte="7bit"), crlf=True,
     what="billing statement after leaving the organization",
     hard="two 12-digit IDs; same sender as console case")

emit("kh", L("unrelated", False, None),
     date="2025-07-05 02:14 +0000", frm=a("くもホスティング サポート", "support@kumo-hosting.jp"), to=a("", ME_P),
     subject="[#583920] お問い合わせはクローズされました", style="kumo-hosting.zendesk.com",
     auth=auth_gmail("kumo-hosting.jp", mailfrom="kumo-hosting.zendesk.com"),
     body=leaf("""西巻 沙也加 様

お問い合わせ #583920「独自ドメインのメール転送設定について」は、5 日間ご返信がなかったため
クローズされました。

引き続きサポートが必要な場合は、このメールにご返信いただくとリクエストが再オープンされます。

くもホスティング カスタマーサポート
--------------------------------
このメールは Zendesk から送信されています。
""", cte="8bit"),
     what="another vendor's Zendesk ticket closed for lack of reply (Japanese)",
     hard="closing-notice wording in Japanese ('ご返信いただくと再オープン'), but not AWS")

emit("cm5", L("certification", False, None, [CID_P]),
     date="2025-07-08 14:00 +0000", frm=a("AWS Certification", "do-not-reply@certmetrics.com"), to=a("", ME_P),
     subject="A new benefit is available in your AWS Certification Account",
     auth=auth_gmail("certmetrics.com", mailfrom="certmetrics.com"), style="certmetrics.com",
     body=leaf("""Hello Sayaka,

A new benefit has been added to your AWS Certification Account (AWS03817264):

  * Practice exam voucher - AWS Certified Solutions Architect - Professional

Sign in to your account and open Benefits to view and use it. Benefits expire; check the date
shown next to each one.

AWS Certification
This email was sent from an unmonitored address.
""", cte="7bit"),
     what="certmetrics benefit notice",
     hard="voucher / benefits vocabulary like the reopened case; 'Sign in ... to view'")

emit("ph5", L("suspicious", False, None),
     date="2025-07-09 18:22 +0000", frm=a("AWS Certification", "do-not-reply@certmetrics-aws.com"), to=a("", ME_P),
     subject="Your AWS Certification will be revoked - case 4419920017",
     auth=("mx.google.com;\n       dkim=pass header.i=@certmetrics-aws.com header.s=k1 header.b=Ab9+Qr2x;\n"
           "       spf=pass (google.com: domain of bounce@certmetrics-aws.com designates 5.181.80.77 as permitted sender) smtp.mailfrom=bounce@certmetrics-aws.com;\n"
           "       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=certmetrics-aws.com"),
     style="certmetrics-aws.com",
     body=leaf("""Dear candidate,

We opened case 4419920017 because your recently merged AWS Certification Account failed our
integrity review. Unless you confirm your identity by replying with a photo of your passport, your
certifications will be revoked on 12 July 2025.

Could you let us know by return email which exams you took from home?

AWS Certification Integrity Team
""", cte="7bit"),
     what="lookalike certmetrics-aws.com phishing with a fake case number and a polite question",
     hard="'We opened case N', 'Could you let us know' - request and case wording from a lookalike domain")

emit("rp", L("unrelated", False, None),
     date="2025-07-10 05:31 +0000", frm=a("AWS re:Post", "no-reply@repost.aws"), to=a("", ME_P),
     subject="Your question received an answer: Merging certification accounts created via Partner Central",
     auth=auth_gmail("repost.aws", mailfrom="mail.repost.aws"), style="repost.aws",
     body=leaf("""Hi Sayaka,

Your question "Merging certification accounts created via Partner Central" received a new answer
from an AWS expert:

  "You need to contact AWS Training and Certification through the contact form and choose
   Account Merge. Support will confirm which account to keep; reply to their email to confirm."

Was this answer helpful? Accept it: https://repost.aws/questions/QU8xk2pL1/accept

You are receiving this because you follow this question.
AWS re:Post
""", cte="7bit"),
     what="AWS re:Post answer notification about merging",
     hard="quoted advice 'reply to their email to confirm'; 'Was this answer helpful?'")

emit("sb2", L("unrelated", False, None),
     date="2025-07-12 03:00 +0000", frm=a("AWS Skill Builder", "no-reply@aws.training"), to=a("", ME_P),
     subject="Your AWS Skill Builder subscription receipt",
     auth=auth_gmail("aws.training", mailfrom="mail.aws.training"), style="aws.training",
     body=multi("alternative",
        leaf("""Thank you for your purchase.

Order number: 112-4830917-5520146
Subscription: AWS Skill Builder Individual (monthly)
Amount: USD 29.00
Billing period: 12 July 2025 - 11 August 2025

Manage your subscription: https://skillbuilder.aws/subscriptions
""", cte="7bit"),
        leaf("""<html><body><p>Thank you for your purchase.</p><table cellpadding="4">
<tr><td>Order number</td><td>112-4830917-5520146</td></tr><tr><td>Subscription</td><td>AWS Skill Builder Individual (monthly)</td></tr>
<tr><td>Amount</td><td>USD 29.00</td></tr></table></body></html>
""", ctype="text/html", cte="7bit")),
     what="Skill Builder subscription receipt",
     hard="order number with digit groups; from aws.training")


# ====================================================================== index + README
def write_readme():
    from collections import Counter
    kinds = Counter(r[2]["kind"] for r in RECORDS)
    nr = sum(1 for r in RECORDS if r[2]["needs_reply"])
    lines = ["me: %s %s" % (ME_P, ME_C), "",
             "# blind-19 - held-out corpus", "",
             "Mailbox owner: **Sayaka Nishimaki** (西巻 沙也加), a Japanese cloud engineer living in Ho Chi Minh City, Vietnam.",
             "Old employer: Hokuto Systems Vietnam Co., Ltd. (an AWS Partner Network company); last working day 30 May 2025,",
             "company mailbox disabled 31 May 2025 (no company-address mail after that date).",
             "",
             "- personal address: `%s` (Gmail; Authentication-Results from mx.google.com)" % ME_P,
             "- company address: `%s` (Microsoft 365; Authentication-Results in M365 format)" % ME_C,
             "",
             "Written blind: only PROMPT.md, DOMAIN.md, the seed write-ups and BLIND-CORPUS.md were read.",
             "Regenerate with `python3 gen.py` (standard library only).",
             "",
             "## Cases", "",
             "| case | digits | channel | story |", "|---|---|---|---|",
             "| %s | 11 | T&C form, company address, 2023 | two profiles under the same company email; ack -> info request (candidate IDs) -> reply -> confirmation request -> reply -> combined (8 days later) |" % D,
             "| %s | 15 | T&C form, personal address | main merge company -> personal; ack -> APN hold with ask -> reply from the wrong (company) address -> 'write from the contact address' -> reply -> hold waiting on partner admin -> update -> ask about a booked exam -> reply -> confirmation request -> closing notice -> reply -> merged; reopened in June by a reply threaded only by In-Reply-To (voucher missing) -> update -> questions -> reply with screenshot -> resolved |" % A,
             "| %s | 15 | T&C form (Japanese form), company address | duplicate submission 40 minutes after %s; Japanese ack, then closed as a duplicate |" % (B, A),
             "| %s | 10 | AWS Support Center (console) | leaving the company's AWS Organization; New Support case -> question to answer in the Support Center -> (her emailed answer bounces) -> auto-resolve warning -> update -> resolved -> survey |" % C,
             "| %s | 15 | T&C form, Japanese agents | third profile created via Partner Central SSO; ack -> info request (plain ください) -> closed for no reply -> her reply reopens -> update -> on hold with an ask -> reply -> keigo confirmation request (HTML table) -> reply -> merged -> survey |" % F,
             "",
             "Support voices: Priya R. (bullet lists), Darnell (everything in one long paragraph), Marek (top-posts over the whole",
             "history), Mohan K. (non-native English: 'Kindly confirm us', 'revert back'), Sven (terse, no please), Tomas (plain),",
             "藤沢 香織 (formal keigo), 佐藤 (plain 〜ください), Hyun-woo C. (Support Center console).",
             "Templates: T&C form plain (Sincerely / Customer Service), T&C HTML template (dark header bar, case-details table),",
             "Support Center console template (displayId link, 'cannot accept incoming e-mails', feedback footer), Japanese form",
             "template; other vendors: Salesforce (ref:_00D…:ref), Zendesk, ServiceDesk Plus.",
             "",
             "Not case numbers on purpose: 12-digit AWS account IDs (%s, %s), Pearson VUE registrations (482917305, 318552907)," % (ACCT_P, ORG_MGMT),
             "one-time codes (604318, 271946), Credly badge UUIDs, an Orbitdesk case 03847122, a GitHub event id, a fake",
             "'case 4419920017' in phishing, and the spoofed 'CASE 174781556200219' in a dmarc=fail mail (labelled case null).",
             "",
             "## Counts", "",
             "messages: %d; needs_reply true: %d" % (len(RECORDS), nr), ""]
    for k in ["acknowledgement", "confirmation_request", "info_request", "on_hold", "closing_notice", "resolved",
              "survey", "badge", "certification", "user_reply", "case_update", "suspicious", "unrelated"]:
        lines.append("- %s: %d" % (k, kinds[k]))
    lines += ["", "## Messages", "",
              "| file | kind | reply | case | what it is | what makes it hard |", "|---|---|---|---|---|---|"]
    for (n, slug, lab), (_, _, what, hard) in zip(RECORDS, NOTES):
        lines.append("| %s | %s | %s | %s | %s | %s |" % (slug, lab["kind"], "yes" if lab["needs_reply"] else "no",
                                                       lab["case"] or "-", what.replace("|", "/"), hard.replace("|", "/")))
    lines += ["", "## Judgement calls", "",
              "- The duplicate case %s closed by support as a duplicate is labelled `resolved` (closed, nothing left to do), not `closing_notice` (not closed for lack of reply)." % B,
              "- The manager's forward of the APN Partner Central mail (mentions case %s) is `unrelated` with case null: written neither by support nor by the owner." % A,
              "- The dmarc=fail spoof uses the real support address and a case-style subject with a number that is not one of her cases; labelled `suspicious`, case null.",
              "- The Japanese closing notice of case %s says the case *has been* closed; a reply reopens it, so it needs a reply." % F,
              "- Case-%s on_hold (Marek, 23 May) asks nothing: needs_reply false; case-%s on_hold (佐藤) asks for the leaving date: true." % (A, F),
              "- candidate_ids are listed only from each mail's own text (quoted history ignored); the HTML-only mails count their table cells.",
              "- The closing notice of case %s repeats the earlier confirmation request under '--- Our previous message ---' (no '>' markers); that block is treated as quoted history, so its candidate IDs are not listed." % A,
              ""]
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


if __name__ == "__main__":
    write_readme()
    print("wrote %d messages to %s" % (len(RECORDS), OUT))
