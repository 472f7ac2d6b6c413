"""May 2025: hold lifted, confirmation, forward to the manager, closing notice."""
from common import *

SUBJ_M = "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_M
TC_NAME = "AWS Training and Certification"
REFS = [mid("m028", "ses"), mid("m031", "ses"), mid("m033", "gmail")]

LISTING_ROWS = [
    ("Account #1", ME_P, ME_P, ME_P, NEW_CID, "None"),
    ("Account #2", ME_C, ME_C, ME_C, OLD_CID, "Kitebridge Systems Co., Ltd. (released)"),
]


def listing_text():
    s = ""
    for n, login, tr, ce, cid, apn in LISTING_ROWS:
        s += "%s\nLogin email: %s\nTraining notification email: %s\nCertification notification email: %s\nCandidate ID: %s\n\n" % (n, login, tr, ce, cid)
    return s.rstrip()


CONFIRM_TEXT = """Hi Haruka,

Thanks for waiting. The partner association has been released, so I can go
ahead with the merge. These are the accounts I found:

%s

Everything on Account #2 (exam history, certifications, benefits) would be
moved into Account #1, and Account #2 would be deactivated. This cannot be
undone.

Is Account #1 the one you want to keep? A short reply confirming the
destination is all I need before I start.

Best,
Daniela R.
AWS Training and Certification Customer Service""" % listing_text()


