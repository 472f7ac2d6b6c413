#!/usr/bin/env python3
"""Generate a blind held-out corpus of mailbox messages (stdlib only).
Writes NNN-slug.eml + NNN-slug.json into the directory this script lives in."""
import os, json, base64, quopri, hashlib, datetime, glob
from email.header import Header
from email.utils import formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
ME_P = "haruka.ogiwara.k@gmail.com"
ME_C = "h.ogiwara@kitasora-sys.co.jp"
ME_NAME = "Haruka Ogiwara"
TC = "aws-cs-trainingcertification-form@amazon.com"
TCF = "AWS Training and Certification <%s>" % TC
CONSOLE = "Amazon Web Services <no-reply-aws@amazon.com>"

CASE_D = "13587204619"       # 11 digits, 2023, company address, died of no answer
CASE_A = "174115263800912"   # 15 digits, main 2025 merge (APN hold, reopen)
CASE_B = "174115301700455"   # 15 digits, duplicate form submission
CASE_C = "7483920165"        # 10 digits, console case (Support Center)
CASE_E = "175046881200734"   # 15 digits, two accounts on the same personal address

SUBJ = lambda c: "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % c
SUBJ_SP = lambda c: "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % c

MSGS = []
MID = {}


def dt(s):
    """'2025-03-05 05:31:02 +0000' -> RFC 2822 date"""
    d = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")
    return d.strftime("%a, %d %b %Y %H:%M:%S %z")


def hdr(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def addr(name, a, charset="utf-8"):
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), a)


def auth(rcpt, domain, dkim="pass", spf="pass", dmarc="pass", mailfrom=None):
    mailfrom = mailfrom or domain
    if rcpt == ME_P:
        return ("mx.google.com;\n       dkim=%s header.i=@%s header.s=sel%s header.b=Xq3%s;\n"
                "       spf=%s (google.com: domain of bounces@%s designates 54.240.8.%d as permitted sender) smtp.mailfrom=%s;\n"
                "       dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=%s) header.from=%s"
                % (dkim, domain, int(hashlib.md5(domain.encode()).hexdigest(), 16) % 97, domain[:3], spf, mailfrom, len(domain) + 10, mailfrom,
                   dmarc, "NONE" if dmarc == "pass" else "QUARANTINE", domain))
    return ("spf=%s (sender IP is 54.240.11.%d)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n"
            " header.d=%s;dmarc=%s action=%s header.from=%s;compauth=%s reason=%s"
            % (spf, len(domain), mailfrom, dkim if dkim != "pass" else "pass", domain, dmarc,
               "none" if dmarc == "pass" else "quarantine", domain,
               "pass" if dmarc == "pass" else "fail", "100" if dmarc == "pass" else "000"))


def enc(text, charset, cte):
    b = text.encode(charset)
    if cte == "base64":
        return base64.encodebytes(b)
    if cte == "quoted-printable":
        return quopri.encodestring(b)
    return b


def part(text, ctype="text/plain", charset="utf-8", cte="8bit"):
    h = "Content-Type: %s; charset=%s\nContent-Transfer-Encoding: %s\n" % (
        ctype, '"%s"' % charset if charset.lower() != "iso-2022-jp" else "ISO-2022-JP", cte)
    return h.encode("ascii") + b"\n" + enc(text, charset, cte)


def multipart(sub, parts, n):
    b = ("----=_Part_%d_%s" % (n, hashlib.md5(str(n).encode()).hexdigest()[:12])).encode()
    out = b"Content-Type: multipart/" + sub.encode() + b"; boundary=\"" + b + b"\"\n\n"
    out += b"This is a multi-part message in MIME format.\n"
    for p in parts:
        out += b"\n--" + b + b"\n" + p
        if not p.endswith(b"\n"):
            out += b"\n"
    out += b"\n--" + b + b"--\n"
    return out


def attach(data, ctype, filename):
    return ("Content-Type: %s; name=\"%s\"\nContent-Disposition: attachment; filename=\"%s\"\n"
            "Content-Transfer-Encoding: base64\n\n" % (ctype, filename, filename)).encode() + base64.encodebytes(data)


def add(slug, frm, to, subj, date, body, label, key=None, irt=None, refs=None, au=None,
        extra=(), crlf=False, cc=None, subj_cs="utf-8", domain="amazon.com", note=""):
    n = len(MSGS) + 1
    mid = "<%s.%d@%s>" % (hashlib.sha1((slug + date).encode()).hexdigest()[:20], n,
                          {"amazon.com": "email.amazonses.com"}.get(domain, domain))
    if key:
        MID[key] = mid
    h = []
    if au:
        h.append("Authentication-Results: " + au)
    h.append("Date: " + dt(date))
    h.append("From: " + frm)
    h.append("To: " + to)
    if cc:
        h.append("Cc: " + cc)
    h.append("Subject: " + hdr(subj, subj_cs))
    h.append("Message-ID: " + mid)
    if irt:
        h.append("In-Reply-To: " + MID[irt])
    if refs:
        h.append("References: " + " ".join(MID[r] for r in refs))
    h.extend(extra)
    h.append("MIME-Version: 1.0")
    raw = ("\n".join(h) + "\n").encode("ascii") + body
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    kind, needs, case, cids = label
    MSGS.append(dict(n=n, slug=slug, raw=raw, label={"kind": kind, "needs_reply": needs, "case": case,
                                                       "candidate_ids": cids}, note=note))


def q(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.strip("\n").split("\n"))


def sig(name, jp=False):
    if jp:
        return "\n%s\nAWS トレーニングと認定 カスタマーサポート\n" % name
    return "\nBest regards,\n\n%s\nAWS Training and Certification Customer Support\n" % name


# ---------------------------------------------------------------- 2023: case D (company address)
ack_d = """荻原 様

Amazon Web Services にお問い合わせいただきありがとうございます。

ケース %s を作成いたしました。お問い合わせ内容は以下のとおりです。

お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: 認定
その他の詳細: アカウントの統合

担当者より通常24時間以内にご連絡いたします。
すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。
対応が遅れる原因となります。

追加の情報がございましたら、このメールにご返信ください。

AWS トレーニングと認定
""" % CASE_D
add("tc-form-received-jp", TCF, ME_C, SUBJ(CASE_D), "2023-11-06 02:14:09 +0000",
    part(ack_d, charset="iso-2022-jp", cte="7bit"), ("acknowledgement", False, CASE_D, []),
    key="d_ack", au=auth(ME_C, "amazon.com"),
    note="Japanese ack in ISO-2022-JP; ends with conditional ご返信ください (no reply needed); 11-digit case")

pv1 = """Dear Haruka Ogiwara,

Thank you for scheduling your exam with Pearson VUE.

Exam: AWS Certified Solutions Architect - Associate (SAA-C03)
Registration ID: 402918374
Date: Thursday, November 9, 2023
Time: 10:00 AM JST
Test center: Pearson Professional Centers - Tokyo Shinjuku

Please arrive 15 minutes before your appointment and bring two valid forms of ID.
If you need to reschedule or cancel, do so at least 24 hours in advance through your web account.

This mailbox is not monitored. Please do not reply to this email.

Pearson VUE
"""
add("exam-appointment", "Pearson VUE <pearsonvue-confirmation@pearson.com>", ME_C,
    "Pearson VUE Confirmation of Booking - AWS Certified Solutions Architect - Associate",
    "2023-11-06 05:40:22 +0000", part(pv1, charset="us-ascii", cte="7bit"), ("unrelated", False, None, []),
    au=auth(ME_C, "pearson.com"), domain="pearson.com",
    note="exam vendor; 9-digit registration ID is not a case number")

info_d = """荻原 遥 様

AWS トレーニングと認定 カスタマーサポートの佐々木でございます。
このたびはアカウント統合についてお問い合わせいただき、誠にありがとうございます。

フォームにご記載いただいた内容を確認いたしました。退職に伴い、会社のメールアドレスで
ご登録の認定アカウントを、個人のメールアドレスのアカウントへ統合されたいとのご意向と
理解しております。

弊社システムにて検索いたしましたところ、ご記載のメールアドレスに該当するアカウントが
複数見つかっており、現時点ではどのアカウント同士を統合すべきか特定できておりません。
統合は一度実施すると元に戻すことができないため、誤った統合を防ぐ目的で、事前に
確認をさせていただいております。

つきましては、お手数ではございますが、以下の2点についてご教示いただけますでしょうか。

1. 統合元・統合先それぞれのアカウントの候補ID(「AWS」で始まる番号で、認定アカウントに
   サインイン後、画面右上に表示されます)
2. 統合後に残したいメールアドレス

ご回答をいただき次第、統合の手続きを進めさせていただきます。
何卒よろしくお願い申し上げます。

佐々木
AWS トレーニングと認定 カスタマーサポート
"""
add("tc-followup-ids", TCF, ME_C, SUBJ(CASE_D), "2023-11-08 07:03:51 +0000",
    part(info_d, charset="shift_jis", cte="8bit"), ("info_request", True, CASE_D, []),
    key="d_info", irt="d_ack", refs=["d_ack"], au=auth(ME_C, "amazon.com"),
    note="Shift_JIS keigo; the ask (いただけますでしょうか) is buried after explanation; mentions the AWS prefix but no real ID")

nl = """各位

総務部より今月のお知らせです。

■ 年末調整書類の提出について
11月24日(金)までに、人事システムから申告書を提出してください。不明点は総務部 山本までご返信ください。

■ 健康診断の再検査
対象者には個別にメールでご連絡しています。

■ 社内勉強会
12月1日(金) 18:00〜「AWS認定 合格者が語る試験対策」

以上、よろしくお願いいたします。
株式会社キタソラシステムズ 総務部
"""
add("internal-bulletin", addr("総務部", "soumu@kitasora-sys.co.jp"), "all-staff@kitasora-sys.co.jp",
    "【総務部】11月のお知らせ", "2023-11-10 00:30:00 +0000", part(nl, cte="8bit"),
    ("unrelated", False, None, []), au=auth(ME_C, "kitasora-sys.co.jp"), domain="kitasora-sys.co.jp",
    note="internal Japanese newsletter with ください requests not aimed at support")

