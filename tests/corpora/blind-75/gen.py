#!/usr/bin/env python3
"""Generate the blind-75 held-out corpus (standard library only).

Writes NNN-slug.eml + NNN-slug.json beside this script, and README.md.
One mailbox owner (Haruka Tsujimoto) with a personal and a company address.
"""
import base64
import hashlib
import html
import json
import os
import quopri
from email.header import Header
from email.utils import formataddr

HERE = os.path.dirname(os.path.abspath(__file__))

ME_P = "haruka.tsujimoto.h@gmail.com"
ME_C = "h-tsujimoto@nagare-sys.co.jp"
TC = "aws-cs-trainingcertification-form@amazon.com"
TC_NAME = "AWS Training and Certification"
NOREPLY = "no-reply-aws@amazon.com"

CASE_D = "13658204471"        # 2023, name correction (company address)
CASE_A = "174061829500371"    # 2025, main merge (APN hold, reopened)
CASE_B = "174061903300912"    # 2025, duplicate form submission
CASE_C = "7318820546"         # console case (Support Center)
CASE_E = "174452041700623"    # 2025, third account via Partner Central (Japanese)

CID_P = "AWS05512873"   # personal certification account
CID_C = "AWS03390164"   # company certification account
CID_X = "AWS06671420"   # account created through Partner Central sign-in

ACCT = "402918375561"        # 12-digit AWS account id (not a case)
ACCT2 = "118273645590"       # second AWS account id (not a case)
REG1 = "438150276"           # 9-digit Pearson VUE registration
REG2 = "462731905"

SUBJ_TC = "[AWS Training and Certification Form Submission] - account-assistance"

CODECS = {"utf-8": "utf-8", "iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis",
          "us-ascii": "ascii"}

MSGS = []
MID = {}


# ---------------------------------------------------------------- helpers
def h(n):
    return hashlib.sha1(("blind75-%d" % n).encode()).hexdigest()


def make_mid(n, style):
    x = h(n)
    if style == "ses":
        return "<0101019%s-%s-%s-%s-%s-000000@us-west-2.amazonses.com>" % (
            x[:9], x[9:17], x[17:21], x[21:25], x[25:37])
    if style == "gmail":
        return "<CAJ%s%s@mail.gmail.com>" % (x[:22], x[22:34].upper())
    if style == "outlook":
        return "<TYWPR01MB%04d%s@TYWPR01MB%04d.jpnprd01.prod.outlook.com>" % (
            int(x[:5], 16) % 10000, x[5:17].upper(), int(x[17:22], 16) % 10000)
    return "<%s.%s@%s>" % (x[:16], x[16:28], style)


def hv(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def addr(name, mail, cs="utf-8"):
    if not name:
        return mail
    try:
        name.encode("ascii")
        return formataddr((name, mail))
    except UnicodeEncodeError:
        return formataddr((name, mail), charset=cs)


def leaf(text, subtype="plain", cs="utf-8", cte="7bit"):
    raw = text.encode(CODECS[cs])
    if cte == "base64":
        body = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw)
    else:
        body = raw
    if not body.endswith(b"\n"):
        body += b"\n"
    hdr = ('Content-Type: text/%s; charset="%s"\nContent-Transfer-Encoding: %s\n'
           % (subtype, cs, cte)).encode()
    return (hdr, body)


def raw_part(ctype, body_text):
    return (("Content-Type: %s\n" % ctype).encode(), body_text.encode("ascii"))


def multi(sub, parts, n, tag="alt"):
    b = "----=_Part_%s_%s" % (tag, h(n)[:16])
    hdr = ('Content-Type: multipart/%s; boundary="%s"\n' % (sub, b)).encode()
    if sub == "report":
        hdr = ('Content-Type: multipart/report; report-type=delivery-status;\n'
               ' boundary="%s"\n' % b).encode()
    body = b""
    for ph, pb in parts:
        body += b"--" + b.encode() + b"\n" + ph + b"\n" + pb
        if not pb.endswith(b"\n"):
            body += b"\n"
    body += b"--" + b.encode() + b"--\n"
    return (hdr, body)


def to_html(text, table=None):
    out = []
    for para in text.strip("\n").split("\n\n"):
        if para.strip() == "@@TABLE@@" and table:
            out.append(table)
            continue
        out.append("<p>" + "<br>\n".join(html.escape(l) for l in para.split("\n")) + "</p>")
    return ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial,sans-serif;"
            "font-size:14px\">\n" + "\n".join(out) + "\n</body></html>\n")


def gt(text, lvl=1):
    p = ">" * lvl
    return "\n".join((p + " " + l) if l else p for l in text.rstrip("\n").split("\n"))


def outlook_q(frm, sent, to, subj, body, cc=None, ja=False):
    if ja:
        lines = ["差出人: " + frm, "送信日時: " + sent, "宛先: " + to]
        if cc:
            lines.append("CC: " + cc)
        lines.append("件名: " + subj)
    else:
        lines = ["From: " + frm, "Sent: " + sent, "To: " + to]
        if cc:
            lines.append("Cc: " + cc)
        lines.append("Subject: " + subj)
    return "\n".join(lines) + "\n\n" + body.rstrip("\n") + "\n"


def ar_gmail(dom, ok=True, mailfrom=None, ip="54.240.27.11", extra_dkim=None):
    mailfrom = mailfrom or ("bounces@" + dom)
    if ok:
        s = ("mx.google.com;\n       dkim=pass header.i=@%s header.s=s2024a header.b=%s;\n" % (dom, h(len(dom))[:8]))
        if extra_dkim:
            s += "       dkim=pass header.i=@%s header.s=7v7vs6w47njt4pimodk5mmttbegzsi6n header.b=%s;\n" % (
                extra_dkim, h(len(extra_dkim) + 7)[:8])
        s += ("       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n"
              "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s" % (mailfrom, ip, mailfrom, dom))
        return s
    return ("mx.google.com;\n       dkim=fail header.i=@%s header.s=rte02 header.b=Zk3p0QvX;\n"
            "       spf=softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s;\n"
            "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s" % (dom, mailfrom, ip, mailfrom, dom))


def ar_m365(dom, mailfrom_dom=None, ip="54.240.27.18"):
    mailfrom_dom = mailfrom_dom or dom
    return ("spf=pass (sender IP is %s)\n smtp.mailfrom=%s; dkim=pass (signature was verified)\n"
            " header.d=%s;dmarc=pass action=none\n header.from=%s;compauth=pass reason=100" % (
                ip, mailfrom_dom, dom, dom))


def ses_ar(n, to):
    mf = "%s@us-west-2.amazonses.com" % make_mid(n, "ses")[1:37]
    if to == ME_C:
        return ar_m365("amazon.com", "us-west-2.amazonses.com")
    return ar_gmail("amazon.com", mailfrom=mf, extra_dkim="amazonses.com")


def emit(n, kind, need, case, cids, headers, part, what, hard, crlf=False):
    slug = "%03d-m%s" % (n, h(n * 31)[:6])
    data = b""
    for k, v in headers:
        data += ("%s: %s\n" % (k, v)).encode("ascii")
    data += b"MIME-Version: 1.0\n" + part[0] + b"\n" + part[1]
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    with open(os.path.join(HERE, slug + ".eml"), "wb") as f:
        f.write(data)
    label = {"kind": kind, "needs_reply": need, "case": case, "candidate_ids": cids}
    with open(os.path.join(HERE, slug + ".json"), "w", encoding="utf-8") as f:
        json.dump(label, f, ensure_ascii=False)
        f.write("\n")
    MSGS.append((slug, label, what, hard))


def std(n, frm, to, subj, date, style="ses", cc=None, irt=None, refs=None, ar=None, cs="utf-8",
        extra=None):
    m = make_mid(n, style)
    MID[n] = m
    hd = []
    if ar:
        hd.append(("Authentication-Results", ar))
    hd += [("From", frm), ("To", to)]
    if cc:
        hd.append(("Cc", cc))
    hd += [("Subject", hv(subj, cs)), ("Date", date), ("Message-ID", m)]
    if irt:
        hd.append(("In-Reply-To", MID[irt]))
        chain = [MID[r] for r in (refs or [irt])]
        hd.append(("References", " ".join(chain)))
    for e in (extra or []):
        hd.append(e)
    return hd


TCF = addr(TC_NAME, TC)
AWSN = addr("Amazon Web Services", NOREPLY)
MEP = addr("Haruka Tsujimoto", ME_P)
MEC = addr("辻本 遥", ME_C)
MEC_EN = addr("Tsujimoto Haruka", ME_C)

SA = "RE:[CASE %s] %s" % (CASE_A, SUBJ_TC)
SB = "RE: [CASE %s] %s" % (CASE_B, SUBJ_TC)
SD = "RE:[CASE %s] %s" % (CASE_D, SUBJ_TC)
SE = "RE:[CASE %s] %s" % (CASE_E, SUBJ_TC)
SC_NEW = "Amazon Web Services: New Support case: %s" % CASE_C
SC = "RE:[CASE %s] Skill Builder Individual subscription charged twice in March" % CASE_C

CONSOLE_FOOT = """To contact us again about this case, please return to the Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails. Please use the link above if you need to contact us again about this same issue.

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
""" % CASE_C

# ================================================================ 2023: case D
T1 = """Hello,

Thank you for contacting AWS Training and Certification. We have opened case %s to address your inquiry.

The details of your case are as follows:

Case ID: %s
Inquiry type: Certification
Additional details: Certificate / Transcript
Description: The family name on my certificates is misspelled ("Tsujimto"). It should be "Tsujimoto". Could you correct it?

We aim to respond within 24 hours, although some requests need more time so that we can find the best solution. If you have additional information for this case, simply reply to this email and it will be added to the case. To avoid delays, please do not open another case for the same request.

Best regards,
AWS Training and Certification
""" % (CASE_D, CASE_D)
emit(1, "acknowledgement", False, CASE_D, [],
     std(1, TCF, ME_C, SD, "Mon, 12 Jun 2023 02:14:37 +0000", ar=ses_ar(1, ME_C)),
     leaf(T1), "Ack of 2023 name-correction case (company address, 11-digit id)",
     "Conditional 'simply reply to this email'; quoted form text contains the user's own question 'Could you correct it?'")

