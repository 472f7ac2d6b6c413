"""2025-10-23 .. 10-31: reopened merge case, console case about the voucher."""
from common import *
from part3 import S1, M_ACK1
from part4 import M_DONE, M_REOPEN

M_RE1 = mid_ses("c1-reopened")
M_THIRD = mid_ses("c1-third")
M_THIRD_OK = mid_kumo("c1-third-ok")
M_FINAL = mid_ses("c1-final")
REFS_B = [M_ACK1, M_DONE, M_REOPEN]

S3 = "50% exam discount voucher missing after certification account merge"
CONSOLE_FOOT = """
Your feedback helps us improve. You can rate this reply, and any other
reply on the case, with the stars at the top right of each message in the
AWS Support Center.

Best regards,
%s
Amazon Web Services

======================================================
To see all case history and respond, please click this link: https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*** Replies to this message are not received: this mailbox is send-only. ***
Use the link above to answer on the case. Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
"""

THIRD_TXT = """岡林 亮 様

お世話になっております。早川でございます。

お知らせいただいた大学のメールアドレス（okabayashi.ryo@stu.minato-u.ac.jp）で
登録された認定アカウント（候補 ID：%s）が見つかりました。
2019年の AWS Certified Cloud Practitioner の試験履歴は、こちらのアカウントに
記録されております。

このアカウントも、統合後のアカウント（%s）に統合してよろしいでしょうか。
ご本人様のアカウントで相違なく、統合に問題がなければ、その旨をご返信いただけますでしょうか。

統合を行いますと、大学のメールアドレスではサインインできなくなりますので、ご留意ください。

早川 拓海
AWS Training and Certification Customer Support
""" % (CAND_UNI, CAND_P)


def _aws(d, tag, rcpt=ME_P):
    return inbound(rcpt, d, tag)


