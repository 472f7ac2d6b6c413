#!/usr/bin/env python3
"""Blind held-out corpus generator (standard library only).

Writes NNN-slug.eml / NNN-slug.json (and README.md) next to this script.
One mailbox owner: Mizuho Tanabe, personal + old company address.
"""
import base64
import datetime as dt
import hashlib
import html
import json
import os
import quopri
from email.header import Header
from email.utils import formataddr

OUT = os.path.dirname(os.path.abspath(__file__))

ME_P = "mizuho.tanabe88@gmail.com"
ME_C = "m.tanabe@hoshikawa-sol.co.jp"
ME_NAME = "Mizuho Tanabe"
ME_JA = "田辺 瑞穂"
FORM = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"
SAEKI = "r.saeki@hoshikawa-sol.co.jp"

A = "174089352100614"   # main merge case (15 digits)
B = "174089412700231"   # duplicate form submission (15 digits)
C = "17411836502"       # console case (11 digits)
D = "5820193746"        # name-change form case (10 digits)
E = "174436218300952"   # benefit follow-up form case (15 digits)

ID_NEW = "AWS09183326"
ID_OLD = "AWS04417352"
ID_SSO = "AWS02266914"
ACCT = "481516234271"    # 12-digit AWS account ID (not a case)

SUBJ_A = f"RE:[CASE {A}] [AWS Training and Certification Form Submission] - account-assistance"
SUBJ_B = f"RE:[CASE {B}] [AWS Training and Certification Form Submission] - account-assistance"
SUBJ_D = f"RE:[CASE {D}] [AWS Training and Certification Form Submission] - certification"
SUBJ_E = f"RE: [CASE {E}] [AWS Training and Certification Form Submission] - benefits"
SUBJ_C0 = f"[AWS ID {ACCT}] Builder ID sign-in loops back to account selection on AWS Certification"
SUBJ_C = f"RE:[CASE {C}] {SUBJ_C0}"

CONSOLE_FOOTER = f"""
We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Best regards,
Amazon Web Services
======================================================
To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId={C}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To update an existing case, please use the link above.
"""

# --------------------------------------------------------------------------
# low-level helpers

PYCODEC = {"utf-8": "utf-8", "iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis",
           "us-ascii": "ascii"}


def date(s, tz="+0900"):
    t = dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    return t.strftime("%a, %d %b %Y %H:%M:%S ") + tz


def mid(key, domain):
    h = hashlib.sha1(key.encode()).hexdigest()
    if domain == "ses":
        return f"<0106019{h[:9]}-{h[9:17]}-{h[17:21]}-{h[21:25]}-{h[25:37]}-000000@email.amazonses.com>"
    if domain == "gmail":
        return f"<CAK{h[:6]}+{h[6:30]}=Q{h[30:36]}@mail.gmail.com>"
    if domain == "outlook":
        return f"<TYCP286MB{h[:4].upper()}{h[4:16].upper()}@TYCP286MB{h[16:20].upper()}.JPNP286.PROD.OUTLOOK.COM>"
    return f"<{h[:20]}.{h[20:30]}@{domain}>"


def hdr(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((name, email), charset=charset)


def part(text, subtype="plain", charset="utf-8", cte="8bit", extra_ct=""):
    b = text.encode(PYCODEC[charset])
    if cte == "base64":
        body = base64.encodebytes(b)
    elif cte == "quoted-printable":
        body = quopri.encodestring(b)
    else:
        body = b
    if not body.endswith(b"\n"):
        body += b"\n"
    head = (f'Content-Type: text/{subtype}; charset="{charset}"{extra_ct}\n'
            f"Content-Transfer-Encoding: {cte}\n\n").encode()
    return head + body


def multipart(parts, sub="alternative", boundary=None, extra=""):
    boundary = boundary or "----=_Part_" + hashlib.md5(b"".join(parts)).hexdigest()[:24]
    out = f'Content-Type: multipart/{sub}; boundary="{boundary}"{extra}\n\n'.encode()
    out += b"This is a multi-part message in MIME format.\n\n" if sub != "alternative" else b""
    for p in parts:
        out += f"--{boundary}\n".encode() + p + b"\n"
    out += f"--{boundary}--\n".encode()
    return out


def to_html(text, font="Arial"):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        lines = [html.escape(x) for x in p.split("\n")]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body style="font-family:{font},sans-serif;font-size:14px">\n' + "\n".join(out) + "\n</body></html>\n")


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.strip("\n").split("\n"))


def auth_gmail(domain, ok=True, spf_ip="54.240.8.%d"):
    if ok:
        return (f"mx.google.com;\n       dkim=pass header.i=@{domain} header.s=s{len(domain)}v2 header.b=K{domain[:3]}9xQ;\n"
                f"       spf=pass (google.com: domain of bounces@{domain} designates {spf_ip % (len(domain) + 11)} as permitted sender) smtp.mailfrom=bounces@{domain};\n"
                f"       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from={domain}")
    raise ValueError


def auth_m365(domain):
    return (f"spf=pass (sender IP is 54.240.27.{len(domain) + 40}) smtp.mailfrom={domain}; "
            f"dkim=pass (signature was verified) header.d={domain};dmarc=pass action=none "
            f"header.from={domain};compauth=pass reason=100")


MESSAGES = []


def M(slug, label, hdrs, body, crlf=False, note=""):
    kind, needs, case, cands = label
    MESSAGES.append(dict(slug=slug, label={"kind": kind, "needs_reply": needs, "case": case,
                                           "candidate_ids": cands},
                         hdrs=hdrs, body=body, crlf=crlf, note=note))


IDS = {}