T2 = """Hello Haruka,

Thank you for your patience while I looked into the spelling of your name.

I searched our records for a certification account registered to %s and found two profiles with very similar names, one of which has never been used for an exam. Because a name change on a certification record is permanent, I have to be certain which profile holds your certifications before I edit anything.

The candidate ID of the profile you sign in with (it starts with "AWS" followed by eight digits and is shown at the top right of the certification portal) is the piece I am still missing. Until I have it, I am not able to move forward with the correction.

Kind regards,
Priya S.
AWS Training and Certification Customer Service
""" % ME_C
emit(2, "info_request", True, CASE_D, [],
     std(2, TCF, ME_C, SD, "Tue, 13 Jun 2023 08:51:02 +0000", ar=ses_ar(2, ME_C)),
     multi("alternative", [leaf(T2, cte="quoted-printable"),
                           leaf(to_html(T2), "html", cte="quoted-printable")], 2),
     "Agent asks for the candidate ID",
     "Ask is only a statement of what is missing ('the piece I am still missing'); no please/question mark; QP multipart")

T3 = """Hi there,

We're writing about case %s. On June 13 we asked for the candidate ID of the certification profile you use, and we have not received it yet.

We have now set this case to inactive. Nothing is lost: a reply to this email within the next 14 days reactivates it automatically, and we will pick up where we left off.

Regards,
Jonas
AWS Training and Certification
""" % CASE_D
emit(3, "closing_notice", True, CASE_D, [],
     std(3, TCF, ME_C, SD, "Mon, 19 Jun 2023 07:12:44 +0000", ar=ses_ar(3, ME_C)),
     leaf(T3), "Case set inactive for lack of answer; reply reactivates",
     "Closing notice without the words close/closed ('set this case to inactive', 'reactivates')", crlf=True)

