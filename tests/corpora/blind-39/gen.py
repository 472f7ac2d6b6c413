#!/usr/bin/env python3
"""Generate the blind-39 held-out corpus (.eml + .json) into this script's directory."""
import base64, json, os, quopri, re, hashlib
from datetime import datetime, timezone, timedelta
from email.header import Header
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
ME_P = "kenta.morimura.jp@gmail.com"
ME_C = "k-morimura@sorano-tech.co.jp"
ME_NAME = "Kenta Morimura"
TC = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"
JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))
PST = timezone(timedelta(hours=-8))

CA = "174168331200187"   # main merge case (15 digits)
CB = "174168402900342"   # duplicate submission (15 digits)
CC = "174250112300518"   # console case 2025 (15 digits)
C21 = "8391027465"       # console case 2021 (10 digits)
C23 = "13318840752"      # 2023 form case, Japanese agent (11 digits)
FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

# ---------------------------------------------------------------- helpers
def part(text, subtype="plain", cs="utf-8", cte="8bit"):
    data = text.encode(cs)
    if cte == "quoted-printable":
        payload = quopri.encodestring(data)
    elif cte == "base64":
        payload = base64.encodebytes(data)
    else:
        payload = data
    if not payload.endswith(b"\n"):
        payload += b"\n"
    h = 'Content-Type: text/%s; charset="%s"\nContent-Transfer-Encoding: %s\n\n' % (subtype, cs, cte)
    return h.encode() + payload

_bn = [0]
def multi(sub, parts):
    _bn[0] += 1
    b = "----=_Part_%d_%s" % (_bn[0], hashlib.md5(str(_bn[0]).encode()).hexdigest()[:12])
    out = ('Content-Type: multipart/%s;\n\tboundary="%s"\n\n' % (sub, b)).encode()
    for p in parts:
        out += ("--%s\n" % b).encode() + p + b"\n"
    out += ("--%s--\n" % b).encode()
    return out

def hdr(s, cs):
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
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=cs)

def mid(tag, dom="email.amazonses.com"):
    h = hashlib.sha1(tag.encode()).hexdigest()
    if dom == "email.amazonses.com":
        return "<0100%s-%s-%s-000000@email.amazonses.com>" % (h[:14], h[14:22], h[22:30])
    return "<%s.%s@%s>" % (h[:16], h[16:24], dom)

def auth_gm(frm_dom, dkim="pass", spf="pass", dmarc="pass", mailfrom=None, dkim_dom=None):
    mailfrom = mailfrom or ("bounces." + frm_dom)
    dkim_dom = dkim_dom or frm_dom
    pol = "p=QUARANTINE sp=QUARANTINE dis=NONE" if dmarc == "pass" else "p=QUARANTINE sp=QUARANTINE dis=QUARANTINE"
    return ("mx.google.com;\n       dkim=%s header.i=@%s header.s=ug7nbtf4gccmlpwj322ax3p6ow6yfsug header.b=Xq3f9Kd1;\n"
            "       spf=%s (google.com: domain of %s designates 54.240.8.%d as permitted sender) smtp.mailfrom=%s;\n"
            "       dmarc=%s (%s) header.from=%s") % (dkim, dkim_dom, spf, mailfrom, len(frm_dom) * 3, mailfrom, dmarc, pol, frm_dom)

def auth_ms(frm_dom, dkim="pass", spf="pass", dmarc="pass", mailfrom=None):
    mailfrom = mailfrom or "amazonses.com"
    return ("spf=%s (sender IP is 54.240.11.%d)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n"
            " header.d=%s;dmarc=%s action=none header.from=%s;compauth=%s reason=100") % (
        spf, len(frm_dom) * 5, mailfrom, dkim, frm_dom, dmarc, frm_dom, "pass" if dmarc == "pass" else "fail")

def q(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.strip("\n").split("\n"))

MSGS = []
# Written but left out to keep the corpus near 80 messages.
DROP = {"aws-educate-newsletter", "builder-id-signin-code", "amazon-co-jp-order", "skillbuilder-receipt",
        "recertified-congrats", "aws-training-welcome", "credly-reissued-associate-ja", "connpass-newsletter",
        "tc-survey-2025"}
def add(slug, lab, frm, to, subj, date, body, msgid, irt=None, refs=None, auth=None, cs="utf-8",
        eol="\n", cc=None, extra=None, receiver=None):
    if slug in DROP:
        return
    kind, nr, case, cids = lab
    H = []
    if receiver == "gm" or (receiver is None and ME_P in to):
        H.append("Delivered-To: " + ME_P)
    if auth:
        H.append("Authentication-Results: " + auth)
    H.append("Date: " + format_datetime(date))
    H.append("From: " + frm)
    H.append("To: " + to)
    if cc:
        H.append("Cc: " + cc)
    H.append("Subject: " + hdr(subj, cs))
    H.append("Message-ID: " + msgid)
    if irt:
        H.append("In-Reply-To: " + irt)
    if refs:
        H.append("References: " + refs)
    for e in (extra or []):
        H.append(e)
    H.append("MIME-Version: 1.0")
    raw = ("\n".join(H) + "\n").encode() + body
    if eol == "\r\n":
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    MSGS.append((slug, raw, {"kind": kind, "needs_reply": nr, "case": case, "candidate_ids": cids}))

def L(kind, nr=False, case=None, cids=None):
    return (kind, nr, case, cids or [])

def d(y, mo, da, h, mi, tz=UTC):
    return datetime(y, mo, da, h, mi, 17, tzinfo=tz)

AWS_FOOTER = """
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
CONSOLE_FOOTER = """
To see the case details and respond, please use the following link:
https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to respond from your AWS Support Center.
""" + AWS_FOOTER
FEEDBACK = """
We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.
"""
CONSOLE_FROM = addr("Amazon Web Services", NOREPLY)
TC_FROM = addr("AWS Training and Certification", TC)
TC_FROM_BARE = TC

# ======================================================================
# 2021: console case (10 digits) on the company AWS account
# ======================================================================
add("aws-bill-may", L("unrelated"), addr("Amazon Web Services", "aws-billing@amazon.com"), ME_C,
    "Amazon Web Services Billing Statement Available [AWS ID 304918276615]", d(2021, 6, 3, 9, 12),
    part("""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:

Total: $41.87

Account ID: 304918276615
Statement period: May 1 - May 31, 2021

Please see the Bills page for details:
https://console.aws.amazon.com/billing/home#/bills

If you have questions about your bill, you can open a case in the AWS Support Center. Please do not reply to this message.

Thank you for using Amazon Web Services.
""" + AWS_FOOTER, cte="quoted-printable"), mid("bill2105"), auth=auth_ms("amazon.com"))

m_c21_ack = mid("c21ack")
add("console-case-opened", L("acknowledgement", False, C21), CONSOLE_FROM, ME_C,
    "Amazon Web Services: New Support case: " + C21, d(2021, 6, 15, 2, 41),
    multi("alternative", [
        part("""Dear AWS customer,

We have received your request for support. A case has been opened with the following details:

Case ID: %s
Subject: Certification not visible in APN Partner Central
Severity: General guidance
Correspondence: My AWS Certified Solutions Architect - Associate does not show up under my Partner Central profile. I passed on 2021-05-28 (Pearson VUE registration 312884105). Account [AWS ID 304918276615].

You can view and add to this case in the AWS Support Center at any time.
%s""" % (C21, CONSOLE_FOOTER.format(cid=C21)), cte="quoted-printable"),
        part("""<html><body><p>Dear AWS customer,</p><p>We have received your request for support. A case has been opened with the following details:</p>
<table border="0"><tr><td><b>Case ID:</b></td><td>%s</td></tr><tr><td><b>Subject:</b></td><td>Certification not visible in APN Partner Central</td></tr>
<tr><td><b>Severity:</b></td><td>General guidance</td></tr></table>
<p>Correspondence: My AWS Certified Solutions Architect - Associate does not show up under my Partner Central profile. I passed on 2021-05-28 (Pearson VUE registration 312884105). Account [AWS ID 304918276615].</p>
<p>You can view and add to this case in the AWS Support Center at any time.</p>
<p><a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">https://console.aws.amazon.com/support/home#/case/?displayId=%s</a></p>
<p style="font-size:10px">*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.</p></body></html>""" % (C21, C21, C21),
             subtype="html", cte="quoted-printable")]),
    m_c21_ack, auth=auth_ms("amazon.com"))

m_c21_q = mid("c21q")
add("console-need-candidate", L("info_request", True, C21), CONSOLE_FROM, ME_C,
    "RE:[CASE %s] Certification not visible in APN Partner Central" % C21, d(2021, 6, 16, 19, 3),
    part("""Hello Kenta,

Thank you for your patience, my name is Diego and I'll be assisting you with this case.

I reached out to our Certification Operations team. From what they can see, the Solutions Architect - Associate exam for Pearson VUE registration 312884105 was taken under a certification account whose email address differs from the one your Partner Central user is registered with. Partner Central only lists certifications held by certification accounts that share its email address or that have been explicitly linked, which is why the badge is not appearing on your profile even though the exam itself was scored and the certification is active.

The Operations team can link the two, but only once they know exactly which certification account is yours. For that they will need the candidate ID of the certification account (it is printed at the top right of the certification account page, AWS followed by eight digits) and the email address your Partner Central login uses.

You can add both to this case from the Support Center; the link is at the bottom of this message, email replies won't reach me.

Best regards,

Diego P.
Amazon Web Services
%s%s""" % (FEEDBACK, CONSOLE_FOOTER.format(cid=C21)), cte="quoted-printable"),
    m_c21_q, irt=m_c21_ack, refs=m_c21_ack, auth=auth_ms("amazon.com"))

add("console-auto-resolve-warning", L("closing_notice", True, C21), CONSOLE_FROM, ME_C,
    "RE:[CASE %s] Certification not visible in APN Partner Central" % C21, d(2021, 6, 21, 7, 30),
    part("""Hello,

We haven't heard back from you regarding this case. If there is no response from your side within the next 4 days, the case will be resolved automatically.

Should you still need assistance, add a correspondence to the case in the Support Center before then and it will stay open.

Best regards,
Amazon Web Services
%s""" % CONSOLE_FOOTER.format(cid=C21)),
    mid("c21close"), irt=m_c21_q, refs=m_c21_ack + " " + m_c21_q, auth=auth_ms("amazon.com"))

add("console-linked-done", L("resolved", False, C21, ["AWS02357781"]), CONSOLE_FROM, ME_C,
    "RE:[CASE %s] Certification not visible in APN Partner Central" % C21, d(2021, 6, 23, 16, 55),
    part("""Hi Kenta,

Thanks for adding the details. The Operations team linked certification account AWS02357781 with your Partner Central user this morning; the Solutions Architect - Associate certification should show on your profile within 48 hours.

Since everything requested in this case has been done I'm setting it to resolved. If anything else comes up on this topic you can reopen it from the Support Center within 14 days.
%s
Have a great day!

Diego P.
Amazon Web Services
%s""" % (FEEDBACK, CONSOLE_FOOTER.format(cid=C21))),
    mid("c21done"), irt=m_c21_q, refs=m_c21_ack + " " + m_c21_q, auth=auth_ms("amazon.com"))

add("support-rating-2021", L("survey", False, C21), addr("AWS Support", "aws-support-survey@amazon.com"), ME_C,
    "How did we do? Your feedback on case %s" % C21, d(2021, 6, 24, 10, 2),
    multi("alternative", [
        part("""Hello,

