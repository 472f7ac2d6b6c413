"""Messages, 13-22 May 2025: duplicate closed, partner hold, confirmation request, closing notice."""
from gen_common import *  # noqa: F401,F403

HOLD_TEXT = f"""Hello Mariko,

Thank you for your patience while I looked into your request.

Before I can go further I have to flag something. The certification account {OLD} is linked to the AWS Partner Network profile of Hakata CloudWorks K.K. Certifications held in a partner-linked account count toward that company's partner tier, so we are not able to move them out while the link is active. This protects the partner; there is nothing wrong with your request.

The link can be removed in one of two ways:
  * an alliance lead or admin at Hakata CloudWorks removes you from their Partner Central users, or
  * it lapses by itself once your company e-mail address is deactivated.

I have placed the case on hold until one of these happens. In the meantime, what is your last day with Hakata CloudWorks? Knowing the date lets me set a reminder on our side so the case doesn't sit idle.

Regards,
Dmitri K.
AWS Training and Certification | Customer Support
"""

CONFIRM_TEXT = f"""Hi Mariko,

I'm Ayesha from Certification Operations and I'll be carrying out the merge. These are the three certification accounts that match the details on this case:

                      Account #1         Account #2           Account #3
Candidate ID          {NEW}        {OLD}          {SSO}
Sign-in email         {ME_P} / {ME_C} / {ME_C} (Partner Central SSO)
Training notices      {ME_P} / {ME_C} / (none)
Certification notices {ME_P} / {ME_C} / {ME_C}
Active certifications 0 / 4 / 0

A merge is permanent: once the accounts are combined they cannot be split again. Before I proceed we need you to confirm two things:
1. that all three accounts belong to you, and
2. which account should remain as the primary one (your form suggests Account #1).

A short reply to this message is enough.

Best,
Ayesha R.
Certification Operations, AWS Training and Certification
"""

CLOSING_TEXT = """Hi Mariko,

Following up on my message of 19 May about merging your certification accounts. I haven't seen a reply, so the merge is still waiting on your go-ahead.

If we don't hear from you within the next three business days this case will be closed automatically. A reply at any time, even after it closes, will pick it back up.

Best,
Ayesha R.
Certification Operations
"""


def m031():
    d = dt("2025-05-13 04:20:16")
    text = f"""Hi Mariko,

It looks like the same merge request was submitted twice a few minutes apart, so I've closed this case ({CASE_A2}) and linked it to case {CASE_A}, where a colleague is already on it.

All further updates will come on {CASE_A}. There is nothing to do on this one, and replies to it are not monitored.

Sven
AWS Training and Certification
"""
    hd = gmail_auth("amazon.com", mailfrom="010f0196c8e2a7b3@amazonses.com", ip="54.240.27.44") + [
        ("Date", date(d)),
        ("From", addr("Amazon Web Services", TC_FORM)),
        ("To", ME_P),
        ("Subject", "RE:" + SUBJ_A2),
        ("Message-ID", mid_ses("m031")),
        ("In-Reply-To", MID["m029"]),
        ("References", MID["m029"]),
    ]
    add("case_update", False, CASE_A2, [], build(hd, leaf(text, cte="7bit")),
        "Duplicate case closed and linked; mentions both case numbers (labelled with the duplicate's own "
        "number, from the subject); 'closed' but not for lack of answer.")


def m032():
    d = dt("2025-05-13 19:02:44")
    text = """Dear Customer,

We are processing the account merge you requested. Because the accounts involved are linked to an AWS Partner organization, additional identity verification is mandatory.

Please complete ONE of the following within 24 hours, otherwise your certification history may be permanently lost:

  a) Reply to this email with your AWS Builder ID password and the 6-digit code we send to your phone, or
  b) Verify online: https://aws-training-verify.com/merge/confirm?ref=AWS-TC-55812

We apologize for any inconvenience.

AWS Training and Certification
Customer Service Team
"""
    hd = [("Received", "from mail-relay07.kz-hostnet.net (mail-relay07.kz-hostnet.net [91.215.85.214])\n        by mx.google.com with ESMTP id 8a3f2c71e00b\n        for <" + ME_P + ">; " + date(d)),
          ("Authentication-Results", "mx.google.com;\n       dkim=fail (no key for signature) header.i=@amazon.com header.s=aws2025 header.b=Q2ZsZm9v;\n"
           "       spf=fail (google.com: domain of support@amazon.com does not designate 91.215.85.214 as permitted sender) smtp.mailfrom=support@amazon.com;\n"
           "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com"),
          ("Date", date(d)),
          ("From", addr("AWS Training and Certification", TC_FORM)),
          ("Reply-To", "aws-tc-merge@outlook-verify.help"),
          ("To", ME_P),
          ("Subject", "RE:[CASE 174702990000031] [AWS Training and Certification Form Submission] - account-assistance"),
          ("Message-ID", "<20250513190244.4F1A2B9C@mail-relay07.kz-hostnet.net>")]
    add("suspicious", False, None, [], build(hd, leaf(text, cte="7bit")),
        "Spear-phish with the real form sender and a case-shaped subject, but dkim/spf/dmarc fail and a "
        "foreign Reply-To; demands a reply with a password.")


