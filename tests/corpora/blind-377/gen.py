#!/usr/bin/env python3
"""Generate the blind corpus: NNN-msg.eml + NNN-msg.json, in mailbox arrival order.

Standard library only. Run from anywhere: files are written next to this script.
"""
import base64
import collections
import datetime as dt
import hashlib
import json
import os
import quopri
import email.utils
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))

ME_NAME = "Daisuke Morikawa"
ME_P = "dmorikawa.tokyo@gmail.com"          # personal (kept) address
ME_C = "d-morikawa@ryokucloud.co.jp"        # company address (APN partner employer)
ME_NEW = "morikawa@hoshizora-lab.jp"        # new employer, only appears once

TC_FORM = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"

CID_OLD = "AWS07731942"     # company certification account
CID_DUP = "AWS09154203"     # accidental second account (2023, same e-mail)
CID_NEW = "AWS11820476"     # personal certification account (kept)

CASE_S = "13958406271"       # 2023 duplicate-account merge (same address)
CASE_P = "174981962200318"   # 2025 company -> personal merge (APN hold)
CASE_Q = "174990455100562"   # 2025 duplicate form of P
CASE_R = "175100226400917"   # 2025 console case: exam voucher benefit
CASE_W = "175200713400286"   # 2025 Japanese case: exam result not shown

JST = dt.timezone(dt.timedelta(hours=9))
UTC = dt.timezone.utc
PDT = dt.timezone(dt.timedelta(hours=-7))

MESSAGES = []   # (raw bytes, label dict)
MIDS = {}       # name -> Message-ID


# ---------------------------------------------------------------- helpers
def when(y, mo, d, h, mi, tz=UTC, s=0):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=tz)


def hx(seed, n=16):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def mid_ses(seed):
    h = hashlib.sha1(seed.encode()).hexdigest()
    return "<0106019%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
        h[:9], h[9:17], h[17:21], h[21:25], h[25:37])


def mid_gmail(seed):
    h = hashlib.sha256(seed.encode()).digest()
    tok = base64.urlsafe_b64encode(h).decode().rstrip("=").replace("-", "x").replace("_", "Q")
    return "<CA%s%s@mail.gmail.com>" % (tok[:28], tok[28:40].upper())


def mid_outlook(seed):
    h = hashlib.sha1(seed.encode()).hexdigest().upper()
    return "<TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>" % (h[:4], h[4:24], h[24:28])


def mid_other(seed, domain):
    return "<%s.%s@%s>" % (hx(seed, 12), hx(seed + "x", 8), domain)


def addr(name, address, charset="utf-8"):
    if not name:
        return address
    try:
        name.encode("ascii")
        return email.utils.formataddr((name, address))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), address)


def subj(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset, header_name="Subject").encode()


def leaf(text, subtype="plain", charset="utf-8", cte="quoted-printable", extra=None):
    """A single text part: (header lines, body bytes)."""
    data = text.encode(charset)
    if cte == "quoted-printable":
        body = quopri.encodestring(data)
    elif cte == "base64":
        body = base64.encodebytes(data)
    elif cte == "7bit":
        data.decode("ascii")
        body = data
    else:  # 8bit
        body = data
    if not body.endswith(b"\n"):
        body += b"\n"
    hdrs = ['Content-Type: text/%s; charset="%s"' % (subtype, charset),
            "Content-Transfer-Encoding: %s" % cte]
    if extra:
        hdrs += extra
    return (hdrs, body)


def raw_part(content_type, body_bytes, extra=None):
    hdrs = ["Content-Type: %s" % content_type]
    if extra:
        hdrs += extra
    if not body_bytes.endswith(b"\n"):
        body_bytes += b"\n"
    return (hdrs, body_bytes)


def render(part):
    hdrs, body = part
    return ("\n".join(hdrs)).encode("ascii") + b"\n\n" + body


def multi(subtype, parts, seed, extra_ct=""):
    b = "----=_Part_%s_%s" % (hx(seed, 6), hx(seed + subtype, 10))
    if subtype.startswith("Apple") or "gmail" in seed:
        b = "000000000000%s" % hx(seed, 16)
    out = b"This is a multi-part message in MIME format.\n\n" if "ooo" in seed else b""
    for p in parts:
        out += ("--%s\n" % b).encode() + render(p) + b"\n"
    out += ("--%s--\n" % b).encode()
    return (['Content-Type: multipart/%s; boundary="%s"%s' % (subtype, b, extra_ct)], out)


def auth_gmail(from_dom, ip, mailfrom, dkim="pass", spf="pass", dmarc="pass",
               policy="QUARANTINE", dkim_dom=None, selector="s1"):
    dkim_dom = dkim_dom or from_dom
    lines = ["mx.google.com;"]
    if dkim:
        lines.append("       dkim=%s header.i=@%s header.s=%s header.b=%s;" %
                     (dkim, dkim_dom, selector, hx(mailfrom + ip, 8)))
    lines.append("       spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s;" %
                 (spf, mailfrom, "designates" if spf == "pass" else "does not designate", ip, mailfrom))
    lines.append("       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" %
                 (dmarc, policy, policy, "NONE" if dmarc == "pass" else policy, from_dom))
    return ("Authentication-Results", "\n".join(lines))


def auth_o365(from_dom, ip, mailfrom_dom, dkim="pass", spf="pass", dmarc="pass"):
    v = ("spf=%s (sender IP is %s) smtp.mailfrom=%s; dkim=%s (signature was verified)\n"
         " header.d=%s;dmarc=%s action=none header.from=%s;compauth=%s reason=%s") % (
        spf, ip, mailfrom_dom, dkim, from_dom, dmarc, from_dom,
        "pass" if dmarc == "pass" else "fail", "100" if dmarc == "pass" else "000")
    return ("Authentication-Results", v)


def recv(frm_host, ip, by, date, to):
    return ("Received", "from %s (%s [%s])\n        by %s with ESMTPS id %s\n        for <%s>; %s" % (
        frm_host, frm_host, ip, by, hx(frm_host + str(date), 12), to,
        email.utils.format_datetime(date)))


def message(date, frm, to, subject, body, mid, cc=None, irt=None, refs=None,
            pre=None, post=None, crlf=False, reply_to=None):
    """Assemble a full RFC 5322 message. pre: trace headers (Received, Auth-Results)."""
    h = []
    for k, v in (pre or []):
        h.append("%s: %s" % (k, v))
    h.append("Date: %s" % email.utils.format_datetime(date))
    h.append("From: %s" % frm)
    if reply_to:
        h.append("Reply-To: %s" % reply_to)
    h.append("To: %s" % to)
    if cc:
        h.append("Cc: %s" % cc)
    h.append("Message-ID: %s" % mid)
    if irt:
        h.append("In-Reply-To: %s" % irt)
    if refs:
        h.append("References: %s" % "\n ".join(refs.split()))
    h.append("Subject: %s" % subject)
    for k, v in (post or []):
        h.append("%s: %s" % (k, v))
    h.append("MIME-Version: 1.0")
    ph, pb = body
    raw = ("\n".join(h + ph)).encode("ascii") + b"\n\n" + pb
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


def add(raw, kind, needs_reply, case=None, cands=(), name=None, mid=None):
    MESSAGES.append((raw, {"kind": kind, "needs_reply": needs_reply,
                           "case": case, "candidate_ids": list(cands)}))
    if name and mid:
        MIDS[name] = mid


def ses_in_gmail(date, seed, to=ME_P):
    """Trace headers for an amazon.com mail sent through SES, received by Gmail."""
    ip = "54.240.%d.%d" % (int(hx(seed, 2), 16) % 50, int(hx(seed + "i", 2), 16) % 250 + 2)
    mf = "0106019%s@email.amazonses.com" % hx(seed, 20)
    return [("Delivered-To", to),
            recv("a%s.smtp-out.amazonses.com" % ip.split(".")[-1], ip, "mx.google.com",
                 date + dt.timedelta(seconds=3), to),
            auth_gmail("amazon.com", ip, mf, dkim_dom="amazon.com",
                       selector="rd3ljxfl7hlsbipsv2wkkhgd3cq4wgmj")]


def ses_in_o365(date, seed, to=ME_C):
    ip = "54.240.%d.%d" % (int(hx(seed, 2), 16) % 50, int(hx(seed + "i", 2), 16) % 250 + 2)
    return [recv("a%s.smtp-out.amazonses.com" % ip.split(".")[-1], ip,
                 "OS0P286CA0112.mail.protection.outlook.com", date + dt.timedelta(seconds=5), to),
            auth_o365("amazon.com", ip, "amazonses.com")]


def tc_sig(agent, team="AWS Training and Certification Customer Service"):
    return "%s\n%s\n" % (agent, team)


# ====================================================================== 2023
def m001():
    d = when(2023, 9, 4, 2, 17)
    text = """Dear Daisuke Morikawa,

Thank you for scheduling your exam with Pearson VUE. Please keep this
e-mail for your records.

Exam:              SAA-C03: AWS Certified Solutions Architect - Associate
Registration ID:   482019375
Date and time:     Monday, September 11, 2023, 10:00 AM JST
Location:          Pearson Professional Centers - Tokyo Shinjuku
Language:          Japanese

Arrive at least 15 minutes early and bring two forms of identification.
The name on your identification must match the name in your profile.

To reschedule or cancel, sign in to your Pearson VUE account at least
24 hours before your appointment.

Pearson VUE Customer Service
"""
    html = """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear Daisuke Morikawa,</p>
<p>Thank you for scheduling your exam with Pearson VUE. Please keep this e-mail for your records.</p>
<table border="0" cellpadding="4">
<tr><td><b>Exam</b></td><td>SAA-C03: AWS Certified Solutions Architect - Associate</td></tr>
<tr><td><b>Registration ID</b></td><td>482019375</td></tr>
<tr><td><b>Date and time</b></td><td>Monday, September 11, 2023, 10:00 AM JST</td></tr>
<tr><td><b>Location</b></td><td>Pearson Professional Centers - Tokyo Shinjuku</td></tr>
</table>
<p>Arrive at least 15 minutes early and bring two forms of identification.</p>
<p>Pearson VUE Customer Service</p></body></html>"""
    body = multi("alternative", [leaf(text), leaf(html, "html")], "m001")
    mid = mid_other("m001", "pearson.com")
    raw = message(d, addr("Pearson VUE", "pearsonvueconfirmation@pearson.com"), ME_C,
                  "Appointment Confirmation: SAA-C03 AWS Certified Solutions Architect - Associate",
                  body, mid, pre=[recv("mail-bn8nam12.outbound.protection.outlook.com", "40.107.237.52",
                                        "OS0P286CA0112.mail.protection.outlook.com", d, ME_C),
                                   auth_o365("pearson.com", "40.107.237.52", "pearson.com")])
    add(raw, "unrelated", False)


def m002():
    d = when(2023, 9, 12, 6, 3)
    text = """Hello Daisuke Morikawa,

Congratulations! You have passed the AWS Certified Solutions Architect -
Associate exam and are now AWS Certified.

Candidate ID: AWS07731942
Validation number: 7XQ2MB4LK1E4Q9C1
Certification date: September 11, 2023
Expiration date: September 11, 2026

Your digital certificate is available in your AWS Certification Account.
You will also receive an e-mail from Credly with instructions to accept
your digital badge.

Keep up the great work,
AWS Training and Certification
"""
    body = leaf(text, cte="7bit", charset="us-ascii")
    mid = mid_other("m002", "certmetrics.com")
    raw = message(d, addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
                  "Congratulations - you're now AWS Certified!", body, mid,
                  pre=[recv("smtp2.certmetrics.com", "198.61.254.31",
                            "OS0P286CA0112.mail.protection.outlook.com", d, ME_C),
                       auth_o365("certmetrics.com", "198.61.254.31", "certmetrics.com")])
    add(raw, "certification", False, None, [CID_OLD])


