from gen_lib import *
C7 = "174649338100845"; C8 = "174702912600330"
S7 = "RE:[CASE %s] [AWS Training and Certification Form Submission] - training-transcript" % C7
S8 = "RE: [CASE %s] [AWS Training and Certification Form Submission] - partner-account" % C8
M = []
def add(**k): M.append(k)

add(key="c7ack", **{"date": "2025-05-06 10:03:41 +0900",
    "from": "Amazon Web Services <%s>" % TC, "to": ME_P,
    "subject": "[CASE %s] [AWS Training and Certification Form Submission] - training-transcript" % C7,
    "auth": auth_gmail("amazon.com"),
    "body": text("""Hello,

Thanks for getting in touch with AWS Training and Certification. Case %s has been created for you.

Our team usually answers within 24 hours. There is no need to submit the form again - doing so creates a duplicate case and slows things down.

Your message:
"The Skill Builder transcript from my old login (k.fujisawa@tsukumo-systems.co.jp) was supposed to sync to my personal login after my merge, but after five weeks nothing has arrived."

AWS Training and Certification Customer Service
""" % C7, cte="quoted-printable"),
    "label": ("acknowledgement", False, C7, []),
    "note": "Acknowledgement for the 'rest to follow' that never came; the echoed text is a complaint, not a request to the owner."})

add(**{"date": "2025-05-07 06:25:10 +0000",
    "from": "AWS Educate <aws-cs-educate-form@amazon.com>", "to": ME_P,
    "subject": "RE:[CASE 174655870200411] [AWS Educate Form Submission] - account-closure",
    "auth": auth_gmail("amazon.com"),
    "body": text("""Hello,

We have completed your request: the AWS Educate account registered to kaito.fujisawa.mail@gmail.com has been closed. No further action is required.

If you would like to share feedback, reply to this email.

AWS Educate Support
""", cte="7bit"),
    "label": ("unrelated", False, None, []),
    "note": "Another AWS program's form case (AWS Educate) with the same subject shape and 'completed your request' - other AWS program, so unrelated; case left null."})

add(key="c7conf", parent="c7ack", **{"date": "2025-05-09 11:20:15 +0900",
    "from": TC, "to": ME_P, "subject": S7, "auth": auth_gmail("amazon.com"),
    "body": text("""藤沢 海斗 様

AWS トレーニングと認定の山本です。

調査の結果、旧ログイン(k.fujisawa@tsukumo-systems.co.jp)のトレーニングアカウントは、認定アカウントの統合後も個別に残っていることがわかりました。
旧ログインのトレーニングアカウントを、現在お使いの個人用ログイン(kaito.fujisawa.mail@gmail.com)へ統合する形で進めてよろしいでしょうか。統合後は、旧ログインではサインインできなくなります。

山本 健
AWS トレーニングと認定
""", cte="base64"),
    "label": ("confirmation_request", True, C7, []),
    "note": "Japanese go-ahead question (進めてよろしいでしょうか) for merging the training accounts - no 確認 / ください / お願い in the ask."})

add(key="c8ack", **{"date": "2025-05-12 14:52:30 +0900",
    "from": "Amazon Web Services <%s>" % TC, "to": ME_P,
    "subject": "[CASE %s] [AWS Training and Certification Form Submission] - partner-account" % C8,
    "auth": auth_gmail("amazon.com"),
    "body": text("""Hello,

Thank you for contacting Amazon Web Services. We have opened case %s on your behalf.

The details of your case are as follows:
Inquiry type: Certification / Partner
Description: I left Tsukumo Systems on March 31, but the company's APN partner profile still lists my certifications. Please remove them (my account AWS07730156).

We typically respond within 24 hours.
""" % C8, cte="7bit"),
    "label": ("acknowledgement", False, C8, ["AWS07730156"]),
    "note": "Classic acknowledgement wording; 'Please remove them' is the owner's echoed request."})

