#!/usr/bin/env python3
"""Generate the blind held-out corpus (blind-68) into this script's directory.

Standard library only. Writes NNN-slug.eml and NNN-slug.json for every message.
"""
import base64
import hashlib
import html
import json
import os
import quopri
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))

ME_P = "haruka.ishida.jp@gmail.com"
ME_C = "h.ishida@northwind-sys.co.jp"
ME_NAME_EN = "Haruka Ishida"
ME_NAME_JA = "石田 遥"
FORM = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"

C1 = "174380512600418"   # main merge case, 15 digits
C2 = "174380988100073"   # duplicate form submission, 15 digits
C3 = "17621408853"       # console case, 11 digits
C4 = "9182736450"        # same-address duplicate accounts, 10 digits (reopened)
C5 = "174772503100552"   # partner-central SSO account, 15 digits

SUBJ_FORM = "[AWS Training and Certification Form Submission] - account-assistance"
SUBJ_C3 = "50% exam discount benefit not showing in my certification account"
CONSOLE_LINK = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en"

JST = timezone(timedelta(hours=9))
UTC = timezone.utc

MIDS = {}


def mid(key, domain):
    h = hashlib.sha1(key.encode()).hexdigest()
    if domain == "ses":
        v = "<0100019%s-%s-%s-000000@email.amazonses.com>" % (h[:9], h[9:13], h[13:25])
    elif domain == "gmail":
        v = "<CAK%s%s@mail.gmail.com>" % (h[:20], h[20:34].upper())
    elif domain == "outlook":
        v = "<TYCP286MB%s%s@TYCP286MB%s.JPNP286.PROD.OUTLOOK.COM>" % (h[:4].upper(), h[4:20].upper(), h[20:24].upper())
    else:
        v = "<%s.%s@%s>" % (h[:16], h[16:24], domain)
    MIDS[key] = v
    return v


def d(y, mo, day, hh, mm, tz=JST):
    return format_datetime(datetime(y, mo, day, hh, mm, 7 + (day * 3) % 50, tzinfo=tz))


def gauth(eol, domain, mailfrom=None, dkim=None, ok=True, spf_ok=None, dkim_ok=None, dmarc_ok=None, ip="54.240.27.14"):
    mailfrom = mailfrom or ("bounce@" + domain)
    dkim = dkim or domain
    spf_ok = ok if spf_ok is None else spf_ok
    dkim_ok = ok if dkim_ok is None else dkim_ok
    dmarc_ok = ok if dmarc_ok is None else dmarc_ok
    parts = [
        "mx.google.com;",
        "       dkim=%s header.i=@%s header.s=%s header.b=%s;" % (
            "pass" if dkim_ok else "fail", dkim, "ug7nbtf4gccmlpwj322ax3p6ow6yfsug" if "amazon" in dkim else "s1",
            hashlib.md5(mailfrom.encode()).hexdigest()[:8]),
        "       spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s;" % (
            "pass" if spf_ok else "fail", mailfrom, "designates" if spf_ok else "does not designate", ip, mailfrom),
        "       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (
            "pass" if dmarc_ok else "fail", "QUARANTINE" if "amazon" in domain else "NONE",
            "QUARANTINE" if "amazon" in domain else "NONE",
            "NONE" if dmarc_ok else "QUARANTINE", domain),
    ]
    return ("Authentication-Results", eol.join(parts))


def msauth(domain, ok=True, ip="54.240.8.77", mailfrom=None):
    mailfrom = mailfrom or "amazonses.com"
    if ok:
        v = ("spf=pass (sender IP is %s) smtp.mailfrom=%s; dkim=pass (signature was verified) "
             "header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass reason=100") % (ip, mailfrom, domain, domain)
    else:
        v = ("spf=fail (sender IP is %s) smtp.mailfrom=%s; dkim=fail (body hash did not verify) "
             "header.d=%s;dmarc=fail action=quarantine header.from=%s;compauth=fail reason=000") % (ip, mailfrom, domain, domain)
    return ("Authentication-Results", v)


def enc_body(text, charset, cte):
    raw = text.encode(charset)
    if cte == "base64":
        b = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        b = quopri.encodestring(raw)
    else:
        b = raw
    if not b.endswith(b"\n"):
        b += b"\n"
    return b


def hdr(v, charset):
    try:
        v.encode("ascii")
        return v
    except UnicodeEncodeError:
        return Header(v, charset).encode()


def addr(name, a, charset="utf-8"):
    if not name:
        return a
    return formataddr((name, a), charset)


def build(headers, parts, eol="\n", charset_hdr="utf-8"):
    """parts: list of (subtype, text, charset, cte). One part -> single part; two -> multipart/alternative."""
    lines = []
    for k, v in headers:
        if v is None:
            continue
        lines.append(("%s: %s" % (k, v)).encode("ascii"))
    lines.append(b"MIME-Version: 1.0")
    body = b""
    if len(parts) == 1:
        st, text, cs, cte = parts[0]
        lines.append(('Content-Type: text/%s; charset="%s"' % (st, cs)).encode())
        lines.append(("Content-Transfer-Encoding: %s" % cte).encode())
        body = enc_body(text, cs, cte)
    else:
        bnd = "----=_Part_%s" % hashlib.md5(repr(headers).encode()).hexdigest()[:20]
        lines.append(('Content-Type: multipart/alternative; boundary="%s"' % bnd).encode())
        chunks = [b""]
        for st, text, cs, cte in parts:
            chunks.append(("--%s" % bnd).encode())
            chunks.append(('Content-Type: text/%s; charset="%s"' % (st, cs)).encode())
            chunks.append(("Content-Transfer-Encoding: %s" % cte).encode())
            chunks.append(b"")
            chunks.append(enc_body(text, cs, cte).rstrip(b"\n"))
        chunks.append(("--%s--" % bnd).encode())
        body = b"\n".join(chunks) + b"\n"
    data = b"\n".join(lines) + b"\n\n" + body
    data = data.replace(b"\r\n", b"\n")
    if eol == "\r\n":
        data = data.replace(b"\n", b"\r\n")
    return data


def to_html(text, extra_style=""):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<p>%s</p>" % html.escape(p).replace("\n", "<br>\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:Arial,sans-serif;font-size:14px%s">\n%s\n</body></html>\n') % (extra_style, "\n".join(out))


def gq(text):
    """Gmail-style '>' quoting."""
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


MESSAGES = []


def add(slug, kind, needs, case, cands, headers, parts, eol="\n", note=""):
    MESSAGES.append(dict(slug=slug, label={"kind": kind, "needs_reply": needs, "case": case, "candidate_ids": cands},
                         headers=headers, parts=parts, eol=eol, note=note))


def form_subject(case, re="RE:[CASE "):
    return "%s%s] %s" % (re, case, SUBJ_FORM)


def aws_in(eol, key, frm, to, subj, date, extra=(), display="", company=False, charset="utf-8", ok=True, dom="amazon.com"):
    """Headers for an inbound mail from an amazon.com address."""
    h = [("Return-Path", "<0100019%s@email.amazonses.com>" % hashlib.md5(key.encode()).hexdigest()[:12])]
    if company:
        h.append(msauth(dom, ok))
    else:
        h.append(gauth(eol, dom, mailfrom="0100019%s@email.amazonses.com" % hashlib.md5(key.encode()).hexdigest()[:12],
                       dkim=dom, ok=ok))
    h += [("From", addr(display, frm, charset) if display else frm), ("To", to), ("Subject", hdr(subj, charset)),
          ("Date", date), ("Message-ID", mid(key, "ses"))]
    h += list(extra)
    return h


def refs(*keys):
    keys = [k for k in keys if k]
    return [("In-Reply-To", MIDS[keys[-1]]), ("References", " ".join(MIDS[k] for k in keys))]


# ---------------------------------------------------------------------------
# texts reused in quotes
T_C1_CLOSE = """Hello,

We are following up on case %s. On April 5 we asked for the candidate IDs of the accounts you would like combined, and we have not received a reply yet.

If we do not hear from you within the next 72 hours, this case will be closed automatically. Replying to this email with the requested details will keep it open.

Regards,
AWS Training and Certification Customer Support""" % C1

T_C1_HOLD = """Hello Haruka,

Thank you for the candidate IDs.

While reviewing the accounts I found that AWS01592047 is associated with an AWS Partner Network (APN) organization (Northwind Systems Co., Ltd.). Certification accounts linked to an APN partner count toward that partner's certified-individual totals, so we are not able to move them while the holder is still employed by the partner. I have put the merge on hold for now, and I am writing to the address registered on that account.

Are you leaving Northwind Systems, and if so, what is your last working day? Once I know that, I can ask our partner team to get the account released.

Best regards,
Daniel K.
AWS Training and Certification"""

T_C1_RELEASED = """Hi Haruka,

Good news: our partner team heard back from Northwind Systems, and AWS01592047 has been released from the partner organization, so the merge is no longer on hold.

There is one thing left before I hand this over to the merge team. The account you want to keep is registered to haruka.ishida.jp@gmail.com, and we only take merge instructions from the email address of the account that will remain. This message is going to your Northwind address, so we need you to write to us from haruka.ishida.jp@gmail.com, and we will carry on from there.

Thanks,
Daniel K.
AWS Training and Certification"""

T_C1_CONFIRM_TXT = """Hello Haruka,

Thanks for writing in from your personal address. I'm Mei from the account merge team and I'll take it from here.

I found these two certification accounts:

Account #1
Candidate ID: AWS03817264
Login email: haruka.ishida.jp@gmail.com
Training notification email: haruka.ishida.jp@gmail.com
Certification notification email: haruka.ishida.jp@gmail.com

Account #2
Candidate ID: AWS01592047
Login email: h.ishida@northwind-sys.co.jp
Training notification email: h.ishida@northwind-sys.co.jp
Certification notification email: h.ishida@northwind-sys.co.jp

When they are merged, Account #2 is closed and its exam history, certifications and benefits move to Account #1.

Is Account #1 the one you'd like to keep?

Best,
Mei L.
AWS Training and Certification Customer Support"""

T_C4_CONFIRM = """石田 遥 様

いつもAWSトレーニングと認定をご利用いただき、誠にありがとうございます。
カスタマーサポートの佐藤でございます。

お問い合わせいただいた件につきまして、同一のメールアドレス（haruka.ishida.jp@gmail.com）で登録されている以下2つの認定アカウントを確認いたしました。

アカウント#1
　候補ID：AWS03817264
　ログインメール：haruka.ishida.jp@gmail.com
　トレーニング通知メール：haruka.ishida.jp@gmail.com
　認定通知メール：haruka.ishida.jp@gmail.com

アカウント#2
　候補ID：AWS07730521
　ログインメール：haruka.ishida.jp@gmail.com
　トレーニング通知メール：haruka.ishida.jp@gmail.com
　認定通知メール：（未設定）

統合後はアカウント#2が無効となり、試験履歴および認定資格はすべてアカウント#1に移行されます。
アカウント#1を統合先として処理を進めてよろしいか、ご確認いただけますでしょうか。

何卒よろしくお願いいたします。

佐藤
AWSトレーニングと認定 カスタマーサポート"""