Your support case %s "Certification not visible in APN Partner Central" was recently resolved.

Would you take one minute to tell us how we did? Answer a single question here:
https://aws-support-survey.amazon.com/s/?c=%s&r=1

Your responses help us improve AWS Support.

This survey is optional.
""" % (C21, C21)),
        part("""<html><body><p>Hello,</p><p>Your support case <b>%s</b> was recently resolved.</p>
<p>How satisfied were you with the support you received?</p>
<table><tr><td><a href="https://aws-support-survey.amazon.com/s/?c=%s&r=1">1</a></td><td><a href="https://aws-support-survey.amazon.com/s/?c=%s&r=5">5</a></td></tr></table>
<p>This survey is optional.</p></body></html>""" % (C21, C21, C21), subtype="html")]),
    mid("c21survey"), auth=auth_ms("amazon.com"))

# ======================================================================
# 2023: form case, Japanese agent (11 digits), company address
# ======================================================================
add("pearson-yoyaku", L("unrelated"), addr("ピアソンVUE", "pearsonvuecustomerservice@pearson.com", "iso-2022-jp"), ME_C,
    "試験予約の確認 - AWS Certified Solutions Architect - Professional", d(2023, 2, 20, 3, 18),
    part("""森村 健太 様

ピアソンVUEをご利用いただき、ありがとうございます。
以下の内容で試験のご予約を承りました。

試験名: AWS Certified Solutions Architect - Professional (SAP-C02)
登録番号: 431770962
日時: 2023年3月8日 13:30
会場: オンライン (OnVUE)

試験開始30分前からチェックインが可能です。身分証明書をご用意ください。
予約内容の変更・キャンセルは、試験の24時間前までにWebサイトから行ってください。

ご不明な点がございましたら、カスタマーサービスまでお問い合わせください。
本メールは送信専用のため、ご返信いただいてもお答えできません。

ピアソンVUE
""", cs="shift_jis", cte="8bit"), mid("pv2302", "pearson.com"), auth=auth_ms("pearson.com", mailfrom="pearson.com"), cs="iso-2022-jp")

add("certmetrics-sap-pass", L("certification", False, None, ["AWS02357781"]), addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
    "Congratulations! You are now AWS Certified", d(2023, 3, 9, 21, 40),
    part("""Dear Kenta Morimura,

Congratulations! You have successfully completed the AWS Certified Solutions Architect - Professional exam and are now AWS Certified.

Candidate ID: AWS02357781
Validation Number: 7QX2LMBC1JEQ1F3K
Certification date: Mar 08, 2023
Expiration date: Mar 08, 2026

Your digital badge will be issued by Credly within the next few days. You can also download your certificate from your AWS Certification Account.

Sincerely,
AWS Training and Certification

Please do not reply to this email; this mailbox is not monitored.
"""), mid("cm2303", "certmetrics.com"), auth=auth_ms("certmetrics.com", mailfrom="certmetrics.com"))

m23_ack = mid("c23ack")
add("katsudo-uketsuke-badge", L("acknowledgement", False, C23), TC_FROM, ME_C,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % C23, d(2023, 3, 13, 1, 12),
    part("""AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。

ケース %s を作成しました。担当者より通常24時間以内にご連絡いたします。
すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。対応が遅れる原因となります。

お問い合わせ内容:
Credly にバッジが表示されません。認定アカウントが2つあるようです。統合をお願いします。

追加の情報がございましたら、本メールにご返信ください。

よろしくお願いいたします。
AWS トレーニングと認定
""" % C23, cs="iso-2022-jp", cte="7bit"),
    m23_ack, auth=auth_ms("amazon.com"), cs="iso-2022-jp")

m23_q = mid("c23q")
add("which-ids-bare", L("info_request", True, C23), TC_FROM_BARE, ME_C,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % C23, d(2023, 3, 14, 6, 47),
    part("""Hello Kenta,

Thanks for reaching out about your Credly badges.

When two certification accounts share one email address, Credly can only be connected to one of them, so badges for exams taken under the other account will not arrive. To merge them I first have to find both accounts on our side, and a search by email returns several records for your address.

What are the candidate IDs of the two accounts? They start with "AWS" and are shown in the upper right corner after you sign in.

Regards,
Priya
AWS Training and Certification
""", cte="quoted-printable"),
    m23_q, irt=m23_ack, refs=m23_ack, auth=auth_ms("amazon.com"))

add("shanaihou-march", L("unrelated"), addr("広報室", "koho@sorano-tech.co.jp", "iso-2022-jp"), ME_C,
    "【社内報】ソラノ通信 2023年3月号", d(2023, 3, 15, 0, 30, JST),
    part("""社員の皆さま

ソラノ通信3月号をお届けします。

■ 今月のトピック
・新年度の組織変更について
・AWS 認定資格の取得奨励金制度が拡充されます
・4月入社の新メンバー紹介

■ アンケートのお願い
社内報についてのご意見をお聞かせください。回答期限は3月24日です。
https://forms.sorano-tech.co.jp/koho/2303

ご意見・ご感想は広報室までご返信ください。

広報室
""", cs="iso-2022-jp", cte="7bit"), mid("koho2303", "sorano-tech.co.jp"),
    auth=auth_ms("sorano-tech.co.jp", mailfrom="sorano-tech.co.jp"), cs="iso-2022-jp")

m23_cl1 = mid("c23cl1")
add("henshin-nai-3nichi", L("closing_notice", True, C23), TC_FROM, ME_C,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % C23, d(2023, 3, 20, 2, 5),
    part("""森村様

お世話になっております。AWS トレーニングと認定の佐々木でございます。

先日お送りしたご連絡について、まだご返信をいただけていないようでございます。
恐れ入りますが、3営業日以内にご返信がない場合、本ケースはクローズさせていただきます。
引き続き対応をご希望の場合は、本メールにそのままご返信いただけましたら、ケースはオープンのまま継続いたします。

何卒よろしくお願い申し上げます。

佐々木
AWS トレーニングと認定
""", cs="iso-2022-jp", cte="7bit"),
    m23_cl1, irt=m23_q, refs=m23_ack + " " + m23_q, auth=auth_ms("amazon.com"), cs="iso-2022-jp")

m23_cl2 = mid("c23cl2")
add("closed-inactive-reopen", L("closing_notice", True, C23), TC_FROM, ME_C,
    "RE: [CASE %s] [AWS Training and Certification Form Submission] - certification" % C23, d(2023, 3, 24, 3, 0),
    part("""Hello,

As we did not receive a response, this case has now been closed.

Still need help? Reply to this email and the case will be reopened automatically, no need to submit a new form.

AWS Training and Certification
"""),
    m23_cl2, irt=m23_cl1, refs=" ".join([m23_ack, m23_q, m23_cl1]), auth=auth_ms("amazon.com"))

m23_r1 = mid("c23r1", "sorano-tech.co.jp")
add("late-ids-outlook", L("user_reply", False, C23, ["AWS02357781", "AWS05519034"]), addr(ME_NAME, ME_C), TC,
    "RE: [CASE %s] [AWS Training and Certification Form Submission] - certification" % C23, d(2023, 3, 27, 10, 14, JST),
    part("""Hello,

Sorry for the late reply, I was on a business trip.
The two candidate IDs are:

AWS02357781 (main, has my SAA and SAP)
AWS05519034 (created by mistake in 2022)

Please keep AWS02357781.

Best regards,
Kenta Morimura
Sorano Technologies Inc.

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Friday, March 24, 2023 12:00 PM
To: Kenta Morimura <%s>
Subject: RE: [CASE %s] [AWS Training and Certification Form Submission] - certification

Hello,

As we did not receive a response, this case has now been closed.

Still need help? Reply to this email and the case will be reopened automatically, no need to submit a new form.

AWS Training and Certification

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Tuesday, March 14, 2023 3:47 PM
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - certification

What are the candidate IDs of the two accounts? They start with "AWS" and are shown in the upper right corner after you sign in.
""" % (TC, ME_C, C23, TC, C23), cs="utf-8", cte="quoted-printable"),
    m23_r1, irt=m23_cl2, refs=" ".join([m23_ack, m23_q, m23_cl1, m23_cl2]), eol="\r\n",
    extra=["X-Mailer: Microsoft Outlook 16.0", "Thread-Topic: [CASE %s] [AWS Training and Certification Form Submission] - certification" % C23])

m23_up = mid("c23up")
add("reopened-passed-ops", L("case_update", False, C23, ["AWS05519034"]), TC_FROM, ME_C,
    "RE: [CASE %s] [AWS Training and Certification Form Submission] - certification" % C23, d(2023, 3, 28, 5, 31),
    part("""Hi Kenta,

No problem at all, and welcome back. I've reopened your case.

I've handed the IDs to our Certification Operations team, who will fold the duplicate profile AWS05519034 into your main one. This usually takes them three to five business days and I'll write again as soon as they are done.

Kind regards,
Priya
AWS Training and Certification

On Mon, Mar 27, 2023 at 01:14 AM, Kenta Morimura <%s> wrote:
> Hello,
>
> Sorry for the late reply, I was on a business trip.
> The two candidate IDs are:
>
> AWS02357781 (main, has my SAA and SAP)
> AWS05519034 (created by mistake in 2022)
>
> Please keep AWS02357781.
""" % ME_C),
    m23_up, irt=m23_r1, refs=" ".join([m23_ack, m23_q, m23_cl1, m23_cl2, m23_r1]), auth=auth_ms("amazon.com"))

add("github-pr-merged", L("unrelated"), addr("Haruto Ishida", "notifications@github.com"), ME_C,
    "Re: [sorano-tech/infra-modules] Merge account baseline into main (PR #482)", d(2023, 3, 30, 8, 2),
    part("""Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/sorano-tech/infra-modules/pull/482#event-8891023341
You are receiving this because you authored the thread.
"""), "<sorano-tech/infra-modules/pull/482/issue_event/8891023341@github.com>",
    irt="<sorano-tech/infra-modules/pull/482@github.com>", refs="<sorano-tech/infra-modules/pull/482@github.com>",
    auth=auth_ms("github.com", mailfrom="github.com"),
    extra=["List-ID: sorano-tech/infra-modules <infra-modules.sorano-tech.github.com>"])

m23_conf = mid("c23conf")
add("tougou-kakunin-keigo", L("confirmation_request", True, C23, ["AWS02357781", "AWS05519034"]), TC_FROM, ME_C,
    "RE: [CASE %s] [AWS Training and Certification Form Submission] - certification" % C23, d(2023, 4, 3, 4, 22),
    part("""森村様

いつもお世話になっております。AWS トレーニングと認定の佐々木でございます。
認定オペレーションチームでの調査が完了いたしましたので、ご連絡いたします。

ご登録のメールアドレスに紐づく認定アカウントは以下の2件でございます。

アカウント #1
候補ID: AWS02357781
ログインメール: %s
トレーニング通知メール: %s
認定通知メール: %s

アカウント #2
候補ID: AWS05519034
ログインメール: %s
トレーニング通知メール: %s
認定通知メール: (未設定)

