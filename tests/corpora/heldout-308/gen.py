#!/usr/bin/env python3
"""Blind corpus generator: one mailbox (personal Gmail + forwarded company mail) around several
AWS Training and Certification support cases, interleaved with unrelated mail.

Standard library only.  Run:  python3 gen.py          -> writes NNN-msg.eml / NNN-msg.json
                              python3 gen.py --table  -> prints the README table rows only
"""
import base64
import hashlib
import html
import json
import os
import quopri
import sys
from collections import Counter, OrderedDict
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

UTC = timezone.utc
JST = timezone(timedelta(hours=9))
PDT = timezone(timedelta(hours=-7))
PST = timezone(timedelta(hours=-8))

ME_NAME = "Daichi Morioka"
ME_JA = "森岡 大地"
ME_P = "morioka.daichi.78@gmail.com"
ME_C = "daichi.morioka@hoshizora-tech.co.jp"

TC_ADDR = "aws-cs-trainingcertification-form@amazon.com"
CON_ADDR = "no-reply-aws@amazon.com"

# case numbers
CJ = "13052271849"        # 2023, Japanese, missing exam benefit
CM = "14177302265"        # 2024, two profiles on the same e-mail
CA = "174116100400412"    # 2025, company -> personal merge (APN hold)
CB = "174116169700398"    # 2025, duplicate of CA filed from company address
CK = "174295007100215"    # 2025, Support Center (console) case: voucher after merge
CL = "174468672900129"    # 2025, Japanese, name on certificate
C_EDU = "174245071200063"  # AWS Educate form case (other program)
C_BILL = "174355020000077"  # console billing case (other topic)
C_OLD = "7481022093"      # 2020 case only referred to

ID_OLD = "AWS03318842"    # company certification account
ID_NEW = "AWS09172604"    # personal certification account (created 2025)
ID_DUP = "AWS03390127"    # accidental second profile (2024)

SUBJ_FORM = "[AWS Training and Certification Form Submission] - account-assistance"


# ---------------------------------------------------------------- encoding helpers

def hx(seed, n):
    return hashlib.sha1(seed.encode("utf-8")).hexdigest()[:n]


def enc_header(text, charset="utf-8"):
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return Header(text, charset).encode()


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:@()<>[]"'):
            return '"%s" <%s>' % (name.replace('"', '\\"'), email)
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), email)


def leaf(ctype, text, charset="utf-8", cte="quoted-printable", extra=None):
    """Return (headers, body) for a single MIME part."""
    if charset.lower() == "iso-2022-jp":
        data = text.encode("iso-2022-jp")
        body = data.decode("ascii")
        cte = "7bit"
    else:
        codec = {"shift_jis": "shift_jis", "us-ascii": "ascii"}.get(charset.lower(), charset)
        data = text.encode(codec)
        if cte == "base64":
            body = base64.encodebytes(data).decode("ascii")
        elif cte == "quoted-printable":
            body = quopri.encodestring(data).decode("ascii")
        elif cte == "7bit":
            data.decode("ascii")
            body = text
        else:  # 8bit
            body = text
    if not body.endswith("\n"):
        body += "\n"
    hdrs = [("Content-Type", '%s; charset="%s"' % (ctype, charset)),
            ("Content-Transfer-Encoding", cte)]
    if extra:
        hdrs += extra
    return (hdrs, body)


def multi(subtype, parts, seed):
    b = "----=_Part_%s" % hx(seed + subtype, 20)
    if subtype == "alternative" and seed.startswith("g"):
        b = "000000000000" + hx(seed, 16)
    out = []
    for h, body in parts:
        out.append("--" + b + "\n" + "".join("%s: %s\n" % kv for kv in h) + "\n" + body)
    body = "".join(out) + "--" + b + "--\n"
    return ([("Content-Type", 'multipart/%s; boundary="%s"' % (subtype, b))], body)


def alt(text, html_, seed, charset="utf-8", cte="quoted-printable"):
    return multi("alternative", [leaf("text/plain", text, charset, cte),
                                 leaf("text/html", html_, charset, cte)], seed)


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l.strip() else prefix.rstrip() for l in text.strip("\n").split("\n"))


def html_para(text):
    """plain text -> simple html paragraphs"""
    paras = [p for p in text.strip("\n").split("\n\n")]
    return "".join("<p>%s</p>\n" % html.escape(p).replace("\n", "<br>\n") for p in paras)


def gmail_alt(new_text, attribution, quoted_text, seed):
    t = new_text.rstrip("\n") + "\n\n" + attribution + "\n\n" + quote(quoted_text) + "\n"
    h = ('<div dir="ltr">' + html_para(new_text).replace("<p>", "<div>").replace("</p>", "</div><br>")
         + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
         + html.escape(attribution) + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
         'border-left:1px solid rgb(204,204,204);padding-left:1ex">' + html_para(quoted_text)
         + "</blockquote></div>\n")
    return alt(t, h, "g" + seed)


# ---------------------------------------------------------------- message ids and transport headers

def mid_ses(seed, when):
    ms = int(when.timestamp() * 1000)
    h = hx(seed, 40)
    return "<0100%012x-%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
        ms, h[:8], h[8:12], h[12:16], h[16:20], h[20:32])


def mid_gmail(seed):
    h = hashlib.sha256(seed.encode()).digest()
    s = base64.b64encode(h).decode().replace("/", "_").rstrip("=")
    return "<CAL%s@mail.gmail.com>" % s[:42]


def mid_outlook(seed):
    h = hx(seed, 36).upper()
    return "<TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>" % (h[:4], h[4:20], h[20:24])


def mid_generic(seed, domain):
    return "<%s.%s@%s>" % (hx(seed, 12), hx(seed + "x", 8), domain)


def us_pacific(when):
    """PST or PDT (US rules since 2007) for a UTC instant."""
    y = when.year
    mar1 = datetime(y, 3, 1, tzinfo=UTC)
    start = mar1 + timedelta(days=(6 - mar1.weekday()) % 7 + 7, hours=10)
    nov1 = datetime(y, 11, 1, tzinfo=UTC)
    end = nov1 + timedelta(days=(6 - nov1.weekday()) % 7, hours=9)
    return PDT if start <= when < end else PST


def inbound(rcpt, when, from_dom, mailfrom, ip, host, dkim="pass", spf="pass", dmarc="pass",
            dkim_d=None, policy="p=QUARANTINE sp=QUARANTINE dis=NONE"):
    """Transport headers a receiving server would prepend."""
    dkim_d = dkim_d or from_dom
    rt = when + timedelta(seconds=int(hx(mailfrom + str(when), 2), 16) % 40 + 2)
    if rcpt == ME_P:
        return [
            ("Delivered-To", ME_P),
            ("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d\n"
             "        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n"
             "        %s" % (host, host, ip, hx(str(when), 14), int(hx(ip, 4), 16), ME_P,
                             format_datetime(rt.astimezone(us_pacific(rt))))),
            ("Authentication-Results", "mx.google.com;\n"
             "       dkim=%s header.i=@%s header.s=%s header.b=%s;\n"
             "       spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s;\n"
             "       dmarc=%s (%s) header.from=%s" % (
                 dkim, dkim_d, "s" + hx(dkim_d, 6), hx(str(when) + "b", 8), spf, mailfrom,
                 "designates" if spf == "pass" else "does not designate", ip, mailfrom.split("@")[-1],
                 dmarc, policy, from_dom)),
            ("Return-Path", "<%s>" % mailfrom),
        ]
    return [
        ("Received", "from %s (%s) by TYWPR01MB%s.jpnprd01.prod.outlook.com\n (2603:1096:400:%s::%s) with "
         "Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8466.%d; "
         "%s" % (host, ip, hx(host, 4).upper(), hx(ip, 3), hx(ip + "z", 2), int(hx(host, 2), 16),
                 format_datetime(rt.astimezone(UTC)))),
        ("Authentication-Results", "spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n"
         " header.d=%s;dmarc=%s action=none header.from=%s;compauth=%s reason=%s" % (
             spf, ip, mailfrom.split("@")[-1], dkim, dkim_d, dmarc, from_dom,
             "pass" if dmarc == "pass" else "fail", "100" if dmarc == "pass" else "000")),
        ("Return-Path", mailfrom),
    ]


def ses_in(rcpt, when, seed, from_dom="amazon.com"):
    ip = "54.240.%d.%d" % (8 + int(hx(seed, 2), 16) % 4, int(hx(seed + "i", 2), 16) % 250 + 2)
    mf = "0100%012x-%s-000000@email.amazonses.com" % (int(when.timestamp() * 1000), hx(seed + "mf", 24))
    host = "a%s.smtp-out.amazonses.com" % ip.split(".", 2)[2].replace(".", "-")
    h = inbound(rcpt, when, from_dom, mf, ip, host)
    # amazonses also signs
    return h


# ---------------------------------------------------------------- the corpus

MESSAGES = []


def add(**kw):
    MESSAGES.append(kw)


def label(kind, reply, case, ids=()):
    return OrderedDict([("kind", kind), ("needs_reply", reply), ("case", case),
                        ("candidate_ids", list(ids))])


def tc_from(name="AWS Training and Certification"):
    return addr(name, TC_ADDR)


def subj_case(case, prefix="RE:[CASE", tail=SUBJ_FORM):
    return "%s %s] %s" % (prefix, case, tail)


# --- 2023 ------------------------------------------------------------------------

T_001 = """Dear Daichi Morioka,

Congratulations! You have successfully earned the AWS Certified Solutions Architect - Associate
certification. Your hard work is now recognized by one of the most respected credentials in the
cloud industry.

Your certification details
  Name:                 Daichi Morioka
  Candidate ID:         AWS03318842
  Certification:        AWS Certified Solutions Architect - Associate
  Achieved:             June 12, 2023
  Valid through:        June 12, 2026
  Validation number:    7QK2WM1JB1E41S5P

What happens next
- Within a few days you will receive an email from our badging partner, Credly, with your
  digital badge.
- A 50% discount on your next AWS Certification exam is waiting in the Benefits section of your
  AWS Certification Account.
- Download your certificate from the Certifications tab at any time.

Congratulations again, and thank you for choosing AWS Certification.

The AWS Certification Team

You are receiving this message because you hold an AWS Certification account.
AWS Training and Certification, 410 Terry Avenue North, Seattle, WA 98109
"""

add(key="m001", when=datetime(2023, 6, 12, 10, 41, 7, tzinfo=UTC),
    frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_C,
    subject="Congratulations! You are now AWS Certified",
    mid=mid_generic("m001", "certmetrics.com"),
    transport=lambda w: inbound(ME_C, w, "certmetrics.com", "bounces+2281@em.certmetrics.com",
                                "167.89.101.44", "o5.em.certmetrics.com"),
    body=alt(T_001, "<html><body style=\"font-family:Arial\"><h2>Congratulations!</h2>" + html_para(T_001)
             + "</body></html>", "m001"),
    label=label("certification", False, None, [ID_OLD]),
    note="CertMetrics 'now certified' mail with candidate ID and a validation number; "
         "mentions a voucher and Credly but is program mail, not a case.")

H_002 = """<html><body style="margin:0;background:#f4f4f4">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#333">
<tr><td style="padding:24px"><img src="https://images.credly.com/size/110x110/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" alt="badge" width="110"></td></tr>
<tr><td style="padding:0 24px"><h1 style="font-size:22px">Daichi, you earned a badge!</h1>
<p>Amazon Web Services Training and Certification has issued you the <b>AWS Certified Solutions Architect &ndash; Associate</b> badge.</p>
<p>Accept it to share your achievement on LinkedIn, add it to your email signature, or embed it on a personal site.</p>
<p style="text-align:center"><a href="https://www.credly.com/badges/5c1a9e47-2f3b-4d81-a6c0-8e2b71d94f03?source=email-accept" style="background:#1c7ab2;color:#fff;padding:12px 28px;text-decoration:none;border-radius:4px">Accept your badge</a></p>
<p style="font-size:12px;color:#777">Badge ID 5c1a9e47-2f3b-4d81-a6c0-8e2b71d94f03</p></td></tr>
<tr><td style="padding:24px;font-size:11px;color:#999">Credly, Inc. | 50 Milk Street, Boston, MA 02109<br>
<a href="https://www.credly.com/notifications/unsubscribe">Manage email preferences</a></td></tr>
</table></td></tr></table></body></html>
"""

add(key="m002", when=datetime(2023, 6, 13, 2, 3, 55, tzinfo=UTC),
    frm=addr("Credly", "admin@credly.com"), to=ME_C,
    subject="Daichi, you've earned a badge from Amazon Web Services Training and Certification",
    mid=mid_generic("m002", "credly.com"),
    transport=lambda w: inbound(ME_C, w, "credly.com", "bounces@mail.credly.com", "198.2.180.14",
                                "mail180-14.suw21.mandrillapp.com"),
    body=leaf("text/html", H_002, "utf-8", "quoted-printable"),
    label=label("badge", False, None),
    note="HTML-only Credly badge mail; 'Accept your badge' is a call to action but not support.")

T_003 = """━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
 週刊クラウド実践ニュース 第212号  2023年6月26日
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

■今週のピックアップ
転職したら AWS 認定アカウントはどうする? 会社のメールアドレスで作った
認定アカウントを個人アカウントへ統合する手順を、実際のサポートとのやり取り
とあわせて紹介します。「Account #1 に統合してよいか確認してください」という
英文メールが届いたら、内容を確かめて返信するだけで完了します。

■ニュース
・Amazon Aurora の新機能が東京リージョンで利用可能に
・認定試験の受験料改定のお知らせ(7月1日以降の予約から)
・Credly のバッジ共有機能がアップデート

■イベント
7月15日(土) 初心者向け AWS 勉強会(オンライン)
参加をご希望の方は、このメールにご返信いただくか、Web から登録してください。

──────────────────────────────
配信停止・アドレス変更: https://cloud-jissen.jp/mail/settings
発行: クラウド実践ニュース編集部
"""