T_C4_CLOSE = """石田様

AWSトレーニングと認定です。
4月23日にお送りしたアカウント統合の確認について、まだご返信をいただいておりません。

3営業日以内にご返信がない場合、本ケースはクローズとなります。
引き続き対応をご希望の場合は、このメールに返信してください。

AWSトレーニングと認定 カスタマーサポート"""

T_C5_INFO = """Hello Haruka,

Thank you for your request. I looked up the account you described and found this profile:

Candidate ID: AWS05518830
Sign-in method: AWS Partner Central (single sign-on)
Login email: (none on file)
Partner organization: Northwind Systems Co., Ltd.
Certifications: none
Exam history: 1 exam (AWS Certified AI Practitioner, 2024)

Because this profile was created through Partner Central single sign-on, there is no login email on it that we can match to you. We need the email address you used for Partner Central at the time, and roughly when you first signed in through it.

Kind regards,
Kenji
AWS Training and Certification Customer Support"""

T_C5_HOLD = """石田 様

ご回答いただきありがとうございます。

確認いたしましたところ、候補ID AWS05518830 のアカウントは、APNパートナーである Northwind Systems 株式会社の Partner Central と現在も連携されております。このため、パートナー側での連携解除が完了するまで、本件の統合作業を一時保留とさせていただきます。連携解除の依頼は弊社からパートナー担当チームへ行っております。

なお、念のため、同社をすでに退職されているかどうか、退職日とあわせてお知らせいただけますでしょうか。

お手数をおかけいたしますが、どうぞよろしくお願いいたします。

田中
AWSトレーニングと認定 カスタマーサポート"""

CONSOLE_FOOTER = """We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.

Please note: this e-mail was sent from an address that cannot accept incoming e-mails."""