def messages():
    out = []

    # 47 case_update: reopened, investigating (ISO-2022-JP)
    d = dt("2025-10-23 01:20:00", UTC)
    txt = """岡林 亮 様

お世話になっております。早川でございます。

ご連絡をいただき、本ケースを再開いたしました。
2019年の試験履歴について、現在、関連するアカウントの有無を含めて調査しております。
確認が取れ次第、あらためてご連絡いたします。

追加で情報が必要となった場合は、こちらからご連絡いたしますので、
それまでお待ちいただけますと幸いです。

早川 拓海
AWS Training and Certification Customer Support
"""
    out.append(mail(L("case_update", False, C1),
                    "case reopened, investigation under way (ISO-2022-JP)",
                    "お待ちいただけますと幸いです mimics a request; reopen news only",
                    date=d, frm=(TC_NAME, TC), to=("岡林 亮", ME_P), subject=S1,
                    body=T(txt, "iso-2022-jp", "7bit"), mid=M_RE1, irt=M_REOPEN, refs=REFS_B,
                    hcs="iso-2022-jp", **_aws(d, "m47")))

    # 48 spoofed AWS From with dkim/dmarc fail
    d = dt("2025-10-23 02:55:41", UTC)
    txt = """Hello,

Your certification account merge request is pending a final security check.
To avoid losing your certifications and benefits, sign in and confirm your
credentials within 48 hours:

https://aws-training-verify.support-case.top/signin?case=176118240055512

After signing in, reply to this email with the six-digit code shown on screen.

AWS Training and Certification Customer Support
"""
    ib = inbound(ME_P, d, "m48", host="mail.support-case.top", ip="198.51.100.250",
                 mailfrom="support-case.top", dkim_d="amazon.com", spf="fail",
                 dkim="fail", dmarc="fail", hfrom="amazon.com",
                 note=" (signature did not verify)")
    ib["auth"] = ib["auth"].replace("dmarc=fail", "dmarc=fail (p=QUARANTINE sp=QUARANTINE)")
    out.append(mail(L("suspicious", False, None),
                    "spoofed T&C sender, dkim=fail dmarc=fail, fake case subject",
                    "From is the genuine form address and subject has [CASE n]; only the auth header gives it away",
                    date=d, frm=(TC_NAME, TC), to=ME_P,
                    subject="RE:[CASE 176118240055512] Action required: verify your account before merge",
                    body=T(txt, "us-ascii", "7bit"), mid=mid_gen("m48", "support-case.top"), **ib))

    # 49 console case ack
    d = dt("2025-10-23 03:14:21", UTC)
    txt = """Hello,

Case %s has been created for you. Summary:

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: After my certification accounts were merged (case %s),
the 50%% exam discount voucher that was on my old account no longer appears
under Benefits on %s. Could you check whether it can be restored?

Thank you for contacting Amazon Web Services.

======================================================
To see all case history and respond, please click this link: https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*** Replies to this message are not received: this mailbox is send-only. ***
Use the link above to answer on the case.
""" % (C3, C3, S3, C1, CAND_P, C3)
    out.append(mail(L("acknowledgement", False, C3, [CAND_P]),
                    "Support Center (console) case opened about the missing voucher",
                    "no-reply sender; echoes the owner's question (Could you check...) and cites the merge case",
                    date=d, frm=("Amazon Web Services", "no-reply-aws@amazon.com"), to=ME_P,
                    subject="Amazon Web Services: New Support case: %s" % C3,
                    body=T(txt, "utf-8", "7bit"), mid=mid_ses("m49", "us-east-1"), **_aws(d, "m49")))

    # 50 confirmation_request: third account (UTF-8 QP, multipart)
    d = dt("2025-10-23 08:40:10", UTC)
    html = "<html><body>" + THIRD_TXT.replace("\n", "<br>\n") + "</body></html>"
    out.append(mail(L("confirmation_request", True, C1, [CAND_UNI, CAND_P]),
                    "found the university-era account; asks whether to merge it too",
                    "question 統合してよろしいでしょうか + ご返信いただけますでしょうか; a warning ご留意ください follows",
                    date=d, frm=(TC_NAME, TC), to=("岡林 亮", ME_P), subject=S1,
                    body=MP("alternative", T(THIRD_TXT, "utf-8", "quoted-printable"),
                            H(html, "utf-8", "quoted-printable")),
                    mid=M_THIRD, irt=M_RE1, refs=REFS_B + [M_RE1], **_aws(d, "m50")))

    # 51 owner: yes, merge it
    d = dt("2025-10-23 22:10:30")
    txt = """早川様

ありがとうございます。%s は私のアカウントで間違いありません。
%s への統合をお願いいたします。

岡林 亮

2025年10月23日(木) 17:40 AWS Training and Certification <%s>:
%s
""" % (CAND_UNI, CAND_P, TC, quote(THIRD_TXT))
    out.append(mail(L("user_reply", False, C1, [CAND_UNI, CAND_P]),
                    "owner approves merging the third account",
                    "short answer over quoted confirmation request",
                    date=d, frm=("岡林 亮", ME_P), to=(TC_NAME, TC), subject="Re: " + S1,
                    body=T(txt, "utf-8", "base64"), mid=M_THIRD_OK, irt=M_THIRD,
                    refs=REFS_B + [M_RE1, M_THIRD], mailer="KumoMail Mobile 3.8"))

    # 52 console info_request (must answer in Support Center)
    d = dt("2025-10-24 05:30:44", UTC)
    txt = """Hello,

Thank you for contacting AWS Support about your exam voucher.

I checked the benefits on %s. The discount voucher was issued to
the former account before the merge and was not carried over automatically.
To reissue it, I need two details from you:

1. The name of the benefit exactly as it appeared on the old account
   (for example, "50%% discount on your next exam").
2. The date it was issued or its expiry date, if you noted it.

Please add these details to the case through the Support Center link below;
replies to this email address are not delivered to us.
""" % CAND_P + CONSOLE_FOOT % ("Tomasz K.", C3)
    out.append(mail(L("info_request", True, C3, [CAND_P]),
                    "console case asks for voucher details; answer only via Support Center",
                    "the send-only footer and rating text do not cancel the ask",
                    date=d, frm=("Amazon Web Services", "no-reply-aws@amazon.com"), to=ME_P,
                    subject="RE:[CASE %s] %s" % (C3, S3), body=T(txt, "utf-8", "quoted-printable"),
                    mid=mid_ses("m52", "us-east-1"), **_aws(d, "m52")))

    # 53 resolved C1: third account merged (EN)
    d = dt("2025-10-24 07:02:00", UTC)
    txt = """Hi Ryo,

Priya here, following up for Takumi. I have merged the university account
(%s) into %s as you approved. Your exam history now shows the
2019 Cloud Practitioner exam along with your other certifications.

No further action is needed on your part. If anything still looks wrong,
just reply to this email and we will take another look.

Best,
Priya N.
AWS Training and Certification

> On Thu, Oct 23, 2025 at 22:10 +0900, 岡林 亮 wrote:
> ありがとうございます。%s は私のアカウントで間違いありません。
""" % (CAND_UNI, CAND_P, CAND_UNI)
    out.append(mail(L("resolved", False, C1, [CAND_UNI, CAND_P]),
                    "third account merged; 'no further action', reply only if something is wrong",
                    "conditional invitation to reply; a different agent signs",
                    date=d, frm=(TC_NAME, TC), to=ME_P, subject="RE: [CASE %s] %s" % (C1, S1.split("] ", 1)[1]),
                    body=T(txt, "utf-8", "quoted-printable"), mid=M_FINAL, irt=M_THIRD_OK,
                    refs=REFS_B + [M_RE1, M_THIRD, M_THIRD_OK], **_aws(d, "m53")))

    # 54 HR request (ISO-2022-JP)
    d = dt("2025-10-27 10:15:00")
    txt = """岡林さん

人事部の黒田です。
退職手続きに必要な書類（退職届の原本、健康保険証、貸与 PC 返却チェックシート）を、
10月29日（水）までに人事部宛てにご提出いただけますでしょうか。

ご不明な点がございましたら、お気軽にご連絡ください。

人事部　黒田
"""
    out.append(mail(L("unrelated", False, None),
                    "HR asks for leaving documents (ISO-2022-JP keigo)",
                    "genuine keigo request with a deadline, but internal",
                    date=d, frm=("黒田 真理子", "kuroda@shirasagi-sys.co.jp"), to=("岡林 亮", ME_C),
                    subject="【人事部】退職手続き書類のご提出について", body=T(txt, "iso-2022-jp", "7bit"),
                    mid=mid_co("m54"), hcs="iso-2022-jp", delivered=ME_C, mailer="Microsoft Outlook 16.0"))

    # 55 console closing notice
    d = dt("2025-10-28 00:00:31", UTC)
    txt = """Hello,

We haven't heard back from you regarding case %s. We still need the
benefit name and issue date requested on October 24 to reissue your voucher.

If we don't receive a response, this case will be resolved automatically in
3 days. To keep it open, add a reply through the Support Center.
""" % C3 + CONSOLE_FOOT % ("Amazon Web Services Support", C3)
    out.append(mail(L("closing_notice", True, C3),
                    "console case will auto-resolve in 3 days without an answer",
                    "must be answered in the console, not by mail",
                    date=d, frm=("Amazon Web Services", "no-reply-aws@amazon.com"), to=ME_P,
                    subject="RE:[CASE %s] %s" % (C3, S3), body=T(txt, "utf-8", "7bit"),
                    mid=mid_ses("m55", "us-east-1"), nl="\n", **_aws(d, "m55")))

    # 56 ISP inquiry ack with 10-digit reception number
    d = dt("2025-10-28 11:04:00")
    txt = """岡林 亮 様

このたびは、そらネット光へお問い合わせいただき、ありがとうございます。
以下の内容でお問い合わせを受け付けました。

受付番号：2510280417
お問い合わせ種別：通信速度について

担当者より 3 営業日以内にご連絡いたします。
なお、本メールは送信専用です。ご不明な点がございましたら、サポートページよりお問い合わせください。

そらネット カスタマーセンター
"""
    ib = inbound(ME_P, d, "m56", host="smtp.soranet-hikari.jp", ip="203.0.113.33",
                 mailfrom="soranet-hikari.jp", dkim_d="soranet-hikari.jp")
    out.append(mail(L("unrelated", False, None),
                    "ISP acknowledges an inquiry (10-digit 受付番号)",
                    "looks like an acknowledgement with a 10-digit number, but not AWS",
                    date=d, frm=("そらネット カスタマーセンター", "support@soranet-hikari.jp"), to=ME_P,
                    subject="【そらネット】お問い合わせ受付のお知らせ（受付番号：2510280417）",
                    body=T(txt, "utf-8", "base64"), mid=mid_gen("m56", "soranet-hikari.jp"), **ib))

    # 57 console resolved with rating footer
    d = dt("2025-10-29 02:20:15", UTC)
    txt = """Hello,

Thank you for the details you added in the Support Center. I have reissued
the 50%% discount voucher to %s. It now appears under Benefits and
is valid until April 30, 2026.

As the voucher is restored, I'm marking this case as resolved.
""" % CAND_P + CONSOLE_FOOT % ("Tomasz K.", C3)
    out.append(mail(L("resolved", False, C3, [CAND_P]),
                    "console case resolved: voucher reissued",
                    "rating request footer and 'please follow the link above' boilerplate",
                    date=d, frm=("Amazon Web Services", "no-reply-aws@amazon.com"), to=ME_P,
                    subject="RE:[CASE %s] %s" % (C3, S3), body=T(txt, "utf-8", "quoted-printable"),
                    mid=mid_ses("m57", "us-east-1"), **_aws(d, "m57")))

    # 58 certification benefit mail (program)
    d = dt("2025-10-29 03:05:00", UTC)
    txt = """Hello Ryo,

A new benefit is available in your AWS Certification Account:

  50% discount on your next AWS Certification exam
  Valid until: April 30, 2026

Sign in and open Benefits to use it when you schedule an exam.

AWS Certification
"""
    ib = inbound(ME_P, d, "m58", host="mta12.certmetrics.com", ip="198.51.100.41",
                 mailfrom="certmetrics.com", dkim_d="certmetrics.com")
    out.append(mail(L("certification", False, None),
                    "benefit available notice after the voucher was reissued",
                    "consequence of the console case but a program notification",
                    date=d, frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P,
                    subject="A new AWS Certification benefit is available",
                    body=T(txt, "us-ascii", "7bit"), mid=mid_gen("m58", "certmetrics.com"), **ib))

    # 59 console survey
    d = dt("2025-10-30 16:00:00", UTC)
    txt = """Hello,

Your support case %s, "%s", was recently resolved.

How would you rate your overall experience with AWS Support?
Very satisfied | Satisfied | Neutral | Dissatisfied | Very dissatisfied
https://console.aws.amazon.com/support/feedback?displayId=%s

Thank you,
AWS Support
""" % (C3, S3, C3)
    out.append(mail(L("survey", False, C3),
                    "console satisfaction survey",
                    "question to the reader, survey only",
                    date=d, frm=("Amazon Web Services", "no-reply-aws@amazon.com"), to=ME_P,
                    subject="How was your experience with AWS Support case %s?" % C3,
                    body=T(txt, "utf-8", "7bit"), mid=mid_ses("m59", "us-east-1"), **_aws(d, "m59")))
    return out