add(key="m003", when=datetime(2023, 6, 26, 0, 30, 0, tzinfo=JST),
    frm=addr("クラウド実践ニュース", "news@cloud-jissen.jp", "iso-2022-jp"), to=ME_P,
    subject=enc_header("【週刊】転職時のAWS認定アカウント統合ガイド ほか", "iso-2022-jp"),
    mid=mid_generic("m003", "mail.cloud-jissen.jp"),
    transport=lambda w: inbound(ME_P, w, "cloud-jissen.jp", "info@mail.cloud-jissen.jp",
                                "202.218.41.9", "mail.cloud-jissen.jp"),
    extra=[("List-Unsubscribe", "<https://cloud-jissen.jp/mail/settings>")],
    body=leaf("text/plain", T_003, "iso-2022-jp"),
    label=label("unrelated", False, None),
    note="ISO-2022-JP newsletter that quotes merge-confirmation wording and says 'reply to this mail'.")

T_004 = """森岡 大地 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
お問い合わせ内容を承り、ケース 13052271849 を作成いたしました。

担当者より通常 24 時間以内にご連絡いたします。内容によっては、調査にお時間を
頂戴する場合がございますので、あらかじめご了承ください。

同じ内容のケースをすでにお持ちの場合は、新たなケースを作成なさらないよう
お願いいたします。重複したケースは、ご回答が遅れる原因となります。

ケースの詳細:
----------------------------------------
お問い合わせタイプ: 認定
その他の詳細: 認定特典
AWS 候補 ID: AWS03318842
内容:
6月12日にソリューションアーキテクト アソシエイトに合格しましたが、
特典ページに 50% 割引バウチャーが表示されません。
----------------------------------------

追加でお伝えいただく情報がございましたら、本メールへのご返信でケースに
追記されます。

AWS トレーニングと認定 カスタマーサービス
"""

add(key="m004", when=datetime(2023, 7, 3, 2, 15, 40, tzinfo=UTC),
    frm=addr("AWS トレーニングと認定", TC_ADDR, "iso-2022-jp"), to=ME_C,
    subject=enc_header("RE: [CASE %s] [AWS Training and Certification Form Submission] - certification-benefits" % CJ),
    mid=mid_ses("m004", datetime(2023, 7, 3, 2, 15, 40, tzinfo=UTC)),
    transport=lambda w: ses_in(ME_C, w, "m004"),
    body=leaf("text/plain", T_004, "iso-2022-jp"),
    label=label("acknowledgement", False, CJ, [ID_OLD]),
    note="Japanese ISO-2022-JP acknowledgement (11-digit case); echoes the form with a candidate ID; "
         "ends with a conditional 'reply to add information'.")

T_005 = """森岡 様

いつもお世話になっております。
AWS トレーニングと認定 カスタマーサービスの小野寺でございます。

このたびは、認定特典(50% 割引バウチャー)が表示されない件でご不便をおかけし、
誠に申し訳ございません。

お客様の認定アカウントを確認いたしましたところ、6 月 12 日の試験結果は正しく
反映されておりますが、特典の付与処理が完了していない状態でございました。
付与処理を再度実行するにあたり、受験記録との照合が必要となります。

つきましては、お手数をおかけいたしますが、下記 2 点をご返信にてお知らせ
いただけますでしょうか。

  ・受験時の Pearson VUE 登録番号(予約確認メールに記載の 9 桁の番号)
  ・受験会場名(オンライン受験の場合はその旨)

ご確認のほど、何卒よろしくお願い申し上げます。

小野寺
AWS トレーニングと認定 カスタマーサービス
"""

add(key="m005", parent="m004", when=datetime(2023, 7, 4, 5, 2, 11, tzinfo=UTC),
    frm=addr("AWS Training and Certification", TC_ADDR), to=ME_C,
    subject="RE: [CASE %s] [AWS Training and Certification Form Submission] - certification-benefits" % CJ,
    mid=mid_ses("m005", datetime(2023, 7, 4, 5, 2, 11, tzinfo=UTC)),
    transport=lambda w: ses_in(ME_C, w, "m005"),
    body=alt(T_005, "<html><body style=\"font-family:'Meiryo',sans-serif\">" + html_para(T_005) + "</body></html>",
             "m005", "utf-8", "base64"),
    label=label("info_request", True, CJ),
    note="Japanese keigo request (〜いただけますでしょうか) after an apology and an explanation; "
         "base64 multipart; asks for a 9-digit Pearson VUE number (not a case ID).")

T_006_NEW = """小野寺様

お世話になっております。森岡です。
ご依頼の件、以下のとおりです。

・Pearson VUE 登録番号:418807215
・受験会場:オンライン受験(OnVUE)

念のため、認定アカウントの候補 ID は AWS03318842 です。
お手数ですが、よろしくお願いいたします。

森岡 大地
株式会社ほしぞらテクノロジーズ クラウド推進部
"""

T_006 = T_006_NEW + """
________________________________
差出人: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2023年7月4日 14:02
宛先: 森岡 大地 <daichi.morioka@hoshizora-tech.co.jp>
件名: RE: [CASE 13052271849] [AWS Training and Certification Form Submission] - certification-benefits

""" + T_005

add(key="m006", parent="m005", when=datetime(2023, 7, 4, 19, 40, 22, tzinfo=JST),
    frm=addr(ME_JA, ME_C), to=addr("AWS Training and Certification", TC_ADDR),
    subject="RE: [CASE %s] [AWS Training and Certification Form Submission] - certification-benefits" % CJ,
    mid=mid_outlook("m006"), transport=None,
    extra=[("X-MS-Has-Attach", ""), ("Thread-Topic", "[CASE %s] [AWS Training and Certification Form Submission] - certification-benefits" % CJ),
           ("Content-Language", "ja-JP")],
    body=leaf("text/plain", T_006, "utf-8", "base64"),
    label=label("user_reply", False, CJ, [ID_OLD]),
    note="Owner's Outlook reply (差出人/送信日時 header block, full quote); contains the request wording "
         "in quoted history and a 9-digit number.")

T_007 = """森岡 様

お世話になっております。小野寺でございます。

お知らせいただいた登録番号をもとに受験記録を照合し、認定特典の付与処理を
再実行いたしました。現在、認定アカウントの「特典」ページに 50% 割引バウチャーが
表示されておりますので、お手すきの際にご確認ください。

本件につきましては、これにて対応完了とさせていただきます。
ほかにご不明な点がございましたら、お気軽に本メールへご返信ください。

小野寺
AWS トレーニングと認定 カスタマーサービス

---- 2023/07/04 19:40 森岡 大地 <daichi.morioka@hoshizora-tech.co.jp> からのメッセージ ----
> ・Pearson VUE 登録番号:418807215
> ・受験会場:オンライン受験(OnVUE)
>
> ---- 2023/07/04 14:02 AWS Training and Certification からのメッセージ ----
> > つきましては、お手数をおかけいたしますが、下記 2 点をご返信にてお知らせ
> > いただけますでしょうか。
"""

add(key="m007", parent="m006", when=datetime(2023, 7, 6, 1, 20, 3, tzinfo=UTC),
    frm=addr("AWS Training and Certification", TC_ADDR), to=ME_C,
    subject="RE: [CASE %s] [AWS Training and Certification Form Submission] - certification-benefits" % CJ,
    mid=mid_ses("m007", datetime(2023, 7, 6, 1, 20, 3, tzinfo=UTC)),
    transport=lambda w: ses_in(ME_C, w, "m007"),
    body=leaf("text/plain", T_007, "utf-8", "quoted-printable"),
    label=label("resolved", False, CJ),
    note="Japanese completion: benefit re-issued; 'ご確認ください' and 'ご不明な点がございましたら…ご返信ください' "
         "are not requests; the old request sits in the quote.")

H_008 = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#232f3e">
<p>Hello,</p>
<p>Your recent case with AWS Training and Certification (Case ID: 13052271849) was marked as resolved.
We'd like to know how it went. The survey has three questions and takes about a minute.</p>
<p><b>How satisfied were you with the support you received?</b></p>
<table cellspacing="6"><tr>
<td><a href="https://survey.aws-training-support.amazon.com/s/ZK31?c=13052271849&amp;r=1">1</a></td>
<td><a href="https://survey.aws-training-support.amazon.com/s/ZK31?c=13052271849&amp;r=2">2</a></td>
<td><a href="https://survey.aws-training-support.amazon.com/s/ZK31?c=13052271849&amp;r=3">3</a></td>
<td><a href="https://survey.aws-training-support.amazon.com/s/ZK31?c=13052271849&amp;r=4">4</a></td>
<td><a href="https://survey.aws-training-support.amazon.com/s/ZK31?c=13052271849&amp;r=5">5</a></td>
</tr></table>
<p>Please do not reply to this message; responses to this address are not monitored.</p>
<p>Thank you,<br>AWS Training and Certification</p>
</body></html>
"""

add(key="m008", when=datetime(2023, 7, 7, 16, 0, 12, tzinfo=UTC),
    frm=addr("AWS Training and Certification", "tc-feedback@amazon.com"), to=ME_C,
    subject="Tell us about your recent support experience",
    mid=mid_ses("m008", datetime(2023, 7, 7, 16, 0, 12, tzinfo=UTC)),
    transport=lambda w: ses_in(ME_C, w, "m008"),
    body=leaf("text/html", H_008, "utf-8", "7bit"),
    label=label("survey", False, CJ),
    note="HTML-only satisfaction survey; case ID only in body; no case token in subject.")

# --- 2024 ------------------------------------------------------------------------

T_009 = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your
account will be charged the following:

Total: USD 3.42

Please see the Bills section of the AWS Billing Console to view a detailed breakdown of your
charges:
https://console.aws.amazon.com/billing/home#/bills?year=2024&month=1

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc. and affiliates, 410 Terry
Ave. North, Seattle, WA 98109-5210.
"""

add(key="m009", when=datetime(2024, 2, 3, 9, 12, 44, tzinfo=UTC),
    frm=addr("Amazon Web Services", CON_ADDR), to=ME_P,
    subject="Amazon Web Services Billing Statement Available [Account: 483920177265]",
    mid=mid_ses("m009", datetime(2024, 2, 3, 9, 12, 44, tzinfo=UTC)),
    transport=lambda w: ses_in(ME_P, w, "m009"),
    body=leaf("text/plain", T_009, "us-ascii", "7bit"),
    label=label("unrelated", False, None),
    note="Billing statement from the same sender as console cases; 12-digit account ID in subject.")

T_010 = """Hi Daichi,

Your AWS Certified Cloud Practitioner certification expires on June 17, 2024 - 60 days from today.

Keep your certification active by doing one of the following before it expires:
  * Pass the current version of the AWS Certified Cloud Practitioner exam, or
  * Earn a higher-level certification that renews it (for example any Associate certification -
    you already hold AWS Certified Solutions Architect - Associate, so this one may already be
    covered; check the Certifications tab).

Candidate ID: AWS03318842

Sign in to your AWS Certification Account to see your options:
https://www.aws.training/Certification

AWS Certification
This is a service message related to your AWS Certification.
"""

add(key="m010", when=datetime(2024, 4, 18, 14, 30, 5, tzinfo=UTC),
    frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_C,
    subject="Your AWS Certification expires in 60 days",
    mid=mid_generic("m010", "certmetrics.com"),
    transport=lambda w: inbound(ME_C, w, "certmetrics.com", "bounces+2281@em.certmetrics.com",
                                "167.89.101.51", "o5.em.certmetrics.com"),
    body=alt(T_010, "<html><body>" + html_para(T_010) + "</body></html>", "m010"),
    label=label("certification", False, None, [ID_OLD]),
    note="Expiry reminder with calls to action and a candidate ID; program mail, no case.")

T_011 = """Merged #87 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/hoshizora-tech/cert-roster/pull/87#event-14302288110
You are receiving this because you were mentioned.

Message ID: <hoshizora-tech/cert-roster/pull/87/issue_event/14302288110@github.com>
"""

add(key="m011", when=datetime(2024, 9, 17, 6, 44, 21, tzinfo=UTC),
    frm=addr("Ayumi Kato", "notifications@github.com"), to=addr("hoshizora-tech/cert-roster", "cert-roster@noreply.github.com"),
    cc=addr("Daichi Morioka", ME_C) + ", " + addr("Mention", "mention@noreply.github.com"),
    subject="Re: [hoshizora-tech/cert-roster] Merge duplicate certification accounts into one record (PR #87)",
    mid="<hoshizora-tech/cert-roster/pull/87/issue_event/14302288110@github.com>",
    in_reply_to="<hoshizora-tech/cert-roster/pull/87@github.com>",
    references="<hoshizora-tech/cert-roster/pull/87@github.com>",
    transport=lambda w: inbound(ME_C, w, "github.com", "noreply@github.com", "192.30.252.201",
                                "out-18.smtp.github.com"),
    extra=[("X-GitHub-Reason", "mention"), ("X-GitHub-Sender", "ayumi-kato"),
           ("List-ID", "hoshizora-tech/cert-roster <cert-roster.hoshizora-tech.github.com>"),
           ("X-Auto-Response-Suppress", "All")],
    body=alt(T_011, "<p>Merged <a href=\"https://github.com/hoshizora-tech/cert-roster/pull/87\">#87</a> into main.</p>"
             "<p style=\"font-size:small;color:#666\">&mdash;<br>Reply to this email directly, "
             "<a href=\"https://github.com/hoshizora-tech/cert-roster/pull/87#event-14302288110\">view it on GitHub</a>.</p>\n", "m011"),
    label=label("unrelated", False, None),
    note="GitHub 'Merged' notification about merging certification account records; 'Reply to this email'.")