# ---------------------------------------------------------------------------
def build_all():
    L = "\n"
    CR = "\r\n"

    # 001 billing with 12-digit account id, from the console sender
    eol = L
    add("billing-statement", "unrelated", False, None, [],
        [gauth(eol, "amazon.com", mailfrom="bounce@billing.aws.amazon.com"),
         ("From", "Amazon Web Services <no-reply-aws@amazon.com>"), ("To", ME_P),
         ("Subject", "AWS Notification - Your billing statement for March 2025 is available"),
         ("Date", d(2025, 4, 1, 9, 14, UTC)), ("Message-ID", mid("m001", "ses"))],
        [("plain", """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site.

Account ID: 482193650017
Statement period: March 1 - March 31, 2025
Total: USD 3.41

You can view the details of this statement, including your invoice, in the Billing and Cost Management console:
https://console.aws.amazon.com/billing/home#/bills

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.

Sincerely,
Amazon Web Services
""", "utf-8", "7bit")], eol,
        "same sender as console cases; 12-digit account ID is not a case number")

    # 002 builder id code, JP, ISO-2022-JP
    eol = L
    add("builder-code-ja", "unrelated", False, None, [],
        [gauth(eol, "signin.aws", mailfrom="bounce@signin.aws"),
         ("From", "AWS <no-reply@signin.aws>"), ("To", ME_P),
         ("Subject", hdr("AWS Builder ID のメールアドレスを確認してください", "iso-2022-jp")),
         ("Date", d(2025, 4, 2, 21, 3)), ("Message-ID", mid("m002", "signin.aws"))],
        [("plain", """AWS Builder ID へのご登録ありがとうございます。

以下の確認コードを入力して、メールアドレスの確認を完了してください。

確認コード: 583920

このコードの有効期限は 30 分です。このリクエストに心当たりがない場合は、このメールを無視してください。

Amazon Web Services
""", "iso-2022-jp", "7bit")], eol,
        "6-digit code; imperative 'enter the code' but not support; ISO-2022-JP")

    # 003 GitHub merged
    eol = L
    add("github-pr", "unrelated", False, None, [],
        [gauth(eol, "github.com", mailfrom="noreply@github.com"),
         ("From", "Kaito Mizuno <notifications@github.com>"), ("To", "haruka-ishida/aws-cert-notes <aws-cert-notes@noreply.github.com>"),
         ("Cc", "Haruka Ishida <%s>, Mention <mention@noreply.github.com>" % ME_P),
         ("Subject", "Re: [haruka-ishida/aws-cert-notes] Merge account-migration checklist into main (PR #41)"),
         ("Date", d(2025, 4, 3, 13, 40, UTC)), ("Message-ID", "<haruka-ishida/aws-cert-notes/pull/41/issue_event/17388201934@github.com>"),
         ("In-Reply-To", "<haruka-ishida/aws-cert-notes/pull/41@github.com>"),
         ("References", "<haruka-ishida/aws-cert-notes/pull/41@github.com>")],
        [("plain", """Merged #41 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/haruka-ishida/aws-cert-notes/pull/41#event-17388201934
You are receiving this because you were mentioned.
""", "utf-8", "7bit")], eol,
        "'Merged' + 'account-migration' + 'Reply to this email'")

    # 004 ack case 1
    eol = L
    add("form-case-opened", "acknowledgement", False, C1, [],
        aws_in(eol, "m004", FORM, ME_P, form_subject(C1), d(2025, 4, 4, 9, 12)),
        [("plain", """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your request. The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: Inquiry type: Certification
Additional details: Account Merge
Use case: I am leaving Northwind Systems at the end of this month and would like to merge my company certification account into my personal one.
All email addresses I may have used: h.ishida@northwind-sys.co.jp, haruka.ishida.jp@gmail.com
Email address to keep on file: haruka.ishida.jp@gmail.com

We will respond to your request as soon as possible, usually within 24 hours. If you have already raised a case, please do not open another one for the same request, as duplicate cases can delay our response.

If you have any additional information to add, simply reply to this email.

Sincerely,
Amazon Web Services
""" % (C1, C1, SUBJ_FORM), "utf-8", "7bit")], eol,
        "'please do not open another case' + conditional 'reply to this email'")

    # 005 ack case 2 (duplicate), Japanese, base64
    eol = L
    add("form-case-opened-ja", "acknowledgement", False, C2, [],
        aws_in(eol, "m005", FORM, ME_P, form_subject(C2, "RE: [CASE "), d(2025, 4, 4, 9, 27)),
        [("plain", """こんにちは。

アマゾン ウェブ サービスにお問い合わせいただきありがとうございます。お客様のリクエストに対応するため、ケース %s を作成しました。ケースの詳細は以下のとおりです。

ケース ID: %s
件名: %s
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
お問い合わせ内容: 退職に伴い、会社のメールアドレスで作成した認定アカウントを個人のアカウントへ統合したいです。

通常24時間以内にご回答いたしますが、最善の解決策をご案内するため、さらにお時間を頂戴する場合がございます。すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。

追加の情報がございましたら、このメールにご返信ください。

よろしくお願いいたします。
アマゾン ウェブ サービス
""" % (C2, C2, SUBJ_FORM), "utf-8", "base64")], eol,
        "second form submission 15 min later = duplicate case; JP base64; 〜がございましたら返信")

    # 006 Pearson VUE confirmation, 9-digit registration ID
    eol = CR
    add("exam-appointment", "unrelated", False, None, [],
        [gauth(eol, "pearsonvue.com", mailfrom="bounce@pearsonvue.com"),
         ("From", "Pearson VUE <noreply@pearsonvue.com>"), ("To", ME_P),
         ("Subject", "Confirmation of your AWS Certified Security - Specialty exam appointment"),
         ("Date", d(2025, 4, 4, 11, 2, UTC)), ("Message-ID", mid("m006", "pearsonvue.com"))],
        [("plain", """Dear Haruka Ishida,

Thank you for scheduling your exam with Pearson VUE.

Exam: SCS-C02 AWS Certified Security - Specialty
Registration ID: 468203917
Date and time: Saturday, May 17, 2025 10:00 JST
Location: OnVUE online proctored

Please review the details above carefully. If anything is incorrect, or if you need to reschedule, sign in to your Pearson VUE account at least 24 hours before your appointment.

Please do not reply to this email; this mailbox is not monitored.

Pearson VUE
""", "utf-8", "quoted-printable")], eol,
        "9-digit registration ID; 'please review... if incorrect'; CRLF")

    # 007 case_update case 2: linked as duplicate
    eol = L
    add("duplicate-linked", "case_update", False, C2, [],
        aws_in(eol, "m007", FORM, ME_P, form_subject(C2), d(2025, 4, 4, 15, 40)),
        [("plain", """Hi Haruka,

It looks like this request came through twice - case %s was opened about fifteen minutes before this one, with the same details. So that two agents don't end up working on the same accounts, I've linked this case to %s and all further work will happen there.

No action is needed from you on this case.

Best,
Tomás R.
AWS Training and Certification Customer Support
""" % (C1, C1), "utf-8", "quoted-printable")], eol,
        "mentions the other case number in body; subject case is C2; 'no action needed'")

    # 008 case_update case 1: high volume
    eol = L
    add("queue-notice", "case_update", False, C1, [],
        aws_in(eol, "m008", FORM, ME_P, form_subject(C1), d(2025, 4, 5, 8, 31)),
        [("plain", """Hello,

We wanted to let you know that we are currently receiving a higher than usual volume of account merge requests. Your case %s is in our queue and an agent will pick it up shortly, but our reply may take longer than the usual 24 hours.

Thank you for your patience.

AWS Training and Certification
""" % C1, "utf-8", "7bit")], eol,
        "progress news only, short")

    # 009 info request case 1: candidate IDs, buried, multipart
    eol = L
    t = """Hello Haruka,

Thank you for reaching out to AWS Training and Certification, and I'm sorry you have to deal with moving your records right before leaving Northwind Systems. I'm happy to help.

When two certification accounts are combined, all exam history, active certifications, digital badges and unused benefits (such as exam discount vouchers) on the account being merged are moved to the account you keep. The merged account is then deactivated and can no longer be used to sign in, so it's worth downloading any certificates you want a copy of beforehand.

I searched our system with the two addresses you gave. There is one profile under h.ishida@northwind-sys.co.jp, but the search on haruka.ishida.jp@gmail.com returns more than one record, and I don't want to merge the wrong one. The candidate ID of each account you want combined is what I'll need to go ahead - it's shown in the top right corner of the certification portal once you're signed in (the word AWS followed by eight digits).

Kind regards,
Priya S.
AWS Training and Certification Customer Support
"""
    add("agent-first-reply", "info_request", True, C1, [],
        aws_in(eol, "m009", FORM, ME_P, form_subject(C1), d(2025, 4, 5, 14, 5)),
        [("plain", t, "utf-8", "quoted-printable"), ("html", to_html(t), "utf-8", "quoted-printable")], eol,
        "ask is a statement ('is what I'll need') after two paragraphs of explanation, no 'please'")

    # 010 marketing JP
    eol = L
    t = """AWS Summit Japan 2025 参加登録受付中

石田 遥 様

今年も AWS Summit Japan を開催いたします。基調講演、150 を超えるセッション、AWS 認定者ラウンジなど、盛りだくさんの内容でお届けします。

座席には限りがございますので、お早めにご登録ください。

▼ ご登録はこちら
https://aws.amazon.com/jp/summits/japan/

AWS 認定をお持ちの方は、当日「認定者ラウンジ」をご利用いただけます。認定アカウントに登録されているメールアドレスでご登録ください。

配信停止をご希望の場合は、こちらから手続きしてください。
アマゾン ウェブ サービス ジャパン合同会社
"""
    add("summit-invite-ja", "unrelated", False, None, [],
        [gauth(eol, "amazon.com", mailfrom="bounce@marketing.aws.amazon.com"),
         ("From", addr("AWS ジャパン", "aws-marketing-email-replies@amazon.com")), ("To", ME_P),
         ("Subject", hdr("【参加登録受付中】AWS Summit Japan 2025 – お早めにご登録ください", "utf-8")),
         ("Date", d(2025, 4, 5, 18, 0)), ("Message-ID", mid("m010", "marketing.aws.amazon.com"))],
        [("plain", t, "utf-8", "quoted-printable"), ("html", to_html(t), "utf-8", "quoted-printable")], eol,
        "genuine AWS marketing, mentions 認定アカウント, imperatives")

    # 011 phishing lookalike
    eol = L
    t = """Dear AWS Certified Professional,

We received a request to merge the AWS Certification accounts associated with this email address.

To protect your certifications, our records must be verified before the merge can continue. Please confirm your candidate profile and sign-in details within 48 hours using the secure form below. Accounts that are not verified will be suspended and all active certifications revoked.

Verify now: https://aws-trainingcertification.com/merge/verify?u=haruka.ishida.jp

Thank you,
AWS Training & Certification Account Team
"""
    add("merge-verification-alert", "suspicious", False, None, [],
        [gauth(eol, "aws-trainingcertification.com", mailfrom="case-support@aws-trainingcertification.com", ip="185.244.25.31"),
         ("From", "AWS Training & Certification <case-support@aws-trainingcertification.com>"), ("To", ME_P),
         ("Subject", "Action required: verify your certification account merge"),
         ("Date", d(2025, 4, 6, 2, 17, UTC)), ("Message-ID", mid("m011", "aws-trainingcertification.com"))],
        [("html", to_html(t), "utf-8", "quoted-printable")], eol,
        "lookalike domain with passing DKIM/DMARC for itself; asks to confirm merge")

    # 012 Jira
    eol = CR
    add("jira-ticket", "unrelated", False, None, [],
        [msauth("northwind.atlassian.net", mailfrom="bounce.atlassian.net", ip="18.234.32.150"),
         ("From", "Ryo Takeda (Jira) <jira@northwind.atlassian.net>"), ("To", ME_C),
         ("Subject", "[JIRA] (INFRA-2281) Hand over CloudWatch alarm ownership before your last day"),
         ("Date", d(2025, 4, 7, 10, 22)), ("Message-ID", mid("m012", "Atlassian.JIRA"))],
        [("plain", """Ryo Takeda commented on INFRA-2281
Re: Hand over CloudWatch alarm ownership before your last day

Haruka, can you confirm which alarms still page your address? We need to move them before the account is closed on 4/30.

Reply to this email to add a comment.
""", "utf-8", "7bit")], eol,
        "request by reply, 'confirm', 'account closed' - but Jira, company mailbox")

    # 013 closing notice case 1
    eol = L
    add("follow-up-pending", "closing_notice", True, C1, [],
        aws_in(eol, "m013", FORM, ME_P, form_subject(C1), d(2025, 4, 8, 10, 2)),
        [("plain", T_C1_CLOSE + "\n", "utf-8", "7bit")], eol,
        "72-hour closure warning; reply keeps it open")

    # 014 user reply with candidate IDs, gmail style, cc manager
    eol = L
    t = """Hello,

Sorry for the late reply. Here are the candidate IDs:

- personal account (haruka.ishida.jp@gmail.com): AWS03817264
- company account (h.ishida@northwind-sys.co.jp): AWS01592047

I'd like to keep the personal one. I've copied my manager so he's aware.

Thanks,
Haruka Ishida

On Tue, Apr 8, 2025 at 10:02 AM <aws-cs-trainingcertification-form@amazon.com> wrote:

""" + gq(T_C1_CLOSE) + "\n"
    add("re-ids", "user_reply", False, C1, ["AWS03817264", "AWS01592047"],
        [("From", "Haruka Ishida <%s>" % ME_P), ("To", FORM), ("Cc", "Kenichi Yamamoto <k.yamamoto@northwind-sys.co.jp>"),
         ("Subject", form_subject(C1)), ("Date", d(2025, 4, 8, 22, 41)), ("Message-ID", mid("m014", "gmail"))]
        + refs("m004", "m009", "m013"),
        [("plain", t, "utf-8", "quoted-printable"), ("html", to_html(t), "utf-8", "quoted-printable")], eol,
        "the person's own reply with two candidate IDs; quoted closing notice below")

    # 015 out-of-office from manager, quoting case subject
    eol = CR
    add("auto-reply-ja", "unrelated", False, None, [],
        [gauth(eol, "northwind-sys.co.jp", mailfrom="k.yamamoto@northwind-sys.co.jp", ip="40.107.74.51"),
         ("From", addr("山本 健一", "k.yamamoto@northwind-sys.co.jp")), ("To", ME_P),
         ("Subject", hdr("自動応答: " + form_subject(C1), "utf-8")),
         ("Date", d(2025, 4, 8, 22, 41)), ("Message-ID", mid("m015", "outlook")),
         ("In-Reply-To", MIDS["m014"]), ("Auto-Submitted", "auto-replied"),
         ("X-MS-Exchange-Inbox-Rules-Loop", "k.yamamoto@northwind-sys.co.jp")],
        [("plain", """4月14日（月）まで海外出張のため不在にしております。
メールの確認が遅れますので、お急ぎの場合は tanaka.m@northwind-sys.co.jp までご連絡ください。

I am out of the office until April 14 with limited access to email.

山本 健一 / Kenichi Yamamoto
""", "utf-8", "base64")], eol,
        "auto-reply whose subject carries the case token; belongs to no case")

    # 016 on hold case 1 with ask, to company address
    eol = CR
    add("partner-account-check", "on_hold", True, C1, ["AWS01592047"],
        aws_in(eol, "m016", FORM, ME_C, form_subject(C1), d(2025, 4, 9, 11, 48), refs("m014"), company=True),
        [("plain", T_C1_HOLD + "\n", "utf-8", "quoted-printable")], eol,
        "APN hold + bare question; sent to the company address")

    # 017 user reply from company, Outlook style
    eol = CR
    t = """Hi Daniel,

Yes, I am leaving Northwind Systems. My last working day is April 30, 2025, and this mailbox will be closed after that, so I would be grateful if the merge could be completed before then.

Best regards,
Haruka Ishida
Northwind Systems Co., Ltd. | Cloud Integration Dept.

-----Original Message-----
From: aws-cs-trainingcertification-form@amazon.com <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, April 9, 2025 11:48 AM
To: Ishida Haruka <h.ishida@northwind-sys.co.jp>
Subject: %s

%s
""" % (form_subject(C1), T_C1_HOLD)
    add("re-last-day", "user_reply", False, C1, [],
        [("From", "Ishida Haruka <%s>" % ME_C), ("To", FORM), ("Subject", form_subject(C1, "RE: RE:[CASE ")),
         ("Date", d(2025, 4, 9, 13, 5)), ("Message-ID", mid("m017", "outlook")),
         ("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AduZ3kQ1mJm8aXhTQ2e0T1s1n6mQ8w==")]
        + refs("m014", "m016"),
        [("plain", t, "utf-8", "quoted-printable")], eol,
        "reply from the old company address; Outlook quote with no '>' markers contains the old ask and a candidate ID")

    # 018 on hold, no ask
    eol = CR
    add("partner-team-contacted", "on_hold", False, C1, [],
        aws_in(eol, "m018", FORM, ME_C, form_subject(C1), d(2025, 4, 10, 9, 20), refs("m016", "m017"), company=True),
        [("plain", """Hi Haruka,

Thanks for confirming. I have passed your last working day on to our partner team, who will contact the partner administrator at Northwind Systems to have the account released. This usually takes between 3 and 5 business days, and the merge stays on hold until then. I'll get back to you as soon as I hear from them.

If anything changes on your side in the meantime, feel free to reply here.

Daniel K.
AWS Training and Certification
""", "utf-8", "7bit")], eol,
        "on hold waiting on partner; conditional invitation only")

    # 019 HR JP Shift_JIS
    eol = CR
    add("hr-offboarding-ja", "unrelated", False, None, [],
        [msauth("northwind-sys.co.jp", mailfrom="northwind-sys.co.jp", ip="40.107.74.60"),
         ("From", addr("総務部", "soumu@northwind-sys.co.jp", "shift_jis")), ("To", ME_C),
         ("Subject", hdr("【要返信】退職手続きに関するご案内", "shift_jis")),
         ("Date", d(2025, 4, 10, 15, 30)), ("Message-ID", mid("m019", "outlook"))],
        [("plain", """石田 遥 様

総務部です。退職日（4月30日）に向けた手続きについてご案内いたします。

・貸与PC、社員証、入館カードの返却（最終出社日まで）
・社用アカウント（メール、Slack、AWS IAM）は4月30日 18:00 に停止されます
・外部サービスに会社のメールアドレスを登録している場合は、停止前に変更してください

返却物の受け渡し日時について、4月18日までに本メールへご返信ください。

総務部 人事課
""", "shift_jis", "8bit")], eol,
        "explicit 'reply by' request but from HR, not support; Shift_JIS 8bit")

    # 020 Skill Builder receipt
    eol = L
    add("skill-builder-receipt", "unrelated", False, None, [],
        [gauth(eol, "aws.training", mailfrom="bounce@aws.training"),
         ("From", "AWS Skill Builder <no-reply@aws.training>"), ("To", ME_P),
         ("Subject", "Your AWS Skill Builder receipt"),
         ("Date", d(2025, 4, 11, 0, 12, UTC)), ("Message-ID", mid("m020", "aws.training"))],
        [("plain", """Thank you for your purchase.

Order ID: 114288423106
Item: AWS Skill Builder Individual subscription (monthly)
Amount: USD 29.00
Billed to: haruka.ishida.jp@gmail.com

Your subscription renews automatically each month. You can cancel at any time from your account settings.

If you have questions about this order, contact AWS Training and Certification support.

AWS Training and Certification
""", "utf-8", "7bit")], eol,
        "AWS training sender, 12-digit order ID, 'contact support'")

    # 021 console ack case 3
    eol = L
    add("console-case-created", "acknowledgement", False, C3, [],
        [gauth(eol, "amazon.com", mailfrom="bounce@support.aws.amazon.com"),
         ("From", "Amazon Web Services <no-reply-aws@amazon.com>"), ("To", ME_P),
         ("Subject", "Amazon Web Services: New Support case: %s" % C3),
         ("Date", d(2025, 4, 11, 8, 55, UTC)), ("Message-ID", mid("m021", "ses"))],
        [("plain", """Dear AWS customer,

Thank you for contacting AWS Support. A new support case has been created with the following details:

Case ID: %s
Subject: %s
Severity: General guidance
AWS account: 482193650017
Service: Training and Certification

To view or update this case, sign in to the AWS Support Center:
%s

Please note: this e-mail was sent from an address that cannot accept incoming e-mails. To add information to your case, use the link above.

Amazon Web Services
""" % (C3, SUBJ_C3, CONSOLE_LINK % C3), "utf-8", "7bit")], eol,
        "console ack; 12-digit account ID next to 11-digit case ID")

    # 022 console info request, HTML only
    eol = L
    h = """<html><body style="font-family:Arial,sans-serif">
<p>Hello,</p>
<p>My name is Aisha and I'm with the AWS Training and Certification team. Thank you for your patience while we looked into this.</p>
<p>The certification account linked to this AWS account's root email has no 50%% exam discount benefit on it. Benefits are issued to the certification profile that passed the exam, so the voucher is most likely sitting on a different profile.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Exam passed</th><td>AWS Certified Developer - Associate (DVA-C02)</td></tr>
<tr><th>Benefit expected</th><td>50%% discount on next exam</td></tr>
<tr><th>Benefit found on this profile</th><td>none</td></tr>
</table>
<p>Which email address were you signed in with when you passed that exam in 2024?</p>
<p>Replies to this email are not received. Please respond by opening the case in the Support Center:
<a href="%s">View case %s</a></p>
<p>Best regards,<br>Aisha M.<br>Amazon Web Services</p>
<hr>
%s
</body></html>
""" % (html.escape(CONSOLE_LINK % C3), C3, to_html(CONSOLE_FOOTER).split("<body", 1)[1].split(">", 1)[1].rsplit("</body>", 1)[0])
    add("console-correspondence", "info_request", True, C3, [],
        [gauth(eol, "amazon.com", mailfrom="bounce@support.aws.amazon.com"),
         ("From", "Amazon Web Services <no-reply-aws@amazon.com>"), ("To", ME_P),
         ("Subject", "RE:[CASE %s] %s" % (C3, SUBJ_C3)),
         ("Date", d(2025, 4, 12, 3, 10, UTC)), ("Message-ID", mid("m022", "ses"))],
        [("html", h, "utf-8", "quoted-printable")], eol,
        "HTML-only console case; bare question; must answer in Support Center; feedback footer")

    # 023 newsletter
    eol = L
    add("newsletter", "unrelated", False, None, [],
        [gauth(eol, "cloudweekly.dev", mailfrom="bounces@mail.cloudweekly.dev"),
         ("From", "Cloud Weekly <newsletter@cloudweekly.dev>"), ("To", ME_P),
         ("Subject", "Cloud Weekly #212: cert account merges, Builder ID, and re:Inforce"),
         ("Date", d(2025, 4, 12, 7, 0, UTC)), ("Message-ID", mid("m023", "mail.cloudweekly.dev")),
         ("List-Unsubscribe", "<https://cloudweekly.dev/unsub?u=8812>")],
        [("plain", """Cloud Weekly #212

1. Changing jobs? How to merge your AWS Certification accounts before your company mailbox closes
   Support will ask you to confirm "Account #1" or "Account #2" - reply quickly or the case gets closed.
2. AWS Builder ID now supports passkeys
3. re:Inforce 2025 session catalog is live

Got a tip? Just hit reply - we read everything.

Unsubscribe: https://cloudweekly.dev/unsub?u=8812
""", "utf-8", "7bit")], eol,
        "newsletter describing the merge process with its vocabulary; 'hit reply'")

    # 024 info request case 1: mixed news + ask, to company address
    eol = CR
    add("partner-released", "info_request", True, C1, ["AWS01592047"],
        aws_in(eol, "m024", FORM, ME_C, form_subject(C1), d(2025, 4, 14, 16, 12), refs("m016", "m017", "m018"), company=True),
        [("plain", T_C1_RELEASED + "\n", "utf-8", "7bit")], eol,
        "good news first, then 'we need you to write from the other address' (wrong-address reply)")

    # 025 forward company -> personal
    eol = CR
    t = """個人アドレスから返信するため転送。

________________________________
From: aws-cs-trainingcertification-form@amazon.com <aws-cs-trainingcertification-form@amazon.com>
Sent: Monday, April 14, 2025 4:12 PM
To: Ishida Haruka <h.ishida@northwind-sys.co.jp>
Subject: %s

%s
""" % (form_subject(C1), T_C1_RELEASED)
    add("fw-to-self", "user_reply", False, C1, [],
        [gauth(eol, "northwind-sys.co.jp", mailfrom=ME_C, ip="40.107.74.52"),
         ("From", "Ishida Haruka <%s>" % ME_C), ("To", ME_P),
         ("Subject", "FW: " + form_subject(C1)), ("Date", d(2025, 4, 14, 17, 3)),
         ("Message-ID", mid("m025", "outlook")), ("X-Mailer", "Microsoft Outlook 16.0")],
        [("plain", t, "utf-8", "base64")], eol,
        "the person forwarding a request to herself; the ask is only in forwarded text")

    # 026 reply from personal address, no case in subject; threaded by headers
    eol = L
    add("from-personal", "user_reply", False, C1, ["AWS01592047", "AWS03817264"],
        [("From", "Haruka Ishida <%s>" % ME_P), ("To", FORM),
         ("Subject", "Account merge - writing from my personal address"),
         ("Date", d(2025, 4, 14, 17, 20)), ("Message-ID", mid("m026", "gmail"))]
        + refs("m016", "m024", "m025"),
        [("plain", """Hello Daniel,

As requested, I'm writing from haruka.ishida.jp@gmail.com, the address of the account I want to keep. Please go ahead and merge AWS01592047 into AWS03817264.

Thank you,
Haruka Ishida
""", "utf-8", "7bit")], eol,
        "no case number anywhere; only In-Reply-To/References tie it to the case")

    # 027 builder id code EN
    eol = L
    add("builder-code", "unrelated", False, None, [],
        [gauth(eol, "login.awsapps.com", mailfrom="bounce@login.awsapps.com"),
         ("From", "AWS Builder ID <no-reply@login.awsapps.com>"), ("To", ME_P),
         ("Subject", "Your AWS Builder ID verification code"),
         ("Date", d(2025, 4, 15, 0, 40, UTC)), ("Message-ID", mid("m027", "login.awsapps.com"))],
        [("plain", """Hello,

Someone is trying to sign in to your AWS Builder ID. Use this code to confirm it's you:

204817

This code expires in 10 minutes. If you didn't request it, you can ignore this email.
""", "utf-8", "7bit")], eol,
        "'confirm it's you' + 6-digit code")

    # 028 confirmation request case 1, HTML-only with table, base64
    eol = L
    h = """<html><head><meta charset="utf-8"></head><body style="font-family:'Amazon Ember',Arial,sans-serif;font-size:14px">
<div>Hello Haruka,</div><br>
<div>Thanks for writing in from your personal address. I'm Mei from the account merge team and I'll take it from here.</div><br>
<div>I found these two certification accounts:</div><br>
<table style="border-collapse:collapse" border="1" cellpadding="6">
<tr style="background:#232f3e;color:#fff"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS03817264</td><td>AWS01592047</td></tr>
<tr><td>Login email</td><td>haruka.ishida.jp@gmail.com</td><td>h.ishida@northwind-sys.co.jp</td></tr>
<tr><td>Training notification email</td><td>haruka.ishida.jp@gmail.com</td><td>h.ishida@northwind-sys.co.jp</td></tr>
<tr><td>Certification notification email</td><td>haruka.ishida.jp@gmail.com</td><td>h.ishida@northwind-sys.co.jp</td></tr>
</table><br>
<div>When they are merged, Account #2 is closed and its exam history, certifications and benefits move to Account #1.</div><br>
<div><b>Is Account #1 the one you'd like to keep?</b></div><br>
<div>Best,<br>Mei L.<br>AWS Training and Certification Customer Support</div>
</body></html>
"""
    add("accounts-found", "confirmation_request", True, C1, ["AWS03817264", "AWS01592047"],
        aws_in(eol, "m028", FORM, ME_P, form_subject(C1), d(2025, 4, 15, 10, 30), refs("m026")),
        [("html", h, "utf-8", "base64")], eol,
        "HTML-only base64, Account #1/#2 in a table, the question is the only ask")

    # 029 user confirms
    eol = L
    t = """Confirmed. Please merge to Account #1.

Thank you!
Haruka

On Tue, Apr 15, 2025 at 10:30 AM <aws-cs-trainingcertification-form@amazon.com> wrote:

""" + gq(T_C1_CONFIRM_TXT) + "\n"
    add("re-confirmed", "user_reply", False, C1, [],
        [("From", "Haruka Ishida <%s>" % ME_P), ("To", FORM), ("Subject", form_subject(C1)),
         ("Date", d(2025, 4, 15, 11, 2)), ("Message-ID", mid("m029", "gmail"))] + refs("m026", "m028"),
        [("plain", t, "utf-8", "quoted-printable")], eol,
        "short confirmation over quoted table with candidate IDs (quoted, so none listed)")

    # 030 resolved case 1, quoting the request
    eol = L
    t = """Hello Haruka,

I have successfully merged all accounts. Your exam history, certifications and the 50%% exam discount benefit from Account #2 are now on Account #1 (haruka.ishida.jp@gmail.com); sign in with your AWS Builder ID to check. Your Credly badges will be reissued to the address on Account #1 within a few hours, and the change can take a few days to show up in the partner profile.

No further action is required on your part. If you notice anything missing, you're welcome to reply to this email.

Best regards,
Mei L.
AWS Training and Certification Customer Support

-----Original Message-----
From: Haruka Ishida <haruka.ishida.jp@gmail.com>
Sent: 4/15/2025 11:02 AM
Subject: %s

Confirmed. Please merge to Account #1.

-----Original Message-----
From: aws-cs-trainingcertification-form@amazon.com
Sent: 4/15/2025 10:30 AM

%s
""" % (form_subject(C1), T_C1_CONFIRM_TXT)
    add("merge-done", "resolved", False, C1, [],
        aws_in(eol, "m030", FORM, ME_P, form_subject(C1), d(2025, 4, 15, 12, 47), refs("m028", "m029")),
        [("plain", t, "utf-8", "quoted-printable"), ("html", to_html(t), "utf-8", "quoted-printable")], eol,
        "completion above a quoted confirmation request with 'Is Account #1...?'")

    # 031 Credly badge
    eol = L
    t = """Congratulations, Haruka!

Amazon Web Services Training and Certification has issued you a badge:

AWS Certified Solutions Architect - Associate

Accept your badge to share it on LinkedIn, add it to your email signature, or download a certificate. Claim it within 30 days.

Accept badge: https://www.credly.com/badges/5b2e8c4a-93f1-4d7e-a0c2-7e3f9b1d6a48/accept

Credly, Inc. | Pearson
"""
    add("badge-issued", "badge", False, None, [],
        [gauth(eol, "credly.com", mailfrom="bounces@credly.com"),
         ("From", "Credly <admin@credly.com>"), ("To", ME_P),
         ("Subject", "Amazon Web Services Training and Certification sent you a badge"),
         ("Date", d(2025, 4, 15, 13, 5)), ("Message-ID", mid("m031", "credly.com"))],
        [("plain", t, "utf-8", "7bit"), ("html", to_html(t), "utf-8", "quoted-printable")], eol,
        "'Accept your badge' call to action; UUID not a case number")

    # 032 survey case 1
    eol = L
    add("how-did-we-do", "survey", False, C1, [],
        aws_in(eol, "m032", FORM, ME_P, "How did we do? Case %s" % C1, d(2025, 4, 16, 9, 0),
               display="AWS Training and Certification"),
        [("html", """<html><body>
<p>Hello,</p>
<p>Your case %s was recently resolved. Would you take two minutes to tell us how we did?</p>
<p>How satisfied were you with the support you received?</p>
<table><tr>
<td><a href="https://survey.aws.training/s/c?case=%s&amp;r=1">1</a></td>
<td><a href="https://survey.aws.training/s/c?case=%s&amp;r=2">2</a></td>
<td><a href="https://survey.aws.training/s/c?case=%s&amp;r=3">3</a></td>
<td><a href="https://survey.aws.training/s/c?case=%s&amp;r=4">4</a></td>
<td><a href="https://survey.aws.training/s/c?case=%s&amp;r=5">5</a></td>
</tr></table>
<p>Please do not reply to this email.</p>
<p>AWS Training and Certification</p>
</body></html>
""" % ((C1,) * 6), "utf-8", "quoted-printable")], eol,
        "rating request from the case sender; case number only in subject/body text")

    # 033 closing notice case 3, console
    eol = L
    add("console-no-response", "closing_notice", True, C3, [],
        [gauth(eol, "amazon.com", mailfrom="bounce@support.aws.amazon.com"),
         ("From", "Amazon Web Services <no-reply-aws@amazon.com>"), ("To", ME_P),
         ("Subject", "RE:[CASE %s] %s" % (C3, SUBJ_C3)),
         ("Date", d(2025, 4, 16, 3, 10, UTC)), ("Message-ID", mid("m033", "ses"))],
        [("plain", """Hello,

We haven't received a response to our last correspondence on this case. If we don't hear back from you within the next 3 days, the case will be resolved automatically.

To keep the case open, reply through the Support Center:
%s

%s
""" % (CONSOLE_LINK % C3, CONSOLE_FOOTER), "utf-8", "7bit")], eol,
        "console auto-resolve warning; 'resolved' wording; footer says cannot accept email")

    # 034 other vendor case closed
    eol = L
    add("vendor-ticket-closed", "unrelated", False, None, [],
        [gauth(eol, "nimbusdns.io", mailfrom="support@nimbusdns.io"),
         ("From", "Nimbus DNS Support <support@nimbusdns.io>"), ("To", ME_P),
         ("Subject", "[Case 00482913] Your case has been closed"),
         ("Date", d(2025, 4, 17, 4, 30, UTC)), ("Message-ID", mid("m034", "nimbusdns.io"))],
        [("plain", """Hi Haruka,

Your case 00482913 (CNAME flattening on apex record) has been closed because we did not hear back from you.

If the issue is still happening, reply to this email within 7 days and the case will be reopened.

Nimbus DNS Support
""", "utf-8", "7bit")], eol,
        "another vendor's closing notice with case number and 'reply to reopen'")

    # 035 resolved case 3, console
    eol = L
    add("console-resolved", "resolved", False, C3, ["AWS03817264"],
        [gauth(eol, "amazon.com", mailfrom="bounce@support.aws.amazon.com"),
         ("From", "Amazon Web Services <no-reply-aws@amazon.com>"), ("To", ME_P),
         ("Subject", "RE:[CASE %s] %s" % (C3, SUBJ_C3)),
         ("Date", d(2025, 4, 17, 6, 45, UTC)), ("Message-ID", mid("m035", "ses"))],
        [("plain", """Hello,

Thanks for your update in the Support Center. Following the merge of your certification accounts under case %s, the 50%% exam discount now shows under Benefits on your remaining profile (candidate ID AWS03817264). I'm marking this case as resolved.

Best regards,
Aisha M.
Amazon Web Services

%s
""" % (C1, CONSOLE_FOOTER), "utf-8", "quoted-printable")], eol,
        "body names the other case number; feedback footer says 'Please share'")

    # 036 survey case 3, console
    eol = L
    add("console-survey", "survey", False, C3, [],
        [gauth(eol, "amazon.com", mailfrom="bounce@support.aws.amazon.com"),
         ("From", "Amazon Web Services <no-reply-aws@amazon.com>"), ("To", ME_P),
         ("Subject", "Amazon Web Services: Tell us about your support experience (Case %s)" % C3),
         ("Date", d(2025, 4, 18, 6, 45, UTC)), ("Message-ID", mid("m036", "ses"))],
        [("plain", """Dear AWS customer,

Your support case %s was resolved recently. We'd like to hear about your experience.

Take our 1-minute survey: https://console.aws.amazon.com/support/feedback?displayId=%s

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.

Amazon Web Services
""" % (C3, C3), "utf-8", "7bit")], eol,
        "console survey; displayId in a non-case link")

    # 037 certmetrics feedback invitation
    eol = L
    t = """Hello Haruka,

AWS Certification wants to hear from you.

We are looking for certified individuals to help shape future AWS Certification exams. Share your feedback on exam content and the certification program in a 15-minute survey.

Please respond by April 30, 2025.

Take the survey: https://www.certmetrics.com/amazon/survey/default.aspx?id=3381

AWS Certification
"""
    add("cert-feedback", "certification", False, None, [],
        [gauth(eol, "certmetrics.com", mailfrom="bounce@certmetrics.com"),
         ("From", "AWS Certification <do-not-reply@certmetrics.com>"), ("To", ME_P),
         ("Subject", "AWS Certification wants to hear from you"),
         ("Date", d(2025, 4, 18, 1, 0, UTC)), ("Message-ID", mid("m037", "certmetrics.com"))],
        [("plain", t, "utf-8", "quoted-printable"), ("html", to_html(t), "utf-8", "quoted-printable")], eol,
        "'Please respond by' deadline but it is a program survey, not the case")

    # 038 ack case 4 JP ISO-2022-JP (echoes form with candidate IDs)
    eol = L
    add("form-received-ja", "acknowledgement", False, C4, ["AWS03817264", "AWS07730521"],
        aws_in(eol, "m038", FORM, ME_P, form_subject(C4), d(2025, 4, 21, 19, 44), charset="iso-2022-jp"),
        [("plain", """お客様

AWS トレーニングと認定へのお問い合わせありがとうございます。ケース %s を作成いたしました。

ケースID: %s
お問い合わせタイプ: 認定
その他の詳細: Account Merge
お問い合わせ内容:
以下のアカウントはいずれもメールアドレス haruka.ishida.jp@gmail.com で登録されています。
(1) AWS03817264
(2) AWS07730521
(2) は誤って作成したものであるため、(1) への統合をお願いいたします。

担当者より通常24時間以内にご連絡いたします。重複したケースを作成されますと対応が遅れる場合がございますので、ご注意ください。

ご不明な点がございましたら、このメールにご返信ください。

アマゾン ウェブ サービス
""" % (C4, C4), "iso-2022-jp", "7bit")], eol,
        "JP ack echoing form text with two candidate IDs; 'お願いいたします' is the customer's own words")

    # 039 Pearson VUE reminder JP Shift_JIS
    eol = CR
    add("exam-reminder-ja", "unrelated", False, None, [],
        [gauth(eol, "pearsonvue.com", mailfrom="bounce@pearsonvue.com"),
         ("From", addr("ピアソンVUE", "noreply@pearsonvue.com", "shift_jis")), ("To", ME_P),
         ("Subject", hdr("試験予約のリマインダー: AWS Certified Security - Specialty", "shift_jis")),
         ("Date", d(2025, 4, 22, 10, 0)), ("Message-ID", mid("m039", "pearsonvue.com"))],
        [("plain", """石田 遥 様

ご予約の試験が近づいてまいりました。予約内容をご確認ください。

試験名: AWS Certified Security - Specialty (SCS-C02)
登録ID: 512938406
日時: 2025年5月17日（土）10:00
受験方法: OnVUE オンライン試験

身分証明書をご用意のうえ、試験開始30分前までにチェックインしてください。
本メールは送信専用アドレスから送信されています。ご返信いただいてもお答えできません。

ピアソンVUE
""", "shift_jis", "base64")], eol,
        "exam vendor JP; 9-digit 登録ID; ご確認ください; Shift_JIS base64")

    # 040 confirmation request case 4 JP keigo Shift_JIS
    eol = L
    add("accounts-check-ja", "confirmation_request", True, C4, ["AWS03817264", "AWS07730521"],
        aws_in(eol, "m040", FORM, ME_P, form_subject(C4), d(2025, 4, 23, 11, 15), refs("m038"), charset="shift_jis"),
        [("plain", T_C4_CONFIRM + "\n", "shift_jis", "8bit")], eol,
        "JP keigo 〜ご確認いただけますでしょうか; アカウント#1/#2 listing; Shift_JIS")

    # 041 dmarc=fail genuine-looking
    eol = L
    add("merge-problem", "suspicious", False, None, [],
        [gauth(eol, "amazon.com", mailfrom=FORM, dkim="amazon.com", ok=False, ip="185.234.72.19"),
         ("From", FORM), ("To", ME_P),
         ("Subject", form_subject("174561120400387")),
         ("Date", d(2025, 4, 24, 3, 51, UTC)), ("Message-ID", "<20250424035112.8812.aws@mail-relay.example-host.net>")],
        [("plain", """Hello,

We were unable to complete the merge of your AWS Certification accounts because the information on file could not be verified.

To avoid losing your certifications and exam benefits, please confirm your account details within 24 hours using the secure link below:

https://aws-training-verify.co/merge?case=174561120400387

If we do not receive your confirmation, your certification records will be permanently removed.

Sincerely,
Amazon Web Services
""", "utf-8", "7bit")], eol,
        "right From and subject format, but spf/dkim/dmarc fail; asks to confirm")

    # 042 closing notice case 4 JP plain ください
    eol = L
    add("reminder-ja", "closing_notice", True, C4, [],
        aws_in(eol, "m042", FORM, ME_P, form_subject(C4), d(2025, 4, 28, 9, 3), refs("m038", "m040"), charset="utf-8"),
        [("plain", T_C4_CLOSE + "\n", "utf-8", "8bit")], eol,
        "JP closing warning, plain 〜してください, UTF-8 8bit")

    # 043 user reply case 4 JP ISO-2022-JP
    eol = L
    t = """佐藤様

お世話になっております。石田です。
ご連絡が遅くなり申し訳ございません。
アカウント#1（AWS03817264）への統合で問題ございません。
よろしくお願いいたします。

石田 遥

2025年4月28日(月) 9:03 <aws-cs-trainingcertification-form@amazon.com>:
""" + gq(T_C4_CLOSE) + "\n\n" + gq(T_C4_CONFIRM) + "\n"
    add("re-ja-ok", "user_reply", False, C4, ["AWS03817264"],
        [("From", addr(ME_NAME_JA, ME_P, "iso-2022-jp")), ("To", FORM), ("Subject", form_subject(C4)),
         ("Date", d(2025, 4, 28, 12, 40)), ("Message-ID", mid("m043", "gmail"))] + refs("m040", "m042"),
        [("plain", t, "iso-2022-jp", "7bit")], eol,
        "JP reply with Gmail JP header; quoted keigo ask below")

    # 044 resolved case 4 JP, quoting old ask
    eol = L
    t = """石田 遥 様

ご返信いただきありがとうございます。
アカウント#2（AWS07730521）をアカウント#1（AWS03817264）へ統合いたしました。
試験履歴、認定資格、特典はすべてアカウント#1でご確認いただけます。

本件について、お客様に追加でご対応いただくことはございません。
ご不明な点がございましたら、お気軽にこのメールへご返信ください。

佐藤
AWSトレーニングと認定 カスタマーサポート

-----Original Message-----
From: 石田 遥 <haruka.ishida.jp@gmail.com>
Sent: 2025/04/28 12:40

アカウント#1（AWS03817264）への統合で問題ございません。

-----Original Message-----
From: aws-cs-trainingcertification-form@amazon.com

""" + T_C4_CONFIRM + "\n"
    add("merge-done-ja", "resolved", False, C4, ["AWS07730521", "AWS03817264"],
        aws_in(eol, "m044", FORM, ME_P, form_subject(C4), d(2025, 4, 29, 10, 20), refs("m040", "m043")),
        [("plain", t, "utf-8", "8bit")], eol,
        "JP completion with 追加のご対応は不要 + conditional ご返信ください + quoted ask")

    # 045 Credly badge 2
    eol = L
    t = """Hi Haruka,

Your badge from Amazon Web Services Training and Certification is ready.

AWS Certified Developer - Associate
Issued: April 29, 2025

Don't forget to accept it - accepted badges can be shared with your network and verified by employers.

View and accept: https://www.credly.com/earner/earned/badge/9d8a1c37-0f42-4b6e-8e51-2a6b7c9e0d13

The Credly Team
"""
    add("badge-ready", "badge", False, None, [],
        [gauth(eol, "credly.com", mailfrom="bounces@credly.com"),
         ("From", "Credly <admin@credly.com>"), ("To", ME_P),
         ("Subject", "Your new badge is waiting: AWS Certified Developer - Associate"),
         ("Date", d(2025, 4, 29, 10, 52)), ("Message-ID", mid("m045", "credly.com"))],
        [("plain", t, "utf-8", "quoted-printable"), ("html", to_html(t), "utf-8", "quoted-printable")], eol,
        "badge after merge; imperative 'Don't forget to accept'")

    # 046 connpass JP
    eol = L
    add("meetup-ja", "unrelated", False, None, [],
        [gauth(eol, "connpass.com", mailfrom="bounce@connpass.com"),
         ("From", "connpass <no-reply@connpass.com>"), ("To", ME_P),
         ("Subject", hdr("【connpass】JAWS-UG 東京 #58 への参加登録が完了しました", "utf-8")),
         ("Date", d(2025, 4, 30, 20, 15)), ("Message-ID", mid("m046", "connpass.com"))],
        [("plain", """石田 遥 さん

以下のイベントへの参加登録が完了しました。

イベント: JAWS-UG 東京 #58 「AWS 認定 全冠への道」
日時: 2025/05/24（土）13:00〜17:00
受付番号: 738201

参加できなくなった場合は、イベントページからキャンセルしてください。

connpass
""", "utf-8", "base64")], eol,
        "JP event mail about AWS Certification; 6-digit 受付番号")

    # 047 bounce
    eol = L
    add("bounce", "unrelated", False, None, [],
        [gauth(eol, "googlemail.com", mailfrom="mailer-daemon@googlemail.com", dkim="googlemail.com"),
         ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"), ("To", ME_P),
         ("Subject", "Delivery Status Notification (Failure)"),
         ("Date", d(2025, 5, 1, 9, 12)), ("Message-ID", mid("m047", "mx.google.com")),
         ("Auto-Submitted", "auto-replied")],
        [("plain", """** Address not found **

Your message wasn't delivered to h.ishida@northwind-sys.co.jp because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient h.ishida@northwind-sys.co.jp not found by SMTP address lookup

----- Original message -----

From: Haruka Ishida <haruka.ishida.jp@gmail.com>
Date: Thu, 1 May 2025 09:12:01 +0900
Subject: Fwd: %s
To: h.ishida@northwind-sys.co.jp

メモ: 統合完了のメールを念のため旧アドレスにも転送
""" % form_subject(C4), "utf-8", "quoted-printable")], eol,
        "bounce quoting a case subject; company mailbox is closed")

    # 048 recertification congrats
    eol = L
    add("recertified", "certification", False, None, [],
        [gauth(eol, "certmetrics.com", mailfrom="bounce@certmetrics.com"),
         ("From", "AWS Certification <do-not-reply@certmetrics.com>"), ("To", ME_P),
         ("Subject", "Congratulations on recertifying your AWS Certification!"),
         ("Date", d(2025, 5, 2, 2, 0, UTC)), ("Message-ID", mid("m048", "certmetrics.com"))],
        [("plain", """Congratulations, Haruka!

You have successfully recertified: AWS Certified Solutions Architect - Associate.
Validation number: 7QK2LM1D3J4E1XS9
New expiration date: May 2, 2028

Your updated certificate and digital badge are available in your AWS Certification account.

AWS Certification
""", "utf-8", "7bit")], eol,
        "'successfully' + certification account wording; not the case")

    # 049 user reopens case 4
    eol = L
    add("re-ja-history", "user_reply", False, C4, [],
        [("From", addr(ME_NAME_JA, ME_P)), ("To", FORM), ("Subject", form_subject(C4)),
         ("Date", d(2025, 5, 3, 15, 8)), ("Message-ID", mid("m049", "gmail"))] + refs("m040", "m043", "m044"),
        [("plain", """佐藤様

お世話になっております。石田です。
統合いただきありがとうございました。

確認したところ、2022年11月に受験した AWS Certified Cloud Practitioner の試験履歴が、統合後のアカウントに表示されていないようです。
（Certification status には表示されていますが、Exam history にだけ出てきません。）

お手数ですが、ご確認いただけますでしょうか。

石田 遥
""", "utf-8", "quoted-printable")], eol,
        "the person's own request in keigo - asks support, so no reply needed from her")

    # 050 case update JP: reopened
    eol = L
    add("reopened-ja", "case_update", False, C4, [],
        aws_in(eol, "m050", FORM, ME_P, form_subject(C4), d(2025, 5, 6, 10, 40), refs("m044", "m049"), charset="iso-2022-jp"),
        [("plain", """石田様

ご連絡ありがとうございます。田中と申します。
本ケースを再開し、試験履歴の件を認定チームへエスカレーションいたしました。
調査には3〜5営業日ほどかかる見込みです。進展がございましたら、改めてご連絡いたします。

ご不明な点がございましたら、本メールにご返信ください。

田中
AWSトレーニングと認定 カスタマーサポート
""", "iso-2022-jp", "7bit")], eol,
        "reopened case; progress only; conditional ご返信ください")

    # 051 free tier alert
    eol = L
    add("usage-alert", "unrelated", False, None, [],
        [gauth(eol, "costalerts.amazonaws.com", mailfrom="bounce@costalerts.amazonaws.com"),
         ("From", "AWS Free Tier <freetier@costalerts.amazonaws.com>"), ("To", ME_P),
         ("Subject", "AWS Free Tier limit alert"),
         ("Date", d(2025, 5, 7, 1, 30, UTC)), ("Message-ID", mid("m051", "costalerts.amazonaws.com"))],
        [("plain", """Hello,

Your AWS account 482193650017 has exceeded 85% of the usage limit for one or more AWS Free Tier offers this month.

Please review your usage in the Billing and Cost Management console and take action to avoid charges.

Amazon Web Services
""", "utf-8", "7bit")], eol,
        "AWS 'please review and take action'; 12-digit account ID")

    # 052 phishing certmetrics lookalike
    eol = L
    add("recert-voucher", "suspicious", False, None, [],
        [gauth(eol, "certmetrics-aws.com", mailfrom="do-not-reply@certmetrics-aws.com", ip="91.215.85.14"),
         ("From", "AWS Certification <do-not-reply@certmetrics-aws.com>"), ("To", ME_P),
         ("Subject", "Action needed: claim your free recertification voucher"),
         ("Date", d(2025, 5, 8, 6, 20, UTC)), ("Message-ID", mid("m052", "certmetrics-aws.com"))],
        [("html", to_html("""Hello,

Because your certification accounts were recently merged, you qualify for a free recertification voucher.

Reply with your candidate ID and date of birth, or sign in below within 72 hours to claim it.

https://certmetrics-aws.com/amazon/claim

AWS Certification"""), "utf-8", "quoted-printable")], eol,
        "certmetrics lookalike; knows about the merge; asks for a reply")

    # 053 info request case 4 EN, news + ask
    eol = L
    add("history-question", "info_request", True, C4, ["AWS07730521"],
        aws_in(eol, "m053", FORM, ME_P, form_subject(C4), d(2025, 5, 9, 16, 2), refs("m049", "m050")),
        [("plain", """Hello Haruka,

Quick update from the certification team: the Cloud Practitioner exam record wasn't lost. It belongs to a sitting that was booked from Account #2 (AWS07730521) but delivered under a different profile, which is why it didn't come across with the merge. They can move it by hand, but they have to match it to the right appointment first.

What's the Pearson VUE registration number for that exam? Failing that, the exact date and test centre will do.

Thanks,
Rob
AWS Training and Certification
""", "utf-8", "7bit")], eol,
        "progress news followed by a bare question; short")

    # 054 user reply threaded only by headers, JP subject
    eol = L
    add("exam-details", "user_reply", False, C4, [],
        [("From", addr(ME_NAME_JA, ME_P)), ("To", FORM), ("Subject", hdr("試験履歴の件", "utf-8")),
         ("Date", d(2025, 5, 9, 21, 30)), ("Message-ID", mid("m054", "gmail"))] + refs("m049", "m050", "m053"),
        [("plain", """Rob様

ご連絡ありがとうございます。
Pearson VUE registration number: 367120584
Exam date: 2022-11-19, Pearson VUE Tokyo Shinjuku test center

よろしくお願いいたします。
石田
""", "utf-8", "base64")], eol,
        "no case token in subject; 9-digit registration number")

    # 055 case update EN short
    eol = L
    add("found-record", "case_update", False, C4, [],
        aws_in(eol, "m055", FORM, ME_P, form_subject(C4), d(2025, 5, 12, 9, 45), refs("m053", "m054")),
        [("plain", """Thanks Haruka - that was enough to find it. The team is moving the record over now; it can take up to 5 business days to show in your exam history. I'll let you know once it's there.

Rob
""", "utf-8", "7bit")], eol,
        "very short progress note")

    # 056 resolved case 4 JP with survey footer, ISO-2022-JP
    eol = L
    add("history-moved-ja", "resolved", False, C4, [],
        aws_in(eol, "m056", FORM, ME_P, form_subject(C4), d(2025, 5, 14, 14, 0), refs("m054", "m055"), charset="iso-2022-jp"),
        [("plain", """石田 遥 様

お待たせいたしました。2022年11月19日受験の AWS Certified Cloud Practitioner の試験履歴を、統合後のアカウントへ移行いたしました。
Exam history にてご確認いただけます。

以上をもちまして、本ケースは解決済みとさせていただきます。

田中
AWSトレーニングと認定 カスタマーサポート

――――――――――――――――
サービス向上のため、今回の対応についてアンケートへのご協力をお願いいたします。
https://survey.aws.training/s/c?case=%s&lang=ja
""" % C4, "iso-2022-jp", "7bit")], eol,
        "JP resolution with a survey request footer (お願いいたします)")

    # 057 survey case 4 JP
    eol = L
    add("survey-ja", "survey", False, C4, [],
        aws_in(eol, "m057", FORM, ME_P, "【AWS】サポートに関するアンケートのお願い（ケース %s）" % C4, d(2025, 5, 15, 9, 0),
               display="AWS トレーニングと認定"),
        [("plain", """石田 遥 様

先日はAWSトレーニングと認定サポートをご利用いただき、ありがとうございました。
ケース %s の対応について、以下のアンケートにご回答いただけますでしょうか（所要時間 約1分）。

https://survey.aws.training/s/c?case=%s&lang=ja

※本メールは送信専用です。
""" % (C4, C4), "utf-8", "quoted-printable")], eol,
        "JP survey with keigo ask ご回答いただけますでしょうか")

    # 058 GitHub review request
    eol = L
    add("github-review", "unrelated", False, None, [],
        [gauth(eol, "github.com", mailfrom="noreply@github.com"),
         ("From", "dependabot[bot] <notifications@github.com>"), ("To", "haruka-ishida/aws-cert-notes <aws-cert-notes@noreply.github.com>"),
         ("Cc", "Review requested <review_requested@noreply.github.com>"),
         ("Subject", "[haruka-ishida/aws-cert-notes] Bump mkdocs-material from 9.5.18 to 9.6.12 (PR #44)"),
         ("Date", d(2025, 5, 15, 3, 11, UTC)), ("Message-ID", "<haruka-ishida/aws-cert-notes/pull/44@github.com>")],
        [("plain", """@haruka-ishida, your review was requested on this pull request.

Bumps mkdocs-material from 9.5.18 to 9.6.12.

You can view, comment on, or merge this pull request online at:
  https://github.com/haruka-ishida/aws-cert-notes/pull/44

--
Reply to this email directly or view it on GitHub.
""", "utf-8", "7bit")], eol,
        "review request + 'merge this pull request' + 'Reply to this email'")

    # 059 cert expiry notice
    eol = L
    add("cert-expiring", "certification", False, None, [],
        [gauth(eol, "certmetrics.com", mailfrom="bounce@certmetrics.com"),
         ("From", "AWS Certification <do-not-reply@certmetrics.com>"), ("To", ME_P),
         ("Subject", "Your AWS Certified Cloud Practitioner certification expires in 180 days"),
         ("Date", d(2025, 5, 18, 2, 0, UTC)), ("Message-ID", mid("m059", "certmetrics.com"))],
        [("plain", """Hello Haruka,

Your AWS Certified Cloud Practitioner certification will expire on November 19, 2025.

To keep your certification active, pass the current version of the exam or a higher-level certification before the expiration date. You can use the 50% discount benefit in your AWS Certification account.

AWS Certification
""", "utf-8", "7bit")], eol,
        "expiry reminder with instructions")

    # 060 ack case 5
    eol = L
    add("new-request", "acknowledgement", False, C5, [],
        aws_in(eol, "m060", FORM, ME_P, form_subject(C5), d(2025, 5, 20, 16, 17)),
        [("plain", """Hello,

Thank you for contacting AWS Training and Certification.

Case ID: %s
Inquiry type: Certification / Account Merge

A member of our team will get back to you, normally within 24 hours. There's no need to submit another request in the meantime. If you'd like to add information to this case, reply to this email and keep the case number in the subject line.

AWS Training and Certification Customer Support
""" % C5, "utf-8", "7bit")], eol,
        "shorter ack variant; 'reply... and keep the case number' is conditional")

    # 061 Amazon.co.jp shipping JP
    eol = L
    add("shipping-ja", "unrelated", False, None, [],
        [gauth(eol, "amazon.co.jp", mailfrom="bounce@amazon.co.jp"),
         ("From", addr("Amazon.co.jp", "shipment-tracking@amazon.co.jp")), ("To", ME_P),
         ("Subject", hdr("Amazon.co.jp ご注文の商品を発送しました", "iso-2022-jp")),
         ("Date", d(2025, 5, 21, 8, 5)), ("Message-ID", mid("m061", "amazon.co.jp"))],
        [("plain", """石田 遥 様

Amazon.co.jp をご利用いただき、ありがとうございます。
ご注文の商品を発送しました。

注文番号: 250-4418203-7710921
お届け予定: 5月22日（木）

配送状況はアカウントサービスからご確認ください。
""", "iso-2022-jp", "7bit")], eol,
        "Amazon (not AWS) transactional mail, ISO-2022-JP")

    # 062 info request case 5, HTML only table
    eol = L
    h = """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hello Haruka,</p>
<p>Thank you for your request. I looked up the account you described and found this profile:</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><td><b>Candidate ID</b></td><td>AWS05518830</td></tr>
<tr><td><b>Sign-in method</b></td><td>AWS Partner Central (single sign-on)</td></tr>
<tr><td><b>Login email</b></td><td>(none on file)</td></tr>
<tr><td><b>Partner organization</b></td><td>Northwind Systems Co., Ltd.</td></tr>
<tr><td><b>Certifications</b></td><td>none</td></tr>
<tr><td><b>Exam history</b></td><td>1 exam (AWS Certified AI Practitioner, 2024)</td></tr>
</table>
<p>Because this profile was created through Partner Central single sign-on, there is no login email on it that we can match to you. We need the email address you used for Partner Central at the time, and roughly when you first signed in through it.</p>
<p>Kind regards,<br>Kenji<br>AWS Training and Certification Customer Support</p>
<p style="color:#888;font-size:11px">Was this response helpful? <a href="https://survey.aws.training/r?c=%s&amp;v=y">Yes</a> | <a href="https://survey.aws.training/r?c=%s&amp;v=n">No</a></p>
</body></html>
""" % (C5, C5)
    add("sso-profile", "info_request", True, C5, ["AWS05518830"],
        aws_in(eol, "m062", FORM, ME_P, form_subject(C5), d(2025, 5, 21, 11, 30), refs("m060")),
        [("html", h, "utf-8", "quoted-printable")], eol,
        "HTML-only with table; 'We need...' ask; helpfulness footer")

    # 063 user reply case 5
    eol = L
    t = """Hi Kenji,

It was h.ishida@northwind-sys.co.jp (my former work address, now closed). I think I first signed in through Partner Central around June 2023.

Best,
Haruka

On Wed, May 21, 2025 at 11:30 AM <aws-cs-trainingcertification-form@amazon.com> wrote:

""" + gq(T_C5_INFO) + "\n"
    add("re-sso", "user_reply", False, C5, [],
        [("From", "Haruka Ishida <%s>" % ME_P), ("To", FORM), ("Subject", form_subject(C5)),
         ("Date", d(2025, 5, 21, 19, 2)), ("Message-ID", mid("m063", "gmail"))] + refs("m060", "m062"),
        [("plain", t, "utf-8", "7bit")], eol,
        "answer above quoted request containing a candidate ID")

    # 064 on hold JP with ask, multipart
    eol = L
    add("partner-link-hold-ja", "on_hold", True, C5, ["AWS05518830"],
        aws_in(eol, "m064", FORM, ME_P, form_subject(C5), d(2025, 5, 22, 14, 25), refs("m062", "m063")),
        [("plain", T_C5_HOLD + "\n", "utf-8", "quoted-printable"), ("html", to_html(T_C5_HOLD), "utf-8", "quoted-printable")], eol,
        "JP hold for APN link, with keigo ask after the explanation")

    # 065 other vendor JP case closed
    eol = L
    add("hosting-inquiry-closed-ja", "unrelated", False, None, [],
        [gauth(eol, "kumo-hosting.jp", mailfrom="support@kumo-hosting.jp"),
         ("From", addr("クモホスティング サポート", "support@kumo-hosting.jp")), ("To", ME_P),
         ("Subject", hdr("【クモホスティング】お問い合わせ（受付番号：482917）はクローズされました", "utf-8")),
         ("Date", d(2025, 5, 26, 10, 0)), ("Message-ID", mid("m065", "kumo-hosting.jp"))],
        [("plain", """石田 様

お問い合わせ（受付番号：482917）につきまして、一定期間ご返信がなかったため、クローズとさせていただきました。

引き続きサポートが必要な場合は、本メールにご返信いただければ再オープンいたします。

クモホスティング サポートセンター
""", "utf-8", "base64")], eol,
        "other vendor's JP closing notice with 6-digit number; same wording as a real one")

    # 066 closing notice case 5 JP 'has been closed'
    eol = CR
    t = """石田 様

ケース %s につきまして、5月22日のご連絡以降ご返信が確認できなかったため、本日ケースをクローズいたしました。

引き続きサポートが必要な場合は、本メールにご返信いただければケースが再オープンされます。

AWSトレーニングと認定 カスタマーサポート
""" % C5
    add("case-closed-ja", "closing_notice", True, C5, [],
        aws_in(eol, "m066", FORM, ME_P, form_subject(C5), d(2025, 5, 27, 9, 0), refs("m063", "m064")),
        [("plain", t, "utf-8", "base64")], eol,
        "already closed; reply reopens; nearly identical to the vendor mail before it")

    # 067 user reply JP reopening case 5
    eol = L
    t = """田中様

返信が遅くなり失礼いたしました。
Northwind Systems 株式会社は 2025年4月30日付で退職しております。
引き続き統合のご対応をお願いいたします。

石田 遥

2025年5月22日(木) 14:25 <aws-cs-trainingcertification-form@amazon.com>:
""" + gq(T_C5_HOLD) + "\n"
    add("re-ja-left", "user_reply", False, C5, [],
        [("From", addr(ME_NAME_JA, ME_P, "iso-2022-jp")), ("To", FORM), ("Subject", form_subject(C5, "Re: RE:[CASE ")),
         ("Date", d(2025, 5, 27, 12, 10)), ("Message-ID", mid("m067", "gmail"))] + refs("m064", "m066"),
        [("plain", t, "iso-2022-jp", "7bit")], eol,
        "JP reply over quoted hold that has a candidate ID")

    # 068 confirmation request case 5, top-posted over long history
    eol = CR
    t = """Hi Haruka,

Reopened - and the partner link on AWS05518830 was removed on Friday, so we're good to go.

Merging AWS05518830 into AWS03817264 (haruka.ishida.jp@gmail.com), correct?

Rob

________________________________
From: 石田 遥 <haruka.ishida.jp@gmail.com>
Sent: Tuesday, May 27, 2025 12:10 PM
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: RE:[CASE %s] %s

田中様

返信が遅くなり失礼いたしました。
Northwind Systems 株式会社は 2025年4月30日付で退職しております。
引き続き統合のご対応をお願いいたします。

________________________________
From: aws-cs-trainingcertification-form@amazon.com
Sent: Thursday, May 22, 2025 2:25 PM

%s

________________________________
From: Haruka Ishida <haruka.ishida.jp@gmail.com>
Sent: Wednesday, May 21, 2025 7:02 PM

It was h.ishida@northwind-sys.co.jp (my former work address, now closed). I think I first signed in through Partner Central around June 2023.

________________________________
From: aws-cs-trainingcertification-form@amazon.com
Sent: Wednesday, May 21, 2025 11:30 AM

%s
""" % (C5, SUBJ_FORM, T_C5_HOLD, T_C5_INFO)
    add("merge-check", "confirmation_request", True, C5, ["AWS05518830", "AWS03817264"],
        aws_in(eol, "m068", FORM, ME_P, form_subject(C5), d(2025, 5, 28, 10, 5), refs("m064", "m066", "m067")),
        [("plain", t, "utf-8", "quoted-printable")], eol,
        "two-line top-post, bare 'correct?' question, long quoted JP/EN history with old asks")

    # 069 user yes
    eol = L
    add("re-yes", "user_reply", False, C5, [],
        [("From", "Haruka Ishida <%s>" % ME_P), ("To", FORM), ("Subject", form_subject(C5)),
         ("Date", d(2025, 5, 28, 10, 31)), ("Message-ID", mid("m069", "gmail"))] + refs("m067", "m068"),
        [("plain", """Yes, that's correct - please go ahead.

Haruka

On Wed, May 28, 2025 at 10:05 AM <aws-cs-trainingcertification-form@amazon.com> wrote:
> Hi Haruka,
>
> Reopened - and the partner link on AWS05518830 was removed on Friday, so we're good to go.
>
> Merging AWS05518830 into AWS03817264 (haruka.ishida.jp@gmail.com), correct?
>
> Rob
""", "utf-8", "7bit")], eol,
        "one-line confirmation")

    # 070 resolved case 5 brief with rating footer
    eol = L
    add("done", "resolved", False, C5, ["AWS05518830", "AWS03817264"],
        aws_in(eol, "m070", FORM, ME_P, form_subject(C5), d(2025, 5, 28, 13, 50), refs("m068", "m069")),
        [("plain", """Done. AWS05518830 has been merged into AWS03817264, so you'll only see one account from now on. That's everything on this case.

Rob

---
How would you rate my reply? Excellent: https://survey.aws.training/r?c=%s&v=3 | Good: https://survey.aws.training/r?c=%s&v=2 | Poor: https://survey.aws.training/r?c=%s&v=1

> Merging AWS05518830 into AWS03817264 (haruka.ishida.jp@gmail.com), correct?
""" % (C5, C5, C5), "utf-8", "7bit")], eol,
        "terse completion, no 'merged successfully' phrase; quoted question below; rating footer")

    # 071 survey case 5
    eol = L
    add("one-question", "survey", False, C5, [],
        aws_in(eol, "m071", "no-reply@survey.aws.training", ME_P,
               "Your feedback matters: one question about case %s" % C5, d(2025, 5, 29, 9, 0),
               display="AWS Training and Certification", dom="survey.aws.training"),
        [("plain", """Hi Haruka,

How likely are you to recommend AWS Training and Certification support to a colleague, based on case %s?

0  1  2  3  4  5  6  7  8  9  10
https://survey.aws.training/nps?c=%s

Thank you for helping us improve.
""" % (C5, C5), "utf-8", "7bit")], eol,
        "NPS-style survey from a different sender")

    # 072 JP tech newsletter
    eol = L
    add("weekly-ja", "unrelated", False, None, [],
        [gauth(eol, "cloudnews.jp", mailfrom="bounce@cloudnews.jp"),
         ("From", addr("週刊クラウドニュース", "weekly@cloudnews.jp")), ("To", ME_P),
         ("Subject", hdr("【週刊クラウドニュース】転職時のAWS認定アカウント統合、手順まとめ", "utf-8")),
         ("Date", d(2025, 5, 30, 7, 0)), ("Message-ID", mid("m072", "cloudnews.jp"))],
        [("plain", """今週のピックアップ

■ 転職時にやっておきたい AWS 認定アカウントの統合
サポートから「Account #1 に統合してよいか」と確認のメールが届いたら、内容を確認して返信しましょう。
返信がないとケースがクローズされることがあるので注意してください。

■ AWS Builder ID のパスキー対応

ご意見・ご感想はこのメールへの返信でお寄せください。
""", "utf-8", "quoted-printable")], eol,
        "JP newsletter quoting merge vocabulary and 返信しましょう")

    # 073 AWS invoice JP with [AWS ID ...]
    eol = L
    add("invoice-ja", "unrelated", False, None, [],
        [gauth(eol, "amazon.com", mailfrom="bounce@email.amazon.com"),
         ("From", addr("Amazon Web Services", "aws-receivables-support@email.amazon.com")), ("To", ME_P),
         ("Subject", hdr("Amazon Web Services 請求書のご案内 [AWS ID 482193650017]", "utf-8")),
         ("Date", d(2025, 6, 2, 9, 30)), ("Message-ID", mid("m073", "email.amazon.com"))],
        [("plain", """お客様

2025年5月分の請求書を発行いたしました。

AWS アカウント ID: 482193650017
請求書番号: 2143880917
ご請求金額: USD 2.87

お支払い方法の確認・変更は請求コンソールから行ってください。
""", "utf-8", "base64")], eol,
        "AWS billing JP; bracketed 12-digit ID; 10-digit invoice number (not a case)")

    # 074 certmetrics benefits after merge
    eol = L
    add("benefit-available", "certification", False, None, [],
        [gauth(eol, "certmetrics.com", mailfrom="bounce@certmetrics.com"),
         ("From", "AWS Certification <do-not-reply@certmetrics.com>"), ("To", ME_P),
         ("Subject", "A new benefit is available in your AWS Certification account"),
         ("Date", d(2025, 6, 3, 2, 0, UTC)), ("Message-ID", mid("m074", "certmetrics.com"))],
        [("plain", """Hello Haruka,

A new benefit has been added to your AWS Certification account: 50% discount on your next AWS Certification exam.

Sign in and open Benefits to view the code. This benefit expires on June 3, 2026.

AWS Certification
""", "utf-8", "7bit")], eol,
        "certification notice that echoes the merge outcome")

    # 075 suspicious: right display name and domain-ish, dmarc fail JP
    eol = L
    add("account-notice-ja", "suspicious", False, None, [],
        [gauth(eol, "aws.training", mailfrom="no-reply@aws.training", dkim="aws.training", ok=False, ip="103.146.202.9"),
         ("From", addr("AWS トレーニングと認定", "no-reply@aws.training")), ("To", ME_P),
         ("Subject", hdr("【重要】認定アカウントの統合に関する本人確認のお願い", "utf-8")),
         ("Date", d(2025, 6, 4, 1, 12, UTC)), ("Message-ID", "<8d21f0a9.4471@bulk-mailer.xyz>")],
        [("plain", """お客様

先日実施された認定アカウントの統合処理において、本人確認が完了しておりません。
48時間以内に下記URLよりログインし、本人確認を完了していただけますでしょうか。
完了いただけない場合、保有資格が失効いたします。

https://aws-training-jp.com/verify

AWS トレーニングと認定
""", "utf-8", "quoted-printable")], eol,
        "JP keigo ask from aws.training address with dkim/dmarc fail")


