#!/usr/bin/env python3
"""Generate a blind corpus of support-case mail (standard library only).

Run: python3 gen.py   (writes NNN-msg.eml / NNN-msg.json next to this script)
"""
import base64
import json
import os
import quopri
import random
from collections import Counter
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(135)

ME_P = "haruka.onodera.dev@gmail.com"
ME_C = "h.onodera@kitaura-systems.co.jp"
ME_NAME = "Haruka Onodera"
ME_NAME_JA = "小野寺 遥"
TC = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"
JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))
PST = timezone(timedelta(hours=-8))

SUBJ_TC = "[AWS Training and Certification Form Submission] - account-assistance"

MESSAGES = []
THREADS = {}  # thread key -> list of message ids


def mid(domain):
    left = "%016x.%08x" % (RNG.getrandbits(64), RNG.getrandbits(32))
    return "<%s@%s>" % (left, domain)


def enc_header(value, charset="utf-8"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode()


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((name, email), charset=charset)


def body_bytes(text, charset, cte):
    raw = text.encode(charset)
    if cte == "base64":
        b = base64.encodebytes(raw).decode("ascii")
        return b
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "7bit":
        return raw.decode("ascii")
    # 8bit
    return raw.decode(charset)


def part(text, subtype="plain", charset="utf-8", cte=None):
    if cte is None:
        try:
            text.encode("ascii")
            cte = "7bit"
        except UnicodeEncodeError:
            cte = "base64" if charset != "iso-2022-jp" else "7bit"
    if charset == "iso-2022-jp":
        cte = "7bit"
    hdr = [
        'Content-Type: text/%s; charset="%s"' % (subtype, charset),
        "Content-Transfer-Encoding: %s" % cte,
    ]
    return hdr, body_bytes(text, charset, cte)


def build(m):
    lines = []
    for k, v in m["headers"]:
        lines.append("%s: %s" % (k, v))
    lines.append("MIME-Version: 1.0")
    fmt = m["fmt"]
    cs = m["charset"]
    cte = m["cte"]
    if fmt == "plain":
        h, b = part(m["text"], "plain", cs, cte)
        lines += h
        lines.append("")
        lines += b.rstrip("\n").split("\n")
    elif fmt == "html":
        h, b = part(m["html"], "html", cs, cte)
        lines += h
        lines.append("")
        lines += b.rstrip("\n").split("\n")
    else:  # alternative
        bnd = "----=_Part_%d_%d.%d" % (RNG.randint(10000, 99999), RNG.randint(100000, 999999), RNG.randint(1000000000, 1999999999))
        lines.append('Content-Type: multipart/alternative; boundary="%s"' % bnd)
        lines.append("")
        for sub, t in (("plain", m["text"]), ("html", m["html"])):
            lines.append("--" + bnd)
            h, b = part(t, sub, cs, cte)
            lines += h
            lines.append("")
            lines += b.rstrip("\n").split("\n")
        lines.append("--" + bnd + "--")
    eol = "\r\n" if m["crlf"] else "\n"
    return (eol.join(lines) + eol).encode("utf-8")


def auth(receiver, domain, dkim="pass", spf="pass", dmarc="pass", selector=None):
    sel = selector or "%s" % RNG.choice(["224i4yjsmm", "ug7nbtf4gccmlpwj", "6gbrjpgwjskckoa6", "s1"])
    return ("%s;\r\n       dkim=%s header.i=@%s header.s=%s header.b=%s;\r\n       spf=%s smtp.mailfrom=%s;\r\n       dmarc=%s header.from=%s"
            % (receiver, dkim, domain, sel, base64.b64encode(RNG.randbytes(6)).decode()[:8], spf,
               "0100" + "%010x" % RNG.getrandbits(40) + "@" + ("amazonses.com" if domain.endswith("amazon.com") else domain),
               dmarc, domain)).replace("\r\n", "\n")


def add(label, date, frm, to, subject, text=None, html=None, fmt="plain", charset="utf-8", cte=None,
        thread=None, cc=None, reply_to=None, extra=None, auth_res=None, crlf=False, msgid_domain=None,
        subject_charset=None, outgoing=False, note=""):
    kind, reply, case, cands = label
    domain = msgid_domain or frm.split("@")[-1].rstrip(">")
    m_id = mid(domain)
    headers = []
    rcv_to = to.split("<")[-1].rstrip(">") if "<" in to else to
    if not outgoing:
        if rcv_to.endswith("gmail.com"):
            headers.append(("Received", "by 2002:a05:7010:%x:b0:%x with SMTP id %s;\n        %s"
                            % (RNG.getrandbits(16), RNG.getrandbits(12), "%x" % RNG.getrandbits(40), format_datetime(date.astimezone(PDT)))))
        else:
            headers.append(("Received", "from mx1.kitaura-systems.co.jp (mx1.kitaura-systems.co.jp [203.0.113.25])\n        by mail.kitaura-systems.co.jp with ESMTPS id %X;\n        %s"
                            % (RNG.getrandbits(32), format_datetime(date.astimezone(JST)))))
        if auth_res:
            headers.append(("Authentication-Results", auth_res))
    headers.append(("From", frm))
    headers.append(("To", to))
    if cc:
        headers.append(("Cc", cc))
    if reply_to:
        headers.append(("Reply-To", reply_to))
    headers.append(("Subject", enc_header(subject, subject_charset or ("utf-8" if charset in ("utf-8",) else charset))))
    headers.append(("Date", format_datetime(date)))
    headers.append(("Message-ID", m_id))
    if thread:
        prev = THREADS.get(thread, [])
        if prev:
            headers.append(("In-Reply-To", prev[-1]))
            headers.append(("References", " ".join(prev[-6:])))
        THREADS.setdefault(thread, []).append(m_id)
    for k, v in (extra or []):
        headers.append((k, v))
    MESSAGES.append(dict(label=dict(kind=kind, needs_reply=reply, case=case, candidate_ids=cands),
                         headers=headers, fmt=fmt, charset=charset, cte=cte, text=text, html=html,
                         crlf=crlf, note=note, date=date))


def d(y, mo, da, h, mi, tz=UTC):
    return datetime(y, mo, da, h, mi, RNG.randint(0, 59), tzinfo=tz)


def A_OK(receiver="mx.google.com", domain="amazon.com"):
    return auth(receiver, domain)


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.strip("\n").split("\n"))


TC_FROM = addr("Amazon Web Services", TC)
TC_FROM2 = addr("AWS Training and Certification", TC)
CON_FROM = addr("Amazon Web Services", CONSOLE)
ME_P_FROM = addr(ME_NAME, ME_P)
ME_C_FROM = addr(ME_NAME, ME_C)
ME_P_FROM_JA = addr(ME_NAME_JA, ME_P)
ME_C_FROM_JA = addr(ME_NAME_JA, ME_C)


# ---------------------------------------------------------------- case numbers
C = "8274619305"        # console case, 2021 (10 digits)
E = "13064728195"       # T&C form case, 2023, Japanese (11 digits)
A = "174099312000417"   # T&C form case, 2025, company -> personal merge, APN hold
D = "174100800500903"   # duplicate form case for the same request (from the company address)
B = "174227055100288"   # T&C form case, 2025, two accounts on one e-mail, Credly
G = "174383529100071"   # T&C form case, 2025, 50% voucher after merge

CONSOLE_FOOT = """
To see all of the communications and respond to this case, go to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en

Note: This e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please use the link above instead of replying to this e-mail.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210"""

# ================================================================ 2021: console case C
add(("unrelated", False, None, []), d(2021, 11, 3, 8, 14), addr("Amazon Web Services", "aws-billing-noreply@amazon.com"), ME_P,
    "Amazon Web Services Billing Statement Available [Account: 482193775012]",
    text="""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:

Total: $4.87

Account ID: 482193775012
Billing period: October 1 - October 31, 2021

You can see a complete break down of all charges on the Billing & Cost Management page located here:
https://console.aws.amazon.com/billing/home#/bill

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services
""", auth_res=A_OK(), crlf=True, note="AWS billing; 12-digit account ID that is not a case number")

add(("acknowledgement", False, C, []), d(2021, 11, 9, 1, 47), CON_FROM, ME_P,
    "Amazon Web Services: New Support case: " + C,
    text="""Hello,

We have received your case and one of our support representatives will respond as soon as possible.

Case ID: %s
Subject: Exam benefit (50%% discount voucher) missing after passing SAA-C02
Severity: General guidance
Correspondence: I passed the Solutions Architect - Associate exam on Oct 28 but the Benefits page still shows nothing. My candidate ID is AWS01938475.

Thank you for contacting Amazon Web Services.
""" % C + CONSOLE_FOOT % C, thread="C", auth_res=A_OK(), crlf=True, msgid_domain="email.amazonses.com",
    note="console ack; the owner's own correspondence (with a candidate ID) is echoed inside it")
