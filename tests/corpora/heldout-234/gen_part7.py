"""Part 7: May 2025 (case A: answer, merge, survey; mail after the move)."""
from gen_common import *  # noqa: F401,F403
import gen_part5 as P5
import gen_part6 as P6

subjA = P5.subjA
REFS = P6.REFS

# ---------------------------------------------------------------- calendar invite (new job)
t = d(2025, 5, 9, 15, 12)
txt = """Mei Tanaka has invited you to: Onboarding - AWS accounts & SSO
When: Mon 12 May 2025 14:00 - 15:00 (JST)
Where: Meet
"""
ics = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250512T050000Z
DTEND:20250512T060000Z
UID:7k2m9q1s0onboard@google.com
ORGANIZER;CN=Mei Tanaka:mailto:mei@sorairo-labs.io
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=haruka@mashiba.me:mailto:haruka@mashiba.me
SUMMARY:Onboarding - AWS accounts & SSO
END:VEVENT
END:VCALENDAR
"""
raw = build([
    ("Authentication-Results", auth_personal("sorairo-labs.io", "sorairo-labs.io")),
    ("Message-ID", gmail_mid("invite-onb")),
    ("Date", rfcdate(t)),
    ("From", addr("Mei Tanaka", "mei@sorairo-labs.io")),
    ("To", ME_PERSONAL),
    ("Subject", "Invitation: Onboarding - AWS accounts & SSO @ Mon May 12, 2025 2pm - 3pm (JST)"),
], Multi("mixed", [Multi("alternative", [Leaf(txt), Leaf(ics, ctype='text/calendar; charset="UTF-8"; method=REQUEST',
                                                          cte="7bit")], "alt-inv-01"),
                   Leaf(ics, ctype="application/ics", cte="base64", filename="invite.ics")], "mix-inv-01"))
add(t, raw, "unrelated", False, None, [], "Calendar invitation (needs an RSVP) about AWS accounts at the new job.")

# ---------------------------------------------------------------- A8 owner confirms (Apple Mail)
t = d(2025, 5, 12, 20, 14)
txt = """Hi Devendra,

Sorry for the slow reply, I was changing jobs. Confirmed: please keep
Account #1 (haruka@mashiba.me) and merge Account #2 into it.

Haruka

Sent from my iPhone

> On 12 May 2025, at 11:00, AWS Training and Certification <%s> wrote:
>
%s
""" % (TC_FORM, qlines(P6.A7_TXT))
A8_ID = "<4E7B2A9C-1D3F-4A8E-9C21-B0F6D3E5A712@mashiba.me>"
A8_TXT = txt
raw = build([
    ("Message-ID", A8_ID),
    ("In-Reply-To", P6.A7_ID),
    ("References", " ".join(REFS)),
    ("Date", rfcdate(t)),
    ("From", addr(ME_NAME, ME_PERSONAL)),
    ("To", addr("AWS Training and Certification", TC_FORM)),
    ("Subject", "Re: RE: " + subjA),
    ("X-Mailer", "iPhone Mail (22E252)"),
], Leaf(txt, cte="quoted-printable"))
add(t, raw, "user_reply", False, CASE_A, [],
    "Owner's confirmation from the phone; below it the closing notice and the original question are quoted.")
REFS = REFS + [A8_ID]

# ---------------------------------------------------------------- A9 resolved
t = d(2025, 5, 13, 1, 37, tz=UTC)
txt = """Hello Haruka,

Thank you for confirming. I have successfully merged all accounts: the
certifications, exam history and benefits from AWS07294415 are now on
AWS03618842, which you sign in to with haruka@mashiba.me. Your former
partner profile may keep showing the certifications for a few days until
its next sync; that is expected.

If anything looks wrong when you sign in, just reply to this email.

Best regards,
Devendra
AWS Training and Certification Customer Support

-----Original Message-----
From: Haruka Mashiba <haruka@mashiba.me>
Sent: Monday, May 12, 2025 11:14 AM
To: AWS Training and Certification <%s>
Subject: Re: RE: %s

