#!/usr/bin/env python3
"""Generate the blind held-out corpus (blind-23). Standard library only.

Writes NNN.eml + NNN.json (and README.md) into the directory this script lives in.
"""
import base64
import datetime as dt
import hashlib
import html
import json
import os
import quopri
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))

ME_P = "kenta.oyama.0907@gmail.com"
ME_C = "k.oyama@minatomirai-sys.co.jp"
TC = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"

JST = dt.timezone(dt.timedelta(hours=9))
UTC = dt.timezone.utc

CASE_K = "8352017746"        # 2021, 10 digits, duplicate profiles on company address
CASE_C = "14218873091"       # console case, 11 digits
CASE_A = "174062913800412"   # main T&C form case, 15 digits
CASE_B = "174062988200735"   # duplicate form submission, 15 digits
CASE_E = "174375211400268"   # third (Partner Central) account, 15 digits

SUBJ_FORM = "[AWS Training and Certification Form Submission] - account-assistance"

CODEC = {"UTF-8": "utf-8", "ISO-2022-JP": "iso-2022-jp", "Shift_JIS": "shift_jis",
         "us-ascii": "ascii"}

MIDS = {}


def t(y, mo, d, h, mi, s=0, tz=JST):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=tz)


def h8(key, n=8):
    return hashlib.sha1(key.encode()).hexdigest()[:n]


def make_mid(key, style):
    x = hashlib.sha1(key.encode()).hexdigest()
    if style == "ses":
        return "<01000%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
            x[:11], x[11:15], x[15:19], x[19:23], x[23:35])
    if style == "gmail":
        return "<CAF%s+%s@mail.gmail.com>" % (x[:10].upper(), x[10:30])
    if style == "outlook":
        return "<TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>" % (
            x[:4].upper(), x[4:16].upper(), x[16:20].upper())
    return "<%s.%s@%s>" % (x[:16], x[16:24], style)


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((name, email), charset=charset)


def hdr(value, charset="utf-8"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode()


def quote(text, prefix="> "):
    out = []
    for line in text.rstrip("\n").split("\n"):
        out.append((prefix + line).rstrip() if line else prefix.rstrip())
    return "\n".join(out) + "\n"


def to_html(text):
    """Very small plain->HTML converter; '>' lines become blockquotes."""
    out, depth = [], 0
    for line in text.split("\n"):
        d = 0
        s = line
        while s.startswith(">"):
            d += 1
            s = s[1:].lstrip(" ") if s[1:2] == " " or s[1:2] == ">" or s[1:2] == "" else s[1:]
        while depth < d:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">')
            depth += 1
        while depth > d:
            out.append("</blockquote>")
            depth -= 1
        out.append(html.escape(s) + "<br>")
    while depth:
        out.append("</blockquote>")
        depth -= 1
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div dir="ltr" style="font-family:Arial,sans-serif;font-size:14px">\n'
            + "\n".join(out) + "\n</div></body></html>\n")


def payload(text, charset, cte):
    raw = text.encode(CODEC[charset])
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        q = quopri.encodestring(raw)
        return q if q.endswith(b"\n") else q + b"\n"
    return raw if raw.endswith(b"\n") else raw + b"\n"


def leaf(text, subtype="plain", charset="UTF-8", cte="8bit", extra=""):
    head = ('Content-Type: text/%s; charset="%s"%s\nContent-Transfer-Encoding: %s\n'
            % (subtype, charset, extra, cte)).encode()
    return head, payload(text, charset, cte)


def auth_gmail(dfrom, mailfrom, ip, dkim="pass", spf="pass", dmarc="pass", pol="QUARANTINE",
               dis="NONE", selector="s1"):
    sdesc = {"pass": "designates %s as permitted sender" % ip,
             "softfail": "best guess record for domain of transitioning %s does not designate %s as permitted sender" % (mailfrom, ip),
             "fail": "domain of %s does not designate %s as permitted sender" % (mailfrom, ip)}[spf]
    if spf == "pass":
        sdesc = "google.com: domain of %s %s" % (mailfrom, sdesc)
    else:
        sdesc = "google.com: " + sdesc
    dk = ("dkim=%s header.i=@%s header.s=%s header.b=%s" % (dkim, dfrom, selector, h8(mailfrom + ip, 8))
          if dkim != "none" else "dkim=none")
    return ("Authentication-Results: mx.google.com;\n"
            "       %s;\n"
            "       spf=%s (%s) smtp.mailfrom=%s;\n"
            "       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s"
            % (dk, spf, sdesc, mailfrom, dmarc, pol, pol, dis, dfrom))


def auth_m365(dfrom, mailfrom_dom, ip, dkim="pass", spf="pass", dmarc="pass", internal=False):
    if internal:
        return ("Authentication-Results: dkim=none (message not signed)\n"
                " header.d=none;dmarc=none action=none header.from=%s;" % dfrom)
    return ("Authentication-Results: spf=%s (sender IP is %s)\n"
            " smtp.mailfrom=%s; dkim=%s (signature was verified)\n"
            " header.d=%s;dmarc=%s action=none\n"
            " header.from=%s;compauth=%s reason=100"
            % (spf, ip, mailfrom_dom, dkim, dfrom, dmarc, dfrom,
               "pass" if dmarc == "pass" else "fail"))


SES_FROM = "0100019%s@email.amazonses.com"

MESSAGES = []


def M(key, **kw):
    kw["key"] = key
    MESSAGES.append(kw)
    return kw


def amazon_auth(box, key, dom="amazon.com"):
    mf = SES_FROM % h8(key, 9)
    if box == "p":
        return auth_gmail(dom, mf, "54.240.8.%d" % (int(h8(key, 2), 16) % 200 + 20))
    return auth_m365(dom, "amazonses.com", "54.240.48.%d" % (int(h8(key, 2), 16) % 200 + 20))


# ----------------------------------------------------------------------------------------------
# message bodies and specs (in arrival order)
# ----------------------------------------------------------------------------------------------

TC_NAME = "AWS Training and Certification"
TC_FROM = addr(TC_NAME, TC)
ME_P_FROM = addr("Kenta Oyama", ME_P)
ME_C_FROM = addr("大山 健太", ME_C)

# ---------------- 2021: duplicate profiles on the company address (case K) ----------------
b_k_ack = """大山 様

アマゾン ウェブ サービスへお問い合わせいただき、誠にありがとうございます。
お問い合わせを受け付け、ケース番号 8352017746 を発行いたしました。

担当者より、通常24時間以内にご連絡いたします。内容によっては調査のため
もう少しお時間を頂戴する場合がございますので、あらかじめご了承ください。

なお、同じ内容で別のケースを作成されますと、対応がかえって遅れる原因となります。
本件については、このケースでのやり取りをお願いいたします。

お問い合わせ内容:
  お問い合わせタイプ: 認定
  その他の詳細: Account Merge
  本文: 同じ会社メールアドレスで認定アカウントが2つ作成されているようです。
        1つにまとめていただけますか。

補足事項がございましたら、このメールにご返信いただくことで担当者に届きます。

AWS トレーニングと認定 カスタマーサービス
"""
M("k_ack", date=t(2021, 6, 14, 10, 22, 41, UTC), box="c", mid="ses",
  frm=addr("AWS トレーニングと認定", TC, "iso-2022-jp"), to=ME_C,
  subject="RE:[CASE %s] %s" % (CASE_K, SUBJ_FORM),
  parts=[("plain", b_k_ack, "ISO-2022-JP", "7bit")],
  label=("acknowledgement", False, CASE_K, []),
  note="2021 form ack in Japanese (ISO-2022-JP); echoes the user's own 「まとめていただけますか」 and a 〜がございましたら conditional; 10-digit case")

b_k_info = """Hello Kenta,

Thanks for reaching out about your certification profiles. My name is Priya and
I'll be handling this case.

I ran a search on k.oyama@minatomirai-sys.co.jp and it does come back with two
separate certification profiles. That usually happens when a second profile is
created during sign-in, for instance through a partner portal, and the system
fails to recognise the first one.

To line them up correctly I have to know which profile is which on your side.
Each one has a candidate ID (it starts with "AWS" followed by eight digits) and
it is displayed in the upper-right corner once you are signed in to the
certification portal. Send me both IDs, and tell me which of the two shows your
exam history.

Kind regards,
Priya
AWS Training and Certification Customer Service
"""
M("k_info", date=t(2021, 6, 15, 6, 48, 2, UTC), box="c", mid="ses",
  frm=TC_FROM, to=ME_C, subject="RE:[CASE %s] %s" % (CASE_K, SUBJ_FORM),
  irt="k_ack", refs=["k_ack"],
  parts=[("plain", b_k_info, "us-ascii", "7bit")],
  label=("info_request", True, CASE_K, []),
  note="asks for candidate IDs with a bare imperative 'Send me both IDs' after an explanation; no 'please'")

b_k_reply1 = """Hi Priya,

Thank you for checking. Here are the two IDs:

 - AWS04417725 : this one has all my exam history (SAA, SOA)
 - AWS09912364 : created by mistake last month, nothing on it

Best regards,
Kenta Oyama
--
株式会社みなとみらいシステムズ クラウド推進部
大山 健太

-----Original Message-----
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, June 15, 2021 3:48 PM
To: 大山 健太 <k.oyama@minatomirai-sys.co.jp>
Subject: RE:[CASE 8352017746] [AWS Training and Certification Form Submission] - account-assistance

""" + b_k_info
M("k_reply1", date=t(2021, 6, 15, 18, 5, 33), box="c", mid="outlook", crlf=True,
  frm=ME_C_FROM, to=TC_FROM, subject="RE: RE:[CASE %s] %s" % (CASE_K, SUBJ_FORM),
  irt="k_info", refs=["k_ack", "k_info"], noauth=True,
  extra=["X-Mailer: Microsoft Outlook 16.0"],
  parts=[("plain", b_k_reply1, "UTF-8", "quoted-printable")],
  label=("user_reply", False, CASE_K, ["AWS04417725", "AWS09912364"]),
  note="user reply from the company address, Outlook '-----Original Message-----' quoting the request; CRLF + QP")

M("k_taskdock", date=t(2021, 6, 16, 9, 12, 0), box="c", mid="taskdock.jp",
  frm=addr("TaskDock", "notify@taskdock.jp"), to=ME_C,
  subject="[MMS-INFRA-118] 課題が完了になりました: 本番アカウント統合 (AWS Organizations)",
  auth=auth_m365("taskdock.jp", "taskdock.jp", "203.0.113.45"),
  parts=[("plain", """大山 健太 さん

伊藤 沙耶香 さんが課題の状態を変更しました。

[MMS-INFRA-118] 本番アカウント統合 (AWS Organizations)
  状態: 処理中 → 完了
  担当者: 大山 健太
  コメント: 旧アカウント 345678901234 を組織に統合済み。確認お願いします。

課題を表示: https://minatomirai.taskdock.jp/view/MMS-INFRA-118

このメールに返信するとコメントとして追加されます。
-- 
TaskDock 通知 (配信設定は個人設定から変更できます)
""", "UTF-8", "8bit")],
  label=("unrelated", False, None, []),
  note="project-tracker mail about an AWS *account* merge marked 完了, 12-digit account ID, 'reply adds a comment'; UTF-8 8bit")

b_k_conf = """大山 健太 様

お世話になっております。AWS トレーニングと認定 カスタマーサービスの佐藤でございます。
Priya より本件を引き継ぎました。候補 ID をお知らせいただき、ありがとうございました。

ご登録状況を確認しましたところ、以下の 2 件のアカウントが見つかりました。

Account #1
  候補 ID: AWS04417725
  ログイン メールアドレス: k.oyama@minatomirai-sys.co.jp
  トレーニング通知先メールアドレス: k.oyama@minatomirai-sys.co.jp
  認定通知先メールアドレス: k.oyama@minatomirai-sys.co.jp

Account #2
  候補 ID: AWS09912364
  ログイン メールアドレス: k.oyama@minatomirai-sys.co.jp
  トレーニング通知先メールアドレス: (未設定)
  認定通知先メールアドレス: k.oyama@minatomirai-sys.co.jp

試験履歴は Account #1 にのみ記録されております。統合後は Account #1 を残し、
Account #2 は無効となります。

この内容で統合を進めてよろしいか、ご確認のうえご返信いただけますでしょうか。
お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

佐藤
AWS トレーニングと認定 カスタマーサービス
"""
M("k_conf", date=t(2021, 6, 17, 2, 10, 9, UTC), box="c", mid="ses", crlf=True,
  frm=addr("AWS トレーニングと認定", TC, "iso-2022-jp"), to=ME_C,
  subject="RE:[CASE %s] %s" % (CASE_K, SUBJ_FORM), irt="k_reply1", refs=["k_ack", "k_info", "k_reply1"],
  parts=[("plain", b_k_conf, "ISO-2022-JP", "7bit")],
  label=("confirmation_request", True, CASE_K, ["AWS04417725", "AWS09912364"]),
  note="Japanese keigo confirmation (〜いただけますでしょうか) with Account #1/#2 listing; ISO-2022-JP + CRLF")