MESSAGES[-1]["label"]["candidate_ids"] = ["AWS01938475"]

add(("info_request", True, C, []), d(2021, 11, 10, 17, 5), CON_FROM, ME_P,
    "RE:[CASE %s] Exam benefit (50%% discount voucher) missing after passing SAA-C02" % C,
    text="""Hello Haruka,

Thanks for your patience while I looked into this.

The certification record I can see under your name was created with a different e-mail address than the one on this case, which usually means the exam was taken on a second certification profile. The voucher is attached to the profile that holds the exam result, so it would not show up on the profile you are signed in to.

To move forward I need to know which e-mail address you used when you scheduled the exam with Pearson VUE, and whether you still have access to it. You can add that on the case in the Support Center - a reply to this e-mail will not reach me.

Best regards,
Tomasz K.
Amazon Web Services
""" + CONSOLE_FOOT % C, thread="C", auth_res=A_OK(), crlf=True, msgid_domain="email.amazonses.com",
    note="console info request; answer must go through the Support Center, the ask sits after a long explanation")

add(("user_reply", False, C, []), d(2021, 11, 11, 23, 30, JST), ME_P_FROM, ME_P,
    "todo: AWS case " + C,
    text="""answer the AWS case in the console (NOT by mail):
- exam was booked with h.onodera@kitaura-systems.co.jp
- still have access until I leave
https://console.aws.amazon.com/support/home#/case/?displayId=%s
""" % C, outgoing=True, note="owner's note to self about the console case")

add(("closing_notice", True, C, []), d(2021, 11, 14, 18, 2), CON_FROM, ME_P,
    "RE:[CASE %s] Exam benefit (50%% discount voucher) missing after passing SAA-C02" % C,
    text="""Hello,

We haven't heard back from you on the question below. If we don't receive a response, this case will be resolved automatically in 3 days. A case that has been resolved for 14 days can no longer be reopened, so please add your response in the Support Center if you still need help.

Previous correspondence:
I need to know which e-mail address you used when you scheduled the exam with Pearson VUE, and whether you still have access to it.

Amazon Web Services
""" + CONSOLE_FOOT % C, thread="C", auth_res=A_OK(), crlf=True, msgid_domain="email.amazonses.com",
    note="console auto-resolve warning; reply only via Support Center")

add(("resolved", False, C, []), d(2021, 11, 16, 9, 41), CON_FROM, ME_P,
    "RE:[CASE %s] Exam benefit (50%% discount voucher) missing after passing SAA-C02" % C,
    text="""Hello Haruka,

Thank you for the details you added in the Support Center. I found the second profile under h.onodera@kitaura-systems.co.jp and re-issued the 50%% exam discount to the profile you sign in with. It is visible under Benefits now and is valid until November 15, 2022.

I'm marking this case as resolved.

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

Best regards,
Tomasz K.
Amazon Web Services
""" % () + CONSOLE_FOOT % C, thread="C", auth_res=A_OK(), crlf=True, msgid_domain="email.amazonses.com",
    note="console resolution with the 'We value your feedback' rating footer")

add(("survey", False, C, []), d(2021, 11, 18, 15, 0), addr("AWS Support", "aws-support-survey@amazon.com"), ME_P,
    "How did we do on your recent AWS Support case?",
    html="""<html><body style="font-family:Arial,sans-serif">
<p>Hello,</p>
<p>Your support case <b>%s</b> (Exam benefit (50%% discount voucher) missing after passing SAA-C02) was recently resolved.</p>
<p>Would you take two minutes to tell us how it went?</p>
<table cellpadding="8"><tr>
<td><a href="https://survey.aws.amazon.com/s?c=%s&r=1">Very dissatisfied</a></td>
<td><a href="https://survey.aws.amazon.com/s?c=%s&r=3">Neutral</a></td>
<td><a href="https://survey.aws.amazon.com/s?c=%s&r=5">Very satisfied</a></td></tr></table>
<p style="font-size:11px;color:#666">You received this survey because you contacted AWS Support. This mailbox is not monitored.</p>
</body></html>""" % (C, C, C, C), fmt="html", auth_res=A_OK(), note="HTML-only survey")

add(("certification", False, None, []), d(2021, 12, 2, 20, 12), addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
    "AWS Certification wants to hear from you",
    text="""Hi Haruka,

You recently earned an AWS Certification. We'd like to learn about your preparation and how the credential has helped you so far.

The questionnaire takes around 10 minutes. Your answers are anonymous and are used to improve the AWS Certification program.

Start the questionnaire: https://www.certmetrics.com/amazon/survey/?s=ZQ81XK

Thank you,
AWS Certification
""", auth_res=auth("mx.kitaura-systems.co.jp", "certmetrics.com"), note="program feedback request, not a support-case survey")

# ================================================================ 2023: Japanese case E
add(("unrelated", False, None, []), d(2023, 5, 22, 10, 3), addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), ME_P,
    "Pearson VUE 試験予約確認 / Appointment Confirmation",
    text="""小野寺 遥 様

Pearson VUE で試験のご予約を承りました。

試験: AWS Certified Developer - Associate (DVA-C02) 日本語
日時: 2023年6月10日(土) 13:30
会場: Pearson VUE テストセンター 新宿
登録ID: 482031957

当日は有効な身分証明書を2点ご持参ください。予約の変更は試験開始24時間前まで可能です。

Pearson VUE
""", cte="quoted-printable", auth_res=A_OK(domain="pearson.com"), note="exam vendor; 9-digit registration ID")

add(("certification", False, None, ["AWS02217364"]), d(2023, 6, 12, 4, 55), addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "Congratulations! You are now AWS Certified",
    html="""<html><body>
<p>Dear Haruka Onodera,</p>
<p>Congratulations on passing the <b>AWS Certified Developer - Associate</b> exam.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><td>Candidate ID</td><td>AWS02217364</td></tr>
<tr><td>Validation number</td><td>7QJ2HKB1VE4Q1ZS3</td></tr>
<tr><td>Expiration</td><td>June 10, 2026</td></tr></table>
<p>Your digital badge will be issued by Credly shortly. You can download your certificate from your AWS Certification account.</p>
<p>AWS Training and Certification</p></body></html>""", fmt="html", auth_res=A_OK(domain="certmetrics.com"),
    note="exam result with candidate ID in a table")

add(("badge", False, None, []), d(2023, 6, 12, 5, 20), addr("Credly", "admin@credly.com"), ME_P,
    "Haruka, you've earned a badge from Amazon Web Services Training and Certification",
    text="""Congratulations, Haruka!

Amazon Web Services Training and Certification has issued you a new badge: AWS Certified Developer - Associate.

Accept your badge to share it on LinkedIn, add it to your email signature, or embed it on your website.

Accept badge: https://www.credly.com/earner/earned/badge/5c3e0e1d-94a7-4b2e-8d61-0d7f2a9e51b3

Credly, Inc.
""", auth_res=A_OK(domain="credly.com"), note="Credly badge issued; badge UUID in a link")

add(("acknowledgement", False, E, []), d(2023, 6, 19, 2, 11), TC_FROM, ME_P,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % E,
    text="""お問い合わせいただきありがとうございます。

ケース %s を作成いたしました。担当者より通常24時間以内にご連絡いたしますが、内容によってはお時間をいただく場合がございます。

同じ内容について既にケースをお持ちの場合は、新たなケースを作成せず、こちらのメールにご返信ください。

お問い合わせ内容:
認定証の氏名表記(ローマ字)が誤っているため修正をお願いします。

AWS トレーニングと認定 カスタマーサービス
""" % E, charset="iso-2022-jp", thread="E", auth_res=A_OK(), crlf=True, msgid_domain="email.amazonses.com",
    note="Japanese ack in ISO-2022-JP")

add(("info_request", True, E, []), d(2023, 6, 20, 6, 48), TC_FROM, ME_P,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % E,
    text="""小野寺 様

AWS トレーニングと認定カスタマーサービスの山下でございます。

認定証の氏名表記について確認いたしました。現在、アカウントには「Haruka Onodra」と登録されております。

修正にあたり、ご本人確認書類に記載されているとおりのローマ字表記(姓・名の順序を含む)を、本メールへのご返信にてお知らせいただけますでしょうか。

なお、修正後の表記は今後発行される認定証とデジタルバッジにも反映されます。

何卒よろしくお願い申し上げます。

山下
AWS トレーニングと認定
""", charset="shift_jis", cte="base64", thread="E", auth_res=A_OK(), msgid_domain="email.amazonses.com",
    note="Japanese keigo request (〜いただけますでしょうか) in Shift_JIS base64")