add(key="c7close", parent="c7conf", **{"date": "2025-05-14 09:30:02 +0900",
    "from": TC, "to": ME_P, "subject": S7, "auth": auth_gmail("amazon.com"),
    "body": text("""藤沢 海斗 様

5月9日にお送りしたご連絡について、まだご返信をいただいておりません。
5月16日までにご返信がない場合、誠に恐れ入りますが本ケースはクローズとさせていただきます。
クローズ後にご返信いただいた場合も、ケースは再開されます。

山本 健
AWS トレーニングと認定

-----Original Message-----
旧ログインのトレーニングアカウントを、現在お使いの個人用ログイン(kaito.fujisawa.mail@gmail.com)へ統合する形で進めてよろしいでしょうか。
""", charset="iso-2022-jp", cte="7bit"),
    "label": ("closing_notice", True, C7, []),
    "note": "Japanese closing warning (ISO-2022-JP) that quotes the unanswered go-ahead question; the closing notice is the new content."})

add(key="c7rep", parent="c7close", sent=True, **{"date": "2025-05-14 12:05:44 +0900",
    "from": ME_P_FULL, "to": TC, "subject": S7,
    "body": text("""山本様

ご連絡が遅くなり申し訳ありません。
その形(旧ログインを個人用ログインへ統合)で進めてください。

藤沢

2025年5月14日(水) 9:30 <aws-cs-trainingcertification-form@amazon.com>:
> 5月9日にお送りしたご連絡について、まだご返信をいただいておりません。
""", cte="quoted-printable"),
    "label": ("user_reply", False, C7, []),
    "note": "Owner's Japanese go-ahead."})

add(key="c8step", parent="c8ack", **{"date": "2025-05-14 16:00:27 +0900",
    "from": TC, "to": ME_P, "subject": S8, "auth": auth_gmail("amazon.com"),
    "body": text("""Hello Kaito,

I've completed the first step on our side: your certification account AWS07730156 is confirmed as no longer tied to the Tsukumo Systems organization in our records.

The partner profile itself is maintained by AWS Partner Central support, so I have transferred your case to them to remove the remaining listing. They will write to you on this case when it is done.

Jonas
AWS Training and Certification
""", cte="7bit"),
    "label": ("case_update", False, C8, ["AWS07730156"]),
    "note": "'I've completed the first step' + 'transferred your case' - completed wording, but the requested removal is not done."})

add(key="c7fwd", parent="c7rep", **{"date": "2025-05-15 10:40:51 +0900",
    "from": TC, "to": ME_P, "subject": S7, "auth": auth_gmail("amazon.com"),
    "body": text("""Hi Kaito,

Your request has been processed and forwarded to the Skill Builder platform team, who carry out training-account merges. I will keep this case open until they tell us the transcript has moved.

Lena
AWS Training and Certification
""", cte="7bit"),
    "label": ("case_update", False, C7, []),
    "note": "'Has been processed' - but processed = forwarded; the case stays open. English reply on a Japanese-language thread."})

add(key="c8done", parent="c8step", **{"date": "2025-05-16 13:12:09 +0900",
    "from": "AWS Training and Certification <%s>" % TC, "to": ME_P, "subject": S8,
    "auth": auth_gmail("amazon.com"),
    "body": html("""<html><body><p>Hello Kaito,</p>
<p>All set: Partner Central support has removed you from the Tsukumo Systems partner profile, so your certifications no longer count toward that organization. Partner reports can take up to a week to reflect it.</p>
<p>If you have anything to add, simply reply to this email.</p>
<p>Jonas<br>AWS Training and Certification</p></body></html>"""),
    "label": ("resolved", False, C8, []),
    "note": "HTML-only 'All set' resolution with a conditional invitation to reply and a lag note."})

add(parent="c7fwd", **{"date": "2025-05-19 17:48:36 +0900",
    "from": TC, "to": ME_P, "subject": S7, "auth": auth_gmail("amazon.com"),
    "body": text("""藤沢 海斗 様

お待たせいたしました。旧ログインのトレーニング履歴の移行は対応済みです。個人用ログインのトランスクリプトに、これまでの受講履歴が表示されていることをご確認いただけます。

ご不明な点がございましたら、本メールにご返信ください。

山本 健
AWS トレーニングと認定
""", cte="base64"),
    "label": ("resolved", False, C7, []),
    "note": "Japanese 対応済みです; 'ご確認いただけます' (you can check) and a 〜がございましたら conditional are not requests."})