%s""" % (TC_FORM, subjA, A8_TXT)
A9_ID = ses_mid("A9")
raw = build([
    ("Authentication-Results", auth_personal("amazon.com", "amazon.com", spf_domain="amazonses.com")),
    ("Message-ID", A9_ID),
    ("In-Reply-To", A8_ID),
    ("References", " ".join(REFS)),
    ("Date", rfcdate(t)),
    ("From", addr("AWS Training and Certification", TC_FORM)),
    ("To", ME_PERSONAL),
    ("Subject", "RE: " + subjA),
], Leaf(txt, cte="quoted-printable"), crlf=True)
add(t, raw, "resolved", False, CASE_A, [CID_WORK, CID_MAIN],
    "Merge done; quotes the whole thread incl. the closing warning and 'Shall we keep Account #1...?'.")

# ---------------------------------------------------------------- Credly SAA on personal
t = d(2025, 5, 13, 11, 8)
txt = """Haruka, you've earned a badge!

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified Solutions Architect - Associate

Accept your badge:
https://www.credly.com/badges/9c41d0b7-2e5f-4a13-8b66-f0a2c7d19e84/accept

Credly
"""
raw = build([
    ("Authentication-Results", auth_personal("credly.com", "credly.com")),
    ("Message-ID", mid("credly-saa-2025", "credly.com")),
    ("Date", rfcdate(t.astimezone(UTC))),
    ("From", addr("Credly", "admin@credly.com")),
    ("To", ME_PERSONAL),
    ("Subject", "Haruka, you've earned a badge from Amazon Web Services Training and Certification"),
], Leaf(txt))
add(t, raw, "badge", False, None, [], "Badge re-issued to the personal address after the merge.")

# ---------------------------------------------------------------- A10 survey (reply-with-number)
t = d(2025, 5, 14, 16, 0, tz=UTC)
txt = """Hello,

Your AWS Training and Certification case %s was recently
closed. We'd like to know how we did.

On a scale of 1 (poor) to 5 (excellent), how would you rate the help you
received? Reply to this email with a single number, or answer online:
https://survey.aws-cs.example.amazon.com/r?c=%s

Thank you for helping us improve.
AWS Training and Certification Customer Support
""" % (CASE_A, CASE_A)
raw = build([
    ("Authentication-Results", auth_personal("amazon.com", "amazon.com", spf_domain="amazonses.com")),
    ("Message-ID", ses_mid("A10")),
    ("Date", rfcdate(t)),
    ("From", addr("AWS Customer Service", "aws-cs-survey@amazon.com")),
    ("To", ME_PERSONAL),
    ("Subject", "Tell us about your recent support experience (case %s)" % CASE_A),
], Leaf(txt))
add(t, raw, "survey", False, CASE_A, [],
    "Survey that asks to 'reply to this email with a single number' - optional feedback, not a pending request.")

# ---------------------------------------------------------------- certification notice in Japanese
t = d(2025, 5, 14, 19, 30)
txt = """真柴 遥 様

AWS 認定アカウントでご利用いただける特典があります。

  候補者 ID: AWS03618842
  特典: 次回の AWS 認定試験 50%割引
  有効期限: 2027年10月24日

特典は AWS 認定アカウントの「特典」ページからご利用ください。

AWS トレーニングと認定
※このメールは送信専用アドレスから配信されています。
"""
raw = build([
    ("Authentication-Results", auth_personal("certmetrics.com", "certmetrics.com")),
    ("Message-ID", mid("cm-benefit-ja", "certmetrics.com")),
    ("Date", rfcdate(t.astimezone(UTC))),
    ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
    ("To", ME_PERSONAL),
    ("Subject", hdr("AWS 認定: ご利用いただける特典があります")),
], Leaf(txt, cte="quoted-printable"))
add(t, raw, "certification", False, None, [CID_MAIN],
    "Japanese CertMetrics benefit notice after the merge (the voucher moved accounts); no case.")

# ---------------------------------------------------------------- reply to friend
t = d(2025, 5, 15, 21, 5)
txt = """Hi Ren,

Sorry, I only saw this now. Short version of what worked for me:

- make the personal certification account first (new Builder ID)
- use the "Contact AWS Training and Certification" form, Certification ->
  Account Merge, list every address you ever used and say which to keep
- if your company is an AWS partner they put it on hold until the partner
  releases you; tell them your last day, it speeds things up