add(("closing_notice", True, E, []), d(2023, 6, 26, 7, 2), TC_FROM, ME_P,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % E,
    text="""小野寺 様

先日お送りしたメールについて、その後いかがでしょうか。

お手数ですが、ご本人確認書類どおりの氏名表記をお知らせいただけない場合、本お問い合わせはいったん終了とさせていただく予定でございます。終了後でも、このメールにご返信いただければ引き続き対応いたします。

ご多用のところ恐縮ですが、ご確認のほどよろしくお願いいたします。

山下
AWS トレーニングと認定
""", charset="iso-2022-jp", thread="E", auth_res=A_OK(), msgid_domain="email.amazonses.com",
    note="soft Japanese closing warning: 'いったん終了とさせていただく予定' with no date")

add(("user_reply", False, E, []), d(2023, 6, 26, 21, 15, JST), ME_P_FROM_JA, TC,
    "Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % E,
    text="""山下様

ご連絡が遅くなり申し訳ありません。
パスポートの表記は以下のとおりです。

姓: ONODERA
名: HARUKA
表記順: Haruka Onodera

よろしくお願いいたします。
小野寺

2023年6月26日(月) 16:02 AWS Training and Certification <%s>:
%s
""" % (TC, quote("""小野寺 様

先日お送りしたメールについて、その後いかがでしょうか。

お手数ですが、ご本人確認書類どおりの氏名表記をお知らせいただけない場合、本お問い合わせはいったん終了とさせていただく予定でございます。""")),
    thread="E", outgoing=True, note="owner's Japanese reply, Gmail quoting")

add(("case_update", False, E, []), d(2023, 6, 27, 3, 30), TC_FROM, ME_P,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % E,
    text="""小野寺 様

ご返信ありがとうございます。いただいた内容を認定記録の担当チームへ引き継ぎました。

反映まで数営業日かかる見込みです。進捗がございましたら、改めてこちらからご連絡いたします。

山下
AWS トレーニングと認定
""", charset="utf-8", cte="quoted-printable", thread="E", auth_res=A_OK(), msgid_domain="email.amazonses.com",
    note="handed to another team, nothing asked")

add(("resolved", False, E, []), d(2023, 6, 30, 8, 12), TC_FROM, ME_P,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % E,
    text="""小野寺 様

お待たせいたしました。認定アカウントの氏名を「Haruka Onodera」に更新いたしました。認定証は再ダウンロードいただくと新しい表記で表示されます。Credly のバッジへの反映には最大で48時間ほどかかる場合がございます。

そのほかご不明な点がございましたら、本メールにご返信ください。

山下
AWS トレーニングと認定

--- 以前のやり取り ---
修正にあたり、ご本人確認書類に記載されているとおりのローマ字表記(姓・名の順序を含む)を、本メールへのご返信にてお知らせいただけますでしょうか。
""", charset="iso-2022-jp", thread="E", auth_res=A_OK(), msgid_domain="email.amazonses.com",
    note="completion with a conditional invitation and the old request quoted below")

add(("resolved", False, E, []), d(2023, 7, 3, 1, 5), TC_FROM, ME_P,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % E,
    text="""小野寺 様

氏名表記の修正が完了しておりますので、本ケースはこれをもってクローズとさせていただきます。本メールへのご返信は不要です。

このたびはお問い合わせいただき、誠にありがとうございました。

AWS トレーニングと認定 カスタマーサービス
""", charset="shift_jis", cte="quoted-printable", thread="E", auth_res=A_OK(), msgid_domain="email.amazonses.com",
    note="courtesy close in Japanese: 'closed', but because the work is done; 返信は不要")

add(("survey", False, E, []), d(2023, 7, 3, 1, 9), addr("AWS トレーニングと認定", "aws-cs-survey@amazon.com"), ME_P,
    "カスタマーサービスに関するアンケートのお願い(ケース %s)" % E,
    html="""<html><body>
<p>小野寺 様</p>
<p>先日はAWS トレーニングと認定カスタマーサービスをご利用いただきありがとうございました。</p>
<p>今後のサービス向上のため、簡単なアンケートへのご協力をお願いしております。所要時間は1分程度です。</p>
<p><a href="https://survey.aws.amazon.com/jp?case=%s">アンケートに回答する</a></p>
<p style="color:#888">※本メールは送信専用アドレスから配信しております。</p></body></html>""" % E,
    fmt="html", cte="base64", auth_res=A_OK(), note="Japanese HTML survey with polite 'お願い'")

add(("unrelated", False, None, []), d(2023, 9, 14, 22, 40), addr("AWS Educate", "aws-cs-educate-form@amazon.com"), ME_C,
    "RE:[CASE 13188820461] [AWS Educate Form Submission] - general-question",
    text="""Hello Haruka,

We are following up on your question about registering a student club with AWS Educate. We haven't received the club's institution details that we asked for on September 7.

If we do not hear from you within 5 business days, this case will be closed. You can reply to this message at any time to reopen it.

Kind regards,
AWS Educate Support
""", auth_res=A_OK("mx.kitaura-systems.co.jp"), msgid_domain="email.amazonses.com",
    note="other AWS program's form case with a closing warning: not a T&C case")

# ================================================================ 2025: cases A and D
add(("unrelated", False, None, []), d(2025, 2, 27, 6, 30), addr("GitHub", "notifications@github.com"), ME_P,
    "Re: [kitaura-systems/infra-modules] Merge account baseline into main (PR #412)",
    text="""Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kitaura-systems/infra-modules/pull/412#event-16500213377
You are receiving this because you authored the thread.
""", auth_res=A_OK(domain="github.com"), extra=[("List-ID", "kitaura-systems/infra-modules <infra-modules.kitaura-systems.github.com>")],
    note="GitHub 'merged' notification")

add(("certification", False, None, []), d(2025, 2, 28, 16, 0), addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
    "Last call: your AWS Certified Solutions Architect - Associate expires in 30 days",
    text="""Hi Haruka,

Your AWS Certified Solutions Architect - Associate certification expires on March 30, 2025.

To keep it active, pass the current version of the exam or a higher-level exam in the same path before that date. Your 50% discount benefit can be applied when you schedule.

Schedule now: https://www.aws.training/certification

AWS Certification
""", auth_res=auth("mx.kitaura-systems.co.jp", "certmetrics.com"), note="'Last call' wording on an expiry reminder, not a case")

add(("unrelated", False, None, []), d(2025, 3, 3, 8, 55), addr("AWS Builder ID", "no-reply@signin.aws"), ME_P,
    "Verify your AWS Builder ID email address",
    text="""Hello,

Use the code below to verify your email address for AWS Builder ID.

Verification code: 604318

This code expires in 10 minutes. If you did not request it, you can ignore this e-mail.

Amazon Web Services
""", auth_res=A_OK(domain="signin.aws"), note="one-time code, 6 digits")

ACK_A = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your concern.

The details of your case are as follows:

Case ID: %s
Subject: Account Merge
Inquiry type: Certification
Description:
Use case: I am leaving Kitaura Systems at the end of March and would like my certification history moved to my personal account.
All e-mail addresses used: h.onodera@kitaura-systems.co.jp, haruka.onodera.dev@gmail.com
E-mail address to keep: haruka.onodera.dev@gmail.com

We usually respond within 24 hours, although some requests need more time. If you already have a case open for this request, please don't create another one; reply to this message instead.

Sincerely,
Amazon Web Services
"""
add(("acknowledgement", False, A, []), d(2025, 3, 3, 9, 12), TC_FROM, ME_P,
    "RE:[CASE %s] %s" % (A, SUBJ_TC), text=ACK_A % (A, A), thread="A", auth_res=A_OK(), crlf=True,
    msgid_domain="email.amazonses.com", note="standard ack echoing the form text")

add(("acknowledgement", False, D, []), d(2025, 3, 3, 13, 20), TC_FROM, ME_C,
    "RE:[CASE %s] %s" % (D, SUBJ_TC),
    html="""<html><body><p>Hello,</p>
<p>Thank you for contacting Amazon Web Services. We have opened case <b>%s</b> to address your concern.</p>
<table border="0" cellpadding="3">
<tr><td><b>Case ID:</b></td><td>%s</td></tr>
<tr><td><b>Subject:</b></td><td>Account Merge</td></tr>
<tr><td><b>Description:</b></td><td>Please merge my company certification account into my personal one (haruka.onodera.dev@gmail.com). I'm not sure the first form went through.</td></tr></table>
<p>We usually respond within 24 hours. Please don't open more than one case for the same request.</p>
<p>Sincerely,<br>Amazon Web Services</p></body></html>""" % (D, D), fmt="html", thread="D",
    auth_res=A_OK("mx.kitaura-systems.co.jp"), msgid_domain="email.amazonses.com",
    note="ack of a duplicate case opened from the company address, HTML-only")

add(("on_hold", True, A, []), d(2025, 3, 4, 2, 37), TC_FROM, ME_P,
    "RE:[CASE %s] %s" % (A, SUBJ_TC),
    text="""Hi Haruka,