アカウント #2 の内容をアカウント #1 に統合し、アカウント #1 を残す形で進めてよろしいでしょうか。
統合後は元に戻すことができませんので、お手数ではございますが、ご確認のうえご返信いただけますでしょうか。

何卒よろしくお願いいたします。

佐々木
AWS トレーニングと認定
""" % (ME_C, ME_C, ME_C, ME_C, ME_C), cs="iso-2022-jp", cte="7bit"),
    m23_conf, irt=m23_up, refs=" ".join([m23_ack, m23_q, m23_r1, m23_up]), auth=auth_ms("amazon.com"), cs="iso-2022-jp")

m23_r2 = mid("c23r2", "sorano-tech.co.jp")
add("kakunin-shimashita", L("user_reply", False, C23), addr(ME_NAME, ME_C), TC,
    "RE: [CASE %s] [AWS Training and Certification Form Submission] - certification" % C23, d(2023, 4, 3, 14, 5, JST),
    part("""佐々木様

ご確認ありがとうございます。
アカウント #1 を残す形で統合をお願いいたします。

森村

差出人: AWS Training and Certification <%s>
送信日時: 2023年4月3日 13:22
宛先: 森村 健太 <%s>
件名: RE: [CASE %s] [AWS Training and Certification Form Submission] - certification

森村様

いつもお世話になっております。AWS トレーニングと認定の佐々木でございます。
(略)
アカウント #2 の内容をアカウント #1 に統合し、アカウント #1 を残す形で進めてよろしいでしょうか。
""" % (TC, ME_C, C23), cs="iso-2022-jp", cte="7bit"),
    m23_r2, irt=m23_conf, refs=" ".join([m23_ack, m23_q, m23_up, m23_conf]), cs="iso-2022-jp", eol="\r\n",
    extra=["X-Mailer: Microsoft Outlook 16.0"])

add("merged-quotes-old-ask", L("resolved", False, C23, ["AWS02357781"]), TC_FROM, ME_C,
    "RE: [CASE %s] [AWS Training and Certification Form Submission] - certification" % C23, d(2023, 4, 4, 0, 48),
    part("""Hello Kenta,

Good news: I have successfully merged all accounts. Everything now lives under AWS02357781, and the next time you sign in to Credly the missing badges should appear (it can take up to 24 hours to sync).

Nothing else is needed from you. I'll go ahead and close the case.

Best,
Priya
AWS Training and Certification

-----Original Message-----
From: AWS Training and Certification
Sent: 2023-04-03 04:22 UTC
To: %s

アカウント #2 の内容をアカウント #1 に統合し、アカウント #1 を残す形で進めてよろしいでしょうか。
統合後は元に戻すことができませんので、お手数ではございますが、ご確認のうえご返信いただけますでしょうか。
""" % ME_C, cte="base64"),
    mid("c23done"), irt=m23_r2, refs=" ".join([m23_ack, m23_q, m23_conf, m23_r2]), auth=auth_ms("amazon.com"))

add("credly-badge-sap", L("badge"), addr("Credly", "admin@credly.com"), ME_C,
    "Amazon Web Services Training and Certification has issued you a badge", d(2023, 4, 4, 9, 15),
    multi("alternative", [
        part("""Hi Kenta,

Amazon Web Services Training and Certification has issued you a new badge:
AWS Certified Solutions Architect - Professional

Accept your badge to start sharing it:
https://www.credly.com/badges/3f6d1c2a-8b47-4e0e-9a51-7d2c90b1e6fa

Questions? Visit our support center at support.credly.com.
Credly, 3 Columbus Circle, New York, NY
"""),
        part("""<html><body><h2>Congratulations, Kenta!</h2><p>Amazon Web Services Training and Certification has issued you a new badge:</p>
<p><b>AWS Certified Solutions Architect - Professional</b></p><p><a href="https://www.credly.com/badges/3f6d1c2a-8b47-4e0e-9a51-7d2c90b1e6fa">Accept your badge</a></p></body></html>""", subtype="html", cte="quoted-printable")]),
    mid("credly2304", "credly.com"), auth=auth_ms("credly.com", mailfrom="credly.com"))

add("tc-experience-survey-2023", L("survey", False, C23), addr("AWS Training and Certification", "aws-tc-survey@amazon.com"), ME_C,
    "Tell us about your recent support experience", d(2023, 4, 5, 17, 0),
    part("""<html><body>
<p>Hello,</p>
<p>You recently contacted AWS Training and Certification (case %s). We'd love to hear how it went.</p>
<table style="border:1px solid #ccc"><tr><td>How satisfied were you with the resolution of your request?</td></tr>
<tr><td><a href="https://survey.aws.training/r?c=%s&s=1">Very dissatisfied</a> | <a href="https://survey.aws.training/r?c=%s&s=5">Very satisfied</a></td></tr></table>
<p>It takes less than two minutes. Please do not reply to this email.</p>
</body></html>""" % (C23, C23, C23), subtype="html", cte="quoted-printable"),
    mid("c23survey"), auth=auth_ms("amazon.com"))

# ======================================================================
# 2024
# ======================================================================
add("recert-reminder-saa", L("certification", False, None, ["AWS02357781"]), addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
    "Your AWS Certification expires in 90 days", d(2024, 2, 29, 15, 0),
    part("""Hello Kenta Morimura,

Your AWS Certified Solutions Architect - Associate certification (Candidate ID AWS02357781) will expire on May 28, 2024.

To keep your certification active, please recertify before that date by passing the current version of the exam or a higher-level exam. If you have already scheduled an exam, no action is needed.

Your 50% discount voucher from your previous certification can be found on the Benefits page of your AWS Certification Account.

AWS Training and Certification
This is an automated message; replies are not monitored.
""", cte="quoted-printable"), mid("cm2402", "certmetrics.com"), auth=auth_ms("certmetrics.com", mailfrom="certmetrics.com"))

add("summit-tokyo-invite", L("unrelated"), addr("AWS Japan", "aws-marketing-email-replies@amazon.com", "iso-2022-jp"), ME_C,
    "【ご招待】AWS Summit Japan 2024 事前登録のご案内", d(2024, 4, 10, 1, 0),
    multi("alternative", [
        part("""森村 健太 様

AWS Summit Japan 2024 の事前登録を受け付けております。
6月20日(木)・21日(金) 幕張メッセにて開催いたします。

ご登録はこちら: https://aws.amazon.com/jp/summits/japan/

ご不明な点がございましたら、本メールにご返信ください。担当者よりご連絡いたします。

配信停止をご希望の方はこちら: https://pages.awscloud.com/unsubscribe
""", cs="iso-2022-jp", cte="7bit"),
        part("""<html><body><p>森村 健太 様</p><p>AWS Summit Japan 2024 の事前登録を受け付けております。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/">ご登録はこちら</a></p></body></html>""", subtype="html", cs="utf-8", cte="base64")]),
    mid("summit24"), auth=auth_ms("amazon.com"), cs="iso-2022-jp")

add("recertified-congrats", L("certification"), addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
    "Congratulations on recertifying your AWS Certification!", d(2024, 5, 14, 22, 11),
    part("""Congratulations, Kenta!

You have successfully recertified your AWS Certified Solutions Architect - Associate certification. Your new expiration date is May 14, 2027.

Your updated digital badge will be sent by Credly.

Thank you for continuing your AWS Certification journey.
AWS Training and Certification
"""), mid("cm2405", "certmetrics.com"), auth=auth_ms("certmetrics.com", mailfrom="certmetrics.com"))

add("lookalike-deactivation", L("suspicious"), addr("AWS Certification Support", "support@amazon-certsupport.com"), ME_C,
    "Action Required: Your AWS Certification Account will be deactivated [CASE 9918273645]", d(2024, 9, 2, 4, 44),
    part("""<html><body>
<p>Dear AWS Certified Professional,</p>
<p>During a routine review we detected duplicate certification profiles linked to your email. To prevent the loss of your certifications, your account must be verified within <b>24 hours</b>.</p>
<table border="1" cellpadding="4"><tr><td>Case ID</td><td>9918273645</td></tr><tr><td>Status</td><td>Pending verification</td></tr></table>
<p>Please reply to this email with your Builder ID password and the 6-digit code we send you, or verify online:</p>
<p><a href="http://amazon-certsupport.com/verify?id=9918273645">Verify my certification account</a></p>
<p>AWS Training &amp; Certification Team</p>
</body></html>""", subtype="html", cte="quoted-printable"),
    mid("phish2409", "amazon-certsupport.com"),
    auth=auth_ms("amazon-certsupport.com", dkim="none", spf="softfail", dmarc="none", mailfrom="amazon-certsupport.com"))

# ======================================================================
# 2025: leaving the company; main case, duplicate, console case, reopen
# ======================================================================
add("taishoku-tetsuzuki", L("unrelated"), addr("人事部 労務グループ", "jinji@sorano-tech.co.jp", "iso-2022-jp"), ME_C,
    "退職手続きのご案内(3月31日付)", d(2025, 3, 10, 9, 5, JST),
    part("""森村 健太 さん

人事部労務グループです。3月31日付の退職にあたり、以下の手続きをお願いします。

1. 貸与PC・社員証の返却(最終出社日)
2. 健康保険証の返却
3. 退職後の書類送付先住所の登録

3. について、送付先住所を3月20日までに本メールへご返信ください。
なお、会社メールアドレスは3月31日 23:59 をもって利用停止となります。個人で登録しているサービスのメールアドレス変更はお早めにお済ませください。

人事部 労務グループ
""", cs="shift_jis", cte="8bit"), mid("jinji0310", "sorano-tech.co.jp"),
    auth=auth_ms("sorano-tech.co.jp", mailfrom="sorano-tech.co.jp"), cs="iso-2022-jp")

add("builder-id-code", L("unrelated"), addr("AWS", "no-reply@signin.aws"), ME_P,
    "Verify your AWS Builder ID email address", d(2025, 3, 11, 8, 31),
    multi("alternative", [
        part("""Verify your AWS Builder ID email address

Thanks for starting the AWS Builder ID sign-up process. We want to make sure it's really you. Please enter the following verification code when prompted.

Verification code: 482913

(This code is valid for 10 minutes)

If you don't want to create an AWS Builder ID, you can ignore this message.
"""),
        part("""<html><body><h3>Verify your AWS Builder ID email address</h3><p>Verification code</p><p style="font-size:28px"><b>482913</b></p><p>(This code is valid for 10 minutes)</p></body></html>""", subtype="html")]),
    mid("bid0311", "signin.aws"), auth=auth_gm("signin.aws", mailfrom="signin.aws"))

add("aws-training-welcome", L("unrelated"), addr("AWS Training and Certification", "no-reply@aws.training"), ME_P,
    "Welcome to AWS Training and Certification", d(2025, 3, 11, 8, 40),
    part("""Hi Kenta,

Welcome to AWS Training and Certification! Your account is ready.

Explore 600+ free digital courses on AWS Skill Builder, or schedule your next certification exam.

Questions? Contact us at https://support.aws.amazon.com/#/contacts/aws-training

AWS Training and Certification
""", cte="quoted-printable"), mid("welcome0311", "aws.training"), auth=auth_gm("aws.training", mailfrom="aws.training"))

mA_ack = mid("caack")
ACK_A = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Inquiry type: Certification
Additional details: Account Merge
Description: Use Case: I am leaving Sorano Technologies at the end of this month and would like to merge my company certification account into my personal one.
All email addresses used: %s, %s
Email address to keep: %s