def m003():
    d = when(2023, 9, 13, 1, 40)
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f4f4f4">
<table width="600" align="center" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="padding:24px"><img src="https://images.credly.com/size/110x110/images/0e284c3f/image.png" alt="badge" width="110"></td></tr>
<tr><td style="padding:0 24px"><h2>Daisuke, you've earned a new badge!</h2>
<p>Amazon Web Services Training and Certification has issued you the
<b>AWS Certified Solutions Architect &ndash; Associate</b> badge.</p>
<p>Accept your badge to share it on LinkedIn, add it to your e-mail signature
or download a certificate.</p>
<p><a href="https://www.credly.com/earner/earned/badge/5b0e8c6e-9d3f-4c11-a7f2-3e61d0c9ab42"
style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">Accept your badge</a></p>
<p style="color:#777;font-size:11px">You received this e-mail because an issuer awarded you a badge on Credly.
Credly, 3rd floor, New York, NY.</p></td></tr></table></body></html>"""
    body = leaf(html, "html", cte="base64")
    mid = mid_other("m003", "credly.com")
    raw = message(d, addr("Credly", "admin@credly.com"), ME_C,
                  "Daisuke, you've been awarded a badge by Amazon Web Services Training and Certification",
                  body, mid, pre=[auth_o365("credly.com", "149.72.161.58", "sendgrid.net")])
    add(raw, "badge", False)


def m004():
    d = when(2023, 9, 20, 8, 51)
    text = """森川 大輔 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
お問い合わせをケース番号 13958406271 として受け付けました。

担当者から通常 24 時間以内にご連絡を差し上げます。内容によっては、確認に
お時間を頂く場合もございますので、あらかじめご了承ください。
同じ内容のお問い合わせを重ねて送信されますと、確認の順番が後ろになる
ことがございます。追加の情報は、このメールへの返信でお送りください。

■ 受付内容
お問い合わせタイプ: 認定
その他の詳細: アカウントの統合
お問い合わせ内容:
同じメールアドレス (d-morikawa@ryokucloud.co.jp) で AWS 認定アカウントが
2 つできてしまっています。普段使っているのは AWS07731942 で、
AWS09154203 はパートナーセントラルから誤って作成したものです。
普段使っている方にまとめていただけますでしょうか。

今後ともよろしくお願いいたします。
AWS トレーニングと認定 カスタマーサービス
"""
    body = leaf(text, charset="iso-2022-jp", cte="7bit")
    mid = mid_ses("m004")
    MIDS["S_ack"] = mid
    raw = message(d, addr("AWS Training and Certification", TC_FORM), ME_C,
                  subj("[CASE 13958406271] AWS トレーニングと認定 お問い合わせ受付のお知らせ", "iso-2022-jp"),
                  body, mid, pre=ses_in_o365(d, "m004"))
    add(raw, "acknowledgement", False, CASE_S, [CID_OLD, CID_DUP])


S_SUBJ = "RE:[CASE 13958406271] [AWS Training and Certification Form Submission] - account-assistance"

S_REQ_TEXT = """Hello Daisuke,

Thank you for your patience while I looked into this.

I located the two certification profiles you described. Both of them are
registered under the same e-mail address, which is also the reason your
Credly wallet stopped receiving new achievements:

   Profile A - candidate ID AWS07731942
      Sign-in method: AWS Builder ID (d-morikawa@ryokucloud.co.jp)
      Exams on record: 3
   Profile B - candidate ID AWS09154203
      Sign-in method: AWS Partner Central single sign-on (d-morikawa@ryokucloud.co.jp)
      Exams on record: 0

After a merge, Profile B is deactivated and anything attached to it moves
to Profile A. The change cannot be reversed.

Do both profiles belong to you, and shall I go ahead and fold Profile B
into Profile A?

Kind regards,
Marisol V.
AWS Training and Certification Customer Service
"""


def m005():
    d = when(2023, 9, 21, 14, 42)
    body = leaf(S_REQ_TEXT, cte="quoted-printable")
    mid = mid_ses("m005")
    MIDS["S_req"] = mid
    raw = message(d, addr("AWS Training and Certification", TC_FORM), ME_C, S_SUBJ, body, mid,
                  irt=MIDS["S_ack"], refs=MIDS["S_ack"], pre=ses_in_o365(d, "m005"), crlf=True)
    add(raw, "confirmation_request", True, CASE_S, [CID_OLD, CID_DUP])


def m006():
    d = when(2023, 9, 26, 0, 5)
    text = """Hello,

We are writing about case 13958406271. We have not yet received an answer
to our last message about your AWS Certification accounts.

The case will stay open for three more business days. After that it will
be closed automatically. A reply before then keeps it open, and a reply
after closure reopens it.

Regards,
AWS Training and Certification
"""
    body = leaf(text, charset="us-ascii", cte="7bit")
    mid = mid_ses("m006")
    MIDS["S_close"] = mid
    raw = message(d, addr("AWS Training and Certification", TC_FORM), ME_C,
                  "RE: [CASE 13958406271] [AWS Training and Certification Form Submission] - account-assistance",
                  body, mid, irt=MIDS["S_req"], refs=MIDS["S_ack"] + " " + MIDS["S_req"],
                  pre=ses_in_o365(d, "m006"))
    add(raw, "closing_notice", True, CASE_S)


def m007():
    d = when(2023, 9, 26, 18, 33, JST)
    quoted = "\n".join(S_REQ_TEXT.splitlines())
    text = """Hi Marisol,

Sorry for the slow reply - I was on site at a customer all last week.

Yes, both profiles are mine. Please merge AWS09154203 into AWS07731942 and
keep that one as the remaining profile.

Best regards,
Daisuke Morikawa
Ryoku Cloud K.K. | Cloud Integration Dept.

-----Original Message-----
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, September 21, 2023 11:42 PM
To: 森川 大輔 <d-morikawa@ryokucloud.co.jp>
Subject: %s

%s
""" % (S_SUBJ, quoted)
    html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>" + \
        "".join("<p class=\"MsoNormal\">%s</p>\n" % (l.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") or "&nbsp;")
                for l in text.splitlines()) + "</body></html>"
    body = multi("alternative", [leaf(text, cte="base64"), leaf(html, "html", cte="quoted-printable")], "m007")
    mid = mid_outlook("m007")
    MIDS["S_rep"] = mid
    raw = message(d, addr("森川 大輔", ME_C), addr("AWS Training and Certification", TC_FORM),
                  "RE: " + S_SUBJ, body, mid, irt=MIDS["S_req"],
                  refs=" ".join([MIDS["S_ack"], MIDS["S_req"]]),
                  post=[("Thread-Topic", S_SUBJ), ("X-MS-Has-Attach", ""), ("Content-Language", "ja-JP")],
                  crlf=True)
    add(raw, "user_reply", False, CASE_S, [CID_DUP, CID_OLD])


def m008():
    d = when(2023, 9, 27, 3, 12)
    quoted = "\n".join("> " + l if l else ">" for l in S_REQ_TEXT.splitlines())
    text = """Hello Daisuke,

Thanks for confirming. Profile B has been merged into AWS07731942 and is
now deactivated. Your exam history and certification remain where they
were, and Credly should pick up new badges within 48 hours.

No further action is required on your part. If anything looks wrong, just
answer this e-mail and it will come back to me.

Kind regards,
Marisol V.
AWS Training and Certification Customer Service

On Thu, Sep 21, 2023 at 14:42 UTC, AWS Training and Certification wrote:
%s
""" % quoted
    body = leaf(text)
    mid = mid_ses("m008")
    raw = message(d, addr("AWS Training and Certification", TC_FORM), ME_C, S_SUBJ, body, mid,
                  irt=MIDS["S_rep"], refs=" ".join([MIDS["S_ack"], MIDS["S_req"], MIDS["S_rep"]]),
                  pre=ses_in_o365(d, "m008"))
    add(raw, "resolved", False, CASE_S, [CID_OLD])


def m009():
    d = when(2023, 9, 28, 9, 30)
    html = """<html><body style="font-family:Arial,sans-serif">
<p>Hello,</p>
<p>Your recent case <b>13958406271</b> with AWS Training and Certification Customer Service has been resolved.
We would like to know how we did.</p>
<p>How satisfied were you with the help you received?</p>
<table cellpadding="6"><tr>
<td><a href="https://survey.aws.training/s/cs?c=13958406271&amp;r=1">1</a></td>
<td><a href="https://survey.aws.training/s/cs?c=13958406271&amp;r=2">2</a></td>
<td><a href="https://survey.aws.training/s/cs?c=13958406271&amp;r=3">3</a></td>
<td><a href="https://survey.aws.training/s/cs?c=13958406271&amp;r=4">4</a></td>
<td><a href="https://survey.aws.training/s/cs?c=13958406271&amp;r=5">5</a></td></tr></table>
<p>The survey takes about two minutes. Your answers help us improve.</p>
<p style="font-size:11px;color:#666">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109.</p>
</body></html>"""
    body = leaf(html, "html")
    mid = mid_ses("m009")
    raw = message(d, addr("AWS Training and Certification", "aws-tc-feedback@amazon.com"), ME_C,
                  "How did we do? Feedback on your case 13958406271", body, mid,
                  pre=ses_in_o365(d, "m009"))
    add(raw, "survey", False, CASE_S)


# ====================================================================== 2024
def m010():
    d = when(2024, 2, 3, 9, 2)
    text = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the
AWS web site. Your account will be charged the following:

Total: USD 14.62

You can see a complete break down of all charges on the Billing & Cost
Management page located at https://console.aws.amazon.com/billing/home#/bill

[AWS ID 305718462290]

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc.,
410 Terry Ave. North, Seattle, WA 98109-5210
"""
    body = leaf(text, charset="us-ascii", cte="7bit")
    mid = mid_ses("m010")
    raw = message(d, addr("Amazon Web Services", CONSOLE), ME_P,
                  "Amazon Web Services Billing Statement Available [Account: 305718462290]",
                  body, mid, pre=ses_in_gmail(d, "m010"))
    add(raw, "unrelated", False)


def m011():
    d = when(2024, 3, 15, 4, 48)
    text = """AWS Skill Builder

Thanks for your purchase!

Order number:      SB-8820-4417-3391
Plan:              AWS Skill Builder Individual - monthly
Billing period:    Mar 15, 2024 - Apr 14, 2024
Amount charged:    USD 29.00 (Visa ending 4417)

Your subscription renews automatically each month. You can cancel at any
time from Subscription settings in AWS Skill Builder.

This is an automated message. Please do not reply.
"""
    html = """<html><body><h3>AWS Skill Builder</h3><p>Thanks for your purchase!</p>
<table cellpadding="4" style="border-collapse:collapse">
<tr><td>Order number</td><td>SB-8820-4417-3391</td></tr>
<tr><td>Plan</td><td>AWS Skill Builder Individual - monthly</td></tr>
<tr><td>Billing period</td><td>Mar 15, 2024 - Apr 14, 2024</td></tr>
<tr><td>Amount charged</td><td>USD 29.00 (Visa ending 4417)</td></tr></table>
<p>This is an automated message. Please do not reply.</p></body></html>"""
    body = multi("alternative", [leaf(text, cte="7bit", charset="us-ascii"), leaf(html, "html")], "m011")
    mid = mid_ses("m011")
    raw = message(d, addr("AWS Skill Builder", "no-reply@aws.training"), ME_P,
                  "Your AWS Skill Builder receipt (order SB-8820-4417-3391)", body, mid,
                  pre=[("Delivered-To", ME_P),
                       auth_gmail("aws.training", "54.240.27.19", "bounce@aws.training")])
    add(raw, "unrelated", False)