My name is Lerato and I'll be handling your request.

I checked both profiles. The one registered under h.onodera@kitaura-systems.co.jp is linked to Kitaura Systems Co., Ltd. through the AWS Partner Network, so the certifications on it also count toward that partner's records. We can't move them out while the partner link is active; I have contacted the partner's account administrator and we are waiting for them to release the profile. Until then the merge is paused.

One thing that would help me with the partner team: what is your last working day at Kitaura Systems? Once I have that date I can add it to the hold note.

Thanks,
Lerato M.
AWS Training and Certification Customer Service
""", thread="A", auth_res=A_OK(), msgid_domain="email.amazonses.com",
    note="partner hold with one question buried in the last paragraph")

add(("case_update", False, D, []), d(2025, 3, 4, 3, 5), TC_FROM, ME_C,
    "RE:[CASE %s] %s" % (D, SUBJ_TC),
    text="""Hello,

This request is the same as case %s, which was opened earlier from your personal address and is already being worked on. To keep everything in one place I have closed this case (%s) and linked it to the earlier one. You don't need to do anything here; updates will continue on case %s.

Regards,
Kwame
Amazon Web Services
""" % (A, D, D if False else A), thread="D", auth_res=A_OK("mx.kitaura-systems.co.jp"), msgid_domain="email.amazonses.com",
    note="duplicate case closed and linked; 'closed' without any ask; two case numbers in body")

add(("user_reply", False, A, []), d(2025, 3, 4, 20, 2, JST), ME_P_FROM, TC,
    "Re: RE:[CASE %s] %s" % (A, SUBJ_TC),
    text="""Hi Lerato,

My last day at Kitaura Systems is March 14, 2025. The company mailbox will be shut down that evening, so please use this gmail address from now on.

Thanks,
Haruka

On Tue, Mar 4, 2025 at 11:37 AM Amazon Web Services <%s> wrote:
%s
""" % (TC, quote("""Hi Haruka,

My name is Lerato and I'll be handling your request.

I checked both profiles. The one registered under h.onodera@kitaura-systems.co.jp is linked to Kitaura Systems Co., Ltd. through the AWS Partner Network, so the certifications on it also count toward that partner's records. We can't move them out while the partner link is active; I have contacted the partner's account administrator and we are waiting for them to release the profile. Until then the merge is paused.

One thing that would help me with the partner team: what is your last working day at Kitaura Systems? Once I have that date I can add it to the hold note.""")),
    thread="A", outgoing=True, note="owner's reply with Gmail-style quoting")

add(("unrelated", False, None, []), d(2025, 3, 5, 9, 15, JST), addr("佐藤 拓海", "t.sato@kitaura-systems.co.jp"), ME_C,
    "送別会のご案内(3/13)",
    text="""小野寺さん

お疲れさまです。佐藤です。
3/13(木)19時から、小野寺さんの送別会を開催します。会場は新橋の「和楽」です。

参加できるかどうか、今週中に返信もらえると助かります!
メールアドレスが止まる前に、個人の連絡先も教えてくださいね。

佐藤
""", charset="iso-2022-jp", auth_res=auth("mx.kitaura-systems.co.jp", "kitaura-systems.co.jp"),
    note="colleague asks for a reply (not support)")

add(("on_hold", False, A, []), d(2025, 3, 5, 23, 18), TC_FROM, ME_P,
    "RE:[CASE %s] %s" % (A, SUBJ_TC),
    text="""Hi Haruka,

Thank you, I've added March 14 to the case notes and passed it to the partner team.

The case stays on hold until Kitaura Systems' partner administrator removes the link or the link lapses after your departure date. There is nothing you need to do in the meantime. I'll write as soon as the profile is released.

Kind regards,
Lerato M.
AWS Training and Certification Customer Service
""", thread="A", auth_res=A_OK(), msgid_domain="email.amazonses.com", note="pure hold, nothing asked")

add(("suspicious", False, None, []), d(2025, 3, 7, 11, 4), addr("AWS Certification Support", "notice@aws-certification-support.com"), ME_P,
    "Last call: your certification account will be archived",
    html="""<html><body style="font-family:Arial">
<p><img src="https://aws-certification-support.com/img/aws-logo.png" alt="AWS"></p>
<p>Dear candidate,</p>
<p>We are consolidating certification profiles. Your profile has been flagged as inactive and <b>will be archived in 24 hours</b>, together with all exam history and badges.</p>
<p>To keep your certifications, reply to this e-mail with your candidate ID and password, or sign in below.</p>
<p><a href="https://aws-certification-support.com/verify?u=haruka.onodera.dev">Keep my certifications</a></p>
<p>AWS Training &amp; Certification</p></body></html>""", fmt="html",
    auth_res=auth("mx.google.com", "aws-certification-support.com", dkim="none", spf="softfail", dmarc="none"),
    note="lookalike domain, demands a reply with a password")

add(("unrelated", False, None, []), d(2025, 3, 8, 1, 12), addr("Backlog サポート", "support@backlog-helpdesk.jp"), ME_C,
    "[#88213] 最終確認:ご返信がない場合、本お問い合わせをクローズします",
    text="""小野寺様

Backlog サポートデスクです。
先日ご案内した手順で、プロジェクトの移行はできましたでしょうか。

7日以内にご返信がない場合は、本お問い合わせを解決済みとしてクローズいたします。クローズ後にこのメールへご返信いただくと、チケットが再度オープンされます。

Backlog サポートデスク
""", cte="base64", auth_res=auth("mx.kitaura-systems.co.jp", "backlog-helpdesk.jp"),
    note="other vendor's closing notice with reply-to-reopen wording")

add(("case_update", False, A, []), d(2025, 3, 11, 5, 50), TC_FROM, ME_P,
    "RE:[CASE %s] %s" % (A, SUBJ_TC),
    text="""Hello Haruka,

Good news: the partner administrator at Kitaura Systems has released your certification profile, so the hold on this case is lifted. I'm now preparing the merge and will be in touch again shortly with the details.

Best,
Lerato M.
AWS Training and Certification Customer Service
""", thread="A", auth_res=A_OK(), msgid_domain="email.amazonses.com", note="hold lifted, no ask")

CONF_A_TEXT = """Hi Haruka,

Before I run the merge, here is what I found. Please look over both profiles:

Account #1
Login email: haruka.onodera.dev@gmail.com
Training notification email: haruka.onodera.dev@gmail.com
Certification notification email: haruka.onodera.dev@gmail.com
Candidate ID: AWS07730412

Account #2
Login email: h.onodera@kitaura-systems.co.jp
Training notification email: h.onodera@kitaura-systems.co.jp
Certification notification email: h.onodera@kitaura-systems.co.jp
Candidate ID: AWS02217364

Account #2 will be folded into Account #1 and the login for Account #2 will stop working. Is Account #1 the one you want to keep?

Best,
Lerato M.
AWS Training and Certification Customer Service"""
CONF_A_HTML = """<html><body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
<p>Hi Haruka,</p>
<p>Before I run the merge, here is what I found. Please look over both profiles:</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse">
<tr style="background:#eee"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Login email</td><td>haruka.onodera.dev@gmail.com</td><td>h.onodera@kitaura-systems.co.jp</td></tr>
<tr><td>Training notification email</td><td>haruka.onodera.dev@gmail.com</td><td>h.onodera@kitaura-systems.co.jp</td></tr>
<tr><td>Certification notification email</td><td>haruka.onodera.dev@gmail.com</td><td>h.onodera@kitaura-systems.co.jp</td></tr>
<tr><td>Candidate ID</td><td>AWS07730412</td><td>AWS02217364</td></tr>
</table>
<p>Account #2 will be folded into Account #1 and the login for Account #2 will stop working. Is Account #1 the one you want to keep?</p>
<p>Best,<br>Lerato M.<br>AWS Training and Certification Customer Service</p>
</body></html>"""
add(("confirmation_request", True, A, ["AWS07730412", "AWS02217364"]), d(2025, 3, 12, 1, 3), TC_FROM, ME_P,
    "RE:[CASE %s] %s" % (A, SUBJ_TC), html=CONF_A_HTML, fmt="html", cte="quoted-printable", thread="A",
    auth_res=A_OK(), msgid_domain="email.amazonses.com", note="HTML-only table of Account #1/#2, question form")

add(("unrelated", False, None, []), d(2025, 3, 12, 9, 30), addr("AWS Skill Builder", "no-reply@aws.training"), ME_P,
    "Your AWS Skill Builder order receipt",
    text="""Thank you for your purchase.

Order number: SB-5529-11873
Item: AWS Skill Builder Individual subscription (monthly)
Amount: USD 29.00
Billing date: March 12, 2025

