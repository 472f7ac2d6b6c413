"""Part 3: early February 2025 (case A opens, duplicate case C, APN hold)."""
from mailkit import *

MESSAGES = []


def add(raw, lab):
    MESSAGES.append((raw, lab))


A_SUBJ = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A
TC = addr("AWS Training and Certification", TC_FORM)

# 28 --------------------------------------------------------------- note to self with the form text
d = when("2025-02-03 19:22:40")
body = """memo for the merge form (send tomorrow from work PC)

Inquiry type: Certification / Account Merge
Use case: leaving Hanamura Data Consulting on 28 Feb, want to keep my personal account.
All addresses I have used:
  okonogi@hanamura-dc.co.jp  -> %s  (company, APN linked, SAA + DVA + CLF history)
  %s -> %s  (personal, SAP + voucher)
Keep: %s

before sending:
- download all certificates from the company account  [done]
- screenshot Benefits page  [done]
- exam history: SAA-C02 2021-06-14 is there? check again
"""
body = body % (ID_COMPANY, ME_PERSONAL, ID_PERSONAL, ME_PERSONAL)
add(message([
    ("Received", "from TYCPR01MB9912.jpnprd01.prod.outlook.com by\n TYCPR01MB9912.jpnprd01.prod.outlook.com with HTTPS; Mon, 3 Feb 2025 10:22:41 +0000"),
    ("From", addr(ME_NAME_JA, ME_COMPANY, "iso-2022-jp")),
    ("To", ME_PERSONAL),
    ("Subject", "memo: cert account merge form"),
    ("Date", date_hdr(d)),
    ("Message-ID", outlook_mid("note-form")),
    ("Thread-Topic", "memo: cert account merge form"),
    ("Content-Language", "en-US"),
], text(body, cte="quoted-printable"), crlf=True), label("user_reply", ids=[ID_COMPANY, ID_PERSONAL]))

# 29 --------------------------------------------------------------- A1 acknowledgement, HTML only, to company
d = when("2025-02-04 02:31:40", UTC)
A_ACK_ID = ses_mid("A-ack")
htm = """<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;font-family:'Amazon Ember',Arial,sans-serif;font-size:14px;color:#16191f">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td style="background:#232f3e;padding:12px 20px">
<img src="https://d1.awsstatic.com/logos/aws-logo-white.png" alt="AWS Training and Certification" height="24"></td></tr>
<tr><td style="padding:20px">
<p>Hello,</p>
<p>We've received your message and created case <strong>%s</strong> for it. A member of the
AWS Training and Certification team typically responds within 24 hours.</p>
<p>Keep this number for reference. Sending the same request through the form again creates a
separate case and can slow down our response.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;border-color:#d5dbdb">
<tr><th align="left" colspan="2" style="background:#f2f3f3">Your submission</th></tr>
<tr><td>Name</td><td>Mirei Okonogi</td></tr>
<tr><td>Email</td><td>%s</td></tr>
<tr><td>Inquiry type</td><td>Certification</td></tr>
<tr><td>Detail</td><td>Account Merge</td></tr>
<tr><td>AWS candidate ID</td><td>%s</td></tr>
<tr><td>Message</td><td>I am leaving Hanamura Data Consulting at the end of February. Please merge my
company certification account (%s) into my personal one (%s, %s), which I want to keep.</td></tr>
</table>
<p>Sincerely,<br>AWS Training and Certification Customer Support</p>
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. | 410 Terry Avenue North, Seattle, WA 98109</p>
</td></tr></table></body></html>""" % (CASE_A, ME_COMPANY, ID_COMPANY, ME_COMPANY, ME_PERSONAL, ID_PERSONAL)
add(message([
    ("Received", "from a8-31.smtp-out.amazonses.com (54.240.8.31) by\n OS0PEPF00000011.mail.protection.outlook.com (10.167.249.40) with Microsoft SMTP\n Server; Tue, 4 Feb 2025 02:31:43 +0000"),
    auth_m365("amazon.com"),
    ("From", TC),
    ("To", ME_COMPANY),
    ("Subject", A_SUBJ),
    ("Date", date_hdr(d)),
    ("Message-ID", A_ACK_ID),
    ("X-MS-Exchange-Organization-SCL", "1"),
], html(htm), crlf=True), label("acknowledgement", case=CASE_A, ids=[ID_COMPANY, ID_PERSONAL]))

