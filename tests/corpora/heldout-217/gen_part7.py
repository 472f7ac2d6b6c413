"""Part 7: July 2025 - case C ends; surrounding mail."""
from gen_lib import *  # noqa: F401,F403

# 65 LinkedIn ------------------------------------------------------------------------------------
t = d(2025, 7, 1, 12, 3, 0)
txt = """Mariana, your network is celebrating your new role

Say thanks to the 23 people who congratulated you on starting as Cloud
Engineer at Hakobune Data.

View congratulations: https://www.linkedin.com/comm/feed/update/urn:li:activity:73461

You are receiving LinkedIn notification emails.
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
"""
add(t, lab("unrelated", note="LinkedIn notification"),
    rcv_gmail(t, "mailb-ff.linkedin.com", "108.174.3.205") +
    auth_gmail("linkedin.com", "s-3kq1z0v8@bounce.linkedin.com", "108.174.3.205", sel="d2048-202308-ff", policy="p=REJECT sp=REJECT dis=NONE") + [
        ("From", addr("LinkedIn", "notifications-noreply@linkedin.com")), ("To", addr("Mariana Kobayashi", ME_P)),
        ("Subject", "Mariana, 23 people congratulated you on your new position"),
        ("Message-ID", mid("linkedin", "ltx1-app3712.prod.linkedin.com", "plain"))],
    alt(txt))

# 66 owner forwards the DMARC-failing phish to AWS -------------------------------------------------
t = d(2025, 7, 2, 7, 40, 12)
fw = """Hello,

I received the message below, which claims to come from AWS Training and
Certification but fails authentication and links to a domain that is not
AWS. I did not click the link. Forwarding it for your investigation.

Mariana Kobayashi

---------- Forwarded message ---------
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Date: Mon, Jun 9, 2025 at 4:12 AM
Subject: RE:[CASE 174911872600318] [AWS Training and Certification Form Submission] - account-assistance
To: <mariana.kby.cloud@gmail.com>


Hello,

We are ready to merge your AWS Certification accounts. For your security, the owner of the accounts must verify the request before we proceed.

Account #1
Candidate ID: AWS40021877
Login email: mariana.kby.cloud@gmail.com

Sign in through the secure verification page within 48 hours to confirm the merge:
https://aws-training-accountmerge.com/confirm?case=174911872600318&u=mkby
"""
add(t, lab("user_reply", note="Owner forwards the phishing mail to AWS; forwarded part has a fake case number and candidate ID"),
    [("From", addr(ME_NAME, ME_P)), ("To", "stop-spoofing@amazon.com"),
     ("Subject", "Fwd: RE:[CASE 174911872600318] [AWS Training and Certification Form Submission] - account-assistance"),
     ("Message-ID", mid("fwd-phish", style="gmail")), ("References", mid("phish-dmarc", "kl-hostbox.ru", "plain"))],
    alt(fw))

# 67 Case C resolved in Japanese, no case token in subject --------------------------------------------
t = d(2025, 7, 3, 13, 25, 59)
txt = """小林 様

いつもお世話になっております。AWS トレーニングと認定サポートの佐々木でございます。

大変お待たせいたしました。特典担当チームにて、有効期限を正しく設定した新しい50%割引バウチャーを発行いたしました。
AWS 認定アカウント(AWS11904275)の「特典」ページにてご確認いただけます。以前のバウチャーは無効化しております。

本件はこれにて解決とさせていただきます。
ご不明な点がございましたら、14日以内であればこのメールへのご返信でケースを再開できます。

このたびはご不便をおかけし、誠に申し訳ございませんでした。

佐々木
AWS トレーニングと認定
ケース ID: 175066284113308
"""
add(t, lab("resolved", False, CASE_C, [NEW],
           note="Japanese resolution; subject has no [CASE] token (case ID only in the signature block); reopen offer is conditional"),
    aws_in(t, "C-res2") + [
        ("From", addr("AWS トレーニングと認定", TC_FORM, "iso-2022-jp")), ("To", addr("小林 マリアナ", ME_P, "iso-2022-jp")),
        ("Subject", hdr("割引特典の再発行について", "iso-2022-jp")), ("Message-ID", mid("C-res2")),
        ("In-Reply-To", mid("C-reopen")),
        ("References", " ".join([mid("C-addr"), mid("C-user3", style="gmail"), mid("C-reopen")]))],
    leaf("text/plain", txt, "iso-2022-jp", "7bit"))