One of our representatives will get back to you, usually within 24 hours. If you have already opened a case, please do not open another one for the same request, as this may delay our response.

If you have anything to add, reply to this email and keep the case ID in the subject line.

Sincerely,
AWS Training and Certification
""" % (CA, CA, ME_C, ME_P, ME_P)
add("form-received-en", L("acknowledgement", False, CA), TC_FROM, ME_P,
    "RE:[CASE %s] %s" % (CA, FORM_SUBJ), d(2025, 3, 11, 8, 55), part(ACK_A, cte="quoted-printable"),
    mA_ack, auth=auth_gm("amazon.com", mailfrom="amazonses.com"))

mB_ack = mid("cback")
add("form-received-ja-dup", L("acknowledgement", False, CB), TC_FROM, ME_P,
    "RE:[CASE %s] %s" % (CB, FORM_SUBJ), d(2025, 3, 11, 9, 7),
    multi("alternative", [
        part("""アマゾン ウェブ サービスにお問い合わせいただきありがとうございます。ケース %s を作成しました。

お問い合わせの詳細は以下のとおりです:

ケースID: %s
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
内容: 退職のため、会社の認定アカウントを個人のアカウントに統合したいです。

担当者から通常24時間以内にご連絡いたします。
すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。

補足事項がございましたら、件名のケースIDを変更せずにこのメールにご返信ください。

AWS トレーニングと認定
""" % (CB, CB), cte="base64"),
        part("""<html><body><p>アマゾン ウェブ サービスにお問い合わせいただきありがとうございます。ケース <b>%s</b> を作成しました。</p>
<table><tr><td>ケースID</td><td>%s</td></tr><tr><td>その他の詳細</td><td>アカウントの統合</td></tr></table>
<p>担当者から通常24時間以内にご連絡いたします。すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。</p>
<p>補足事項がございましたら、件名のケースIDを変更せずにこのメールにご返信ください。</p></body></html>""" % (CB, CB), subtype="html", cte="base64")]),
    mB_ack, auth=auth_gm("amazon.com", mailfrom="amazonses.com"))

mB_r = mid("cbr", "mail.gmail.com")
add("please-close-duplicate", L("user_reply", False, CB), addr(ME_NAME, ME_P), TC,
    "Re: [CASE %s] %s" % (CB, FORM_SUBJ), d(2025, 3, 11, 9, 20),
    part("""Hello,

The form showed an error so I submitted it a second time, sorry. This is a duplicate of case %s, please close this one and handle everything there.

Kenta

On Tue, Mar 11, 2025 at 6:07 PM AWS Training and Certification <%s> wrote:
> アマゾン ウェブ サービスにお問い合わせいただきありがとうございます。ケース %s を作成しました。
> 担当者から通常24時間以内にご連絡いたします。
""" % (CA, TC, CB)),
    mB_r, irt=mB_ack, refs=mB_ack)

add("dup-closed-no-action", L("resolved", False, CB), TC_FROM, ME_P,
    "RE:[CASE %s] %s" % (CB, FORM_SUBJ), d(2025, 3, 12, 0, 18),
    part("""Hi Kenta,

Thanks for letting us know. I've closed this case as a duplicate; your merge request is being handled under case %s by my colleague. No further action is required on this one.

Best regards,
Tomasz
AWS Training and Certification

> The form showed an error so I submitted it a second time, sorry. This is a duplicate of case %s, please close this one and handle everything there.
""" % (CA, CA)),
    mid("cbdone"), irt=mB_r, refs=mB_ack + " " + mB_r, auth=auth_gm("amazon.com", mailfrom="amazonses.com"))

mA_hold = mid("cahold")
add("apn-hold-need-leaving-date", L("on_hold", True, CA), TC_FROM, ME_P,
    "RE:[CASE %s] %s" % (CA, FORM_SUBJ), d(2025, 3, 12, 3, 26),
    part("""Hello Kenta,

Thank you for contacting AWS Training and Certification, my name is Ana and I will be handling your request.

I looked up both profiles. The certification account registered to %s is associated with an AWS Partner Network (APN) organization, Sorano Technologies Inc. Certifications earned under a partner-associated account count towards that partner's program tiers, so our policy does not allow us to move them out of the partner organization while the account holder is still employed there. Your request is therefore on hold for the moment; nothing has been changed on either account.

Once we have your confirmation that you are leaving (or have left) Sorano Technologies, together with your last working day, we can ask the APN team to release the account and continue with the merge.

Kind regards,
Ana R.
AWS Training and Certification
""" % ME_C, cte="quoted-printable"),
    mA_hold, irt=mA_ack, refs=mA_ack, auth=auth_gm("amazon.com", mailfrom="amazonses.com"))

add("jira-ticket-resolved", L("unrelated"), addr("Yuki Tanabe (Jira)", "jira@sorano-tech.atlassian.net"), ME_C,
    "[JIRA] (INFRA-2231) Hand over AWS Organizations admin role", d(2025, 3, 12, 4, 10),
    part("""Yuki Tanabe updated INFRA-2231
---------------------------------
Resolution: Done
Status: In Review -> Resolved

Handover completed, Kenta's IAM Identity Center permissions will be removed on 3/31. Please confirm in the ticket if anything is missing.