You can manage your subscription at any time from your Skill Builder account settings.

AWS Training and Certification
""", auth_res=A_OK(domain="aws.training"), note="Skill Builder receipt from the training platform")

add(("closing_notice", True, A, []), d(2025, 3, 17, 2, 15), TC_FROM, ME_P,
    "RE:[CASE %s] %s" % (A, SUBJ_TC),
    text="""Hi Haruka,

Just circling back on the profile details I sent on March 12. I haven't seen a reply yet.

If I don't hear from you by Friday, March 21, I'll archive this case. That's no problem - you can write back afterwards and we'll pick it up again - but the merge won't happen until I know which profile to keep.

Best,
Lerato M.
AWS Training and Certification Customer Service

-----Original Message-----
From: Amazon Web Services <%s>
Sent: Wednesday, March 12, 2025 1:03 AM
Subject: RE:[CASE %s] %s

%s
""" % (TC, A, SUBJ_TC, CONF_A_TEXT), thread="A", auth_res=A_OK(), msgid_domain="email.amazonses.com", crlf=True,
    note="'I'll archive this case' instead of 'close'; quoted confirmation request below (its candidate IDs are quoted, so not listed)")

add(("user_reply", False, A, []), d(2025, 3, 17, 19, 44, JST), ME_P_FROM, TC,
    "RE: RE:[CASE %s] %s" % (A, SUBJ_TC),
    text="""Hi Lerato,

Sorry for the delay - the table ended up in my promotions tab.

Confirmed: both profiles are mine. Please merge Account #2 into Account #1 (haruka.onodera.dev@gmail.com) and keep Account #1.

Thank you,
Haruka Onodera
________________________________
From: Amazon Web Services <%s>
Sent: Monday, March 17, 2025 11:15
To: %s
Subject: RE:[CASE %s] %s

Hi Haruka,

Just circling back on the profile details I sent on March 12. I haven't seen a reply yet.
""" % (TC, ME_P, A, SUBJ_TC), thread="A", outgoing=True, crlf=True, note="owner confirms, Outlook-style header block")

add(("resolved", False, A, []), d(2025, 3, 18, 0, 26), TC_FROM, ME_P,
    "RE:[CASE %s] %s" % (A, SUBJ_TC),
    text="""Hi Haruka,

All done. Your exam history, both certifications and the 50%% discount benefit now live on the profile signed in with haruka.onodera.dev@gmail.com. The old Kitaura Systems login has been retired. Credly may send you a note about your badges over the next day or so.

Best,
Lerato M.
AWS Training and Certification Customer Service

On Mon, Mar 17, 2025 at 10:44 AM Haruka Onodera <%s> wrote:
> Confirmed: both profiles are mine. Please merge Account #2 into Account #1 (haruka.onodera.dev@gmail.com) and keep Account #1.
>
> On Wed, Mar 12, 2025 Amazon Web Services wrote:
>> Account #1
>> Login email: haruka.onodera.dev@gmail.com
>> Candidate ID: AWS07730412
>> Account #2
>> Login email: h.onodera@kitaura-systems.co.jp
>> Candidate ID: AWS02217364
>> Is Account #1 the one you want to keep?
""" % ME_P, thread="A", auth_res=A_OK(), msgid_domain="email.amazonses.com",
    note="'All done' completion without the word merged; quoted confirmation question below")
MESSAGES[-1]["text"] = MESSAGES[-1]["text"].replace("50%%", "50%")

add(("badge", False, None, []), d(2025, 3, 18, 1, 2), addr("Credly", "admin@credly.com"), ME_P,
    "Your badges have been added to your Credly account",
    html="""<html><body><p>Hi Haruka,</p>
<p>Amazon Web Services Training and Certification has updated the badges associated with your e-mail address. The following badges are now in your Credly wallet:</p>
<ul><li>AWS Certified Solutions Architect - Associate</li><li>AWS Certified Developer - Associate</li></ul>
<p><a href="https://www.credly.com/users/haruka-onodera/badges">View your badges</a></p>
<p>Credly</p></body></html>""", fmt="html", auth_res=A_OK(domain="credly.com"), note="Credly follow-up after merge")

add(("survey", False, A, []), d(2025, 3, 18, 6, 0), addr("AWS Training and Certification", "aws-cs-survey@amazon.com"), ME_P,
    "Tell us about your experience with case %s" % A,
    text="""Hello,

You recently worked with AWS Training and Certification Customer Service on case %s.

We'd appreciate your feedback. How satisfied were you with the help you received?
https://amazonmr.au1.qualtrics.com/jfe/form/SV_1zTcSupport?case=%s

This survey closes in 14 days.
""" % (A, A), auth_res=A_OK(), note="survey with 'closes in 14 days' wording")

add(("resolved", False, A, []), d(2025, 3, 19, 3, 40), TC_FROM, ME_P,
    "RE:[CASE %s] %s" % (A, SUBJ_TC),
    text="""Hello Haruka,

Since the merge has been completed, I'm closing this case now. No further action is required from you.

If anything looks off when you check your exam history, just reply here and the case will reopen.

Kind regards,
Lerato M.
AWS Training and Certification Customer Service
""", thread="A", auth_res=A_OK(), msgid_domain="email.amazonses.com",
    note="courtesy close after completion; reply-to-reopen is conditional")

add(("user_reply", False, A, []), d(2025, 3, 19, 18, 20, JST), ME_P_FROM, addr("Daisuke Mori", "d.mori@nordline.example"),
    "Fwd: RE:[CASE %s] %s" % (A, SUBJ_TC),
    text="""Mori-san,

For the onboarding checklist: my AWS certifications are now on my personal profile, so you can add them to the partner records whenever the new company account is ready.

Haruka

---------- Forwarded message ---------
From: Amazon Web Services <%s>
Date: Tue, Mar 18, 2025 at 9:26 AM
Subject: RE:[CASE %s] %s
To: <%s>


Hi Haruka,

All done. Your exam history, both certifications and the 50%% discount benefit now live on the profile signed in with haruka.onodera.dev@gmail.com.
""" % (TC, A, SUBJ_TC, ME_P), outgoing=True, thread="A",
    note="owner forwards the completion to the new employer")
MESSAGES[-1]["text"] = MESSAGES[-1]["text"].replace("50%%", "50%")

# ================================================================ 2025: case B, case G and the mail around them
add(("unrelated", False, None, []), d(2025, 3, 15, 0, 30), addr("AWS Partner Central", "no-reply@partnercentral.awspartner.com"), ME_P,
    "Your AWS Partner Central user has been deactivated",
    text="""Hello Haruka Onodera,

Your alliance lead at Kitaura Systems Co., Ltd. has removed your user from AWS Partner Central. You can no longer sign in to Partner Central with this identity.

Your AWS Certification records are not affected by this change.

AWS Partner Network
""", auth_res=A_OK(domain="awspartner.com"), note="other AWS program (APN) near the partner hold")

add(("unrelated", False, None, []), d(2025, 3, 15, 2, 1), addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P,
    "Delivery Status Notification (Failure)",
    text="""** Address not found **

Your message wasn't delivered to h.onodera@kitaura-systems.co.jp because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <h.onodera@kitaura-systems.co.jp>: Recipient address rejected: User unknown in local recipient table

----- Original message -----
From: Haruka Onodera <haruka.onodera.dev@gmail.com>
To: h.onodera@kitaura-systems.co.jp
Subject: 送別会のお礼 / test
""", auth_res=None, note="bounce from the closed company mailbox")

add(("acknowledgement", False, B, []), d(2025, 3, 18, 4, 3), TC_FROM2, ME_P,
    "RE:[CASE %s] %s" % (B, SUBJ_TC),
    text="""Amazon Web Services へお問い合わせいただき、ありがとうございます。ケース %s を作成しました。

ケースの詳細は以下のとおりです。

ケース ID: %s
件名: アカウントの統合
お問い合わせ内容:
同じメールアドレス(haruka.onodera.dev@gmail.com)で認定アカウントが2つあるようで、Credly にバッジが表示されません。統合をお願いします。

通常24時間以内にご回答いたしますが、最適な解決策を見つけるためにお時間をいただく場合がございます。すでに同じ件でケースをお持ちの場合は、別のケースを作成しないでください。

Amazon Web Services
""" % (B, B), cte="base64", thread="B", auth_res=A_OK(), msgid_domain="email.amazonses.com",
    note="Japanese ack, UTF-8 base64")

add(("info_request", True, B, []), d(2025, 3, 19, 7, 10), TC_FROM, ME_P,
    "RE:[CASE %s] %s" % (B, SUBJ_TC),
    text="""Hello Haruka,

Aoife here from AWS Training and Certification. Thanks for reaching out about the badges.

