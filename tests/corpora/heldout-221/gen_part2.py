"""Messages, early-to-mid May 2025: case B reopened, preparations, case A filed twice."""
from gen_common import *  # noqa: F401,F403

RESOLVED_B = f"""Hello Mariko,

Good news: Certification Operations has corrected your name. Your certification account ({OLD}) and all four of your certificates now read "Mariko Lindqvist". The refreshed PDFs can be downloaded from the Certifications page whenever you like; verification links keep working.

No further action is required on your side, and I have set this case to resolved. If you notice the old spelling somewhere else, just reply here and the case will reopen.

Best regards,
Haruto
AWS Training and Certification Customer Support
"""

REOPEN_TEXT = """Hi Haruto,

Thank you, the certificates look right now. My Credly badges, though, are still issued to "Mariko Lindquist" (see https://www.credly.com/users/mariko-lindquist/badges). Can this be fixed on your side, or is it something I should change in Credly myself?

Best regards,
Mariko
"""


def m017():
    d = dt("2025-05-02 10:44:19", JST)
    body = REOPEN_TEXT + f"""
--
Mariko Lindqvist
Hakata CloudWorks K.K. | Solutions Division

From: Amazon Web Services <{TC_FORM}>
Sent: Friday, April 25, 2025 11:26 AM
To: {ME_NAME_JA} <{ME_C}>
Subject: RE:{SUBJ_B}

{RESOLVED_B}"""
    hd = [("Date", date(d)),
          ("From", addr(ME_NAME_JA, ME_C)),
          ("To", addr("Amazon Web Services", TC_FORM)),
          ("Subject", "RE: RE:" + SUBJ_B),
          ("Message-ID", mid_outlook("m017")),
          ("In-Reply-To", MID["m012"]),
          ("References", " ".join([MID["m004"], MID["m006"], MID["m007"], MID["m012"]])),
          ("Thread-Topic", "RE:" + SUBJ_B),
          ("Thread-Index", "AQHbsA1kP3y8W0d9dUKq2yGk9E1qMbNDa8Bw"),
          ("Content-Language", "en-US")]
    htm = ('<html><body><div style="font-family:Aptos,Calibri,sans-serif;font-size:12pt">' + text_to_html(REOPEN_TEXT)
           + '<br>--<br>Mariko Lindqvist<br>Hakata CloudWorks K.K. | Solutions Division</div>'
           + '<hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg"><b>From:</b> Amazon Web Services &lt;'
           + TC_FORM + '&gt;<br><b>Sent:</b> Friday, April 25, 2025 11:26 AM<br><b>To:</b> ' + esc(ME_NAME_JA)
           + ' &lt;' + ME_C + '&gt;<br><b>Subject:</b> RE:' + esc(SUBJ_B) + '</div><div>' + text_to_html(RESOLVED_B)
           + '</div></body></html>\n')
    add("user_reply", False, CASE_B, [], build(hd, alt(body, htm, boundary="_000_" + hx("m017", 24) + "_")),
        "Owner reopens case B from Outlook (header-block quoting, no '>'); her question mark is hers, "
        "and the quoted resolution carries the old candidate ID.")


def m018():
    d = dt("2025-05-02 17:05:00", JST)
    body = """リンドクヴィスト 真理子 さん
(English below)

退職日が 2025年5月30日(金)と確定しましたので、以下のとおりアカウントを停止します。

- メールアカウント停止: 5月30日(金)18:00
- Microsoft 365 / VPN / Partner Central 等の SSO: 同日 18:00

個人アドレスへの転送設定(最長 30 日)を希望する場合は、5月23日(金)までにこのメールへ返信し、転送先アドレスをお知らせください。
業務データの持ち出しはできませんのでご注意ください。

---
Your last working day is confirmed as Friday, 30 May 2025. Your mailbox and all SSO access will be disabled at 18:00 JST that day. If you want mail forwarded to a private address for up to 30 days, reply to this message with the address by Friday, 23 May.

情報システム部 ヘルプデスク
it-helpdesk@hakata-cloudworks.co.jp / 内線 2100
"""
    hd = [("Authentication-Results", "spf=pass (sender IP is 40.107.74.51) smtp.mailfrom=hakata-cloudworks.co.jp; dkim=pass (signature was verified) header.d=hakata-cloudworks.co.jp;dmarc=pass action=none header.from=hakata-cloudworks.co.jp;compauth=pass reason=100"),
          ("Date", date(d)),
          ("From", addr("情報システム部 ヘルプデスク", "it-helpdesk@hakata-cloudworks.co.jp")),
          ("To", ME_C),
          ("Subject", h("【情報システム部】退職に伴うアカウント停止のご案内 / Account deactivation notice")),
          ("Message-ID", mid_outlook("m018")),
          ("Content-Language", "ja-JP")]
    add("unrelated", False, None, [], build(hd, leaf(body)),
        "Company IT: mailbox closes 30 May; 'reply with the address by 23 May' is a real deadline, "
        "but not from support.")