def m033():
    d = dt("2025-05-14 02:02:37")
    hd = gmail_auth("amazon.com", mailfrom="010f0196ce1b88d4@amazonses.com", ip="54.240.27.18") + [
        ("Date", date(d)),
        ("From", addr("Amazon Web Services", TC_FORM)),
        ("To", ME_P),
        ("Subject", "RE:" + SUBJ_A),
        ("Message-ID", mid_ses("m033")),
        ("In-Reply-To", MID["m028"]),
        ("References", MID["m028"]),
    ]
    add("on_hold", True, CASE_A, [OLD], build(hd, leaf(HOLD_TEXT)),
        "Partner (APN) hold: long explanation, bullet list of what the partner must do, and one question "
        "buried near the end (last working day) -> reply needed although the case is on hold.")


def m034():
    d = dt("2025-05-14 20:31:05", JST)
    new = """Hi Dmitri,

My last day is Friday, May 30. I've also asked our Partner Central admin (Kenta Ogawa) to remove me from the partner users today, so the link may be gone before then.

Thanks,
Mariko
"""
    attribution = f"On Wed, May 14, 2025 at 11:02 AM Amazon Web Services <{TC_FORM}> wrote:"
    hd = [("Date", date(d)),
          ("From", addr(ME_NAME, ME_P)),
          ("To", addr("Amazon Web Services", TC_FORM)),
          ("Subject", "Re: RE:" + SUBJ_A),
          ("Message-ID", mid_gmail("m034")),
          ("In-Reply-To", MID["m033"]),
          ("References", MID["m028"] + " " + MID["m033"])]
    add("user_reply", False, CASE_A, [], build(hd, gmail_parts(new, attribution, HOLD_TEXT, "m034")),
        "Owner's Gmail answer to the hold question; quoted hold (with the question and candidate ID) below.")


def m035():
    d = dt("2025-05-15 10:47:12", JST)
    text = """リンドクヴィストさん

小川です。Partner Central のユーザー一覧からリンドクヴィストさんを外しました。
認定アカウント側への反映には少し時間がかかるかもしれません。

あと、うちの Advanced Tier の認定者数カウントが 1 減るので、
後任の資格取得計画について来週 15 分ほど相談させてください。

小川
"""
    hd = [("Authentication-Results", "spf=pass (sender IP is 40.107.74.88) smtp.mailfrom=hakata-cloudworks.co.jp; dkim=pass (signature was verified) header.d=hakata-cloudworks.co.jp;dmarc=pass action=none header.from=hakata-cloudworks.co.jp;compauth=pass reason=100"),
          ("Date", date(d)),
          ("From", addr("小川 健太", "k.ogawa@hakata-cloudworks.co.jp")),
          ("To", ME_C),
          ("Subject", h("Partner Central の件、対応しました")),
          ("Message-ID", mid_outlook("m035")),
          ("Content-Language", "ja-JP")]
    add("unrelated", False, None, [], build(hd, leaf(text, cte="base64")),
        "Colleague (partner admin) says the hold's precondition is done (対応しました) and asks for a meeting; "
        "relevant to case A but not support mail.")


