#!/usr/bin/env python3
"""Blind held-out corpus generator (blind-37).

Writes NNN-slug.eml + NNN-slug.json for every message, and README.md,
into the directory this script lives in.  Standard library only.
"""
import base64
import hashlib
import json
import os
import quopri
from email.header import Header

OUT = os.path.dirname(os.path.abspath(__file__))

ME_P = "r.okabe.dev@gmail.com"
ME_C = "ryo.okabe@hoshizora-sys.co.jp"
TC = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"

A = "174295152004823"   # 15 digits: main merge case (APN hold, wrong address, merged)
B = "174295266001177"   # 15 digits: duplicate form submission
C = "17402956318"       # 11 digits: console (Support Center) case
E = "27461938205"       # 11 digits: voucher case, resolved then reopened
F = "9183746520"        # 10 digits: 2021 case reopened by the owner in 2025
G = "174640500009316"   # 15 digits: name-change case closed for no answer, reopened

SUBJ_A = f"RE:[CASE {A}] [AWS Training and Certification Form Submission] - account-assistance"
SUBJ_A2 = f"RE: [CASE {A}] [AWS Training and Certification Form Submission] - account-assistance"
SUBJ_B = f"RE:[CASE {B}] [AWS Training and Certification Form Submission] - account-assistance"
SUBJ_C = f"RE:[CASE {C}] Certification discount benefit missing after account merge"
SUBJ_E = f"RE:[CASE {E}] [AWS Training and Certification Form Submission] - certification-benefits"
SUBJ_F = f"RE: [CASE {F}] [AWS Training and Certification Form Submission] - account-assistance"
SUBJ_G = f"RE:[CASE {G}] [AWS Training and Certification Form Submission] - certificate-name-change"

CONSOLE_FOOTER_EN = """
We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.

============================
To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to respond from your AWS Support Center.*
============================
"""

CONSOLE_FOOTER_JA = """
皆様からのフィードバックをお待ちしております。このメッセージの末尾にある AWS サポートセンターのリンクから、今回の対応を評価してください。

============================
このケースについて再度お問い合わせいただく場合は、次の URL から AWS サポートセンターにアクセスしてください:

https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=ja

(フェデレーションを使用して接続している場合は、リンクに進む前にログインしてください。)

*注意: このメールは受信専用のアドレスから送信されています。
このケースに返信するには、上記のリンクから AWS サポートセンターにアクセスしてください。*
============================
"""


def gq(text, header=None):
    """Gmail-style quote."""
    lines = text.strip("\n").split("\n")
    out = [("> " + l) if l else ">" for l in lines]
    return (header + "\n" if header else "") + "\n".join(out)


def outlook(frm, sent, to, subject, body, jp=False):
    if jp:
        return ("\n-----Original Message-----\n"
                f"差出人: {frm}\n送信日時: {sent}\n宛先: {to}\n件名: {subject}\n\n{body.strip()}\n")
    return ("\n-----Original Message-----\n"
            f"From: {frm}\nSent: {sent}\nTo: {to}\nSubject: {subject}\n\n{body.strip()}\n")


def html_wrap(inner, title=""):
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"{cs}\"><title>" + title +
            "</title></head>\n<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px\">\n" +
            inner + "\n</body></html>\n")


MSGS = []


def msg(slug, date, frm, to, subject, label, note, *, cc=None, key=None, reply=None,
        text=None, html=None, charset="utf-8", cte="quoted-printable", eol="LF",
        auth="gmail", dkim="pass", spf="pass", dmarc="pass", auth_domain=None,
        mailfrom=None, extra=None, msgid_domain=None):
    MSGS.append(dict(slug=slug, date=date, frm=frm, to=to, cc=cc, subject=subject, label=label,
                     note=note, key=key or slug, reply=reply or [], text=text, html=html,
                     charset=charset, cte=cte, eol=eol, auth=auth, dkim=dkim, spf=spf,
                     dmarc=dmarc, auth_domain=auth_domain, mailfrom=mailfrom, extra=extra or [],
                     msgid_domain=msgid_domain))


def L(kind, needs, case, cands=()):
    return {"kind": kind, "needs_reply": needs, "case": case, "candidate_ids": list(cands)}


# ---------------------------------------------------------------------------
# messages, in arrival order
# ---------------------------------------------------------------------------

msg("billing-statement", "Mon, 24 Mar 2025 06:02:11 +0000",
    "Amazon Web Services <no-reply-aws@amazon.com>", ME_C,
    "Amazon Web Services Billing Statement Available [Account: 480213995726]",
    L("unrelated", False, None),
    "billing mail from the same no-reply-aws sender as console cases; 12-digit account ID, not a case",
    auth="m365", eol="CRLF", cte="7bit",
    text="""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending in
5726, is available on the AWS web site. Your account will be charged the following:

Total: $12.48

You can see a complete break down of all charges on the Billing page located here:
https://console.aws.amazon.com/billing/home#/bill

Account ID: 480213995726

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
""")

msg("builder-id-code-ja", "Tue, 25 Mar 2025 12:40:05 +0000",
    "AWS Builder ID <no-reply@signin.aws>", ME_P,
    "AWS Builder ID のメールアドレスを確認してください",
    L("unrelated", False, None),
    "Japanese Builder ID verification, 6-digit code looks like an ID; 'ignore if you didn't request'",
    text="""こんにちは

AWS Builder ID の作成をご依頼いただきありがとうございます。以下の確認コードを入力して、メールアドレスを確認してください。

確認コード: 604318

このコードの有効期限は 30 分です。

このリクエストに心当たりがない場合は、このメールを無視してください。

Amazon Web Services
""")

msg("training-welcome", "Tue, 25 Mar 2025 13:05:44 +0000",
    "AWS Training and Certification <no-reply@aws.training>", ME_P,
    "Welcome to AWS Training and Certification",
    L("unrelated", False, None),
    "HTML-only onboarding mail with 'complete your profile' call to action, not a case",
    html=html_wrap("""<table width="600" cellpadding="0" cellspacing="0" align="center">
<tr><td style="background:#232f3e;padding:16px;color:#fff;font-size:20px">AWS Training and Certification</td></tr>
<tr><td style="padding:20px">
<p>Hi Ryo,</p>
<p>Welcome! Your AWS Training and Certification profile has been created with your AWS Builder ID.</p>
<p><b>Next step:</b> complete your certification profile so you can schedule exams and see your benefits.</p>
<p><a href="https://www.aws.training/certification" style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none">Complete my profile</a></p>
<p style="color:#666;font-size:12px">You are receiving this email because you signed in to AWS Training and Certification. Please do not reply to this message.</p>
</td></tr></table>"""))

