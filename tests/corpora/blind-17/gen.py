#!/usr/bin/env python3
"""Generate the blind-17 held-out corpus (standard library only).

Writes NNN-xx.eml / NNN-xx.json beside this script, plus README.md.
One mailbox owner: Ryota Hasegawa, personal ryota.hasegawa.dev@gmail.com,
old company r-hasegawa@kumonoito-tech.co.jp.
"""
import base64
import datetime as _dt
import hashlib
import json
import os
import quopri
import re
from email.header import Header
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))

ME_P = "ryota.hasegawa.dev@gmail.com"
ME_C = "r-hasegawa@kumonoito-tech.co.jp"
ME_P_FROM = "Ryota Hasegawa <%s>" % ME_P
TC = "aws-cs-trainingcertification-form@amazon.com"
TC_FROM = "Amazon Web Services <%s>" % TC
CONSOLE = "no-reply-aws@amazon.com"
CONSOLE_FROM = "Amazon Web Services <%s>" % CONSOLE

CASE_D = "13924017560"        # 2023, 11 digits
CASE_E = "8836201547"         # 2021, 10 digits (reopened thread)
CASE_A = "174096675104528"    # 2025 main merge case, 15 digits
CASE_B = "174097127500913"    # duplicate form submission
CASE_C = "174219007200366"    # console (Support Center) billing case
CASE_F = "174407200001872"    # name-on-profile case (Japanese)

SUBJ_TC = "[AWS Training and Certification Form Submission] - account-assistance"


def subj_case(case, sep="RE:"):
    return "%s[CASE %s] %s" % (sep, case, SUBJ_TC)


# ---------------------------------------------------------------- helpers
CODECS = {"utf-8": "utf-8", "iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis",
          "us-ascii": "ascii"}


def h(s, charset="utf-8"):
    """Encode a header value if it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def a(name, email_addr, charset="utf-8"):
    if not name:
        return email_addr
    try:
        name.encode("ascii")
        if re.search(r'[,.;:()"]', name):
            name = '"%s"' % name
        return "%s <%s>" % (name, email_addr)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), email_addr)


def d(s, tz="+0000"):
    """'2025-03-03 10:52:07' + tz -> RFC 5322 date."""
    sign = 1 if tz[0] == "+" else -1
    off = _dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    t = _dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=_dt.timezone(off))
    return format_datetime(t)


def leaf(text, subtype="plain", charset="utf-8", cte="8bit", extra=None):
    raw = text.encode(CODECS[charset])
    if cte == "base64":
        body = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw)
    else:
        body = raw
    if not body.endswith(b"\n"):
        body += b"\n"
    hdrs = ['Content-Type: text/%s; charset="%s"' % (subtype, charset),
            "Content-Transfer-Encoding: %s" % cte]
    if extra:
        hdrs += extra
    return hdrs, body


def multi(subtype, parts, boundary, params=""):
    body = b""
    for ph, pb in parts:
        body += b"--" + boundary.encode() + b"\n" + "\n".join(ph).encode() + b"\n\n" + pb
        if not pb.endswith(b"\n"):
            body += b"\n"
    body += b"--" + boundary.encode() + b"--\n"
    return ['Content-Type: multipart/%s; boundary="%s"%s' % (subtype, boundary, params)], body


def rfc822(raw):
    return ["Content-Type: message/rfc822"], raw


def build(headers, part, crlf=False):
    lines = []
    for k, v in headers:
        if v is None:
            continue
        lines.append("%s: %s" % (k, v))
    lines.append("MIME-Version: 1.0")
    lines += part[0]
    raw = ("\n".join(lines) + "\n\n").encode("ascii") + part[1]
    raw = raw.replace(b"\r\n", b"\n")
    if crlf:
        raw = raw.replace(b"\n", b"\r\n")
    return raw


def q(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


def ses_id(seed):
    hx = hashlib.sha1(seed.encode()).hexdigest()
    return "<0100%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
        hx[:12], hx[12:20], hx[20:24], hx[24:28], hx[28:40])


def gmail_id(seed):
    hx = hashlib.sha1(seed.encode()).hexdigest()
    b = base64.b64encode(bytes.fromhex(hx)).decode().replace("/", "_").replace("+", "-").rstrip("=")
    return "<CAK%s%s@mail.gmail.com>" % (b, hx[:6].upper())


def outlook_id(seed):
    hx = hashlib.sha1(seed.encode()).hexdigest().upper()
    return "<TYWPR01MB%s%s@TYWPR01MB%s.jpnprd01.prod.outlook.com>" % (hx[:4], hx[4:30], hx[:4])


def generic_id(seed, dom):
    hx = hashlib.sha1(seed.encode()).hexdigest()
    return "<%s.%s@%s>" % (hx[:16], hx[16:26], dom)


def auth_gmail(dom, mailfrom, ok=True, ip="54.240.27.18", sel="a1b2c3d4"):
    if ok:
        return ("mx.google.com;\n"
                "       dkim=pass header.i=@%s header.s=%s header.b=Xq3kP9sa;\n"
                "       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n"
                "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
                % (dom, sel, mailfrom, ip, mailfrom, dom))
    return ("mx.google.com;\n"
            "       dkim=fail header.i=@%s header.s=%s header.b=Rr8tQ0va;\n"
            "       spf=softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s;\n"
            "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s"
            % (dom, sel, mailfrom, ip, mailfrom, dom))


def auth_m365(dom, mailfrom_dom, ok=True, ip="54.240.8.51"):
    if ok:
        return ("spf=pass (sender IP is %s)\n smtp.mailfrom=%s; dkim=pass (signature was verified)\n"
                " header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass\n reason=100"
                % (ip, mailfrom_dom, dom, dom))
    return ("spf=fail (sender IP is %s)\n smtp.mailfrom=%s; dkim=fail (signature did not verify)\n"
            " header.d=%s;dmarc=fail action=quarantine header.from=%s;compauth=fail\n reason=000"
            % (ip, mailfrom_dom, dom, dom))


def received(by, frm, ip, date):
    return "from %s (%s [%s])\n        by %s with ESMTPS id x9sm1140218pfa.101;\n        %s" % (
        frm, frm, ip, by, date)


MSGS = []
IDS = {}   # key -> Message-ID
REFS = {}  # key -> References chain (list)


def add(key, raw, kind, needs, case, cands, note):
    MSGS.append(dict(key=key, raw=raw, kind=kind, needs=needs, case=case, cands=cands, note=note))


def thread(key, mid, parent=None):
    IDS[key] = mid
    chain = []
    if parent:
        chain = REFS.get(parent, []) + [IDS[parent]]
    REFS[key] = chain
    irt = IDS[parent] if parent else None
    refs = "\n ".join(chain) if chain else None
    return irt, refs


# =====================================================================
# 2023 — case D (11 digits): duplicate accounts under the company address
# =====================================================================

date = d("2023-09-11 06:14:52")
irt, refs = thread("d-ack", ses_id("d-ack"))
body = """長谷川 様

アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。
ケース 13924017560 を作成いたしました。

ケースの詳細は以下のとおりです。

ケース ID: 13924017560
件名: [AWS Training and Certification Form Submission] - account-assistance
重要度: 一般的なご質問
お問い合わせ内容:
同じメールアドレス(r-hasegawa@kumonoito-tech.co.jp)で AWS 認定アカウントが
2つできてしまったようで、先月合格した Developer - Associate のバッジが Credly に
表示されません。アカウントの統合をお願いできますでしょうか。

通常24時間以内にご連絡いたしますが、最善の解決策をご案内するため、さらにお時間を
いただく場合がございます。
すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないで
ください。

追加の情報がございましたら、このメールにご返信ください。

よろしくお願いいたします。

Amazon Web Services
"""
raw = build([
    ("Return-Path", "<0100018a8a11f2c3-a4e1@amazonses.com>"),
    ("Authentication-Results", auth_m365("amazon.com", "amazonses.com")),
    ("From", TC_FROM),
    ("To", ME_C),
    ("Subject", h(subj_case(CASE_D), "iso-2022-jp")),
    ("Date", date),
    ("Message-ID", IDS["d-ack"]),
], leaf(body, charset="iso-2022-jp", cte="7bit"), crlf=True)
add("d-ack", raw, "acknowledgement", False, CASE_D, [],
    "Japanese acknowledgement, ISO-2022-JP, CRLF, 11-digit case. Ends with a conditional 'ご返信ください' that is not a request.")

# 2 newsletter (JP) mentioning merge
date = d("2023-09-12 22:00:11")
irt, refs = thread("nl-1", generic_id("nl-1", "mail.cloudnative-weekly.jp"))
txt = """クラウドネイティブ週報 第118号(2023/9/13)

今週のピックアップ
━━━━━━━━━━━━━━━━━━━━
1. 転職したので AWS 認定アカウントをマージした話
   会社のアドレスで作った認定アカウントを個人用に統合するまでの記録。
   サポートからの確認メールに返信するだけで完了したとのこと。
2. EKS のアップグレードを 3 回やってわかったこと
3. Terraform 1.6 の test コマンドを試す
━━━━━━━━━━━━━━━━━━━━

ご意見・ご感想はこのメールに返信してお寄せください。
配信停止: https://cloudnative-weekly.jp/unsubscribe?u=7f1e2
"""
html = """<html><body style="font-family:sans-serif">
<h2>クラウドネイティブ週報 第118号</h2>
<ol>
<li><a href="https://cloudnative-weekly.jp/r/118-1">転職したので AWS 認定アカウントをマージした話</a><br>
会社のアドレスで作った認定アカウントを個人用に統合するまでの記録。サポートからの確認メールに返信するだけで完了したとのこと。</li>
<li><a href="https://cloudnative-weekly.jp/r/118-2">EKS のアップグレードを 3 回やってわかったこと</a></li>
<li><a href="https://cloudnative-weekly.jp/r/118-3">Terraform 1.6 の test コマンドを試す</a></li>
</ol>
<p style="font-size:11px">ご意見・ご感想はこのメールに返信してお寄せください。<br>
<a href="https://cloudnative-weekly.jp/unsubscribe?u=7f1e2">配信停止</a></p>
</body></html>
"""
raw = build([
    ("Authentication-Results", auth_m365("cloudnative-weekly.jp", "mail.cloudnative-weekly.jp", ip="198.51.100.23")),
    ("From", a("クラウドネイティブ週報", "news@cloudnative-weekly.jp")),
    ("To", ME_C),
    ("Subject", h("【クラウドネイティブ週報 #118】転職したので AWS 認定アカウントをマージした話 ほか")),
    ("Date", date),
    ("Message-ID", IDS["nl-1"]),
    ("List-Unsubscribe", "<https://cloudnative-weekly.jp/unsubscribe?u=7f1e2>"),
], multi("alternative", [leaf(txt, cte="quoted-printable"), leaf(html, "html", cte="quoted-printable")], "==nl118=="))
add("nl-1", raw, "unrelated", False, None, [],
    "Japanese newsletter whose headline is about merging AWS certification accounts; QP multipart; 'reply with feedback' footer.")

# 3 info request D (JP, base64)
date = d("2023-09-13 01:22:40")
irt, refs = thread("d-info", ses_id("d-info"), "d-ack")
body = """長谷川 涼太 様

AWS トレーニングと認定カスタマーサービスの岩田と申します。
このたびはお問い合わせいただき、誠にありがとうございます。

ご連絡いただいたメールアドレスで検索いたしましたところ、認定アカウントが 2 件
見つかりました。ただし、同じメールアドレスに紐づいているため、どちらのアカウントで
試験を受験されたかをこちらで特定することができない状況です。

つきましては、お手数ではございますが、それぞれのアカウントにサインインした際に
画面右上に表示される AWS 候補 ID(「AWS」に続く 8 桁の数字)を 2 件とも
お知らせいただけますでしょうか。あわせて、統合後に残したいアカウントがございましたら
ご指定ください。

確認が取れ次第、統合の手続きを進めさせていただきます。
何卒よろしくお願いいたします。

岩田
AWS Training and Certification Customer Service
"""
raw = build([
    ("Return-Path", "<0100018a8f5c21aa-b7c2@amazonses.com>"),
    ("Authentication-Results", auth_m365("amazon.com", "amazonses.com")),
    ("From", TC_FROM),
    ("To", ME_C),
    ("Subject", h(subj_case(CASE_D, "RE: "))),
    ("Date", date),
    ("Message-ID", IDS["d-info"]),
    ("In-Reply-To", irt),
    ("References", refs),
], leaf(body, cte="base64"), crlf=True)
add("d-info", raw, "info_request", True, CASE_D, [],
    "Japanese keigo request for both candidate IDs (いただけますでしょうか) after an explanation; base64 body; describes the ID format without containing an ID.")

# 4 closing notice D (JP)
date = d("2023-09-18 00:05:13")
irt, refs = thread("d-close", ses_id("d-close"), "d-info")
body = """長谷川 様

いつもお世話になっております。AWS トレーニングと認定カスタマーサービスです。

9月13日にお送りしたメールについて、その後ご返信を確認できておりません。
2023年9月21日までにご連絡がない場合、本ケースは自動的にクローズとなりますので
ご了承ください。

引き続き統合をご希望の場合は、本メールへご返信いただければ、そのまま対応を継続いたします。

AWS Training and Certification Customer Service
"""
raw = build([
    ("Authentication-Results", auth_m365("amazon.com", "amazonses.com")),
    ("From", TC_FROM),
    ("To", ME_C),
    ("Subject", h(subj_case(CASE_D, "RE: "))),
    ("Date", date),
    ("Message-ID", IDS["d-close"]),
    ("In-Reply-To", irt),
    ("References", refs),
], leaf(body, cte="8bit"))
add("d-close", raw, "closing_notice", True, CASE_D, [],
    "Japanese closing notice; the ask is implicit (reply keeps case open); no 'ください' for the real ask.")

# 5 user reply D (JP Outlook, CRLF, QP)
date = d("2023-09-18 10:47:02", "+0900")
irt, refs = thread("d-reply", outlook_id("d-reply"), "d-close")
body = """岩田様

お世話になっております。長谷川です。
ご連絡が遅くなり申し訳ございません。

2つのアカウントの AWS 候補 ID は以下のとおりです。
・AWS03318265(試験はこちらで受けています。こちらを残してください)
・AWS09917402(バッジ連携の際に誤って作ってしまったものと思われます)

お手数をおかけしますが、よろしくお願いいたします。

--
株式会社クモノイトテクノロジーズ
クラウドインテグレーション部 長谷川 涼太
r-hasegawa@kumonoito-tech.co.jp

________________________________
差出人: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2023年9月18日 9:05
宛先: 長谷川 涼太 <r-hasegawa@kumonoito-tech.co.jp>
件名: RE: [CASE 13924017560] [AWS Training and Certification Form Submission] - account-assistance

長谷川 様

いつもお世話になっております。AWS トレーニングと認定カスタマーサービスです。

9月13日にお送りしたメールについて、その後ご返信を確認できておりません。
2023年9月21日までにご連絡がない場合、本ケースは自動的にクローズとなりますので
ご了承ください。

引き続き統合をご希望の場合は、本メールへご返信いただければ、そのまま対応を継続いたします。

________________________________
差出人: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2023年9月13日 10:22
件名: RE: [CASE 13924017560] [AWS Training and Certification Form Submission] - account-assistance