close_d1 = """荻原 様

いつも AWS トレーニングと認定をご利用いただきありがとうございます。

2023年11月8日にお送りしたご案内について、現時点でお客様からのご返信を確認できておりません。

このまま3営業日以内にご連絡がない場合、本ケースはクローズとさせていただきます。
引き続きアカウント統合をご希望の場合は、本メールにご返信ください。

AWS トレーニングと認定 カスタマーサポート
"""
add("tc-reminder-jp", TCF, ME_C, SUBJ(CASE_D), "2023-11-15 03:12:40 +0000",
    part(close_d1, cte="base64"), ("closing_notice", True, CASE_D, []),
    key="d_close1", irt="d_info", refs=["d_ack", "d_info"], au=auth(ME_C, "amazon.com"),
    note="Japanese closing warning in base64 UTF-8")

close_d2 = """Hello,

We did not receive a response to our previous messages, so case %s has now been closed.

Should you still need assistance with merging your certification accounts, reply to this
message within 14 days and the case will be reopened automatically. After that, a new
request will be needed.

Thank you,
AWS Training and Certification
""" % CASE_D
add("tc-case-closed-en", TCF, ME_C, SUBJ_SP(CASE_D), "2023-11-20 06:00:03 +0000",
    part(close_d2, charset="us-ascii", cte="7bit"), ("closing_notice", True, CASE_D, []),
    key="d_close2", irt="d_close1", refs=["d_ack", "d_info", "d_close1"], au=auth(ME_C, "amazon.com"),
    note="already-closed notice; reply reopens -> closing_notice; 'RE: [CASE' with space")

# ---------------------------------------------------------------- 2025 background
bill = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending in 4092, is available on
the AWS web site. Your account will be charged the following:

Total: $3.41

Account ID: 481726354092
Billing period: January 1 - January 31, 2025

You can see a complete break down of all charges on the Billing & Cost Management page:
https://console.aws.amazon.com/billing/home#/bills

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
add("monthly-invoice", "Amazon Web Services <aws-billing@amazon.com>", ME_P,
    "Amazon Web Services Billing Statement Available [Account: 481726354092]", "2025-02-03 09:15:00 +0000",
    part(bill, charset="us-ascii", cte="7bit"), ("unrelated", False, None, []), au=auth(ME_P, "amazon.com"),
    note="AWS billing with 12-digit account ID in subject; not a case")

cm1_txt = """Hello Haruka,

AWS Certification wants to hear from you!

As an AWS Certified individual, your perspective helps shape the future of our exams.
We're inviting a small group of certification holders to share feedback about their
certification experience. The survey takes about 10 minutes.

Please share your feedback by February 28, 2025:
https://www.certmetrics.com/amazon/survey/xp25

Thank you for being part of the AWS Certification community.

AWS Certification
Please do not reply to this message. This mailbox is not monitored.
"""
cm1_html = ("<html><body style=\"font-family:Arial\"><p>Hello Haruka,</p><h2>AWS Certification wants to hear from you!</h2>"
            "<p>As an AWS Certified individual, your perspective helps shape the future of our exams. "
            "The survey takes about 10 minutes.</p><p><a href=\"https://www.certmetrics.com/amazon/survey/xp25\" "
            "style=\"background:#ff9900;padding:8px 16px;color:#000\">Share your feedback</a></p>"
            "<p style=\"font-size:11px\">Please do not reply to this message.</p></body></html>")
add("certification-feedback-invite", "AWS Certification <do-not-reply@certmetrics.com>", ME_C,
    "AWS Certification wants to hear from you", "2025-02-12 16:02:11 +0000",
    multipart("alternative", [part(cm1_txt, cte="quoted-printable"), part(cm1_html, "text/html", cte="quoted-printable")], 8),
    ("certification", False, None, []), au=auth(ME_C, "certmetrics.com"), domain="certmetrics.com",
    note="certmetrics feedback invitation: looks like a survey/request but is a certification notice")

gh = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kitasora/infra-modules/pull/412#event-16234001
You are receiving this because you authored the thread.

Message ID: <kitasora/infra-modules/pull/412/issue_event/16234001@github.com>
"""
add("pr-412", "Takeshi Mori <notifications@github.com>", "kitasora/infra-modules <infra-modules@noreply.github.com>",
    "Re: [kitasora/infra-modules] Add S3 lifecycle rules for log buckets (PR #412)", "2025-02-18 04:21:37 +0000",
    part(gh, charset="us-ascii", cte="7bit"), ("unrelated", False, None, []),
    extra=["Cc: Haruka Ogiwara <%s>, Author <author@noreply.github.com>" % ME_C], au=auth(ME_C, "github.com"),
    domain="github.com", note="GitHub 'Merged' notification with 'Reply to this email'")

hr = """荻原 遥 さん

人事部の田中です。退職のお手続きについてご案内します。

・最終出社日:2025年3月31日(月)
・社用メールアドレス(h.ogiwara@kitasora-sys.co.jp)は4月1日 0:00 に停止されます
・PC・入館証は最終出社日に情報システム部へ返却してください

社用アドレスで登録している外部サービス(資格、勉強会サイト等)がある場合は、
停止前に個人アドレスへの切り替えをお願いします。

離職票の送付先住所を、3月14日までにこのメールへの返信でお知らせください。

人事部 田中
"""
add("offboarding-notice", addr("田中 美咲", "m.tanaka@kitasora-sys.co.jp"), ME_C,
    "【人事】退職手続きのご案内", "2025-02-25 01:05:00 +0000", part(hr, cte="quoted-printable"),
    ("unrelated", False, None, []), au=auth(ME_C, "kitasora-sys.co.jp"), domain="kitasora-sys.co.jp",
    note="internal HR asks for a reply by email - a real request, but not from support")

code = """Verify your AWS Builder ID email address

Hello,

To finish creating your AWS Builder ID, enter the following verification code:

583021

This code expires in 30 minutes. If you did not request this code, you can ignore this message.

Amazon Web Services
"""
add("builder-id-code", "AWS <no-reply@signin.aws>", ME_P, "Verify your AWS Builder ID email address",
    "2025-03-05 05:02:44 +0000", part(code, charset="us-ascii", cte="7bit"), ("unrelated", False, None, []),
    au=auth(ME_P, "signin.aws"), domain="signin.aws", note="6-digit one-time code, not a case")

welc = """Hi Haruka,

Welcome to AWS Skill Builder! Your AWS Training and Certification profile is ready.

What's next?
- Explore 600+ free digital courses
- Schedule a certification exam from your Certification account
- Claim your digital badges on Credly

If you did not create this profile, contact us at https://support.aws.amazon.com/#/contacts/aws-training

AWS Training and Certification
"""
add("skillbuilder-welcome", "AWS Training and Certification <no-reply@aws.training>", ME_P,
    "Welcome to AWS Skill Builder", "2025-03-05 05:12:09 +0000", part(welc, charset="us-ascii", cte="7bit"),
    ("unrelated", False, None, []), au=auth(ME_P, "aws.training"), domain="aws.training",
    note="training platform welcome mail; 'contact us' link")

# ---------------------------------------------------------------- case A + duplicate B
ack_a = """Amazon Web Services にお問い合わせいただきありがとうございます。

ケース %s を作成しました。ケースの詳細は以下のとおりです。

ケース ID: %s
件名: [AWS Training and Certification Form Submission] - account-assistance
重要度: 一般的なご質問
お問い合わせ内容:
Use Case: I am no longer an employee of Kitasora Systems and would like to merge my accounts.
All email addresses you may have used in our system: h.ogiwara@kitasora-sys.co.jp, haruka.ogiwara.k@gmail.com
The email address you would like to keep on file: haruka.ogiwara.k@gmail.com

通常24時間以内に担当者よりご連絡いたします。すでにケースが提起されている場合は、
同様のリクエストについて別のケースを提起しないでください。

よろしくお願いいたします。
Amazon Web Services
""" % (CASE_A, CASE_A)
add("tc-case-opened", TCF, ME_P, SUBJ(CASE_A), "2025-03-05 05:31:02 +0000",
    part(ack_a, cte="quoted-printable"), ("acknowledgement", False, CASE_A, []), key="a_ack",
    au=auth(ME_P, "amazon.com"), note="Japanese ack, quoted-printable, 15-digit case; quotes the user's form text")

ack_b = """Thank you for contacting Amazon Web Services. We have opened case %s to address your request.

The details of your case are as follows:

Case ID: %s
Subject: [AWS Training and Certification Form Submission] - account-assistance
Severity: General guidance

Use Case: I left my company, please merge my company certification account into my personal one.
Addresses: h.ogiwara@kitasora-sys.co.jp / haruka.ogiwara.k@gmail.com
Keep: haruka.ogiwara.k@gmail.com

We usually respond within 24 hours. If you have additional information for this case,
please reply to this email. Please do not open a new case for the same request.

Sincerely,
Amazon Web Services
""" % (CASE_B, CASE_B)
add("tc-case-opened-2", TCF, ME_P, SUBJ_SP(CASE_B), "2025-03-05 05:37:20 +0000",
    part(ack_b, charset="us-ascii", cte="7bit"), ("acknowledgement", False, CASE_B, []), key="b_ack",
    au=auth(ME_P, "amazon.com"), note="second ack minutes later = duplicate form submission; 'please reply' is conditional")

rep_b = """Hello,

Sorry, I think I pressed the submit button two times. This is the same request as case %s.
Please handle only one of them.

Haruka Ogiwara
""" % CASE_A
add("re-case-opened-2", addr(ME_NAME, ME_P), TCF, "Re: " + SUBJ_SP(CASE_B), "2025-03-05 14:50:12 +0900",
    part(rep_b, charset="us-ascii", cte="7bit"), ("user_reply", False, CASE_B, []), key="b_rep",
    irt="b_ack", refs=["b_ack"], domain="mail.gmail.com",
    note="user reply on the duplicate case mentions the other case number; 'Please handle' is addressed to support")

ph1 = """<html><body style="font-family:Amazon Ember,Arial">
<img src="https://aws-certification-support.com/static/aws-logo.png" alt="aws">
<p>Dear Candidate,</p>
<p>We received a request to merge your AWS Certification accounts. To protect your credentials,
<b>you must verify your identity within 24 hours</b> or the request will be cancelled and your
certifications may be suspended.</p>
<table border="1" cellpadding="6"><tr><td>Request type</td><td>Account Merge</td></tr>
<tr><td>Status</td><td style="color:red">Pending verification</td></tr></table>
<p><a href="https://aws-certification-support.com/verify?session=8f2a1c">Verify my account</a></p>
<p>AWS Training &amp; Certification Security Team</p>
</body></html>"""
add("merge-verification-required", "AWS Certification <security@aws-certification-support.com>", ME_P,
    "Action Required: Verify your AWS Certification account merge", "2025-03-05 09:12:55 +0000",
    part(ph1, "text/html", cte="quoted-printable"), ("suspicious", False, None, []),
    au=auth(ME_P, "aws-certification-support.com"), domain="aws-certification-support.com",
    note="phishing from lookalike domain; passes its own DKIM/DMARC; urgent ask")

dup_b = """Hi Haruka,