H_012 = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hello,</p>
<p>Thank you for reaching out to AWS Training and Certification. We have received your request and
opened a case for it.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr><td><b>Case ID</b></td><td>14177302265</td></tr>
<tr><td><b>Inquiry type</b></td><td>Certification</td></tr>
<tr><td><b>Additional details</b></td><td>Account Merge</td></tr>
<tr><td><b>AWS Candidate ID</b></td><td>AWS03318842</td></tr>
<tr><td><b>How can we help you?</b></td><td>I think I have two certification accounts under the same
e-mail address. New results do not show up in Credly. Please merge them into one.</td></tr>
</table>
<p>A member of our team will usually get back to you within one business day. Opening another case for
the same request will not speed things up and may slow the response down.</p>
<p>If there's anything you'd like to add in the meantime, simply reply to this message.</p>
<p>Regards,<br>AWS Training and Certification Customer Service</p>
</body></html>
"""

add(key="m012", when=datetime(2024, 10, 8, 3, 27, 50, tzinfo=UTC),
    frm=addr("AWS Training & Certification", TC_ADDR), to=ME_C,
    subject=subj_case(CM),
    mid=mid_ses("m012", datetime(2024, 10, 8, 3, 27, 50, tzinfo=UTC)),
    transport=lambda w: ses_in(ME_C, w, "m012"),
    body=leaf("text/html", H_012, "utf-8", "quoted-printable"),
    label=label("acknowledgement", False, CM, [ID_OLD]),
    note="HTML-only acknowledgement with a details table; the echoed form text says 'Please merge them'; "
         "conditional 'if there's anything you'd like to add'.")

T_013 = """Hi Daichi,

Thanks for your patience while I looked into this. Searching on the address attached to this case
turned up two certification profiles:

  Profile A   AWS03318842   created 2021-03-02   Cloud Practitioner, Solutions Architect - Associate
  Profile B   AWS03390127   created 2024-08-19   no exam history

Profile B looks like it was created during a Partner Central sign-in, which would explain why Credly
stopped receiving updates.

Before I consolidate them I need to hear from you that both profiles belong to you and that Profile A
is the one that should stay. A one-line answer to this email is enough.

Kind regards,
Olumide
AWS Training & Certification Customer Support
"""

add(key="m013", parent="m012", when=datetime(2024, 10, 10, 8, 51, 30, tzinfo=UTC),
    frm=addr("AWS Training & Certification", TC_ADDR), to=ME_C,
    subject=subj_case(CM),
    mid=mid_ses("m013", datetime(2024, 10, 10, 8, 51, 30, tzinfo=UTC)),
    transport=lambda w: ses_in(ME_C, w, "m013"),
    body=leaf("text/plain", T_013, "us-ascii", "7bit"),
    label=label("confirmation_request", True, CM, [ID_OLD, ID_DUP]),
    note="Merge confirmation without 'Account #1/#2', without 'please' or a question mark "
         "('I need to hear from you … A one-line answer … is enough'); 'consolidate' instead of 'merge'.")

T_014_NEW = """Hi Olumide,

Yes, both are mine. Profile B was created by accident when I signed in through Partner Central.
Please keep Profile A (AWS03318842) and fold B into it.

Thanks,
Daichi Morioka
Hoshizora Technologies
"""

T_014 = T_014_NEW + """
-----Original Message-----
From: AWS Training & Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, October 10, 2024 5:51 PM
To: Daichi Morioka <daichi.morioka@hoshizora-tech.co.jp>
Subject: RE:[CASE 14177302265] [AWS Training and Certification Form Submission] - account-assistance

""" + T_013

add(key="m014", parent="m013", when=datetime(2024, 10, 10, 18, 5, 14, tzinfo=JST),
    frm=addr(ME_NAME, ME_C), to=addr("AWS Training & Certification", TC_ADDR),
    subject=subj_case(CM),
    mid=mid_outlook("m014"), transport=None,
    extra=[("Thread-Topic", subj_case(CM, "[CASE")), ("Content-Language", "en-US")],
    body=leaf("text/plain", T_014, "us-ascii", "7bit"),
    label=label("user_reply", False, CM, [ID_OLD]),
    note="Owner's confirmation in Outlook '-----Original Message-----' style; says 'Please keep' "
         "(owner's request to support, not support's).")

T_015 = """Hello Daichi,

Thank you for confirming. I have successfully merged all accounts into AWS03318842; your exam
history and both certifications are now on that profile. Credly can take up to 48 hours to pick
up the change.

This case will now be closed.

Kind regards,
Olumide
AWS Training & Certification Customer Support

> From: Daichi Morioka <daichi.morioka@hoshizora-tech.co.jp>
> Sent: Thursday, October 10, 2024 9:05 AM
> Yes, both are mine. Profile B was created by accident when I signed in through Partner Central.
> Please keep Profile A (AWS03318842) and fold B into it.
>
> > Before I consolidate them I need to hear from you that both profiles belong to you and that
> > Profile A is the one that should stay. A one-line answer to this email is enough.
"""

add(key="m015", parent="m014", when=datetime(2024, 10, 11, 1, 9, 48, tzinfo=UTC),
    frm=addr("AWS Training & Certification", TC_ADDR), to=ME_C,
    subject=subj_case(CM),
    mid=mid_ses("m015", datetime(2024, 10, 11, 1, 9, 48, tzinfo=UTC)),
    transport=lambda w: ses_in(ME_C, w, "m015"),
    body=leaf("text/plain", T_015, "us-ascii", "7bit"),
    label=label("resolved", False, CM, [ID_OLD]),
    note="Completion ('successfully merged') that also says 'This case will now be closed' "
         "(not a closing notice) and quotes the old confirmation request.")

T_017 = """Thank you for your order.

AWS Skill Builder
Order number: SB-2024-11-0583417
Order date: November 5, 2024

Item                                   Qty   Price
AWS Skill Builder Individual (monthly)  1    USD 29.00
Tax                                          USD  2.90
Total charged to Visa ending 4411            USD 31.90

Your subscription renews automatically on December 5, 2024. You can cancel any time from
My Account > Subscriptions.

Questions about this receipt? Visit https://skillbuilder.aws/support

AWS Training and Certification
Amazon Web Services, Inc., 410 Terry Ave N, Seattle, WA 98109
"""

add(key="m016", when=datetime(2024, 11, 5, 12, 2, 31, tzinfo=UTC),
    frm=addr("AWS Skill Builder", "no-reply@aws.training"), to=ME_P,
    subject="Your AWS Skill Builder receipt (Order SB-2024-11-0583417)",
    mid=mid_ses("m016", datetime(2024, 11, 5, 12, 2, 31, tzinfo=UTC)),
    transport=lambda w: inbound(ME_P, w, "aws.training", "0100019302b1a9e3-7f@email.aws.training",
                                "54.240.27.57", "a27-57.smtp-out.us-west-2.amazonses.com"),
    body=alt(T_017, "<html><body><pre style=\"font-family:Arial\">" + html.escape(T_017) + "</pre></body></html>", "m016"),
    label=label("unrelated", False, None),
    note="Skill Builder receipt from the training platform; T&C branding, no case.")

# --- 2025 ------------------------------------------------------------------------

T_018 = """森岡さん

お疲れさまです。人事部の田島です。
退職に伴う手続きについてご連絡します。

1. 最終出社日:3月14日(金)
2. 会社メールアドレスは 3月14日 18:00 に停止します。
   停止後は受信もできなくなりますので、取引先への連絡先変更はそれまでに
   済ませてください。
3. AWS 認定資格を会社の APN アカウントと共有している方は、退職前に個人の
   認定アカウントへ移しておくことをおすすめします(社内 Wiki「退職時の
   AWS 認定アカウント移行」参照)。手続き中に AWS から確認の連絡が来る
   ことがあるので、会社アドレスで受け取れるうちに済ませてください。
4. PC・入館証の返却は最終日に情報システム部へお願いします。

不明点があればこのメールに返信してください。

田島 真由美
人事部
株式会社ほしぞらテクノロジーズ
"""

add(key="m017", when=datetime(2025, 2, 20, 10, 12, 0, tzinfo=JST),
    frm=addr("田島 真由美", "m.tajima@hoshizora-tech.co.jp"), to=addr(ME_JA, ME_C),
    subject=enc_header("【人事】退職手続きのご案内"),
    mid=mid_outlook("m017"),
    transport=lambda w: [("Received", "from TYCPR01MB8842.jpnprd01.prod.outlook.com (2603:1096:400:1a2::9) by "
                          "TYWPR01MB1104.jpnprd01.prod.outlook.com with HTTPS; " + format_datetime(w.astimezone(UTC)))],
    extra=[("Content-Language", "ja-JP")],
    body=leaf("text/plain", T_018, "utf-8", "base64"),
    label=label("unrelated", False, None),
    note="HR colleague: full of requests (〜してください, reply to this mail) about AWS certification "
         "account transfer and AWS confirmation mails, but not support.")

T_019 = """AWS Builder ID

Verify your email address

Hello,

To finish creating your AWS Builder ID, enter this verification code:

    482913

The code expires in 10 minutes. If you did not try to create an AWS Builder ID, you can ignore
this message.

Amazon Web Services
"""

add(key="m018", when=datetime(2025, 3, 5, 7, 21, 2, tzinfo=UTC),
    frm=addr("AWS Builder ID", "no-reply@signin.aws"), to=ME_P,
    subject="Verify your AWS Builder ID email address",
    mid=mid_ses("m018", datetime(2025, 3, 5, 7, 21, 2, tzinfo=UTC)),
    transport=lambda w: inbound(ME_P, w, "signin.aws", "01000195655d1c2e-aa@us-east-1.amazonses.com",
                                "54.240.9.33", "a9-33.smtp-out.amazonses.com"),
    body=alt(T_019, "<html><body><h3>Verify your email address</h3><p>To finish creating your AWS Builder ID, enter this verification code:</p>"
             "<p style=\"font-size:28px;letter-spacing:4px\"><b>482913</b></p><p>The code expires in 10 minutes.</p></body></html>", "m018"),
    label=label("unrelated", False, None),
    note="Builder ID one-time code (6 digits), sent minutes before the case opens.")

T_020 = """Hello,

Thank you for contacting Amazon Web Services Training and Certification.

We have opened case 174116100400412 to address your inquiry. The details of your case are as follows:

Case ID: 174116100400412
Inquiry type: Certification
Additional details: Account Merge
Name: Daichi Morioka
Email: morioka.daichi.78@gmail.com
AWS Candidate ID: AWS09172604
Request:
Use case: I am leaving my employer (Hoshizora Technologies) on March 14 and would like to move my
certifications to my personal account.
All email addresses I may have used: daichi.morioka@hoshizora-tech.co.jp (candidate ID AWS03318842),
morioka.daichi.78@gmail.com
Email address to keep on file: morioka.daichi.78@gmail.com

We aim to respond within 24 hours, although some requests need more time to find the best
resolution. Please do not open additional cases for the same request; duplicate cases lead to
longer response times.

Best regards,
AWS Training and Certification
"""

W020 = datetime(2025, 3, 5, 7, 50, 31, tzinfo=UTC)
add(key="m019", when=W020,
    frm=tc_from("Amazon Web Services Training and Certification"), to=ME_P,
    subject=subj_case(CA),
    mid=mid_ses("m019", W020),
    transport=lambda w: ses_in(ME_P, w, "m019"),
    body=leaf("text/plain", T_020, "us-ascii", "7bit"),
    label=label("acknowledgement", False, CA, [ID_NEW, ID_OLD]),
    note="Standard acknowledgement of the main merge case (15-digit ID); 'Please do not open additional "
         "cases' is an instruction but not a reply request; form echo contains two candidate IDs.")

H_021 = """<html><body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
<div>Hello Daichi Morioka,</div><br>
<div>Thank you for contacting Amazon Web Services Training and Certification.</div>
<div>We have opened case 174116169700398 to address your inquiry.</div><br>
<div><b>The details of your case are as follows:</b></div>
<table cellpadding="4" style="font-size:14px">
<tr><td>Case ID:</td><td>174116169700398</td></tr>
<tr><td>Inquiry type:</td><td>Certification</td></tr>
<tr><td>Additional details:</td><td>Account Merge</td></tr>
<tr><td>Email:</td><td>daichi.morioka@hoshizora-tech.co.jp</td></tr>
<tr><td>AWS Candidate ID:</td><td>AWS03318842</td></tr>
<tr><td>Request:</td><td>Merge my company certification account into my personal one
(morioka.daichi.78@gmail.com). I leave the company on 14 March.</td></tr>
</table><br>
<div>We aim to respond within 24 hours. Please do not open additional cases for the same request;
duplicate cases lead to longer response times.</div><br>
<div>Best regards,<br>AWS Training and Certification</div>
</body></html>
"""

W021 = datetime(2025, 3, 5, 8, 2, 5, tzinfo=UTC)
add(key="m020", when=W021,
    frm=tc_from("Amazon Web Services Training and Certification"), to=ME_C,
    subject=subj_case(CB, "RE: [CASE"),
    mid=mid_ses("m020", W021),
    transport=lambda w: ses_in(ME_C, w, "m020"),
    body=leaf("text/html", H_021, "utf-8", "quoted-printable"),
    label=label("acknowledgement", False, CB, [ID_OLD]),
    note="Second acknowledgement 12 minutes later: a duplicate case filed from the company address "
         "(HTML-only, 'RE: [CASE' with a space).")

T_022 = """Hello,