つきましては、お手数ではございますが、それぞれのアカウントにサインインした際に
画面右上に表示される AWS 候補 ID(「AWS」に続く 8 桁の数字)を 2 件とも
お知らせいただけますでしょうか。
"""
raw = build([
    ("From", a("長谷川 涼太", ME_C)),
    ("To", TC),
    ("Subject", h("RE: " + subj_case(CASE_D, "RE: "))),
    ("Date", date),
    ("Message-ID", IDS["d-reply"]),
    ("In-Reply-To", irt),
    ("References", refs),
    ("X-Mailer", "Microsoft Outlook 16.0"),
    ("Content-Language", "ja-JP"),
], leaf(body, cte="quoted-printable"), crlf=True)
add("d-reply", raw, "user_reply", False, CASE_D, ["AWS03318265", "AWS09917402"],
    "User's own reply in Japanese from the company address, Outlook JP quote headers (差出人/送信日時) with quoted requests below; QP+CRLF.")

# 6 resolved D (JP 8bit) quoting request
date = d("2023-09-20 03:31:55")
irt, refs = thread("d-res", ses_id("d-res"), "d-reply")
body = """長谷川様

ご返信ありがとうございます。担当の岩田に代わりご連絡いたします、小野寺です。

ご指定いただいたとおり、AWS09917402 のアカウントを AWS03318265 に統合いたしました。
試験履歴および取得済み認定はすべて AWS03318265 にてご確認いただけます。
Credly のデジタルバッジについては、反映までに最大 48 時間ほどかかる場合がございます。

本件につきまして、お客様にて追加でご対応いただくことはございません。
ご不明な点がございましたら、本メールにご返信ください。

小野寺
AWS Training and Certification Customer Service

-----Original Message-----
From: 長谷川 涼太 <r-hasegawa@kumonoito-tech.co.jp>
Sent: 2023年9月18日 10:47
Subject: RE: RE: [CASE 13924017560]

> 2つのアカウントの AWS 候補 ID は以下のとおりです。
> ・AWS03318265(試験はこちらで受けています。こちらを残してください)
> ・AWS09917402
>
> > お手数ではございますが、それぞれのアカウントの AWS 候補 ID を 2 件とも
> > お知らせいただけますでしょうか。
"""
raw = build([
    ("Authentication-Results", auth_m365("amazon.com", "amazonses.com")),
    ("From", TC_FROM),
    ("To", ME_C),
    ("Subject", h(subj_case(CASE_D))),
    ("Date", date),
    ("Message-ID", IDS["d-res"]),
    ("In-Reply-To", irt),
    ("References", refs),
], leaf(body, cte="8bit"))
add("d-res", raw, "resolved", False, CASE_D, ["AWS09917402", "AWS03318265"],
    "Japanese completion; 'no further action' + conditional reply invite; the old candidate-ID request is quoted below.")

# 7 Credly badge 2023
date = d("2023-09-20 18:02:44")
irt, refs = thread("badge-1", generic_id("badge-1", "credly.com"))
txt = """Ryota, you've earned a badge!

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified Developer - Associate

Accept your badge to share it on LinkedIn and other networks and to let
employers verify your achievement.

Accept badge: https://www.credly.com/earner/earned/badge/6a1f0c2e-8d4b-4f1a-9b77-2e0c5d9a31f4

Questions? Visit https://support.credly.com
You are receiving this email because an organization issued you a badge.
"""
html = """<html><body><table width="600" align="center"><tr><td>
<h1 style="font-size:22px">Ryota, you've earned a badge!</h1>
<p><b>Amazon Web Services Training and Certification</b> has issued you a badge:</p>
<p style="font-size:18px">AWS Certified Developer - Associate</p>
<p><a href="https://www.credly.com/earner/earned/badge/6a1f0c2e-8d4b-4f1a-9b77-2e0c5d9a31f4" style="background:#ff6b00;color:#fff;padding:10px 18px">Accept badge</a></p>
<p style="font-size:11px;color:#777">You are receiving this email because an organization issued you a badge.</p>
</td></tr></table></body></html>
"""
raw = build([
    ("Authentication-Results", auth_m365("credly.com", "mail.credly.com", ip="167.89.12.4")),
    ("From", "Credly <admin@credly.com>"),
    ("To", ME_C),
    ("Subject", "Ryota, you've earned a badge from Amazon Web Services Training and Certification"),
    ("Date", date),
    ("Message-ID", IDS["badge-1"]),
], multi("alternative", [leaf(txt, charset="us-ascii", cte="7bit"), leaf(html, "html", charset="us-ascii", cte="7bit")], "b1-credly-8842"))
add("badge-1", raw, "badge", False, None, [],
    "Credly badge mail with an 'Accept badge' call to action (not a reply to support); badge UUID is not a case number.")

# 8 survey D
date = d("2023-09-21 09:12:00")
irt, refs = thread("d-survey", ses_id("d-survey"))
txt = """Hello,

Recently you contacted AWS Training and Certification Customer Service about case 13924017560.

We'd like to know how we did. Would you take a minute to answer two questions?

  How satisfied were you with the resolution of your case?
  https://survey.aws-tc.amazon.com/s/13924017560?q=1

Your answers help us improve. This survey closes in 14 days.

Please do not reply to this message; replies to this address are not monitored.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
"""
raw = build([
    ("Authentication-Results", auth_m365("amazon.com", "amazonses.com")),
    ("From", "AWS Customer Service Survey <customer-survey@amazon.com>"),
    ("To", ME_C),
    ("Subject", "Your opinion about case 13924017560"),
    ("Date", date),
    ("Message-ID", IDS["d-survey"]),
], leaf(txt, charset="us-ascii", cte="7bit"))
add("d-survey", raw, "survey", False, CASE_D, [],
    "Survey with the case number only in subject/body text (no [CASE] token), question form 'Would you take a minute…'.")

# =====================================================================
# 2025
# =====================================================================

# 9 billing (same sender as console cases)
date = d("2025-02-03 08:31:02")
irt, refs = thread("bill-1", ses_id("bill-1"))
txt = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site.
Your account will be charged the following:

Total: $41.87

Account ID: 482910337765
Billing period: January 1 - January 31, 2025

You can see a complete break down of all charges on the Bills page of the Billing and Cost
Management console: https://console.aws.amazon.com/billing/home#/bills

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North,
Seattle, WA 98109-5210. Please note: this e-mail was sent from an address that cannot accept
incoming e-mails.
"""
raw = build([
    ("Authentication-Results", auth_gmail("amazon.com", "0100019fb@amazonses.com")),
    ("From", CONSOLE_FROM),
    ("To", ME_P),
    ("Subject", "Amazon Web Services Billing Statement Available [Account: 482910337765]"),
    ("Date", date),
    ("Message-ID", IDS["bill-1"]),
], leaf(txt, charset="us-ascii", cte="7bit"))
add("bill-1", raw, "unrelated", False, None, [],
    "Billing statement from the same sender as console cases; 12-digit account ID in subject that must not be taken as a case.")

# 10 certmetrics feedback invitation
date = d("2025-02-12 16:40:19")
irt, refs = thread("cert-1", generic_id("cert-1", "certmetrics.com"))
txt = """Hello Ryota,

AWS Certification wants to hear from you!

As an AWS Certified individual, your perspective shapes the exams of tomorrow. We're inviting a
small group of certified professionals to review draft objectives for an upcoming associate-level
exam.

The questionnaire takes about 15 minutes. Please respond by February 28, 2025.

  Start the questionnaire: https://www.certmetrics.com/amazon/survey/?id=fd92c

Your responses are confidential and are not connected to your certification record.

Thank you,
AWS Certification

This message was sent to r-hasegawa@kumonoito-tech.co.jp. Do not reply to this email.
"""
raw = build([
    ("Authentication-Results", auth_m365("certmetrics.com", "certmetrics.com", ip="52.4.118.2")),
    ("From", "AWS Certification <do-not-reply@certmetrics.com>"),
    ("To", ME_C),
    ("Subject", "AWS Certification wants to hear from you"),
    ("Date", date),
    ("Message-ID", IDS["cert-1"]),
], leaf(txt, charset="us-ascii", cte="7bit"))
add("cert-1", raw, "certification", False, None, [],
    "Certification-program feedback invitation with a deadline and 'Please respond by…' – not a support survey and not a reply to support.")

# 11 HR mail ISO-2022-JP
date = d("2025-02-18 17:20:33", "+0900")
irt, refs = thread("hr-1", outlook_id("hr-1"))
body = """長谷川さん

人事部の村上です。
退職日(3月31日)に向けた手続きについてご案内します。

1. 貸与 PC・入館証の返却(最終出社日)
2. 健康保険証の返却
3. 離職票の要否

3 の離職票の要否について、3月14日(金)までに本メールへご返信ください。
なお、会社のメールアドレスは退職日の 23:59 で利用できなくなります。
各種サービスに会社アドレスで登録している場合は、早めに変更しておいてください。

よろしくお願いします。

人事部 村上
"""
raw = build([
    ("From", a("村上 千尋", "jinji-murakami@kumonoito-tech.co.jp", "iso-2022-jp")),
    ("To", ME_C),
    ("Subject", h("退職手続きのご案内(長谷川さん)", "iso-2022-jp")),
    ("Date", date),
    ("Message-ID", IDS["hr-1"]),
    ("X-Mailer", "Microsoft Outlook 16.0"),
], leaf(body, charset="iso-2022-jp", cte="7bit"), crlf=True)
add("hr-1", raw, "unrelated", False, None, [],
    "Internal HR mail (ISO-2022-JP) that asks for a reply by a deadline – a request, but not to support.")

# 12 suspicious JP lookalike
date = d("2025-02-24 03:11:50")
irt, refs = thread("phish-1", generic_id("phish-1", "aws-training-certification.jp"))
body = """AWS トレーニングと認定をご利用のお客様

お客様の AWS 認定アカウントにおいて、複数のアカウントが検出されました。
アカウント統合の手続きが完了していないため、取得済みの認定資格が 72 時間以内に
失効する可能性があります。

以下のリンクからサインインし、本人確認を完了してください。

  https://aws-training-certification.jp/verify?id=AWS-7731

本人確認が完了しない場合、認定資格および特典(50% 割引バウチャー)は失効します。

AWS トレーニングと認定 サポートチーム
"""
raw = build([
    ("Authentication-Results", auth_m365("aws-training-certification.jp", "aws-training-certification.jp", ip="45.77.140.9")),
    ("From", a("AWS トレーニングと認定", "support@aws-training-certification.jp")),
    ("To", ME_C),
    ("Subject", h("【重要】AWS 認定アカウントの統合手続きが未完了です")),
    ("Date", date),
    ("Message-ID", IDS["phish-1"]),
], leaf(body, cte="base64"))
add("phish-1", raw, "suspicious", False, None, [],
    "Japanese phishing from a lookalike .jp domain whose own DKIM/DMARC pass; urgent merge wording.")

# 13 Builder ID code
date = d("2025-03-01 11:02:15")
irt, refs = thread("bid-1", ses_id("bid-1"))
txt = """Verify your AWS Builder ID email address

Thanks for starting the AWS Builder ID registration process. We want to make sure it's really
you. Please enter the following verification code when prompted. If you don't want to create an
account, you can ignore this message.

Verification code
418207

(This code expires 30 minutes after it was sent.)

Amazon Web Services will never email you and ask you to disclose or verify your password,
credit card, or banking account number.
"""
raw = build([
    ("Authentication-Results", auth_gmail("signin.aws", "0100019@signin.aws")),
    ("From", "AWS Builder ID <no-reply@signin.aws>"),
    ("To", ME_P),
    ("Subject", "Verify your AWS Builder ID email address"),
    ("Date", date),
    ("Message-ID", IDS["bid-1"]),
], leaf(txt, charset="us-ascii", cte="7bit"))
add("bid-1", raw, "unrelated", False, None, [],
    "Builder ID one-time code (6 digits); 'Please enter…' is not a reply request.")

# 14 aws.training welcome
date = d("2025-03-01 11:09:41")
irt, refs = thread("awstr-1", ses_id("awstr-1"))
txt = """Welcome to AWS Training and Certification, Ryota!

Your AWS Certification account has been created. From your account you can:
 - schedule and manage exams
 - view exam history and certifications
 - find your certification benefits

Sign in at https://www.aws.training/Certification

If you hold an existing certification account under another email address, you can ask
us to combine them through the Contact Us page.

AWS Training and Certification
"""
raw = build([
    ("Authentication-Results", auth_gmail("aws.training", "bounces@aws.training")),
    ("From", "AWS Training and Certification <no-reply@aws.training>"),
    ("To", ME_P),
    ("Subject", "Welcome to AWS Training and Certification"),
    ("Date", date),
    ("Message-ID", IDS["awstr-1"]),
], leaf(txt, charset="us-ascii", cte="7bit"))
add("awstr-1", raw, "unrelated", False, None, [],
    "Training platform welcome mail that mentions combining accounts; no case.")

# 15 user reply on old 2021 case E (Gmail, quoted 2021 history)
date = d("2025-03-02 21:48:30", "+0900")
old_2021 = """Hello Ryota,

Thank you for your patience. I've relinked your AWS Certification account to the new sign-in,
and you should now be able to access it with hasegawa.ryota.19@st.hokuryo-u.ac.jp. Your
Cloud Practitioner exam appointment is unchanged.

I am going to mark this case as resolved. If you need anything else, just reply to this email.

Best regards,
Cheng L.
AWS Training and Certification"""
body = """Hello,

Sorry to write on such an old thread; it's the only AWS Training and Certification mail I
could find in my personal inbox.

I am leaving my employer (Kumonoito Technologies) at the end of this month and would like to
merge my certification account into my personal one.

- Account used at work: r-hasegawa@kumonoito-tech.co.jp
- Account I want to keep: ryota.hasegawa.dev@gmail.com (created yesterday)

Could you let me know whether you can handle it here or whether I need to use the form?

Thanks,
Ryota Hasegawa

On Thu, Jun 17, 2021 at 3:05 AM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:

""" + q(old_2021) + "\n"
IDS["e-old"] = ses_id("e-old-2021")
REFS["e-old"] = []
irt, refs = thread("e-reply", gmail_id("e-reply"), "e-old")
raw = build([
    ("From", ME_P_FROM),
    ("To", TC),
    ("Subject", "Re: " + subj_case(CASE_E, "RE:")),
    ("Date", date),
    ("Message-ID", IDS["e-reply"]),
    ("In-Reply-To", irt),
    ("References", refs),
], leaf(body, cte="7bit" if all(ord(c) < 128 for c in body) else "8bit"))
add("e-reply", raw, "user_reply", False, CASE_E, [],
    "User writes on a 2021 thread (10-digit case); quoted 2021 history contains a resolution and 'just reply'; user's own text asks a question of support.")

# 16 case update E (reopened old case, new case opened)
date = d("2025-03-03 01:49:12")
irt, refs = thread("e-upd", ses_id("e-upd"), "e-reply")
txt = """Hi Ryota,

Thanks for getting back in touch, and congratulations on the new chapter.

This case was closed back in 2021, so rather than reuse it I've logged your merge request as a
new case: 174096675104528. You'll get an automatic acknowledgement for it in a moment, and the
rest of the conversation will take place there.

You don't need to reply on this thread or submit the web form again.

Kind regards,
Nadia
AWS Training and Certification Customer Service
"""
raw = build([
    ("Authentication-Results", auth_gmail("amazon.com", "0100019@amazonses.com")),
    ("From", TC_FROM),
    ("To", ME_P),
    ("Subject", subj_case(CASE_E, "RE:")),
    ("Date", date),
    ("Message-ID", IDS["e-upd"]),
    ("In-Reply-To", irt),
    ("References", refs),
], leaf(txt, charset="us-ascii", cte="7bit"))
add("e-upd", raw, "case_update", False, CASE_E, [],
    "Reopened 2021 case: support says a new case was opened; mentions another case number in the body; 'You don't need to reply'.")