def m019():
    d = dt("2025-05-03 09:12:33", JST)
    body = f"""ヘルプデスク ご担当者様

ご案内ありがとうございます。
転送設定を希望します。

転送先: {ME_P}
期間: 停止日から 30 日間

AWS 認定のサポートとのやり取りがこちらのアドレスに届く可能性があるため、
お手数ですが設定をお願いいたします。

リンドクヴィスト
"""
    hd = [("Date", date(d)),
          ("From", addr(ME_NAME_JA, ME_C, "iso-2022-jp")),
          ("To", addr("情報システム部 ヘルプデスク", "it-helpdesk@hakata-cloudworks.co.jp", "iso-2022-jp")),
          ("Subject", h("RE: 【情報システム部】退職に伴うアカウント停止のご案内 / Account deactivation notice", "iso-2022-jp")),
          ("Message-ID", mid_outlook("m019")),
          ("In-Reply-To", MID["m018"]),
          ("References", MID["m018"]),
          ("Content-Language", "ja-JP")]
    add("user_reply", False, None, [], build(hd, leaf(body, "iso-2022-jp", "7bit")),
        "Owner's own reply to IT (ISO-2022-JP), mentions AWS certification support but belongs to no case.")


def m020():
    d = dt("2025-05-06 01:58:12")
    body = f"""Hi Mariko,

Thanks for letting me know, and sorry the badges slipped through. I have reopened case {CASE_B}.

Here is what happened: Credly copies the name from your certification record at the moment a badge is issued, so the badges you already had kept the old spelling. I've asked the team to revoke those badges and issue them again under the corrected name. You don't need to change anything in Credly. Once it's done, Credly will send you a separate e-mail for each new badge.

I'll follow up here when the team confirms.

Haruto
AWS Training and Certification Customer Support
"""
    hd = ms_auth("amazon.com", mailfrom_dom="amazonses.com", ip="54.240.48.101") + [
        ("Date", date(d)),
        ("From", addr("Amazon Web Services", TC_FORM)),
        ("To", ME_C),
        ("Subject", "RE:" + SUBJ_B),
        ("Message-ID", mid_ses("m020")),
        ("In-Reply-To", MID["m017"]),
        ("References", " ".join([MID["m004"], MID["m012"], MID["m017"]])),
    ]
    add("case_update", False, CASE_B, [], build(hd, leaf(body, cte="7bit")),
        "Case reopened and passed on; explicitly 'you don't need to change anything'; 'I'll follow up'.")


def m021():
    d = dt("2025-05-07 15:21:48")
    text = """Dear Mariko Lindqvist,

This confirms that the following details in your Pearson VUE profile were changed on May 7, 2025:

  - Legal name (last name)
  - Email address

Pearson VUE candidate ID: 1022584317
Testing program: AWS Certification

The name in your profile must exactly match the government-issued ID you present at the test center. If you did not make this change, please contact Pearson VUE customer service immediately.

Sincerely,
Pearson VUE
"""
    hd = gmail_auth("pearson.com", mailfrom="pvbounce@pearson.com", ip="148.163.150.77", sel="pps1") + [
        ("Date", date(d)),
        ("From", "Pearson VUE <pearsonvuecustomerservice@pearson.com>"),
        ("To", ME_P),
        ("Subject", "Your Pearson VUE profile has been updated"),
        ("Message-ID", mid_generic("m021", "pearson.com")),
    ]
    add("unrelated", False, None, [], build(hd, leaf(text, cte="quoted-printable")),
        "Exam vendor profile change; a 10-digit 'candidate ID' that is neither a case number nor an AWS ID; "
        "conditional 'if you did not make this change'.")