README_HEAD = """me: %s %s

# blind-68: held-out corpus (written blind)

One mailbox owner: Haruka Ishida / 石田 遥. Personal address `%s`, old company address `%s`
(Northwind Systems, an APN partner; the company mailbox closes on 2025-04-30 and bounces afterwards).
Messages are numbered in arrival order; replies always come after the mail they answer.
Regenerate with `python3 gen.py` (standard library only).

## Cases
| case | digits | channel | story |
|---|---|---|---|
| %s | 15 | T&C form | company -> personal merge: ack, queue notice, candidate-ID request, closing warning, IDs, APN hold with question (to company address), reply from company address, hold without question, partner released + "write from the other address", forward to self, reply from personal address with no case token (threaded only by In-Reply-To/References), Account #1/#2 confirmation (HTML table), "Confirmed", merged, badge, survey |
| %s | 15 | T&C form | duplicate form submission 15 minutes after the first (JP ack), then linked to %s (no action) |
| %s | 11 | AWS Support Center (console) | missing 50%% voucher: "New Support case" ack, HTML-only question to answer in the Support Center, auto-resolve warning, resolved (body mentions %s), console survey |
| %s | 10 | T&C form, mostly Japanese | two accounts on the same address: JP ack (ISO-2022-JP) echoing candidate IDs, keigo confirmation (Shift_JIS), closing warning, JP reply, merged; reopened by the person (missing exam history), reopened/escalated update, news + question, reply threaded only by headers (JP subject, no case token), update, resolved with survey footer, JP survey |
| %s | 15 | T&C form | Partner Central SSO profile: ack, HTML-only info request, reply, JP APN hold with a question, case closed for no reply, JP reply reopening it, two-line top-posted confirmation over long quoted history, "yes", terse "Done", NPS survey |

Decoys: phishing from lookalike domains (011, 052), a mail from the real form address and case-subject format with SPF/DKIM/DMARC failing (041), an aws.training mail with DKIM/DMARC failing (075); a manager's out-of-office quoting the case subject (015); a bounce quoting a case subject (047); other vendors' "case closed, reply to reopen" (034, 065); GitHub "Merged" and review request; HR mail asking for a reply; Pearson VUE with 9-digit registration IDs; 12-digit AWS account IDs; 6-digit codes.

Label judgement calls (for whoever scores this):
- 025 (the person's forward of a support request to herself) is labelled `user_reply`, needs_reply false: it is her own mail on the case; the ask is only in forwarded text.
- 038 (JP acknowledgement) echoes the form text, which contains two candidate IDs; they are counted as the mail's own text (not a quote).
- 056 (resolution with a survey-request footer) is `resolved`; 022/033/035 console mails carry the standard feedback footer.
- 007 (duplicate linked to the other case, no action needed) is `case_update`, not `resolved`.
- Support mails with a case token in the subject belong to that case even when the body names another case (007, 035).

## Messages
| file | kind | needs_reply | case | candidate_ids | what makes it hard |
|---|---|---|---|---|---|
"""


