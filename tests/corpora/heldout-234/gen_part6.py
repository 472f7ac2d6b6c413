"""Part 6: late April - May 2025 (case A: hold lifted, confirmation, closing notice, merge)."""
from gen_common import *  # noqa: F401,F403
import gen_part5 as P5

subjA = P5.subjA
REFS = [P5.A1_ID, P5.A2_ID, P5.A3_ID, P5.A4_ID]

# ---------------------------------------------------------------- farewell from team lead
t = d(2025, 4, 28, 18, 20)
txt = """チームの皆さん

既にご存じの方も多いと思いますが、真柴さんが4月30日をもって退職されます。
エッジゲートウェイの立ち上げから AWS パートナー認定の取得まで、本当にお世話になりました。

30日の17時から5階の会議室でささやかな送別会をします。ぜひご参加ください。

井上
"""
raw = build([
    ("Authentication-Results", auth_work("kitakaze-denshi.co.jp")),
    ("Message-ID", mid("farewell", "kitakaze-denshi.co.jp")),
    ("Date", rfcdate(t)),
    ("From", addr("井上 恵子", "inoue.k@kitakaze-denshi.co.jp", charset="iso-2022-jp")),
    ("To", "cloud-platform@kitakaze-denshi.co.jp"),
    ("Cc", ME_WORK),
    ("Subject", hdr("真柴さん送別会のお知らせ", "iso-2022-jp")),
], Leaf(txt, charset="iso-2022-jp", cte="7bit"))
add(t, raw, "unrelated", False, None, [], "Team farewell in ISO-2022-JP; mentions AWS partner certification.")

# ---------------------------------------------------------------- bounce
t = d(2025, 5, 1, 9, 3)
txt = """This is the mail system at host mail.messagingengine.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<h.mashiba@kitakaze-denshi.co.jp>: host
    kitakazedenshi-co-jp.mail.protection.outlook.com[52.101.41.7] said:
    550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP
    address lookup (in reply to RCPT TO command)
"""
dsn = """Reporting-MTA: dns; mail.messagingengine.com
Arrival-Date: Thu, 1 May 2025 00:02:58 +0000

Final-Recipient: rfc822; h.mashiba@kitakaze-denshi.co.jp
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound
"""
orig = """From: Haruka Mashiba <haruka@mashiba.me>
To: h.mashiba@kitakaze-denshi.co.jp
Subject: test - is the old mailbox gone?
Date: Thu, 01 May 2025 09:02:55 +0900
Message-ID: <test-0501@mashiba.me>
"""
raw = build([
    ("Message-ID", "<20250501000303.4F1A2C0061@mail.messagingengine.com>"),
    ("Date", rfcdate(t)),
    ("From", "MAILER-DAEMON@mail.messagingengine.com (Mail Delivery System)"),
    ("To", ME_PERSONAL),
    ("Subject", "Undelivered Mail Returned to Sender"),
    ("Auto-Submitted", "auto-replied"),
], Multi("report", [Leaf(txt),
                    Leaf(dsn, ctype="message/delivery-status", cte="7bit"),
                    Leaf(orig, ctype="text/rfc822-headers", cte="7bit")],
         "4F1A2C0061.1746057783/mail.messagingengine.com"))
raw = raw.replace(b"multipart/report;\n", b"multipart/report; report-type=delivery-status;\n", 1)
add(t, raw, "unrelated", False, None, [], "Bounce: the old company mailbox no longer exists (matters for the case's contact address).")

# ---------------------------------------------------------------- A5 hold lifted
t = d(2025, 5, 2, 1, 26, tz=UTC)
txt = """Hello Haruka,

A quick update on case %s: the partner administrator at Kitakaze
Denshi has released your certification profile, and the hold on your
request has been lifted.

The request is now with our account merge team. They'll prepare the merge
and write to you on this thread when it's ready.

Regards,
Marisol
AWS Training and Certification Customer Support
""" % CASE_A
A5_ID = ses_mid("A5")
raw = build([
    ("Authentication-Results", auth_personal("amazon.com", "amazon.com", spf_domain="amazonses.com")),
    ("Message-ID", A5_ID),
    ("In-Reply-To", P5.A4_ID),
    ("References", " ".join(REFS)),
    ("Date", rfcdate(t)),
    ("From", addr("AWS Training and Certification", TC_FORM)),
    ("To", ME_PERSONAL),
    ("Subject", "RE: " + subjA),
], Leaf(txt, cte="quoted-printable"))
add(t, raw, "case_update", False, CASE_A, [], "Hold lifted, passed to merge team; asks nothing.")
REFS.append(A5_ID)