# 68 CertMetrics: new benefit ----------------------------------------------------------------------------
t = d(2025, 7, 3, 13, 40, 2)
txt = """Hello Mariana Kobayashi,

A new benefit is available in your AWS Certification Account.

Candidate ID: AWS11904275
Benefit: 50% discount on your next AWS Certification exam
Valid until: May 30, 2026

Sign in to your AWS Certification Account and open Benefits to view
your voucher code.

AWS Certification
This mailbox is not monitored.
"""
add(t, lab("certification", ids=[NEW], note="Automatic benefit notice that follows the case C fix; program mail, not case mail"),
    rcv_gmail(t, "mta-241.certmetrics.com", "192.174.82.241") +
    auth_gmail("certmetrics.com", "bounces@certmetrics.com", "192.174.82.241", sel="cm1", policy="p=NONE sp=NONE dis=NONE") + [
        ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")), ("To", ME_P),
        ("Subject", "A new benefit is available in your AWS Certification Account"),
        ("Message-ID", mid("benefit", "certmetrics.com", "plain"))],
    alt(txt))

# 69 console billing case correspondence -----------------------------------------------------------------
t = d(2025, 7, 4, 9, 18, 22)
txt = """Hello Mariana,

Thank you for contacting AWS Billing Support about the NAT Gateway charges on account 480211937465 in the Asia Pacific (Tokyo) Region.

To submit a billing adjustment request on your behalf, please confirm the following:
1. The NAT Gateway nat-0a4e19c2b7d3f6e21 has been deleted.
2. The usage was unintended (for example, left running after a test).

You can respond via the Support Center link below.

Best regards,
Farah N.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.

To see the complete case or reply, visit:
https://console.aws.amazon.com/support/home#/case/?displayId=17514876320&language=en

Note: This e-mail was sent from an address that cannot accept incoming e-mails.
"""
add(t, lab("unrelated", False, CASE_BILL,
           note="Console BILLING case asking for confirmation - same shape as case D, but not Training and Certification"),
    aws_in(t, "bill-case") + [
        ("From", addr("Amazon Web Services", NOREPLY)), ("To", ME_P),
        ("Subject", "RE:[CASE %s] Unexpected NAT Gateway charges" % CASE_BILL),
        ("Message-ID", mid("bill-case"))],
    alt(txt), crlf=True)

# 70 Case C survey (Japanese) ------------------------------------------------------------------------------
t = d(2025, 7, 5, 10, 0, 11)
html = html_wrap("""<p>小林 マリアナ 様</p>
<p>先日は AWS トレーニングと認定サポートをご利用いただき、ありがとうございました。</p>
<p>ケース 175066284113308 の対応について、満足度アンケートへのご協力をお願いいたします。所要時間は約2分です。</p>
<table><tr>
<td style="padding:6px 14px;background:#1d8102"><a style="color:#fff" href="https://amazonexteu.qualtrics.com/jfe/form/SV_tc_ja?r=5&case=175066284113308">とても満足</a></td>
<td style="padding:6px 14px;background:#8c9a9a"><a style="color:#fff" href="https://amazonexteu.qualtrics.com/jfe/form/SV_tc_ja?r=3&case=175066284113308">ふつう</a></td>
<td style="padding:6px 14px;background:#d13212"><a style="color:#fff" href="https://amazonexteu.qualtrics.com/jfe/form/SV_tc_ja?r=1&case=175066284113308">不満</a></td></tr></table>
<p>今後のサービス向上のため、ぜひご意見をお聞かせください。</p>
<p>AWS トレーニングと認定</p>""", "ja")
add(t, lab("survey", False, CASE_C, note="Japanese satisfaction survey, HTML only, keigo 'お願いいたします'"),
    aws_in(t, "C-survey") + [
        ("From", addr("AWS Training and Certification", TC_FORM)), ("To", ME_P),
        ("Subject", hdr("【アンケートのお願い】AWS トレーニングと認定サポートのご利用について")),
        ("Message-ID", mid("C-survey"))],
    leaf("text/html", html, "utf-8", "base64"))