def m022():
    d = dt("2025-05-08 04:40:27")
    body = f"""Hi Mariko,

Done: your four AWS badges have been revoked and re-issued under "Mariko Lindqvist". Credly is sending the invitations now; accept them and the old ones will disappear from your public profile.

I'm setting the case back to resolved. Thanks for your patience with this one!

Haruto
AWS Training and Certification Customer Support

-----Original Message-----
From: {ME_NAME_JA} <{ME_C}>
Sent: Friday, May 2, 2025 1:44 AM
To: Amazon Web Services <{TC_FORM}>
Subject: RE: RE:{SUBJ_B}

{REOPEN_TEXT}"""
    hd = ms_auth("amazon.com", mailfrom_dom="amazonses.com", ip="54.240.48.101") + [
        ("Date", date(d)),
        ("From", addr("Amazon Web Services", TC_FORM)),
        ("To", ME_C),
        ("Subject", "RE:" + SUBJ_B),
        ("Message-ID", mid_ses("m022")),
        ("In-Reply-To", MID["m017"]),
        ("References", " ".join([MID["m004"], MID["m012"], MID["m017"], MID["m020"]])),
    ]
    add("resolved", False, CASE_B, [], build(hd, leaf(body, cte="quoted-printable"), crlf=True),
        "Short 'Done' resolution, CRLF; an imperative ('accept them') about Credly, and the quoted "
        "history ends in the owner's own question.")


def m023():
    d = dt("2025-05-08 04:52:10")
    htm = """<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" cellpadding="20"><tr><td>
<img src="https://images.credly.com/size/110x110/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" alt="AWS Certified Solutions Architect - Associate" width="110">
<h2>Congratulations, Mariko!</h2>
<p><b>Amazon Web Services Training and Certification</b> has issued you a badge: <b>AWS Certified Solutions Architect &ndash; Associate</b>.</p>
<p>Accept your badge to add it to your Credly profile and share it with your network.</p>
<p><a href="https://www.credly.com/earner/earned/badge/5b0f7c1e-93ad-4a4e-b2d6-1c7e0a6f9d21" style="background:#0a7ea4;color:#fff;padding:10px 24px;text-decoration:none">Accept badge</a></p>
<p style="font-size:11px;color:#888">You received this because a badge was issued to mariko.lindqvist.jp@gmail.com. Credly, Inc.</p>
</td></tr></table></td></tr></table></body></html>
"""
    hd = gmail_auth("credly.com", mailfrom="bounces@credly.com", ip="167.89.31.102", sel="s1") + [
        ("Date", date(d)),
        ("From", "Credly <admin@credly.com>"),
        ("To", ME_P),
        ("Subject", "Amazon Web Services Training and Certification has issued you a badge"),
        ("Message-ID", mid_generic("m023", "credly.com")),
    ]
    add("badge", False, None, [], build(hd, leaf(htm, subtype="html")),
        "Real Credly issuance right after the case B resolution (issuer name contains 'Training and "
        "Certification'; badge UUID in the link).")


def m024():
    d = dt("2025-05-09 16:30:00", JST)
    text = f"""Hi Mariko,

Welcome aboard! We're excited to have you join the Nordlys Data platform team.

To get everything ready for your first day, we need a few things from you:

1. Please reply to confirm your start date of Monday, June 2.
2. Fill in the bank account form in the onboarding portal by May 20.
3. Let us know which laptop you prefer (MacBook Pro 14" or ThinkPad X1).

Your work e-mail will be mariko.lindqvist@nordlysdata.jp. We'll also ask you to link your AWS certifications to our partner profile after you join; Jonas will explain.

Best,
Emma Sjöberg
People Operations, Nordlys Data K.K.
"""
    hd = gmail_auth("nordlysdata.jp", mailfrom="emma.sjoberg@nordlysdata.jp", ip="209.85.220.41", sel="google") + [
        ("Date", date(d)),
        ("From", addr("Emma Sjöberg", "emma.sjoberg@nordlysdata.jp")),
        ("To", ME_P),
        ("Cc", "Jonas Berg <jonas.berg@nordlysdata.jp>"),
        ("Subject", "Onboarding: a few things before June 2"),
        ("Message-ID", mid_gmail("m024")),
    ]
    add("unrelated", False, None, [], build(hd, leaf(text)),
        "New employer's HR asks for several replies ('we need a few things from you'), mentions AWS "
        "certifications; not support.")