T4 = """Hello Jonas, Priya,

Sorry for the late reply, I was travelling. The candidate ID of the profile I use is %s.
The name should read: Haruka Tsujimoto

Best regards,
Haruka Tsujimoto
Nagare Systems K.K.

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Monday, June 19, 2023 4:12 PM
To: Tsujimoto Haruka <%s>
Subject: %s

""" % (CID_C, TC, ME_C, SD) + T3
emit(4, "user_reply", False, CASE_D, [CID_C],
     std(4, MEC_EN, TC, "RE: " + SD, "Mon, 19 Jun 2023 21:40:18 +0900", style="outlook", irt=3, refs=[1, 2, 3],
         extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
     leaf(T4, cte="quoted-printable"), "Owner answers from company Outlook with candidate ID",
     "Outlook '-----Original Message-----' quoting of a request; ID in own text", crlf=True)

T5 = """Hello Haruka,

Thank you for the candidate ID. I have corrected the family name on that profile to "Tsujimoto". Certificates and transcripts you download from now on will show the corrected spelling; it can take up to 24 hours for the digital badge to follow.

If anything still looks wrong after that, let us know.

Kind regards,
Priya S.
AWS Training and Certification Customer Service

________________________________
""" + outlook_q("Tsujimoto Haruka <%s>" % ME_C, "Monday, June 19, 2023 9:40 PM", TC_NAME, "RE: " + SD,
                T4.split("-----Original Message-----")[0]) + "\n________________________________\n" + outlook_q(
    TC_NAME, "Tuesday, June 13, 2023 5:51 PM", "Tsujimoto Haruka", SD, T2)
emit(5, "resolved", False, CASE_D, [],
     std(5, TCF, ME_C, SD, "Tue, 20 Jun 2023 03:05:51 +0000", irt=4, refs=[1, 2, 3, 4], ar=ses_ar(5, ME_C)),
     leaf(T5, cte="quoted-printable"), "Name corrected",
     "Ends 'let us know if anything looks wrong'; quoted old request ('piece I am still missing') and quoted candidate ID")

T6 = """Hello,

You recently contacted AWS Training and Certification (case %s). We'd like to know how it went.

Did we resolve your issue?
  Yes: https://survey.aws-cs.example/r?c=%s&a=yes
  No:  https://survey.aws-cs.example/r?c=%s&a=no

How easy was it to get the help you needed, on a scale from 1 (very difficult) to 5 (very easy)?

The survey takes less than a minute. Replies to this email are not monitored.

AWS Training and Certification
""" % (CASE_D, CASE_D, CASE_D)
emit(6, "survey", False, CASE_D, [],
     std(6, addr("AWS Customer Service Feedback", "cs-feedback@amazon.com"), ME_C,
         "How did we do with case %s?" % CASE_D, "Wed, 21 Jun 2023 11:30:00 +0000",
         ar=ar_m365("amazon.com", "amazonses.com")),
     multi("alternative", [leaf(T6), leaf(to_html(T6), "html", cte="base64")], 6),
     "Satisfaction survey for case D", "Survey made of direct questions to the reader")

T7 = """Dear Haruka Tsujimoto,

As an AWS Certified individual (candidate ID %s), your perspective matters to us.

Would you take about 10 minutes to tell us how AWS Certification has affected your work and career? What worked for you, and what should we change?

Start the survey: https://www.certmetrics.com/amazon/survey/2023-q2

The survey closes on July 18, 2023.

Thank you,
AWS Certification
""" % CID_C
emit(7, "certification", False, None, [CID_C],
     std(7, addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
         "AWS Certification wants to hear from you", "Tue, 04 Jul 2023 16:02:11 +0000", style="certmetrics.com",
         ar=ar_m365("certmetrics.com", ip="168.245.34.12")),
     leaf(T7), "Certmetrics feedback invitation",
     "Questions addressed to the reader, 'closes' wording; carries a candidate ID")

# ================================================================ 2024
T8 = """Dear Haruka Tsujimoto,

Thank you for scheduling your exam with Pearson VUE.

Registration ID: %s
Candidate ID: %s
Exam: DVA-C02: AWS Certified Developer - Associate
Appointment: Thursday, August 22, 2024, 10:00 AM Japan Standard Time
Test center: Pearson Professional Centers - Tokyo Shinjuku

Please review the details above. If any of the information is incorrect, contact Pearson VUE customer service at least 24 hours before your appointment.

Sincerely,
Pearson VUE
""" % (REG1, CID_C)
emit(8, "unrelated", False, None, [CID_C],
     std(8, addr("Pearson VUE", "pearsonvueconfirmation@pearson.com"), ME_C,
         "Pearson VUE Confirmation of Booking", "Sat, 10 Aug 2024 01:22:09 +0000", style="pearson.com",
         ar=ar_m365("pearson.com", ip="198.2.134.10")),
     leaf(T8), "Exam-vendor booking confirmation",
     "9-digit registration id (not a case); 'contact us if incorrect'")

T9 = """Congratulations, Haruka!

You have earned the AWS Certified Developer - Associate certification.

Validation number: 5Q8BX1J2K1EE1VS9
Certification date: August 22, 2024
Expiration date: August 22, 2027

Your digital badge will be issued by Credly within a few days. You can download your certificate from your AWS Certification account at any time.

AWS Certification
"""
emit(9, "certification", False, None, [],
     std(9, addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
         "Congratulations, you are now AWS Certified!", "Thu, 22 Aug 2024 09:48:30 +0000", style="certmetrics.com",
         ar=ar_m365("certmetrics.com", ip="168.245.34.12")),
     leaf(T9), "Certification earned notice", "Plain certification notice")

T10 = """Haruka, you've earned a badge!

Amazon Web Services Training and Certification has issued you the AWS Certified Developer - Associate badge.

Accept your badge to share it on LinkedIn and verify it anywhere: https://www.credly.com/earner/earned/badge/0c6f2f9e-6a2b-4b8e-9d55-6f1f2f8b7a11

Credly, Inc.
"""
emit(10, "badge", False, None, [],
     std(10, addr("Credly", "admin@credly.com"), ME_C,
         "Haruka, you've earned a badge from Amazon Web Services Training and Certification",
         "Fri, 23 Aug 2024 02:11:45 +0000", style="credly.com", ar=ar_m365("credly.com", ip="149.72.61.5")),
     multi("alternative", [leaf(T10), leaf(to_html(T10), "html", cte="quoted-printable")], 10),
     "Credly badge", "Call to action 'Accept your badge'; badge UUID")

# ================================================================ 2025
T11 = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the period ending December 31, 2024, is available on the AWS web site. Your account will be charged the following:

Total: $3.42

You can see a complete break down of all charges on the Billing & Cost Management page located at https://console.aws.amazon.com/billing/home?#/bill

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210. [AWS ID %s]
""" % ACCT
emit(11, "unrelated", False, None, [],
     std(11, AWSN, ME_P, "Amazon Web Services Billing Statement Available [Account: %s]" % ACCT,
         "Mon, 06 Jan 2025 09:41:17 +0000", ar=ar_gmail("amazon.com", mailfrom="0100019@amazonses.com")),
     leaf(T11), "AWS billing statement", "Same sender as console cases; 12-digit account id")

T12 = """辻本 遥 さん

JAWS-UG 東京 #42「re:Invent 振り返り会」への参加登録が完了しました。

日時: 2025年2月6日（木） 19:00 - 21:00
会場: 目黒セントラルスクエア
受付番号: 820317

参加できなくなった場合は、イベントページからキャンセル手続きをお願いします。

connpass
"""
emit(12, "unrelated", False, None, [],
     std(12, addr("connpass", "no-reply@connpass.com"), ME_P,
         "【JAWS-UG 東京】参加登録が完了しました", "Mon, 20 Jan 2025 12:03:55 +0900", style="connpass.com",
         ar=ar_gmail("connpass.com", ip="52.69.186.44")),
     leaf(T12, cte="8bit"), "Community event registration (Japanese)",
     "6-digit receipt number; 'お願いします' instruction not aimed at support; UTF-8 8bit")

T13 = """Dear Haruka Tsujimoto,

Your AWS Certified Solutions Architect - Associate certification expires on May 11, 2025 (90 days from today).

Ready to recertify? Passing the current version of the exam, or a higher-level exam, extends your certification for another three years. Your 50%% discount voucher is available under Benefits in your AWS Certification account.

Schedule your exam: https://www.aws.training/certification

AWS Certification
"""
emit(13, "certification", False, None, [],
     std(13, addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
         "Your AWS Certification expires in 90 days", "Mon, 10 Feb 2025 15:00:02 +0000", style="certmetrics.com",
         ar=ar_m365("certmetrics.com", ip="168.245.34.12")),
     leaf(T13 % ()), "Certification expiry reminder", "Rhetorical question 'Ready to recertify?'")

T14 = """辻本 遥 様

お疲れさまです。人事部の村上です。
退職に伴う手続きについて、下記の内容をご確認ください。

・最終出社日：2025年3月28日（金）
・退職日：2025年3月31日（月）
・貸与PC・入館証の返却：最終出社日の17時まで
・社用メールアカウントの停止：2025年3月31日 23:59

内容に相違がないか、2月28日（金）までに本メールへご返信ください。
相違がある場合は、正しい日付を併せてお知らせください。

人事部 村上
"""
emit(14, "unrelated", False, None, [],
     std(14, addr("人事部 村上", "jinji@nagare-sys.co.jp", "iso-2022-jp"), ME_C,
         "【ご確認のお願い】退職手続きについて", "Mon, 17 Feb 2025 10:15:00 +0900", style="outlook",
         cs="iso-2022-jp", ar=ar_m365("nagare-sys.co.jp", ip="40.107.74.51")),
     leaf(T14, cs="iso-2022-jp"), "HR asks to confirm leaving dates (Japanese, ISO-2022-JP)",
     "A real ask to confirm by reply, but from HR, not support")

T15 = """Hello,

Thank you for your purchase.

Order number: SB-2025-0220-77310
Item: AWS Skill Builder Individual subscription (monthly)
Amount: USD 29.00
Billed to AWS account: %s

You can manage your subscription at any time from your AWS Skill Builder profile.

AWS Skill Builder
""" % ACCT
emit(15, "unrelated", False, None, [],
     std(15, addr("AWS Skill Builder", "no-reply@aws.training"), ME_P,
         "Your AWS Skill Builder receipt", "Thu, 20 Feb 2025 04:30:12 +0000", style="aws.training",
         ar=ar_gmail("aws.training", ip="54.240.48.91")),
     leaf(T15), "Skill Builder receipt", "AWS training mail, 12-digit account id")

T16 = """Verify your AWS Builder ID email address

Verification code: 604218

This code expires 30 minutes after it was sent. If you did not try to create an AWS Builder ID, you can ignore this email.

Amazon Web Services
"""
emit(16, "unrelated", False, None, [],
     std(16, addr("AWS", "no-reply@signin.aws"), ME_P, "Verify your AWS Builder ID email address",
         "Wed, 26 Feb 2025 13:02:40 +0000", style="signin.aws", ar=ar_gmail("signin.aws", ip="54.240.9.17")),
     multi("alternative", [leaf(T16), leaf(to_html(T16), "html")], 16),
     "Builder ID one-time code", "6-digit code, not a case")

T17 = """お客様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。お問い合わせに対応するため、ケース %s を作成いたしました。

ケースの詳細は以下のとおりです。

ケース ID: %s
お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: 認定
その他の詳細: アカウントの統合
お問い合わせ内容:
Use Case: I will no longer be an employee of Nagare Systems K.K. after March 31 and would like to merge my accounts.
All email addresses you may have used in our system: %s, %s
The email address you would like to keep on file: %s

ケースへの回答は通常 24 時間以内に行っておりますが、最善の解決策を見つけるためにさらにお時間を頂戴する場合がございます。すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。

本件について追加の情報がございましたら、このメールにご返信ください。

よろしくお願いいたします。
AWS トレーニングと認定
""" % (CASE_A, CASE_A, ME_C, ME_P, ME_P)
emit(17, "acknowledgement", False, CASE_A, [],
     std(17, TCF, ME_P, SA, "Thu, 27 Feb 2025 01:05:12 +0000", ar=ses_ar(17, ME_P)),
     leaf(T17, cte="base64"), "Japanese ack of the main merge case (15-digit id)",
     "〜がございましたら…ご返信ください conditional; base64 UTF-8")

T18 = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your request.

The details of your case are as follows:

Case ID: %s
Inquiry type: Certification
Additional details: Account Merge
Description: Leaving my employer at the end of March. Please merge my company certification account (%s) into my personal one (%s).

We usually respond within 24 hours. You can add information to this case by replying to this email. If you have already opened a case about this, please do not open another one, as duplicate cases slow down our response.

Sincerely,
AWS Training and Certification
""" % (CASE_B, CASE_B, ME_C, ME_P)
emit(18, "acknowledgement", False, CASE_B, [],
     std(18, TCF, ME_P, SB, "Thu, 27 Feb 2025 01:17:41 +0000", ar=ses_ar(18, ME_P)),
     leaf(T18), "Ack of a second, duplicate form submission",
     "Duplicate case for the same request; 'RE: [CASE' spacing; 'please do not open another'")

T19 = """Hi Haruka,

While reviewing case %s I noticed it asks for the same account merge as case %s, which you submitted a few minutes earlier and which is already with my team.

To keep everything in one place, I've marked %s as resolved. Nothing is lost: all work on the merge will happen under %s, and any reply you send there reaches the same people. You don't need to respond to this message.

Thanks,
Sam
AWS Training and Certification
""" % (CASE_B, CASE_A, CASE_B, CASE_A)
emit(19, "resolved", False, CASE_B, [],
     std(19, TCF, ME_P, SB, "Thu, 27 Feb 2025 06:40:03 +0000", irt=18, ar=ses_ar(19, ME_P)),
     leaf(T19), "Duplicate case B resolved in favour of case A",
     "Body cites the other case number four times; mentions replying")

T20 = """Hello Haruka,

Thank you for contacting AWS Training and Certification about merging your certification accounts.

While reviewing the two accounts, I found that the account registered to %s (candidate ID %s) is linked to Nagare Systems K.K. through the AWS Partner Network (APN). Certifications earned in an account linked to a partner organization count toward that partner's tier and program requirements, so we do not move them out of the organization while the certified person is still employed there. For that reason I have placed the merge on hold for the moment.

This is not a problem if you are leaving the company: in that case we ask the APN team to release the account, and once it is released we can complete the merge as you requested. Please note that after the merge, the certifications will no longer appear in the Nagare Systems partner profile.

Could you let us know whether you are leaving Nagare Systems, and if so, the date your employment ends?

Best regards,
Tomás R.
AWS Training and Certification
""" % (ME_C, CID_C)
emit(20, "on_hold", True, CASE_A, [CID_C],
     std(20, TCF, ME_P, SA, "Fri, 28 Feb 2025 02:02:19 +0000", cc=ME_C, irt=17, ar=ses_ar(20, ME_P)),
     multi("alternative", [leaf(T20, cte="quoted-printable"),
                           leaf(to_html(T20), "html", cte="quoted-printable")], 20),
     "APN partner hold that asks whether the owner is leaving",
     "Question buried at the end of a long policy explanation; hold that DOES ask")

T21_OWN = """Hello Tomás,

Yes, I am leaving Nagare Systems. My last day of employment is March 31, 2025, and this mailbox will be closed on that day.

Regards,
Haruka Tsujimoto
"""
T21 = T21_OWN + "\n" + outlook_q("AWS Training and Certification <%s>" % TC, "Friday, February 28, 2025 11:02 AM",
                                 ME_P, SA, T20, cc=ME_C)
emit(21, "user_reply", False, CASE_A, [],
     std(21, MEC_EN, TC, "RE: " + SA, "Fri, 28 Feb 2025 14:26:51 +0900", style="outlook", irt=20, refs=[17, 20],
         extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
     leaf(T21, cte="quoted-printable"), "Owner answers the hold from the company address",
     "Wrong-address reply (company, not destination); quoted question and candidate ID below", crlf=True)

T22 = """辻本 遥 様

AWS トレーニングと認定カスタマーサービスの中村でございます。
ご返信いただき、誠にありがとうございます。退職のご予定について承知いたしました。

大変恐縮ではございますが、アカウント統合に関するご意向の確認は、統合先となるアカウントに登録されているメールアドレスからのご連絡に限らせていただいております。今回のご返信は統合元（会社）のメールアドレスから頂戴しておりますため、このままでは手続きを進めることができかねます。

お手数をおかけいたしますが、統合先アカウントのメールアドレス（%s）から、本メールに改めてご返信いただけますでしょうか。退職日につきましても、あわせてご記載いただけますと幸いです。

何卒よろしくお願い申し上げます。

中村 愛子
AWS トレーニングと認定 カスタマーサービス
""" % ME_P
emit(22, "info_request", True, CASE_A, [],
     std(22, TCF, ME_C, SA, "Sat, 01 Mar 2025 00:48:33 +0000", irt=21, refs=[17, 20, 21],
         ar=ses_ar(22, ME_C), cs="iso-2022-jp"),
     leaf(T22, cs="iso-2022-jp"), "Support asks to write again from the destination address (Japanese keigo)",
     "Keigo without ください (いただけますでしょうか), explanation first; ISO-2022-JP; sent to the company address")

T23_OWN = """Hello,

I'm writing from my personal address (the destination account) as requested.
I confirm that I am leaving Nagare Systems K.K.; my last day of employment is March 31, 2025. Please go ahead with the merge into the account for %s.

Haruka Tsujimoto
""" % ME_P
T23 = T23_OWN + "\n2025年3月1日(土) 9:48 AWS Training and Certification <%s>:\n\n" % TC + gt(T22)
emit(23, "user_reply", False, CASE_A, [],
     std(23, MEP, TC, "Re: " + SA, "Sat, 01 Mar 2025 10:12:27 +0900", style="gmail", cc=ME_C, irt=22,
         refs=[17, 20, 21, 22]),
     multi("alternative", [leaf(T23, cte="quoted-printable"),
                           leaf(to_html(T23), "html", cte="quoted-printable")], 23),
     "Owner re-sends confirmation from the personal address",
     "Gmail Japanese reply header, quoted keigo request below")

T24 = """Hi Haruka,

Quick one. The partner team is refreshing our APN certification count at the end of the month. Can you confirm whether your AWS certifications are staying on the company certification account or moving with you? If they're moving, please let Kenji know as well so he can update the partner profile.

Reply to me by Friday if you can.

Thanks,
Mika
"""
emit(24, "unrelated", False, None, [],
     std(24, addr("Mika Hoshino", "m-hoshino@nagare-sys.co.jp"), ME_C, "Before you go: AWS certifications",
         "Mon, 03 Mar 2025 09:05:10 +0900", style="outlook", ar=ar_m365("nagare-sys.co.jp", ip="40.107.74.51")),
     leaf(T24), "Manager asks whether certifications are moving",
     "Colleague mail about the same subject asking for confirmation by reply")

T25 = """Hello Haruka,

Thank you for confirming from the destination address; that is everything we needed from you for now.

I have asked the AWS Partner Network team to release the account %s from the Nagare Systems partner profile. They normally check with the partner's administrator first, which takes between two and five business days. The merge stays paused until they finish.

There is nothing you need to do while we wait. I will write to you as soon as the account has been released.

Best regards,
Tomás R.
AWS Training and Certification
""" % CID_C
emit(25, "on_hold", False, CASE_A, [CID_C],
     std(25, TCF, ME_P, SA, "Mon, 03 Mar 2025 04:20:45 +0000", irt=23, refs=[17, 20, 21, 22, 23],
         ar=ses_ar(25, ME_P)),
     leaf(T25, cte="8bit"), "Merge paused waiting for the APN team",
     "Hold that explicitly asks nothing ('nothing you need to do')")

T26 = """Merged #212 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/nagare-sys/terraform-modules/pull/212#event-16540021873
You are receiving this because you were mentioned.
"""
emit(26, "unrelated", False, None, [],
     std(26, addr("Kenji Okabe", "notifications@github.com"), ME_C,
         "Re: [nagare-sys/terraform-modules] Add account-baseline module (PR #212)",
         "Tue, 04 Mar 2025 02:33:18 +0000", style="github.com",
         ar=ar_m365("github.com", ip="192.30.252.201"),
         extra=[("List-ID", "nagare-sys/terraform-modules <terraform-modules.nagare-sys.github.com>")]),
     multi("alternative", [leaf(T26), leaf(to_html(T26), "html")], 26),
     "GitHub PR merged notification", "'Merged' and 'Reply to this email'")

T27 = """Dear Customer,

We are ready to merge your AWS Certification accounts. Before we can continue, we must verify that you are the owner of both accounts.

Verify your identity now: http://aws-certification-support.com/merge/verify?case=174070112300458

If we do not receive your verification within 24 hours, your request will be cancelled and the certifications held in the old account may be permanently removed.

AWS Training and Certification
Case ID: 174070112300458
"""
emit(27, "suspicious", False, None, [],
     std(27, addr("AWS Training and Certification", "case-update@aws-certification-support.com"), ME_P,
         "RE:[CASE 174070112300458] Account merge - identity verification required",
         "Tue, 04 Mar 2025 11:58:02 +0000", style="aws-certification-support.com",
         ar=ar_gmail("aws-certification-support.com", ip="185.211.4.77",
                     mailfrom="bounce@aws-certification-support.com")),
     multi("alternative", [leaf(T27), leaf(to_html(T27), "html")], 27),
     "Phishing from a lookalike domain with a case-style subject",
     "Passes DKIM/DMARC for its own lookalike domain; urgent ask; fake 15-digit case number")

T28 = """Hello Haruka,

Thanks for contacting the Linux Foundation Training & Certification team.

We found two LF ID accounts associated with your name:

  Account 1: htsujimoto (%s) - CKA certified
  Account 2: haruka_t (%s)

Please confirm which account you want to keep by replying to this email. If we don't hear back within 5 business days, this case will be closed.

Best,
Ana
LF Training & Certification Support
""" % (ME_C, ME_P)
emit(28, "unrelated", False, None, [],
     std(28, addr("LF Training Support", "trainingsupport@linuxfoundation.org"), ME_P,
         "[Case 00812345] Request to merge LF ID accounts - awaiting your reply",
         "Wed, 05 Mar 2025 17:20:41 +0000", style="linuxfoundation.org",
         ar=ar_gmail("linuxfoundation.org", ip="198.145.29.99")),
     leaf(T28), "Another vendor's account-merge case asking for confirmation",
     "Looks exactly like a merge confirmation request plus closing threat, but not AWS")

T29 = """辻本さん

お疲れさまです、佐藤です。
3月28日（金）に辻本さんの送別会を予定しております。
お店の予約の都合がありますので、ご都合のよい時間帯を3月7日までにお知らせいただけますでしょうか。

よろしくお願いいたします。
佐藤
"""
emit(29, "unrelated", False, None, [],
     std(29, addr("佐藤 直樹", "n-sato@nagare-sys.co.jp"), ME_C, "送別会の日程について",
         "Wed, 05 Mar 2025 18:44:09 +0900", style="outlook", ar=ar_m365("nagare-sys.co.jp", ip="40.107.74.51")),
     leaf(T29, cte="quoted-printable"), "Colleague asks about farewell party (Japanese)",
     "Keigo request (いただけますでしょうか) from a colleague, not support")

T30_Q = """Hello,

A person associated with your partner organization, Nagare Systems K.K., has asked to move their certification account (%s, candidate ID %s) to a personal account because they are leaving the company.

Please reply to this email to confirm that the account may be released from your partner profile. If we do not hear from you within 5 business days, we will proceed with the release.

Regards,
AWS Partner Network Support
""" % (ME_C, CID_C)
T30 = """Haruka,

FYI - AWS contacted us about releasing your certification account from our partner profile. I approved it this morning, so it should be on its way. Nothing for you to do on our side.

All the best with the new job!
Kenji

""" + outlook_q("AWS Partner Network Support <apn-support@amazon.com>", "Wednesday, March 5, 2025 6:15 PM",
                "Okabe Kenji <k-okabe@nagare-sys.co.jp>",
                "RE:[CASE %s] AWS Partner Network - certification account release request" % CASE_A, T30_Q)
emit(30, "unrelated", False, None, [],
     std(30, addr("Kenji Okabe", "k-okabe@nagare-sys.co.jp"), ME_C,
         "FW: RE:[CASE %s] AWS Partner Network - certification account release request" % CASE_A,
         "Thu, 06 Mar 2025 10:02:55 +0900", style="outlook", ar=ar_m365("nagare-sys.co.jp", ip="40.107.74.51")),
     leaf(T30), "Partner admin forwards AWS's release request",
     "Forwarded copy with the real case subject and a quoted AWS request, but written by a colleague")

T31 = """Hello Haruka,

Good news: the AWS Partner Network team has released %s from the Nagare Systems partner profile, so the hold is lifted.

I am now preparing the merge. Before anything is changed you will receive a separate message listing both accounts so that you can check them; nothing is needed from you until then.

Best regards,
Tomás R.
AWS Training and Certification

On Fri, Feb 28, 2025 at 2:02 AM, AWS Training and Certification wrote:
""" % CID_C + gt(T20) + "\n"
emit(31, "case_update", False, CASE_A, [CID_C],
     std(31, TCF, ME_P, SA, "Thu, 06 Mar 2025 05:31:20 +0000", irt=25, refs=[17, 20, 23, 25], ar=ses_ar(31, ME_P)),
     leaf(T31, cte="quoted-printable"), "Hold lifted, merge being prepared",
     "'No action needed yet' progress note quoting the old hold question ('Could you let us know…')")

T32 = """Hello Haruka,

Here are the two certification accounts I found for you. Please look them over carefully, because a merge cannot be undone.

@@TABLE@@

After the merge, the exam history, certifications and benefits of the account that is merged away move into the remaining one, and the other account can no longer be signed in to.

Which of the two should remain as your account going forward?

Regards,
Olena K.
AWS Training and Certification
"""
ROWS = [("Candidate ID", CID_P, CID_C), ("Login email", ME_P, ME_C),
        ("Training notification email", ME_P, ME_C), ("Certification notification email", ME_P, ME_C),
        ("Certifications", "none",
         "AWS Certified Solutions Architect - Associate; AWS Certified Developer - Associate")]
TABLE = ('<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">\n'
         '<tr><th></th><th>Account #1</th><th>Account #2</th></tr>\n' +
         "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>\n" % r for r in ROWS) + "</table>")
T32_TXT = T32.replace("@@TABLE@@", "\n".join(
    ["Account #1"] + ["%s: %s" % (r[0], r[1]) for r in ROWS] + ["", "Account #2"] +
    ["%s: %s" % (r[0], r[2]) for r in ROWS]))
emit(32, "confirmation_request", True, CASE_A, [CID_P, CID_C],
     std(32, TCF, ME_P, SA, "Fri, 07 Mar 2025 07:14:58 +0000", irt=31, refs=[17, 20, 25, 31], ar=ses_ar(32, ME_P)),
     leaf(to_html(T32, TABLE), "html", cte="base64"), "Account #1/#2 confirmation request",
     "HTML-only (base64) with a table; the ask is a bare question with no 'confirm'")

T33 = """What will you build in 2025?

We'd love to know which AWS services you're most excited to learn this year. Just hit reply and tell us - a real person on our team reads every answer.

Explore new Skill Builder courses: https://skillbuilder.aws/

You are receiving this email because you subscribed to AWS Training and Certification updates. Unsubscribe: https://pages.awscloud.com/unsubscribe
"""
emit(33, "unrelated", False, None, [],
     std(33, addr("AWS Training and Certification", "aws-marketing-email-replies@amazon.com"), ME_P,
         "Tell us: what will you build in 2025?", "Fri, 07 Mar 2025 16:00:00 +0000",
         ar=ar_gmail("amazon.com", mailfrom="bounce@marketing.amazon.com", ip="199.15.213.20")),
     multi("alternative", [leaf(T33), leaf(to_html(T33), "html", cte="quoted-printable")], 33),
     "AWS T&C marketing", "Display name identical to support; explicit 'hit reply' invitation")

T34 = """Hello Haruka,

I'm following up on my message of March 7 listing your two certification accounts.

Since we haven't heard from you, we'll treat this merge request as no longer needed and stop working on it at the end of March 13 (PDT). If you still want the accounts merged, a reply to this email telling us which account to keep is enough, and we will carry on from there.

Regards,
Olena K.
AWS Training and Certification
"""
emit(34, "closing_notice", True, CASE_A, [],
     std(34, TCF, ME_P, SA, "Mon, 10 Mar 2025 00:14:37 +0000", irt=32, refs=[17, 31, 32], ar=ses_ar(34, ME_P)),
     leaf(T34), "Follow-up: request dropped on Mar 13 without an answer",
     "Closing notice with no close/closed ('stop working on it', 'carry on')", crlf=True)

T35_OWN = """Hi Olena,

Confirmed. Please merge into Account #1 (%s, login %s). Sorry for the slow answer, it was a busy week.

Thanks,
Haruka
""" % (CID_P, ME_P)
T35 = (T35_OWN + "\nOn Mon, Mar 10, 2025 at 9:14 AM AWS Training and Certification <%s> wrote:\n\n" % TC +
       gt(T34) + "\n>\n> On Fri, Mar 7, 2025 at 4:14 PM AWS Training and Certification <%s> wrote:\n" % TC +
       gt(T32_TXT, 2) + "\n")
emit(35, "user_reply", False, CASE_A, [CID_P],
     std(35, MEP, TC, "Re: " + SA, "Mon, 10 Mar 2025 22:02:31 +0900", style="gmail", cc=ME_C, irt=34,
         refs=[17, 31, 32, 34]),
     leaf(T35, cte="quoted-printable"), "Owner confirms Account #1",
     "Top-posted over nested quotes that contain both candidate IDs and the question")

T36 = """お疲れさまです。辻本です。
3月10日（月）から3月14日（金）まで休暇のため不在にしております。
期間中はメールを確認できませんので、お急ぎの場合は岡部（k-okabe@nagare-sys.co.jp）までご連絡ください。

I am out of the office from March 10 to March 14 and will reply when I return.
"""
emit(36, "unrelated", False, None, [],
     std(36, MEC, ME_P, "自動応答: Re: " + SA, "Mon, 10 Mar 2025 13:02:33 +0000", style="outlook",
         irt=35, ar=ar_gmail("nagare-sys.co.jp", ip="40.107.74.51", mailfrom=ME_C),
         extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]),
     leaf(T36, cte="base64"), "Out-of-office from the owner's own company address",
     "Auto-reply from the owner's own address with the full case subject")