b_k_reply2 = """佐藤様

ご確認ありがとうございます。
上記の内容で問題ありません。Account #1 (AWS04417725) への統合をお願いいたします。

大山

差出人: AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2021年6月17日 11:10
宛先: 大山 健太 <k.oyama@minatomirai-sys.co.jp>
件名: RE:[CASE 8352017746] [AWS Training and Certification Form Submission] - account-assistance

""" + b_k_conf
M("k_reply2", date=t(2021, 6, 17, 11, 30, 5), box="c", mid="outlook", crlf=True,
  frm=ME_C_FROM, to=TC_FROM, subject="RE: RE:[CASE %s] %s" % (CASE_K, SUBJ_FORM),
  irt="k_conf", refs=["k_ack", "k_info", "k_reply1", "k_conf"], noauth=True,
  extra=["X-Mailer: Microsoft Outlook 16.0"],
  parts=[("plain", b_k_reply2, "UTF-8", "base64")],
  label=("user_reply", False, CASE_K, ["AWS04417725"]),
  note="Japanese user reply, Outlook Japanese header block (差出人/送信日時) over the quoted request; base64; only one ID in new text")

b_k_done = """Hello Kenta,

Good news: the two profiles are now one. AWS04417725 stays as your active
candidate ID and carries your full exam history; AWS09912364 has been retired
and can no longer be signed in to.

Your digital badges will be re-issued to the surviving profile within 24 to 48
hours, so don't worry if Credly looks odd for a day or so. There is nothing else
you need to do on your end.

All the best,
Priya
AWS Training and Certification Customer Service

On 2021/06/17 11:30, 大山 健太 <k.oyama@minatomirai-sys.co.jp> wrote:
""" + quote(b_k_reply2.split("差出人:")[0].rstrip() + "\n") + """>
> > この内容で統合を進めてよろしいか、ご確認のうえご返信いただけますでしょうか。
> > お手数をおかけいたしますが、何卒よろしくお願い申し上げます。
"""
M("k_done", date=t(2021, 6, 18, 4, 33, 50, UTC), box="c", mid="ses",
  frm=TC_FROM, to=ME_C, subject="RE:[CASE %s] %s" % (CASE_K, SUBJ_FORM),
  irt="k_reply2", refs=["k_ack", "k_info", "k_reply1", "k_conf", "k_reply2"],
  parts=[("plain", b_k_done, "UTF-8", "quoted-printable"), ("html", to_html(b_k_done), "UTF-8", "quoted-printable")],
  label=("resolved", False, CASE_K, ["AWS04417725", "AWS09912364"]),
  note="completion worded without 'merged' ('the two profiles are now one'); quotes the old Japanese request below; multipart/alternative QP")

b_acclaim = """Hi Kenta,

Amazon Web Services Training and Certification has issued you a badge:

  AWS Certified Solutions Architect - Associate

Your badge was moved to your updated certification profile. Accept it to
display and share your achievement.

Accept your badge: https://www.youracclaim.com/badges/8a1e6c0f-2d4b-4c8e-9f31-5b7a0d2e6c14/accept

Acclaim | Credly, Inc.
You are receiving this email because a badge was issued to k.oyama@minatomirai-sys.co.jp.
"""
M("k_badge", date=t(2021, 6, 19, 1, 2, 0, UTC), box="c", mid="youracclaim.com",
  frm=addr("Acclaim", "admin@youracclaim.com"), to=ME_C,
  subject="Your AWS Certified Solutions Architect - Associate badge is waiting for you",
  auth=auth_m365("youracclaim.com", "youracclaim.com", "149.72.160.11"),
  parts=[("plain", b_acclaim, "UTF-8", "quoted-printable"), ("html", to_html(b_acclaim), "UTF-8", "quoted-printable")],
  label=("badge", False, None, []),
  note="old Credly sender (youracclaim.com); 'Accept your badge' call to action is not a support ask")

# ---------------- 2023 ----------------
b_pvue = """大山 健太 様

Pearson VUE をご利用いただきありがとうございます。
以下の内容で試験のご予約を承りました。

試験名: AWS Certified Solutions Architect - Professional (SAP-C02)
登録番号 (Registration ID): 482913377
候補者 ID: AWS04417725
日時: 2023年5月27日(土) 13:30
会場: ピアソンVUE 横浜テストセンター

予約の変更・キャンセルは、試験開始の24時間前までにウェブサイトから行ってください。
当日は有効な身分証明書を2点ご持参ください。

このメールは送信専用です。ご返信いただいてもお答えできません。
Pearson VUE
"""
M("pvue1", date=t(2023, 5, 10, 21, 4, 0), box="c", mid="pearson.com",
  frm=addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), to=ME_C,
  subject="ご予約の確認 - AWS Certified Solutions Architect - Professional",
  auth=auth_m365("pearson.com", "pearson.com", "198.51.100.12"),
  parts=[("plain", b_pvue, "UTF-8", "base64")],
  label=("unrelated", False, None, ["AWS04417725"]),
  note="exam-vendor mail: 9-digit registration ID (not a case), candidate ID present; base64")

b_cm_pass = """Congratulations, Kenta!

You have successfully completed the requirements to become
AWS Certified Solutions Architect - Professional.

Candidate ID: AWS04417725
Certification date: May 27, 2023
Expiration date: May 27, 2026
Validation number: 7XQ2RLB1K1E4Q3SW

Your digital badge will arrive separately from Credly within a few days.
You can download your certificate from the Certification Account at any time.

AWS Certification
This is an automated message; this mailbox is not monitored.
"""
M("cm_pass", date=t(2023, 6, 2, 0, 12, 0, UTC), box="c", mid="certmetrics.com",
  frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_C,
  subject="Congratulations! You are now AWS Certified",
  auth=auth_m365("certmetrics.com", "certmetrics.com", "52.10.40.7"),
  parts=[("plain", b_cm_pass, "UTF-8", "quoted-printable"), ("html", to_html(b_cm_pass), "UTF-8", "quoted-printable")],
  label=("certification", False, None, ["AWS04417725"]),
  note="certmetrics pass notice with candidate ID and validation number")

b_credly1 = """Kenta, you've earned a new badge!

Amazon Web Services Training and Certification sent you a badge:
AWS Certified Solutions Architect – Professional

Claim it, then share it on LinkedIn and add it to your email signature.

Accept badge: https://www.credly.com/badges/3f9c1d2e-7a41-4b5e-9d8c-0e61f2a7b9c4/accept

Credly, 2 Park Ave, New York, NY
Manage notification settings | Unsubscribe
"""
M("credly1", date=t(2023, 6, 2, 3, 40, 0, UTC), box="c", mid="credly.com",
  frm=addr("Credly", "admin@credly.com"), to=ME_C,
  subject="Amazon Web Services Training and Certification sent you a new badge",
  auth=auth_m365("credly.com", "credly.com", "149.72.161.99"),
  parts=[("plain", b_credly1, "UTF-8", "8bit"), ("html", to_html(b_credly1), "UTF-8", "8bit")],
  label=("badge", False, None, []),
  note="Credly new-badge mail with a UUID badge link (not a case number)")

# ---------------- 2025 ----------------
b_bill = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the period
December 1 - December 31, 2024, is now available on the AWS Billing console.

Account: 210987654321
Total amount: USD 3.41
Payment method: Visa ending in 4417

You can view the statement and download the invoice from the Bills page:
https://console.aws.amazon.com/billing/home#/bills

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc.
Please note: this e-mail was sent from an address that cannot accept incoming
e-mails.
"""
M("bill", date=t(2025, 1, 3, 8, 15, 0, UTC), box="p", mid="ses",
  frm=addr("Amazon Web Services", NOREPLY), to=ME_P,
  subject="Amazon Web Services Billing Statement Available [Account: 210987654321]",
  parts=[("plain", b_bill, "us-ascii", "7bit")],
  label=("unrelated", False, None, []),
  note="billing mail from the same sender as console cases, 12-digit account ID, 'cannot accept incoming e-mails' footer")

b_hr = """大山 健太 さん

人事部 退職手続き担当です。
3月31日付のご退職に伴い、以下のお手続きをお願いします。

1. 貸与PC・社員証の返却 (3月28日(金)までに情報システム部へ)
2. 退職届・秘密保持誓約書の提出 (押印のうえ人事部へ郵送または手渡し)
3. 健康保険証の返却 (最終出社日)
4. 社内システムのデータ整理 (メールボックスは3月31日 23:59 に停止します)

離職票の要否を、3月14日までにこのメールへの返信でお知らせください。
ご不明点がございましたら、人事部までお気軽にお問い合わせください。

人事部 退職手続き担当
内線 2210
"""
M("hr", date=t(2025, 2, 10, 10, 30, 0), box="c", mid="minatomirai-sys.co.jp", crlf=True,
  frm=addr("人事部 退職手続き担当", "jinji@minatomirai-sys.co.jp", "iso-2022-jp"), to=ME_C,
  subject="【ご案内】退職に伴うお手続きについて",
  auth=auth_m365("minatomirai-sys.co.jp", "", "", internal=True),
  parts=[("plain", b_hr, "Shift_JIS", "8bit")],
  label=("unrelated", False, None, []),
  note="internal HR mail asking for a reply (not to AWS support); Shift_JIS 8bit + CRLF")

b_cm_exp = """Hello Kenta Oyama,

Your AWS Certified SysOps Administrator - Associate certification expires on
May 14, 2025.

Candidate ID: AWS04417725

To keep your certification active, pass the current version of the exam or a
higher-level exam in the same path before the expiration date. As a certified
individual you can use your 50% discount benefit toward the recertification
exam; it is listed under Benefits in your Certification Account.

Plan your recertification: https://aws.amazon.com/certification/recertification/

AWS Certification
Please do not reply to this message.
"""
M("cm_exp", date=t(2025, 2, 18, 1, 0, 0, UTC), box="c", mid="certmetrics.com",
  frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_C,
  subject="Action recommended: your AWS Certification expires in 85 days",
  auth=auth_m365("certmetrics.com", "certmetrics.com", "52.10.40.7"),
  parts=[("plain", b_cm_exp, "UTF-8", "quoted-printable"), ("html", to_html(b_cm_exp), "UTF-8", "quoted-printable")],
  label=("certification", False, None, ["AWS04417725"]),
  note="expiry notice: 'Action recommended' subject and a 50% benefit mention, but certmetrics and no reply needed")

M("bid_code", date=t(2025, 2, 26, 11, 48, 10, UTC), box="p", mid="ses",
  frm=addr("AWS Builder ID", "no-reply@signin.aws"), to=ME_P,
  subject="Verify your AWS Builder ID email address",
  auth=auth_gmail("signin.aws", SES_FROM % "b1d000001", "54.240.8.77"),
  parts=[("plain", """Hello,

Someone is creating an AWS Builder ID with this email address.

Verification code: 538102

Enter this code in the browser window where you started. It expires in
10 minutes. If you did not try to create a Builder ID, you can safely
ignore this message.

Amazon Web Services
""", "us-ascii", "7bit")],
  label=("unrelated", False, None, []),
  note="Builder ID one-time code (6 digits, not a case number)")

b_sb = """<html><body style="font-family:Arial,sans-serif">
<h2>Welcome to AWS Skill Builder, Kenta</h2>
<p>Your AWS Builder ID is now connected to AWS Training and Certification.
You can start learning right away with more than 600 free digital courses.</p>
<p><a href="https://skillbuilder.aws/">Start learning</a></p>
<p style="font-size:11px;color:#666">You received this email because you created a profile on AWS Skill Builder.
This mailbox does not accept replies.</p>
</body></html>
"""
M("sb_welcome", date=t(2025, 2, 26, 12, 3, 0, UTC), box="p", mid="aws.training",
  frm=addr("AWS Training and Certification", "no-reply@aws.training"), to=ME_P,
  subject="Welcome to AWS Skill Builder",
  auth=auth_gmail("aws.training", "bounce@aws.training", "54.240.8.91"),
  parts=[("html", b_sb, "UTF-8", "quoted-printable")],
  label=("unrelated", False, None, []),
  note="training-platform welcome, HTML-only; display name identical to the support sender's")

CONSOLE_LINK = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % CASE_C
CONSOLE_FOOT = """
We value your feedback. Please share your experience by rating this
correspondence with the stars shown next to it in the AWS Support Center.

============================================================
To reach us again about this case, go back to the AWS Support Center:

%s

(If you sign in through federation, sign in first and then open the link.)

*This e-mail was sent from an address that cannot accept incoming e-mails.
Use the link above to contact us again about this same issue.
============================================================
Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc.
""" % CONSOLE_LINK

b_c_ack = """Dear AWS customer,

We've received your request and opened the case below. An AWS Support
representative will respond as soon as possible; response times depend on your
support plan and the severity you selected.

Case ID: %s
Subject: Merge my two AWS Certification accounts
Severity: General guidance
Correspondence: Hello, I am leaving my employer next month and need my
certification history moved from my work certification account to my personal
one. Can you merge them?