This message was sent by Atlassian Jira (v1001.0.0-SNAPSHOT#100280)
"""), mid("jira2231", "sorano-tech.atlassian.net"), auth=auth_ms("sorano-tech.atlassian.net", mailfrom="atlassian.net"))

mA_r1 = mid("car1", "sorano-tech.co.jp")
add("leaving-from-work-address", L("user_reply", False, CA), addr(ME_NAME, ME_C), TC,
    "RE: [CASE %s] %s" % (CA, FORM_SUBJ), d(2025, 3, 12, 13, 40, JST),
    part("""Hi Ana,

Yes, I confirm I am leaving Sorano Technologies. My last working day is March 31, 2025, after that this mailbox will be deleted.

Thank you,
Kenta Morimura

________________________________
From: AWS Training and Certification <%s>
Sent: Wednesday, March 12, 2025 12:26
To: %s <%s>
Subject: RE:[CASE %s] %s

Hello Kenta,

Thank you for contacting AWS Training and Certification, my name is Ana and I will be handling your request.

I looked up both profiles. The certification account registered to %s is associated with an AWS Partner Network (APN) organization, Sorano Technologies Inc. [...] Your request is therefore on hold for the moment; nothing has been changed on either account.

Once we have your confirmation that you are leaving (or have left) Sorano Technologies, together with your last working day, we can ask the APN team to release the account and continue with the merge.
""" % (TC, ME_P, ME_P, CA, FORM_SUBJ, ME_C), cte="quoted-printable"),
    mA_r1, irt=mA_hold, refs=mA_ack + " " + mA_hold, eol="\r\n", extra=["X-Mailer: Microsoft Outlook 16.0"])

mA_wrong = mid("cawrong")
add("reply-from-address-on-file", L("info_request", True, CA), TC_FROM, ME_C,
    "RE: [CASE %s] %s" % (CA, FORM_SUBJ), d(2025, 3, 13, 1, 9),
    multi("alternative", [
        part("""Hi Kenta,

Thanks for the quick answer. Unfortunately I can't act on it yet: it came from %s, and for security reasons instructions on a merge have to come from the email address of the account you want to keep, %s.

We need you to send the same confirmation again from %s, replying to this thread. Once it's in I'll pass it to the APN team straight away.

Ana R.
AWS Training and Certification
""" % (ME_C, ME_P, ME_P)),
        part("""<html><body><p>Hi Kenta,</p><p>Thanks for the quick answer. Unfortunately I can't act on it yet: it came from %s, and for security reasons instructions on a merge have to come from the email address of the account you want to keep, %s.</p>
<p>We need you to send the same confirmation again from <b>%s</b>, replying to this thread. Once it's in I'll pass it to the APN team straight away.</p><p>Ana R.<br>AWS Training and Certification</p></body></html>""" % (ME_C, ME_P, ME_P), subtype="html", cte="quoted-printable")]),
    mA_wrong, irt=mA_r1, refs=" ".join([mA_ack, mA_hold, mA_r1]), auth=auth_ms("amazon.com"))

mA_r2 = mid("car2", "mail.gmail.com")
add("resend-from-gmail-no-subject-id", L("user_reply", False, CA), addr(ME_NAME, ME_P), TC,
    "Re: my certification account merge", d(2025, 3, 13, 12, 2),
    part("""Hello Ana,

Sending this from my personal address as you asked.
I confirm that I am leaving Sorano Technologies Inc.; my last working day is March 31, 2025. Please go ahead with the merge into the account of %s.

Best regards,
Kenta Morimura

2025年3月13日(木) 10:09 AWS Training and Certification <%s>:
> Hi Kenta,
>
> Thanks for the quick answer. Unfortunately I can't act on it yet: it came
> from %s, and for security reasons instructions on a merge have to
> come from the email address of the account you want to keep, %s.
>
> We need you to send the same confirmation again from %s,
> replying to this thread.
""" % (ME_P, TC, ME_C, ME_P, ME_P)),
    mA_r2, irt=mA_wrong, refs=" ".join([mA_ack, mA_hold, mA_r1, mA_wrong]))

mA_hold2 = mid("cahold2")
add("apn-release-waiting-ja", L("on_hold", False, CA), TC_FROM, ME_P,
    "RE:[CASE %s] %s" % (CA, FORM_SUBJ), d(2025, 3, 14, 2, 40),
    part("""森村様

ご連絡ありがとうございます。退職のご予定について確認いたしました。

旧アカウントはAPNパートナー組織に紐づいているため、現在APNチームにアカウントの紐づけ解除を依頼しております。解除が完了するまで、本ケースは保留とさせていただきます。
APNチームからの回答を受け次第、改めてご連絡いたします。それまでの間、森村様にご対応いただくことは特にございません。

AWS トレーニングと認定
Ana R.
""", cte="base64"),
    mA_hold2, irt=mA_r2, refs=" ".join([mA_ack, mA_hold, mA_wrong, mA_r2]), auth=auth_gm("amazon.com", mailfrom="amazonses.com"))

add("personal-aws-invoice", L("unrelated"), addr("Amazon Web Services", "aws-billing@amazon.com"), ME_P,
    "Your AWS invoice is available [AWS ID 558301927746]", d(2025, 3, 14, 11, 0),
    part("""<html><body><p>Greetings from Amazon Web Services,</p>
<p>Your invoice for the period Feb 1 - Feb 28, 2025 is now available.</p>
<table border="1" cellpadding="3"><tr><th>Account</th><th>Invoice</th><th>Amount</th></tr>
<tr><td>558301927746</td><td>2047719203</td><td>USD 3.12</td></tr></table>
<p>View your invoice in the <a href="https://console.aws.amazon.com/billing/home#/bills">Billing console</a>. Payment will be charged to your card ending 4417.</p>
<p>This e-mail was sent from an address that cannot accept incoming e-mails.</p></body></html>""", subtype="html", cte="quoted-printable"),
    mid("inv2502"), auth=auth_gm("amazon.com", mailfrom="amazonses.com"))

add("dmarc-fail-fake-case", L("suspicious"), TC_FROM, ME_P,
    "RE:[CASE 174170092200911] %s" % FORM_SUBJ, d(2025, 3, 15, 6, 21),
    part("""Hello,

Your account merge request requires identity verification before we can continue. Accounts that are not verified within 48 hours will be closed and any certifications on them will be lost.

Kindly sign in at the secure page below and confirm your Builder ID credentials:
https://aws-training-verify.com/merge/174170092200911

Sincerely,
AWS Training and Certification
""" + AWS_FOOTER, cte="quoted-printable"),
    mid("fakecase", "mail-relay-77.net"),
    auth=auth_gm("amazon.com", dkim="fail", spf="fail", dmarc="fail", mailfrom="mail-relay-77.net", dkim_dom="mail-relay-77.net"))

add("apn-colleague-forward", L("unrelated"), addr("大橋 美咲", "m-ohashi@sorano-tech.co.jp", "iso-2022-jp"), ME_C,
    "FW: AWS Partner Central: certification account release request", d(2025, 3, 17, 11, 12, JST),
    part("""森村さん

APNの件、こちらで承認しておきました。森村さん側での作業は特にありません。
長い間お疲れさまでした!

大橋

-----Original Message-----
From: AWS Partner Network <apn-noreply@amazon.com>
Sent: Monday, March 17, 2025 10:02 AM
To: m-ohashi@sorano-tech.co.jp
Subject: AWS Partner Central: certification account release request

Hello Alliance Lead,

AWS Training and Certification has requested that the certification account of a user in your organization (%s) be released from Sorano Technologies Inc. Please review and approve or decline this request in Partner Central within 5 business days.
""" % ME_C, cs="shift_jis", cte="8bit"),
    mid("ohashi0317", "sorano-tech.co.jp"), auth=auth_ms("sorano-tech.co.jp", mailfrom="sorano-tech.co.jp"), cs="iso-2022-jp")

mA_up = mid("caup")
add("apn-released-preparing", L("case_update", False, CA), TC_FROM, ME_P,
    "RE:[CASE %s] %s" % (CA, FORM_SUBJ), d(2025, 3, 17, 23, 58),
    part("""Hi Kenta,

Quick update: the APN team has released your old certification account from the partner organization, so the hold is lifted. I'm now preparing the merge and will write back shortly with the account details for a final check.

Ana
"""),
    mA_up, irt=mA_hold2, refs=" ".join([mA_ack, mA_hold, mA_r2, mA_hold2]), auth=auth_gm("amazon.com", mailfrom="amazonses.com"))

mA_conf = mid("caconf")
CONF_HTML = """<html><head><meta charset="utf-8"><style>td{padding:4px 10px;border:1px solid #bbb}</style></head><body style="font-family:Arial">
<p>Hello Kenta,</p>
<p>Following up on my previous note. I located the following two certification accounts for you. Before anything is merged, please look at them carefully: a merge moves all exam history, certifications, benefits and digital badges into one account and cannot be reversed afterwards.</p>
<table cellspacing="0">
<tr><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS09183346</td><td>AWS02357781</td></tr>
<tr><td>Login email</td><td>%s</td><td>%s</td></tr>
<tr><td>Training notification email</td><td>%s</td><td>%s</td></tr>
<tr><td>Certification notification email</td><td>%s</td><td>%s</td></tr>
<tr><td>Certifications</td><td>none</td><td>SAA-C03, SAP-C02</td></tr>
</table>
<p>The 50%% exam voucher currently held by Account #2 will move together with the certifications. Your Credly badges will be re-issued to the notification address of the account that is kept.</p>
<p>Kindly confirm that Account #1 is the one to keep, and that Account #2 should be merged into it.</p>
<p>Thank you,<br>Ana R.<br>AWS Training and Certification</p>
<p style="color:#888;font-size:11px">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.</p>
</body></html>""" % (ME_P, ME_C, ME_P, ME_C, ME_P, ME_C)
add("html-account-table-confirm", L("confirmation_request", True, CA, ["AWS09183346", "AWS02357781"]), TC_FROM, ME_P,
    "RE:[CASE %s] %s" % (CA, FORM_SUBJ), d(2025, 3, 18, 5, 14),
    part(CONF_HTML, subtype="html", cte="quoted-printable"),
    mA_conf, irt=mA_up, refs=" ".join([mA_ack, mA_hold, mA_r2, mA_up]), auth=auth_gm("amazon.com", mailfrom="amazonses.com"))

add("connpass-newsletter", L("unrelated"), addr("connpass", "no-reply@connpass.com"), ME_P,
    "【connpass】今週の新着イベント (JAWS-UG ほか)", d(2025, 3, 19, 0, 0),
    part("""森村 健太 さん

フォロー中のグループの新着イベントをお知らせします。

■ JAWS-UG 東京 #52 「AWS認定 全冠への道」
  2025/04/05 (土) 13:00〜
  https://jawsug.connpass.com/event/349911/

■ Serverless Meetup Japan Virtual #41
  2025/04/09 (水) 19:00〜

参加申し込みはイベントページから行ってください。
このメールに返信されても対応できません。
"""), mid("connpass0319", "connpass.com"), auth=auth_gm("connpass.com", mailfrom="connpass.com"))

mCC_ack = mid("ccack")
add("console-case-2025-opened", L("acknowledgement", False, CC), CONSOLE_FROM, ME_P,
    "Amazon Web Services: New Support case: " + CC, d(2025, 3, 20, 20, 5),
    part("""Hello,

Thank you for contacting AWS Support. We have opened case %s for your request.

Case ID: %s
Subject: Merge certification account
Severity: General guidance
Account: [AWS ID 558301927746]

Our team will respond to you shortly. You can check the status of your case or add information from the Support Center.
%s""" % (CC, CC, CONSOLE_FOOTER.format(cid=CC)), cte="quoted-printable"),
    mCC_ack, auth=auth_gm("amazon.com", mailfrom="amazonses.com"))

mA_cl = mid("caclose")
add("no-answer-72h-toppost", L("closing_notice", True, CA), TC_FROM, ME_P,
    "RE:[CASE %s] %s" % (CA, FORM_SUBJ), d(2025, 3, 21, 17, 14),
    multi("alternative", [
        part("""Hello Kenta,

Just checking in: I haven't seen an answer to my message below. If we don't hear back within 72 hours this case will be closed automatically. A reply, even a short one, keeps it open.

Best,
Ana R.
AWS Training and Certification

---------- Previous message ----------
From: AWS Training and Certification
Date: Tue, Mar 18, 2025 05:14 UTC

Hello Kenta,

Following up on my previous note. I located the following two certification accounts for you.

Account #1
Candidate ID: AWS09183346
Login email: %s
Training notification email: %s
Certification notification email: %s

Account #2
Candidate ID: AWS02357781
Login email: %s
Training notification email: %s
Certification notification email: %s

Kindly confirm that Account #1 is the one to keep, and that Account #2 should be merged into it.
""" % (ME_P, ME_P, ME_P, ME_C, ME_C, ME_C)),
        part("<html><body><p>Hello Kenta,</p><p>Just checking in: I haven't seen an answer to my message below. If we don't hear back within 72 hours this case will be closed automatically. A reply, even a short one, keeps it open.</p><p>Best,<br>Ana R.</p><hr><blockquote>" + CONF_HTML.split("<body style=\"font-family:Arial\">")[1].split("</body>")[0] + "</blockquote></body></html>",
             subtype="html", cte="quoted-printable")]),
    mA_cl, irt=mA_conf, refs=" ".join([mA_ack, mA_hold, mA_up, mA_conf]), auth=auth_gm("amazon.com", mailfrom="amazonses.com"))

add("jetbrains-request-closed", L("unrelated"), addr("JetBrains Support", "support@jetbrains.com"), ME_P,
    "[JetBrains] Re: License transfer to personal account - Request #4821133 has been closed", d(2025, 3, 21, 20, 30),
    part("""##- Please type your reply above this line -##

Your request #4821133 "License transfer to personal account" has been solved and closed.

If you have any further questions, simply reply to this email and a new request will be created.

Olga K.
JetBrains Sales Support
""", cte="quoted-printable"), mid("jb4821133", "jetbrains.com"), auth=auth_gm("jetbrains.com", mailfrom="zendesk.com"))

mCC_q = mid("ccq")
add("console-which-account", L("info_request", True, CC), CONSOLE_FROM, ME_P,
    "RE:[CASE %s] Merge certification account" % CC, d(2025, 3, 21, 23, 47),
    part("""Hello Kenta,

Thank you for contacting AWS Support.

Your case mentions "my account" and a merge. AWS Support handles AWS accounts such as 558301927746, while AWS Certification accounts are managed by a separate team. To route this correctly: is the request about your AWS account (billing, IAM, Organizations), or about your AWS Certification account (exam history, badges)? And do you already have a case open with AWS Training and Certification for this?

Please reply via the Support Center using the link below.
%s
Best regards,
Mateo G.
Amazon Web Services
%s""" % (FEEDBACK, CONSOLE_FOOTER.format(cid=CC)), cte="quoted-printable"),
    mCC_q, irt=mCC_ack, refs=mCC_ack, auth=auth_gm("amazon.com", mailfrom="amazonses.com"))

mA_r3 = mid("car3", "mail.gmail.com")
add("confirmed-merge-account1", L("user_reply", False, CA), addr(ME_NAME, ME_P), TC,
    "Re: RE:[CASE %s] %s" % (CA, FORM_SUBJ), d(2025, 3, 22, 1, 3),
    multi("alternative", [
        part("""Confirmed. Please merge to Account #1.

Sorry for the delay.

Kenta

2025年3月22日(土) 2:14 AWS Training and Certification <%s>:

> Hello Kenta,
>
> Just checking in: I haven't seen an answer to my message below. If we don't
> hear back within 72 hours this case will be closed automatically. A reply,
> even a short one, keeps it open.
>
> Kindly confirm that Account #1 is the one to keep, and that Account #2
> should be merged into it.
""" % TC),
        part("""<div dir="ltr">Confirmed. Please merge to Account #1.<div><br></div><div>Sorry for the delay.</div><div><br></div><div>Kenta</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">2025年3月22日(土) 2:14 AWS Training and Certification &lt;%s&gt;:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">Hello Kenta,<br><br>Just checking in: I haven't seen an answer to my message below. If we don't hear back within 72 hours this case will be closed automatically.<br><br>Kindly confirm that Account #1 is the one to keep, and that Account #2 should be merged into it.</blockquote></div>""" % TC,
             subtype="html", cte="quoted-printable")]),
    mA_r3, irt=mA_cl, refs=" ".join([mA_ack, mA_hold, mA_conf, mA_cl]))