T37 = """Hello Haruka,

Thank you for confirming. I have successfully merged all accounts: everything from Account #2 now sits in Account #1 (%s), which you sign in to with %s. Your exam history, both certifications and your benefits should be visible there now.

No further action is required on your side. If anything in your exam history or benefits looks wrong, let us know.

Regards,
Olena K.
AWS Training and Certification

""" % (CID_P, ME_P) + outlook_q("Haruka Tsujimoto <%s>" % ME_P, "Monday, March 10, 2025 1:02 PM",
                               "AWS Training and Certification <%s>" % TC, "Re: " + SA, T35_OWN, cc=ME_C) + \
    "\n" + outlook_q("AWS Training and Certification", "Friday, March 7, 2025 7:14 AM", ME_P, SA, T32_TXT)
emit(37, "resolved", False, CASE_A, [CID_P],
     std(37, TCF, ME_P, SA, "Tue, 11 Mar 2025 03:47:10 +0000", irt=35, refs=[17, 32, 34, 35], ar=ses_ar(37, ME_P)),
     multi("alternative", [leaf(T37, cte="quoted-printable"),
                           leaf(to_html(T37), "html", cte="quoted-printable")], 37),
     "Merge done", "Quotes the whole confirmation request (question + both IDs) under 'let us know' ending")