I can see more than one certification profile connected to haruka.onodera.dev@gmail.com, including one that appears to have been created through a Partner Central sign-in. Profiles like that don't always show up under a search by e-mail, so I'd rather not guess which ones you mean.

We'll need the candidate ID (AWS followed by eight digits, top right of the certification site after you sign in) for each profile you'd like combined, and which of them should remain as your main profile.

Thanks,
Aoife
AWS Training and Certification
""", thread="B", auth_res=A_OK(), msgid_domain="email.amazonses.com",
    note="request phrased 'We'll need…', no 'please', no question mark")

add(("unrelated", False, None, []), d(2025, 3, 20, 3, 0), addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), ME_P,
    "Reminder: your exam is in 3 days - action may be required",
    text="""Dear Haruka Onodera,

This is a reminder of your upcoming exam.

Exam: AWS Certified Solutions Architect - Associate (SAA-C03)
Date: March 23, 2025, 10:00 JST (online)
Registration ID: 519304827

Please run the system test before exam day and reply to this e-mail only if you need accessibility arrangements.

Pearson VUE
""", auth_res=A_OK(domain="pearson.com"), note="exam vendor reminder with 'action may be required'")

add(("unrelated", False, None, []), d(2025, 3, 20, 9, 12, JST), addr("佐藤 拓海", "t.sato@kitaura-systems.co.jp"), ME_P,
    "自動応答: Re: 送別会ありがとうございました",
    text="""お疲れさまです。佐藤です。
3月20日から3月24日まで休暇のため不在にしております。
急ぎのご用件は情報システム部(it-help@kitaura-systems.co.jp)までご連絡ください。
""", charset="iso-2022-jp", extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    auth_res=auth("mx.google.com", "kitaura-systems.co.jp"), note="out-of-office auto-reply")

add(("unrelated", False, None, []), d(2025, 3, 21, 16, 45), addr("Datadog Support", "support@datadoghq.com"), ME_P,
    "[Datadog Support] Request #1934821 has been solved",
    text="""Hi Haruka,

We're marking your request #1934821 ("Agent not reporting after migration") as solved. If the problem comes back, reply to this e-mail within 20 days and the request will reopen automatically.

Please rate our support: https://datadog.zendesk.com/requests/1934821/satisfaction

Datadog Support
""", auth_res=A_OK(domain="datadoghq.com"), note="other vendor: solved + reply-to-reopen + rating")

CLOSE_B1_TEXT = """Hello Haruka,

Last call on case %s: I still need the candidate IDs of the profiles you want combined, and which one to keep.

Without them the case will be set to closed in two business days. Nothing is lost if that happens - a reply later will open it again - but the badge issue will stay as it is until then.

Aoife
AWS Training and Certification""" % B
add(("closing_notice", True, B, []), d(2025, 3, 24, 6, 22), TC_FROM, ME_P,
    "RE:[CASE %s] %s" % (B, SUBJ_TC), text=CLOSE_B1_TEXT,
    html="<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in CLOSE_B1_TEXT.split("\n\n")) + "</body></html>",
    fmt="alt", cte="quoted-printable", thread="B", auth_res=A_OK(), msgid_domain="email.amazonses.com",
    note="'Last call' opener, multipart/alternative")

add(("unrelated", False, None, []), d(2025, 3, 25, 13, 0), addr("Cloud Weekly", "newsletter@cloudweekly.example"), ME_P,
    "Cloud Weekly #214: account merges, IAM Identity Center and the last call for re:Inforce talks",
    html="""<html><body><h2>Cloud Weekly #214</h2>
<ul><li><b>How we merged 40 AWS accounts into one Organization</b> - a migration diary.</li>
<li>IAM Identity Center now supports more attributes for ABAC.</li>
<li>Last call: the re:Inforce call for papers closes on Friday.</li></ul>
<p><a href="https://cloudweekly.example/unsubscribe">Unsubscribe</a></p></body></html>""", fmt="html",
    auth_res=A_OK(domain="cloudweekly.example"), extra=[("List-Unsubscribe", "<https://cloudweekly.example/unsubscribe>")],
    note="newsletter with 'merge' and 'last call'")

add(("closing_notice", True, B, []), d(2025, 3, 27, 1, 30), TC_FROM2, ME_P,
    "RE:[CASE %s] %s" % (B, SUBJ_TC),
    text="""小野寺 様

AWS トレーニングと認定の佐伯です。

3月19日にお願いした候補 ID について、ご返信を確認できなかったため、本ケースはクローズいたしました。

引き続き統合をご希望の場合は、このメールにそのままご返信ください。ケースが再開され、担当者が対応いたします。その際、統合したい各アカウントの候補 ID と、残したいアカウントをお知らせください。

佐伯
AWS トレーニングと認定
""", charset="iso-2022-jp", thread="B", auth_res=A_OK(), msgid_domain="email.amazonses.com",
    note="already closed, reply reopens it; Japanese ISO-2022-JP")

add(("user_reply", False, B, ["AWS07730412", "AWS05561209"]), d(2025, 3, 27, 21, 5, JST), ME_P_FROM_JA, TC,
    "Re: RE:[CASE %s] %s" % (B, SUBJ_TC),
    text="""佐伯様 / Aoife-san

返信が遅くなってすみません。候補IDは以下の2つです。

- AWS07730412 (メインで使っているもの。こちらを残してください)
- AWS05561209 (Partner Central 経由で作られたもの)

Thank you,
小野寺 遥

2025年3月27日(木) 10:30 AWS Training and Certification <%s>:
%s
""" % (TC, quote("""小野寺 様

AWS トレーニングと認定の佐伯です。

3月19日にお願いした候補 ID について、ご返信を確認できなかったため、本ケースはクローズいたしました。""")),
    thread="B", outgoing=True, cte="quoted-printable", note="owner reopens with candidate IDs")

add(("case_update", False, B, []), d(2025, 3, 28, 2, 14), TC_FROM, ME_P,
    "RE:[CASE %s] %s" % (B, SUBJ_TC),
    text="""Hello Haruka,

Thanks for the IDs. Your case is open again and I've handed it to our certification records team, who handle profiles created through Partner Central. They will come back to you on this thread.

Aoife
AWS Training and Certification
""", thread="B", auth_res=A_OK(), msgid_domain="email.amazonses.com", note="reopened + handed off, nothing asked")

add(("suspicious", False, None, []), d(2025, 3, 28, 11, 51), addr("Amazon Web Services", TC), ME_P,
    "RE:[CASE 174231950200614] [AWS Training and Certification Form Submission] - account-assistance",
    html="""<html><body>
<p>Hello,</p>
<p>Your account merge is ready. To confirm the merge, sign in with your AWS Builder ID below within 12 hours; otherwise the request will be closed and your certification history may be lost.</p>
<p><a href="https://aws-training-merge.support-verify.co/confirm?case=174231950200614">Confirm merge</a></p>
<p>Amazon Web Services</p></body></html>""", fmt="html",
    auth_res=auth("mx.google.com", "amazon.com", dkim="fail", spf="fail", dmarc="fail"),
    extra=[("Received-SPF", "fail (google.com: domain of aws-cs-trainingcertification-form@amazon.com does not designate 198.51.100.77 as permitted sender)")],
    note="real sender address and a case token, but DKIM/SPF/DMARC fail; link to an outside domain")

add(("certification", False, None, []), d(2025, 3, 29, 5, 20), addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "Congratulations on recertifying your AWS Certification!",
    text="""Hi Haruka,

You have successfully recertified AWS Certified Solutions Architect - Associate. Your new expiration date is March 23, 2028.

Your updated certificate is available in your AWS Certification account, and your 50% discount benefit for a future exam has been added.

AWS Certification
""", auth_res=A_OK(domain="certmetrics.com"), note="recertification notice")

add(("confirmation_request", True, B, ["AWS05561209", "AWS07730412"]), d(2025, 3, 31, 4, 48), TC_FROM, ME_P,
    "RE: [CASE %s] %s" % (B, SUBJ_TC),
    text="""Hi Haruka,

Rafael from the certification records team here, picking up from Aoife.

I located both profiles:

  AWS05561209 - created 2022-08-04 via Partner Central sign-in, 1 certification, 0 benefits
  AWS07730412 - created 2025-03-03, 3 certifications, 1 benefit (50% discount)

The plan is to move everything from AWS05561209 into AWS07730412 and then retire AWS05561209. Before I do that we need you to confirm that both profiles belong to you and that AWS07730412 stays as your main profile.

Regards,
Rafael D.
Certification Records, AWS Training and Certification
""", thread="B", auth_res=A_OK(), msgid_domain="email.amazonses.com", crlf=True,
    note="'we need you to confirm' after a listing by candidate ID; subject uses 'RE: [CASE'")

add(("unrelated", False, None, []), d(2025, 4, 1, 10, 0), addr("AWS Events", "aws-marketing-email-replies@amazon.com"), ME_P,
    "Last chance: register for AWS Summit Japan",
    html="""<html><body><p>Registration for AWS Summit Japan closes this Friday.</p>
