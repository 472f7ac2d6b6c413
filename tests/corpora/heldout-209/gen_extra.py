# Case E (open at the end of the mailbox) and two more unrelated mails; called from gen_part08.
from gen_lib import *  # noqa: F401,F403

CASE_E = "174451755300649"
CAND_PARTNER = "AWS07214456"
SUBJ_E = "[AWS Training and Certification Form Submission] - account-assistance"


def e1_ack():
    IDS["E1"] = mid_ses("E1")
    body = """Hello,

We've received your message and created case %s.

Our team normally replies within 24 hours. Some requests take longer to
investigate; we appreciate your patience.

Opening a second case for the same question can slow things down, so please
keep all correspondence on this one.

AWS Training and Certification Customer Support
""" % CASE_E
    htm = ("<html><body style=\"font-family:Arial;font-size:13px\"><p>Hello,</p>"
           "<p>We've received your message and created case <b>%s</b>.</p>"
           "<p>Our team normally replies within 24 hours. Some requests take longer to investigate; we appreciate "
           "your patience.</p><p>Opening a second case for the same question can slow things down, so please keep all "
           "correspondence on this one.</p><p>AWS Training and Certification Customer Support</p></body></html>") % CASE_E
    raw = build([
        ("Authentication-Results", ar_fastmail("amazon.com", "email.amazonses.com", policy="quarantine")),
        ("From", addr("AWS Training and Certification", TC_FORM)),
        ("To", ME_PERSONAL),
        ("Subject", "RE:[CASE %s] %s" % (CASE_E, SUBJ_E)),
        ("Date", date("2025-04-13 04:13:05")),
        ("Message-ID", IDS["E1"]),
    ] + ses_headers("E1"), multipart("alternative", [text(body), html(htm)], "E1"))
    add(raw, "acknowledgement", False, CASE_E, [],
        "Case E opened: a second merge, for an empty account created through the new employer's Partner Central sign-in",
        "Short template variant without case details; 'please keep all correspondence on this one' is advice")


def fastmail_renewal():
    m = mid_generic("fm-renew", "fastmail.com")
    body = """Hi Priya,

Your Fastmail Standard plan renews on 1 May 2025 for USD 60.00 (12 months).

No action is needed if you'd like to keep your plan. To change plans or update
your payment method, visit Settings > Billing & Plan.

Thanks for using Fastmail!
The Fastmail Team
"""
    raw = build([
        ("Authentication-Results", ar_fastmail("fastmail.com")),
        ("From", "Fastmail <billing@fastmail.com>"),
        ("To", ME_PERSONAL),
        ("Subject", "Your Fastmail subscription renews soon"),
        ("Date", date("2025-04-14 09:00:00")),
        ("Message-ID", m),
    ], text(body, cte="7bit", charset="us-ascii"))
    add(raw, "unrelated", False, None, [],
        "Mail provider renewal notice",
        "'No action is needed' billing notice from a non-AWS vendor")


def calendar_invite():
    m = mid_generic("cal", "kilncopper.io")
    ics = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250417T010000Z
DTEND:20250417T013000Z
DTSTAMP:20250415T013000Z
ORGANIZER;CN=Daniel Osei:mailto:daniel.osei@kilncopper.io
UID:%s@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.rs@fastmail.com:mailto:priya.rs@fastmail.com
SUMMARY:AWS Partner certification sync
DESCRIPTION:Walk through the partner profile and who still needs to link their AWS certification account.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""" % h("cal", 20)
    plain = """Daniel Osei has invited you to: AWS Partner certification sync
Thursday 17 April 2025, 10:00 - 10:30 (JST)

Going? Yes - Maybe - No
Reply for priya.rs@fastmail.com

Invitation from Google Calendar
"""
    alt = multipart("alternative", [
        text(plain, cte="7bit", charset="UTF-8"),
        Part([("Content-Type", 'text/calendar; charset="UTF-8"; method=REQUEST'),
              ("Content-Transfer-Encoding", "7bit")], ics.encode())], "cal-alt")
    raw = build([
        ("Authentication-Results", ar_fastmail("kilncopper.io", policy="reject")),
        ("From", "Daniel Osei <daniel.osei@kilncopper.io>"),
        ("To", ME_PERSONAL),
        ("Subject", "Invitation: AWS Partner certification sync @ Thu Apr 17, 2025 10am - 10:30am (JST) (priya.rs@fastmail.com)"),
        ("Date", date("2025-04-15 01:30:00")),
        ("Message-ID", m),
    ], multipart("mixed", [alt, attachment(ics.encode(), "application/ics", "invite.ics")], "cal"))
    add(raw, "unrelated", False, None, [],
        "Calendar invitation from the new colleague",
        "RSVP request ('Going?') about AWS certification accounts; text/calendar part")


def e2_confirmation_ja():
    IDS["E2"] = mid_ses("E2")
    body = """ラマン佐藤 プリヤ 様

AWS トレーニングと認定 カスタマーサポートの小川と申します。
ケース %s につきまして、ご依頼いただいたアカウント統合の内容を確認いたしました。

アカウント #1
  ログイン: priya.rs@fastmail.com (AWS Builder ID)
  候補者 ID: %s
  保有認定: 4 件

アカウント #2
  ログイン: priya@kilncopper.io (AWS Partner Central からのサインイン)
  候補者 ID: %s
  保有認定: なし

アカウント #2 をアカウント #1 に統合し、アカウント #1 を残す形で進めてよろしいでしょうか。
あわせて、統合後はアカウント #1 の認定情報が Kiln & Copper 様の APN 組織と
共有される設定となりますので、こちらについてもご了承いただけますと幸いです。

内容に問題がなければ、本メールにその旨ご返信くださいますようお願い申し上げます。

--
小川
AWS トレーニングと認定 カスタマーサポート
""" % (CASE_E, CAND_NEW, CAND_PARTNER)
    raw = build([
        ("Authentication-Results", ar_fastmail("amazon.com", "email.amazonses.com", policy="quarantine")),
        ("From", addr("AWS Training and Certification", TC_FORM)),
        ("To", ME_PERSONAL),
        ("Subject", "RE:[CASE %s] %s" % (CASE_E, SUBJ_E)),
        ("Date", date("2025-04-15 08:25:47")),
        ("Message-ID", IDS["E2"]),
        ("In-Reply-To", IDS["E1"]),
        ("References", IDS["E1"]),
    ] + ses_headers("E2"), text(body, cte="quoted-printable"))
    add(raw, "confirmation_request", True, CASE_E, [CAND_NEW, CAND_PARTNER],
        "Case E: Japanese confirmation request (Account #1/#2, keep #1, agree to partner sharing)",
        "Japanese keigo (よろしいでしょうか / ご返信くださいますようお願い申し上げます); last mail of the set, still open")
