"""Messages: Dec 2024 - early Jan 2025 (certification mail, then case M opens and goes on hold)."""
from datetime import timedelta
from gen_part1 import *  # noqa: F401,F403

M_SUBJ = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_M
IDS = {}

# 12 Certmetrics: new benefit ---------------------------------------------
d = dt(2024, 12, 10, 3, 12, 0, UTC)
add("certification", False, None, [], build([
    received("TYCPR01MB8842.jpnprd01.prod.outlook.com", "mta-201.certmetrics.com", "198.51.100.201", d),
    auth_m365("certmetrics.com", ip="198.51.100.201"),
    ("From", addr("AWS Certification", CERTM)), ("To", CO),
    ("Subject", "A new benefit is available in your AWS Certification Account"),
    ("Date", date_h(d)), ("Message-ID", "<%s@certmetrics.com>" % hexid(24, "ben1"))],
    text("""Hello Aoi Kurosawa,

A new benefit has been added to your AWS Certification Account:

    50% discount on your next AWS Certification exam

Sign in to your AWS Certification Account and open Benefits to view the code and its expiration date.
Benefits cannot be transferred to another person.

AWS Training and Certification
""", cte="7bit", charset="us-ascii"), eol="\r\n"),
    "CertMetrics: discount voucher benefit added", "follows case V's fix but is program mail, not case mail", d)

# 13 Skill Builder receipt ----------------------------------------------------
d = dt(2024, 12, 12, 9, 41, 18, UTC)
add("unrelated", False, None, [], build([
    received("mx2.messagingengine.com", "a11-5.smtp-out.amazonses.com", "54.240.11.5", d),
    auth_fastmail("aws.training", mailfrom="010001@amazonses.com"),
    ("From", addr("AWS Skill Builder", "no-reply@aws.training")), ("To", ME),
    ("Subject", "Your AWS Skill Builder receipt (Order SB-7730-2291-04)"),
    ("Date", date_h(d)), ("Message-ID", ses_msgid(d, "sbr"))],
    multi("alternative",
          text("""Thank you for your purchase.

Order: SB-7730-2291-04
Item: AWS Skill Builder Individual subscription (monthly)
Amount: USD 29.00
Billing period: Dec 12, 2024 - Jan 11, 2025

Manage your subscription at https://skillbuilder.aws/subscriptions
No reply is needed to this message.
""", cte="7bit", charset="us-ascii"),
          text("<html><body><p>Thank you for your purchase.</p><table><tr><td>Order</td><td>SB-7730-2291-04</td></tr>"
               "<tr><td>Item</td><td>AWS Skill Builder Individual subscription (monthly)</td></tr>"
               "<tr><td>Amount</td><td>USD 29.00</td></tr></table></body></html>", subtype="html"))),
    "Skill Builder subscription receipt", "AWS training-platform sender, not certification and not a case", d)