def H(key, frm, to, subj, when, dom, cc=None, irt=None, refs=None, auth=None, extra=None,
      tz="+0900", subj_charset="utf-8"):
    """Build a header list; remembers the Message-ID under key."""
    m = mid(key, dom)
    IDS[key] = m
    h = []
    if auth:
        h.append(("Authentication-Results", auth))
    h += [("Date", date(when, tz)), ("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h.append(("Subject", hdr(subj, subj_charset)))
    h.append(("Message-ID", m))
    if irt:
        h.append(("In-Reply-To", IDS[irt]))
    if refs:
        h.append(("References", " ".join(IDS[r] for r in refs)))
    h.append(("MIME-Version", "1.0"))
    for kv in (extra or []):
        h.append(kv)
    return h


def aws_from(name="Amazon Web Services"):
    return addr(name, FORM)


GAUTH_AMZ = auth_gmail("amazon.com")
MAUTH_AMZ = auth_m365("amazon.com")
SES_EXTRA = [("X-SES-Outgoing", "2025.03.03-54.240.8.21"),
             ("Feedback-ID", "1.us-east-1.kq0Mz8Q1vB2LdE6h1a7mB3b8b1xS0UJ3pGZ1yFJx4eA=:AmazonSES")]

# --------------------------------------------------------------------------
# the mailbox, in order of arrival

# 001 GitHub "merged"
t = """Merged #412 into main.

—
Reply to this email directly, view it on GitHub:
https://github.com/hoshikawa-sol/billing-batch/pull/412#event-16233904817
You are receiving this because you authored the thread.
"""
M("pr-activity", ("unrelated", False, None, []),
  H("001", addr("Kaito Mori", "notifications@github.com"), addr(ME_NAME, ME_C),
    "Re: [hoshikawa-sol/billing-batch] Retry S3 PutObject on SlowDown (PR #412)", "2025-02-03 11:02:40", "github.com",
    auth=auth_m365("github.com"),
    extra=[("List-ID", "hoshikawa-sol/billing-batch <billing-batch.hoshikawa-sol.github.com>"),
           ("X-GitHub-Reason", "author")]),
  multipart([part(t, cte="quoted-printable"), part(to_html(t), "html", cte="quoted-printable")]),
  note="GitHub 'Merged' notification; the word merged without any AWS case")

# 002 billing statement, from the same sender as console cases
t = f"""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending in {ACCT[-4:]}, is available on the AWS web site. Your account will be charged the following:

Total: $3.18

You can see a complete break down of all charges on the Billing page located here:
https://console.aws.amazon.com/billing/home#/bill

Account ID: {ACCT}

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, Washington 98109-5210. Please do not reply to this e-mail; this address cannot accept incoming e-mails.
"""
M("statement", ("unrelated", False, None, []),
  H("002", addr("Amazon Web Services", CONSOLE), ME_P,
    f"Amazon Web Services Billing Statement Available [Account: {ACCT}]", "2025-02-04 03:11:09", "ses",
    auth=GAUTH_AMZ, tz="+0000"),
  part(t, cte="7bit", charset="us-ascii"),
  note="billing from no-reply-aws@amazon.com (same sender as console cases); 12-digit account ID, 'cannot accept incoming e-mails' footer")

# 003 D ack (10-digit), English, quotes the user's own form request
t = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {D} to address your inquiry. The details of your case are as follows:

Case ID: {D}
Subject: [AWS Training and Certification Form Submission] - certification
Severity: General
Correspondence: Inquiry type: Certification / Certificate name
お世話になっております。認定証に表示される氏名の表記が「Mizuho TANABE」と「TANABE Mizuho」で混在しています。パスポートと同じ表記に統一していただけますか。

We will respond within 24 hours. If you have additional information to share, reply to this email and it will be added to your case.

To avoid delays, please do not open another case if you have already raised one for the same request.

Best regards,
Amazon Web Services
"""
M("form-receipt", ("acknowledgement", False, D, []),
  H("003", aws_from(), ME_C, SUBJ_D, "2025-02-05 18:47:31", "ses", auth=MAUTH_AMZ, extra=SES_EXTRA),
  part(t, cte="quoted-printable"),
  note="10-digit case; form text reproduced in the ack contains the user's own request; conditional 'reply to add info'")

# 004 D info request, Japanese keigo, ISO-2022-JP
t_004 = f"""田辺 瑞穂 様

AWS トレーニングと認定 カスタマーサービスの清水でございます。
この度はお問い合わせいただき、誠にありがとうございます。

認定証に記載されるお名前の表記変更について承りました。
お名前の変更にあたっては、試験当日にご提示いただいた本人確認書類の記載と
一致している必要がございます。

つきましては、お手数ではございますが、下記 2 点をご確認のうえ、
本メールへのご返信にてお知らせいただけますでしょうか。

1. 本人確認書類（パスポート等）に記載のローマ字表記（姓・名の順序を含む）
2. 現在の認定アカウント（{ID_OLD}）に登録されている生年月日に誤りがないか

ご確認のほど、よろしくお願いいたします。

AWS トレーニングと認定 カスタマーサービス
清水
"""
M("shimizu-note", ("info_request", True, D, [ID_OLD]),
  H("004", aws_from(), ME_C, SUBJ_D, "2025-02-06 10:20:05", "ses", auth=MAUTH_AMZ, irt="003", refs=["003"],
    subj_charset="iso-2022-jp"),
  part(t_004, charset="iso-2022-jp", cte="7bit"),
  note="Japanese keigo request (お知らせいただけますでしょうか) in ISO-2022-JP; candidate ID inside a parenthesis")

# 005 Pearson VUE, Japanese, 9-digit registration
t = """田辺 瑞穂 様

Pearson VUE をご利用いただきありがとうございます。
以下の内容で試験のご予約を承りました。

登録 ID: 483920175
試験: SAA-C03: AWS Certified Solutions Architect - Associate
日時: 2025年2月22日（土）10:00 JST
会場: 東京・新宿 テストセンター

試験当日は、開始時刻の 15 分前までに会場へお越しください。
有効な本人確認書類を 2 点ご持参ください。
予約の変更・キャンセルは、試験開始の 24 時間前までにオンラインで行ってください。

※本メールは送信専用アドレスからお送りしています。ご返信いただいてもお答えできません。

Pearson VUE
"""
M("exam-booking", ("unrelated", False, None, []),
  H("005", addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), ME_C,
    "試験予約確認 - AWS Certified Solutions Architect - Associate", "2025-02-06 21:05:44", "pearson.com",
    auth=auth_m365("pearson.com")),
  part(t, cte="base64"),
  note="exam vendor, Japanese, base64; 9-digit registration ID is not a case number")

# 006 Jira
t = """Ryota Saeki assigned HSK-2291 to Mizuho Tanabe

請求バッチのリトライ設計レビュー
-------------------------------
Key: HSK-2291
Type: Task
Priority: Medium

Could you take a look at the retry design before Friday's release? The throttling fix from PR #412 is already merged.

View issue: https://hoshikawa-sol.atlassian.net/browse/HSK-2291

This message was sent by Atlassian Jira (v1001.0.0-SNAPSHOT#100279).
"""
M("tracker", ("unrelated", False, None, []),
  H("006", addr("Ryota Saeki (Jira)", "jira@hoshikawa-sol.atlassian.net"), addr(ME_NAME, ME_C),
    "[JIRA] (HSK-2291) 請求バッチのリトライ設計レビュー", "2025-02-07 09:31:12", "atlassian.net",
    auth=auth_m365("hoshikawa-sol.atlassian.net")),
  multipart([part(t, cte="quoted-printable"), part(to_html(t), "html", cte="quoted-printable")]),
  note="a real request ('Could you take a look') but from a colleague's tracker, not support")

# 007 D closing notice, Japanese, Shift_JIS, CRLF
t_007 = """田辺様

AWS トレーニングと認定サポートです。

2月6日にお送りしたご案内について、現時点でご返信を確認できておりません。
お名前の表記変更を進めるには、本人確認書類に記載のローマ字表記を
ご確認いただく必要がございます。

本メールの送信後 3 営業日以内にご返信がない場合、本ケースはいったん
クローズとさせていただきます。引き続きご対応をご希望の場合は、
このメールにそのままご返信ください。クローズ後にご返信いただいた場合も、
ケースは再開されます。

よろしくお願いいたします。

AWS トレーニングと認定 カスタマーサービス
"""
M("followup-feb", ("closing_notice", True, D, []),
  H("007", aws_from(), ME_C, SUBJ_D, "2025-02-09 11:20:18", "ses", auth=MAUTH_AMZ, irt="004", refs=["003", "004"],
    subj_charset="shift_jis"),
  part(t_007, charset="shift_jis", cte="8bit"), crlf=True,
  note="Japanese closing notice in Shift_JIS with CRLF; 'reply keeps it open' wording")

# 008 D user reply, Japanese Outlook style, ISO-2022-JP
t = f"""AWS トレーニングと認定 カスタマーサービス
清水様

お世話になっております。田辺です。
ご返信が遅くなり申し訳ございません。

1. パスポートの表記: TANABE MIZUHO（姓 TANABE、名 MIZUHO）
2. 生年月日は登録内容で誤りありません。

念のため、認定アカウントの候補 ID は {ID_OLD} です。
よろしくお願いいたします。

田辺 瑞穂
株式会社ホシカワソリューションズ クラウド推進部

________________________________
差出人: aws-cs-trainingcertification-form@amazon.com <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2025年2月9日 11:20
宛先: 田辺 瑞穂 <{ME_C}>
件名: {SUBJ_D}

{t_007}
"""
M("re-name-spelling", ("user_reply", False, D, [ID_OLD]),
  H("008", addr(ME_JA, ME_C, "iso-2022-jp"), addr("", FORM), SUBJ_D, "2025-02-09 22:48:03", "outlook",
    irt="007", refs=["003", "004", "007"], subj_charset="iso-2022-jp",
    extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
  part(t, charset="iso-2022-jp", cte="7bit"),
  note="owner's reply from company address, Japanese Outlook header block (差出人/送信日時) quoting the closing notice")

# 009 D case update, Japanese UTF-8
t_009 = f"""田辺 様

ご返信いただきありがとうございます。

いただいた内容をもとに、認定チームへ氏名表記の変更を依頼いたしました。
反映までには通常 2〜3 営業日ほどかかります。
変更が完了しましたら、改めてこちらからご連絡いたします。

清水
AWS トレーニングと認定 カスタマーサービス
"""
M("shimizu-progress", ("case_update", False, D, []),
  H("009", aws_from(), ME_C, SUBJ_D, "2025-02-10 09:12:40", "ses", auth=MAUTH_AMZ, irt="008", refs=["003", "004", "007", "008"]),
  part(t_009, cte="8bit"),
  note="progress news only, Japanese UTF-8 8bit")

# 010 D resolved, Japanese, quoting the earlier request
t = f"""田辺 様

お待たせいたしました。
認定アカウントのお名前を「TANABE MIZUHO」に更新いたしました。

新しい表記の認定証は、認定アカウントの［取得済み認定］からダウンロードいただけます。
Credly のデジタルバッジへの反映には、最大で 24 時間ほどかかる場合がございます。

本件はこれにて解決とさせていただきます。
その他ご不明な点がございましたら、お気軽に本メールへご返信ください。

清水
AWS トレーニングと認定 カスタマーサービス

--- 2025/02/06 10:20 のメッセージ ---
{quote(t_004)}
"""
M("name-updated", ("resolved", False, D, []),
  H("010", aws_from(), ME_C, SUBJ_D, "2025-02-12 16:03:55", "ses", auth=MAUTH_AMZ, irt="009", refs=["003", "004", "007", "008", "009"]),
  multipart([part(t, cte="quoted-printable"), part(to_html(t, "Meiryo"), "html", cte="quoted-printable")]),
  note="resolution with ～がございましたら…ご返信ください and the old keigo request (with candidate ID) quoted below")

# 011 D survey
t = f"""Hello,

Your recent case {D} with AWS Training and Certification has been resolved.

We'd appreciate one minute of your time. How satisfied were you with the support you received?

  1 - Very dissatisfied   https://survey.aws-training.amazon.com/r/{D}?s=1
  2                       https://survey.aws-training.amazon.com/r/{D}?s=2
  3                       https://survey.aws-training.amazon.com/r/{D}?s=3
  4                       https://survey.aws-training.amazon.com/r/{D}?s=4
  5 - Very satisfied      https://survey.aws-training.amazon.com/r/{D}?s=5

Your answer goes straight to the team that handled your case.

Thank you,
AWS Training and Certification
"""
M("how-did-we-do", ("survey", False, D, []),
  H("011", addr("AWS Training and Certification", "aws-tc-survey@amazon.com"), ME_C,
    f"How did we do? Case {D}", "2025-02-13 08:00:12", "ses", auth=MAUTH_AMZ),
  part(t, charset="us-ascii", cte="7bit"),
  note="rating request after resolution; case number in subject")

# 012 certmetrics expiry reminder
t = """Hello Mizuho Tanabe,

Your AWS Certified Developer - Associate certification will expire on May 10, 2025.

To maintain your certification, you must pass the current version of the exam or a higher-level exam before the expiration date. As an AWS Certified individual you can use your 50% discount benefit toward your next exam.

Sign in to your AWS Certification Account for details:
https://www.aws.training/certification

Sincerely,
AWS Training and Certification

This is an automated message. Please do not reply.
"""
M("expiry-reminder", ("certification", False, None, []),
  H("012", addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
    "Your AWS Certification is expiring soon", "2025-02-14 02:00:03", "certmetrics.com",
    auth=auth_m365("certmetrics.com"), tz="+0000"),
  part(t, charset="us-ascii", cte="7bit"),
  note="certmetrics expiry reminder; 'you must pass' is not a reply request")

# 013 marketing, Japanese, HTML-only
t = """<html><body style="font-family:Meiryo,sans-serif">
<table width="600" align="center"><tr><td>
<h2>AWS Summit Japan 2025 事前登録受付中</h2>
<p>田辺 瑞穂 様</p>
<p>今年も AWS Summit Japan を幕張メッセにて開催いたします。150 以上のセッション、EXPO、認定者ラウンジをご用意しています。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/">今すぐ登録する</a></p>
<p style="font-size:11px;color:#777">このメールは送信専用です。配信停止をご希望の場合は<a href="https://pages.awscloud.com/unsubscribe">こちら</a>から手続きしてください。<br>
アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎3-1-1</p>
</td></tr></table></body></html>
"""
M("summit-invite", ("unrelated", False, None, []),
  H("013", addr("AWS Japan", "aws-marketing-email-replies@amazon.com", "utf-8"), ME_P,
    "【AWS Summit Japan 2025】事前登録受付中 — 今すぐお申し込みください", "2025-02-17 12:00:00", "ses",
    auth=GAUTH_AMZ),
  part(t, "html", cte="base64"),
  note="AWS marketing, Japanese HTML-only base64, imperative call to action")

# 014 connpass
t = """田辺 瑞穂 さん

以下のイベントへの参加登録が完了しました。

JAWS-UG 東京 #58 〜 Certification Night 〜
日時: 2025/03/06(木) 19:00〜21:30
会場: 目黒セントラルスクエア

参加をキャンセルする場合は、イベントページからキャンセル手続きを行ってください。
https://jawsug.connpass.com/event/349210/

connpass
"""
M("meetup-registered", ("unrelated", False, None, []),
  H("014", addr("connpass", "no-reply@connpass.com"), ME_P,
    "【connpass】JAWS-UG 東京 #58 〜 Certification Night 〜 への参加登録が完了しました", "2025-02-20 19:44:21", "connpass.com",
    auth=auth_gmail("connpass.com")),
  part(t, cte="8bit"),
  note="Japanese event registration, UTF-8 8bit")

# 015 certmetrics recert congratulations
t = """<html><body>
<p>Hello Mizuho Tanabe,</p>
<p><b>Congratulations on recertifying your AWS Certification!</b></p>
<p>You have successfully recertified as an AWS Certified Solutions Architect - Associate. Your new expiration date is February 22, 2028.</p>
<p>Your digital badge will be issued through Credly. You can download your certificate from your AWS Certification Account.</p>
<p>AWS Training and Certification</p>
</body></html>
"""
M("recert-news", ("certification", False, None, []),
  H("015", addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
    "Congratulations on recertifying your AWS Certification!", "2025-02-23 06:14:55", "certmetrics.com",
    auth=auth_m365("certmetrics.com"), tz="+0000"),
  part(t, "html", cte="quoted-printable"),
  note="certmetrics recertification, HTML-only")

# 016 phishing, lookalike domain (auth passes for its own domain)
t = """Dear Certification Holder,

Our records show that more than one AWS Certification profile is associated with your identity. Duplicate profiles violate the AWS Certification Program Agreement.

To avoid suspension of your active credentials, you must verify ownership of this account within 48 hours:

https://aws-certmetrics-support.com/verify/account?ref=8830417

If we do not receive your verification, your certifications will be revoked and your exam history removed.

AWS Certification Integrity Team
"""
M("profile-warning", ("suspicious", False, None, []),
  H("016", addr("AWS Certification", "integrity@aws-certmetrics-support.com"), ME_C,
    "Action required: duplicate certification profile detected", "2025-02-25 04:31:09", "aws-certmetrics-support.com",
    auth=auth_m365("aws-certmetrics-support.com"), tz="+0000"),
  part(t, charset="us-ascii", cte="7bit"),
  note="lookalike domain that passes its own DKIM/DMARC; merge-adjacent wording and an urgent ask")

# 017 company IT notice, Japanese, asks for a reply (to IT)
t = """田辺 さん

情報システム部です。
退職に伴うアカウント停止についてご案内します。

・最終出社日: 2025/03/14（金）
・メールボックス停止: 2025/03/31（月）23:59
・停止後、このアドレス宛のメールは送信者にエラーとして返送されます。

業務外で必要なメール（各種サービスの登録通知など）は、3/28 までに
ご自身で個人アドレスへの変更・転送を済ませてください。

PC の返却希望日を本メールへの返信でお知らせください。

情報システム部 ヘルプデスク（内線 2410）
"""
M("it-helpdesk", ("unrelated", False, None, []),
  H("017", addr("情報システム部", "it-helpdesk@hoshikawa-sol.co.jp", "iso-2022-jp"), addr(ME_JA, ME_C, "iso-2022-jp"),
    "【重要】退職に伴うメールアカウント停止のご案内", "2025-02-27 15:02:17", "hoshikawa-sol.co.jp",
    subj_charset="iso-2022-jp"),
  part(t, charset="iso-2022-jp", cte="7bit"),
  note="company IT asks for a reply, but it is not support; explains why the company mailbox will bounce later")

# 018 Builder ID code
t = """Hello,

Thank you for creating an AWS Builder ID. To verify your email address, enter the following code:

Verification code: 492817

This code expires in 30 minutes. If you did not request this code, you can ignore this message.

Amazon Web Services
"""
M("builder-code", ("unrelated", False, None, []),
  H("018", addr("AWS", "no-reply@signin.aws"), ME_P, "Verify your AWS Builder ID email address",
    "2025-03-01 13:22:46", "signin.aws", auth=auth_gmail("signin.aws"), tz="+0000"),
  multipart([part(t, charset="us-ascii", cte="7bit"), part(to_html(t), "html", cte="quoted-printable")]),
  note="Builder ID one-time code (6 digits)")

# 019 A ack (15-digit), English
t = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {A} to address your inquiry. The details of your case are as follows:

Case ID: {A}
Subject: [AWS Training and Certification Form Submission] - account-assistance
Severity: General
Correspondence: Inquiry type: Certification / Account Merge
Use case: I am leaving Hoshikawa Solutions K.K. (last day 14 March) and would like to merge my company certification account into my personal one.
All email addresses used: {ME_C}, {ME_P}
Email address to keep: {ME_P}

We will respond within 24 hours. If you have anything to add, reply to this email and it will be attached to the case.

Please do not open a new case if you have already raised one for the same request, as duplicate cases can delay our response.

Best regards,
Amazon Web Services
"""
M("case-opened", ("acknowledgement", False, A, []),
  H("019", aws_from(), ME_P, SUBJ_A, "2025-03-02 14:25:22", "ses", auth=GAUTH_AMZ, extra=SES_EXTRA),
  part(t, charset="us-ascii", cte="7bit"),
  note="15-digit case acknowledgement with 'if you have anything to add, reply'")

# 020 B ack, Japanese, duplicate submission
t = f"""お問い合わせいただきありがとうございます。

ケース {B} を作成しました。ケースの詳細は次のとおりです。

ケース ID: {B}
件名: [AWS Training and Certification Form Submission] - account-assistance
重要度: 一般
内容: 退職のため、会社のメールアドレスの認定アカウントを個人アカウントに統合したいです。

通常 24 時間以内にご回答いたします。
すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。回答が遅れる原因となります。

Amazon Web Services
"""
M("case-opened-ja", ("acknowledgement", False, B, []),
  H("020", aws_from(), ME_P, SUBJ_B, "2025-03-02 14:35:27", "ses", auth=GAUTH_AMZ, subj_charset="iso-2022-jp"),
  part(t, charset="iso-2022-jp", cte="7bit"),
  note="second (duplicate) form submission ten minutes later; Japanese ack in ISO-2022-JP")

# 021 B closed as duplicate, Japanese
t = f"""田辺様

AWS トレーニングと認定 カスタマーサービスの小野です。

同じ内容のお問い合わせをケース {A} でも承っておりますため、
本ケース（{B}）は重複として解決済みにいたしました。

アカウント統合のお手続きは、引き続きケース {A} にてご案内いたします。
本ケースについて、お客様にご対応いただく必要はございません。

小野
"""
M("ono-duplicate", ("resolved", False, B, []),
  H("021", aws_from(), ME_P, SUBJ_B, "2025-03-03 09:05:13", "ses", auth=GAUTH_AMZ, irt="020", refs=["020"]),
  multipart([part(t, cte="base64"), part(to_html(t, "Meiryo"), "html", cte="base64")]),
  note="duplicate case closed; body names the other case number twice - belongs to the case in the subject")

# 022 A on hold (APN) with a question, to company address
t_022 = f"""Hello Mizuho,

Thank you for reaching out to AWS Training and Certification.

I've looked into the two certification accounts listed on your request. The account registered to {ME_C} was created through AWS Partner Central and is associated with an AWS Partner Network (APN) organization, Hoshikawa Solutions K.K. Certifications held in partner-linked accounts count toward that partner's tier and program requirements, so we don't move them out while the person is still employed by the partner, and any change has to be reviewed by our partner team first.

For that reason I have placed the merge on hold for now.

For the partner review we'll need to know whether you are still with Hoshikawa Solutions and, if you are leaving, the date of your last working day. Once we have that, I'll pass it to the APN team.

Kind regards,
Marisol R.
AWS Training and Certification Customer Service
"""
M("marisol-apn", ("on_hold", True, A, []),
  H("022", aws_from(), ME_C, SUBJ_A, "2025-03-03 10:41:08", "ses", auth=MAUTH_AMZ, irt="019", refs=["019"]),
  multipart([part(t_022, cte="quoted-printable"), part(to_html(t_022), "html", cte="quoted-printable")]),
  note="APN hold that asks (no 'please', 'we'll need to know whether…'); sent to the old company address")

# 023 owner forwards the hold to her personal address (Japanese note)
t = f"""個人アドレスに転送。返信は会社アドレスからでよい？ 要確認

________________________________
差出人: aws-cs-trainingcertification-form@amazon.com <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2025年3月3日 10:41
宛先: 田辺 瑞穂 <{ME_C}>
件名: {SUBJ_A}

{t_022}
"""
M("fw-to-self", ("user_reply", False, A, []),
  H("023", addr(ME_JA, ME_C, "iso-2022-jp"), ME_P, "FW: " + SUBJ_A, "2025-03-03 10:58:40", "outlook",
    extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
  multipart([part(t, charset="iso-2022-jp", cte="7bit"), part(to_html(t, "Meiryo"), "html", cte="quoted-printable")]),
  note="owner's forward to herself; the ask is only in the forwarded copy")

# 024 owner replies from the company address, cc manager (Outlook style)
t = f"""Hi Marisol,

Yes, I'm leaving Hoshikawa Solutions. My last working day is Friday, 14 March 2025, and this mailbox will be shut down at the end of the month. I've copied my manager, Ryota Saeki, who can confirm.

The account I want to keep is the one under {ME_P}.

Best regards,
Mizuho Tanabe
Cloud Promotion Dept., Hoshikawa Solutions K.K.

-----Original Message-----
From: aws-cs-trainingcertification-form@amazon.com <aws-cs-trainingcertification-form@amazon.com>
Sent: Monday, March 3, 2025 10:41 AM
To: Mizuho Tanabe <{ME_C}>
Subject: {SUBJ_A}

{t_022}
"""
M("re-last-day", ("user_reply", False, A, []),
  H("024", addr(ME_NAME, ME_C), addr("", FORM), SUBJ_A, "2025-03-03 11:30:02", "outlook", cc=addr("Ryota Saeki", SAEKI),
    irt="022", refs=["019", "022"], extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
  part(t, cte="quoted-printable"), crlf=True,
  note="owner's reply from the wrong (company) address, Outlook -----Original Message----- quoting, CRLF")

# 025 manager's out-of-office, case number in subject
t = """お疲れさまです。佐伯です。

3/3(月)〜3/5(水)は出張のため不在にしております。
3/6(木)以降に順次確認いたします。急ぎの件は携帯までご連絡ください。

I am out of the office until Thursday, March 6, with limited access to email.
"""
M("auto-away", ("unrelated", False, None, []),
  H("025", addr("佐伯 亮太", SAEKI, "iso-2022-jp"), addr(ME_NAME, ME_C), "自動応答: " + SUBJ_A,
    "2025-03-03 11:30:09", "outlook", irt="024", refs=["024"], subj_charset="utf-8",
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]),
  part(t, cte="base64"),
  note="out-of-office from the cc'd manager; carries the case subject and In-Reply-To but is not case mail")

# 026 A info request: write from the destination address
t_026 = f"""Hi Mizuho,

Thanks for the quick answer, and good luck with what comes next.

One snag, though. Your confirmation came from {ME_C}, which is the partner-linked account the certifications are being moved away from, so the partner team won't accept it as the owner's statement. It has to come from the address that will own the merged account.

We need you to send a short reply to this case from {ME_P} restating that you are leaving Hoshikawa Solutions and giving your last working day. Keep the case number in the subject line so it attaches to the right case.

Regards,
Marisol R.
AWS Training and Certification Customer Service
"""
M("marisol-address", ("info_request", True, A, []),
  H("026", aws_from(), ME_C, SUBJ_A, "2025-03-04 08:57:31", "ses", auth=MAUTH_AMZ, irt="024", refs=["019", "022", "024"]),
  part(t_026, charset="us-ascii", cte="7bit"),
  note="wrong-address reply handling: 'We need you to send…' after an explanation, no 'please'")

# 027 owner replies from personal address, Gmail (Japanese reply header)
t = f"""Hello Marisol,

Writing from my personal address as requested. I confirm that I am leaving Hoshikawa Solutions K.K.; my last working day is 14 March 2025. Please keep {ME_P} as the account going forward.

Thanks,
Mizuho Tanabe

2025年3月4日(火) 8:57 <aws-cs-trainingcertification-form@amazon.com>:

{quote(t_026)}
"""
M("re-from-gmail", ("user_reply", False, A, []),
  H("027", addr(ME_NAME, ME_P), FORM, "Re: " + SUBJ_A, "2025-03-04 12:16:45", "gmail", irt="026", refs=["019", "022", "024", "026"]),
  multipart([part(t, cte="quoted-printable"), part(to_html(t), "html", cte="quoted-printable")]),
  note="owner's reply from personal address; Gmail Japanese attribution line; quoted ask below")

# 028 A info request by another agent: candidate ID of the new account
t_028 = f"""Hello,

I'm picking this up from my colleague Marisol.

Before the partner team can review it, I tried to find a certification account under {ME_P} and didn't get a match. The closest record is an AWS Skill Builder learner profile with no certification account attached to it.

Did you finish the certification account setup (name confirmation, address and the profile questions) after signing in with your Builder ID? And if you did, what candidate ID is shown at the top right of the AWS Certification Account page? It's the one that starts with AWS followed by eight digits.

Tomasz
AWS T&C Support
"""
M("tomasz-lookup", ("info_request", True, A, []),
  H("028", aws_from("AWS Training and Certification"), ME_P, SUBJ_A, "2025-03-04 17:40:02", "ses", auth=GAUTH_AMZ,
    irt="027", refs=["019", "022", "024", "026", "027"]),
  multipart([part(t_028, cte="quoted-printable"), part(to_html(t_028, "Verdana"), "html", cte="quoted-printable")]),
  note="new agent; two bare questions, no please; describes the ID format without giving one")

# 029 owner answers with candidate ID
t = f"""Hi Tomasz,

Yes, I completed it on 1 March (name, address and the profile questions). The candidate ID at the top right is {ID_NEW}. I sign in with the Builder ID on {ME_P}.

Mizuho

On Tue, 4 Mar 2025 at 17:40, AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
{quote(t_028)}
"""
M("re-candidate-id", ("user_reply", False, A, [ID_NEW]),
  H("029", addr(ME_NAME, ME_P), FORM, "Re: " + SUBJ_A, "2025-03-04 19:03:11", "gmail", irt="028",
    refs=["019", "022", "024", "026", "027", "028"]),
  part(t, cte="8bit"),
  note="owner's answer with her candidate ID in her own text; English Gmail quoting")

# 030 A on hold without an ask
t_030 = f"""Hi Mizuho,

Thanks, that's the one: {ID_NEW} is tied to your Gmail address.

I've sent the request to the APN partner team to release the old account from Hoshikawa Solutions K.K. They usually need 3 to 5 business days. Your case stays on hold until they come back to us; there is nothing you need to do in the meantime, and I'll write as soon as I hear from them.

If you have anything to add before then, reply here and it will be attached to the case.

Tomasz
AWS T&C Support
"""
M("tomasz-waiting", ("on_hold", False, A, [ID_NEW]),
  H("030", aws_from("AWS Training and Certification"), ME_P, SUBJ_A, "2025-03-05 10:22:48", "ses", auth=GAUTH_AMZ,
    irt="029", refs=["019", "026", "027", "028", "029"]),
  part(t_030, cte="quoted-printable"),
  note="hold waiting on the APN team; explicitly nothing to do; conditional 'reply here' invitation")

# 031 Skill Builder receipt, Japanese
t = """田辺 瑞穂 様

AWS Skill Builder 個人サブスクリプションをご購入いただき、ありがとうございます。

ご注文番号: 1102-5588120-3391
プラン: 月額プラン
金額: USD 29.00（税抜）
次回更新日: 2025年4月6日

サブスクリプションの管理は、AWS Skill Builder の［アカウント］ページから行えます。

このメールは送信専用です。

AWS トレーニングと認定
"""
M("skillbuilder-receipt", ("unrelated", False, None, []),
  H("031", addr("AWS Skill Builder", "no-reply@aws.training"), ME_P,
    "AWS Skill Builder 個人サブスクリプションのご購入ありがとうございます", "2025-03-06 09:15:00", "aws.training",
    auth=auth_gmail("aws.training")),
  multipart([part(t, cte="base64"), part(to_html(t, "Meiryo"), "html", cte="base64")]),
  note="AWS training platform receipt, Japanese, base64")

# 032 C console ack (11-digit)
t = f"""Dear AWS customer,

Thank you for contacting Amazon Web Services. We have opened case {C} to address your issue.

The details of your case are as follows:

Case ID: {C}
Subject: {SUBJ_C0}
Severity: General guidance
Correspondence: Builder ID でサインインすると、認定アカウントの選択画面に戻ってしまいログインできません。

We will respond to your case as soon as possible. You can view your case at https://console.aws.amazon.com/support/home#/case/?displayId={C}&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To update your case or contact us, use the link above.

Thanks,
Amazon Web Services
"""
M("console-new", ("acknowledgement", False, C, []),
  H("032", addr("Amazon Web Services", CONSOLE), ME_P, f"Amazon Web Services: New Support case: {C}",
    "2025-03-07 08:12:30", "ses", auth=GAUTH_AMZ),
  part(t, cte="8bit"),
  note="console New Support case, 11 digits; subject carries a 12-digit account ID too")

# 033 free tier alert
t = f"""Hello,

Your AWS account {ACCT} has exceeded 85% of the usage limit for one or more AWS Free Tier-eligible services for the month of March.

Product          AWS Free Tier Usage Limit               Usage
AmazonS3         2,000 Put, Copy, Post or List Requests  1,712

To learn more about your AWS Free Tier usage, visit the Billing console. To stop receiving these alerts, update your Billing preferences.

Sincerely,
Amazon Web Services
"""
M("usage-alert", ("unrelated", False, None, []),
  H("033", addr("AWS Free Tier", "freetier@costalerts.amazonaws.com"), ME_P, "AWS Free Tier limit alert",
    "2025-03-07 22:40:00", "amazonaws.com", auth=auth_gmail("costalerts.amazonaws.com"), tz="+0000"),
  part(t, charset="us-ascii", cte="7bit"),
  note="AWS cost alert, account ID")

# 034 C info request, Japanese, answer in Support Center, feedback footer
t_034 = f"""こんにちは。AWS サポートの木村です。

このたびはお問い合わせいただきありがとうございます。
Builder ID でサインインした後、AWS 認定アカウントの選択画面に戻ってしまう事象について承知いたしました。

この事象は、ブラウザに以前の認定アカウント（パートナーネットワーク経由の SSO）のセッション Cookie が残っている場合に発生することがございます。
調査を進めるにあたり、以下の点についてサポートセンターのケースからご返信いただけますでしょうか。

- ご利用のブラウザとバージョン
- シークレットウィンドウ（プライベートブラウズ）でも同じ事象が発生するか
- 事象が発生したおおよその日時（JST）

どうぞよろしくお願いいたします。

木村
Amazon Web Services
"""
M("kimura-questions", ("info_request", True, C, []),
  H("034", addr("Amazon Web Services", CONSOLE), ME_P, SUBJ_C, "2025-03-08 13:05:44", "ses", auth=GAUTH_AMZ,
    irt="032", refs=["032"]),
  part(t_034 + CONSOLE_FOOTER, cte="quoted-printable"),
  note="console request in Japanese keigo; must be answered in the Support Center; rating footer and 'cannot accept incoming e-mails'")

# 035 dmarc=fail spoof of the real form sender, case subject
t = f"""Hello Mizuho,

As part of the partner review on your case, we need to re-validate the identity of the account owner before the merge can proceed.

Please sign in with your AWS Builder ID at the secure link below within 24 hours. If the identity check is not completed, the merge request will be cancelled and a new case will be required.

https://aws-training-verify.support-case.net/builder/signin?case={A}

Thank you,
AWS Training and Certification Customer Service
"""
bad_auth = ("mx.google.com;\n       dkim=fail header.i=@amazon.com header.s=224i4yxa5dv7c2xz3womw6peuasteono header.b=Qm3k1aZ0;\n"
            "       spf=fail (google.com: domain of aws-cs-trainingcertification-form@amazon.com does not designate 185.234.72.19 as permitted sender) smtp.mailfrom=aws-cs-trainingcertification-form@amazon.com;\n"
            "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com")
M("identity-check", ("suspicious", False, None, []),
  H("035", aws_from(), ME_P, SUBJ_A, "2025-03-09 02:14:51", "mail-relay-77.net", auth=bad_auth),
  multipart([part(t, charset="us-ascii", cte="7bit"), part(to_html(t), "html", cte="quoted-printable")]),
  note="genuine From address and real case subject, but DKIM/SPF/DMARC fail; urgent ask")

# 036 A case update: APN released
t = f"""Hi Mizuho,

Good news: the partner team has released the Hoshikawa Solutions association on your old account.

I'm preparing the merge now and will send you the details of both accounts for a last check within the next business day.

Tomasz
"""
M("tomasz-released", ("case_update", False, A, []),
  H("036", aws_from("AWS Training and Certification"), ME_P, "RE: [CASE " + A + "] [AWS Training and Certification Form Submission] - account-assistance",
    "2025-03-10 09:48:20", "ses", auth=GAUTH_AMZ, irt="030", refs=["019", "028", "029", "030"]),
  part(t, charset="us-ascii", cte="7bit"),
  note="short progress note that announces a coming check ('will send… for a last check') but asks nothing now")

# 037 A confirmation request, HTML-only with table
t_037_text = f"""Hi Mizuho,

Here are the two certification accounts I'm about to combine:

Account #1
Candidate ID: {ID_NEW}
Login email: {ME_P}
Training notification email: {ME_P}
Certification notification email: {ME_P}

Account #2
Candidate ID: {ID_OLD}
Login email: {ME_C}
Training notification email: {ME_C}
Certification notification email: {ME_C}

Everything in Account #2 (exam history, active certifications and the 50% exam discount benefit) will be moved into Account #1, and Account #2 will then be deactivated. This can't be undone.

Is Account #1 the one you want to keep? A one-line reply is fine.

Best,
Devika S.
AWS Training & Certification
"""
h037 = f"""<html><head><meta charset="utf-8"><style>td,th{{border:1px solid #ccc;padding:4px 10px}}</style></head>
<body style="font-family:'Amazon Ember',Arial,sans-serif;font-size:14px">
<p>Hi Mizuho,</p>
<p>Here are the two certification accounts I&#39;m about to combine:</p>
<table cellspacing="0" style="border-collapse:collapse">
<tr><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>{ID_NEW}</td><td>{ID_OLD}</td></tr>
<tr><td>Login email</td><td>{ME_P}</td><td>{ME_C}</td></tr>
<tr><td>Training notification email</td><td>{ME_P}</td><td>{ME_C}</td></tr>
<tr><td>Certification notification email</td><td>{ME_P}</td><td>{ME_C}</td></tr>
</table>
<p>Everything in Account #2 (exam history, active certifications and the 50% exam discount benefit) will be moved into Account #1, and Account #2 will then be deactivated. This can&#39;t be undone.</p>
<p>Is Account #1 the one you want to keep? A one-line reply is fine.</p>
<p>Best,<br>Devika S.<br>AWS Training &amp; Certification</p>
</body></html>
"""
M("devika-accounts", ("confirmation_request", True, A, [ID_NEW, ID_OLD]),
  H("037", aws_from("AWS Training and Certification"), ME_P, SUBJ_A, "2025-03-10 16:31:05", "ses", auth=GAUTH_AMZ,
    irt="036", refs=["019", "030", "036"]),
  part(h037, "html", cte="quoted-printable"),
  note="HTML-only confirmation request with a table; question form, no 'confirm'/'please'")

# 038 certmetrics feedback invitation
t = """Hello Mizuho,

As an AWS Certified individual, your opinion matters to us. We are inviting a small group of certification holders to share feedback on their exam and certification experience.

The survey takes about 10 minutes. Please respond by March 25:
https://survey.certmetrics.com/aws/2025q1?uid=c0f1e7

Thank you for helping us improve AWS Certification.

AWS Certification
You are receiving this message because you opted in to "Lend Your Voice to AWS Certification".
"""
M("program-feedback", ("certification", False, None, []),
  H("038", addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_C, "AWS Certification wants to hear from you",
    "2025-03-11 01:30:00", "certmetrics.com", auth=auth_m365("certmetrics.com"), tz="+0000"),
  part(t, charset="us-ascii", cte="7bit"),
  note="certification-program feedback invitation with a deadline; not a case, not a reply")

# 039 C closing notice, Japanese console
t = f"""田辺様

AWS サポートの木村です。

3月8日にお送りしたご質問について、まだご回答をいただいておりません。
本ケースは、このまま更新がない場合、3 日後に自動的に解決済みとなります。

引き続き調査をご希望の場合は、期限までにサポートセンターからケースへ返信してください。
"""
M("kimura-reminder", ("closing_notice", True, C, []),
  H("039", addr("Amazon Web Services", CONSOLE), ME_P, SUBJ_C, "2025-03-11 13:10:02", "ses", auth=GAUTH_AMZ,
    irt="034", refs=["032", "034"]),
  part(t + CONSOLE_FOOTER, cte="base64"),
  note="console auto-resolve warning in Japanese (plain 〜してください), base64, answer in Support Center")

# 040 other vendor's "solved"
t = """Hi Mizuho,

Your request (#812734) "403 on purge API from CI" has been solved. We'll consider it closed unless we hear from you.

If you feel the issue has not been resolved, simply reply to this email to reopen the request.

How would you rate the support you received?
Good, I'm satisfied  https://support.fastly.com/requests/812734/satisfaction/good
Bad, I'm unsatisfied https://support.fastly.com/requests/812734/satisfaction/bad

Fastly Support
"""
M("vendor-ticket", ("unrelated", False, None, []),
  H("040", addr("Fastly Support", "support@fastly.com"), addr(ME_NAME, ME_C),
    "[Fastly Support] Request #812734: 403 on purge API from CI has been solved", "2025-03-12 05:55:19", "fastly.com",
    auth=auth_m365("fastly.com")),
  multipart([part(t, charset="us-ascii", cte="7bit"), part(to_html(t), "html", cte="quoted-printable")]),
  note="other vendor's case solved + 'reply to reopen' + rating; not AWS")

# 041 C resolved, Japanese, with footer
t = f"""田辺様

AWS サポートの木村です。
サポートセンターからご回答いただき、ありがとうございました。

シークレットウィンドウでは問題なくサインインできたとのことですので、原因はブラウザに残っていた古いセッション Cookie であったと考えられます。
通常のウィンドウでも、aws.training と skillbuilder.aws の Cookie を削除していただくことで解消する見込みです。

本ケースは解決済みとさせていただきます。同様の事象が再発した場合は、解決から 14 日以内であればサポートセンターから本ケースを再開いただけます。
"""
M("kimura-done", ("resolved", False, C, []),
  H("041", addr("Amazon Web Services", CONSOLE), ME_P, SUBJ_C, "2025-03-12 17:26:37", "ses", auth=GAUTH_AMZ,
    irt="039", refs=["032", "034", "039"]),
  part(t + CONSOLE_FOOTER, cte="quoted-printable"),
  note="console resolution with the rating footer and 'reopen within 14 days' conditional")

# 042 C survey
t = f"""Hello,

Your AWS Support case {C} was recently resolved. Please take a moment to tell us about your experience.

How satisfied were you with AWS Support for this case?
https://console.aws.amazon.com/support/feedback?caseId={C}

This survey takes less than 2 minutes.

Amazon Web Services
Please do not reply to this e-mail; this address cannot accept incoming e-mails.
"""
M("console-feedback", ("survey", False, C, []),
  H("042", addr("Amazon Web Services", CONSOLE), ME_P, f"Tell us about your AWS Support experience (Case {C})",
    "2025-03-13 08:00:41", "ses", auth=GAUTH_AMZ),
  part(t, charset="us-ascii", cte="7bit"),
  note="console survey, case number in subject")

# 043 newsletter
t = """THE CLOUD BRIEF - Issue #211

1. S3 adds conditional writes for copy operations
2. What the new Builder ID sign-in means for certification holders
3. Merged: our favourite Terraform provider PRs of the week

Read online: https://cloudbrief.dev/211
You're receiving this because you subscribed at cloudbrief.dev. Unsubscribe: https://cloudbrief.dev/u/8f3a
"""
M("weekly-digest", ("unrelated", False, None, []),
  H("043", addr("The Cloud Brief", "newsletter@cloudbrief.dev"), ME_P, "Cloud Brief #211: Builder ID and your certifications",
    "2025-03-13 21:00:00", "cloudbrief.dev", auth=auth_gmail("cloudbrief.dev"), tz="+0000",
    extra=[("List-Unsubscribe", "<https://cloudbrief.dev/u/8f3a>")]),
  part(t, charset="us-ascii", cte="7bit"),
  note="newsletter mentioning Builder ID/certification and 'Merged'")

# 044 A closing notice, top-posted over the confirmation request
t_044 = f"""Hi Mizuho,

Following up on my note from 10 March (below), as I haven't heard back yet. The case will close automatically on 17 March if there's no response. A reply to this email, even a short one, keeps it open.

Best,
Devika

-----Original message-----
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: 10 March 2025 16:31
To: {ME_P}
Subject: {SUBJ_A}

{t_037_text}
"""
M("devika-nudge", ("closing_notice", True, A, []),
  H("044", aws_from("AWS Training and Certification"), ME_P, SUBJ_A, "2025-03-14 08:15:27", "ses", auth=GAUTH_AMZ,
    irt="037", refs=["019", "036", "037"]),
  multipart([part(t_044, cte="quoted-printable"), part(to_html(t_044), "html", cte="quoted-printable")]),
  note="closing notice top-posted over the quoted confirmation request (candidate IDs only in the quote)")

# 045 owner's reply with a changed subject (threaded by In-Reply-To/References only)
t_045 = f"""Devika,

Sorry, your earlier mail landed in my Promotions tab. Merge everything into Account #1 ({ME_P} / {ID_NEW}), please.

Mizuho

On Fri, Mar 14, 2025 at 8:15 AM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
{quote(t_044)}
"""
M("which-one-answer", ("user_reply", False, A, [ID_NEW]),
  H("045", addr(ME_NAME, ME_P), FORM, "Re: which account to keep", "2025-03-14 12:02:19", "gmail", irt="044",
    refs=["037", "044"]),
  multipart([part(t_045, cte="quoted-printable"), part(to_html(t_045), "html", cte="quoted-printable")]),
  note="owner's confirmation; subject has no case number - only In-Reply-To/References link it")

# 046 A resolved, quoting the old request
t = f"""Hi Mizuho,

Thanks for confirming. I have successfully merged all accounts. The exam history, certifications and benefits from {ID_OLD} now sit under {ID_NEW}; sign in with your Builder ID ({ME_P}) to check them. Credly will reissue your digital badges to the new address over the next day or so.

No further action is required on your part.

Best,
Devika S.
AWS Training & Certification

We value your feedback. Please share your experience by rating this correspondence: https://survey.aws-training.amazon.com/r/{A}

{quote(t_045)}
"""
M("devika-merged", ("resolved", False, A, [ID_OLD, ID_NEW]),
  H("046", aws_from("AWS Training and Certification"), ME_P, SUBJ_A, "2025-03-14 14:40:50", "ses", auth=GAUTH_AMZ,
    irt="045", refs=["037", "044", "045"]),
  part(t, cte="quoted-printable"),
  note="'successfully merged' with a rating footer; whole history (incl. the 'Is Account #1…' ask) quoted below")

# 047 Slack
t = """Ryota Saeki sent you a direct message

"送別会の日程、3/13 か 3/14 どちらが都合いい？ 返信ちょうだい"

Reply in Slack: https://hoshikawa-sol.slack.com/archives/D04QK2M1L

You're receiving this because you have notifications enabled for direct messages.
"""
M("chat-ping", ("unrelated", False, None, []),
  H("047", addr("Slack", "feedback@slack.com"), addr(ME_NAME, ME_C), "[Slack] New message from Ryota Saeki",
    "2025-03-14 15:02:00", "slack.com", auth=auth_m365("slack.com")),
  part(t, cte="quoted-printable"),
  note="colleague asks for a reply in chat; unrelated")

# 048 A survey
t = f"""Hi Mizuho,

You recently contacted AWS Training and Certification about case {A}.

Would you take two minutes to tell us how we did? Your answers go directly to the team that helped you.

Rate your experience: https://survey.aws-training.amazon.com/r/{A}?src=email

Thank you,
AWS Training and Certification
"""
M("case-rating", ("survey", False, A, []),
  H("048", addr("AWS Training and Certification", "aws-tc-survey@amazon.com"), ME_P, f"Your feedback on case {A}",
    "2025-03-15 08:00:09", "ses", auth=GAUTH_AMZ),
  multipart([part(t, charset="us-ascii", cte="7bit"), part(to_html(t), "html", cte="quoted-printable")]),
  note="survey on the 15-digit case")

# 049 Credly badge
t = """Congratulations, Mizuho!

Amazon Web Services Training and Certification has issued you a badge:

AWS Certified Solutions Architect – Associate

Accept your badge to share it on LinkedIn, add it to your email signature or download it.

Accept badge: https://www.credly.com/earner/earned/badge/9f3c1d2e-7a41-4c55-b0de-3e5a0c81f2aa

Credly, Inc.
"""
M("badge-saa", ("badge", False, None, []),
  H("049", addr("Credly", "admin@credly.com"), ME_P,
    "Mizuho, you've earned a badge from Amazon Web Services Training and Certification", "2025-03-15 10:12:33", "credly.com",
    auth=auth_gmail("credly.com"), tz="+0000"),
  multipart([part(t, cte="quoted-printable"), part(to_html(t), "html", cte="quoted-printable")]),
  note="Credly badge after the merge; 'Accept your badge' imperative")

# 050 Credly badge, HTML-only base64
t = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<table width="560" align="center"><tr><td style="text-align:center">
<img src="https://images.credly.com/size/110x110/images/00634f82-b07f-4bbd-a6bb-53de397fc3a6/image.png" alt="">
<h2>Your AWS Certified Cloud Practitioner badge is ready</h2>
<p>Amazon Web Services Training and Certification has issued you a new badge.</p>
<p><a href="https://www.credly.com/earner/earned/badge/0b7e5a60-1c2d-4f3e-9a88-51c2f04a7d19">Claim your badge</a></p>
<p style="font-size:11px;color:#888">Badge ID 0b7e5a60-1c2d-4f3e-9a88-51c2f04a7d19 · Credly, Inc., 13 W 36th St, New York, NY</p>
</td></tr></table></body></html>
"""
M("badge-clf", ("badge", False, None, []),
  H("050", addr("Credly", "admin@credly.com"), ME_P, "Your new badge from Amazon Web Services Training and Certification",
    "2025-03-15 10:13:02", "credly.com", auth=auth_gmail("credly.com"), tz="+0000"),
  part(t, "html", cte="base64"),
  note="Credly HTML-only base64 with a badge UUID")

# 051 Credly lookalike phishing
t = """Hello,

Some of your AWS badges were transferred from another account and are pending verification. Unclaimed transferred badges expire after 72 hours.

Sign in to claim them now:
https://credly-badges.com/claim?u=mizuho.tanabe88

Credly Team
"""
M("badge-expiring", ("suspicious", False, None, []),
  H("051", addr("Credly", "admin@credly-badges.com"), ME_P, "Action needed: claim your transferred AWS badges before they expire",
    "2025-03-15 19:47:10", "credly-badges.com", auth=auth_gmail("credly-badges.com"), tz="+0000"),
  part(t, charset="us-ascii", cte="7bit"),
  note="Credly lookalike domain, timed right after the real badges")

# 052 owner reopens the case
t = f"""Hello Devika,

Thanks for the merge. The Solutions Architect and Cloud Practitioner badges arrived, but my AWS Certified Developer – Associate (earned in 2022) doesn't show up in {ID_NEW}, and I can't find it in the old account's history either. I may have used a different login back then. Could you take a look?

Mizuho Tanabe
"""
M("missing-dva", ("user_reply", False, A, [ID_NEW]),
  H("052", addr(ME_NAME, ME_P), FORM, "Re: " + SUBJ_A, "2025-03-16 10:31:44", "gmail", irt="046", refs=["037", "045", "046"]),
  part(t, cte="8bit"),
  note="owner reopens a resolved case; her own question to support is not a request to her")

# 053 A case update (reopened)
t = f"""Hello Mizuho,

I've reopened case {A} and I'm looking into the missing Developer – Associate certification with our certification records team. I'll get back to you as soon as I have something concrete.

Ken
AWS Training and Certification Customer Service
"""
M("ken-reopened", ("case_update", False, A, []),
  H("053", aws_from(), ME_P, SUBJ_A, "2025-03-17 09:20:12", "ses", auth=GAUTH_AMZ, irt="052", refs=["046", "052"]),
  part(t, cte="quoted-printable"),
  note="reopened-case progress note, asks nothing")

# 054 exam vendor reminder (English)
t = """Hello Mizuho Tanabe,

This is a reminder of your upcoming online exam.

Registration ID: 512093847
Exam: DVA-C02: AWS Certified Developer - Associate
Delivery: OnVUE online proctored
Date: Saturday, April 19, 2025 9:00 AM JST

Before exam day, please run the system test on the computer you will use and review the OnVUE testing requirements. Check-in opens 30 minutes before your appointment.

Pearson VUE
This mailbox is not monitored.
"""
M("onvue-reminder", ("unrelated", False, None, []),
  H("054", addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), ME_P, "Reminder: your upcoming Pearson VUE exam appointment",
    "2025-03-17 23:00:00", "pearson.com", auth=auth_gmail("pearson.com"), tz="+0000"),
  part(t, charset="us-ascii", cte="7bit"),
  note="exam vendor with 'please run the system test'; 9-digit registration ID")

# 055 A info request mixed with progress
t_055 = f"""Hi Mizuho,

A quick progress note first. I checked both {ID_NEW} (your merged account) and {ID_OLD} (now deactivated), and neither holds a Developer – Associate record, which matches what you saw. In 2021–2022 certifications earned by partner employees were sometimes recorded under an account created automatically through Partner Central single sign-on, with its own candidate ID, and those don't show up in a search by email.

If you still have the score report or certificate PDF from that exam, the candidate ID printed on it would let me find the record straight away. Kindly reply with that ID, plus the approximate exam date if you remember it.

Ken
AWS Training and Certification Customer Service
"""
M("ken-needs-id", ("info_request", True, A, [ID_NEW, ID_OLD]),
  H("055", aws_from(), ME_P, SUBJ_A, "2025-03-18 11:02:36", "ses", auth=GAUTH_AMZ, irt="053", refs=["046", "052", "053"]),
  multipart([part(t_055, cte="quoted-printable"), part(to_html(t_055), "html", cte="quoted-printable")]),
  note="mixed progress + 'Kindly reply with…' buried after a long explanation; two candidate IDs in new text")

# 056 owner answers with the third ID
t_056 = f"""Hi Ken,

Found the certificate PDF. The candidate ID on it is {ID_SSO}, exam date 18 June 2022.

Thanks,
Mizuho

On Tue, Mar 18, 2025 at 11:02 AM <aws-cs-trainingcertification-form@amazon.com> wrote:
{quote(t_055)}
"""
M("re-third-id", ("user_reply", False, A, [ID_SSO]),
  H("056", addr(ME_NAME, ME_P), FORM, "Re: " + SUBJ_A, "2025-03-18 20:44:05", "gmail", irt="055",
    refs=["046", "052", "053", "055"]),
  part(t_056, cte="8bit"),
  note="owner's reply with a third candidate ID; other IDs only in the quote")

# 057 A second confirmation request, terse
t_057 = f"""Thanks, that did it.

{ID_SSO} exists and holds the Developer – Associate certification (18 June 2022). Its login is your old company address through Partner Central SSO, and it is no longer tied to a partner. I can fold it into {ID_NEW} the same way as before.

Go ahead? A yes is all I need.

Ken
"""
M("ken-fold-in", ("confirmation_request", True, A, [ID_SSO, ID_NEW]),
  H("057", aws_from(), ME_P, SUBJ_A, "2025-03-19 09:15:40", "ses", auth=GAUTH_AMZ, irt="056", refs=["046", "053", "055", "056"]),
  part(t_057, cte="8bit"), crlf=True,
  note="confirmation asked with two words ('Go ahead?'), no Account #1/#2 listing; CRLF")

# 058 owner: yes, top-posted over long history
t = f"""Yes, go ahead please. Thanks Ken!

Mizuho

On Wed, Mar 19, 2025 at 9:15 AM <aws-cs-trainingcertification-form@amazon.com> wrote:
{quote(t_057)}
>
> On Tue, Mar 18, 2025 at 8:44 PM Mizuho Tanabe <{ME_P}> wrote:
{quote(t_056, "> > ")}
"""
M("re-yes", ("user_reply", False, A, []),
  H("058", addr(ME_NAME, ME_P), FORM, "Re: " + SUBJ_A, "2025-03-19 09:40:12", "gmail", irt="057",
    refs=["046", "053", "055", "056", "057"]),
  multipart([part(t, cte="quoted-printable"), part(to_html(t), "html", cte="quoted-printable")]),
  note="one-line owner reply top-posted over nested quoted requests")

# 059 A resolved again
t = f"""Hi Mizuho,

Done. {ID_SSO} has been merged into {ID_NEW}, and AWS Certified Developer – Associate (expires 10 May 2025) now appears on your account. Credly will send that badge to your Gmail address.

Nothing else is needed from you. If anything still looks off, just reply to this email and the case will reopen.

Ken
AWS Training and Certification Customer Service
"""
M("ken-done", ("resolved", False, A, [ID_SSO, ID_NEW]),
  H("059", aws_from(), ME_P, SUBJ_A, "2025-03-20 10:05:18", "ses", auth=GAUTH_AMZ, irt="058",
    refs=["046", "055", "056", "057", "058"]),
  part(t, cte="quoted-printable"),
  note="second resolution with 'if anything still looks off, reply' conditional")

# 060 Credly badge DVA
t = """Hi Mizuho,

Amazon Web Services Training and Certification just issued you the AWS Certified Developer – Associate badge.

Accept it here: https://www.credly.com/earner/earned/badge/5d21c8b9-90aa-4e3d-8a6e-2f7c3b1d9e04

Tip: accepted badges can be shared to LinkedIn in one click.

Credly
"""
M("badge-dva", ("badge", False, None, []),
  H("060", addr("Credly", "admin@credly.com"), ME_P, "You've earned the AWS Certified Developer – Associate badge",
    "2025-03-20 11:30:45", "credly.com", auth=auth_gmail("credly.com"), tz="+0000"),
  part(t, cte="quoted-printable"),
  note="Credly badge, subject with an en dash (UTF-8 encoded-word)")

# 061 marketing with "confirm"
t = """Hi Mizuho,

We noticed you haven't opened our emails in a while. Please confirm you'd still like to hear from AWS about events, training and new services.

Yes, keep me subscribed: https://pages.awscloud.com/preferences?confirm=1

If we don't hear from you, we'll stop sending you marketing email after April 15.

Amazon Web Services
"""
M("subscription-check", ("unrelated", False, None, []),
  H("061", addr("Amazon Web Services", "aws-marketing-email-replies@amazon.com"), ME_P, "Please confirm your email preferences",
    "2025-03-21 16:00:00", "ses", auth=GAUTH_AMZ, tz="+0000"),
  multipart([part(t, charset="us-ascii", cte="7bit"), part(to_html(t), "html", cte="quoted-printable")]),
  note="AWS marketing asks to 'confirm' with a deadline; unrelated")

# 062 Japanese phishing, lookalike domain
t = """田辺 瑞穂 様

AWS 認定アカウントの統合手続きが完了しておりません。
72 時間以内に以下のリンクより本人確認を行ってください。
本人確認が完了しない場合、統合前のアカウントに記録されていた認定資格は無効となります。

▼本人確認はこちら
https://aws-training-jp.com/merge/verify?id=mt0314

AWS 認定サポートセンター
"""
M("merge-final-check", ("suspicious", False, None, []),
  H("062", addr("AWS認定サポート", "support@aws-training-jp.com", "iso-2022-jp"), ME_P,
    "【AWS認定】アカウント統合の最終確認のお願い", "2025-03-24 03:18:27", "aws-training-jp.com",
    auth=auth_gmail("aws-training-jp.com"), subj_charset="iso-2022-jp"),
  part(t, charset="shift_jis", cte="8bit"),
  note="Japanese phishing from a lookalike domain about the merge, Shift_JIS")

# 063 Builder ID code via awsapps
t = """Hello,

Your AWS verification code is: 318604

Enter this code on the sign-in page to continue. The code expires in 10 minutes.

If you did not try to sign in, you can ignore this email.
"""
M("signin-code", ("unrelated", False, None, []),
  H("063", addr("Amazon Web Services", "no-reply@login.awsapps.com"), ME_P, "Your AWS verification code",
    "2025-03-25 07:44:02", "awsapps.com", auth=auth_gmail("login.awsapps.com"), tz="+0000"),
  part(t, charset="us-ascii", cte="7bit"),
  note="6-digit sign-in code")

# 064 dependabot merged (personal)
t = """Merged #7 into main.

Bumps actions/checkout from 4.1.7 to 4.2.2.

—
Reply to this email directly, view it on GitHub.
You are receiving this because you are subscribed to this thread.
"""
M("dotfiles-bump", ("unrelated", False, None, []),
  H("064", addr("dependabot[bot]", "notifications@github.com"), ME_P,
    "Re: [mizuho-t/dotfiles] Bump actions/checkout from 4.1.7 to 4.2.2 (PR #7)", "2025-03-27 02:10:11", "github.com",
    auth=auth_gmail("github.com"), tz="+0000"),
  part(t, cte="quoted-printable"),
  note="another GitHub merged")

# 065 lookalike phishing with the real case number
t = f"""Hello,

Your merge request #{A} is awaiting final verification. To release your certifications to the merged account, please confirm your AWS Builder ID credentials by replying to this email with your sign-in email and password, or use the portal below.

https://amazon-certsupport.com/case/{A}

AWS Training and Certification Support
"""
M("merge-verification", ("suspicious", False, None, []),
  H("065", addr("AWS Training and Certification", "support@amazon-certsupport.com"), ME_P,
    f"[CASE {A}] Merge request requires verification", "2025-03-28 14:02:55", "amazon-certsupport.com",
    auth=auth_gmail("amazon-certsupport.com"), tz="+0000"),
  part(t, charset="us-ascii", cte="7bit"),
  note="lookalike domain quoting the real 15-digit case number and asking for a reply")

# 066 bounce of a forward to the closed company mailbox
inner = f"""From: {ME_NAME} <{ME_P}>
To: {ME_C}
Subject: Fwd: {SUBJ_A}
Date: Wed, 02 Apr 2025 08:50:11 +0900

---------- Forwarded message ---------
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Date: Thu, Mar 20, 2025 at 10:05 AM
Subject: {SUBJ_A}

Done. {ID_SSO} has been merged into {ID_NEW}...
"""
t = f"""** Address not found **

Your message wasn't delivered to {ME_C} because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

----- Original message -----

{inner}
"""
bounce = multipart([part(t, cte="8bit"),
                    (b"Content-Type: message/delivery-status\n\n"
                     b"Reporting-MTA: dns; googlemail.com\n\nFinal-Recipient: rfc822; " + ME_C.encode() +
                     b"\nAction: failed\nStatus: 5.1.10\n"),
                    (b"Content-Type: text/rfc822-headers\n\n" + inner.split("\n\n")[0].encode() + b"\n")],
                   sub="report", extra='; report-type=delivery-status')
M("undeliverable", ("unrelated", False, None, []),
  H("066", addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P, "Delivery Status Notification (Failure)",
    "2025-04-02 08:50:14", "mx.google.com"),
  bounce,
  note="bounce of the owner's forward to the closed company mailbox; the bounced text contains the case subject and candidate IDs")

# 067 certmetrics expiry, now on the personal address
t = """Hello Mizuho Tanabe,

This is a reminder that your AWS Certified Developer - Associate certification expires in 30 days, on May 10, 2025.

If you have already scheduled your recertification exam, no action is needed.

AWS Training and Certification
"""
M("expiry-30d", ("certification", False, None, []),
  H("067", addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P, "Your AWS Certification expires in 30 days",
    "2025-04-10 02:00:05", "certmetrics.com", auth=auth_gmail("certmetrics.com"), tz="+0000"),
  multipart([part(t, charset="us-ascii", cte="7bit"), part(to_html(t), "html", cte="quoted-printable")]),
  note="certmetrics reminder arriving at the personal address after the merge")

# 068 E ack, Japanese
t = f"""田辺 瑞穂 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
ケース {E} を受け付けました。

ケース ID: {E}
件名: [AWS Training and Certification Form Submission] - benefits
内容: アカウント統合後、50% 割引特典が表示されません。

通常 24 時間以内に担当者よりご連絡いたします。
追加の情報がございましたら、このメールにご返信ください。ケースに追記されます。

AWS トレーニングと認定 カスタマーサービス
"""
M("benefit-case", ("acknowledgement", False, E, []),
  H("068", aws_from(), ME_P, SUBJ_E, "2025-04-11 21:33:48", "ses", auth=GAUTH_AMZ),
  multipart([part(t, cte="quoted-printable"), part(to_html(t, "Meiryo"), "html", cte="quoted-printable")]),
  note="Japanese ack with 〜がございましたら…ご返信ください conditional; 'RE: [CASE' with a space")

# 069 E info request, plain ください
t_069 = f"""田辺さん

お問い合わせありがとうございます。担当の岡田です。

アカウント統合前の {ID_OLD} に付与されていた 50% 割引特典が、統合後のアカウントに表示されない件ですね。
統合の際、有効期限の近い特典は移行対象から外れることがあります。

特典の状態を確認するため、統合前に控えていた特典コード（末尾 4 桁で構いません）と、
特典の取得元となった試験名を、このメールに返信して知らせてください。

岡田
AWS T&C サポート
"""
M("okada-code", ("info_request", True, E, [ID_OLD]),
  H("069", aws_from(), ME_P, SUBJ_E, "2025-04-12 10:15:30", "ses", auth=GAUTH_AMZ, irt="068", refs=["068"]),
  part(t_069, charset="shift_jis", cte="8bit"),
  note="plain 〜してください request after an explanation, Shift_JIS LF")

# 070 owner's Japanese reply (Thunderbird-style attribution)
t = f"""岡田様

ご連絡ありがとうございます。田辺です。

特典コードの末尾 4 桁は 7Q2K、取得元の試験は AWS Certified Solutions Architect - Associate
（2025年2月22日 再認定）です。

よろしくお願いいたします。

田辺 瑞穂

2025/04/12 10:15 に aws-cs-trainingcertification-form@amazon.com さんは書きました:
{quote(t_069)}
"""
M("re-voucher", ("user_reply", False, E, []),
  H("070", addr(ME_JA, ME_P, "iso-2022-jp"), FORM, "Re: " + SUBJ_E, "2025-04-12 14:03:27", "gmail.com", irt="069",
    refs=["068", "069"], subj_charset="iso-2022-jp", extra=[("User-Agent", "Mozilla Thunderbird")]),
  part(t, charset="iso-2022-jp", cte="7bit"),
  note="owner's Japanese reply, ISO-2022-JP, Thunderbird Japanese attribution; candidate ID only in the quote")

# 071 E on hold, Japanese, nothing to do
t = """田辺さん

ご返信ありがとうございます。岡田です。

確認しましたところ、特典は統合処理の際に失効扱いとなっていました。
再発行には認定プログラムチームの承認が必要なため、現在、同チームの回答待ちとなっております（通常 5 営業日程度）。

本件はそれまで保留とさせていただきますが、お客様に追加でご対応いただくことはございません。
回答があり次第、改めてご連絡いたします。

岡田
"""
M("okada-waiting", ("on_hold", False, E, []),
  H("071", aws_from(), ME_P, SUBJ_E, "2025-04-14 09:40:00", "ses", auth=GAUTH_AMZ, irt="070", refs=["068", "069", "070"]),
  multipart([part(t, cte="base64"), part(to_html(t, "Meiryo"), "html", cte="base64")]),
  note="Japanese hold waiting on the certification program team; explicitly no action")

# 072 company-side partner profile note (unrelated, ex-employer)
t = """田辺さん

お疲れさまです。アライアンス推進室の三浦です。
APN のパートナープロファイルから田辺さんの認定が外れたことを確認しました。
こちらでの手続きは以上です。返信は不要です。

新天地でのご活躍をお祈りしています。

三浦
"""
M("alliance-note", ("unrelated", False, None, []),
  H("072", addr("三浦 直樹", "n.miura@hoshikawa-sol.co.jp", "iso-2022-jp"), ME_P, "APN プロファイルの件",
    "2025-04-15 17:22:08", "outlook", auth=auth_gmail("hoshikawa-sol.co.jp"), subj_charset="iso-2022-jp"),
  part(t, charset="iso-2022-jp", cte="7bit"),
  note="ex-employer's partner-alliance note about the APN profile; 返信は不要; not support")

# 073 E resolved, Japanese
t = f"""田辺さん

お待たせしました。岡田です。

認定プログラムチームの承認が下りましたので、50% 割引特典を {ID_NEW} に再発行しました。
有効期限は 2026年2月22日 です。認定アカウントの［特典］ページからご確認ください。

本件はこれで完了となります。ご不便をおかけしました。

岡田
AWS T&C サポート
"""
M("okada-reissued", ("resolved", False, E, [ID_NEW]),
  H("073", aws_from(), ME_P, SUBJ_E, "2025-04-18 11:08:52", "ses", auth=GAUTH_AMZ, irt="071", refs=["068", "069", "070", "071"]),
  part(t, cte="8bit"), crlf=True,
  note="Japanese resolution, UTF-8 8bit with CRLF")

# 074 E survey, Japanese
t = f"""田辺 瑞穂 様

先日は AWS トレーニングと認定サポート（ケース {E}）をご利用いただき、ありがとうございました。

今後のサービス向上のため、簡単なアンケートへのご協力をお願いいたします（所要時間 約 2 分）。

▼アンケートに回答する
https://survey.aws-training.amazon.com/r/{E}?lang=ja

※本メールは送信専用です。

AWS トレーニングと認定
"""
M("anketo", ("survey", False, E, []),
  H("074", addr("AWS トレーニングと認定", "aws-tc-survey@amazon.com", "utf-8"), ME_P,
    "AWS トレーニングと認定サポートに関するアンケートのお願い", "2025-04-19 08:00:20", "ses", auth=GAUTH_AMZ),
  part(t, cte="base64"),
  note="Japanese survey with ご協力をお願いいたします (a request, but a survey)")

# 075 AWS billing April, Japanese-named account
t = f"""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending in {ACCT[-4:]}, is available on the AWS web site.

Total: $2.64

Account ID: {ACCT}

Sincerely,
Amazon Web Services
Please do not reply to this e-mail; this address cannot accept incoming e-mails.
"""
M("statement-apr", ("unrelated", False, None, []),
  H("075", addr("Amazon Web Services", CONSOLE), ME_P,
    f"Amazon Web Services Billing Statement Available [Account: {ACCT}]", "2025-05-03 03:09:41", "ses",
    auth=GAUTH_AMZ, tz="+0000"),
  part(t, charset="us-ascii", cte="7bit"),
  note="billing again; 12-digit ID in subject bracket similar to a case token")


# --------------------------------------------------------------------------

def render(m):
    lines = []
    for k, v in m["hdrs"]:
        lines.append(f"{k}: {v}")
    raw = ("\n".join(lines) + "\n").encode("ascii") + m["body"]
    raw = raw.replace(b"\r\n", b"\n")
    if m["crlf"]:
        raw = raw.replace(b"\n", b"\r\n")
    return raw


def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml") or (f.endswith(".json") and f[:3].isdigit()):
            os.remove(os.path.join(OUT, f))
    rows = []
    for i, m in enumerate(MESSAGES, 1):
        name = f"{i:03d}-{m['slug']}"
        with open(os.path.join(OUT, name + ".eml"), "wb") as fh:
            fh.write(render(m))
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as fh:
            json.dump(m["label"], fh, ensure_ascii=False)
            fh.write("\n")
        l = m["label"]
        rows.append(f"| {name} | {l['kind']} | {str(l['needs_reply']).lower()} | {l['case'] or '-'} | "
                    f"{', '.join(l['candidate_ids']) or '-'} | {m['note']} |")
    readme = f"""me: {ME_P} {ME_C}

# Blind held-out corpus (mailbox of {ME_NAME} / {ME_JA})

Written without seeing the classifier's rules or fixtures, from DOMAIN.md, the seed write-ups and
BLIND-CORPUS.md only. `python3 gen.py` regenerates every `.eml`, `.json` and this README.

Owner: personal `{ME_P}`, old company `{ME_C}` (Hoshikawa Solutions K.K., an APN partner;
mailbox closed 31 March 2025 - see the bounce near the end).
Candidate IDs: {ID_NEW} (new personal account), {ID_OLD} (company account), {ID_SSO} (old Partner Central SSO account).
Not case numbers: AWS account ID {ACCT}, Pearson VUE registration IDs 483920175 / 512093847, one-time codes 492817 / 318604.

## Cases
| case | digits | channel | story |
|---|---|---|---|
| {D} | 10 | T&C form, company address | certificate name spelling: ack -> Japanese keigo info request -> Japanese closing notice -> reply -> progress -> resolved -> survey |
| {A} | 15 | T&C form, personal + company | the merge: ack -> APN hold (asks, sent to company address) -> forward to self -> reply from wrong address (+ manager's OOO) -> "write from the address you keep" -> reply -> candidate-ID question -> reply -> hold (no ask) -> update -> HTML confirmation request -> closing notice -> reply with changed subject -> merged -> survey -> badges -> reopened by owner -> update -> info request (mixed) -> reply -> second confirmation -> yes -> resolved |
| {B} | 15 | T&C form | duplicate submission ten minutes after {A}: Japanese ack -> closed as duplicate |
| {C} | 11 | AWS Support Center (console) | Builder ID sign-in loop: New Support case -> Japanese question to answer in the Support Center -> auto-resolve warning -> resolved -> survey |
| {E} | 15 | T&C form, Japanese | missing 50% voucher after merge: ack -> plain ください request -> reply -> hold (no ask) -> resolved -> survey |

## Messages
| file | kind | needs_reply | case | candidate_ids | what it is / what makes it hard |
|---|---|---|---|---|---|
""" + "\n".join(rows) + "\n"
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme)
    print(f"wrote {len(MESSAGES)} messages to {OUT}")


if __name__ == "__main__":
    main()