def write_readme():
    rows = []
    for i, m in enumerate(MESSAGES, 1):
        lab = m["label"]
        rows.append("| %03d-%s | %s | %s | %s | %s | %s |" % (
            i, m["slug"], lab["kind"], "yes" if lab["needs_reply"] else "no", lab["case"] or "-",
            " ".join(lab["candidate_ids"]) or "-", m["note"].replace("|", "/")))
    from collections import Counter
    kinds = Counter(m["label"]["kind"] for m in MESSAGES)
    nr = sum(m["label"]["needs_reply"] for m in MESSAGES)
    ja = sum(1 for m in MESSAGES if any(any("\u3040" <= ch <= "\u30ff" for ch in p[1][:400]) for p in m["parts"]))
    head = README_HEAD % (ME_P, ME_C, ME_P, ME_C, C1, C2, C1, C3, C1, C4, C5)
    tail = "\n## Totals\n%d messages; needs_reply true: %d; messages with Japanese text: %d\n\n" % (len(MESSAGES), nr, ja)
    tail += "| kind | count |\n|---|---|\n" + "".join("| %s | %d |\n" % (k, v) for k, v in sorted(kinds.items()))
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(head + "\n".join(rows) + "\n" + tail)


def main():
    build_all()
    for f in os.listdir(OUT):
        if f.endswith(".eml") or (f.endswith(".json") and f[:3].isdigit()):
            os.remove(os.path.join(OUT, f))
    for i, m in enumerate(MESSAGES, 1):
        base = "%03d-%s" % (i, m["slug"])
        data = build(m["headers"], m["parts"], m["eol"])
        with open(os.path.join(OUT, base + ".eml"), "wb") as fh:
            fh.write(data)
        with open(os.path.join(OUT, base + ".json"), "w", encoding="utf-8") as fh:
            json.dump(m["label"], fh, ensure_ascii=False)
            fh.write("\n")
    write_readme()
    print("wrote %d messages" % len(MESSAGES))


if __name__ == "__main__":
    main()