To add information or attachments to this case, sign in to the AWS Support Center:
%s

[AWS ID 210987654321]

Sincerely,
Amazon Web Services

Please do not reply to this e-mail; this address cannot accept incoming e-mails.
""" % (CASE_C, CONSOLE_LINK)
M("c_ack", date=t(2025, 2, 26, 14, 2, 7, UTC), box="p", mid="ses",
  frm=addr("Amazon Web Services", NOREPLY), to=ME_P,
  subject="Amazon Web Services: New Support case: %s" % CASE_C,
  parts=[("plain", b_c_ack, "us-ascii", "7bit")],
  label=("acknowledgement", False, CASE_C, []),
  note="console 'New Support case' ack, 11-digit case, 12-digit [AWS ID] nearby; echoes 'Can you merge them?' from the customer")

b_c_info = """Hello,

Thank you for contacting AWS Support. I'm Tomasz and I picked up your case this
morning.

A bit of background first. The account you opened this case from is an AWS
account (210987654321), and AWS Support looks after AWS accounts: billing,
services, quotas and so on. Certification profiles live in a separate system
run by the AWS Training and Certification team, so the merge itself is not
something I can carry out from here. What I can do is hand your request to that
team with everything they will need, which usually saves a round trip.

For that hand-over, two things are missing from your description: the
candidate ID of each certification account (the format is AWS followed by eight
digits) and the email address of the profile you want to end up with. Add them
as a reply on this case in the Support Center and I will forward the whole
package the same day.

Best regards,
Tomasz K.
Amazon Web Services
""" + CONSOLE_FOOT
M("c_info", date=t(2025, 2, 27, 2, 31, 44, UTC), box="p", mid="ses",
  frm=addr("Amazon Web Services", NOREPLY), to=ME_P,
  subject="RE:[CASE %s] Merge my two AWS Certification accounts" % CASE_C,
  irt="c_ack", refs=["c_ack"],
  parts=[("plain", b_c_info, "UTF-8", "quoted-printable"), ("html", to_html(b_c_info), "UTF-8", "quoted-printable")],
  label=("info_request", True, CASE_C, []),
  note="console case: the ask ('Add them as a reply on this case in the Support Center') comes after a long explanation and above a rating footer; cannot be answered by email")

b_a_ack = """Hello,

Thank you for contacting Amazon Web Services. We have opened case
174062913800412 to address your inquiry.

Here is a summary of what you sent us:

Case ID: 174062913800412
Inquiry type: Certification
Additional details: Account Merge
Subject: [AWS Training and Certification Form Submission] - account-assistance
Description:
Use case: I am leaving my current employer at the end of March and would like
to merge my accounts.
All email addresses I may have used: k.oyama@minatomirai-sys.co.jp,
kenta.oyama.0907@gmail.com
Email address to keep on file: kenta.oyama.0907@gmail.com

Most requests receive an answer within 24 hours; some need a little longer so
that we can look into them properly.
If you have already opened a case about this, please don't submit a new one
for the same request, as duplicates slow things down.

Anything you would like to add can be sent as a reply to this email and it
will be attached to your case.

Sincerely,
AWS Training and Certification
"""
M("a_ack", date=t(2025, 2, 27, 4, 5, 38, UTC), box="p", mid="ses", crlf=True,
  frm=TC_FROM, to=ME_P, subject="RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM),
  parts=[("plain", b_a_ack, "us-ascii", "7bit")],
  label=("acknowledgement", False, CASE_A, []),
  note="form ack with 15-digit case; 'please don't submit a new one' and a conditional reply invitation are not asks; CRLF")

b_b_ack = """このメールは、AWS トレーニングと認定へのお問い合わせを受け付けたことを
お知らせする自動送信メールです。

ケース ID: 174062988200735
お問い合わせの種類: 認定 / アカウントの統合

担当チームが内容を確認のうえ、原則として 24 時間以内にご連絡いたします。
調査に時間を要する場合は、それ以上お待たせすることがございます。

ご注意: 同じご依頼について、すでにケースをお持ちの場合は新しいケースを作成しないで
ください。重複したケースは処理の遅延につながります。

ご依頼内容:
退職に伴い、会社のメールアドレスで登録している認定アカウントを、個人のアカウント
(kenta.oyama.0907@gmail.com) に統合してください。

――
AWS トレーニングと認定
"""
M("b_ack", date=t(2025, 2, 27, 4, 18, 5, UTC), box="c", mid="ses", crlf=True,
  frm=addr("AWS トレーニングと認定", TC), to=ME_C,
  subject="RE:[CASE %s] %s" % (CASE_B, SUBJ_FORM),
  parts=[("plain", b_b_ack, "UTF-8", "base64")],
  label=("acknowledgement", False, CASE_B, []),
  note="duplicate form submission from the company address 12 minutes later; Japanese ack echoing 「統合してください」; base64 + CRLF")

b_gh = """Merged #412 into main.

—
Reply to this email directly, view it on GitHub:
https://github.com/minatomirai/infra-terraform/pull/412#event-16482209931
You are receiving this because you were mentioned.
"""
M("gh", date=t(2025, 2, 27, 6, 51, 0, UTC), box="c", mid="github.com",
  frm=addr("Sayaka Ito", "notifications@github.com"), to=ME_C,
  subject="Re: [minatomirai/infra-terraform] Add merge queue for the staging pipeline (PR #412)",
  auth=auth_m365("github.com", "github.com", "192.30.252.201"),
  parts=[("plain", b_gh, "UTF-8", "8bit"), ("html", to_html(b_gh), "UTF-8", "8bit")],
  label=("unrelated", False, None, []),
  note="GitHub 'Merged' notification with 'Reply to this email'")

b_b_dup = """Hi Kenta,

I noticed that this request reached us twice within a few minutes, once from
this address and once from kenta.oyama.0907@gmail.com. Both describe the same
merge, so to avoid two people working on it in parallel I have closed this
case (174062988200735) as a duplicate.

Your request is still being handled under case 174062913800412, and all
updates will be sent there. No action is required on this case.

Regards,
Lindiwe
AWS Training and Certification Customer Service
"""
M("b_dup", date=t(2025, 2, 28, 1, 12, 19, UTC), box="c", mid="ses",
  frm=TC_FROM, to=ME_C, subject="RE:[CASE %s] %s" % (CASE_B, SUBJ_FORM),
  irt="b_ack", refs=["b_ack"],
  parts=[("plain", b_b_dup, "UTF-8", "quoted-printable")],
  label=("resolved", False, CASE_B, []),
  note="duplicate case closed (not for lack of reply); names both case numbers; must stay on the duplicate's case")

b_a_hold = """Hello Kenta,

Thank you for your patience while I looked into this.

The certification account registered to k.oyama@minatomirai-sys.co.jp
(candidate ID AWS04417725) is associated with an AWS Partner Network
organization, Minatomirai Systems Co., Ltd. Certifications held on an account
like this count toward the partner's tier and program requirements, so we
don't move them out while the holder is still employed by the partner, unless
the partner agrees to it.

For that reason I have put the merge on hold for now. How I proceed depends on
your situation: are you leaving Minatomirai Systems, and what will your last
working day be?

Regards,
Marisol
AWS Training and Certification
"""
M("a_hold", date=t(2025, 2, 28, 9, 41, 3, UTC), box="p", mid="ses",
  frm=TC_FROM, to=ME_P, subject="RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM),
  irt="a_ack", refs=["a_ack"],
  parts=[("plain", b_a_hold, "UTF-8", "quoted-printable"), ("html", to_html(b_a_hold), "UTF-8", "quoted-printable")],
  label=("on_hold", True, CASE_A, ["AWS04417725"]),
  note="APN partner hold whose ask is a bare question at the end; no 'please'")

M("jira", date=t(2025, 2, 28, 19, 20, 0), box="c", mid="minatomirai.atlassian.net",
  frm=addr("Sayaka Ito (Jira)", "jira@minatomirai.atlassian.net"), to=ME_C,
  subject="[JIRA] (OPS-2291) 引き継ぎ: AWSアカウント 345678901234 の管理者変更",
  auth=auth_m365("minatomirai.atlassian.net", "atlassian.net", "185.166.143.20"),
  parts=[("plain", """Sayaka Ito さんがコメントしました

OPS-2291: 引き継ぎ: AWSアカウント 345678901234 の管理者変更

大山さん、退職前に root ユーザーの MFA デバイスの移管を確認してください。
あと、請求アラートの通知先も k.oyama@ から ops-alert@ に変更お願いします。

このメールに返信すると、課題にコメントを追加できます。
Atlassian Jira
""", "UTF-8", "quoted-printable")],
  label=("unrelated", False, None, []),
  note="colleague's Jira comment with imperative asks and a 12-digit AWS account ID; not support")

b_boss = """大山さん

お疲れさまです。高橋です。

パートナー窓口の担当から、AWS 側からパートナー経由で大山さんの認定アカウント移行について
問い合わせが来ていると聞きました。退職後は当社の認定者数から外れる扱いになるのか、
向こうが気にしているようです。

状況を教えてもらえますか。月曜で構わないので返信ください。

高橋
"""
M("boss", date=t(2025, 3, 1, 9, 2, 0), box="c", mid="minatomirai-sys.co.jp",
  frm=addr("高橋 誠", "m.takahashi@minatomirai-sys.co.jp", "iso-2022-jp"), to=ME_C,
  subject="AWS認定の件",
  auth=auth_m365("minatomirai-sys.co.jp", "", "", internal=True),
  parts=[("plain", b_boss, "ISO-2022-JP", "7bit")],
  label=("unrelated", False, None, []),
  note="manager asks for a reply about the AWS certification move; on-topic but not from support; ISO-2022-JP")

b_a_r1 = """Hello Marisol,

Yes, I am leaving. I handed in my resignation in January and my last working
day at Minatomirai Systems is March 31, 2025. After that date the company
mailbox will be shut down, which is why I would like everything to end up on
my personal account.

Thanks,
Kenta Oyama

On Fri, Feb 28, 2025 at 6:41 PM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
""" + quote(b_a_hold)
M("a_r1", date=t(2025, 3, 1, 10, 14, 52), box="p", mid="gmail",
  frm=ME_P_FROM, to=TC_FROM, subject="RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM),
  irt="a_hold", refs=["a_ack", "a_hold"], noauth=True,
  parts=[("plain", b_a_r1, "UTF-8", "quoted-printable"), ("html", to_html(b_a_r1), "UTF-8", "quoted-printable")],
  label=("user_reply", False, CASE_A, []),
  note="Gmail reply, 'On ... wrote:' over the quoted hold question (the quoted ask must not count)")

# bounce of an email reply sent to the console no-reply address
orig_console_reply = """From: Kenta Oyama <kenta.oyama.0907@gmail.com>
Date: Sun, 2 Mar 2025 08:40:11 +0900
Message-ID: <CAF3B1D2E4F5+a9b8c7d6e5f4a3b2c1d0e9@mail.gmail.com>
Subject: RE:[CASE 14218873091] Merge my two AWS Certification accounts
To: Amazon Web Services <no-reply-aws@amazon.com>
Content-Type: text/plain; charset="UTF-8"

Hello Tomasz,

Candidate IDs: AWS04417725 (work account) and AWS08812409 (personal account).
Please keep kenta.oyama.0907@gmail.com.

Kenta
"""
b_bounce_txt = """
** Message not delivered **

Your message to no-reply-aws@amazon.com could not be delivered. The receiving
server does not accept mail for this address.

The response from the remote server was:
550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: mailbox does not accept incoming mail
"""
b_dsn = """Reporting-MTA: dns; googlemail.com
Arrival-Date: Sun, 02 Mar 2025 08:40:12 +0900

Final-Recipient: rfc822; no-reply-aws@amazon.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; inbound-smtp.us-east-1.amazonaws.com
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected
"""
M("bounce", date=t(2025, 3, 2, 8, 40, 14), box="p", mid="mx.google.com",
  frm=addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), to=ME_P,
  subject="Delivery Status Notification (Failure)",
  auth=None, report=(b_bounce_txt, b_dsn, orig_console_reply),
  label=("unrelated", False, None, []),
  note="bounce of an email reply sent to the console no-reply address; the attached original has the case subject and two candidate IDs (not the bounce's own text); multipart/report")

b_a_hold2 = """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hi Kenta,</p>
<p>Thanks for letting me know your departure date. I have informed the partner's
alliance team that you will be leaving on 31 March and that you asked for your
certifications to move to your personal account.</p>
<table cellpadding="6" style="border-collapse:collapse;border:1px solid #bbb">
<tr><td style="border:1px solid #bbb"><b>Case status</b></td><td style="border:1px solid #bbb">On hold &ndash; waiting for the partner</td></tr>
<tr><td style="border:1px solid #bbb"><b>Next step</b></td><td style="border:1px solid #bbb">Merge after your employment ends (1 April 2025) or earlier if the partner agrees</td></tr>
<tr><td style="border:1px solid #bbb"><b>Action needed from you</b></td><td style="border:1px solid #bbb">None</td></tr>
</table>
<p>We will pick this up again on our side once one of those happens. You don't
have to write back in the meantime.</p>
<p>Best,<br>Marisol<br>AWS Training and Certification</p>
</body></html>
"""
M("a_hold2", date=t(2025, 3, 3, 2, 20, 30, UTC), box="p", mid="ses",
  frm=TC_FROM, to=ME_P, subject="RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM),
  irt="a_r1", refs=["a_ack", "a_hold", "a_r1"],
  parts=[("html", b_a_hold2, "UTF-8", "base64")],
  label=("on_hold", False, CASE_A, []),
  note="hold that asks nothing ('Action needed from you: None'), HTML-only table, base64")

b_c_close = """Hello again,