T38 = """Amazon Web Services Training and Certification has issued you a badge

AWS Certified Solutions Architect - Associate

Accept your badge and let your network know: https://www.credly.com/earner/earned/badge/7d2a9c41-03be-4f0e-b6f5-1c8e22d0a9b3

Why accept? Verified badges help employers understand your skills.

Credly, Inc. | 1 E 33rd St, New York, NY
"""
emit(38, "badge", False, None, [],
     std(38, addr("Credly", "admin@credly.com"), ME_P,
         "You've been issued a badge by Amazon Web Services Training and Certification",
         "Tue, 11 Mar 2025 03:52:26 +0000", style="credly.com", ar=ar_gmail("credly.com", ip="149.72.61.5")),
     multi("alternative", [leaf(T38), leaf(to_html(T38), "html", cte="base64")], 38),
     "Credly badge right after the merge", "Arrives minutes after the resolution; question 'Why accept?'")

T39 = """AWS トレーニングと認定をご利用いただき、ありがとうございます。

先日のお問い合わせ（ケース ID: %s）について、お客様のご意見をお聞かせください。

・お問い合わせの内容は解決しましたか？
・担当者の対応にどの程度ご満足いただけましたか？

以下のリンクから、1 分ほどでご回答いただけます。
https://survey.aws-cs.example/ja/r?c=%s

※このメールは送信専用アドレスから送信されています。ご返信いただいてもお答えできませんのでご了承ください。
""" % (CASE_A, CASE_A)
emit(39, "survey", False, CASE_A, [],
     std(39, addr("AWS Customer Service Feedback", "cs-feedback@amazon.com"), ME_P,
         "ケース %s に関するアンケートのお願い" % CASE_A, "Wed, 12 Mar 2025 02:00:00 +0000",
         ar=ar_gmail("amazon.com", mailfrom="bounces@amazonses.com")),
     leaf(T39, cte="quoted-printable"), "Japanese survey for case A", "Questions to the reader in Japanese; お願い subject")

T40 = """お客様

AWS 認定アカウントの統合手続きが最終段階に入りました。
統合を完了するには、48時間以内に以下のリンクからサインインし、ご本人確認を完了していただく必要がございます。

https://aws-training-verify.jp-account.net/signin

期限内にご確認いただけない場合、保有されている認定資格が失効する可能性がございます。

AWS トレーニングと認定
"""
emit(40, "suspicious", False, None, [],
     std(40, TCF, ME_P, "【重要】AWS 認定アカウント統合の最終確認のお願い", "Wed, 12 Mar 2025 09:21:40 +0000",
         style="mail-relay-jp.net",
         ar=ar_gmail("amazon.com", ok=False, ip="185.243.115.9", mailfrom="info@mail-relay-jp.net")),
     multi("alternative", [leaf(T40, cte="base64"), leaf(to_html(T40), "html", cte="base64")], 40),
     "Genuine support address in From, but DKIM/DMARC fail",
     "Exact support From address and Japanese merge wording; only Authentication-Results betray it")

T41 = """Hi Haruka,

Because your AWS Training and Certification accounts were recently merged, your digital badges must be re-verified. Badges that are not re-verified within 72 hours will be revoked.

Re-verify my badges: https://credly-notifications.net/reverify

Thank you,
AWS Training and Certification via Credly
"""
emit(41, "suspicious", False, None, [],
     std(41, addr("AWS Training and Certification via Credly", "badges@credly-notifications.net"), ME_P,
         "Action required: your AWS badges will be revoked", "Thu, 13 Mar 2025 06:10:12 +0000",
         style="credly-notifications.net",
         ar=ar_gmail("credly-notifications.net", ip="45.88.97.140", mailfrom="mta@credly-notifications.net")),
     leaf(T41), "Badge phishing from a Credly lookalike", "Claims AWS T&C; knows about the merge; lookalike domain")

T42_OWN = """Hi Olena,

Thanks a lot! Exam history and certifications look right. One thing, though: the 50% exam voucher that was under Benefits on the old account isn't shown on the merged account. Could you check?

Haruka
"""
T42 = T42_OWN + "\nOn Tue, Mar 11, 2025 at 12:47 PM AWS Training and Certification <%s> wrote:\n\n" % TC + \
    gt(T37.split("From: Haruka")[0]) + "\n"
emit(42, "user_reply", False, CASE_A, [],
     std(42, MEP, TC, "Re: " + SA, "Fri, 14 Mar 2025 08:55:03 +0900", style="gmail", irt=37, refs=[17, 32, 35, 37]),
     leaf(T42, cte="8bit"), "Owner reports the voucher missing (reopens the case)",
     "User's own question 'Could you check?' must not make it a request to the user")

T43 = """Hi Haruka,

Thanks for letting us know. I've reopened this case and passed it to the team that manages certification benefits, since vouchers are issued by them rather than moved during a merge.

They usually need a few business days. I'll be back in touch as soon as I hear from them.

Olena
AWS Training and Certification
"""
emit(43, "case_update", False, CASE_A, [],
     std(43, TCF, ME_P, SA, "Fri, 14 Mar 2025 04:31:50 +0000", irt=42, refs=[17, 37, 42], ar=ses_ar(43, ME_P)),
     leaf(T43), "Case reopened and handed to benefits team", "Reopen notice that asks nothing")

T44_OWN = """Hi Haruka,

Update from the benefits team: the voucher was issued in August 2024 to the old account and is still valid until September 30, 2025, but the merge did not carry it over. They can reissue it to your current account.

What they still need from you is the Pearson VUE registration number of the exam that earned the voucher, and the date you took it; the old record only shows the exam code.

Olena
AWS Training and Certification
"""
T44 = (T44_OWN + "\nOn Fri, Mar 14, 2025 at 8:55 AM Haruka Tsujimoto <%s> wrote:\n" % ME_P + gt(T42_OWN) +
       "\n>\n> On Tue, Mar 11, 2025 at 12:47 PM AWS Training and Certification <%s> wrote:\n" % TC +
       gt(T37.split("From: Haruka")[0], 2) +
       "\n>>\n>> On Mon, Mar 10, 2025 at 10:02 PM Haruka Tsujimoto <%s> wrote:\n" % ME_P + gt(T35_OWN, 3) +
       "\n>>>\n>>> On Mon, Mar 10, 2025 at 9:14 AM AWS Training and Certification wrote:\n" + gt(T34, 4) +
       "\n>>>>\n>>>> On Fri, Mar 7, 2025 at 4:14 PM AWS Training and Certification wrote:\n" + gt(T32_TXT, 5) + "\n")
emit(44, "info_request", True, CASE_A, [],
     std(44, TCF, ME_P, SA, "Mon, 17 Mar 2025 06:12:09 +0000", irt=42, refs=[17, 37, 42, 43], ar=ses_ar(44, ME_P)),
     leaf(T44, cte="quoted-printable"), "Benefits news plus an ask for exam registration details",
     "Short top-posted ask (statement 'What they still need from you') over five levels of quoted history incl. a resolution")

T45 = """Hi Olena,

The exam was AWS Certified Developer - Associate (DVA-C02) on August 22, 2024.
Pearson VUE registration number: %s

Best,
Haruka
""" % REG1
emit(45, "user_reply", False, CASE_A, [],
     std(45, MEP, TC, "Exam registration number for the voucher", "Tue, 18 Mar 2025 07:40:22 +0900",
         style="gmail", irt=44, refs=[17, 37, 42, 44]),
     leaf(T45), "Owner sends the registration number",
     "No case number in subject: threaded only by In-Reply-To/References; 9-digit number is not a case")

