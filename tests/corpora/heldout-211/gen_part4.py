"""26 May - 2 June 2025: confirmation, wrong-address reply, closing notice, merge, survey."""
from gen_lib import *
from gen_part3 import CASE_A, SUBJ_A, TCN, MID_A

# 38 ---------------------------------------------------------------- A: confirmation request (HTML only)
d = dt("2025-05-26 10:40")
MID_A[5] = mid("a5", "email.amazonses.com")
rows = [("Candidate ID", "AWS02718843", "AWS04471952"),
        ("Login email", "k-oshiro@ryukyu-cloudworks.co.jp", "kenta.oshiro.dev@gmail.com"),
        ("Training notification email", "k-oshiro@ryukyu-cloudworks.co.jp", "kenta.oshiro.dev@gmail.com"),
        ("Certification notification email", "k-oshiro@ryukyu-cloudworks.co.jp", "kenta.oshiro.dev@gmail.com"),
        ("Active certifications", "3", "0"),
        ("Benefits", "50% exam discount (unused)", "none")]
table = "\n".join('<tr><td style="border:1px solid #999;padding:4px 8px;background:#f3f3f3">%s</td><td style="border:1px solid #999;padding:4px 8px">%s</td><td style="border:1px solid #999;padding:4px 8px">%s</td></tr>' % r for r in rows)
html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hello Kenta,</p>
<p>I'm with the AWS Certification records team and have picked up your merge request from my colleague Ifeoma. Before I combine anything, I'd like you to look over the two accounts we found.</p>
<table style="border-collapse:collapse">
<tr><th></th><th style="border:1px solid #999;padding:4px 8px">Account #1</th><th style="border:1px solid #999;padding:4px 8px">Account #2</th></tr>
%s
</table>
<p>After the merge, everything will sit in <b>Account #2</b> and Account #1 will be deactivated. A merge cannot be reversed.</p>
<p>We will go ahead as soon as you confirm that both accounts belong to you and that Account #2 is the one to keep.</p>
<p style="font-size:9pt;color:#666">Note: for security reasons, merge confirmations are accepted only from the e-mail address of the account being kept.</p>
<p>Regards,<br>Tom&aacute;s R.<br>AWS Certification Records<br>AWS Training and Certification</p>
</div></body></html>""" % table
add(d, std(TCN, ME_PERSONAL, SUBJ_A, d, MID_A[5], cc=ME_COMPANY, irt=MID_A[4],
           refs=" ".join([MID_A[1], MID_A[2], MID_A[3], MID_A[4]]),
           pre=gm_trace("amazon.com", "0100019709a3@email.amazonses.com", d)),
    T(html, "html"),
    ("confirmation_request", True, CASE_A, ["AWS02718843", "AWS04471952"]),
    "HTML-only Account #1/#2 table (candidate IDs in cells); the ask is a declarative 'we will go ahead as soon as you confirm…' with no question mark or 'please'; the address rule hides in small print.")

# 39 ---------------------------------------------------------------- A: owner confirms from the wrong (company) address
d = dt("2025-05-26 13:15")
MID_A[6] = "<TY3P286MB2660C41E9B0A77F25D318E44D9A7A@TY3P286MB2660.JPNP286.PROD.OUTLOOK.COM>"
plain_table = "\n".join("%-34s %-36s %s" % r for r in [("", "Account #1", "Account #2")] + rows)
txt = """Hello Tomás,

Both accounts are mine. Confirmed - please merge everything into Account #2 (AWS04471952) and keep kenta.oshiro.dev@gmail.com.

I'm copying Mayumi Higa, our partner alliance lead, for visibility.

Best regards,
Kenta Oshiro
Cloud Promotion Dept., Ryukyu CloudWorks K.K.

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Monday, May 26, 2025 10:40 AM
To: kenta.oshiro.dev@gmail.com
Cc: k-oshiro@ryukyu-cloudworks.co.jp
Subject: %s

Hello Kenta,

I'm with the AWS Certification records team and have picked up your merge request from my colleague Ifeoma. Before I combine anything, I'd like you to look over the two accounts we found.

%s

After the merge, everything will sit in Account #2 and Account #1 will be deactivated. A merge cannot be reversed.

We will go ahead as soon as you confirm that both accounts belong to you and that Account #2 is the one to keep.

Note: for security reasons, merge confirmations are accepted only from the e-mail address of the account being kept.

Regards,
Tomás R.
""" % (TC_FORM, SUBJ_A, plain_table)
add(d, std(A("Kenta Oshiro", ME_COMPANY), TCN, SUBJ_A, d, MID_A[6], cc=A("Mayumi Higa", "m-higa@ryukyu-cloudworks.co.jp"),
           irt=MID_A[5], refs=" ".join([MID_A[1], MID_A[4], MID_A[5]]),
           post=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdvOD2s7Jk1PqQx4RH6u0bY3xG9k1A=="), ("Content-Language", "en-US")]),
    T(txt, cte="quoted-printable"),
    ("user_reply", False, CASE_A, ["AWS04471952"]),
    "Owner's 'Confirmed' sent from the COMPANY address via Outlook ('-----Original Message-----' block, no '>' quoting); both IDs appear in the quoted table but only AWS04471952 in his own text.", eol="\r\n")

# 40 ---------------------------------------------------------------- colleague's out-of-office with the case subject
d = dt("2025-05-26 13:16")
txt = """本メールは自動応答です。