# 71 Udemy promo --------------------------------------------------------------------------------------------
t = d(2025, 7, 6, 20, 15, 0)
txt = """Mariana, your next certification is one course away

Courses picked for you:
- Ultimate AWS Certified SysOps Administrator Associate
- AWS Certified Developer - Associate: hands-on labs

Sale ends tonight. Prices from JPY 1,300.

Udemy, Inc. | 600 Harrison Street, San Francisco, CA
"""
add(t, lab("unrelated", note="Training marketplace promo mentioning AWS certifications"),
    rcv_gmail(t, "o3.email.udemymail.com", "167.89.54.31") +
    auth_gmail("udemymail.com", "bounces+1133@email.udemymail.com", "167.89.54.31", sel="s1", policy="p=NONE sp=NONE dis=NONE") + [
        ("From", addr("Udemy", "no-reply@e.udemymail.com")), ("To", ME_P),
        ("Subject", "Mariana, your next certification is one course away"),
        ("Message-ID", mid("udemy", "e.udemymail.com", "plain"))],
    alt(txt))

# 72 Japanese phishing (Shift_JIS) -----------------------------------------------------------------------
t = d(2025, 7, 7, 6, 51, 27)
txt = """AWS認定をご利用のお客様

いつもAWS トレーニングと認定をご利用いただきありがとうございます。

お客様のAWS認定アカウントの統合処理において、本人確認が完了しておりません。
7月9日までに以下のページからログインし、本人確認を行ってください。
期限までに確認が取れない場合、保有している認定資格が無効となります。

https://aws-certification-jp.com/login?id=7731

※本メールは送信専用です。

AWS トレーニングと認定 サポートチーム
"""
add(t, lab("suspicious", note="Japanese phishing in Shift_JIS from a lookalike domain, about the merge; DMARC none, SPF fail"),
    rcv_gmail(t, "smtp1.aws-certification-jp.com", "103.151.44.87") +
    auth_gmail("aws-certification-jp.com", "info@sakura-mailer.biz", "103.151.44.87", dkim="none", spf="fail", dmarc="none") + [
        ("From", addr("AWS トレーニングと認定", "support@aws-certification-jp.com", "shift_jis")), ("To", ME_P),
        ("Subject", hdr("【重要】AWS認定アカウント統合の本人確認のお願い", "shift_jis")),
        ("Message-ID", mid("phish-jp", "aws-certification-jp.com", "plain"))],
    leaf("text/plain", txt, "shift_jis", "8bit"))

# 73 Google Cloud certification renewal --------------------------------------------------------------------
t = d(2025, 7, 8, 3, 0, 9)
txt = """Hi Mariana,

Your Google Cloud Professional Cloud Architect certification expires on
September 14, 2025. Renew now to keep your credential and badge active.

Renew: https://cloud.google.com/learn/certification/renew

Google Cloud Certification
"""
add(t, lab("unrelated", note="Another vendor's certification expiry (not AWS)"),
    rcv_gmail(t, "mail-sor-f69.google.com", "209.85.220.69") +
    auth_gmail("google.com", "3cert-noreply@google.com", "209.85.220.69", sel="20230601", policy="p=REJECT sp=REJECT dis=NONE") + [
        ("From", addr("Google Cloud Certification", "cloud-certification-noreply@google.com")), ("To", ME_P),
        ("Subject", "Your Google Cloud certification expires soon"),
        ("Message-ID", mid("gcp-cert", "google.com", "plain"))],
    alt(txt))

