#!/usr/bin/env python3
"""Generate the blind-392 mailbox: NNN-msg.eml + NNN-msg.json, in arrival order.

Standard library only. Run from anywhere: files are written next to this script.
"""
import base64
import json
import os
import quopri
import random
from collections import Counter
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(392)

# ---------------------------------------------------------------- people
ME_P = "kenta.morioka.dev@gmail.com"          # personal (destination account)
ME_C = "k-morioka@tsubame-sys.co.jp"          # company (old account)
ME_EN = "Kenta Morioka"
ME_JA = "森岡 健太"
FORM = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"
CERTM = "do-not-reply@certmetrics.com"
CREDLY = "admin@credly.com"

CASE_A = "174101236800412"   # main merge (company -> personal), 2025-03-03
CASE_B = "174101432700918"   # duplicate form of A
CASE_C = "14203857716"       # benefit voucher, reopened
CASE_D = "174170221400562"   # console case: Credly badge
CASE_E = "174218736500144"   # exam appointment lost after merge
CASE_F = "174245530900821"   # second duplicate account, same gmail

CID_OLD = "AWS01938475"   # company certification account
CID_NEW = "AWS03720641"   # personal certification account
CID_DUP = "AWS05519230"   # forgotten 2019 account on the gmail address

JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PST = timezone(timedelta(hours=-8))
PDT = timezone(timedelta(hours=-7))


def D(y, mo, d, hh, mm, ss=0, tz=JST):
    return datetime(y, mo, d, hh, mm, ss, tzinfo=tz)


# ---------------------------------------------------------------- ids
def hexs(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def alnum(n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def mid_ses():
    return "<0106%s-%s-%s-%s-%s-%s-000000@ap-northeast-1.amazonses.com>" % (
        hexs(12), hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))


def mid_ses_us():
    return "<0100%s-%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
        hexs(12), hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))