# ---------------------------------------------------------------- GitHub org invite (new job)
t = d(2025, 5, 2, 10, 45)
txt = """@dkoh-sorairo has invited you to join the @sorairo-labs organization on GitHub.

Head over to https://github.com/sorairo-labs to check out sorairo-labs's
profile. This invitation will expire in 7 days.

View invitation: https://github.com/orgs/sorairo-labs/invitation
"""
raw = build([
    ("Authentication-Results", auth_personal("github.com", "github.com")),
    ("Message-ID", mid("gh-invite", "github.com")),
    ("Date", rfcdate(t)),
    ("From", addr("GitHub", "noreply@github.com")),
    ("To", ME_PERSONAL),
    ("Subject", "[GitHub] @dkoh-sorairo has invited you to join the @sorairo-labs organization"),
], Leaf(txt))
add(t, raw, "unrelated", False, None, [], "GitHub invitation at the new employer.")

# ---------------------------------------------------------------- A6 confirmation request, HTML only
t = d(2025, 5, 7, 4, 10, tz=UTC)
rows = [("Candidate ID", "AWS03618842", "AWS07294415"),
        ("Login email", "haruka@mashiba.me", "h.mashiba@kitakaze-denshi.co.jp"),
        ("Training notification email", "haruka@mashiba.me", "h.mashiba@kitakaze-denshi.co.jp"),
        ("Certification notification email", "haruka@mashiba.me", "h.mashiba@kitakaze-denshi.co.jp"),
        ("Partner organization", "&ndash;", "Kitakaze Denshi Co., Ltd. (released)"),
        ("Active certifications", "Developer &ndash; Associate, Cloud Practitioner",
         "Solutions Architect &ndash; Associate")]
