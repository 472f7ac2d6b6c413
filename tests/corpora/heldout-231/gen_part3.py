# Part 3: June 2025, 4-16 June. Duplicate case C closed, partner hold on case A, wrong-address reply.
from gen_common import *

REF_A = lambda *keys: " ".join(IDS[k] for k in keys)

# 025 Microsoft support case closed (other vendor)
add("unrelated", False, None, [], [
    ("Return-Path", "<supportmail@microsoft.com>"),
    ar_fm("microsoft.com"),
    ("From", addr("Microsoft Support", "supportmail@microsoft.com")),
    ("To", ME_PERSONAL),
    ("Subject", "Case 2506030040007719: your support request has been closed"),
    ("Date", "Wed, 04 Jun 2025 11:02:36 +0000"),
    ("Message-ID", "<DM6PR21MB1290A8C1E2F3@DM6PR21MB1290.namprd21.prod.outlook.com>")],
    part("""Hello Rena,

We have closed support request 2506030040007719 (Microsoft Learn profile -
transfer certifications to a personal account) because we did not hear back
from you within 7 days.

If the issue is not resolved, you can reopen the request within 14 days from
https://learn.microsoft.com/support by signing in with the account used to
create it.

Microsoft Certification Support
""", cte="7bit"))

# 026 case update C: duplicate closed
add("case_update", False, CASE_C, [], [
    ("Return-Path", "<010101973d@us-west-2.amazonses.com>"),
    ar_o365("amazon.com"),
    ("From", addr("AWS Training and Certification", TC)),
    ("To", ME_COMPANY),
    ("Subject", "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_C),
    ("Date", "Thu, 05 Jun 2025 01:12:50 +0000"),
    ("Message-ID", "<a5T8p000001Ys0aEAC.1749085970@sfdc.net>"),
    ("In-Reply-To", IDS["C1"]), ("References", IDS["C1"])],
    part("""Hello Rena,

I noticed this request is the same account merge you submitted about half an
hour earlier, which is being handled under case 174902041200591. To keep
everything in one place, I've linked the two and closed this one; all further
correspondence will happen on 174902041200591, sent to renamatsu@fastmail.com.

No action is needed on this case.

Regards,
Hannah
AWS Training and Certification Customer Support
""", cte="quoted-printable"))

# 027 on_hold A with a question buried in it
add("on_hold", True, CASE_A, [], [
    ("Return-Path", "<010101973f@us-west-2.amazonses.com>"),
    ar_fm("amazon.com"),
    ("From", addr("AWS Training and Certification", TC)),
    ("To", ME_PERSONAL),
    ("Subject", "RE:[CASE %s] %s" % (CASE_A, SUBJ_A)),
    ("Date", "Thu, 05 Jun 2025 04:37:14 +0000"),
    ("Message-ID", "<a5T8p000001Ys9kEAC.1749098234@sfdc.net>"),
    ("In-Reply-To", IDS["A1"]), ("References", IDS["A1"])],
    ("alternative", [
        part("""Dear Rena,

Thank you for your patience. I'm Dimitri and I'll be looking after your merge
request.

While reviewing the two profiles I found that the one registered to
r-matsunaga@kohaku-si.co.jp is associated with an AWS Partner Network
organization (Kohaku System Integration Co., Ltd.). Certifications held in a
partner-associated profile count toward that partner's tier, so we can't move
them while the association is active. I have placed the case on hold and
raised it with our partner operations colleagues.

It would help them a great deal to know whether you are still with Kohaku
System Integration and, if you are leaving, the date of your last working day.

Once partner operations releases the association, I'll continue with the
merge.

Kind regards,
Dimitri P.
AWS Training and Certification Customer Support
""", cte="quoted-printable"),
        part("""<html><body style="font-family:Calibri,Arial;font-size:14px">
<p>Dear Rena,</p>
<p>Thank you for your patience. I'm Dimitri and I'll be looking after your merge request.</p>
<p>While reviewing the two profiles I found that the one registered to r-matsunaga@kohaku-si.co.jp is associated with an <b>AWS Partner Network</b> organization (Kohaku System Integration Co., Ltd.). Certifications held in a partner-associated profile count toward that partner's tier, so we can't move them while the association is active. I have placed the case <b>on hold</b> and raised it with our partner operations colleagues.</p>
<p>It would help them a great deal to know whether you are still with Kohaku System Integration and, if you are leaving, the date of your last working day.</p>
<p>Once partner operations releases the association, I'll continue with the merge.</p>
<p>Kind regards,<br>Dimitri P.<br>AWS Training and Certification Customer Support</p>
</body></html>""", sub="html", cte="quoted-printable")]), key="A2")

# 028 Slack digest
add("unrelated", False, None, [], [
    ("Return-Path", "<feedback@slack.com>"),
    ar_o365("slack.com"),
    ("From", addr("Slack", "feedback@slack.com")),
    ("To", ME_COMPANY),
    ("Subject", "[Slack] New messages in #aws-cert-study from Kohaku SI"),
    ("Date", "Thu, 05 Jun 2025 09:30:00 +0000"),
    ("Message-ID", "<0100019740aa.digest.kohaku@slack.com>")],
    part("""You have 3 new messages in #aws-cert-study

hanada.yuto  Anyone want to split the cost of a practice exam set?
k.hosoda     Reminder: please update the partner scorecard sheet before Friday
hanada.yuto  @rena congrats on getting the merge request in before you go!

Open Slack: https://kohaku-si.slack.com/archives/C03A1CERT
""", cte="7bit"))

# 029 AWS Health (same sender as console cases)
add("unrelated", False, None, [], [
    ("Return-Path", "<0101019741@us-east-1.amazonses.com>"),
    ar_fm("amazon.com"),
    ("From", addr("Amazon Web Services", "no-reply-aws@amazon.com")),
    ("To", ME_PERSONAL),
    ("Subject", "[Action Required] Amazon RDS for MySQL 8.0 standard support ends [AWS Account: 305817264490]"),
    ("Date", "Thu, 05 Jun 2025 20:14:09 +0000"),
    ("Message-ID", "<0101019741b7a9c2-health-evt-ap-northeast-1-000000@us-east-1.amazonses.com>")],
    part("""Hello,

You are receiving this message because you have one or more Amazon RDS for
MySQL 8.0 instances in the ap-northeast-1 Region in your AWS account. Standard
support for this engine version ends on July 31, 2026. After that date,
instances are enrolled in RDS Extended Support, which is charged.

Please upgrade before the end of standard support. Affected resources are
listed in the "Affected resources" tab of your AWS Health Dashboard.

Sincerely,
Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. This message
was produced and distributed by Amazon Web Services, Inc. or its affiliates,
410 Terry Ave. North, Seattle, WA 98109.
""", cte="7bit"))

# 030 owner replies from the COMPANY address (wrong address), Outlook top-post
add("user_reply", False, CASE_A, [], [
    ("From", addr("Matsunaga Rena", ME_COMPANY)),
    ("To", addr("AWS Training and Certification", TC)),
    ("Subject", "RE: [CASE %s] %s" % (CASE_A, SUBJ_A)),
    ("Date", "Fri, 06 Jun 2025 09:05:22 +0900"),
    ("Message-ID", "<OS3P286MB2207F00D1E2A3B4C5D6E7F80A1@OS3P286MB2207.JPNP286.PROD.OUTLOOK.COM>"),
    ("In-Reply-To", IDS["A2"]), ("References", REF_A("A1", "A2")),
    ("X-Mailer", "Microsoft Outlook 16.0")],
    part("""Hello Dimitri,

Yes, I am leaving Kohaku System Integration. My last working day is Friday,
13 June 2025, and this mailbox will be shut down that evening. I would like
everything moved to renamatsu@fastmail.com.

Best regards,
Rena Matsunaga

-----Original Message-----
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, June 5, 2025 1:37 PM
To: renamatsu@fastmail.com
Subject: RE:[CASE 174902041200591] [AWS Training and Certification Form Submission] - account-assistance

Dear Rena,

Thank you for your patience. I'm Dimitri and I'll be looking after your merge
request.
[...]
It would help them a great deal to know whether you are still with Kohaku
System Integration and, if you are leaving, the date of your last working day.
""", cte="quoted-printable"), key="A3")

# 031 out-of-office from a colleague (Japanese)
add("unrelated", False, None, [], [
    ("From", addr("花田 悠斗", "y-hanada@kohaku-si.co.jp")),
    ("To", ME_COMPANY),
    ("Subject", "自動応答: 引き継ぎ資料(AWS環境・認定関連)について"),
    ("Date", "Fri, 06 Jun 2025 11:40:03 +0900"),
    ("Message-ID", "<OS0P286MB0455AUTO1E2F3A4B@OS0P286MB0455.JPNP286.PROD.OUTLOOK.COM>"),
    ("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", "y-hanada@kohaku-si.co.jp")],
    part("""お疲れさまです。花田です。
6/6(金)〜6/9(月)は休暇のため不在にしております。
6/10(火)以降に順次返信いたします。お急ぎの場合は細田(k-hosoda@kohaku-si.co.jp)までご連絡ください。
""", cte="base64"))

# 032 info_request A: write from the address on the case
add("info_request", True, CASE_A, [], [
    ("Return-Path", "<0101019744@us-west-2.amazonses.com>"),
    ar_fm("amazon.com"),
    ("From", addr("AWS Training and Certification", TC)),
    ("To", ME_PERSONAL),
    ("Subject", "RE:[CASE %s] %s" % (CASE_A, SUBJ_A)),
    ("Date", "Fri, 06 Jun 2025 05:51:40 +0000"),
    ("Message-ID", "<a5T8p000001Yu2bEAC.1749189100@sfdc.net>"),
    ("In-Reply-To", IDS["A3"]), ("References", REF_A("A1", "A2", "A3"))],
    part("""Hi Rena,

Thanks for the quick answer about your last day.

One snag: that reply came from r-matsunaga@kohaku-si.co.jp, and the contact
on this case is renamatsu@fastmail.com. Because the request is to take
certifications away from a partner-associated profile, partner operations
only accepts the statement from the address that will keep the records.

We'll need the same confirmation (that you're leaving Kohaku System
Integration and your last working day) sent from renamatsu@fastmail.com as a
reply to this email. As soon as it arrives I'll pass it on.

Dimitri P.
AWS Training and Certification Customer Support
""", cte="7bit"), key="A4")

# 033 owner reply from personal, '>' quoting with attribution at the bottom
add("user_reply", False, CASE_A, [], [
    ("From", addr(ME_NAME, ME_PERSONAL)),
    ("To", addr("AWS Training and Certification", TC)),
    ("Subject", "Re: RE:[CASE %s] %s" % (CASE_A, SUBJ_A)),
    ("Date", "Fri, 06 Jun 2025 20:12:05 +0900"),
    ("Message-ID", "<b7e2c1d0-3f4a-4e1b-9c2d-7a8b9c0d1e2f@app.fastmail.com>"),
    ("In-Reply-To", IDS["A4"]), ("References", REF_A("A1", "A2", "A3", "A4")),
    ("User-Agent", "Cyrus-JMAP/3.13.0-alpha0")],
    part("""Hi Dimitri,

Sending it again from my personal address as asked: I am leaving Kohaku System
Integration Co., Ltd.; my last working day is 13 June 2025. Please keep
renamatsu@fastmail.com as the account that holds my certifications.

Thanks,
Rena

On Fri, Jun 6, 2025, at 14:51, AWS Training and Certification wrote:
> Hi Rena,
>
> Thanks for the quick answer about your last day.
>
> One snag: that reply came from r-matsunaga@kohaku-si.co.jp, and the contact
> on this case is renamatsu@fastmail.com.
> [...]
> We'll need the same confirmation (that you're leaving Kohaku System
> Integration and your last working day) sent from renamatsu@fastmail.com as a
> reply to this email. As soon as it arrives I'll pass it on.
>
> Dimitri P.
""", cte="quoted-printable"), key="A5")

# 034 AWS Educate form case asking for information (other program -> unrelated)
add("unrelated", False, None, [], [
    ("Return-Path", "<0101019745@us-west-2.amazonses.com>"),
    ar_fm("amazon.com"),
    ("From", addr("AWS Educate", "aws-cs-educate-form@amazon.com")),
    ("To", ME_PERSONAL),
    ("Subject", "RE:[CASE 174919834400162] [AWS Educate Form Submission] - educator-verification"),
    ("Date", "Sat, 07 Jun 2025 02:19:30 +0000"),
    ("Message-ID", "<a5T8p000001Yv1cEAC.1749262770@sfdc.net>")],
    part("""Hello Rena,

Thanks for applying to mentor the AWS Educate cloud workshop at Osaka
Institute of Informatics. Educator access has to be tied to an institutional
email. Could you reply with the address the institute issued to you, or ask
the workshop coordinator to confirm your role by writing to us?

Regards,
AWS Educate Support
""", cte="7bit"))

# 035 case_update A: hold lifted, nothing to do
add("case_update", False, CASE_A, [], [
    ("Return-Path", "<0101019752@us-west-2.amazonses.com>"),
    ar_fm("amazon.com"),
    ("From", addr("AWS Training and Certification", TC)),
    ("To", ME_PERSONAL),
    ("Subject", "RE:[CASE %s] %s" % (CASE_A, SUBJ_A)),
    ("Date", "Tue, 10 Jun 2025 02:02:48 +0000"),
    ("Message-ID", "<a5T8p000001Yx4dEAC.1749538968@sfdc.net>"),
    ("In-Reply-To", IDS["A5"]), ("References", REF_A("A1", "A2", "A3", "A4", "A5"))],
    part("""Hi Rena,

Update on your request: partner operations has accepted your statement and
will detach the Kohaku System Integration profile from the partner
organization at the end of 13 June. The hold on your case has been lifted.

After that date I'll prepare the merge and send you a summary of the two
profiles to look over. There's nothing you need to send in the meantime.

Dimitri P.
AWS Training and Certification Customer Support
""", cte="quoted-printable"), key="A6")

# 036 farewell party invitation, Shift_JIS 8bit-ish -> use base64 for safety
add("unrelated", False, None, [], [
    ("From", addr("細田 恭平", "k-hosoda@kohaku-si.co.jp")),
    ("To", "cloud-team@kohaku-si.co.jp"),
    ("Cc", ME_COMPANY),
    ("Subject", "松永さん送別会のご案内(6/12)"),
    ("Date", "Tue, 10 Jun 2025 12:31:44 +0900"),
    ("Message-ID", "<TYCP286MB1123B9E0F1A2B3C4D5E6F7A8B9@TYCP286MB1123.JPNP286.PROD.OUTLOOK.COM>")],
    part("""クラウド推進部の皆さま

細田です。松永さんが 6/13 で退職されるため、送別会を開きます。

日時: 6/12(木) 19:00〜
場所: 北新地「鉄板 ひより」
会費: 4,000円(主役は無料)

参加できる方は 6/11 までにこのメールに返信してください。
寄せ書きの色紙は花田さんの席にあります。
""", cs="shift_jis", cte="base64"), key="farewell")

# 037 owner reply to farewell
add("user_reply", False, None, [], [
    ("From", addr("松永 玲奈", ME_COMPANY)),
    ("To", addr("細田 恭平", "k-hosoda@kohaku-si.co.jp")),
    ("Subject", "RE: 松永さん送別会のご案内(6/12)"),
    ("Date", "Tue, 10 Jun 2025 13:05:10 +0900"),
    ("Message-ID", "<OS3P286MB2207D1E2F3A4B5C6D7E8F9A0B1@OS3P286MB2207.JPNP286.PROD.OUTLOOK.COM>"),
    ("In-Reply-To", IDS["farewell"]), ("References", IDS["farewell"])],
    part("""細田さん

ありがとうございます!主役ですが普通に参加します。楽しみにしています。

松永

> 参加できる方は 6/11 までにこのメールに返信してください。
""", cs="iso-2022-jp", cte="7bit"))

# 038 IT: mailbox shutdown notice
add("unrelated", False, None, [], [
    ("From", addr("情報システム部", "it-helpdesk@kohaku-si.co.jp")),
    ("To", ME_COMPANY),
    ("Subject", "[情シス] アカウント停止予定のお知らせ"),
    ("Date", "Wed, 11 Jun 2025 09:00:00 +0900"),
    ("Message-ID", "<20250611090000.it-notice.4471@kohaku-si.co.jp>"),
    ("Auto-Submitted", "auto-generated")],
    part("""本メールはシステムから自動送信されています。

以下のアカウントは 2025/06/13 18:00 に停止されます。

  アカウント: r-matsunaga@kohaku-si.co.jp
  対象: メール、Microsoft 365、VPN、AWS IAM Identity Center

停止後はメールを受信できません。必要な転送設定はできません(規程により不可)。
""", cte="base64"))