# 17 acknowledgement A
date = d("2025-03-03 01:52:31")
irt, refs = thread("a-ack", ses_id("a-ack"))
txt = """Hello,

Thank you for contacting Amazon Web Services. We have opened case 174096675104528 to address
your request. The details of your case are as follows:

Case ID: 174096675104528
Subject: [AWS Training and Certification Form Submission] - account-assistance
Severity: General guidance
Correspondence: Use Case: I am leaving my employer at the end of March and would like to merge my
certification accounts.
All email addresses you may have used in our system: r-hasegawa@kumonoito-tech.co.jp,
ryota.hasegawa.dev@gmail.com
The email address you would like to keep on file: ryota.hasegawa.dev@gmail.com

We will respond to your inquiry as soon as possible, typically within 24 hours. If a case has
already been opened, please do not open another case for the same request; doing so may delay
our response.

To contact us again about this case, please reply to this email.

Best regards,
Amazon Web Services
"""
raw = build([
    ("Authentication-Results", auth_gmail("amazon.com", "0100019@amazonses.com")),
    ("From", TC_FROM),
    ("To", ME_P),
    ("Subject", subj_case(CASE_A, "RE:")),
    ("Date", date),
    ("Message-ID", IDS["a-ack"]),
], leaf(txt, charset="us-ascii", cte="7bit"))
add("a-ack", raw, "acknowledgement", False, CASE_A, [],
    "Standard acknowledgement with 15-digit case; 'please do not open another case' and 'To contact us again… please reply' are not asks.")

# 18 acknowledgement B (duplicate, HTML multipart QP, to company)
date = d("2025-03-03 03:07:55")
irt, refs = thread("b-ack", ses_id("b-ack"))
txt = """Hello,

Thank you for contacting Amazon Web Services. We have opened case 174097127500913 to address your request.

Case ID: 174097127500913
Subject: [AWS Training and Certification Form Submission] - account-assistance
Severity: General guidance
Correspondence: I'm no longer going to be an employee of Kumonoito Technologies after March 31. Please merge my certification account (r-hasegawa@kumonoito-tech.co.jp) into my personal account ryota.hasegawa.dev@gmail.com.

We will respond to your inquiry as soon as possible, typically within 24 hours. Please do not create a duplicate case for the same issue.

Best regards,
Amazon Web Services
"""
html = """<html><head><meta charset="utf-8"></head><body>
<p>Hello,</p>
<p>Thank you for contacting Amazon Web Services. We have opened case <b>174097127500913</b> to address your request.</p>
<table border="0" cellpadding="3">
<tr><td><b>Case ID:</b></td><td>174097127500913</td></tr>
<tr><td><b>Subject:</b></td><td>[AWS Training and Certification Form Submission] - account-assistance</td></tr>
<tr><td><b>Severity:</b></td><td>General guidance</td></tr>
<tr><td valign="top"><b>Correspondence:</b></td><td>I&#8217;m no longer going to be an employee of Kumonoito Technologies after March 31. Please merge my certification account (r-hasegawa@kumonoito-tech.co.jp) into my personal account ryota.hasegawa.dev@gmail.com.</td></tr>
</table>
<p>We will respond to your inquiry as soon as possible, typically within 24 hours. Please do not create a duplicate case for the same issue.</p>
<p>Best regards,<br>Amazon Web Services</p>
</body></html>
"""
raw = build([
    ("Authentication-Results", auth_m365("amazon.com", "amazonses.com")),
    ("From", TC_FROM),
    ("To", ME_C),
    ("Subject", subj_case(CASE_B, "RE: ")),
    ("Date", date),
    ("Message-ID", IDS["b-ack"]),
], multi("alternative", [leaf(txt, cte="quoted-printable"), leaf(html, "html", cte="quoted-printable")], "----=_Part_118204_9921.1740971275"))
add("b-ack", raw, "acknowledgement", False, CASE_B, [],
    "Duplicate form submission: second acknowledgement, new 15-digit case, to the company address; quoted form text contains 'Please merge…' (the user's words).")

# 19 GitHub merged
date = d("2025-03-03 06:20:48")
irt, refs = thread("gh-1", "<kumonoito/platform-iac/pull/214/c1740982848@github.com>")
txt = """Merged #214 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kumonoito/platform-iac/pull/214#event-16543210987
You are receiving this because you authored the thread.

Message ID: <kumonoito/platform-iac/pull/214/c1740982848@github.com>
"""
raw = build([
    ("Authentication-Results", auth_m365("github.com", "github.com", ip="192.30.252.201")),
    ("From", "Shunsuke Oda <notifications@github.com>"),
    ("Reply-To", "kumonoito/platform-iac <reply+AAB3XQ@reply.github.com>"),
    ("To", "kumonoito/platform-iac <platform-iac@noreply.github.com>"),
    ("Cc", "Ryota Hasegawa <r-hasegawa@kumonoito-tech.co.jp>, Author <author@noreply.github.com>"),
    ("Subject", "Re: [kumonoito/platform-iac] Merge cert-account module into shared modules (#214)"),
    ("Date", date),
    ("Message-ID", IDS["gh-1"]),
    ("List-ID", "kumonoito/platform-iac <platform-iac.kumonoito.github.com>"),
], leaf(txt, charset="us-ascii", cte="7bit"))
add("gh-1", raw, "unrelated", False, None, [],
    "GitHub 'Merged #214' notification – 'merged' and 'account' in subject, 'Reply to this email' footer.")

# 20 case update B (closed as duplicate)
date = d("2025-03-04 00:41:09")
irt, refs = thread("b-dup", ses_id("b-dup"), "b-ack")
txt = """Hello Ryota,

I see that the same request is already being handled under case 174096675104528, which one of
my colleagues opened for you yesterday. To keep everything in one place I've closed this case
(174097127500913) as a duplicate.

There's no action needed from you; your request has not been cancelled and continues on the
other case.

Regards,
Jonas
AWS Training and Certification
"""
raw = build([
    ("Authentication-Results", auth_m365("amazon.com", "amazonses.com")),
    ("From", TC_FROM),
    ("To", ME_C),
    ("Subject", subj_case(CASE_B, "RE:")),
    ("Date", date),
    ("Message-ID", IDS["b-dup"]),
    ("In-Reply-To", irt),
    ("References", refs),
], leaf(txt, charset="us-ascii", cte="7bit"))
add("b-dup", raw, "case_update", False, CASE_B, [],
    "Duplicate case closed administratively (not a merge, not a no-answer closure); two case numbers in body; the request itself is not done.")

# 21 on_hold A with ask (long, ask buried)
date = d("2025-03-04 09:12:26")
irt, refs = thread("a-hold", ses_id("a-hold"), "a-ack")
txt = """Hi Ryota,

My name is Marisol and I'll be looking after your merge request. Thanks for laying out the
details so clearly, it makes this a lot easier.

Before I can go any further there's one complication I want to explain. The certification
account under r-hasegawa@kumonoito-tech.co.jp is associated with an AWS Partner Network (APN)
organization, Kumonoito Technologies. Certifications held in a partner-linked account count
towards the partner's tier and programme requirements, so our Partner team has to release the
account before anything in it can be moved. As long as someone is still shown as an employee
of the partner, they normally won't release it, and the merge stays on hold.

In practice this is usually a formality, but they do expect us to check with you first.

So: are you leaving Kumonoito Technologies, and if so, what will your last working day be?

As soon as I have that I'll pass it on and keep you posted.

All the best,
Marisol G.
AWS Training and Certification Customer Service
"""
raw = build([
    ("Authentication-Results", auth_gmail("amazon.com", "0100019@amazonses.com")),
    ("From", TC_FROM),
    ("To", ME_P),
    ("Cc", ME_C),
    ("Subject", subj_case(CASE_A, "RE:")),
    ("Date", date),
    ("Message-ID", IDS["a-hold"]),
    ("In-Reply-To", irt),
    ("References", refs),
], leaf(txt, charset="us-ascii", cte="7bit"))
add("a-hold", raw, "on_hold", True, CASE_A, [],
    "APN hold; the question comes after four paragraphs, introduced by 'So:' with no 'please'.")

# 22 English newsletter
date = d("2025-03-04 10:00:00")
irt, refs = thread("nl-2", generic_id("nl-2", "cloudopsdigest.com"))
txt = """CLOUD OPS DIGEST #212

In this issue
* Why your NAT Gateway bill is higher than you think
* Confirming DNS cutovers without downtime
* Case study: consolidating 40 AWS accounts under Organizations

Sponsor: ObserveStack - try it free for 30 days.

Have a question for the editors? Just hit reply - we read every message.

You are receiving this because you subscribed at cloudopsdigest.com.
Unsubscribe: https://cloudopsdigest.com/u/9a8c
"""
raw = build([
    ("Authentication-Results", auth_gmail("cloudopsdigest.com", "bounce@mg.cloudopsdigest.com", ip="159.135.224.9")),
    ("From", "Cloud Ops Digest <editors@cloudopsdigest.com>"),
    ("To", ME_P),
    ("Subject", "Cloud Ops Digest #212: the NAT Gateway tax"),
    ("Date", date),
    ("Message-ID", IDS["nl-2"]),
    ("List-Unsubscribe", "<https://cloudopsdigest.com/u/9a8c>"),
], leaf(txt, charset="us-ascii", cte="7bit"))
add("nl-2", raw, "unrelated", False, None, [],
    "English newsletter mentioning consolidating AWS accounts; 'hit reply' footer.")

# 23 user reply A (Gmail)
date = d("2025-03-04 20:33:51", "+0900")
irt, refs = thread("a-r1", gmail_id("a-r1"), "a-hold")
body = """Hi Marisol,

Yes, I'm leaving. My last working day at Kumonoito Technologies is March 31, 2025. After that the
kumonoito-tech.co.jp address will be shut down, so please keep everything on
ryota.hasegawa.dev@gmail.com.

Thank you for explaining the partner part.

Ryota

On Tue, Mar 4, 2025 at 6:12 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:

""" + q(txt_hold := """Hi Ryota,

My name is Marisol and I'll be looking after your merge request.
[...]
So: are you leaving Kumonoito Technologies, and if so, what will your last working day be?

As soon as I have that I'll pass it on and keep you posted.

All the best,
Marisol G.""") + "\n"
raw = build([
    ("From", ME_P_FROM),
    ("To", TC),
    ("Cc", ME_C),
    ("Subject", "Re: " + subj_case(CASE_A, "RE:")),
    ("Date", date),
    ("Message-ID", IDS["a-r1"]),
    ("In-Reply-To", irt),
    ("References", refs),
], leaf(body, charset="us-ascii", cte="7bit"))
add("a-r1", raw, "user_reply", False, CASE_A, [],
    "User answer to the hold with Gmail quoting of the question; the user's text contains 'please keep everything…'.")

# 24 on_hold A no ask
date = d("2025-03-05 02:15:40")
irt, refs = thread("a-hold2", ses_id("a-hold2"), "a-r1")
txt = """Hi Ryota,

Thank you, that's exactly what I needed.

I've sent the details to the AWS Partner Network team and asked them to release your account
from the Kumonoito Technologies partner profile. They usually take two to three business days.
Your case will stay on hold until they confirm; there's nothing you need to do in the meantime,
and I'll write again as soon as I hear from them.

All the best,
Marisol G.
AWS Training and Certification Customer Service
"""
raw = build([
    ("Authentication-Results", auth_gmail("amazon.com", "0100019@amazonses.com")),
    ("From", TC_FROM),
    ("To", ME_P),
    ("Subject", subj_case(CASE_A, "RE:")),
    ("Date", date),
    ("Message-ID", IDS["a-hold2"]),
    ("In-Reply-To", irt),
    ("References", refs),
], leaf(txt, charset="us-ascii", cte="7bit"))
add("a-hold2", raw, "on_hold", False, CASE_A, [],
    "Hold waiting on the Partner team that explicitly asks nothing ('nothing you need to do').")

# 25 suspicious EN lookalike
date = d("2025-03-05 11:47:03")
irt, refs = thread("phish-2", generic_id("phish-2", "amazon-certsupport.com"))
html = """<html><body style="font-family:Arial">
<img src="https://amazon-certsupport.com/img/aws-logo.png" alt="aws">
<p>Dear Certified Professional,</p>
<p>We received a request to merge your AWS Certification account. To protect your credentials,
the merge will be <b>cancelled</b> unless you verify your identity within 24 hours.</p>
<p><a href="https://amazon-certsupport.com/merge/verify?c=7741">Verify and confirm merge</a></p>
<p>If you did not make this request, please confirm by replying with your Builder ID and password
so that our security team can lock your account.</p>
<p>AWS Training &amp; Certification Support</p>
</body></html>
"""
raw = build([
    ("Authentication-Results", auth_gmail("amazon-certsupport.com", "info@amazon-certsupport.com", ip="91.219.236.40")),
    ("From", "AWS Certification Support <support@amazon-certsupport.com>"),
    ("To", ME_P),
    ("Subject", "Action required: confirm your certification account merge"),
    ("Date", date),
    ("Message-ID", IDS["phish-2"]),
], leaf(html, "html", charset="us-ascii", cte="7bit"))
add("phish-2", raw, "suspicious", False, None, [],
    "HTML-only phishing from lookalike domain asking to 'confirm merge' and reply with credentials; passes its own auth.")

# 26 Pearson VUE JP Shift_JIS
date = d("2025-03-06 10:02:11", "+0900")
irt, refs = thread("pv-1", generic_id("pv-1", "pearson.com"))
body = """長谷川 涼太 様

ピアソンVUEをご利用いただきありがとうございます。
以下の内容で試験のご予約を承りました。

試験: SAA-C03 AWS Certified Solutions Architect - Associate
日時: 2025年4月21日(月) 10:00
会場: テストセンター 東京八重洲
登録番号: 482057193

当日は、予約時の氏名と一致する本人確認書類を 2 点お持ちください。
予約内容の変更・キャンセルは試験開始の 24 時間前までにウェブサイトから行ってください。

本メールは送信専用のため、ご返信いただいてもお答えできません。

ピアソンVUE
"""
raw = build([
    ("Authentication-Results", auth_m365("pearson.com", "pearsonvue.com", ip="148.105.8.14")),
    ("From", a("Pearson VUE", "pvams@pearson.com")),
    ("To", ME_C),
    ("Subject", h("試験予約の確認 - AWS Certified Solutions Architect - Associate", "shift_jis")),
    ("Date", date),
    ("Message-ID", IDS["pv-1"]),
], leaf(body, charset="shift_jis", cte="base64"))
add("pv-1", raw, "unrelated", False, None, [],
    "Exam-vendor booking in Shift_JIS/base64 with a 9-digit registration ID that is not a case number.")