def messages():
    out = []
    # 35 community newsletter (Japanese)
    t = """JAWS-UG 東京 のメンバーの皆さま

次回の勉強会のお知らせです。

■ JAWS-UG 東京 #61「認定資格を取ったあとの学び方」
日時: 2025年5月22日(木) 19:00〜21:00
会場: オンライン（YouTube Live）
LT 枠はまだ空きがあります。登壇を希望される方は connpass から応募してください。

https://jawsug-tokyo.connpass.com/event/352211/

---
このメールは connpass からグループ「JAWS-UG 東京」のメンバーに送信されています。
"""
    out.append((build(when=dt("2025-05-06 12:00:31", JST), key="m035",
        frm=addr("connpass", "no-reply@connpass.com"), to=ME_P,
        subject="【JAWS-UG 東京】5/22 勉強会のお知らせ",
        body=part(t)), L("unrelated", False)))

    # 36 lookalike domain quoting the real case number
    h = html("""<p>Dear Customer,</p>
<p>Your account merge request (case %s) is pending a final identity check.
Because the source account belongs to an AWS Partner organization, you must
re-enter your AWS Builder ID credentials before <b>May 9, 2025</b>, or the
request will be cancelled and your certifications may be lost.</p>
<p><a href="https://aws-trainingcert-help.com/case/%s/verify">Complete verification</a></p>
<p>Reply to this e-mail if you cannot open the link.</p>
<p>AWS Training and Certification Support</p>""" % (CASE_M, CASE_M))
    out.append((build(when=dt("2025-05-07 10:44:09"), key="m036",
        frm=addr("AWS Training and Certification", "support@aws-trainingcert-help.com"), to=ME_P,
        subject="RE:[CASE %s] Account merge pending - verification needed" % CASE_M,
        msgid=mid("m036", "aws-trainingcert-help.com"),
        body=part(h, "html")), L("suspicious", False)))

    # 37 hold lifted
    t = """Hello Haruka,

Quick update: the Alliance Lead at Kitebridge Systems has released your
certification account from the partner organization, so the hold on your
case is lifted. I'm now gathering the details of both accounts and will send
them to you shortly for a final check.

Shreya
AWS Training and Certification Customer Service
"""
    out.append((build(when=dt("2025-05-08 05:51:26"), key="m037",
        frm=addr(TC_NAME, TC_FORM), to=ME_P, subject=SUBJ_M,
        irt=mid("m034", "ses"), refs=REFS + [mid("m034", "ses")],
        body=part(t + FORM_FOOTER)), L("case_update", False, CASE_M)))

    # 38 confirmation request, HTML only with a table, QP
    rows = "".join(
        "<tr><td><b>%s</b></td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>\n" % (n, login, tr, ce, cid)
        for n, login, tr, ce, cid, apn in LISTING_ROWS)
    h = html("""<p>Hi Haruka,</p>
<p>Thanks for waiting. The partner association has been released, so I can go
ahead with the merge. These are the accounts I found:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr style="background:#eaeded"><th></th><th>Login email</th><th>Training notification email</th><th>Certification notification email</th><th>Candidate ID</th></tr>
%s</table>
<p>Everything on Account #2 (exam history, certifications, benefits) would be
moved into Account #1, and Account #2 would be deactivated. This cannot be undone.</p>
<p>Is Account #1 the one you want to keep? A short reply confirming the
destination is all I need before I start.</p>
<p>Best,<br>Daniela R.<br>AWS Training and Certification Customer Service</p>
<p style="font-size:11px;color:#687078">%s</p>""" % (rows, FORM_FOOTER.strip().replace("\n", " ")))
    out.append((build(when=dt("2025-05-09 01:22:47"), key="m038",
        frm=addr(TC_NAME, TC_FORM), to=ME_P, cc=ME_C, subject=SUBJ_M,
        irt=mid("m037", "ses"), refs=REFS + [mid("m037", "ses")],
        body=part(h, "html")), L("confirmation_request", True, CASE_M, [NEW_CID, OLD_CID])))

    # 39 owner forwards it to the manager (Outlook, Japanese on top)
    fw = """佐藤さん

お疲れさまです。水野です。
退職に伴い、AWS認定アカウントを個人アカウントへ統合する手続きを進めています。
APN のパートナー組織からは既に外していただいたので、念のため共有します。
会社側で必要な対応はありません。

水野

________________________________
差出人: AWS Training and Certification <%s>
送信日時: 2025年5月9日 10:22
宛先: %s
CC: %s
件名: %s

%s
""" % (TC_FORM, ME_P, ME_C, SUBJ_M, CONFIRM_TEXT)
    out.append((build(when=dt("2025-05-09 11:05:02", JST), key="m039", incoming=False,
        frm=addr("水野 遥", ME_C), to=addr("佐藤 健一", "k-sato@kitebridge-sys.co.jp"),
        subject="FW: " + SUBJ_M, msgid=mid("m039", "outlook"),
        extra=[("Thread-Topic", SUBJ_M[4:]), ("Content-Language", "ja-JP")],
        body=part(fw, cte="base64")), L("user_reply", False, CASE_M)))

    # 40 manager's out-of-office reply
    t = """佐藤は 5月7日〜5月13日 まで出張のため不在にしております。
期間中はメールの確認が遅れます。お急ぎの場合は 03-5555-0142（代表）まで
ご連絡ください。

I am out of the office until May 13 with limited access to e-mail.
"""
    out.append((build(when=dt("2025-05-09 11:05:09", JST), key="m040",
        frm=addr("佐藤 健一", "k-sato@kitebridge-sys.co.jp"), to=ME_C,
        subject="自動応答: FW: " + SUBJ_M, msgid=mid("m040", "outlook"),
        irt=mid("m039", "outlook"), extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        body=part(t, charset="iso-2022-jp", cte="7bit"), subj_cs="iso-2022-jp"),
        L("unrelated", False)))

    # 41 closing notice (another agent), quotes the listing
    t = """Hello Haruka,

I'm following up on case %s. On May 9 we asked you to confirm which
account should be kept for the merge, and we haven't received an answer yet.

If we don't hear from you within 3 business days, this case will be closed
automatically. Replying to this message keeps it open, and the merge can go
ahead as soon as we have your confirmation.

Regards,
Marcus
AWS Training and Certification Customer Service

-------- Previous message --------
%s
""" % (CASE_M, quote(CONFIRM_TEXT, "| "))
    out.append((build(when=dt("2025-05-14 02:00:33"), key="m041",
        frm=addr(TC_NAME, TC_FORM), to=ME_P, cc=ME_C, subject=SUBJ_M,
        irt=mid("m038", "ses"), refs=REFS + [mid("m038", "ses")],
        body=("alternative", [part(t + FORM_FOOTER), part(html(text_to_html(t + FORM_FOOTER)), "html")])),
        L("closing_notice", True, CASE_M)))

    # 42 owner confirms, but from the company mailbox (Outlook, "Original Message")
    r = """Hello Marcus,

Sorry for the delay. Confirmed - please merge to Account #1 (the Gmail
address) and deactivate Account #2.

Regards,
Haruka Mizuno

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Wednesday, May 14, 2025 11:01 AM
To: %s
Cc: Mizuno Haruka <%s>
Subject: %s

%s
""" % (TC_FORM, ME_P, ME_C, SUBJ_M, t)
    out.append((build(when=dt("2025-05-14 12:37:15", JST), key="m042", incoming=False,
        frm=addr("Mizuno Haruka", ME_C), to=addr(TC_NAME, TC_FORM), subject=SUBJ_M,
        msgid=mid("m042", "outlook"), irt=mid("m041", "ses"), refs=REFS + [mid("m038", "ses"), mid("m041", "ses")],
        extra=[("Thread-Topic", SUBJ_M[4:]), ("Content-Language", "en-US")],
        body=("alternative", [part(r), part(html(text_to_html(r)), "html")])),
        L("user_reply", False, CASE_M)))
    return out