# 30 --------------------------------------------------------------- C1 Japanese acknowledgement of the duplicate form
d = when("2025-02-06 09:49:20")
C_ACK_ID = ses_mid("C-ack")
body = """小此木 美玲 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
お問い合わせを受け付け、ケース %s を作成しました。

担当者より通常 24 時間以内にご連絡いたしますが、内容によってはお時間をいただく場合が
ございます。同じ内容のケースを既にお持ちの場合、新しいケースを作成するとご回答が遅れる
ことがありますので、追加のご連絡は本メールへの返信でお送りください。

■ お問い合わせ内容
お問い合わせタイプ: 認定
その他の詳細: アカウントの統合
AWS 候補 ID: %s
内容: 会社のアカウントを個人のアカウントに統合したいです。2 月 4 日に会社のアドレスからも
送りましたが、まだ返事がないので個人のアドレスから改めて送ります。

AWS トレーニングと認定 カスタマーサポート
""" % (CASE_C, ID_PERSONAL)
add(message([
    recv_icloud(d, "a8-33.smtp-out.amazonses.com", "54.240.8.33", "e3"),
    auth_icloud("amazon.com", selector="ug7nbtf4gccmlpwj322ax3p6ow6yfsug"),
    ("From", TC),
    ("To", ME_PERSONAL),
    ("Subject", "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_C),
    ("Date", date_hdr(d)),
    ("Message-ID", C_ACK_ID),
], text(body, cte="base64")), label("acknowledgement", case=CASE_C, ids=[ID_PERSONAL]))

# 31 --------------------------------------------------------------- A2 write from the other address (to company)
d = when("2025-02-06 05:10:02", UTC)
A_REQ1_ID = ses_mid("A-req1")
plain = """Hello Mirei,

Thank you for your patience while we reviewed your request.

The account you have asked us to keep is registered to %s, but this case was
opened from %s. To protect both accounts, we can only merge them once we have heard
from the address of the account that will remain.

Kindly reply to this email from %s, keeping the case number in the subject line,
so that we can verify you own that account. There is no need to repeat the details of
your request.

Warm regards,
Priyanka S.
AWS Training and Certification Customer Support
""" % (ME_PERSONAL, ME_COMPANY, ME_PERSONAL)
add(message([
    ("Received", "from a8-35.smtp-out.amazonses.com (54.240.8.35) by\n OS0PEPF00000011.mail.protection.outlook.com (10.167.249.40) with Microsoft SMTP\n Server; Thu, 6 Feb 2025 05:10:05 +0000"),
    auth_m365("amazon.com"),
    ("From", TC),
    ("To", ME_COMPANY),
    ("Subject", "RE:" + A_SUBJ),
    ("Date", date_hdr(d)),
    ("Message-ID", A_REQ1_ID),
    ("In-Reply-To", A_ACK_ID),
    ("References", A_ACK_ID),
], text(plain, cte="quoted-printable"), crlf=True), label("info_request", True, CASE_A))

# 32 --------------------------------------------------------------- A3 owner writes from the personal address
d = when("2025-02-06 19:36:51")
A_USER1_ID = apple_mid("A-user1")
plain = """Hello Priyanka,

I'm writing from my personal address as requested. This is the account I would like to
keep (%s).

I'm also sorry for the confusion: before your message arrived I submitted the form a second
time from this address and received case %s. Please treat it as the same request.

Kind regards,
Mirei Okonogi

> On 6 Feb 2025, at 14:10, AWS Training and Certification <%s> wrote:
>
> Hello Mirei,
>
> Thank you for your patience while we reviewed your request.
>
> The account you have asked us to keep is registered to %s, but this case was
> opened from %s. To protect both accounts, we can only merge them once we have heard
> from the address of the account that will remain.
>
> Kindly reply to this email from %s, keeping the case number in the subject line,
> so that we can verify you own that account.
>
> Warm regards,
> Priyanka S.
""" % (ID_PERSONAL, CASE_C, TC_FORM, ME_PERSONAL, ME_COMPANY, ME_PERSONAL)
add(message([
    ("From", addr(ME_NAME, ME_PERSONAL)),
    ("To", TC),
    ("Subject", "Re: RE:" + A_SUBJ),
    ("Date", date_hdr(d)),
    ("Message-ID", A_USER1_ID),
    ("In-Reply-To", A_REQ1_ID),
    ("References", "%s %s" % (A_ACK_ID, A_REQ1_ID)),
    ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),
], text(plain, cte="quoted-printable")), label("user_reply", case=CASE_A, ids=[ID_PERSONAL]))