mA_done = mid("cadone")
add("successfully-merged-long-quote", L("resolved", False, CA, ["AWS09183346"]), TC_FROM, ME_P,
    "RE:[CASE %s] %s" % (CA, FORM_SUBJ), d(2025, 3, 22, 2, 31),
    part("""Hello Kenta,

Thank you for confirming. I have successfully merged all accounts. Your exam history, both certifications and the 50%% voucher are now under AWS09183346 (%s). Sign in with your Builder ID to check; the Credly badges will be re-sent to your personal address within a day.

This case will now be closed. If you have anything to add, you can reply to this email within the next 14 days.

Ana R.
AWS Training and Certification

On Sat, Mar 22, 2025 at 1:03 AM, Kenta Morimura <%s> wrote:
> Confirmed. Please merge to Account #1.
>
> On Fri, Mar 21, 2025, AWS Training and Certification wrote:
> > Just checking in: I haven't seen an answer to my message below. If we don't
> > hear back within 72 hours this case will be closed automatically.
> >
> > Kindly confirm that Account #1 is the one to keep, and that Account #2
> > should be merged into it.
> >
> > Account #1 / Candidate ID: AWS09183346 / Login email: %s
> > Account #2 / Candidate ID: AWS02357781 / Login email: %s
""" % (ME_P, ME_P, ME_P, ME_C), cte="quoted-printable"),
    mA_done, irt=mA_r3, refs=" ".join([mA_ack, mA_conf, mA_cl, mA_r3]), auth=auth_gm("amazon.com", mailfrom="amazonses.com"))

add("credly-reissued-personal", L("badge"), addr("Credly", "admin@credly.com"), ME_P,
    "You've earned a badge from Amazon Web Services Training and Certification", d(2025, 3, 22, 6, 12),
    multi("alternative", [
        part("""Congratulations, Kenta!

Amazon Web Services Training and Certification has issued you the AWS Certified Solutions Architect - Professional badge.

Claim your badge and share it on LinkedIn:
https://www.credly.com/earner/earned/badge/a91e07d4-5c3b-4f08-8e2a-0b6f1d9c3e27

You'll need to sign in or create a Credly account with this email address.
"""),
        part("""<html><body><table width="600"><tr><td><h1>Congratulations, Kenta!</h1><p>Amazon Web Services Training and Certification has issued you the <b>AWS Certified Solutions Architect - Professional</b> badge.</p><p><a href="https://www.credly.com/earner/earned/badge/a91e07d4-5c3b-4f08-8e2a-0b6f1d9c3e27" style="background:#ff6b00;color:#fff;padding:10px">Claim your badge</a></p></td></tr></table></body></html>""", subtype="html", cte="base64")]),
    mid("credly2503a", "credly.com"), auth=auth_gm("credly.com", mailfrom="credly.com"))

add("credly-reissued-associate-ja", L("badge"), addr("Credly", "admin@credly.com"), ME_P,
    "Amazon Web Services Training and Certification からバッジが発行されました", d(2025, 3, 22, 6, 13),
    part("""森村 健太 さん

おめでとうございます!Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」バッジが発行されました。

バッジを受け取る: https://www.credly.com/earner/earned/badge/0c5b7e19-2f44-4d11-b3a9-58e6c0d7f102

このメールアドレスで Credly にサインインしてバッジを承認してください。
"""), mid("credly2503b", "credly.com"), auth=auth_gm("credly.com", mailfrom="credly.com"))

add("console-rerouted-resolved", L("resolved", False, CC), CONSOLE_FROM, ME_P,
    "RE:[CASE %s] Merge certification account" % CC, d(2025, 3, 22, 19, 20),
    part("""Hello Kenta,

Thank you for the details you added in the Support Center. Since this is about your certification account, and you told me case %s with AWS Training and Certification has already merged it, there is nothing for AWS Support to do here. I have marked this case as resolved.

Your AWS account 558301927746 was not affected in any way.
%s
Regards,
Mateo G.
Amazon Web Services
%s""" % (CA, FEEDBACK, CONSOLE_FOOTER.format(cid=CC))),
    mid("ccdone"), irt=mCC_q, refs=mCC_ack + " " + mCC_q, auth=auth_gm("amazon.com", mailfrom="amazonses.com"))

add("tc-survey-2025", L("survey", False, CA), addr("AWS Training and Certification", "aws-tc-survey@amazon.com"), ME_P,
    "How did we do? Rate your AWS Training and Certification support (case %s)" % CA, d(2025, 3, 23, 17, 0),
    part("""Hello Kenta,

Your case %s was recently closed. Please tell us about your experience by answering three short questions:
https://survey.aws.training/r?c=%s

Your feedback is anonymous and helps us improve.

AWS Training and Certification
""" % (CA, CA)), mid("casurvey"), auth=auth_gm("amazon.com", mailfrom="amazonses.com"))

add("certmetrics-lend-voice", L("certification"), addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "AWS Certification wants to hear from you", d(2025, 3, 24, 16, 0),
    part("""<html><body><p>Hello AWS Certified individual,</p>
<p>AWS Certification is looking for subject matter experts to help us develop and review exam content. As an AWS Certified professional, your experience matters.</p>
<p>Would you like to take part? <a href="https://aws.amazon.com/certification/certification-sme/">Sign up here</a>.</p>
<p>You are receiving this because you opted in to "Lend Your Voice to AWS Certification". This email was sent from an unmonitored address.</p></body></html>""", subtype="html", cte="quoted-printable"),
    mid("cmvoice", "certmetrics.com"), auth=auth_gm("certmetrics.com", mailfrom="certmetrics.com"))

add("jp-phish-tougou-horyu", L("suspicious"), addr("AWS トレーニングと認定", "info@aws-training-jp.com", "iso-2022-jp"), ME_P,
    "【重要】AWS認定アカウントの統合が保留されています", d(2025, 3, 25, 1, 33),
    part("""お客様各位

お客様のAWS認定アカウントの統合処理が保留となっております。
48時間以内に下記URLより本人確認を完了していただけない場合、保有資格はすべて失効いたします。

https://aws-training-jp.com/kakunin?case=174168331200187

お手数ではございますが、至急ご対応くださいますようお願い申し上げます。

AWS トレーニングと認定 サポートチーム
""", cs="iso-2022-jp", cte="7bit"),
    mid("jphish", "aws-training-jp.com"),
    auth=auth_gm("aws-training-jp.com", dkim="none", spf="neutral", dmarc="none", mailfrom="aws-training-jp.com"), cs="iso-2022-jp")

# ---- reopening case A over a missing benefit
mA_r4 = mid("car4", "mail.gmail.com")
add("voucher-missing-after-merge", L("user_reply", False, CA), addr(ME_NAME, ME_P), TC,
    "Re: RE:[CASE %s] %s" % (CA, FORM_SUBJ), d(2025, 3, 26, 0, 40),
    part("""Hi Ana,

Thanks again for the merge. The certifications show correctly now, but the 50%% exam voucher is not listed on the Benefits page of AWS09183346. Could you check?

Kenta

2025年3月22日(土) 11:31 AWS Training and Certification <%s>:
> I have successfully merged all accounts. Your exam history, both
> certifications and the 50%% voucher are now under AWS09183346.
""" % TC),
    mA_r4, irt=mA_done, refs=" ".join([mA_ack, mA_conf, mA_r3, mA_done]))

mA_re = mid("careopen")
add("saikai-escalation-ja", L("case_update", False, CA), TC_FROM, ME_P,
    "RE:[CASE %s] %s" % (CA, FORM_SUBJ), d(2025, 3, 26, 6, 2),
    part("""森村様

AWS トレーニングと認定の山口でございます。Ana に代わりまして担当いたします。

ご連絡いただいた特典(50%割引バウチャー)の件につきまして、本ケースを再オープンし、特典を管理するチームへ調査を依頼いたしました。
調査には数日お時間をいただく場合がございます。進展があり次第、こちらからご連絡いたします。

ご不便をおかけし申し訳ございません。

山口
AWS トレーニングと認定
""", cs="iso-2022-jp", cte="7bit"),
    mA_re, irt=mA_r4, refs=" ".join([mA_ack, mA_done, mA_r4]), auth=auth_gm("amazon.com", mailfrom="amazonses.com"), cs="iso-2022-jp")

mA_q2 = mid("caq2")
add("voucher-details-keigo", L("info_request", True, CA), TC_FROM, ME_P,
    "RE:[CASE %s] %s" % (CA, FORM_SUBJ), d(2025, 3, 27, 4, 45),
    part("""森村様

いつもお世話になっております。山口でございます。

特典チームより途中経過の連絡がございました。統合の際、旧アカウント側のバウチャーが「使用済み」と判定されていたため、移行対象から外れていたとのことです。現在、判定の誤りを修正する手続きを進めております。

つきましては、修正にあたり以下の2点を確認させていただきたく存じます。
・旧アカウントの特典ページでバウチャーを最後にご覧になった、おおよその日付
・バウチャーコードの先頭4文字(お控えがある場合)

お手数をおかけいたしますが、本メールへのご返信にてお知らせいただけますでしょうか。
何卒よろしくお願いいたします。

山口
AWS トレーニングと認定
""", cs="utf-8", cte="quoted-printable"),
    mA_q2, irt=mA_re, refs=" ".join([mA_ack, mA_done, mA_r4, mA_re]), auth=auth_gm("amazon.com", mailfrom="amazonses.com"))

mA_r5 = mid("car5", "mail.gmail.com")
add("voucher-answer-ja", L("user_reply", False, CA), addr(ME_NAME, ME_P), TC,
    "Re: RE:[CASE %s] %s" % (CA, FORM_SUBJ), d(2025, 3, 27, 4, 50), cc=ME_C,
    body=part("""山口様

ご連絡ありがとうございます。
・最後に確認したのは3月10日頃です(統合作業の前に特典ページをメモしました)。
・コードの先頭4文字は「K7QP」です。

よろしくお願いいたします。
森村

2025年3月27日(木) 13:45 AWS Training and Certification <%s>:
> つきましては、修正にあたり以下の2点を確認させていただきたく存じます。
> ・旧アカウントの特典ページでバウチャーを最後にご覧になった、おおよその日付
> ・バウチャーコードの先頭4文字(お控えがある場合)
""" % TC, cte="base64"),
    msgid=mA_r5, irt=mA_q2, refs=" ".join([mA_ack, mA_done, mA_re, mA_q2]))

