# Part 7: late April 2025 - case E, an old university account merged (support writes Japanese).
from gen_common import *

UNI = "aiko.b@s.hakata-u.ac.jp"
SUBJ_E = "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_E

# --- E: acknowledgement (English, multipart), echoing the request ---------------------------
d = when("2025-04-22 12:05:40", UTC)
plain = """Hello Aiko,

We've got your message and created case %s.

Our team usually replies within one business day. Please don't submit the
form again for this request; if you need to add something, reply to this
message and it will be attached to the same case.

Your request:
  "While linking my certifications at my new job I found a third, older
  certification account from university (%s, %s).
  It has my 2019 Cloud Practitioner exam. Please merge it into my current
  account %s (%s)."

AWS Training and Certification
""" % (CASE_E, CAND_UNI, UNI, CAND_NEW, ME_PERSONAL)
html = "<div style='font-family:Arial'>" + "".join(
    "<p>%s</p>" % p.replace("\n", "<br>") for p in plain.strip().split("\n\n")) + "</div>"
m = build(alt(plain, html), frm=TC_FROM, to=ME_PERSONAL, subject=SUBJ_E, date=d, msgid=ses_mid("p7-e-ack"),
          top=[("Delivered-To", ME_PERSONAL), ("Authentication-Results", auth_gmail("amazon.com"))])
add(d, m, L("acknowledgement", case=CASE_E, cands=[CAND_UNI, CAND_NEW]),
    "Acknowledgement whose subject already starts 'RE: [CASE'; different template ('We've got your message'); echoed request with two candidate IDs")

# --- E: confirmation request in Japanese ------------------------------------------------------
d = when("2025-04-24 02:30:12", UTC)
plain = """ブラント 愛子 様

AWS トレーニングと認定 カスタマーサービスの中島と申します。
アカウント統合のご依頼につきまして、対象のアカウントを以下のとおり確認いたしました。

Account #1
  ログインメールアドレス: %s
  トレーニング通知メールアドレス: %s
  認定通知メールアドレス: %s
  候補 ID: %s

Account #2
  ログインメールアドレス: %s
  トレーニング通知メールアドレス: (未設定)
  認定通知メールアドレス: %s
  候補 ID: %s

Account #2 の試験履歴(AWS Certified Cloud Practitioner、2019年取得・2022年失効)を
Account #1 に統合し、Account #1 を残す形でよろしいでしょうか。

内容に相違がなければ、その旨をこのメールにご返信ください。
確認が取れ次第、統合作業を行います。

中島 亮
AWS トレーニングと認定 カスタマーサービス
""" % (ME_PERSONAL, ME_PERSONAL, ME_PERSONAL, CAND_NEW, UNI, UNI, CAND_UNI)
html = "<html><body style=\"font-family:'Yu Gothic',sans-serif\">" + "".join(
    "<p>%s</p>" % p.replace("\n", "<br>") for p in plain.strip().split("\n\n")) + "</body></html>"
m = build(alt(plain, html, cte="qp"), frm=TC_FROM, to=addr("ブラント 愛子", ME_PERSONAL), subject=SUBJ_E, date=d,
          msgid=ses_mid("p7-e-confirm"), in_reply_to=ses_mid("p7-e-ack"), references=ses_mid("p7-e-ack"),
          top=[("Delivered-To", ME_PERSONAL), ("Authentication-Results", auth_gmail("amazon.com"))])
add(d, m, L("confirmation_request", True, CASE_E, [CAND_NEW, CAND_UNI]),
    "Confirmation request in Japanese: Account #1/#2 listing with Japanese field names, 〜でよろしいでしょうか and plain 〜ご返信ください")

# --- E: owner confirms in Japanese -------------------------------------------------------------------
d = when("2025-04-24 20:15:48")
plain = """中島様

ご確認ありがとうございます。
内容に相違ありません。Account #1 を残して統合をお願いいたします。

ブラント 愛子

2025年4月24日(木) 11:30 AWS Training and Certification <%s>:
%s
""" % (TC_FORM, quote("""ブラント 愛子 様

AWS トレーニングと認定 カスタマーサービスの中島と申します。
アカウント統合のご依頼につきまして、対象のアカウントを以下のとおり確認いたしました。

Account #1
  ログインメールアドレス: %s
  候補 ID: %s

Account #2
  ログインメールアドレス: %s
  候補 ID: %s

Account #2 の試験履歴(AWS Certified Cloud Practitioner、2019年取得・2022年失効)を
Account #1 に統合し、Account #1 を残す形でよろしいでしょうか。

内容に相違がなければ、その旨をこのメールにご返信ください。""" % (ME_PERSONAL, CAND_NEW, UNI, CAND_UNI)))
m = build(text(plain, cte="b64"), frm=addr("ブラント 愛子", ME_PERSONAL), to=TC_FROM, subject=SUBJ_E, date=d,
          msgid=gmail_mid("p7-e-answer"), in_reply_to=ses_mid("p7-e-confirm"),
          references="%s %s" % (ses_mid("p7-e-ack"), ses_mid("p7-e-confirm")))
add(d, m, L("user_reply", case=CASE_E),
    "Owner's Japanese confirmation; Gmail Japanese quote header (…<addr>:) over the quoted request with both candidate IDs")

# --- E: resolved in Japanese --------------------------------------------------------------------------
d = when("2025-04-25 01:05:27", UTC)
plain = """ブラント 愛子 様

お待たせいたしました。中島です。

Account #2 の内容を Account #1(%s)へ統合いたしました。
2019年の AWS Certified Cloud Practitioner の試験履歴は、Account #1 の
「試験履歴」ページに表示されております。なお、同認定は失効済みのため、
デジタルバッジの再発行はございません。

ほかにお困りのことがございましたら、いつでもお問い合わせください。
このたびはご連絡いただき、ありがとうございました。

中島 亮
AWS トレーニングと認定 カスタマーサービス

-----Original Message-----
From: ブラント 愛子 <%s>
Sent: 2025-04-24 11:15 UTC
Subject: %s

> 内容に相違ありません。Account #1 を残して統合をお願いいたします。
""" % (CAND_NEW, ME_PERSONAL, SUBJ_E)
m = build(text(plain, cte="b64"), frm=TC_FROM, to=addr("ブラント 愛子", ME_PERSONAL), subject=SUBJ_E, date=d,
          msgid=ses_mid("p7-e-resolved"), in_reply_to=gmail_mid("p7-e-answer"),
          references="%s %s %s" % (ses_mid("p7-e-ack"), ses_mid("p7-e-confirm"), gmail_mid("p7-e-answer")),
          top=[("Delivered-To", ME_PERSONAL), ("Authentication-Results", auth_gmail("amazon.com"))])
add(d, m, L("resolved", case=CASE_E, cands=[CAND_NEW]),
    "Japanese completion (統合いたしました) with a conditional 〜がございましたら and a note that no badge will be issued", crlf=True)