# 33 --------------------------------------------------------------- C2 duplicate closed
d = when("2025-02-07 01:15:27", UTC)
plain = """Hello,

We noticed that this case (%s) covers the same account merge request as case %s,
which a colleague is already handling. To keep everything in one place we have closed
this case; all further correspondence will continue under case %s.

There is nothing you need to do on this case.

Regards,
Daniel K.
AWS Training and Certification Customer Support
""" % (CASE_C, CASE_A, CASE_A)
add(message([
    recv_icloud(d, "a8-36.smtp-out.amazonses.com", "54.240.8.36", "e6"),
    auth_icloud("amazon.com", selector="ug7nbtf4gccmlpwj322ax3p6ow6yfsug"),
    ("From", TC),
    ("To", ME_PERSONAL),
    ("Subject", "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_C),
    ("Date", date_hdr(d)),
    ("Message-ID", ses_mid("C-dup")),
    ("In-Reply-To", C_ACK_ID),
    ("References", C_ACK_ID),
], text(plain)), label("case_update", case=CASE_C))

# 34 --------------------------------------------------------------- GitHub issue comment asking a question
d = when("2025-02-07 11:20:09", UTC)
plain = """@mokonogi could you confirm whether the `cert_expiry_days` variable should default to 90?
The README says 60 but the module uses 90. Happy to open a PR once you reply.

--
Reply to this email directly, view it on GitHub:
https://github.com/okg-labs/terraform-aws-cert-lab/issues/497#issuecomment-2641188301
You are receiving this because you were mentioned.
"""
add(message([
    recv_icloud(d, "out-21.smtp.github.com", "192.30.252.204", "e7"),
    auth_icloud("github.com"),
    ("From", addr("Yuna Tsuchiya", "notifications@github.com")),
    ("Reply-To", "okg-labs/terraform-aws-cert-lab <reply+AAQ3KHG7QQ2B@reply.github.com>"),
    ("To", "okg-labs/terraform-aws-cert-lab <terraform-aws-cert-lab@noreply.github.com>"),
    ("Cc", "Mirei Okonogi <%s>, Mention <mention@noreply.github.com>" % ME_PERSONAL),
    ("Subject", "Re: [okg-labs/terraform-aws-cert-lab] Expiry reminder default is inconsistent (Issue #497)"),
    ("Date", date_hdr(d)),
    ("Message-ID", "<okg-labs/terraform-aws-cert-lab/issues/497/2641188301@github.com>"),
    ("In-Reply-To", "<okg-labs/terraform-aws-cert-lab/issues/497@github.com>"),
    ("X-GitHub-Reason", "mention"),
], text(plain)), label("unrelated"))

# 35 --------------------------------------------------------------- A4 APN hold with a question inside
d = when("2025-02-10 08:44:13", UTC)
A_HOLD_ID = ses_mid("A-hold")
plain = """Hi Mirei,

Thank you for confirming from your personal address. We have added it to this case and
closed the duplicate you mentioned.

While preparing the merge we found that the certification account registered to
%s (%s) is associated with an AWS Partner Network organization,
Hanamura Data Consulting K.K. Certifications held on partner-associated accounts count
towards the partner's standing, so we can't move them while that association is active
without the partner's acknowledgement. We have reached out to the partner's alliance lead
and placed your case on hold until they respond, which usually takes three to five
business days.

One thing would help us on our side: are you still employed at Hanamura Data Consulting,
and if so, what is your last working day? The partner process is different for current
and former employees.

We'll update you as soon as we hear back from the partner.

Best,
Sofia M.
AWS Training and Certification Customer Support
""" % (ME_COMPANY, ID_COMPANY)
add(message([
    recv_icloud(d, "a8-38.smtp-out.amazonses.com", "54.240.8.38", "e8"),
    auth_icloud("amazon.com", selector="ug7nbtf4gccmlpwj322ax3p6ow6yfsug"),
    ("From", TC),
    ("To", ME_PERSONAL),
    ("Subject", "RE:" + A_SUBJ),
    ("Date", date_hdr(d)),
    ("Message-ID", A_HOLD_ID),
    ("In-Reply-To", A_USER1_ID),
    ("References", "%s %s %s" % (A_ACK_ID, A_REQ1_ID, A_USER1_ID)),
], text(plain)), label("on_hold", True, CASE_A, [ID_COMPANY]))

# 36 --------------------------------------------------------------- A5 owner answers (Apple Mail HTML with blockquote)
d = when("2025-02-10 21:05:44")
A_USER2_ID = apple_mid("A-user2")
new = ("Hi Sofia,\n\nYes, I'm still employed there until Friday 28 February 2025, which is my last "
       "working day. My company mailbox will be switched off that evening, so please only use this "
       "address from now on.\n\nThanks,\nMirei\n")
quoted = ("Hi Mirei,\n\nThank you for confirming from your personal address. We have added it to this "
          "case and closed the duplicate you mentioned.\n\n[...]\n\nOne thing would help us on our side: "
          "are you still employed at Hanamura Data Consulting, and if so, what is your last working day? "
          "The partner process is different for current and former employees.\n\nBest,\nSofia M.\n")
plain = new + "\n> On 10 Feb 2025, at 17:44, AWS Training and Certification <%s> wrote:\n>\n" % TC_FORM + \
    "".join("> " + l + "\n" if l else ">\n" for l in quoted.splitlines())
htm = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
       '<body style="overflow-wrap: break-word;">' +
       "".join("<div>%s</div>" % (l or "<br>") for l in new.splitlines()) +
       '<div><br><blockquote type="cite"><div>On 10 Feb 2025, at 17:44, AWS Training and Certification '
       '&lt;%s&gt; wrote:</div><br><div>' % TC_FORM +
       "".join("<div>%s</div>" % (l or "<br>") for l in quoted.splitlines()) +
       "</div></blockquote></div></body></html>")