def m036():
    d = dt("2025-05-15 02:03:30")
    text = """Hello,

An alliance lead at Hakata CloudWorks K.K. has removed your user from the organization's AWS Partner Central account.

  Partner: Hakata CloudWorks K.K.
  User: mariko.lindqvist@hakata-cloudworks.co.jp
  Effective: May 15, 2025

Certifications linked through this user will no longer count toward the partner's profile. If you believe this was a mistake, please contact the alliance team at your organization.

AWS Partner Network
"""
    hd = ms_auth("partnercentral.awspartner.com", ip="54.240.60.12") + [
        ("Date", date(d)),
        ("From", "AWS Partner Central <no-reply@partnercentral.awspartner.com>"),
        ("To", ME_C),
        ("Subject", "You have been removed from an AWS Partner Central account"),
        ("Message-ID", mid_ses("m036", "us-east-1")),
    ]
    add("unrelated", False, None, [], build(hd, leaf(text)),
        "APN Partner Central system notice: another AWS program, the event that lifts the hold, not case mail.")


def m037():
    d = dt("2025-05-16 00:39:58")
    text = f"""Hello Mariko,

Quick update: the partner link on {OLD} is gone as of this morning, so I've taken your case off hold and handed it to our Certification Operations team, who carry out merges.

They will write to you with a summary of the accounts before anything is changed. Nothing is needed from you right now.

Regards,
Dmitri K.
AWS Training and Certification | Customer Support
"""
    hd = gmail_auth("amazon.com", mailfrom="010f0196d8a1c0e5@amazonses.com", ip="54.240.27.19") + [
        ("Date", date(d)),
        ("From", addr("Amazon Web Services", TC_FORM)),
        ("To", ME_P),
        ("Subject", "RE:" + SUBJ_A),
        ("Message-ID", mid_ses("m037")),
        ("In-Reply-To", MID["m034"]),
        ("References", " ".join([MID["m028"], MID["m033"], MID["m034"]])),
    ]
    add("case_update", False, CASE_A, [OLD], build(hd, leaf(text, cte="7bit")),
        "Hold lifted and passed to another team; 'they will write to you'; nothing needed now.")


def m038():
    d = dt("2025-05-16 06:00:00")
    htm = """<html><body style="margin:0;background:#f2f3f3;font-family:'Amazon Ember',Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff"><tr><td style="background:#232f3e;padding:20px;color:#fff;font-size:22px">AWS Summit Japan 2025</td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:1.7">
<p>Mariko 様</p>
<p>6月25日・26日に幕張メッセで開催される AWS Summit Japan の事前登録を受け付けています。150 以上のセッション、認定者ラウンジ、ハンズオンをご用意しています。</p>
<p><b>AWS 認定をお持ちの方へ:</b> 会場の認定者ラウンジでは限定ノベルティを配布します。入場時に認定アカウントのデジタルバッジをご提示ください。</p>
<p style="text-align:center"><a href="https://aws.amazon.com/jp/summits/japan/?trk=em_jp_summit25" style="background:#ff9900;color:#000;padding:12px 30px;text-decoration:none">今すぐ登録する</a></p>
<p style="font-size:11px;color:#687078">本メールは配信を希望された方にお送りしています。配信停止は<a href="https://pages.awscloud.com/unsubscribe">こちら</a>。<br>アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎 3-1-1</p>
</td></tr></table></td></tr></table></body></html>
"""
    hd = gmail_auth("amazon.com", mailfrom="bounce-md_30850198@mktomail.amazon.com", ip="199.15.212.170", sel="m1") + [
        ("Date", date(d)),
        ("From", addr("Amazon Web Services", "aws-marketing-email-replies@amazon.com")),
        ("To", ME_P),
        ("Subject", h("【AWS Summit Japan 2025】事前登録受付中 - 認定者ラウンジのご案内")),
        ("Message-ID", mid_generic("m038", "mktomail.amazon.com")),
        ("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe>"),
    ]
    add("unrelated", False, None, [], build(hd, leaf(htm, subtype="html", cte="base64")),
        "Japanese AWS marketing, HTML-only, mentions 認定 and a 'certified lounge'.")


def m039():
    d = dt("2025-05-19 01:15:31")
    rows = [("Candidate ID", NEW, OLD, SSO),
            ("Sign-in email", ME_P, ME_C, ME_C + " (Partner Central SSO)"),
            ("Training notification email", ME_P, ME_C, "&mdash;"),
            ("Certification notification email", ME_P, ME_C, ME_C),
            ("Active certifications", "0", "4", "0")]
    tr = "".join('<tr><td style="border:1px solid #aab7b8;padding:6px;background:#f2f3f3"><b>%s</b></td>%s</tr>' % (
        r[0], "".join('<td style="border:1px solid #aab7b8;padding:6px">%s</td>' % c for c in r[1:])) for r in rows)
    htm = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px">