def m012():
    d = when(2024, 5, 20, 16, 0)
    html = """<html><body style="font-family:'Amazon Ember',Arial,sans-serif;font-size:14px">
<p>Hi Daisuke,</p>
<p>As an AWS Certified professional, your opinion shapes the future of our exams.
We are gathering input on how you prepare for certification and how you use it at work.</p>
<p>Would you spare about ten minutes to answer a short questionnaire? The window closes on June 7, 2024.</p>
<p><a href="https://www.certmetrics.com/amazon/survey/2024-program">Share your thoughts</a></p>
<p>Responses are anonymous and are not linked to your exam results.</p>
<p>Thank you,<br>AWS Certification</p>
<p style="font-size:11px;color:#888">You are receiving this because you hold an active AWS Certification.
Manage e-mail preferences in your AWS Certification Account.</p></body></html>"""
    body = leaf(html, "html", cte="quoted-printable")
    mid = mid_other("m012", "certmetrics.com")
    raw = message(d, addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
                  "Help shape AWS Certification - share your opinion", body, mid,
                  pre=[auth_o365("certmetrics.com", "198.61.254.31", "certmetrics.com")])
    add(raw, "certification", False)


def m013():
    d = when(2024, 6, 4, 7, 22)
    text = """Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/ryokucloud/tf-modules/pull/482#event-13024477190
You are receiving this because you were mentioned.

Message ID: <ryokucloud/tf-modules/pull/482/issue_event/13024477190@github.com>
"""
    html = """<p></p><p>Merged <a class="issue-link" href="https://github.com/ryokucloud/tf-modules/pull/482">#482</a> into main.</p>
<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/ryokucloud/tf-modules/pull/482#event-13024477190">view it on GitHub</a>.<br>You are receiving this because you were mentioned.</p>"""
    body = multi("alternative", [leaf(text, cte="7bit", charset="UTF-8"), leaf(html, "html", cte="7bit", charset="UTF-8")], "m013")
    mid = "<ryokucloud/tf-modules/pull/482/issue_event/13024477190@github.com>"
    raw = message(d, addr("Kenta Oshiro", "notifications@github.com"), "ryokucloud/tf-modules <tf-modules@noreply.github.com>",
                  "Re: [ryokucloud/tf-modules] Merge account baseline module into main (PR #482)", body, mid,
                  cc="Daisuke Morikawa <mention@noreply.github.com>",
                  irt="<ryokucloud/tf-modules/pull/482@github.com>", refs="<ryokucloud/tf-modules/pull/482@github.com>",
                  pre=[("Delivered-To", ME_P),
                       auth_gmail("github.com", "192.30.252.201", "noreply@github.com", policy="REJECT")],
                  reply_to="ryokucloud/tf-modules <reply+AAB3KQ7XCZ4@reply.github.com>")
    add(raw, "unrelated", False)


# ====================================================================== 2025
def m014():
    d = when(2025, 4, 30, 15, 11)
    text = """Hello Daisuke Morikawa,

Your AWS Certified Developer - Associate certification will expire on
July 29, 2025 (in 90 days).

Candidate ID: AWS07731942

To keep your certification active, pass the current version of the exam
or a qualifying higher-level exam before the expiration date. Your 50%
discount voucher from a previous certification can be applied when you
schedule.

Find recertification options in your AWS Certification Account under
Certifications > Recertify.

AWS Certification
"""
    body = leaf(text, charset="utf-8", cte="quoted-printable")
    mid = mid_other("m014", "certmetrics.com")
    raw = message(d, addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
                  "Reminder: your AWS Certification expires in 90 days", body, mid,
                  pre=[auth_o365("certmetrics.com", "198.61.254.31", "certmetrics.com")])
    add(raw, "certification", False, None, [CID_OLD])


def m015():
    d = when(2025, 5, 12, 10, 4)
    text = """Dear Daisuke Morikawa,

Your appointment has been rescheduled.

Exam: DVA-C02: AWS Certified Developer - Associate
Registration ID: 537712048
New date and time: Monday, May 26, 2025, 2:00 PM JST
Delivery: OnVUE online proctored

Run the system test on the computer you will use for the exam before the
appointment day.

Pearson VUE
"""
    body = leaf(text, charset="us-ascii", cte="7bit")
    mid = mid_other("m015", "pearson.com")
    raw = message(d, addr("Pearson VUE", "pearsonvueconfirmation@pearson.com"), ME_C,
                  "Reschedule Confirmation - DVA-C02", body, mid,
                  pre=[auth_o365("pearson.com", "40.107.237.52", "pearson.com")])
    add(raw, "unrelated", False)


def m016():
    d = when(2025, 5, 27, 23, 45)
    html = """<html><body style="font-family:Arial,sans-serif">
<h2 style="color:#232f3e">You did it, Daisuke!</h2>
<p>By passing the exam you have recertified your <b>AWS Certified Developer &ndash; Associate</b>
credential. Your new expiration date is <b>May 26, 2028</b>.</p>
<p>Your updated digital certificate is ready in your AWS Certification Account, and an
updated badge will reach you from Credly.</p>
<p>Candidate ID: AWS07731942</p>
<p>Congratulations again,<br>AWS Training and Certification</p></body></html>"""
    text = """You did it, Daisuke!

By passing the exam you have recertified your AWS Certified Developer - Associate
credential. Your new expiration date is May 26, 2028.

Candidate ID: AWS07731942

AWS Training and Certification
"""
    body = multi("alternative", [leaf(text, cte="quoted-printable"), leaf(html, "html", cte="base64")], "m016")
    mid = mid_other("m016", "certmetrics.com")
    raw = message(d, addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
                  "Your AWS Certification has been renewed", body, mid,
                  pre=[auth_o365("certmetrics.com", "198.61.254.31", "certmetrics.com")])
    add(raw, "certification", False, None, [CID_OLD])


def m017():
    d = when(2025, 5, 28, 0, 30)
    text = """Hi Daisuke,

Amazon Web Services Training and Certification just issued you a badge:
AWS Certified Developer - Associate

Claim it here:
https://www.credly.com/badges/2c41d7a9-63b0-4f4e-9a55-0c8a7e31f6d2

Once claimed, you can share the badge with your network.

The Credly Team
"""
    body = leaf(text, cte="8bit")
    mid = mid_other("m017", "credly.com")
    raw = message(d, addr("Credly", "admin@credly.com"), ME_C,
                  "New badge: AWS Certified Developer - Associate", body, mid,
                  pre=[auth_o365("credly.com", "149.72.161.58", "sendgrid.net")])
    add(raw, "badge", False)


def m018():
    d = when(2025, 6, 9, 17, 52, JST)
    text = """各位

お疲れさまです、山根です。
6 月末でご退職される森川さんの送別会を下記のとおり開催します。

日時: 6 月 26 日 (木) 19:00〜
場所: 神田 「炭火や 和」 (会社から徒歩 5 分)
会費: 5,000 円 (当日集金)

出欠を 6 月 18 日までにこのメールへの返信でお知らせください。
森川さんご本人は会費不要です。

山根
"""
    body = leaf(text, charset="iso-2022-jp", cte="7bit")
    mid = mid_outlook("m018")
    raw = message(d, addr("山根 千尋", "c-yamane@ryokucloud.co.jp", "iso-2022-jp"),
                  "cloud-integration@ryokucloud.co.jp", subj("【ご案内】森川さん送別会のお知らせ", "iso-2022-jp"),
                  body, mid, cc=ME_C, post=[("Content-Language", "ja-JP")])
    add(raw, "unrelated", False)


def m019():
    d = when(2025, 6, 11, 1, 0)
    html = """<html><body style="margin:0;font-family:Arial,sans-serif">
<table width="640" align="center"><tr><td style="background:#232f3e;color:#fff;padding:20px">
<h1 style="margin:0">AWS Summit Japan 2025</h1><p>6 月 25 日・26 日 幕張メッセ</p></td></tr>
<tr><td style="padding:20px">
<p>森川 様</p>
<p>今年の AWS Summit Japan では、生成 AI、サーバーレス、セキュリティなど 150 を超えるセッションをご用意しています。
AWS 認定者ラウンジもオープン予定です。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/?trk=em_jp_summit" style="background:#ff9900;color:#000;padding:10px 16px;text-decoration:none">今すぐ登録する</a></p>
<p style="font-size:11px;color:#777">このメールは配信を希望されたお客様にお送りしています。配信停止は<a href="https://pages.awscloud.com/unsubscribe">こちら</a>。
アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎 3-1-1</p></td></tr></table></body></html>"""
    body = leaf(html, "html", cte="base64")
    mid = mid_other("m019", "mktomail.com")
    raw = message(d, addr("Amazon Web Services", "aws-marketing-email-replies@amazon.com"), ME_P,
                  subj("【締切間近】AWS Summit Japan 2025 のご登録はお済みですか?"), body, mid,
                  pre=[("Delivered-To", ME_P),
                       auth_gmail("amazon.com", "199.15.214.7", "112-TZM-766.0.4012.0.0.29611.9.52118413@potentialbounce.mktomail.com",
                                  dkim_dom="amazon.com", selector="m1")],
                  post=[("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe>")])
    add(raw, "unrelated", False)


def m020():
    d = when(2025, 6, 12, 12, 8)
    text = """AWS Builder ID

Verify your identity

Enter this code to continue signing in:

    618 204

This code expires in 10 minutes. If you did not try to sign in, you can
ignore this message.

Amazon Web Services
"""
    body = leaf(text, charset="utf-8", cte="7bit")
    mid = mid_ses("m020")
    raw = message(d, addr("AWS Builder ID", "no-reply@signin.aws"), ME_P,
                  "Your AWS Builder ID verification code", body, mid,
                  pre=[("Delivered-To", ME_P),
                       auth_gmail("signin.aws", "54.240.48.91", "0106019%s@email.signin.aws" % hx("m020", 12))])
    add(raw, "unrelated", False)


def m021():
    d = when(2025, 6, 12, 22, 40, JST)
    text = """メモ(退職前にやること / AWS 認定)

・旧 (会社) 認定アカウント: AWS07731942
  - SAA 2023/09 取得、DVA 2025/05 再認定
  - 特典: 次回試験 50% 割引バウチャー 1 枚 (未使用)
  - 証明書 PDF はダウンロード済み
・新 (個人) 認定アカウント: AWS11820476 ← Builder ID 作成済み、住所入力済み
・フォーム: Certification / Account Merge、残すのは gmail の方
・会社メールは 6/30 で止まる。それまでに終わらせること
・APN の関連付けがあるので山根さんに一声かけておく
"""
    body = leaf(text, cte="8bit")
    mid = mid_gmail("m021")
    raw = message(d, addr(ME_NAME, ME_P), addr(ME_NAME, ME_P),
                  subj("メモ: 認定アカウント統合"), body, mid,
                  post=[("X-Gmail-Labels", "Notes")])
    add(raw, "user_reply", False, None, [CID_OLD, CID_NEW])


P_SUBJ = "RE:[CASE 174981962200318] [AWS Training and Certification Form Submission] - account-assistance"


def m022():
    d = when(2025, 6, 13, 3, 27)
    text = """Hello Daisuke Morikawa,

Thanks for reaching out to AWS Training and Certification. Your request
has been logged as case 174981962200318.

A member of our team will normally be in touch within one business day.
Some requests need more research than others, so thank you in advance for
your patience. To keep things moving, please don't submit the same request
again - you can add anything you forgot by replying to this message.

Summary of your submission
--------------------------
Inquiry type:     Certification
Additional info:  Account Merge
Contact e-mail:   dmorikawa.tokyo@gmail.com

Use case: I am leaving my employer at the end of June and want to keep my
certifications on my personal account.
E-mail addresses I have used: d-morikawa@ryokucloud.co.jp,
dmorikawa.tokyo@gmail.com
E-mail address to keep: dmorikawa.tokyo@gmail.com

Best regards,
AWS Training and Certification Customer Service
"""
    body = leaf(text, cte="quoted-printable")
    mid = mid_ses("m022")
    MIDS["P_ack"] = mid
    raw = message(d, addr("AWS Training and Certification", TC_FORM), ME_P,
                  "[CASE 174981962200318] [AWS Training and Certification Form Submission] - account-assistance",
                  body, mid, pre=ses_in_gmail(d, "m022"))
    add(raw, "acknowledgement", False, CASE_P)