# 27 confirmation request A — HTML only, table
date = d("2025-03-07 05:58:37")
irt, refs = thread("a-conf", ses_id("a-conf"), "a-hold2")
html = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
<p>Hi Ryota,</p>
<p>Good news: the Partner team has released the Kumonoito-linked account, so I can pick this up from here.</p>
<p>I found the following two certification accounts:</p>
<table border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse">
<tr style="background:#232f3e;color:#fff"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS08812450</td><td>AWS03318265</td></tr>
<tr><td>Login email</td><td>ryota.hasegawa.dev@gmail.com</td><td>r-hasegawa@kumonoito-tech.co.jp</td></tr>
<tr><td>Training notification email</td><td>ryota.hasegawa.dev@gmail.com</td><td>r-hasegawa@kumonoito-tech.co.jp</td></tr>
<tr><td>Certification notification email</td><td>ryota.hasegawa.dev@gmail.com</td><td>r-hasegawa@kumonoito-tech.co.jp</td></tr>
<tr><td>Certifications</td><td>&mdash;</td><td>SAA, DVA</td></tr>
</table>
<p>After the merge, Account #2 is deactivated and its exam history, certifications, badges and benefits move to the account you keep. This can't be undone.</p>
<p>Would you confirm that Account #2 should be merged into Account #1? If you'd rather keep a different arrangement, tell me which account should remain.</p>
<p>Thanks,<br>Dev R.<br>AWS Training and Certification Customer Service</p>
</body></html>
"""
raw = build([
    ("Authentication-Results", auth_gmail("amazon.com", "0100019@amazonses.com")),
    ("From", TC_FROM),
    ("To", ME_P),
    ("Cc", ME_C),
    ("Subject", subj_case(CASE_A, "RE:")),
    ("Date", date),
    ("Message-ID", IDS["a-conf"]),
    ("In-Reply-To", irt),
    ("References", refs),
], leaf(html, "html", cte="quoted-printable"))
add("a-conf", raw, "confirmation_request", True, CASE_A, ["AWS08812450", "AWS03318265"],
    "HTML-only (QP) confirmation request with the Account #1/#2 listing in a table; 'Would you confirm…' after progress news.")

# 28 self-forward (company -> personal), Outlook JP
date = d("2025-03-07 15:20:09", "+0900")
irt, refs = thread("a-fwd", outlook_id("a-fwd"), "a-conf")
body = """自分用:会社アドレスは月末で止まるので念のため転送。返信は個人アドレスから。

________________________________
差出人: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2025年3月7日 14:58
宛先: ryota.hasegawa.dev@gmail.com
CC: 長谷川 涼太 <r-hasegawa@kumonoito-tech.co.jp>
件名: RE:[CASE 174096675104528] [AWS Training and Certification Form Submission] - account-assistance

Hi Ryota,

Good news: the Partner team has released the Kumonoito-linked account, so I can pick this up from here.

I found the following two certification accounts:

                                  Account #1                     Account #2
Candidate ID                      AWS08812450                    AWS03318265
Login email                       ryota.hasegawa.dev@gmail.com   r-hasegawa@kumonoito-tech.co.jp
Training notification email       ryota.hasegawa.dev@gmail.com   r-hasegawa@kumonoito-tech.co.jp
Certification notification email  ryota.hasegawa.dev@gmail.com   r-hasegawa@kumonoito-tech.co.jp

After the merge, Account #2 is deactivated and its exam history, certifications, badges and benefits move to the account you keep. This can't be undone.

Would you confirm that Account #2 should be merged into Account #1? If you'd rather keep a different arrangement, tell me which account should remain.

Thanks,
Dev R.
"""
raw = build([
    ("From", a("長谷川 涼太", ME_C)),
    ("To", ME_P),
    ("Subject", h("転送: " + subj_case(CASE_A, "RE:"))),
    ("Date", date),
    ("Message-ID", IDS["a-fwd"]),
    ("X-Mailer", "Microsoft Outlook 16.0"),
], leaf(body, cte="base64"), crlf=True)
add("a-fwd", raw, "user_reply", False, CASE_A, [],
    "User forwards the confirmation request to himself (転送:); the forwarded request is quoted material, so no reply is needed for this copy.")

# 29 Amazon.co.jp shipping (JP base64)
date = d("2025-03-08 09:41:27", "+0900")
irt, refs = thread("amzjp-1", generic_id("amzjp-1", "amazon.co.jp"))
body = """長谷川 涼太 様

Amazon.co.jp をご利用いただき、ありがとうございます。
ご注文の商品を発送しました。

注文番号: 250-3381942-5570416
お届け予定: 3月9日(日)
配送業者: ヤマト運輸 お問い合わせ伝票番号 4127-0093-3382

商品: AWS認定 ソリューションアーキテクト-アソシエイト 教科書 第3版

配送状況の確認: https://www.amazon.co.jp/gp/your-account/order-history

このメールは配信専用です。
"""
raw = build([
    ("Authentication-Results", auth_gmail("amazon.co.jp", "2025030800414@bounces.amazon.co.jp", ip="52.95.48.92")),
    ("From", a("Amazon.co.jp", "shipment-tracking@amazon.co.jp")),
    ("To", ME_P),
    ("Subject", h("Amazon.co.jp ご注文の商品を発送しました")),
    ("Date", date),
    ("Message-ID", IDS["amzjp-1"]),
], leaf(body, cte="base64"))
add("amzjp-1", raw, "unrelated", False, None, [],
    "Amazon.co.jp shipping mail (genuine Amazon, passes DMARC) about an AWS certification book; order numbers are not cases.")

# 30 other vendor Zendesk closed
date = d("2025-03-09 04:00:12")
irt, refs = thread("zd-1", generic_id("zd-1", "pipewright.zendesk.com"))
txt = """##- Please type your reply above this line -##

Your request (58213) has been closed.

We haven't heard back from you for 7 days, so we've closed this request. If you still need help
with webhook retries, just reply to this email and the request will be reopened automatically.

Hana (Pipewright Support)
Mar 1, 2025, 10:14 GMT+9

Could you send us the delivery ID of one of the failed webhooks? With that we can check the
retry log on our side.

This email is a service from Pipewright Support.
[R8KQ2M-7VJX]
"""
raw = build([
    ("Authentication-Results", auth_m365("pipewright.io", "pipewright.zendesk.com", ip="192.161.150.9")),
    ("From", "Pipewright Support <support@pipewright.io>"),
    ("Reply-To", "Pipewright Support <support+id58213@pipewright.zendesk.com>"),
    ("To", ME_C),
    ("Subject", "[Pipewright] Re: Webhook retries failing after deploy - request 58213 closed"),
    ("Date", date),
    ("Message-ID", IDS["zd-1"]),
], leaf(txt, charset="us-ascii", cte="7bit"))
add("zd-1", raw, "unrelated", False, None, [],
    "Another vendor's no-answer closing notice with 'reply to reopen' and a quoted question – not AWS.")

# 31 closing notice A, top-posted over quoted conf request
date = d("2025-03-10 00:09:55")
irt, refs = thread("a-close", ses_id("a-close"), "a-conf")
txt = """Hello Ryota,

Following up on the message below. We still need your go-ahead before the two accounts can be
merged. If we don't hear from you by March 13, this case will be closed automatically. Replying
to this email keeps it open.

Regards,
Alejandro
AWS Training and Certification

---- Previous message ----
From: Amazon Web Services
Sent: 3/7/2025 5:58 AM UTC
Subject: RE:[CASE 174096675104528] [AWS Training and Certification Form Submission] - account-assistance

> Hi Ryota,
>
> Good news: the Partner team has released the Kumonoito-linked account, so I can
> pick this up from here.
>
> Account #1
>   Candidate ID: AWS08812450
>   Login email: ryota.hasegawa.dev@gmail.com
>   Training notification email: ryota.hasegawa.dev@gmail.com
>   Certification notification email: ryota.hasegawa.dev@gmail.com
> Account #2
>   Candidate ID: AWS03318265
>   Login email: r-hasegawa@kumonoito-tech.co.jp
>   Training notification email: r-hasegawa@kumonoito-tech.co.jp
>   Certification notification email: r-hasegawa@kumonoito-tech.co.jp
>
> Would you confirm that Account #2 should be merged into Account #1?
>
> Thanks,
> Dev R.
"""
raw = build([
    ("Authentication-Results", auth_gmail("amazon.com", "0100019@amazonses.com")),
    ("From", TC_FROM),
    ("To", ME_P),
    ("Cc", ME_C),
    ("Subject", subj_case(CASE_A, "RE: ")),
    ("Date", date),
    ("Message-ID", IDS["a-close"]),
    ("In-Reply-To", irt),
    ("References", refs),
], leaf(txt, charset="us-ascii", cte="7bit"))
add("a-close", raw, "closing_notice", True, CASE_A, [],
    "Closing notice top-posted over the quoted Account #1/#2 request; candidate IDs only in quoted part.")

# 32 user reply from company address (Outlook EN, CRLF)
date = d("2025-03-10 09:14:40", "+0900")
irt, refs = thread("a-r2", outlook_id("a-r2"), "a-close")
body = """Hello Alejandro,

Confirmed. Please merge Account #2 into Account #1 (ryota.hasegawa.dev@gmail.com).

Sorry for the slow reply, it was a busy week.

Best regards,
Ryota Hasegawa
Cloud Integration Dept., Kumonoito Technologies Inc.

-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Monday, March 10, 2025 9:10 AM
To: ryota.hasegawa.dev@gmail.com
Cc: Hasegawa Ryota <r-hasegawa@kumonoito-tech.co.jp>
Subject: RE: [CASE 174096675104528] [AWS Training and Certification Form Submission] - account-assistance

Hello Ryota,

Following up on the message below. We still need your go-ahead before the two accounts can be
merged. If we don't hear from you by March 13, this case will be closed automatically. Replying
to this email keeps it open.
"""
raw = build([
    ("From", a("Hasegawa Ryota", ME_C)),
    ("To", TC),
    ("Cc", "Tanaka Kazuki <k-tanaka@kumonoito-tech.co.jp>"),
    ("Subject", "RE: " + subj_case(CASE_A, "RE: ")),
    ("Date", date),
    ("Message-ID", IDS["a-r2"]),
    ("In-Reply-To", irt),
    ("References", refs),
    ("X-Mailer", "Microsoft Outlook 16.0"),
], leaf(body, charset="us-ascii", cte="7bit"), crlf=True)
add("a-r2", raw, "user_reply", False, CASE_A, [],
    "User's confirmation sent from the OLD company address (wrong address), Outlook '-----Original Message-----' quoting, CRLF.")

# 33 OOO from manager (JP Shift_JIS QP)
date = d("2025-03-10 09:14:52", "+0900")
irt, refs = thread("ooo-1", outlook_id("ooo-1"), "a-r2")
body = """長谷川さん(関係者各位)

3月10日(月)〜3月12日(水)は出張のため不在にしております。
メールの確認が遅れますので、至急のご用件は部署代表(cloud-int@kumonoito-tech.co.jp)まで
ご連絡ください。

田中 一樹
"""
raw = build([
    ("From", a("田中 一樹", "k-tanaka@kumonoito-tech.co.jp", "shift_jis")),
    ("To", a("Hasegawa Ryota", ME_C)),
    ("Subject", h("自動応答: RE: " + subj_case(CASE_A, "RE: "), "shift_jis")),
    ("Date", date),
    ("Message-ID", IDS["ooo-1"]),
    ("In-Reply-To", irt),
    ("References", refs),
    ("Auto-Submitted", "auto-replied"),
    ("X-MS-Exchange-Inbox-Rules-Loop", "k-tanaka@kumonoito-tech.co.jp"),
], leaf(body, charset="shift_jis", cte="quoted-printable"), crlf=True)
add("ooo-1", raw, "unrelated", False, None, [],
    "Out-of-office auto-reply (Shift_JIS/QP) whose subject carries the case token and In-Reply-To the user's case mail.")

# 34 info request A (wrong address), no 'please'
date = d("2025-03-11 01:30:18")
irt, refs = thread("a-addr", ses_id("a-addr"), "a-r2")
txt = """Hi Ryota,

Thanks for the confirmation. It reached us from r-hasegawa@kumonoito-tech.co.jp, though, and
that's the login of the account that is going to be merged away. To protect account owners we
can only act on a go-ahead that comes from the address of the account being kept.

A one-line reply from ryota.hasegawa.dev@gmail.com is all I need; the merge will follow right
after.

Dev R.
AWS Training and Certification Customer Service
"""
raw = build([
    ("Authentication-Results", auth_gmail("amazon.com", "0100019@amazonses.com")),
    ("From", TC_FROM),
    ("To", ME_P),
    ("Cc", ME_C),
    ("Subject", subj_case(CASE_A, "RE:")),
    ("Date", date),
    ("Message-ID", IDS["a-addr"]),
    ("In-Reply-To", irt),
    ("References", refs),
], leaf(txt, charset="us-ascii", cte="7bit"))
add("a-addr", raw, "info_request", True, CASE_A, [],
    "Asks the user to write again from the destination address without 'please' or a question ('A one-line reply … is all I need').")

# 35 AWS marketing JP
date = d("2025-03-11 03:00:00")
irt, refs = thread("mkt-1", ses_id("mkt-1"))
html = """<html><body>
<table width="640" align="center" style="font-family:sans-serif">
<tr><td><h1>AWS Summit Japan 2025 事前登録受付中</h1>
<p>6月25日・26日、幕張メッセで開催。150 以上のセッションと、AWS 認定者限定ラウンジをご用意しています。</p>
<p>AWS 認定をお持ちの方は、登録時に認定情報をご確認ください。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/?trk=em_reg">今すぐ登録する</a></p>
<p style="font-size:11px">このメールは送信専用アドレスから配信されています。配信停止をご希望の場合は
<a href="https://pages.awscloud.com/unsubscribe">こちら</a>。<br>
Amazon Web Services Japan G.K. 東京都品川区上大崎 3-1-1</p>
</td></tr></table></body></html>
"""
raw = build([
    ("Authentication-Results", auth_gmail("amazon.com", "bounce@marketing.aws", ip="52.94.112.8")),
    ("From", a("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com")),
    ("To", ME_P),
    ("Subject", h("【AWS Summit Japan 2025】事前登録のご案内 ― 認定者ラウンジのご案内も")),
    ("Date", date),
    ("Message-ID", IDS["mkt-1"]),
], leaf(html, "html", cte="base64"))
add("mkt-1", raw, "unrelated", False, None, [],
    "Genuine AWS marketing in Japanese (HTML-only, base64) that mentions certification and asks to register.")

# 36 bounce for reply sent to a typo address
date = d("2025-03-11 12:03:29", "+0900")
irt, refs = thread("bounce-1", gmail_id("bounce-1"))
orig_mid = gmail_id("a-r3-typo")
orig = ("From: Ryota Hasegawa <ryota.hasegawa.dev@gmail.com>\n"
        "To: aws-cs-trainingcertification@amazon.com\n"
        "Subject: Re: RE:[CASE 174096675104528] [AWS Training and Certification Form Submission] -\n account-assistance\n"
        "Date: Tue, 11 Mar 2025 12:03:21 +0900\n"
        "Message-ID: %s\n"
        "In-Reply-To: %s\n"
        "MIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=\"UTF-8\"\n\n"
        "Hi Dev,\n\nConfirmed from my personal address - please merge Account #2 into Account #1.\n\nRyota\n") % (orig_mid, IDS["a-addr"])
explain = """** Address not found **

Your message wasn't delivered to aws-cs-trainingcertification@amazon.com because the address
couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <aws-cs-trainingcertification@amazon.com>: Recipient address rejected: User unknown
"""
dsn = """Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 11 Mar 2025 12:03:21 +0900