add("own-ooo-company-mailbox", L("unrelated"), addr("森村 健太", ME_C, "iso-2022-jp"), ME_P,
    "自動応答: Re: RE:[CASE %s] %s" % (CA, FORM_SUBJ), d(2025, 3, 27, 13, 51, JST),
    part("""【自動応答】
ただいま有給休暇を取得しております。3月31日をもって退職いたしますため、本アドレスは4月1日以降ご利用いただけません。
業務に関するお問い合わせは 大橋 (m-ohashi@sorano-tech.co.jp) までご連絡ください。

I am on leave until my last day, March 31. This address will be closed after that. For business matters, please contact m-ohashi@sorano-tech.co.jp.
""", cs="iso-2022-jp", cte="7bit"),
    mid("ooo0327", "sorano-tech.co.jp"), auth=auth_gm("sorano-tech.co.jp", mailfrom="sorano-tech.co.jp"), cs="iso-2022-jp",
    extra=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: " + ME_C])

add("skillbuilder-receipt", L("unrelated"), addr("AWS Skill Builder", "no-reply@skillbuilder.aws"), ME_P,
    "Your AWS Skill Builder subscription receipt", d(2025, 3, 28, 3, 0),
    part("""Thank you for subscribing to AWS Skill Builder Individual.

Order number: 1102-4471-0938
Plan: Monthly
Amount: USD 29.00
Billed to card ending 4417

Manage your subscription at https://skillbuilder.aws/subscription

Questions about your subscription? Contact us through the AWS Training and Certification support form.
""", cte="quoted-printable"), mid("sb0328", "skillbuilder.aws"), auth=auth_gm("skillbuilder.aws", mailfrom="skillbuilder.aws"))

mA_r6 = mid("car6", "mail.gmail.com")
add("gmail-nudge-cc-old", L("user_reply", False, CA), addr(ME_NAME, ME_P), TC,
    "Re: RE:[CASE %s] %s" % (CA, FORM_SUBJ), d(2025, 4, 2, 2, 15), cc=ME_C,
    body=part("""Hello Yamaguchi-san,

Is there any update on the voucher? I would like to book the exam this month.

Kenta
"""),
    msgid=mA_r6, irt=mA_r5, refs=" ".join([mA_ack, mA_re, mA_q2, mA_r5]))

add("bounce-old-address", L("unrelated"), addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P,
    "Delivery Status Notification (Failure)", d(2025, 4, 2, 2, 15),
    multi("report; report-type=delivery-status", [
        part("""** Address not found **

Your message wasn't delivered to %s because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient %s not found by SMTP address lookup
""" % (ME_C, ME_C)),
        b'Content-Type: message/delivery-status\n\nReporting-MTA: dns; googlemail.com\n\nFinal-Recipient: rfc822; ' + ME_C.encode() + b'\nAction: failed\nStatus: 5.1.10\n',
        b'Content-Type: text/rfc822-headers\n\nFrom: Kenta Morimura <' + ME_P.encode() + b'>\nTo: ' + TC.encode() + b'\nCc: ' + ME_C.encode() + b'\nSubject: Re: RE:[CASE ' + CA.encode() + b'] ' + FORM_SUBJ.encode() + b'\nMessage-ID: ' + mA_r6.encode() + b'\n',
    ]), mid("dsn0402", "mail.gmail.com"), irt=mA_r6, refs=mA_r6, receiver="gm")

add("benefit-restored-done", L("resolved", False, CA), TC_FROM, ME_P,
    "RE:[CASE %s] %s" % (CA, FORM_SUBJ), d(2025, 4, 3, 1, 10),
    part("""<html><body><div>森村様</div><div><br></div>
<div>お待たせいたしました。特典チームにて修正が完了し、50%割引バウチャーが現在のアカウントの特典ページに表示されるようになりました。有効期限は変更されておりません。</div>
<div><br></div><div>本件はこれにて完了とさせていただきます。森村様にご対応いただく事項はございません。</div>
<div>今後、別のお問い合わせがございましたら、お手数ですが新しくフォームからご連絡くださいませ。</div>
<div><br></div><div>山口<br>AWS トレーニングと認定</div>
<div><br></div>
<blockquote style="border-left:2px solid #ccc;padding-left:8px;color:#555">
<div>2025/04/02 11:15 Kenta Morimura wrote:</div>
<div>Is there any update on the voucher? I would like to book the exam this month.</div>
<div>---</div>
<div>お手数をおかけいたしますが、本メールへのご返信にてお知らせいただけますでしょうか。</div>
</blockquote></body></html>""", subtype="html", cte="base64"),
    mid("cadone2"), irt=mA_r6, refs=" ".join([mA_ack, mA_re, mA_q2, mA_r5, mA_r6]), auth=auth_gm("amazon.com", mailfrom="amazonses.com"))

add("tc-survey-2025-reopen-ja", L("survey", False, CA), addr("AWS トレーニングと認定", "aws-tc-survey@amazon.com"), ME_P,
    "サポートに関するアンケートのお願い (ケース %s)" % CA, d(2025, 4, 4, 8, 0),
    part("""森村 健太 様

先日はAWS トレーニングと認定にお問い合わせいただき、ありがとうございました。
サービス向上のため、簡単なアンケートにご協力いただけますでしょうか。所要時間は約1分です。

https://survey.aws.training/r?c=%s&lang=ja

本メールは送信専用アドレスから送信しております。ご返信いただいてもお答えできませんのでご了承ください。
""" % CA, cs="shift_jis", cte="8bit"),
    mid("casurvey2"), auth=auth_gm("amazon.com", mailfrom="amazonses.com"), cs="iso-2022-jp")

# ======================================================================
# Later in 2025: a second T&C case (15 digits) from the personal address,
# another agent, HTML-heavy; plus noise
# ======================================================================
CD = "174672901100635"   # 2025-05-08
add("pearson-cancel-en", L("unrelated"), addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), ME_P,
    "Appointment Confirmation - AWS Certified DevOps Engineer - Professional", d(2025, 4, 20, 6, 30),
    part("""Dear Kenta Morimura,

Thank you for scheduling your exam with Pearson VUE.

Exam: DOP-C02 AWS Certified DevOps Engineer - Professional
Registration ID: 508837104
Date: May 6, 2025 10:00 AM JST
Location: Online (OnVUE)
Voucher applied: 50% discount

If you need to reschedule, please do so at least 24 hours before your appointment. Please reply to this message only if any of the details above are incorrect.

Pearson VUE
""", cte="quoted-printable"), mid("pv2504", "pearson.com"), auth=auth_gm("pearson.com", mailfrom="pearson.com"))

add("certmetrics-dop-pass", L("certification", False, None, ["AWS09183346"]), addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "Congratulations! You are now AWS Certified", d(2025, 5, 7, 2, 12),
    part("""Dear Kenta Morimura,

Congratulations! You have passed the AWS Certified DevOps Engineer - Professional exam.

Candidate ID: AWS09183346
Certification date: May 06, 2025

Your Credly badge will arrive shortly.
"""), mid("cm2505", "certmetrics.com"), auth=auth_gm("certmetrics.com", mailfrom="certmetrics.com"))

mD_ack = mid("cdack")
add("form-received-name-change", L("acknowledgement", False, CD), TC_FROM, ME_P,
    "RE: [CASE %s] [AWS Training and Certification Form Submission] - certification" % CD, d(2025, 5, 8, 18, 16),
    part("""<html><body><p>Hello,</p>
<p>Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.</p>
<p>The details of your case are as follows:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Case ID</td><td>%s</td></tr>
<tr><td>Inquiry type</td><td>Certification</td></tr>
<tr><td>Additional details</td><td>Certificate / Name change</td></tr>
<tr><td>Description</td><td>The name on my DevOps Pro certificate is printed in all capitals. Can it be fixed?</td></tr>
</table>
<p>We usually respond within 24 hours. Please do not open a new case for the same request.</p>
<p>If you'd like to add more information, just reply to this email.</p>
<p>AWS Training and Certification</p></body></html>""" % (CD, CD), subtype="html", cte="quoted-printable"),
    mD_ack, auth=auth_gm("amazon.com", mailfrom="amazonses.com"))

mD_q = mid("cdq")
add("name-format-mixed-ask", L("info_request", True, CD, ["AWS09183346"]), TC_FROM, ME_P,
    "RE: [CASE %s] [AWS Training and Certification Form Submission] - certification" % CD, d(2025, 5, 9, 22, 40),
    multi("alternative", [
        part("""Hi Kenta,

Congratulations on the DevOps Engineer - Professional, by the way!

About the certificate: the name printed on certificates comes from the legal name stored in your certification profile (AWS09183346), and right now it is stored as "KENTA MORIMURA". I've asked our operations team to regenerate the certificate once the profile is corrected, and they have confirmed they can do that the same day. The Credly badge is not affected.

The one thing I cannot do myself is choose the spelling: it must match your ID document exactly. Exactly how should your name appear, and does your ID show the family name first?

Thanks,
Jun
AWS Training and Certification
"""),
        part("""<html><body><p>Hi Kenta,</p><p>Congratulations on the DevOps Engineer - Professional, by the way!</p><p>About the certificate: the name printed on certificates comes from the legal name stored in your certification profile (AWS09183346), and right now it is stored as "KENTA MORIMURA". I've asked our operations team to regenerate the certificate once the profile is corrected, and they have confirmed they can do that the same day. The Credly badge is not affected.</p><p>The one thing I cannot do myself is choose the spelling: it must match your ID document exactly. Exactly how should your name appear, and does your ID show the family name first?</p><p>Thanks,<br>Jun<br>AWS Training and Certification</p></body></html>""", subtype="html")]),
    mD_q, irt=mD_ack, refs=mD_ack, auth=auth_gm("amazon.com", mailfrom="amazonses.com"))

add("credly-dop-badge", L("badge"), addr("Credly", "admin@credly.com"), ME_P,
    "Claim your AWS Certified DevOps Engineer - Professional badge", d(2025, 5, 10, 3, 3),
    part("""Hi Kenta,

Amazon Web Services Training and Certification has issued you a badge. Accept it to add it to your profile:
https://www.credly.com/earner/earned/badge/77d0e3a1-6b9c-42f5-8c1e-f3a42b9d5e60

Unclaimed badges are kept for you; there is no deadline.
""", cte="base64"), mid("credly2505", "credly.com"), auth=auth_gm("credly.com", mailfrom="credly.com"))

mD_cl = mid("cdcl")
add("name-case-closing-soon", L("closing_notice", True, CD), TC_FROM, ME_P,
    "RE: [CASE %s] [AWS Training and Certification Form Submission] - certification" % CD, d(2025, 5, 16, 21, 5),
    part("""Hello Kenta,

I'm following up on case %s. We haven't received the name details yet, so the case is set to close on May 20. You can keep it open by responding before then.

Regards,
Jun
AWS Training and Certification
""" % CD),
    mD_cl, irt=mD_q, refs=mD_ack + " " + mD_q, auth=auth_gm("amazon.com", mailfrom="amazonses.com"))

mD_r = mid("cdr", "mail.gmail.com")
add("name-answer-inline", L("user_reply", False, CD), addr(ME_NAME, ME_P), TC,
    "Re: RE: [CASE %s] [AWS Training and Certification Form Submission] - certification" % CD, d(2025, 5, 17, 0, 22),
    part("""Hi Jun, sorry, answers inline.

> Exactly how should your name appear

Kenta Morimura

> and does your ID show the family name first?

My passport shows MORIMURA / KENTA, but on the certificate "Kenta Morimura" is fine.

Thanks!
Kenta
"""), mD_r, irt=mD_cl, refs=" ".join([mD_ack, mD_q, mD_cl]))

add("certificate-regenerated", L("resolved", False, CD), TC_FROM, ME_P,
    "RE: [CASE %s] [AWS Training and Certification Form Submission] - certification" % CD, d(2025, 5, 19, 5, 50),
    part("""Hi Kenta,

Done: your profile now reads "Kenta Morimura" and a regenerated certificate is available for download under Certifications. I'm closing the case as resolved.

If anything looks off, feel free to reply within 14 days and I'll take another look.

Jun
AWS Training and Certification

> Exactly how should your name appear, and does your ID show the family name first?
""", cte="quoted-printable"),
    mid("cddone"), irt=mD_r, refs=" ".join([mD_ack, mD_q, mD_cl, mD_r]), auth=auth_gm("amazon.com", mailfrom="amazonses.com"))