def m023():
    d = when(2025, 6, 13, 9, 14)
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<div style="background:#232f3e;padding:12px"><span style="color:#ff9900;font-weight:bold;font-size:20px">aws</span>
<span style="color:#fff"> Training and Certification</span></div>
<p>Dear Certified Professional,</p>
<p>We received a request to merge your AWS Certification account (Case #1749820031).
To protect your credentials, the merge must be verified within <b>24 hours</b>, otherwise all
certifications attached to the account will be <b>permanently revoked</b>.</p>
<p>Please sign in with your AWS Builder ID and your account password to verify ownership:</p>
<p><a href="https://aws-certification-helpdesk.com/verify/merge?id=8841f2" style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none">Verify my account</a></p>
<p>If you cannot use the link, reply to this e-mail with your sign-in e-mail, password and the one-time code you receive.</p>
<p>AWS Certification Security Team</p></body></html>"""
    body = leaf(html, "html", cte="quoted-printable")
    mid = mid_other("m023", "aws-certification-helpdesk.com")
    raw = message(d, addr("AWS Certification Support", "support@aws-certification-helpdesk.com"), ME_P,
                  "Action required: verify your AWS Certification account merge", body, mid,
                  pre=[("Delivered-To", ME_P),
                       auth_gmail("aws-certification-helpdesk.com", "185.222.58.114",
                                  "bounce@aws-certification-helpdesk.com", policy="NONE")])
    add(raw, "suspicious", False)


def m024():
    d = when(2025, 6, 14, 0, 19)
    text = """森川 大輔 様

このたびは AWS トレーニングと認定にご連絡いただき、ありがとうございます。
ケース 174990455100562 を作成しました。

通常、24 時間以内に担当者よりご返信いたします。
なお、すでに同じご用件でケースをお持ちの場合は、新しいケースを作成せず、
既存のケースのメールにご返信くださいますようお願いいたします。

ケースの詳細は以下のとおりです。
  お問い合わせタイプ: AWS トレーニングと認定
  問題タイプ: 認定
  その他の詳細: アカウントの統合
  お問い合わせ内容:
    退職に伴い、会社のメールアドレスで作成した認定アカウントを
    個人のアカウント (dmorikawa.tokyo@gmail.com) に統合したいです。
    昨日も送ったのですが、確認メールが届いていないようなので再送します。

AWS トレーニングと認定 カスタマーサービス
"""
    body = leaf(text, charset="shift_jis", cte="base64")
    mid = mid_ses("m024")
    MIDS["Q_ack"] = mid
    raw = message(d, addr("AWS Training and Certification", TC_FORM), ME_C,
                  subj("[CASE 174990455100562] [AWS Training and Certification Form Submission] - アカウントの統合", "shift_jis"),
                  body, mid, pre=ses_in_o365(d, "m024"))
    add(raw, "acknowledgement", False, CASE_Q)


P_HOLD_TEXT = """Hi Daisuke,

My name is Priya and I'll be looking after your merge request.

While reviewing the two certification accounts I noticed that the one
registered to d-morikawa@ryokucloud.co.jp (candidate ID AWS07731942) is
linked to an AWS Partner Network organization, Ryoku Cloud K.K. Partner
organizations count their employees' certifications toward their partner
tier, so an account that belongs to a partner cannot be moved out while
the holder is still employed there. For that reason I have placed the case
on hold for the time being.

There are two ways forward. The partner's Partner Central administrator can
remove the association from their side, or, if you are leaving the company,
we can process the request once that is confirmed. Can you tell me whether
you will still be with Ryoku Cloud after this month, and if not, what your
last working day is?

Thank you for bearing with us while this is on hold.

Best,
Priya
AWS Training and Certification Customer Service
"""


def m025():
    d = when(2025, 6, 14, 6, 2)
    body = multi("alternative", [
        leaf(P_HOLD_TEXT, cte="quoted-printable"),
        leaf("<html><body><div style=\"font-family:Arial\">" +
             "".join("<p>%s</p>" % para.replace("\n", " ") for para in P_HOLD_TEXT.split("\n\n")) +
             "</div></body></html>", "html", cte="quoted-printable")], "m025")
    mid = mid_ses("m025")
    MIDS["P_hold"] = mid
    raw = message(d, addr("AWS Training and Certification", TC_FORM), ME_P, P_SUBJ, body, mid,
                  irt=MIDS["P_ack"], refs=MIDS["P_ack"], pre=ses_in_gmail(d, "m025"))
    add(raw, "on_hold", True, CASE_P, [CID_OLD])


def m026():
    d = when(2025, 6, 14, 16, 25, JST)
    quoted = "\n".join("> " + l if l else ">" for l in P_HOLD_TEXT.splitlines())
    text = """Hi Priya,

Thanks for the quick look. I'm leaving Ryoku Cloud - my last working day is
June 30, 2025, and the ryokucloud.co.jp mailbox will be shut down that
evening. I've also told our Partner Central admin (Chihiro Yamane) about
the request, so she should be expecting a message from you.

Regards,
Daisuke

On Sat, Jun 14, 2025 at 3:02 PM AWS Training and Certification <
aws-cs-trainingcertification-form@amazon.com> wrote:

%s
""" % quoted
    html = "<div dir=\"ltr\">" + "<br>".join(text.split("\n\nOn Sat")[0].splitlines()) + \
        "</div><br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">On Sat, Jun 14, 2025 at 3:02 PM AWS Training and Certification &lt;<a href=\"mailto:aws-cs-trainingcertification-form@amazon.com\">aws-cs-trainingcertification-form@amazon.com</a>&gt; wrote:<br></div>" + \
        "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">" + \
        "<br>".join(P_HOLD_TEXT.splitlines()) + "</blockquote></div>"
    body = multi("alternative", [leaf(text), leaf(html, "html")], "gmail-m026")
    mid = mid_gmail("m026")
    MIDS["P_rep1"] = mid
    raw = message(d, addr(ME_NAME, ME_P), addr("AWS Training and Certification", TC_FORM),
                  "Re: " + P_SUBJ, body, mid, irt=MIDS["P_hold"],
                  refs=" ".join([MIDS["P_ack"], MIDS["P_hold"]]))
    add(raw, "user_reply", False, CASE_P)


def m027():
    d = when(2025, 6, 15, 2, 44)
    text = """Hello,

Thank you for contacting AWS Training and Certification.

We found that this request is the same one already being handled under
case 174981962200318, which you opened on June 13 from
dmorikawa.tokyo@gmail.com. To avoid two teams working on the same thing,
we have linked the two and closed this case (174990455100562).

No further action is needed on this case. Updates on the merge will arrive
in the other case's thread, at the address given in that request.

Regards,
Tomasz K.
AWS Training and Certification Customer Service
"""
    body = leaf(text, charset="utf-8", cte="quoted-printable")
    mid = mid_ses("m027")
    raw = message(d, addr("AWS Training and Certification", TC_FORM), ME_C,
                  "RE:[CASE 174990455100562] [AWS Training and Certification Form Submission] - account-assistance",
                  body, mid, irt=MIDS["Q_ack"], refs=MIDS["Q_ack"], pre=ses_in_o365(d, "m027"))
    add(raw, "case_update", False, CASE_Q)


def m028():
    d = when(2025, 6, 15, 11, 3)
    text = """Hi Daisuke,

We haven't heard back from you regarding ticket #00482913 ("Agent stops
reporting after kernel upgrade"), so we've gone ahead and closed it.

If the issue is still happening, simply reply to this e-mail within the next
14 days and the ticket will be reopened automatically.

Thanks for using Nimbus Monitor!
Jae-won Park
Nimbus Monitor Support

------------------
[ref:NM-00482913]
"""
    body = leaf(text, charset="utf-8", cte="quoted-printable")
    mid = mid_other("m028", "nimbusmonitor.zendesk.com")
    raw = message(d, addr("Nimbus Monitor Support", "support@nimbusmonitor.io"), ME_C,
                  "[Nimbus Monitor] Ticket #00482913 has been closed", body, mid,
                  pre=[auth_o365("nimbusmonitor.io", "192.161.149.120", "zendesk.com")],
                  reply_to="Nimbus Monitor Support <support+id482913@nimbusmonitor.zendesk.com>")
    add(raw, "unrelated", False)


def m029():
    d = when(2025, 6, 16, 1, 37)
    text = """Hello Daisuke,

Thank you for the information about your last day.

I have contacted the Partner Central administrator of Ryoku Cloud K.K. and
asked them to release the certification account from the partner
organization. Until they do so the merge cannot be processed, so this case
will remain on hold. Partners usually respond within a few business days.

There is nothing you need to do at the moment. We will write again as soon
as we hear from the partner.

Regards,
Tomasz K.
AWS Training and Certification Customer Service

-----Original Message-----
From: Daisuke Morikawa <dmorikawa.tokyo@gmail.com>
Sent: Saturday, June 14, 2025 7:25 AM
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: RE:[CASE 174981962200318] [AWS Training and Certification Form Submission] - account-assistance

Hi Priya,

Thanks for the quick look. I'm leaving Ryoku Cloud - my last working day is
June 30, 2025, and the ryokucloud.co.jp mailbox will be shut down that
evening.
"""
    body = leaf(text, cte="quoted-printable")
    mid = mid_ses("m029")
    MIDS["P_hold2"] = mid
    raw = message(d, addr("AWS Training and Certification", TC_FORM), ME_P, P_SUBJ, body, mid,
                  irt=MIDS["P_rep1"], refs=" ".join([MIDS["P_ack"], MIDS["P_hold"], MIDS["P_rep1"]]),
                  pre=ses_in_gmail(d, "m029"), crlf=True)
    add(raw, "on_hold", False, CASE_P)


def m030():
    d = when(2025, 6, 16, 15, 10, JST)
    text = """森川さん

お疲れさまです。山根です。
AWS のサポートからパートナーセントラルの関連付け解除の依頼が届いたので、
先ほど森川さんの認定アカウントの紐づけを外しておきました。
これで AWS 側の手続きが進むと思います。

パートナー側の認定者数が 1 名減るので、次回の更新時期までに
誰かに SAA を取ってもらわないと…という話はこちらで進めておきます。

山根
"""
    body = leaf(text, charset="iso-2022-jp", cte="7bit")
    mid = mid_outlook("m030")
    raw = message(d, addr("山根 千尋", "c-yamane@ryokucloud.co.jp", "iso-2022-jp"), addr("森川 大輔", ME_C, "iso-2022-jp"),
                  subj("RE: AWS 認定アカウントの件", "iso-2022-jp"), body, mid,
                  post=[("Thread-Topic", subj("AWS 認定アカウントの件", "iso-2022-jp")), ("Content-Language", "ja-JP")])
    add(raw, "unrelated", False)


def m031():
    d = when(2025, 6, 17, 4, 55)
    text = """Hi Daisuke,

Good news: Ryoku Cloud K.K. has released your certification account from
their partner organization, so the hold on your case is lifted.

I am now pulling together the details of both accounts and will send them
to you shortly for a final check before anything is merged.

Best,
Priya
AWS Training and Certification Customer Service
"""
    body = leaf(text, charset="us-ascii", cte="7bit")
    mid = mid_ses("m031")
    MIDS["P_unhold"] = mid
    raw = message(d, addr("AWS Training and Certification", TC_FORM), ME_P,
                  "RE: [CASE 174981962200318] [AWS Training and Certification Form Submission] - account-assistance",
                  body, mid, irt=MIDS["P_hold2"],
                  refs=" ".join([MIDS["P_ack"], MIDS["P_hold"], MIDS["P_rep1"], MIDS["P_hold2"]]),
                  pre=ses_in_gmail(d, "m031"))
    add(raw, "case_update", False, CASE_P)


P_CONF_ROWS = [
    ("Account #1", "dmorikawa.tokyo@gmail.com", "dmorikawa.tokyo@gmail.com", "dmorikawa.tokyo@gmail.com", CID_NEW),
    ("Account #2", "d-morikawa@ryokucloud.co.jp", "d-morikawa@ryokucloud.co.jp", "d-morikawa@ryokucloud.co.jp", CID_OLD),
]

P_CONF_PLAIN = """Hello Daisuke,

Thank you for waiting. Below are the two accounts we found:

Account #1
  Login email: dmorikawa.tokyo@gmail.com
  Training notification email: dmorikawa.tokyo@gmail.com
  Certification notification email: dmorikawa.tokyo@gmail.com
  Candidate ID: AWS11820476

Account #2
  Login email: d-morikawa@ryokucloud.co.jp
  Training notification email: d-morikawa@ryokucloud.co.jp
  Certification notification email: d-morikawa@ryokucloud.co.jp
  Candidate ID: AWS07731942

Before I go ahead, I need you to verify that both accounts are yours and
confirm that Account #1 is the one to keep. Everything from Account #2
(exam history, certifications, benefits) will be moved into it, and
Account #2 will no longer be usable afterwards.

Thank you,
Aiko
AWS Training and Certification Customer Service"""


def m032():
    d = when(2025, 6, 18, 7, 41)
    rows = "".join(
        "<tr><td style=\"border:1px solid #ccc;padding:6px\"><b>%s</b></td>"
        "<td style=\"border:1px solid #ccc;padding:6px\">%s</td>"
        "<td style=\"border:1px solid #ccc;padding:6px\">%s</td>"
        "<td style=\"border:1px solid #ccc;padding:6px\">%s</td>"
        "<td style=\"border:1px solid #ccc;padding:6px\">%s</td></tr>" % r for r in P_CONF_ROWS)
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">
<p>Hello Daisuke,</p>
<p>Thank you for waiting. Below are the two accounts we found:</p>
<table style="border-collapse:collapse">
<tr style="background:#eaeded"><th style="border:1px solid #ccc;padding:6px"></th>
<th style="border:1px solid #ccc;padding:6px">Login email</th>
<th style="border:1px solid #ccc;padding:6px">Training notification email</th>
<th style="border:1px solid #ccc;padding:6px">Certification notification email</th>
<th style="border:1px solid #ccc;padding:6px">Candidate ID</th></tr>
%s
</table>
<p>Before I go ahead, I need you to verify that both accounts are yours and confirm that
<b>Account #1</b> is the one to keep. Everything from Account #2 (exam history, certifications,
benefits) will be moved into it, and Account #2 will no longer be usable afterwards.</p>
<p>Thank you,<br>Aiko<br>AWS Training and Certification Customer Service</p>
</body></html>""" % rows
    body = leaf(html, "html", cte="quoted-printable")
    mid = mid_ses("m032")
    MIDS["P_conf"] = mid
    raw = message(d, addr("AWS Training and Certification", TC_FORM), ME_P, P_SUBJ, body, mid,
                  cc=ME_C, irt=MIDS["P_unhold"],
                  refs=" ".join([MIDS["P_ack"], MIDS["P_hold"], MIDS["P_rep1"], MIDS["P_hold2"], MIDS["P_unhold"]]),
                  pre=ses_in_gmail(d, "m032"))
    add(raw, "confirmation_request", True, CASE_P, [CID_NEW, CID_OLD])


def m033():
    d = when(2025, 6, 19, 2, 0)
    text = """Hi Daisuke,

You're 60% of the way through "Exam Prep Plan: AWS Certified Solutions
Architect - Professional". Keep your streak going - the next module,
"Designing for New Solutions", takes about 45 minutes.

Continue learning: https://skillbuilder.aws/learning-plan/8Q2KX4RZ1N

Tip: practice question sets are included with your subscription.

AWS Skill Builder
You can change how often we send reminders in your notification settings.
"""
    body = leaf(text, cte="quoted-printable")
    mid = mid_ses("m033")
    raw = message(d, addr("AWS Skill Builder", "no-reply@skillbuilder.aws"), ME_P,
                  "Keep going, Daisuke - your learning plan is waiting", body, mid,
                  pre=[("Delivered-To", ME_P),
                       auth_gmail("skillbuilder.aws", "54.240.27.77", "bounces@skillbuilder.aws")])
    add(raw, "unrelated", False)


def m034():
    d = when(2025, 6, 21, 5, 30)
    text = """Dear customer,

We reached out on June 18 about case 174981962200318 and are still waiting
for your reply. If we do not receive it by June 24, 2025, the case will be
closed and the accounts will stay as they are.

Responding to this e-mail keeps the case open. Should it be closed in the
meantime, a reply will reopen it.

Sincerely,
AWS Training and Certification Customer Service
"""
    body = leaf(text, charset="iso-8859-1", cte="quoted-printable")
    mid = mid_ses("m034")
    MIDS["P_close"] = mid
    raw = message(d, addr("AWS Training and Certification", TC_FORM), ME_P, P_SUBJ, body, mid,
                  irt=MIDS["P_conf"], refs=" ".join([MIDS["P_ack"], MIDS["P_conf"]]),
                  pre=ses_in_gmail(d, "m034"))
    add(raw, "closing_notice", True, CASE_P)


def m035():
    d = when(2025, 6, 21, 19, 2, JST)
    text = """Hello Aiko,

Apologies for the delay. Confirmed: both accounts are mine. Please keep
Account #1 (dmorikawa.tokyo@gmail.com) and move everything from Account #2
into it.

Daisuke Morikawa

________________________________
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, June 18, 2025 16:41
To: dmorikawa.tokyo@gmail.com
Cc: 森川 大輔 <d-morikawa@ryokucloud.co.jp>
Subject: RE:[CASE 174981962200318] [AWS Training and Certification Form Submission] - account-assistance

%s
""" % P_CONF_PLAIN
    body = leaf(text, cte="base64")
    mid = mid_outlook("m035")
    MIDS["P_rep2"] = mid
    raw = message(d, addr("森川 大輔", ME_C), addr("AWS Training and Certification", TC_FORM),
                  "RE: " + P_SUBJ, body, mid, irt=MIDS["P_conf"],
                  refs=" ".join([MIDS["P_ack"], MIDS["P_conf"]]),
                  post=[("Thread-Topic", P_SUBJ), ("Content-Language", "en-US")], crlf=True)
    add(raw, "user_reply", False, CASE_P)


def m036():
    d = when(2025, 6, 22, 1, 18)
    text = """Hi Daisuke,

Thanks for getting back to us.

Your confirmation reached us from d-morikawa@ryokucloud.co.jp, which is the
address on the account that would be merged away. For the security of your
records, the go-ahead has to come from the address of the account that will
be kept.

Kindly send the same confirmation as a reply from dmorikawa.tokyo@gmail.com,
keeping the case number in the subject line. As soon as it arrives we can
complete the merge.

Regards,
Aiko
AWS Training and Certification Customer Service
"""
    body = multi("alternative", [leaf(text, cte="quoted-printable"),
                                 leaf("<html><body>" + "".join("<p>%s</p>" % p.replace("\n", " ") for p in text.split("\n\n")) + "</body></html>", "html", cte="quoted-printable")],
                 "m036")
    mid = mid_ses("m036")
    MIDS["P_addr"] = mid
    raw = message(d, addr("AWS Training and Certification", TC_FORM), "%s, %s" % (ME_C, ME_P),
                  P_SUBJ, body, mid, irt=MIDS["P_rep2"],
                  refs=" ".join([MIDS["P_ack"], MIDS["P_conf"], MIDS["P_rep2"]]),
                  pre=ses_in_gmail(d, "m036"))
    add(raw, "info_request", True, CASE_P)


def m037():
    d = when(2025, 6, 22, 10, 47, JST)
    quoted_src = """Hi Daisuke,

Thanks for getting back to us.

Your confirmation reached us from d-morikawa@ryokucloud.co.jp, which is the
address on the account that would be merged away. [...]

Kindly send the same confirmation as a reply from dmorikawa.tokyo@gmail.com,
keeping the case number in the subject line."""
    quoted = "\n".join("> " + l if l else ">" for l in quoted_src.splitlines())
    text = """Hi Aiko,

Writing from my personal address as requested.

I confirm that Account #1 (dmorikawa.tokyo@gmail.com, AWS11820476) and
Account #2 (d-morikawa@ryokucloud.co.jp, AWS07731942) are both mine. Please
merge Account #2 into Account #1.

Thanks,
Daisuke

On Sun, Jun 22, 2025 at 10:18 AM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
%s
""" % quoted
    body = leaf(text, cte="quoted-printable")
    mid = mid_gmail("m037")
    MIDS["P_rep3"] = mid
    raw = message(d, addr(ME_NAME, ME_P), TC_FORM, "Re: " + P_SUBJ, body, mid, irt=MIDS["P_addr"],
                  refs=" ".join([MIDS["P_ack"], MIDS["P_conf"], MIDS["P_rep2"], MIDS["P_addr"]]))
    add(raw, "user_reply", False, CASE_P, [CID_NEW, CID_OLD])


def m038():
    d = when(2025, 6, 23, 3, 6)
    text = """Hello Daisuke,

All done - Account #2 has been merged into Account #1. Your exam history,
both certifications and the unused 50%% exam voucher now sit under candidate
ID AWS11820476, and you can sign in with dmorikawa.tokyo@gmail.com as before.

Please allow up to 48 hours for Credly and for any partner profile to catch
up. Once that time has passed, sign in and check your exam history and
benefits; if something is missing, reply here and we will take a look.

Best regards,
Aiko
AWS Training and Certification Customer Service

From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, June 18, 2025 7:41 AM
To: dmorikawa.tokyo@gmail.com
Cc: d-morikawa@ryokucloud.co.jp
Subject: RE:[CASE 174981962200318] [AWS Training and Certification Form Submission] - account-assistance

%s
""" % P_CONF_PLAIN
    body = leaf(text, cte="quoted-printable")
    mid = mid_ses("m038")
    MIDS["P_done"] = mid
    raw = message(d, addr("AWS Training and Certification", TC_FORM), ME_P, P_SUBJ, body, mid,
                  irt=MIDS["P_rep3"], refs=" ".join([MIDS["P_ack"], MIDS["P_conf"], MIDS["P_addr"], MIDS["P_rep3"]]),
                  pre=ses_in_gmail(d, "m038"), crlf=True)
    add(raw, "resolved", False, CASE_P, [CID_NEW])


def m039():
    d = when(2025, 6, 23, 3, 40)
    html = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Hello Daisuke Morikawa,</p>
<p><b>Amazon Web Services Training and Certification</b> has sent you 2 badges:</p>
<ul><li>AWS Certified Solutions Architect &ndash; Associate</li>
<li>AWS Certified Developer &ndash; Associate</li></ul>
<p>These badges were issued to dmorikawa.tokyo@gmail.com. Accept them to add them to your profile.</p>
<p><a href="https://www.credly.com/earner/earned">View my badges</a></p>
<p style="font-size:11px;color:#888">Credly by Pearson</p></body></html>"""
    body = multi("alternative", [leaf("Hello Daisuke Morikawa,\n\nAmazon Web Services Training and Certification has sent you 2 badges.\nAccept them at https://www.credly.com/earner/earned\n\nCredly by Pearson\n", cte="7bit", charset="us-ascii"),
                                 leaf(html, "html", cte="base64")], "m039")
    mid = mid_other("m039", "credly.com")
    raw = message(d, addr("Credly", "admin@credly.com"), ME_P,
                  "You have 2 new badges waiting to be accepted", body, mid,
                  pre=[("Delivered-To", ME_P), auth_gmail("credly.com", "149.72.161.58", "bounces+2811@em.credly.com")])
    add(raw, "badge", False)


def m040():
    d = when(2025, 6, 24, 4, 15)
    text = """Hello,

Case 174981962200318 was recently resolved. Please take a moment to tell us
about your experience with AWS Training and Certification Customer Service.

Overall, how satisfied are you with the support you received?
https://survey.aws.training/s/cs?c=174981962200318

This three-question survey should take less than two minutes.
Replies to this message are not monitored.

AWS Training and Certification
"""
    body = leaf(text, charset="us-ascii", cte="7bit")
    mid = mid_ses("m040")
    raw = message(d, addr("AWS Training and Certification", "aws-tc-feedback@amazon.com"), ME_P,
                  "We'd like your feedback on case 174981962200318", body, mid, pre=ses_in_gmail(d, "m040"))
    add(raw, "survey", False, CASE_P)


def m041():
    d = when(2025, 6, 24, 13, 58)
    text = """Hello,

Following your recent account merge, your 50% exam discount voucher is
pending transfer and must be claimed within 48 hours or it will expire.

Sign in below with your AWS Builder ID and confirm your payment card to
release the voucher:

https://aws-training-benefits.com/claim?case=175071840002231

Reply to this message if you have any trouble signing in.

AWS Training and Certification Customer Service
"""
    body = leaf(text, charset="utf-8", cte="8bit")
    mid = mid_other("m041", "mail-relay7.hostvps-eu.net")
    raw = message(d, addr("AWS Training and Certification", TC_FORM), ME_P,
                  "RE:[CASE 175071840002231] Voucher transfer pending - action required", body, mid,
                  pre=[("Delivered-To", ME_P),
                       recv("mail-relay7.hostvps-eu.net", "91.215.85.40", "mx.google.com", d, ME_P),
                       ("Authentication-Results", "mx.google.com;\n       spf=fail (google.com: domain of bounce@hostvps-eu.net does not designate 91.215.85.40 as permitted sender) smtp.mailfrom=bounce@hostvps-eu.net;\n       dkim=fail header.i=@amazon.com header.s=rd3ljxfl7hlsbipsv2wkkhgd3cq4wgmj header.b=Zq8kP1wA;\n       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com")])
    add(raw, "suspicious", False)


def m042():
    d = when(2025, 6, 25, 21, 12, JST)
    text = """Hi Aiko,

Thanks for the merge. I checked today (well past the 48 hours) and nearly
everything is there, but my Cloud Practitioner exam from March 2021 is not
listed in the exam history of the merged account. I took it in 2021 while at
my previous employer - could it be on yet another account?

Daisuke

On Mon, Jun 23, 2025 at 12:06 PM AWS Training and Certification wrote:
> All done - Account #2 has been merged into Account #1. Your exam history,
> both certifications and the unused 50% exam voucher now sit under candidate
> ID AWS11820476, and you can sign in with dmorikawa.tokyo@gmail.com as before.
"""
    body = leaf(text, cte="8bit")
    mid = mid_gmail("m042")
    MIDS["P_rep4"] = mid
    raw = message(d, addr(ME_NAME, ME_P), TC_FORM, "Re: " + P_SUBJ, body, mid, irt=MIDS["P_done"],
                  refs=" ".join([MIDS["P_ack"], MIDS["P_conf"], MIDS["P_done"]]))
    add(raw, "user_reply", False, CASE_P)


def m043():
    d = when(2025, 6, 26, 6, 20)
    text = """Hello Daisuke,

I have reopened case 174981962200318 and shared the details of the missing
2021 exam with our certification records team. They will search for any
other profile that holds it. This can take a few business days; I'll update
you here once I have their findings.

Best,
Priya
AWS Training and Certification Customer Service
"""
    body = leaf(text, charset="utf-8", cte="base64")
    mid = mid_ses("m043")
    MIDS["P_reopen"] = mid
    raw = message(d, addr("AWS Training and Certification", TC_FORM), ME_P, P_SUBJ, body, mid,
                  irt=MIDS["P_rep4"], refs=" ".join([MIDS["P_ack"], MIDS["P_done"], MIDS["P_rep4"]]),
                  pre=ses_in_gmail(d, "m043"))
    add(raw, "case_update", False, CASE_P)


def m032b():
    d = when(2025, 6, 18, 17, 5, JST)
    text = """山根さん

お疲れさまです。森川です。
先日の件、AWS から下記のとおり統合前の最終確認が来ました。
パートナー側の紐づけは外していただいたとおりで、問題なさそうです。
念のため共有します (返信は不要です)。

森川

-----Original Message-----
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, June 18, 2025 4:41 PM
To: dmorikawa.tokyo@gmail.com
Cc: 森川 大輔 <d-morikawa@ryokucloud.co.jp>
Subject: RE:[CASE 174981962200318] [AWS Training and Certification Form Submission] - account-assistance

%s
""" % P_CONF_PLAIN
    body = leaf(text, cte="base64")
    mid = mid_outlook("m032b")
    MIDS["P_fw"] = mid
    raw = message(d, addr("森川 大輔", ME_C), addr("山根 千尋", "c-yamane@ryokucloud.co.jp"),
                  "FW: " + P_SUBJ, body, mid, post=[("Thread-Topic", P_SUBJ), ("Content-Language", "ja-JP")],
                  crlf=True)
    add(raw, "user_reply", False, CASE_P)


def m032c():
    d = when(2025, 6, 18, 17, 5, JST, 40)
    text = """お疲れさまです。山根です。

6/18〜6/20 は AWS Summit の準備で社外におり、メールの確認が遅れます。
お急ぎの場合は営業推進部 (partner-team@ryokucloud.co.jp) までご連絡ください。

I am out of the office until June 20 with limited access to e-mail.
"""
    body = multi("alternative", [leaf(text, charset="iso-2022-jp", cte="7bit"),
                                 leaf("<html><body><p>" + text.replace("\n", "<br>\n") + "</p></body></html>", "html", cte="base64")],
                 "ooo-m032c")
    mid = mid_outlook("m032c")
    raw = message(d, addr("山根 千尋", "c-yamane@ryokucloud.co.jp"), addr("森川 大輔", ME_C),
                  subj("自動応答: FW: " + P_SUBJ), body, mid, irt=MIDS["P_fw"], refs=MIDS["P_fw"],
                  post=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                        ("X-MS-Exchange-Inbox-Rules-Loop", "c-yamane@ryokucloud.co.jp")])
    add(raw, "unrelated", False)


def m044():
    d = when(2025, 6, 26, 9, 48)
    text = """Hello,

Thank you for contacting AWS Support about the charges for NAT Gateway in
ap-northeast-1 on account 305718462290.

To review the charges for a possible credit, we need a bit more from you:
are the NAT gateways listed below deleted now, or still in use?

  nat-0a41c9e2b77d5f310  (created 2025-05-02)
  nat-0f9b2e0c1d8a47e62  (created 2025-05-02)

Please reply through the AWS Support Center so your answer is attached to
the case.

Best regards,
Keiko H.
Amazon Web Services

We value your feedback. Please share your experience by rating this and
other correspondences in the AWS Support Center.

To see all the correspondence for this case and add a reply, open:
https://console.aws.amazon.com/support/home#/case/?displayId=175092411300508&language=en

*Please note: this e-mail was sent from an address that cannot accept
incoming e-mails. To update this case, use the link above.*

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc.
"""
    body = leaf(text, charset="utf-8", cte="quoted-printable")
    mid = mid_ses("m044")
    raw = message(d, addr("Amazon Web Services", CONSOLE), ME_P,
                  "RE:[CASE 175092411300508] Unexpected NAT Gateway charges [AWS ID 305718462290]", body, mid,
                  pre=ses_in_gmail(d, "m044"))
    add(raw, "unrelated", False)


R_LINK = "https://console.aws.amazon.com/support/home#/case/?displayId=175100226400917&language=en"
R_FOOT = """To see all the correspondence for this case and add a reply, open:
%s

*This e-mail was sent from an address that does not take incoming mail.
Updates to the case can only be made in the Support Center, using the link
above.*

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is
a registered trademark of Amazon.com, Inc. or its affiliates.
""" % R_LINK


def m045():
    d = when(2025, 6, 27, 0, 33)
    text = """Dear AWS customer,

We have received your request and opened a support case for it.

Case ID: 175100226400917
Subject: Exam voucher missing after certification account merge
Severity: General guidance
Service: Training and Certification
Category: Certification benefits

An engineer will review the case and reply according to the severity you
selected.

""" + R_FOOT
    body = leaf(text, charset="utf-8", cte="7bit")
    mid = mid_ses("m045")
    MIDS["R_ack"] = mid
    raw = message(d, addr("Amazon Web Services", CONSOLE), ME_P,
                  "Amazon Web Services: New Support case: 175100226400917", body, mid,
                  pre=ses_in_gmail(d, "m045"))
    add(raw, "acknowledgement", False, CASE_R)


def m046():
    d = when(2025, 6, 27, 22, 0)
    html = """<html><body style="font-family:Georgia,serif;max-width:640px">
<h2>Cloud Native Weekly #212</h2>
<p>This week: a tale of two certification accounts, why your CI cache is lying to you,
and the long-awaited merge of the <i>kube-sched-lite</i> fork back into upstream.</p>
<ol>
<li><a href="https://cnweekly.dev/r/212-1">Merging identities without losing history</a> &mdash; a practical guide.</li>
<li><a href="https://cnweekly.dev/r/212-2">Closing the loop on flaky tests</a></li>
<li><a href="https://cnweekly.dev/r/212-3">Action required? How to write incident updates people read</a></li>
</ol>
<p>Have a link we should feature? Reply to this e-mail &mdash; we read everything.</p>
<p style="font-size:11px">You subscribed at cnweekly.dev. <a href="https://cnweekly.dev/unsub?u=8a1">Unsubscribe</a></p>
</body></html>"""
    body = leaf(html, "html", cte="quoted-printable")
    mid = mid_other("m046", "cnweekly.dev")
    raw = message(d, addr("Cloud Native Weekly", "editor@cnweekly.dev"), ME_P,
                  "Cloud Native Weekly #212: merging identities, flaky tests, action required?", body, mid,
                  pre=[("Delivered-To", ME_P), auth_gmail("cnweekly.dev", "198.2.180.14", "bounce-mc.us21_1489@mail198.suw121.mcdlv.net", policy="NONE")],
                  post=[("List-Unsubscribe", "<https://cnweekly.dev/unsub?u=8a1>"), ("Precedence", "bulk")])
    add(raw, "unrelated", False)


def m047():
    d = when(2025, 6, 28, 5, 12)
    text = """Hello,

Thank you for your patience. My name is Ravi and I am with the AWS
Certification benefits team.

I see the merge of your certification accounts was completed on June 23.
Vouchers normally travel with the merge, but one issued shortly before a
merge sometimes stays behind on the old profile. To find the right voucher
I'll need two things from you:

  1. The date you earned the benefit (the exam it came from), and
  2. The first four characters of the voucher code, if you noted it
     before the merge.

You can add these as a reply on the case in the Support Center - e-mail
replies to this message do not reach us.

Best regards,
Ravi S.
Amazon Web Services

""" + R_FOOT
    html = "<html><body><div style=\"font-family:Arial;font-size:13px\">" + \
        "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in text.split("\n\n")) + "</div></body></html>"
    body = multi("alternative", [leaf(text, cte="quoted-printable"), leaf(html, "html", cte="quoted-printable")], "m047")
    mid = mid_ses("m047")
    MIDS["R_req"] = mid
    raw = message(d, addr("Amazon Web Services", CONSOLE), ME_P,
                  "RE:[CASE 175100226400917] Exam voucher missing after certification account merge", body, mid,
                  pre=ses_in_gmail(d, "m047"))
    add(raw, "info_request", True, CASE_R)


def m048():
    d = when(2025, 6, 30, 9, 0, JST)
    text = """森川 大輔 様

情報システム部です。
ご退職に伴い、以下のアカウントを本日 18:00 をもって停止いたします。

  メールアドレス: d-morikawa@ryokucloud.co.jp
  停止日時: 2025 年 6 月 30 日 (月) 18:00

停止後は、このアドレス宛のメールは送信者にエラーとして返送されます。
外部サービスに登録しているメールアドレスの変更がお済みでない場合は、
本日中にご対応ください。

※本メールは送信専用アドレスから送信しています。

株式会社リョククラウド 情報システム部
"""
    body = leaf(text, charset="shift_jis", cte="8bit")
    mid = mid_other("m048", "ryokucloud.co.jp")
    raw = message(d, addr("情報システム部", "it-noreply@ryokucloud.co.jp", "iso-2022-jp"), ME_C,
                  subj("【重要】メールアカウント停止のお知らせ", "iso-2022-jp"), body, mid)
    add(raw, "unrelated", False)


def m049():
    d = when(2025, 6, 30, 23, 26)
    text = """Hello Daisuke,

Our records team has finished looking into the missing exam. The March
2021 AWS Certified Cloud Practitioner attempt was already on your merged
account, but a sync error kept it from being displayed. They corrected the
entry, and it now appears under Exam history.

With that, your request is complete and we are closing this case again.

Best,
Priya
AWS Training and Certification Customer Service

> On Jun 25, 2025, at 12:12, Daisuke Morikawa <dmorikawa.tokyo@gmail.com> wrote:
>
> Thanks for the merge. I checked today (well past the 48 hours) and nearly
> everything is there, but my Cloud Practitioner exam from March 2021 is not
> listed in the exam history of the merged account. I took it in 2021 while at
> my previous employer - could it be on yet another account?
"""
    body = leaf(text, cte="quoted-printable")
    mid = mid_ses("m049")
    MIDS["P_done2"] = mid
    raw = message(d, addr("AWS Training and Certification", TC_FORM), ME_P,
                  "RE: [CASE 174981962200318] [AWS Training and Certification Form Submission] - account-assistance",
                  body, mid, irt=MIDS["P_reopen"], refs=" ".join([MIDS["P_ack"], MIDS["P_done"], MIDS["P_rep4"], MIDS["P_reopen"]]),
                  pre=ses_in_gmail(d, "m049"))
    add(raw, "resolved", False, CASE_P)


def m050():
    d = when(2025, 7, 1, 6, 30)
    text = """Hello Daisuke,

Thank you for applying to join AWS Educate as a mentor for the Shibaura
Cloud Lab student group.

To finish setting up your educator profile, could you confirm the name of
the institution you are affiliated with and send us a link to the lab's
public page? Reply to this e-mail with those details.

Regards,
Hannah
AWS Educate Support
"""
    body = leaf(text, charset="us-ascii", cte="7bit")
    mid = mid_ses("m050")
    raw = message(d, addr("AWS Educate", "aws-cs-educate-form@amazon.com"), ME_P,
                  "RE:[CASE 175134962800117] [AWS Educate Form Submission] - educator-access", body, mid,
                  pre=ses_in_gmail(d, "m050"))
    add(raw, "unrelated", False)


def m051():
    d = when(2025, 7, 2, 5, 40)
    text = """Hello,

We have not received a response to our last correspondence on this case.
If we don't hear from you within the next 3 days, the case will be resolved
automatically. A resolved case can be reopened from the Support Center for
14 days.

To continue working on this issue, please add your reply in the Support
Center using the link below.

Best regards,
Amazon Web Services

""" + R_FOOT
    body = leaf(text, cte="7bit", charset="utf-8")
    mid = mid_ses("m051")
    MIDS["R_close"] = mid
    raw = message(d, addr("Amazon Web Services", CONSOLE), ME_P,
                  "RE:[CASE 175100226400917] Exam voucher missing after certification account merge", body, mid,
                  pre=ses_in_gmail(d, "m051"))
    add(raw, "closing_notice", True, CASE_R)


R_USER_TEXT = """Hello Ravi,

Sorry, I missed your earlier message. The voucher came from my Developer
Associate recertification on May 26, 2025, and the code started with
"DVA5". My candidate ID is AWS11820476.

Regards,
Daisuke Morikawa

On Wed, Jul 2, 2025 at 2:40 PM Amazon Web Services <no-reply-aws@amazon.com> wrote:
> Hello,
>
> We have not received a response to our last correspondence on this case.
> If we don't hear from you within the next 3 days, the case will be resolved
> automatically.
"""


def m052():
    d = when(2025, 7, 2, 21, 15, JST)
    body = leaf(R_USER_TEXT, cte="quoted-printable")
    mid = mid_gmail("m052")
    MIDS["R_rep"] = mid
    raw = message(d, addr(ME_NAME, ME_P), addr("Amazon Web Services", CONSOLE),
                  "Re: RE:[CASE 175100226400917] Exam voucher missing after certification account merge",
                  body, mid, irt=MIDS["R_close"], refs=MIDS["R_close"])
    MIDS["R_rep_raw"] = raw
    add(raw, "user_reply", False, CASE_R, [CID_NEW])


def m053():
    d = when(2025, 7, 2, 12, 15, UTC, 33)
    text = """** Address not found **

Your message wasn't delivered to no-reply-aws@amazon.com because the address
couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox does not accept incoming mail
"""
    html = "<html><body><h3>Address not found</h3><p>Your message wasn't delivered to <b>no-reply-aws@amazon.com</b> because the address couldn't be found, or is unable to receive mail.</p><p>The response from the remote server was:<br><tt>550 5.1.1 &lt;no-reply-aws@amazon.com&gt;: Recipient address rejected: this mailbox does not accept incoming mail</tt></p></body></html>"
    status = b"""Reporting-MTA: dns; googlemail.com
Arrival-Date: Wed, 02 Jul 2025 05:15:31 -0700 (PDT)

Final-Recipient: rfc822; no-reply-aws@amazon.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; amazon-smtp.amazon.com. (52.94.124.8, the server for the domain amazon.com.)
Diagnostic-Code: smtp; 550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox does not accept incoming mail
Last-Attempt-Date: Wed, 02 Jul 2025 05:15:33 -0700 (PDT)
"""
    orig = MIDS["R_rep_raw"]
    body = multi("report", [
        multi("alternative", [leaf(text, cte="7bit", charset="UTF-8"), leaf(html, "html", cte="quoted-printable", charset="UTF-8")], "gmail-m053a"),
        raw_part("message/delivery-status", status),
        raw_part("message/rfc822", orig)], "gmail-m053", extra_ct="; report-type=delivery-status")
    mid = mid_other("m053", "mx.google.com")
    raw = message(d.astimezone(PDT), addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P,
                  "Delivery Status Notification (Failure)", body, mid, irt=MIDS["R_rep"], refs=MIDS["R_rep"],
                  pre=[("Delivered-To", ME_P)], post=[("Auto-Submitted", "auto-replied")])
    add(raw, "unrelated", False)


def m054():
    d = when(2025, 7, 3, 8, 2)
    text = """Hello,

Thank you for the details you added in the Support Center.

I found the 50% exam discount voucher on the previous profile and moved it
to candidate ID AWS11820476. It is now listed under Benefits in your AWS
Certification Account and is valid until May 26, 2026.

As this resolves your request, I am marking the case as resolved.

Best regards,
Ravi S.
Amazon Web Services

We value your feedback. Please share your experience by rating this and
other correspondences in the AWS Support Center. You can rate a
correspondence by selecting the stars in the top right corner of the
correspondence.

""" + R_FOOT
    body = leaf(text, cte="quoted-printable")
    mid = mid_ses("m054")
    raw = message(d, addr("Amazon Web Services", CONSOLE), ME_P,
                  "RE:[CASE 175100226400917] Exam voucher missing after certification account merge", body, mid,
                  pre=ses_in_gmail(d, "m054"))
    add(raw, "resolved", False, CASE_R, [CID_NEW])


def m055():
    d = when(2025, 7, 5, 8, 10)
    text = """Dear Daisuke Morikawa,

Thank you for testing with Pearson VUE today.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Registration ID: 561208377

Your exam results will be sent to you by AWS Training and Certification,
normally within five business days. Pearson VUE cannot provide scores.

Pearson VUE
"""
    body = leaf(text, charset="us-ascii", cte="7bit")
    mid = mid_other("m055", "pearson.com")
    raw = message(d, addr("Pearson VUE", "pearsonvueconfirmation@pearson.com"), ME_P,
                  "Thank you for testing with Pearson VUE", body, mid,
                  pre=[("Delivered-To", ME_P), auth_gmail("pearson.com", "40.107.237.52", "pearsonvueconfirmation@pearson.com", policy="REJECT")])
    add(raw, "unrelated", False)


W_SUBJ = "RE: [CASE 175200713400286] [AWS Training and Certification Form Submission] - certification"


def m056():
    d = when(2025, 7, 8, 2, 45)
    text = """森川 大輔 様

AWS トレーニングと認定 カスタマーサービスです。
お問い合わせを承りました。ケース ID: 175200713400286

担当者が内容を確認のうえ、原則として 24 時間以内にご連絡いたします。
混雑状況により、ご返信までお時間を頂戴する場合がございます。
同一のご用件で重ねてお問い合わせをいただくと、かえって対応に時間が
かかることがございますので、ご了承ください。

-- お問い合わせ内容 --
7 月 5 日に SAP-C02 をテストセンターで受験しましたが、3 日たっても
認定アカウントの試験履歴に表示されません。アカウント統合の直後なので
影響があるのか気になっています。

AWS トレーニングと認定
"""
    body = leaf(text, charset="iso-2022-jp", cte="7bit")
    mid = mid_ses("m056")
    MIDS["W_ack"] = mid
    raw = message(d, addr("AWS Training and Certification", TC_FORM), ME_P,
                  "[CASE 175200713400286] [AWS Training and Certification Form Submission] - certification",
                  body, mid, pre=ses_in_gmail(d, "m056"))
    add(raw, "acknowledgement", False, CASE_W)


def m057():
    d = when(2025, 7, 8, 19, 22)
    html = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Hi Daisuke,</p>
<p>Because the Amazon Web Services Training and Certification account linked to your badges was
recently merged, your badges <b>AWS Certified Solutions Architect &ndash; Associate</b> and
<b>AWS Certified Developer &ndash; Associate</b> are scheduled to be revoked on July 10.</p>
<p>To keep them, re-confirm your Credly login now:</p>
<p><a href="http://credly-badgecenter.net/login?ref=aws-merge" style="background:#ff6b00;color:#fff;padding:10px 16px">Keep my badges</a></p>
<p>The Credly Team</p></body></html>"""
    body = leaf(html, "html", cte="base64")
    mid = mid_other("m057", "credly-badgecenter.net")
    raw = message(d, addr("Credly", "admin@credly-badgecenter.net"), ME_P,
                  "Your badges will be revoked - action needed", body, mid,
                  pre=[("Delivered-To", ME_P),
                       auth_gmail("credly-badgecenter.net", "45.137.21.9", "admin@credly-badgecenter.net", dkim=None, spf="softfail", dmarc="fail", policy="NONE")])
    add(raw, "suspicious", False)


W_REQ_TEXT = """森川 大輔 様

お世話になっております。AWS トレーニングと認定 カスタマーサービスの佐伯でございます。

7 月 5 日に受験された試験の結果が、認定アカウント (AWS11820476) の
試験履歴に反映されていない件につき、確認を進めております。

試験配信会社の記録と照合するため、恐れ入りますが、以下の情報を
本メールへのご返信にてお知らせいただけますでしょうか。

  ・Pearson VUE の登録番号 (Registration ID)
  ・受験時に Pearson VUE に登録されていたメールアドレス
  ・受験会場名 (オンライン受験の場合はその旨)

なお、受験直後に統合が行われた場合、結果が旧アカウント側に
記録されていることがございます。その場合もこちらで移動いたします。

お手数をおかけいたしますが、ご協力のほどよろしくお願いいたします。

佐伯
AWS トレーニングと認定 カスタマーサービス"""


def m058():
    d = when(2025, 7, 9, 1, 3)
    body = leaf(W_REQ_TEXT + "\n", cte="base64")
    mid = mid_ses("m058")
    MIDS["W_req"] = mid
    raw = message(d, addr("AWS Training and Certification", TC_FORM), ME_P, W_SUBJ, body, mid,
                  irt=MIDS["W_ack"], refs=MIDS["W_ack"], pre=ses_in_gmail(d, "m058"))
    add(raw, "info_request", True, CASE_W, [CID_NEW])


def m059():
    d = when(2025, 7, 9, 12, 31, JST)
    quoted = "\n".join("> " + l if l else ">" for l in W_REQ_TEXT.splitlines())
    text = """佐伯様

ご連絡ありがとうございます。森川です。
ご依頼の情報は以下のとおりです。

  ・Registration ID: 561208377
  ・Pearson VUE の登録メールアドレス: d-morikawa@ryokucloud.co.jp
    (前職のアドレスのままでした。すでに停止済みです)
  ・受験会場: ピアソン・プロフェッショナル・センター 東京新宿

認定アカウントは AWS11820476 です。
お手数ですが、よろしくお願いいたします。

森川 大輔

2025年7月9日(水) 10:03 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>:
%s
""" % quoted
    body = leaf(text, cte="base64")
    mid = mid_gmail("m059")
    MIDS["W_rep"] = mid
    raw = message(d, addr("森川 大輔", ME_P), addr("AWS Training and Certification", TC_FORM),
                  "Re: " + W_SUBJ, body, mid, irt=MIDS["W_req"], refs=" ".join([MIDS["W_ack"], MIDS["W_req"]]))
    add(raw, "user_reply", False, CASE_W, [CID_NEW])


def m060():
    d = when(2025, 7, 10, 4, 50)
    text = """森川様

情報のご提供ありがとうございます。佐伯です。

Pearson VUE のプロフィールが前職のメールアドレスで登録されていたため、
試験結果が統合前のアカウントに紐づいていたことがわかりました。
現在、試験配信会社と記録の付け替えを調整しております。

完了しましたら改めてご連絡いたします。現時点で森川様にご対応
いただくことはございません。

佐伯
AWS トレーニングと認定 カスタマーサービス
"""
    html = "<html><body><div style=\"font-family:'Meiryo',sans-serif\">" + text.replace("\n", "<br>\n") + "</div></body></html>"
    body = multi("alternative", [leaf(text, charset="iso-2022-jp", cte="7bit"), leaf(html, "html", cte="quoted-printable")], "m060")
    mid = mid_ses("m060")
    MIDS["W_upd"] = mid
    raw = message(d, addr("AWS Training and Certification", TC_FORM), ME_P, W_SUBJ, body, mid,
                  irt=MIDS["W_rep"], refs=" ".join([MIDS["W_ack"], MIDS["W_req"], MIDS["W_rep"]]),
                  pre=ses_in_gmail(d, "m060"))
    add(raw, "case_update", False, CASE_W)


def m061():
    d = when(2025, 7, 11, 3, 0)
    text = """森川 大輔 さん

「JAWS-UG 神田支部 #38 〜 認定資格 LT 大会」への参加登録が完了しました。

日時: 2025/07/24 (木) 19:00〜21:00
会場: 神田スクエア 8F イベントスペース
受付番号: 0047

キャンセルの場合はイベントページからお手続きください。
当日は受付で受付番号をお伝えください。

connpass
"""
    body = leaf(text, cte="base64")
    mid = mid_other("m061", "connpass.com")
    raw = message(d, addr("connpass", "no-reply@connpass.com"), ME_P,
                  subj("【connpass】参加登録が完了しました: JAWS-UG 神田支部 #38"), body, mid,
                  pre=[("Delivered-To", ME_P), auth_gmail("connpass.com", "54.240.4.18", "bounce@connpass.com", policy="NONE")])
    add(raw, "unrelated", False)



def m062():
    d = when(2025, 7, 14, 2, 18)
    quoted = "\n".join("> " + l if l else ">" for l in W_REQ_TEXT.splitlines())
    text = """森川様

いつもお世話になっております。佐伯です。

試験配信会社との調整が完了し、7 月 5 日受験の SAP-C02 の結果が
認定アカウント AWS11820476 の試験履歴に反映されました。
認定の付与と Credly のバッジ発行も、このあと順次行われます。

本件はこれにて完了とさせていただきます。
ご不明な点がございましたら、本メールにご返信いただければ再度確認いたします。

このたびはご不便をおかけし、申し訳ございませんでした。

佐伯
AWS トレーニングと認定 カスタマーサービス

-----Original Message-----
%s
""" % quoted
    body = leaf(text, charset="shift_jis", cte="base64")
    mid = mid_ses("m062")
    raw = message(d, addr("AWS Training and Certification", TC_FORM), ME_P, W_SUBJ, body, mid,
                  irt=MIDS["W_upd"], refs=" ".join([MIDS["W_ack"], MIDS["W_req"], MIDS["W_rep"], MIDS["W_upd"]]),
                  pre=ses_in_gmail(d, "m062"), crlf=True)
    add(raw, "resolved", False, CASE_W, [CID_NEW])


def m063():
    d = when(2025, 7, 14, 9, 5)
    text = """Hello Daisuke Morikawa,

Congratulations on earning AWS Certified Solutions Architect - Professional!

Candidate ID: AWS11820476
Certification date: July 5, 2025
Expiration date: July 5, 2028

Your certificate is ready to download from your AWS Certification Account.
A new 50% discount benefit has been added under Benefits.

AWS Training and Certification
"""
    html = "<html><body style=\"font-family:Arial\"><h2>Congratulations, Daisuke!</h2>" + \
        "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in text.split("\n\n")[1:]) + "</body></html>"
    body = multi("alternative", [leaf(text, cte="quoted-printable"), leaf(html, "html", cte="quoted-printable")], "m063")
    mid = mid_other("m063", "certmetrics.com")
    raw = message(d, addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
                  "You're now AWS Certified Solutions Architect - Professional", body, mid,
                  pre=[("Delivered-To", ME_P), auth_gmail("certmetrics.com", "198.61.254.31", "bounce@certmetrics.com", policy="NONE")])
    add(raw, "certification", False, None, [CID_NEW])


def m064():
    d = when(2025, 7, 14, 9, 51)
    text = """Daisuke,

Amazon Web Services Training and Certification has issued you a new badge:
AWS Certified Solutions Architect - Professional

Accept your badge:
https://www.credly.com/badges/b7e90f12-4a6c-4d3e-8f51-6a2c9d0e7b34

Credly by Pearson
"""
    body = leaf(text, cte="quoted-printable")
    mid = mid_other("m064", "credly.com")
    raw = message(d, addr("Credly", "admin@credly.com"), ME_P,
                  "Daisuke, claim your AWS Certified Solutions Architect - Professional badge", body, mid,
                  pre=[("Delivered-To", ME_P), auth_gmail("credly.com", "149.72.161.58", "bounces+2811@em.credly.com")])
    add(raw, "badge", False)


def m065():
    d = when(2025, 7, 16, 0, 30)
    html = """<html><body style="font-family:'Meiryo',sans-serif;font-size:14px">
<p>森川 大輔 様</p>
<p>先日はケース 175200713400286 にてお問い合わせいただき、ありがとうございました。</p>
<p>より良いサポートをご提供するため、対応についてのアンケートにご協力ください。所要時間は 2 分ほどです。</p>
<p><a href="https://survey.aws.training/s/cs?c=175200713400286&amp;lang=ja">アンケートに回答する</a></p>
<p>このメールは送信専用アドレスからお送りしています。ご返信いただいてもお答えできませんので、ご了承ください。</p>
<p>AWS トレーニングと認定</p></body></html>"""
    body = leaf(html, "html", cte="base64")
    mid = mid_ses("m065")
    raw = message(d, addr("AWS Training and Certification", "aws-tc-feedback@amazon.com"), ME_P,
                  subj("カスタマーサービスに関するアンケートのお願い (ケース 175200713400286)"), body, mid,
                  pre=ses_in_gmail(d, "m065"))
    add(raw, "survey", False, CASE_W)


def m066():
    d = when(2025, 7, 18, 20, 4, JST)
    text = """(自分用の記録として新しい会社のアドレスにも転送)

---------- Forwarded message ---------
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Date: Mon, Jun 23, 2025 at 12:06 PM
Subject: %s
To: <dmorikawa.tokyo@gmail.com>


Hello Daisuke,

All done - Account #2 has been merged into Account #1. Your exam history,
both certifications and the unused 50%% exam voucher now sit under candidate
ID AWS11820476, and you can sign in with dmorikawa.tokyo@gmail.com as before.

Please allow up to 48 hours for Credly and for any partner profile to catch
up. Once that time has passed, sign in and check your exam history and
benefits; if something is missing, reply here and we will take a look.

Best regards,
Aiko
AWS Training and Certification Customer Service
""" % P_SUBJ
    html = "<div dir=\"ltr\">(自分用の記録として新しい会社のアドレスにも転送)<br><br><div class=\"gmail_quote\">" + \
        text.split("\n\n", 1)[1].replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n") + "</div></div>"
    body = multi("alternative", [leaf(text, cte="base64"), leaf(html, "html", cte="quoted-printable")], "gmail-m066")
    mid = mid_gmail("m066")
    raw = message(d, addr("森川 大輔", ME_P), ME_NEW, "Fwd: " + P_SUBJ, body, mid)
    add(raw, "user_reply", False, CASE_P)


ORDER = [m001, m002, m003, m004, m005, m006, m007, m008, m009,
         m010, m011, m012, m013,
         m014, m015, m016, m017, m018, m019, m020, m021, m022, m023, m024,
         m025, m026, m027, m028, m029, m030, m031, m032, m032b, m032c, m033,
         m034, m035, m036, m037, m038, m039, m040, m041, m042, m043,
         m044, m045, m046, m047, m048, m049, m050, m051, m052, m053, m054, m055,
         m056, m057, m058, m059, m060, m061, m062, m063, m064, m065, m066]


def main():
    for f in ORDER:
        f()
    for name in os.listdir(HERE):
        if name.endswith("-msg.eml") or name.endswith("-msg.json"):
            os.remove(os.path.join(HERE, name))
    counts = collections.Counter()
    replies = 0
    for i, (raw, label) in enumerate(MESSAGES, 1):
        with open(os.path.join(HERE, "%03d-msg.eml" % i), "wb") as fh:
            fh.write(raw)
        with open(os.path.join(HERE, "%03d-msg.json" % i), "w", encoding="utf-8") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
        counts[label["kind"]] += 1
        replies += label["needs_reply"]
    print("wrote %d messages" % len(MESSAGES))
    for k, n in sorted(counts.items()):
        print("  %-22s %d" % (k, n))
    print("  needs_reply=true       %d" % replies)


if __name__ == "__main__":
    main()