def m025():
    d = dt("2025-05-10 08:03:41")
    text = """Yuki Tanabe sent you a new message

"Hi Mariko, I noticed you hold three AWS Associate certifications. We are hiring a Cloud Architect in Fukuoka (remote-friendly). Could you let me know if you'd be open to a quick call next week?"

View message: https://www.linkedin.com/messaging/thread/2-YjQ4NzE2ZmQtM2E/

This email was intended for Mariko Lindqvist (Cloud Engineer at Hakata CloudWorks).
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
"""
    hd = gmail_auth("linkedin.com", mailfrom="s-2fq1xkm@bounce.linkedin.com", ip="108.174.3.199", sel="d2048-2") + [
        ("Date", date(d)),
        ("From", "Yuki Tanabe via LinkedIn <messages-noreply@linkedin.com>"),
        ("To", addr(ME_NAME, ME_P)),
        ("Subject", "Yuki sent you a message"),
        ("Message-ID", mid_generic("m025", "linkedin.com")),
    ]
    add("unrelated", False, None, [], build(hd, leaf(text, cte="base64")),
        "Recruiter message with 'could you let me know' and AWS certifications; not support.")


def m026():
    d = dt("2025-05-11 05:46:02")
    text = """Verify your AWS Builder ID email address

Hello,

To finish creating your AWS Builder ID, enter this verification code:

    518930

The code expires in 10 minutes. If you did not try to create an AWS Builder ID, you can ignore this message.

Amazon Web Services, Inc.
"""
    htm = ("<html><body><h3>Verify your AWS Builder ID email address</h3><p>Hello,</p><p>To finish creating your AWS Builder ID, "
           "enter this verification code:</p><p style=\"font-size:28px;letter-spacing:4px\"><b>518930</b></p><p>The code expires in "
           "10 minutes. If you did not try to create an AWS Builder ID, you can ignore this message.</p></body></html>\n")
    hd = gmail_auth("signin.aws", mailfrom="bounce@signin.aws", ip="54.240.8.71", sel="224i4yxa5dv7c2xz3womw6peuasteono") + [
        ("Date", date(d)),
        ("From", "AWS <no-reply@signin.aws>"),
        ("To", ME_P),
        ("Subject", "Verify your AWS Builder ID email address"),
        ("Message-ID", mid_ses("m026", "us-east-1")),
    ]
    add("unrelated", False, None, [], build(hd, alt(text, htm)),
        "Builder ID one-time code (6 digits), a step of the merge preparation but not case mail.")


def m027():
    d = dt("2025-05-11 16:31:19", JST)
    text = f"""Notes before filing the merge (company mail goes away on 5/30)

Accounts
- Company, linked to APN (Hakata CloudWorks): {OLD}
  login {ME_C}
- Duplicate made by Partner Central SSO in 2023: {SSO}
  same company address
- New personal one (Builder ID created today): {NEW}
  login {ME_P}

Exam history on {OLD}
- SAA-C03 passed 2022-07-02
- DVA-C02 passed 2023-11-20
- SOA-C02 passed 2025-01-15
- CLF-C02 passed 2023-03-09

Benefits
- 50% discount on next exam (from SOA-C02), valid to 2026-01-15
- SME program invitation

TODO: downloaded all 4 certificate PDFs -> Drive/Certs. File the form in English, keep the gmail address.
"""
    hd = [("Date", date(d)),
          ("From", addr(ME_NAME, ME_P)),
          ("To", addr(ME_NAME, ME_P)),
          ("Subject", "cert account notes (before merge)"),
          ("Message-ID", mid_gmail("m027"))]
    add("user_reply", False, None, [OLD, SSO, NEW], build(hd, leaf(text)),
        "Note to self with all three candidate IDs, exam history and benefits; no case yet.")