add("credly-lookalike-expiry", L("suspicious"), addr("Credly Badges", "notify@credly-badges.net"), ME_P,
    "Your AWS badge will be revoked - action needed", d(2025, 5, 21, 9, 9),
    part("""<html><body><p>Hi Kenta,</p><p>Your badge <b>AWS Certified DevOps Engineer - Professional</b> was flagged during an issuer audit and will be revoked in 3 days.</p>
<p>Please reply with your candidate ID and Builder ID email, or <a href="https://credly-badges.net/restore">restore your badge here</a>.</p><p>The Credly Team</p></body></html>""", subtype="html", cte="quoted-printable"),
    mid("credphish", "credly-badges.net"),
    auth=auth_gm("credly-badges.net", dkim="none", spf="pass", dmarc="none", mailfrom="credly-badges.net"))

add("aws-marketing-webinar", L("unrelated"), addr("AWS Events", "aws-marketing-email-replies@amazon.com"), ME_P,
    "Reminder: Your webinar starts tomorrow - Generative AI on AWS", d(2025, 5, 27, 16, 0),
    multi("alternative", [
        part("""Hi Kenta,

Thanks for registering. "Generative AI on AWS: from prototype to production" starts tomorrow at 10:00 AM PT.

Join link: https://aws.amazon.com/events/webinars/join/?id=88231

Have a question for the speakers? Reply to this email and we'll try to cover it in the Q&A.
"""),
        part("""<html><body><p>Hi Kenta,</p><p>Thanks for registering. Your webinar starts tomorrow at 10:00 AM PT.</p><p><a href="https://aws.amazon.com/events/webinars/join/?id=88231">Join</a></p></body></html>""", subtype="html", cte="quoted-printable")]),
    mid("webinar0527"), auth=auth_gm("amazon.com", mailfrom="amazonses.com"))

add("amazon-co-jp-order", L("unrelated"), addr("Amazon.co.jp", "auto-confirm@amazon.co.jp", "iso-2022-jp"), ME_P,
    "Amazon.co.jp ご注文の確認", d(2025, 5, 28, 12, 1),
    part("""森村 健太 様

Amazon.co.jp をご利用いただき、ありがとうございます。
ご注文番号: 250-4471093-8812266

AWS認定 DevOps エンジニア プロフェッショナル 問題集 1点
お届け予定: 5月30日

ご注文内容の確認・変更は「注文履歴」から行えます。
このメールは配信専用です。ご返信いただいてもお答えできません。
""", cs="iso-2022-jp", cte="7bit"),
    mid("amzjp0528", "amazon.co.jp"), auth=auth_gm("amazon.co.jp", mailfrom="amazon.co.jp"), cs="iso-2022-jp")

# 2025 June: a new merge-type request on a third old account, APN hold that asks in Japanese
CE = "174917225300184"   # 2025-06-06
mE_ack = mid("ceack")
add("form-received-ja-third", L("acknowledgement", False, CE), TC_FROM, ME_P,
    "RE:[CASE %s] %s" % (CE, FORM_SUBJ), d(2025, 6, 6, 1, 10),
    part("""アマゾン ウェブ サービスにお問い合わせいただきありがとうございます。ケース %s を作成しました。

お問い合わせの詳細は以下のとおりです:
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
内容: 以前 AWS Partner Central の SSO で作成された認定アカウントが残っているようです。個人のアカウントへ統合してください。

通常24時間以内にご連絡いたします。
すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。
""" % CE, cs="iso-2022-jp", cte="7bit"),
    mE_ack, auth=auth_gm("amazon.com", mailfrom="amazonses.com"), cs="iso-2022-jp")

mE_h = mid("cehold")
add("apn-sso-hold-keigo", L("on_hold", True, CE, ["AWS11264508"]), TC_FROM, ME_P,
    "RE:[CASE %s] %s" % (CE, FORM_SUBJ), d(2025, 6, 7, 3, 33),
    part("""森村様

お問い合わせいただきありがとうございます。AWS トレーニングと認定の山口でございます。

ご指摘の認定アカウント(AWS11264508)を確認いたしましたところ、現在も AWS パートナーネットワーク(APN)の組織「Sorano Technologies Inc.」に紐づいた状態となっております。
APN 組織に紐づいたアカウントは、パートナー側での解除が完了するまで統合を進めることができないため、本件はいったん保留とさせていただきます。

なお、解除の依頼にあたり、当該アカウントで認定を取得された覚えがあるかどうか、また同社をすでに退職されているかどうかをご教示いただけますと幸いです。

ご確認のほど、よろしくお願いいたします。

山口
AWS トレーニングと認定
""", cs="shift_jis", cte="8bit"),
    mE_h, irt=mE_ack, refs=mE_ack, auth=auth_gm("amazon.com", mailfrom="amazonses.com"), cs="iso-2022-jp")

mE_r = mid("cer", "mail.gmail.com")
add("sso-account-answer", L("user_reply", False, CE, ["AWS11264508"]), addr(ME_NAME, ME_P), TC,
    "Re: RE:[CASE %s] %s" % (CE, FORM_SUBJ), d(2025, 6, 7, 11, 2),
    part("""山口様

ご確認ありがとうございます。
AWS11264508 では認定を取得しておりません(SSOでログインした際に自動で作成されたものと思います)。
Sorano Technologies は2025年3月31日付で退職済みです。

よろしくお願いいたします。
森村 健太
""", cs="iso-2022-jp", cte="7bit"),
    mE_r, irt=mE_h, refs=mE_ack + " " + mE_h, cs="iso-2022-jp")

add("sso-apn-progress", L("case_update", False, CE), TC_FROM, ME_P,
    "RE:[CASE %s] %s" % (CE, FORM_SUBJ), d(2025, 6, 9, 5, 0),
    part("""Hello Kenta,

Yamaguchi-san is out today, so I'm covering. Just so you know where things stand: the APN team acknowledged the release request on Friday and expects to finish within two business days. Once the account is released we'll continue with the merge.

Tomasz
AWS Training and Certification
"""),
    mid("ceup"), irt=mE_r, refs=" ".join([mE_ack, mE_h, mE_r]), auth=auth_gm("amazon.com", mailfrom="amazonses.com"))

mE_conf = mid("ceconf")
add("sso-confirm-plain-question", L("confirmation_request", True, CE, ["AWS09183346", "AWS11264508"]), TC_FROM, ME_P,
    "RE:[CASE %s] %s" % (CE, FORM_SUBJ), d(2025, 6, 11, 2, 20),
    part("""Hi Kenta,

The account has been released. Here is what I have:

Account #1 - AWS09183346
  Login email: %s
  Training notification email: %s
  Certification notification email: %s

Account #2 - AWS11264508
  Login email: k.morimura@sorano-tech.awsapps.com (SSO)
  Training notification email: %s
  Certification notification email: -

Merge #2 into #1 and keep #1?

Tomasz
""" % (ME_P, ME_P, ME_P, ME_C)),
    mE_conf, irt=mE_r, refs=" ".join([mE_ack, mE_h, mE_r]), auth=auth_gm("amazon.com", mailfrom="amazonses.com"))

mE_r2 = mid("cer2", "mail.gmail.com")
add("yes-keep-1", L("user_reply", False, CE), addr(ME_NAME, ME_P), TC,
    "Re: RE:[CASE %s] %s" % (CE, FORM_SUBJ), d(2025, 6, 11, 3, 1),
    part("""Yes, please merge #2 into #1 and keep #1.

Kenta

On Wed, Jun 11, 2025 at 11:20 AM AWS Training and Certification <%s> wrote:
> Merge #2 into #1 and keep #1?
""" % TC), mE_r2, irt=mE_conf, refs=" ".join([mE_ack, mE_h, mE_conf]))

add("sso-merged-short", L("resolved", False, CE), TC_FROM, ME_P,
    "RE:[CASE %s] %s" % (CE, FORM_SUBJ), d(2025, 6, 11, 8, 44),
    part("""Merged. Account #2 no longer exists; sign-ins through Partner Central SSO will now create a fresh account, so please use your Builder ID from now on. Case closed.

Tomasz
AWS Training and Certification

On Wed, Jun 11, 2025 Kenta Morimura wrote:
> Yes, please merge #2 into #1 and keep #1.
"""), mid("cedone"), irt=mE_r2, refs=" ".join([mE_ack, mE_conf, mE_r2]), auth=auth_gm("amazon.com", mailfrom="amazonses.com"))

add("dmarc-fail-survey-lookalike", L("suspicious"), addr("AWS Support", "aws-support-survey@amazon.com"), ME_P,
    "Case %s: claim your USD 50 AWS credit for completing our survey" % CE, d(2025, 6, 12, 4, 4),
    part("""Hello,

As a thank-you for contacting AWS, you are eligible for a USD 50 promotional credit. Complete the survey and enter your card details to receive the credit:
https://aws-credits-survey.info/claim?c=%s

AWS Support
""" % CE, cte="base64"),
    mid("fakesurvey", "aws-credits-survey.info"),
    auth=auth_gm("amazon.com", dkim="fail", spf="softfail", dmarc="fail", mailfrom="aws-credits-survey.info", dkim_dom="aws-credits-survey.info"))

add("builder-id-signin-code", L("unrelated"), addr("AWS", "no-reply@login.awsapps.com"), ME_P,
    "AWS Builder ID: sign-in verification code", d(2025, 6, 12, 9, 30),
    part("""Your one-time verification code is: 730154

Someone is trying to sign in to your AWS Builder ID from a new device (Chrome on macOS, Tokyo, JP). If this was not you, change your password.
"""), mid("bid0612", "login.awsapps.com"), auth=auth_gm("login.awsapps.com", mailfrom="login.awsapps.com"))

add("certmetrics-exam-feedback", L("certification"), addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "Share your feedback on the AWS Certified DevOps Engineer - Professional exam", d(2025, 6, 14, 16, 0),
    part("""Hello Kenta,

You recently earned AWS Certified DevOps Engineer - Professional. We'd like to know what you thought of the exam and the certification program. The survey takes about 5 minutes:
https://certmetrics.com/amazon/survey/dop-c02

AWS Certification
Please do not reply to this email.
""", cte="quoted-printable"), mid("cmfb0614", "certmetrics.com"), auth=auth_gm("certmetrics.com", mailfrom="certmetrics.com"))

add("aws-educate-newsletter", L("unrelated"), addr("AWS Skill Builder", "no-reply@aws.training"), ME_P,
    "New in June: 25 courses and a free Cloud Quest role", d(2025, 6, 18, 15, 0),
    part("""<html><body><h2>What's new on AWS Skill Builder</h2><table><tr><td>Cloud Quest: Generative AI Practitioner</td><td>Free</td></tr><tr><td>Exam Prep: DevOps Engineer - Professional (DOP-C02)</td><td>Subscription</td></tr></table><p>Manage your email preferences in your account settings.</p></body></html>""", subtype="html", cte="base64"),
    mid("sbnews0618", "aws.training"), auth=auth_gm("aws.training", mailfrom="aws.training"))

# ---------------------------------------------------------------- write
def main():
    for f in os.listdir(OUT):
        if re.match(r"^\d{3}-.*\.(eml|json)$", f):
            os.remove(os.path.join(OUT, f))
    for i, (slug, raw, lab) in enumerate(MSGS, 1):
        base = "%03d-%s" % (i, slug)
        with open(os.path.join(OUT, base + ".eml"), "wb") as fh:
            fh.write(raw)
        with open(os.path.join(OUT, base + ".json"), "w") as fh:
            json.dump(lab, fh, ensure_ascii=False)
            fh.write("\n")
    print("wrote", len(MSGS), "messages")

if __name__ == "__main__":
    main()