5月26日(月)〜27日(火)は東京出張のため、メールの確認が遅れます。
5月28日(水)以降、順次返信いたします。
お急ぎの場合は alliance@ryukyu-cloudworks.co.jp までご連絡ください。

比嘉 真由美
株式会社琉球クラウドワークス アライアンス推進室
"""
add(d, std(A("比嘉 真由美", "m-higa@ryukyu-cloudworks.co.jp", "iso-2022-jp"), A("Kenta Oshiro", ME_COMPANY),
           "自動応答: " + SUBJ_A, d, "<f2b5c1d8e3a04c7b9e55d1a2c8b4f0e1@TY3P286MB2660.JPNP286.PROD.OUTLOOK.COM>",
           irt=MID_A[6], refs=MID_A[6], cs="iso-2022-jp",
           pre=fwd_trace("ryukyu-cloudworks.co.jp", "m-higa@ryukyu-cloudworks.co.jp", d),
           post=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", "m-higa@ryukyu-cloudworks.co.jp"),
                 ("X-Auto-Response-Suppress", "All")]),
    T(txt, cs="iso-2022-jp", cte="7bit"),
    ("unrelated", False, None, []),
    "Colleague's out-of-office auto-reply whose subject carries the case token (自動応答: RE:[CASE …]) and In-Reply-To points into the case thread; not support, no case.")

# 41 ---------------------------------------------------------------- A: write from the other address (info_request)
d = dt("2025-05-27 09:05")
MID_A[7] = mid("a7", "email.amazonses.com")
txt = """Hi Kenta,

Thank you for the quick reply.

Your confirmation reached us from k-oshiro@ryukyu-cloudworks.co.jp. Because everything will end up in the account registered to kenta.oshiro.dev@gmail.com, the go-ahead has to come from that address. Would you mind sending the same confirmation from your personal mailbox? Answering this e-mail from there is fine; you don't need to repeat the account details.

I've also taken Ms. Higa off the thread, as we can't share account details with third parties.

Regards,
Tomás R.
AWS Certification Records
AWS Training and Certification
"""
html = "<div style=\"font-family:Calibri,Arial,sans-serif\">" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in txt.strip().split("\n\n")) + "</div>"
add(d, std(TCN, ME_PERSONAL, SUBJ_A, d, MID_A[7], irt=MID_A[6], refs=" ".join([MID_A[1], MID_A[5], MID_A[6]]),
           pre=gm_trace("amazon.com", "010001970e77@email.amazonses.com", d)),
    MP("alternative", [T(txt), T(html, "html")], "=_a8f1e09b7c2d4e6f"),
    ("info_request", True, CASE_A, []),
    "Asks him to re-send the confirmation from the personal address ('Would you mind…'): an info_request (write from another address), not a confirmation request, even though the content is the same go-ahead.")

# 42 ---------------------------------------------------------------- other vendor: closing for inactivity
d = dt("2025-05-28 06:44")
txt = """Hi Kenta,

We haven't heard back from you on PCS-418827 ("Confluence page export fails with HTTP 500") for 5 days.

If we don't receive a response within the next 2 business days, this request will be closed automatically. To keep it open, just reply to this email.

Thanks,
Atlassian Support
https://support.atlassian.com/requests/PCS-418827
"""
add(d, std(A("Atlassian Support", "jira@atlassian-support.atlassian.net"), ME_COMPANY,
           "PCS-418827 Waiting for customer: Confluence page export fails with HTTP 500", d,
           mid("atl1", "atlassian-support.atlassian.net"), pre=fwd_trace("atlassian.net", "jira@atlassian-support.atlassian.net", d)),
    T(txt, cte="7bit"),
    ("unrelated", False, None, []),
    "Another vendor's closing-for-inactivity notice, worded almost like an AWS closing notice: not a T&C case, so no reply flag.")

# 43 ---------------------------------------------------------------- calendar invitation
d = dt("2025-05-28 10:00")
ics = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250602T003000Z
DTEND:20250602T030000Z
DTSTAMP:20250528T010000Z
ORGANIZER;CN=Harbor Analytics HR:mailto:onboarding@harbor-analytics.jp
UID:4u1k2h0v9p8q7r6s5t4@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kenta.oshiro.dev@gmail.com:mailto:kenta.oshiro.dev@gmail.com
SUMMARY:入社オリエンテーション
LOCATION:ハーバーアナリティクス 那覇オフィス 8F 会議室A
DESCRIPTION:PC受け取り、社内アカウント設定、AWS パートナー登録(認定の紐づけ)を行います。
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
txt = """入社オリエンテーション
2025年6月2日(月) 9:30〜12:00 (日本標準時)
場所: ハーバーアナリティクス 那覇オフィス 8F 会議室A
主催者: onboarding@harbor-analytics.jp

