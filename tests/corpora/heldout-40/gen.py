#!/usr/bin/env python3
"""Blind held-out corpus generator (blind-40). Standard library only.

Writes NNN-slug.eml + NNN-slug.json next to this script. One mailbox owner:
personal yuki.sakuraba.home@gmail.com, company y-sakuraba@kairo-systems.co.jp.
"""
import base64
import datetime as dt
import glob
import hashlib
import json
import os
import quopri
from email.header import Header
from email.utils import formataddr, format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))

ME_P = "yuki.sakuraba.home@gmail.com"
ME_C = "y-sakuraba@kairo-systems.co.jp"
ME_NAME = "Yuki Sakuraba"
FORM = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"

C21 = "8731150926"          # 10 digits, 2021
C23 = "30551872044"         # 11 digits, 2023
C25 = "174098112700318"     # 15 digits, main 2025 case
CDUP = "174098160200977"    # 15 digits, duplicate form submission
CCON = "174350271600584"    # 15 digits, console case
CFAKE = "174211093400126"   # in a spoofed mail only

ID_P = "AWS11907245"   # personal certification account
ID_C = "AWS03318562"   # company certification account
ID_D = "AWS20481136"   # 2023 duplicate (same personal email)
ID_V = "AWS07720934"   # 2021 voucher profile
ID_L = "AWS05562807"   # legacy 2019 profile

JST = dt.timezone(dt.timedelta(hours=9))
UTC = dt.timezone.utc
PDT = dt.timezone(dt.timedelta(hours=-7))

MIDS = {}
INDEX = []
SERIAL = [0]


def T(y, mo, d, h, mi, tz=UTC):
    return dt.datetime(y, mo, d, h, mi, 17, tzinfo=tz)