It has been a few days since I asked for the candidate IDs and the address you
would like to keep, and I don't see an update on the case yet.

If nothing is added in the Support Center by Friday, March 7, the case will be
set to resolved automatically. A new correspondence before then keeps it open;
after that it would have to be reopened from the console.

Best regards,
Tomasz K.
Amazon Web Services
""" + CONSOLE_FOOT
M("c_close", date=t(2025, 3, 4, 10, 0, 12, UTC), box="p", mid="ses",
  frm=addr("Amazon Web Services", NOREPLY), to=ME_P,
  subject="RE:[CASE %s] Merge my two AWS Certification accounts" % CASE_C,
  irt="c_info", refs=["c_ack", "c_info"],
  parts=[("plain", b_c_close, "UTF-8", "8bit")],
  label=("closing_notice", True, CASE_C, []),
  note="console auto-resolve warning: must be answered in the Support Center, not by email; rating footer")

b_phish1 = """<html><body style="font-family:Arial">
<table width="600" style="border:1px solid #ddd"><tr><td style="background:#232f3e;color:#fff;padding:12px">
<b>aws</b> Training and Certification</td></tr>
<tr><td style="padding:16px">
<p>Dear Certified Professional,</p>
<p>We received a request to merge your AWS Certification accounts. Before the merge can be completed, the account owner must confirm ownership.</p>
<p><b>Confirm within 24 hours</b> or all certifications on the source account will be permanently removed.</p>
<p><a href="http://aws-certification-center.com/merge/confirm?ref=CERT-2025-88410">Confirm account merge</a></p>
<p>Reference: CERT-2025-88410</p>
<p>AWS Certification Support Team</p>
</td></tr></table></body></html>
"""
M("phish1", date=t(2025, 3, 5, 16, 22, 0), box="p", mid="aws-certification-center.com",
  frm=addr("AWS Certification Support", "support@aws-certification-center.com"), to=ME_P,
  subject="Action required: confirm your certification account merge",
  auth=auth_gmail("aws-certification-center.com", "support@aws-certification-center.com", "45.137.21.9",
                  pol="NONE"),
  parts=[("html", b_phish1, "UTF-8", "8bit")],
  label=("suspicious", False, None, []),
  note="lookalike domain with passing auth for itself; imitates a merge confirmation; HTML-only")

b_cm_fb = """Hello Kenta,

As an AWS Certified individual, your perspective shapes how we build and
update our exams. We are inviting a small group of certification holders to
take a 15-minute survey about the AWS Certified SysOps Administrator -
Associate exam and the preparation resources you used.

Take the survey: https://survey.certmetrics.com/aws/2025-q1?c=Y29Zhb

The survey closes on March 21, 2025. Participation is voluntary and your
answers are not linked to your exam results.

Thank you,
AWS Certification
"""
M("cm_fb", date=t(2025, 3, 6, 0, 30, 0, UTC), box="c", mid="certmetrics.com",
  frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_C,
  subject="AWS Certification wants to hear from you",
  auth=auth_m365("certmetrics.com", "certmetrics.com", "52.10.40.7"),
  parts=[("plain", b_cm_fb, "UTF-8", "quoted-printable"), ("html", to_html(b_cm_fb), "UTF-8", "quoted-printable")],
  label=("certification", False, None, []),
  note="certification-program feedback invitation (a survey in form, but kind certification)")

b_c_done = """Hello Kenta,

Thank you for adding the candidate IDs and the address to the case.

While preparing the hand-over I found that the AWS Training and Certification
team already has your request under their own case, 174062913800412, opened
through their contact form on February 27, and it is being actively worked
there. Forwarding a second copy would only create a duplicate, so I have left
them a note with the details you gave me and I am marking this case as
resolved.

There is nothing more to do on this case. Further updates about the merge will
come from the Training and Certification team by email.

Best regards,
Tomasz K.
Amazon Web Services
""" + CONSOLE_FOOT
M("c_done", date=t(2025, 3, 7, 5, 50, 41, UTC), box="p", mid="ses", crlf=True,
  frm=addr("Amazon Web Services", NOREPLY), to=ME_P,
  subject="RE:[CASE %s] Merge my two AWS Certification accounts" % CASE_C,
  irt="c_close", refs=["c_ack", "c_info", "c_close"],
  parts=[("plain", b_c_done, "UTF-8", "quoted-printable")],
  label=("resolved", False, CASE_C, []),
  note="console case resolved with a rating footer ('Please share your experience'); mentions the other case's number; CRLF")

b_c_survey = """Hello,

Your AWS Support case 14218873091 was resolved recently, and we would like to
know how it went.

How satisfied were you with the support you received?

  [Very satisfied]  [Satisfied]  [Neutral]  [Dissatisfied]  [Very dissatisfied]

https://aws.amazon.com/support/survey?caseId=14218873091&src=email

The survey takes about two minutes. Replies to this e-mail are not read.

Amazon Web Services
"""
M("c_survey", date=t(2025, 3, 7, 18, 5, 0, UTC), box="p", mid="ses",
  frm=addr("Amazon Web Services", NOREPLY), to=ME_P,
  subject="How did we do? Tell us about AWS Support case %s" % CASE_C,
  parts=[("plain", b_c_survey, "UTF-8", "base64"), ("html", to_html(b_c_survey), "UTF-8", "base64")],
  label=("survey", False, CASE_C, []),
  note="console survey with the case number in subject and body; base64 multipart")

b_summit = """<html><body>
<div style="max-width:640px;margin:auto;font-family:'Hiragino Sans',Meiryo,sans-serif">
<h1 style="color:#232f3e">AWS Summit Japan 2025 登録受付中</h1>
<p>日本最大の &quot;AWS を学ぶイベント&quot; が今年も開催されます。150 を超えるセッション、
EXPO、AWS 認定者限定ラウンジをご用意してお待ちしております。</p>
<table><tr><td>会期</td><td>2025年6月25日(水)・26日(木)</td></tr>
<tr><td>会場</td><td>幕張メッセ</td></tr></table>
<p><a href="https://aws.amazon.com/jp/summits/japan/">今すぐ登録する</a></p>
<p style="font-size:11px">このメールは送信専用アドレスから配信されています。配信停止をご希望の方はこちら。</p>
</div></body></html>
"""
M("summit", date=t(2025, 3, 10, 1, 0, 0, UTC), box="p", mid="ses",
  frm=addr("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com"), to=ME_P,
  subject="【AWS Summit Japan 2025】登録受付を開始しました",
  parts=[("html", b_summit, "UTF-8", "base64")],
  label=("unrelated", False, None, []),
  note="AWS marketing in Japanese, HTML-only base64")

b_a_upd = """大山 様

AWS トレーニングと認定 カスタマーサービスの中村と申します。
Marisol より本件を引き継ぎましたので、現在の状況をご報告いたします。

パートナー様の担当窓口には 3 月 3 日にご連絡済みですが、まだ正式なご回答を
いただけておりません。ご退職日 (3 月 31 日) を過ぎた時点で、パートナー様からの
ご回答の有無にかかわらず、統合の準備に入る予定です。

本件について大山様に追加でご対応いただくことは、現時点ではございません。
ご不明な点がございましたら、本メールへご返信ください。

中村
AWS トレーニングと認定
"""
M("a_upd", date=t(2025, 3, 12, 3, 0, 5, UTC), box="p", mid="ses",
  frm=TC_FROM, to=ME_P, subject="RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM),
  irt="a_hold2", refs=["a_ack", "a_hold", "a_r1", "a_hold2"],
  parts=[("plain", b_a_upd, "UTF-8", "quoted-printable")],
  label=("case_update", False, CASE_A, []),
  note="Japanese progress update ending with a 〜がございましたら…ご返信ください conditional; QP")

b_tess = """Hello Kenta,

On March 7 we asked for the output of `tessera diag --full` from the affected
node so we can continue troubleshooting the replication lag, and we haven't
heard back yet.

If we don't receive a reply within 7 days, this case will be closed
automatically. Just reply to this email to keep it open.

Thanks,
Jonas
Tessera Cloud Support
Case 00912734
"""
M("tess", date=t(2025, 3, 14, 9, 0, 0, UTC), box="c", mid="tesseracloud.io",
  frm=addr("Tessera Cloud Support", "support@tesseracloud.io"), to=ME_C,
  subject="[Case 00912734] We're waiting for your reply",
  auth=auth_m365("tesseracloud.io", "tesseracloud.io", "198.51.100.77"),
  parts=[("plain", b_tess, "UTF-8", "8bit")],
  label=("unrelated", False, None, []),
  note="another vendor's closing warning (would be a closing_notice if it were AWS)")

b_news = """━━━━━━━━━━━━━━━━━━━━━━━━━━━━
 クラウド実践ニュース 2025年3月17日号
━━━━━━━━━━━━━━━━━━━━━━━━━━━━

■ 今週の特集: 転職時の AWS 認定アカウント統合、手順まとめ
退職前に会社のメールアドレスで作った認定アカウントを個人アカウントへ統合する方法を
解説します。フォームから申請すると、サポートから「Account #1 に統合してよいか
確認してください」というメールが届くので、内容を確かめて返信すれば完了です。
APN パートナー企業にお勤めの方は、いったん保留になる場合もあります。
 → https://cloud-jissen.jp/articles/aws-cert-merge

■ ニュース
・Amazon Bedrock に新モデルが追加
・AWS Lambda の Python 3.9 ランタイムがサポート終了へ

配信停止: https://cloud-jissen.jp/unsubscribe
"""
M("news", date=t(2025, 3, 17, 7, 0, 0), box="p", mid="cloud-jissen.jp",
  frm=addr("クラウド実践ニュース", "newsletter@cloud-jissen.jp"), to=ME_P,
  subject="【週刊】転職時のAWS認定アカウント統合、手順まとめ ほか",
  auth=auth_gmail("cloud-jissen.jp", "bounce@mail.cloud-jissen.jp", "203.0.113.88", pol="NONE"),
  parts=[("plain", b_news, "UTF-8", "8bit")],
  label=("unrelated", False, None, []),
  note="newsletter that describes the merge process and quotes support's request wording; UTF-8 8bit")

M("amzn", date=t(2025, 3, 19, 14, 12, 0), box="p", mid="amazon.co.jp",
  frm=addr("Amazon.co.jp", "shipment-tracking@amazon.co.jp"), to=ME_P,
  subject="Amazon.co.jp ご注文の商品を発送しました",
  auth=auth_gmail("amazon.co.jp", "20250319051200abc@bounces.amazon.co.jp", "52.95.48.11"),
  parts=[("plain", """大山 健太 様

Amazon.co.jp をご利用いただき、ありがとうございます。
ご注文の商品を発送しました。

注文番号: 250-1234567-8901234
お届け予定: 3月20日(木)
商品: AWS認定 ソリューションアーキテクト プロフェッショナル 問題集

配送状況の確認: https://www.amazon.co.jp/gp/your-account/order-history

Amazon.co.jp
""", "UTF-8", "base64")],
  label=("unrelated", False, None, []),
  note="Amazon retail (amazon.co.jp) shipping notice; order number is not a case")

b_a_dest = """Hi Kenta,

Quick update, then one question.

The partner's alliance team replied yesterday: they have acknowledged your
departure and have no objection to the certifications moving to your personal
account. That lifts the hold, so we can start preparing the merge now instead
of waiting for April.

Looking at kenta.oyama.0907@gmail.com, I see a certification account that was
created on February 26 and has no exam history yet. Before I set it up as the
destination, I need to be sure it is the right one and that its details are
what you want to keep. What name is shown on that profile (exactly as entered,
including the romanization), and which country did you put in its address?

Thanks,
Kwame
AWS Training and Certification Customer Service
"""
M("a_dest", date=t(2025, 3, 21, 2, 15, 0, UTC), box="p", mid="ses",
  frm=TC_FROM, to=ME_P, subject="RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM),
  irt="a_upd", refs=["a_ack", "a_hold", "a_r1", "a_hold2", "a_upd"],
  parts=[("plain", b_a_dest, "UTF-8", "8bit")],
  label=("info_request", True, CASE_A, []),
  note="mixed mail: good news (hold lifted) then questions about the destination account, no 'please'")

b_a_r2 = """Hi Kwame,