Final-Recipient: rfc822; aws-cs-trainingcertification@amazon.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; amazon-smtp.amazon.com. (52.119.213.150, the server for the domain amazon.com.)
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown
"""
part = multi("report", [
    leaf(explain, charset="us-ascii", cte="7bit"),
    (["Content-Type: message/delivery-status"], dsn.encode()),
    rfc822(orig.encode()),
], "000000000000bounce6e1f", '; report-type=delivery-status')
raw = build([
    ("Authentication-Results", "mx.google.com; spf=pass smtp.mailfrom=mailer-daemon@googlemail.com"),
    ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"),
    ("To", ME_P),
    ("Subject", "Delivery Status Notification (Failure)"),
    ("Date", date),
    ("Message-ID", IDS["bounce-1"]),
    ("In-Reply-To", orig_mid),
    ("References", orig_mid),
    ("Auto-Submitted", "auto-replied"),
], part)
add("bounce-1", raw, "unrelated", False, None, [],
    "Bounce of the user's confirmation sent to a typo address; attached original carries the case subject and 'Confirmed… please merge'.")

# 37 user reply A from personal (correct)
date = d("2025-03-11 12:06:02", "+0900")
irt, refs = thread("a-r3", gmail_id("a-r3"), "a-addr")
body = """Hi Dev,

Confirmed from my personal address - please merge Account #2 (r-hasegawa@kumonoito-tech.co.jp)
into Account #1 (this address, ryota.hasegawa.dev@gmail.com).

Ryota

On Tue, Mar 11, 2025 at 10:30 AM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:

""" + q(txt) + "\n"
raw = build([
    ("From", ME_P_FROM),
    ("To", TC),
    ("Subject", "Re: " + subj_case(CASE_A, "RE:")),
    ("Date", date),
    ("Message-ID", IDS["a-r3"]),
    ("In-Reply-To", irt),
    ("References", refs),
], leaf(body, charset="us-ascii", cte="7bit"))
add("a-r3", raw, "user_reply", False, CASE_A, [],
    "User's confirmation from the personal address, quoting the request to write from that address.")

# 38 resolved A with quoted history (multipart)
date = d("2025-03-11 05:47:31")
irt, refs = thread("a-res", ses_id("a-res"), "a-r3")
txt = """Hi Ryota,

I have successfully merged your accounts. Everything that was under the Kumonoito account
(AWS03318265) now sits under AWS08812450 / ryota.hasegawa.dev@gmail.com: exam history, active
certifications and benefits, including your 50% exam discount.

Your Credly badges will be re-issued to the personal address, usually within 24 hours.

No further action is required on your part. If you have anything to add, you can reply to this
email and it will come straight back to us.

Best wishes for the new job,
Priya S.
AWS Training and Certification Customer Service

-----Original Message-----
From: Ryota Hasegawa <ryota.hasegawa.dev@gmail.com>
Sent: Tuesday, March 11, 2025 3:06 AM UTC
Subject: Re: RE:[CASE 174096675104528]

Confirmed from my personal address - please merge Account #2 into Account #1.

> A one-line reply from ryota.hasegawa.dev@gmail.com is all I need; the merge will follow right
> after.
>
> > Would you confirm that Account #2 should be merged into Account #1? If you'd rather keep a
> > different arrangement, tell me which account should remain.
"""
html = "<html><body>" + "".join(
    "<p>%s</p>" % p.replace("\n", "<br>") for p in txt.split("-----Original Message-----")[0].strip().split("\n\n")
) + "<hr><div style='color:#555'>" + txt.split("-----Original Message-----")[1].replace("\n", "<br>") + "</div></body></html>\n"
raw = build([
    ("Authentication-Results", auth_gmail("amazon.com", "0100019@amazonses.com")),
    ("From", TC_FROM),
    ("To", ME_P),
    ("Subject", subj_case(CASE_A, "RE:")),
    ("Date", date),
    ("Message-ID", IDS["a-res"]),
    ("In-Reply-To", irt),
    ("References", refs),
], multi("alternative", [leaf(txt, charset="us-ascii", cte="7bit"), leaf(html, "html", cte="quoted-printable")], "=_a-res_5570"))
add("a-res", raw, "resolved", False, CASE_A, ["AWS03318265", "AWS08812450"],
    "Merge done; 'If you have anything to add, reply'; the earlier requests (confirm / write from personal address) are quoted below.")

# 39 Credly badge SAA
date = d("2025-03-11 07:12:05")
irt, refs = thread("badge-2", generic_id("badge-2", "credly.com"))
txt = """Congratulations, Ryota!

You've been issued a new badge by Amazon Web Services Training and Certification:

  AWS Certified Solutions Architect - Associate
  Issued: March 11, 2025 | Expires: August 22, 2025

Claim it and share it with your network:
https://www.credly.com/badges/3e0d91aa-5c7f-4b2e-8f02-77a14b6d0c11/accept

Credly, Inc. | 28 Liberty St, New York, NY
"""
raw = build([
    ("Authentication-Results", auth_gmail("credly.com", "bounce@mail.credly.com", ip="167.89.12.4")),
    ("From", "Credly <admin@credly.com>"),
    ("To", ME_P),
    ("Subject", "Your new AWS Certified Solutions Architect - Associate badge is ready to claim"),
    ("Date", date),
    ("Message-ID", IDS["badge-2"]),
], leaf(txt, charset="us-ascii", cte="7bit"))
add("badge-2", raw, "badge", False, None, [],
    "Credly badge re-issued after the merge; 'Claim it' call to action.")

# 40 Credly badge DVA (html only)
date = d("2025-03-11 07:12:48")
irt, refs = thread("badge-3", generic_id("badge-3", "credly.com"))
html = """<html><body><center>
<p style="font-size:20px">Ryota, your badge from <b>Amazon Web Services Training and Certification</b> is waiting</p>
<p>AWS Certified Developer &ndash; Associate</p>
<p><a href="https://www.credly.com/badges/0b6f2d55-1e9a-4a37-b3d0-c1e8aa40f902/accept">Accept your badge</a></p>
<p style="font-size:11px">Didn't expect this email? Contact the issuer or visit support.credly.com</p>
</center></body></html>
"""
raw = build([
    ("Authentication-Results", auth_gmail("credly.com", "bounce@mail.credly.com", ip="167.89.12.4")),
    ("From", "Credly <admin@credly.com>"),
    ("To", ME_P),
    ("Subject", "Ryota, accept your AWS Certified Developer - Associate badge"),
    ("Date", date),
    ("Message-ID", IDS["badge-3"]),
], leaf(html, "html", cte="quoted-printable"))
add("badge-3", raw, "badge", False, None, [],
    "HTML-only Credly badge, second badge in a minute.")

# 41 survey A (case-subject survey)
date = d("2025-03-12 06:00:03")
irt, refs = thread("a-survey", ses_id("a-survey"))
txt = """Hello,

Your case 174096675104528 was recently resolved. How would you rate the support you received?

  Very satisfied   https://survey.aws-tc.amazon.com/r?c=174096675104528&s=5
  Satisfied        https://survey.aws-tc.amazon.com/r?c=174096675104528&s=4
  Neutral          https://survey.aws-tc.amazon.com/r?c=174096675104528&s=3
  Dissatisfied     https://survey.aws-tc.amazon.com/r?c=174096675104528&s=2
  Very dissatisfied https://survey.aws-tc.amazon.com/r?c=174096675104528&s=1

It takes less than a minute. Thank you for helping us improve.

AWS Training and Certification
"""
raw = build([
    ("Authentication-Results", auth_gmail("amazon.com", "0100019@amazonses.com")),
    ("From", TC_FROM),
    ("To", ME_P),
    ("Subject", "How did we do? " + subj_case(CASE_A, "RE:")),
    ("Date", date),
    ("Message-ID", IDS["a-survey"]),
], leaf(txt, charset="us-ascii", cte="7bit"))
add("a-survey", raw, "survey", False, CASE_A, [],
    "Rating request from the case sender with the [CASE] token in subject and a question.")

# 42 Jira notification
date = d("2025-03-12 08:44:10")
irt, refs = thread("jira-1", generic_id("jira-1", "kumonoito.atlassian.net"))
txt = """Shunsuke Oda mentioned you on INFRA-482

INFRA-482: Hand over cert-tracking accounts before Ryota leaves

@Ryota Hasegawa please confirm the merge plan for the cert-tracking AWS accounts
(730215884406 -> 118204553901) before Friday. Can you also reply with the list of IAM users
you still own?

View issue: https://kumonoito.atlassian.net/browse/INFRA-482

Get Jira notifications on your phone! Download the Jira Cloud app.
"""
raw = build([
    ("Authentication-Results", auth_m365("kumonoito.atlassian.net", "e.atlassian.net", ip="185.166.143.24")),
    ("From", "Shunsuke Oda (Jira) <jira@kumonoito.atlassian.net>"),
    ("To", ME_C),
    ("Subject", "[JIRA] (INFRA-482) Hand over cert-tracking accounts before Ryota leaves"),
    ("Date", date),
    ("Message-ID", IDS["jira-1"]),
], leaf(txt, charset="us-ascii", cte="7bit"))
add("jira-1", raw, "unrelated", False, None, [],
    "Jira mention asking to 'please confirm the merge plan' and reply – colleague, not support; 12-digit account IDs.")

# 43 suspicious: genuine-looking, dmarc=fail
date = d("2025-03-13 09:30:00")
irt, refs = thread("phish-3", "<20250313093000.4F1C2A7B@mail-relay7.hostingnet.ru>")
txt = """Hello,

Thank you for your patience while we reviewed your request.

To complete the merge of your AWS Certification accounts we need to verify your identity.
Could you reply to this email with a scan of a government-issued ID and the last four digits
of the card used to pay for your exam? Alternatively sign in at the link below:

https://aws-training-verify.com/case/174185820007731

If we do not receive this within 48 hours the merge will be cancelled.

Best regards,
AWS Training and Certification Customer Service
"""
raw = build([
    ("Authentication-Results", auth_gmail("amazon.com", "aws-cs-trainingcertification-form@amazon.com", ok=False, ip="185.22.154.71")),
    ("Received-SPF", "softfail (google.com: domain of transitioning aws-cs-trainingcertification-form@amazon.com does not designate 185.22.154.71 as permitted sender)"),
    ("From", TC_FROM),
    ("To", ME_P),
    ("Subject", subj_case("174185820007731", "RE:")),
    ("Date", date),
    ("Message-ID", IDS["phish-3"]),
], leaf(txt, charset="us-ascii", cte="7bit"))
add("phish-3", raw, "suspicious", False, None, [],
    "Perfect copy of the real sender and subject format with a plausible 15-digit case, but dkim=fail/dmarc=fail; asks for ID by reply.")

# 44 connpass JP
date = d("2025-03-14 19:05:44", "+0900")
irt, refs = thread("cp-1", generic_id("cp-1", "connpass.com"))
body = """長谷川 涼太 さん

connpass をご利用いただきありがとうございます。
以下のイベントへの参加登録が完了しました。

JAWS-UG 東京 #58 ― 認定資格 Tips 大会
日時: 2025/04/03(木) 19:00〜21:00
会場: 目黒セントラルスクエア 21F
受付番号: 1028736

キャンセルする場合はイベントページから「参加をキャンセル」してください。
このメールに返信しても主催者には届きません。
"""
raw = build([
    ("Authentication-Results", auth_gmail("connpass.com", "no-reply@connpass.com", ip="153.127.40.11")),
    ("From", a("connpass", "no-reply@connpass.com")),
    ("To", ME_P),
    ("Subject", h("【connpass】「JAWS-UG 東京 #58 ― 認定資格 Tips 大会」への参加登録が完了しました")),
    ("Date", date),
    ("Message-ID", IDS["cp-1"]),
], leaf(body, cte="8bit"))
add("cp-1", raw, "unrelated", False, None, [],
    "Japanese event registration (UTF-8 8bit) about AWS certification; 7-digit receipt number.")

# 45 company IT account shutdown (JP)
date = d("2025-03-17 10:00:00", "+0900")
irt, refs = thread("it-1", outlook_id("it-1"))
body = """長谷川 涼太 様

情報システム部です。
退職に伴い、以下のアカウントを 2025年3月31日 23:59 に停止します。

・メール(r-hasegawa@kumonoito-tech.co.jp)
・Microsoft 365 / Slack / GitHub Organization

停止後 30 日間、メールの自動転送を設定することができます。
転送をご希望の場合は、転送先アドレスを 3月25日までに本メールへの返信でお知らせください。

情報システム部 ヘルプデスク
"""
raw = build([
    ("From", a("情報システム部", "it-helpdesk@kumonoito-tech.co.jp")),
    ("To", ME_C),
    ("Subject", h("【情報システム部】アカウント停止のお知らせ(3/31 23:59)")),
    ("Date", date),
    ("Message-ID", IDS["it-1"]),
], leaf(body, cte="base64"), crlf=True)
add("it-1", raw, "unrelated", False, None, [],
    "Internal IT notice asking for a reply with a forwarding address – a request, but not to support.")

# 46 console ack C
date = d("2025-03-17 05:41:12")
irt, refs = thread("c-ack", ses_id("c-ack"))
txt = """Dear Customer,

Thank you for contacting Amazon Web Services. We have opened case 174219007200366 to address
your issue.

The details of your case are as follows:

Case ID: 174219007200366
Subject: Refund request: NAT Gateway charges from a deleted test stack
Severity: General guidance
Correspondence: A CloudFormation test stack left a NAT Gateway running in ap-northeast-1 for
about two weeks in February. I deleted it on Mar 1. Is a one-time courtesy credit possible?

Thank you for choosing Amazon Web Services.

[AWS ID 482910337765]

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To update your case or contact us, please follow the link:
https://console.aws.amazon.com/support/home#/case/?displayId=174219007200366&language=en

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered
trademark of Amazon.com, Inc. or its affiliates.
"""
raw = build([
    ("Authentication-Results", auth_gmail("amazon.com", "0100019@amazonses.com")),
    ("From", CONSOLE_FROM),
    ("To", ME_P),
    ("Subject", "Amazon Web Services: New Support case: 174219007200366"),
    ("Date", date),
    ("Message-ID", IDS["c-ack"]),
], leaf(txt, charset="us-ascii", cte="7bit"))
add("c-ack", raw, "acknowledgement", False, CASE_C, [],
    "Support Center (console) 'New Support case' mail; contains a 12-digit AWS ID and a displayId link.")

# 47 console info request C (JP) with feedback footer
date = d("2025-03-18 02:27:09")
irt, refs = thread("c-info", ses_id("c-info"), "c-ack")
body = """お問い合わせいただきありがとうございます。AWS 請求担当の佐藤でございます。

お客様のアカウント(AWS ID 482910337765)の 2 月分のご請求を確認いたしました。
ap-northeast-1 リージョンの NAT ゲートウェイについて、2月10日から2月26日までの時間料金と
データ処理料金、合計 USD 38.62 が発生していることを確認しております。

今回のご請求について返金(クレジット)を検討するにあたり、以下の 2 点をご確認
いただけますでしょうか。

1. 該当の NAT ゲートウェイおよび関連する Elastic IP アドレスは、すべて削除済みでしょうか。
2. 今後同様の料金が発生しないよう、AWS Budgets などによる予算アラートを設定済みでしょうか。

ご回答は、下記のリンクからサポートセンターのケースページにてお寄せください。
本メールへのご返信ではお受けできませんのでご注意ください。

https://console.aws.amazon.com/support/home#/case/?displayId=174219007200366&language=ja

何卒よろしくお願いいたします。

佐藤
Amazon Web Services

We value your feedback. Please share your experience by rating this and other correspondences
in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right
corner of the correspondence.

