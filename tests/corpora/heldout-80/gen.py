#!/usr/bin/env python3
"""Blind held-out corpus generator (standard library only).

Writes NNN-mail.eml and NNN-mail.json into the directory this script lives in.
One mailbox owner: personal + old company address. Messages are in arrival order.
"""
import base64
import json
import os
import quopri
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))
PST = timezone(timedelta(hours=-8))

ME_P = "takumi.shiraishi.dev@gmail.com"
ME_C = "t-shiraishi@kazamidori-tech.co.jp"
ME_NAME = "Takumi Shiraishi"
ME_NAME_JA = "白石 拓海"
TC = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"

CASE_2021 = "8263015547"          # 10 digits
CASE_2023 = "12894401736"         # 11 digits
CASE_A = "174044538000917"        # 15 digits, main merge case
CASE_B = "174044574400208"        # 15 digits, duplicate form submission
CASE_C = "174287046100533"        # 15 digits, console case
CASE_D = "174408072500164"        # 15 digits, Credly badge case (Japanese)

ID_OLD = "AWS03318452"   # company certification account
ID_NEW = "AWS05127706"   # personal certification account
ID_23A = "AWS01942260"
ID_23B = "AWS02877013"

SUBJ_FORM = "[AWS Training and Certification Form Submission] - account-assistance"
SUBJ_FORM_CERT = "[AWS Training and Certification Form Submission] - certification"

n = 0
MIDS = {}


def enc_hdr(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def addr(name, a, charset="utf-8"):
    if not name:
        return a
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), a)


def auth(box, domain, mailfrom, ok=True, dkim_ok=None, dmarc_ok=None):
    if dkim_ok is None:
        dkim_ok = ok
    if dmarc_ok is None:
        dmarc_ok = ok
    if box == "gmail":
        dk = "pass" if dkim_ok else "fail"
        dm = "pass" if dmarc_ok else "fail"
        pol = "(p=QUARANTINE sp=QUARANTINE dis=NONE)" if dmarc_ok else "(p=QUARANTINE sp=QUARANTINE dis=QUARANTINE)"
        spf = "pass" if ok else "softfail"
        return ("mx.google.com;\r\n       dkim=%s header.i=@%s header.s=s1 header.b=q8XzLk2v;\r\n"
                "       spf=%s (google.com: domain of %s designates 54.240.8.45 as permitted sender) smtp.mailfrom=%s;\r\n"
                "       dmarc=%s %s header.from=%s" % (dk, domain, spf, mailfrom, mailfrom, dm, pol, domain))
    else:
        dk = "pass (signature was verified)" if dkim_ok else "fail (body hash did not verify)"
        dm = "pass action=none" if dmarc_ok else "fail action=quarantine"
        ca = "pass reason=100" if ok else "fail reason=000"
        spf = "pass" if ok else "fail"
        return ("spf=%s (sender IP is 54.240.27.12)\r\n smtp.mailfrom=%s; dkim=%s\r\n header.d=%s;dmarc=%s\r\n header.from=%s;compauth=%s"
                % (spf, mailfrom.split("@")[-1], dk, domain, dm, domain, ca))


def encode_body(text, charset, cte):
    if charset.lower() == "iso-2022-jp":
        raw = text.encode("iso-2022-jp")
    elif charset.lower() == "shift_jis":
        raw = text.encode("shift_jis")
    else:
        raw = text.encode(charset)
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    return raw


def part_bytes(ctype, charset, cte, text):
    h = "Content-Type: %s; charset=\"%s\"\nContent-Transfer-Encoding: %s\n\n" % (ctype, charset, cte)
    body = encode_body(text, charset, cte)
    if not body.endswith(b"\n"):
        body += b"\n"
    return h.encode("ascii") + body


def emit(label, headers, parts=None, *, text=None, html=None, charset="utf-8", cte="8bit",
         crlf=False, raw_body=None, key=None, mid=None, subtype="alternative"):
    """headers: list of (name, value) already RFC2047-safe. parts: list of (ctype, charset, cte, text)."""
    global n
    n += 1
    num = "%03d" % n
    if mid is None:
        frm = dict(headers).get("From", "x@example.com")
        dom = frm.split("@")[-1].rstrip(">").strip()
        mid = "<%08x.%s.%d@%s>" % ((0x5f3a9c1 * n) & 0xffffffff, num, 1700000000 + 7919 * n, dom)
    if key:
        MIDS[key] = mid
    hs = [("Message-ID", mid)] + headers + [("MIME-Version", "1.0")]
    out = b""
    for k, v in hs:
        out += ("%s: %s\n" % (k, v)).encode("ascii")
    if raw_body is not None:
        out += raw_body
    elif parts is None:
        if html is not None and text is None:
            parts = [("text/html", charset, cte, html)]
        else:
            parts = [("text/plain", charset, cte, text)]
            if html is not None:
                parts.append(("text/html", charset, cte, html))
    if raw_body is None:
        if len(parts) == 1:
            out += part_bytes(*parts[0])
        else:
            b = "==_Part_%s_%d" % (num, 48213 + n)
            out += ("Content-Type: multipart/%s; boundary=\"%s\"\n\nThis is a multi-part message in MIME format.\n\n" % (subtype, b)).encode()
            for p in parts:
                out += ("--%s\n" % b).encode() + part_bytes(*p) + b"\n"
            out += ("--%s--\n" % b).encode()
    out = out.replace(b"\r\n", b"\n")
    if crlf:
        out = out.replace(b"\n", b"\r\n")
    name = "%s-mail" % num
    with open(os.path.join(OUT, name + ".eml"), "wb") as f:
        f.write(out)
    with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(label, f, ensure_ascii=False)
        f.write("\n")
    return mid


def L(kind, reply=False, case=None, ids=()):
    return {"kind": kind, "needs_reply": reply, "case": case, "candidate_ids": list(ids)}


def D(y, mo, d, h, mi, tz=JST):
    return format_datetime(datetime(y, mo, d, h, mi, 17, tzinfo=tz))


def rcv(box, host="a8-31.smtp-out.amazonses.com", ip="54.240.8.31", when=""):
    if box == "gmail":
        return ("from %s (%s [%s])\r\n        by mx.google.com with ESMTPS id x12si88213pgh.401.2025\r\n        for <%s>; %s"
                % (host, host, ip, ME_P, when))
    return ("from %s (%s) by TYCPR01MB9930.jpnprd01.prod.outlook.com\r\n (2603:1096:400:1c7::9) with Microsoft SMTP Server; %s" % (host, ip, when))