T46 = """Hi Haruka,

The benefits team has reissued the 50%% exam voucher to your account. You'll find it under Benefits > Certification benefits; it keeps the original expiry date of September 30, 2025.

That completes everything on this case. If you would also like your old certificates reissued as PDF files showing your personal email address, reply and we can arrange it; otherwise there is nothing else to do.

Olena
AWS Training and Certification
""" % ()
emit(46, "resolved", False, CASE_A, [],
     std(46, TCF, ME_P, SA, "Wed, 19 Mar 2025 02:58:31 +0000", irt=45, refs=[17, 42, 44, 45], ar=ses_ar(46, ME_P)),
     leaf(T46), "Voucher reissued, case done", "Conditional offer 'If you would also like … reply'")

T47 = """Your request (48213) has been solved.

Hi Haruka,

We've merged your two CloudPrep Academy learner accounts; all your course progress is now under %s. If you feel the request wasn't solved, simply reply to this email to reopen it.

How would you rate the support you received?
  Good, I'm satisfied / Bad, I'm unsatisfied

Ryo
CloudPrep Academy Support
""" % ME_P
emit(47, "unrelated", False, None, [],
     std(47, addr("CloudPrep Academy Support", "help@cloudprep-academy.zendesk.com"), ME_P,
         "[CloudPrep Academy] Request #48213: account merge - solved", "Thu, 20 Mar 2025 05:10:44 +0000",
         style="zendesk.com", ar=ar_gmail("cloudprep-academy.zendesk.com", ip="192.161.151.4")),
     leaf(T47), "Another vendor's merge case closed", "Merge + solved + rating: looks like AWS resolution/survey")

T48 = """Mika Hoshino assigned INFRA-3312 to Haruka Tsujimoto

INFRA-3312: Hand over AWS account ownership before leave
Priority: High    Due: 27/Mar/25

Description:
Please confirm the handover checklist and move the root email of the sandbox accounts to the team alias.

View issue: https://nagare-sys.atlassian.net/browse/INFRA-3312
"""
emit(48, "unrelated", False, None, [],
     std(48, addr("Mika Hoshino (Jira)", "jira@nagare-sys.atlassian.net"), ME_C,
         "[JIRA] (INFRA-3312) Hand over AWS account ownership before leave", "Fri, 21 Mar 2025 01:30:00 +0000",
         style="atlassian.net", ar=ar_m365("nagare-sys.atlassian.net", ip="185.166.143.232")),
     multi("alternative", [leaf(T48), leaf(to_html(T48), "html")], 48),
     "Jira assignment", "'Please confirm' + AWS account wording")

T49 = """辻本 遥 様

人事部の村上です。
先日ご案内いたしました貸与品の返却につきまして、リマインドのご連絡です。

・ノートPC（資産番号 NS-PC-01987）
・入館証
・社用携帯電話

3月28日（金）17時までにご返却いただきますよう、お願いいたします。
返却予定の日時を本メールにてご返信くださいますようお願い申し上げます。

人事部 村上
"""
emit(49, "unrelated", False, None, [],
     std(49, addr("人事部 村上", "jinji@nagare-sys.co.jp", "shift_jis"), ME_C,
         "【リマインド】貸与品返却のお願い", "Tue, 25 Mar 2025 09:00:00 +0900", style="outlook", cs="shift_jis",
         ar=ar_m365("nagare-sys.co.jp", ip="40.107.74.51")),
     leaf(T49, cs="shift_jis", cte="8bit"), "HR reminder to return equipment (Shift_JIS 8bit)",
     "Keigo 'ご返信くださいますようお願い申し上げます' but from HR")

T50 = """Hello,

We are contacting you because AWS Lambda will end support for the Node.js 18.x runtime on September 1, 2025. You are receiving this message because you currently have one or more Lambda functions using Node.js 18.x in your AWS account.

A list of your affected functions is available in the "Affected resources" tab of the AWS Health Dashboard.

We recommend that you upgrade your functions to Node.js 22.x before September 1, 2025. If you have questions or concerns, please contact AWS Support [1].

[1] https://aws.amazon.com/support

Sincerely,
Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. [AWS Account: %s]
""" % ACCT
emit(50, "unrelated", False, None, [],
     std(50, AWSN, ME_P, "[Action Required] AWS Lambda end of support for Node.js 18.x [AWS Account: %s]" % ACCT,
         "Thu, 27 Mar 2025 20:14:51 +0000", ar=ar_gmail("amazon.com", mailfrom="0100019@amazonses.com")),
     leaf(T50), "AWS Health notice", "'[Action Required]' from the console-case sender, 12-digit account id")

T51 = """Dear Amazon Web Services Customer,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Skill Builder Individual subscription charged twice in March
Severity: General guidance
Correspondence: My card was charged twice for the AWS Skill Builder Individual subscription on 2025-03-28 (USD 29.00 each). Could you refund one of the charges?

You can view the case and add correspondence in the Support Center:

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Best regards,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
[AWS ID %s]
""" % (CASE_C, CASE_C, CASE_C, ACCT)
emit(51, "acknowledgement", False, CASE_C, [],
     std(51, AWSN, ME_P, SC_NEW, "Tue, 01 Apr 2025 00:22:08 +0000", ar=ses_ar(51, ME_P)),
     leaf(T51), "Console 'New Support case' (10-digit id)",
     "Quoted user's own question; 12-digit account id alongside the 10-digit case")

T52 = """Hello,

I'm Daniel from AWS Account and Billing support, and I'll be helping you with this case.

I checked account %s and I can see one Skill Builder Individual charge on March 28. The second charge you mention doesn't appear on this account, which usually means it was placed through a different AWS account or directly on the AWS Skill Builder website.

To trace it I need the order numbers shown on both Skill Builder receipts and the last four digits of the card that was charged.

Best regards,
Daniel M.
Amazon Web Services

""" % ACCT + CONSOLE_FOOT
emit(52, "info_request", True, CASE_C, [],
     std(52, AWSN, ME_P, SC, "Wed, 02 Apr 2025 03:41:15 +0000", irt=51, ar=ses_ar(52, ME_P)),
     multi("alternative", [leaf(T52, cte="quoted-printable"),
                           leaf(to_html(T52), "html", cte="quoted-printable")], 52),
     "Console case asks for order numbers (answer in Support Center)",
     "Ask as 'I need …'; 'cannot accept incoming e-mails' + feedback footer")

T53 = """Delivery has failed to these recipients or groups:

%s
The mailbox you tried to reach doesn't accept incoming messages. Your message wasn't delivered.

Diagnostic information for administrators:

Generating server: mail-relay.amazon.com
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; recipient does not accept mail'
""" % NOREPLY
T53_HDRS = """From: Haruka Tsujimoto <%s>
To: Amazon Web Services <%s>
Subject: Re: %s
Date: Wed, 2 Apr 2025 13:05:40 +0900
""" % (ME_P, NOREPLY, SC)
T53_DS = """Reporting-MTA: dns;mail-relay.amazon.com

Final-Recipient: rfc822;%s
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 recipient does not accept mail
""" % NOREPLY
emit(53, "unrelated", False, None, [],
     std(53, addr("Mail Delivery System", "postmaster@amazon.com"), ME_P, "Undeliverable: Re: " + SC,
         "Wed, 02 Apr 2025 04:05:44 +0000", style="amazon.com", ar=ar_gmail("amazon.com", ip="52.95.48.154"),
         extra=[("Auto-Submitted", "auto-replied")]),
     multi("report", [leaf(T53), raw_part("message/delivery-status", T53_DS),
                      raw_part("text/rfc822-headers", T53_HDRS)], 53, "rep"),
     "Bounce of the owner's email reply to the console case",
     "Case subject and amazon.com sender, but an NDR; belongs to no case")

T54 = """Hello,

Thank you for sending the receipts through the Support Center.

The order numbers show that the second charge was made on AWS account %s, not on %s. For privacy reasons I can only discuss or refund charges on an account once its owner has confirmed it. Is %s also your account? If so, add that confirmation to this case in the Support Center, ideally while signed in to that account.

Best regards,
Daniel M.
Amazon Web Services

""" % (ACCT2, ACCT, ACCT2) + CONSOLE_FOOT
emit(54, "info_request", True, CASE_C, [],
     std(54, AWSN, ME_P, SC, "Fri, 04 Apr 2025 02:18:57 +0000", irt=51, ar=ses_ar(54, ME_P)),
     leaf(T54), "Console case asks to confirm ownership of another AWS account",
     "Confirm something other than a merge; bare question; two 12-digit account ids", crlf=True)

T55 = """AWS Builder ID の確認コード

確認コード: 731054

このコードの有効期限は送信から 10 分間です。このリクエストに心当たりがない場合は、このメールを無視してください。

Amazon Web Services
"""
emit(55, "unrelated", False, None, [],
     std(55, addr("AWS", "no-reply@login.awsapps.com"), ME_P, "AWS Builder ID の確認コード",
         "Sat, 05 Apr 2025 11:42:19 +0000", style="login.awsapps.com",
         ar=ar_gmail("login.awsapps.com", ip="54.240.9.40")),
     leaf(T55, cte="base64"), "Builder ID one-time code (Japanese)", "6-digit code")

T56 = """Hello,

We haven't heard back from you regarding your case %s. If no further correspondence is received, this case will be automatically resolved in 3 days.

If you still need help with the second charge, please confirm in the Support Center whether AWS account %s belongs to you, and we will continue investigating.

Best regards,
Amazon Web Services

""" % (CASE_C, ACCT2) + CONSOLE_FOOT
emit(56, "closing_notice", True, CASE_C, [],
     std(56, AWSN, ME_P, SC, "Wed, 09 Apr 2025 02:30:00 +0000", irt=54, ar=ses_ar(56, ME_P)),
     leaf(T56), "Console case will auto-resolve without a reply",
     "Closing notice worded 'automatically resolved' (no 'close'); feedback footer")