That's great news, thank you.
The name on the new profile is "Kenta Oyama" (given name first), and the
country is Japan. Its candidate ID is AWS08812409, in case that helps.

Kenta

On Fri, Mar 21, 2025 at 11:15 AM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
""" + quote(b_a_dest)
M("a_r2", date=t(2025, 3, 21, 21, 40, 2), box="p", mid="gmail",
  frm=ME_P_FROM, to=TC_FROM, subject="RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM),
  irt="a_dest", refs=["a_ack", "a_hold", "a_r1", "a_hold2", "a_upd", "a_dest"], noauth=True,
  parts=[("plain", b_a_r2, "UTF-8", "quoted-printable"), ("html", to_html(b_a_r2), "UTF-8", "quoted-printable")],
  label=("user_reply", False, CASE_A, ["AWS08812409"]),
  note="user answers the destination questions and volunteers a candidate ID")

b_a_conf_html = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#111">
<p>Hello Kenta,</p>
<p>Thanks for the details; everything matches. These are the two certification accounts I found for you:</p>
<table cellpadding="5" cellspacing="0" style="border-collapse:collapse" border="1">
<tr style="background:#f2f2f2"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS08812409</td><td>AWS04417725</td></tr>
<tr><td>Login email</td><td>kenta.oyama.0907@gmail.com</td><td>k.oyama@minatomirai-sys.co.jp</td></tr>
<tr><td>Training notification email</td><td>kenta.oyama.0907@gmail.com</td><td>k.oyama@minatomirai-sys.co.jp</td></tr>
<tr><td>Certification notification email</td><td>kenta.oyama.0907@gmail.com</td><td>k.oyama@minatomirai-sys.co.jp</td></tr>
<tr><td>Exam history</td><td>none</td><td>5 exams (2019&ndash;2023)</td></tr>
</table>
<p>A merge moves exam history, active certifications and benefits from one account into the other.
The emptied account is then closed and cannot be restored.</p>
<p>Account #1 as the one to keep, with everything from Account #2 moved into it &ndash; is that what you want?
A one-line reply is enough.</p>
<p>Kwame<br>AWS Training and Certification Customer Service</p>
</body></html>
"""
b_a_conf_txt = """Hello Kenta,

Thanks for the details; everything matches. These are the two certification accounts I found for you:

Account #1
Candidate ID: AWS08812409
Login email: kenta.oyama.0907@gmail.com
Training notification email: kenta.oyama.0907@gmail.com
Certification notification email: kenta.oyama.0907@gmail.com
Exam history: none

Account #2
Candidate ID: AWS04417725
Login email: k.oyama@minatomirai-sys.co.jp
Training notification email: k.oyama@minatomirai-sys.co.jp
Certification notification email: k.oyama@minatomirai-sys.co.jp
Exam history: 5 exams (2019-2023)

A merge moves exam history, active certifications and benefits from one account into the other.
The emptied account is then closed and cannot be restored.

Account #1 as the one to keep, with everything from Account #2 moved into it - is that what you want?
A one-line reply is enough.

Kwame
AWS Training and Certification Customer Service
"""
M("a_conf", date=t(2025, 3, 24, 8, 20, 0, UTC), box="p", mid="ses",
  frm=TC_FROM, to=ME_P, subject="RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM),
  irt="a_r2", refs=["a_ack", "a_hold", "a_r1", "a_hold2", "a_upd", "a_dest", "a_r2"],
  parts=[("html", b_a_conf_html, "UTF-8", "quoted-printable")],
  label=("confirmation_request", True, CASE_A, ["AWS08812409", "AWS04417725"]),
  note="HTML-only confirmation with an Account #1/#2 table; the ask is a bare question with no 'please' or 'confirm'")

b_ooo = """※このメールは自動応答です。

お世話になっております。鈴木です。
誠に勝手ながら、3月24日〜3月28日は休暇のため不在にしております。
いただいたメールには3月31日以降に順次ご返信いたします。

お急ぎのご用件は、クラウド推進部 代表 (cloud-team@minatomirai-sys.co.jp) まで
ご連絡ください。
"""
M("ooo", date=t(2025, 3, 25, 9, 1, 0), box="c", mid="minatomirai-sys.co.jp", crlf=True,
  frm=addr("鈴木 美穂", "m.suzuki@minatomirai-sys.co.jp", "iso-2022-jp"), to=ME_C,
  subject="自動応答: 送別会の日程について",
  auth=auth_m365("minatomirai-sys.co.jp", "", "", internal=True),
  extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
  parts=[("plain", b_ooo, "Shift_JIS", "8bit")],
  label=("unrelated", False, None, []),
  note="colleague's out-of-office auto-reply; Shift_JIS 8bit + CRLF")

b_fwd = """会社PCから返信するので転送。

---------- Forwarded message ---------
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Date: Mon, Mar 24, 2025 at 5:20 PM
Subject: RE:[CASE 174062913800412] [AWS Training and Certification Form Submission] - account-assistance
To: <kenta.oyama.0907@gmail.com>


""" + b_a_conf_txt
M("a_fwd", date=t(2025, 3, 26, 8, 55, 30), box="c", mid="gmail",
  frm=ME_P_FROM, to=addr("大山 健太", ME_C),
  subject="Fwd: RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM),
  auth=auth_m365("gmail.com", "gmail.com", "209.85.214.174"),
  parts=[("plain", b_fwd, "UTF-8", "quoted-printable"), ("html", to_html(b_fwd), "UTF-8", "quoted-printable")],
  label=("user_reply", False, CASE_A, []),
  note="owner forwards the confirmation request from personal to company address; the forwarded ask is not a new request; IDs only in forwarded part")

b_a_close = """Hello Kenta,

I'm following up on Kwame's message below. We haven't received your answer
about which account to keep yet, and the merge can't go ahead without it.

We will keep the case open for three more business days. If there is no
response by then it will be closed, but you can write back at any time
afterwards and it will be reopened. Replying to this email is enough to keep
it active.

Regards,
Dana
AWS Training and Certification

________________________________
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Monday, March 24, 2025 8:20 AM
To: kenta.oyama.0907@gmail.com
Subject: RE:[CASE 174062913800412] [AWS Training and Certification Form Submission] - account-assistance

""" + b_a_conf_txt
M("a_close", date=t(2025, 3, 27, 0, 10, 0, UTC), box="p", mid="ses", crlf=True,
  frm=TC_FROM, to=ME_P, subject="RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM),
  irt="a_conf", refs=["a_ack", "a_hold", "a_r1", "a_hold2", "a_upd", "a_dest", "a_r2", "a_conf"],
  parts=[("plain", b_a_close, "UTF-8", "8bit")],
  label=("closing_notice", True, CASE_A, []),
  note="closing notice top-posted above an Outlook-style quoted confirmation (IDs only in the quote); never says 'please reply'")

b_a_wrong = """Hello Dana,

Sorry for the slow reply, it is my last week here.
Confirmed: please merge Account #2 (AWS04417725) into Account #1 (AWS08812409)
and keep Account #1.

Kenta Oyama

-----Original Message-----
From: Kenta Oyama <kenta.oyama.0907@gmail.com>
Sent: Wednesday, March 26, 2025 8:55 AM
To: 大山 健太 <k.oyama@minatomirai-sys.co.jp>
Subject: Fwd: RE:[CASE 174062913800412] [AWS Training and Certification Form Submission] - account-assistance

""" + b_fwd
M("a_wrong", date=t(2025, 3, 27, 10, 2, 11), box="c", mid="outlook", crlf=True,
  frm=ME_C_FROM, to=TC_FROM, subject="RE: Fwd: RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM),
  irt="a_fwd", refs=["a_conf", "a_fwd"], noauth=True,
  extra=["X-Mailer: Microsoft Outlook 16.0"],
  parts=[("plain", b_a_wrong, "UTF-8", "quoted-printable")],
  label=("user_reply", False, CASE_A, ["AWS04417725", "AWS08812409"]),
  note="confirmation sent from the wrong (company) address, 'RE: Fwd:' subject, Outlook quoting; CRLF + QP")

b_a_addr = """Hi Kenta,

Thanks for getting back to us so quickly.

One snag: this confirmation arrived from k.oyama@minatomirai-sys.co.jp, the
login address of Account #2, which is the account that is going to be closed.
To protect account holders we only act on a merge confirmation that comes from
the email address registered on the account being kept, which in your case is
kenta.oyama.0907@gmail.com.

We need the same confirmation sent from that address; a short reply from your
personal mailbox will do. As soon as it arrives I will run the merge.

Kwame
AWS Training and Certification Customer Service
"""
M("a_addr", date=t(2025, 3, 27, 5, 40, 2, UTC), box="c", mid="ses",
  frm=TC_FROM, to=ME_C, subject="RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM),
  irt="a_wrong", refs=["a_conf", "a_fwd", "a_wrong"],
  parts=[("plain", b_a_addr, "UTF-8", "quoted-printable")],
  label=("info_request", True, CASE_A, []),
  note="asks to resend from the destination address ('We need the same confirmation sent from that address'); arrives at the company mailbox")

b_a_ok = """Confirmed. Please merge to Account #1 (kenta.oyama.0907@gmail.com).
I am sending this from my personal address as requested.

Kenta Oyama

2025年3月27日(木) 9:10 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>:
""" + quote(b_a_close)
M("a_ok", date=t(2025, 3, 27, 15, 5, 48), box="p", mid="gmail",
  frm=ME_P_FROM, to=TC_FROM, subject="RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM),
  irt="a_close", refs=["a_ack", "a_conf", "a_close"], noauth=True,
  parts=[("plain", b_a_ok, "UTF-8", "base64"), ("html", to_html(b_a_ok), "UTF-8", "base64")],
  label=("user_reply", False, CASE_A, []),
  note="the real confirmation, Gmail with a Japanese reply header line, quoting closing notice + request with IDs")

b_a_done = """Hello Kenta,

I have successfully merged all accounts. Your exam history, certifications and
the benefits from Account #2 are now available under Account #1 (AWS08812409),
and you can sign in with kenta.oyama.0907@gmail.com as usual. Account #2 has
been closed.

Credly should reflect the change within a day or two. Partner-side profiles
can take up to a week to drop the old certifications.

Thank you for your patience with the partner review, and best of luck in your
new role.

Kwame
AWS Training and Certification Customer Service

On Thu, Mar 27, 2025 at 3:05 PM Kenta Oyama <kenta.oyama.0907@gmail.com> wrote:
""" + quote(b_a_ok)
M("a_done", date=t(2025, 3, 28, 1, 30, 9, UTC), box="p", mid="ses",
  frm=TC_FROM, to=ME_P, subject="RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM),
  irt="a_ok", refs=["a_ack", "a_conf", "a_close", "a_ok"],
  parts=[("plain", b_a_done, "UTF-8", "quoted-printable"), ("html", to_html(b_a_done), "UTF-8", "quoted-printable")],
  label=("resolved", False, CASE_A, ["AWS08812409"]),
  note="'successfully merged' over a deep quote containing the closing notice and the Account table/question")

b_credly2 = """Hi Kenta,

Good news: 5 badges issued by Amazon Web Services Training and Certification
have been moved to kenta.oyama.0907@gmail.com after an account update.

 - AWS Certified Solutions Architect – Professional
 - AWS Certified Solutions Architect – Associate
 - AWS Certified SysOps Administrator – Associate
 - AWS Certified Developer – Associate
 - AWS Certified Cloud Practitioner

View your wallet: https://www.credly.com/earner/wallet

Credly
"""
M("credly2", date=t(2025, 3, 28, 2, 2, 0, UTC), box="p", mid="credly.com",
  frm=addr("Credly", "admin@credly.com"), to=ME_P,
  subject="Your badges have moved to a new email address",
  auth=auth_gmail("credly.com", "bounces+1234@em.credly.com", "149.72.161.99"),
  parts=[("plain", b_credly2, "UTF-8", "quoted-printable"), ("html", to_html(b_credly2), "UTF-8", "quoted-printable")],
  label=("badge", False, None, []),
  note="Credly badges moved after the merge")

b_a_survey = """Hello,

Your recent case 174062913800412 with AWS Training and Certification
Customer Service has been marked as resolved.

Please take a moment to rate the help you received - it takes less than a
minute and goes straight to the team:

  1 (poor)   2   3   4   5 (excellent)
  https://feedback.aws.training/cs?case=174062913800412

Replies to this message are not monitored.

AWS Training and Certification
"""
M("a_survey", date=t(2025, 3, 28, 6, 0, 0, UTC), box="p", mid="ses",
  frm=TC_FROM, to=ME_P, subject="How did we do? Case %s" % CASE_A,
  parts=[("plain", b_a_survey, "UTF-8", "7bit"), ("html", to_html(b_a_survey), "UTF-8", "7bit")],
  label=("survey", False, CASE_A, []),
  note="survey from the same sender as the case, with 'Please take a moment'")