def amazon_hdrs(box, when, to, subject, frm=None, cc=None, irt=None, refs=None, charset="utf-8",
                domain="amazon.com", mailfrom="0101019512ab3c4d-9e1f@us-west-2.amazonses.com", ok=True,
                dkim_ok=None, dmarc_ok=None, extra=()):
    if frm is None:
        frm = addr("AWS Training and Certification", TC)
    h = [("Received", rcv(box, when=when)),
         ("Authentication-Results", auth(box, domain, mailfrom, ok, dkim_ok, dmarc_ok)),
         ("Date", when), ("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h.append(("Subject", enc_hdr(subject, charset)))
    if irt:
        h.append(("In-Reply-To", irt))
    if refs:
        h.append(("References", refs))
    h.extend(extra)
    return h


def user_hdrs(when, frm, to, subject, irt=None, refs=None, cc=None, charset="utf-8", extra=()):
    h = [("Date", when), ("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h.append(("Subject", enc_hdr(subject, charset)))
    if irt:
        h.append(("In-Reply-To", irt))
    if refs:
        h.append(("References", refs))
    h.extend(extra)
    return h


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.strip("\n").split("\n"))


def mid(tag, dom="email.amazonses.com"):
    return "<%s@%s>" % (tag, dom)


# =============================================================== 2021 (company mailbox)
ack21_body = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your inquiry.

The details of your case are as follows:

Case ID: %s
Subject: [AWS Training and Certification Form Submission] - certification
Inquiry type: Certification
Additional details: Certificate / Transcript

Request:
The name printed on my certificate is "Takumi Shiraisi" - the last name is missing an "h".
Please correct it to "Takumi Shiraishi". Candidate email: %s

We usually respond within 24 hours, although some requests take longer to research.
If you have additional information about this request, you can reply to this email.
Please do not open a new case for the same request.

Best regards,
Amazon Web Services
""" % (CASE_2021, CASE_2021, ME_C)
w = D(2021, 6, 14, 15, 2)
emit(L("acknowledgement", False, CASE_2021),
     amazon_hdrs("o365", w, ME_C, "RE:[CASE %s] %s" % (CASE_2021, SUBJ_FORM_CERT)),
     text=ack21_body, cte="7bit", key="ack21", mid=mid("0101017a0c1f2e01-ack21"))

res21 = """Hi Takumi,

Thanks for your patience. I've corrected the spelling of your last name on your certification profile; it now reads "Takumi Shiraishi".
Certificates you download from now on will show the corrected name. Certificates you downloaded before today keep the old spelling, so please download them again if you need them.

There's nothing else you need to do. If anything looks wrong, feel free to reply to this email.

Kind regards,
Jonas K.
AWS Training and Certification Customer Service

-----Original Message-----
From: AWS Training and Certification
Sent: Monday, June 14, 2021 6:02 AM
Subject: RE:[CASE %s] %s

Thank you for contacting Amazon Web Services. We have opened case %s to address your inquiry.
""" % (CASE_2021, SUBJ_FORM_CERT, CASE_2021)
w = D(2021, 6, 15, 9, 41)
emit(L("resolved", False, CASE_2021),
     amazon_hdrs("o365", w, ME_C, "RE:[CASE %s] %s" % (CASE_2021, SUBJ_FORM_CERT),
                 irt=MIDS["ack21"], refs=MIDS["ack21"]),
     text=res21, cte="quoted-printable", crlf=True, mid=mid("0101017a1138aa52-res21"))

cm_feedback21 = """Hello Takumi Shiraishi,

AWS Certification wants to hear from you!

You recently earned an AWS Certification. We are always working to improve the certification
program and we would love to hear about your experience - from preparing for the exam to the day
you tested.

The survey takes about 10 minutes:
https://www.certmetrics.com/amazon/candidate/survey.aspx?s=7741

Your answers are anonymous and are not linked to your exam results.

Thank you,
AWS Training and Certification

This is an automated message. Replies to this address are not monitored.
"""
w = D(2021, 7, 2, 3, 15)
emit(L("certification"),
     amazon_hdrs("o365", w, ME_C, "AWS Certification wants to hear from you",
                 frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), domain="certmetrics.com",
                 mailfrom="bounce@mail.certmetrics.com"),
     text=cm_feedback21, cte="7bit")

mk21_text = """AWS re:Invent 2021 - On-demand recap

Catch up on the keynotes and more than 500 breakout sessions from re:Invent 2021.

- Adam Selipsky keynote: watch now
- Werner Vogels keynote: watch now
- New launches: Amazon EC2 M6a, AWS Amplify Studio, AWS Private 5G ...

Want us to reach out? Reply to this email with your questions and an AWS specialist will get back to you.

You are receiving this email because %s is subscribed to AWS marketing communications.
Unsubscribe: https://pages.awscloud.com/communication-preferences
Amazon Web Services, Inc. 410 Terry Avenue North, Seattle, WA 98109
""" % ME_C
mk21_html = "<html><body><h1>AWS re:Invent 2021 &ndash; On-demand recap</h1><p>Catch up on the keynotes and more than 500 breakout sessions.</p><p>Want us to reach out? <b>Reply to this email</b> with your questions and an AWS specialist will get back to you.</p><p style='font-size:10px'>Unsubscribe | Amazon Web Services, Inc.</p></body></html>"
w = D(2021, 12, 9, 2, 0)
emit(L("unrelated"),
     amazon_hdrs("o365", w, ME_C, "Watch the re:Invent 2021 keynotes on demand",
                 frm=addr("Amazon Web Services", "aws-marketing-email-replies@amazon.com"), mailfrom="bounce@marketing.awscloud.com"),
     text=mk21_text, html=mk21_html, cte="quoted-printable")

# =============================================================== 2023 (personal gmail)
pv23 = """白石 拓海 様

ピアソンVUEをご利用いただき、ありがとうございます。
以下の試験のご予約が完了しました。

試験名: AWS Certified Developer - Associate (DVA-C02)
登録ID: 418502937
日時: 2023年5月18日(木) 14:00
会場: テストセンター 東京八重洲
言語: 日本語

当日は、有効な身分証明書を2点ご持参ください。
予約の変更・キャンセルは、試験開始の24時間前までにウェブサイトから行ってください。
このメールは送信専用アドレスから送信されています。ご返信いただいてもお答えできません。

Pearson VUE
"""
w = D(2023, 4, 18, 21, 12)
emit(L("unrelated"),
     amazon_hdrs("gmail", w, ME_P, "ピアソンVUE 試験予約確認 - AWS Certified Developer - Associate",
                 frm=addr("Pearson VUE", "pearsonvueconfirmation@pearson.com"), domain="pearson.com",
                 mailfrom="bounce@pearson.com"),
     text=pv23, cte="quoted-printable")

cert23 = """Congratulations, Takumi!

You have successfully completed the requirements to become AWS Certified Developer - Associate.

Validation number: 7QZ1KJ2CLB4E1S3Y
Date achieved: May 18, 2023
Expiration date: May 18, 2026

Your digital badge will be issued by Credly. To access your certificate, exam history and
certification benefits, sign in to your AWS Certification account.

AWS Training and Certification
Do not reply to this email.
"""
w = D(2023, 5, 19, 8, 30)
emit(L("certification"),
     amazon_hdrs("gmail", w, ME_P, "Congratulations - You are now AWS Certified!",
                 frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), domain="certmetrics.com",
                 mailfrom="bounce@mail.certmetrics.com"),
     text=cert23, cte="7bit")

bid23 = """Verify your AWS Builder ID email address

Hello,

Use the following verification code to confirm your email address:

    482915

This code expires in 30 minutes. If you did not try to create an AWS Builder ID, you can ignore this message.

Amazon Web Services
"""
w = D(2023, 5, 22, 10, 41)
emit(L("unrelated"),
     amazon_hdrs("gmail", w, ME_P, "Verify your AWS Builder ID email address",
                 frm=addr("AWS Builder ID", "no-reply@signin.aws"), domain="signin.aws", mailfrom="bounce@signin.aws"),
     text=bid23, cte="7bit")

ack23 = """白石 拓海 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
お問い合わせ内容を確認するため、ケース %s を作成しました。

ケースの詳細は以下のとおりです。

ケース ID: %s
お問い合わせタイプ: 認定
その他の詳細: Account Merge
AWS 候補 ID: %s, %s
お問い合わせ内容:
  以下のアカウントはいずれもメールアドレス %s で登録されています。
  %s は誤って作成したものです。もう一方への統合をお願いします。

ケースへの回答は通常 24 時間以内に行っておりますが、最善の解決策を見つけるため、さらにお時間を頂戴する場合がございます。
すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。
本件について追加の情報がございましたら、このメールにご返信ください。

よろしくお願いいたします。
アマゾン ウェブ サービス
""" % (CASE_2023, CASE_2023, ID_23A, ID_23B, ME_P, ID_23B)
w = D(2023, 5, 22, 11, 5)
emit(L("acknowledgement", False, CASE_2023, [ID_23A, ID_23B]),
     amazon_hdrs("gmail", w, ME_P, "RE:[CASE %s] %s" % (CASE_2023, SUBJ_FORM_CERT)),
     text=ack23, cte="base64", key="ack23", mid=mid("01010188427a11c3-ack23"))

upd23 = """白石様

いつもAWSトレーニングと認定をご利用いただきありがとうございます。

現在、お問い合わせが大変混み合っており、ご回答までにお時間をいただいております。
本ケースにつきましては担当チームにて順次確認を進めておりますので、今しばらくお待ちいただけますと幸いです。
新しい情報が入り次第、こちらからご連絡いたします。

AWSトレーニングと認定 カスタマーサービス
"""
w = D(2023, 5, 25, 16, 20)
emit(L("case_update", False, CASE_2023),
     amazon_hdrs("gmail", w, ME_P, "RE:[CASE %s] %s" % (CASE_2023, SUBJ_FORM_CERT), charset="iso-2022-jp",
                 irt=MIDS["ack23"], refs=MIDS["ack23"]),
     text=upd23, charset="iso-2022-jp", cte="7bit", key="upd23", mid=mid("010101885259aa01-upd23"))

ir23 = """白石 拓海 様

お待たせいたしました。AWSトレーニングと認定のサクラです。

ご連絡いただいたメールアドレスで検索しましたところ、当方で確認できた認定アカウントは %s の1件のみでした。
もう一方のアカウントは、別のサインイン方法(AWS Partner Central 経由のシングルサインオンなど)で作成されている可能性がございます。

つきましては、統合の対象となるもう一方のアカウントの候補ID(AWSから始まる番号)を、本メールへのご返信にてお知らせいただけますでしょうか。
候補IDは、該当アカウントにサインインした際に画面右上に表示されます。

お手数をおかけいたしますが、どうぞよろしくお願いいたします。

サクラ
AWS Training and Certification Customer Service
""" % ID_23A
w = D(2023, 5, 30, 10, 12)
emit(L("info_request", True, CASE_2023, [ID_23A]),
     amazon_hdrs("gmail", w, ME_P, "RE: [CASE %s] %s" % (CASE_2023, SUBJ_FORM_CERT),
                 irt=MIDS["upd23"], refs="%s %s" % (MIDS["ack23"], MIDS["upd23"])),
     text=ir23, cte="8bit", key="ir23", mid=mid("0101018869c2f0b7-ir23"))

ur23 = """サクラ様

ご確認ありがとうございます。
もう一方のアカウントの候補IDは %s です。Partner Central からサインインした際に作成されたもののようです。

%s を %s に統合していただけますでしょうか。
よろしくお願いいたします。

白石 拓海

2023年5月30日(火) 10:12 AWS Training and Certification <%s>:
%s
""" % (ID_23B, ID_23B, ID_23A, TC, quote(ir23))
w = D(2023, 5, 30, 12, 48)
emit(L("user_reply", False, CASE_2023, [ID_23B, ID_23A]),
     user_hdrs(w, addr(ME_NAME_JA, ME_P), TC, "Re: RE: [CASE %s] %s" % (CASE_2023, SUBJ_FORM_CERT),
               irt=MIDS["ir23"], refs="%s %s %s" % (MIDS["ack23"], MIDS["upd23"], MIDS["ir23"])),
     text=ur23, cte="base64", key="ur23", mid="<CAHp3vQk8m2x0aZ3p1Lr7b@mail.gmail.com>")

gh23 = """Merged #214 into main.

-- 
Reply to this email directly, view it on GitHub:
https://github.com/kazamidori-tech/infra-terraform/pull/214#event-9381234455
You are receiving this because you authored the thread.
"""
gh23_html = """<p>Merged <a href="https://github.com/kazamidori-tech/infra-terraform/pull/214">#214</a> into main.</p>
<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/kazamidori-tech/infra-terraform/pull/214#event-9381234455">view it on GitHub</a>.<br>You are receiving this because you authored the thread.</p>"""
w = D(2023, 5, 31, 18, 3)
emit(L("unrelated"),
     amazon_hdrs("gmail", w, "kazamidori-tech/infra-terraform <infra-terraform@noreply.github.com>",
                 "Re: [kazamidori-tech/infra-terraform] Merge IAM roles for account migration (PR #214)",
                 frm=addr("Yuto Hayashi", "notifications@github.com"), domain="github.com", mailfrom="bounces@github.com",
                 extra=(("Cc", "Takumi Shiraishi <author@noreply.github.com>"),)),
     text=gh23, html=gh23_html, cte="7bit")

cr23 = """Hello Takumi,

Thank you for sending the second ID. I was able to find it.

Here is what I'm about to do:

  Source (will be closed):    %s  - created via AWS Partner Central SSO, login %s
  Destination (will remain):  %s  - login %s

All exam history, certifications and digital badges from the source account will move to the destination account.
A merge can't be undone afterwards.

Is that what you want?

Best,
Sakura
AWS Training and Certification Customer Service
""" % (ID_23B, ME_P, ID_23A, ME_P)
w = D(2023, 6, 1, 9, 55)
emit(L("confirmation_request", True, CASE_2023, [ID_23B, ID_23A]),
     amazon_hdrs("gmail", w, ME_P, "RE:[CASE %s] %s" % (CASE_2023, SUBJ_FORM_CERT),
                 irt=MIDS["ur23"], refs="%s %s %s" % (MIDS["ack23"], MIDS["ir23"], MIDS["ur23"])),
     text=cr23, cte="quoted-printable", key="cr23", mid=mid("010101887a01d5e2-cr23"))

cl23 = """白石 拓海 様

AWSトレーニングと認定です。

6月1日にお送りしたメールにつきまして、その後ご返信をいただけておりませんでしたので、
誠に勝手ながら本ケースはいったんクローズとさせていただきました。

引き続きアカウントの統合をご希望の場合は、このメールにご返信いただければケースが再開されます。
その際は、6月1日のメールに記載の統合内容でよろしいかどうかも併せてお知らせください。

AWSトレーニングと認定 カスタマーサービス
"""
w = D(2023, 6, 9, 9, 2)
emit(L("closing_notice", True, CASE_2023),
     amazon_hdrs("gmail", w, ME_P, "RE:[CASE %s] %s" % (CASE_2023, SUBJ_FORM_CERT), charset="iso-2022-jp",
                 irt=MIDS["cr23"], refs="%s %s" % (MIDS["ack23"], MIDS["cr23"])),
     text=cl23, charset="iso-2022-jp", cte="7bit", key="cl23", mid=mid("01010188a2b7c001-cl23"))

ur23b = """Hi Sakura,

Sorry, I missed your earlier mail. Yes - that's correct, go ahead and merge %s into %s.

Thanks,
Takumi

2023年6月9日(金) 9:02 AWS Training and Certification <%s>:
%s
""" % (ID_23B, ID_23A, TC, quote(cl23))
w = D(2023, 6, 9, 22, 14)
emit(L("user_reply", False, CASE_2023, [ID_23B, ID_23A]),
     user_hdrs(w, addr(ME_NAME, ME_P), TC, "Re: RE:[CASE %s] %s" % (CASE_2023, SUBJ_FORM_CERT),
               irt=MIDS["cl23"], refs="%s %s %s" % (MIDS["ack23"], MIDS["cr23"], MIDS["cl23"])),
     text=ur23b, cte="quoted-printable", key="ur23b", mid="<CAHp3vQnR0c9kJ5Yx0Zz2w@mail.gmail.com>")

res23 = """Hi Takumi,

Done - %s has been merged into %s.
Your exam history and certifications are now all on %s. Credly usually picks up the change within 24-48 hours; you'll get a mail from them when the badge is ready.

No further action is required from you.

Best,
Sakura
AWS Training and Certification Customer Service

On Thu, Jun 1, 2023 at 12:55 AM AWS Training and Certification wrote:
> Here is what I'm about to do:
>
>   Source (will be closed):    %s
>   Destination (will remain):  %s
>
> A merge can't be undone afterwards.
>
> Is that what you want?
""" % (ID_23B, ID_23A, ID_23A, ID_23B, ID_23A)
w = D(2023, 6, 12, 10, 30)
emit(L("resolved", False, CASE_2023, [ID_23B, ID_23A]),
     amazon_hdrs("gmail", w, ME_P, "RE:[CASE %s] %s" % (CASE_2023, SUBJ_FORM_CERT),
                 irt=MIDS["ur23b"], refs="%s %s %s" % (MIDS["ack23"], MIDS["cr23"], MIDS["ur23b"])),
     text=res23, cte="8bit", crlf=True, mid=mid("01010188b1f2e3a4-res23"))

badge_tpl_txt = """Congratulations, %s!

Amazon Web Services Training and Certification has issued you a new badge:

    %s

Accept your badge to share it on LinkedIn, add it to your email signature, or embed it on your website.

Accept badge: https://www.credly.com/earner/earned/badge/%s

Questions about this badge? Contact the issuer, Amazon Web Services Training and Certification.

Credly, Inc. | 13 East 37th St, New York, NY 10016
Manage email preferences: https://www.credly.com/earner/settings/notifications
"""
badge_tpl_html = """<html><body style="font-family:Arial">
<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:24px">
<h2>Congratulations, %s!</h2>
<p>Amazon Web Services Training and Certification has issued you a new badge:</p>
<p style="font-size:18px"><b>%s</b></p>
<p><a href="https://www.credly.com/earner/earned/badge/%s" style="background:#0b66c3;color:#fff;padding:10px 18px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:11px;color:#777">Credly, Inc. | Manage email preferences</p>
</td></tr></table></body></html>"""


def badge(when, to, name, badge_name, uuid, box="gmail", html_too=True, subj=None):
    subj = subj or "Amazon Web Services Training and Certification sent you a new badge"
    h = amazon_hdrs(box, when, to, subj, frm=addr("Credly", "admin@credly.com"), domain="credly.com",
                    mailfrom="bounces+1822@em.credly.com")
    if html_too:
        emit(L("badge"), h, text=badge_tpl_txt % (name, badge_name, uuid),
             html=badge_tpl_html % (name, badge_name, uuid), cte="quoted-printable")
    else:
        emit(L("badge"), h, text=badge_tpl_txt % (name, badge_name, uuid), cte="7bit")


badge(D(2023, 6, 12, 11, 2), ME_P, "Takumi", "AWS Certified Developer - Associate",
      "6d1f2a90-3c7e-4b8a-9e51-0a2c44b7e913")

surv23 = """Hello,

Thank you for contacting AWS Training and Certification about case %s.

How satisfied were you with the support you received?

  Very satisfied      https://survey.aws.training/r?c=%s&s=5
  Satisfied           https://survey.aws.training/r?c=%s&s=4
  Neutral             https://survey.aws.training/r?c=%s&s=3
  Dissatisfied        https://survey.aws.training/r?c=%s&s=2
  Very dissatisfied   https://survey.aws.training/r?c=%s&s=1

It takes less than a minute. Your feedback helps us improve.

AWS Training and Certification
""" % ((CASE_2023,) * 6)
w = D(2023, 6, 13, 2, 10)
emit(L("survey", False, CASE_2023),
     amazon_hdrs("gmail", w, ME_P, "How did we do? Your AWS Training and Certification case %s" % CASE_2023),
     text=surv23, cte="7bit")

# =============================================================== 2024 (personal)
bill24 = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:

Total: $14.62

You can see a complete break down of all charges on the Billing page located here:
https://console.aws.amazon.com/billing/home#/bill

Account number: 538104926371

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
"""
w = D(2024, 2, 3, 17, 44)
emit(L("unrelated"),
     amazon_hdrs("gmail", w, ME_P, "Amazon Web Services Billing Statement Available [Account: 538104926371]",
                 frm=addr("Amazon Web Services", "aws-billing@amazon.com"), mailfrom="bounce@aws-billing.amazon.com"),
     text=bill24, cte="7bit", crlf=True)

nl24 = """━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
 週刊クラウドウォッチ 第312号 2024年6月10日
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

■今週のトピック
・AWS、東京リージョンで新しいインスタンスタイプを提供開始
・資格の棚卸し: 転職前にやっておきたい認定アカウントの整理
・Terraform 1.9 のリリースノートを読む

■読者アンケートのお願い
本メールマガジンへのご意見をお聞かせください。いただいたご意見は今後の誌面づくりに活用いたします。
ご意見・ご感想は、このメールにそのままご返信ください。

配信停止はこちらから: https://cloudwatch-weekly.example.jp/unsubscribe
発行: 週刊クラウドウォッチ編集部
"""
w = D(2024, 6, 10, 7, 0)
emit(L("unrelated"),
     amazon_hdrs("gmail", w, ME_P, "【週刊クラウドウォッチ】第312号 認定アカウントの整理ほか", charset="iso-2022-jp",
                 frm=addr("週刊クラウドウォッチ", "news@cloudwatch-weekly.example.jp", "iso-2022-jp"),
                 domain="cloudwatch-weekly.example.jp", mailfrom="mag@cloudwatch-weekly.example.jp"),
     text=nl24, charset="iso-2022-jp", cte="7bit")

exp24 = """Hello Takumi Shiraishi,

Your AWS Certified Cloud Practitioner certification (validation number KX8PQ2R1LJE4QG5M)
will expire on December 9, 2024.

To keep your certification active, recertify before the expiration date by passing the current
version of the exam or a higher-level exam. Visit your AWS Certification account to view your
benefits, including a 50%% discount on your next exam.

AWS Training and Certification

This mailbox is not monitored.
"""
w = D(2024, 9, 10, 4, 20)
emit(L("certification"),
     amazon_hdrs("o365", w, ME_C, "Your AWS Certification expires in 90 days",
                 frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), domain="certmetrics.com",
                 mailfrom="bounce@mail.certmetrics.com"),
     text=exp24 % (), cte="7bit")

recert24 = """<html><body>
<table width="100%" cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif">
<tr><td style="background:#232f3e;color:#fff;padding:16px"><b>AWS Certification</b></td></tr>
<tr><td style="padding:20px">
<p>Hi Takumi,</p>
<p><b>Congratulations on recertifying your AWS Certification!</b></p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><td>Certification</td><td>AWS Certified Cloud Practitioner</td></tr>
<tr><td>New expiration date</td><td>November 1, 2027</td></tr>
</table>
<p>Your updated digital badge will arrive from Credly shortly.</p>
<p style="font-size:11px;color:#777">Please do not reply to this message.</p>
</td></tr></table></body></html>"""
w = D(2024, 11, 2, 6, 48)
emit(L("certification"),
     amazon_hdrs("o365", w, ME_C, "Congratulations on recertifying your AWS Certification!",
                 frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), domain="certmetrics.com",
                 mailfrom="bounce@mail.certmetrics.com"),
     html=recert24, cte="base64")

phish_credly = """<html><body>
<p>Dear Takumi,</p>
<p>Your AWS Certified Developer - Associate badge is <b>pending verification</b> and will be removed from your Credly profile in 48 hours.</p>
<p>To keep your badge, confirm your identity and AWS certification account now:</p>
<p><a href="http://credly-badge-center.com/verify?u=takumi.shiraishi.dev">Verify my badge</a></p>
<p>Credly Trust &amp; Safety Team</p>
</body></html>"""
w = D(2024, 12, 5, 3, 33)
emit(L("suspicious"),
     amazon_hdrs("gmail", w, ME_P, "Action needed: your AWS badge will be revoked",
                 frm=addr("Credly", "security@credly-badge-center.com"), domain="credly-badge-center.com",
                 mailfrom="mailer@credly-badge-center.com", dmarc_ok=False),
     html=phish_credly, cte="7bit")

# =============================================================== 2025
jira = """Kenji Morita resolved INFRA-882 as Done.

Offboarding: hand over AWS accounts and certification records (T. Shiraishi)
-----------------------------------------------------------------
Resolution: Done
Assignee: Takumi Shiraishi
Comment: AWS accounts handed over. Please also unlink your certification account from the APN
partner profile before your last day.

View issue: https://kazamidori.atlassian.net/browse/INFRA-882
This message was sent by Atlassian Jira.
"""
w = D(2025, 2, 21, 18, 5)
emit(L("unrelated"),
     amazon_hdrs("o365", w, ME_C, "[JIRA] (INFRA-882) Offboarding: hand over AWS accounts and certification records",
                 frm=addr("Kenji Morita (Jira)", "jira@kazamidori.atlassian.net"), domain="atlassian.net",
                 mailfrom="bounce@e.atlassian.net"),
     text=jira, cte="7bit")

bid25 = """AWS Builder ID の確認

こんにちは

以下の確認コードを使用して、メールアドレスを確認してください。

確認コード: 730481

このコードの有効期限は 30 分です。AWS Builder ID の作成を試みていない場合は、このメールを無視してください。

アマゾン ウェブ サービス
"""
w = D(2025, 2, 24, 21, 30)
emit(L("unrelated"),
     amazon_hdrs("gmail", w, ME_P, "AWS Builder ID のメールアドレスを確認してください",
                 frm=addr("AWS Builder ID", "no-reply@signin.aws"), domain="signin.aws", mailfrom="bounce@signin.aws"),
     text=bid25, cte="base64")

welcome25 = """Welcome to AWS Training and Certification, Takumi!

Your profile is set up. Here is what you can do next:
  * Browse 600+ free digital courses on AWS Skill Builder
  * Schedule a certification exam
  * Track your learning progress

Start learning: https://skillbuilder.aws/

AWS Training and Certification
"""
w = D(2025, 2, 24, 21, 46)
emit(L("unrelated"),
     amazon_hdrs("gmail", w, ME_P, "Welcome to AWS Training and Certification",
                 frm=addr("AWS Training and Certification", "no-reply@aws.training"), domain="aws.training",
                 mailfrom="bounce@aws.training"),
     text=welcome25, cte="7bit")

form_details = """Case ID: %s
Subject: [AWS Training and Certification Form Submission] - account-assistance
Inquiry type: Certification
Additional details: Account Merge
Contact email: %s
AWS Candidate ID: %s

How can we help you?
Use Case: I am no longer going to be an employee of Kazamidori Technology after March 14 and would like to merge my accounts.
All email addresses you may have used in our system: %s, %s
The email address you would like to keep on file: %s
Candidate IDs: %s (company), %s (personal)
"""
ackA_txt = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your inquiry.

The details of your case are as follows:

%s
Our goal is to respond within 24 hours. Some requests need more research, and we appreciate your patience.
If a case is already open for this issue, please do not open another one for the same request - duplicate cases can delay our response.

If you have anything to add, reply to this email and keep the case number in the subject line.

Sincerely,
Amazon Web Services
"""


def ackA_html(case, details):
    rows = "".join("<tr><td style='padding:2px 8px'>%s</td></tr>" % l.replace("&", "&amp;").replace("<", "&lt;") for l in details.strip().split("\n"))
    return ("<html><body><p>Hello,</p><p>Thank you for contacting Amazon Web Services. We have opened case %s to address your inquiry.</p>"
            "<p>The details of your case are as follows:</p><table>%s</table>"
            "<p>Our goal is to respond within 24 hours. Some requests need more research, and we appreciate your patience.<br>"
            "If a case is already open for this issue, please do not open another one for the same request - duplicate cases can delay our response.</p>"
            "<p>If you have anything to add, reply to this email and keep the case number in the subject line.</p><p>Sincerely,<br>Amazon Web Services</p></body></html>") % (case, rows)


detA = form_details % (CASE_A, ME_P, ID_NEW, ME_C, ME_P, ME_P, ID_OLD, ID_NEW)
w = D(2025, 2, 25, 10, 3)
emit(L("acknowledgement", False, CASE_A, [ID_NEW, ID_OLD]),
     amazon_hdrs("gmail", w, ME_P, "RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM)),
     text=ackA_txt % (CASE_A, detA), html=ackA_html(CASE_A, detA), cte="quoted-printable",
     key="ackA", mid=mid("01010195328ab001-ackA"))

detB = form_details % (CASE_B, ME_P, ID_NEW, ME_C, ME_P, ME_P, ID_OLD, ID_NEW)
w = D(2025, 2, 25, 10, 9)
emit(L("acknowledgement", False, CASE_B, [ID_NEW, ID_OLD]),
     amazon_hdrs("gmail", w, ME_P, "RE:[CASE %s] %s" % (CASE_B, SUBJ_FORM)),
     text=ackA_txt % (CASE_B, detB), html=ackA_html(CASE_B, detB), cte="quoted-printable",
     key="ackB", mid=mid("01010195329f12c8-ackB"))

urB = """Hello,

I'm afraid I submitted the form twice - the browser seemed to hang the first time. This case is a duplicate of %s. Please close this one and keep working on the other.

Sorry for the trouble,
Takumi Shiraishi

On Tue, Feb 25, 2025 at 10:09 AM Amazon Web Services <%s> wrote:
%s
""" % (CASE_A, TC, quote(ackA_txt % (CASE_B, detB)))
w = D(2025, 2, 25, 10, 16)
emit(L("user_reply", False, CASE_B),
     user_hdrs(w, addr(ME_NAME, ME_P), TC, "Re: RE:[CASE %s] %s" % (CASE_B, SUBJ_FORM),
               irt=MIDS["ackB"], refs=MIDS["ackB"]),
     text=urB, cte="quoted-printable", key="urB", mid="<CAHp3vQ9aBdupl1cate0x@mail.gmail.com>")

resB = """Hi Takumi,

No problem at all. I've closed case %s as a duplicate. Your merge request stays open under case %s, and the team will follow up there.

Nothing more is needed on this case.

Regards,
Priya
AWS Training and Certification
""" % (CASE_B, CASE_A)
w = D(2025, 2, 25, 11, 40)
emit(L("resolved", False, CASE_B),
     amazon_hdrs("gmail", w, ME_P, "RE:[CASE %s] %s" % (CASE_B, SUBJ_FORM), irt=MIDS["urB"],
                 refs="%s %s" % (MIDS["ackB"], MIDS["urB"])),
     text=resB, cte="7bit")

hold1_txt = """Hello Takumi,

Thank you for your patience while we looked into your request.

When I checked the certification account registered to %s, I found that it is associated with an AWS Partner Network (APN) organization, Kazamidori Technology Co., Ltd. Certifications held on partner-linked accounts count toward that partner's standing in the program, so we can't move them to another account without a review by our APN operations team.

I have passed your case to that team. Reviews like this normally take two to three business days. Your case stays open in the meantime and there is nothing you need to do right now - I'll write again as soon as they get back to me.

Best regards,
Ravi
AWS Training and Certification Customer Service
""" % ME_C
hold1_html = "<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in hold1_txt.strip().split("\n\n")) + "</body></html>"
w = D(2025, 2, 26, 9, 20)
emit(L("on_hold", False, CASE_A),
     amazon_hdrs("gmail", w, ME_P, "RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM), irt=MIDS["ackA"], refs=MIDS["ackA"]),
     text=hold1_txt, html=hold1_html, cte="quoted-printable", key="hold1", mid=mid("01010195379bc2d0-hold1"))

ooo = """白石さん

メールありがとうございます。
2月27日(木)から3月3日(月)まで出張のため不在にしております。
期間中はメールの確認が遅れますので、お急ぎの場合はアライアンス推進室 (alliance@kazamidori-tech.co.jp) までご連絡ください。

森田 健司
株式会社風見鶏テクノロジー アライアンス推進室
"""
w = D(2025, 2, 27, 8, 1)
emit(L("unrelated"),
     [("Received", rcv("o365", host="TYCPR01MB7711.jpnprd01.prod.outlook.com", ip="2603:1096:400:2d1::5", when=w)),
      ("Authentication-Results", auth("o365", "kazamidori-tech.co.jp", "k-morita@kazamidori-tech.co.jp")),
      ("Date", w), ("From", addr("森田 健司", "k-morita@kazamidori-tech.co.jp", "iso-2022-jp")), ("To", addr(ME_NAME_JA, ME_C, "iso-2022-jp")),
      ("Subject", enc_hdr("自動応答: AWS認定アカウントのAPN紐付け解除について", "iso-2022-jp")),
      ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
      ("In-Reply-To", "<TYCPR01MB99301A2B3C@TYCPR01MB9930.jpnprd01.prod.outlook.com>")],
     text=ooo, charset="iso-2022-jp", cte="7bit", crlf=True)

hold2_txt = """Hello Takumi,

Following up on my message from Wednesday.

Our APN operations team has reviewed the account. As I mentioned, the certification account under %s is linked to the partner profile of Kazamidori Technology Co., Ltd., and while that link is active the certifications are reported to the partner. The team's practice is to leave such accounts untouched while the person still works for the partner, because the partner may rely on those certifications for its tier, and to release them once the employment ends. Once released, the account can be merged like any other.

They are holding the case until one point is clear: are you still employed at Kazamidori Technology, and if so, on what date does your employment end?

Thanks,
Ravi
AWS Training and Certification Customer Service
""" % ME_C
w = D(2025, 2, 28, 11, 7)
emit(L("on_hold", True, CASE_A),
     amazon_hdrs("gmail", w, ME_P, "RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM), cc=ME_C, irt=MIDS["hold1"],
                 refs="%s %s" % (MIDS["ackA"], MIDS["hold1"])),
     text=hold2_txt, cte="quoted-printable", crlf=True, key="hold2", mid=mid("0101019541aa7e10-hold2"))

urA1 = """Hello Ravi,

Yes, I'm still employed there for now. My last working day at Kazamidori Technology is March 14, 2025, and this company mailbox will be shut down on that day. The company knows about the request.

Best regards,
Takumi Shiraishi

________________________________
From: AWS Training and Certification <%s>
Sent: Friday, February 28, 2025 11:07
To: %s
Cc: %s
Subject: RE:[CASE %s] %s

%s
""" % (TC, ME_P, ME_C, CASE_A, SUBJ_FORM, hold2_txt.strip())
w = D(2025, 2, 28, 13, 52)
emit(L("user_reply", False, CASE_A),
     user_hdrs(w, addr(ME_NAME_JA, ME_C), TC, "RE: RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM),
               irt=MIDS["hold2"], refs="%s %s %s" % (MIDS["ackA"], MIDS["hold1"], MIDS["hold2"]),
               extra=(("Thread-Topic", "RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM)), ("X-MS-Has-Attach", ""),
                      ("Content-Language", "ja-JP"))),
     text=urA1, cte="quoted-printable", crlf=True, key="urA1",
     mid="<TYCPR01MB99308F1E2D@TYCPR01MB9930.jpnprd01.prod.outlook.com>")

irA1 = """Hi Takumi,

Thanks for the quick answer - that gives the APN team what they need.

One thing, though: your reply came from %s. For account changes we can only act on instructions that come from the address that will stay on file, which in your request is %s.

Would you send the same confirmation (your last working day) from that address? A reply to this mail from your personal mailbox is fine.

Ravi
AWS Training and Certification Customer Service
""" % (ME_C, ME_P)
w = D(2025, 3, 3, 9, 31)
emit(L("info_request", True, CASE_A),
     amazon_hdrs("o365", w, ME_C, "RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM), irt=MIDS["urA1"],
                 refs="%s %s %s" % (MIDS["ackA"], MIDS["hold2"], MIDS["urA1"])),
     text=irA1, cte="7bit", key="irA1", mid=mid("010101955a01c4e3-irA1"))

fwA = """Forwarding to my personal address so I can answer from there.

________________________________
From: AWS Training and Certification <%s>
Sent: Monday, March 3, 2025 9:31
To: %s
Subject: RE:[CASE %s] %s

%s
""" % (TC, ME_C, CASE_A, SUBJ_FORM, irA1.strip())
w = D(2025, 3, 3, 9, 48)
emit(L("user_reply", False, CASE_A),
     user_hdrs(w, addr(ME_NAME_JA, ME_C), ME_P, "FW: RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM),
               irt=MIDS["irA1"], refs="%s %s" % (MIDS["ackA"], MIDS["irA1"]),
               extra=(("Received", rcv("gmail", host="TYCPR01MB9930.jpnprd01.prod.outlook.com", ip="40.107.74.88", when=w)),
                      ("Authentication-Results", auth("gmail", "kazamidori-tech.co.jp", ME_C)))),
     text=fwA, cte="base64", key="fwA", mid="<TYCPR01MB9930C77AB1@TYCPR01MB9930.jpnprd01.prod.outlook.com>")

urA2 = """Hello Ravi,

Sending this from my personal address as you asked. I'm still with Kazamidori Technology until March 14, 2025 - that is my last working day. After that date the company address will no longer exist.

Please go ahead once the APN team is satisfied.

Takumi Shiraishi
%s
""" % ME_P
w = D(2025, 3, 3, 12, 15)
emit(L("user_reply", False, CASE_A),
     user_hdrs(w, addr(ME_NAME, ME_P), TC, "Re: AWS certification account merge",
               irt=MIDS["fwA"], refs="%s %s %s" % (MIDS["ackA"], MIDS["irA1"], MIDS["fwA"])),
     text=urA2, cte="7bit", key="urA2", mid="<CAHp3vQ4wq1Nn8sPersonal2x@mail.gmail.com>")

summit = """AWS Summit Japan 2025 参加登録受付中

日時: 2025年6月25日(水)・26日(木)
会場: 幕張メッセ / オンライン

基調講演、150 を超えるセッション、認定者ラウンジなどをご用意しています。
AWS 認定をお持ちの方は、会場の認定者ラウンジをご利用いただけます。

ご登録はこちら: https://aws.amazon.com/jp/summits/japan/

ご不明な点がございましたら、本メールにご返信いただくか、事務局までお問い合わせください。

配信停止: https://pages.awscloud.com/communication-preferences
アマゾン ウェブ サービス ジャパン合同会社
"""
w = D(2025, 3, 4, 11, 0)
emit(L("unrelated"),
     amazon_hdrs("gmail", w, ME_P, "【AWS Summit Japan 2025】参加登録を受付中です", charset="shift_jis",
                 frm=addr("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com", "shift_jis"),
                 mailfrom="bounce@marketing.awscloud.com"),
     text=summit, charset="shift_jis", cte="8bit", crlf=True)

updA = """Hi Takumi,

Good news - the APN operations team has released the hold on your company account, given your confirmed leaving date.

I'm now preparing the merge. Shortly you'll get a separate message listing both accounts so that you can check which one we keep; nothing is needed from you until then.

Cheers,
Ravi
"""
w = D(2025, 3, 5, 10, 2)
emit(L("case_update", False, CASE_A),
     amazon_hdrs("gmail", w, ME_P, "RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM), irt=MIDS["urA2"],
                 refs="%s %s %s" % (MIDS["ackA"], MIDS["irA1"], MIDS["urA2"])),
     text=updA, cte="7bit", key="updA", mid=mid("0101019563d0e1aa-updA"))

crA_html = """<html><head><meta charset="utf-8"></head><body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
<div>Hello Takumi,</div><br>
<div>I found the following two certification accounts that belong to you:</div><br>
<table border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse">
<tr style="background:#eaeded"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>%s</td><td>%s</td></tr>
<tr><td>Login email</td><td>%s</td><td>%s</td></tr>
<tr><td>Training notification email</td><td>%s</td><td>%s</td></tr>
<tr><td>Certification notification email</td><td>%s</td><td>%s</td></tr>
<tr><td>APN partner link</td><td>-</td><td>Released 2025-03-05</td></tr>
</table><br>
<div>The account you keep receives the exam history, certifications, badges and benefits of the other one; the other account is then closed.</div>
<div>Reply to this email with the number of the account to keep (for example &quot;Account #1&quot;) and I will complete the merge.</div><br>
<div>Regards,<br>Ravi<br>AWS Training and Certification Customer Service</div>
</body></html>""" % (ID_NEW, ID_OLD, ME_P, ME_C, ME_P, ME_C, ME_P, ME_C)
w = D(2025, 3, 5, 10, 26)
emit(L("confirmation_request", True, CASE_A, [ID_NEW, ID_OLD]),
     amazon_hdrs("gmail", w, ME_P, "RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM), irt=MIDS["updA"],
                 refs="%s %s" % (MIDS["ackA"], MIDS["updA"])),
     html=crA_html, cte="base64", key="crA", mid=mid("0101019563e77b02-crA"))

phishA = """Dear AWS Certified Professional,

Our records show that a merge of your AWS Certification accounts (case %s) is waiting for your confirmation.
Unconfirmed merges are cancelled after 24 hours and all certifications on the source account are voided.

Confirm the merge now by signing in with your AWS Builder ID:
https://aws-certsupport.com/merge/confirm?case=%s

AWS Certification Support Team
""" % (CASE_A, CASE_A)
w = D(2025, 3, 6, 2, 14)
emit(L("suspicious"),
     amazon_hdrs("gmail", w, ME_P, "Action Required: Confirm your AWS Certification account merge",
                 frm=addr("AWS Certification Support", "support@aws-certsupport.com"), domain="aws-certsupport.com",
                 mailfrom="noreply@aws-certsupport.com"),
     text=phishA, cte="7bit")

pv25 = """Dear Takumi Shiraishi,

This is a reminder of your upcoming exam appointment.

Exam: AWS Certified Solutions Architect - Professional (SAP-C02)
Registration ID: 516227904
Date: Friday, March 21, 2025, 10:00 AM JST
Location: Pearson VUE OnVUE (online proctored)

Run the system test before exam day. To reschedule or cancel, sign in to your account at least
24 hours before the appointment. Do not reply to this message.

Pearson VUE
"""
w = D(2025, 3, 7, 9, 0)
emit(L("unrelated"),
     amazon_hdrs("gmail", w, ME_P, "Reminder: Your AWS Certification exam appointment",
                 frm=addr("Pearson VUE", "pearsonvuereminder@pearson.com"), domain="pearson.com", mailfrom="bounce@pearson.com"),
     text=pv25, cte="quoted-printable")

dd = """Hi Takumi,

Your support case #1874562 "Agent not reporting from ap-northeast-1 hosts" has been closed.

We haven't heard back from you in 7 days, so we assume the problem is solved. If you still need help,
simply reply to this email and the case will be reopened.

Datadog Support
"""
w = D(2025, 3, 7, 16, 22)
emit(L("unrelated"),
     amazon_hdrs("gmail", w, ME_P, "[Datadog Support] Case #1874562 closed",
                 frm=addr("Datadog Support", "support@datadoghq.com"), domain="datadoghq.com",
                 mailfrom="bounce@zendesk.datadoghq.com"),
     text=dd, cte="7bit")

clA = """Hello Takumi,

We are still waiting for your confirmation on the message below, which was sent on March 5.
If we don't hear from you within the next 3 business days, this case will be closed automatically. Replying at any time before then keeps it open, and replying afterwards opens it again.

Best regards,
Mei
AWS Training and Certification Customer Service

---- Original message ----
From: AWS Training and Certification
Date: Wed, Mar 5, 2025 01:26 UTC
Subject: RE:[CASE %s] %s

Hello Takumi,
I found the following two certification accounts that belong to you:
Account #1
  Candidate ID: %s
  Login email: %s
  Training notification email: %s
  Certification notification email: %s
Account #2
  Candidate ID: %s
  Login email: %s
  Training notification email: %s
  Certification notification email: %s
Reply to this email with the number of the account to keep (for example "Account #1") and I will complete the merge.
""" % (CASE_A, SUBJ_FORM, ID_NEW, ME_P, ME_P, ME_P, ID_OLD, ME_C, ME_C, ME_C)
w = D(2025, 3, 10, 8, 45)
emit(L("closing_notice", True, CASE_A),
     amazon_hdrs("gmail", w, ME_P, "RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM), irt=MIDS["crA"],
                 refs="%s %s" % (MIDS["ackA"], MIDS["crA"])),
     text=clA, cte="quoted-printable", key="clA", mid=mid("010101957d44aa90-clA"))

urA3 = """Confirmed. Please merge to Account #1 (%s, %s).

Sorry for the delay - the move kept me busy.

Takumi

On Mon, Mar 10, 2025 at 8:45 AM AWS Training and Certification <%s> wrote:
%s
""" % (ME_P, ID_NEW, TC, quote(clA))
w = D(2025, 3, 10, 12, 58)
emit(L("user_reply", False, CASE_A, [ID_NEW]),
     user_hdrs(w, addr(ME_NAME, ME_P), TC, "Re: RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM), irt=MIDS["clA"],
               refs="%s %s %s" % (MIDS["ackA"], MIDS["crA"], MIDS["clA"])),
     text=urA3, cte="quoted-printable", key="urA3", mid="<CAHp3vQ7ConfirmedMerge1@mail.gmail.com>")

resA = """Hi Takumi,

I have successfully merged all accounts. Account #1 (%s) now holds your exam history, certifications and benefits, and %s has been closed.

It may take a few hours for everything to show on your dashboard, and your Credly badges will be re-issued to %s. No further action is required.

Thank you for contacting AWS Training and Certification.

Mei

-----Original Message-----
From: Takumi Shiraishi <%s>
Sent: Monday, March 10, 2025 3:58 AM
To: AWS Training and Certification <%s>
Subject: Re: RE:[CASE %s] %s

Confirmed. Please merge to Account #1.

-----Original Message-----
From: AWS Training and Certification
Sent: Wednesday, March 5, 2025 1:26 AM
Subject: RE:[CASE %s] %s

Reply to this email with the number of the account to keep (for example "Account #1") and I will complete the merge.
Account #1 - Login email: %s
Account #2 - Login email: %s
""" % (ID_NEW, ID_OLD, ME_P, ME_P, TC, CASE_A, SUBJ_FORM, CASE_A, SUBJ_FORM, ME_P, ME_C)
w = D(2025, 3, 10, 14, 20)
emit(L("resolved", False, CASE_A, [ID_NEW, ID_OLD]),
     amazon_hdrs("gmail", w, ME_P, "RE: [CASE %s] %s" % (CASE_A, SUBJ_FORM), irt=MIDS["urA3"],
                 refs="%s %s %s %s" % (MIDS["ackA"], MIDS["crA"], MIDS["clA"], MIDS["urA3"])),
     text=resA, cte="8bit", crlf=True, key="resA", mid=mid("010101957e3b5c11-resA"))

badge(D(2025, 3, 10, 14, 41), ME_P, "Takumi", "AWS Certified Solutions Architect - Associate",
      "a2c9e4f1-8b37-4d05-b6a2-71e0fd3c5a88")
badge(D(2025, 3, 10, 14, 42), ME_P, "Takumi", "AWS Certified Developer - Associate",
      "0e7b33c4-52d1-4f8e-a9c0-5d6f12ab9e70", html_too=False,
      subj="You've earned a badge from Amazon Web Services Training and Certification")

spoof = """Hello,

Regarding case %s: before we can finalise the account merge, our security team must re-verify
the identity of the account holder.

Please sign in and re-enter your certification account credentials within 12 hours:
https://aws-training-verify.net/signin?case=%s

If we cannot verify your identity, the merge will be reversed.

Amazon Web Services
""" % (CASE_A, CASE_A)
w = D(2025, 3, 11, 4, 2)
emit(L("suspicious"),
     amazon_hdrs("gmail", w, ME_P, "RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM),
                 frm=addr("AWS Training and Certification", TC), mailfrom="info@bulk-sender-mx.ru", ok=False),
     text=spoof, cte="7bit")

survA_html = """<html><body>
<p>Hello,</p>
<p>Your recent case <b>%s</b> with AWS Training and Certification has been resolved. Please take a moment to tell us about your experience.</p>
<table cellpadding="8"><tr>
<td><a href="https://survey.aws.training/r?c=%s&s=1">1</a></td>
<td><a href="https://survey.aws.training/r?c=%s&s=2">2</a></td>
<td><a href="https://survey.aws.training/r?c=%s&s=3">3</a></td>
<td><a href="https://survey.aws.training/r?c=%s&s=4">4</a></td>
<td><a href="https://survey.aws.training/r?c=%s&s=5">5</a></td>
</tr></table>
<p style="font-size:11px">1 = very dissatisfied, 5 = very satisfied. This survey is voluntary.</p>
</body></html>""" % ((CASE_A,) * 6)
survA_txt = "Your recent case %s with AWS Training and Certification has been resolved.\nPlease rate your experience from 1 to 5: https://survey.aws.training/r?c=%s\n" % (CASE_A, CASE_A)
w = D(2025, 3, 11, 14, 30)
emit(L("survey", False, CASE_A),
     amazon_hdrs("gmail", w, ME_P, "Tell us about your recent AWS Training and Certification support experience"),
     text=survA_txt, html=survA_html, cte="quoted-printable")

cm_fb = """Hello Takumi Shiraishi,

AWS Certification wants to hear from you.

We're looking for certified individuals to help shape future AWS Certification exams as subject
matter experts. If you're interested, answer a few questions about your experience:

https://www.certmetrics.com/amazon/candidate/sme_interest.aspx

Kind regards,
AWS Certification

Please do not reply to this email.
"""
w = D(2025, 3, 12, 5, 10)
emit(L("certification"),
     amazon_hdrs("gmail", w, ME_P, "AWS Certification wants to hear from you",
                 frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), domain="certmetrics.com",
                 mailfrom="bounce@mail.certmetrics.com"),
     text=cm_fb, cte="7bit")

sb = """Thanks for your order!

AWS Skill Builder Individual subscription - monthly
Order number: SB-2025-0313-88412
Amount charged: USD 29.00
Next billing date: April 13, 2025

Manage your subscription: https://skillbuilder.aws/subscriptions

AWS Training and Certification
"""
w = D(2025, 3, 13, 9, 12)
emit(L("unrelated"),
     amazon_hdrs("gmail", w, ME_P, "Your AWS Skill Builder subscription receipt",
                 frm=addr("AWS Skill Builder", "no-reply@aws.training"), domain="aws.training", mailfrom="bounce@aws.training"),
     text=sb, cte="7bit")

urA4 = """Hello Mei,

Sorry to come back to this. After the merge I checked the exam history on %s and one exam is missing:
my first AWS Certified Cloud Practitioner attempt from late 2019. It was taken while I was at my previous-previous job, so it may sit under yet another profile.

Everything else looks right.

Takumi

On Mon, Mar 10, 2025 at 2:20 PM AWS Training and Certification <%s> wrote:
> I have successfully merged all accounts. Account #1 (%s) now holds your exam history, certifications and benefits.
> No further action is required.
""" % (ID_NEW, TC, ID_NEW)
w = D(2025, 3, 17, 19, 5)
emit(L("user_reply", False, CASE_A, [ID_NEW]),
     user_hdrs(w, addr(ME_NAME, ME_P), TC, "Re: RE: [CASE %s] %s" % (CASE_A, SUBJ_FORM), cc=ME_C,
               irt=MIDS["resA"], refs="%s %s %s" % (MIDS["ackA"], MIDS["urA3"], MIDS["resA"])),
     text=urA4, cte="7bit", key="urA4", mid="<CAHp3vQ2MissingExam19@mail.gmail.com>")

bounce_txt = """** Address not found **

Your message wasn't delivered to %s because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient %s not found by SMTP address lookup
""" % (ME_C, ME_C)
dsn = """Reporting-MTA: dns; googlemail.com
Arrival-Date: Mon, 17 Mar 2025 03:05:17 -0700 (PDT)

Final-Recipient: rfc822; %s
Action: failed
Status: 5.1.10
Remote-MTA: dns; kazamidoritech-co-jp.mail.protection.outlook.com
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound
""" % ME_C
orig_hdrs = """From: Takumi Shiraishi <%s>
Date: Mon, 17 Mar 2025 19:05:17 +0900
Message-ID: %s
Subject: Re: RE: [CASE %s] %s
To: %s
Cc: %s
""" % (ME_P, MIDS["urA4"], CASE_A, SUBJ_FORM, TC, ME_C)
bnd = "000000000000b0unce0317"
raw = ("Content-Type: multipart/report; report-type=delivery-status; boundary=\"%s\"\n\n"
       "--%s\nContent-Type: text/plain; charset=\"UTF-8\"\n\n%s\n"
       "--%s\nContent-Type: message/delivery-status\n\n%s\n"
       "--%s\nContent-Type: text/rfc822-headers\n\n%s\n--%s--\n") % (bnd, bnd, bounce_txt, bnd, dsn, bnd, orig_hdrs, bnd)
w = D(2025, 3, 17, 19, 5)
emit(L("unrelated"),
     [("Received", "by 2002:a05:6a20:9f0a:b0:1f2 with SMTP id z10; %s" % w), ("Date", w),
      ("From", addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")), ("To", ME_P),
      ("Subject", "Delivery Status Notification (Failure)"), ("In-Reply-To", MIDS["urA4"]), ("References", MIDS["urA4"]),
      ("Auto-Submitted", "auto-replied")],
     raw_body=raw.encode())

updA2 = """Hello Takumi,

I've reopened your case and passed the missing 2019 exam on to our certification operations team, who can search the test-delivery records directly.
They usually take a few business days. There's nothing you need to do at the moment; I'll write as soon as I have news.

Mei
AWS Training and Certification Customer Service
"""
w = D(2025, 3, 18, 10, 12)
emit(L("case_update", False, CASE_A),
     amazon_hdrs("gmail", w, ME_P, "RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM), irt=MIDS["urA4"],
                 refs="%s %s %s" % (MIDS["ackA"], MIDS["resA"], MIDS["urA4"])),
     text=updA2, cte="7bit", key="updA2", mid=mid("01010195a6f0aa33-updA2"))

irA2 = """Hello Takumi,

A short update from the certification operations team. They searched by your name and by every email address on your file, including the ones on the old account %s, and found no 2019 Cloud Practitioner attempt. Tests delivered before 2020 were sometimes registered under a separate test-vendor profile that was never connected to a certification account, so the record most likely exists but is not linked to you yet.

To find it they need the exam date (the month is enough), the exam code, the test centre or delivery method, and the name exactly as it appeared on your ID that day. If you still have the Pearson VUE registration number, that speeds things up considerably.

Mei
AWS Training and Certification Customer Service
""" % ID_OLD
w = D(2025, 3, 19, 15, 40)
emit(L("info_request", True, CASE_A, [ID_OLD]),
     amazon_hdrs("gmail", w, ME_P, "RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM), irt=MIDS["updA2"],
                 refs="%s %s %s" % (MIDS["ackA"], MIDS["urA4"], MIDS["updA2"])),
     text=irA2, cte="quoted-printable", key="irA2", mid=mid("01010195acb0f001-irA2"))

urA5 = """Hi Mei,

Here are the details I could dig up:
- Exam: AWS Certified Cloud Practitioner (CLF-C01)
- Date: November 2019 (I think the 16th)
- Delivery: Pearson VUE test centre, Shinjuku
- Name on ID: SHIRAISHI TAKUMI
- Pearson VUE registration number: 327811450

Thanks for chasing this.
Takumi

On Wed, Mar 19, 2025 at 3:40 PM AWS Training and Certification <%s> wrote:
%s
""" % (TC, quote(irA2))
w = D(2025, 3, 19, 21, 3)
emit(L("user_reply", False, CASE_A),
     user_hdrs(w, addr(ME_NAME, ME_P), TC, "Re: RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM), irt=MIDS["irA2"],
               refs="%s %s %s" % (MIDS["ackA"], MIDS["updA2"], MIDS["irA2"])),
     text=urA5, cte="quoted-printable", key="urA5", mid="<CAHp3vQ0ExamDetails2019@mail.gmail.com>")

updA3 = """白石 様

AWSトレーニングと認定の高橋です。担当のMeiより本件を引き継ぎました。

お知らせいただいた登録番号をもとに、認定運用チームにて2019年11月の受験記録を確認できました。
現在、この記録をお客様のアカウントに紐付ける作業を進めております。反映までには最大で5営業日ほどかかる見込みです。

お客様側で必要な作業は現時点ではございません。完了しましたら改めてご連絡いたします。

高橋
AWS Training and Certification Customer Service
"""
w = D(2025, 3, 21, 11, 25)
emit(L("case_update", False, CASE_A),
     amazon_hdrs("gmail", w, ME_P, "RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM), irt=MIDS["urA5"],
                 refs="%s %s %s" % (MIDS["ackA"], MIDS["irA2"], MIDS["urA5"])),
     text=updA3, cte="quoted-printable", key="updA3", mid=mid("01010195b6e2c0d4-updA3"))

resA2 = """白石 様

高橋です。2019年11月の AWS Certified Cloud Practitioner の受験記録を、アカウント %s に紐付けました。
試験履歴のページでご確認いただけます。これにて本ケースは解決済みとさせていただきます。

今後、ほかにお困りのことがございましたら、お気軽にこのメールへご返信ください。

高橋
AWS Training and Certification Customer Service

--- 2025/03/19 15:40 AWS Training and Certification より:
> To find it they need the exam date (the month is enough), the exam code, the test centre or
> delivery method, and the name exactly as it appeared on your ID that day.
""" % ID_NEW
w = D(2025, 3, 24, 16, 8)
emit(L("resolved", False, CASE_A, [ID_NEW]),
     amazon_hdrs("gmail", w, ME_P, "RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM), irt=MIDS["updA3"],
                 refs="%s %s %s" % (MIDS["ackA"], MIDS["urA5"], MIDS["updA3"])),
     text=resA2, cte="base64", crlf=True, mid=mid("01010195c5aa9b10-resA2"))

phish_jp = """白石 拓海 様

いつもAWS認定をご利用いただきありがとうございます。

お客様のAWS認定アカウントの統合手続きにつきまして、最終確認が完了しておりません。
本日中に下記URLよりサインインし、本人確認を完了してください。
期限までに確認が取れない場合、保有されている認定資格はすべて無効となります。

https://aws-training-support.jp/account/verify

AWS認定 サポートセンター
"""
w = D(2025, 3, 24, 20, 47)
emit(L("suspicious"),
     amazon_hdrs("gmail", w, ME_P, "【重要】AWS認定アカウント統合の最終確認のお願い", charset="shift_jis",
                 frm=addr("AWS認定 サポートセンター", "info@aws-training-support.jp", "shift_jis"),
                 domain="aws-training-support.jp", mailfrom="info@aws-training-support.jp", dkim_ok=False, dmarc_ok=False),
     text=phish_jp, charset="shift_jis", cte="8bit")

# ---- console case C
consol_footer = """
Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services
======================================================================
This message was produced and distributed by Amazon Web Services, Inc. and affiliates, 410 Terry Ave. North, Seattle, WA 98109-5210.
Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To contact us regarding this case, use the link above.
"""
ackC = """Hello,

We have received your request and a support case has been created:

Case ID: %s
Subject: Exam voucher missing after certification account merge
Severity: General guidance
Correspondence: After my two AWS Certification accounts were merged (T&C case %s), the 50%% exam discount voucher that was on my old account no longer shows on the Benefits page.

Account: [AWS ID 538104926371]

To view or add correspondence to this case, visit:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en
""" % (CASE_C, CASE_A, CASE_C) + consol_footer
w = D(2025, 3, 25, 11, 41)
emit(L("acknowledgement", False, CASE_C),
     amazon_hdrs("gmail", w, ME_P, "Amazon Web Services: New Support case: %s" % CASE_C,
                 frm=addr("Amazon Web Services", CONSOLE), mailfrom="0100019583aa-case@amazonses.com"),
     text=ackC, cte="7bit", key="ackC", mid=mid("01000195cb11d2a0-ackC"))

irC_txt = """Hello,

My name is Daniel and I'll be assisting you with this case.

Certification benefits such as exam vouchers are managed by the AWS Training and Certification team rather than AWS Support, so I've opened an internal request with them. To let them restore the right voucher, two details from you would help:

1. Did the voucher on your old certification account come from a passed exam or from a recertification?
2. Was the voucher ever applied to an exam registration (even one that was later cancelled)?

Kindly add your answers to this case through the Support Center so they are kept with the case history:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Best regards,
Daniel S.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.
""" % CASE_C + consol_footer
irC_html = "<html><body><pre style='font-family:Arial'>%s</pre></body></html>" % irC_txt.replace("&", "&amp;").replace("<", "&lt;")
w = D(2025, 3, 25, 16, 3)
emit(L("info_request", True, CASE_C),
     amazon_hdrs("gmail", w, ME_P, "RE:[CASE %s] Exam voucher missing after certification account merge" % CASE_C,
                 frm=addr("Amazon Web Services", CONSOLE), mailfrom="0100019583aa-case@amazonses.com"),
     text=irC_txt, html=irC_html, cte="quoted-printable", key="irC", mid=mid("01000195cc22e3b1-irC"))

billJP = """アマゾン ウェブ サービスをご利用いただきありがとうございます。

2025年3月分の請求書を発行しました。

アカウント ID: 538104926371
ご請求金額: USD 16.08
お支払い方法: クレジットカード(末尾 4421)

請求の詳細は、請求とコスト管理コンソールでご確認いただけます。
https://console.aws.amazon.com/billing/home#/bills

このメールは送信専用アドレスから送信されています。

アマゾン ウェブ サービス ジャパン合同会社
"""
w = D(2025, 3, 26, 9, 2)
emit(L("unrelated"),
     amazon_hdrs("gmail", w, ME_P, "アマゾン ウェブ サービスの請求書が発行されました [アカウント: 538104926371]",
                 frm=addr("Amazon Web Services", "aws-billing@amazon.com"), mailfrom="bounce@aws-billing.amazon.com"),
     text=billJP, cte="base64")

clC = """Hello,

We haven't heard back from you regarding case %s, "Exam voucher missing after certification account merge".

If we don't receive a response in the next 3 days, the case will be resolved automatically. To keep it open, please respond in the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en
""" % (CASE_C, CASE_C) + consol_footer
w = D(2025, 3, 29, 16, 10)
emit(L("closing_notice", True, CASE_C),
     amazon_hdrs("gmail", w, ME_P, "RE:[CASE %s] Exam voucher missing after certification account merge" % CASE_C,
                 frm=addr("Amazon Web Services", CONSOLE), mailfrom="0100019583aa-case@amazonses.com"),
     text=clC, cte="7bit", crlf=True)

resC = """Hello,

Thank you for your answers in the Support Center.

The Training and Certification team has restored the 50%% exam discount voucher to your certification account. You'll find it under Benefits, with the original expiry date. I'm marking this case as resolved.

If the voucher doesn't appear, you can reopen this case from the Support Center within 14 days.

Best regards,
Daniel S.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.

To view this case, visit:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en
""" % CASE_C + consol_footer
w = D(2025, 4, 1, 10, 55)
emit(L("resolved", False, CASE_C),
     amazon_hdrs("gmail", w, ME_P, "RE:[CASE %s] Exam voucher missing after certification account merge" % CASE_C,
                 frm=addr("Amazon Web Services", CONSOLE), mailfrom="0100019583aa-case@amazonses.com"),
     text=resC, cte="quoted-printable")

survC = """AWS サポートをご利用いただきありがとうございました。

最近解決されたサポートケース (ケース ID: %s) について、アンケートへのご協力をお願いいたします。
所要時間は 2 分程度です。

アンケートに回答する: https://amazonwebservices.qualtrics.com/jfe/form/SV_support?case=%s

いただいたご意見は、サポート品質の向上に役立てさせていただきます。
このメールにご返信いただいても、お答えすることはできません。

アマゾン ウェブ サービス
""" % (CASE_C, CASE_C)
w = D(2025, 4, 2, 10, 0)
emit(L("survey", False, CASE_C),
     amazon_hdrs("gmail", w, ME_P, "AWS サポートに関するアンケートのお願い",
                 frm=addr("AWS Support", "aws-support-survey@amazon.com"), mailfrom="bounce@survey.amazon.com"),
     text=survC, cte="quoted-printable")

gh25 = """@takumi-shiraishi merged commit 4be21c9 into main.

Update awscli profile names after account migration (#12)

-- 
Reply to this email directly or view it on GitHub:
https://github.com/takumi-shiraishi/dotfiles/pull/12
"""
w = D(2025, 4, 3, 23, 12)
emit(L("unrelated"),
     amazon_hdrs("gmail", w, "takumi-shiraishi/dotfiles <dotfiles@noreply.github.com>",
                 "Re: [takumi-shiraishi/dotfiles] Update awscli profile names after account migration (PR #12)",
                 frm=addr("Takumi Shiraishi", "notifications@github.com"), domain="github.com", mailfrom="bounces@github.com"),
     text=gh25, cte="7bit")

ben25 = """Hello Takumi Shiraishi,

You have a certification benefit available in your AWS Certification account:

  50% discount on your next AWS Certification exam
  Expires: November 1, 2025

To use it, sign in to your AWS Certification account, open Benefits, and generate the voucher code before scheduling your exam.

AWS Certification
Do not reply to this message.
"""
w = D(2025, 4, 5, 6, 30)
emit(L("certification"),
     amazon_hdrs("gmail", w, ME_P, "Reminder: you have an unused AWS Certification benefit",
                 frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), domain="certmetrics.com",
                 mailfrom="bounce@mail.certmetrics.com"),
     text=ben25, cte="7bit")

# ---- case D (Japanese, Credly)
ackD = """白石 拓海 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。ケース %s を作成しました。

ケースの詳細は以下のとおりです。

ケース ID: %s
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: デジタルバッジ
AWS 候補 ID: %s
お問い合わせ内容:
  3月21日に合格した AWS Certified Solutions Architect - Professional のバッジが Credly に表示されません。

通常 24 時間以内にご回答いたします。
同じ内容で別のケースを作成されますと、ご回答が遅れる場合がございますのでご注意ください。

アマゾン ウェブ サービス
""" % (CASE_D, CASE_D, ID_NEW)
w = D(2025, 4, 8, 11, 45)
emit(L("acknowledgement", False, CASE_D, [ID_NEW]),
     amazon_hdrs("gmail", w, ME_P, "RE:[CASE %s] [AWS Training and Certification Form Submission] - digital-badge" % CASE_D,
                 charset="iso-2022-jp"),
     text=ackD, charset="iso-2022-jp", cte="7bit", key="ackD", mid=mid("01010196125b7a01-ackD"))

SUBJ_D = "RE:[CASE %s] [AWS Training and Certification Form Submission] - digital-badge" % CASE_D
irD = """白石様

お問い合わせありがとうございます。AWSトレーニングと認定の佐藤です。

SAP-C02 の合格記録はアカウント %s に正しく登録されており、バッジも発行済みであることを確認しました。
ただし、発行先として Credly 側に登録されているメールアドレスが当方の記録と一致していない可能性があります。

お手数ですが、Credly にサインインする際にお使いのメールアドレスを、このメールへの返信でお知らせください。

佐藤
""" % ID_NEW
w = D(2025, 4, 9, 10, 20)
emit(L("info_request", True, CASE_D, [ID_NEW]),
     amazon_hdrs("gmail", w, ME_P, SUBJ_D, irt=MIDS["ackD"], refs=MIDS["ackD"]),
     text=irD, cte="8bit", key="irD", mid=mid("0101019617aa0c02-irD"))

urD = """佐藤様

ご連絡ありがとうございます。
Credly には %s でサインインしています。
以前は会社のアドレス (%s) も登録していたかもしれません。

よろしくお願いいたします。
白石

2025年4月9日(水) 10:20 AWS Training and Certification <%s>:
%s
""" % (ME_P, ME_C, TC, quote(irD))
w = D(2025, 4, 9, 13, 2)
emit(L("user_reply", False, CASE_D),
     user_hdrs(w, addr(ME_NAME_JA, ME_P), TC, "Re: " + SUBJ_D, irt=MIDS["irD"],
               refs="%s %s" % (MIDS["ackD"], MIDS["irD"])),
     text=urD, cte="base64", key="urD", mid="<CAHp3vQ5CredlyAddr0409@mail.gmail.com>")

holdD = """白石様

佐藤です。ご回答ありがとうございました。

いただいた情報をもとに Credly のサポートチームへ調査を依頼しました。
現在、本ケースは Credly からの回答待ちとなっております。回答が届き次第、改めてご連絡いたします。

なお、現時点でお客様にご対応いただくことはございません。

佐藤
"""
w = D(2025, 4, 10, 17, 48)
emit(L("on_hold", False, CASE_D),
     amazon_hdrs("gmail", w, ME_P, SUBJ_D, irt=MIDS["urD"], refs="%s %s %s" % (MIDS["ackD"], MIDS["irD"], MIDS["urD"])),
     text=holdD, cte="quoted-printable", key="holdD", mid=mid("01010196221b0d03-holdD"))

irD2 = """白石様

佐藤です。Credly から回答がありました。

SAP-C02 のバッジは、Credly 上では旧アドレス %s に紐づいた別のプロフィールへ発行されていました。
このプロフィールは旧アドレスが受信できないため、Credly 側では統合ができない状態です。

つきましては、Credly の「アカウント設定」>「メールアドレス」で、%s を含むプロフィールに旧アドレスを追加し、確認メールを受け取れない場合はその旨を本メールにご返信いただけますでしょうか。
追加が完了した場合も、その旨お知らせいただけましたら、バッジの移行を依頼いたします。

佐藤
""" % (ME_C, ME_P)
w = D(2025, 4, 14, 15, 3)
emit(L("info_request", True, CASE_D),
     amazon_hdrs("gmail", w, ME_P, SUBJ_D, irt=MIDS["holdD"], refs="%s %s %s" % (MIDS["ackD"], MIDS["urD"], MIDS["holdD"])),
     parts=[("text/plain", "utf-8", "base64", irD2),
            ("text/html", "utf-8", "base64", "<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in irD2.strip().split("\n\n")) + "</body></html>")],
     key="irD2", mid=mid("010101963b7d1e04-irD2"))

urD2 = """佐藤様

旧アドレスはすでに廃止されているため、Credly で追加しようとしましたが確認メールを受け取れませんでした。
お手数ですが、バッジの移行をご依頼いただけますと助かります。

白石

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Monday, April 14, 2025 3:03 PM
Subject: %s

%s
""" % (TC, SUBJ_D, irD2.strip())
w = D(2025, 4, 14, 20, 31)
emit(L("user_reply", False, CASE_D),
     user_hdrs(w, addr(ME_NAME_JA, ME_P), TC, "RE: " + SUBJ_D, irt=MIDS["irD2"],
               refs="%s %s %s" % (MIDS["ackD"], MIDS["holdD"], MIDS["irD2"])),
     text=urD2, cte="quoted-printable", key="urD2", mid="<CAHp3vQ8CredlyNoMail0414@mail.gmail.com>")

resD = """白石様

佐藤です。Credly にてバッジの移行が完了し、AWS Certified Solutions Architect - Professional のバッジが
%s のプロフィールに表示されるようになりました。本ケースはこれにて解決とさせていただきます。

本件についてお客様からのご返信は不要です。
今後ご不明な点がございましたら、お気軽にお問い合わせください。

佐藤
AWS Training and Certification Customer Service
""" % ME_P
w = D(2025, 4, 17, 10, 15)
emit(L("resolved", False, CASE_D),
     amazon_hdrs("gmail", w, ME_P, SUBJ_D, irt=MIDS["urD2"], refs="%s %s %s" % (MIDS["ackD"], MIDS["irD2"], MIDS["urD2"])),
     text=resD, cte="8bit")

badge(D(2025, 4, 17, 10, 40), ME_P, "Takumi", "AWS Certified Solutions Architect - Professional",
      "c4b8d2e6-19fa-4e3b-8d71-2b9a6f0e5c13", subj="Your AWS Certified Solutions Architect - Professional badge is ready to accept")

signin = """Hello,

A new sign-in to your AWS Builder ID was detected.

When: April 18, 2025, 08:14 JST
Device: Chrome on macOS
Location: Tokyo, Japan

If this was you, no action is needed. If you don't recognize this activity, reset your password at
https://profile.aws.amazon.com/ immediately.

Amazon Web Services
"""
w = D(2025, 4, 18, 8, 15)
emit(L("unrelated"),
     amazon_hdrs("gmail", w, ME_P, "New sign-in to your AWS Builder ID",
                 frm=addr("AWS Builder ID", "no-reply@login.awsapps.com"), domain="awsapps.com", mailfrom="bounce@login.awsapps.com"),
     text=signin, cte="7bit")

print("wrote %d messages to %s" % (n, OUT))