table = ("<table border=\"1\" cellpadding=\"6\" cellspacing=\"0\" style=\"border-collapse:collapse\">"
         "<tr><th></th><th>Account #1</th><th>Account #2</th></tr>"
         + "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % r for r in rows) + "</table>")
A6_HTML = """<html><body style="font-family:'Amazon Ember',Arial,sans-serif;font-size:14px">
<p>Hello Haruka,</p>
<p>Thank you for waiting. With the partner link released, we can go ahead with the merge of
case %s. These are the certification accounts we found for you:</p>
%s
<p>After the merge, all certifications, exam history and benefits will be held by the account you
keep, and the other account will be deactivated. This cannot be undone.</p>
<p><b>Shall we keep Account #1 and merge Account #2 into it?</b> A short reply telling us which
account should remain is all we need to proceed.</p>
<p>Best regards,<br>Devendra<br>AWS Training and Certification Customer Support</p>
</body></html>""" % (CASE_A, table)
A6_PLAIN = """Hello Haruka,

Thank you for waiting. With the partner link released, we can go ahead
with the merge of case %s. These are the certification accounts we
found for you:

Account #1
  Candidate ID: AWS03618842
  Login email: haruka@mashiba.me
  Training notification email: haruka@mashiba.me
  Certification notification email: haruka@mashiba.me
Account #2
  Candidate ID: AWS07294415
  Login email: h.mashiba@kitakaze-denshi.co.jp
  Training notification email: h.mashiba@kitakaze-denshi.co.jp
  Certification notification email: h.mashiba@kitakaze-denshi.co.jp

After the merge, all certifications, exam history and benefits will be
held by the account you keep, and the other account will be deactivated.

Shall we keep Account #1 and merge Account #2 into it? A short reply
telling us which account should remain is all we need to proceed.

Best regards,
Devendra""" % CASE_A
A6_ID = ses_mid("A6")
raw = build([
    ("Authentication-Results", auth_personal("amazon.com", "amazon.com", spf_domain="amazonses.com")),
    ("Message-ID", A6_ID),
    ("In-Reply-To", A5_ID),
    ("References", " ".join(REFS)),
    ("Date", rfcdate(t)),
    ("From", addr("AWS Training and Certification", TC_FORM)),
    ("To", ME_PERSONAL),
    ("Subject", "RE: " + subjA),
], Leaf(A6_HTML, "html", cte="quoted-printable"))
add(t, raw, "confirmation_request", True, CASE_A, [CID_MAIN, CID_WORK],
    "HTML-only table of Account #1/#2 (candidate IDs in cells); the question is one bold sentence.")
REFS.append(A6_ID)

# ---------------------------------------------------------------- Japanese phishing mimicking the confirmation
t = d(2025, 5, 8, 11, 30)
txt = """AWS 認定をご利用のお客様

AWS トレーニングと認定 サポートセンターです。
お客様の認定アカウント統合のお手続きが最終段階に入りました。

統合を完了するため、24時間以内に以下のページから AWS Builder ID と
パスワードを入力し、本人確認を行ってください。
期限までにご確認いただけない場合、統合申請は取り消され、
保有資格が失効する場合がございます。

https://aws-training-support.jp/merge/confirm

※本メールは送信専用です。
AWS トレーニングと認定 サポートセンター
"""
raw = build([
    ("Authentication-Results", auth_personal("aws-training-support.jp", "aws-training-support.jp",
                                             ok=True, dmarc="none")),
    ("Message-ID", mid("phish-ja", "aws-training-support.jp")),
    ("Date", rfcdate(t)),
    ("From", addr("AWS トレーニングと認定", "support@aws-training-support.jp")),
    ("To", ME_PERSONAL),
    ("Subject", hdr("【重要】AWS認定アカウント統合の最終確認のお願い")),
], Leaf(txt, cte="base64"))
add(t, raw, "suspicious", False, None, [],
    "Japanese credential phishing imitating the pending merge confirmation, lookalike .jp domain.")

# ---------------------------------------------------------------- newsletter
t = d(2025, 5, 9, 7, 2)
txt = """Cloud Notes Weekly - issue #243

1. The hidden cost of NAT gateways, again
2. What actually happens when AWS "merges" your accounts (Organizations edition)
3. Ten years of S3 lifecycle rules, reviewed

Reply with your tips - we read everything.
Unsubscribe: https://cloudnotes.example.net/u/8f1c2a
"""
raw = build([
    ("Authentication-Results", auth_personal("cloudnotes.example.net", "cloudnotes.example.net")),
    ("Message-ID", mid("cn243", "mail.cloudnotes.example.net")),
    ("Date", rfcdate(t.astimezone(UTC))),
    ("From", addr("Cloud Notes Weekly", "editor@cloudnotes.example.net")),
    ("To", ME_PERSONAL),
    ("Subject", "Cloud Notes Weekly #243: NAT gateways, account merges, S3 lifecycle"),
], Leaf(txt))
add(t, raw, "unrelated", False, None, [], "Newsletter with 'merges your accounts' in a headline.")

# ---------------------------------------------------------------- A7 closing notice
t = d(2025, 5, 12, 2, 0, tz=UTC)
txt = """Hello Haruka,

We're following up on case %s. On 7 May we asked which of your
certification accounts to keep, and we haven't heard back yet.

Cases that go seven days without a response are closed automatically, so
this one will be closed on 14 May. A reply to this email, even a short
one, keeps it open.

Best regards,
Devendra
AWS Training and Certification Customer Support

________________________________________
From: AWS Training and Certification
Sent: Wednesday, May 7, 2025 4:10 AM
To: haruka@mashiba.me
Subject: RE: %s

%s
""" % (CASE_A, subjA, A6_PLAIN)
html = ("<html><body style='font-family:Arial;font-size:14px'>"
        + "".join("<p>%s</p>" % p.replace("\n", " ") for p in txt.split("________________________________________")[0].strip().split("\n\n"))
        + "<hr><p><b>From:</b> AWS Training and Certification<br><b>Sent:</b> Wednesday, May 7, 2025 4:10 AM<br>"
        "<b>To:</b> haruka@mashiba.me<br><b>Subject:</b> RE: " + subjA + "</p>"
        + "<blockquote style='border-left:2px solid #ccc;padding-left:8px'>"
        + A6_HTML.split("<body", 1)[1].split(">", 1)[1].rsplit("</body>", 1)[0] + "</blockquote></body></html>")
A7_ID = ses_mid("A7")
A7_TXT = txt
raw = build([
    ("Authentication-Results", auth_personal("amazon.com", "amazon.com", spf_domain="amazonses.com")),
    ("Message-ID", A7_ID),
    ("In-Reply-To", A6_ID),
    ("References", " ".join(REFS)),
    ("Date", rfcdate(t)),
    ("From", addr("AWS Training and Certification", TC_FORM)),
    ("To", ME_PERSONAL),
    ("Subject", "RE: " + subjA),
], Multi("alternative", [Leaf(txt, cte="quoted-printable"), Leaf(html, "html", cte="quoted-printable")],
         "--_000_A7closing_"))
add(t, raw, "closing_notice", True, CASE_A, [],
    "Will close on 14 May without an answer; candidate IDs and the real question only in the quoted original.")
REFS.append(A7_ID)