<p>Don't miss two days of keynotes, hands-on labs and the certification lounge, where AWS Certified attendees can pick up exclusive swag.</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/">Register now</a></p>
<p>If you no longer wish to receive these e-mails, <a href="https://pages.awscloud.com/unsubscribe">unsubscribe</a>.</p></body></html>""",
    fmt="html", auth_res=A_OK(), extra=[("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe>")],
    note="AWS marketing 'last chance'")

CLOSE_B2_HTML = """<html><body style="font-family:Arial,sans-serif">
<p>Hi Haruka,</p>
<p>Gentle nudge: the merge of AWS05561209 into AWS07730412 is ready to go and is only waiting on your go-ahead.</p>
<p>If there's no word from you by Friday, I'll mark the case inactive and it will close on its own.</p>
<p>Regards,<br>Rafael D.<br>Certification Records, AWS Training and Certification</p>
<hr>
<p style="font-size:11px;color:#777">We value your feedback. Rate this response:
<a href="https://feedback.aws.training/r?c=%s&s=5">&#9733;&#9733;&#9733;&#9733;&#9733;</a></p>
</body></html>""" % B
add(("closing_notice", True, B, ["AWS05561209", "AWS07730412"]), d(2025, 4, 3, 0, 55), TC_FROM, ME_P,
    "RE:[CASE %s] %s" % (B, SUBJ_TC), html=CLOSE_B2_HTML, fmt="html", thread="B", auth_res=A_OK(),
    msgid_domain="email.amazonses.com", note="HTML-only; 'mark the case inactive'; feedback footer at the bottom")

add(("unrelated", False, None, []), d(2025, 4, 3, 8, 14), addr("Amazon Web Services Billing", "aws-billing-noreply@amazon.com"), ME_P,
    "AWS Notification - Payment method update required [AWS ID 482193775012]",
    text="""Hello,

We were unable to charge the credit card on file for AWS account 482193775012 for the March 2025 invoice (USD 3.12).

Please update your payment method in the Billing console within 7 days to avoid interruption of your AWS services.

Sincerely,
Amazon Web Services
""", auth_res=A_OK(), note="real AWS billing with a deadline; not a T&C case")

add(("user_reply", False, B, ["AWS07730412"]), d(2025, 4, 3, 19, 32, JST), ME_P_FROM, TC,
    "Re: RE:[CASE %s] %s" % (B, SUBJ_TC),
    text="""Hi Rafael,

Yes - both are mine. Go ahead and keep AWS07730412 as the main profile.

Haruka

> Gentle nudge: the merge of AWS05561209 into AWS07730412 is ready to go and is only waiting on your go-ahead.
>
> If there's no word from you by Friday, I'll mark the case inactive and it will close on its own.
""", thread="B", outgoing=True, note="short go-ahead; only one ID in the new text")

add(("acknowledgement", False, G, []), d(2025, 4, 5, 6, 42), TC_FROM, ME_P,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-benefits" % G,
    text="""Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your concern.

Case ID: %s
Subject: 50%% exam discount not visible after account merge

A member of our team will get back to you, usually within one business day.

Sincerely,
Amazon Web Services
""" % (G, G),
    html="""<html><body><p>Hello,</p><p>Thank you for contacting Amazon Web Services. We have opened case <b>%s</b> to address your concern.</p>
<p>Case ID: %s<br>Subject: 50%% exam discount not visible after account merge</p>
<p>A member of our team will get back to you, usually within one business day.</p><p>Sincerely,<br>Amazon Web Services</p></body></html>""" % (G, G),
    fmt="alt", thread="G", auth_res=A_OK(), msgid_domain="email.amazonses.com", note="ack, multipart/alternative, different subject suffix")

add(("resolved", False, B, []), d(2025, 4, 4, 1, 10), TC_FROM, ME_P,
    "RE:[CASE %s] %s" % (B, SUBJ_TC),
    text="""Hi Haruka,

The two profiles are now combined: everything from the Partner Central profile has been moved into your main profile and the extra profile has been retired. Because there is now a single profile behind your e-mail address, Credly should show all of your badges within 48 hours.

This case will now be closed.

Regards,
Rafael D.
Certification Records, AWS Training and Certification

-----Original Message-----
From: Haruka Onodera <%s>
Sent: Thursday, April 3, 2025 10:32 AM
Subject: Re: RE:[CASE %s] %s

Yes - both are mine. Go ahead and keep AWS07730412 as the main profile.
""" % (ME_P, B, SUBJ_TC), thread="B", auth_res=A_OK(), msgid_domain="email.amazonses.com", crlf=True,
    note="completion ending 'This case will now be closed'; quotes the owner's go-ahead in Outlook style")

add(("badge", False, None, []), d(2025, 4, 4, 9, 3), addr("Credly", "admin@credly.com"), ME_P,
    "Action needed: claim your AWS Certified Cloud Practitioner badge",
    text="""Hi Haruka,

Amazon Web Services Training and Certification has issued you the AWS Certified Cloud Practitioner badge. Claim it within 30 days to add it to your profile.

Claim your badge: https://www.credly.com/badges/0f9a2c71-3e55-4a1c-9b8e-6d2a4e7f1c08/accept

Credly
""", auth_res=A_OK(domain="credly.com"), note="badge mail saying 'action needed'")

add(("info_request", True, G, []), d(2025, 4, 6, 3, 25), TC_FROM, ME_P,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-benefits" % G,
    text="""Hello Haruka,

This is Mateo from AWS Training and Certification.

Benefits are copied between profiles by a separate job that can run a few days after a merge, so the discount may simply not have landed yet when you looked. Our system now lists a 50% exam discount on your profile, but I'd like to be sure it is usable.

Could you sign in at aws.training, open Certification > Benefits, and let me know whether the discount shows as "Available" or "Redeemed"? A screenshot works too.

Thanks,
Mateo
AWS Training and Certification
""", thread="G", auth_res=A_OK(), msgid_domain="email.amazonses.com", note="asks for a check reported back, after an explanation")

add(("suspicious", False, None, []), d(2025, 4, 7, 14, 9), addr("Credly Badges", "noreply@credly-badge-center.com"), ME_P,
    "Action required: reply to keep your AWS badges",
    text="""Dear earner,

Due to the recent merge of your AWS certification accounts, your badges will be revoked on April 9.

Reply to this message with your Credly password and the e-mail address used for AWS Certification so we can re-link them.

Credly Support Team
""", auth_res=auth("mx.google.com", "credly-badge-center.com", dkim="none", spf="neutral", dmarc="none"),
    note="Credly lookalike, references the merge, asks for a reply")

add(("resolved", False, B, []), d(2025, 4, 8, 2, 0), TC_FROM, ME_P,
    "RE:[CASE %s] %s" % (B, SUBJ_TC),
    text="""Hi Haruka,

We haven't heard from you since the profiles were combined on April 4, so we're taking it that everything looks right on your side and are closing this case. There's no need to reply.

Regards,
Certification Records, AWS Training and Certification
""", thread="B", auth_res=A_OK(), msgid_domain="email.amazonses.com",
    note="'we haven't heard from you… closing' but the work is done and no reply is wanted")

add(("survey", False, B, []), d(2025, 4, 8, 2, 30), addr("AWS トレーニングと認定", "aws-cs-survey@amazon.com"), ME_P,
    "ご意見をお聞かせください: ケース %s" % B,
    text="""小野寺 様

ケース %s では AWS トレーニングと認定カスタマーサービスをご利用いただき、ありがとうございました。

対応品質の向上のため、3問のアンケートにご回答いただけますと幸いです。

https://amazonmr.au1.qualtrics.com/jfe/form/SV_jaSupport?case=%s

※このメールに返信されても回答としては受け付けられません。
""" % (B, B), charset="shift_jis", cte="base64", auth_res=A_OK(), note="Japanese survey, polite request wording")

add(("info_request", True, G, []), d(2025, 4, 9, 5, 12), TC_FROM, ME_P,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-benefits" % G,
    text="""Hi Haruka,

Quick follow-up: I'm still waiting to hear whether the 50% discount on your Benefits page shows as Available or Redeemed. Once I know, I can either close this out or ask the benefits team to re-issue it.

Thanks,
Mateo
""", thread="G", auth_res=A_OK(), msgid_domain="email.amazonses.com",
    note="follow-up reminder that re-asks but says nothing about closing")

add(("unrelated", False, None, []), d(2025, 4, 10, 7, 45), addr("Hoshizora Hosting Support", "help@hoshizora-hosting.example"), ME_P,
    "Re: Ticket HZ-20418 - we'll archive this ticket soon",
    text="""Hi Haruka,