def mid_gmail():
    return "<CA%s@mail.gmail.com>" % alnum(44, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_=-")


def mid_outlook():
    n = rng.randint(1000, 9999)
    return "<TYCPR01MB%d%s@TYCPR01MB%d.jpnprd01.prod.outlook.com>" % (
        n, alnum(12, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), n)


def mid_dom(dom):
    return "<%s.%s@%s>" % (hexs(16), rng.randint(100000, 999999), dom)


# ---------------------------------------------------------------- headers
def h(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def a(name, addr, cs="utf-8"):
    if not name:
        return addr
    return formataddr((name, addr), charset=cs)


def ar_google(hfrom, mailfrom, ip, dkim="pass", spf="pass", dmarc="pass", policy="QUARANTINE", dkim_d=None):
    dkim_d = dkim_d or hfrom
    parts = []
    if dkim == "none":
        parts.append("dkim=none")
    else:
        parts.append("dkim=%s header.i=@%s header.s=%s header.b=%s" % (dkim, dkim_d, alnum(10, "abcdefghijklmnopqrstuvwxyz0123456789"), alnum(8)))
    if spf == "pass":
        parts.append("spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (mailfrom, ip, mailfrom))
    else:
        parts.append("spf=%s (google.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (spf, mailfrom, ip, mailfrom))
    parts.append("dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (dmarc, policy, policy, "NONE" if dmarc == "pass" else "QUARANTINE", hfrom))
    return "mx.google.com;\n       " + ";\n       ".join(parts)


def ar_ms(hfrom, mailfrom, ip, dkim="pass", dmarc="pass", spf="pass"):
    return ("spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n header.d=%s;dmarc=%s action=none header.from=%s;compauth=pass reason=100"
            % (spf, ip, mailfrom, dkim, hfrom, dmarc, hfrom))


def recv_google(helo, ip, dt):
    return ("from %s (%s [%s])\n        by mx.google.com with ESMTPS id %s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s"
            % (helo, helo, ip, alnum(16, "abcdefghijklmnopqrstuvwxyz0123456789") + ".12", ME_P, format_datetime(dt.astimezone(PST if dt < D(2025, 3, 9, 19, 0) else PDT))))


def recv_ms(helo, ip, dt):
    return ("from %s (%s) by\n OS0PEPF00000%d.mail.protection.outlook.com (10.167.249.%d) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8466.16 via\n Frontend Transport; %s"
            % (helo, ip, rng.randint(100, 999), rng.randint(2, 250), format_datetime(dt.astimezone(UTC))))


# ---------------------------------------------------------------- bodies
def T(text, sub="plain", cs="utf-8", cte="quoted-printable", quote_cs=True, extra=()):
    return {"t": "leaf", "sub": sub, "text": text, "cs": cs, "cte": cte, "q": quote_cs, "extra": list(extra)}


def M(sub, *parts, params=""):
    return {"t": "multi", "sub": sub, "parts": list(parts), "params": params}


def ATT(ctype, data, filename, inline=False):
    return {"t": "att", "ctype": ctype, "data": data, "fn": filename, "inline": inline}


def RAW(ctype, body, cte="7bit", extra=()):
    return {"t": "raw", "ctype": ctype, "body": body, "cte": cte, "extra": list(extra)}


_bcount = [0]


def boundary(style):
    _bcount[0] += 1
    if style == "gmail":
        return "000000000000%s" % hexs(12)
    if style == "outlook":
        return "_%03d_TYCPR01MB%s_" % (_bcount[0], alnum(14, "0123456789ABCDEF"))
    return "----=_Part_%d_%d.%d" % (_bcount[0], rng.randint(10 ** 8, 10 ** 9 - 1), rng.randint(10 ** 12, 10 ** 13 - 1))


def ser(p, style):
    """Return (header lines, body bytes) for a body part."""
    if p["t"] == "leaf":
        data = p["text"].encode(p["cs"])
        cs = ('"%s"' % p["cs"]) if p["q"] else p["cs"]
        hl = ["Content-Type: text/%s; charset=%s" % (p["sub"], cs),
              "Content-Transfer-Encoding: %s" % p["cte"]] + p["extra"]
        if p["cte"] == "base64":
            body = base64.encodebytes(data)
        elif p["cte"] == "quoted-printable":
            body = quopri.encodestring(data)
        else:
            body = data
        return hl, body
    if p["t"] == "att":
        disp = "inline" if p["inline"] else "attachment"
        hl = ['Content-Type: %s; name="%s"' % (p["ctype"], p["fn"]),
              'Content-Disposition: %s; filename="%s"' % (disp, p["fn"]),
              "Content-Transfer-Encoding: base64"]
        return hl, base64.encodebytes(p["data"])
    if p["t"] == "raw":
        body = p["body"] if isinstance(p["body"], bytes) else p["body"].encode("ascii")
        return ["Content-Type: %s" % p["ctype"], "Content-Transfer-Encoding: %s" % p["cte"]] + p["extra"], body
    b = boundary(style)
    hl = ['Content-Type: multipart/%s;%s boundary="%s"' % (p["sub"], p["params"], b)]
    out = [] if style == "gmail" else [b"This is a multi-part message in MIME format.\n"]
    for sp in p["parts"]:
        shl, sb = ser(sp, style)
        out.append(("\n--%s\n" % b).encode() + "\n".join(shl).encode() + b"\n\n" + sb.rstrip(b"\n"))
    out.append(("\n--%s--\n" % b).encode())
    return hl, b"".join(out)


MSGS = []
MIDS = {}
RAWS = {}


def mail(key, kind, reply, case, cands, frm, to, subj, date, body, *, mid=None, cc=None,
         irt=None, refs=None, auth=None, recv=None, rpath=None, extra=(), crlf=False,
         style="plain", subj_cs="utf-8", xmailer=None):
    mid = mid or mid_ses_us()
    hdrs = []
    if rpath:
        hdrs.append(("Return-Path", "<%s>" % rpath))
    if recv:
        hdrs.append(("Received", recv))
    if auth:
        hdrs.append(("Authentication-Results", auth))
    hdrs.append(("From", frm))
    hdrs.append(("To", to))
    if cc:
        hdrs.append(("Cc", cc))
    hdrs.append(("Subject", h(subj, subj_cs)))
    hdrs.append(("Date", format_datetime(date)))
    hdrs.append(("Message-ID", mid))
    if irt:
        hdrs.append(("In-Reply-To", MIDS.get(irt, irt)))
    if refs:
        hdrs.append(("References", "\n ".join(MIDS.get(r, r) for r in refs)))
    if xmailer:
        hdrs.append(("X-Mailer", xmailer))
    for k, v in extra:
        hdrs.append((k, v))
    hdrs.append(("MIME-Version", "1.0"))
    bhl, bb = ser(body, style)
    head = "\n".join("%s: %s" % kv for kv in hdrs) + "\n" + "\n".join(bhl) + "\n\n"
    raw = head.encode("ascii") + bb
    if not raw.endswith(b"\n"):
        raw += b"\n"
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    MIDS[key] = mid
    RAWS[key] = raw
    MSGS.append({"key": key, "kind": kind, "needs_reply": reply, "case": case,
                 "candidate_ids": list(cands), "raw": raw})


def q(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.rstrip("\n").split("\n"))


def gdate_en(dt):
    # Gmail (English UI) attribution date
    return dt.strftime("%a, %b ") + str(dt.day) + dt.strftime(", %Y at ") + dt.strftime("%I:%M %p").lstrip("0")


WEEK_JA = "月火水木金土日"


def gdate_ja(dt):
    return "%d年%d月%d日(%s) %d:%02d" % (dt.year, dt.month, dt.day, WEEK_JA[dt.weekday()], dt.hour, dt.minute)


def odate_en(dt):
    return dt.strftime("%A, %B ") + str(dt.day) + dt.strftime(", %Y ") + dt.strftime("%I:%M %p").lstrip("0")


def odate_ja(dt):
    return "%d年%d月%d日 %d:%02d" % (dt.year, dt.month, dt.day, dt.hour, dt.minute)


FORM_SUBJ = "RE:[CASE %s] [AWS Training and Certification Form Submission] - %s"


def ses_rpath():
    return "0100%s-%s-%s-000000@email.amazonses.com" % (hexs(12), hexs(8), hexs(4))


def in_google(dt, hfrom="amazon.com", mailfrom="email.amazonses.com", ip=None, **kw):
    ip = ip or "54.240.%d.%d" % (rng.randint(1, 60), rng.randint(2, 250))
    return {"auth": ar_google(hfrom, mailfrom, ip, **kw), "recv": recv_google("a%d-%d.smtp-out.amazonses.com" % (rng.randint(8, 48), rng.randint(10, 250)) if "amazonses" in mailfrom else "mail.%s" % mailfrom, ip, dt)}


def in_ms(dt, hfrom="amazon.com", mailfrom="email.amazonses.com", ip=None, **kw):
    ip = ip or "54.240.%d.%d" % (rng.randint(1, 60), rng.randint(2, 250))
    return {"auth": ar_ms(hfrom, mailfrom, ip, **kw), "recv": recv_ms("a%d-%d.smtp-out.amazonses.com" % (rng.randint(8, 48), rng.randint(10, 250)) if "amazonses" in mailfrom else "mail.%s" % mailfrom, ip, dt)}


# ================================================================ 001 billing
dt = D(2025, 2, 18, 12, 41, 7, UTC)
txt = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:

Total: $14.62

Please see the Bills section of the Billing and Cost Management console for details:
https://console.aws.amazon.com/billing/home#/bills

Account ID: 4829-1037-5561

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109.
"""
mail("bill1", "unrelated", False, None, [],
     a("Amazon Web Services", NOREPLY), ME_P,
     "Amazon Web Services Billing Statement Available [Account: 482910375561]", dt,
     T(txt, cte="7bit", quote_cs=False, cs="us-ascii"), rpath=ses_rpath(), **in_google(dt))

# ================================================================ 002 cert expiry
dt = D(2025, 2, 19, 3, 15, 40, UTC)
txt = """Hello Kenta Morioka,

Your AWS Certified Developer - Associate certification expires on May 21, 2025.

Candidate ID: AWS01938475

To keep your certification active, pass the current version of the exam, or a higher-level
exam that recertifies it, before the expiration date. Recertification also renews your
Credly digital badge automatically.

Visit your AWS Certification Account to review your options:
https://www.aws.training/Certification

Thank you,
AWS Training and Certification

You are receiving this message because you hold an AWS Certification.
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
"""
html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Kenta Morioka,</p>
<p>Your <b>AWS Certified Developer - Associate</b> certification expires on <b>May 21, 2025</b>.</p>
<p>Candidate ID: AWS01938475</p>
<p>To keep your certification active, pass the current version of the exam, or a higher-level exam that recertifies it, before the expiration date. Recertification also renews your Credly digital badge automatically.</p>
<p><a href="https://www.aws.training/Certification">Go to your AWS Certification Account</a></p>
<p>Thank you,<br>AWS Training and Certification</p>
<p style="font-size:11px;color:#777">You are receiving this message because you hold an AWS Certification.<br>Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.</p>
</body></html>"""
mail("expiry", "certification", False, None, [CID_OLD],
     a("AWS Certification", CERTM), ME_C,
     "Your AWS Certification expires in 90 days", dt,
     M("alternative", T(txt), T(html, "html")), rpath="bounce-8812@certmetrics.com",
     **in_ms(dt, "certmetrics.com", "certmetrics.com", "198.2.140.%d" % rng.randint(2, 250)))

# ================================================================ 003 github merged
dt = D(2025, 2, 20, 8, 3, 12, UTC)
txt = """Merged #212 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/tsubame-sys/infra-modules/pull/212#event-16390247731
You are receiving this because you authored the thread.

Message ID: <tsubame-sys/infra-modules/pull/212/issue_event/16390247731@github.com>
"""
html = """<p></p>
<p>Merged <a class="commit-link" href="https://github.com/tsubame-sys/infra-modules/pull/212">#212</a> into main.</p>
<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/tsubame-sys/infra-modules/pull/212#event-16390247731">view it on GitHub</a>.<br>You are receiving this because you authored the thread.</p>"""
gh_mid = "<tsubame-sys/infra-modules/pull/212/issue_event/16390247731@github.com>"
mail("gh1", "unrelated", False, None, [],
     a("Shota Ueno", "notifications@github.com"),
     "tsubame-sys/infra-modules <infra-modules@noreply.github.com>",
     "Re: [tsubame-sys/infra-modules] Merge the two account-baseline modules into one (PR #212)", dt,
     M("alternative", T(txt, cte="7bit"), T(html, "html", cte="7bit")), mid=gh_mid,
     cc="Kenta Morioka <k-morioka@tsubame-sys.co.jp>, Author <author@noreply.github.com>",
     irt="<tsubame-sys/infra-modules/pull/212@github.com>",
     refs=["<tsubame-sys/infra-modules/pull/212@github.com>"],
     extra=[("X-GitHub-Reason", "author"), ("List-ID", "tsubame-sys/infra-modules <infra-modules.tsubame-sys.github.com>")],
     **in_ms(dt, "github.com", "github.com", "192.30.252.%d" % rng.randint(190, 210)))

# ================================================================ 004 owner -> colleague (JIS)
dt = D(2025, 2, 21, 10, 3, 55)
txt_handover = """佐々木さん

お疲れさまです。森岡です。

3月14日の最終出社に向けて、AWS 関連の引き継ぎ事項をまとめました。
共有フォルダの「引き継ぎ/AWS」に一覧を置いています。

1. 顧客環境(3社)のルートユーザーの MFA デバイス移管
2. Organizations 管理アカウントの請求アラート宛先の変更
3. パートナーセントラルの担当者変更(アライアンスリードは部長に変更予定)

あと、個人的な話ですが、会社アドレスで登録している AWS 認定のアカウントは
退職前に個人アドレスのアカウントへ統合しておくつもりです。
パートナーセントラル側で何か確認が来たら教えてください。

来週どこかで30分ほど時間をもらえると助かります。
よろしくお願いします。

森岡
"""
mail("handover", "user_reply", False, None, [],
     a(ME_JA, ME_C, "iso-2022-jp"), a("佐々木 美咲", "m-sasaki@tsubame-sys.co.jp", "iso-2022-jp"),
     "AWS アカウント管理の引き継ぎについて", dt,
     T(txt_handover, cs="iso-2022-jp", cte="7bit"), mid=mid_outlook(), subj_cs="iso-2022-jp",
     extra=[("Thread-Topic", h("AWS アカウント管理の引き継ぎについて", "iso-2022-jp")), ("Content-Language", "ja-JP")])

# ================================================================ 005 ack C (JIS)
dt = D(2025, 2, 21, 4, 51, 9, UTC)
txt_ackC = """森岡 健太 様

Amazon Web Services にお問い合わせいただき、ありがとうございます。
お問い合わせはケース 14203857716 として登録されました。

担当者から通常 24 時間以内にご連絡いたします。内容によっては調査にお時間を
いただくこともございますので、あらかじめご了承ください。
同じお問い合わせで別のケースを作成されますと、かえって回答が遅れる場合がございます。
補足の情報がございましたら、このメールにそのままご返信ください。

ケースの詳細:
------------------------------------------------------------
お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: 認定
その他の詳細: 認定特典
AWS 候補 ID: AWS01938475
お問い合わせ内容:
1月28日に SAA-C03 で再認定されましたが、特典ページに 50% 割引バウチャーが
表示されません。確認をお願いします。
------------------------------------------------------------

Amazon Web Services
"""
mail("ackC", "acknowledgement", False, CASE_C, [CID_OLD],
     a("Amazon Web Services", FORM), ME_C, FORM_SUBJ % (CASE_C, "certification-benefits"), dt,
     T(txt_ackC, cs="iso-2022-jp", cte="7bit"), mid=mid_ses(), rpath=ses_rpath(), **in_ms(dt))

# ================================================================ 006 newsletter (HTML only)
dt = D(2025, 2, 22, 7, 30, 0)
html = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>週刊クラウドダイジェスト</title></head>
<body style="margin:0;background:#f4f4f4">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:sans-serif">
<tr><td style="padding:16px;background:#232f3e;color:#fff"><b>週刊クラウドダイジェスト</b> 第212号 (2025/02/22)</td></tr>
<tr><td style="padding:16px">
<h3>今週のピックアップ</h3>
<ul>
<li><a href="https://cloudtech-digest.jp/r/8812">転職したら忘れずに: AWS 認定アカウントを個人アドレスへ統合する手順</a></li>
<li><a href="https://cloudtech-digest.jp/r/8813">Amazon Bedrock の新しいモデルを東京リージョンで試す</a></li>
<li><a href="https://cloudtech-digest.jp/r/8814">サポートケースの上手な書き方 ― 返信が早くなる 5 つのコツ</a></li>
</ul>
<h3>イベント</h3>
<p>3/8(土) JAWS-UG 初心者支部 もくもく会 (オンライン)</p>
</td></tr>
<tr><td style="padding:12px;font-size:11px;color:#888">配信停止は<a href="https://cloudtech-digest.jp/unsub?u=kmd8812">こちら</a>。本メールは送信専用です。</td></tr>
</table></body></html>
"""
mail("news1", "unrelated", False, None, [],
     a("週刊クラウドダイジェスト", "digest@mail.cloudtech-digest.jp"), ME_P,
     "【週刊クラウドダイジェスト】AWS 認定アカウント統合の手順 ほか", dt,
     T(html, "html", cte="base64"), mid=mid_dom("mail.cloudtech-digest.jp"),
     rpath="bounce-212@mail.cloudtech-digest.jp",
     extra=[("List-Unsubscribe", "<https://cloudtech-digest.jp/unsub?u=kmd8812>")],
     **in_google(dt, "cloudtech-digest.jp", "mail.cloudtech-digest.jp", "160.16.84.%d" % rng.randint(2, 250),
                 dkim_d="mail.cloudtech-digest.jp", policy="NONE"))

# ================================================================ 007 info request C (Shift_JIS)
dt = D(2025, 2, 24, 2, 2, 31, UTC)
txt_reqC = """森岡 健太 様

AWS トレーニングと認定 カスタマーサポートの山本でございます。
このたびはお問い合わせいただき、誠にありがとうございます。

再認定後の特典について確認いたしました。通常、再認定が完了いたしますと、
50% 割引バウチャーは数日以内に認定アカウントの「特典」ページへ自動で付与されます。
しかしながら、お客様のアカウントでは付与の記録を確認することができませんでした。
同じお名前で複数の認定アカウントをお持ちの場合、特典が別のアカウント側に
付与されていることもございます。

つきましては、調査を進めるにあたり、以下の 2 点をお知らせいただけますでしょうか。

・再認定試験を受験された際にサインインしていたアカウントの AWS 候補 ID
・受験日と試験コード(例: SAA-C03)

ご返信をいただき次第、担当部署にて付与状況を確認いたします。
お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

山本
Amazon Web Services トレーニングと認定 カスタマーサポート
"""
mail("reqC", "info_request", True, CASE_C, [],
     a("Amazon Web Services", FORM), ME_C, FORM_SUBJ % (CASE_C, "certification-benefits"), dt,
     T(txt_reqC, cs="shift_jis", cte="base64"), mid=mid_ses(), rpath=ses_rpath(),
     irt="ackC", refs=["ackC"], **in_ms(dt))


# ---------------------------------------------------------------- reply body helpers
import html as _html


def _h(text):
    return "<br>\n".join(_html.escape(l) for l in text.rstrip("\n").split("\n"))


def gmail_body(new, attrib, quoted, cte="quoted-printable"):
    plain = new.rstrip("\n") + "\n\n" + attrib + "\n\n" + q(quoted) + "\n"
    htm = ('<div dir="ltr">%s</div><br><div class="gmail_quote gmail_quote_container">'
           '<div dir="ltr" class="gmail_attr">%s<br></div>'
           '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>\n'
           % (_h(new), _html.escape(attrib), _h(quoted)))
    return M("alternative", T(plain, cs="UTF-8", cte=cte, quote_cs=True), T(htm, "html", cs="UTF-8", cte=cte))


def outlook_body(new, hdr_block, quoted, cte="base64"):
    plain = new.rstrip("\n") + "\n\n" + hdr_block.rstrip("\n") + "\n\n" + quoted.rstrip("\n") + "\n"
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
           '<body><div style="font-family:Aptos,Meiryo,sans-serif;font-size:11pt">%s</div>'
           '<hr style="display:inline-block;width:98%%" tabindex="-1">'
           '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt">%s</font></div>'
           '<div>%s</div></body></html>\n' % (_h(new), _h(hdr_block), _h(quoted)))
    return M("alternative", T(plain, cte=cte), T(htm, "html", cte=cte))


def ol_hdr_ja(frm, dt, to, subj, cc=None):
    s = "差出人: %s\n送信日時: %s\n宛先: %s\n" % (frm, odate_ja(dt), to)
    if cc:
        s += "CC: %s\n" % cc
    return s + "件名: %s" % subj


def ol_hdr_en(frm, dt, to, subj):
    return "From: %s\nSent: %s\nTo: %s\nSubject: %s" % (frm, odate_en(dt), to, subj)


FORM_DISP = "Amazon Web Services <%s>" % FORM

# ================================================================ 008 reply C (Outlook JA)
dt = D(2025, 2, 24, 13, 40, 12)
new = """山本様

ご確認ありがとうございます。森岡です。
お尋ねの件、以下のとおりです。

・AWS 候補 ID: AWS01938475
・受験日: 2025年1月28日 / 試験コード: SAA-C03(テストセンター受験)

上記 ID のアカウントは会社のメールアドレスで登録しているものです。
ほかに認定アカウントを作った覚えはありません。
どうぞよろしくお願いいたします。

--
森岡 健太 / Kenta Morioka
つばめシステムズ株式会社 クラウド推進部
k-morioka@tsubame-sys.co.jp
"""
mail("repC1", "user_reply", False, CASE_C, [CID_OLD],
     a(ME_JA, ME_C), FORM, FORM_SUBJ % (CASE_C, "certification-benefits"), dt,
     outlook_body(new, ol_hdr_ja(FORM_DISP, D(2025, 2, 24, 11, 2), ME_C, FORM_SUBJ % (CASE_C, "certification-benefits")), txt_reqC),
     mid=mid_outlook(), irt="reqC", refs=["ackC", "reqC"], style="outlook",
     extra=[("Content-Language", "ja-JP")])

# ================================================================ 009 Pearson VUE appointment
dt = D(2025, 2, 25, 0, 18, 44, UTC)
txt = """Dear Kenta Morioka,

Thank you for scheduling your AWS Certification exam with Pearson VUE.

Exam:            DOP-C02: AWS Certified DevOps Engineer - Professional
Date and time:   Wednesday, March 19, 2025, 1:00 PM JST
Location:        Pearson Professional Centers-Tokyo Shinjuku, Japan
Registration ID: 418305927
Candidate ID:    AWS01938475
Order total:     JPY 45,000 (paid)

Please arrive 30 minutes before your appointment and bring two forms of valid identification.
To reschedule or cancel, sign in to your AWS Certification Account at least 24 hours before the
appointment.

Sincerely,
Pearson VUE
"""
mail("pvue1", "unrelated", False, None, [CID_OLD],
     a("Pearson VUE", "noreply@pearsonvue.com"), ME_C,
     "Pearson VUE Confirmation of Booking", dt,
     T(txt, cs="us-ascii", cte="7bit"), mid=mid_dom("pearsonvue.com"), rpath="noreply@pearsonvue.com",
     **in_ms(dt, "pearsonvue.com", "pearsonvue.com", "159.182.8.%d" % rng.randint(2, 250)))

# ================================================================ 010 resolved C (English, quotes JA request)
dt = D(2025, 2, 26, 0, 47, 3, UTC)
new_resC1 = """Hello Kenta,

Thank you for the details, and my apologies for answering in English.

I located your recertification for SAA-C03 on 28 January 2025 on candidate ID AWS01938475. The
50% discount benefit had been generated but was stuck in a pending state, so it never reached
your Benefits page. I have released it and it should now be listed under Benefits in your AWS
Certification Account, ready to use the next time you schedule an exam.

With that, I'm marking this case as resolved. Should the voucher give you any trouble, a reply to
this email will reopen the case.

Kind regards,

Shreya P.
AWS Training and Certification Customer Support
"""
body = new_resC1 + "\n---------- Previous correspondence ----------\n" + q(txt_reqC) + "\n"
mail("resC1", "resolved", False, CASE_C, [CID_OLD],
     a("Amazon Web Services", FORM), ME_C, FORM_SUBJ % (CASE_C, "certification-benefits"), dt,
     T(body), mid=mid_ses(), rpath=ses_rpath(), irt="repC1", refs=["ackC", "reqC", "repC1"], **in_ms(dt))

# ================================================================ 011 marketing
dt = D(2025, 2, 26, 1, 0, 2, UTC)
txt = """AWS Summit Japan 2025 事前登録受付中

6 月 25 日(水)・26 日(木) 幕張メッセにて開催。基調講演、150 以上のセッション、
AWS 認定者ラウンジ(認定者限定)をご用意しています。

今すぐ登録: https://aws.amazon.com/jp/summits/japan/?trk=em_8812

このメールは AWS からのお知らせの配信を希望された方にお送りしています。
配信停止: https://pages.awscloud.com/unsubscribe.html?mkt_tok=8812
アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎 3-1-1 目黒セントラルスクエア
"""
html = """<html><body style="margin:0"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="font-family:'Amazon Ember',Meiryo,sans-serif">
<tr><td style="background:#232f3e;padding:20px;color:#ff9900;font-size:22px">AWS Summit Japan 2025</td></tr>
<tr><td style="padding:20px">6 月 25 日(水)・26 日(木) 幕張メッセにて開催。<br>基調講演、150 以上のセッション、AWS 認定者ラウンジ(認定者限定)をご用意しています。<br><br>
<a href="https://aws.amazon.com/jp/summits/japan/?trk=em_8812" style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none">今すぐ登録</a></td></tr>
<tr><td style="font-size:11px;color:#666;padding:20px">このメールは AWS からのお知らせの配信を希望された方にお送りしています。<a href="https://pages.awscloud.com/unsubscribe.html?mkt_tok=8812">配信停止</a><br>アマゾン ウェブ サービス ジャパン合同会社</td></tr>
</table></td></tr></table></body></html>
"""
mail("mkt1", "unrelated", False, None, [],
     a("Amazon Web Services", "aws-marketing-email-replies@amazon.com"), ME_P,
     "【事前登録受付中】AWS Summit Japan 2025 ― 認定者ラウンジも開設", dt,
     M("alternative", T(txt, cte="base64"), T(html, "html", cte="base64")),
     mid="<%d.%d.%d@mkto.amazon.com>" % (rng.randint(10**6, 10**7), rng.randint(1000, 9999), rng.randint(10**8, 10**9)),
     rpath="8812-ABC-123.0.%d.0.0.0.0@mkto.aws.amazon.com" % rng.randint(1000, 9999),
     **in_google(dt, "amazon.com", "mkto.aws.amazon.com", "199.15.214.%d" % rng.randint(2, 250)))

# ================================================================ 012 reply C: code rejected
dt = D(2025, 2, 27, 10, 25, 30)
new_repC2 = """Hi Shreya,

Thanks for sorting that out so quickly. Unfortunately the voucher doesn't work: I tried to apply it
this morning while booking SCS-C02, and the checkout page says "This voucher has already been
redeemed". I have never used it. Could you take another look?

Best regards,
Kenta Morioka
"""
mail("repC2", "user_reply", False, CASE_C, [],
     a(ME_EN, ME_C), FORM, FORM_SUBJ % (CASE_C, "certification-benefits"), dt,
     outlook_body(new_repC2, ol_hdr_en(FORM_DISP, D(2025, 2, 26, 9, 47), ME_C, FORM_SUBJ % (CASE_C, "certification-benefits")), body),
     mid=mid_outlook(), irt="resC1", refs=["ackC", "reqC", "repC1", "resC1"], style="outlook", crlf=True)
body_repC2_plain = new_repC2 + "\n" + ol_hdr_en(FORM_DISP, D(2025, 2, 26, 9, 47), ME_C, FORM_SUBJ % (CASE_C, "certification-benefits")) + "\n\n" + body

# ================================================================ 013 case update C: reopened
dt = D(2025, 2, 28, 1, 12, 50, UTC)
new_updC = """Hello Kenta,

My name is Tomas and I'm taking over your case from Shreya.

I've reopened the case. From what I can see, the code we released was picked up by our exam
delivery provider's system as already redeemed, which should not happen. I've passed the details
to our certification benefits team so they can trace where the redemption came from.

You don't have to do anything at this point. I'll write again as soon as the team has an answer.

Regards,
Tomas R.
Amazon Web Services | Training and Certification
"""
mail("updC", "case_update", False, CASE_C, [],
     a("AWS Training and Certification", FORM), ME_C, "RE: [CASE %s] [AWS Training and Certification Form Submission] - certification-benefits" % CASE_C, dt,
     T(new_updC + "\n\n" + q(body_repC2_plain) + "\n", cte="base64"), mid=mid_ses(), rpath=ses_rpath(),
     irt="repC2", refs=["ackC", "reqC", "repC1", "resC1", "repC2"], **in_ms(dt))

# ================================================================ 014 HR (Shift_JIS) asks a reply, not support
dt = D(2025, 2, 28, 17, 30, 5)
txt = """森岡さん

お疲れさまです。人事部 労務グループの中村です。
退職に伴う手続きについてご案内します。

■最終出社日: 2025年3月14日(金)
■退職日: 2025年3月31日(月)
■会社メールアカウント: 3月14日(金) 23:59 に停止します
  (停止後は受信できなくなりますので、外部サービスの登録アドレスは事前に変更してください)

PC・入館証の返却希望日時を、3月7日(金)までにこのメールへの返信でお知らせください。
健康保険証は最終出社日に総務へ直接お渡しください。

不明点があれば内線 2207 までどうぞ。

人事部 労務グループ 中村
"""
mail("hr1", "unrelated", False, None, [],
     a("人事部 労務グループ", "jinji@tsubame-sys.co.jp", "shift_jis"), ME_C,
     "【ご案内】退職手続きについて(3/14 最終出社)", dt,
     T(txt, cs="shift_jis", cte="base64"), mid=mid_outlook(), subj_cs="shift_jis",
     extra=[("Content-Language", "ja-JP"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")])

# ================================================================ 015 AWS Educate ack (other program)
dt = D(2025, 3, 2, 8, 45, 40, UTC)
txt = """Hello,

Thank you for contacting AWS Educate. We have opened case 174090511200733 for your request.

Our team answers most questions within two business days. We will reply to this email address.

Case details:
Inquiry type: Institution / club membership
Description: I mentor a student cloud club at a local university. Can the club use AWS Educate
without a faculty member registering the institution first?

Best regards,
AWS Educate Support
"""
mail("educ", "unrelated", False, None, [],
     a("Amazon Web Services", "aws-cs-educate-form@amazon.com"), ME_P,
     "RE:[CASE 174090511200733] [AWS Educate Form Submission] - general-inquiry", dt,
     T(txt, cs="us-ascii", cte="7bit"), rpath=ses_rpath(), **in_google(dt))

# ================================================================ 016 on hold C (no question)
dt = D(2025, 3, 3, 2, 10, 18, UTC)
new_holdC = """Hello Kenta,

A short update on case 14203857716.

The benefits team confirmed that the old voucher code is registered as used on the exam delivery
provider's side. Only the provider can void that redemption, so we have asked them to do it and
have put your case on hold until they confirm. This usually takes two to four business days.

Nothing is needed from you while we wait. As soon as the provider answers we will either
reactivate the code or issue a new one.

Regards,
Tomas R.
Amazon Web Services | Training and Certification
"""
html = "<html><body><div style=\"font-family:Arial;font-size:13px\">%s</div></body></html>\n" % _h(new_holdC)
mail("holdC", "on_hold", False, CASE_C, [],
     a("AWS Training and Certification", FORM), ME_C, FORM_SUBJ % (CASE_C, "certification-benefits"), dt,
     M("alternative", T(new_holdC), T(html, "html")), mid=mid_ses(), rpath=ses_rpath(),
     irt="updC", refs=["ackC", "reqC", "repC1", "resC1", "repC2", "updC"], **in_ms(dt))

# ================================================================ 017 Builder ID code
dt = D(2025, 3, 3, 13, 55, 2, UTC)
txt = """AWS Builder ID

Verify your email address

To finish creating your AWS Builder ID, enter this verification code:

582913

The code expires in 30 minutes. If you did not try to create an AWS Builder ID, you can ignore
this message.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
"""
html = """<html><body style="font-family:Arial"><h2>Verify your email address</h2>
<p>To finish creating your AWS Builder ID, enter this verification code:</p>
<p style="font-size:28px;letter-spacing:4px"><b>582913</b></p>
<p>The code expires in 30 minutes. If you did not try to create an AWS Builder ID, you can ignore this message.</p>
<p style="font-size:11px;color:#666">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.</p></body></html>
"""
mail("bid", "unrelated", False, None, [],
     a("AWS", "no-reply@signin.aws"), ME_P, "Verify your AWS Builder ID email address", dt,
     M("alternative", T(txt, cte="7bit"), T(html, "html", cte="7bit")), rpath=ses_rpath(),
     **in_google(dt, "signin.aws"))

# ================================================================ 018 note to self (owner)
dt = D(2025, 3, 3, 23, 10, 26)
txt = """統合前の控え (2025/03/03)

■ 旧(会社)アカウント
  ログイン: k-morioka@tsubame-sys.co.jp
  候補ID: AWS01938475
  パートナーセントラル(APN)と連携あり
  認定: SAP-C02 (2024/06 取得) / SAA-C03 (2025/01/28 再認定) / DVA-C02 (2025/05/21 失効予定)
  試験予約: DOP-C02 3/19 13:00 新宿 (登録番号 418305927)
  特典: 50%割引 → サポートに問い合わせ中

■ 新(個人)アカウント
  ログイン: kenta.morioka.dev@gmail.com (Builder ID は今日作成)
  候補ID: AWS03720641

フォームに書くこと: Use case / 使ったアドレス全部 / 残すのは gmail
証明書 PDF は Drive の /certs に保存済み
"""
mail("note", "user_reply", False, None, [CID_OLD, CID_NEW],
     a(ME_EN, ME_P), ME_P, "メモ: AWS認定アカウント統合前の控え", dt,
     M("alternative", T(txt, cs="UTF-8", cte="base64"),
       T('<div dir="ltr">%s</div>\n' % _h(txt), "html", cs="UTF-8", cte="base64")),
     mid=mid_gmail(), style="gmail")

# ================================================================ 019 ack A (to company, CRLF)
dt = D(2025, 3, 3, 14, 32, 55, UTC)
txt = """Hello,

Thank you for contacting Amazon Web Services. Your request has been logged as case 174101236800412.

A member of our Training and Certification support team normally gets back to you within 24 hours. Some requests need more research, and we appreciate your patience while we look into them.

Keep this case number for your records. Submitting the form again for the same request creates a second case and slows our answer down.

Case details
------------
Contact name: Kenta Morioka
Contact email: k-morioka@tsubame-sys.co.jp
Inquiry type: Certification
Additional details: Account Merge
Candidate ID: AWS01938475
Description:
Use case: I am leaving Tsubame Systems on 14 March and would like to merge my certification account into my personal one.
All email addresses I have used: k-morioka@tsubame-sys.co.jp, kenta.morioka.dev@gmail.com
Email address to keep: kenta.morioka.dev@gmail.com

Sincerely,
Amazon Web Services
"""
mail("ackA", "acknowledgement", False, CASE_A, [CID_OLD],
     a("Amazon Web Services", FORM), ME_C, FORM_SUBJ % (CASE_A, "account-assistance"), dt,
     T(txt, cte="quoted-printable"), mid=mid_ses(), rpath=ses_rpath(), crlf=True, **in_ms(dt))

# ================================================================ 020 ack B duplicate (JA, personal)
dt = D(2025, 3, 3, 15, 5, 40, UTC)
txt = """Kenta Morioka 様

Amazon Web Services へのお問い合わせありがとうございます。
ケース 174101432700918 を作成しました。

通常は 24 時間以内に担当者からご連絡します。
同じ内容で新しいケースを作成しないでください。ケースが重複すると確認に時間がかかります。

お問い合わせの詳細:
  お問い合わせタイプ: AWS トレーニングと認定
  その他の詳細: アカウントの統合
  AWS 候補 ID: AWS03720641
  内容: 会社のアドレス (k-morioka@tsubame-sys.co.jp) の認定アカウントを、この gmail の
        アカウントに統合してください。3/14 で退職します。

Amazon Web Services
"""
html = "<html><body><p style=\"font-family:Meiryo,sans-serif\">%s</p></body></html>\n" % _h(txt)
mail("ackB", "acknowledgement", False, CASE_B, [CID_NEW],
     a("Amazon Web Services", FORM), ME_P, FORM_SUBJ % (CASE_B, "account-assistance"), dt,
     M("alternative", T(txt, cte="base64"), T(html, "html", cte="base64")), mid=mid_ses(),
     rpath=ses_rpath(), **in_google(dt))

# ================================================================ 021 certmetrics exam survey
dt = D(2025, 3, 4, 0, 20, 11, UTC)
txt = """AWS Certification wants to hear from you

Hello Kenta,

You recently took the AWS Certified Solutions Architect - Associate (SAA-C03) exam. Tell us how
it went: the survey takes about five minutes and your answers help us improve future exams.

Take the survey: https://survey.certmetrics.com/aws/s/9QK2T7
This survey closes on March 18, 2025.

AWS Training and Certification
"""
mail("cmsurv", "certification", False, None, [],
     a("AWS Certification", CERTM), ME_C, "AWS Certification wants to hear from you", dt,
     T(txt, cs="us-ascii", cte="7bit"), rpath="bounce-8812@certmetrics.com",
     **in_ms(dt, "certmetrics.com", "certmetrics.com", "198.2.140.%d" % rng.randint(2, 250)))

# ================================================================ 022 case B closed as duplicate
dt = D(2025, 3, 4, 2, 15, 27, UTC)
txt = """Hello Kenta,

Thanks for getting in touch. The same merge request was also submitted a little earlier from your
company address and is open as case 174101236800412. To keep everything in one thread I have closed
this case (174101432700918) as a duplicate. Your request is not lost: it is being handled in
174101236800412, and our next message will come on that case.

Best,
Aisha
AWS Training and Certification Support
"""
mail("dupB", "case_update", False, CASE_B, [],
     a("Amazon Web Services", FORM), ME_P, FORM_SUBJ % (CASE_B, "account-assistance"), dt,
     T(txt, cte="quoted-printable"), mid=mid_ses(), rpath=ses_rpath(), irt="ackB", refs=["ackB"],
     **in_google(dt))

# ================================================================ 023 info request A: write from gmail
dt = D(2025, 3, 4, 3, 30, 9, UTC)
txt_reqA = """Hi Kenta,

Thanks for writing in about merging your AWS Certification accounts.

Before we move any certification history, we have to be sure that the person asking controls the
account that will be kept. This request reached us from k-morioka@tsubame-sys.co.jp, the login of the
account that would be merged away (candidate ID AWS01938475), while the address you want to keep is
kenta.morioka.dev@gmail.com.

Could you reply to this email from kenta.morioka.dev@gmail.com and tell us the candidate ID shown in
the profile of that account? Once we have it, we will continue with the merge.

Thanks,
Priya S.
AWS Training and Certification Support
"""
html = "<html><body><div style=\"font-family:Arial,Helvetica;font-size:14px\">%s</div></body></html>\n" % _h(txt_reqA)
mail("reqA", "info_request", True, CASE_A, [CID_OLD],
     a("Amazon Web Services", FORM), ME_C, FORM_SUBJ % (CASE_A, "account-assistance"), dt,
     M("alternative", T(txt_reqA), T(html, "html")), mid=mid_ses(), rpath=ses_rpath(),
     irt="ackA", refs=["ackA"], **in_ms(dt))

# ================================================================ 024 resolved C: new voucher
dt = D(2025, 3, 4, 6, 2, 44, UTC)
txt = """Hello Kenta,

The exam delivery provider came back to us: the earlier code had been attached by mistake to an
appointment that was cancelled in 2024, which is why checkout reported it as used. They could not
reverse that, so I have issued a replacement instead.

Your new 50% discount code is: CERT50-9KQ2-7TLM-X4HD
It is also shown on the Benefits page of your AWS Certification Account, valid until 28 January 2026.
The old code has been deactivated.

I'm setting this case to resolved. If the new code misbehaves too, just reply to this email and
we'll pick it straight back up.

Regards,
Tomas R.
Amazon Web Services | Training and Certification
"""
mail("resC2", "resolved", False, CASE_C, [],
     a("AWS Training and Certification", FORM), ME_C, FORM_SUBJ % (CASE_C, "certification-benefits"), dt,
     T(txt, cs="utf-8", cte="7bit"), mid=mid_ses(), rpath=ses_rpath(),
     irt="holdC", refs=["ackC", "reqC", "repC1", "resC1", "repC2", "updC", "holdC"], **in_ms(dt))

# ================================================================ 025 reply A from gmail
dt = D(2025, 3, 4, 21, 14, 3)
new_repA1 = """Hi Priya,

I'm writing from kenta.morioka.dev@gmail.com as you asked. The candidate ID on this account is
AWS03720641.

Sorry about case 174101432700918 as well - I sent the form a second time because the first
acknowledgement went to my work inbox and I hadn't seen it. Your colleague has already closed it.

Thanks,
Kenta
"""
attrib_reqA = "On %s Amazon Web Services <%s> wrote:" % (gdate_en(D(2025, 3, 4, 12, 30)), FORM)
mail("repA1", "user_reply", False, CASE_A, [CID_NEW],
     a(ME_EN, ME_P), FORM, FORM_SUBJ % (CASE_A, "account-assistance"), dt,
     gmail_body(new_repA1, attrib_reqA, txt_reqA), mid=mid_gmail(), cc=ME_C,
     irt="reqA", refs=["ackA", "reqA"], style="gmail")
plain_repA1 = new_repA1 + "\n" + attrib_reqA + "\n\n" + q(txt_reqA) + "\n"

# ================================================================ 026 colleague reply (JIS)
dt = D(2025, 3, 5, 9, 40, 37)
txt = """森岡さん

お疲れさまです。佐々木です。
引き継ぎ一覧ありがとうございます。来週火曜 15:00 〜 15:30 でいかがでしょうか。

パートナーセントラルの件、部長には伝えておきました。AWS から通知が来たら
承認してもらえるそうです。

佐々木

-----Original Message-----
From: 森岡 健太 <k-morioka@tsubame-sys.co.jp>
Sent: Friday, February 21, 2025 10:04 AM
To: 佐々木 美咲 <m-sasaki@tsubame-sys.co.jp>
Subject: AWS アカウント管理の引き継ぎについて

""" + txt_handover
mail("sasaki1", "unrelated", False, None, [],
     a("佐々木 美咲", "m-sasaki@tsubame-sys.co.jp", "iso-2022-jp"), a(ME_JA, ME_C, "iso-2022-jp"),
     "RE: AWS アカウント管理の引き継ぎについて", dt,
     T(txt, cs="iso-2022-jp", cte="7bit"), mid=mid_outlook(), subj_cs="iso-2022-jp",
     irt="handover", refs=["handover"], extra=[("Content-Language", "ja-JP")])

# ================================================================ 027 on hold A, question buried
dt = D(2025, 3, 5, 2, 48, 15, UTC)
txt_holdA = """Hello Kenta,

Thank you for writing from your personal address and for the candidate ID AWS03720641.

While preparing the merge I found that the account on k-morioka@tsubame-sys.co.jp (AWS01938475) is
associated with an AWS Partner Network organization, Tsubame Systems Co., Ltd. Certifications on a
partner-linked account count toward that partner, so we do not move them to another account while the
association is active without the partner being told. I have placed your case on hold and notified the
partner's alliance lead through Partner Central.

One thing would help in the meantime: are you leaving Tsubame Systems, and if so, what is your last
working day? (If you are staying, the usual route is to share your certifications with the partner
rather than merge the accounts.)

Kind regards,
Marco
AWS Training and Certification
"""
body = txt_holdA + "\n\n---- On Tue, 04 Mar 2025 12:14:03 GMT kenta.morioka.dev@gmail.com wrote ----\n\n" + q(plain_repA1) + "\n"
html = "<html><body style=\"font-family:Arial;font-size:14px\">%s</body></html>\n" % _h(body)
mail("holdA", "on_hold", True, CASE_A, [CID_NEW, CID_OLD],
     a("Amazon Web Services", FORM), ME_P, FORM_SUBJ % (CASE_A, "account-assistance"), dt,
     M("alternative", T(body), T(html, "html")), cc=ME_C, mid=mid_ses(), rpath=ses_rpath(),
     irt="repA1", refs=["ackA", "reqA", "repA1"], **in_google(dt))

# ================================================================ 028 survey C (HTML only)
dt = D(2025, 3, 5, 5, 0, 31, UTC)
html = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hello,</p>
<p>Your recent AWS Training and Certification case <b>14203857716</b> (certification-benefits) was marked as resolved.
We'd like to know how it went.</p>
<p>How satisfied are you with the support you received?</p>
<table cellpadding="8"><tr>
<td><a href="https://survey.aws-cx.amazon.com/s?c=14203857716&amp;r=1">1</a></td>
<td><a href="https://survey.aws-cx.amazon.com/s?c=14203857716&amp;r=2">2</a></td>
<td><a href="https://survey.aws-cx.amazon.com/s?c=14203857716&amp;r=3">3</a></td>
<td><a href="https://survey.aws-cx.amazon.com/s?c=14203857716&amp;r=4">4</a></td>
<td><a href="https://survey.aws-cx.amazon.com/s?c=14203857716&amp;r=5">5</a></td>
</tr><tr><td>Very dissatisfied</td><td></td><td></td><td></td><td>Very satisfied</td></tr></table>
<p>The questionnaire takes about two minutes. Your answers are anonymous and are not added to the case.</p>
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210</p>
</body></html>
"""
mail("survC", "survey", False, CASE_C, [],
     a("AWS Customer Experience", "aws-cx-survey@amazon.com"), ME_C,
     "Tell us about your recent support case 14203857716", dt,
     T(html, "html"), rpath=ses_rpath(), **in_ms(dt))

# ================================================================ 029 reply A: leaving (Gmail JA attribution)
dt = D(2025, 3, 5, 19, 22, 48)
new = """Hi Marco,

Yes, I'm leaving Tsubame Systems. My last working day is Friday 14 March, and my company mailbox
will be switched off that evening. I've told our alliance lead as well.

Please go ahead with the merge as soon as the partner side is fine with it.

Thanks,
Kenta
"""
attrib = "%s Amazon Web Services <%s>:" % (gdate_ja(D(2025, 3, 5, 11, 48)), FORM)
mail("repA2", "user_reply", False, CASE_A, [],
     a(ME_EN, ME_P), FORM, FORM_SUBJ % (CASE_A, "account-assistance"), dt,
     gmail_body(new, attrib, body), mid=mid_gmail(),
     irt="holdA", refs=["ackA", "reqA", "repA1", "holdA"], style="gmail")
plain_repA2 = new + "\n" + attrib + "\n\n" + q(body) + "\n"

# ================================================================ 030 phishing lookalike
dt = D(2025, 3, 6, 7, 12, 9, UTC)
html = """<html><body style="font-family:Arial">
<img src="https://aws-certification-merge.com/img/aws-logo.png" alt="aws" width="80">
<h3>Action required: verify your certification account</h3>
<p>Dear Candidate,</p>
<p>We received a request to merge your AWS Certification accounts. To protect your achievements, you must
verify ownership within <b>24 hours</b>. Unverified requests are cancelled and the certifications involved may be
suspended.</p>
<p><a href="https://aws-certification-merge.com/verify?c=7730182645" style="background:#ff9900;color:#000;padding:8px 14px">Verify my account</a></p>
<p>Alternatively, reply to this message with your AWS Builder ID email and password and our team will verify you manually.</p>
<p>Case ID: 7730182645<br>Candidate reference: AWS7730021</p>
<p>AWS Certification Support Team</p>
</body></html>
"""
mail("phish1", "suspicious", False, None, [],
     a("AWS Certification Support", "support@aws-certification-merge.com"), ME_P,
     "[CASE 7730182645] Action required: verify your certification account before merge", dt,
     T(html, "html", cs="iso-8859-1"), mid=mid_dom("aws-certification-merge.com"),
     rpath="support@aws-certification-merge.com",
     **in_google(dt, "aws-certification-merge.com", "aws-certification-merge.com", "185.234.72.%d" % rng.randint(2, 250),
                 policy="NONE"))

# ================================================================ 031 Partner Central notice
dt = D(2025, 3, 6, 9, 3, 30, UTC)
txt = """Hello Kenta Morioka,

AWS Training and Certification has asked to remove the link between your AWS Certification account
and the AWS Partner Central organization Tsubame Systems Co., Ltd.

Your organization's alliance lead has been informed and has approved the change. After the change,
certifications you earn will no longer count toward the organization's partner tier requirements.

No action is required from you.

AWS Partner Network
"""
mail("apn", "unrelated", False, None, [],
     a("AWS Partner Network", "aws-partner-central-noreply@amazon.com"), ME_C,
     "AWS Partner Central: change to your certification association", dt,
     T(txt, cte="7bit"), rpath=ses_rpath(), **in_ms(dt))

# ================================================================ 032 console case, service quota (not T&C)
dt = D(2025, 3, 7, 0, 40, 52, UTC)
txt = """Hello,

Thank you for your quota increase request for Amazon Bedrock in the Asia Pacific (Tokyo) Region
[AWS ID 482910375561].

Before we can pass this to the service team, we need a short description of your use case and the
tokens per minute you expect at peak. Requests without this information are usually declined.

Best regards,
Ines M.
Amazon Web Services

To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId=174135880200271&language=en

(If you are connecting by federation, log in before following the link.)

*Replies to this address are not monitored. Please use the link above to update your case.
"""
mail("quota", "unrelated", False, None, [],
     a("Amazon Web Services", NOREPLY), ME_P, "RE:[CASE 174135880200271] Limit Increase: Amazon Bedrock", dt,
     T(txt, cs="us-ascii", cte="7bit"), rpath=ses_rpath(), **in_google(dt))

# ================================================================ 033 case update A: hold lifted
dt = D(2025, 3, 7, 1, 30, 12, UTC)
txt = """Hello Kenta,

Thanks for the quick answer. The alliance lead at Tsubame Systems has acknowledged the change in
Partner Central, so I have taken your case off hold.

A colleague on the merge team will send you the details of both accounts shortly; that message will
be the next step. Until then there is nothing for you to do. If your last day moves, just let us know.

Kind regards,
Marco
AWS Training and Certification
"""
mail("updA", "case_update", False, CASE_A, [],
     a("Amazon Web Services", FORM), ME_P, FORM_SUBJ % (CASE_A, "account-assistance"), dt,
     T(txt + "\n\n" + q(plain_repA2) + "\n", cte="quoted-printable"), mid=mid_ses(), rpath=ses_rpath(),
     irt="repA2", refs=["ackA", "reqA", "repA1", "holdA", "repA2"], **in_google(dt))

# ================================================================ 034 confirmation request A (HTML only, table)
dt = D(2025, 3, 7, 5, 55, 41, UTC)
rows = [("Candidate ID", CID_NEW, CID_OLD),
        ("Login email", ME_P, ME_C),
        ("Training notification email", ME_P, ME_C),
        ("Certification notification email", ME_P, ME_C),
        ("Account created", "2025-03-03", "2019-10-11")]
trs = "\n".join('<tr><td style="border:1px solid #aab7b8;padding:4px 8px"><b>%s</b></td>'
                '<td style="border:1px solid #aab7b8;padding:4px 8px">%s</td>'
                '<td style="border:1px solid #aab7b8;padding:4px 8px">%s</td></tr>' % r for r in rows)
html_confA = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Arial,Helvetica,sans-serif;font-size:14px">
<p>Hello Kenta,</p>
<p>My name is Hannah and I'll be completing the merge of your AWS Certification accounts. Before I do, please look
over the two accounts we found:</p>
<table style="border-collapse:collapse">
<tr><th></th><th style="border:1px solid #aab7b8;padding:4px 8px">Account #1</th><th style="border:1px solid #aab7b8;padding:4px 8px">Account #2</th></tr>
%s
</table>
<p>Certifications, exam history, scheduled exam appointments and benefits from Account #2 will be moved to Account #1,
and Account #2 will then be deactivated. A merge cannot be reversed.</p>
<p>Please reply to confirm that both accounts belong to you and that Account #1 is the account to keep.</p>
<p>Best regards,<br>Hannah K.<br>AWS Training and Certification Support</p>
</div></body></html>
""" % trs
txt_confA = """Hello Kenta,

My name is Hannah and I'll be completing the merge of your AWS Certification accounts. Before I do, please look
over the two accounts we found:

                                   Account #1                     Account #2
Candidate ID                       AWS03720641                    AWS01938475
Login email                        kenta.morioka.dev@gmail.com    k-morioka@tsubame-sys.co.jp
Training notification email        kenta.morioka.dev@gmail.com    k-morioka@tsubame-sys.co.jp
Certification notification email   kenta.morioka.dev@gmail.com    k-morioka@tsubame-sys.co.jp
Account created                    2025-03-03                     2019-10-11

Certifications, exam history, scheduled exam appointments and benefits from Account #2 will be moved to Account #1,
and Account #2 will then be deactivated. A merge cannot be reversed.

Please reply to confirm that both accounts belong to you and that Account #1 is the account to keep.

Best regards,
Hannah K.
AWS Training and Certification Support
"""
mail("confA", "confirmation_request", True, CASE_A, [CID_NEW, CID_OLD],
     a("Amazon Web Services", FORM), ME_P, FORM_SUBJ % (CASE_A, "account-assistance"), dt,
     T(html_confA, "html"), mid=mid_ses(), rpath=ses_rpath(),
     irt="updA", refs=["ackA", "reqA", "repA1", "holdA", "repA2", "updA"], **in_google(dt))

# ================================================================ 035 Skill Builder receipt
dt = D(2025, 3, 8, 10, 12, 19, UTC)
txt = """AWS Skill Builder

Thank you for your purchase.

Order number:   SB-112-4839201-7731
Plan:           Individual subscription (monthly)
Billing period: Mar 8, 2025 - Apr 7, 2025
Amount:         USD 29.00 (tax included)
Payment:        Visa ending in 4417

Your subscription renews automatically. Manage it at https://skillbuilder.aws/subscriptions

This is a receipt, not a request for payment.
"""
mail("sb", "unrelated", False, None, [],
     a("AWS Skill Builder", "no-reply@aws.training"), ME_P, "Your AWS Skill Builder receipt", dt,
     M("alternative", T(txt, cte="7bit"), T("<html><body><pre style=\"font-family:Arial\">%s</pre></body></html>\n" % _html.escape(txt), "html", cte="7bit")),
     rpath=ses_rpath(), **in_google(dt, "aws.training"))

# ================================================================ 036 other vendor asks for info
dt = D(2025, 3, 9, 2, 0, 44, UTC)
txt = """##- Please type your reply above this line -##

Your request (58213) has been updated. To add additional comments, reply to this email.

----------------------------------------------

Lena (CloudNote Support)

Mar 9, 2025, 02:00 UTC

Hi Kenta,

Thanks for the details. We still can't reproduce the sync stopping after the 4.2 upgrade. Could you
send us the diagnostics file (Settings > Help > Export diagnostics) and tell us which OS version you
are on? We need both to pass this to our engineers.

Best,
Lena

----------------------------------------------

Kenta Morioka

Mar 7, 2025, 11:31 UTC

Since the update, sync stops after a few minutes on my laptop.

[ZXR3KP-9M41]
"""
mail("cn1", "unrelated", False, None, [],
     a("Lena (CloudNote Support)", "support@cloudnote-help.com"), ME_P,
     "[CloudNote] Re: Sync stops after upgrading to 4.2", dt,
     T(txt), mid="<ZXR3KP9M41_67cd%s_sprut@zendesk.com>" % hexs(6), rpath="support+id58213@cloudnote-help.com",
     extra=[("X-Zendesk-From-Account-Id", "a81f2c")],
     **in_google(dt, "cloudnote-help.com", "cloudnote-help.com", "192.161.148.%d" % rng.randint(2, 250), policy="NONE"))

# ================================================================ 037 closing notice A
dt = D(2025, 3, 10, 4, 5, 2, UTC)
txt_closeA = """Hello Kenta,

We are following up on our message of 7 March about merging your AWS Certification accounts, which
hasn't had a reply yet. We can't go ahead with the merge until you confirm the account details below.

If we don't hear from you within three business days, this case will be closed. A reply to this email
keeps it open, and a reply after it has closed will reopen it.

Best regards,
Jun
Amazon Web Services
"""
body_closeA = txt_closeA + "\n-------- Original message --------\nFrom: Amazon Web Services <%s>\nDate: 07/03/2025 05:55 (GMT)\nSubject: %s\n\n%s" % (
    FORM, FORM_SUBJ % (CASE_A, "account-assistance"), txt_confA)
mail("closeA", "closing_notice", True, CASE_A, [],
     a("Amazon Web Services", FORM), ME_P, FORM_SUBJ % (CASE_A, "account-assistance"), dt,
     T(body_closeA, cte="base64"), mid=mid_ses(), rpath=ses_rpath(),
     irt="confA", refs=["ackA", "reqA", "repA1", "holdA", "repA2", "updA", "confA"], **in_google(dt))

# ================================================================ 038 reply A: confirmed (top-posted)
dt = D(2025, 3, 10, 13, 31, 27)
new = """Hi Hannah, hi Jun,

Sorry for the slow answer, I was away over the weekend.

Yes, both accounts are mine. Please merge Account #2 (AWS01938475, k-morioka@tsubame-sys.co.jp)
into Account #1 (AWS03720641, kenta.morioka.dev@gmail.com) and keep Account #1.

Thank you,
Kenta
"""
attrib = "On %s Amazon Web Services <%s> wrote:" % (gdate_en(D(2025, 3, 10, 13, 5)), FORM)
mail("repA3", "user_reply", False, CASE_A, [CID_OLD, CID_NEW],
     a(ME_EN, ME_P), FORM, FORM_SUBJ % (CASE_A, "account-assistance"), dt,
     gmail_body(new, attrib, body_closeA), mid=mid_gmail(),
     irt="closeA", refs=["ackA", "reqA", "repA1", "holdA", "repA2", "updA", "confA", "closeA"], style="gmail")

# ================================================================ 039 out-of-office (colleague)
dt = D(2025, 3, 10, 14, 2, 8)
txt = """森岡さん

3/10(月)〜3/12(水) は出張のため不在にしております。
メールは 3/13 以降に確認いたします。お急ぎの場合は 03-5555-0142 (部代表) までお願いします。

I am out of the office until 13 March with limited access to email.

佐々木 美咲
"""
mail("ooo", "unrelated", False, None, [],
     a("佐々木 美咲", "m-sasaki@tsubame-sys.co.jp"), a(ME_JA, ME_C),
     "自動応答: 打ち合わせ日程の件", dt, T(txt, cte="base64"), mid=mid_outlook(),
     extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "m-sasaki@tsubame-sys.co.jp")])

# ================================================================ 040 resolved A (quotes the confirmation request)
dt = D(2025, 3, 10, 8, 40, 17, UTC)
txt_resA = """Hello Kenta,

Thank you for confirming.

The merge is done. Everything that was on AWS01938475 - exam history, certifications, the upcoming
DOP-C02 appointment and your benefits - now sits on AWS03720641, which you sign in to with
kenta.morioka.dev@gmail.com. The old account can no longer be used to sign in.

Your Credly badges will be issued again to the gmail address. This can take up to 48 hours, and each
badge has to be accepted in Credly once it arrives. No further action is required from you, and this
case is now resolved.

Best regards,
Diego R.
AWS Training and Certification Support
"""
body_resA = txt_resA + "\n\nOn 07/03/2025 05:55 GMT, Hannah K. wrote:\n\n" + q(txt_confA) + "\n"
html = "<html><body><div style=\"font-family:Arial;font-size:14px\">%s</div><blockquote style=\"border-left:2px solid #ccc;padding-left:8px\">%s</blockquote></body></html>\n" % (
    _h(txt_resA), _h("On 07/03/2025 05:55 GMT, Hannah K. wrote:\n\n" + txt_confA))
mail("resA", "resolved", False, CASE_A, [CID_OLD, CID_NEW],
     a("Amazon Web Services", FORM), ME_P, FORM_SUBJ % (CASE_A, "account-assistance"), dt,
     M("alternative", T(body_resA), T(html, "html")), mid=mid_ses(), rpath=ses_rpath(),
     irt="repA3", refs=["ackA", "reqA", "repA1", "holdA", "repA2", "updA", "confA", "closeA", "repA3"], **in_google(dt))


def credly(key, dt, cert, uuid, subj, intro):
    txt = """%s

%s
Issued by Amazon Web Services Training and Certification

Accept your badge to share it on LinkedIn, add it to your email signature or download it:
https://www.credly.com/badges/%s/accept

Why accept? Accepted badges can be verified by anyone you share them with.

Credly, Inc. | 1 Penn Plaza, Suite 2205, New York, NY 10119
You received this email because a badge was issued to %s.
""" % (intro, cert, uuid, ME_P)
    html = """<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f5f5f5">
<table width="560" align="center" style="background:#fff;padding:24px"><tr><td>
<p style="font-size:18px">%s</p>
<p><img src="https://images.credly.com/size/220x220/images/%s/image.png" width="120" alt="badge"></p>
<p><b>%s</b><br>Issued by Amazon Web Services Training and Certification</p>
<p><a href="https://www.credly.com/badges/%s/accept" style="background:#ff6b00;color:#fff;padding:10px 20px;text-decoration:none">Accept badge</a></p>
<p style="font-size:11px;color:#888">Credly, Inc. | 1 Penn Plaza, Suite 2205, New York, NY 10119<br>You received this email because a badge was issued to %s.</p>
</td></tr></table></body></html>
""" % (_html.escape(intro), hexs(8) + "-" + hexs(4) + "-" + hexs(4) + "-" + hexs(4) + "-" + hexs(12), cert, uuid, ME_P)
    mail(key, "badge", False, None, [], a("Credly", CREDLY), ME_P, subj, dt,
         M("alternative", T(txt), T(html, "html")), mid=mid_dom("credly.com"), rpath="bounces+8812@em.credly.com",
         **in_google(dt, "credly.com", "em.credly.com", "167.89.%d.%d" % (rng.randint(1, 120), rng.randint(2, 250))))


# ================================================================ 041 / 042 badges
credly("badge1", D(2025, 3, 10, 8, 52, 3, UTC), "AWS Certified Solutions Architect - Associate",
       "6c1f0e2a-5b7d-4c38-9e21-0f4a8d3b71c5",
       "Kenta, you've earned a badge from Amazon Web Services Training and Certification",
       "Congratulations, Kenta! You earned a new badge.")
credly("badge2", D(2025, 3, 10, 8, 53, 40, UTC), "AWS Certified Developer - Associate",
       "b3e9a4d0-27c1-4f6e-8a55-c2d1e07f9b38",
       "Accept your AWS Certified Developer - Associate badge",
       "Kenta, a badge is waiting for you.")

# ================================================================ 043 survey A
dt = D(2025, 3, 11, 5, 0, 9, UTC)
txt = """Hello Kenta,

Your case 174101236800412 was recently resolved. Would you spend a minute telling us how we did?

Rate your experience: https://survey.aws-cx.amazon.com/s?c=174101236800412&l=en

Your feedback is read by the Training and Certification support team and helps us improve.
This survey link is personal; please do not forward it. Replies to this message are not read.

Amazon Web Services
"""
mail("survA", "survey", False, CASE_A, [],
     a("Amazon Web Services", FORM), ME_P, "RE:[CASE %s] How was your support experience?" % CASE_A, dt,
     M("alternative", T(txt, cte="7bit"), T("<html><body>%s</body></html>\n" % _h(txt), "html", cte="7bit")),
     mid=mid_ses(), rpath=ses_rpath(), **in_google(dt))

# ================================================================ 044 ack D (console case)
CONSOLE_FOOT = """
To see or update this case, go to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

This message was sent from an address that does not receive mail. Replies to it are not delivered;
use the Support Center link above to update your case.
"""
dt = D(2025, 3, 11, 14, 16, 58, UTC)
txt = """Hello,

We have opened case 174170221400562 for you. Summary:

Case ID: 174170221400562
Subject: Credly badge not issued after certification account merge
Severity: General guidance
Category: Training and Certification, Certification
Correspondence: After my certification accounts were merged on 10 March (form case
174101236800412), the Solutions Architect - Professional badge never arrived in Credly. The SAA and
DVA badges did. Candidate ID: AWS03720641

An AWS Support agent will answer within the response time for the severity you chose.
""" + CONSOLE_FOOT % CASE_D + "\nAmazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.\n"
mail("ackD", "acknowledgement", False, CASE_D, [CID_NEW],
     a("Amazon Web Services", NOREPLY), ME_P, "Amazon Web Services: New Support case: %s" % CASE_D, dt,
     T(txt, cte="quoted-printable"), rpath=ses_rpath(), crlf=True, **in_google(dt))

# ================================================================ 045 info request D (console, reply in Support Center)
dt = D(2025, 3, 12, 2, 30, 44, UTC)
txt_reqD = """Hello,

Thank you for contacting AWS. My name is Kevin, and I'll be assisting you with this case.

I checked the badge records for AWS03720641. The Solutions Architect - Professional badge was issued
on 10 March, but to the Credly profile that belongs to k-morioka@tsubame-sys.co.jp, because that
profile had claimed the earlier version of the badge. The associate badges were issued fresh, which
is why they reached your gmail address.

To move it, kindly let us know in the case which email address your current Credly profile uses, and
whether you can still sign in to the Credly profile registered to your company address. Kindly add this
as a reply in the Support Center; this email address cannot receive your answer.

Your opinion counts: you can rate this reply from the case page in the Support Center.

Best regards,
Kevin L.
Amazon Web Services
""" + CONSOLE_FOOT % CASE_D
mail("reqD", "info_request", True, CASE_D, [CID_NEW],
     a("Amazon Web Services", NOREPLY), ME_P,
     "RE:[CASE %s] Credly badge not issued after certification account merge" % CASE_D, dt,
     M("alternative", T(txt_reqD), T("<html><body><div style=\"font-family:Arial\">%s</div></body></html>\n" % _h(txt_reqD), "html")),
     rpath=ses_rpath(), **in_google(dt))

# ================================================================ 046 reply D by e-mail (wrong channel)
dt = D(2025, 3, 12, 12, 5, 2)
new = """Hi Kevin,

My Credly profile uses kenta.morioka.dev@gmail.com. I can still sign in to the old one on the company
address until Friday, so if you need me to do something there, please tell me soon.

Thanks,
Kenta
"""
attrib = "On %s Amazon Web Services <%s> wrote:" % (gdate_en(D(2025, 3, 12, 11, 30)), NOREPLY)
mail("repD", "user_reply", False, CASE_D, [],
     a(ME_EN, ME_P), NOREPLY, "Re: RE:[CASE %s] Credly badge not issued after certification account merge" % CASE_D, dt,
     gmail_body(new, attrib, txt_reqD), mid=mid_gmail(), irt="reqD", refs=["reqD"], style="gmail")
repD_mid = MIDS["repD"]

# ================================================================ 047 bounce of that reply
dt = D(2025, 3, 12, 12, 5, 41)
txt = """** Address not found **

Your message wasn't delivered to no-reply-aws@amazon.com because the address couldn't be found, or is
unable to receive mail.

The response from the remote server was:
550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox does not accept mail
"""
ds = """Reporting-MTA: dns; googlemail.com
Arrival-Date: Wed, 12 Mar 2025 03:05:02 +0000 (UTC)

Final-Recipient: rfc822; no-reply-aws@amazon.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; amazon-smtp.amazon.com. (52.94.124.7, the server for the domain amazon.com.)
Diagnostic-Code: smtp; 550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected
Last-Attempt-Date: Wed, 12 Mar 2025 03:05:41 +0000 (UTC)
"""
rh = """From: Kenta Morioka <kenta.morioka.dev@gmail.com>
Date: Wed, 12 Mar 2025 12:05:02 +0900
Message-ID: %s
Subject: Re: RE:[CASE %s] Credly badge not issued after certification account merge
To: no-reply-aws@amazon.com
""" % (repD_mid, CASE_D)
mail("bounce", "unrelated", False, CASE_D, [],
     a("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P, "Delivery Status Notification (Failure)", dt,
     M("report", T(txt, cte="7bit"), RAW("message/delivery-status", ds), T(rh, "rfc822-headers", cs="us-ascii", cte="7bit"),
       params=" report-type=delivery-status;"),
     mid="<%s.%s.%s@mx.google.com>" % (hexs(8), hexs(6), "bounce"), irt="repD", refs=["reqD", "repD"],
     extra=[("Auto-Submitted", "auto-replied")], style="gmail")

# ================================================================ 048 owner forwards resolution (Gmail inline forward)
dt = D(2025, 3, 13, 9, 15, 33)
new = """佐々木さん、小林部長

認定アカウントの統合が完了したので共有します。
パートナーセントラル側の認定者数は数日で更新されるとのことです。
ご対応ありがとうございました。

森岡
"""
fwd_hdr = """---------- Forwarded message ---------
From: Amazon Web Services <%s>
Date: %s
Subject: %s
To: <%s>
""" % (FORM, gdate_en(D(2025, 3, 10, 17, 40)), FORM_SUBJ % (CASE_A, "account-assistance"), ME_P)
plain = new + "\n" + fwd_hdr + "\n\n" + body_resA
htm = '<div dir="ltr">%s<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s</div><br>%s</div></div>\n' % (
    _h(new), _h(fwd_hdr), _h(body_resA))
mail("fwdA", "user_reply", False, CASE_A, [],
     a(ME_EN, ME_P), "m-sasaki@tsubame-sys.co.jp, kobayashi-t@tsubame-sys.co.jp",
     "Fwd: " + FORM_SUBJ % (CASE_A, "account-assistance"), dt,
     M("alternative", T(plain, cs="UTF-8", cte="base64"), T(htm, "html", cs="UTF-8", cte="base64")),
     mid=mid_gmail(), refs=[MIDS["resA"]], style="gmail")

# ================================================================ 049 spoofed From amazon.com, dmarc=fail
dt = D(2025, 3, 13, 6, 40, 18, UTC)
txt = """Hello,

While merging your AWS Certification accounts an error occurred, and your certifications have been
temporarily locked to protect them.

To restore access, sign in within 24 hours:
https://aws-training-certification.support-verify.info/signin?case=174138804100263

If verification is not completed, this case will be closed and the certification record removed
permanently. Reply with your Builder ID password if you cannot open the link.

Sincerely,
Amazon Web Services
"""
mail("phish2", "suspicious", False, None, [],
     a("Amazon Web Services", FORM), ME_P, FORM_SUBJ % ("174138804100263", "account-assistance"), dt,
     T(txt, cte="quoted-printable"), mid="<%s@support-verify.info>" % hexs(20),
     rpath="bounce@mx1.support-verify.info",
     auth=ar_google("amazon.com", "mx1.support-verify.info", "45.137.21.%d" % rng.randint(2, 250),
                    dkim="none", spf="pass", dmarc="fail", policy="QUARANTINE"),
     recv=recv_google("mx1.support-verify.info", "45.137.21.88", dt))

# ================================================================ 050 owner's farewell mail
dt = D(2025, 3, 14, 17, 45, 0)
txt = """皆さま

お疲れさまです。クラウド推進部の森岡です。
本日 3 月 14 日をもって最終出社となりました。

入社以来 5 年半、多くのプロジェクトでお世話になりました。
引き継ぎは佐々木さんにお願いしています。AWS 関連の不明点は佐々木さんまでお願いします。

このアドレスは本日で使えなくなります。今後のご連絡は下記までいただけると嬉しいです。
kenta.morioka.dev@gmail.com

本当にありがとうございました。

森岡 健太
"""
mail("bye", "user_reply", False, None, [],
     a(ME_JA, ME_C), "cloud-all@tsubame-sys.co.jp", "最終出社のご挨拶(森岡)", dt,
     T(txt), cc=ME_P, mid=mid_outlook(), extra=[("Content-Language", "ja-JP")])

# ================================================================ 051 closing notice D (console, answer in Support Center)
dt = D(2025, 3, 15, 3, 0, 27, UTC)
txt = """Hello,

We haven't received an update on case 174170221400562 since our last reply on 12 March.

If there is no update within 3 days, the case will be resolved automatically. To keep it open, add a
reply to the case in the Support Center.

Amazon Web Services
""" + CONSOLE_FOOT % CASE_D
mail("closeD", "closing_notice", True, CASE_D, [],
     a("Amazon Web Services", NOREPLY), ME_P,
     "RE:[CASE %s] Credly badge not issued after certification account merge" % CASE_D, dt,
     T(txt, cs="us-ascii", cte="7bit"), rpath=ses_rpath(), **in_google(dt))

# ================================================================ 052 Credly lookalike
dt = D(2025, 3, 15, 11, 20, 5, UTC)
html = """<html><body style="font-family:Helvetica">
<p><b>Credly</b></p>
<p>Hi Kenta,</p>
<p>Your badge <b>AWS Certified Solutions Architect - Professional</b> is linked to an account that no longer exists and
will be <b>revoked in 48 hours</b>.</p>
<p>Keep your badge by confirming your identity:</p>
<p><a href="http://credly-badges.net/claim?u=kenta.morioka.dev%40gmail.com">Confirm and keep my badge</a></p>
<p>The Credly Team</p>
</body></html>
"""
mail("phish3", "suspicious", False, None, [],
     a("Credly", "notifications@credly-badges.net"), ME_P, "Action needed: your AWS badge will be revoked", dt,
     T(html, "html", cte="base64"), mid=mid_dom("credly-badges.net"), rpath="notifications@credly-badges.net",
     **in_google(dt, "credly-badges.net", "credly-badges.net", "91.215.85.%d" % rng.randint(2, 250), policy="NONE"))

# ================================================================ 053 resolved D (console)
dt = D(2025, 3, 17, 1, 10, 39, UTC)
txt = """Hello,

Thank you for the details you added in the Support Center on 15 March.

Credly has moved the AWS Certified Solutions Architect - Professional badge to the profile on
kenta.morioka.dev@gmail.com. It is waiting there for you to accept it. The profile on your company
address no longer holds any AWS badges.

I'm marking this case as resolved. Should the badge not appear, you can reopen the case from the
Support Center within 14 days.

Best regards,
Kevin L.
Amazon Web Services
""" + CONSOLE_FOOT % CASE_D
mail("resD", "resolved", False, CASE_D, [],
     a("Amazon Web Services", NOREPLY), ME_P,
     "RE:[CASE %s] Credly badge not issued after certification account merge" % CASE_D, dt,
     M("alternative", T(txt), T("<html><body><div style=\"font-family:Arial\">%s</div></body></html>\n" % _h(txt), "html")),
     rpath=ses_rpath(), **in_google(dt))

# ================================================================ 054 badge SAP
credly("badge3", D(2025, 3, 17, 1, 25, 12, UTC), "AWS Certified Solutions Architect - Professional",
       "e07d3c19-84a2-4b6f-b1c0-59fd2e6a8a04",
       "Kenta, you've earned a badge from Amazon Web Services Training and Certification",
       "Congratulations, Kenta! A new badge has been added to your wallet.")

# ================================================================ 055 ack E (JA)
dt = D(2025, 3, 17, 4, 56, 9, UTC)
txt_ackE = """Kenta Morioka 様

AWS トレーニングと認定にお問い合わせいただきありがとうございます。
ケース番号 174218736500144 で承りました。

回答までは通常 24 時間以内を目安としておりますが、調査内容によってはお時間を
頂戴する場合がございます。ケースが重複すると対応が遅れることがありますので、
同じ内容のお問い合わせはお控えください。

■お問い合わせ内容
お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: 認定試験
その他の詳細: 試験の登録
AWS 候補 ID: AWS03720641
詳細: 3/10 にアカウントの統合が完了したあと、3/19 13:00 の DOP-C02 の予約が
試験登録ページに表示されなくなりました。予約はまだ有効でしょうか。
"""
mail("ackE", "acknowledgement", False, CASE_E, [CID_NEW],
     a("Amazon Web Services", FORM), ME_P, FORM_SUBJ % (CASE_E, "exam-registration"), dt,
     T(txt_ackE), mid=mid_ses(), rpath=ses_rpath(), **in_google(dt))

# ================================================================ 056 info request E (no "please")
dt = D(2025, 3, 18, 0, 20, 51, UTC)
txt_reqE = """Hello Kenta,

Thanks for getting in touch, and I understand the exam is only a day away, so I'll keep this short.

Appointments booked on an old account sometimes don't follow a merge until Pearson VUE links them
again. To find yours in their system we need the Pearson VUE registration number from the booking
confirmation, along with the date and start time of the appointment. A screenshot of the Exam
Registration page as it looks in your account now would also help.

As soon as I have those I'll go to the exam delivery team.

Fatima
AWS Training and Certification
"""
mail("reqE", "info_request", True, CASE_E, [],
     a("Amazon Web Services", FORM), ME_P, FORM_SUBJ % (CASE_E, "exam-registration"), dt,
     T(txt_reqE + "\n\n" + q(txt_ackE) + "\n"), mid=mid_ses(), rpath=ses_rpath(),
     irt="ackE", refs=["ackE"], **in_google(dt))

# ================================================================ 057 reply E with screenshot
import struct
import zlib


def tiny_png(w=64, h=24):
    raw = b"".join(b"\x00" + bytes([235, 237, 240]) * w for _ in range(h))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


dt = D(2025, 3, 18, 9, 47, 14)
new = """Hi Fatima,

Here is what I have:

Registration number: 418305927
Date and time: Wednesday 19 March 2025, 13:00 JST, Pearson Professional Centers Tokyo Shinjuku
Exam: DOP-C02
Candidate ID now: AWS03720641 (the booking was made on AWS01938475, before the merge)

The screenshot of my Exam Registration page is attached - it shows no upcoming appointments.

Thanks for the quick help,
Kenta
"""
attrib = "On %s Amazon Web Services <%s> wrote:" % (gdate_en(D(2025, 3, 18, 9, 20)), FORM)
alt = gmail_body(new, attrib, txt_reqE)
mail("repE", "user_reply", False, CASE_E, [CID_NEW, CID_OLD],
     a(ME_EN, ME_P), FORM, FORM_SUBJ % (CASE_E, "exam-registration"), dt,
     M("mixed", alt, ATT("image/png", tiny_png(), "exam-registration.png")),
     mid=mid_gmail(), irt="reqE", refs=["ackE", "reqE"], style="gmail")

# ================================================================ 058 case update E
dt = D(2025, 3, 18, 5, 30, 2, UTC)
txt = """Hello Kenta,

Oliver here, working with Fatima on your case.

The exam delivery team has checked with Pearson VUE: your appointment for 19 March at 13:00 exists
and is valid, so you can sit the exam as planned. The only problem is that it isn't linked to
AWS03720641 yet; the team is fixing the link now.

You don't need to do anything else for this.

Oliver
AWS Training and Certification
"""
mail("updE", "case_update", False, CASE_E, [CID_NEW],
     a("Amazon Web Services", FORM), ME_P, "RE: [CASE %s] [AWS Training and Certification Form Submission] - exam-registration" % CASE_E, dt,
     M("alternative", T(txt, cte="base64"), T("<html><body>%s</body></html>\n" % _h(txt), "html", cte="base64")),
     mid=mid_ses(), rpath=ses_rpath(), irt="repE", refs=["ackE", "reqE", "repE"], **in_google(dt))

# ================================================================ 059 resolved E
dt = D(2025, 3, 19, 0, 10, 33, UTC)
txt = """Hi Kenta,

The appointment is now linked: DOP-C02 on 19 March at 13:00 shows under Exam Registration in your
account, and the exam history from the old account is complete. I've resolved the case.

Good luck today!

Oliver
AWS Training and Certification
"""
mail("resE", "resolved", False, CASE_E, [],
     a("Amazon Web Services", FORM), ME_P, FORM_SUBJ % (CASE_E, "exam-registration"), dt,
     T(txt, cte="7bit"), mid=mid_ses(), rpath=ses_rpath(), irt="updE", refs=["ackE", "reqE", "repE", "updE"],
     crlf=True, **in_google(dt))

# ================================================================ 060 ack F
dt = D(2025, 3, 20, 7, 22, 6, UTC)
txt = """Hello,

Thank you for contacting Amazon Web Services. We have opened case 174245530900821 for your request.

We usually reply within 24 hours. To avoid delays, please keep all correspondence about this request
on this case rather than opening a new one.

The details of your request:
Inquiry type: Certification
Additional details: Account Merge
Description:
I found a second certification account, AWS05519230, registered to my gmail address (created in 2019
when I signed in with my Amazon.com account). Please merge it into AWS03720641, which is the account
I use now.

Sincerely,
Amazon Web Services
"""
mail("ackF", "acknowledgement", False, CASE_F, [CID_DUP, CID_NEW],
     a("Amazon Web Services", FORM), ME_P, FORM_SUBJ % (CASE_F, "account-assistance"), dt,
     T(txt, cs="us-ascii", cte="7bit"), mid=mid_ses(), rpath=ses_rpath(), **in_google(dt))

# ================================================================ 061 exam result
dt = D(2025, 3, 20, 10, 2, 44, UTC)
txt = """Congratulations, Kenta!

You passed the AWS Certified DevOps Engineer - Professional exam (DOP-C02) on March 19, 2025.

Candidate ID: AWS03720641
Validation number: Q2W7RZ3K1EF4QJ5V
Certification valid until: March 19, 2028

Your score report and digital certificate are in your AWS Certification Account. Your Credly badge
will arrive in a separate email.

AWS Training and Certification
"""
mail("result", "certification", False, None, [CID_NEW],
     a("AWS Certification", CERTM), ME_P, "Your AWS Certification exam results", dt,
     M("alternative", T(txt), T("<html><body>%s</body></html>\n" % _h(txt), "html")),
     rpath="bounce-8812@certmetrics.com",
     **in_google(dt, "certmetrics.com", "certmetrics.com", "198.2.140.%d" % rng.randint(2, 250), policy="NONE"))

# ================================================================ 062 friend asks
dt = D(2025, 3, 20, 21, 3, 40)
txt_friend = """森岡くん

転職おめでとう!
前に AWS 認定のアカウントを会社のから個人のに移したって言ってたよね。
サポートのフォームには何て書いた? 向こうから確認のメールとか来た?
自分も来月で辞めるので、手順を教えてもらえると助かる。

大野
"""
mail("friend", "unrelated", False, None, [],
     a("Daisuke Ono", "daisuke.ono.1988@gmail.com"), ME_P, "AWS認定の移行って", dt,
     M("alternative", T(txt_friend, cs="UTF-8", cte="base64"), T('<div dir="ltr">%s</div>\n' % _h(txt_friend), "html", cs="UTF-8", cte="base64")),
     mid=mid_gmail(), style="gmail",
     **in_google(dt, "gmail.com", "gmail.com", "209.85.220.%d" % rng.randint(2, 250), policy="NONE"))

# ================================================================ 063 badge DOP
credly("badge4", D(2025, 3, 21, 0, 30, 18, UTC), "AWS Certified DevOps Engineer - Professional",
       "2a8f6d41-c93e-4e0b-a7d2-7b5e14c09f6e",
       "You've earned the AWS Certified DevOps Engineer - Professional badge",
       "Well done, Kenta! Amazon Web Services Training and Certification issued you a badge.")

# ================================================================ 064 survey E (JA)
dt = D(2025, 3, 21, 3, 0, 12, UTC)
txt = """Kenta Morioka 様

先日は AWS トレーニングと認定へお問い合わせいただき、ありがとうございました。
ケース 174218736500144 の対応について、アンケートへのご協力をお願いしております。

アンケートに回答する:
https://survey.aws-cx.amazon.com/s?c=174218736500144&l=ja

所要時間は 2 分ほどです。ご意見・ご要望がございましたら、アンケート内の自由記述欄にお書きください。
このメールは送信専用のため、ご返信いただいてもお答えできません。

Amazon Web Services
"""
mail("survE", "survey", False, CASE_E, [],
     a("AWS カスタマーエクスペリエンス", "aws-cx-survey@amazon.com"), ME_P,
     "【アンケートのお願い】ケース 174218736500144 のサポートについて", dt,
     T(txt, cte="quoted-printable"), rpath=ses_rpath(), **in_google(dt))

# ================================================================ 065 owner answers friend
dt = D(2025, 3, 21, 22, 40, 5)
new = """大野さん

ありがとう! 手順はだいたいこんな感じでした。

1. 個人アドレスで Builder ID を作って、新しい認定アカウントを作る
2. 「AWS トレーニングと認定」のお問い合わせフォームで、その他の詳細に「アカウントの統合」を選ぶ
   本文には理由、使ったアドレス全部、残したいアドレス、候補IDを書く
3. サポートから Account #1 / Account #2 の一覧が来るので、「#1 に統合して」と返信
4. 当日中に統合完了のメールが来て、Credly のバッジも届いた

うちは会社が APN パートナーだったので、途中で「退職日はいつ?」と聞かれて一度保留になりました。
返事を放置すると「クローズするよ」というメールが来るので、そこだけ注意。

森岡
"""
attrib = "%s Daisuke Ono <daisuke.ono.1988@gmail.com>:" % gdate_ja(D(2025, 3, 20, 21, 3))
mail("friend2", "user_reply", False, None, [],
     a(ME_EN, ME_P), a("Daisuke Ono", "daisuke.ono.1988@gmail.com"), "Re: AWS認定の移行って", dt,
     gmail_body(new, attrib, txt_friend, cte="base64"), mid=mid_gmail(), irt="friend", refs=["friend"], style="gmail")

# ================================================================ 066 confirmation request F (JIS, keigo)
dt = D(2025, 3, 22, 1, 15, 26, UTC)
txt_confF = """森岡 健太 様

AWS トレーニングと認定 サポートの佐藤と申します。
アカウント統合のご依頼につきまして、対象のアカウントを確認いたしました。

アカウント #1
  AWS 候補 ID: AWS03720641
  ログイン用メールアドレス: kenta.morioka.dev@gmail.com (AWS Builder ID)
  認定に関する通知先: kenta.morioka.dev@gmail.com
アカウント #2
  AWS 候補 ID: AWS05519230
  ログイン用メールアドレス: kenta.morioka.dev@gmail.com (Amazon.com アカウントでのサインイン)
  認定に関する通知先: kenta.morioka.dev@gmail.com

アカウント #2 の試験履歴(CLF-C01、2019年11月受験、失効済み)をアカウント #1 に移し、
アカウント #2 は無効化いたします。統合後は元に戻すことができません。

上記 2 つのアカウントがいずれもお客様ご本人のものであること、また、アカウント #1 を
残すことでお間違いないか、ご確認のうえご返信いただけますでしょうか。

お手数をおかけいたしますが、どうぞよろしくお願いいたします。

佐藤
Amazon Web Services トレーニングと認定
"""
mail("confF", "confirmation_request", True, CASE_F, [CID_NEW, CID_DUP],
     a("Amazon Web Services", FORM), ME_P, FORM_SUBJ % (CASE_F, "account-assistance"), dt,
     T(txt_confF, cs="iso-2022-jp", cte="7bit"), mid=mid_ses(), rpath=ses_rpath(),
     irt="ackF", refs=["ackF"], **in_google(dt))

# ================================================================ 067 reply F (JA)
dt = D(2025, 3, 22, 10, 50, 41)
new = """佐藤様

ご確認ありがとうございます。
2 つともわたしのアカウントで間違いありません。アカウント #1 (AWS03720641) を残す形で統合をお願いします。

森岡
"""
attrib = "%s Amazon Web Services <%s>:" % (gdate_ja(D(2025, 3, 22, 10, 15)), FORM)
mail("repF", "user_reply", False, CASE_F, [CID_NEW],
     a(ME_EN, ME_P), FORM, FORM_SUBJ % (CASE_F, "account-assistance"), dt,
     gmail_body(new, attrib, txt_confF, cte="base64"), mid=mid_gmail(), irt="confF", refs=["ackF", "confF"], style="gmail")
plain_repF = new + "\n" + attrib + "\n\n" + q(txt_confF) + "\n"

# ================================================================ 068 recertification notice
dt = D(2025, 3, 22, 4, 0, 3, UTC)
txt = """Hello Kenta,

Good news: by passing AWS Certified DevOps Engineer - Professional, you have also renewed your
AWS Certified Developer - Associate certification.

New expiration date: March 19, 2028

Your updated certificate is available in your AWS Certification Account, and your Credly badge has
been updated automatically.

AWS Training and Certification
"""
mail("recert", "certification", False, None, [],
     a("AWS Certification", CERTM), ME_P, "Your AWS Certified Developer - Associate certification has been renewed", dt,
     T(txt, cte="7bit"), rpath="bounce-8812@certmetrics.com",
     **in_google(dt, "certmetrics.com", "certmetrics.com", "198.2.140.%d" % rng.randint(2, 250), policy="NONE"))

# ================================================================ 069 resolved F
dt = D(2025, 3, 24, 2, 20, 36, UTC)
txt = """Hi Kenta,

Thank you for confirming. AWS05519230 has been merged into AWS03720641: the 2019 Cloud Practitioner
exam now appears in your exam history, and the old Amazon.com sign-in no longer opens a separate
account. This case is closed as resolved.

All the best,
Ren Sato
AWS Training and Certification
"""
mail("resF", "resolved", False, CASE_F, [CID_DUP, CID_NEW],
     a("Amazon Web Services", FORM), ME_P, FORM_SUBJ % (CASE_F, "account-assistance"), dt,
     T(txt + "\n\n" + q(plain_repF) + "\n", cte="base64"), mid=mid_ses(), rpath=ses_rpath(),
     irt="repF", refs=["ackF", "confF", "repF"], **in_google(dt))

# ================================================================ 070 other vendor closing notice
dt = D(2025, 3, 25, 2, 0, 19, UTC)
txt = """##- Please type your reply above this line -##

Hi Kenta,

We haven't heard back about request 58213 (sync stops after upgrading to 4.2). If we don't hear from
you in the next 2 days, this request will be closed automatically. Replying to this email keeps it
open, and you can always reopen it later by replying.

Lena
CloudNote Support

[ZXR3KP-9M41]
"""
mail("cn2", "unrelated", False, None, [],
     a("Lena (CloudNote Support)", "support@cloudnote-help.com"), ME_P,
     "[CloudNote] Re: Sync stops after upgrading to 4.2", dt,
     T(txt), mid="<ZXR3KP9M41_67e2%s_sprut@zendesk.com>" % hexs(6), rpath="support+id58213@cloudnote-help.com",
     extra=[("X-Zendesk-From-Account-Id", "a81f2c")],
     **in_google(dt, "cloudnote-help.com", "cloudnote-help.com", "192.161.148.%d" % rng.randint(2, 250), policy="NONE"))


# ================================================================ write
def main():
    for f in os.listdir(HERE):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(HERE, f))
    for i, m in enumerate(MSGS, 1):
        base = os.path.join(HERE, "%03d-msg" % i)
        with open(base + ".eml", "wb") as fh:
            fh.write(m["raw"])
        label = {"kind": m["kind"], "needs_reply": m["needs_reply"], "case": m["case"],
                 "candidate_ids": m["candidate_ids"]}
        with open(base + ".json", "w", encoding="utf-8") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
    counts = Counter(m["kind"] for m in MSGS)
    print("messages: %d" % len(MSGS))
    for k in sorted(counts):
        print("  %-22s %d" % (k, counts[k]))
    print("needs_reply true: %d" % sum(1 for m in MSGS if m["needs_reply"]))


if __name__ == "__main__":
    main()