add(message([
    ("From", addr(ME_NAME, ME_PERSONAL)),
    ("To", TC),
    ("Subject", "Re: RE:" + A_SUBJ),
    ("Date", date_hdr(d)),
    ("Message-ID", A_USER2_ID),
    ("In-Reply-To", A_HOLD_ID),
    ("References", "%s %s %s %s" % (A_ACK_ID, A_REQ1_ID, A_USER1_ID, A_HOLD_ID)),
    ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),
], multi("alternative", [text(plain, cte="quoted-printable"), html(htm)],
         "Apple-Mail=_3B1F0C7E-55A2-4E0B-9D1D-7C0A1F4B2E61")), label("user_reply", case=CASE_A))

# 37 --------------------------------------------------------------- colleague (alliance lead) mentions the case
d = when("2025-02-12 13:28:05")
body = """小此木さん

アライアンス担当の佐野です。
AWS のサポートから、小此木さんの認定アカウント(ケース %s)について
パートナー組織との紐付けの確認依頼がありました。

退職日の 2/28 付で Partner Central の紐付けを外す、と AWS には回答済みです。
当社の認定者数の集計の都合があるので、月末までは今のままにしておいてください。

小此木さん側での対応は特に不要です。

佐野
""" % CASE_A
add(message([
    ("Received", "from TYCPR01MB6610.jpnprd01.prod.outlook.com (2603:1096:400:2b1::4) by\n TYCPR01MB9912.jpnprd01.prod.outlook.com with HTTPS; Wed, 12 Feb 2025 04:28:07 +0000"),
    ("Authentication-Results", "dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=hanamura-dc.co.jp;"),
    ("From", addr("佐野 亮介", "sano@hanamura-dc.co.jp", "iso-2022-jp")),
    ("To", addr(ME_NAME_JA, ME_COMPANY, "iso-2022-jp")),
    ("Subject", enc("AWS 認定アカウントの件(パートナー紐付け)", "iso-2022-jp")),
    ("Date", date_hdr(d)),
    ("Message-ID", outlook_mid("sano-apn")),
    ("Thread-Topic", enc("AWS 認定アカウントの件(パートナー紐付け)", "iso-2022-jp")),
], text(body, charset="iso-2022-jp", cte="7bit"), crlf=True), label("unrelated", case=CASE_A))