def m028():
    d = dt("2025-05-12 06:38:05")
    text = f"""Hello,

Thanks for getting in touch with AWS Training and Certification. Your request has been logged as case {CASE_A}.

What happens next
- An associate will review the request and write back to this address, usually within one business day. Some requests need more research and take longer.
- Please keep everything about this request in this thread. Submitting the form again for the same request sends it to the back of the queue.

Summary of your submission
Inquiry type: Certification
Additional detail: Account Merge
Contact email: {ME_P}
Candidate ID: {NEW}
How can we help you?
I am leaving Hakata CloudWorks at the end of May and would like all my certification accounts merged into my personal one.
Accounts I have used:
 - {ME_C} ({OLD}, linked to our APN partner account)
 - {ME_C} ({SSO}, created by mistake through Partner Central SSO)
 - {ME_P} ({NEW})
Please keep {ME_P}.

Kind regards,
AWS Training and Certification
"""
    htm = ("<html><body style=\"font-family:Arial,sans-serif;font-size:13px\">" + text_to_html(text) + "</body></html>\n")
    hd = gmail_auth("amazon.com", mailfrom="010f0196c36f5a1b@amazonses.com", ip="54.240.27.18") + [
        ("Date", date(d)),
        ("From", addr("Amazon Web Services", TC_FORM)),
        ("To", ME_P),
        ("Subject", SUBJ_A),
        ("Message-ID", mid_ses("m028")),
    ]
    add("acknowledgement", False, CASE_A, [NEW, OLD, SSO], build(hd, alt(text, htm)),
        "Acknowledgement of the merge case (15-digit ID) echoing the form: the user's own 'Please keep…' "
        "and three candidate IDs appear in support's mail; nothing is asked.")


def m029():
    d = dt("2025-05-12 06:57:31")
    text = f"""リンドクヴィスト 真理子 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
ケース {CASE_A2} としてお問い合わせを受け付けました。

担当者が内容を確認のうえ、1 営業日以内を目安にご連絡いたします。
同じご依頼で既にケースをお持ちの場合は、新しいケースを作成せず、既存のケースのメールにご返信ください。
このメールへの返信は不要です。

■ お問い合わせ内容
お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: 認定
その他の詳細: アカウントの統合
本文: 退職のため、会社のアカウント({OLD})を個人のアカウント({NEW})へ統合してください。
残すメールアドレス: {ME_P}

AWS トレーニングと認定
"""
    htm = ('<html><head><meta charset="utf-8"></head><body style="font-family:\'Meiryo\',sans-serif">'
           + text_to_html(text) + "</body></html>\n")
    hd = gmail_auth("amazon.com", mailfrom="010f0196c3814c22@amazonses.com", ip="54.240.27.21") + [
        ("Date", date(d)),
        ("From", addr("AWS トレーニングと認定", TC_FORM)),
        ("To", ME_P),
        ("Subject", SUBJ_A2),
        ("Message-ID", mid_ses("m029")),
    ]
    add("acknowledgement", False, CASE_A2, [OLD, NEW], build(hd, leaf(htm, subtype="html", cte="base64")),
        "Second acknowledgement (duplicate case, filed via the Japanese form 19 minutes later), HTML-only "
        "base64; the echoed body is an imperative from the user (統合してください); 'no reply needed'.")


def m030():
    d = dt("2025-05-13 02:14:50")
    text = """Hello,

Thank you for your request to increase "Running On-Demand G and VT instances" in Asia Pacific (Tokyo) to 64 vCPUs.

Before we can pass this to the service team, could you describe the workload in a bit more detail: the instance types you plan to use, expected hours per month, and whether the capacity is for production or testing?

Best regards,

Priyanka S.
Amazon Web Services

To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId=17478814420&language=en

(If you are connecting by federation, log in before following the link.)

*Note: mail sent to this address is not delivered to our team. To respond, use the link above.
"""
    hd = ms_auth("amazon.com", mailfrom_dom="amazonses.com", ip="54.240.48.7") + [
        ("Date", date(d)),
        ("From", "Amazon Web Services <no-reply-aws@amazon.com>"),
        ("To", ME_C),
        ("Subject", "RE:[CASE 17478814420] Limit Increase: EC2 Instances"),
        ("Message-ID", mid_ses("m030", "us-east-1")),
    ]
    add("unrelated", False, None, [], build(hd, leaf(text, cte="quoted-printable")),
        "Real AWS Support Center case from the console address asking questions, but about an EC2 quota "
        "for the employer: not a Training and Certification case, so no reply is owed here.")


def run():
    for f in (m017, m018, m019, m020, m021, m022, m023, m024, m025, m026, m027, m028, m029, m030):
        f()