My name is Rafael and I'll be helping you with this request.

To move forward with the merge, I need you to confirm the accounts below are both yours and tell me
which one should remain as the primary account.

Account #1
Login email: daichi.morioka@hoshizora-tech.co.jp
Training notification email: daichi.morioka@hoshizora-tech.co.jp
Certification notification email: daichi.morioka@hoshizora-tech.co.jp

Account #2
Login email: morioka.daichi.78@gmail.com
Training notification email: morioka.daichi.78@gmail.com
Certification notification email: morioka.daichi.78@gmail.com

Best,
Rafael
AWS Training and Certification
"""

W022 = datetime(2025, 3, 5, 23, 40, 2, tzinfo=UTC)
add(key="m021", parent="m020", when=W022,
    frm=tc_from("AWS Training and Certification"), to=ME_C,
    subject=subj_case(CB, "RE: [CASE"),
    mid=mid_ses("m021", W022),
    transport=lambda w: ses_in(ME_C, w, "m021"),
    body=leaf("text/plain", T_022, "us-ascii", "7bit"),
    label=label("confirmation_request", True, CB),
    note="Account #1/#2 confirmation on the DUPLICATE case (company address is #1 here); support is "
         "waiting, so it needs a reply (the owner should at least point to the other case).")

T_023_NEW = """Hi Rafael,

Sorry for the confusion - I submitted the form twice. The same request is already open as case
174116100400412 (from my personal address), so please close this one and handle everything there.
The account to keep is the personal one, morioka.daichi.78@gmail.com.

Regards,
Daichi Morioka
"""

T_023 = T_023_NEW + """
-----Original Message-----
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, March 6, 2025 8:40 AM
To: Daichi Morioka <daichi.morioka@hoshizora-tech.co.jp>
Subject: RE: [CASE 174116169700398] [AWS Training and Certification Form Submission] - account-assistance

""" + T_022

add(key="m022", parent="m021", when=datetime(2025, 3, 6, 9, 15, 40, tzinfo=JST),
    frm=addr(ME_NAME, ME_C), to=tc_from("AWS Training and Certification"),
    subject=subj_case(CB, "RE: [CASE"),
    mid=mid_outlook("m022"), transport=None,
    extra=[("Thread-Topic", subj_case(CB, "[CASE")), ("Content-Language", "en-US")],
    body=leaf("text/plain", T_023, "us-ascii", "7bit"),
    label=label("user_reply", False, CB),
    note="Owner asks to close the duplicate; mentions the other case number in new text; quoted "
         "Account #1/#2 listing below.")

H_024 = """<html><body style="font-family:Arial,sans-serif">
<table width="640" align="center"><tr><td>
<img src="https://d1.awsstatic.com/logos/aws-logo-lockups/AWS_logo_RGB.png" width="80" alt="AWS">
<h2 style="color:#232f3e">AWS Summit Japan 2025 &mdash; your registration</h2>
<p>Hi Daichi,</p>
<p>Thanks for registering for AWS Summit Japan on June 25&ndash;26 at Makuhari Messe.
Seats for the hands-on workshops are limited. <b>Please confirm your attendance</b> by clicking the
button below by March 31, or your workshop seat will be released.</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/confirm?u=dm78" style="background:#ff9900;color:#000;padding:10px 20px;text-decoration:none">Confirm attendance</a></p>
<p>Questions? Reply to this email and our events team will help.</p>
<p style="font-size:11px;color:#888">Amazon Web Services Japan G.K., Meguro Central Square, Tokyo.
<a href="https://pages.awscloud.com/unsubscribe">Unsubscribe</a></p>
</td></tr></table></body></html>
"""

add(key="m023", when=datetime(2025, 3, 6, 2, 0, 9, tzinfo=UTC),
    frm=addr("AWS Events", "aws-marketing-email-replies@amazon.com"), to=ME_P,
    subject="Action needed: confirm your AWS Summit Japan workshop seat",
    mid=mid_generic("m023", "mktomail.amazon.com"),
    transport=lambda w: inbound(ME_P, w, "amazon.com", "112-TZM-766.0.39811.0.0.1@mktomail.amazon.com",
                                "199.15.214.141", "mail214-141.mktomail.com"),
    extra=[("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe>")],
    body=leaf("text/html", H_024, "utf-8", "quoted-printable"),
    label=label("unrelated", False, None),
    note="AWS marketing from amazon.com with 'Action needed' and 'Please confirm' (attendance), "
         "real DKIM/DMARC pass.")

T_025 = """Hello,

Thank you for your patience.

Case 174116169700398 was opened for the same request as case 174116100400412. To avoid working on
the same request twice, I have closed case 174116169700398 as a duplicate. Your merge request is
being handled in case 174116100400412, and all further communication will happen there.

No further action is needed on this case.

Best,
Rafael
AWS Training and Certification
"""

W025 = datetime(2025, 3, 6, 4, 31, 27, tzinfo=UTC)
add(key="m024", parent="m022", when=W025,
    frm=tc_from("AWS Training and Certification"), to=ME_C,
    subject=subj_case(CB, "RE: [CASE"),
    mid=mid_ses("m024", W025),
    transport=lambda w: ses_in(ME_C, w, "m024"),
    body=leaf("text/plain", T_025, "us-ascii", "7bit"),
    label=label("case_update", False, CB),
    note="Duplicate case closed and linked; mentions two case numbers; 'closed' but not for lack of "
         "reply (not a closing notice).")

T_026 = """Hello Daichi,

Thank you for contacting AWS Training and Certification, and thanks for the detailed request. My name
is Hyun-woo and I'm looking after case 174116100400412.

While reviewing the two accounts, I found that the certification account registered to
daichi.morioka@hoshizora-tech.co.jp is associated with an AWS Partner Network (APN) organization,
Hoshizora Technologies K.K. Certifications on a partner-associated account count towards that
partner's tier requirements, so we cannot move them to another account while the association is
active. The partner's administrator normally has to release the association first, or we need to
establish that the employment has ended or is about to end.

I have put the merge on hold for now. Your certifications remain valid in the meantime and nothing
has been changed on either account.

To decide how to continue I'd like to understand one thing: are you leaving Hoshizora Technologies,
and if so, what is your last working day?

Once I know that, I can contact the partner team and ask them to release the account.

Best regards,
Hyun-woo
AWS Training and Certification Customer Service
"""

H_026 = ("<html><body style=\"font-family:Arial;font-size:14px\">" + html_para(T_026)
         .replace("are you leaving Hoshizora Technologies,\nand if so", "are you leaving Hoshizora Technologies, and if so")
         + "</body></html>")

W026 = datetime(2025, 3, 6, 6, 58, 19, tzinfo=UTC)
add(key="m025", parent="m019", when=W026,
    frm=tc_from("AWS Training and Certification"), to=ME_P,
    subject=subj_case(CA),
    mid=mid_ses("m025", W026),
    transport=lambda w: ses_in(ME_P, w, "m025"),
    body=alt(T_026, H_026, "m025"),
    label=label("on_hold", True, CA),
    note="APN hold whose only question is buried in the fourth paragraph, phrased as 'I'd like to "
         "understand one thing: are you leaving…?'. On hold AND needs a reply.")

T_027_NEW = """Hi Hyun-woo,

Yes, I am leaving Hoshizora Technologies. My last working day is Friday, March 14, 2025, and this
company mailbox will be switched off that evening. Please go ahead with the partner team.

Best regards,
Daichi Morioka
"""

T_027 = T_027_NEW + """
-----Original Message-----
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, March 6, 2025 3:58 PM
To: morioka.daichi.78@gmail.com
Subject: RE:[CASE 174116100400412] [AWS Training and Certification Form Submission] - account-assistance

""" + T_026

add(key="m026", parent="m025", when=datetime(2025, 3, 6, 18, 22, 7, tzinfo=JST),
    frm=addr(ME_NAME, ME_C), to=tc_from("AWS Training and Certification"),
    subject=subj_case(CA),
    mid=mid_outlook("m026"), transport=None,
    extra=[("Thread-Topic", subj_case(CA, "[CASE")), ("Content-Language", "en-US")],
    body=leaf("text/plain", T_027, "us-ascii", "quoted-printable"),
    label=label("user_reply", False, CA),
    note="Owner answers the hold question - but from the company address (wrong address).")

T_028 = """いつもお世話になっております。ほしぞらテクノロジーズの中野です。

申し訳ございませんが、3月7日(金)から3月10日(月)まで休暇のため不在にしております。
期間中はメールを確認できませんので、3月11日(火)以降に順次ご返信いたします。
お急ぎの場合は、クラウド推進部 代表アドレス cloud@hoshizora-tech.co.jp までご連絡ください。

中野 翔太
"""

add(key="m027", when=datetime(2025, 3, 7, 9, 3, 44, tzinfo=JST),
    frm=addr("中野 翔太", "s.nakano@hoshizora-tech.co.jp"), to=addr(ME_JA, ME_C),
    subject=enc_header("自動応答: 引き継ぎ資料(AWS アカウント管理)について"),
    mid=mid_outlook("m027"),
    transport=lambda w: [("Received", "from TYCPR01MB6620.jpnprd01.prod.outlook.com (2603:1096:400:3c1::7) by "
                          "TYWPR01MB1104.jpnprd01.prod.outlook.com with HTTPS; " + format_datetime(w.astimezone(UTC)))],
    extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", "s.nakano@hoshizora-tech.co.jp"),
           ("Content-Language", "ja-JP")],
    body=leaf("text/plain", T_028, "utf-8", "base64"),
    label=label("unrelated", False, None),
    note="Colleague's Japanese out-of-office auto-reply whose subject mentions AWS account handover.")

T_029 = """Hi Daichi,

Thanks for the quick answer - that's exactly what I needed to know.

One snag: your reply reached us from daichi.morioka@hoshizora-tech.co.jp, and the contact address on
this case is morioka.daichi.78@gmail.com. For the security of your certification records we only
act on instructions that come from the address the case was opened with. Send the same statement
(that you are leaving Hoshizora Technologies and your last day) from morioka.daichi.78@gmail.com as
a reply to this email, and I'll pass it to the partner team straight away.

Best regards,
Hyun-woo
AWS Training and Certification Customer Service
"""

W029 = datetime(2025, 3, 7, 1, 14, 55, tzinfo=UTC)
add(key="m028", parent="m026", when=W029,
    frm=tc_from("AWS Training and Certification"), to=ME_P, cc=ME_C,
    subject=subj_case(CA),
    mid=mid_ses("m028", W029),
    transport=lambda w: ses_in(ME_P, w, "m028"),
    body=leaf("text/plain", T_029, "us-ascii", "7bit"),
    label=label("info_request", True, CA),
    note="Wrong-address request: imperative 'Send the same statement … from <personal>' with no "
         "'please'; opens with thanks that sound like closure.")

T_030_NEW = """Hi Hyun-woo,

Re-sending from my personal address as requested: I am leaving Hoshizora Technologies. My last
working day is March 14, 2025. Please keep morioka.daichi.78@gmail.com as the account on file.

Thanks,
Daichi
"""

add(key="m029", parent="m028", when=datetime(2025, 3, 7, 12, 30, 18, tzinfo=JST),
    frm=addr(ME_NAME, ME_P), to=tc_from("AWS Training and Certification"),
    subject=subj_case(CA),
    mid=mid_gmail("m029"), transport=None,
    body=gmail_alt(T_030_NEW, "On Fri, Mar 7, 2025 at 10:14 AM AWS Training and Certification <%s> wrote:" % TC_ADDR,
                   T_029, "m029"),
    label=label("user_reply", False, CA),
    note="Owner's Gmail reply (multipart, blockquote) from the right address; quoted request below.")

T_031 = """Hello Daichi,

Thank you for confirming from this address.

I've sent a release request to the administrator of the APN organization your company account is
associated with. Until they act, the case stays on hold on our side: we can't move partner-linked
certifications without that release. There is nothing you need to do while we wait; I'll write to
you as soon as the partner responds.

If your last working day changes, just let me know.

Best regards,
Hyun-woo
AWS Training and Certification Customer Service
"""

W031 = datetime(2025, 3, 8, 2, 44, 6, tzinfo=UTC)
add(key="m030", parent="m029", when=W031,
    frm=tc_from("AWS Training and Certification"), to=ME_P,
    subject=subj_case(CA),
    mid=mid_ses("m030", W031),
    transport=lambda w: ses_in(ME_P, w, "m030"),
    body=leaf("text/plain", T_031, "us-ascii", "7bit"),
    label=label("on_hold", False, CA),
    note="Pure APN hold: waiting on the partner admin, 'nothing you need to do', plus a conditional "
         "'if your last day changes, let me know' - no reply needed.")

T_032 = """Hello Daichi,

Good news: the partner administrator has released your company certification account, so the hold
on this case has been lifted.

I'm now preparing the merge. Before anything is moved, you'll receive one more email from us with
the account details to look over. Please allow up to one business day for it.

Best regards,
Hyun-woo
AWS Training and Certification Customer Service
"""

W032 = datetime(2025, 3, 10, 7, 5, 33, tzinfo=UTC)
add(key="m031", parent="m030", when=W032,
    frm=tc_from("AWS Training and Certification"), to=ME_P,
    subject=subj_case(CA),
    mid=mid_ses("m031", W032),
    transport=lambda w: ses_in(ME_P, w, "m031"),
    body=leaf("text/plain", T_032, "us-ascii", "7bit"),
    label=label("case_update", False, CA),
    note="Hold lifted, work continues; 'Please allow up to one business day' and 'account details to "
         "look over' announce a future request but ask nothing now.")

T_033 = """PEARSON VUE