def enc_header(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def addr(name, a, cs="utf-8"):
    if not name:
        return a
    return formataddr((name, a), charset=cs)


def leaf(text, subtype="plain", charset="utf-8", cte="8bit"):
    return ("leaf", subtype, charset, cte, text)


def multi(subtype, *parts):
    return ("multi", subtype, parts)


def _codec(cs):
    return {"shift_jis": "cp932"}.get(cs.lower(), cs)


def enc_body(text, charset, cte, nl):
    raw = text.replace("\r\n", "\n").encode(_codec(charset))
    if cte == "base64":
        b = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        b = quopri.encodestring(raw)
    else:
        b = raw
    if nl == b"\r\n":
        b = b.replace(b"\n", b"\r\n")
    return b


def ser(p, nl, tag, depth=0):
    if p[0] == "leaf":
        _, sub, cs, cte, text = p
        hs = ['Content-Type: text/%s; charset="%s"' % (sub, cs),
              "Content-Transfer-Encoding: %s" % cte]
        return hs, enc_body(text, cs, cte, nl)
    _, sub, parts = p
    b = "----=_Part_%s_%d" % (tag, depth)
    hs = ['Content-Type: multipart/%s; boundary="%s"' % (sub, b)]
    out = b""
    for i, c in enumerate(parts):
        ch, cb = ser(c, nl, tag, depth * 10 + i + 1)
        out += b"--" + b.encode() + nl + nl.join(x.encode() for x in ch) + nl + nl + cb
        if not cb.endswith(nl):
            out += nl
    out += b"--" + b.encode() + b"--" + nl
    return hs, out


def auth_for(to, frm_domain, dkim="pass", dmarc="pass", spf="pass", dkim_d=None):
    dkim_d = dkim_d or frm_domain
    if ME_C in to and ME_P not in to:
        return ("Authentication-Results",
                "spf=%s (sender IP is 54.240.27.%d) smtp.mailfrom=%s; dkim=%s "
                "(signature was verified) header.d=%s;dmarc=%s action=%s "
                "header.from=%s;compauth=%s reason=%s"
                % (spf, 10 + SERIAL[0] % 200, frm_domain, dkim, dkim_d, dmarc,
                   "none" if dmarc == "pass" else "oreject", frm_domain,
                   "pass" if dmarc == "pass" else "fail", "100" if dmarc == "pass" else "000"))
    return ("Authentication-Results",
            "mx.google.com;\n       dkim=%s header.i=@%s header.s=sel%d header.b=Xq%dLw;\n"
            "       spf=%s (google.com: domain of bounces@%s %s 54.240.48.%d as permitted sender) "
            "smtp.mailfrom=bounces@%s;\n       dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=%s) header.from=%s"
            % (dkim, dkim_d, SERIAL[0] % 7, SERIAL[0], spf, frm_domain,
               "designates" if spf == "pass" else "does not designate", SERIAL[0] % 250, frm_domain,
               dmarc, "NONE" if dmarc == "pass" else "QUARANTINE", frm_domain))


def M(slug, label, date, frm, to, subject, body, cc=None, key=None, reply=None,
      refs=None, crlf=False, subj_cs="utf-8", auth=True, dkim="pass", dmarc="pass",
      spf="pass", dkim_d=None, extra=(), mid_domain=None, name_cs="utf-8"):
    SERIAL[0] += 1
    n = SERIAL[0]
    nl = b"\r\n" if crlf else b"\n"
    fname, faddr = frm if isinstance(frm, tuple) else (None, frm)
    fdom = faddr.split("@")[1]
    tos = to if isinstance(to, list) else [to]
    h = []
    if auth and faddr not in (ME_P, ME_C):
        k, v = auth_for(" ".join(tos), fdom, dkim, dmarc, spf, dkim_d)
        h.append("%s: %s" % (k, v))
    h.append("Return-Path: <bounces+%d@%s>" % (n, fdom))
    h.append("From: " + addr(fname, faddr, name_cs))
    h.append("To: " + ", ".join(tos))
    if cc:
        h.append("Cc: " + ", ".join(cc))
    h.append("Subject: " + enc_header(subject, subj_cs))
    h.append("Date: " + format_datetime(date))
    digest = hashlib.sha1(("%d%s" % (n, slug)).encode()).hexdigest()
    md = mid_domain or {"gmail.com": "mail.gmail.com",
                        "kairo-systems.co.jp": "TYCP286MB2213.JPNP286.PROD.OUTLOOK.COM",
                        "amazon.com": "email.amazonses.com"}.get(fdom, fdom)
    mid = "<%s.%s@%s>" % (digest[:16], digest[16:28], md)
    if fdom == "gmail.com":
        mid = "<CAF%s+%s@mail.gmail.com>" % (digest[:20], digest[20:32])
    h.append("Message-ID: " + mid)
    if key:
        MIDS[key] = mid
    if reply:
        h.append("In-Reply-To: " + MIDS[reply])
        chain = [MIDS[r] for r in (refs or [reply])]
        h.append("References: " + " ".join(chain))
    for x in extra:
        h.append(x)
    h.append("MIME-Version: 1.0")
    if isinstance(body, str):
        body = leaf(body)
    ch, cb = ser(body, nl, digest[:10])
    h.extend(ch)
    raw = nl.join(x.replace("\n", "\n").encode("ascii") for x in h)
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    raw += nl + nl + cb
    base = "%03d-mail" % n   # neutral file name; descriptive slug kept only in INDEX
    INDEX.append((base, slug, label))
    with open(os.path.join(OUT, base + ".eml"), "wb") as f:
        f.write(raw)
    kind, nr, case, cids = label
    with open(os.path.join(OUT, base + ".json"), "w") as f:
        json.dump({"kind": kind, "needs_reply": nr, "case": case, "candidate_ids": cids}, f,
                  ensure_ascii=False)
        f.write("\n")


def q(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.strip("\n").split("\n"))


def subj(case, sp="", tail="account-assistance", re_=""):
    return "%sRE:%s[CASE %s] [AWS Training and Certification Form Submission] - %s" % (re_, sp, case, tail)


def html_wrap(inner):
    return ("<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            "</head>\n<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px\">\n"
            + inner + "\n</body></html>\n")


for old in glob.glob(os.path.join(OUT, "[0-9][0-9][0-9]-*.eml")) + glob.glob(os.path.join(OUT, "[0-9][0-9][0-9]-*.json")):
    os.remove(old)


# ---------------------------------------------------------------------------
# 2021: company mailbox era, first exam, voucher case (10-digit case id)
# ---------------------------------------------------------------------------
M("exam-appointment", ("unrelated", False, None, []), T(2021, 6, 14, 2, 3),
  ("Pearson VUE", "pearsonvue-confirmation@pearson.com"), ME_C,
  "Confirmation of your AWS Certified Solutions Architect - Associate exam appointment",
  leaf("""Dear Yuki Sakuraba,

Thank you for scheduling your exam with Pearson VUE.

Exam: SAA-C02: AWS Certified Solutions Architect - Associate
Registration ID: 412907733
Date: Saturday, June 26, 2021  Time: 10:00 JST
Location: Pearson Professional Centers - Tokyo, Shinjuku

Please arrive 30 minutes before your appointment and bring two forms of
identification. If you need to reschedule or cancel, please do so at least
24 hours before your appointment through your Pearson VUE web account. Please
do not reply to this message; this mailbox is not monitored.

Pearson VUE
""", cte="quoted-printable", charset="us-ascii"))

M("certified-congrats", ("certification", False, None, [ID_V]), T(2021, 6, 28, 18, 41),
  ("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
  "Congratulations, you are now AWS Certified!",
  multi("alternative",
        leaf("""Hello Yuki,

Congratulations on earning the AWS Certified Solutions Architect - Associate
certification! Your Candidate ID is AWS07720934.

You can download your certificate and view your benefits, including a 50%
discount voucher for your next exam, from your AWS Certification Account.

Validation number: 3QX9TBV2K1E41M5B
Expiration: June 26, 2024

Regards,
AWS Training and Certification
""", cte="7bit", charset="us-ascii"),
        leaf(html_wrap("""<p>Hello Yuki,</p>
<p>Congratulations on earning the <b>AWS Certified Solutions Architect - Associate</b> certification!
Your Candidate ID is <b>AWS07720934</b>.</p>
<table border="1" cellpadding="4"><tr><td>Validation number</td><td>3QX9TBV2K1E41M5B</td></tr>
<tr><td>Expiration</td><td>June 26, 2024</td></tr></table>
<p>Regards,<br>AWS Training and Certification</p>"""), "html", "utf-8", "quoted-printable")))

M("badge-claim-2021", ("badge", False, None, []), T(2021, 6, 29, 9, 12),
  ("Acclaim", "admin@youracclaim.com"), ME_C,
  "Amazon Web Services Training and Certification has sent you a badge",
  multi("alternative",
        leaf("""Yuki, you've earned a badge!

Amazon Web Services Training and Certification has issued you the
AWS Certified Solutions Architect - Associate badge.

Accept your badge: https://www.youracclaim.com/earner/earned/badge/4b1f7c2e-93d0-4c11-a0b5-7b2f3e64a9d1

Once you accept, you can share it on LinkedIn, Twitter and more.

Acclaim | Powered by Credly
""", cte="7bit", charset="us-ascii"),
        leaf(html_wrap("""<h2>Yuki, you've earned a badge!</h2>
<p>Amazon Web Services Training and Certification has issued you the <b>AWS Certified Solutions Architect - Associate</b> badge.</p>
<p><a href="https://www.youracclaim.com/earner/earned/badge/4b1f7c2e-93d0-4c11-a0b5-7b2f3e64a9d1">Accept your badge</a></p>"""),
             "html", "utf-8", "base64")))

M("form-received-ja", ("acknowledgement", False, C21, []), T(2021, 11, 8, 4, 20),
  FORM, ME_C, subj(C21),
  leaf("""Amazon Web Services にお問い合わせいただき、ありがとうございます。

お問い合わせの内容を確認するため、ケース %s を作成いたしました。

ケースの詳細は以下のとおりです。

ケース ID: %s
件名: [AWS Training and Certification Form Submission] - account-assistance
内容:
受験後にもらえるはずの50%%割引バウチャーが、認定アカウントの特典画面に表示されません。

担当者より通常24時間以内にご連絡いたしますが、最善の解決策を見つけるために
さらにお時間を頂戴することもございます。
すでにケースが提起されている場合は、同様のリクエストについて別のケースを
提起しないでください。

Amazon Web Services
""" % (C21, C21), "plain", "iso-2022-jp", "7bit"), subj_cs="iso-2022-jp", key="c21ack")

M("voucher-profile-check", ("info_request", True, C21, [ID_V]), T(2021, 11, 9, 1, 5),
  FORM, ME_C, subj(C21),
  leaf("""桜庭 様

AWS トレーニングと認定サポートの佐伯です。

確認したところ、割引バウチャーはご利用中のアカウントではなく、
候補ID AWS07720934 のプロファイルに付与されていました。
こちらのプロファイルは、別のメールアドレス(yuki.s*****.home@g****.com)で登録されています。

ご本人確認のため、上記プロファイルに登録されているメールアドレスから
本メールに返信してください。確認が取れ次第、バウチャーを移動します。

佐伯
AWS Training and Certification
""", "plain", "shift_jis", "8bit"), crlf=True, key="c21req", reply="c21ack")

M("voucher-reply-ja", ("user_reply", False, C21, [ID_V, ID_C]), T(2021, 11, 9, 19, 48, JST),
  (ME_NAME, ME_P), FORM, subj(C21),
  leaf("""佐伯様

ご確認ありがとうございます。個人のアドレスから返信いたします。
AWS07720934 は私のプロファイルで間違いありません。
バウチャーは会社のプロファイル AWS03318562 のほうに移していただけると助かります。

よろしくお願いいたします。
桜庭 悠希

2021年11月9日(火) 10:05 <aws-cs-trainingcertification-form@amazon.com>:

> 桜庭 様
>
> AWS トレーニングと認定サポートの佐伯です。
>
> 確認したところ、割引バウチャーはご利用中のアカウントではなく、
> 候補ID AWS07720934 のプロファイルに付与されていました。
>
> ご本人確認のため、上記プロファイルに登録されているメールアドレスから
> 本メールに返信してください。確認が取れ次第、バウチャーを移動します。
""", "plain", "utf-8", "base64"), key="c21rep", reply="c21req", refs=["c21ack", "c21req"])

M("voucher-moved", ("resolved", False, C21, [ID_V, ID_C]), T(2021, 11, 10, 3, 30),
  FORM, [ME_C, ME_P], subj(C21),
  """Hello Yuki,

Thanks for confirming from the other address. I've merged profile AWS07720934
into AWS03318562, and the 50% exam voucher now shows under Benefits on your
company account. Your exam history and certification came over with it.

If you have any other questions, feel free to reply to this email and I'll be
happy to help.

Kind regards,
Saeki
AWS Training and Certification

-----Original Message-----
From: Yuki Sakuraba <yuki.sakuraba.home@gmail.com>
Sent: 2021-11-09 10:48 UTC
Subject: RE:[CASE 8731150926] [AWS Training and Certification Form Submission] - account-assistance

AWS07720934 は私のプロファイルで間違いありません。
バウチャーは会社のプロファイル AWS03318562 のほうに移していただけると助かります。
""", key="c21res", reply="c21rep", refs=["c21ack", "c21req", "c21rep"])

M("rate-support-2021", ("survey", False, C21, []), T(2021, 11, 11, 3, 31),
  ("AWS Training and Certification", "aws-training-survey@amazon.com"), ME_C,
  "How did we do? Your feedback on case 8731150926",
  multi("alternative",
        leaf("""Hello,

Your recent case 8731150926 with AWS Training and Certification has been
resolved. We'd love to hear how we did.

How satisfied were you with the support you received?
  Very satisfied  https://survey.aws.training/r/8731150926?s=5
  Satisfied       https://survey.aws.training/r/8731150926?s=4
  Neutral         https://survey.aws.training/r/8731150926?s=3
  Dissatisfied    https://survey.aws.training/r/8731150926?s=2

This survey takes less than a minute.
""", charset="us-ascii", cte="7bit"),
        leaf(html_wrap("""<p>Your recent case <b>8731150926</b> with AWS Training and Certification has been resolved. We'd love to hear how we did.</p>
<table><tr><td><a href="https://survey.aws.training/r/8731150926?s=5">&#9733;&#9733;&#9733;&#9733;&#9733;</a></td></tr>
<tr><td><a href="https://survey.aws.training/r/8731150926?s=1">&#9733;</a></td></tr></table>"""),
             "html", "utf-8", "quoted-printable")))

# ---------------------------------------------------------------------------
# 2022-2023
# ---------------------------------------------------------------------------
M("hear-from-you", ("certification", False, None, []), T(2022, 8, 16, 15, 2),
  ("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
  "AWS Certification wants to hear from you",
  multi("alternative",
        leaf("""Hi Yuki,

As an AWS Certified individual, your opinion matters. Please take 10 minutes
to tell us about your experience with AWS Certification and how it has
affected your career. Your answers help us shape future exams.

Start the survey: https://www.certmetrics.com/amazon/survey/aws-cert-2022

The survey closes on August 31, 2022.

Thank you,
AWS Certification
""", charset="us-ascii", cte="7bit"),
        leaf(html_wrap("<p>Hi Yuki,</p><p>As an AWS Certified individual, your opinion matters. "
                       "<a href=\"https://www.certmetrics.com/amazon/survey/aws-cert-2022\">Take the survey</a></p>"),
             "html", "utf-8", "7bit")))

M("builder-id-code-2023", ("unrelated", False, None, []), T(2023, 4, 3, 0, 10),
  ("AWS Builder ID", "no-reply@signin.aws"), ME_P,
  "Verify your AWS Builder ID email address",
  multi("alternative",
        leaf("""Hello,

Use the following verification code to finish creating your AWS Builder ID:

    581204

This code expires in 10 minutes. If you didn't request this code, you can
ignore this message.

Amazon Web Services
""", charset="us-ascii", cte="7bit"),
        leaf(html_wrap("<p>Use the following verification code:</p><p style=\"font-size:28px\"><b>581204</b></p>"),
             "html", "utf-8", "quoted-printable")))

M("case-opened-2023", ("acknowledgement", False, C23, []), T(2023, 4, 3, 0, 34),
  FORM, ME_P, subj(C23),
  """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to
address your inquiry.

The details of your case are as follows:

Case ID: %s
Subject: [AWS Training and Certification Form Submission] - account-assistance
Inquiry: I created a second certification account with the same email by
mistake and my new badges no longer show up in Credly. Please merge them.

Someone from our team will get back to you, usually within 24 hours. If you
would like to add information to this case, simply reply to this message.
Please do not open another case for the same request.

Amazon Web Services
""" % (C23, C23), key="c23ack", crlf=True)

M("which-emails", ("info_request", True, C23, []), T(2023, 4, 4, 0, 2),
  FORM, ME_P, subj(C23),
  """Hi Yuki,

Which email addresses are on the two accounts you mentioned? I can only
find one certification account under yuki.sakuraba.home@gmail.com, so I
need the second one to locate it. The candidate IDs would work too.

Tomasz
AWS Training & Certification Support
""", key="c23req", reply="c23ack")

M("both-same-email", ("user_reply", False, C23, [ID_P, ID_D]), T(2023, 4, 4, 12, 15, JST),
  (ME_NAME, ME_P), FORM, subj(C23),
  """Hi Tomasz,

Both use yuki.sakuraba.home@gmail.com. The candidate IDs are AWS11907245 (the
one I normally use) and AWS20481136 (created by accident when I signed in
with Builder ID).

Thanks,
Yuki

On Tue, Apr 4, 2023 at 9:02 AM <aws-cs-trainingcertification-form@amazon.com> wrote:

> Hi Yuki,
>
> Which email addresses are on the two accounts you mentioned? I can only
> find one certification account under yuki.sakuraba.home@gmail.com, so I
> need the second one to locate it. The candidate IDs would work too.
>
> Tomasz
> AWS Training & Certification Support
""", key="c23rep1", reply="c23req", refs=["c23ack", "c23req"])

M("pick-primary-2023", ("confirmation_request", True, C23, [ID_P, ID_D]), T(2023, 4, 6, 5, 47),
  FORM, ME_P, subj(C23, sp=" "),
  multi("alternative",
        leaf("""Hello Yuki,

Thanks, I found both. Here is what we have on file:

Account #1 (AWS11907245)
Login email: yuki.sakuraba.home@gmail.com
Training notification email: yuki.sakuraba.home@gmail.com
Certification notification email: yuki.sakuraba.home@gmail.com

Account #2 (AWS20481136)
Login email: yuki.sakuraba.home@gmail.com
Training notification email: yuki.sakuraba.home@gmail.com
Certification notification email: (none)

Please confirm which of these should remain as your primary account. The
other one will be merged into it and deactivated.

Best regards,
Tomasz
AWS Training & Certification Support
""", charset="utf-8", cte="quoted-printable"),
        leaf(html_wrap("""<p>Hello Yuki,</p><p>Thanks, I found both. Here is what we have on file:</p>
<p><b>Account #1 (AWS11907245)</b><br>Login email: yuki.sakuraba.home@gmail.com<br>Training notification email: yuki.sakuraba.home@gmail.com<br>Certification notification email: yuki.sakuraba.home@gmail.com</p>
<p><b>Account #2 (AWS20481136)</b><br>Login email: yuki.sakuraba.home@gmail.com<br>Training notification email: yuki.sakuraba.home@gmail.com<br>Certification notification email: (none)</p>
<p>Please confirm which of these should remain as your primary account. The other one will be merged into it and deactivated.</p>
<p>Best regards,<br>Tomasz<br>AWS Training &amp; Certification Support</p>"""), "html", "utf-8", "quoted-printable")),
  key="c23conf", reply="c23rep1", refs=["c23ack", "c23req", "c23rep1"])

M("closed-no-response-2023", ("closing_notice", True, C23, []), T(2023, 4, 12, 6, 0),
  FORM, ME_P, subj(C23),
  """Hello,

Since we did not receive a response to our last message, this case has now
been closed.

Should you still want the two accounts combined, a reply to this email
within 14 days will reopen the case and it will come back to the same
queue. After that you would need to submit a new request.

Thank you for contacting AWS Training and Certification.
""", key="c23close", reply="c23conf")

M("keep-account-1-2023", ("user_reply", False, C23, [ID_P]), T(2023, 4, 13, 21, 9, JST),
  (ME_NAME, ME_P), FORM, subj(C23, re_="Re: "),
  """Sorry, I was travelling and missed your mail. Please keep Account #1
(AWS11907245) and merge the other one into it.

Yuki

On Wed, Apr 12, 2023 at 3:00 PM <aws-cs-trainingcertification-form@amazon.com> wrote:
> Hello,
>
> Since we did not receive a response to our last message, this case has now
> been closed.
>
> Should you still want the two accounts combined, a reply to this email
> within 14 days will reopen the case and it will come back to the same
> queue.
""", key="c23rep2", reply="c23close", refs=["c23ack", "c23conf", "c23close"])

M("combined-2023", ("resolved", False, C23, [ID_D, ID_P]), T(2023, 4, 14, 2, 18),
  FORM, ME_P, subj(C23),
  """Hi Yuki,

Welcome back. AWS20481136 has been combined into AWS11907245. Your
certifications are all under Account #1 now, and Credly should pick up the
change within 24 to 48 hours, no need to re-claim anything.

Tomasz
AWS Training & Certification Support

> Please confirm which of these should remain as your primary account. The
> other one will be merged into it and deactivated.
>
> Account #1 (AWS11907245)
> Login email: yuki.sakuraba.home@gmail.com
> Account #2 (AWS20481136)
> Login email: yuki.sakuraba.home@gmail.com
""", key="c23res", reply="c23rep2", refs=["c23ack", "c23conf", "c23close", "c23rep2"])

M("credly-new-badge-2023", ("badge", False, None, []), T(2023, 4, 15, 8, 44),
  ("Credly", "admin@credly.com"), ME_P,
  "Yuki, claim your AWS Certified Cloud Practitioner badge",
  multi("alternative",
        leaf("""Amazon Web Services Training and Certification issued you a new badge:
AWS Certified Cloud Practitioner

Accept badge: https://www.credly.com/earner/earned/badge/9a0c4f6d-1e2b-43f1-8c7a-5d6e0b2a7f13

Credly, Inc. | 1 World Trade Center, New York, NY
""", charset="us-ascii", cte="7bit"),
        leaf(html_wrap("<p>Amazon Web Services Training and Certification issued you a new badge: <b>AWS Certified Cloud Practitioner</b></p>"
                       "<p><a href=\"https://www.credly.com/earner/earned/badge/9a0c4f6d-1e2b-43f1-8c7a-5d6e0b2a7f13\">Accept badge</a></p>"),
             "html", "utf-8", "base64")))

M("gh-pr-merged", ("unrelated", False, None, []), T(2023, 6, 20, 7, 1),
  ("Haruto Ishii", "notifications@github.com"), ME_P,
  "Re: [kairo/infra-tools] Merge duplicate account lookups (PR #42)",
  multi("alternative",
        leaf("""Merged #42 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kairo/infra-tools/pull/42#event-9512204471
You are receiving this because you authored the thread.
""", charset="us-ascii", cte="7bit"),
        leaf(html_wrap("<p>Merged <a href=\"https://github.com/kairo/infra-tools/pull/42\">#42</a> into main.</p>"),
             "html", "utf-8", "7bit")),
  extra=["List-ID: kairo/infra-tools <infra-tools.kairo.github.com>", "X-GitHub-Reason: author"])

M("verify-merge-lookalike", ("suspicious", False, None, []), T(2023, 10, 2, 11, 27),
  ("AWS Certification Support", "aws-certification@amazon-certsupport.com"), ME_P,
  "Action required: confirm your AWS Certification account merge",
  leaf(html_wrap("""<p>Dear Certified Professional,</p>
<p>We detected two AWS Certification accounts registered to your email. To avoid losing your certifications and badges,
you must confirm the merge within <b>24 hours</b>.</p>
<table border="1" cellpadding="6">
<tr><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Login email</td><td>yuki.sakuraba.home@gmail.com</td><td>y-sakuraba@kairo-systems.co.jp</td></tr>
</table>
<p><a href="http://amazon-certsupport.com/merge/confirm?u=8812">Confirm merge now</a> or simply reply to this email with your password for verification.</p>
<p>AWS Training and Certification</p>"""), "html", "utf-8", "base64"),
  dkim_d="amazon-certsupport.com")

M("recertified-2024", ("certification", False, None, []), T(2024, 5, 20, 16, 5),
  ("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
  "Congratulations on recertifying your AWS Certification!",
  """Hello Yuki,

Congratulations on recertifying your AWS Certified Solutions Architect -
Associate certification. Your new expiration date is May 18, 2027.

Your digital badge will be updated automatically in Credly. No further
action is required.

AWS Training and Certification
""")

M("credly-updated-2024", ("badge", False, None, []), T(2024, 5, 21, 2, 50),
  ("Credly", "admin@credly.com"), ME_C,
  "Your badge from Amazon Web Services Training and Certification has been updated",
  multi("alternative",
        leaf("""Hi Yuki,

The expiration date of your AWS Certified Solutions Architect - Associate badge
has been updated by Amazon Web Services Training and Certification.

View your badge: https://www.credly.com/badges/2d7e91b0-55a4-4f0c-a8e1-0c9f3b6d4e27

Credly
""", charset="us-ascii", cte="7bit"),
        leaf(html_wrap("<p>The expiration date of your badge has been updated.</p>"), "html", "utf-8", "7bit")))

# ---------------------------------------------------------------------------
# 2025: leaving Kairo Systems. Main case C25 + duplicate CDUP.
# ---------------------------------------------------------------------------
M("billing-statement-ja", ("unrelated", False, None, []), T(2025, 2, 20, 9, 3),
  ("Amazon Web Services", CONSOLE), ME_P,
  "Amazon Web Services 請求書のお知らせ [アカウント: 480193726654]",
  multi("alternative",
        leaf("""Amazon Web Services をご利用いただきありがとうございます。

2025年1月分の請求書が発行されました。

アカウント ID: 480193726654
請求期間: 2025年1月1日 - 2025年1月31日
合計金額: USD 3.42

請求書は Billing and Cost Management コンソールからご確認いただけます。
https://console.aws.amazon.com/billing/home#/bills

このメールアドレスは受信専用です。ご質問がございましたら、サポートセンターからお問い合わせください。

Amazon Web Services, Inc.
""", charset="utf-8", cte="base64"),
        leaf(html_wrap("""<p>2025年1月分の請求書が発行されました。</p>
<table border="1" cellpadding="4"><tr><td>アカウント ID</td><td>480193726654</td></tr>
<tr><td>合計金額</td><td>USD 3.42</td></tr></table>"""), "html", "utf-8", "base64")))

ACK25_TXT = """Amazon Web Services にお問い合わせいただき、ありがとうございます。

ケース %s を作成いたしました。ケースの詳細は以下のとおりです。

ケース ID: %s
件名: [AWS Training and Certification Form Submission] - account-assistance
お問い合わせ内容:
Use Case: I am leaving Kairo Systems at the end of March and would like to merge my accounts.
All email addresses you may have used in our system: y-sakuraba@kairo-systems.co.jp, yuki.sakuraba.home@gmail.com
The email address you would like to keep on file: yuki.sakuraba.home@gmail.com

担当者より通常24時間以内にご連絡いたします。
すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。
お問い合わせ内容に追加のご質問や補足がございましたら、このメールにご返信ください。

Amazon Web Services
""" % (C25, C25)
M("form-ack-ja", ("acknowledgement", False, C25, []), T(2025, 3, 3, 5, 52),
  FORM, ME_P, subj(C25),
  multi("alternative", leaf(ACK25_TXT, charset="utf-8", cte="quoted-printable"),
        leaf(html_wrap("<div>" + ACK25_TXT.replace("\n", "<br>\n") + "</div>"), "html", "utf-8", "quoted-printable")),
  key="c25ack")

M("form-ack-en", ("acknowledgement", False, CDUP, []), T(2025, 3, 3, 6, 0),
  FORM, ME_P, subj(CDUP, sp=" "),
  """Thank you for contacting Amazon Web Services. We have opened case %s
to address your inquiry.

The details of your case are as follows:

Case ID: %s
Subject: [AWS Training and Certification Form Submission] - account-assistance
Correspondence:
Use Case: I am leaving Kairo Systems at the end of March and would like to
merge my accounts. Keep yuki.sakuraba.home@gmail.com.

We typically respond within 24 hours, but it may take longer to find the
best solution for you. If a case is already open for this request, please
do not open another one.

Amazon Web Services
""" % (CDUP, CDUP), key="dupack", crlf=True)

M("dup-reply", ("user_reply", False, CDUP, []), T(2025, 3, 3, 15, 22, JST),
  (ME_NAME, ME_P), FORM, subj(CDUP, sp=" ", re_="Re: "),
  """Hello,

I pressed submit twice by mistake. This case is the same request as case
%s, so please close this one and keep working on the other.

Sorry for the trouble.
Yuki Sakuraba
""" % C25, key="duprep", reply="dupack")

M("dup-closed", ("resolved", False, CDUP, []), T(2025, 3, 4, 1, 14),
  FORM, ME_P, subj(CDUP, sp=" "),
  """Hi Yuki,

No problem at all. I've closed case %s as a duplicate; your merge
request will be handled under case %s. No further action is required
on this one.

Best,
Priya
AWS Training and Certification

On 3/3/2025 6:22 AM, Yuki Sakuraba wrote:
> I pressed submit twice by mistake. This case is the same request as case
> %s, so please close this one and keep working on the other.
""" % (CDUP, C25, C25), reply="duprep", refs=["dupack", "duprep"])

M("partner-link", ("on_hold", True, C25, [ID_C]), T(2025, 3, 5, 2, 38),
  FORM, ME_P, subj(C25), cc=[ME_C],
  body="""Hello Yuki,

Thank you for your patience while we reviewed your request.

When we looked up the certification account registered to
y-sakuraba@kairo-systems.co.jp (AWS03318562), we found that it is
associated with an AWS Partner Network (APN) organization, Kairo Systems
K.K. Certifications held on partner-linked accounts count toward the
partner's tier and program requirements, so we don't merge them away from
the organization while the person is still employed there. Your case is
on hold until this is cleared.

In situations like this we usually coordinate with the partner team, which
can take a few business days. To get that started we need to know two
things from you: are you leaving Kairo Systems, and if so what is your last
working day?

Kind regards,
Marisol R.
AWS Training and Certification
""", key="c25hold")

M("leaving-outlook", ("user_reply", False, C25, []), T(2025, 3, 5, 13, 2, JST),
  ("Sakuraba Yuki / 桜庭 悠希", ME_C), FORM, subj(C25, re_="RE: "),
  leaf("""Hello Marisol,

Yes, I am leaving Kairo Systems. My last working day is March 31, 2025. After that
this company address will stop working, so please use my personal address.

Best regards,
Yuki Sakuraba
Kairo Systems K.K. | Cloud Infrastructure Group

From: aws-cs-trainingcertification-form@amazon.com <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, March 5, 2025 11:38 AM
To: yuki.sakuraba.home@gmail.com
Cc: y-sakuraba@kairo-systems.co.jp
Subject: RE:[CASE 174098112700318] [AWS Training and Certification Form Submission] - account-assistance

Hello Yuki,

Thank you for your patience while we reviewed your request.
[...]
To get that started we need to know two things from you: are you leaving Kairo Systems,
and if so what is your last working day?

Kind regards,
Marisol R.
""", charset="iso-2022-jp", cte="7bit"), crlf=True, key="c25rep1", reply="c25hold",
  refs=["c25ack", "c25hold"], name_cs="iso-2022-jp",
  extra=["Thread-Topic: [CASE 174098112700318] [AWS Training and Certification Form Submission] - account-assistance",
         "X-MS-Has-Attach: ", "Content-Language: ja-JP"])

M("contact-mismatch", ("info_request", True, C25, []), T(2025, 3, 6, 0, 55),
  FORM, [ME_C, ME_P], subj(C25),
  """Hi Yuki,

Thanks for letting us know. One snag: your reply came from
y-sakuraba@kairo-systems.co.jp, but the contact on this case is
yuki.sakuraba.home@gmail.com. For account security we can only act on
confirmations from the case contact.

We need the same statement (that you are leaving and your last day) sent
from yuki.sakuraba.home@gmail.com. A short reply from that mailbox is
enough.

Marisol R.
AWS Training and Certification
""", key="c25mis", reply="c25rep1", refs=["c25ack", "c25hold", "c25rep1"])

M("personal-confirm", ("user_reply", False, C25, []), T(2025, 3, 6, 18, 30, JST),
  (ME_NAME, ME_P), FORM, "Re: confirmation from my personal address",
  """Hi Marisol,

Writing from my personal address as requested: I am leaving Kairo Systems
K.K., and my last working day is 31 March 2025.

Thanks,
Yuki
""", key="c25rep2", reply="c25mis", refs=["c25ack", "c25hold", "c25rep1", "c25mis"])

M("apn-team-ja", ("on_hold", False, C25, []), T(2025, 3, 7, 4, 11),
  FORM, ME_P, subj(C25),
  leaf("""桜庭 悠希 様

いつもお世話になっております。AWS トレーニングと認定サポートの森です。

ご退職予定日のご連絡をいただき、ありがとうございます。
旧アカウントが AWS パートナーネットワーク(APN)の組織に関連付けられているため、
現在 APN チームに関連付けの解除を依頼しております。
APN チームからの回答があり次第、改めてご連絡いたします。

現時点でお客様にご対応いただく必要はございません。
今しばらくお待ちいただけますと幸いです。

森
AWS Training and Certification
""", charset="iso-2022-jp", cte="7bit"), subj_cs="iso-2022-jp", key="c25apn",
  reply="c25rep2", refs=["c25ack", "c25hold", "c25mis", "c25rep2"])

M("summit-invite-ja", ("unrelated", False, None, []), T(2025, 3, 8, 1, 0),
  ("AWS Japan", "aws-marketing-email-replies@amazon.com"), ME_P,
  "【AWS Summit Japan 2025】参加登録受付を開始しました",
  leaf(html_wrap("""<table width="600" cellpadding="0" cellspacing="0" align="center">
<tr><td style="background:#232f3e;color:#fff;padding:16px"><b>AWS Summit Japan 2025</b></td></tr>
<tr><td style="padding:16px">
<p>桜庭 様</p>
<p>AWS Summit Japan 2025 の参加登録受付を開始しました。今年は 6 月 25 日(水)、26 日(木) に幕張メッセで開催します。</p>
<p>AWS 認定資格保有者向けの認定者ラウンジもご用意しております。ぜひご登録ください。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/">今すぐ登録する</a></p>
<p style="font-size:11px;color:#777">このメールは送信専用アドレスから配信されています。配信停止をご希望の場合は<a href="https://pages.awscloud.com/unsubscribe">こちら</a>。</p>
</td></tr></table>"""), "html", "utf-8", "base64"))

M("jira-ticket", ("unrelated", False, None, []), T(2025, 3, 10, 8, 15, JST),
  ("Haruto Ishii (Jira)", "jira@kairo-systems.atlassian.net"), ME_C,
  "[JIRA] (INFRA-2231) Merge customer account records after CRM migration",
  """Haruto Ishii resolved INFRA-2231 as Done.

INFRA-2231: Merge customer account records after CRM migration
Status: Resolved
Resolution: Done
Assignee: Yuki Sakuraba

Comment:
Merged on prod. @Yuki Sakuraba please confirm the account counts match
before Friday.

View issue: https://kairo-systems.atlassian.net/browse/INFRA-2231
""", auth=True)

M("it-mailbox-ja", ("unrelated", False, None, []), T(2025, 3, 10, 10, 0, JST),
  ("情報システム部", "it-helpdesk@kairo-systems.co.jp"), ME_C,
  "【ご案内】退職に伴うメールアカウント停止について",
  leaf("""桜庭 悠希 さん

情報システム部です。
退職日に伴い、以下の日時でメールアカウントを停止します。

  アカウント: y-sakuraba@kairo-systems.co.jp
  停止日時: 2025年3月31日(月) 18:00

停止後に届いたメールは受信できません。
外部サービスに会社アドレスを登録している場合は、停止前に変更してください。
転送設定を希望する場合は、3月21日までに本メールへ返信してください。

情報システム部 ヘルプデスク
""", charset="iso-2022-jp", cte="7bit"), subj_cs="iso-2022-jp", name_cs="iso-2022-jp", crlf=True)

M("partner-cleared", ("case_update", False, C25, []), T(2025, 3, 11, 23, 40),
  FORM, ME_P, subj(C25),
  """Hello Yuki,

A quick update on your case: the APN team has approved releasing your
certification record from Kairo Systems effective from your last working
day. I have moved the case to our account merge queue. They usually pick
it up within two business days and will write to you directly from there.

Regards,
Devika
AWS Training and Certification
""", key="c25upd", reply="c25apn")

M("spoofed-case-mail", ("suspicious", False, None, []), T(2025, 3, 12, 16, 3),
  ("AWS Training and Certification", FORM), ME_P, subj(CFAKE),
  multi("alternative",
        leaf("""Hello,

Your account merge request is almost complete. Account #1 and Account #2
listed in your request will be merged within 24 hours.

To finalize, confirm your identity and your Builder ID password here:
https://aws-training-verify.com/merge/finalize?case=%s

If we do not receive your confirmation, the merge will be cancelled and
your certifications may be lost.

Amazon Web Services
""" % CFAKE, charset="us-ascii", cte="7bit"),
        leaf(html_wrap("<p>Your account merge request is almost complete.</p>"
                       "<p><a href=\"https://aws-training-verify.com/merge/finalize?case=%s\">Confirm identity</a></p>" % CFAKE),
             "html", "utf-8", "quoted-printable")),
  dkim="fail", dmarc="fail", spf="softfail", dkim_d="aws-training-verify.com")

M("name-spelling", ("info_request", True, C25, [ID_P, ID_C]), T(2025, 3, 13, 3, 26),
  FORM, ME_P, subj(C25),
  """Hello Yuki,

My name is Kenji and I'm on the account merge team; Devika passed your
case to me yesterday.

I've gone through both records. The personal account (AWS11907245) has
your exam history from 2023 onwards and the Cloud Practitioner
certification. The company account (AWS03318562) holds the Solutions
Architect - Associate certification, which was recertified in May 2024 and
is valid until May 2027, plus one unused 50% exam voucher that expires on
30 June 2025. Everything on the company account will move over, including
the voucher, and the partner link will be removed at the same time, as
agreed with the APN team.

Before I prepare the merge there is one discrepancy. The legal name on
the personal account is "Yuki Sakuraba" while the company account has
"Yuuki Sakuraba". Certificates are printed with the name on the surviving
account, and a mismatch with your ID can cause problems at test centers.
Which spelling do you want on the merged account?

Thanks,
Kenji
AWS Training and Certification - Account Services
""", key="c25name", reply="c25upd")

M("spelling-reply", ("user_reply", False, C25, []), T(2025, 3, 13, 20, 5, JST),
  (ME_NAME, ME_P), FORM, subj(C25, re_="Re: "),
  """"Yuki Sakuraba" please, same as my passport.

On Thu, 13 Mar 2025 at 12:26, <aws-cs-trainingcertification-form@amazon.com> wrote:
> Before I prepare the merge there is one discrepancy. The legal name on
> the personal account is "Yuki Sakuraba" while the company account has
> "Yuuki Sakuraba". [...]
> Which spelling do you want on the merged account?
""", key="c25rep3", reply="c25name")

CONF25_HTML = html_wrap("""<p>Hello Yuki,</p>
<p>Thank you. The merged account will use the name <b>Yuki Sakuraba</b>. These are the two accounts:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#eaeded"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS11907245</td><td>AWS03318562</td></tr>
<tr><td>Login email</td><td>yuki.sakuraba.home@gmail.com</td><td>y-sakuraba@kairo-systems.co.jp</td></tr>
<tr><td>Training notification email</td><td>yuki.sakuraba.home@gmail.com</td><td>y-sakuraba@kairo-systems.co.jp</td></tr>
<tr><td>Certification notification email</td><td>yuki.sakuraba.home@gmail.com</td><td>y-sakuraba@kairo-systems.co.jp</td></tr>
</table>
<p>Kindly reply confirming that Account #2 should be merged into Account #1. Once merged, the company login will no longer work.</p>
<p>Best regards,<br>Kenji<br>AWS Training and Certification - Account Services</p>""")
M("account-table", ("confirmation_request", True, C25, [ID_P, ID_C]), T(2025, 3, 14, 2, 9),
  FORM, ME_P, subj(C25), leaf(CONF25_HTML, "html", "utf-8", "base64"), crlf=True,
  key="c25conf", reply="c25rep3")

M("exam-reminder-ja", ("unrelated", False, None, []), T(2025, 3, 14, 9, 30),
  ("ピアソンVUE", "pearsonvue-confirmation@pearson.com"), ME_P,
  "【ピアソンVUE】試験予約の確認 - AWS Certified Developer - Associate",
  leaf("""桜庭 悠希 様

ピアソンVUE をご利用いただきありがとうございます。
以下の内容で試験のご予約を承りました。

試験: DVA-C02 AWS Certified Developer - Associate
登録番号: 583110274
日時: 2025年4月10日(木) 14:00
会場: オンライン (OnVUE)

予約の変更・キャンセルは、試験開始の24時間前までにウェブアカウントから行ってください。
本メールは送信専用です。ご返信いただいてもお答えできません。

ピアソンVUE
""", charset="shift_jis", cte="base64"), subj_cs="iso-2022-jp")

M("vendor-ticket-closed", ("unrelated", False, None, []), T(2025, 3, 17, 4, 2),
  ("Nimbus Backup Support", "support@nimbusbackup.io"), ME_P,
  "[Case #00482915] Your support case has been closed",
  """Hi Yuki,

We haven't heard back from you, so we've closed case #00482915 ("Restore
job stuck at 97%").

If the problem is still happening, just reply to this email within 7 days
and the case will reopen automatically.

Nimbus Backup Support
""")

CONF25_TXT = """Hello Yuki,

Thank you. The merged account will use the name Yuki Sakuraba. These are the two accounts:

Account #1 - AWS11907245
Login email: yuki.sakuraba.home@gmail.com
Training notification email: yuki.sakuraba.home@gmail.com
Certification notification email: yuki.sakuraba.home@gmail.com

Account #2 - AWS03318562
Login email: y-sakuraba@kairo-systems.co.jp
Training notification email: y-sakuraba@kairo-systems.co.jp
Certification notification email: y-sakuraba@kairo-systems.co.jp

Kindly reply confirming that Account #2 should be merged into Account #1. Once merged, the company login will no longer work.

Best regards,
Kenji
"""
M("checking-in", ("closing_notice", True, C25, []), T(2025, 3, 18, 0, 12),
  FORM, ME_P, subj(C25),
  """Hi Yuki,

Just checking in. We're still waiting for your go-ahead on the account
selection below. Without an answer by 21 March we'll assume the merge is
no longer needed and close this case; a reply before then keeps it open.

Kenji

-----Original Message-----
From: aws-cs-trainingcertification-form@amazon.com
Sent: Friday, March 14, 2025 2:09 AM
To: yuki.sakuraba.home@gmail.com
Subject: RE:[CASE 174098112700318] [AWS Training and Certification Form Submission] - account-assistance

""" + CONF25_TXT, key="c25close", reply="c25conf", refs=["c25conf"])

M("confirmed-top-post", ("user_reply", False, C25, []), T(2025, 3, 18, 9, 47, JST),
  (ME_NAME, ME_P), FORM, subj(C25),
  multi("alternative",
        leaf("""Confirmed. Please merge to Account #1.

Yuki

2025年3月18日(火) 9:12 <aws-cs-trainingcertification-form@amazon.com>:

""" + q("""Hi Yuki,

Just checking in. We're still waiting for your go-ahead on the account
selection below. Without an answer by 21 March we'll assume the merge is
no longer needed and close this case; a reply before then keeps it open.

Kenji

-----Original Message-----
From: aws-cs-trainingcertification-form@amazon.com
Sent: Friday, March 14, 2025 2:09 AM
To: yuki.sakuraba.home@gmail.com
Subject: RE:[CASE 174098112700318] [AWS Training and Certification Form Submission] - account-assistance

""" + CONF25_TXT), charset="utf-8", cte="quoted-printable"),
        leaf(html_wrap("""<div dir="ltr">Confirmed. Please merge to Account #1.<div><br></div><div>Yuki</div></div><br>
<div class="gmail_quote"><div dir="ltr" class="gmail_attr">2025年3月18日(火) 9:12 &lt;aws-cs-trainingcertification-form@amazon.com&gt;:<br></div>
<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">
Hi Yuki,<br><br>Just checking in. We're still waiting for your go-ahead on the account selection below. Without an answer by 21 March we'll assume the merge is no longer needed and close this case; a reply before then keeps it open.<br><br>
Account #1 - AWS11907245<br>Account #2 - AWS03318562<br>
Kindly reply confirming that Account #2 should be merged into Account #1.</blockquote></div>"""), "html", "utf-8", "quoted-printable")),
  key="c25rep4", reply="c25close", refs=["c25conf", "c25close"])

M("merge-done", ("resolved", False, C25, [ID_C, ID_P]), T(2025, 3, 18, 4, 5),
  FORM, ME_P, subj(C25),
  """Hello Yuki,

I have successfully merged all accounts. AWS03318562 is now part of
AWS11907245, and you can sign in with yuki.sakuraba.home@gmail.com to see
your exam history, certifications and the 50% voucher under Benefits.
Credly will show the badges shortly.

Best regards,
Kenji
AWS Training and Certification - Account Services

On Tue, Mar 18, 2025 at 12:47 AM, Yuki Sakuraba wrote:
> Confirmed. Please merge to Account #1.
>
> On Tue, Mar 18, 2025 at 12:12 AM, aws-cs-trainingcertification-form wrote:
>> Just checking in. We're still waiting for your go-ahead on the account
>> selection below. Without an answer by 21 March we'll assume the merge is
>> no longer needed and close this case; a reply before then keeps it open.
>>
>> Kindly reply confirming that Account #2 should be merged into Account #1.
""", key="c25res", reply="c25rep4", refs=["c25conf", "c25close", "c25rep4"])

M("credly-after-merge", ("badge", False, None, []), T(2025, 3, 18, 4, 31),
  ("Credly", "admin@credly.com"), ME_P,
  "You've been issued a badge by Amazon Web Services Training and Certification",
  multi("alternative",
        leaf("""Congratulations, Yuki!

Amazon Web Services Training and Certification has issued you the following
badge: AWS Certified Solutions Architect - Associate

Accept your badge to share it with your network:
https://www.credly.com/earner/earned/badge/c3e5a1f0-7d22-4b9e-9f61-2a8d4c0e5b77

Questions? Visit https://support.credly.com
""", charset="us-ascii", cte="7bit"),
        leaf(html_wrap("""<table width="100%"><tr><td align="center"><h2>Congratulations, Yuki!</h2>
<p>Amazon Web Services Training and Certification has issued you the following badge:<br><b>AWS Certified Solutions Architect - Associate</b></p>
<a href="https://www.credly.com/earner/earned/badge/c3e5a1f0-7d22-4b9e-9f61-2a8d4c0e5b77">Accept badge</a></td></tr></table>"""),
             "html", "utf-8", "quoted-printable")))

M("feedback-ja", ("survey", False, C25, []), T(2025, 3, 19, 5, 0),
  ("AWS Training and Certification", "aws-training-survey@amazon.com"), ME_P,
  "ケース 174098112700318 に関するアンケートのお願い",
  multi("alternative",
        leaf("""桜庭 様

このたびは AWS トレーニングと認定サポートをご利用いただき、ありがとうございました。
ケース 174098112700318 の対応について、簡単なアンケートへのご協力をお願いいたします。

今回のサポートにどの程度満足されましたか?
https://survey.aws.training/ja/r/174098112700318

所要時間は1分程度です。よろしくお願いいたします。
""", charset="iso-2022-jp", cte="7bit"),
        leaf(html_wrap("<p>ケース 174098112700318 の対応について、簡単なアンケートへのご協力をお願いいたします。</p>"
                       "<p><a href=\"https://survey.aws.training/ja/r/174098112700318\">アンケートに回答する</a></p>"),
             "html", "utf-8", "base64")),
  subj_cs="iso-2022-jp")

M("benefits-available", ("certification", False, None, [ID_P]), T(2025, 3, 20, 14, 22),
  ("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
  "Your AWS Certification account has been updated",
  """Hello Yuki Sakuraba,

The profile for Candidate ID AWS11907245 has been updated. Your current
certifications:

  AWS Certified Solutions Architect - Associate   valid until 2027-05-18
  AWS Certified Cloud Practitioner                valid until 2026-03-30

Benefits: 1 x 50% exam discount voucher (expires 2025-06-30)

This is an automated message. Please do not reply.
AWS Training and Certification
""")

M("missing-2019", ("user_reply", False, C25, []), T(2025, 3, 24, 22, 40, JST),
  (ME_NAME, ME_P), FORM, subj(C25, re_="Re: "),
  """Hello Kenji-san,

Thank you for merge, it is working well. But I find my exam history of 2019
(Cloud Practitioner, first time, I failed it) is not show in the new
account. Maybe it was in another old profile before 2021? It is not big
problem, but I want to have complete history if possible. Can you check please.

Best regards,
Yuki Sakuraba
""", key="c25re1", reply="c25res", refs=["c25conf", "c25rep4", "c25res"])

M("reopened-en", ("case_update", False, C25, []), T(2025, 3, 25, 1, 33),
  FORM, ME_P, subj(C25),
  """Hi Yuki,

I've reopened your case. I can see a 2019 Cloud Practitioner attempt in
our records that isn't attached to any of your current accounts, so I'm
checking it now. I'll write again once I know more.

Kenji
""", key="c25reo", reply="c25re1")

M("exam-details-keigo", ("info_request", True, C25, []), T(2025, 3, 26, 2, 40),
  FORM, ME_P, subj(C25),
  leaf("""桜庭 悠希 様

AWS トレーニングと認定サポートの高橋でございます。
担当の Kenji より本件を引き継ぎました。

2019年の受験記録を検索いたしましたところ、お名前が近い記録が2件見つかりました。
いずれの記録も、現在のアカウントとは異なるメールアドレスで登録されております。

つきましては、お客様ご本人の記録であることを確認させていただきたく、
受験日と試験会場(都市名)をお知らせいただけますでしょうか。
ピアソンVUE の登録番号がお手元にございましたら、あわせてお知らせいただけますと幸いです。

お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。

高橋
AWS Training and Certification
""", charset="shift_jis", cte="8bit"), subj_cs="iso-2022-jp", crlf=True,
  key="c25ask", reply="c25reo", refs=["c25res", "c25re1", "c25reo"])

M("exam-details-answer", ("user_reply", False, C25, []), T(2025, 3, 26, 21, 15, JST),
  ("桜庭 悠希", ME_P), FORM, subj(C25, re_="Re: "),
  leaf("""高橋様

ご連絡ありがとうございます。
受験日は2019年8月24日、会場は大阪(梅田)のテストセンターでした。
ピアソンVUEの登録番号は 318840265 です。

よろしくお願いいたします。
桜庭

2025年3月26日(水) 11:40 <aws-cs-trainingcertification-form@amazon.com>:
> 桜庭 悠希 様
>
> AWS トレーニングと認定サポートの高橋でございます。
>
> 2019年の受験記録を検索いたしましたところ、お名前が近い記録が2件見つかりました。
> つきましては、お客様ご本人の記録であることを確認させていただきたく、
> 受験日と試験会場(都市名)をお知らせいただけますでしょうか。
>
> お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。
""", charset="utf-8", cte="8bit"), key="c25ans", reply="c25ask", refs=["c25res", "c25reo", "c25ask"])

M("provider-check", ("on_hold", False, C25, []), T(2025, 3, 27, 6, 50),
  FORM, ME_P, subj(C25),
  """Dear Yuki,

Thank you for the details. The 2019 record was created by our former exam
delivery system, so we have asked the exam provider to verify the
registration against their archive. Their turnaround is up to five
business days and your case will stay pending until they answer.

Nothing is needed from you in the meantime; we will contact you as soon as
we hear back.

Sincerely,
Takahashi
AWS Training and Certification
""", key="c25prov", reply="c25ans")

M("delivery-failure", ("unrelated", False, None, []), T(2025, 3, 28, 0, 17),
  ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P,
  "Delivery Status Notification (Failure)",
  multi("report",
        leaf("""** Address not found **

Your message wasn't delivered to aws-cs-trainingcertification@amazon.com
because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <aws-cs-trainingcertification@amazon.com>: Recipient address rejected: User unknown

----- Original message -----
Subject: RE:[CASE 174098112700318] [AWS Training and Certification Form Submission] - account-assistance
Date: Fri, 28 Mar 2025 09:16:51 +0900

Hello, is there any news about the 2019 record? Please let me know if you
need anything else from me.
""", charset="utf-8", cte="7bit"),
        leaf("""Reporting-MTA: dns; googlemail.com
Arrival-Date: Fri, 28 Mar 2025 00:16:52 +0000

Final-Recipient: rfc822; aws-cs-trainingcertification@amazon.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown
""", "delivery-status", "us-ascii", "7bit")),
  dkim_d="googlemail.com")

M("legacy-profile-keigo", ("confirmation_request", True, C25, [ID_P, ID_L]), T(2025, 3, 31, 1, 5),
  FORM, ME_P, subj(C25),
  leaf("""桜庭 悠希 様

AWS トレーニングと認定サポートの高橋でございます。
お待たせいたしました。試験配信事業者の確認が取れ、2019年8月24日の受験記録は
お客様ご本人のものであることが確認できました。

当該記録は、以下の旧プロファイルに登録されております。

アカウント#1
候補ID: AWS11907245
ログインメールアドレス: yuki.sakuraba.home@gmail.com
認定通知メールアドレス: yuki.sakuraba.home@gmail.com

アカウント#2
候補ID: AWS05562807
ログインメールアドレス: y.sakuraba@univ-mail.example.ac.jp
認定通知メールアドレス: y.sakuraba@univ-mail.example.ac.jp

アカウント#2 をアカウント#1 に統合してよろしいでしょうか。
統合後、アカウント#2 ではサインインできなくなります。
ご確認いただけますでしょうか。

何卒よろしくお願い申し上げます。

高橋
AWS Training and Certification
""", charset="iso-2022-jp", cte="7bit"), subj_cs="iso-2022-jp",
  key="c25conf2", reply="c25prov", refs=["c25ask", "c25ans", "c25prov"])

M("legacy-ok", ("user_reply", False, C25, []), T(2025, 3, 31, 12, 20, JST),
  ("桜庭 悠希", ME_P), FORM, subj(C25, re_="Re: "),
  leaf("""高橋様

確認ありがとうございます。学生時代のアドレスで作ったものだと思います。
問題ありませんので、アカウント#1 への統合をお願いいたします。

桜庭

-----Original Message-----
From: aws-cs-trainingcertification-form@amazon.com
Sent: Monday, March 31, 2025 10:05 AM
To: yuki.sakuraba.home@gmail.com
Subject: RE:[CASE 174098112700318] [AWS Training and Certification Form Submission] - account-assistance

アカウント#2 をアカウント#1 に統合してよろしいでしょうか。
ご確認いただけますでしょうか。
""", charset="iso-2022-jp", cte="7bit"), subj_cs="iso-2022-jp", name_cs="iso-2022-jp",
  key="c25ok", reply="c25conf2", refs=["c25ask", "c25prov", "c25conf2"])

M("self-forward", ("user_reply", False, C21, []), T(2025, 3, 31, 16, 2, JST),
  ("Sakuraba Yuki / 桜庭 悠希", ME_C), ME_P,
  "FW: RE:[CASE 8731150926] [AWS Training and Certification Form Submission] - account-assistance",
  leaf("""個人用に保存。会社アドレスは今日で停止。

From: aws-cs-trainingcertification-form@amazon.com
Sent: Wednesday, November 10, 2021 12:30 PM
To: y-sakuraba@kairo-systems.co.jp; yuki.sakuraba.home@gmail.com
Subject: RE:[CASE 8731150926] [AWS Training and Certification Form Submission] - account-assistance

Hello Yuki,

Thanks for confirming from the other address. I've merged profile AWS07720934
into AWS03318562, and the 50% exam voucher now shows under Benefits on your
company account.

If you have any other questions, feel free to reply to this email and I'll be
happy to help.

Kind regards,
Saeki
AWS Training and Certification

-----Original Message-----
From: Yuki Sakuraba <yuki.sakuraba.home@gmail.com>
Subject: RE:[CASE 8731150926] [AWS Training and Certification Form Submission] - account-assistance

AWS07720934 は私のプロファイルで間違いありません。
""", charset="utf-8", cte="base64"), crlf=True, name_cs="iso-2022-jp",
  extra=["Content-Language: ja-JP"])

M("ooo-colleague", ("unrelated", False, None, []), T(2025, 3, 31, 8, 1),
  ("Haruto Ishii", "h-ishii@kairo-systems.co.jp"), ME_C,
  "自動応答: 引継ぎ資料について",
  leaf("""石井です。
3月31日から4月4日まで休暇のため不在にしております。
急ぎのご用件は infra-team@kairo-systems.co.jp までご連絡ください。
戻り次第、返信いたします。
""", charset="iso-2022-jp", cte="7bit"), subj_cs="iso-2022-jp", name_cs="iso-2022-jp",
  extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])

M("history-added-ja", ("resolved", False, C25, [ID_L, ID_P]), T(2025, 4, 1, 2, 44),
  FORM, ME_P, subj(C25),
  leaf("""桜庭 悠希 様

高橋でございます。
AWS05562807 を AWS11907245 に統合し、2019年の受験記録を試験履歴に追加いたしました。
本件の対応は以上となり、お客様にて追加でご対応いただくことはございません。

ご不明な点がございましたら、本メールにご返信ください。

高橋
AWS Training and Certification

2025/03/31 12:20、桜庭 悠希 <yuki.sakuraba.home@gmail.com> のメール:
> 問題ありませんので、アカウント#1 への統合をお願いいたします。
>
> > アカウント#2 をアカウント#1 に統合してよろしいでしょうか。
> > ご確認いただけますでしょうか。
""", charset="utf-8", cte="quoted-printable"), subj_cs="utf-8",
  key="c25res2", reply="c25ok", refs=["c25conf2", "c25ok"])

# ---------------------------------------------------------------------------
# Console (Support Center) case CCON: cannot be answered by email
# ---------------------------------------------------------------------------
CON_FOOT = """
To see this case or to reply, go to the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails. Please use the link above if you need to contact us again about this same issue.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""" % CCON
FEEDBACK = """
We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.
"""

M("console-new", ("acknowledgement", False, CCON, []), T(2025, 4, 1, 10, 18),
  ("Amazon Web Services", CONSOLE), ME_P,
  "Amazon Web Services: New Support case: %s" % CCON,
  """Dear Amazon Web Services Customer,

We have received your request for assistance. A summary of your case
details are shown below.

Case ID: %s
Subject: 50%% exam voucher missing after certification account merge
Severity: General guidance
Correspondence: After my certification accounts were merged (case
174098112700318 with Training and Certification) I can see the voucher on
the Benefits page but checkout says it is invalid. [AWS ID 480193726654]

Our support staff will respond as soon as possible.
""" % CCON + CON_FOOT, key="conack")

VOUCHER_ASK_TXT = """Hello Yuki,

Thank you for reaching out. I'm sorry the voucher isn't working at checkout.

Vouchers carried over in an account merge are re-issued under the
surviving account, and occasionally the old code stays attached. To look
into this, I will need the last four characters of the code shown on your
Benefits page, and the exact error text you see at checkout (a screenshot
is fine).

As this address does not receive replies, kindly add this information to
the case through the Support Center link below rather than replying to
this email.

Best regards,
Aleksandra M.
Amazon Web Services
"""
M("console-voucher-ask", ("info_request", True, CCON, []), T(2025, 4, 2, 5, 51),
  ("Amazon Web Services", CONSOLE), ME_P,
  "RE:[CASE %s] 50%% exam voucher missing after certification account merge" % CCON,
  multi("alternative",
        leaf(VOUCHER_ASK_TXT + FEEDBACK + CON_FOOT, charset="utf-8", cte="quoted-printable"),
        leaf(html_wrap("<div>" + VOUCHER_ASK_TXT.replace("\n\n", "</p><p>").replace("\n", " ") + "</div>"
                       "<hr><p style=\"font-size:12px\">" + FEEDBACK.strip() + "</p>"
                       "<p style=\"font-size:12px\"><a href=\"https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\">"
                       "https://console.aws.amazon.com/support/home#/case/?displayId=%s</a><br>"
                       "*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.</p>" % (CCON, CCON)),
             "html", "utf-8", "quoted-printable")),
  key="conask", reply="conack")

M("builder-code-ja", ("unrelated", False, None, []), T(2025, 4, 2, 12, 3),
  ("AWS Builder ID", "no-reply@signin.aws"), ME_P,
  "AWS Builder ID の検証コード",
  leaf("""こんにちは。

AWS Builder ID へのサインインを完了するには、次の検証コードを入力してください。

検証コード: 730215

このコードの有効期限は 10 分です。このリクエストに心当たりがない場合は、このメールを無視してください。

Amazon Web Services
""", charset="utf-8", cte="base64"))

M("console-email-reply", ("user_reply", False, CCON, []), T(2025, 4, 2, 21, 40, JST),
  (ME_NAME, ME_P), CONSOLE,
  "Re: RE:[CASE %s] 50%% exam voucher missing after certification account merge" % CCON,
  """Hi Aleksandra,

Last four characters are 7QXM. The error at checkout is "This voucher code
is not valid for your account."

Yuki

On Wed, Apr 2, 2025 at 2:51 PM Amazon Web Services <no-reply-aws@amazon.com> wrote:
> Hello Yuki,
>
> Thank you for reaching out. I'm sorry the voucher isn't working at checkout.
> [...]
> As this address does not receive replies, kindly add this information to
> the case through the Support Center link below rather than replying to
> this email.
""", key="conrep", reply="conask", refs=["conack", "conask"])

M("console-bounce", ("unrelated", False, None, []), T(2025, 4, 2, 12, 41),
  ("MAILER-DAEMON", "MAILER-DAEMON@amazonses.com"), ME_P,
  "Undeliverable: Re: RE:[CASE %s] 50%% exam voucher missing after certification account merge" % CCON,
  """This is an automatically generated Delivery Status Notification.

Delivery to the following recipient failed permanently:

    no-reply-aws@amazon.com

Technical details of permanent failure:
550 5.7.1 This mailbox does not accept incoming messages. To update a support
case, sign in to the AWS Support Center.

----- Original message -----
Subject: Re: RE:[CASE %s] 50%% exam voucher missing after certification account merge

Last four characters are 7QXM.
""" % CCON, dkim_d="amazonses.com")

M("console-pending-ja", ("closing_notice", True, CCON, []), T(2025, 4, 5, 6, 30),
  ("Amazon Web Services", CONSOLE), ME_P,
  "RE:[CASE %s] 50%% exam voucher missing after certification account merge" % CCON,
  leaf("""お客様

ケース %s について、先日お願いした情報をまだ受け取っておりません。
このまま 3 日以内にサポートセンターでのご返信がない場合、本ケースは自動的に解決済みとなります。
引き続き調査をご希望の場合は、下記リンクからケースにご返信ください。
(本メールへの返信は届きません。)

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

Amazon Web Services
""" % (CCON, CCON), charset="iso-2022-jp", cte="7bit"), key="conclose", reply="conask")

CON_RES = """Hello Yuki,

Thank you for adding the code and the error message in the Support Center.
The old voucher was still linked to the retired candidate ID, so I have
voided it and re-issued a new 50%% voucher to AWS11907245 with the same
expiry date (30 June 2025). It is on your Benefits page now and I tested
that it is accepted at checkout.

I'm marking this case resolved. If anything else comes up on this issue,
you can reopen the case from the Support Center within 14 days.

Best regards,
Aleksandra M.
Amazon Web Services
""" % ()
M("console-resolved", ("resolved", False, CCON, [ID_P]), T(2025, 4, 7, 3, 12),
  ("Amazon Web Services", CONSOLE), ME_P,
  "RE:[CASE %s] 50%% exam voucher missing after certification account merge" % CCON,
  CON_RES.replace("%%", "%") + FEEDBACK + CON_FOOT, key="conres", reply="conclose")

M("console-survey", ("survey", False, CCON, []), T(2025, 4, 8, 3, 15),
  ("Amazon Web Services", "aws-support-survey@amazon.com"), ME_P,
  "How did we do? Tell us about your recent AWS Support case",
  leaf(html_wrap("""<p>Hello,</p>
<p>Your support case <b>%s</b> was recently resolved. Please take a moment to tell us about your experience.</p>
<table cellpadding="8"><tr>
<td><a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_x?case=%s&r=1">1</a></td>
<td><a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_x?case=%s&r=2">2</a></td>
<td><a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_x?case=%s&r=3">3</a></td>
<td><a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_x?case=%s&r=4">4</a></td>
<td><a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_x?case=%s&r=5">5</a></td></tr></table>
<p>Thank you,<br>AWS Support</p>""" % ((CCON,) * 6)), "html", "utf-8", "quoted-printable"))

# ---------------------------------------------------------------------------
# April 2025 onward: misc
# ---------------------------------------------------------------------------
M("skillbuilder-receipt", ("unrelated", False, None, []), T(2025, 4, 8, 11, 0),
  ("AWS Skill Builder", "no-reply@aws.training"), ME_P,
  "Your AWS Skill Builder receipt",
  """Hello Yuki,

Thank you for subscribing to AWS Skill Builder Individual.

Order number: SB-2025-0408-661902
Plan: Individual, monthly
Amount: USD 29.00
Next billing date: May 8, 2025

Manage your subscription: https://skillbuilder.aws/subscriptions

AWS Training and Certification
""")

M("score-report", ("unrelated", False, None, []), T(2025, 4, 10, 9, 2),
  ("Pearson VUE", "pearsonvue-confirmation@pearson.com"), ME_P,
  "Your exam has been completed",
  """Dear Yuki Sakuraba,

Thank you for testing with Pearson VUE. Your exam DVA-C02 (registration ID
583110274) was completed on April 10, 2025.

Your score report will be made available by the exam sponsor. Please allow
up to 5 business days.

Pearson VUE
""")

M("new-cert-2025", ("certification", False, None, []), T(2025, 4, 11, 17, 40),
  ("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
  "Congratulations on your new AWS Certification!",
  multi("alternative",
        leaf("""Hello Yuki,

Congratulations on earning the AWS Certified Developer - Associate
certification! You can now download your certificate from your AWS
Certification Account. Your digital badge will arrive from Credly shortly.

AWS Training and Certification
""", charset="us-ascii", cte="7bit"),
        leaf(html_wrap("<p>Congratulations on earning the <b>AWS Certified Developer - Associate</b> certification!</p>"),
             "html", "utf-8", "7bit")))

M("credly-dva", ("badge", False, None, []), T(2025, 4, 11, 18, 5),
  ("Credly", "admin@credly.com"), ME_P,
  "Yuki, you've earned the AWS Certified Developer - Associate badge",
  """Amazon Web Services Training and Certification has issued you a badge.

AWS Certified Developer - Associate
Accept: https://www.credly.com/earner/earned/badge/e81f0b3a-2c4d-4a9e-b0d7-91c6a5f2d830
""")

M("credly-lookalike", ("suspicious", False, None, []), T(2025, 4, 12, 3, 33),
  ("Credly Badges", "admin@credly-badges.net"), ME_P,
  "Action needed: your AWS badge will be revoked",
  leaf(html_wrap("""<p>Hi Yuki,</p>
<p>Because your AWS Certification accounts were recently merged, your badge <b>AWS Certified Solutions Architect - Associate</b>
must be re-verified. Reply to this message with your Credly password and candidate ID within 48 hours, or the badge will be revoked.</p>
<p><a href="https://credly-badges.net/verify">Re-verify now</a></p>"""), "html", "utf-8", "base64"),
  dkim_d="credly-badges.net")

M("merge-final-ja-lookalike", ("suspicious", False, None, []), T(2025, 4, 14, 0, 9),
  ("AWS トレーニングと認定", "support@aws-training-jp.com"), ME_P,
  "【重要】AWS認定アカウント統合の最終確認のお願い",
  leaf("""お客様

AWS認定アカウントの統合手続きが完了しておりません。
アカウント#1 とアカウント#2 の統合を確定するため、24時間以内に本メールへご返信いただくか、
以下のページからログインしてご確認いただけますでしょうか。

https://aws-training-jp.com/certification/merge

ご確認のほどよろしくお願いいたします。

AWS トレーニングと認定 サポートチーム
""", charset="shift_jis", cte="base64"), subj_cs="iso-2022-jp", dkim_d="aws-training-jp.com")

M("exam-feedback-ja", ("certification", False, None, []), T(2025, 4, 15, 1, 0),
  ("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
  "AWS 認定プログラムに関するご意見をお聞かせください",
  leaf("""桜庭 悠希 様

先日は AWS Certified Developer - Associate を受験いただき、ありがとうございました。
AWS 認定プログラムの改善のため、5分程度のアンケートにご協力いただけますでしょうか。

アンケートに回答する: https://www.certmetrics.com/amazon/survey/ja/2025q2

ご回答は任意です。本メールは送信専用アドレスから送信されています。

AWS トレーニングと認定
""", charset="iso-2022-jp", cte="7bit"), subj_cs="iso-2022-jp")

M("free-tier-alert", ("unrelated", False, None, []), T(2025, 4, 18, 6, 55),
  ("Amazon Web Services", CONSOLE), ME_P,
  "AWS Free Tier limit alert",
  """Hello,

Your AWS account 480193726654 has exceeded 85% of the usage limit for one
or more AWS Free Tier-eligible services for the month of April.

Service: Amazon S3 - 4.3 GB of 5 GB storage

To learn more about your usage, visit the Billing and Cost Management console.
If you have questions, please contact AWS Support.

Amazon Web Services
""")

M("newsletter-cert", ("unrelated", False, None, []), T(2025, 4, 22, 15, 0),
  ("AWS Training and Certification", "aws-marketing-email-replies@amazon.com"), ME_P,
  "New in AWS Training: 5 courses to prep for your next certification",
  multi("alternative",
        leaf("""Hi Yuki,

Ready for your next certification? Here are five new courses on AWS Skill
Builder, plus a reminder that you have an unused 50% exam voucher.

Want to tell us what content you'd like next? Just reply to this email -
we read every response.

Unsubscribe: https://pages.awscloud.com/unsubscribe
""", charset="us-ascii", cte="7bit"),
        leaf(html_wrap("<p>Ready for your next certification? Here are five new courses on AWS Skill Builder.</p>"),
             "html", "utf-8", "7bit")))

# ---------------------------------------------------------------------------
# Late follow-up on C25 (partner profile), after resolution
# ---------------------------------------------------------------------------
M("partner-profile-followup", ("info_request", True, C25, []), T(2025, 4, 24, 7, 20),
  FORM, ME_P, subj(C25),
  leaf(html_wrap("""<p>Hi Yuki,</p>
<p>Devika here again. Some news from the partner side, for your records:</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse">
<tr><th align="left">Item</th><th align="left">Status</th></tr>
<tr><td>Certification account merge</td><td>Completed 18 Mar 2025</td></tr>
<tr><td>2019 exam record</td><td>Added 1 Apr 2025</td></tr>
<tr><td>Kairo Systems partner profile</td><td>Still lists your 2 certifications</td></tr>
</table>
<p>The partner link was removed from the certification account, but the Kairo Systems profile in Partner Central still shows
your certifications because certification sharing was switched on at some point. We can either turn sharing off for that
organization or leave it as is; it does not affect your own account either way.</p>
<p>Do you want the sharing with Kairo Systems switched off? A yes or no is all we need.</p>
<p>Thanks,<br>Devika<br>AWS Training and Certification</p>"""), "html", "utf-8", "quoted-printable"),
  key="c25fu", reply="c25res2")

M("sharing-off", ("user_reply", False, C25, []), T(2025, 4, 24, 19, 2, JST),
  (ME_NAME, ME_P), FORM, subj(C25, re_="Re: "),
  """Yes, please switch it off. I don't work there anymore.

Yuki

> Do you want the sharing with Kairo Systems switched off? A yes or no is all we need.
""", key="c25fu2", reply="c25fu")

M("sharing-removed", ("resolved", False, C25, []), T(2025, 4, 25, 2, 48),
  FORM, ME_P, subj(C25),
  """Hi Yuki,

Done. Certification sharing with Kairo Systems has been turned off; the
partner profile will stop listing your certifications within about a week.
That wraps up everything on this case, so I'm setting it to resolved.

Thanks,
Devika
AWS Training and Certification

How did we do? We'd appreciate it if you could rate your experience:
https://survey.aws.training/r/174098112700318

On Thu, Apr 24, 2025 at 10:02 AM Yuki Sakuraba wrote:
> Yes, please switch it off. I don't work there anymore.
>
> > Do you want the sharing with Kairo Systems switched off? A yes or no is all we need.
""", reply="c25fu2", refs=["c25fu", "c25fu2"])


if __name__ == "__main__":
    print("%d messages written to %s" % (len(INDEX), OUT))