T57 = """Hello,

Thank you for confirming that AWS account %s is also yours.

I've refunded the duplicate Skill Builder charge of USD 29.00 on that account; depending on your bank it can take 5-10 business days to appear. I've also turned off auto-renewal for the subscription on that account so it won't be charged again.

I'm marking this case as resolved. If anything about this charge comes up within the next 14 days, you can reopen the case from the Support Center.

Best regards,
Daniel M.
Amazon Web Services

""" % ACCT2 + CONSOLE_FOOT
emit(57, "resolved", False, CASE_C, [],
     std(57, AWSN, ME_P, SC, "Thu, 10 Apr 2025 06:55:31 +0000", irt=56, ar=ses_ar(57, ME_P)),
     multi("alternative", [leaf(T57), leaf(to_html(T57), "html", cte="base64")], 57),
     "Console case refund done", "Reopen offer + 'contact us again' footer + feedback footer")

T58 = """Your AWS Support case %s has been resolved.

Would you take a moment to tell us about your experience?

- How satisfied were you with the support you received?
- Did the engineer understand your issue?

Take the survey: https://console.aws.amazon.com/support/feedback?displayId=%s

Thank you for using Amazon Web Services.
""" % (CASE_C, CASE_C)
emit(58, "survey", False, CASE_C, [],
     std(58, AWSN, ME_P, "How did we do? Your AWS Support case %s" % CASE_C, "Fri, 11 Apr 2025 07:00:00 +0000",
         ar=ses_ar(58, ME_P)),
     leaf(T58), "Console case survey", "Says 'has been resolved' and asks questions")

T59 = """お客様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
ケース %s を作成いたしました。

お問い合わせの詳細は以下のとおりです。
ケース ID: %s
お問い合わせタイプ: 認定
その他の詳細: Account Merge
お問い合わせ内容:
同じ個人のメールアドレスで AWS 認定アカウントが 2 つあるようです。片方は前職の AWS Partner Central からのサインインで作成されたものと思います。個人のアカウントへの統合をお願いいたします。

通常 24 時間以内にご回答いたします。すでに同じ内容のケースを提起されている場合は、新たにケースを作成しないでください。

ご不明な点がございましたら、本メールにご返信ください。

AWS トレーニングと認定
""" % (CASE_E, CASE_E)
emit(59, "acknowledgement", False, CASE_E, [],
     std(59, TCF, ME_P, SE, "Sun, 13 Apr 2025 05:00:17 +0000", ar=ses_ar(59, ME_P), cs="iso-2022-jp"),
     leaf(T59, cs="iso-2022-jp"), "Japanese ack of the Partner-Central account case (ISO-2022-JP)",
     "〜がございましたら…ご返信ください; quoted form contains the user's own お願いいたします")

T60_SUBJ = SE + " / 両アカウントの候補IDのご教示をお願いいたします"
T60 = """辻本様

お世話になっております。AWS トレーニングと認定の佐々木です。
件名の件、何卒よろしくお願いいたします。

佐々木
AWS トレーニングと認定 カスタマーサービス
"""
emit(60, "info_request", True, CASE_E, [],
     std(60, TCF, ME_P, T60_SUBJ, "Mon, 14 Apr 2025 02:20:40 +0000", irt=59, ar=ses_ar(60, ME_P)),
     leaf(T60, cte="base64"), "Asks for both candidate IDs - in the subject only",
     "Request lives only in the (encoded) subject; body is 件名の件 + greeting")

T61_OWN = """佐々木様

ご連絡ありがとうございます。候補IDは以下のとおりです。

・普段使用しているアカウント（統合先）: %s
・Partner Central 経由で作成されたと思われるアカウント: %s

よろしくお願いいたします。
辻本 遥
""" % (CID_P, CID_X)
T61 = T61_OWN + "\n2025年4月14日(月) 11:20 AWS Training and Certification <%s>:\n\n" % TC + gt(T60)
emit(61, "user_reply", False, CASE_E, [CID_P, CID_X],
     std(61, addr("辻本 遥", ME_P), TC, "Re: " + T60_SUBJ, "Mon, 14 Apr 2025 21:03:11 +0900", style="gmail",
         irt=60, refs=[59, 60]),
     leaf(T61, cte="8bit"), "Owner sends the two candidate IDs (Japanese)", "User reply with two IDs; UTF-8 8bit",
     crlf=True)

T62 = """Is %s the account that was created when you signed in through AWS Partner Central?

Marco
AWS Training and Certification

On Mon, Apr 14, 2025 at 12:03 PM Haruka Tsujimoto <%s> wrote:
""" % (CID_X, ME_P) + gt(T61_OWN) + "\n"
emit(62, "info_request", True, CASE_E, [CID_X],
     std(62, TCF, ME_P, "RE: [CASE %s] %s" % (CASE_E, SUBJ_TC), "Tue, 15 Apr 2025 00:40:26 +0000", irt=61,
         refs=[59, 60, 61], ar=ses_ar(62, ME_P)),
     leaf(T62, cte="quoted-printable"), "One-line question from a second agent",
     "One-line bare question, no greeting or please; quoted IDs below")

T63 = """Yes - %s was created through Partner Central sign-in while I worked at Nagare Systems (I left on March 31).

Haruka
""" % CID_X
emit(63, "user_reply", False, CASE_E, [CID_X],
     std(63, MEP, TC, "Re: RE: [CASE %s] %s" % (CASE_E, SUBJ_TC), "Tue, 15 Apr 2025 10:12:54 +0900",
         style="gmail", irt=62, refs=[59, 60, 61, 62]),
     leaf(T63), "Owner answers yes", "Short user reply")

T64 = """辻本様

ご回答いただきありがとうございます。

%s のアカウントには、前職の Nagare Systems 様の AWS Partner Network（APN）組織との紐付けが残っております。そのため現在、APN チームにて紐付けの解除を確認しており、解除が完了するまで統合作業を一時保留とさせていただきます。

本件につきまして、現時点でお客様にご対応いただく事項はございません。進捗がございましたら、改めてご連絡いたします。

佐々木
AWS トレーニングと認定 カスタマーサービス
""" % CID_X
emit(64, "on_hold", False, CASE_E, [CID_X],
     std(64, TCF, ME_P, SE, "Wed, 16 Apr 2025 03:05:00 +0000", irt=63, refs=[59, 60, 61, 62, 63],
         ar=ses_ar(64, ME_P)),
     multi("alternative", [leaf(T64, cte="quoted-printable"),
                           leaf(to_html(T64), "html", cte="quoted-printable")], 64),
     "APN hold that asks nothing (Japanese)", "Hold with explicit 'ご対応いただく事項はございません'")

T65 = """Congratulations on recertifying your AWS Certification!

Dear Haruka Tsujimoto,

You have successfully recertified AWS Certified Solutions Architect - Associate.
New expiration date: April 17, 2028
Candidate ID: %s

Your updated badge will be issued through Credly.

AWS Certification
""" % CID_P
emit(65, "certification", False, None, [CID_P],
     std(65, addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
         "Congratulations on recertifying your AWS Certification!", "Fri, 18 Apr 2025 12:31:06 +0000",
         style="certmetrics.com", ar=ar_gmail("certmetrics.com", ip="168.245.34.12")),
     leaf(T65), "Recertification notice", "Candidate ID in a non-case mail")

T66 = """辻本様

いつもお世話になっております。AWS トレーニングと認定の佐々木です。
APN チームによる紐付けの解除が完了いたしましたので、統合の手続きに進ませていただきます。

対象となるアカウントは以下のとおりです。

Account #1
  候補ID: %s
  ログインメールアドレス: %s
  トレーニング通知メールアドレス: %s
  認定通知メールアドレス: %s

Account #2
  候補ID: %s
  ログインメールアドレス: %s（Partner Central 経由）
  トレーニング通知メールアドレス: %s
  認定通知メールアドレス: %s

Account #2 を Account #1 に統合する形で差し支えございませんでしょうか。
統合後は元に戻すことができませんので、内容をご確認のうえ、ご返信のほどよろしくお願いいたします。

佐々木
AWS トレーニングと認定 カスタマーサービス
""" % (CID_P, ME_P, ME_P, ME_P, CID_X, ME_C, ME_P, ME_P)
emit(66, "confirmation_request", True, CASE_E, [CID_P, CID_X],
     std(66, TCF, ME_P, SE, "Mon, 21 Apr 2025 05:05:48 +0000", irt=64, refs=[59, 60, 63, 64],
         ar=ses_ar(66, ME_P), cs="shift_jis"),
     leaf(T66, cs="shift_jis", cte="base64"), "Japanese Account #1/#2 confirmation (Shift_JIS base64)",
     "Keigo without ください (差し支えございませんでしょうか / ご返信のほどよろしくお願いいたします)")

T67 = """辻本 遥 様

CloudSkill 認定試験事務局でございます。
お問い合わせいただいた受験者アカウントの統合につきまして、以下の 2 件のアカウントが見つかりました。

  受験者ID: CS-00412987（%s）
  受験者ID: CS-00733051（%s）

どちらのアカウントを残すかご確認のうえ、本メールにご返信くださいますようお願いいたします。
5 営業日以内にご返信がない場合、お問い合わせは終了とさせていただきます。

CloudSkill 認定試験事務局
""" % (ME_C, ME_P)
emit(67, "unrelated", False, None, [],
     std(67, addr("CloudSkill 認定試験事務局", "support@cloudskill-cert.jp"), ME_P,
         "【お問い合わせ番号 2504-118832】受験者アカウント統合のご確認", "Mon, 21 Apr 2025 17:40:00 +0900",
         style="cloudskill-cert.jp", ar=ar_gmail("cloudskill-cert.jp", ip="153.127.44.20")),
     leaf(T67, cte="quoted-printable"), "Other exam vendor's merge confirmation (Japanese)",
     "Japanese merge-confirmation + closing wording from a non-AWS vendor")

T68 = """AWS Summit Japan 2025 のご登録はお済みですか？

6月25日（水）・26日（木）、幕張メッセにて AWS Summit Japan を開催します。
150 以上のセッションと、AWS 認定者限定ラウンジをご用意しています。

今すぐ登録: https://aws.amazon.com/jp/summits/japan/

配信停止をご希望の場合は、こちらから手続きしてください。
アマゾン ウェブ サービス ジャパン合同会社
"""
emit(68, "unrelated", False, None, [],
     std(68, addr("AWS Summit Japan", "aws-apj-marketing@amazon.com"), ME_P,
         "AWS Summit Japan 2025 のご登録はお済みですか？", "Fri, 25 Apr 2025 01:00:00 +0000",
         ar=ar_gmail("amazon.com", mailfrom="bounce@marketing.amazon.com", ip="199.15.213.20")),
     multi("alternative", [leaf(T68, cte="base64"), leaf(to_html(T68), "html", cte="base64")], 68),
     "AWS marketing (Japanese)", "amazon.com sender, question in subject")