Dear Daichi Morioka,

Thank you for scheduling your exam with Pearson VUE. Please keep this email for your records.

Exam:                 SAP-C02: AWS Certified Solutions Architect - Professional
Date and time:        Saturday, April 19, 2025, 10:00 AM JST
Delivery:             OnVUE online proctored
Registration ID:      509311862
Candidate ID:         AWS09172604
Order total:          JPY 22,500 (50% certification benefit applied)

Before your exam
- Run the system test on the computer and network you will use.
- Have a valid, government-issued ID ready; the name must match your profile exactly.
- Check in up to 30 minutes before your appointment.

To reschedule or cancel, sign in to your AWS Certification Account at least 24 hours before the
appointment. Replies to this message are not monitored.

Pearson VUE
"""

add(key="m032", when=datetime(2025, 3, 10, 11, 48, 2, tzinfo=UTC),
    frm=addr("Pearson VUE", "pearsonvueconfirmation@pearson.com"), to=ME_P,
    subject="Confirmation of your exam appointment - AWS Certified Solutions Architect - Professional",
    mid=mid_generic("m032", "pearson.com"),
    transport=lambda w: inbound(ME_P, w, "pearson.com", "bounce-mc.us7_1284@mcsv.pearson.com",
                                "148.105.8.211", "mail211.atl221.mcsv.net"),
    body=alt(T_033, "<html><body><h3>PEARSON VUE</h3>" + html_para(T_033) + "</body></html>", "m032"),
    label=label("unrelated", False, None, [ID_NEW]),
    note="Exam vendor confirmation with a candidate ID, a 9-digit registration ID and 'certification "
         "benefit applied'.")

H_034 = """<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body>
<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hello Daichi,</p>
<p>Thank you for your patience. With the partner release in place, the merge can go ahead. Below are
the certification accounts I found for you:</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#eaeded"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS09172604</td><td>AWS03318842</td></tr>
<tr><td>Login email</td><td>morioka.daichi.78@gmail.com</td><td>daichi.morioka@hoshizora-tech.co.jp</td></tr>
<tr><td>Training notification email</td><td>morioka.daichi.78@gmail.com</td><td>daichi.morioka@hoshizora-tech.co.jp</td></tr>
<tr><td>Certification notification email</td><td>morioka.daichi.78@gmail.com</td><td>daichi.morioka@hoshizora-tech.co.jp</td></tr>
<tr><td>Certifications</td><td>&ndash;</td><td>Solutions Architect &ndash; Associate; Cloud Practitioner (expired)</td></tr>
</table>
<p>Kindly review the details and reply indicating which account should remain as primary.
Everything held by the other account (exam history, certifications and benefits) will be merged
into it, and the other login will stop working.</p>
<p>Best regards,<br>
Hyun-woo<br>
AWS Training and Certification Customer Service</p>
<p style="font-size:8pt;color:#888">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by
Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</p>
</div>
</body></html>
"""

W034 = datetime(2025, 3, 11, 5, 17, 40, tzinfo=UTC)
add(key="m033", parent="m031", when=W034,
    frm=tc_from("AWS Training and Certification"), to=ME_P,
    subject=subj_case(CA),
    mid=mid_ses("m033", W034),
    transport=lambda w: ses_in(ME_P, w, "m033"),
    body=leaf("text/html", H_034, "utf-8", "base64"),
    label=label("confirmation_request", True, CA, [ID_NEW, ID_OLD]),
    note="HTML-only, base64, Account #1/#2 as table COLUMNS; 'Kindly review … and reply indicating' "
         "after explanation; candidate IDs only inside table cells.")

T_035_NEW = """田島さん