Thanks for reaching out. It looks like the merge request was submitted twice through the contact form
a few minutes apart, which created this case (%s) as well as case %s.

To keep everything in one place, I've marked this one as a duplicate. A colleague is already working on
your request under case %s, and all further communication will happen there. Nothing to do on your end
for this case.

Thanks,
Priya
AWS Training and Certification Customer Support
""" % (CASE_B, CASE_A, CASE_A)
add("tc-duplicate-note", TCF, ME_P, SUBJ_SP(CASE_B), "2025-03-05 16:02:31 +0000",
    part(dup_b, charset="us-ascii", cte="7bit"), ("case_update", False, CASE_B, []), key="b_dup",
    irt="b_ack", refs=["b_ack"], au=auth(ME_P, "amazon.com"),
    note="duplicate-case news mentioning the other case number; asks nothing; case is B (subject)")

hold_txt = """Hello Haruka,

Thank you for your patience while we looked into your request.

While reviewing the accounts, I found that the certification account registered to
h.ogiwara@kitasora-sys.co.jp is associated with an AWS Partner Network (APN) organization
(Kitasora Systems Co., Ltd.). Certification accounts linked to a partner organization are
managed together with that partner, and we can't merge them while the account holder is
still employed there, since the partner's certification counts depend on it.

Your case is on hold for the moment.

Are you still with Kitasora Systems? If you've already left, or are about to, tell us your
last working day and we'll take it from there.

Kind regards,
Aoife
AWS Training and Certification Customer Support
"""
hold_html = ("<html><body><p>Hello Haruka,</p><p>Thank you for your patience while we looked into your request.</p>"
             "<p>While reviewing the accounts, I found that the certification account registered to "
             "h.ogiwara@kitasora-sys.co.jp is associated with an <b>AWS Partner Network (APN)</b> organization "
             "(Kitasora Systems Co., Ltd.). Certification accounts linked to a partner organization are managed together "
             "with that partner, and we can't merge them while the account holder is still employed there.</p>"
             "<p>Your case is on hold for the moment.</p><p>Are you still with Kitasora Systems? If you've already left, "
             "or are about to, tell us your last working day and we'll take it from there.</p>"
             "<p>Kind regards,<br>Aoife<br>AWS Training and Certification Customer Support</p></body></html>")
add("tc-partner-account", TCF, ME_P, SUBJ(CASE_A), "2025-03-06 01:45:12 +0000",
    multipart("alternative", [part(hold_txt, charset="us-ascii", cte="7bit"),
                              part(hold_html, "text/html", charset="us-ascii", cte="7bit")], 17),
    ("on_hold", True, CASE_A, []), key="a_hold1", irt="a_ack", refs=["a_ack"], au=auth(ME_P, "amazon.com"),
    note="APN hold that asks a bare question (no please); multipart/alternative")

amz = """荻原 遥 様

Amazon.co.jp をご利用いただき、ありがとうございます。
ご注文の確認をお知らせします。

注文番号: 250-4418273-1936550
お届け予定: 3月8日(土)

  AWS認定 ソリューションアーキテクト プロフェッショナル 合格対策テキスト  ¥3,520

注文内容の確認・変更は「注文履歴」から行ってください。
このメールアドレスは配信専用です。このメッセージに返信しないようお願いいたします。

Amazon.co.jp
"""
add("order-confirmation", addr("Amazon.co.jp", "auto-confirm@amazon.co.jp"), ME_P,
    "Amazon.co.jpでのご注文 250-4418273-1936550", "2025-03-06 02:20:41 +0000", part(amz, cte="8bit"),
    ("unrelated", False, None, []), au=auth(ME_P, "amazon.co.jp"), domain="amazon.co.jp",
    note="genuine Amazon (retail) mail; order number digits resemble candidate IDs")

rep_a1 = """Hello Aoife,

Thank you for checking. Yes I am still employee of Kitasora Systems but I am leaving.
My last working day is March 31, 2025. The company mail address will be stopped at April 1,
so after that I can only use this gmail address.

For reference my candidate IDs: company account is AWS01936550, personal is AWS04418273.

Best regards,
Haruka Ogiwara

2025年3月6日(木) 10:45 AWS Training and Certification <%s>:

%s
""" % (TC, q(hold_txt))
add("re-partner-account", addr(ME_NAME, ME_P), TCF, "Re: " + SUBJ(CASE_A), "2025-03-06 11:58:03 +0900",
    part(rep_a1, cte="8bit"), ("user_reply", False, CASE_A, ["AWS01936550", "AWS04418273"]), key="a_rep1",
    irt="a_hold1", refs=["a_ack", "a_hold1"], domain="mail.gmail.com",
    note="user reply, non-native English, Gmail quoting with Japanese attribution line; quotes the hold's question")

ooo = """荻原さん

メールありがとうございます。
3月6日(木)〜3月10日(月)まで休暇のため不在にしております。
急ぎの件は インフラチーム(infra@kitasora-sys.co.jp)までご連絡ください。
戻り次第、返信いたします。

森 武史
"""
add("auto-reply-colleague", addr("森 武史", "t.mori@kitasora-sys.co.jp"), ME_C, "自動応答: 引継ぎ資料の確認依頼",
    "2025-03-06 05:02:10 +0000", part(ooo, charset="iso-2022-jp", cte="7bit"), ("unrelated", False, None, []),
    au=auth(ME_C, "kitasora-sys.co.jp"), domain="kitasora-sys.co.jp", subj_cs="iso-2022-jp",
    extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    note="Japanese out-of-office auto-reply (ISO-2022-JP)")

hold2 = """Hi Haruka,

Thanks for confirming your last day.

Because the old account belongs to a partner organization, I've notified the APN alliance contact at
Kitasora Systems that the account is due to be separated. The case will stay on hold until they release
it on their side, which usually takes two to three business days.

You don't need to do anything right now. I'll update this case as soon as I hear back from them.

Aoife
AWS Training and Certification Customer Support

-----Original Message-----
From: Haruka Ogiwara <%s>
Sent: Thursday, March 6, 2025 2:58 AM
To: %s
Subject: Re: %s

%s
""" % (ME_P, TC, SUBJ(CASE_A), rep_a1.split("Best regards")[0].strip())
add("tc-waiting-partner", TCF, ME_P, SUBJ(CASE_A), "2025-03-07 00:31:45 +0000",
    part(hold2, charset="us-ascii", cte="7bit"), ("on_hold", False, CASE_A, []), key="a_hold2",
    irt="a_rep1", refs=["a_ack", "a_hold1", "a_rep1"], au=auth(ME_P, "amazon.com"),
    note="on_hold that asks nothing; quoted user text (Outlook style) contains candidate IDs, which must not count")

mk = """<html><body>
<table width="600" align="center" style="font-family:sans-serif">
<tr><td><h1>AWS Summit Japan 2025</h1><p>6月25日(水)・26日(木) 幕張メッセ</p></td></tr>
<tr><td><p>150以上のセッション、AWS認定者限定ラウンジもご用意しています。</p>
<p>認定をお持ちの方は、登録時に認定番号をご入力ください。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/">今すぐ登録</a></p></td></tr>
<tr><td style="font-size:10px">このメールは配信専用です。配信停止をご希望の場合は<a href="#">こちら</a>。<br>
アマゾン ウェブ サービス ジャパン合同会社</td></tr></table></body></html>"""
add("event-invitation-jp", addr("AWS Japan", "aws-marketing-email-replies@amazon.com"), ME_P,
    "【AWS Summit Japan 2025】登録受付を開始しました", "2025-03-10 02:00:00 +0000",
    part(mk, "text/html", cte="base64"), ("unrelated", False, None, []), au=auth(ME_P, "amazon.com"),
    note="AWS marketing, HTML-only base64, Japanese, genuine amazon.com")

upd_a = """Hi Haruka,

Quick update on your case: the partner contact at Kitasora Systems has released the certification account
tied to h.ogiwara@kitasora-sys.co.jp, so the hold is lifted.

I'm passing this back to the merge queue now. You'll get the account details to check from one of us shortly.

Aoife
"""
add("tc-hold-lifted", TCF, ME_P, SUBJ(CASE_A), "2025-03-11 06:14:00 +0000",
    part(upd_a, charset="us-ascii", cte="7bit"), ("case_update", False, CASE_A, []), key="a_upd1",
    irt="a_hold2", refs=["a_ack", "a_hold1", "a_rep1", "a_hold2"], au=auth(ME_P, "amazon.com"),
    note="progress news only; announces a future request without asking")

name_html = """<html><body>
<p>荻原 様</p>
<p>AWS トレーニングと認定 カスタマーサポートの村上です。統合作業の準備を進めております。</p>
<p>2つのアカウントに登録されている氏名の表記が異なっております。</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><th>候補ID</th><th>名</th><th>姓</th></tr>
<tr><td>AWS04418273</td><td>Haruka</td><td>Ogiwara</td></tr>
<tr><td>AWS01936550</td><td>HARUKA</td><td>OGIWARA</td></tr>
</table>
<p>統合後のアカウントに残す表記を、本メールに返信してお知らせください。<br>
(認定証およびCredlyバッジには、こちらの表記が使用されます。)</p>
<p>村上<br>AWS トレーニングと認定 カスタマーサポート</p>
</body></html>"""
add("tc-name-format-jp", TCF, ME_P, SUBJ(CASE_A), "2025-03-11 09:20:00 +0000",
    part(name_html, "text/html", cte="base64"), ("info_request", True, CASE_A, ["AWS04418273", "AWS01936550"]),
    key="a_name", irt="a_upd1", refs=["a_ack", "a_upd1"], au=auth(ME_P, "amazon.com"),
    note="Japanese HTML-only base64 with a table; plain 〜ください ask about something other than the merge choice")

name_rep = """村上様

ご連絡ありがとうございます。
「Haruka Ogiwara」(AWS04418273 の表記)でお願いいたします。

荻原