T69 = """辻本様

AWS トレーニングと認定の佐々木です。
4月21日にお送りしたアカウント統合のご確認につきまして、現時点でご返信を確認できておりません。

5月2日（金）までにご連絡をいただけない場合、誠に恐れ入りますが、本件のご対応はいったん終了とさせていただきます。
統合をご希望の場合は、本メールへご返信いただければ、引き続き手続きを進めさせていただきます。

佐々木
AWS トレーニングと認定 カスタマーサービス
"""
emit(69, "closing_notice", True, CASE_E, [],
     std(69, TCF, ME_P, SE, "Mon, 28 Apr 2025 00:31:12 +0000", irt=66, refs=[59, 64, 66], ar=ses_ar(69, ME_P),
         cs="iso-2022-jp"),
     leaf(T69, cs="iso-2022-jp"), "Japanese notice: handling ends May 2 without a reply",
     "No クローズ/close; 対応は終了 + conditional ご返信いただければ", crlf=True)

T70_OWN = """佐々木様

ご連絡が遅くなり、大変失礼いたしました。
Account #2 を Account #1 に統合していただく形で問題ございません。
よろしくお願いいたします。

辻本 遥
"""
T70 = (T70_OWN + "\n2025年4月28日(月) 9:31 AWS Training and Certification <%s>:\n\n" % TC + gt(T69) +
       "\n>\n> 2025年4月21日(月) 14:05 AWS Training and Certification <%s>:\n" % TC + gt(T66, 2) + "\n")
emit(70, "user_reply", False, CASE_E, [],
     std(70, addr("辻本 遥", ME_P), TC, "Re: " + SE, "Mon, 28 Apr 2025 12:48:30 +0900", style="gmail", irt=69,
         refs=[59, 66, 69]),
     leaf(T70, cte="base64"), "Owner confirms (Japanese), top-posted",
     "Own text has no IDs; quoted history has both")

T71 = """辻本様

ご確認いただきありがとうございます。
統合作業を担当部署へ依頼いたしました。通常、完了までに 2、3 営業日ほどかかります。完了いたしましたら、改めてご連絡いたします。

佐々木
AWS トレーニングと認定 カスタマーサービス
"""
emit(71, "case_update", False, CASE_E, [],
     std(71, TCF, ME_P, SE, "Tue, 29 Apr 2025 01:15:09 +0000", irt=70, refs=[59, 66, 69, 70], ar=ses_ar(71, ME_P)),
     leaf(T71, cte="quoted-printable"), "Merge handed to the back office (Japanese)", "Progress only")

T72 = """辻本様

お待たせいたしました。Account #2（%s）の Account #1（%s）への統合が完了いたしました。
試験履歴、取得済みの認定、特典はすべて Account #1 でご確認いただけます。Credly のデジタルバッジも、数時間以内に Account #1 に紐付いて表示される見込みです。

お客様にご対応いただくことは特にございません。万が一、表示内容に誤りがございましたら、本メールにご返信いただけますと幸いです。

佐々木
AWS トレーニングと認定 カスタマーサービス

-----Original Message-----
""" % (CID_X, CID_P)
T72 += outlook_q("AWS Training and Certification <%s>" % TC, "2025年4月21日 14:05", ME_P, SE, T66, ja=True)
emit(72, "resolved", False, CASE_E, [CID_X, CID_P],
     std(72, TCF, ME_P, SE, "Fri, 02 May 2025 02:44:51 +0000", irt=71, refs=[59, 66, 70, 71], ar=ses_ar(72, ME_P)),
     leaf(T72, cte="base64"), "Japanese merge completion",
     "Quotes the keigo confirmation request; 'ございましたら…いただけますと幸いです' conditional")

T73 = """Haruka, Amazon Web Services Training and Certification sent you a badge

AWS Certified Solutions Architect - Associate (recertified)

Claim it now: https://www.credly.com/earner/earned/badge/b81a4f2e-5c7d-4a19-9e0b-2d6f4e8c1a07

Credly, Inc.
"""
emit(73, "badge", False, None, [],
     std(73, addr("Credly", "admin@credly.com"), ME_P,
         "Haruka, your new badge from Amazon Web Services Training and Certification is waiting",
         "Fri, 02 May 2025 06:20:18 +0000", style="credly.com", ar=ar_gmail("credly.com", ip="149.72.61.5")),
     leaf(T73), "Credly badge after the second merge", "'Claim it now'")

T74 = """辻本様

このたびは AWS トレーニングと認定にお問い合わせいただき、ありがとうございました（ケース ID: %s）。

担当者の対応はいかがでしたか？ 0 から 10 の 11 段階でお聞かせください。
また、改善してほしい点がございましたら、アンケートのコメント欄にご記入ください。

アンケートに回答する: https://survey.aws-cs.example/ja/r?c=%s

※本メールへのご返信にはお答えできません。
""" % (CASE_E, CASE_E)
emit(74, "survey", False, CASE_E, [],
     std(74, addr("AWS Customer Service Feedback", "cs-feedback@amazon.com"), ME_P,
         "AWS トレーニングと認定のサポートはいかがでしたか？", "Sat, 03 May 2025 02:00:00 +0000",
         ar=ar_gmail("amazon.com", mailfrom="bounces@amazonses.com")),
     leaf(T74, cte="8bit"), "Japanese survey for case E", "Question-form survey; ございましたら")

T75 = """Dear Haruka Tsujimoto,

AWS Certification is looking for certified professionals to help shape the next version of the AWS Certified Developer - Associate exam.

Would you be willing to join a 30-minute online workshop in June? If you are interested, let us know by completing the short interest form below.

Interest form: https://www.certmetrics.com/amazon/sme/interest

AWS Certification
"""
emit(75, "certification", False, None, [],
     std(75, addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
         "AWS Certification wants to hear from you", "Tue, 06 May 2025 15:12:40 +0000", style="certmetrics.com",
         ar=ar_gmail("certmetrics.com", ip="168.245.34.12")),
     leaf(T75), "Certification program SME invitation", "'Would you be willing…', 'let us know'")

T76 = """辻本 遥 様

ピアソンVUEをご利用いただき、ありがとうございます。
以下の内容で試験のご予約を承りました。

登録番号: %s
AWS 候補 ID: %s
試験: SAP-C02: AWS Certified Solutions Architect - Professional
日時: 2025年6月7日（土） 13:00
会場: ピアソン・プロフェッショナル・センター 東京新宿

内容に誤りがある場合は、ピアソンVUEカスタマーサービスまでご連絡ください。

ピアソンVUE
""" % (REG2, CID_P)
emit(76, "unrelated", False, None, [CID_P],
     std(76, addr("ピアソンVUE", "pearsonvueconfirmation@pearson.com"), ME_P, "ピアソンVUE 試験予約確認",
         "Thu, 08 May 2025 04:10:33 +0000", style="pearson.com", ar=ar_gmail("pearson.com", ip="198.2.134.10")),
     leaf(T76, cte="quoted-printable"), "Exam booking confirmation (Japanese)",
     "9-digit registration id; candidate ID in unrelated mail")


# ---------------------------------------------------------------- README
def readme():
    kinds = {}
    need = 0
    for _, lab, _, _ in MSGS:
        kinds[lab["kind"]] = kinds.get(lab["kind"], 0) + 1
        need += lab["needs_reply"]
    L = ["me: %s %s" % (ME_P, ME_C), "",
         "# blind-75: held-out corpus (written blind)", "",
         "Mailbox owner: Haruka Tsujimoto. Personal address %s; company address %s "
         "(Nagare Systems K.K., an APN partner; mailbox closes 2025-03-31)." % (ME_P, ME_C), "",
         "Regenerate with `python3 gen.py` (standard library only).", "",
         "## Cases", "",
         "| case | digits | channel | story |", "|---|---|---|---|",
         "| %s | 11 | T&C form, company address | 2023 name correction: ack, candidate-ID request, inactivity notice, reply, fixed, survey |" % CASE_D,
         "| %s | 15 | T&C form, personal (+company cc) | main merge: Japanese ack, APN hold asking a question, wrong-address reply, request to write from the destination address, hold asking nothing, update, Account #1/#2 confirmation, closing notice, confirmation, merged, survey; reopened for a missing voucher, info request, reply threaded only by In-Reply-To, resolved |" % CASE_A,
         "| %s | 15 | T&C form | duplicate form submission, resolved in favour of %s |" % (CASE_B, CASE_A),
         "| %s | 10 | AWS Support Center (console) | Skill Builder double charge: New Support case, two requests to answer in the Support Center, bounce of an email reply, auto-resolve warning, resolved, survey |" % CASE_C,
         "| %s | 15 | T&C form, Japanese agents | third account made via Partner Central: ack, subject-only request, one-line question, hold asking nothing, Japanese confirmation, Japanese closing notice, confirmation, update, merged, survey |" % CASE_E,
         "",
         "Not case numbers: AWS account ids %s, %s (12 digits); Pearson VUE registrations %s, %s (9); codes 604218, 731054, 820317 (6); fake case 174070112300458 in phishing." % (ACCT, ACCT2, REG1, REG2),
         "Candidate IDs: %s (personal), %s (company), %s (Partner Central account)." % (CID_P, CID_C, CID_X), "",
         "## Counts", "",
         "%d messages; needs_reply true: %d." % (len(MSGS), need), "",
         "| kind | n |", "|---|---|"]
    for k in sorted(kinds):
        L.append("| %s | %d |" % (k, kinds[k]))
    L += ["", "## Messages", "",
          "| file | kind | reply | case | what it is | what makes it hard |", "|---|---|---|---|---|---|"]
    for slug, lab, what, hard in MSGS:
        L.append("| %s | %s | %s | %s | %s | %s |" % (
            slug, lab["kind"], "yes" if lab["needs_reply"] else "no", lab["case"] or "-",
            what.replace("|", "/"), hard.replace("|", "/")))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    readme()
    print("wrote %d messages" % len(MSGS))