<p>Hi Mariko,</p>
<p>I'm Ayesha from Certification Operations and I'll be carrying out the merge. These are the three certification accounts that match the details on this case:</p>
<table style="border-collapse:collapse">
<tr><th></th><th style="border:1px solid #aab7b8;padding:6px">Account #1</th><th style="border:1px solid #aab7b8;padding:6px">Account #2</th><th style="border:1px solid #aab7b8;padding:6px">Account #3</th></tr>
{tr}
</table>
<p>A merge is permanent: once the accounts are combined they cannot be split again. Before I proceed we need you to confirm two things:</p>
<ol><li>that all three accounts belong to you, and</li><li>which account should remain as the primary one (your form suggests Account #1).</li></ol>
<p>A short reply to this message is enough.</p>
<p>Best,<br>Ayesha R.<br>Certification Operations, AWS Training and Certification</p>
</body></html>
"""
    hd = gmail_auth("amazon.com", mailfrom="010f0196e6b0d2f1@amazonses.com", ip="54.240.27.56") + [
        ("Date", date(d)),
        ("From", addr("Amazon Web Services", TC_FORM)),
        ("To", ME_P),
        ("Cc", ME_C),
        ("Subject", "RE: " + SUBJ_A),
        ("Message-ID", mid_ses("m039")),
        ("In-Reply-To", MID["m037"]),
        ("References", " ".join([MID["m028"], MID["m033"], MID["m034"], MID["m037"]])),
    ]
    add("confirmation_request", True, CASE_A, [NEW, OLD, SSO], build(hd, leaf(htm, subtype="html")),
        "HTML-only merge confirmation with a three-column account table; 'we need you to confirm'; new agent "
        "and team; cc to the company address; subject spelled 'RE: [CASE'.")


def m040():
    d = dt("2025-05-19 09:12:40")
    text = """##- Please type your reply above this line -##

Your request #48213 "Runner minutes not credited after plan change" has been solved.

Yuto (Tessera CI Support)
May 19, 2025, 18:12 JST

We credited 3,000 runner minutes to the hakata-cw organization. The case is closed now. If anything else comes up, reply to this email within 7 days and the request will reopen automatically.

--
Tessera CI Support | https://support.tesseraci.io
[6W1K9R-2XZ4]
"""
    hd = gmail_auth("tesseraci.io", mailfrom="support+id48213@tesseraci.io", ip="192.161.148.2", sel="zendesk1") + [
        ("Date", date(d)),
        ("From", "Tessera CI Support <support@tesseraci.io>"),
        ("To", ME_P),
        ("Subject", "[Tessera CI] Re: Runner minutes not credited after plan change"),
        ("Message-ID", mid_generic("m040", "tesseraci.zendesk.com")),
    ]
    add("unrelated", False, None, [], build(hd, leaf(text)),
        "Other vendor's support case 'solved/closed' with a reopen-by-reply invitation.")


def m041():
    d = dt("2025-05-20 00:05:11")
    text = f"""AWS Budgets Notification

You requested that we alert you when the ACTUAL cost associated with your sandbox-monthly budget is greater than 80% of the budgeted amount.

Account: {ACCT}
Budget name: sandbox-monthly
Budgeted amount: $20.00
Alert threshold: > $16.00
ACTUAL amount: $16.42

Go to the AWS Budgets dashboard: https://console.aws.amazon.com/billing/home#/budgets
"""
    hd = gmail_auth("amazonaws.com", mailfrom="010f0196ec21a3b4@costalerts.amazonaws.com", ip="54.240.27.90") + [
        ("Date", date(d)),
        ("From", "AWS Budgets <budgets@costalerts.amazonaws.com>"),
        ("To", ME_P),
        ("Subject", "AWS Budgets: sandbox-monthly has exceeded your alert threshold"),
        ("Message-ID", mid_ses("m041", "us-east-1")),
    ]
    add("unrelated", False, None, [], build(hd, leaf(text, cte="7bit")),
        "AWS Budgets alert, 12-digit account number.")


def m042():
    d = dt("2025-05-21 11:38:09")
    text = """アマゾン ウェブ サービス をご利用いただきありがとうございます。

お客様のアカウントに登録されているお支払い方法で、直近のご請求の決済が完了しませんでした。
24 時間以内にお支払い情報を更新いただけない場合、アカウントおよび AWS 認定の特典が一時停止されます。

下記のリンクからサインインし、カード情報をご確認ください。
https://aws-billing-jp.com/signin?ref=update-card

本メールにご返信いただくことでもお手続きいただけます。

Amazon Web Services, Inc.
"""
    hd = [("Authentication-Results", "mx.google.com;\n       spf=pass (google.com: domain of info@aws-billing-jp.com designates 103.155.92.18 as permitted sender) smtp.mailfrom=info@aws-billing-jp.com;\n"
           "       dmarc=none header.from=aws-billing-jp.com"),
          ("Date", date(d)),
          ("From", addr("Amazon Web Services", "no-reply@aws-billing-jp.com")),
          ("To", ME_P),
          ("Subject", h("【重要】お支払い情報の更新が必要です(アカウント停止のお知らせ)", "iso-2022-jp")),
          ("Message-ID", mid_generic("m042", "aws-billing-jp.com"))]
    add("suspicious", False, None, [], build(hd, leaf(text, "iso-2022-jp", "7bit")),
        "Japanese billing phish from a lookalike domain (ISO-2022-JP), threatens certification benefits too.")


def m043():
    d = dt("2025-05-22 01:15:02")
    hd = gmail_auth("amazon.com", mailfrom="010f0196f5c3e1a9@amazonses.com", ip="54.240.27.56") + [
        ("Date", date(d)),
        ("From", addr("Amazon Web Services", TC_FORM)),
        ("To", ME_P),
        ("Cc", ME_C),
        ("Subject", "RE: " + SUBJ_A),
        ("Message-ID", mid_ses("m043")),
        ("In-Reply-To", MID["m039"]),
        ("References", " ".join([MID["m028"], MID["m033"], MID["m037"], MID["m039"]])),
    ]
    add("closing_notice", True, CASE_A, [], build(hd, leaf(CLOSING_TEXT, cte="7bit"), crlf=True),
        "Closing notice (three business days), no explicit question; reply keeps it open; CRLF.")


def m044():
    d = dt("2025-05-22 18:47:55", JST)
    new = f"""Hi Ayesha,

Sorry for the slow reply, I've been on the road. Yes, all three accounts are mine. Please keep Account #1 ({NEW}) as the primary and merge the other two into it.

Mariko

Get Outlook for iOS
"""
    body = new + f"""________________________________
From: Amazon Web Services <{TC_FORM}>
Sent: Thursday, May 22, 2025 10:15:02 AM
To: {ME_P} <{ME_P}>
Cc: {ME_C} <{ME_C}>
Subject: RE: {SUBJ_A}

{CLOSING_TEXT}"""
    htm = ('<html><body><div dir="auto">' + text_to_html(new) + '</div><hr style="display:inline-block;width:98%">'
           '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt"><b>From:</b> Amazon Web Services &lt;'
           + TC_FORM + '&gt;<br><b>Sent:</b> Thursday, May 22, 2025 10:15:02 AM<br><b>To:</b> ' + ME_P + '<br><b>Cc:</b> ' + ME_C
           + '<br><b>Subject:</b> RE: ' + esc(SUBJ_A) + '</font></div><div>' + text_to_html(CLOSING_TEXT) + '</div></body></html>\n')
    hd = [("Date", date(d)),
          ("From", addr(ME_NAME_JA, ME_C)),
          ("To", addr("Amazon Web Services", TC_FORM)),
          ("Subject", "RE: RE: " + SUBJ_A),
          ("Message-ID", mid_outlook("m044")),
          ("In-Reply-To", MID["m043"]),
          ("References", " ".join([MID["m028"], MID["m039"], MID["m043"]])),
          ("Thread-Topic", "RE: " + SUBJ_A),
          ("Thread-Index", "AQHbyq3Wm0rX1r9yHkK8e1p0Q7b1Ww=="),
          ("X-MS-Has-Attach", "")]
    add("user_reply", False, CASE_A, [NEW], build(hd, alt(new + "\n" + body[len(new):], htm, boundary="_000_" + hx("m044", 24) + "_")),
        "Owner confirms from her phone, but from the company address (Japanese display name); Outlook iOS "
        "quoting of the closing notice.")


def run():
    for f in (m031, m032, m033, m034, m035, m036, m037, m038, m039, m040, m041, m042, m043, m044):
        f()