Amazon Web Services, Inc. and its affiliates.
"""
raw = build([
    ("Authentication-Results", auth_gmail("amazon.com", "0100019@amazonses.com")),
    ("From", CONSOLE_FROM),
    ("To", ME_P),
    ("Subject", "RE:[CASE 174219007200366] Refund request: NAT Gateway charges from a deleted test stack"),
    ("Date", date),
    ("Message-ID", IDS["c-info"]),
    ("In-Reply-To", irt),
    ("References", refs),
], leaf(body, cte="base64"))
add("c-info", raw, "info_request", True, CASE_C, [],
    "Console case question in Japanese keigo; must be answered in the Support Center, not by mail; English feedback footer ('Please share your experience').")

# 48 Rakuten-like phishing (not AWS)
date = d("2025-03-19 07:55:31", "+0900")
irt, refs = thread("phish-4", generic_id("phish-4", "rakuten-cardsecure.com"))
body = """楽天カードをご利用のお客様

お客様のカードに第三者による不正利用の可能性がある取引が検出されました。
ご利用を一時的に制限しております。下記よりご本人様確認をお願いいたします。

https://rakuten-cardsecure.com/login?ref=8821

24時間以内にご確認いただけない場合、カードのご利用を停止させていただきます。

楽天カード株式会社
"""
raw = build([
    ("Authentication-Results", auth_gmail("rakuten-cardsecure.com", "info@rakuten-cardsecure.com", ip="103.151.28.77")),
    ("From", a("楽天カード", "info@rakuten-cardsecure.com")),
    ("To", ME_P),
    ("Subject", h("【重要】楽天カード ご利用確認のお願い")),
    ("Date", date),
    ("Message-ID", IDS["phish-4"]),
], leaf(body, cte="8bit"))
add("phish-4", raw, "unrelated", False, None, [],
    "Phishing that does NOT claim to be AWS (card company lookalike) – by the label rules this is 'unrelated', not 'suspicious'.")

# 49 console closing notice C
date = d("2025-03-21 02:30:44")
irt, refs = thread("c-close", ses_id("c-close"), "c-info")
txt = """Hello,

We haven't heard back from you regarding case 174219007200366. If we don't receive a response
within the next 3 days, the case will be resolved automatically.

Once a case has been resolved for 14 days it can no longer be reopened, so if you still need
help, add a correspondence to the case in the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=174219007200366&language=en

Best regards,
Amazon Web Services

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
"""
raw = build([
    ("Authentication-Results", auth_gmail("amazon.com", "0100019@amazonses.com")),
    ("From", CONSOLE_FROM),
    ("To", ME_P),
    ("Subject", "RE:[CASE 174219007200366] Refund request: NAT Gateway charges from a deleted test stack"),
    ("Date", date),
    ("Message-ID", IDS["c-close"]),
    ("In-Reply-To", irt),
    ("References", refs),
], leaf(txt, charset="us-ascii", cte="7bit"))
add("c-close", raw, "closing_notice", True, CASE_C, [],
    "Console auto-resolve warning; the answer must go through the Support Center; 'cannot accept incoming e-mails' footer.")

# 50 suspicious Credly lookalike
date = d("2025-03-22 13:14:15")
irt, refs = thread("phish-5", generic_id("phish-5", "credly-notifications.net"))
html = """<html><body>
<p>Hi,</p>
<p><b>Amazon Web Services Training and Certification</b> has sent you a badge, but it will expire if not claimed.</p>
<p>Because your AWS certification account was recently merged, you must re-verify your AWS sign-in to keep your badges.</p>
<p><a href="https://credly-notifications.net/aws/claim?u=ryota">Re-verify and claim badge</a></p>
<p>Credly Team</p>
</body></html>
"""
raw = build([
    ("Authentication-Results", auth_gmail("credly-notifications.net", "mailer@credly-notifications.net", ip="45.140.17.201")),
    ("From", "Credly <badges@credly-notifications.net>"),
    ("To", ME_P),
    ("Subject", "Your AWS badge will expire - re-verify your account"),
    ("Date", date),
    ("Message-ID", IDS["phish-5"]),
], leaf(html, "html", charset="us-ascii", cte="7bit"))
add("phish-5", raw, "suspicious", False, None, [],
    "Credly lookalike domain claiming an AWS T&C badge, referencing the recent merge.")

# 51 console info request C #2 (bare question)
date = d("2025-03-22 23:58:02")
irt, refs = thread("c-info2", ses_id("c-info2"), "c-close")
txt = """Hello Ryota,

Thanks for the update in the Support Center - I can see the NAT Gateway and its Elastic IP are
gone and that a monthly budget alert now exists.

One last thing before I submit the credit request: was the stack created by you, or by someone
else who has access to this account (for example, through an IAM user or a CI pipeline)?

You can answer on the case page:
https://console.aws.amazon.com/support/home#/case/?displayId=174219007200366&language=en

Best regards,
Tomasz K.
Amazon Web Services

We value your feedback. Please share your experience by rating this and other correspondences
in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right
corner of the correspondence.

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
"""
raw = build([
    ("Authentication-Results", auth_gmail("amazon.com", "0100019@amazonses.com")),
    ("From", CONSOLE_FROM),
    ("To", ME_P),
    ("Subject", "RE:[CASE 174219007200366] Refund request: NAT Gateway charges from a deleted test stack"),
    ("Date", date),
    ("Message-ID", IDS["c-info2"]),
    ("In-Reply-To", irt),
    ("References", refs),
], leaf(txt, charset="us-ascii", cte="7bit"))
add("c-info2", raw, "info_request", True, CASE_C, [],
    "Console follow-up: progress acknowledgement then a bare either/or question; feedback footer carries the only 'Please'.")

# 52 console resolved C
date = d("2025-03-24 06:11:38")
irt, refs = thread("c-res", ses_id("c-res"), "c-info2")
txt = """Hello Ryota,

Thank you for confirming. I've applied a one-time courtesy credit of USD 38.62 to account
482910337765; it will appear on your March invoice under "Credits".

I've set this case to resolved. If anything else comes up, you can reopen it from the Support
Center within 14 days.

Best regards,
Tomasz K.
Amazon Web Services

We value your feedback. Please share your experience by rating this and other correspondences
in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right
corner of the correspondence.

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To contact us, please follow the link:
https://console.aws.amazon.com/support/home#/case/?displayId=174219007200366&language=en
"""
raw = build([
    ("Authentication-Results", auth_gmail("amazon.com", "0100019@amazonses.com")),
    ("From", CONSOLE_FROM),
    ("To", ME_P),
    ("Subject", "RE:[CASE 174219007200366] Refund request: NAT Gateway charges from a deleted test stack"),
    ("Date", date),
    ("Message-ID", IDS["c-res"]),
    ("In-Reply-To", irt),
    ("References", refs),
], leaf(txt, charset="us-ascii", cte="quoted-printable"))
add("c-res", raw, "resolved", False, CASE_C, [],
    "Console case resolved with feedback footer and reopen hint; 12-digit account ID in body.")

# 53 console survey C
date = d("2025-03-25 06:20:00")
irt, refs = thread("c-survey", ses_id("c-survey"))
txt = """Hello,

Your AWS Support case 174219007200366 was recently resolved.

Please take a moment to tell us about your experience. Your feedback helps us improve
AWS Support.

  Take the survey: https://amazonwebservices.qualtrics.com/jfe/form/SV_aws?case=174219007200366

Thank you,
AWS Support

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
"""
raw = build([
    ("Authentication-Results", auth_gmail("amazon.com", "0100019@amazonses.com")),
    ("From", CONSOLE_FROM),
    ("To", ME_P),
    ("Subject", "Amazon Web Services: Tell us about your support experience (case 174219007200366)"),
    ("Date", date),
    ("Message-ID", IDS["c-survey"]),
], leaf(txt, charset="us-ascii", cte="7bit"))
add("c-survey", raw, "survey", False, CASE_C, [],
    "Console survey with 'Please take a moment'; case number only in parentheses and body.")

# 54 user reply A — new subject, threaded only by In-Reply-To
date = d("2025-04-02 08:51:17", "+0900")
irt, refs = thread("a-r4", gmail_id("a-r4"), "a-res")
body = """Hi Priya,

Thanks again for the merge. Signing in as AWS08812450 I can see SAA and DVA, but my very first
exam - Cloud Practitioner, taken in June 2021 when I was still a student - isn't in the exam
history. Could it be sitting in yet another account?

Ryota

On Tue, Mar 11, 2025 at 2:47 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> Hi Ryota,
>
> I have successfully merged your accounts. Everything that was under the Kumonoito account
> (AWS03318265) now sits under AWS08812450 / ryota.hasegawa.dev@gmail.com: exam history, active
> certifications and benefits, including your 50% exam discount.
>
> No further action is required on your part. If you have anything to add, you can reply to this
> email and it will come straight back to us.
"""
raw = build([
    ("From", ME_P_FROM),
    ("To", TC),
    ("Subject", "Missing exam history after merge"),
    ("Date", date),
    ("Message-ID", IDS["a-r4"]),
    ("In-Reply-To", irt),
    ("References", refs),
], leaf(body, charset="us-ascii", cte="7bit"))
add("a-r4", raw, "user_reply", False, CASE_A, ["AWS08812450"],
    "User reopens the resolved case with a NEW subject (no case token); linked only by In-Reply-To/References.")

# 55 case update A — reopened
date = d("2025-04-01 23:53:40")
irt, refs = thread("a-reopen", ses_id("a-reopen"), "a-r4")
txt = """Hello,

Case 174096675104528 has been reopened because we received new correspondence from you.
An agent will review it and get back to you, usually within 24 hours.

Amazon Web Services
"""
raw = build([
    ("Authentication-Results", auth_gmail("amazon.com", "0100019@amazonses.com")),
    ("From", TC_FROM),
    ("To", ME_P),
    ("Subject", subj_case(CASE_A, "RE:")),
    ("Date", date),
    ("Message-ID", IDS["a-reopen"]),
    ("In-Reply-To", irt),
    ("References", refs),
], leaf(txt, charset="us-ascii", cte="7bit"))
add("a-reopen", raw, "case_update", False, CASE_A, [],
    "Short automatic 'case reopened' notice – looks like an acknowledgement but is on an existing case.")

# 56 JP tech digest
date = d("2025-04-03 07:00:00", "+0900")
irt, refs = thread("nl-3", generic_id("nl-3", "devdigest.jp"))
body = """Developers Digest JP 2025-04-03

■ 今週の人気記事
・AWS 認定の 50% 割引バウチャー、転職時に消えないようにする方法
・GitHub Actions の OIDC で AWS にデプロイする最小構成
・ケース番号で追う、サポート問い合わせの上手な書き方

■ お知らせ
アンケートにご協力ください(所要 3 分): https://devdigest.jp/q/2504
抽選で 10 名様に Amazon ギフトカード 3,000 円分をプレゼント。

配信停止はこちら: https://devdigest.jp/unsub
"""
raw = build([
    ("Authentication-Results", auth_gmail("devdigest.jp", "mail@devdigest.jp", ip="160.16.42.8")),
    ("From", a("Developers Digest JP", "mail@devdigest.jp")),
    ("To", ME_P),
    ("Subject", h("Developers Digest JP | AWS 認定バウチャーを転職時に失わない方法 ほか")),
    ("Date", date),
    ("Message-ID", IDS["nl-3"]),
], leaf(body, cte="quoted-printable"))
add("nl-3", raw, "unrelated", False, None, [],
    "Japanese digest with AWS certification headline and a survey request (アンケートにご協力ください) – not a support survey.")

# 57 info request A — mixed news + ask, subject without token, case ID in footer
date = d("2025-04-03 04:18:26")
irt, refs = thread("a-info3", ses_id("a-info3"), "a-reopen")
txt = """Hi Ryota,

Haruka here, I've taken over your case from Priya.

You were right to ask. I searched CertMetrics by your name and date of birth and found a third
certification account, AWS05527719. It was created in 2021 with the address
hasegawa.ryota.19@st.hokuryo-u.ac.jp and holds the Cloud Practitioner exam from June 2021.
Because it wasn't listed in your original request it wasn't part of the merge, which is why the
exam is missing from AWS08812450.

I'd be happy to add it, but we only merge accounts with the owner's consent, and this one was
registered with a university address that we haven't heard from. I've also re-checked your
benefits while I was in there: the 50% discount is showing correctly on AWS08812450, so that
part is fine.

What I need to know before going further: is AWS05527719 your account, and do you still have
access to the university mailbox?

Best,
Haruka M.
AWS Training and Certification Customer Service
Ref: case 174096675104528
"""
raw = build([
    ("Authentication-Results", auth_gmail("amazon.com", "0100019@amazonses.com")),
    ("From", TC_FROM),
    ("To", ME_P),
    ("Subject", "RE: Missing exam history after merge"),
    ("Date", date),
    ("Message-ID", IDS["a-info3"]),
    ("In-Reply-To", irt),
    ("References", refs),
], leaf(txt, charset="us-ascii", cte="7bit"))
add("a-info3", raw, "info_request", True, CASE_A, ["AWS05527719", "AWS08812450"],
    "Mixed mail: findings and good news first, then 'What I need to know…' questions; subject has no case token (case only in footer 'Ref: case …').")

# 58 user reply A
date = d("2025-04-03 22:10:05", "+0900")
irt, refs = thread("a-r5", gmail_id("a-r5"), "a-info3")
body = """Hi Haruka,

Yes, AWS05527719 is mine - I used my university address as a student. That mailbox was closed
when I graduated in 2023, so I can't access it any more. I'd like the Cloud Practitioner record
moved to my current account.

Thank you for digging this up!

Ryota

On Thu, Apr 3, 2025 at 1:18 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> What I need to know before going further: is AWS05527719 your account, and do you still have
> access to the university mailbox?
"""
raw = build([
    ("From", ME_P_FROM),
    ("To", TC),
    ("Subject", "Re: RE: Missing exam history after merge"),
    ("Date", date),
    ("Message-ID", IDS["a-r5"]),
    ("In-Reply-To", irt),
    ("References", refs),
], leaf(body, charset="us-ascii", cte="7bit"))
add("a-r5", raw, "user_reply", False, CASE_A, ["AWS05527719"],
    "User answer without case token in subject; threaded by References only.")

# 59 confirmation request A — no token, no number, bare question
date = d("2025-04-04 02:02:51")
irt, refs = thread("a-conf2", ses_id("a-conf2"), "a-r5")
txt = """Hi Ryota,

Thanks - since the university mailbox no longer exists I'll go by the exam record and your
details instead. Here's what I'd do:

  AWS05527719  (hasegawa.ryota.19@st.hokuryo-u.ac.jp, Cloud Practitioner 2021)
      -> merged into ->
  AWS08812450  (ryota.hasegawa.dev@gmail.com)

AWS05527719 will be closed afterwards and can't be signed into again.

Good to go?

Haruka M.
"""
raw = build([
    ("Authentication-Results", auth_gmail("amazon.com", "0100019@amazonses.com")),
    ("From", TC_FROM),
    ("To", ME_P),
    ("Subject", "RE: Re: RE: Missing exam history after merge"),
    ("Date", date),
    ("Message-ID", IDS["a-conf2"]),
    ("In-Reply-To", irt),
    ("References", refs),
], leaf(txt, charset="us-ascii", cte="7bit"))
add("a-conf2", raw, "confirmation_request", True, CASE_A, ["AWS05527719", "AWS08812450"],
    "Merge confirmation as a two-word question ('Good to go?'); no case token or number anywhere – only References.")

# 60 user reply — short
date = d("2025-04-04 11:31:10", "+0900")
irt, refs = thread("a-r6", gmail_id("a-r6"), "a-conf2")
body = """Yes, go ahead. Thanks!