# 74 Credly: badge expiring -----------------------------------------------------------------------------
t = d(2025, 7, 9, 23, 5, 40)
txt = """Hi Mariana,

Your badge "AWS Certified Cloud Practitioner" issued by Amazon Web Services
Training and Certification expires on October 8, 2025.

Check with the issuer on how to renew it. Expired badges remain on your
profile marked as expired.

View badge: https://www.credly.com/badges/7a9b3d40-55c2-4e0f-a1b8-9e6d2f0c4c11

Credly
"""
add(t, lab("badge", note="Credly expiry reminder"),
    rcv_gmail(t, "o1.email.credly.com", "167.89.101.186") +
    auth_gmail("credly.com", "bounces+2201339-77c0-mariana.kby.cloud=gmail.com@email.credly.com", "167.89.101.186", sel="s1",
               policy="p=REJECT sp=REJECT dis=NONE") + [
        ("From", addr("Credly", "admin@credly.com")), ("To", ME_P),
        ("Subject", "Your badge is expiring soon"),
        ("Message-ID", mid("credly-exp", "geopod-ismtpd-5", "plain"))],
    alt(txt))

# 75 CertMetrics CLF expiry (personal, Japanese) ----------------------------------------------------------
t = d(2025, 7, 10, 2, 12, 0)
txt = """Mariana Kobayashi 様

AWS Certified Cloud Practitioner の有効期限が近づいています。

候補 ID: AWS11904275
有効期限: 2025年10月8日

認定を継続するには、有効期限までに最新バージョンの試験、または上位の認定試験に合格してください。
保有している割引特典は「特典」ページからご確認いただけます。

AWS 認定
"""
add(t, lab("certification", ids=[NEW], note="Japanese CertMetrics expiry notice on the merged account"),
    rcv_gmail(t, "mta-241.certmetrics.com", "192.174.82.241") +
    auth_gmail("certmetrics.com", "bounces@certmetrics.com", "192.174.82.241", sel="cm1", policy="p=NONE sp=NONE dis=NONE") + [
        ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")), ("To", ME_P),
        ("Subject", hdr("AWS 認定の有効期限が近づいています")),
        ("Message-ID", mid("clf-exp", "certmetrics.com", "plain"))],
    alt(txt, cte="base64"))

# 76 mailing list digest quoting someone else's case ---------------------------------------------------------
t = d(2025, 7, 11, 8, 0, 3)
txt = """jawsug-osaka@googlegroups.com - 3 updates in 1 topic

Topic: 認定アカウント統合、返信しないと閉じられる?

  nakamura.t <nakamura.t@example.ne.jp>: Jul 10 09:12PM +0900

    サポートから下のようなメールが来ました。返信すればいいんでしょうか。

    > RE:[CASE 175203311900417] [AWS Training and Certification Form Submission]
    > Please confirm which account you would like to keep:
    > Account #1 ... Account #2 ...
    > If we don't hear from you within 72 hours, this case will be closed.

  ebihara <k.ebihara@example.jp>: Jul 10 10:03PM +0900

    件名の [CASE ...] を残したまま返信すれば大丈夫です。私は
    「Confirmed. Please merge into Account #1」とだけ返しました。

  nakamura.t <nakamura.t@example.ne.jp>: Jul 10 10:40PM +0900

    ありがとうございます!返信したら30分で統合されました。

You received this digest because you're subscribed to updates for this group.
To unsubscribe, visit https://groups.google.com/d/forum/jawsug-osaka/unsubscribe
"""
add(t, lab("unrelated", note="Mailing-list digest quoting another person's T&C case, closing warning and confirmation"),
    rcv_gmail(t, "mail-sor-f70.google.com", "209.85.220.70") +
    auth_gmail("googlegroups.com", "jawsug-osaka+bncBD@googlegroups.com", "209.85.220.70", sel="20230601", policy="p=NONE sp=NONE dis=NONE") + [
        ("From", addr("jawsug-osaka@googlegroups.com", "jawsug-osaka@googlegroups.com")), ("To", addr("Digest recipients", "jawsug-osaka@googlegroups.com")),
        ("Subject", hdr("[jawsug-osaka] Digest for jawsug-osaka@googlegroups.com - 3 updates in 1 topic")),
        ("Message-ID", mid("digest", "google.com", "plain")), ("List-ID", "<jawsug-osaka.googlegroups.com>"),
        ("Precedence", "list")],
    leaf("text/plain", txt, "utf-8", "quoted-printable"))