On Tue, 11 Mar 2025 at 18:20, AWS Training and Certification <%s> wrote:
> 統合後のアカウントに残す表記を、本メールに返信してお知らせください。
""" % TC
add("re-name-format-jp", addr("荻原 遥", ME_P), TCF, "Re: " + SUBJ(CASE_A), "2025-03-11 20:02:10 +0900",
    part(name_rep, cte="quoted-printable"), ("user_reply", False, CASE_A, ["AWS04418273"]), key="a_name_rep",
    irt="a_name", refs=["a_ack", "a_upd1", "a_name"], domain="mail.gmail.com",
    note="Japanese user reply quoting the request line")

conf_html = """<html><head><style>td{border:1px solid #ccc;padding:4px 10px}</style></head><body>
<p>Hello Haruka,</p>
<p>My name is Tomasz and I'll be completing the merge you requested. Before anything is combined I always
lay out what we have on file, because merges are permanent and can't be undone afterwards.</p>
<table cellspacing="0">
<tr><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS04418273</td><td>AWS01936550</td></tr>
<tr><td>Login email</td><td>haruka.ogiwara.k@gmail.com</td><td>h.ogiwara@kitasora-sys.co.jp</td></tr>
<tr><td>Training notification email</td><td>haruka.ogiwara.k@gmail.com</td><td>h.ogiwara@kitasora-sys.co.jp</td></tr>
<tr><td>Certification notification email</td><td>haruka.ogiwara.k@gmail.com</td><td>h.ogiwara@kitasora-sys.co.jp</td></tr>
<tr><td>Active certifications</td><td>none</td><td>SAA-C03, CLF-C02</td></tr>
</table>
<p>All exam history, certifications and benefits from the account that is not kept will be moved over.</p>
<p>Which of these two should remain as your account going forward? From your form I'd expect Account #1 &mdash;
just say so in a reply and I'll take care of the rest.</p>
<p>Thanks,<br>Tomasz<br>AWS Training and Certification Customer Support</p>
</body></html>"""
add("tc-account-check", TCF, ME_P, SUBJ(CASE_A), "2025-03-12 08:40:19 +0000",
    part(conf_html, "text/html", charset="us-ascii", cte="quoted-printable"),
    ("confirmation_request", True, CASE_A, ["AWS04418273", "AWS01936550"]), key="a_conf",
    irt="a_name_rep", refs=["a_ack", "a_hold1", "a_rep1", "a_hold2", "a_upd1", "a_name", "a_name_rep"], au=auth(ME_P, "amazon.com"),
    note="HTML-only table with Account #1/#2; the ask is a question followed by 'just say so'")

jira = """Takeshi Mori changed the status to Done on INFRA-2291

INFRA-2291: Handover of certification tracking sheet
Assignee: Haruka Ogiwara
Status: In Review -> Done

Comment: Thanks Haruka, merged your notes into the wiki. Could you add the account list before you leave?

View issue: https://kitasora.atlassian.net/browse/INFRA-2291
Add a comment by replying to this email.
"""
add("jira-infra-2291", "Takeshi Mori (Jira) <jira@kitasora.atlassian.net>", ME_C,
    "[JIRA] (INFRA-2291) Handover of certification tracking sheet", "2025-03-13 02:11:05 +0000",
    part(jira, charset="us-ascii", cte="7bit"), ("unrelated", False, None, []),
    au=auth(ME_C, "atlassian.net"), domain="atlassian.net", note="Jira: 'merged', 'Could you', 'replying to this email'")

exp = """Dear Haruka Ogiwara,

Your AWS Certified Cloud Practitioner certification will expire in 90 days, on June 11, 2025.

To maintain your certification, you can recertify by passing the latest version of the exam or by earning
a higher-level certification. Your 50% discount benefit can be applied to your next exam.

Log in to your AWS Certification Account to view your options:
https://www.aws.training/Certification

AWS Certification

This is an automatically generated message. Please do not reply.
"""
add("certification-expiry-reminder", "AWS Certification <do-not-reply@certmetrics.com>", ME_C,
    "Your AWS Certification expires in 90 days", "2025-03-13 15:00:00 +0000",
    part(exp, charset="us-ascii", cte="7bit"), ("certification", False, None, []),
    au=auth(ME_C, "certmetrics.com"), domain="certmetrics.com",
    note="certification expiry with call to action; no reply")

close_a = """Hi Haruka,

Circling back on my colleague's note from last week: we still need your go-ahead on which account to keep.
If we don't hear from you by Thursday, March 20, this case will be closed automatically. A reply any time
before then keeps it open.

Nadia
AWS Training and Certification

On Wed, Mar 12, 2025 at 8:40 AM, AWS Training and Certification <%s> wrote:
> Hello Haruka,
>
> My name is Tomasz and I'll be completing the merge you requested.
>
> Account #1: AWS04418273 / haruka.ogiwara.k@gmail.com
> Account #2: AWS01936550 / h.ogiwara@kitasora-sys.co.jp
>
> Which of these two should remain as your account going forward? From your form I'd expect Account #1 -
> just say so in a reply and I'll take care of the rest.
""" % TC
add("tc-follow-up", TCF, addr(ME_NAME, ME_P), SUBJ(CASE_A), "2025-03-17 13:05:52 +0000",
    part(close_a, charset="us-ascii", cte="7bit"), ("closing_notice", True, CASE_A, []), key="a_close",
    irt="a_conf", refs=["a_ack", "a_conf"], cc=ME_C, au=auth(ME_P, "amazon.com"),
    note="closing notice top-posted above the quoted confirmation request; candidate IDs only in quote")

rep_a2 = """Confirmed. Please merge to Account #1.

Haruka Ogiwara
Kitasora Systems Co., Ltd. / Infrastructure Group

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Monday, March 17, 2025 10:05 PM
To: Haruka Ogiwara <%s>
Cc: %s
Subject: %s

%s
""" % (TC, ME_P, ME_C, SUBJ(CASE_A), close_a)
add("re-follow-up-outlook", addr("荻原 遥 (Haruka Ogiwara)", ME_C), TCF, "RE: " + SUBJ(CASE_A),
    "2025-03-18 09:02:30 +0900", part(rep_a2, cte="quoted-printable"), ("user_reply", False, CASE_A, []),
    key="a_rep2", irt="a_close", refs=["a_ack", "a_conf", "a_close"], crlf=True,
    domain="kitasora-sys.co.jp", extra=["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AdtX3k1u0Yf0mQ=="],
    note="user confirms from the OLD company address (wrong address), Outlook quoting, CRLF")

wrong = """Thank you, Haruka.

One catch before I can go ahead: your confirmation arrived from h.ogiwara@kitasora-sys.co.jp, which is the
login of Account #2, the account that will be retired. For security reasons the go-ahead has to come from
the address on the account we are keeping.

We need you to reply to this message from haruka.ogiwara.k@gmail.com with the same confirmation. As soon as
it arrives I'll complete the merge.

Nadia
AWS Training and Certification Customer Support
"""
add("tc-address-mismatch", TCF, ME_C, SUBJ(CASE_A), "2025-03-18 02:44:10 +0000",
    part(wrong, charset="us-ascii", cte="7bit"), ("info_request", True, CASE_A, []), key="a_info1",
    irt="a_rep2", refs=["a_ack", "a_conf", "a_close", "a_rep2"], au=auth(ME_C, "amazon.com"),
    note="asks to write again from the destination address ('We need you to'); sent to the company mailbox")

it = """社員各位

情報システム部です。

3月末退職者の社用メールアカウントは、4月1日(火) 0:00 に停止いたします。
停止後は受信メールが送信元へ不達として返送されます。
必要なメールは停止前に各自で退避してください(個人アドレスへの自動転送は禁止です)。

情報システム部
"""
add("mailbox-shutdown", addr("情報システム部", "it-admin@kitasora-sys.co.jp"), ME_C,
    "【情報システム部】退職者メールアカウント停止のお知らせ", "2025-03-18 03:00:00 +0000",
    part(it, charset="shift_jis", cte="base64"), ("unrelated", False, None, []),
    au=auth(ME_C, "kitasora-sys.co.jp"), domain="kitasora-sys.co.jp", subj_cs="shift_jis",
    note="Shift_JIS base64 internal notice")

fwd = """個人アドレスから返信する用にメモ。

---------- Forwarded message ---------
From: AWS Training and Certification <%s>
Date: Tue, Mar 18, 2025 at 11:44 AM
Subject: %s
To: <%s>

%s
""" % (TC, SUBJ(CASE_A), ME_C, wrong)
add("fwd-address-mismatch", addr("荻原 遥", ME_C), ME_P, "Fwd: " + SUBJ(CASE_A), "2025-03-18 12:20:05 +0900",
    part(fwd, cte="8bit"), ("user_reply", False, CASE_A, []), key="a_fwd", domain="kitasora-sys.co.jp",
    note="the person forwards support's request to herself: contains 'We need you to reply' but is her own mail")

hist = "\n".join([
    "On Tue, Mar 18, 2025 at 11:44 AM AWS Training and Certification <%s> wrote:" % TC, q(wrong), "",
    "> On Tue, Mar 18, 2025 at 9:02 AM Haruka Ogiwara <%s> wrote:" % ME_C, q(rep_a2.split("-----Original")[0], "> > "),
    "> > -----Original Message-----", q(close_a, "> > ")])
rep_a3 = """Hello Nadia,

This is me writing from my personal address as you asked.
Confirmed, please merge my accounts into Account #1 (haruka.ogiwara.k@gmail.com).

Thank you so much,
Haruka

%s
""" % hist
add("merge-confirmation-personal", addr(ME_NAME, ME_P), TCF, "Merge confirmation from my personal address",
    "2025-03-18 21:40:11 +0900", part(rep_a3, cte="8bit"), ("user_reply", False, CASE_A, []), key="a_rep3",
    irt="a_info1", refs=["a_ack", "a_conf", "a_close", "a_rep2", "a_info1"], domain="mail.gmail.com",
    note="reply threaded only by In-Reply-To/References (no case number in subject), top-posted over long history")

done_a = """Hello Haruka,

Thank you for confirming from your personal address. I have successfully merged all accounts.

Your exam history, certifications and benefits now live on Account #1 (candidate ID AWS04418273), which signs
in with haruka.ogiwara.k@gmail.com. The old company login will no longer work. Credly may take a day to reflect
the change.

No further action is required on your side. If anything looks off, feel free to reply to this email.

Best regards,
Nadia
AWS Training and Certification Customer Support

On Tue, Mar 18, 2025 at 9:40 PM Haruka Ogiwara <%s> wrote:
> Confirmed, please merge my accounts into Account #1 (haruka.ogiwara.k@gmail.com).
>
> On Tue, Mar 18, 2025 at 11:44 AM AWS Training and Certification wrote:
> > We need you to reply to this message from haruka.ogiwara.k@gmail.com with the same confirmation.
> >
> > On Wed, Mar 12, 2025 Tomasz wrote:
> > > Account #1  AWS04418273  haruka.ogiwara.k@gmail.com
> > > Account #2  AWS01936550  h.ogiwara@kitasora-sys.co.jp
> > > Which of these two should remain as your account going forward? Just say so in a reply.
""" % ME_P
add("tc-merge-complete", TCF, ME_P, SUBJ(CASE_A), "2025-03-19 00:12:33 +0000",
    part(done_a, charset="us-ascii", cte="7bit"), ("resolved", False, CASE_A, ["AWS04418273"]), key="a_done",
    irt="a_rep3", refs=["a_ack", "a_conf", "a_info1", "a_rep3"], au=auth(ME_P, "amazon.com"),
    note="'successfully merged' above quoted old requests (confirmation + write-from-address); conditional reply invitation")

sv = """Hello,

Your recent case with AWS Training and Certification (Case ID: %s) was resolved.
How did we do? Please take a minute to answer two questions about your experience:

  Overall, how satisfied were you with the support you received?
  https://survey.aws-tc.amazon.com/s/2v8k?case=%s&score=5  (Very satisfied)
  https://survey.aws-tc.amazon.com/s/2v8k?case=%s&score=1  (Very dissatisfied)

Your feedback helps us improve. This survey link expires in 14 days.

AWS Training and Certification
Please do not reply to this email.
""" % (CASE_A, CASE_A, CASE_A)
add("tc-satisfaction-survey", "AWS Training and Certification <aws-tc-survey@amazon.com>", ME_P,
    "How did we do? Tell us about your recent support experience", "2025-03-19 02:00:12 +0000",
    part(sv, charset="us-ascii", cte="7bit"), ("survey", False, CASE_A, []), au=auth(ME_P, "amazon.com"),
    note="survey with 'Case ID:' in body and 'Please take a minute'")

cr1_txt = """Haruka, your badge is waiting

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified Solutions Architect - Associate

Accept your badge to share it on LinkedIn, add it to your email signature and more.
https://www.credly.com/badges/6f1c2d9e-7a41-4b8b-9c51-2f0a8e7d3b16

Badge ID: 6f1c2d9e-7a41-4b8b-9c51-2f0a8e7d3b16

Credly, Inc. - You're receiving this because an issuer sent you a badge.
"""
cr1_html = ("<html><body><div style=\"text-align:center\"><h2>Haruka, your badge is waiting</h2>"
            "<p><b>Amazon Web Services Training and Certification</b> has issued you a badge:</p>"
            "<p>AWS Certified Solutions Architect - Associate</p><p><a href=\"https://www.credly.com/badges/"
            "6f1c2d9e-7a41-4b8b-9c51-2f0a8e7d3b16\">Accept Badge</a></p></div></body></html>")
add("badge-issued-saa", "Credly <admin@credly.com>", ME_P,
    "Amazon Web Services Training and Certification sent you a badge", "2025-03-19 03:41:20 +0000",
    multipart("alternative", [part(cr1_txt, charset="us-ascii", cte="7bit"),
                              part(cr1_html, "text/html", charset="us-ascii", cte="7bit")], 35),
    ("badge", False, None, []), au=auth(ME_P, "credly.com"), domain="credly.com",
    note="Credly badge with 'Accept your badge' call to action; UUID badge ID")

cr2 = """<html><body><table width="560"><tr><td>
<p>Congratulations, Haruka!</p>
<p>You've earned the <b>AWS Certified Cloud Practitioner</b> badge from Amazon Web Services Training and Certification.</p>
<p>Claim it to let employers know what you can do.</p>
<p><a href="https://www.credly.com/earner/earned/badge/0b77a2c4-1e9d-4d0f-8f6e-5a3c2b1d9e08">Claim your badge</a></p>
</td></tr></table></body></html>"""
add("badge-issued-clf", "Credly <admin@credly.com>", ME_P, "Congratulations, you've earned a badge!",
    "2025-03-19 03:41:58 +0000", part(cr2, "text/html", charset="us-ascii", cte="quoted-printable"),
    ("badge", False, None, []), au=auth(ME_P, "credly.com"), domain="credly.com", note="HTML-only Credly badge")

ph2 = """Dear Customer,

Following your confirmation, the merge of your AWS Certification accounts is almost complete. For security,
the final step requires you to re-enter your AWS Builder ID credentials within 12 hours:

https://aws-training-verify.support-portal.co/login?case=%s

If this step is not completed, the merge will be reversed and your exam history may be lost.

Regards,
AWS Training and Certification Customer Support
""" % CASE_A
add("tc-final-step", TCF, ME_P, SUBJ(CASE_A), "2025-03-20 10:03:17 +0000",
    part(ph2, charset="us-ascii", cte="7bit"), ("suspicious", False, None, []),
    au=auth(ME_P, "amazon.com", dkim="fail", spf="softfail", dmarc="fail", mailfrom="mx7.support-portal.co"),
    domain="support-portal.co",
    note="genuine-looking: real T&C sender and real case subject, but dkim=fail/dmarc=fail -> suspicious, case null")

rcpt = """AWS Skill Builder

Receipt for your subscription

Order number: SB-2025-0322-771904
Plan: AWS Skill Builder Individual (monthly)
Amount: USD 29.00
Billing date: March 22, 2025

Manage your subscription at https://skillbuilder.aws/subscriptions

Questions? Visit https://support.aws.amazon.com/#/contacts/aws-training
"""
add("subscription-receipt", "AWS Skill Builder <no-reply@aws.training>", ME_P,
    "Your AWS Skill Builder receipt", "2025-03-22 00:05:00 +0000", part(rcpt, charset="us-ascii", cte="7bit"),
    ("unrelated", False, None, []), au=auth(ME_P, "aws.training"), domain="aws.training",
    note="Skill Builder receipt")

# ---------------------------------------------------------------- console case C
c_ack = """Hello,

A new support case has been created for you, and an AWS Support representative will respond shortly.

Case ID: %s
Subject: 50%% exam voucher missing after certification account merge
Severity: General guidance
Correspondence: After my certification accounts were merged (case %s) the 50%% discount voucher from
my old account is not shown under Benefits.

[AWS ID 481726354092]

To view or update this case, go to the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Sincerely,
Amazon Web Services

This email was sent from an email address that cannot accept incoming e-mails.
To contact us, go to https://console.aws.amazon.com/support/home
""" % (CASE_C, CASE_A, CASE_C)
add("console-new-case", CONSOLE, ME_P, "Amazon Web Services: New Support case: %s" % CASE_C,
    "2025-03-24 01:18:40 +0000", part(c_ack, charset="us-ascii", cte="7bit"),
    ("acknowledgement", False, CASE_C, []), key="c_ack", au=auth(ME_P, "amazon.com"),
    note="console ack, 10-digit case; body also cites case A and a 12-digit account ID")

c_info = """Hello,

Thank you for reaching out. I'm Sung-min from AWS Support.

Certification benefits are managed by the AWS Training and Certification team, and I have opened an internal
request with them. So that they can locate the voucher, I need two things from you: the candidate ID of the
account the voucher was originally issued to, and the voucher code if you still have it (it starts with "CERT").

To respond, use the link below rather than replying to this email.

We value your feedback. Please share your experience by rating this correspondence using the AWS Support
Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars
in top right corner of each correspondence within the AWS Support Center.

Best regards,
Sung-min K.
Amazon Web Services
===================================================================
To see all the correspondences for this case, please use this link:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en
*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
Please use the link above if you need to contact us again about this same issue.
""" % CASE_C
add("console-case-reply", CONSOLE, ME_P, "RE:[CASE %s] 50%% exam voucher missing after certification account merge" % CASE_C,
    "2025-03-25 04:52:09 +0000", part(c_info, charset="us-ascii", cte="quoted-printable"),
    ("info_request", True, CASE_C, []), key="c_info", irt="c_ack", refs=["c_ack"], au=auth(ME_P, "amazon.com"),
    note="console request to be answered in the Support Center; 'I need two things from you'; rating footer")

c_rep = """Sung-min 様

候補IDは AWS01936550 です(旧会社アカウント)。統合後は AWS04418273 になっています。
バウチャーコードは手元に残っていません。すみません。

荻原

2025年3月25日(火) 13:52 Amazon Web Services <no-reply-aws@amazon.com>:
%s
""" % q(c_info)
add("re-console-case", addr("荻原 遥", ME_P), CONSOLE,
    "Re: RE:[CASE %s] 50%% exam voucher missing after certification account merge" % CASE_C,
    "2025-03-25 20:10:44 +0900", part(c_rep, cte="8bit"), ("user_reply", False, CASE_C, ["AWS01936550", "AWS04418273"]),
    key="c_rep", irt="c_info", refs=["c_ack", "c_info"], domain="mail.gmail.com",
    note="Japanese user reply sent by email to the console no-reply address (will bounce)")

bounce = """This is an automatically generated Delivery Status Notification

Delivery to the following recipient failed permanently:

     no-reply-aws@amazon.com

Technical details of permanent failure:
The recipient server did not accept our requests to connect. 550 5.1.1 This mailbox cannot accept incoming e-mails.

----- Original message -----

Subject: Re: RE:[CASE %s] 50%% exam voucher missing after certification account merge
From: =?UTF-8?B?6I2v5Y6fIOmBpQ==?= <%s>
To: Amazon Web Services <no-reply-aws@amazon.com>

Sung-min 様
候補IDは AWS01936550 です(旧会社アカウント)。
""" % (CASE_C, ME_P)
add("delivery-failure", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", ME_P,
    "Delivery Status Notification (Failure)", "2025-03-25 11:10:58 +0000", part(bounce, cte="8bit"),
    ("unrelated", False, None, []), au=auth(ME_P, "googlemail.com"), domain="googlemail.com",
    note="bounce of the user's email to no-reply-aws; quotes case subject and a candidate ID")

c_close = """Hello,

We haven't heard back from you regarding this case. If we don't hear from you within the next 3 days, this case will
be automatically resolved. To keep it open, reply through the Support Center.

Best regards,
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center
link at the end of this correspondence.
===================================================================
To see all the correspondences for this case, please use this link:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en
*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
""" % CASE_C
add("console-case-reminder", CONSOLE, ME_P, "RE:[CASE %s] 50%% exam voucher missing after certification account merge" % CASE_C,
    "2025-03-28 05:00:12 +0000", part(c_close, charset="us-ascii", cte="7bit"),
    ("closing_notice", True, CASE_C, []), key="c_close", irt="c_info", refs=["c_ack", "c_info"],
    au=auth(ME_P, "amazon.com"), note="console auto-resolve warning: reply must go through Support Center")

c_done = """Hello,

Thanks for the details you added in the Support Center.

The Training and Certification team found the voucher on the retired profile and has re-attached the 50%% discount
benefit to candidate ID AWS04418273. It now shows under Benefits in your certification account.

I'm marking this case as resolved. If something still doesn't look right, you can reopen it from the Support Center
within 14 days.

Best regards,
Sung-min K.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center
link at the end of this correspondence.
===================================================================
To see all the correspondences for this case, please use this link:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en
*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
Please use the link above if you need to contact us again about this same issue.
""" % CASE_C
add("console-case-resolved", CONSOLE, ME_P, "RE:[CASE %s] 50%% exam voucher missing after certification account merge" % CASE_C,
    "2025-03-30 23:47:29 +0000", part(c_done, cte="quoted-printable"),
    ("resolved", False, CASE_C, ["AWS04418273"]), key="c_done", irt="c_close", refs=["c_ack", "c_info", "c_close"],
    au=auth(ME_P, "amazon.com"), note="console resolution with rating footer and 'you can reopen' conditional")

jb = """Hello Haruka,

We're happy to let you know that your request #4821337 "License transfer to personal account" has been solved.

If the issue isn't resolved, simply reply to this email within 7 days to reopen the request.
Otherwise the request will be closed automatically.

Please rate our support: https://jetbrains.zendesk.com/satisfaction/4821337

JetBrains Sales Support
"""
add("vendor-request-solved", "JetBrains Sales Support <sales@jetbrains.com>", ME_P,
    "[JetBrains] Re: License transfer to personal account [#4821337]", "2025-04-02 08:30:00 +0000",
    part(jb, charset="us-ascii", cte="7bit"), ("unrelated", False, None, []), au=auth(ME_P, "jetbrains.com"),
    domain="jetbrains.com", note="another vendor's support case: solved/auto-close/reply to reopen/rate")

recert = """Congratulations on recertifying your AWS Certification!

Hello Haruka,

You have successfully recertified: AWS Certified Cloud Practitioner
Validation number: 7QK2B1L4FJE41XC3
New expiration date: April 5, 2028

Your digital badge will be updated on Credly within 24 hours.

AWS Certification
"""
add("certification-renewed", "AWS Certification <do-not-reply@certmetrics.com>", ME_P,
    "Congratulations on recertifying your AWS Certification!", "2025-04-07 06:20:00 +0000",
    part(recert, charset="us-ascii", cte="7bit"), ("certification", False, None, []),
    au=auth(ME_P, "certmetrics.com"), domain="certmetrics.com", note="certmetrics recertification notice")

# ---------------------------------------------------------------- case A reopened
rep_a4 = """Hi Nadia,

Sorry to come back to this. I just checked the new account and one exam is missing from Exam history:
SAA-C03 that I took on November 9, 2023 at the Shinjuku test center (Pearson VUE registration 402918374).
The certification itself is shown, only the exam record is missing. Could you check it?

Thanks,
Haruka

On Wed, Mar 19, 2025 at 9:12 AM AWS Training and Certification <%s> wrote:
%s
""" % (TC, q(done_a))
add("re-merge-complete-missing-exam", addr(ME_NAME, ME_P), TCF, "Re: " + SUBJ(CASE_A), "2025-04-10 22:15:09 +0900",
    part(rep_a4, charset="us-ascii", cte="7bit"), ("user_reply", False, CASE_A, []), key="a_rep4",
    irt="a_done", refs=["a_ack", "a_rep3", "a_done"], domain="mail.gmail.com",
    note="user reopens a resolved case; her 'Could you check it?' is a request to support, not to her")

reopen = """Hi Haruka,

I've reopened case %s and sent your note to our exam records team. They'll look at where that November 2023
record ended up. Expect an update from us within three business days.

If you still have the score report from that exam, keep it handy, though for now there's nothing you need to send.

Nadia
""" % CASE_A
add("tc-case-reopened", TCF, ME_P, SUBJ(CASE_A), "2025-04-11 01:30:48 +0000",
    part(reopen, charset="us-ascii", cte="7bit"), ("case_update", False, CASE_A, []), key="a_reopen",
    irt="a_rep4", refs=["a_ack", "a_done", "a_rep4"], au=auth(ME_P, "amazon.com"),
    note="reopen notice; mentions the score report but explicitly asks nothing")

cp = """connpass イベント新着のお知らせ

荻原 遥 さん、フォロー中のグループに新しいイベントが公開されました。

■ JAWS-UG 東京 #58 「AWS認定 全冠への道」
  2025/04/24(木) 19:00〜
  参加登録はこちら: https://jawsug.connpass.com/event/351234/

このメールは connpass から自動送信されています。配信停止は設定画面から行ってください。
"""
add("community-event", addr("connpass", "no-reply@connpass.com"), ME_P, "【connpass】フォロー中のグループに新着イベントがあります",
    "2025-04-12 09:00:00 +0000", part(cp, charset="iso-2022-jp", cte="7bit"), ("unrelated", False, None, []),
    au=auth(ME_P, "connpass.com"), domain="connpass.com", subj_cs="iso-2022-jp",
    note="Japanese community newsletter about AWS certification")

info2 = """Hello Haruka,

Dev here from the exam records team, picking this up from Nadia.

Some background on what happened: when you sat SAA-C03 in November 2023, the test centre registered the appointment
under a third profile, AWS02266914, which was created automatically because the name on your booking didn't match the
one on your company account exactly (a missing middle space in the romanised surname). That's why the certification
shows on AWS04418273 (it was awarded to the person, not the profile) while the exam record stayed behind on the third
profile. Our merge last month only moved the two profiles you listed, so this one was never touched.

I can fold AWS02266914 into your current account, but the records team needs the score report from that sitting to
verify it before they move anything. A PDF or a screenshot of the full page is fine; reply to this email with it attached.

Regards,
Dev
AWS Training and Certification - Exam Records
"""
add("tc-exam-record-found", TCF, ME_P, SUBJ(CASE_A), "2025-04-14 03:02:18 +0000",
    part(info2, charset="us-ascii", cte="7bit"), ("info_request", True, CASE_A, ["AWS02266914", "AWS04418273"]),
    key="a_info2", irt="a_reopen", refs=["a_ack", "a_done", "a_rep4", "a_reopen"], au=auth(ME_P, "amazon.com"),
    note="long explanation with progress news; the ask (score report) is at the very end; two candidate IDs")

pdf = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
rep_a5 = """Hi Dev,

Thank you for finding it! I attach the score report PDF from Pearson VUE.
(受験日 2023/11/09、新宿テストセンター、登録番号 402918374 です)

Regards,
Haruka

2025年4月14日(月) 12:02 AWS Training and Certification <%s>:
> I can fold AWS02266914 into your current account, but the records team needs the score report from that sitting to
> verify it before they move anything. A PDF or a screenshot of the full page is fine; reply to this email with it attached.
""" % TC
add("re-exam-record-found", addr(ME_NAME, ME_P), TCF, "Re: " + SUBJ(CASE_A), "2025-04-14 19:44:30 +0900",
    multipart("mixed", [part(rep_a5, cte="base64"), attach(pdf, "application/pdf", "SAA-C03_score_report.pdf")], 51),
    ("user_reply", False, CASE_A, []), key="a_rep5", irt="a_info2", refs=["a_ack", "a_reopen", "a_info2"],
    domain="mail.gmail.com", note="mixed-language user reply with PDF attachment; candidate ID only in the quote")

done_a2 = """荻原 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの村上でございます。

スコアレポートをお送りいただき、誠にありがとうございました。
内容を確認のうえ、候補ID AWS02266914 に残っておりました 2023年11月9日の試験記録を、
AWS04418273 へ統合いたしました。試験履歴画面にてご確認いただけます。

以上をもちまして本件の対応は完了となり、お客様にてご対応いただくことはございません。
ご不明な点がございましたら、本メールにご返信ください。

村上
AWS トレーニングと認定 カスタマーサポート
"""
add("tc-exam-record-moved-jp", TCF, ME_P, SUBJ(CASE_A), "2025-04-16 05:21:00 +0000",
    part(done_a2, charset="iso-2022-jp", cte="7bit"), ("resolved", False, CASE_A, ["AWS02266914", "AWS04418273"]),
    key="a_done2", irt="a_rep5", refs=["a_ack", "a_info2", "a_rep5"], au=auth(ME_P, "amazon.com"),
    note="Japanese resolution (ISO-2022-JP) with conditional ご返信ください")

sv2 = """<html><body>
<p>荻原 様</p>
<p>先日はAWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。</p>
<p>ケース ID: %s</p>
<p>今後のサービス向上のため、簡単なアンケートへのご協力をお願いいたします(所要時間 約1分)。</p>
<table border="0" cellpadding="8"><tr>
<td><a href="https://survey.aws-tc.amazon.com/s/jp?case=%s&amp;r=5">とても満足</a></td>
<td><a href="https://survey.aws-tc.amazon.com/s/jp?case=%s&amp;r=3">普通</a></td>
<td><a href="https://survey.aws-tc.amazon.com/s/jp?case=%s&amp;r=1">不満</a></td></tr></table>
<p style="font-size:11px">本メールは送信専用です。</p>
</body></html>""" % (CASE_A, CASE_A, CASE_A, CASE_A)
add("tc-survey-jp", "AWS Training and Certification <aws-tc-survey@amazon.com>", ME_P,
    "【AWS】サポートに関するアンケートご協力のお願い", "2025-04-17 01:00:00 +0000",
    part(sv2, "text/html", cte="quoted-printable"), ("survey", False, CASE_A, []), au=auth(ME_P, "amazon.com"),
    note="Japanese HTML survey with お願いいたします; case ID in body")

news = """<html><body><h1>AWS re:Invent 2025 registration is open</h1>
<p>Join us December 1-5 in Las Vegas. AWS Certified attendees get access to the Certification Lounge.</p>
<p>Have questions? Just reply to this email and our events team will get back to you.</p>
<p><a href="https://reinvent.awsevents.com/register/">Register now</a></p>
<p style="font-size:10px">Amazon Web Services, Inc. 410 Terry Ave N, Seattle, WA 98109. Unsubscribe.</p></body></html>"""
add("event-registration-open", "AWS Events <aws-marketing-email-replies@amazon.com>", ME_P,
    "Registration is open: AWS re:Invent 2025", "2025-05-06 15:00:00 +0000",
    part(news, "text/html", charset="us-ascii", cte="7bit"), ("unrelated", False, None, []),
    au=auth(ME_P, "amazon.com"), note="AWS marketing with 'just reply to this email'")

ph3 = """荻原 遥 様

AWS認定サポートセンターでございます。

お客様の認定アカウント統合手続きにおいて、本人確認が完了しておりません。
24時間以内に下記URLよりログインし、本人確認を完了してください。
期限を過ぎた場合、保有資格が無効となる可能性がございます。

https://aws-training-jp.net/verify/merge?id=AWS04418273

AWS認定サポートセンター
"""
add("merge-identity-check-jp", addr("AWS認定サポート", "support@aws-training-jp.net"), ME_P,
    "【至急】AWS認定アカウント統合手続きの最終確認", "2025-05-12 23:41:07 +0000", part(ph3, cte="base64"),
    ("suspicious", False, None, []), au=auth(ME_P, "aws-training-jp.net", dkim="none", dmarc="none"),
    domain="aws-training-jp.net", note="Japanese phishing from a lookalike domain, cites the real candidate ID")

pv2 = """Dear Haruka Ogiwara,

Thank you for scheduling your exam with Pearson VUE.

Exam: AWS Certified Solutions Architect - Professional (SAP-C02)
Registration ID: 517203948
Date: Saturday, July 12, 2025, 1:30 PM JST
Delivery: OnVUE online proctored

Before exam day, run the system test on the computer you will use.

This is an automated message. Replies to this address are not monitored.
"""
add("exam-appointment-sap", "Pearson VUE <pearsonvue-confirmation@pearson.com>", ME_P,
    "Pearson VUE Confirmation of Booking - AWS Certified Solutions Architect - Professional",
    "2025-06-02 10:05:31 +0000", part(pv2, charset="us-ascii", cte="7bit"), ("unrelated", False, None, []),
    au=auth(ME_P, "pearson.com"), domain="pearson.com", note="exam vendor, 9-digit registration ID")

# ---------------------------------------------------------------- case E (two profiles on one address)
ack_e = """Hello,

We've received your request and opened case %s.

Request summary
  Topic: Certification > Account Merge
  Submitted: June 21, 2025
  Contact email: haruka.ogiwara.k@gmail.com

Someone from our team will typically respond within 24 hours. Please don't open another case for the same issue;
a second request goes to the back of the queue and delays both.

AWS Training and Certification
""" % CASE_E
ack_e_html = ("<html><body><p>Hello,</p><p>We've received your request and opened case <b>%s</b>.</p>"
              "<table border=\"1\" cellpadding=\"4\"><tr><td>Topic</td><td>Certification &gt; Account Merge</td></tr>"
              "<tr><td>Submitted</td><td>June 21, 2025</td></tr><tr><td>Contact email</td><td>haruka.ogiwara.k@gmail.com</td></tr></table>"
              "<p>Someone from our team will typically respond within 24 hours. Please don't open another case for the same issue.</p>"
              "<p>AWS Training and Certification</p></body></html>" % CASE_E)
add("tc-request-received", TCF, ME_P, SUBJ(CASE_E), "2025-06-21 01:21:05 +0000",
    multipart("alternative", [part(ack_e, charset="us-ascii", cte="7bit"),
                              part(ack_e_html, "text/html", charset="us-ascii", cte="7bit")], 57),
    ("acknowledgement", False, CASE_E, []), key="e_ack", au=auth(ME_P, "amazon.com"),
    note="ack in free wording with an imperative 'Please don't open another case'")

gc = """Hi Haruka,

Ready to prove your cloud skills? Google Cloud certification exams are now 20% off through July 31.

Could you see yourself as a Professional Cloud Architect? Take our 5-minute readiness quiz and find out.
https://cloud.google.com/learn/certification

Google Cloud Training & Certification
"""
add("other-vendor-cert-promo", "Google Cloud <googlecloud-noreply@google.com>", ME_P,
    "20% off Google Cloud certification exams", "2025-06-21 16:00:00 +0000",
    part(gc, charset="us-ascii", cte="7bit"), ("unrelated", False, None, []), au=auth(ME_P, "google.com"),
    domain="google.com", note="another vendor's certification marketing with a question")

info_e = """Hello Haruka,

We found two certification profiles that both use haruka.ogiwara.k@gmail.com as their login, which is why your new
badges are not showing up on Credly.

Which of the two was connected to Credly the last time you accepted a badge there? You can see the candidate ID at
the top right after signing in; the one Credly uses is listed under Profile > Linked accounts.

Marisol
AWS Training and Certification Customer Support
"""
add("tc-two-profiles", TCF, ME_P, SUBJ(CASE_E), "2025-06-22 07:33:41 +0000",
    part(info_e, charset="us-ascii", cte="7bit"), ("info_request", True, CASE_E, []), key="e_info",
    irt="e_ack", refs=["e_ack"], au=auth(ME_P, "amazon.com"),
    note="bare question with no 'please' and no 'reply'; explanation then the ask")

rep_e1 = """Hi Marisol,

The Credly linked one is AWS04418273. The other one (AWS05580127) I think I created by mistake in May when I signed in with Builder ID.

Haruka

> Which of the two was connected to Credly the last time you accepted a badge there?
"""
add("re-two-profiles", addr(ME_NAME, ME_P), TCF, "Re: " + SUBJ(CASE_E), "2025-06-22 18:05:00 +0900",
    part(rep_e1, charset="us-ascii", cte="7bit"), ("user_reply", False, CASE_E, ["AWS04418273", "AWS05580127"]),
    key="e_rep1", irt="e_info", refs=["e_ack", "e_info"], domain="mail.gmail.com", note="short user reply with two IDs")

hold_e = """荻原 様

ご回答いただきありがとうございます。

2つのプロフィールのうち、AWS05580127 には2025年5月に予約された試験が紐づいており、
試験配信パートナー側の予約情報と照合する必要がございます。現在、担当チームにて確認を行っております。

照合が完了するまで、本ケースは保留とさせていただきます。
現時点でお客様にご対応いただくことはございません。確認が取れ次第、改めてご連絡いたします。

AWS トレーニングと認定 カスタマーサポート
鈴木
"""
add("tc-pending-vendor-check-jp", TCF, ME_P, SUBJ(CASE_E), "2025-06-23 02:10:00 +0000",
    part(hold_e, cte="quoted-printable"), ("on_hold", False, CASE_E, ["AWS05580127"]), key="e_hold",
    irt="e_rep1", refs=["e_ack", "e_info", "e_rep1"], au=auth(ME_P, "amazon.com"),
    note="Japanese on_hold waiting on the exam vendor; explicitly nothing to do")

conf_e = """荻原 様

お待たせいたしました。試験配信パートナーとの照合が完了いたしました。

以下の2つのアカウントについて、アカウント #1 へ統合する形で問題ございませんでしょうか。
統合後は元に戻すことができませんので、内容をご確認のうえご返信いただけますと幸いです。

アカウント #1
  候補ID: AWS04418273
  ログインメール: haruka.ogiwara.k@gmail.com
  トレーニング通知メール: haruka.ogiwara.k@gmail.com
  認定通知メール: haruka.ogiwara.k@gmail.com

アカウント #2
  候補ID: AWS05580127
  ログインメール: haruka.ogiwara.k@gmail.com
  トレーニング通知メール: haruka.ogiwara.k@gmail.com
  認定通知メール: (未設定)

ご確認のほど、よろしくお願いいたします。

鈴木
AWS トレーニングと認定 カスタマーサポート

-----Original Message-----
From: Haruka Ogiwara <haruka.ogiwara.k@gmail.com>
Sent: Sunday, June 22, 2025 9:05 AM
Subject: Re: %s

The Credly linked one is AWS04418273. The other one (AWS05580127) I think I created by mistake.

> Which of the two was connected to Credly the last time you accepted a badge there?
""" % SUBJ(CASE_E)
add("tc-merge-check-jp", TCF, ME_P, SUBJ(CASE_E), "2025-06-25 01:48:22 +0000",
    part(conf_e, charset="shift_jis", cte="8bit"), ("confirmation_request", True, CASE_E, ["AWS04418273", "AWS05580127"]),
    key="e_conf", irt="e_hold", refs=["e_ack", "e_info", "e_rep1", "e_hold"], crlf=True, au=auth(ME_P, "amazon.com"),
    note="Japanese keigo confirmation (Shift_JIS, CRLF) with account listing; top-posted over quoted question")

close_e = """荻原 様

6月25日にお送りしたアカウント統合のご確認について、まだご返信をいただけておりません。

7月2日(水)までにご返信がない場合、本ケースは自動的にクローズされます。
統合をご希望の場合は、それまでに本メールへ返信してください。

鈴木
"""
add("tc-reminder-2-jp", TCF, ME_P, SUBJ(CASE_E), "2025-06-29 00:15:00 +0000",
    part(close_e, charset="iso-2022-jp", cte="7bit"), ("closing_notice", True, CASE_E, []), key="e_close",
    irt="e_conf", refs=["e_ack", "e_conf"], au=auth(ME_P, "amazon.com"),
    note="Japanese plain-form closing notice (してください), ISO-2022-JP")

rep_e2 = """鈴木様

お世話になっております。ご連絡が遅くなり申し訳ございません。
内容に問題ございません。アカウント #1 への統合をお願いいたします。

荻原

2025年6月29日(日) 9:15 AWS Training and Certification <%s>:
%s
""" % (TC, q(close_e))
add("re-merge-check-jp", addr("荻原 遥", ME_P), TCF, "Re: " + SUBJ(CASE_E), "2025-06-29 21:30:40 +0900",
    part(rep_e2, cte="base64"), ("user_reply", False, CASE_E, []), key="e_rep2", irt="e_close",
    refs=["e_ack", "e_conf", "e_close"], domain="mail.gmail.com", note="Japanese user confirmation in base64")

done_e = """Done - both profiles are now one (AWS04418273). Give Credly up to 48 hours to catch up.

Marisol

Was this response helpful? Let us know: https://survey.aws-tc.amazon.com/r?c=%s
""" % CASE_E
add("tc-profiles-combined", TCF, ME_P, SUBJ(CASE_E), "2025-06-30 04:02:19 +0000",
    part(done_e, charset="us-ascii", cte="7bit"), ("resolved", False, CASE_E, ["AWS04418273"]), key="e_done",
    irt="e_rep2", refs=["e_ack", "e_conf", "e_close", "e_rep2"], au=auth(ME_P, "amazon.com"),
    note="terse completion without 'merged'; feedback question in footer")

cr3 = """Your badge has been updated

Hi Haruka,

Amazon Web Services Training and Certification updated your badge AWS Certified Solutions Architect - Associate.
Your badge is now connected to your current AWS Certification profile.

View your badge: https://www.credly.com/badges/6f1c2d9e-7a41-4b8b-9c51-2f0a8e7d3b16

Credly
"""
add("badge-updated", "Credly <admin@credly.com>", ME_P, "Your badge has been updated", "2025-07-01 11:14:00 +0000",
    part(cr3, charset="us-ascii", cte="quoted-printable"), ("badge", False, None, []), au=auth(ME_P, "credly.com"),
    domain="credly.com", note="Credly update after merge")

rep_e3 = """Thank you Marisol, all badges are visible in Credly now. Have a nice day!

Haruka
"""
add("thanks-marisol", addr(ME_NAME, ME_P), TCF, "Re: " + SUBJ(CASE_E), "2025-07-01 21:02:00 +0900",
    part(rep_e3, charset="us-ascii", cte="7bit"), ("user_reply", False, CASE_E, []), key="e_rep3", irt="e_done",
    refs=["e_ack", "e_done"], domain="mail.gmail.com", note="short thank-you from the person")

fin_e = """You're welcome, Haruka - glad everything shows up now. The case stays resolved; there's nothing else needed
from you.

Marisol
"""
add("tc-youre-welcome", TCF, ME_P, SUBJ(CASE_E), "2025-07-02 00:40:11 +0000",
    part(fin_e, charset="us-ascii", cte="7bit"), ("resolved", False, CASE_E, []), key="e_fin", irt="e_rep3",
    refs=["e_ack", "e_done", "e_rep3"], au=auth(ME_P, "amazon.com"), note="closing pleasantry: resolved, asks nothing")

sme = """Hello Haruka,

As an AWS Certified professional, you are invited to join the AWS Certification Subject Matter Expert (SME) program.
SMEs help write and review exam items and earn benefits such as exam vouchers.

Interested? Complete the short application by July 31:
https://www.certmetrics.com/amazon/sme/apply

AWS Certification
This mailbox is not monitored.
"""
add("certification-sme-invite", "AWS Certification <do-not-reply@certmetrics.com>", ME_P,
    "Invitation: AWS Certification Subject Matter Expert program", "2025-07-03 17:30:00 +0000",
    part(sme, charset="us-ascii", cte="7bit"), ("certification", False, None, []),
    au=auth(ME_P, "certmetrics.com"), domain="certmetrics.com", note="certmetrics invitation with a call to action")

li = """Hi Haruka,

I came across your profile and your AWS certifications. We're hiring a Senior Cloud Engineer in Tokyo (hybrid).
Could you let me know your availability for a 20-minute call next week?

Best,
Kevin Ishida
Talent Partner, Northbridge Recruiting
"""
add("recruiter-message", "Kevin Ishida <kevin.ishida@northbridge-recruit.jp>", ME_P,
    "Senior Cloud Engineer role - quick chat?", "2025-07-07 02:12:00 +0000",
    part(li, charset="us-ascii", cte="7bit"), ("unrelated", False, None, []),
    au=auth(ME_P, "northbridge-recruit.jp"), domain="northbridge-recruit.jp",
    note="'Could you let me know' from a recruiter, not support")

code2 = """Your verification code

Hello,

Someone is trying to sign in to AWS Builder ID with this email address. Use this code to verify it is you:

907115

If you did not try to sign in, change your password.

Amazon Web Services
"""
add("sign-in-code", "AWS <no-reply@login.awsapps.com>", ME_P, "Your AWS verification code",
    "2025-07-08 12:00:09 +0000", part(code2, charset="us-ascii", cte="7bit"), ("unrelated", False, None, []),
    au=auth(ME_P, "login.awsapps.com"), domain="login.awsapps.com", note="6-digit Builder ID sign-in code")

health = """Hello,

We are contacting you because one or more of your Amazon EC2 instances in the ap-northeast-1 Region is scheduled for
retirement on 2025-07-24 due to degraded underlying hardware.

Account: 481726354092
Instance: i-0a1b2c3d4e5f60718

We need you to stop and start the instance before the retirement date to migrate it to healthy hardware.
If you have questions, contact AWS Support: https://console.aws.amazon.com/support/home

Sincerely,
Amazon Web Services
"""
add("ec2-retirement-notice", "Amazon Web Services <no-reply-aws@amazon.com>", ME_P,
    "[Action Required] Amazon EC2 Instance Retirement [AWS Account: 481726354092]", "2025-07-10 04:30:00 +0000",
    part(health, charset="us-ascii", cte="7bit"), ("unrelated", False, None, []), au=auth(ME_P, "amazon.com"),
    note="genuine AWS (same console sender!) with 'We need you to' and 'Action Required'; no case")

card = """荻原 遥 様

いつもご利用いただきありがとうございます。
2025年7月分のご利用明細が確定いたしました。

お支払日: 2025年8月4日
ご請求金額: 32,418円

詳細は会員サイトにログインしてご確認ください。
※本メールは送信専用のため、ご返信いただいてもお答えできません。

ソラカードカスタマーセンター
"""
add("card-statement-jp", addr("ソラカード", "info@mail.solacard.co.jp"), ME_P, "【ソラカード】ご利用明細確定のお知らせ",
    "2025-07-15 01:00:00 +0000", part(card, charset="shift_jis", cte="8bit"), ("unrelated", False, None, []),
    au=auth(ME_P, "mail.solacard.co.jp"), domain="mail.solacard.co.jp", subj_cs="shift_jis",
    note="Japanese card statement in Shift_JIS 8bit")

# ---------------------------------------------------------------- write
README_HEAD = """me: %s %s

# Blind held-out corpus (blind-36)

One mailbox owner: Haruka Ogiwara (荻原 遥). Personal address `%s`, old company address
`%s` (company Kitasora Systems, an APN partner; the company mailbox stops on 2025-04-01).
Messages are numbered in arrival order; threads carry across files. `gen.py` (stdlib only) regenerates
every `.eml`, `.json` and this README.

## Cases

| case | digits | channel | story |
|---|---|---|---|
| %s | 11 | T&C form, company address, 2023 | ack (JP) -> info request for candidate IDs (JP keigo) -> closing warning (JP) -> "closed, reply to reopen" (EN). Never answered. |
| %s | 15 | T&C form, personal address, 2025 | ack (JP) -> APN partner hold asking for the last working day -> user reply -> hold (no ask) -> hold lifted -> JP name-format request -> user reply -> confirmation request (HTML table) -> closing notice -> user confirms from the **company** address -> support asks to write from the personal address -> user forwards it to herself -> user confirms from personal address (threaded only by In-Reply-To) -> merged -> survey. Later **reopened**: missing exam record -> reopen note -> info request for the score report -> user reply with PDF -> resolved (JP) -> survey (JP). |
| %s | 15 | T&C form | duplicate submission of the same request: ack, user reply, "marked as duplicate" update. |
| %s | 10 | AWS Support Center (console) | ack -> request to answer in the Support Center -> user wrongly replies by email -> bounce -> auto-resolve warning -> resolved. |
| %s | 15 | T&C form | two profiles on the same personal address (Credly): ack -> bare-question info request -> user reply -> JP hold (vendor check, no ask) -> JP confirmation request -> JP closing notice -> user confirms -> terse "Done" -> Credly -> thanks -> "you're welcome". |

Phishing (`suspicious`) never belongs to a case even when it quotes a real case number (040).
Bounces and other-vendor "case" mail are `unrelated` with case null. Not case numbers: 12-digit AWS
account ID 481726354092, Pearson VUE registration IDs 402918374 / 517203948, one-time codes 583021 / 907115,
Amazon.co.jp order number, Credly badge UUIDs, JetBrains request #4821337.

Judgement calls a reviewer may dispute: 017 (duplicate case marked as duplicate -> `case_update`, not
`resolved`); 006 (already-closed notice whose reply reopens -> `closing_notice`, needs_reply true);
034 (the owner's forward of a support request to herself -> `user_reply`); 045 (bounce of a user reply ->
`unrelated`, case null); 008/072 (certmetrics invitations -> `certification`, not `survey`).

## Messages

| # | file | kind | needs_reply | case | candidate_ids | what it is / what makes it hard |
|---|---|---|---|---|---|---|
"""


def write_readme():
    from collections import Counter
    lines = [README_HEAD % (ME_P, ME_C, ME_P, ME_C, CASE_D, CASE_A, CASE_B, CASE_C, CASE_E)]
    for m in MSGS:
        l = m["label"]
        lines.append("| %03d | %03d-%s | %s | %s | %s | %s | %s |\n" % (
            m["n"], m["n"], m["slug"], l["kind"], "yes" if l["needs_reply"] else "no", l["case"] or "-",
            " ".join(l["candidate_ids"]) or "-", m["note"].replace("|", "/")))
    c = Counter(m["label"]["kind"] for m in MSGS)
    lines.append("\n## Counts\n\n%d messages; needs_reply true: %d.\n\n" % (
        len(MSGS), sum(m["label"]["needs_reply"] for m in MSGS)))
    for k in ["acknowledgement", "confirmation_request", "info_request", "on_hold", "closing_notice", "resolved",
              "survey", "badge", "certification", "user_reply", "case_update", "suspicious", "unrelated"]:
        lines.append("- %s: %d\n" % (k, c[k]))
    with open(os.path.join(OUT, "README.md"), "w") as fh:
        fh.write("".join(lines))


def main():
    for f in glob.glob(os.path.join(OUT, "[0-9][0-9][0-9]-*.eml")) + glob.glob(os.path.join(OUT, "[0-9][0-9][0-9]-*.json")):
        os.remove(f)
    for m in MSGS:
        base = "%03d-%s" % (m["n"], m["slug"])
        with open(os.path.join(OUT, base + ".eml"), "wb") as fh:
            fh.write(m["raw"])
        with open(os.path.join(OUT, base + ".json"), "w") as fh:
            json.dump(m["label"], fh, ensure_ascii=False)
            fh.write("\n")
    write_readme()
    print(len(MSGS), "messages written to", OUT)


if __name__ == "__main__":
    main()