b_it = """クラウド推進部 大山 健太 様

情報システム部です。
ご退職に伴い、本日 3月31日 23:59 をもって以下のアカウントを停止いたします。

  ・メールアドレス: k.oyama@minatomirai-sys.co.jp
  ・Microsoft 365 / VPN / 社内Wiki

停止後は当該アドレス宛のメールは受信できなくなり、転送設定も行いません。
必要なデータがある場合は、本日中にご自身で退避をお願いいたします。

長い間お疲れさまでした。

情報システム部 ヘルプデスク
"""
M("it", date=t(2025, 3, 31, 9, 0, 0), box="c", mid="minatomirai-sys.co.jp", crlf=True,
  frm=addr("情報システム部", "it-help@minatomirai-sys.co.jp", "iso-2022-jp"), to=ME_C,
  subject="【重要】アカウント停止のお知らせ（本日 23:59）",
  auth=auth_m365("minatomirai-sys.co.jp", "", "", internal=True),
  parts=[("plain", b_it, "Shift_JIS", "8bit")],
  label=("unrelated", False, None, []),
  note="company mailbox closure notice; Shift_JIS 8bit + CRLF")

b_health = """Hello,

We are contacting you because your AWS account 210987654321 has one or more
AWS Lambda functions in the ap-northeast-1 Region that use the Python 3.9
runtime. This runtime reaches end of support on December 15, 2025.

We recommend that you upgrade your functions to a supported runtime before
that date. The affected resources are listed in the "Affected resources" tab
of the AWS Health Dashboard.

Sincerely,
Amazon Web Services

[AWS Account ID: 210987654321]
This message was sent from an address that cannot accept incoming e-mails.
"""
M("health", date=t(2025, 4, 1, 3, 0, 0, UTC), box="p", mid="ses",
  frm=addr("Amazon Web Services", NOREPLY), to=ME_P,
  subject="[Action Required] AWS Lambda end of support for Python 3.9 [AWS Account: 210987654321]",
  parts=[("plain", b_health, "us-ascii", "7bit")],
  label=("unrelated", False, None, []),
  note="AWS Health '[Action Required]' from the console-case sender; 12-digit account ID")

b_a_reopen = """Hi Kwame,

Thanks again for the merge. I have checked the new account and the exam history
and certifications all look right.

One thing is missing, though: the old account had a 50% discount voucher for my
next exam (I earned it with the SysOps recertification), and it isn't listed
under Benefits on AWS08812409. Could it be moved over as well?

Kenta

On Fri, Mar 28, 2025 at 10:30 AM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
""" + quote(b_a_done.split("\nOn Thu")[0])
M("a_reopen", date=t(2025, 4, 2, 9, 12, 0), box="p", mid="gmail",
  frm=ME_P_FROM, to=TC_FROM, subject="RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM),
  irt="a_done", refs=["a_ack", "a_conf", "a_close", "a_ok", "a_done"], noauth=True,
  parts=[("plain", b_a_reopen, "UTF-8", "quoted-printable"), ("html", to_html(b_a_reopen), "UTF-8", "quoted-printable")],
  label=("user_reply", False, CASE_A, ["AWS08812409"]),
  note="user reply to a resolved case, asking a question of support (the user's question is not a support ask)")

b_a_reopened = """Hello Kenta,

Kwame is out this week, so I have picked up your note. I have reopened case
174062913800412 and passed the voucher question to the team that manages
certification benefits. Vouchers are issued by a separate system and sometimes
don't follow a merge automatically.

They usually come back within two to three business days. I will write again
as soon as I hear from them.

Inês
AWS Training and Certification Customer Service
"""
M("a_reopened", date=t(2025, 4, 2, 7, 30, 0, UTC), box="p", mid="ses",
  frm=TC_FROM, to=ME_P, subject="RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM),
  irt="a_reopen", refs=["a_ack", "a_done", "a_reopen"],
  parts=[("plain", b_a_reopened, "UTF-8", "8bit")],
  label=("case_update", False, CASE_A, []),
  note="case reopened, progress news only")

b_sbr = """<html><body style="font-family:Arial">
<h3>Thank you for your purchase</h3>
<table border="0" cellpadding="4">
<tr><td>Order ID</td><td>SB-7731-0925-4410</td></tr>
<tr><td>Plan</td><td>AWS Skill Builder Individual, monthly</td></tr>
<tr><td>Amount</td><td>USD 29.00</td></tr>
<tr><td>Billed to</td><td>kenta.oyama.0907@gmail.com</td></tr>
</table>
<p>You can manage or cancel your subscription at any time from your Skill Builder profile.</p>
<p style="font-size:11px;color:#777">Questions about billing? Contact us through the Skill Builder help page. This mailbox is not monitored.</p>
</body></html>
"""
M("sb_receipt", date=t(2025, 4, 3, 0, 41, 0, UTC), box="p", mid="aws.training",
  frm=addr("AWS Skill Builder", "no-reply@aws.training"), to=ME_P,
  subject="Your AWS Skill Builder receipt",
  auth=auth_gmail("aws.training", "bounce@aws.training", "54.240.8.91"),
  parts=[("html", b_sbr, "UTF-8", "quoted-printable")],
  label=("unrelated", False, None, []),
  note="Skill Builder subscription receipt, HTML table")

b_e_ack_txt = """Hello Kenta Oyama,

Thanks for getting in touch with AWS Training and Certification. Your request
has been logged as case 174375211400268.

SUMMARY OF YOUR REQUEST
Inquiry type: Certification
Additional details: Account Merge
Your message: While checking Credly I noticed a third certification account
that seems to have been created when I signed in through AWS Partner Central.
Please merge it into my main account (kenta.oyama.0907@gmail.com).

WHAT HAPPENS NEXT
A member of our team will review the request and get back to you, usually
within 24 hours. Please keep everything about this request on this case rather
than opening another one.

Need to add something? Reply to this email and your message will be added to
the case.

AWS Training and Certification
"""
M("e_ack", date=t(2025, 4, 4, 7, 35, 14, UTC), box="p", mid="ses",
  frm=TC_FROM, to=ME_P, subject="RE:[CASE %s] %s" % (CASE_E, SUBJ_FORM),
  parts=[("plain", b_e_ack_txt, "UTF-8", "base64"), ("html", to_html(b_e_ack_txt), "UTF-8", "base64")],
  label=("acknowledgement", False, CASE_E, []),
  note="second merge request (third account): ack with 'Need to add something? Reply…' conditional and an imperative echo; base64 multipart")

b_a_vreq = """大山 健太 様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサービスの
山口と申します。Ines より、特典（割引バウチャー）の件を引き継ぎました。

特典管理チームに確認しましたところ、旧アカウントに付与されていたバウチャーは
統合の際に失効扱いとなっており、新しいアカウントへ再発行する必要があることが
わかりました。再発行にあたり、対象のバウチャーを特定させていただきたく存じます。

恐れ入りますが、旧アカウントの「特典」画面に表示されていたバウチャーコードの
末尾 4 桁と、有効期限をお知らせいただけますでしょうか。
お手元に控えがない場合は、その旨をお知らせいただければ、こちらで別の方法にて
確認いたします。

お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。

山口
AWS トレーニングと認定 カスタマーサービス
"""
M("a_vreq", date=t(2025, 4, 4, 9, 10, 0, UTC), box="p", mid="ses",
  frm=addr("AWS トレーニングと認定", TC, "iso-2022-jp"), to=ME_P,
  subject="RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM),
  irt="a_reopened", refs=["a_ack", "a_done", "a_reopen", "a_reopened"],
  parts=[("plain", b_a_vreq, "ISO-2022-JP", "7bit")],
  label=("info_request", True, CASE_A, []),
  note="Japanese keigo info request on the reopened case, after an explanation; ISO-2022-JP")

b_a_vans = """山口様

ご連絡ありがとうございます。
旧アカウントの画面を退職前にスクリーンショットで控えておりました。

・バウチャーコード末尾4桁: 7Q2K
・有効期限: 2025年9月30日
・種別: 次回試験 50% 割引

以上、よろしくお願いいたします。

大山 健太
"""
M("a_vans", date=t(2025, 4, 5, 8, 30, 0), box="p", mid="gmail",
  frm=addr("大山 健太", ME_P, "iso-2022-jp"), to=TC_FROM, subject="バウチャーの件",
  irt="a_vreq", refs=["a_ack", "a_reopen", "a_reopened", "a_vreq"], noauth=True,
  parts=[("plain", b_a_vans, "ISO-2022-JP", "7bit")],
  label=("user_reply", False, CASE_A, []),
  note="reply with a new subject and no case number or quote: threaded only by In-Reply-To/References; ISO-2022-JP")

b_e_busy = """Hello,

We're writing to let you know that AWS Training and Certification Customer
Service is currently receiving a much higher number of requests than usual.
Your case 174375211400268 is in our queue and will be answered in the order it
was received, but it may take longer than our usual 24 hours.

Please do not open a new case for the same request, as duplicates are placed at
the back of the queue.

We appreciate your patience.
AWS Training and Certification Customer Service
"""
M("e_busy", date=t(2025, 4, 7, 0, 5, 0, UTC), box="p", mid="ses",
  frm=TC_FROM, to=ME_P, subject="RE:[CASE %s] %s" % (CASE_E, SUBJ_FORM),
  irt="e_ack", refs=["e_ack"],
  parts=[("plain", b_e_busy, "UTF-8", "7bit")],
  label=("case_update", False, CASE_E, []),
  note="high-volume delay notice; 'Please do not open a new case' is an imperative but not an ask to reply")

b_a_vdone_txt = """Hi Kenta,

Good news on the voucher: the benefits team has reissued it to AWS08812409.
You'll find it under Benefits as "50% exam discount", valid until September 30,
2025, just like the original. The old code ending in 7Q2K has been cancelled,
so use the new one shown in your account.

With that, everything from your request has been taken care of and no further
action is required on your part. If anything else comes up, feel free to reply
to this email.

Inês
AWS Training and Certification Customer Service

On Sat, Apr 5, 2025 at 8:30 AM 大山 健太 <kenta.oyama.0907@gmail.com> wrote:
""" + quote(b_a_vans)
M("a_vdone", date=t(2025, 4, 8, 2, 0, 0, UTC), box="p", mid="ses",
  frm=TC_FROM, to=ME_P, subject="RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM),
  irt="a_vans", refs=["a_ack", "a_reopened", "a_vreq", "a_vans"],
  parts=[("plain", b_a_vdone_txt, "UTF-8", "quoted-printable"), ("html", to_html(b_a_vdone_txt), "UTF-8", "quoted-printable")],
  label=("resolved", False, CASE_A, ["AWS08812409"]),
  note="resolution with 'no further action is required' and a 'feel free to reply' conditional; answers a mail that had no case number in its subject")

b_cm_ben = """Hello Kenta Oyama,

A new benefit has been added to your AWS Certification Account.

Candidate ID: AWS08812409
Benefit: 50% discount on your next AWS Certification exam
Valid until: September 30, 2025

To use it, sign in to your Certification Account, open Benefits and copy the
code before you schedule your exam.

AWS Certification
This mailbox is not monitored.
"""
M("cm_ben", date=t(2025, 4, 8, 2, 14, 0, UTC), box="p", mid="certmetrics.com",
  frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P,
  subject="A new benefit is available in your AWS Certification Account",
  auth=auth_gmail("certmetrics.com", "bounce@certmetrics.com", "52.10.40.7"),
  parts=[("plain", b_cm_ben, "UTF-8", "quoted-printable"), ("html", to_html(b_cm_ben), "UTF-8", "quoted-printable")],
  label=("certification", False, None, ["AWS08812409"]),
  note="certmetrics benefit notice right after the voucher resolution; candidate ID")

b_phish2 = """Hello,

To complete the merge of your certification accounts we need you to verify
your identity. Our records show the confirmation you sent was incomplete.

Sign in below with your AWS Builder ID and the password of your old
certification account within 48 hours, otherwise the request will be
cancelled and your certifications may be lost:

https://aws-training-verify.net/case/174389211700415/verify

Thank you,
AWS Training and Certification Customer Service
"""
M("phish2", date=t(2025, 4, 8, 12, 44, 0, UTC), box="p", mid="mailer-svc.top",
  frm=TC_FROM, to=ME_P, subject="RE:[CASE 174389211700415] %s" % SUBJ_FORM,
  auth=auth_gmail("amazon.com", "bounce@mailer-svc.top", "185.222.58.14", dkim="fail", spf="softfail",
                  dmarc="fail", dis="QUARANTINE"),
  parts=[("plain", b_phish2, "UTF-8", "quoted-printable"), ("html", to_html(b_phish2), "UTF-8", "quoted-printable")],
  label=("suspicious", False, None, []),
  note="genuine-looking From and case-style subject (plausible 15-digit number) but dkim=fail, spf=softfail, dmarc=fail")