# 14 Exam result (candidate ID in text) ----------------------------------------
d = dt(2024, 12, 16, 4, 5, 31, UTC)
res = """Dear Aoi Kurosawa,

Congratulations! You have successfully completed the AWS Certified Security - Specialty exam and you are
now AWS Certified.

Candidate ID: %s
Validation number: 7QZK2M8B1E4F9W3P
Achieved: December 15, 2024
Expires: December 15, 2027

Your digital badge will be issued by Credly within a few days. You can download your certificate from
the AWS Certification Account at any time.

AWS Training and Certification
""" % CID_CO
add("certification", False, None, [CID_CO], build([
    received("TYCPR01MB8842.jpnprd01.prod.outlook.com", "mta-203.certmetrics.com", "198.51.100.203", d),
    auth_m365("certmetrics.com", ip="198.51.100.203"),
    ("From", addr("AWS Certification", CERTM)), ("To", CO),
    ("Subject", "Congratulations! You are now AWS Certified"),
    ("Date", date_h(d)), ("Message-ID", "<%s@certmetrics.com>" % hexid(24, "pass1"))],
    multi("alternative", text(res),
          text("<html><body><h1 style='color:#232f3e'>You are now AWS Certified</h1><p>" +
               res.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>", subtype="html")), eol="\r\n"),
    "Exam result: Security - Specialty passed", "candidate ID and validation number in a non-case mail", d)

# 15 Credly badge ------------------------------------------------------------
d = dt(2024, 12, 16, 21, 33, 2, UTC)
add("badge", False, None, [], build([
    received("TYCPR01MB8842.jpnprd01.prod.outlook.com", "o1.ptr8841.credly.com", "167.89.101.44", d),
    auth_m365("credly.com", ip="167.89.101.44"),
    ("From", addr("Credly", CREDLY)), ("To", CO),
    ("Subject", "Amazon Web Services Training and Certification sent you a new badge"),
    ("Date", date_h(d)), ("Message-ID", "<%s@geopod-ismtpd-3>" % hexid(22, "badge1"))],
    multi("alternative",
          text("""Aoi, you've earned a badge!

Amazon Web Services Training and Certification has issued you the AWS Certified Security - Specialty badge.

Accept your badge: https://www.credly.com/badges/3f1c9a7e-51d2-4c0b-9e55-0d6a9b2f4471/accept

Share it on LinkedIn and let your network know.
Credly, 13810 Sutton Park Drive N, Jacksonville, FL 32224
""", cte="7bit", charset="us-ascii"),
          text("<html><body><table width='600'><tr><td><h2>Aoi, you've earned a badge!</h2>"
               "<p>Amazon Web Services Training and Certification has issued you the <b>AWS Certified Security - Specialty</b> badge.</p>"
               "<p><a href='https://www.credly.com/badges/3f1c9a7e-51d2-4c0b-9e55-0d6a9b2f4471/accept'>Accept badge</a></p></td></tr></table></body></html>",
               subtype="html")), eol="\r\n"),
    "Credly: new badge", "badge UUID, 'accept' call to action", d)

# 16 Credly lookalike -----------------------------------------------------------
d = dt(2024, 12, 18, 13, 7, 45)
add("suspicious", False, None, [], build([
    received("TYCPR01MB8842.jpnprd01.prod.outlook.com", "vps-41.hostinger-node.net", "45.84.205.77", d),
    auth_m365("credly-badgecenter.com", dkim="none (message not signed)", spf="softfail", dmarc="none",
              ip="45.84.205.77", compauth="fail reason=001"),
    ("From", addr("Credly", "notifications@credly-badgecenter.com")), ("To", CO),
    ("Subject", "Action required: your AWS badges will be revoked"),
    ("Date", date_h(d)), ("Message-ID", "<%s@vps-41.hostinger-node.net>" % hexid(16, "cph"))],
    text("""<html><body><p>Hello Aoi,</p><p>We detected duplicate AWS Certification accounts linked to your Credly
profile. To keep your <b>AWS Certified Security - Specialty</b> badge, confirm your identity within 48 hours:</p>
<p><a href="http://credly-badgecenter.com/secure/login?u=kurosawa-a">Confirm identity</a></p>
<p>If you do not confirm, your badges will be revoked and the issuer notified.</p><p>Credly Trust &amp; Safety</p></body></html>""",
         subtype="html", cte="quoted-printable"), eol="\r\n"),
    "Credly lookalike phishing", "plausible story (duplicate accounts), compauth fail, foreign domain", d)

# 17 AWS marketing, HTML only, Japanese --------------------------------------------
d = dt(2024, 12, 20, 1, 0, 12, UTC)
add("unrelated", False, None, [], build([
    received("mx5.messagingengine.com", "mail-a2.marketing.aws.com", "199.127.232.40", d),
    auth_fastmail("amazon.com", mailfrom="bounce@marketing.aws.com"),
    ("From", addr("AWS Japan", "aws-marketing-email-replies@amazon.com")), ("To", ME),
    ("Subject", hv("【AWS Summit Japan 2025】事前登録の受付を開始しました")),
    ("Date", date_h(d)), ("Message-ID", "<%s@marketing.aws.com>" % hexid(20, "mkt1")),
    ("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe?e=8841>")],
    text("""<html><body><table width="640" align="center"><tr><td>
<h1>AWS Summit Japan 2025</h1>
<p>黒沢 葵 様</p>
<p>AWS Summit Japan 2025 の事前登録を開始しました。AWS 認定者ラウンジでは認定者限定ノベルティをご用意しています。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/">今すぐ登録</a></p>
<p style="font-size:10px">このメールは送信専用です。配信停止は<a href="https://pages.awscloud.com/unsubscribe?e=8841">こちら</a>。</p>
</td></tr></table></body></html>""", subtype="html", cte="base64")),
    "AWS marketing (Summit), HTML only, base64", "AWS sender, mentions certification lounge", d)

# 18 HR: exit procedure (ISO-2022-JP) ---------------------------------------------
d = dt(2025, 1, 6, 10, 30, 0)
add("unrelated", False, None, [], build([
    received("TYCPR01MB8842.jpnprd01.prod.outlook.com", "TYAPR01MB5540.jpnprd01.prod.outlook.com", "2603:1096:404:8::9", d),
    ("From", addr("人事部 労務グループ", "jinji@hanamizuki-tech.co.jp", "iso-2022-jp")), ("To", CO),
    ("Subject", hv("退職手続きのご案内(黒沢様)", "iso-2022-jp")),
    ("Date", date_h(d)), ("Message-ID", "<TYAPR01MB5540%s@TYAPR01MB5540.jpnprd01.prod.outlook.com>" % hexid(12, "hr").upper())],
    text("""黒沢 葵 様

人事部の野口です。退職に伴うお手続きについてご案内いたします。

1. 最終出社日: 2025年1月31日(金)
2. 貸与PC・入館証は最終出社日に情報システム部へご返却ください。
3. 会社メールアドレスは1月31日 23:59 に停止されます。
   外部サービスに登録しているアドレスの変更は、それまでにお済ませください。
4. 源泉徴収票は退職後に郵送いたします。送付先住所を1月17日までにご返信ください。

よろしくお願いいたします。

人事部 労務グループ 野口
""", charset="iso-2022-jp", cte="7bit"), eol="\r\n"),
    "HR: exit procedure, company mailbox closes Jan 31", "keigo request for a reply; explains why the case must finish before Jan 31", d)

# 19 Microsoft Learn profile merge (other vendor) ------------------------------------
d = dt(2025, 1, 7, 16, 22, 5, PST)
add("unrelated", False, None, [], build([
    received("mx3.messagingengine.com", "mail-dm6nam10.outbound.protection.outlook.com", "40.107.93.88", d),
    auth_fastmail("microsoft.com", mailfrom="learnsupport@microsoft.com", policy="reject"),
    ("From", addr("Microsoft Learn Support", "learnsupport@microsoft.com")), ("To", ME),
    ("Subject", "Case #2501070040001234 - Merge of your certification profiles: confirmation needed"),
    ("Date", date_h(d)), ("Message-ID", "<DM6PR21MB%s@DM6PR21MB1449.namprd21.prod.outlook.com>" % hexid(10, "ms").upper())],
    text("""Hello Aoi,

Thank you for contacting Microsoft Learn support.

We located two certification profiles:

  Profile A - MCID 991234567 - aoi.kurosawa@fastmail.com
  Profile B - MCID 987003212 - kurosawa-a@hanamizuki-tech.co.jp

Please confirm that both profiles belong to you and that we should keep Profile A. Reply to this email
with "Confirmed" and we will complete the merge within 3 business days.

Regards,
Jonas W.
Microsoft Learn Support
""", cte="quoted-printable")),
    "Microsoft Learn: confirm profile merge (other vendor)", "same shape as AWS merge confirmation; 16-digit case number; other vendor so no reply tracked", d)

# 20 Case M acknowledgement ------------------------------------------------------
d = dt(2025, 1, 8, 4, 6, 1, UTC)
IDS["m_ack"] = ses_msgid(d, "m-ack")
add("acknowledgement", False, CASE_M, [], build(
    tc_headers(d, M_SUBJ, ME, "m-ack"),
    text("""Hello,

Thank you for contacting AWS Training and Certification. We have opened case %s for your request, and a
member of our team will usually reply within 24 hours. Some requests need more research, in which case
we will keep you informed.

To avoid delays, please don't submit a new case for this request; replying to this email adds your
message to the existing case.

The details of your case are as follows:

Inquiry type: Certification
Additional details: Account Merge
Description:
Use case: I am leaving my employer (Hanamizuki Technologies) at the end of January and want to keep my
certifications. Please merge my company certification account into my personal one.
All email addresses used: kurosawa-a@hanamizuki-tech.co.jp, aoi.kurosawa@fastmail.com
Email address to keep: aoi.kurosawa@fastmail.com

Thank you,
AWS Training and Certification
""" % CASE_M, cte="quoted-printable")),
    "Case M acknowledgement (account merge)", "15-digit ID; echoes the form text including 'please merge'", d)

# 21 Case M on hold (APN), with a question buried in the middle -------------------------
d = dt(2025, 1, 9, 9, 40, 27, UTC)
IDS["m_hold"] = ses_msgid(d, "m-hold")
M_HOLD = """Hello Aoi,

Thank you for your patience while I looked into this.

The certification account registered to kurosawa-a@hanamizuki-tech.co.jp is linked to the AWS Partner
Network organization of Hanamizuki Technologies K.K. While that link exists, the certifications count
toward the partner's standing, and we cannot merge the account into a personal one. I have asked our
partner operations team to review the association; the merge is on hold until they, or the partner's
alliance lead, remove it.

It would help the partner team to know where things stand on your side - are you still employed by
Hanamizuki Technologies, and if you are leaving, what will your last working day be?

I will update you as soon as I hear back from them.

Kind regards,
Renata M.
AWS Training and Certification
"""
add("on_hold", True, CASE_M, [], build(
    tc_headers(d, M_SUBJ, ME, "m-hold", inreply=IDS["m_ack"]),
    text(M_HOLD, cte="quoted-printable")),
    "Case M on hold: APN partner link; asks if/when owner leaves", "hold with a question buried mid-text, no 'please'", d)

# 22 Owner answers the hold question ------------------------------------------------
d = dt(2025, 1, 9, 21, 14, 9)
IDS["m_r1"] = "<a1e3f7c2-0d55-4b2e-8e61-5c0b7fa0%s@app.fastmail.com>" % hexid(4, "r1")
r1 = """Hi Renata,

Yes - I'm leaving Hanamizuki Technologies. My last working day is 31 January 2025, and the company
mailbox will be switched off that evening. I have also asked our alliance lead to remove me from
Partner Central.

Thanks,
Aoi

On Thu, 9 Jan 2025, at 18:40, AWS Training and Certification wrote:
""" + quote(M_HOLD) + "\n"
add("user_reply", False, CASE_M, [], build([
    ("From", addr(ME_NAME, ME)), ("To", addr("AWS Training and Certification", TC)),
    ("Subject", "Re: " + M_SUBJ), ("Date", date_h(d)), ("Message-Id", IDS["m_r1"]),
    ("In-Reply-To", IDS["m_hold"]), ("References", "%s %s" % (IDS["m_ack"], IDS["m_hold"])),
    ("User-Agent", "Cyrus-JMAP/3.11.0-alpha0-1076-g1b1f84c0c-fm-20250107")],
    text(r1, cte="quoted-printable")),
    "Owner answers: leaving on 31 January", "owner's own mail; quoted hold contains the question", d)

# 23 Case M still on hold, nothing asked -----------------------------------------------
d = dt(2025, 1, 10, 7, 2, 44, UTC)
IDS["m_hold2"] = ses_msgid(d, "m-hold2")
add("on_hold", False, CASE_M, [], build(
    tc_headers(d, M_SUBJ, ME, "m-hold2", inreply=IDS["m_r1"], refs="%s %s %s" % (IDS["m_ack"], IDS["m_hold"], IDS["m_r1"])),
    text("""Hi Aoi,

Thanks for letting me know. I've passed your last working day to the partner operations team.

The account is still associated with the partner organization, so the merge stays on hold for the
moment. Nothing is needed from you right now; I'll write again once the association is removed.

Renata M.
AWS Training and Certification

-----Original Message-----
From: Aoi Kurosawa <aoi.kurosawa@fastmail.com>
Sent: Thursday, January 9, 2025 12:14 PM
To: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: """ + M_SUBJ + """

""" + r1.split("\nOn Thu")[0].strip() + "\n", cte="quoted-printable")),
    "Case M still on hold, nothing needed", "hold without a question; quotes owner's reply Outlook-style", d)

# 24 connpass event registration -----------------------------------------------------
d = dt(2025, 1, 11, 12, 3, 50)
add("unrelated", False, None, [], build([
    received("mx6.messagingengine.com", "mail.connpass.com", "52.69.187.12", d),
    auth_fastmail("connpass.com", mailfrom="bounce@mail.connpass.com"),
    ("From", addr("connpass", "no-reply@connpass.com")), ("To", ME),
    ("Subject", hv("JAWS-UG 東京 #58 「認定資格 LT 大会」への参加登録が完了しました")),
    ("Date", date_h(d)), ("Message-ID", "<%s@connpass.com>" % hexid(18, "cp"))],
    text("""黒沢 葵 さん

以下のイベントへの参加登録が完了しました。

イベント: JAWS-UG 東京 #58 「認定資格 LT 大会」
日時: 2025/01/24(金) 19:00〜21:00
会場: 目黒セントラルスクエア

キャンセルする場合はイベントページからお手続きください。
受付で表示する受付番号: 240117
""", cte="8bit")),
    "connpass: JAWS-UG event registration", "Japanese, 8bit UTF-8, 6-digit number, certification topic", d)