Ryota

On Fri, Apr 4, 2025 at 11:02 AM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> Good to go?
"""
raw = build([
    ("From", ME_P_FROM),
    ("To", TC),
    ("Subject", "Re: RE: Re: RE: Missing exam history after merge"),
    ("Date", date),
    ("Message-ID", IDS["a-r6"]),
    ("In-Reply-To", irt),
    ("References", refs),
], leaf(body, charset="us-ascii", cte="7bit"))
add("a-r6", raw, "user_reply", False, CASE_A, [],
    "Very short user confirmation without case token.")

# 61 resolved A #2 — base64, survey footer, quoted request
date = d("2025-04-04 05:40:09")
irt, refs = thread("a-res2", ses_id("a-res2"), "a-r6")
txt = """Hi Ryota,

Done. The Cloud Practitioner exam from June 2021 and its certification record are now part of
AWS08812450, and AWS05527719 has been closed. Your exam history should show all three exams
when you next sign in.

I've set the case back to resolved.

Haruka M.
AWS Training and Certification Customer Service

How did we do? We'd love to hear about your experience with this case:
https://survey.aws-tc.amazon.com/r?c=174096675104528

> Good to go?
"""
html = """<html><body>
<p>Hi Ryota,</p>
<p>Done. The Cloud Practitioner exam from June 2021 and its certification record are now part of AWS08812450, and AWS05527719 has been closed. Your exam history should show all three exams when you next sign in.</p>
<p>I've set the case back to resolved.</p>
<p>Haruka M.<br>AWS Training and Certification Customer Service</p>
<p style="font-size:12px">How did we do? We'd love to hear about your experience with this case: <a href="https://survey.aws-tc.amazon.com/r?c=174096675104528">rate us</a></p>
<blockquote style="border-left:2px solid #ccc;padding-left:6px">Good to go?</blockquote>
</body></html>
"""
raw = build([
    ("Authentication-Results", auth_gmail("amazon.com", "0100019@amazonses.com")),
    ("From", TC_FROM),
    ("To", ME_P),
    ("Subject", subj_case(CASE_A, "RE:")),
    ("Date", date),
    ("Message-ID", IDS["a-res2"]),
    ("In-Reply-To", irt),
    ("References", refs),
], multi("alternative", [leaf(txt, cte="base64"), leaf(html, "html", cte="base64")], "=_b64_res2"))
add("a-res2", raw, "resolved", False, CASE_A, ["AWS08812450", "AWS05527719"],
    "Second resolution (reopened case), base64 parts, survey footer phrased as a question, quoted 'Good to go?' below.")

# 62 certmetrics expiry reminder
date = d("2025-04-06 15:03:22")
irt, refs = thread("cert-2", generic_id("cert-2", "certmetrics.com"))
txt = """Dear Ryota Hasegawa,

Your AWS Certified Developer - Associate certification will expire on June 5, 2025.

To maintain your certification, pass the current version of the exam before the expiration date.
Your 50% discount benefit can be applied when you schedule.

  Recertify: https://www.aws.training/Certification

If your certification expires, you will need to take the exam again to regain it.

AWS Certification
Please do not reply to this email.
"""
raw = build([
    ("Authentication-Results", auth_gmail("certmetrics.com", "do-not-reply@certmetrics.com", ip="52.4.118.2")),
    ("From", "AWS Certification <do-not-reply@certmetrics.com>"),
    ("To", ME_P),
    ("Subject", "Your AWS Certification expires in 60 days"),
    ("Date", date),
    ("Message-ID", IDS["cert-2"]),
], leaf(txt, charset="us-ascii", cte="7bit"))
add("cert-2", raw, "certification", False, None, [],
    "Certification expiry reminder with an action (recertify) that is not a reply to support.")

# 63 ack F (JP, ISO-2022-JP)
date = d("2025-04-08 00:26:40")
irt, refs = thread("f-ack", ses_id("f-ack"))
body = """長谷川 様

アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。
ケース 174407200001872 を作成いたしました。

ケース ID: 174407200001872
件名: [AWS Training and Certification Form Submission] - account-assistance
重要度: 一般的なご質問
お問い合わせ内容:
4月21日に SAA の再認定試験を予約しています。認定アカウントの氏名が「Ryota Hasegawa」と
なっていますが、パスポートは「HASEGAWA RYOTA」です。このままで受験できるでしょうか。
必要であれば氏名の変更をお願いします。

通常24時間以内にご連絡いたします。
すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。
補足事項がございましたら、本メールにご返信ください。

Amazon Web Services
"""
raw = build([
    ("Authentication-Results", auth_gmail("amazon.com", "0100019@amazonses.com")),
    ("From", TC_FROM),
    ("To", ME_P),
    ("Subject", h(subj_case(CASE_F, "RE: "), "iso-2022-jp")),
    ("Date", date),
    ("Message-ID", IDS["f-ack"]),
], leaf(body, charset="iso-2022-jp", cte="7bit"))
add("f-ack", raw, "acknowledgement", False, CASE_F, [],
    "Japanese acknowledgement (ISO-2022-JP) for a non-merge case; the quoted form text contains the user's own question; conditional 'ご返信ください'.")

# 64 info request F — HTML-only table, JP keigo
date = d("2025-04-09 03:44:58")
irt, refs = thread("f-info", ses_id("f-info"), "f-ack")
html = """<html><head><meta charset="utf-8"></head><body style="font-family:'Hiragino Sans',Meiryo,sans-serif">
<p>長谷川 涼太 様</p>
<p>AWS トレーニングと認定カスタマーサービスの森でございます。<br>
お問い合わせいただき誠にありがとうございます。</p>
<p>試験当日は、認定アカウントに登録されている氏名と本人確認書類の氏名が一致している必要がございます。
お客様のアカウント(AWS08812450)の氏名を変更するため、下記の項目について本メールへのご返信にてお知らせいただけますでしょうか。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr style="background:#f2f3f3"><th>項目</th><th>ご記入内容</th></tr>
<tr><td>本人確認書類に記載の氏名(ローマ字、書類の表記どおり)</td><td>&nbsp;</td></tr>
<tr><td>本人確認書類の種類(パスポート等)</td><td>&nbsp;</td></tr>
<tr><td>受験予定日</td><td>&nbsp;</td></tr>
</table>
<p>ご確認のほど、よろしくお願いいたします。</p>
<p>森<br>AWS Training and Certification Customer Service</p>
</body></html>
"""
raw = build([
    ("Authentication-Results", auth_gmail("amazon.com", "0100019@amazonses.com")),
    ("From", TC_FROM),
    ("To", ME_P),
    ("Subject", subj_case(CASE_F, "RE:")),
    ("Date", date),
    ("Message-ID", IDS["f-info"]),
    ("In-Reply-To", irt),
    ("References", refs),
], leaf(html, "html", cte="quoted-printable"))
add("f-info", raw, "info_request", True, CASE_F, ["AWS08812450"],
    "HTML-only Japanese request with an empty form table to fill in by reply; keigo いただけますでしょうか.")

# 65 Pearson VUE EN reminder
date = d("2025-04-10 01:00:00")
irt, refs = thread("pv-2", generic_id("pv-2", "pearson.com"))
txt = """Dear Ryota Hasegawa,

This is a reminder of your upcoming exam appointment.

Exam: SAA-C03: AWS Certified Solutions Architect - Associate
Date: Monday, April 21, 2025 10:00 JST
Location: Tokyo Yaesu Test Center
Registration ID: 482057193

Please confirm that the name on your ID exactly matches the name in your profile. If it does
not, contact AWS Training and Certification before your appointment.

Pearson VUE
This mailbox is not monitored.
"""
raw = build([
    ("Authentication-Results", auth_gmail("pearson.com", "pvams@pearsonvue.com", ip="148.105.8.14")),
    ("From", "Pearson VUE <pvams@pearson.com>"),
    ("To", ME_P),
    ("Subject", "Reminder: your AWS exam appointment on April 21, 2025"),
    ("Date", date),
    ("Message-ID", IDS["pv-2"]),
], leaf(txt, charset="us-ascii", cte="7bit"))
add("pv-2", raw, "unrelated", False, None, [],
    "Exam-vendor reminder with 'Please confirm that the name on your ID…' and a 9-digit registration ID.")

# 66 LinkedIn
date = d("2025-04-12 09:30:17")
irt, refs = thread("li-1", generic_id("li-1", "linkedin.com"))
txt = """Ryota, congratulate Shunsuke on their work anniversary

Shunsuke Oda - Senior Cloud Engineer at Kumonoito Technologies
Celebrating 5 years

Say congrats: https://www.linkedin.com/feed/update/urn:li:activity:7314

You have 3 new invitations and 12 people viewed your profile this week.

This email was intended for Ryota Hasegawa.
Unsubscribe: https://www.linkedin.com/e/v2?e=9s1
"""
raw = build([
    ("Authentication-Results", auth_gmail("linkedin.com", "s-9s1@bounce.linkedin.com", ip="108.174.0.215")),
    ("From", "LinkedIn <messages-noreply@linkedin.com>"),
    ("To", ME_P),
    ("Subject", "Ryota, congratulate Shunsuke on their work anniversary"),
    ("Date", date),
    ("Message-ID", IDS["li-1"]),
], leaf(txt, charset="us-ascii", cte="7bit"))
add("li-1", raw, "unrelated", False, None, [],
    "Social notification, plain noise.")

# 67 closing notice F (JP, has been closed, plain ください)
date = d("2025-04-16 00:12:31")
irt, refs = thread("f-close", ses_id("f-close"), "f-info")
body = """長谷川様

4月9日にお送りしたメールへのご返信が確認できなかったため、本ケースはクローズしました。

氏名の変更が引き続き必要な場合は、このメールに返信してください。ケースが再開され、
担当者が対応を続けます。受験日が近いため、早めのご返信をおすすめします。

AWS トレーニングと認定 カスタマーサービス
"""
raw = build([
    ("Authentication-Results", auth_gmail("amazon.com", "0100019@amazonses.com")),
    ("From", TC_FROM),
    ("To", ME_P),
    ("Subject", h(subj_case(CASE_F, "RE:"))),
    ("Date", date),
    ("Message-ID", IDS["f-close"]),
    ("In-Reply-To", irt),
    ("References", refs),
], leaf(body, cte="8bit"))
add("f-close", raw, "closing_notice", True, CASE_F, [],
    "Japanese 'case has been closed' notice (past tense); a reply reopens it; plain 〜してください.")

# 68 user reply F (JP Gmail)
date = d("2025-04-16 10:41:55", "+0900")
irt, refs = thread("f-reply", gmail_id("f-reply"), "f-close")
body = """森様

ご連絡が遅くなり失礼いたしました。長谷川です。
引き続き氏名の変更をお願いいたします。

・本人確認書類に記載の氏名: HASEGAWA RYOTA
・本人確認書類の種類: パスポート
・受験予定日: 2025年4月21日
・AWS 候補 ID: AWS08812450

よろしくお願いいたします。

長谷川 涼太

2025年4月16日(水) 9:12 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> 長谷川様
>
> 4月9日にお送りしたメールへのご返信が確認できなかったため、本ケースはクローズしました。
>
> 氏名の変更が引き続き必要な場合は、このメールに返信してください。ケースが再開され、
> 担当者が対応を続けます。
"""
raw = build([
    ("From", a("長谷川 涼太", ME_P)),
    ("To", TC),
    ("Subject", h("Re: " + subj_case(CASE_F, "RE:"))),
    ("Date", date),
    ("Message-ID", IDS["f-reply"]),
    ("In-Reply-To", irt),
    ("References", refs),
], leaf(body, cte="8bit"))
add("f-reply", raw, "user_reply", False, CASE_F, ["AWS08812450"],
    "Japanese user reply with Gmail JP quote header (2025年4月16日(水) … :) quoting a closing notice.")

# 69 case update F (JP)
date = d("2025-04-17 02:05:47")
irt, refs = thread("f-upd", ses_id("f-upd"), "f-reply")
body = """長谷川様

ご返信ありがとうございます。ケースを再開いたしました。

ご提示いただいた内容で、氏名を「HASEGAWA RYOTA」へ変更する手続きを開始しております。
試験配信システムへの反映には最大 48 時間ほどかかる見込みです。反映が確認でき次第、
改めてご連絡いたします。

森
AWS Training and Certification Customer Service
"""
raw = build([
    ("Authentication-Results", auth_gmail("amazon.com", "0100019@amazonses.com")),
    ("From", TC_FROM),
    ("To", ME_P),
    ("Subject", h(subj_case(CASE_F, "RE:"))),
    ("Date", date),
    ("Message-ID", IDS["f-upd"]),
    ("In-Reply-To", irt),
    ("References", refs),
], leaf(body, cte="quoted-printable"))
add("f-upd", raw, "case_update", False, CASE_F, [],
    "Japanese progress update (reopened, change in progress, will write again); asks nothing.")

# 70 Builder ID password changed
date = d("2025-04-18 12:40:03")
irt, refs = thread("bid-2", ses_id("bid-2"))
txt = """Your AWS Builder ID password was changed

The password for the AWS Builder ID associated with ryota.hasegawa.dev@gmail.com was changed on
April 18, 2025 at 12:39 UTC.

If you made this change, no further action is required.
If you didn't, reset your password immediately at https://profile.aws.amazon.com and contact us.
"""
raw = build([
    ("Authentication-Results", auth_gmail("signin.aws", "0100019@signin.aws")),
    ("From", "AWS Builder ID <no-reply@signin.aws>"),
    ("To", ME_P),
    ("Subject", "Your AWS Builder ID password was changed"),
    ("Date", date),
    ("Message-ID", IDS["bid-2"]),
], leaf(txt, charset="us-ascii", cte="7bit"))
add("bid-2", raw, "unrelated", False, None, [],
    "Builder ID security notice with 'no further action is required' and a conditional action.")

# 71 resolved F (JP base64)
date = d("2025-04-19 01:18:12")
irt, refs = thread("f-res", ses_id("f-res"), "f-upd")
body = """長谷川様

お待たせいたしました。認定アカウントの氏名を「HASEGAWA RYOTA」に変更し、試験配信システムへの
反映も完了いたしました。4月21日の試験はこのままご受験いただけます。

本件はこれにて解決とさせていただきます。
ご不明な点がございましたら、お気軽に本メールへご返信ください。

試験のご健闘をお祈りしております。

森
AWS Training and Certification Customer Service

----- 以前のメッセージ -----
> 下記の項目について本メールへのご返信にてお知らせいただけますでしょうか。
> ・本人確認書類に記載の氏名(ローマ字、書類の表記どおり)
> ・本人確認書類の種類(パスポート等)
> ・受験予定日
"""
raw = build([
    ("Authentication-Results", auth_gmail("amazon.com", "0100019@amazonses.com")),
    ("From", TC_FROM),
    ("To", ME_P),
    ("Subject", h(subj_case(CASE_F, "RE:"))),
    ("Date", date),
    ("Message-ID", IDS["f-res"]),
    ("In-Reply-To", irt),
    ("References", refs),
], leaf(body, cte="base64"))
add("f-res", raw, "resolved", False, CASE_F, [],
    "Japanese resolution with conditional 〜がございましたら…ご返信ください and the old keigo request quoted below.")

# 72 survey F (JP)
date = d("2025-04-20 01:00:00")
irt, refs = thread("f-survey", ses_id("f-survey"))
body = """長谷川様

