# Part 8: more ordinary surrounding mail.
from gen_lib import *

P = ME_PERSONAL
CO = ME_COMPANY

# ---------------------------------------------------------------- calendar invite: exit interview
dt = T("2025-05-19 10:30:00", 9)
txt = """森 早苗 さんから会議への招待が届いています。

退職面談 (荒川さん)
日時: 2025年5月27日(火) 15:00〜15:30 (JST)
場所: 会議室 B / Teams

出席の可否をご返信ください。
"""
ics = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=森 早苗:mailto:s.mori@hoshizora-tech.co.jp
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=荒川 瑞希:mailto:m.arakawa@hoshizora-tech.co.jp
SUMMARY;LANGUAGE=ja-JP:退職面談 (荒川さん)
DTSTART;TZID=Tokyo Standard Time:20250527T150000
DTEND;TZID=Tokyo Standard Time:20250527T153000
UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6
LOCATION;LANGUAGE=ja-JP:会議室 B / Teams
END:VEVENT
END:VCALENDAR
"""
body = multi("alternative", [plain(txt, "utf-8", "base64"),
                             leaf("text/calendar; method=REQUEST", ics, "utf-8", "base64", cs_param=False)], "_000_TYCPR01MB7702mori_")
add(dt=dt, frm=addr("森 早苗", "s.mori@hoshizora-tech.co.jp"), to=CO, subject="退職面談 (荒川さん)", body=body,
    kind="unrelated", reply=False, key="exit-invite", mid_domain="TYCPR01MB7702.jpnprd01.prod.outlook.com", mid_style="outlook",
    received=rcv_m365("TYCPR01MB7702.jpnprd01.prod.outlook.com", "2603:1096:400:3a1::9", dt),
    what="HR meeting invitation (text/calendar)", hard="RSVP request ('出席の可否をご返信ください') from HR")

# ---------------------------------------------------------------- friend
dt = T("2025-05-25 20:14:09", 9)
txt = """みずき

転職おめでとう! 新しい会社は 6/2 からだっけ?
お祝いしたいから、6/7 (土) か 6/8 (日) の夜どっちが空いてるか教えて〜。
店は恵比寿のいつものところで予約しとく。

あと AWS の資格って会社変わっても消えないんだよね? 私も今度取ろうかなと思ってて。

さやか
"""
add(dt=dt, frm=addr("Sayaka Ono", "sayaka.ono.1990@gmail.com"), to=P, subject="おめでとう & ごはん",
    body=plain(txt, "utf-8", "base64"), kind="unrelated", reply=False, key="friend", mid_domain="mail.gmail.com", mid_style="gmail",
    **other_in(P, dt, "mail-sor-f41.google.com", "209.85.220.41", "gmail.com", mailfrom="sayaka.ono.1990@gmail.com"),
    what="Friend: congratulations and dinner question", hard="two direct questions, one about AWS certifications surviving a job change")

# ---------------------------------------------------------------- LinkedIn
dt = T("2025-06-03 23:41:18", 0)
txt = """Mizuki, you have 3 new notifications:
 - Kenji Watanuki endorsed you for Amazon Web Services (AWS)
 - Your post "Moving my AWS certifications to a personal account" got 41 reactions
 - Ryosuke Tanaka commented: "Welcome to Kumo Works!"

See all notifications: https://www.linkedin.com/notifications/

This email was intended for Mizuki Arakawa (Cloud Engineer at Kumo Works).
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
"""
add(dt=dt, frm=addr("LinkedIn", "notifications-noreply@linkedin.com"), to=P, subject="Mizuki, you have 3 new notifications",
    body=plain(txt, "utf-8", "quoted-printable"), kind="unrelated", reply=False, key="linkedin", mid_domain="linkedin.com",
    **other_in(P, dt, "mailb-dd.linkedin.com", "108.174.6.211", "linkedin.com"),
    what="LinkedIn notifications", hard="mentions moving AWS certifications")

# ---------------------------------------------------------------- card statement (Shift_JIS 8bit)
dt = T("2025-06-12 07:00:00", 9)
txt = """荒川 瑞希 様

いつもご利用いただきありがとうございます。
2025年6月分のご利用明細が確定しました。

  お支払い金額: 38,412 円
  お支払い日:   2025年6月26日

主なご利用:
  05/22 PEARSON VUE          -20,000 円 (返金)
  06/01 AWS SKILL BUILDER      4,512 円
  06/10 PEARSON VUE           10,000 円

明細の詳細は会員サイトでご確認ください。
※本メールは送信専用です。
"""
add(dt=dt, frm=addr("カード会員サービス", "info@mail.example-card.co.jp"), to=P, subject="【ご利用明細】2025年6月分のお知らせ",
    body=plain(txt, "shift_jis", "8bit", cs_param=False), kind="unrelated", reply=False, key="card", mid_domain="mail.example-card.co.jp",
    subj_charset="iso-2022-jp", crlf=True,
    **other_in(P, dt, "mta1.mail.example-card.co.jp", "203.0.113.45", "mail.example-card.co.jp"),
    what="Credit card statement (Shift_JIS, CRLF)", hard="Pearson refund and Skill Builder charges in a Japanese statement")

# ---------------------------------------------------------------- AWS blog digest (long, asks nothing)
dt = T("2025-06-18 22:00:00", 0)
items = [
    ("AWS Certification: new exam guide for Solutions Architect - Associate", "A walkthrough of the updated domains and what changed in the task statements."),
    ("How to prepare your team for AWS Certification with Skill Builder", "Learning plans, practice question sets and team dashboards."),
    ("Amazon Bedrock now supports cross-region inference in Tokyo", "Lower latency for Japanese workloads and new model availability."),
    ("Best practices for account consolidation with AWS Organizations", "Moving member accounts between organizations without downtime."),
    ("Announcing AWS Summit Japan 2025 sessions", "Over 150 sessions, 30 of them in English."),
]
txt = "AWS Weekly Roundup\n\n" + "\n\n".join("* %s\n  %s" % it for it in items) + """

Have feedback on this newsletter? We'd love to hear from you -- just hit reply.

You are receiving this because you subscribed to AWS Weekly. Unsubscribe:
https://pages.awscloud.com/communication-preferences
"""
htm = "<html><body><table width=\"600\" align=\"center\" style=\"font-family:Arial\"><tr><td><h2>AWS Weekly Roundup</h2>" + "".join(
    "<table width=\"100%%\" cellpadding=\"8\"><tr><td><b>%s</b><br>%s</td></tr></table>" % it for it in items) + \
    "<p>Have feedback on this newsletter? We'd love to hear from you &mdash; just hit reply.</p><p style=\"font-size:11px\">Unsubscribe: https://pages.awscloud.com/communication-preferences</p></td></tr></table></body></html>"
add(dt=dt, frm=addr("AWS Weekly", "aws-marketing-email-replies@amazon.com"), to=P, subject="AWS Weekly Roundup: new SAA exam guide, Bedrock in Tokyo, and more",
    body=alt(txt, htm, "----=_Part_weekly_20250618"), kind="unrelated", reply=False, key="aws-weekly", mid_domain="mktomail.com",
    **other_in(P, dt, "mail-190-12.mktomail.com", "199.15.212.12", "amazon.com", mailfrom="112-TZM-766.0.5012.0@mktomail.com"),
    what="AWS marketing newsletter", hard="AWS sender; 'account consolidation', certification headlines; 'just hit reply' invitation")