お疲れさまです。森岡です。
AWS 認定アカウントの件、AWS から下記の確認依頼が届きました。
個人アカウント(Account #1)に統合するよう返信する予定です。
会社側(APN)で何か必要な作業があれば教えてください。

森岡
"""

T_035_FWD = """---------- Forwarded message ---------
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Date: Tue, Mar 11, 2025 at 2:17 PM
Subject: RE:[CASE 174116100400412] [AWS Training and Certification Form Submission] - account-assistance
To: <morioka.daichi.78@gmail.com>


Hello Daichi,

Thank you for your patience. With the partner release in place, the merge can go ahead. Below are
the certification accounts I found for you:

                                  Account #1                    Account #2
Candidate ID                      AWS09172604                   AWS03318842
Login email                       morioka.daichi.78@gmail.com   daichi.morioka@hoshizora-tech.co.jp
Training notification email       morioka.daichi.78@gmail.com   daichi.morioka@hoshizora-tech.co.jp
Certification notification email morioka.daichi.78@gmail.com   daichi.morioka@hoshizora-tech.co.jp

Kindly review the details and reply indicating which account should remain as primary.
Everything held by the other account (exam history, certifications and benefits) will be merged
into it, and the other login will stop working.

Best regards,
Hyun-woo
AWS Training and Certification Customer Service
"""

T_035 = T_035_NEW + "\n" + T_035_FWD

add(key="m034", when=datetime(2025, 3, 11, 14, 40, 11, tzinfo=JST),
    frm=addr(ME_NAME, ME_P), to=addr("田島 真由美", "m.tajima@hoshizora-tech.co.jp"),
    subject="Fwd: RE:[CASE %s] %s" % (CA, SUBJ_FORM),
    mid=mid_gmail("m034"), transport=None,
    body=alt(T_035, "<div dir=\"ltr\">" + html_para(T_035_NEW) + "<br><div class=\"gmail_quote\">"
             + "<pre>" + html.escape(T_035_FWD) + "</pre></div></div>\n", "gm034"),
    label=label("user_reply", False, CA),
    note="Owner forwards the confirmation request to HR: the full request (and candidate IDs) is in the "
         "forwarded part; kept on the case subject but addressed to a colleague.")

H_036 = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#16191f">
<table width="600" align="center" style="border:1px solid #d5dbdb"><tr><td style="background:#232f3e;padding:14px">
<span style="color:#ff9900;font-size:20px;font-weight:bold">aws</span> <span style="color:#fff">Training and Certification</span>
</td></tr><tr><td style="padding:20px">
<p>Dear Certification Holder,</p>
<p>We are consolidating AWS Certification accounts that share the same candidate. A merge request is
pending for your profile (reference CASE 1741299000123) and <b>will be cancelled in 24 hours</b> unless
you confirm it.</p>
<p>To keep your certifications, sign in below and confirm the account you want to keep. You will be
asked for your AWS Builder ID password and the verification code we send you.</p>
<p style="text-align:center"><a href="https://aws-certification-support.com/merge/confirm?id=dm78" style="background:#ff9900;color:#000;padding:12px 30px;text-decoration:none">Confirm my accounts</a></p>
<p>Alternatively, reply to this email with your login email and password and our team will complete the
merge for you.</p>
<p>AWS Certification Support Team</p>
</td></tr></table></body></html>
"""

add(key="m035", when=datetime(2025, 3, 12, 3, 2, 17, tzinfo=UTC),
    frm=addr("AWS Certification Support", "support@aws-certification-support.com"), to=ME_P,
    subject="Action required: confirm your AWS Certification account merge",
    mid=mid_generic("m035", "aws-certification-support.com"),
    transport=lambda w: inbound(ME_P, w, "aws-certification-support.com", "bounce@aws-certification-support.com",
                                "185.213.27.64", "vps-27-64.hostline.example.net", policy="p=NONE sp=NONE dis=NONE"),
    body=leaf("text/html", H_036, "utf-8", "quoted-printable"),
    label=label("suspicious", False, None),
    note="Phishing from a lookalike domain (DKIM/SPF pass for its own domain) that copies the merge "
         "flow, arrives the day after the real confirmation request and asks for a reply with the password.")

T_037 = """森岡さん

お疲れさまです。坂口です。
森岡さんの送別会を下記のとおり開催します。

日時:3月13日(木)19:00〜
場所:新橋「炉端 かわせみ」
会費:4,000円(森岡さんは無料です)

急なご案内ですみませんが、出欠を 3月13日(木)12時までにこのメールへの返信でお知らせください。

坂口
"""

add(key="m036", when=datetime(2025, 3, 12, 18, 20, 0, tzinfo=JST),
    frm=addr("坂口 隆", "t.sakaguchi@hoshizora-tech.co.jp", "iso-2022-jp"), to=addr("森岡 大地", ME_C, "iso-2022-jp"),
    subject=enc_header("送別会のご案内(3/13)", "iso-2022-jp"),
    mid=mid_generic("m036", "hoshizora-tech.co.jp"),
    transport=lambda w: [("Received", "from hoshizora-tech.co.jp (mail.hoshizora-tech.co.jp [203.0.113.25]) by "
                          "TYWPR01MB1104.jpnprd01.prod.outlook.com; " + format_datetime(w.astimezone(UTC)))],
    extra=[("X-Mailer", "Becky! ver. 2.81.04")],
    body=leaf("text/plain", T_037, "shift_jis", "base64"),
    label=label("unrelated", False, None),
    note="Shift_JIS colleague mail asking for an RSVP by reply; a genuine request with a deadline, "
         "but not support.")

T_038 = """Hello Daichi,

I'm following up on my email of March 11 about your account merge. We still need your answer on
which account should remain as primary before we can merge anything.

If we don't hear back from you within 3 business days, this case will be closed automatically.
Replying to this email keeps it open. As your company mailbox closes today, please make sure to
answer from morioka.daichi.78@gmail.com.

Best regards,
Hyun-woo
AWS Training and Certification Customer Service

________________________________________
From: AWS Training and Certification
Sent: Tuesday, March 11, 2025 5:17 AM (UTC)
To: morioka.daichi.78@gmail.com
Subject: RE:[CASE 174116100400412] [AWS Training and Certification Form Submission] - account-assistance

Hello Daichi,

Thank you for your patience. With the partner release in place, the merge can go ahead. Below are
the certification accounts I found for you:

Account #1 - AWS09172604
Login email: morioka.daichi.78@gmail.com
Training notification email: morioka.daichi.78@gmail.com
Certification notification email: morioka.daichi.78@gmail.com

Account #2 - AWS03318842
Login email: daichi.morioka@hoshizora-tech.co.jp
Training notification email: daichi.morioka@hoshizora-tech.co.jp
Certification notification email: daichi.morioka@hoshizora-tech.co.jp

Kindly review the details and reply indicating which account should remain as primary.
"""

W038 = datetime(2025, 3, 14, 0, 33, 9, tzinfo=UTC)
add(key="m037", parent="m033", when=W038,
    frm=tc_from("AWS Training and Certification"), to=ME_P,
    subject=subj_case(CA),
    mid=mid_ses("m037", W038),
    transport=lambda w: ses_in(ME_P, w, "m037"),
    body=leaf("text/plain", T_038, "us-ascii", "7bit"),
    eol="\r\n",
    label=label("closing_notice", True, CA),
    note="Closing notice on top of the whole confirmation request (Account #1/#2 quoted, Outlook "
         "separator); CRLF line endings; candidate IDs only in the quote.")

T_039_NEW = """Confirmed. Both accounts are mine - please merge into Account #1 (AWS09172604, my personal
address) and keep that one as primary.

Sorry for the slow reply, it was my last week at the company.

Daichi
"""

add(key="m038", parent="m037", when=datetime(2025, 3, 14, 21, 2, 55, tzinfo=JST),
    frm=addr(ME_NAME, ME_P), to=tc_from("AWS Training and Certification"),
    subject=subj_case(CA),
    mid=mid_gmail("m038"), transport=None,
    body=gmail_alt(T_039_NEW, "On Fri, Mar 14, 2025 at 9:33 AM AWS Training and Certification <%s> wrote:" % TC_ADDR,
                   T_038, "m038"),
    label=label("user_reply", False, CA, [ID_NEW]),
    note="Owner's 'Confirmed … merge into Account #1' over the quoted closing notice.")

T_040 = """Hello,

Your Google Cloud Certification support case 52819364 ("Exam voucher not applied") has been closed
because we have not received a response to our last message within 7 days.

If you still need help, reply to this email within 14 days and the case will be reopened
automatically. After that, please submit a new request through the Google Cloud Certification
help center.

Thank you,
Google Cloud Certification Support
"""

add(key="m039", when=datetime(2025, 3, 15, 0, 10, 44, tzinfo=UTC),
    frm=addr("Google Cloud Certification Support", "cloud-certification-support@google.com"), to=ME_P,
    subject="[Case 52819364] Your support case has been closed",
    mid=mid_generic("m039", "google.com"),
    transport=lambda w: inbound(ME_P, w, "google.com", "cloud-certification-support@google.com",
                                "209.85.220.73", "mail-sor-f73.google.com", policy="p=REJECT sp=REJECT dis=NONE"),
    body=leaf("text/plain", T_040, "us-ascii", "7bit"),
    label=label("unrelated", False, None),
    note="Another vendor's certification support closing notice for inactivity ('reply … and the case "
         "will be reopened'), one day after the real AWS closing notice.")

T_041 = """Hello Daichi,

All done. Everything that was under Account #2 (AWS03318842) - exam history, the Solutions
Architect - Associate certification and your benefits - now sits under Account #1 (AWS09172604),
which you sign in to with morioka.daichi.78@gmail.com. The company login no longer works.

You don't need to do anything else. It can take a day or two for Credly and the partner profile to
reflect the change.

Best regards,
Hyun-woo
AWS Training and Certification Customer Service

On Fri, Mar 14, 2025 at 12:02 PM, Daichi Morioka <morioka.daichi.78@gmail.com> wrote:
> Confirmed. Both accounts are mine - please merge into Account #1 (AWS09172604, my personal
> address) and keep that one as primary.
>
> On Fri, Mar 14, 2025 at 9:33 AM AWS Training and Certification wrote:
> > If we don't hear back from you within 3 business days, this case will be closed
> > automatically. Replying to this email keeps it open.
> >
> > Kindly review the details and reply indicating which account should remain as primary.
"""

W041 = datetime(2025, 3, 15, 1, 48, 20, tzinfo=UTC)
add(key="m040", parent="m038", when=W041,
    frm=tc_from("AWS Training and Certification"), to=ME_P,
    subject=subj_case(CA),
    mid=mid_ses("m040", W041),
    transport=lambda w: ses_in(ME_P, w, "m040"),
    body=alt(T_041, "<html><body>" + html_para(T_041) + "</body></html>", "m040"),
    label=label("resolved", False, CA, [ID_OLD, ID_NEW]),
    note="Completion that never says 'merged' in its own text ('All done … now sits under Account #1'); "
         "quotes both the closing notice and the confirmation request.")

H_042 = """<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333">
<h2>Your badges have a new home</h2>
<p>Hi Daichi,</p>
<p>Amazon Web Services Training and Certification has updated the email address on the following badge,
which now appears in the Credly account for <b>morioka.daichi.78@gmail.com</b>:</p>
<ul><li>AWS Certified Solutions Architect &ndash; Associate</li></ul>
<p><a href="https://www.credly.com/users/daichi-morioka.8b1c3f/badges">View your badges</a></p>
<p style="font-size:11px;color:#888">You received this email because a badge was issued to this address.
<a href="https://www.credly.com/notifications/unsubscribe">Unsubscribe</a></p>
</body></html>
"""

add(key="m041", when=datetime(2025, 3, 15, 2, 30, 5, tzinfo=UTC),
    frm=addr("Credly", "admin@credly.com"), to=ME_P,
    subject="Your badge from Amazon Web Services Training and Certification has moved",
    mid=mid_generic("m041", "credly.com"),
    transport=lambda w: inbound(ME_P, w, "credly.com", "bounces@mail.credly.com", "198.2.180.22",
                                "mail180-22.suw21.mandrillapp.com"),
    body=leaf("text/html", H_042, "utf-8", "quoted-printable"),
    label=label("badge", False, None),
    note="Credly mail triggered by the merge (minutes after the completion).")

T_043 = """Hello Daichi Morioka,

Your AWS Training and Certification case 174116100400412 was recently resolved. Please take two
minutes to tell us how we did - your answers help us improve the support we give to every
certification holder.

How likely are you to recommend AWS Training and Certification support to a colleague?
Rate us: https://survey.aws-training-support.amazon.com/s/NP8?c=174116100400412

This survey closes in 14 days. Please don't reply to this email; replies are not read.

AWS Training and Certification
"""

add(key="m042", when=datetime(2025, 3, 16, 16, 0, 3, tzinfo=UTC),
    frm=addr("AWS Training and Certification", "tc-feedback@amazon.com"), to=ME_P,
    subject="How did we do? Your AWS Training and Certification case",
    mid=mid_ses("m042", datetime(2025, 3, 16, 16, 0, 3, tzinfo=UTC)),
    transport=lambda w: ses_in(ME_P, w, "m042"),
    body=leaf("text/plain", T_043, "us-ascii", "7bit"),
    label=label("survey", False, CA),
    note="Plain-text survey with 'Please take two minutes to tell us' - a request, but only feedback.")

H_044 = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Daichi,</p>
<p>AWS Certification wants to hear from you. As someone who holds an active AWS Certification, your
experience can help shape future exams.</p>
<p>Join the AWS Certification Subject Matter Expert (SME) program: write and review exam items,
take part in standard-setting workshops, and earn AWS Training and Certification credits.</p>
<p><a href="https://www.aws.training/certification/sme?src=mail">Tell us about your expertise</a> &mdash;
the interest form takes about five minutes.</p>
<p>Thank you for being part of the AWS Certification community.<br>AWS Certification</p>
</body></html>
"""

add(key="m043", when=datetime(2025, 3, 18, 15, 20, 11, tzinfo=UTC),
    frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P,
    subject="AWS Certification wants to hear from you",
    mid=mid_generic("m043", "certmetrics.com"),
    transport=lambda w: inbound(ME_P, w, "certmetrics.com", "bounces+2281@em.certmetrics.com",
                                "167.89.101.44", "o5.em.certmetrics.com"),
    body=alt("Hi Daichi,\n\nAWS Certification wants to hear from you. Join the AWS Certification SME program:\n"
             "https://www.aws.training/certification/sme?src=mail\n\nAWS Certification\n", H_044, "m043"),
    label=label("certification", False, None),
    note="Program mail titled like feedback ('wants to hear from you'), arriving after a case survey; "
         "it is an SME recruitment, not a case survey.")

T_045 = """Hello Daichi,

Thank you for your interest in the AWS Educate educator program.

To complete your educator application we need to verify your affiliation with an educational
institution. Could you reply with one of the following?
  - an official letter from the institution confirming your teaching role, or
  - a link to your profile on the institution's website.

Once we receive it we will continue with your application. If we do not hear back within 10 days,
this case will be closed.

Regards,
AWS Educate Support
"""

W045 = datetime(2025, 3, 20, 6, 41, 2, tzinfo=UTC)
add(key="m044", when=W045,
    frm=addr("AWS Educate Support", "aws-cs-educate-form@amazon.com"), to=ME_P,
    subject="RE:[CASE %s] [AWS Educate Form Submission] - educator-application" % C_EDU,
    mid=mid_ses("m044", W045),
    transport=lambda w: ses_in(ME_P, w, "m044"),
    body=leaf("text/plain", T_045, "us-ascii", "7bit"),
    label=label("unrelated", False, None),
    note="Same form-case shape from another AWS program (Educate) with a direct question and a "
         "closing threat - not a Training and Certification case.")

T_046 = """Hello,

We have received your request and opened support case 174295007100215.

Subject: Exam discount voucher missing after certification account merge
Severity: General guidance
Service: Training and Certification

A support engineer will respond by email and in the Support Center. To view or add correspondence
to this case, visit:
https://support.console.aws.amazon.com/support/home#/case/?displayId=174295007100215&language=en

Sincerely,
Amazon Web Services

Please note: this e-mail was sent from an address that cannot accept incoming e-mails. To update
your case, use the link above.
"""

W046 = datetime(2025, 3, 26, 0, 48, 30, tzinfo=UTC)
add(key="m045", when=W046,
    frm=addr("Amazon Web Services", CON_ADDR), to=ME_P,
    subject="Amazon Web Services: New Support case: %s" % CK,
    mid=mid_ses("m045", W046),
    transport=lambda w: ses_in(ME_P, w, "m045"),
    body=leaf("text/plain", T_046, "us-ascii", "7bit"),
    label=label("acknowledgement", False, CK),
    note="Support Center (console) acknowledgement: different sender, subject and footer; 'cannot "
         "accept incoming e-mails'.")

T_047 = """Hello,

We detected unusual activity on the AWS Support case associated with your account. To protect your
certification records, your case has been suspended.

Verify your identity within 12 hours to restore access:
https://support-console-aws.com/case/verify?displayId=174295007133301

If you do not verify, your certifications may be revoked.

Sincerely,
Amazon Web Services

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
"""

add(key="m046", when=datetime(2025, 3, 26, 9, 5, 52, tzinfo=UTC),
    frm=addr("Amazon Web Services", CON_ADDR), to=ME_P,
    subject="Amazon Web Services: Support case 174295007133301 requires verification",
    mid=mid_generic("m046", "mail-srv07.ru-hosting.example"),
    transport=lambda w: inbound(ME_P, w, "amazon.com", "root@mail-srv07.ru-hosting.example", "45.142.214.77",
                                "mail-srv07.ru-hosting.example", dkim="fail", spf="softfail", dmarc="fail",
                                dkim_d="mail-srv07.ru-hosting.example"),
    body=leaf("text/plain", T_047, "us-ascii", "7bit"),
    label=label("suspicious", False, None),
    note="Spoofs no-reply-aws@amazon.com with the console footer and a case-like number; "
         "Authentication-Results show dkim=fail, dmarc=fail; link to a lookalike host.")

T_048 = """Hello,

Thank you for contacting AWS Training and Certification support. My name is Ines.

I can see the merge of your two certification accounts completed on March 15. Benefits normally move
together with the certifications, but a voucher that was created shortly before a merge is
sometimes left on the source account.

To trace the missing voucher, could you let us know the following through the Support Center?
1. The exam you earned the 50% discount for, and roughly when it was issued
2. Whether you can still see the voucher code (even partially) in any earlier email
3. A screenshot of the Benefits page of your current account, if possible

We look forward to your response.

Best regards,
Ines M.
Amazon Web Services

We value your feedback. Please share your experience by rating this and other correspondences in
the AWS Support Center. You can rate a correspondence by selecting the stars in the top right
corner of the correspondence.

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link below, and reply from the Support Center:
https://support.console.aws.amazon.com/support/home#/case/?displayId=174295007100215&language=en
"""

W048 = datetime(2025, 3, 27, 2, 12, 40, tzinfo=UTC)
add(key="m047", parent="m045", when=W048,
    frm=addr("Amazon Web Services", CON_ADDR), to=ME_P,
    subject="RE:[CASE %s] Exam discount voucher missing after certification account merge" % CK,
    mid=mid_ses("m047", W048),
    transport=lambda w: ses_in(ME_P, w, "m047"),
    body=alt(T_048, "<html><body style=\"font-family:Arial\">" + html_para(T_048) + "</body></html>", "m047"),
    label=label("info_request", True, CK),
    note="Console case request: must be answered in the Support Center, not by e-mail; request sits "
         "between an explanation and the rating footer plus 'cannot accept incoming e-mails'.")

T_049_NEW = """Hi Ines,

The voucher was issued after I passed Solutions Architect - Associate in June 2023 (on my old
account AWS03318842). I never used it, and I no longer have the code. Screenshot of the Benefits
page attached.

Thanks,
Daichi
"""

add(key="m048", parent="m047", when=datetime(2025, 3, 27, 12, 5, 33, tzinfo=JST),
    frm=addr(ME_NAME, ME_P), to=addr("Amazon Web Services", CON_ADDR),
    subject="Re: RE:[CASE %s] Exam discount voucher missing after certification account merge" % CK,
    mid=mid_gmail("m048"), transport=None,
    body=gmail_alt(T_049_NEW, "On Thu, Mar 27, 2025 at 11:12 AM Amazon Web Services <%s> wrote:" % CON_ADDR,
                   T_048, "m048"),
    label=label("user_reply", False, CK, [ID_OLD]),
    note="Owner answers the console case by e-mail to the no-reply address (will bounce); 'Re: RE:' subject.")

T_050 = """** Address not found **

Your message wasn't delivered to no-reply-aws@amazon.com because the address couldn't be found, or is
unable to receive mail.

The response from the remote server was:

550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox cannot accept
incoming e-mails
"""

REPORT_050 = """Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; morioka.daichi.78@gmail.com
Arrival-Date: Wed, 26 Mar 2025 20:05:34 -0700 (PDT)
X-Original-Message-ID: %s

Final-Recipient: rfc822; no-reply-aws@amazon.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; inbound-smtp.us-east-1.amazonaws.com. (52.94.226.2, the server for the domain amazon.com.)
Diagnostic-Code: smtp; 550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox cannot accept incoming e-mails
Last-Attempt-Date: Wed, 26 Mar 2025 20:05:36 -0700 (PDT)
"""

ORIG_050 = """From: Daichi Morioka <morioka.daichi.78@gmail.com>
Date: Thu, 27 Mar 2025 12:05:33 +0900
Subject: Re: RE:[CASE 174295007100215] Exam discount voucher missing after certification account merge
To: Amazon Web Services <no-reply-aws@amazon.com>
Message-ID: %s
"""


def body_050():
    om = mid_gmail("m048")
    b = "00000000000050e1a2b3c4d5e6f70"
    parts = [
        leaf("text/plain", T_050, "utf-8", "quoted-printable"),
        ([("Content-Type", "message/delivery-status")], REPORT_050 % om),
        ([("Content-Type", "text/rfc822-headers")], ORIG_050 % om),
    ]
    out = []
    for h, body in parts:
        out.append("--" + b + "\n" + "".join("%s: %s\n" % kv for kv in h) + "\n" + body)
    return ([("Content-Type", 'multipart/report; boundary="%s"; report-type=delivery-status' % b)],
            "".join(out) + "--" + b + "--\n")


add(key="m049", when=datetime(2025, 3, 27, 3, 5, 37, tzinfo=UTC),
    frm=addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), to=ME_P,
    subject="Delivery Status Notification (Failure)",
    mid=mid_gmail("m049-bounce"), in_reply_to=mid_gmail("m048"), references=mid_gmail("m048"),
    transport=lambda w: [("Delivered-To", ME_P)],
    extra=[("Auto-Submitted", "auto-replied")],
    body=body_050(),
    label=label("unrelated", False, CK),
    note="Bounce of the owner's e-mail reply to the console case ('cannot accept incoming e-mails'); "
         "carries the case subject in the returned headers.")

T_051 = """Hello,

We haven't heard back from you on this case since our last correspondence on March 27.

If we don't receive a response within the next 5 days, this case will be resolved automatically.
Please note that resolved cases can only be reopened within 14 days. To keep the case open, add a
correspondence in the Support Center:
https://support.console.aws.amazon.com/support/home#/case/?displayId=174295007100215&language=en

Best regards,
Amazon Web Services

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
"""

W051 = datetime(2025, 3, 31, 2, 15, 0, tzinfo=UTC)
add(key="m050", parent="m047", when=W051,
    frm=addr("Amazon Web Services", CON_ADDR), to=ME_P,
    subject="RE:[CASE %s] Exam discount voucher missing after certification account merge" % CK,
    mid=mid_ses("m050", W051),
    transport=lambda w: ses_in(ME_P, w, "m050"),
    body=leaf("text/plain", T_051, "us-ascii", "7bit"),
    label=label("closing_notice", True, CK),
    note="Console auto-resolve warning ('will be resolved automatically'), reply only via Support Center; "
         "the owner's e-mail answer had bounced.")

T_052 = """Hello Daichi,

Thank you for the details and the screenshot you added in the Support Center.

I have confirmed that the 50% voucher was left on the retired account during the merge. I've
passed the case to our Certification benefits team, who can reissue benefits; they usually need 3
to 5 business days. Nothing else is needed from you for now, and I'll update this case when I hear
from them.

Best regards,
Ines M.
Amazon Web Services

We value your feedback. Please share your experience by rating this and other correspondences in
the AWS Support Center. You can rate a correspondence by selecting the stars in the top right
corner of the correspondence.

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link below, and reply from the Support Center:
https://support.console.aws.amazon.com/support/home#/case/?displayId=174295007100215&language=en
"""

W052 = datetime(2025, 4, 1, 6, 40, 12, tzinfo=UTC)
add(key="m051", parent="m050", when=W052,
    frm=addr("Amazon Web Services", CON_ADDR), to=ME_P,
    subject="RE:[CASE %s] Exam discount voucher missing after certification account merge" % CK,
    mid=mid_ses("m051", W052),
    transport=lambda w: ses_in(ME_P, w, "m051"),
    body=alt(T_052, "<html><body style=\"font-family:Arial\">" + html_para(T_052) + "</body></html>", "m051"),
    label=label("case_update", False, CK),
    note="Passed to another team; the standard console footer says 'To respond … please follow the "
         "link' although nothing is asked.")

T_053 = """Hello,

Thank you for contacting AWS Support about the charges on account 483920177265.

The USD 41.86 on your March bill comes from a NAT gateway in ap-northeast-1 that has been running
since February 2. Could you confirm whether you created this NAT gateway intentionally? If it was
not intended, delete it and let us know, and we can review whether a billing adjustment is possible.

Best regards,
Kenta
Amazon Web Services

We value your feedback. Please share your experience by rating this and other correspondences in
the AWS Support Center.

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link below, and reply from the Support Center:
https://support.console.aws.amazon.com/support/home#/case/?displayId=174355020000077&language=en
"""

W053 = datetime(2025, 4, 2, 1, 3, 48, tzinfo=UTC)
add(key="m052", when=W053,
    frm=addr("Amazon Web Services", CON_ADDR), to=ME_P,
    subject="RE:[CASE %s] Unexpected charges on my account" % C_BILL,
    mid=mid_ses("m052", W053),
    transport=lambda w: ses_in(ME_P, w, "m052"),
    body=leaf("text/plain", T_053, "us-ascii", "7bit"),
    label=label("unrelated", False, None),
    note="Console case of the same sender and template, but about AWS billing (12-digit account, "
         "NAT gateway); contains a real question - not a T&C case.")

T_054 = """Hello Daichi,

Good news: our Certification benefits team has reissued the 50% exam discount voucher to your
current account, AWS09172604. You'll find it under Benefits in your AWS Certification Account; it is
valid until September 30, 2025.

Since the voucher is now in place, I'll mark this case as resolved. If anything doesn't look right,
you can reopen the case from the Support Center within 14 days.

Best regards,
Ines M.
Amazon Web Services

We value your feedback. Please share your experience by rating this and other correspondences in
the AWS Support Center. You can rate a correspondence by selecting the stars in the top right
corner of the correspondence.

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link below, and reply from the Support Center:
https://support.console.aws.amazon.com/support/home#/case/?displayId=174295007100215&language=en
"""

W054 = datetime(2025, 4, 8, 3, 22, 9, tzinfo=UTC)
add(key="m053", parent="m051", when=W054,
    frm=addr("Amazon Web Services", CON_ADDR), to=ME_P,
    subject="RE:[CASE %s] Exam discount voucher missing after certification account merge" % CK,
    mid=mid_ses("m053", W054),
    transport=lambda w: ses_in(ME_P, w, "m053"),
    body=leaf("text/plain", T_054, "utf-8", "quoted-printable"),
    label=label("resolved", False, CK, [ID_NEW]),
    note="Console resolution with the 'We value your feedback. Please share…' footer and a "
         "conditional reopen; resolved, not survey.")

H_055 = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Your AWS Support case <b>174295007100215</b> &ldquo;Exam discount voucher missing after certification
account merge&rdquo; has been resolved.</p>
<p>Please take a moment to rate your overall experience with this case:</p>
<p>
<a href="https://support.console.aws.amazon.com/support/feedback?displayId=174295007100215&amp;r=5">&#9733;&#9733;&#9733;&#9733;&#9733;</a><br>
<a href="https://support.console.aws.amazon.com/support/feedback?displayId=174295007100215&amp;r=1">&#9733;</a>
</p>
<p>Your feedback helps us improve AWS Support.</p>
<p>Amazon Web Services</p>
<p style="font-size:11px">This e-mail was sent from an address that cannot accept incoming e-mails.</p>
</body></html>
"""

add(key="m054", when=datetime(2025, 4, 9, 3, 30, 0, tzinfo=UTC),
    frm=addr("Amazon Web Services", CON_ADDR), to=ME_P,
    subject="How was your experience with AWS Support case %s?" % CK,
    mid=mid_ses("m054", datetime(2025, 4, 9, 3, 30, 0, tzinfo=UTC)),
    transport=lambda w: ses_in(ME_P, w, "m054"),
    body=leaf("text/html", H_055, "utf-8", "7bit"),
    label=label("survey", False, CK),
    note="HTML-only console case survey from the console sender.")

T_056_NEW = """Hi Hyun-woo,

Sorry to come back to this. After the merge I compared my exam history with the notes I made
beforehand: the Cloud Practitioner exam I passed in 2021 (on the old account AWS03318842) is not in
the exam history of AWS09172604. Solutions Architect - Associate moved fine.

Could you check what happened to it?

Thanks,
Daichi
"""

add(key="m055", parent="m040", when=datetime(2025, 4, 10, 8, 44, 30, tzinfo=JST),
    frm=addr(ME_NAME, ME_P), to=tc_from("AWS Training and Certification"),
    subject=subj_case(CA),
    mid=mid_gmail("m055"), transport=None,
    body=gmail_alt(T_056_NEW, "On Sat, Mar 15, 2025 at 10:48 AM AWS Training and Certification <%s> wrote:" % TC_ADDR,
                   T_041, "m055"),
    label=label("user_reply", False, CA, [ID_OLD, ID_NEW]),
    note="Owner reopens the resolved case by replying to it, top-posted over the whole history; "
         "ends with a question (owner's question, not support's).")

T_057 = """Hello Daichi,

Thanks for letting us know. I've reopened case 174116100400412 and asked our records team to look
into the missing Cloud Practitioner result. For reference, I've also linked your earlier case
7481022093 from 2020, in which that exam was first registered.

I'll get back to you as soon as I have an update.

Best regards,
Hyun-woo
AWS Training and Certification Customer Service
"""

W057 = datetime(2025, 4, 10, 5, 2, 11, tzinfo=UTC)
add(key="m056", parent="m055", when=W057,
    frm=tc_from("AWS Training and Certification"), to=ME_P,
    subject=subj_case(CA),
    mid=mid_ses("m056", W057),
    transport=lambda w: ses_in(ME_P, w, "m056"),
    body=leaf("text/plain", T_057, "us-ascii", "7bit"),
    label=label("case_update", False, CA),
    note="Reopen notice: says 'reopened case …' (looks like an acknowledgement) and names an old "
         "10-digit case that the message does not belong to.")

T_058 = """Hi Daichi,

Two quick questions from the records team:

- On what date did you sit the Cloud Practitioner exam?
- Test center or online proctored?

Thanks,
Hyun-woo
AWS T&C Customer Service
"""

W058 = datetime(2025, 4, 11, 0, 55, 40, tzinfo=UTC)
add(key="m057", parent="m056", when=W058,
    frm=tc_from("AWS Training and Certification"), to=ME_P,
    subject=subj_case(CA),
    mid=mid_ses("m057", W058),
    transport=lambda w: ses_in(ME_P, w, "m057"),
    body=leaf("text/plain", T_058, "us-ascii", "7bit"),
    label=label("info_request", True, CA),
    note="Very short request: two bare questions, no 'please', no 'let us know'.")

T_059_NEW = """Hi Hyun-woo,

- June 17, 2021
- Test center (Pearson VUE, Shinjuku)

Daichi
"""

add(key="m058", parent="m057", when=datetime(2025, 4, 11, 10, 20, 2, tzinfo=JST),
    frm=addr(ME_NAME, ME_P), to=tc_from("AWS Training and Certification"),
    subject=subj_case(CA),
    mid=mid_gmail("m058"), transport=None,
    body=leaf("text/plain", T_059_NEW + "\nOn Fri, Apr 11, 2025 at 9:55 AM AWS Training and Certification <%s> wrote:\n\n" % TC_ADDR
              + quote(T_058) + "\n", "utf-8", "7bit"),
    label=label("user_reply", False, CA),
    note="Short plain-text owner answer; the questions survive in the quote.")

T_060 = """Hello Daichi,

Thanks for the details. The records team found the 2021 Cloud Practitioner result: it had been
filed under a third, empty profile created during your 2020 case, so the merge in March did not
pick it up. It is now in the exam history of AWS09172604, and the certification shows as expired
(June 2024), as expected.

There is one thing I need you to decide. The expired Cloud Practitioner badge is still sitting in a
separate Credly account under your old company address. We can move it to your current Credly
profile, but this also makes the expired badge visible there. Should we move it, or leave it where
it is?

Best regards,
Hyun-woo
AWS Training and Certification Customer Service
"""

W060 = datetime(2025, 4, 14, 2, 30, 15, tzinfo=UTC)
add(key="m059", parent="m058", when=W060,
    frm=tc_from("AWS Training and Certification"), to=ME_P,
    subject=subj_case(CA),
    mid=mid_ses("m059", W060),
    transport=lambda w: ses_in(ME_P, w, "m059"),
    body=alt(T_060, "<html><body>" + html_para(T_060) + "</body></html>", "m059", "utf-8", "base64"),
    label=label("info_request", True, CA, [ID_NEW]),
    note="Reads like a resolution (record fixed) but ends with a decision the owner must make "
         "('Should we move it, or leave it?'): info_request, needs a reply.")

T_061_NEW = """Please move it - I'd rather have everything in one place.

Daichi
"""

add(key="m060", parent="m059", when=datetime(2025, 4, 14, 13, 2, 9, tzinfo=JST),
    frm=addr(ME_NAME, ME_P), to=tc_from("AWS Training and Certification"),
    subject=subj_case(CA),
    mid=mid_gmail("m060"), transport=None,
    body=gmail_alt(T_061_NEW, "On Mon, Apr 14, 2025 at 11:30 AM AWS Training and Certification <%s> wrote:" % TC_ADDR,
                   T_060, "m060"),
    label=label("user_reply", False, CA),
    note="One-line owner answer ('Please move it') over a quoted question.")

T_062 = """Hello Daichi,

Done - the Cloud Practitioner badge has been moved to your current Credly profile, so all your AWS
badges are now in one place. Your exam history on AWS09172604 is complete.

I'm setting this case back to resolved. If you spot anything else, reply to this email within the
next few days and it will come straight back to me.

Best regards,
Hyun-woo
AWS Training and Certification Customer Service
"""

W062 = datetime(2025, 4, 15, 0, 12, 50, tzinfo=UTC)
add(key="m061", parent="m060", when=W062,
    frm=tc_from("AWS Training and Certification"), to=ME_P,
    subject=subj_case(CA),
    mid=mid_ses("m061", W062),
    transport=lambda w: ses_in(ME_P, w, "m061"),
    body=leaf("text/plain", T_062, "us-ascii", "7bit"),
    label=label("resolved", False, CA, [ID_NEW]),
    note="Second completion of the reopened case; conditional 'If you spot anything else, reply…'.")

H_063 = """<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333">
<p>Hi Daichi,</p>
<p>A badge was added to your Credly profile by <b>Amazon Web Services Training and Certification</b>:</p>
<table cellpadding="6"><tr><td><img src="https://images.credly.com/size/80x80/images/00634f82-b07f-4bbd-a6bb-53de397fc3a6/image.png" width="80"></td>
<td><b>AWS Certified Cloud Practitioner</b><br>Issued June 17, 2021 &middot; Expired June 17, 2024</td></tr></table>
<p>Expired badges stay in your profile history. You can hide them at any time in your privacy settings.</p>
<p><a href="https://www.credly.com/earner/earned">Manage your badges</a></p>
<p style="font-size:11px;color:#888">Credly, Inc. <a href="https://www.credly.com/notifications/unsubscribe">Unsubscribe</a></p>
</body></html>
"""

add(key="m062", when=datetime(2025, 4, 15, 0, 40, 31, tzinfo=UTC),
    frm=addr("Credly", "admin@credly.com"), to=ME_P,
    subject="A badge was added to your profile",
    mid=mid_generic("m062", "credly.com"),
    transport=lambda w: inbound(ME_P, w, "credly.com", "bounces@mail.credly.com", "198.2.180.14",
                                "mail180-14.suw21.mandrillapp.com"),
    body=leaf("text/html", H_063, "utf-8", "quoted-printable"),
    label=label("badge", False, None),
    note="Credly mail for an EXPIRED badge, following the case; generic subject.")

T_064 = """Dear Daichi,

Action required: your AWS Certified Solutions Architect - Associate badge is scheduled for
revocation because the e-mail address on your Credly account could not be verified after a recent
account change.

To keep your badge, verify your identity within 48 hours:
https://credly-verify.net/amazon/badge/verify?u=morioka.daichi.78

If you believe this is a mistake, reply to this message with your Credly password and we will
restore the badge manually.

Credly Support
"""

add(key="m063", when=datetime(2025, 4, 15, 1, 37, 3, tzinfo=UTC),
    frm=addr("Credly Support", "admin@credly-verify.net"), to=ME_P,
    subject="Action required: your AWS badge will be revoked",
    mid=mid_generic("m063", "credly-verify.net"),
    transport=lambda w: inbound(ME_P, w, "credly-verify.net", "admin@credly-verify.net", "91.215.85.140",
                                "srv140.bulkmail.example", dkim="none", spf="neutral", dmarc="none",
                                policy="p=NONE dis=NONE"),
    body=leaf("text/plain", T_064, "us-ascii", "7bit"),
    label=label("suspicious", False, None),
    note="Credly lookalike right after real Credly mail; demands a reply with a password.")

T_065 = """森岡 大地 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
お問い合わせを受け付け、ケース 174468672900129 を作成いたしました。

ケースの詳細は次のとおりです。

ケース ID: 174468672900129
お問い合わせタイプ: 認定
その他の詳細: 認定証
AWS 候補 ID: AWS09172604
お問い合わせ内容:
アカウント統合後、認定証の氏名が「MORIOKA DAICHI」(すべて大文字、姓・名の順)で
表示されるようになりました。以前と同じ「Daichi Morioka」に戻したいです。

通常 24 時間以内に担当者よりご連絡いたします。
すでにケースを提起されている場合、同様のリクエストについて別のケースを提起しないでください。

AWS トレーニングと認定
"""

W065 = datetime(2025, 4, 15, 3, 12, 40, tzinfo=UTC)
add(key="m064", when=W065,
    frm=addr("AWS トレーニングと認定", TC_ADDR, "shift_jis"), to=ME_P,
    subject=enc_header("RE:[CASE %s] [AWS Training and Certification Form Submission] - 認定証" % CL, "shift_jis"),
    mid=mid_ses("m064", W065),
    transport=lambda w: ses_in(ME_P, w, "m064"),
    body=leaf("text/plain", T_065, "shift_jis", "base64"),
    eol="\r\n",
    label=label("acknowledgement", False, CL, [ID_NEW]),
    note="Japanese acknowledgement in Shift_JIS/base64 with CRLF; Japanese subject tail; "
         "〜しないでください is a prohibition, not a request to reply.")

T_066 = """森岡 様

お問い合わせいただき、誠にありがとうございます。
AWS トレーニングと認定 カスタマーサービスの佐藤と申します。

認定証の氏名表記について確認いたしました。アカウント統合の際、統合元アカウント
(旧会社アドレス)に登録されていたプロフィール名がパスポート形式(大文字・姓名順)
であったため、統合先にもその表記が引き継がれたものと思われます。

認定証の氏名は、本人確認書類(受験時に提示される身分証明書)と一致している必要が
ございます。そのため、変更にあたっては、試験当日にご提示予定の身分証明書に記載の
ローマ字表記を確認させていただいております。

お手数ではございますが、身分証明書に記載されている氏名のローマ字表記と、
認定証に表示をご希望の表記(大文字・小文字、姓と名の順序を含む)を、
本メールへのご返信にてお知らせいただけますと幸いです。

何卒よろしくお願い申し上げます。

佐藤 美咲
AWS トレーニングと認定 カスタマーサービス
"""

W066 = datetime(2025, 4, 16, 1, 45, 3, tzinfo=UTC)
add(key="m065", parent="m064", when=W066,
    frm=addr("AWS トレーニングと認定", TC_ADDR, "iso-2022-jp"), to=ME_P,
    subject=enc_header("RE:[CASE %s] [AWS Training and Certification Form Submission] - 認定証" % CL, "iso-2022-jp"),
    mid=mid_ses("m065", W066),
    transport=lambda w: ses_in(ME_P, w, "m065"),
    body=leaf("text/plain", T_066, "iso-2022-jp"),
    label=label("info_request", True, CL),
    note="Japanese request buried after two explanatory paragraphs, phrased as 'お知らせいただけますと幸いです' "
         "(no ください, no question mark); ISO-2022-JP.")

T_067 = """森岡 様

お世話になっております。AWS トレーニングと認定 カスタマーサービスの佐藤でございます。

4 月 16 日にお送りしたメールについて、その後ご返信をいただけていないため、
本ケースはいったんクローズとさせていただきました。

引き続き認定証の氏名表記の変更をご希望の場合は、本メールにご返信いただければ
ケースを再開いたします。その際は、前回お願いした身分証明書のローマ字表記と
ご希望の表記をあわせてお知らせください。

佐藤 美咲
AWS トレーニングと認定 カスタマーサービス
"""

W067 = datetime(2025, 4, 21, 2, 0, 40, tzinfo=UTC)
add(key="m066", parent="m065", when=W067,
    frm=addr("AWS トレーニングと認定", TC_ADDR), to=ME_P,
    subject=enc_header("RE:[CASE %s] [AWS Training and Certification Form Submission] - 認定証" % CL),
    mid=mid_ses("m066", W067),
    transport=lambda w: ses_in(ME_P, w, "m066"),
    body=alt(T_067, "<html><body style=\"font-family:'Meiryo',sans-serif\">" + html_para(T_067) + "</body></html>",
             "m066", "utf-8", "quoted-printable"),
    label=label("closing_notice", True, CL),
    note="Japanese closing notice in the PAST tense (already closed; a reply reopens it).")

T_068_NEW = """佐藤様

ご連絡が遅くなり申し訳ありません。森岡です。

・身分証明書(パスポート)の表記:MORIOKA DAICHI
・認定証に表示を希望する表記:Daichi Morioka

候補 ID は AWS09172604 です。よろしくお願いいたします。

森岡 大地
"""

add(key="m067", parent="m066", when=datetime(2025, 4, 21, 21, 33, 0, tzinfo=JST),
    frm=addr(ME_JA, ME_P), to=addr("AWS トレーニングと認定", TC_ADDR),
    subject=enc_header("Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - 認定証" % CL),
    mid=mid_gmail("m067"), transport=None,
    body=gmail_alt(T_068_NEW, "2025年4月21日(月) 11:00 AWS トレーニングと認定 <%s>:" % TC_ADDR, T_067, "m067"),
    label=label("user_reply", False, CL, [ID_NEW]),
    note="Japanese Gmail reply with the 「…<addr>:」 attribution; quoted request under it.")

T_069 = """森岡 様

ご返信いただき、ありがとうございます。ケースを再開いたしました。

いただいた内容をもとに、認定証の氏名表記の変更を担当チームへ依頼いたしました。
反映までに 3〜5 営業日ほどお時間を頂戴しております。完了しましたら、改めて
ご連絡いたします。現時点でお客様にご対応いただくことはございません。

佐藤 美咲
AWS トレーニングと認定 カスタマーサービス
"""

W069 = datetime(2025, 4, 22, 1, 10, 0, tzinfo=UTC)
add(key="m068", parent="m067", when=W069,
    frm=addr("AWS トレーニングと認定", TC_ADDR, "iso-2022-jp"), to=ME_P,
    subject=enc_header("RE:[CASE %s] [AWS Training and Certification Form Submission] - 認定証" % CL, "iso-2022-jp"),
    mid=mid_ses("m068", W069),
    transport=lambda w: ses_in(ME_P, w, "m068"),
    body=leaf("text/plain", T_069, "iso-2022-jp"),
    label=label("case_update", False, CL),
    note="Japanese: case reopened and handed to another team; 'お客様にご対応いただくことはございません'.")

T_070 = """森岡 様

お世話になっております。佐藤でございます。

認定証の氏名表記を「Daichi Morioka」に変更いたしました。
AWS 認定アカウントの「認定」タブから、新しい表記の認定証をダウンロードいただけます。
Credly のバッジにも数日以内に反映される予定です。

Dear Daichi Morioka,
The name on your certificates has been updated to "Daichi Morioka". You can download the updated
certificates from the Certifications tab of your AWS Certification Account.

ほかにご不明な点がございましたら、お気軽にお問い合わせください。
このたびはご利用いただき、誠にありがとうございました。

佐藤 美咲
AWS トレーニングと認定 カスタマーサービス

2025年4月21日(月) 21:33 森岡 大地 <morioka.daichi.78@gmail.com>:
> ・身分証明書(パスポート)の表記:MORIOKA DAICHI
> ・認定証に表示を希望する表記:Daichi Morioka
"""

W070 = datetime(2025, 4, 24, 6, 20, 0, tzinfo=UTC)
add(key="m069", parent="m068", when=W070,
    frm=addr("AWS トレーニングと認定", TC_ADDR), to=ME_P,
    subject=enc_header("RE:[CASE %s] [AWS Training and Certification Form Submission] - 認定証" % CL),
    mid=mid_ses("m069", W070),
    transport=lambda w: ses_in(ME_P, w, "m069"),
    body=leaf("text/plain", T_070, "utf-8", "8bit"),
    label=label("resolved", False, CL),
    note="Bilingual (Japanese + English) completion in raw 8bit UTF-8: record fixed, "
         "'ご不明な点がございましたら' conditional.")

T_071 = """森岡 大地 様

先日は AWS トレーニングと認定 カスタマーサービスをご利用いただき、ありがとうございました。
(ケース ID: 174468672900129)

今後のサービス向上のため、アンケートへのご協力をお願いいたします。
所要時間は 1 分ほどです。

アンケートに回答する:
https://survey.aws-training-support.amazon.com/s/JP4?c=174468672900129

※本メールは送信専用アドレスからお送りしています。ご返信いただいてもお答えできません。

AWS トレーニングと認定
"""

add(key="m070", when=datetime(2025, 4, 25, 16, 0, 0, tzinfo=UTC),
    frm=addr("AWS トレーニングと認定", "tc-feedback@amazon.com"), to=ME_P,
    subject=enc_header("アンケートご協力のお願い:AWS トレーニングと認定 サポート"),
    mid=mid_ses("m070", datetime(2025, 4, 25, 16, 0, 0, tzinfo=UTC)),
    transport=lambda w: ses_in(ME_P, w, "m070"),
    body=leaf("text/plain", T_071, "utf-8", "base64"),
    label=label("survey", False, CL),
    note="Japanese survey ('ご協力をお願いいたします' is a request, but feedback only).")


# ---------------------------------------------------------------- rendering

def render(m, mids):
    w = m["when"]
    hdrs = []
    if m.get("transport"):
        hdrs += m["transport"](w)
    # threading
    irt = m.get("in_reply_to")
    refs = m.get("references")
    if m.get("parent"):
        p = mids[m["parent"]]
        irt = p["mid"]
        refs = " ".join(x for x in (p.get("refs"), p["mid"]) if x)
    hdrs += [("Date", format_datetime(w)), ("From", m["frm"]), ("To", m["to"])]
    if m.get("cc"):
        hdrs.append(("Cc", m["cc"]))
    hdrs += [("Subject", m["subject"]), ("Message-ID", m["mid"])]
    if irt:
        hdrs.append(("In-Reply-To", irt))
    if refs:
        hdrs.append(("References", refs))
    if "amazon.com" in m["frm"] and "marketing" not in m["frm"] and "ru-hosting" not in m["mid"]:
        hdrs.append(("Feedback-ID", "1.us-east-1.%s=:AmazonSES" % hx(m["key"], 22)))
    if TC_ADDR in m["frm"]:
        hdrs.append(("Reply-To", TC_ADDR))
    hdrs += m.get("extra", [])
    hdrs.append(("MIME-Version", "1.0"))
    bh, body = m["body"]
    hdrs += bh
    text = "".join("%s: %s\n" % kv for kv in hdrs) + "\n" + body
    mids[m["key"]] = {"mid": m["mid"], "refs": refs}
    eol = m.get("eol", "\n")
    if eol != "\n":
        text = text.replace("\n", eol)
    return text.encode("utf-8")


def main():
    if "--table" in sys.argv:
        for i, m in enumerate(MESSAGES, 1):
            l = m["label"]
            print("| %03d | %s | %s | %s | %s |" % (i, l["kind"], "yes" if l["needs_reply"] else "no",
                                                   l["case"] or "-", m["note"].replace("|", "/")))
        return
    mids = {}
    counts = Counter()
    replies = 0
    for i, m in enumerate(MESSAGES, 1):
        data = render(m, mids)
        base = os.path.join(HERE, "%03d-msg" % i)
        with open(base + ".eml", "wb") as f:
            f.write(data)
        with open(base + ".json", "w", encoding="utf-8") as f:
            json.dump(m["label"], f, ensure_ascii=False)
            f.write("\n")
        counts[m["label"]["kind"]] += 1
        replies += m["label"]["needs_reply"]
    for k in sorted(counts):
        print("%-22s %d" % (k, counts[k]))
    print("%-22s %d" % ("TOTAL", len(MESSAGES)))
    print("%-22s %d" % ("needs_reply", replies))


if __name__ == "__main__":
    main()