# 77 mobile carrier bill -----------------------------------------------------------------------------------
t = d(2025, 7, 12, 10, 30, 0)
txt = """小林 マリアナ 様

2025年6月分のご利用料金が確定しました。

ご請求金額: 3,278円(税込)
お支払い予定日: 2025年7月28日

詳細はMy Menuからご確認ください。
https://mymenu.sorami-mobile.jp/bill

そらみモバイル
"""
add(t, lab("unrelated", note="Japanese mobile carrier bill"),
    rcv_gmail(t, "mx.sorami-mobile.jp", "210.150.31.4") +
    auth_gmail("sorami-mobile.jp", "info@sorami-mobile.jp", "210.150.31.4", sel="sm1", policy="p=NONE sp=NONE dis=NONE") + [
        ("From", addr("そらみモバイル", "info@sorami-mobile.jp", "iso-2022-jp")), ("To", ME_P),
        ("Subject", hdr("【そらみモバイル】6月分ご利用料金のお知らせ", "iso-2022-jp")),
        ("Message-ID", mid("mobile", "sorami-mobile.jp", "plain"))],
    leaf("text/plain", txt, "iso-2022-jp", "7bit"))

# 78 Skill Builder newsletter ---------------------------------------------------------------------------
t = d(2025, 7, 14, 1, 0, 0)
txt = """What's new on AWS Skill Builder - July

- New exam prep plan: AWS Certified AI Practitioner
- Jam Journey: Security Incident Response
- Your subscription includes official practice exams for 12 certifications

Questions about your subscription? Contact us through the Skill Builder help page.

Manage email preferences: https://skillbuilder.aws/preferences
"""
add(t, lab("unrelated", note="Skill Builder newsletter from aws.training"),
    aws_in(t, "sb-news", dom="aws.training") + [
        ("From", addr("AWS Skill Builder", "no-reply@aws.training")), ("To", ME_P),
        ("Subject", "What's new on AWS Skill Builder - July"),
        ("Message-ID", mid("sb-news")), ("List-Unsubscribe", "<https://skillbuilder.aws/preferences>")],
    alt(txt))

# 79 re:Invent marketing --------------------------------------------------------------------------------
t = d(2025, 7, 15, 0, 30, 0)
html = html_wrap("""<div style="max-width:620px;margin:auto"><h1 style="font-size:24px">Registration for AWS re:Invent 2025 is open</h1>
<p>Hi Mariana,</p><p>Join us in Las Vegas, December 1-5. AWS Certified? Register with your certification email to unlock
the Certified Lounge and a 50% discount on an on-site certification exam.</p>
<p><a href="https://reinvent.awsevents.com/register/?trk=em_0715">Register now</a></p>
<p style="font-size:11px;color:#777">Amazon Web Services, Inc. | 410 Terry Avenue North, Seattle, WA 98109<br>
<a href="https://pages.awscloud.com/unsub">Unsubscribe</a></p></div>""")
add(t, lab("unrelated", note="AWS marketing; mentions certification benefits"),
    aws_in(t, "reinvent", ip="54.240.27.21", host="a27-21.smtp-out.us-west-2.amazonses.com") + [
        ("From", addr("AWS re:Invent", "aws-marketing-email-replies@amazon.com")), ("To", ME_P),
        ("Subject", "Registration for AWS re:Invent 2025 is open"),
        ("Message-ID", mid("reinvent")), ("List-Unsubscribe", "<https://pages.awscloud.com/unsub?x=Rv25>")],
    multi("alternative", [leaf("text/plain", "Registration for AWS re:Invent 2025 is open.\nhttps://reinvent.awsevents.com/register/\n", "utf-8", "7bit"),
                          leaf("text/html", html, "utf-8", "quoted-printable")]))