msg("form-ack-main", "Wed, 26 Mar 2025 01:12:37 +0000",
    f"Amazon Web Services <{TC}>", ME_P, SUBJ_A,
    L("acknowledgement", False, A),
    "standard ack; ends with conditional 'if you have additional information, reply' (not a request)",
    key="A1",
    text=f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {A} to address your inquiry.

The details of your case are as follows:

Case ID: {A}
Subject: [AWS Training and Certification Form Submission] - account-assistance
Severity: Normal
Inquiry type: Certification
Additional details: Account Merge
Correspondence: Use Case: I am no longer going to be an employee of Hoshizora Systems K.K. and would like to merge my accounts.
All email addresses you may have used in our system: ryo.okabe@hoshizora-sys.co.jp, r.okabe.dev@gmail.com
The email address you would like to keep on file: r.okabe.dev@gmail.com

A member of our team will review your request and respond, usually within 24 hours. If you have already opened a case about this issue, please do not open a new case for the same request, as duplicate cases can delay our response.

If you have any additional information you'd like to add to this case, please reply to this email.

Sincerely,
Amazon Web Services
""")

msg("form-ack-dup-ja", "Wed, 26 Mar 2025 01:31:02 +0000",
    f"Amazon Web Services <{TC}>", ME_P, SUBJ_B,
    L("acknowledgement", False, B),
    "Japanese ack, base64 UTF-8, of a duplicate submission; ends with 〜がございましたら…ご返信ください",
    key="B1", cte="base64",
    text=f"""お客様

アマゾン ウェブ サービスにお問い合わせいただきありがとうございます。お問い合わせに対応するため、ケース {B} を作成いたしました。

ケースの詳細は以下のとおりです。

ケース ID: {B}
件名: [AWS Training and Certification Form Submission] - account-assistance
重要度: 通常
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
内容: 退職に伴い、会社のメールアドレスで作成した認定アカウントを個人のアカウントに統合したいです。

担当者が内容を確認し、通常24時間以内にご連絡いたします。すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。

追加の情報がございましたら、このメールにご返信ください。

よろしくお願いいたします。
アマゾン ウェブ サービス
""")

msg("github-pr-merged", "Wed, 26 Mar 2025 05:18:40 +0000",
    "Kaito Hirano <notifications@github.com>", ME_P,
    "Re: [okabe-lab/terraform-modules] Add S3 lifecycle rule module (PR #412)",
    L("unrelated", False, None),
    "GitHub 'Merged #412 into main' — the word merged, and 'reply to this email directly'",
    auth_domain="github.com", mailfrom="github.com",
    extra=["List-ID: okabe-lab/terraform-modules <terraform-modules.okabe-lab.github.com>",
           "X-GitHub-Reason: author"],
    text="""Merged #412 into main.

—
Reply to this email directly, view it on GitHub:
https://github.com/okabe-lab/terraform-modules/pull/412#event-16990211
You are receiving this because you authored the thread.
""")

msg("dup-case-confirm-ja", "Wed, 26 Mar 2025 08:10:19 +0000",
    f"AWS Training and Certification <{TC}>", ME_P,
    f"RE: [CASE {B}] [AWS Training and Certification Form Submission] - account-assistance",
    L("confirmation_request", True, B),
    "Japanese keigo confirmation (アカウント #1/#2), Shift_JIS 8bit; ask is 〜いただけますでしょうか",
    key="B2", reply=["B1"], charset="shift_jis", cte="8bit",
    text="""岡部 涼 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
担当の高橋でございます。

お送りいただいたメールアドレスをもとに確認しましたところ、以下の 2 つの認定アカウントが見つかりました。

アカウント #1
ログイン E メール: r.okabe.dev@gmail.com
トレーニング通知用 E メール: r.okabe.dev@gmail.com
認定通知用 E メール: r.okabe.dev@gmail.com

アカウント #2
ログイン E メール: ryo.okabe@hoshizora-sys.co.jp
トレーニング通知用 E メール: ryo.okabe@hoshizora-sys.co.jp
認定通知用 E メール: ryo.okabe@hoshizora-sys.co.jp

統合を行いますと、アカウント #2 の試験履歴・認定・特典はすべてアカウント #1 に移行され、アカウント #2 にはサインインできなくなります。

上記の内容で、アカウント #1 へ統合してよろしいか、本メールへのご返信にてお知らせいただけますでしょうか。
お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。

高橋
AWS トレーニングと認定 カスタマーサービス
""")

msg("apn-hold-question", "Thu, 27 Mar 2025 02:04:51 +0000",
    f"Amazon Web Services <{TC}>", ME_P, SUBJ_A,
    L("on_hold", True, A),
    "APN hold; long explanation, ask buried as 'Could you let us know whether…'; multipart QP",
    key="A2", reply=["A1"],
    text=f"""Hello Ryo,

Thank you for reaching out to AWS Training and Certification, and for the detailed description of your request.

I have reviewed both certification accounts associated with the addresses you provided. The account registered under ryo.okabe@hoshizora-sys.co.jp is associated with an AWS Partner Network (APN) organization, Hoshizora Systems K.K.

Certifications earned on an account that is linked to a partner organization count towards that partner's program requirements. For this reason we do not merge these accounts while the holder is still employed by the partner: doing so would remove the certifications from the partner's records without their knowledge. Your request is therefore on hold for the moment.

Once you have left the organization, the partner association can be removed and the merge can go ahead. Could you let us know whether you are leaving Hoshizora Systems, and if so, what your last working day is? If you are in fact staying with the company, we would instead suggest sharing your certifications with the partner account, which keeps both accounts active.

Best regards,

Daniel R.
AWS Training and Certification Customer Service
""",
    html=html_wrap(f"""<p>Hello Ryo,</p>
<p>Thank you for reaching out to AWS Training and Certification, and for the detailed description of your request.</p>
<p>I have reviewed both certification accounts associated with the addresses you provided. The account registered under <b>ryo.okabe@hoshizora-sys.co.jp</b> is associated with an AWS Partner Network (APN) organization, Hoshizora Systems K.K.</p>
<p>Certifications earned on an account that is linked to a partner organization count towards that partner's program requirements. For this reason we do not merge these accounts while the holder is still employed by the partner: doing so would remove the certifications from the partner's records without their knowledge. Your request is therefore on hold for the moment.</p>
<p>Once you have left the organization, the partner association can be removed and the merge can go ahead. Could you let us know whether you are leaving Hoshizora Systems, and if so, what your last working day is? If you are in fact staying with the company, we would instead suggest sharing your certifications with the partner account, which keeps both accounts active.</p>
<p>Best regards,<br><br>Daniel R.<br>AWS Training and Certification Customer Service</p>"""))

msg("dup-case-linked", "Thu, 27 Mar 2025 03:36:12 +0000",
    f"Amazon Web Services <{TC}>", ME_P, SUBJ_B,
    L("case_update", False, B),
    "duplicate linked to the other case; 'please disregard' the earlier confirmation, will be closed on our side, nothing to do; mentions the other case number",
    key="B3", reply=["B1", "B2"], cte="7bit",
    text=f"""Hi Ryo,

Quick note on this case. The same merge request was also submitted a few minutes earlier under case {A}, and a colleague is already working on it there.

To avoid handling it twice I've linked the two cases. Please disregard the confirmation message my colleague Takahashi sent on this case yesterday; any confirmation will be requested on {A} when the time comes.

We'll close this duplicate on our side. There's nothing you need to do here.

Thanks,
Priya
AWS Training and Certification
""")

msg("ooo-manager-ja", "Thu, 27 Mar 2025 13:10:33 +0900",
    "吉田 真一 <shinichi.yoshida@hoshizora-sys.co.jp>", ME_C,
    "自動応答: APNパートナー登録の件",
    L("unrelated", False, None),
    "out-of-office auto reply (ISO-2022-JP) about the APN topic; asks to contact someone else",
    auth="m365", auth_domain="hoshizora-sys.co.jp", mailfrom="hoshizora-sys.co.jp",
    charset="iso-2022-jp", cte="7bit", eol="CRLF",
    extra=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: shinichi.yoshida@hoshizora-sys.co.jp"],
    text="""お疲れさまです。吉田です。

誠に申し訳ございませんが、3月27日（木）から3月31日（月）まで休暇のため不在にしております。
4月1日以降、順次ご返信いたします。

お急ぎの場合は、アライアンス推進室（alliance@hoshizora-sys.co.jp）までご連絡ください。

吉田 真一
星空システムズ株式会社 クラウド事業部
""")

msg("phish-lookalike-merge", "Fri, 28 Mar 2025 00:22:08 +0000",
    "AWS Training & Certification <support@amazon-certsupport.com>", ME_P,
    f"Action Required: Confirm your certification account merge [CASE {A}]",
    L("suspicious", False, None),
    "lookalike domain (auth passes for it) quoting the real case number and asking to confirm the merge",
    auth_domain="amazon-certsupport.com", mailfrom="amazon-certsupport.com",
    html=html_wrap(f"""<div style="max-width:560px">
<img src="https://amazon-certsupport.com/img/aws-logo.png" alt="aws">
<p>Dear Certified Professional,</p>
<p>Your request to merge certification accounts (Case {A}) is ready to be processed.</p>
<p>To confirm the merge, please verify your identity within <b>24 hours</b>. If you do not confirm, your certifications and exam history may be permanently lost.</p>
<p><a href="https://amazon-certsupport.com/verify?case={A}">Confirm merge now</a></p>
<p>AWS Training and Certification Support Team</p>
</div>"""))

msg("it-account-shutdown-ja", "Fri, 28 Mar 2025 09:00:00 +0900",
    "情報システム部 <it-helpdesk@hoshizora-sys.co.jp>", ME_C,
    "【重要】退職に伴うメールアカウント停止のお知らせ",
    L("unrelated", False, None),
    "company IT notice in Shift_JIS base64; says mailbox stops on 3/31; 返信不要",
    auth="m365", auth_domain="hoshizora-sys.co.jp", mailfrom="hoshizora-sys.co.jp",
    charset="shift_jis", cte="base64",
    text="""岡部 涼 様

情報システム部です。
退職に伴い、以下のとおりアカウントを停止いたします。

・メールアカウント（ryo.okabe@hoshizora-sys.co.jp）: 3月31日（月）18:00 停止
・社内ポータル、VPN: 3月31日（月）18:00 停止

停止後はメールの送受信ができなくなります。必要なメールは事前に個人のアドレスへ転送するなど、各自でご対応ください。

なお、本メールは送信専用アドレスから送信しています。ご返信いただいてもお答えできませんのでご了承ください。

情報システム部 ヘルプデスク
""")

msg("summit-marketing", "Fri, 28 Mar 2025 10:30:00 +0000",
    "Amazon Web Services <aws-marketing-email-replies@amazon.com>", ME_P,
    "AWS Summit Japan 2025 – registration is now open",
    L("unrelated", False, None),
    "AWS marketing HTML with tables; 'Register now'",
    html=html_wrap("""<table width="640" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#161e2d;color:#fff;padding:24px;font-size:24px">AWS Summit Japan 2025</td></tr>
<tr><td style="padding:20px">
<p>Join us in Chiba on June 25–26 for two days of keynotes, hands-on labs and certification lounges.</p>
<table cellpadding="6" border="1" style="border-collapse:collapse">
<tr><th>Day</th><th>Highlights</th></tr>
<tr><td>Day 1</td><td>Keynote, AWS Certified lounge, Builders' Fair</td></tr>
<tr><td>Day 2</td><td>Deep-dive sessions, GameDay</td></tr>
</table>
<p><a href="https://aws.amazon.com/jp/summits/japan/">Register now</a></p>
<p style="font-size:11px;color:#777">To unsubscribe from AWS marketing emails, visit the subscription center. Amazon Web Services, Inc. 410 Terry Avenue North, Seattle, WA 98109</p>
</td></tr></table>"""))

A3_TEXT = f"""Hello Ryo,

I'm following up on my message of March 27 about the partner association on your certification account. I haven't received a reply yet.

If we don't hear from you by April 2, 2025, this case will be closed automatically. You can keep it open simply by replying to this email.

Regards,
Daniel R.
AWS Training and Certification"""

msg("followup-before-close", "Sat, 29 Mar 2025 08:03:27 +0000",
    f"Amazon Web Services <{TC}>", ME_P, SUBJ_A,
    L("closing_notice", True, A),
    "short closing notice, CRLF; 'keep it open simply by replying'",
    key="A3", reply=["A1", "A2"], cte="7bit", eol="CRLF",
    text=A3_TEXT + "\n")

msg("reply-last-day", "Sat, 29 Mar 2025 21:47:10 +0900",
    f"Ryo Okabe <{ME_P}>", TC, "Re: " + SUBJ_A,
    L("user_reply", False, A),
    "owner's reply with Gmail-quoted closing notice",
    key="A4", reply=["A1", "A2", "A3"], auth=None, cte="7bit",
    text="""Hi Daniel,

Sorry for the slow reply. Yes, I am leaving Hoshizora Systems. My last working day is March 31, and the company address will be switched off that evening.

I no longer need the certifications shared with the partner, so please go ahead with merging everything into my personal account (r.okabe.dev@gmail.com).

Thanks,
Ryo Okabe

""" + gq(A3_TEXT, f"On Sat, Mar 29, 2025 at 5:03 PM Amazon Web Services <{TC}> wrote:") + "\n")

msg("partner-release-pending", "Sun, 30 Mar 2025 23:15:40 +0000",
    f"Amazon Web Services <{TC}>", ME_P, SUBJ_A,
    L("on_hold", False, A),
    "on hold waiting for partner operations; 'you don't need to do anything'; conditional 'feel free to reply'",
    key="A5", reply=["A1", "A2", "A3", "A4"],
    text="""Thanks for confirming, Ryo.

I've asked our partner operations team to remove the APN association from the Hoshizora Systems account. Until they have done that, the merge stays on hold. This normally takes one to two business days.

You don't need to do anything in the meantime; I'll get in touch as soon as the association has been cleared. If anything changes on your side, feel free to reply to this email.

Best,
Daniel R.
AWS Training and Certification Customer Service
""")

msg("certmetrics-feedback-invite", "Mon, 31 Mar 2025 00:05:12 +0000",
    "AWS Certification <do-not-reply@certmetrics.com>", ME_C,
    "AWS Certification wants to hear from you",
    L("certification", False, None, ["AWS02735518"]),
    "certification feedback invitation phrased as a request; carries a candidate ID",
    auth="m365", auth_domain="certmetrics.com", mailfrom="certmetrics.com",
    text="""Dear Ryo Okabe,

As an AWS Certified individual, your opinion matters to us. We invite you to take part in a short survey about your experience with the AWS Certification program.

Candidate ID: AWS02735518

The survey takes about 10 minutes and closes on April 14, 2025:
https://www.certmetrics.com/amazon/survey/?key=7f1c9a

Thank you for helping us improve AWS Certification.

AWS Certification
This is an automated message. Please do not reply.
""")

A6_TEXT = """Hi Ryo,

Good news: the partner association has been removed from your former company's account, so we can move forward.

These are the accounts I found:

Account #1
Login email: r.okabe.dev@gmail.com
Training notification email: r.okabe.dev@gmail.com
Certification notification email: r.okabe.dev@gmail.com

Account #2
Login email: ryo.okabe@hoshizora-sys.co.jp
Training notification email: ryo.okabe@hoshizora-sys.co.jp
Certification notification email: ryo.okabe@hoshizora-sys.co.jp

Account #2's exam history, certifications and benefits (including any unused exam discount) will move to Account #1, and Account #2 will be deactivated. This cannot be undone.

Do you want everything merged into Account #1?

Mei
AWS Training & Certification"""

msg("which-account-table", "Mon, 31 Mar 2025 01:40:55 +0000",
    f"Amazon Web Services <{TC}>", ME_P, SUBJ_A2,
    L("confirmation_request", True, A),
    "HTML-only with a table of Account #1/#2; the ask is a bare question without 'please'",
    key="A6", reply=["A1", "A2", "A3", "A4", "A5"], cc=ME_C,
    html=html_wrap("""<p>Hi Ryo,</p>
<p>Good news: the partner association has been removed from your former company's account, so we can move forward.</p>
<p>These are the accounts I found:</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr style="background:#eee"><th></th><th>Login email</th><th>Training notification email</th><th>Certification notification email</th></tr>
<tr><td><b>Account #1</b></td><td>r.okabe.dev@gmail.com</td><td>r.okabe.dev@gmail.com</td><td>r.okabe.dev@gmail.com</td></tr>
<tr><td><b>Account #2</b></td><td>ryo.okabe@hoshizora-sys.co.jp</td><td>ryo.okabe@hoshizora-sys.co.jp</td><td>ryo.okabe@hoshizora-sys.co.jp</td></tr>
</table>
<p>Account #2's exam history, certifications and benefits (including any unused exam discount) will move to Account #1, and Account #2 will be deactivated. This cannot be undone.</p>
<p>Do you want everything merged into Account #1?</p>
<p>Mei<br>AWS Training &amp; Certification</p>"""))

msg("fwd-to-personal", "Mon, 31 Mar 2025 10:52:03 +0900",
    f"岡部 涼 <{ME_C}>", ME_P, "FW: " + SUBJ_A2,
    L("user_reply", False, A),
    "owner forwards the confirmation request from the company address to himself (Outlook style); the quoted ask is not new",
    key="A7", reply=["A6"], auth="gmail", auth_domain="hoshizora-sys.co.jp", mailfrom="hoshizora-sys.co.jp",
    text="""Forwarding to my personal address since this mailbox closes today.

________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Monday, March 31, 2025 10:40 AM
To: r.okabe.dev@gmail.com
Cc: 岡部 涼 <ryo.okabe@hoshizora-sys.co.jp>
Subject: """ + SUBJ_A2 + "\n\n" + A6_TEXT + "\n")

A8_TEXT = """Confirmed. Please merge to Account #1.

Best regards,
Ryo Okabe
Cloud Division, Hoshizora Systems K.K."""

msg("confirm-from-company", "Mon, 31 Mar 2025 12:05:41 +0900",
    f"岡部 涼 <{ME_C}>", TC, "RE: " + SUBJ_A2,
    L("user_reply", False, A),
    "owner confirms from the wrong (company) address, Outlook -----Original Message----- quote",
    key="A8", reply=["A6"], auth=None, cte="7bit", eol="CRLF",
    text=A8_TEXT + "\n" + outlook(f"Amazon Web Services <{TC}>", "Monday, March 31, 2025 10:40 AM",
                                   "r.okabe.dev@gmail.com", SUBJ_A2, A6_TEXT))

A9_TEXT = """Hi Ryo,

Thanks for the quick answer. I'm afraid I can't act on it yet: it came from ryo.okabe@hoshizora-sys.co.jp, which is the login of the account that is going to be merged away. For the security of your records, the go-ahead has to come from the address on the destination account (Account #1).

We need you to send the same confirmation from r.okabe.dev@gmail.com. Replying to this email from that mailbox is enough.

Mei
AWS Training & Certification"""

msg("reply-from-right-address", "Mon, 31 Mar 2025 05:20:18 +0000",
    f"Amazon Web Services <{TC}>", f"{ME_C}, {ME_P}", SUBJ_A2,
    L("info_request", True, A),
    "asks to write again from the address on the account ('We need you to…'), Outlook quoted history below",
    key="A9", reply=["A6", "A8"],
    text=A9_TEXT + "\n" + outlook(f"岡部 涼 <{ME_C}>", "Monday, March 31, 2025 3:05 AM", TC,
                                   "RE: " + SUBJ_A2, A8_TEXT + "\n" +
                                   outlook(f"Amazon Web Services <{TC}>", "Monday, March 31, 2025 1:40 AM",
                                           "r.okabe.dev@gmail.com", SUBJ_A2, A6_TEXT)))

msg("jira-resolved", "Mon, 31 Mar 2025 06:01:00 +0000",
    "Jira <jira@hoshizora-sys.atlassian.net>", ME_C,
    "[JIRA] (INFRA-2211) Hand over AWS account ownership before leaving",
    L("unrelated", False, None),
    "Jira issue resolved, 'please review' style wording, AWS words",
    auth="m365", auth_domain="hoshizora-sys.atlassian.net", mailfrom="hoshizora-sys.atlassian.net",
    text="""Nana Ishikawa resolved INFRA-2211 as Done

Hand over AWS account ownership before leaving
---------------------------------------------
Issue Type: Task
Assignee: Ryo Okabe
Resolution: Done

Comment:
Root user email for 480213995726 moved to the shared ops mailbox. Thanks Ryo, nothing else needed from you. Please review the handover note if you have a minute.

View issue: https://hoshizora-sys.atlassian.net/browse/INFRA-2211
This message was sent by Atlassian Jira.
""")

msg("confirm-from-gmail-toppost", "Mon, 31 Mar 2025 15:02:44 +0900",
    f"Ryo Okabe <{ME_P}>", TC, "Re: " + SUBJ_A2,
    L("user_reply", False, A),
    "owner's confirmation from the personal address, top-posted over the whole quoted history (which contains two requests)",
    key="A10", reply=["A6", "A8", "A9"], auth=None,
    text="""Hi Mei,

Confirmed from my personal address: please merge Account #2 into Account #1 (r.okabe.dev@gmail.com).

Thank you,
Ryo

""" + gq(A9_TEXT + "\n" + outlook(f"岡部 涼 <{ME_C}>", "Monday, March 31, 2025 3:05 AM", TC,
                                     "RE: " + SUBJ_A2, A8_TEXT + "\n" + outlook(
                                         f"Amazon Web Services <{TC}>", "Monday, March 31, 2025 1:40 AM",
                                         "r.okabe.dev@gmail.com", SUBJ_A2, A6_TEXT)),
         f"On Mon, Mar 31, 2025 at 2:20 PM Amazon Web Services <{TC}> wrote:") + "\n")

msg("merge-submitted", "Tue, 01 Apr 2025 02:11:09 +0000",
    f"Amazon Web Services <{TC}>", ME_P, SUBJ_A2,
    L("case_update", False, A),
    "progress news, 'no action is needed from you'",
    key="A11", reply=["A6", "A9", "A10"], cte="7bit",
    text="""Hi Ryo,

Got it, thank you. The confirmation came from the right address this time.

I've submitted the merge to our certification systems team. These usually complete within one business day, and I'll write again as soon as it's done. No action is needed from you in the meantime.

Mei
AWS Training & Certification
""")

msg("spoof-dmarc-fail", "Tue, 01 Apr 2025 09:44:31 +0000",
    f"Amazon Web Services <{TC}>", ME_P, SUBJ_A,
    L("suspicious", False, None),
    "exact real sender and subject with the real case number, but dkim/spf/dmarc fail for amazon.com",
    dkim="fail", spf="fail", dmarc="fail", mailfrom="mail-relay.support-portal.io",
    text="""Hello Ryo,

Before we can complete the merge, we need you to verify ownership of Account #1.

Please sign in with the secure link below and re-enter your AWS Builder ID password. The link is valid for 12 hours:

https://aws-training-verify.support-portal.io/case/verify

Mei
AWS Training & Certification
""")

msg("merged-quotes-request", "Wed, 02 Apr 2025 00:38:22 +0000",
    f"Amazon Web Services <{TC}>", ME_P, SUBJ_A2,
    L("resolved", False, A),
    "'successfully merged' with the old confirmation request and the address request quoted underneath",
    key="A12", reply=["A6", "A9", "A10", "A11"],
    text="""Hi Ryo,

I have successfully merged all accounts. The exam history, certifications and benefits from Account #2 are now on Account #1 (r.okabe.dev@gmail.com), and the company account can no longer be used to sign in.

Your Credly badges will be re-issued to your personal address over the next day or so. Partner profiles can take a few more days to reflect the change.

This case is now resolved.

Mei
AWS Training & Certification

""" + gq(A9_TEXT, "---- On Mon, 31 Mar 2025 05:20 UTC, Amazon Web Services wrote ----") + "\n" +
    gq(A6_TEXT) + "\n")

msg("survey-main", "Wed, 02 Apr 2025 06:40:00 +0000",
    "Amazon Web Services <aws-cs-survey@amazon.com>", ME_P,
    f"How did we do? Your recent case {A}",
    L("survey", False, A),
    "satisfaction survey with a rating button; 'please take a minute'",
    html=html_wrap(f"""<p>Hello,</p>
<p>Your case <b>{A}</b> with AWS Training and Certification was recently resolved. Please take a minute to tell us how we did.</p>
<table cellpadding="8"><tr>
<td><a href="https://survey.aws/r?c={A}&s=1">1</a></td><td><a href="https://survey.aws/r?c={A}&s=2">2</a></td>
<td><a href="https://survey.aws/r?c={A}&s=3">3</a></td><td><a href="https://survey.aws/r?c={A}&s=4">4</a></td>
<td><a href="https://survey.aws/r?c={A}&s=5">5</a></td></tr></table>
<p>The survey takes less than two minutes. Please do not reply to this email.</p>
<p>Amazon Web Services</p>"""))

msg("credly-issued-saa", "Wed, 02 Apr 2025 07:12:45 +0000",
    "Credly <admin@credly.com>", ME_P,
    "Amazon Web Services Training and Certification has issued you a badge",
    L("badge", False, None),
    "Credly issue mail with 'Accept your badge' button; badge UUID in URL",
    auth_domain="credly.com", mailfrom="credly.com",
    html=html_wrap("""<div style="text-align:center">
<h2>Congratulations, Ryo!</h2>
<p>Amazon Web Services Training and Certification has issued you a new badge:</p>
<p><b>AWS Certified Solutions Architect – Associate</b></p>
<p><a href="https://www.credly.com/badges/3f6b2c1e-8d4a-4e7b-9b1a-52c0d7e9a611/accept" style="background:#00a3e0;color:#fff;padding:10px 20px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:12px;color:#666">You received this email because a badge was issued to r.okabe.dev@gmail.com. Credly, 1 Penn Plaza, New York.</p>
</div>"""))

msg("bounce-old-address", "Thu, 03 Apr 2025 11:20:05 +0000",
    "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", ME_P,
    "Delivery Status Notification (Failure)",
    L("unrelated", False, None),
    "bounce for a mail the owner sent to his closed company address; quotes a case subject",
    auth=None, cte="7bit",
    text=f"""
** Address not found **

Your message wasn't delivered to ryo.okabe@hoshizora-sys.co.jp because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient ryo.okabe@hoshizora-sys.co.jp not found by SMTP address lookup

----- Original message -----

From: Ryo Okabe <r.okabe.dev@gmail.com>
To: ryo.okabe@hoshizora-sys.co.jp
Date: Thu, 3 Apr 2025 20:19:51 +0900
Subject: Fwd: {SUBJ_A2}

Saving a copy of this thread.
""")

msg("credly-pending-reminder", "Fri, 04 Apr 2025 07:00:00 +0000",
    "Credly <admin@credly.com>", ME_P,
    "Reminder: you have a badge waiting to be accepted",
    L("badge", False, None),
    "Credly reminder phrased as a request (claim/accept)",
    auth_domain="credly.com", mailfrom="credly.com", cte="7bit",
    text="""Hi Ryo,

You have 1 pending badge from Amazon Web Services Training and Certification:

  AWS Certified Cloud Practitioner

Accept it to add it to your profile and share it with your network:
https://www.credly.com/earner/earned

Not interested? You can ignore this message.

The Credly Team
""")

msg("pearson-appointment", "Sat, 05 Apr 2025 02:15:30 +0000",
    "Pearson VUE <pearsonvuecustomerservice@pearson.com>", ME_P,
    "Confirmation of your AWS Certified Developer - Associate exam appointment",
    L("unrelated", False, None, ["AWS05193364"]),
    "exam-vendor mail: 9-digit registration ID and a candidate ID; 'please reply' about accommodations",
    auth_domain="pearson.com", mailfrom="pearson.com",
    text="""Dear Ryo Okabe,

Thank you for scheduling your exam with Pearson VUE.

Exam: DVA-C02: AWS Certified Developer - Associate
Registration ID: 381920475
Candidate ID: AWS05193364
Date: Saturday, May 17, 2025
Time: 10:00 AM JST
Delivery: Online (OnVUE)

Please run the system test before exam day. If you need to reschedule, do so at least 24 hours before your appointment at https://home.pearsonvue.com/aws.

Sincerely,
Pearson VUE
""")

msg("vendor-request-solved", "Sat, 05 Apr 2025 09:41:02 +0000",
    "Nimbus Backup Support <support@nimbusbackup.zendesk.com>", ME_P,
    "[Nimbus Backup] Request #58213: Restore job failing on S3 bucket - solved",
    L("unrelated", False, None),
    "another vendor's case solved; 'will be closed automatically', 'reply to reopen'",
    auth_domain="nimbusbackup.zendesk.com", mailfrom="zendesk.com", cte="7bit",
    text="""##- Please type your reply above this line -##

Your request (58213) has been solved. To reopen this request, reply to this email.

If we don't hear from you within 4 days, this request will be closed automatically.

Haruto (Nimbus Backup Support)
Apr 5, 2025, 18:40 GMT+9

The restore job now completes; the IAM role was missing s3:GetObjectVersion. Marking this solved.

This email is a service from Nimbus Backup.
""")

msg("console-new-case", "Mon, 07 Apr 2025 03:02:17 +0000",
    f"Amazon Web Services <{CONSOLE}>", ME_P,
    f"Amazon Web Services: New Support case: {C}",
    L("acknowledgement", False, C),
    "console New Support case mail (11-digit); 12-digit account ID; cannot-accept-email footer",
    key="C1",
    text=f"""Dear AWS customer,

Thank you for contacting Amazon Web Services.

We have opened case {C} to address your issue. The details of your case are as follows:

Case ID: {C}
Subject: Certification discount benefit missing after account merge
Severity: General guidance
Correspondence: After my certification accounts were merged (T&C case {A}) the 50% exam discount benefit from the old account is no longer shown.

AWS account ID: 736418290551

You can view your case and reply by visiting:
https://console.aws.amazon.com/support/home#/case/?displayId={C}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To update your case, use the link above.*

Best regards,
Amazon Web Services
""")

msg("freetier-alert", "Mon, 07 Apr 2025 14:00:03 +0000",
    "AWS Free Tier <freetier@costalerts.amazonaws.com>", ME_P,
    "AWS Free Tier limit alert",
    L("unrelated", False, None),
    "AWS usage alert with 12-digit account ID",
    auth_domain="costalerts.amazonaws.com", mailfrom="amazonses.com", cte="7bit",
    text="""Hello,

Your AWS account 736418290551 has exceeded 85% of the usage limit for one or more AWS Free Tier-eligible services for the month of April.

Product: Amazon Elastic Compute Cloud
Usage: 638 of 750 Hrs

To avoid charges, review your usage in the Billing and Cost Management console.

Sincerely,
AWS Billing and Cost Management
""")

msg("console-needs-candidate-id", "Tue, 08 Apr 2025 01:25:50 +0000",
    f"Amazon Web Services <{CONSOLE}>", ME_P, SUBJ_C,
    L("info_request", True, C),
    "console agent: ask worded as 'I'll need…' (no please), answer must go to Support Center, feedback footer below",
    key="C2", reply=["C1"],
    text=f"""Hello,

Thank you for contacting AWS Support.

I understand that the 50% exam discount you had on your former certification account is no longer visible now that your accounts have been merged. AWS Support for account and billing questions does not have direct access to certification records, but I can pass this to the Training and Certification team with the right details so you don't have to explain everything again.

For that I'll need the candidate ID of the certification account you are signed in with now (it starts with "AWS" followed by eight digits and is shown at the top right of the certification portal), plus the name of the exam you plan to use the discount for.

We look forward to your response.

Best regards,

Sandeep K.
Amazon Web Services
""" + CONSOLE_FOOTER_EN.format(case=C))

msg("newsletter-ja", "Wed, 09 Apr 2025 00:00:00 +0900",
    "クラウドニュース週刊 <news@cloud-weekly.jp>", ME_P,
    "【週刊】AWS 認定アカウント統合の手順が変わりました ほか",
    L("unrelated", False, None),
    "Japanese newsletter, UTF-8 8bit; talks about account merges and replying to support",
    auth_domain="cloud-weekly.jp", mailfrom="cloud-weekly.jp", cte="8bit",
    text="""クラウドニュース週刊 2025年4月9日号

■ 今週のトピック
1. AWS 認定アカウントの統合手順が変わりました
   転職時に会社のアカウントを個人アカウントへ統合する方法を解説。サポートから確認メールが届いたら、「Confirmed」と返信するのを忘れずに。
2. Amazon Bedrock の新リージョン対応
3. JAWS-UG 各支部のイベント情報

配信停止はこちら: https://cloud-weekly.jp/unsubscribe
""")

msg("console-auto-resolve-ja", "Thu, 10 Apr 2025 01:30:12 +0000",
    f"Amazon Web Services <{CONSOLE}>", ME_P, SUBJ_C,
    L("closing_notice", True, C),
    "Japanese console reminder: no reply → auto-resolve in 3 days; reply only via Support Center; footer",
    key="C3", reply=["C1", "C2"],
    text=f"""お客様

AWS サポートにお問い合わせいただきありがとうございます。

4 月 8 日にお送りしたご質問（現在ご利用中の認定アカウントの候補 ID と、割引を利用する予定の試験名）について、まだご回答をいただいておりません。

引き続きサポートが必要な場合は、AWS サポートセンターからこのケースにご返信ください。3 日以内にご返信がない場合、このケースは自動的に解決済みとなります。

よろしくお願いいたします。

Amazon Web Services
""" + CONSOLE_FOOTER_JA.format(case=C))

msg("console-transferred", "Fri, 11 Apr 2025 04:48:30 +0000",
    f"Amazon Web Services <{CONSOLE}>", ME_P, SUBJ_C,
    L("case_update", False, C, ["AWS05193364"]),
    "console progress: transferred to T&C, 'keep an eye on your inbox' (not a reply), feedback footer",
    key="C4", reply=["C1", "C2", "C3"],
    text="""Hello Ryo,

Thank you for the candidate ID (AWS05193364) and the exam name.

I've transferred the details to the AWS Training and Certification team, who own certification benefits. They will open a case with you by email from aws-cs-trainingcertification-form@amazon.com, so please keep an eye on your inbox. There is nothing further to do on this case.

Best regards,

Sandeep K.
Amazon Web Services
""" + CONSOLE_FOOTER_EN.format(case=C))

msg("voucher-case-ack-html", "Fri, 11 Apr 2025 06:02:44 +0000",
    f"Amazon Web Services <{TC}>", ME_P,
    f"RE:[CASE {E}] [AWS Training and Certification Form Submission] - certification-benefits",
    L("acknowledgement", False, E),
    "HTML-only ack opened on the owner's behalf; also names the console case number",
    key="E1",
    html=html_wrap(f"""<p>Hello,</p>
<p>Thank you for contacting Amazon Web Services. We have opened case {E} to address your inquiry. This case was created on your behalf following your AWS Support Center case {C}.</p>
<table border="0" cellpadding="4">
<tr><td><b>Case ID:</b></td><td>{E}</td></tr>
<tr><td><b>Subject:</b></td><td>[AWS Training and Certification Form Submission] - certification-benefits</td></tr>
<tr><td><b>Severity:</b></td><td>Normal</td></tr>
<tr><td><b>Correspondence:</b></td><td>50% exam discount missing after account merge. Candidate ID provided via Support Center.</td></tr>
</table>
<p>A member of our team will get back to you, usually within 24 hours. Please do not open another case for the same request.</p>
<p>Sincerely,<br>Amazon Web Services</p>"""))

msg("console-resolved-transfer", "Sat, 12 Apr 2025 01:00:09 +0000",
    f"Amazon Web Services <{CONSOLE}>", ME_P, SUBJ_C,
    L("resolved", False, C),
    "console resolution: 'reopen within 14 days' and feedback footer; mentions the T&C case number",
    key="C5", reply=["C1", "C4"],
    text=f"""Hello,

We're marking this case as resolved because it has been transferred to AWS Training and Certification, who are now handling it as case {E}.

If you need anything more from AWS Support, you can reopen this case from the Support Center within 14 days.

Best regards,
Amazon Web Services
""" + CONSOLE_FOOTER_EN.format(case=C))

E2_TEXT = """岡部 涼 様

AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
担当の中村でございます。

AWS サポートセンターよりお引き継ぎいただいた、50% 割引特典の件について確認を進めております。
統合元アカウントの特典履歴を照会するにあたり、以下の情報が必要となります。

・統合元（旧会社）アカウントの候補 ID（「AWS」から始まる 8 桁の番号）
・割引特典の対象となった試験の合格日（おおよそで構いません）

お手数ではございますが、上記をご返信いただけますでしょうか。
何卒よろしくお願いいたします。

中村
AWS トレーニングと認定 カスタマーサービス"""

msg("voucher-need-old-id-ja", "Sat, 12 Apr 2025 05:22:38 +0000",
    f"AWS Training and Certification <{TC}>", ME_P, SUBJ_E,
    L("info_request", True, E),
    "Japanese keigo info request (ISO-2022-JP); asks for the old candidate ID without listing any",
    key="E2", reply=["E1"], charset="iso-2022-jp", cte="7bit",
    text=E2_TEXT + "\n")

msg("skillbuilder-receipt", "Sat, 12 Apr 2025 08:14:00 +0000",
    "AWS Skill Builder <no-reply@skillbuilder.aws>", ME_P,
    "Your AWS Skill Builder Individual subscription receipt",
    L("unrelated", False, None),
    "Skill Builder receipt with order number",
    auth_domain="skillbuilder.aws", mailfrom="skillbuilder.aws", cte="7bit",
    text="""Thank you for your purchase.

Order number: SB-2025-0412-88317
Plan: AWS Skill Builder Individual (monthly)
Amount: USD 29.00
Billing date: April 12, 2025

Manage your subscription at https://skillbuilder.aws/subscriptions

AWS Skill Builder
""")

msg("voucher-ids-reply-ja", "Sun, 13 Apr 2025 10:31:07 +0900",
    f"岡部 涼 <{ME_P}>", TC, "Re: " + SUBJ_E,
    L("user_reply", False, E, ["AWS02735518", "AWS05193364"]),
    "owner's Japanese reply (UTF-8 8bit) with two candidate IDs; Japanese Gmail quote header",
    key="E3", reply=["E1", "E2"], auth=None, cte="8bit",
    text="""中村様

ご連絡ありがとうございます。岡部です。

統合元（旧会社）アカウントの候補IDは AWS02735518 です。
念のため、統合先（個人）アカウントは AWS05193364 です。
割引特典の対象となった試験は SAA-C03 で、合格日は 2024年11月中旬です。

よろしくお願いいたします。
岡部 涼

""" + gq(E2_TEXT, f"2025年4月12日(土) 14:22 AWS Training and Certification <{TC}>:") + "\n")

msg("voucher-reissue-requested-ja", "Mon, 14 Apr 2025 02:40:19 +0000",
    f"AWS Training and Certification <{TC}>", ME_P, SUBJ_E,
    L("case_update", False, E),
    "Japanese progress (Shift_JIS base64); ends with ご不明な点がございましたら…ご返信ください",
    key="E4", reply=["E1", "E2", "E3"], charset="shift_jis", cte="base64",
    text="""岡部様

ご返信ありがとうございます。

いただいた情報をもとに確認いたしましたところ、旧アカウントの 50% 割引特典が統合処理の際に移行されていなかったことがわかりました。
現在、特典を再発行するよう担当チームに依頼しております。完了までに通常 3〜5 営業日ほどお時間をいただいております。

完了しましたら改めてご連絡いたします。ご不明な点がございましたら、本メールにご返信ください。

中村
AWS トレーニングと認定 カスタマーサービス
""")

msg("cert-expiry-90d", "Tue, 15 Apr 2025 00:10:00 +0000",
    "AWS Certification <do-not-reply@certmetrics.com>", ME_P,
    "Your AWS Certified Developer - Associate certification expires in 90 days",
    L("certification", False, None),
    "expiry notice with 'recertify now' call to action",
    auth_domain="certmetrics.com", mailfrom="certmetrics.com", cte="7bit",
    text="""Hello Ryo,

Your AWS Certified Developer - Associate certification will expire on July 14, 2025.

To keep your certification active, pass the current version of the exam or a qualifying higher-level exam before the expiration date. Recertify now and use your 50% discount benefit from the Benefits page.

AWS Certification
This mailbox is not monitored.
""")

E5_TEXT = """岡部様

お待たせいたしました。
50% 割引特典を再発行し、統合先アカウント（AWS05193364）の「特典」ページに反映されたことを確認いたしました。

お客様にて追加でご対応いただく必要はございません。本ケースは解決済みとさせていただきます。

中村
AWS トレーニングと認定 カスタマーサービス"""

msg("voucher-reissued-ja", "Wed, 16 Apr 2025 03:05:51 +0000",
    f"AWS Training and Certification <{TC}>", ME_P, SUBJ_E,
    L("resolved", False, E, ["AWS05193364"]),
    "Japanese resolution (ISO-2022-JP) quoting the earlier keigo request under 以前のメッセージ",
    key="E5", reply=["E1", "E2", "E3", "E4"], charset="iso-2022-jp", cte="7bit",
    text=E5_TEXT + "\n\n--- 以前のメッセージ ---\n" + gq(E2_TEXT) + "\n")

msg("survey-voucher-ja", "Wed, 16 Apr 2025 09:00:00 +0000",
    "アマゾン ウェブ サービス <aws-cs-survey@amazon.com>", ME_P,
    f"サポートのご評価のお願い（ケース {E}）",
    L("survey", False, E),
    "Japanese survey request with keigo ご協力のほどよろしくお願いいたします",
    text=f"""お客様

先日はケース {E} にて AWS トレーニングと認定をご利用いただき、ありがとうございました。

今後のサービス向上のため、簡単なアンケートへのご協力をお願いしております。所要時間は約 2 分です。

https://survey.aws/r?c={E}&lang=ja

ご協力のほどよろしくお願いいたします。
※このメールは送信専用です。ご返信いただいてもお答えできません。

アマゾン ウェブ サービス
""")

msg("voucher-expired-reopen", "Sun, 20 Apr 2025 22:14:36 +0900",
    f"Ryo Okabe <{ME_P}>", TC, "Re: " + SUBJ_E,
    L("user_reply", False, E),
    "owner reopens a resolved case; contains a question to support (he asks, support must act)",
    key="E6", reply=["E1", "E5"], auth=None,
    text="""Hi Nakamura-san,

Sorry to reopen this. The discount does show on the Benefits page, but when I try to apply it at checkout I get "This voucher has expired". Could you take another look?

Thanks,
Ryo

""" + gq(E5_TEXT, f"2025年4月16日(水) 12:05 AWS Training and Certification <{TC}>:") + "\n")

msg("voucher-reopened-ken", "Mon, 21 Apr 2025 01:33:02 +0000",
    f"Amazon Web Services <{TC}>", ME_P, SUBJ_E,
    L("case_update", False, E),
    "reopened and reassigned; progress only",
    key="E7", reply=["E5", "E6"], cte="7bit",
    text="""Hello Ryo,

Your case has been reopened and reassigned to me, as Nakamura-san is out this week.

I've raised the expiry problem with the team that issues certification benefits. From what I can see the reissued code kept the original expiry date from your old account, which has already passed. I'll update you as soon as I hear back from them.

Ken
AWS Training and Certification Customer Service
""")

msg("builder-signin-code", "Mon, 21 Apr 2025 12:03:48 +0000",
    "AWS <no-reply@login.awsapps.com>", ME_P,
    "AWS Builder ID sign-in verification code",
    L("unrelated", False, None),
    "sign-in verification code (6 digits)",
    auth_domain="login.awsapps.com", mailfrom="login.awsapps.com", cte="7bit",
    text="""Verify your identity

Someone is trying to sign in to your AWS Builder ID. Enter this verification code to continue:

228104

This code expires in 10 minutes. If you didn't try to sign in, you can safely ignore this email.
""")

E8_TEXT = """Ryo - one more thing before I escalate. When exactly did you try it (date, time, time zone), and was it on the Pearson VUE checkout or on aws.training? The exact error text would help too.

Ken"""

msg("voucher-bare-questions", "Tue, 22 Apr 2025 00:50:13 +0000",
    f"Amazon Web Services <{TC}>", ME_P, SUBJ_E,
    L("info_request", True, E),
    "terse bare questions, no 'please', no greeting line",
    key="E8", reply=["E6", "E7"], cte="7bit",
    text=E8_TEXT + "\n")

msg("voucher-details-no-case-subject", "Tue, 22 Apr 2025 21:40:27 +0900",
    f"Ryo Okabe <{ME_P}>", TC, "voucher error details",
    L("user_reply", False, E),
    "reply whose subject and body carry no case number — threaded only by In-Reply-To/References; 9-digit registration ID",
    key="E9", reply=["E1", "E6", "E7", "E8"], auth=None, cte="7bit",
    text="""Hi Ken,

It was on April 20 around 21:40 JST, on the Pearson VUE checkout page. The exact message was: "The voucher code is expired or invalid."

I booked the exam anyway at full price to keep the slot (Pearson VUE registration ID 381920475). If the discount could be refunded afterwards that would be great.

Ryo

""" + gq(E8_TEXT, f"On Tue, Apr 22, 2025 at 9:50 AM Amazon Web Services <{TC}> wrote:") + "\n")

msg("pearson-receipt", "Wed, 23 Apr 2025 03:00:41 +0000",
    "Pearson VUE <pearsonvuecustomerservice@pearson.com>", ME_P,
    "Your Pearson VUE order receipt",
    L("unrelated", False, None),
    "exam-vendor receipt, 9-digit registration ID",
    auth_domain="pearson.com", mailfrom="pearson.com", cte="7bit",
    text="""Order receipt

Order number: 0092817733
Registration ID: 381920475
Exam: DVA-C02: AWS Certified Developer - Associate
Amount charged: JPY 21,000

Questions about your order? Contact Pearson VUE customer service.
""")

msg("voucher-fixed-refund", "Thu, 24 Apr 2025 02:27:55 +0000",
    f"Amazon Web Services <{TC}>", ME_P, SUBJ_E,
    L("resolved", False, E),
    "resolved with a conditional 'feel free to reply' and numbers (9-digit registration ID)",
    key="E10", reply=["E8", "E9"], cte="7bit",
    text="""Hi Ryo,

Thanks for the details, that made it quick.

The benefits team has issued a new 50% discount with a fresh expiry date (valid until October 31, 2025), and Pearson VUE has agreed to refund the difference for registration 381920475. The refund should appear on your card within 5-10 business days.

Nothing else is needed from you. If you have any other questions, feel free to reply to this email.

Ken
AWS Training and Certification Customer Service
""")

msg("phish-ja-hold", "Fri, 25 Apr 2025 03:12:00 +0000",
    "AWS認定サポート <support@aws-certification-jp.com>", ME_P,
    "【重要】AWS認定アカウントの統合手続きが保留されています",
    L("suspicious", False, None),
    "Japanese phishing from a lookalike domain; threatens loss of certifications, asks to verify",
    auth_domain="aws-certification-jp.com", mailfrom="aws-certification-jp.com",
    text="""お客様

お客様のAWS認定アカウントの統合手続きが保留中となっております。

48時間以内に下記リンクよりご本人確認を行ってください。期限内にご確認いただけない場合、取得済みの認定資格はすべて失効いたします。

https://aws-certification-jp.com/account/verify

AWS トレーニングと認定 サポートチーム
""")

F_OLD = """Hello,

I have successfully merged all accounts. You can now sign in with r.okabe.dev@gmail.com and see all of your certifications.

We consider this case resolved. Thank you for contacting AWS Training and Certification.

Best regards,
Jun
AWS Training and Certification"""

msg("old-case-reopen-credly", "Mon, 28 Apr 2025 23:05:12 +0900",
    f"Ryo Okabe <{ME_P}>", TC, "Re: " + SUBJ_F,
    L("user_reply", False, F, ["AWS07720415", "AWS05193364"]),
    "owner replies on a 2021 10-digit case to reopen it; two candidate IDs; quoted 2021 resolution",
    key="F1", auth=None,
    extra=[f"In-Reply-To: <0100017a1b2c3d4e-{F}@email.amazonses.com>"],
    text="""Hello,

I'm replying on this old case because it's about the same thing. Back in 2021 you merged two certification accounts for me.

I've just noticed that my Credly wallet still doesn't show the badge for the certification I passed in 2024, and when I signed in through AWS Partner Central I ended up in yet another certification account (candidate ID AWS07720415). I think that one was created by the Partner Central sign-in. Could it be merged into my main account AWS05193364 as well?

Thanks,
Ryo Okabe

""" + gq(F_OLD, f"On Thu, Jun 17, 2021 at 11:02 AM Amazon Web Services <{TC}> wrote:") + "\n")

msg("old-case-reopened-review", "Tue, 29 Apr 2025 04:18:40 +0000",
    f"Amazon Web Services <{TC}>", ME_P, SUBJ_F,
    L("case_update", False, F, ["AWS05193364", "AWS07720415", "AWS06648201"]),
    "reopened 10-digit case; progress with three candidate IDs; 'will come back with a proposal'",
    key="F2", reply=["F1"], cte="7bit",
    text="""Hello Ryo,

I've reopened case 9183746520 for you.

Searching our records I actually found three certification accounts connected to you: AWS05193364 (your main account), AWS07720415 (created in February 2024 through Partner Central) and AWS06648201 (created in September 2023, also with r.okabe.dev@gmail.com). I'm reviewing all three now and will come back to you with a proposal.

Sofia M.
AWS Training and Certification
""")

msg("discount-campaign-ja", "Tue, 29 Apr 2025 10:00:00 +0000",
    "Amazon Web Services <aws-marketing-email-replies@amazon.com>", ME_P,
    "【AWS 認定】受験料 50% 割引キャンペーンのお知らせ",
    L("unrelated", False, None),
    "Japanese AWS marketing HTML about 50% exam discount (same topic as a case)",
    html=html_wrap("""<table width="600" align="center"><tr><td>
<h2>AWS 認定 受験料 50% 割引キャンペーン</h2>
<p>2025年6月30日までに対象試験を予約すると、受験料が 50% 割引になります。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>対象試験</th><th>割引後の受験料</th></tr>
<tr><td>AWS Certified Cloud Practitioner</td><td>7,500 円</td></tr>
<tr><td>AWS Certified Solutions Architect – Associate</td><td>10,000 円</td></tr>
</table>
<p><a href="https://aws.amazon.com/jp/certification/">今すぐ予約する</a></p>
<p style="font-size:11px">このメールは送信専用です。配信停止はメール設定センターから行えます。</p>
</td></tr></table>"""))

F3_TEXT = """Hello Ryo,

Thanks for your patience. Here's where things stand.

The account created through Partner Central (AWS07720415) holds the Developer - Associate certification you passed in 2024. Credly didn't show it because the badge was issued to that account's notification address rather than your personal one. The third account, AWS06648201, is empty apart from a practice exam registration.

Account #1
Candidate ID: AWS05193364
Login email: r.okabe.dev@gmail.com
Training notification email: r.okabe.dev@gmail.com
Certification notification email: r.okabe.dev@gmail.com

Account #2
Candidate ID: AWS07720415
Login email: ryo.okabe@hoshizora-sys.co.jp (Partner Central sign-in)
Training notification email: ryo.okabe@hoshizora-sys.co.jp
Certification notification email: ryo.okabe@hoshizora-sys.co.jp

Account #3
Candidate ID: AWS06648201
Login email: r.okabe.dev@gmail.com
Training notification email: r.okabe.dev@gmail.com
Certification notification email: (none)

My proposal is to keep Account #1 and merge #2 and #3 into it. Before I touch anything I'd like your go-ahead on that, or tell me if you would rather keep a different one.

Kind regards,
Sofia M.
AWS Training and Certification"""

msg("three-accounts-proposal", "Wed, 30 Apr 2025 06:55:21 +0000",
    f"Amazon Web Services <{TC}>", ME_P, SUBJ_F,
    L("confirmation_request", True, F, ["AWS07720415", "AWS06648201", "AWS05193364"]),
    "mixed mail: long news, three accounts, ask at the end phrased as 'I'd like your go-ahead'",
    key="F3", reply=["F1", "F2"], eol="CRLF",
    text=F3_TEXT + "\n")

msg("connpass-event-ja", "Wed, 30 Apr 2025 12:00:00 +0900",
    "connpass <no-reply@connpass.com>", ME_P,
    "【connpass】JAWS-UG 東京 #62 開催のお知らせ",
    L("unrelated", False, None),
    "Japanese event reminder with 参加登録の確認をお願いします (a non-support request)",
    auth_domain="connpass.com", mailfrom="connpass.com",
    text="""岡部 涼 さん

参加登録中のイベントの開催が近づいています。

イベント名: JAWS-UG 東京 #62 〜認定資格と転職〜
日時: 2025/05/08（木）19:00〜21:00
会場: 目黒セントラルスクエア

当日は受付で参加登録の確認をお願いします。キャンセルの場合はイベントページからお手続きください。

connpass
""")

F4_TEXT = """岡部 涼 様

AWS トレーニングと認定の山本でございます。担当の Sofia が不在のため、代わってご連絡いたします。

4月30日にお送りしたアカウント統合のご提案（アカウント #1 を残し、#2 と #3 を統合する案）について、まだご返信をいただけていないようです。

5月7日（水）までにご返信が確認できない場合、本ケースはいったんクローズさせていただきます。クローズ後でも、本メールにご返信いただければケースは再開されます。

山本
AWS トレーニングと認定 カスタマーサービス"""

msg("three-accounts-nudge-ja", "Sat, 03 May 2025 01:10:05 +0000",
    f"AWS Training and Certification <{TC}>", ME_P, SUBJ_F,
    L("closing_notice", True, F),
    "Japanese closing notice (ISO-2022-JP), covering agent",
    key="F4", reply=["F1", "F2", "F3"], charset="iso-2022-jp", cte="7bit",
    text=F4_TEXT + "\n")

msg("three-accounts-go-ahead", "Sat, 03 May 2025 19:48:33 +0900",
    f"Ryo Okabe <{ME_P}>", TC, "Re: " + SUBJ_F,
    L("user_reply", False, F, ["AWS05193364"]),
    "owner's go-ahead top-posted over the nudge and the long proposal",
    key="F5", reply=["F1", "F2", "F3", "F4"], auth=None,
    text="""Hi Sofia, Yamamoto-san,

Sorry for the delay, I was travelling. Yes, please keep Account #1 (AWS05193364) and merge the other two into it.

Ryo

""" + gq(F4_TEXT + "\n\n" + gq(F3_TEXT, "On Wed, Apr 30, 2025 at 3:55 PM Amazon Web Services wrote:"),
         f"2025年5月3日(土) 10:10 AWS Training and Certification <{TC}>:") + "\n")

msg("three-accounts-merged", "Mon, 05 May 2025 02:02:47 +0000",
    f"Amazon Web Services <{TC}>", ME_P, SUBJ_F,
    L("resolved", False, F, ["AWS05193364"]),
    "resolved, but tells the owner to accept the badge in Credly (an action, not a reply to support)",
    key="F6", reply=["F3", "F4", "F5"], cte="7bit",
    text="""Hello Ryo,

Done: accounts #2 and #3 have been merged into Account #1 (AWS05193364). Your Developer - Associate certification now shows under Certifications there.

About Credly: the Developer - Associate badge will be re-issued to r.okabe.dev@gmail.com within 24 hours. You'll need to accept it in Credly once it arrives.

That's everything on our side, so I'm marking this case as resolved.

Sofia M.
AWS Training and Certification
""")

msg("credly-issued-dva", "Mon, 05 May 2025 09:31:02 +0000",
    "Credly <admin@credly.com>", ME_P,
    "You've earned a badge: AWS Certified Developer - Associate",
    L("badge", False, None),
    "Credly issue mail, multipart",
    auth_domain="credly.com", mailfrom="credly.com",
    text="""Congratulations, Ryo!

Amazon Web Services Training and Certification has issued you the badge "AWS Certified Developer - Associate".

Accept your badge: https://www.credly.com/badges/9c0e4f2a-1b7d-4c55-8e3a-0d6f2b4e7c19/accept

Credly
""",
    html=html_wrap("""<p>Congratulations, Ryo!</p>
<p>Amazon Web Services Training and Certification has issued you the badge <b>AWS Certified Developer - Associate</b>.</p>
<p><a href="https://www.credly.com/badges/9c0e4f2a-1b7d-4c55-8e3a-0d6f2b4e7c19/accept">Accept your badge</a></p>
<p>Credly</p>"""))

msg("survey-reply-with-number", "Tue, 06 May 2025 05:00:00 +0000",
    "Amazon Web Services <aws-cs-survey@amazon.com>", ME_P,
    f"Rate your experience - case {F}",
    L("survey", False, F),
    "survey that invites a reply with a number 1-5 (still a survey, no reply needed)",
    cte="7bit",
    text=f"""Hello,

We recently resolved your case {F}. How satisfied were you with the support you received?

Reply to this email with a number from 1 (very dissatisfied) to 5 (very satisfied), or choose a rating here:
https://survey.aws/r?c={F}

Your feedback is optional and helps us improve.

AWS Training and Certification
""")

msg("recert-congrats", "Wed, 07 May 2025 00:20:00 +0000",
    "AWS Certification <do-not-reply@certmetrics.com>", ME_P,
    "Congratulations on recertifying your AWS Certification!",
    L("certification", False, None),
    "certmetrics recertification notice",
    auth_domain="certmetrics.com", mailfrom="certmetrics.com",
    text="""Hello Ryo,

Congratulations on recertifying your AWS Certified Solutions Architect - Associate certification! Your new expiration date is May 6, 2028.

Your digital badge will be updated in Credly shortly. You can download your updated certificate from your AWS Certification account.

AWS Certification
""")

msg("name-change-ack-ja", "Mon, 05 May 2025 00:30:09 +0000",
    f"Amazon Web Services <{TC}>", ME_P, SUBJ_G,
    L("acknowledgement", False, G),
    "Japanese ack with 〜がございましたら conditional reply (QP UTF-8)",
    key="G1",
    text=f"""お客様

アマゾン ウェブ サービスにお問い合わせいただきありがとうございます。ケース {G} を作成いたしました。

ケース ID: {G}
件名: [AWS Training and Certification Form Submission] - certificate-name-change
重要度: 通常

担当者より通常24時間以内にご連絡いたします。すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。

追加のご質問がございましたら、このメールにご返信いただけます。

アマゾン ウェブ サービス
""")

G2_HTML_INNER = """<p>Hi Ryo,</p>
<p>Thanks for getting in touch about the name printed on your certificates. Name changes have to match the identification you present at the test center, so before I can submit it we need a few details.</p>
<p>Kindly reply with the following:</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th align="left">Full legal name (exactly as on your government ID)</th><td>&nbsp;</td></tr>
<tr><th align="left">Candidate ID of the account to update</th><td>&nbsp;</td></tr>
<tr><th align="left">Name currently shown on the certificate</th><td>&nbsp;</td></tr>
</table>
<p>We'll take it from there.</p>
<p>Olivia<br>AWS Training and Certification Customer Service</p>"""

msg("name-change-details-html", "Tue, 06 May 2025 03:44:26 +0000",
    f"Amazon Web Services <{TC}>", ME_P, SUBJ_G,
    L("info_request", True, G),
    "HTML-only info request: 'Kindly reply with the following' and a form-like table",
    key="G2", reply=["G1"], html=html_wrap(G2_HTML_INNER))

msg("amazon-jp-shipped", "Wed, 07 May 2025 08:12:00 +0900",
    "Amazon.co.jp <shipment-tracking@amazon.co.jp>", ME_P,
    "Amazon.co.jp ご注文の商品を発送しました",
    L("unrelated", False, None),
    "Amazon retail (not AWS) Japanese shipment mail",
    auth_domain="amazon.co.jp", mailfrom="amazon.co.jp",
    text="""岡部 涼 様

Amazon.co.jp をご利用いただき、ありがとうございます。
ご注文いただいた商品を発送しました。

注文番号: 250-4418273-9901523
お届け予定: 5月8日（木）

※このメールは配信専用のアドレスで配信されています。このメールに返信いただいても、返信内容の確認およびご返答ができません。

Amazon.co.jp
""")

G3_TEXT = f"""Hi Ryo,

We've closed case {G} because we didn't receive the details we asked for on May 6.

If you'd still like your name updated, just reply to this email with those details and the case will reopen automatically.

Olivia
AWS Training and Certification"""

msg("name-change-closed", "Sat, 10 May 2025 00:15:38 +0000",
    f"Amazon Web Services <{TC}>", ME_P, SUBJ_G,
    L("closing_notice", True, G),
    "case has just been closed for no answer; reply reopens it",
    key="G3", reply=["G1", "G2"], cte="7bit",
    text=G3_TEXT + "\n")

msg("name-change-iphone-reply", "Sun, 11 May 2025 08:02:19 +0900",
    f"Ryo Okabe <{ME_P}>", TC, "Re: " + SUBJ_G,
    L("user_reply", False, G, ["AWS05193364"]),
    "short mobile reply with a candidate ID, iPhone quote style",
    key="G4", reply=["G1", "G2", "G3"], auth=None, cte="8bit",
    text="""Hi Olivia, sorry I missed that!

Legal name: Ryo Okabe (岡部 涼)
Candidate ID: AWS05193364
Currently shown: RYO OKABE (all caps) - I'd like it as "Ryo Okabe".

Sent from my iPhone

""" + gq(G3_TEXT, f"> On May 10, 2025, at 9:15, Amazon Web Services <{TC}> wrote:".lstrip("> ")) + "\n")

msg("name-change-submitted", "Mon, 12 May 2025 01:20:00 +0000",
    f"Amazon Web Services <{TC}>", ME_P, SUBJ_G,
    L("case_update", False, G),
    "reopened, request submitted, timeline; asks nothing",
    key="G5", reply=["G3", "G4"], cte="7bit",
    text="""Hi Ryo,

No problem, the case is open again. I've submitted the name change to the certification team. Updated certificates usually take 3-5 business days to generate.

Olivia
""")

msg("name-change-hold-ja", "Tue, 13 May 2025 02:30:44 +0000",
    f"AWS Training and Certification <{TC}>", ME_P, SUBJ_G,
    L("on_hold", False, G),
    "Japanese hold waiting on the exam vendor (UTF-8 base64); 対応は不要",
    key="G6", reply=["G4", "G5"], cte="base64",
    text="""岡部様

AWS トレーニングと認定の小林です。Olivia より引き継ぎました。

氏名変更について、現在、試験配信パートナー（Pearson VUE）側でのプロフィール更新を待っております。先方の処理が完了するまで、本ケースは保留とさせていただきます。

お客様側でのご対応は不要です。進展があり次第、改めてご連絡いたします。

小林
AWS トレーニングと認定 カスタマーサービス
""")

msg("name-change-done", "Wed, 14 May 2025 23:51:10 +0000",
    f"Amazon Web Services <{TC}>", ME_P, SUBJ_G,
    L("resolved", False, G),
    "very short resolution",
    key="G7", reply=["G5", "G6"], cte="7bit",
    text="""All set: your certificates now show "Ryo Okabe". You can download them from the Certifications page.

Closing this one as resolved.

Olivia
""")

msg("sakura-case-closed-ja", "Thu, 15 May 2025 10:05:00 +0900",
    "さくらのクラウド サポート <support@sakura-cloud-support.jp>", ME_P,
    "【さくらのクラウド】お問い合わせ（受付番号: 2025051200123）クローズのお知らせ",
    L("unrelated", False, None),
    "another vendor's 'case closed' in Japanese with a 13-digit ticket number",
    auth_domain="sakura-cloud-support.jp", mailfrom="sakura-cloud-support.jp",
    charset="iso-2022-jp", cte="7bit",
    text="""岡部 涼 様

いつもご利用いただきありがとうございます。
お問い合わせ（受付番号: 2025051200123）につきまして、ご回答から 7 日間ご返信がなかったため、クローズとさせていただきました。

追加のご質問がございましたら、新たにお問い合わせください。

さくらのクラウド サポートセンター
""")

msg("phish-credly-revoked", "Fri, 16 May 2025 06:44:12 +0000",
    "Credly <admin@credly-notify.com>", ME_P,
    "Your AWS badge has been revoked - action required",
    L("suspicious", False, None),
    "lookalike Credly domain; 'reply or sign in to restore'",
    auth_domain="credly-notify.com", mailfrom="credly-notify.com",
    html=html_wrap("""<p>Hi Ryo,</p>
<p>Amazon Web Services Training and Certification has <b>revoked</b> your badge <i>AWS Certified Solutions Architect – Associate</i> because of a duplicate account merge.</p>
<p>To restore it, sign in within 24 hours or reply to this email with your AWS Builder ID password.</p>
<p><a href="https://credly-notify.com/restore">Restore badge</a></p>
<p>The Credly Team</p>"""))

msg("sns-subscription-confirm", "Sat, 17 May 2025 03:33:09 +0000",
    "AWS Notifications <no-reply@sns.amazonaws.com>", ME_P,
    "AWS Notification - Subscription Confirmation",
    L("unrelated", False, None),
    "AWS SNS 'Confirm subscription' request (a confirmation, but not a case) with 12-digit account in ARN",
    auth_domain="sns.amazonaws.com", mailfrom="amazonses.com", cte="7bit",
    text="""You have chosen to subscribe to the topic:
arn:aws:sns:ap-northeast-1:736418290551:billing-alerts

To confirm this subscription, click or visit the link below (If this was in error no action is necessary):
Confirm subscription: https://sns.ap-northeast-1.amazonaws.com/?Action=ConfirmSubscription&TopicArn=arn:aws:sns:ap-northeast-1:736418290551:billing-alerts&Token=2336412f37fb

Please do not reply directly to this email.
""")


# ---------------------------------------------------------------------------
# rendering
# ---------------------------------------------------------------------------

def h(s, charset):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset if charset != "shift_jis" else "iso-2022-jp").encode()


def addr(a, charset):
    # encode display names containing non-ASCII
    out = []
    for part in a.split(", "):
        if "<" in part:
            name, rest = part.split("<", 1)
            name = name.strip()
            out.append(f"{h(name, charset)} <{rest}")
        else:
            out.append(part)
    return ", ".join(out)


def hexid(s, n=16):
    return hashlib.sha1(s.encode()).hexdigest()[:n]


def domain_of(a):
    return a.rsplit("@", 1)[1].rstrip(">").strip()


def msgid(m):
    d = domain_of(m["frm"])
    if d == "amazon.com":
        return f"<0100019{hexid(m['key'], 9)}-{hexid(m['key'] + 'x', 8)}-{hexid(m['key'] + 'y', 4)}-000000@email.amazonses.com>"
    if d in ("gmail.com",):
        return f"<CAF{hexid(m['key'], 24)}@mail.gmail.com>"
    if d == "hoshizora-sys.co.jp":
        return f"<TYCP286MB{hexid(m['key'], 12).upper()}@TYCP286MB.JPNP286.PROD.OUTLOOK.COM>"
    return f"<{hexid(m['key'], 20)}@{d}>"


def encode_body(text, charset, cte):
    data = text.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    if cte == "base64":
        return base64.encodebytes(data)
    return data


def leaf(ctype, text, charset, cte):
    if ctype == "text/html":
        text = text.replace("{cs}", charset)
    hdr = (f"Content-Type: {ctype}; charset=\"{charset}\"\n"
           f"Content-Transfer-Encoding: {cte}\n\n").encode()
    body = encode_body(text, charset, cte)
    if not body.endswith(b"\n"):
        body += b"\n"
    return hdr, body


def auth_header(m, to_addr):
    if m["auth"] is None:
        return []
    d = m["auth_domain"] or domain_of(m["frm"])
    mf = m["mailfrom"] or ("amazonses.com" if d == "amazon.com" else d)
    if m["auth"] == "gmail":
        ip = "54.240.8.%d" % (int(hexid(m["key"], 2), 16) % 250 + 1) if m["spf"] == "pass" else "185.220.101.47"
        spf_txt = (f"spf={m['spf']} (google.com: domain of bounce@{mf} designates {ip} as permitted sender)"
                   if m["spf"] == "pass" else
                   f"spf={m['spf']} (google.com: domain of bounce@{mf} does not designate {ip} as permitted sender)")
        dm = "p=QUARANTINE sp=QUARANTINE dis=NONE" if m["dmarc"] == "pass" else "p=QUARANTINE sp=QUARANTINE dis=QUARANTINE"
        return [
            f"Received: from smtp-out.{mf} ({mf} [{ip}])\n        by mx.google.com with ESMTPS id {hexid(m['key'], 12)}\n        for <{to_addr}>; {m['date']}",
            f"Authentication-Results: mx.google.com;\n       dkim={m['dkim']} header.i=@{d} header.s=s1 header.b={hexid(m['key'] + 'b', 8)};\n"
            f"       {spf_txt} smtp.mailfrom=bounce@{mf};\n       dmarc={m['dmarc']} ({dm}) header.from={d}",
        ]
    # Microsoft 365 (company mailbox)
    return [
        f"Received: from TY2PR01MB{hexid(m['key'], 6).upper()}.jpnprd01.prod.outlook.com\n by TYCP286MB.JPNP286.PROD.OUTLOOK.COM with HTTPS; {m['date']}",
        f"Authentication-Results: spf={m['spf']} (sender IP is 54.240.8.33)\n smtp.mailfrom={mf}; dkim={m['dkim']} (signature was verified)\n"
        f" header.d={d};dmarc={m['dmarc']} action=none\n header.from={d};compauth=pass reason=100",
    ]


def render(m, keymap):
    cs = m["charset"]
    hcs = "iso-2022-jp" if cs in ("iso-2022-jp", "shift_jis") else "utf-8"
    first_to = m["to"].split(", ")[0].split("<")[-1].rstrip(">")
    lines = []
    lines += auth_header(m, first_to)
    lines.append(f"From: {addr(m['frm'], hcs)}")
    lines.append(f"To: {addr(m['to'], hcs)}")
    if m["cc"]:
        lines.append(f"Cc: {m['cc']}")
    lines.append(f"Subject: {h(m['subject'], hcs)}")
    lines.append(f"Date: {m['date']}")
    lines.append(f"Message-ID: {keymap[m['key']]}")
    refs = [keymap[k] for k in m["reply"]]
    has_irt = any(x.startswith("In-Reply-To:") for x in m["extra"])
    if refs:
        if not has_irt:
            lines.append(f"In-Reply-To: {refs[-1]}")
        lines.append("References: " + "\n ".join(refs))
    lines += m["extra"]
    lines.append("MIME-Version: 1.0")
    head = ("\n".join(lines) + "\n").encode()

    if m["text"] is not None and m["html"] is not None:
        b = "==_alt_" + hexid(m["key"], 20)
        th, tb = leaf("text/plain", m["text"], cs, m["cte"])
        hh, hb = leaf("text/html", m["html"], cs, m["cte"])
        raw = head + f"Content-Type: multipart/alternative; boundary=\"{b}\"\n\n".encode()
        raw += b"This is a multi-part message in MIME format.\n\n"
        raw += f"--{b}\n".encode() + th + tb + f"\n--{b}\n".encode() + hh + hb + f"\n--{b}--\n".encode()
    elif m["html"] is not None:
        hh, hb = leaf("text/html", m["html"], cs, m["cte"])
        raw = head + hh + hb
    else:
        th, tb = leaf("text/plain", m["text"], cs, m["cte"])
        raw = head + th + tb
    if m["eol"] == "CRLF":
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml") or (f.endswith(".json") and f[:3].isdigit()):
            os.remove(os.path.join(OUT, f))
    from email.utils import parsedate_to_datetime
    MSGS.sort(key=lambda m: parsedate_to_datetime(m["date"]))
    seen = set()
    for m in MSGS:
        for k in m["reply"]:
            assert k in seen, (m["slug"], k)
        seen.add(m["key"])
    keymap = {m["key"]: msgid(m) for m in MSGS}
    # external message-ids referenced but not in corpus are fine
    rows = []
    for i, m in enumerate(MSGS, 1):
        dt = parsedate_to_datetime(m["date"])
        name = f"{i:03d}-mail-{dt:%m%d}-{hexid(m['slug'], 4)}"
        with open(os.path.join(OUT, name + ".eml"), "wb") as fh:
            fh.write(render(m, keymap))
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as fh:
            json.dump(m["label"], fh, ensure_ascii=False)
            fh.write("\n")
        lab = m["label"]
        rows.append(f"| {i:03d} | {name} ({m['slug']}) | {lab['kind']} | {str(lab['needs_reply']).lower()} | "
                    f"{lab['case'] or '-'} | {m['note']} |")
    write_readme(rows)
    print(f"wrote {len(MSGS)} messages to {OUT}")


def write_readme(rows):
    from collections import Counter
    kinds = Counter(m["label"]["kind"] for m in MSGS)
    nr = sum(m["label"]["needs_reply"] for m in MSGS)
    txt = f"""me: {ME_P} {ME_C}

# blind-37 — blind held-out corpus

Mailbox owner: Ryo Okabe (岡部 涼). Personal address `{ME_P}`; old company address `{ME_C}`
(Hoshizora Systems K.K., an APN partner; the company mailbox stops on 2025-03-31).
Regenerate with `python3 gen.py` (standard library only).

## Cases
| case | digits | what happens |
|---|---|---|
| {A} | 15 | main merge: ack → APN hold with a question → closing notice → reply → hold (no ask) → confirmation (HTML table) → owner forwards it / confirms from the company address → support asks to write from the personal address → confirmation from Gmail → progress → "successfully merged" → survey |
| {B} | 15 | duplicate form submission for the same merge: Japanese ack → Japanese confirmation request → linked to {A}, "disregard", nothing to do |
| {C} | 11 | AWS Support Center (console) case about the missing 50% discount: New Support case → request answerable only in the Support Center → Japanese auto-resolve warning → transferred → resolved |
| {E} | 11 | T&C case opened from the console transfer: HTML ack → Japanese info request → owner's IDs → progress → resolved → survey → owner reopens → reopened → bare questions → reply threaded only by In-Reply-To/References → resolved |
| {F} | 10 | 2021 case reopened by the owner in 2025 (Credly badge missing, third account) → progress → three-account confirmation → Japanese closing notice → go-ahead → resolved → survey |
| {G} | 15 | certificate name change: Japanese ack → HTML info request → "we've closed the case" → reply reopens → progress → Japanese hold → resolved |

Counts: {len(MSGS)} messages; needs_reply true: {nr}; per kind: {', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))}.

## Messages
| # | file (what) | kind | needs_reply | case | what it is / what makes it hard |
|---|---|---|---|---|---|
""" + "\n".join(rows) + "\n"
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(txt)


if __name__ == "__main__":
    main()