b_a_jsurvey = """大山 様

先日は AWS トレーニングと認定 カスタマーサービスをご利用いただき、
誠にありがとうございました。

ケース 174062913800412 の対応について、今後のサービス向上のため、
簡単なアンケートにご協力いただけますと幸いです。所要時間は 1 分程度です。

アンケートに回答する:
https://feedback.aws.training/cs?case=174062913800412&lang=ja

※本メールは送信専用アドレスから配信しております。ご返信いただいてもお答えできませんので、
あらかじめご了承ください。

AWS トレーニングと認定
"""
M("a_jsurvey", date=t(2025, 4, 9, 1, 0, 0, UTC), box="p", mid="ses",
  frm=addr("AWS トレーニングと認定", TC), to=ME_P,
  subject="アンケートご協力のお願い（ケース %s）" % CASE_A,
  parts=[("plain", b_a_jsurvey, "UTF-8", "base64"), ("html", to_html(b_a_jsurvey), "UTF-8", "base64")],
  label=("survey", False, CASE_A, []),
  note="Japanese survey: keigo 〜いただけますと幸いです looks like a request; base64")

b_e_hold = """Hello Kenta,

Thank you for waiting, and sorry for the delay.

I've looked at AWS07761130. It was created on 14 August 2023 through an AWS
Partner Central sign-in and, unlike your previous company account, it was not
part of the merge we completed on case 174062913800412. It is still linked to
the partner organization Minatomirai Systems Co., Ltd., and as long as that
link exists the account is locked against merges from our side.

I've opened a request with our partner operations colleagues to remove the
link. They normally do this without involving the partner when the person has
already left, but they need that on record: our notes say your last day was
March 31, 2025. Is that still accurate, and are you no longer employed there?
Once I have your answer I'll pass it on, and the case stays paused until they
finish.

Regards,
Rahul
AWS Training and Certification
"""
M("e_hold", date=t(2025, 4, 9, 3, 25, 0, UTC), box="p", mid="ses",
  frm=TC_FROM, to=ME_P, subject="RE:[CASE %s] %s" % (CASE_E, SUBJ_FORM),
  irt="e_busy", refs=["e_ack", "e_busy"],
  parts=[("plain", b_e_hold, "UTF-8", "quoted-printable"), ("html", to_html(b_e_hold), "UTF-8", "quoted-printable")],
  label=("on_hold", True, CASE_E, ["AWS07761130"]),
  note="partner-link hold with questions buried in the last paragraph; mentions the other (merged) case number")

b_e_r1 = """Hi Rahul,

Yes, that's correct. I left Minatomirai Systems on March 31, 2025 and I am no
longer employed there. My new employer is not an AWS partner.

Kenta

On Wed, Apr 9, 2025 at 12:25 PM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
""" + quote(b_e_hold)
M("e_r1", date=t(2025, 4, 9, 18, 20, 0), box="p", mid="gmail",
  frm=ME_P_FROM, to=TC_FROM, subject="RE:[CASE %s] %s" % (CASE_E, SUBJ_FORM),
  irt="e_hold", refs=["e_ack", "e_busy", "e_hold"], noauth=True,
  parts=[("plain", b_e_r1, "UTF-8", "8bit")],
  label=("user_reply", False, CASE_E, []),
  note="user answers the hold question; quote contains the question and a candidate ID")

b_pv2 = """Dear Kenta Oyama,

Thank you for scheduling your exam with Pearson VUE.

Exam: AWS Certified Security - Specialty (SCS-C02)
Registration ID: 517204663
Candidate ID: AWS08812409
Appointment: Saturday, May 17, 2025, 10:00 AM JST
Delivery: OnVUE online proctored

Please run the system test on the computer you will use before exam day.
To reschedule or cancel, visit your Pearson VUE dashboard at least 24 hours
before the appointment.

Pearson VUE
"""
M("pvue2", date=t(2025, 4, 10, 4, 2, 0, UTC), box="p", mid="pearson.com",
  frm=addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), to=ME_P,
  subject="Pearson VUE Confirmation of Your Exam Appointment",
  auth=auth_gmail("pearson.com", "bounce@pearson.com", "198.51.100.12"),
  parts=[("plain", b_pv2, "UTF-8", "quoted-printable"), ("html", to_html(b_pv2), "UTF-8", "quoted-printable")],
  label=("unrelated", False, None, ["AWS08812409"]),
  note="exam-vendor confirmation: 9-digit registration ID, candidate ID, 'Please run the system test'")

b_e_conf = """Hello Kenta,

Thanks for confirming. Partner operations removed the link between AWS07761130
and the Minatomirai Systems partner account this morning, so it is now an
ordinary individual certification account and can be merged.

A few notes before we do it, since this merge works a little differently from
the last one:

1. AWS07761130 holds no exams of its own. It does, however, hold the Credly
   connection that was set up from Partner Central in 2023, which is most
   likely why some of your badges have not been showing on the right profile.
2. When the two accounts are combined, the Credly connection moves to the
   surviving account and all badges are re-issued from it. Expect a batch of
   Credly emails afterwards; you can accept them or ignore them.
3. Sign-in for AWS07761130 goes through Partner Central. After the merge that
   route no longer leads to a certification account, so use your Builder ID
   only.
4. The merge cannot be undone, although nothing is lost: exam records are never
   deleted, only moved.

So the plan would be: AWS08812409 stays as your one and only certification
account, and AWS07761130 is folded into it and closed.

Go ahead on that basis?

Best,
Rahul
AWS Training and Certification

--
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. This message and
any attachments may contain confidential information intended only for the
addressee. If you received it in error, please notify the sender and delete it.
"""
M("e_conf", date=t(2025, 4, 11, 6, 10, 0, UTC), box="p", mid="ses",
  frm=TC_FROM, to=ME_P, subject="RE:[CASE %s] %s" % (CASE_E, SUBJ_FORM),
  irt="e_r1", refs=["e_ack", "e_busy", "e_hold", "e_r1"],
  parts=[("plain", b_e_conf, "UTF-8", "8bit")],
  label=("confirmation_request", True, CASE_E, ["AWS07761130", "AWS08812409"]),
  note="confirmation is a three-word question after a numbered explanation, above a legal footer containing 'please notify the sender'")

M("bid_alert", date=t(2025, 4, 12, 13, 3, 0, UTC), box="p", mid="ses",
  frm=addr("AWS Builder ID", "no-reply@signin.aws"), to=ME_P,
  subject="New sign-in to your AWS Builder ID",
  auth=auth_gmail("signin.aws", SES_FROM % "b1d000002", "54.240.8.77"),
  parts=[("plain", """Hello Kenta,

We noticed a sign-in to your AWS Builder ID from a device we haven't seen
before.

When: April 12, 2025, 22:03 JST
Device: Chrome on Windows
Location: Tokyo, Japan (approximate)

If this was you, you don't need to do anything. If you don't recognize this
activity, reset your password right away and review your devices.

Amazon Web Services
""", "UTF-8", "7bit")],
  label=("unrelated", False, None, []),
  note="Builder ID sign-in alert with a conditional 'reset your password'")

b_e_close = """大山様

AWS トレーニングと認定 カスタマーサービスでございます。

4 月 11 日にお送りした、アカウント統合の進め方に関するご確認のメールについて、
まだお返事をいただけていないようです。

2025 年 4 月 17 日までにご連絡がない場合は、本ケースをいったんクローズいたします。
クローズ後であっても、このメールにご返信いただければケースは再開され、
引き続き対応いたします。

お忙しいところ恐縮ですが、ご都合のよろしいときにご返信ください。

AWS トレーニングと認定
"""
M("e_close", date=t(2025, 4, 14, 1, 0, 0, UTC), box="p", mid="ses",
  frm=addr("AWS トレーニングと認定", TC), to=ME_P,
  subject="RE:[CASE %s] %s" % (CASE_E, SUBJ_FORM),
  irt="e_conf", refs=["e_ack", "e_busy", "e_hold", "e_r1", "e_conf"],
  parts=[("plain", b_e_close, "UTF-8", "base64")],
  label=("closing_notice", True, CASE_E, []),
  note="Japanese closing notice with a date deadline and reopen-on-reply; base64")

b_phish3 = """<html><body style="font-family:'Meiryo',sans-serif">
<p>AWS認定 をご利用のお客様</p>
<p>お客様のアカウント統合リクエストは、本人確認が完了していないため<b>保留</b>されています。</p>
<p>72時間以内に以下のリンクから本人確認を完了してください。完了しない場合、保有している認定はすべて失効します。</p>
<p><a href="https://aws-training-jp.com/verify?id=77182">本人確認を行う</a></p>
<p>AWS 認定サポートセンター</p>
</body></html>
"""
M("phish3", date=t(2025, 4, 14, 20, 11, 0), box="p", mid="aws-training-jp.com",
  frm=addr("AWS認定サポート", "no-reply@aws-training-jp.com"), to=ME_P,
  subject="【重要】AWS認定アカウントの統合手続きが保留されています",
  auth=auth_gmail("aws-training-jp.com", "no-reply@aws-training-jp.com", "91.215.85.40", pol="NONE"),
  parts=[("html", b_phish3, "UTF-8", "8bit")],
  label=("suspicious", False, None, []),
  note="Japanese phishing from a lookalike domain imitating a merge hold; HTML-only 8bit")

b_e_r2 = """Yes, please go ahead: keep AWS08812409 and merge AWS07761130 into it.
Sorry for the late answer, I was travelling.

Kenta

2025年4月14日(月) 10:00 AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>:
""" + quote(b_e_close) + """>
> 2025年4月11日(金) 15:10 Rahul <aws-cs-trainingcertification-form@amazon.com>:
""" + quote(quote(b_e_conf))
M("e_r2", date=t(2025, 4, 15, 7, 40, 0), box="p", mid="gmail",
  frm=ME_P_FROM, to=TC_FROM, subject="RE:[CASE %s] %s" % (CASE_E, SUBJ_FORM),
  irt="e_close", refs=["e_ack", "e_busy", "e_hold", "e_r1", "e_conf", "e_close"], noauth=True,
  parts=[("plain", b_e_r2, "UTF-8", "8bit")],
  label=("user_reply", False, CASE_E, ["AWS08812409", "AWS07761130"]),
  note="top-posted confirmation over two levels of quoted history (Japanese closing notice + request)")

b_e_done = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Kenta,</p>
<p>All done. AWS07761130 has been merged into AWS08812409 and closed.</p>
<table cellpadding="4" border="1" style="border-collapse:collapse">
<tr><td>Surviving account</td><td>AWS08812409</td></tr>
<tr><td>Sign-in</td><td>AWS Builder ID (kenta.oyama.0907@gmail.com)</td></tr>
<tr><td>Credly</td><td>Reconnected; badges are being re-issued</td></tr>
</table>
<p>Should anything look off on Credly over the next few days, you're welcome to write back on this thread.</p>
<p>Rahul<br>AWS Training and Certification</p>
</body></html>
"""
M("e_done", date=t(2025, 4, 16, 2, 45, 0, UTC), box="p", mid="ses",
  frm=TC_FROM, to=ME_P, subject="RE:[CASE %s] %s" % (CASE_E, SUBJ_FORM),
  irt="e_r2", refs=["e_ack", "e_conf", "e_close", "e_r2"],
  parts=[("html", b_e_done, "UTF-8", "quoted-printable")],
  label=("resolved", False, CASE_E, ["AWS07761130", "AWS08812409"]),
  note="HTML-only completion ('All done') with a table; conditional 'you're welcome to write back'")

b_credly3 = """Kenta, you have 2 new badges!

Amazon Web Services Training and Certification issued you:
 - AWS Certified Security – Specialty (legacy)
 - AWS Certified Advanced Networking – Specialty (legacy)

Accept your badges to add them to your profile:
https://www.credly.com/earner/earned/issued

Credly
"""
M("credly3", date=t(2025, 4, 16, 3, 30, 0, UTC), box="p", mid="credly.com",
  frm=addr("Credly", "admin@credly.com"), to=ME_P,
  subject="You've been issued 2 new badges",
  auth=auth_gmail("credly.com", "bounces+1234@em.credly.com", "149.72.161.99"),
  parts=[("plain", b_credly3, "UTF-8", "8bit"), ("html", to_html(b_credly3), "UTF-8", "8bit")],
  label=("badge", False, None, []),
  note="Credly re-issue after the third-account merge")

M("meetup", date=t(2025, 4, 17, 12, 0, 0), box="p", mid="meetboard.jp",
  frm=addr("meetboard", "no-reply@meetboard.jp"), to=ME_P,
  subject="【JAWS-UG 横浜】参加登録が完了しました",
  auth=auth_gmail("meetboard.jp", "bounce@meetboard.jp", "203.0.113.31", pol="NONE"),
  parts=[("plain", """大山 健太 さん

以下のイベントへの参加登録が完了しました。

JAWS-UG 横浜 #78 「AWS 認定、取ったあとどうする？」
日時: 2025/04/26(土) 14:00〜17:00
会場: 横浜市西区 某所 (詳細は参加者のみに公開)

キャンセルする場合は、イベントページから参加登録を取り消してください。

meetboard
""", "UTF-8", "8bit")],
  label=("unrelated", False, None, []),
  note="Japanese community event registration mentioning AWS 認定; UTF-8 8bit")

b_nim = """Hello Kenta,