参加しますか? はい - 未定 - いいえ
Google カレンダーからの招待状
"""
add(d, std(A("Harbor Analytics HR", "onboarding@harbor-analytics.jp"), ME_PERSONAL,
           "招待: 入社オリエンテーション - 2025年6月2日(月) 9:30〜12:00 (JST)", d,
           "<calendar-4u1k2h0v9p8q7r6s5t4@google.com>",
           pre=gm_trace("harbor-analytics.jp", "onboarding@harbor-analytics.jp", d, host="mail-sor-f69.google.com", policy="NONE")),
    MP("mixed", [MP("alternative", [T(txt), RAWPART('text/calendar; charset="UTF-8"; method=REQUEST', "base64",
                                                     __import__("base64").encodebytes(ics.encode()))], "000000000000a1b2c3063590ff21"),
                 ATT(ics.encode(), "application/ics", "invite.ics")], "000000000000a1b2c0063590ff23"),
    ("unrelated", False, None, []),
    "Calendar invitation (text/calendar, RSVP) from the new employer; mentions linking the certification to a partner.")

# 44 ---------------------------------------------------------------- newsletter
d = dt("2025-05-29 21:15")
txt = """Last Week in AWS: Issue #418

Good morning!

This week AWS shipped 61 things, renamed two of them, and quietly retired a certification
exam nobody will miss. Meanwhile I spent three hours trying to merge two of my own
certification accounts, which is a sentence I did not expect to write in 2025.

From the Community
- Why your cost anomaly alerts all fire at 3 AM
- I passed the Advanced Networking exam so you don't have to

You're receiving this because you subscribed at lastweekinaws.com. Reply to this email to
tell me I'm wrong; I read every one.
"""
add(d, std(A("Last Week in AWS", "newsletter@lastweekinaws.com"), ME_PERSONAL, "Last Week in AWS: Issue #418", d,
           mid("lwia418", "lastweekinaws.com"), pre=gm_trace("lastweekinaws.com", "bounce@lastweekinaws.com", d, policy="NONE"),
           post=[("List-Unsubscribe", "<https://lastweekinaws.com/unsubscribe>")]),
    T(txt, cte="7bit"),
    ("unrelated", False, None, []),
    "Newsletter joking about merging certification accounts and inviting replies.")

# 45 ---------------------------------------------------------------- A: closing notice
d = dt("2025-05-30 08:30")
MID_A[8] = mid("a8", "email.amazonses.com")
txt = """Hello,

We're still waiting for your response on case %s.

If we don't hear from you within 3 business days, we'll assume you no longer need assistance and close the case. Replying to this message keeps it open.

AWS Training and Certification Customer Service
""" % CASE_A
add(d, std(TCN, ME_PERSONAL, SUBJ_A, d, MID_A[8], irt=MID_A[7], refs=" ".join([MID_A[1], MID_A[5], MID_A[7]]),
           pre=gm_trace("amazon.com", "0100019717c0@email.amazonses.com", d)),
    T(txt, cte="7bit"),
    ("closing_notice", True, CASE_A, []),
    "Short templated closing warning although he had answered — from the wrong address; the owner still has to write back.", eol="\r\n")

# 46 ---------------------------------------------------------------- A: owner confirms from the personal address
d = dt("2025-05-30 12:10")
MID_A[9] = "<CAK7dQm3Zc8u+Yx1R0bVt5Lq2nE9wHj4sKf7pA6gD2mT1oNyB8w@mail.gmail.com>"
txt = """Hi Tomás,

Sorry for the delay - last-day week. Confirming from my personal address:

Both accounts are mine: AWS02718843 (company) and AWS04471952 (personal). Please merge into Account #2 and keep kenta.oshiro.dev@gmail.com.

Thanks,
Kenta

On Fri, May 30, 2025 at 8:30 AM AWS Training and Certification <%s> wrote:
> Hello,
>
> We're still waiting for your response on case %s.
>
> If we don't hear from you within 3 business days, we'll assume you no longer
> need assistance and close the case. Replying to this message keeps it open.
>
> AWS Training and Certification Customer Service
""" % (TC_FORM, CASE_A)
add(d, std(A("Kenta Oshiro", ME_PERSONAL), TCN, SUBJ_A, d, MID_A[9], irt=MID_A[8],
           refs=" ".join([MID_A[1], MID_A[5], MID_A[7], MID_A[8]])),
    T(txt),
    ("user_reply", False, CASE_A, ["AWS02718843", "AWS04471952"]),
    "Owner's confirmation from the personal address, quoting the closing notice with '>' (the quoted text still says 'waiting for your response').")