- submit the form ONCE. I sent it twice and they had to close the copy.

Whole thing took about three weeks because of the partner hold.

Haruka

On Tue, 8 Apr 2025 at 22:40, Ren Takagi <ren.takagi.87@gmail.com> wrote:
> Didn't you move your AWS cert account over to your private address a while
> ago? [...]
"""
raw = build([
    ("Message-ID", gmail_mid("reply-ren")),
    ("In-Reply-To", gmail_mid("ren-asks")),
    ("References", gmail_mid("ren-asks")),
    ("Date", rfcdate(t)),
    ("From", addr(ME_NAME, ME_PERSONAL)),
    ("To", addr("Ren Takagi", "ren.takagi.87@gmail.com")),
    ("Subject", "Re: aws cert account merge?"),
], Leaf(txt))
add(t, raw, "user_reply", False, None, [],
    "Owner's mail to a friend describing the merge process; no support thread.")

# ---------------------------------------------------------------- Amazon.co.jp shipping
t = d(2025, 5, 16, 8, 44)
txt = """真柴 遥 様

Amazon.co.jp をご利用いただき、ありがとうございます。
ご注文の商品を発送しました。

注文番号: 250-4418207-3390612
商品: AWS認定ソリューションアーキテクト-プロフェッショナル 問題集
お届け予定: 5月17日(土)

配送状況の確認: https://www.amazon.co.jp/gp/your-account/order-history

Amazon.co.jp
"""
raw = build([
    ("Authentication-Results", auth_personal("amazon.co.jp", "amazon.co.jp")),
    ("Message-ID", mid("ship-2505", "amazon.co.jp")),
    ("Date", rfcdate(t.astimezone(UTC))),
    ("From", addr("Amazon.co.jp", "shipment-tracking@amazon.co.jp")),
    ("To", ME_PERSONAL),
    ("Subject", hdr("Amazon.co.jp ご注文の商品を発送しました")),
], Leaf(txt, charset="iso-2022-jp", cte="7bit"))
add(t, raw, "unrelated", False, None, [], "Amazon retail (not AWS) shipping notice in ISO-2022-JP about an AWS exam book.")

# ---------------------------------------------------------------- Slack digest
t = d(2025, 5, 17, 9, 0)
txt = """Here's what you missed in Sorairo Labs

#platform
Daniel Koh: @Haruka can you take a look at the Terraform plan for the
SSO permission sets when you get a chance?

#random
Mei Tanaka: welcome lunch on Tuesday!

Open Slack: https://sorairo-labs.slack.com
"""
raw = build([
    ("Authentication-Results", auth_personal("slack.com", "slack.com")),
    ("Message-ID", mid("slack-digest", "slack.com")),
    ("Date", rfcdate(t.astimezone(UTC))),
    ("From", addr("Slack", "feedback@slack.com")),
    ("To", ME_PERSONAL),
    ("Subject", "[Slack] Notifications from the Sorairo Labs workspace"),
], Leaf(txt))
add(t, raw, "unrelated", False, None, [], "Slack digest with a colleague's request.")

# ---------------------------------------------------------------- Credly expiring
t = d(2025, 5, 19, 10, 20)
html = """<html><body style="font-family:Helvetica,Arial">
<p>Hi Haruka,</p>
<p>Your <b>AWS Certified Cloud Practitioner</b> badge, issued by Amazon Web Services Training and
Certification, expires on <b>July 18, 2025</b>.</p>
<p>Check with the issuer how to renew, so your profile stays current.</p>
<p><a href="https://www.credly.com/badges/31f6a8e2-7c04-4b9d-a5e1-6d8c20b4f917">View badge</a></p>
<p style="color:#888;font-size:11px">Credly</p>
</body></html>"""
raw = build([
    ("Authentication-Results", auth_personal("credly.com", "credly.com")),
    ("Message-ID", mid("credly-exp", "credly.com")),
    ("Date", rfcdate(t.astimezone(UTC))),
    ("From", addr("Credly", "admin@credly.com")),
    ("To", ME_PERSONAL),
    ("Subject", "Your badge is expiring soon"),
], Leaf(html, "html", cte="base64"))
add(t, raw, "badge", False, None, [], "Credly expiry notice (badge, not certification).")