先日はAWS トレーニングと認定カスタマーサービスをご利用いただき、ありがとうございました。
ケース 174407200001872 の対応について、アンケートへのご協力をお願いできますでしょうか。
(所要時間 1 分)

  アンケートに回答する: https://survey.aws-tc.amazon.com/r?c=174407200001872&lang=ja

いただいたご意見は、サービス向上のために活用させていただきます。

※本メールは送信専用アドレスから送信しております。
"""
raw = build([
    ("Authentication-Results", auth_gmail("amazon.com", "0100019@amazonses.com")),
    ("From", a("AWS トレーニングと認定", "customer-survey@amazon.com")),
    ("To", ME_P),
    ("Subject", h("【アンケートのお願い】AWS トレーニングと認定サポートのご利用について")),
    ("Date", date),
    ("Message-ID", IDS["f-survey"]),
], leaf(body, cte="8bit"))
add("f-survey", raw, "survey", False, CASE_F, [],
    "Japanese survey phrased as a keigo request (お願いできますでしょうか); case number only in body.")

# 73 certmetrics recertification congrats
date = d("2025-04-22 10:22:45")
irt, refs = thread("cert-3", generic_id("cert-3", "certmetrics.com"))
txt = """Congratulations on recertifying your AWS Certification!

Dear Ryota Hasegawa,

You have successfully recertified as an AWS Certified Solutions Architect - Associate.
Your new expiration date is April 21, 2028.

Your digital badge will be updated on Credly within 24 hours.
Validation number: QX8K2MB1L2F41P3T

AWS Certification
"""
raw = build([
    ("Authentication-Results", auth_gmail("certmetrics.com", "do-not-reply@certmetrics.com", ip="52.4.118.2")),
    ("From", "AWS Certification <do-not-reply@certmetrics.com>"),
    ("To", ME_P),
    ("Subject", "Congratulations on recertifying your AWS Certification!"),
    ("Date", date),
    ("Message-ID", IDS["cert-3"]),
], leaf(txt, charset="us-ascii", cte="7bit"))
add("cert-3", raw, "certification", False, None, [],
    "Recertification notice from certmetrics.")

# 74 GitHub dependabot merged (personal)
date = d("2025-04-23 03:11:29")
irt, refs = thread("gh-2", "<ryota-h/dotfiles/pull/12/issue_event_17201@github.com>")
txt = """Merged #12 into main.

Bumps actions/checkout from 4.1.7 to 4.2.2.

--
Reply to this email directly, view it on GitHub:
https://github.com/ryota-h/dotfiles/pull/12#event-17201
You are receiving this because you modified the open/close state.
"""
raw = build([
    ("Authentication-Results", auth_gmail("github.com", "noreply@github.com", ip="192.30.252.201")),
    ("From", "dependabot[bot] <notifications@github.com>"),
    ("To", "ryota-h/dotfiles <dotfiles@noreply.github.com>"),
    ("Cc", ME_P_FROM + ", State change <state_change@noreply.github.com>"),
    ("Subject", "Re: [ryota-h/dotfiles] Bump actions/checkout from 4.1.7 to 4.2.2 (PR #12)"),
    ("Date", date),
    ("Message-ID", IDS["gh-2"]),
], leaf(txt, charset="us-ascii", cte="7bit"))
add("gh-2", raw, "unrelated", False, None, [],
    "Second GitHub 'Merged' notification, personal address.")

# 75 suspicious console phish (dmarc fail)
date = d("2025-04-24 01:00:00")
irt, refs = thread("phish-6", "<4e1d7b20.0a2c@smtp-out.ovh-cloudmail.net>")
txt = """Dear Customer,

Thank you for contacting Amazon Web Services. We have opened case 174545640002219 to address
your issue.

Case ID: 174545640002219
Subject: Account suspension - unpaid balance
Severity: Urgent

Your account will be suspended within 48 hours unless you update your payment information:
https://console-aws-billing.support/update?case=174545640002219

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
"""
raw = build([
    ("Authentication-Results", auth_gmail("amazon.com", "bounce@ovh-cloudmail.net", ok=False, ip="51.68.11.203")),
    ("From", CONSOLE_FROM),
    ("To", ME_P),
    ("Subject", "Amazon Web Services: New Support case: 174545640002219"),
    ("Date", date),
    ("Message-ID", IDS["phish-6"]),
], leaf(txt, charset="us-ascii", cte="7bit"))
add("phish-6", raw, "suspicious", False, None, [],
    "Console-style 'New Support case' from the real console sender but dmarc=fail, with a link to a lookalike domain.")

# 76 AWS marketing EN
date = d("2025-04-25 16:00:00")
irt, refs = thread("mkt-2", ses_id("mkt-2"))
txt = """Get certified this spring

Ryota, take the next step in your cloud career. For a limited time, AWS Skill Builder
subscribers get access to new exam prep for AWS Certified Solutions Architect - Professional.

Start preparing: https://skillbuilder.aws/exam-prep?trk=em_0425

Questions? Reply to this email and an AWS team member will get back to you.

Amazon Web Services, Inc., 410 Terry Ave N, Seattle, WA 98109
Unsubscribe: https://pages.awscloud.com/unsubscribe
"""
raw = build([
    ("Authentication-Results", auth_gmail("amazon.com", "bounce@marketing.aws", ip="52.94.112.8")),
    ("From", "Amazon Web Services <aws-marketing-email-replies@amazon.com>"),
    ("To", ME_P),
    ("Subject", "Ryota, your next AWS Certification starts here"),
    ("Date", date),
    ("Message-ID", IDS["mkt-2"]),
], leaf(txt, charset="us-ascii", cte="7bit"))
add("mkt-2", raw, "unrelated", False, None, [],
    "Genuine AWS marketing with 'Reply to this email' invitation and certification wording.")

# 77 Skill Builder receipt
date = d("2025-04-26 02:13:44")
irt, refs = thread("sb-1", ses_id("sb-1"))
txt = """Thank you for your purchase

AWS Skill Builder Individual subscription - monthly
Order number: SB-2025-0426-771043
Amount: USD 29.00
Billing period: April 26, 2025 - May 25, 2025

Manage your subscription: https://skillbuilder.aws/subscription

AWS Training and Certification
"""
raw = build([
    ("Authentication-Results", auth_gmail("aws.training", "bounces@aws.training")),
    ("From", "AWS Skill Builder <no-reply@aws.training>"),
    ("To", ME_P),
    ("Subject", "Your AWS Skill Builder receipt"),
    ("Date", date),
    ("Message-ID", IDS["sb-1"]),
], leaf(txt, charset="us-ascii", cte="7bit"))
add("sb-1", raw, "unrelated", False, None, [],
    "Skill Builder receipt from the training platform.")

# 78 case update A — Credly reissue follow-up
date = d("2025-04-28 04:44:17")
irt, refs = thread("a-upd2", ses_id("a-upd2"), "a-res2")
txt = """Hi Ryota,

A quick follow-up on your resolved case: during a routine check we noticed the Cloud
Practitioner badge from your 2021 account had not been re-issued to Credly after the second
merge. I've triggered the re-issue today; you should get the badge mail from Credly shortly.

This is just for your information - nothing is required from you and the case remains resolved.

Haruka M.
AWS Training and Certification Customer Service
"""
raw = build([
    ("Authentication-Results", auth_gmail("amazon.com", "0100019@amazonses.com")),
    ("From", TC_FROM),
    ("To", ME_P),
    ("Subject", subj_case(CASE_A, "RE:")),
    ("Date", date),
    ("Message-ID", IDS["a-upd2"]),
    ("In-Reply-To", irt),
    ("References", refs),
], leaf(txt, charset="us-ascii", cte="7bit"), crlf=True)
add("a-upd2", raw, "case_update", False, CASE_A, [],
    "Unsolicited follow-up on a resolved case with news only; mentions 'resolved' but is an update (CRLF).")

# 79 calendar invite from new employer (JP)
date = d("2025-04-28 18:00:00", "+0900")
irt, refs = thread("cal-1", generic_id("cal-1", "google.com"))
body = """長谷川 涼太さん

入社オリエンテーション(2日目)に招待されています

日時: 2025年5月7日(水) 10:00〜12:00 (日本標準時)
場所: 本社 8F 会議室 A / Google Meet
主催者: 人事 佐々木

出席しますか? はい - 未定 - いいえ
https://calendar.google.com/calendar/event?action=RESPOND&eid=bWV0aDE

Google カレンダーからの招待状
"""
raw = build([
    ("Authentication-Results", auth_gmail("hoshizora-cloud.co.jp", "calendar-notification@google.com", ip="209.85.220.73")),
    ("From", a("佐々木 美穂 (Google カレンダー)", "m-sasaki@hoshizora-cloud.co.jp")),
    ("To", ME_P),
    ("Subject", h("招待: 入社オリエンテーション(2日目) - 2025年5月7日(水) 10:00〜12:00")),
    ("Date", date),
    ("Message-ID", IDS["cal-1"]),
], leaf(body, cte="quoted-printable"))
add("cal-1", raw, "unrelated", False, None, [],
    "Japanese calendar invitation asking 出席しますか? – a question, but not from support.")

# 80 AWS free tier alert
date = d("2025-04-30 22:10:51")
irt, refs = thread("ft-1", ses_id("ft-1"))
txt = """AWS Free Tier usage alert

Your AWS account 482910337765 has exceeded 85% of the usage limit for one or more AWS Free Tier
offers for the month of April.

Product: Amazon Elastic Compute Cloud
Usage so far: 640 Hrs of 750 Hrs

To learn more about your Free Tier usage, visit the Billing and Cost Management console.
To stop receiving these alerts, update your Billing preferences.

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
"""
raw = build([
    ("Authentication-Results", auth_gmail("amazon.com", "0100019@amazonses.com")),
    ("From", "AWS Free Tier <freetier@costalerts.amazonaws.com>"),
    ("To", ME_P),
    ("Subject", "AWS Free Tier limit alert"),
    ("Date", date),
    ("Message-ID", IDS["ft-1"]),
], leaf(txt, charset="us-ascii", cte="7bit"))
add("ft-1", raw, "unrelated", False, None, [],
    "Genuine AWS free-tier alert with account ID; no case.")


# ---------------------------------------------------------------- output
def slug(n):
    hx = hashlib.md5(("blind17-%d" % n).encode()).hexdigest()
    letters = "bcdfghjkmnpqrstvwxz"
    return letters[int(hx[:4], 16) % len(letters)] + str(int(hx[4:6], 16) % 10)


def main():
    for f in os.listdir(OUT):
        if re.match(r"^\d{3}-[a-z0-9]+\.(eml|json)$", f):
            os.remove(os.path.join(OUT, f))
    rows = []
    for i, m in enumerate(MSGS, 1):
        name = "%03d-%s" % (i, slug(i))
        with open(os.path.join(OUT, name + ".eml"), "wb") as fh:
            fh.write(m["raw"])
        label = {"kind": m["kind"], "needs_reply": m["needs"], "case": m["case"],
                 "candidate_ids": m["cands"]}
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
        rows.append((name, m))
    write_readme(rows)
    print("wrote %d messages to %s" % (len(rows), OUT))


def write_readme(rows):
    from collections import Counter
    kinds = Counter(m["kind"] for _, m in rows)
    needs = sum(1 for _, m in rows if m["needs"])
    lines = []
    lines.append("me: %s %s" % (ME_P, ME_C))
    lines.append("")
    lines.append("# blind-17: held-out corpus (written blind)")
    lines.append("")
    lines.append("Mailbox owner: Ryota Hasegawa (長谷川 涼太). Personal address `%s`, old company "
                 "address `%s` (Kumonoito Technologies, an APN partner; last day 2025-03-31). "
                 "Both addresses deliver into this one mailbox; the user's own sent mail is included." % (ME_P, ME_C))
    lines.append("")
    lines.append("Regenerate with `python3 gen.py` (standard library only). Files are numbered in arrival order.")
    lines.append("")
    lines.append("## Cases")
    lines.append("")
    lines.append("| case | digits | what | thread |")
    lines.append("|---|---|---|---|")
    lines.append("| %s | 11 | 2023 T&C form case (Japanese): two certification accounts on the same company address | ack → info request (candidate IDs) → closing notice → reply → resolved → survey |" % CASE_D)
    lines.append("| %s | 10 | 2021 T&C case, replied to in 2025 (reopened thread) | user reply on old thread → support says new case opened |" % CASE_E)
    lines.append("| %s | 15 | 2025 main merge case (company → personal), APN hold, wrong-address reply, reopened for a third (university) account | ack → on hold (ask) → reply → on hold (no ask) → confirmation (HTML table) → closing notice → reply from old address → write from personal address → reply → merged → survey → reopened via new-subject reply → info request → confirmation without case token → merged → follow-up update |" % CASE_A)
    lines.append("| %s | 15 | duplicate form submission for the same merge | ack → closed as duplicate |" % CASE_B)
    lines.append("| %s | 15 | AWS Support Center (console) billing case; answers only in the Support Center | New Support case → info request (JP) → auto-resolve warning → follow-up question → resolved → survey |" % CASE_C)
    lines.append("| %s | 15 | name on certification profile vs passport (Japanese) | ack → HTML table info request → closed for no answer → reply → update → resolved → survey |" % CASE_F)
    lines.append("")
    lines.append("Numbers that are NOT cases: AWS account IDs 482910337765, 730215884406, 118204553901; Pearson VUE "
                 "registration 482057193; Builder ID code 418207; Credly badge UUIDs; fake case numbers in phishing "
                 "(174185820007731, 174545640002219) are labelled case null.")
    lines.append("")
    lines.append("Candidate IDs: AWS03318265 (company account), AWS09917402 (2023 duplicate), AWS08812450 "
                 "(personal, kept), AWS05527719 (2021 university account).")
    lines.append("")
    lines.append("## Counts")
    lines.append("")
    lines.append("%d messages; needs_reply true: %d." % (len(rows), needs))
    lines.append("")
    lines.append("| kind | count |")
    lines.append("|---|---|")
    for k in ["acknowledgement", "confirmation_request", "info_request", "on_hold", "closing_notice",
              "resolved", "survey", "badge", "certification", "user_reply", "case_update",
              "suspicious", "unrelated"]:
        lines.append("| %s | %d |" % (k, kinds.get(k, 0)))
    lines.append("")
    lines.append("## Messages")
    lines.append("")
    lines.append("| file | kind | needs_reply | case | what it is / what makes it hard |")
    lines.append("|---|---|---|---|---|")
    for name, m in rows:
        lines.append("| %s | %s | %s | %s | %s |" % (name, m["kind"], "yes" if m["needs"] else "no",
                                                   m["case"] or "-", m["note"].replace("|", "/")))
    lines.append("")
    lines.append("## Judgement calls (labels a reasonable reader could dispute)")
    lines.append("")
    lines.append("- The user's self-forward (転送:) of the confirmation request is labelled `user_reply` (the person's own mail on the case) with needs_reply false: it is a copy, and the request it carries is answered by the real request mail.")
    lines.append("- The duplicate case closed administratively and the 2021 thread pointing to a new case are `case_update`: the case is closed/redirected but the request is not done and nothing is asked.")
    lines.append("- The card-company phishing does not claim to be AWS, so by the label definitions it is `unrelated`, not `suspicious`.")
    lines.append("- Out-of-office and bounce replies that carry the case subject are `unrelated` with case null.")
    lines.append("- The 'Missing exam history' thread has no [CASE] token; the case is assigned through In-Reply-To/References (one support mail also has it in a 'Ref: case' footer).")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