We haven't heard back about the DNS change on your domain. We'll archive this ticket in 48 hours unless you reply; replying after that will open it again.

Cheers,
Hoshizora Hosting Support
""", auth_res=A_OK(domain="hoshizora-hosting.example"), note="other vendor using the same 'archive' wording")

add(("closing_notice", True, G, []), d(2025, 4, 11, 1, 20), TC_FROM2, ME_P,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-benefits" % G,
    text="""小野寺 様

AWS トレーニングと認定の佐伯でございます。Mateo より本件を引き継ぎました。

特典ページの割引が「Available」「Redeemed」のどちらで表示されているか、お手すきの際にご確認のうえご一報いただけますと幸いです。

恐れ入りますが、3営業日以内にご返信が確認できない場合は、本件は対応完了として取り扱わせていただきます。その後もこのメールへご返信いただければ、引き続き対応いたします。

何卒よろしくお願い申し上げます。

佐伯
AWS トレーニングと認定
""", charset="utf-8", cte="quoted-printable", thread="G", auth_res=A_OK(), msgid_domain="email.amazonses.com",
    note="Japanese keigo; 'treated as completed' is the closing wording")

add(("user_reply", False, G, []), d(2025, 4, 11, 20, 8, JST), ME_P_FROM, TC,
    "Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-benefits" % G,
    text="""佐伯様

ご連絡ありがとうございます。確認したところ「Available」になっていました。
It shows as Available (50% off, expires 2026-03-23). Thank you!

小野寺

On Fri, Apr 11, 2025 at 10:20 AM AWS Training and Certification wrote:
> 特典ページの割引が「Available」「Redeemed」のどちらで表示されているか、お手すきの際にご確認のうえご一報いただけますと幸いです。
""", thread="G", outgoing=True, note="owner's bilingual reply")

add(("case_update", False, G, []), d(2025, 4, 12, 3, 3), TC_FROM, ME_P,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-benefits" % G,
    text="""Hello Haruka,

Thanks for checking. The benefits team is still reconciling the expiry date carried over from your former profile, so I'm keeping the case open for now. You don't need to do anything; I'll update you once they confirm.

Mateo
""", thread="G", auth_res=A_OK(), msgid_domain="email.amazonses.com", note="still working, keeps case open, no ask")

add(("resolved", False, G, []), d(2025, 4, 14, 6, 33), TC_FROM, ME_P,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-benefits" % G,
    text="""Hi Haruka,

The benefits team confirmed the discount and its expiry date (March 23, 2026) are correct, so this is sorted. I'll go ahead and close the case; there's nothing further needed on your end.

Thanks,
Mateo

________________________________
From: AWS Training and Certification
Sent: Friday, April 11, 2025 1:20 AM
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-benefits

恐れ入りますが、3営業日以内にご返信が確認できない場合は、本件は対応完了として取り扱わせていただきます。
""" % G, thread="G", auth_res=A_OK(), msgid_domain="email.amazonses.com", crlf=True,
    note="completion that quotes the earlier closing warning")

add(("survey", False, G, []), d(2025, 4, 14, 7, 0), addr("AWS Training and Certification", "aws-cs-survey@amazon.com"), ME_P,
    "Quick question about case %s" % G,
    html="""<html><body><p>Hi,</p><p>How likely are you to recommend AWS Training and Certification Customer Service to a colleague, based on case %s?</p>
<p>%s</p><p style="font-size:11px">This is a one-time survey; replies to this e-mail are not read.</p></body></html>""" % (
        G, " ".join('<a href="https://survey.aws.training/nps?c=%s&v=%d">%d</a>' % (G, i, i) for i in range(11))),
    fmt="html", auth_res=A_OK(), note="NPS-style survey with a question in the subject")

add(("unrelated", False, None, []), d(2025, 4, 15, 1, 0), addr("GitHub", "notifications@github.com"), ME_P,
    "[haruka-onodera/aws-cert-notes] Issue closed: 'Document account merge steps' (#7)",
    text="""Closed #7 as completed via #8.

--
Reply to this email directly or view it on GitHub:
https://github.com/haruka-onodera/aws-cert-notes/issues/7#event-17004113902
""", auth_res=A_OK(domain="github.com"), note="GitHub 'closed' about account merge notes")


# ================================================================ 2025: case H (still open at the end of the mailbox)
H = "174479383300815"   # T&C form case, profile registered to an old address
SUBJ_H = "[AWS Training and Certification Form Submission] - account-assistance"
add(("acknowledgement", False, H, []), d(2025, 4, 16, 8, 57), TC_FROM, ME_P,
    "RE:[CASE %s] %s" % (H, SUBJ_H),
    text="""Hello,

Your request has reached AWS Training and Certification Customer Service and is logged as case %s.

Description:
I have an old certification profile from 2019 under haruka.o.1990@outlook.jp (candidate ID AWS00918236). Please change its notification address or merge it into my main profile.

You'll hear from an agent soon. Replies to this e-mail are added to the same case.

Amazon Web Services
""" % H, thread="H", auth_res=A_OK(), msgid_domain="email.amazonses.com",
    note="ack with a different template; echoed description carries a candidate ID")
MESSAGES[-1]["label"]["candidate_ids"] = ["AWS00918236"]

add(("info_request", True, H, ["AWS00918236"]), d(2025, 4, 17, 2, 40), TC_FROM, ME_P,
    "RE:[CASE %s] %s" % (H, SUBJ_H),
    text="""Hi Haruka,

I've found profile AWS00918236. Because it is registered to haruka.o.1990@outlook.jp and this case came from a different address, I can't make changes to it on the strength of this request alone - that's a safeguard for every candidate, not a judgement about you.

The quickest way forward is a short message to us from haruka.o.1990@outlook.jp that mentions case %s and says the request is yours. If that mailbox no longer exists, tell me and we'll use identity verification instead.

Best regards,
Priyanka S.
AWS Training and Certification Customer Service
""" % H, thread="H", auth_res=A_OK(), msgid_domain="email.amazonses.com",
    note="asks to write from another address; the ask is phrased as 'the quickest way forward is…'")

add(("closing_notice", True, H, []), d(2025, 4, 21, 1, 15), TC_FROM2, ME_P,
    "RE:[CASE %s] %s" % (H, SUBJ_H),
    text="""小野寺さん

AWS トレーニングと認定です。

4月17日にお送りした件(以前のメールアドレスからのご連絡)について、まだ確認できていません。
このまま連絡がなければ、4月24日でこのケースは終了します。終了したあとでも、このメールに返信すればまた開けます。

AWS トレーニングと認定
""", charset="shift_jis", cte="base64", thread="H", auth_res=A_OK(), msgid_domain="email.amazonses.com",
    note="plain-form Japanese closing notice (終了します), Shift_JIS")

add(("closing_notice", True, H, []), d(2025, 4, 25, 3, 5), TC_FROM, ME_P,
    "RE:[CASE %s] %s" % (H, SUBJ_H),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Haruka,</p>
<p>We've gone ahead and closed case %s for now, as we didn't receive the message from your former address.</p>
<p>It isn't gone: answering this e-mail puts it straight back in our queue, and the profile will stay exactly as it is until then.</p>
<p>Best regards,<br>Priyanka S.<br>AWS Training and Certification Customer Service</p>
</body></html>""" % H, fmt="html", thread="H", auth_res=A_OK(), msgid_domain="email.amazonses.com",
    note="already closed; 'it isn't gone' instead of 'reply to reopen'; HTML-only")

# ---------------------------------------------------------------- write out
def main():
    for f in os.listdir(HERE):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(HERE, f))
    order = sorted(range(len(MESSAGES)), key=lambda i: MESSAGES[i]["date"])
    counts = Counter()
    for n, i in enumerate(order, 1):
        m = MESSAGES[i]
        with open(os.path.join(HERE, "%03d-msg.eml" % n), "wb") as fh:
            fh.write(build(m))
        with open(os.path.join(HERE, "%03d-msg.json" % n), "w", encoding="utf-8") as fh:
            json.dump(m["label"], fh, ensure_ascii=False)
            fh.write("\n")
        counts[m["label"]["kind"]] += 1
    for k, v in sorted(counts.items()):
        print("%-22s %d" % (k, v))
    print("%-22s %d" % ("total", sum(counts.values())))
    print("%-22s %d" % ("needs_reply true", sum(1 for m in MESSAGES if m["label"]["needs_reply"])))
    if os.environ.get("LIST"):
        for n, i in enumerate(order, 1):
            m = MESSAGES[i]
            l = m["label"]
            print("%03d|%s|%s|%s|%s" % (n, l["kind"], "yes" if l["needs_reply"] else "no", l["case"] or "-", m["note"]))


if __name__ == "__main__":
    main()