We haven't heard back since our last update, so we consider this case resolved
and have closed it.

Case: #311-2045566
Subject: DNSSEC validation failures on oyama.dev

If the problem comes back, simply reply to this email within 30 days and the
case will be reopened.

NimbusDNS Support
"""
M("nimbus", date=t(2025, 4, 18, 15, 0, 0, UTC), box="p", mid="nimbusdns.com",
  frm=addr("NimbusDNS Support", "help@nimbusdns.com"), to=ME_P,
  subject="Your case #311-2045566 has been closed",
  auth=auth_gmail("nimbusdns.com", "help@nimbusdns.com", "198.51.100.140", pol="REJECT"),
  parts=[("plain", b_nim, "UTF-8", "7bit")],
  label=("unrelated", False, None, []),
  note="another vendor's 'closed for no reply, reply to reopen' (AWS closing-notice shape from a non-AWS sender)")

b_recert = """Congratulations, Kenta!

You have recertified AWS Certified SysOps Administrator - Associate. Your new
expiration date is April 19, 2028.

Candidate ID: AWS08812409

Your updated certificate is available in your Certification Account, and your
Credly badge will be refreshed automatically.

AWS Certification
"""
M("cm_recert", date=t(2025, 4, 20, 5, 0, 0, UTC), box="p", mid="certmetrics.com",
  frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P,
  subject="Congratulations on recertifying your AWS Certification!",
  auth=auth_gmail("certmetrics.com", "bounce@certmetrics.com", "52.10.40.7"),
  parts=[("plain", b_recert, "UTF-8", "quoted-printable"), ("html", to_html(b_recert), "UTF-8", "quoted-printable")],
  label=("certification", False, None, ["AWS08812409"]),
  note="recertification notice with candidate ID")

b_phish4 = """<html><body style="font-family:Arial">
<p>Hi Kenta,</p>
<p>Following a recent change to your AWS Certification account, <b>your 7 AWS badges are scheduled to be revoked</b>.</p>
<p>To keep them, re-claim your badges within 48 hours:</p>
<p><a href="https://credly-badge-notify.com/reclaim?u=k.oyama">Re-claim my badges</a></p>
<p>Credly Support</p>
</body></html>
"""
M("phish4", date=t(2025, 4, 22, 2, 9, 0, UTC), box="p", mid="credly-badge-notify.com",
  frm=addr("Credly", "badges@credly-badge-notify.com"), to=ME_P,
  subject="Action needed: your AWS badges will be revoked",
  auth=auth_gmail("credly-badge-notify.com", "badges@credly-badge-notify.com", "45.95.147.12", pol="NONE"),
  parts=[("html", b_phish4, "UTF-8", "8bit")],
  label=("suspicious", False, None, []),
  note="Credly lookalike domain, HTML-only")

b_mkt = """<html><body style="font-family:Arial">
<h2>Ready for your next AWS Certification?</h2>
<p>Build on what you know with AWS Skill Builder exam prep: official practice question sets,
exam-style labs and an enhanced practice exam for every certification.</p>
<p>Already certified? Check the Benefits tab of your Certification Account for your discount.</p>
<p><a href="https://skillbuilder.aws/exam-prep">Start preparing</a></p>
<p style="font-size:11px">Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109. Unsubscribe.</p>
</body></html>
"""
M("mkt", date=t(2025, 4, 23, 16, 0, 0, UTC), box="p", mid="ses",
  frm=addr("AWS Training and Certification", "aws-marketing-email-replies@amazon.com"), to=ME_P,
  subject="Ready for your next AWS Certification?",
  parts=[("html", b_mkt, "UTF-8", "quoted-printable")],
  label=("unrelated", False, None, []),
  note="AWS marketing with the same display name as support and a benefits mention; HTML-only")


# ----------------------------------------------------------------------------------------------
# assembly
# ----------------------------------------------------------------------------------------------

def build(m, idx):
    key = m["key"]
    box = m["box"]
    to_addr = ME_P if box == "p" else ME_C
    style = m["mid"]
    mid = make_mid(key, style)
    MIDS[key] = mid
    d = m["date"]
    if style in ("gmail", "outlook"):
        d = d.astimezone(JST)
    H = []
    if not m.get("noauth"):
        H.append("Delivered-To: %s" % to_addr if box == "p" else "X-MS-Exchange-Organization-Network-Message-Id: %s-%s" % (h8(key, 8), h8(key + "x", 4)))
        if box == "p":
            H.append("Received: by 2002:a05:7300:%s with SMTP id %s;\n        %s"
                     % (h8(key, 4), h8(key, 12), format_datetime(d.astimezone(UTC)).replace("+0000", "-0000")))
        else:
            H.append("Received: from OS0PR01MB%s.jpnprd01.prod.outlook.com\n by TYCPR01MB%s.jpnprd01.prod.outlook.com with HTTPS; %s"
                     % (h8(key, 4).upper(), h8(key + "r", 4).upper(), format_datetime(d.astimezone(UTC))))
        if "auth" in m:
            if m["auth"]:
                H.append(m["auth"])
        else:
            H.append(amazon_auth(box, key))
    else:
        # copy kept in the owner's Sent folder
        H.append("X-Mailbox-Folder: Sent")
    H.append("Date: %s" % format_datetime(d))
    H.append("From: %s" % m["frm"])
    H.append("To: %s" % m["to"])
    subj_cs = "iso-2022-jp" if any(p[2] in ("ISO-2022-JP", "Shift_JIS") for p in m.get("parts", [])) else "utf-8"
    H.append("Subject: %s" % hdr(m["subject"], subj_cs))
    H.append("Message-ID: %s" % mid)
    if m.get("irt"):
        H.append("In-Reply-To: %s" % MIDS[m["irt"]])
    if m.get("refs"):
        H.append("References: %s" % "\n ".join(MIDS[r] for r in m["refs"]))
    if style == "ses":
        H.append("Feedback-ID: 1.us-east-1.%s=:AmazonSES" % h8(key, 20))
        H.append("X-SES-Outgoing: %s-54.240.8.%d" % (d.astimezone(UTC).strftime("%Y.%m.%d"), int(h8(key, 2), 16) % 200 + 20))
    H += m.get("extra", [])
    H.append("MIME-Version: 1.0")
    head = ("\n".join(H) + "\n").encode("ascii")

    if "report" in m:
        txt, dsn, orig = m["report"]
        b = "00000000000067a1b2c3d4e5f6%s" % h8(key, 4)
        body = [head.rstrip(b"\n"),
                ('Content-Type: multipart/report; boundary="%s"; report-type=delivery-status\n\n' % b).encode()]
        body = [head, ('Content-Type: multipart/report; boundary="%s"; report-type=delivery-status\n\n' % b).encode()]
        body.append(("--%s\n" % b).encode())
        h_, p_ = leaf(txt, "plain", "UTF-8", "7bit")
        body += [h_, b"\n", p_]
        body.append(("--%s\nContent-Type: message/delivery-status\n\n" % b).encode())
        body.append(dsn.encode("ascii") + b"\n")
        body.append(("--%s\nContent-Type: message/rfc822\n\n" % b).encode())
        body.append(orig.encode("ascii") + b"\n")
        body.append(("--%s--\n" % b).encode())
        raw = b"".join(body)
    else:
        parts = m["parts"]
        if len(parts) == 1:
            sub, text, cs, cte = parts[0]
            h_, p_ = leaf(text, sub, cs, cte)
            raw = head + h_ + b"\n" + p_
        else:
            b = "=_Part_%s_%s" % (h8(key, 6), h8(key + "b", 10))
            chunks = [head, ('Content-Type: multipart/alternative;\n boundary="%s"\n\n' % b).encode()]
            for sub, text, cs, cte in parts:
                h_, p_ = leaf(text, sub, cs, cte)
                chunks += [("--%s\n" % b).encode(), h_, b"\n", p_]
            chunks.append(("--%s--\n" % b).encode())
            raw = b"".join(chunks)
    if m.get("crlf"):
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


def write_readme(rows):
    import collections
    kinds = collections.Counter(r[1] for r in rows)
    nr = sum(1 for r in rows if r[2])
    ja = sum(1 for r in rows if r[5])
    L = []
    L.append("me: %s %s" % (ME_P, ME_C))
    L.append("")
    L.append("# blind-23: held-out corpus (written blind, from DOMAIN.md, the seeds and BLIND-CORPUS.md only)")
    L.append("")
    L.append("Mailbox owner: Kenta Oyama (大山 健太). Personal address %s (Gmail, receives "
             "`Authentication-Results: mx.google.com`), old company address %s (Microsoft 365, "
             "closed on 2025-03-31). Mail spans 2021-06 to 2025-04. Files are numbered in arrival "
             "order; regenerate with `python3 gen.py`." % (ME_P, ME_C))
    L.append("")
    L.append("## Cases")
    L.append("")
    L.append("| case | digits | channel | story |")
    L.append("|---|---|---|---|")
    L.append("| %s | 10 | T&C form, company address (2021) | two profiles on the same company address: ack (JA) -> candidate-ID request -> reply -> JA confirmation -> reply -> resolved -> badge |" % CASE_K)
    L.append("| %s | 11 | AWS Support Center (console), personal | ack -> info request to be answered in the Support Center -> (bounce of an email reply) -> auto-resolve warning -> resolved (work sits in the form case) -> survey |" % CASE_C)
    L.append("| %s | 15 | T&C form, personal (main case) | ack -> APN partner hold with question -> reply -> hold without ask -> JA update -> destination-details request -> reply -> HTML confirmation -> self-forward -> closing notice -> reply from the wrong (company) address -> request to resend from personal -> confirmation -> merged -> survey; reopened for a missing voucher -> update -> JA info request -> reply threaded only by headers -> resolved -> JA survey |" % CASE_A)
    L.append("| %s | 15 | T&C form, company address | duplicate submission 12 minutes after the main case: JA ack -> closed as duplicate |" % CASE_B)
    L.append("| %s | 15 | T&C form, personal | third account created via Partner Central: ack -> high-volume delay notice -> partner-link hold with question -> reply -> confirmation (buried bare question) -> JA closing notice -> reply -> resolved (HTML) -> badge |" % CASE_E)
    L.append("")
    L.append("Not case numbers: AWS account IDs 210987654321 / 345678901234, Pearson VUE registration IDs 482913377 / 517204663, "
             "Builder ID code 538102, Amazon order 250-1234567-8901234, other vendors' case numbers, the phishing mail's fake case 174389211700415. "
             "Candidate IDs: AWS04417725 (company account), AWS09912364 (2021 duplicate), AWS08812409 (personal, kept), AWS07761130 (Partner Central account).")
    L.append("")
    L.append("## Counts")
    L.append("")
    L.append("%d messages; needs_reply true: %d; with Japanese text: %d." % (len(rows), nr, ja))
    L.append("")
    L.append("| kind | count |")
    L.append("|---|---|")
    for k in ["acknowledgement", "confirmation_request", "info_request", "on_hold", "closing_notice",
              "resolved", "survey", "badge", "certification", "user_reply", "case_update",
              "suspicious", "unrelated"]:
        L.append("| %s | %d |" % (k, kinds[k]))
    L.append("")
    L.append("## Messages")
    L.append("")
    L.append("| file | kind | needs_reply | case | what it is / what makes it hard |")
    L.append("|---|---|---|---|---|")
    for name, kind, nrr, case, note, _ja in rows:
        L.append("| %s | %s | %s | %s | %s |" % (name, kind, "yes" if nrr else "no", case or "-", note.replace("|", "/")))
    L.append("")
    L.append("Judgement calls: 043 (owner forwarding the request to his other address) is labelled user_reply, "
             "as mail the owner wrote on the case; 022 (duplicate case closed by support, not for silence) is resolved; "
             "027 (bounce) carries the original message as an attachment, whose candidate IDs are not the bounce's own text; "
             "other vendors' closing warnings and internal mails asking for a reply are unrelated and need no reply to support.")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


def main():
    # arrival order sanity
    bad = [(a["key"], b["key"]) for a, b in zip(MESSAGES, MESSAGES[1:]) if a["date"] > b["date"]]
    assert not bad, bad
    rows = []
    for i, m in enumerate(MESSAGES, 1):
        name = "%03d" % i
        raw = build(m, i)
        with open(os.path.join(HERE, name + ".eml"), "wb") as f:
            f.write(raw)
        kind, nr, case, ids = m["label"]
        with open(os.path.join(HERE, name + ".json"), "w", encoding="utf-8") as f:
            json.dump({"kind": kind, "needs_reply": nr, "case": case, "candidate_ids": ids}, f,
                      ensure_ascii=False)
            f.write("\n")
        alltext = "".join(p[1] for p in m.get("parts", []))
        ja = any("\u3040" <= ch <= "\u30ff" for ch in alltext)
        rows.append((name, kind, nr, case, m["note"], ja))
    return rows


if __name__ == "__main__":
    rows = main()
    write_readme(rows)
    print("wrote %d messages" % len(rows))
