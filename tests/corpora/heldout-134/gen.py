#!/usr/bin/env python3
"""Blind held-out corpus generator (standard library only).

Writes NNN-msg.eml / NNN-msg.json next to this script, plus README.md.
"""
import base64
import collections
import datetime
import hashlib
import json
import os
import quopri
import re
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import formataddr, format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))

ME_P = "kenta.oyama.dev@gmail.com"
ME_C = "k-oyama@nishikaze-sys.co.jp"
ME_NAME = "Kenta Oyama"
TC = "aws-cs-trainingcertification-form@amazon.com"
TC_FROM = formataddr(("AWS Training and Certification", TC))
CONSOLE = formataddr(("Amazon Web Services", "no-reply-aws@amazon.com"))
CERTM = formataddr(("AWS Certification", "do-not-reply@certmetrics.com"))
CREDLY = formataddr(("Credly", "admin@credly.com"))

CASE_A = "174106852300219"   # merge company -> personal (APN hold, wrong address, closing notice)
CASE_B = "174112195800683"   # duplicate of A, closed
CASE_C = "13098847261"       # 2023 Credly case, reopened
CASE_D = "174226193800358"   # console case: voucher missing after merge
CASE_E = "5532180947"        # Japanese: name on certification record
CASE_F = "174040912800756"   # old voucher question, closed for no reply
CASE_G = "174390471900514"   # exam registration not visible, vendor hold

UTC = datetime.timezone.utc
JST = datetime.timezone(datetime.timedelta(hours=9))

MSGS = []
MIDS = {}


def mid(n, domain):
    h = hashlib.sha1(("blind134-%d" % n).encode()).hexdigest()
    if domain == "ses":
        return "<0100019%s-%s-%s-000000@email.amazonses.com>" % (h[:9], h[9:13], h[13:25])
    if domain == "gmail":
        return "<CAH%s+%s@mail.gmail.com>" % (h[:20].upper(), h[20:30])
    if domain == "outlook":
        return "<TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>" % (
            h[:5].upper(), h[5:20].upper(), h[20:25].upper())
    return "<%s.%s@%s>" % (h[:16], h[16:24], domain)


def textpart(body, sub="plain", cs="utf-8", cte="quoted-printable"):
    raw = body.encode(cs)
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    else:
        payload = raw.decode("ascii")
    p = MIMENonMultipart("text", sub, charset=cs)
    del p["MIME-Version"]
    p.set_payload(payload)
    p["Content-Transfer-Encoding"] = cte
    return p


def alt(plain, html, cs="utf-8", cte="quoted-printable"):
    m = MIMEMultipart("alternative")
    del m["MIME-Version"]
    m.attach(textpart(plain, "plain", cs, cte))
    m.attach(textpart(html, "html", cs, cte))
    return m


def subj(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def addr(name, a, cs="utf-8"):
    return formataddr((name, a), charset=cs)


def auth(to, dom="amazon.com", dkim=True, dmarc=True, spf=True, mailfrom=None):
    host = "mx.google.com" if to == ME_P else "mx01.nishikaze-sys.co.jp"
    mailfrom = mailfrom or ("0101019@%s" % ("amazonses.com" if dom == "amazon.com" else dom))
    parts = [host,
             "dkim=%s header.i=@%s header.s=sel%s" % ("pass" if dkim else "fail", dom, "2024"),
             "spf=%s smtp.mailfrom=%s" % ("pass" if spf else "softfail", mailfrom),
             "dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=%s) header.from=%s" % (
                 "pass" if dmarc else "fail", "NONE" if dmarc else "QUARANTINE", dom)]
    return "; ".join(parts)


def gq(text, who, when):
    """Gmail-style quote."""
    lines = "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n"))
    return "\n\nOn %s %s wrote:\n%s\n" % (when, who, lines)


def oq(text, frm, sent, to, sub):
    """Outlook-style quote."""
    return ("\n\n-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s\n"
            % (frm, sent, to, sub, text.rstrip("\n")))


def jq(text, when, who):
    lines = "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n"))
    return "\n\n%s %s:\n%s\n" % (when, who, lines)


def add(kind, reply, case, frm, to, subject, date, body, new, note, *, msgid="ses",
        irt=None, refs=None, cc=None, au=None, extra=None, crlf=False, cs="utf-8"):
    n = len(MSGS) + 1
    m = mid(n, msgid) if msgid in ("ses", "gmail", "outlook") else mid(n, msgid)
    MIDS[n] = m
    hdrs = []
    if au:
        hdrs.append(("Authentication-Results", au))
    for k, v in (extra or []):
        hdrs.append((k, v))
    hdrs += [("Date", format_datetime(date)), ("From", frm), ("To", to)]
    if cc:
        hdrs.append(("Cc", cc))
    hdrs.append(("Subject", subj(subject, cs)))
    hdrs.append(("Message-ID", m))
    if irt:
        hdrs.append(("In-Reply-To", MIDS[irt]))
        chain = [MIDS[r] for r in (refs or [irt])]
        hdrs.append(("References", " ".join(chain)))
    existing = list(body.items())
    for k, _ in existing:
        del body[k]
    for k, v in hdrs:
        body[k] = v
    body["MIME-Version"] = "1.0"
    for k, v in existing:
        if k.lower() != "mime-version":
            body[k] = v
    data = body.as_bytes()
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    ids = []
    for x in re.findall(r"(?<![A-Za-z0-9])AWS\d{8}(?!\d)", new):
        if x not in ids:
            ids.append(x)
    label = {"kind": kind, "needs_reply": reply, "case": case, "candidate_ids": ids}
    MSGS.append((n, data, label, note))
    return n


def d(mo, dd, hh, mi, tz=UTC):
    return datetime.datetime(2025, mo, dd, hh, mi, (mo * dd + hh) % 60, tzinfo=tz)


SUBJ_A = "[AWS Training and Certification Form Submission] - account-assistance"

# ---------------------------------------------------------------- 001
b = """クラウド週報 2025年3月3日号

今週のトピック
・Amazon Bedrock の新しいモデルが東京リージョンで利用可能に
・AWS 認定の更新ポリシーについて知っておきたいこと
・Terraform 1.11 リリースノートまとめ

読者アンケートへのご協力をお願いします(所要時間3分)。
https://cloudweekly.example.jp/survey/2025-03

配信停止はこちら: https://cloudweekly.example.jp/unsubscribe?u=8812
"""
h = """<html><body><h2>クラウド週報 2025年3月3日号</h2><h3>今週のトピック</h3><ul>
<li>Amazon Bedrock の新しいモデルが東京リージョンで利用可能に</li>
<li>AWS 認定の更新ポリシーについて知っておきたいこと</li>
<li>Terraform 1.11 リリースノートまとめ</li></ul>
<p>読者アンケートへのご協力をお願いします(所要時間3分)。<a href="https://cloudweekly.example.jp/survey/2025-03">回答する</a></p>
<p style="font-size:11px">配信停止は<a href="https://cloudweekly.example.jp/unsubscribe?u=8812">こちら</a></p></body></html>"""
add("unrelated", False, None, addr("クラウド週報", "news@cloudweekly.example.jp"), ME_P,
    "【クラウド週報】認定の更新ポリシー、Bedrock 新モデルほか", d(3, 3, 0, 12), alt(b, h), b,
    "Japanese newsletter mentioning AWS certification renewal and containing a survey link; not a case.",
    msgid="cloudweekly.example.jp", au=auth(ME_P, "cloudweekly.example.jp"))

# ---------------------------------------------------------------- 002
b = """大山さん

お疲れさまです。総務の川口です。
退職に伴う引き継ぎの件で、以下ご確認ください。

1. 貸与PCの返却日: 3月31日(月) 17:00まで
2. 社用メールアドレスは最終出社日の 23:59 に停止します
3. 会社経由で取得した資格(AWS認定など)の個人アカウントへの移行は、
   メール停止前に各自で済ませてください

返却日時に問題がなければ、今週金曜までにこのメールにご返信ください。

川口
"""
add("unrelated", False, None, addr("川口 美穂", "m-kawaguchi@nishikaze-sys.co.jp", "iso-2022-jp"), ME_C,
    "退職に伴う引き継ぎのご連絡", d(3, 3, 18, 40, JST), textpart(b, cs="iso-2022-jp", cte="7bit"), b,
    "Colleague (ISO-2022-JP) asks for a reply by Friday and mentions moving AWS certification; a request, but not from support.",
    msgid="outlook", au="mx01.nishikaze-sys.co.jp; dkim=pass header.i=@nishikaze-sys.co.jp; spf=pass smtp.mailfrom=nishikaze-sys.co.jp; dmarc=pass header.from=nishikaze-sys.co.jp",
    cs="iso-2022-jp")

# ---------------------------------------------------------------- 003
b = """Hello Kenta Oyama,

Your AWS Certified Solutions Architect - Associate certification expires on May 2, 2025.

Candidate ID: AWS01938475

To keep your certification active you can pass the current version of the exam, or pass a
higher-level exam in the same path before the expiration date. Your 50% discount benefit can be
applied to a recertification exam; find it under Benefits in your AWS Certification Account.

If your certification expires, you will need to pass the exam again to regain it.

AWS Certification
This is an automated message. Replies to this address are not monitored.
"""
add("certification", False, None, CERTM, ME_C,
    "Your AWS Certification expires in 60 days", d(3, 4, 0, 55), textpart(b), b,
    "CertMetrics expiry reminder to the company address; contains a candidate ID and the word 'benefit', but no case.",
    msgid="certmetrics.com", au=auth(ME_C, "certmetrics.com"))

# ---------------------------------------------------------------- 004
b = """自分用メモ(会社アカウントの統合前に控えたもの)

候補ID(会社): AWS01938475
候補ID(個人・新規作成): AWS06620314

試験履歴:
- SAA-C03 2022/05/02 合格
- DVA-C02 2023/11/18 合格
- CLF-C02 2024/02/09 合格

特典: 50%割引バウチャー 1件(有効期限 2025/08/31)
証明書PDF 3件ダウンロード済み → Google Drive /certs

フォームの申請は会社アドレスから出す。返信は個人アドレスで受けたい。
"""
add("user_reply", False, None, addr(ME_NAME, ME_P), ME_P,
    "memo: AWS認定 統合前の控え", d(3, 4, 10, 2, JST), textpart(b, cte="base64"), b,
    "Owner's note to self (base64 UTF-8) listing two candidate IDs; no case number yet.",
    msgid="gmail")

# ---------------------------------------------------------------- 005
b = """Verify your AWS Builder ID email address

Hello,

Use the code below to finish creating your AWS Builder ID.

Verification code: 604917

This code expires 10 minutes after it was sent.

If you did not try to create an AWS Builder ID, you can ignore this message.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
"""
h = ("<html><body style='font-family:Arial'><h3>Verify your AWS Builder ID email address</h3><p>Hello,</p>"
     "<p>Use the code below to finish creating your AWS Builder ID.</p><p style='font-size:24px'><b>604917</b></p>"
     "<p>This code expires 10 minutes after it was sent.</p><p>If you did not try to create an AWS Builder ID, "
     "you can ignore this message.</p></body></html>")
add("unrelated", False, None, addr("AWS Builder ID", "no-reply@signin.aws"), ME_P,
    "Verify your AWS Builder ID email address", d(3, 4, 1, 21), alt(b, h), b,
    "Builder ID one-time code (6 digits) from signin.aws; AWS sender but not a case.",
    au=auth(ME_P, "signin.aws"))

# ---------------------------------------------------------------- 006  ack A (company)
ACK_A = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your request.
The details of your case are as follows:

Inquiry type: Certification
Additional details: Account Merge
Name: Kenta Oyama
Email: k-oyama@nishikaze-sys.co.jp
Description:
Use case: I am leaving Nishikaze Systems at the end of March and want to keep my certifications.
Email addresses I have used: k-oyama@nishikaze-sys.co.jp, kenta.oyama.dev@gmail.com
Email address to keep: kenta.oyama.dev@gmail.com
Candidate IDs: AWS01938475 (company), AWS06620314 (personal)

A member of our team will usually respond within 24 hours, although some requests take longer
while we look for the best solution. If you have already opened a case for this issue, please do
not open another one for the same request, as duplicates delay our response.

To add information to this case, reply to this email and keep the case number in the subject line.

Sincerely,
AWS Training and Certification Customer Support
""" % CASE_A
n_ack_a = add("acknowledgement", False, CASE_A, TC_FROM, ME_C, "RE:[CASE %s] %s" % (CASE_A, SUBJ_A),
              d(3, 4, 6, 12), textpart(ACK_A), ACK_A,
              "Form acknowledgement to the company address. Echoes the form text, including two candidate IDs (labelled: the echo is the ack's own text, not a reply quote). 'reply to this email' is an instruction for later, not a request.",
              au=auth(ME_C))

# ---------------------------------------------------------------- 007  ack B (duplicate, Japanese)
b = """Kenta Oyama 様

アマゾン ウェブ サービスへお問い合わせいただき、ありがとうございます。
お客様のリクエストについて、ケース %s をオープンいたしました。

ケースの詳細:
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
メールアドレス: kenta.oyama.dev@gmail.com
内容: 退職予定のため、会社のメールアドレスの認定アカウントを個人アカウントへ統合したいです。

担当者より通常24時間以内にご連絡いたします。内容によっては、最適な解決策をご案内するために
さらにお時間をいただく場合がございます。
なお、すでに同じ内容でケースを提起されている場合は、別のケースを提起しないでください。

AWS トレーニングと認定 カスタマーサポート
""" % CASE_B
add("acknowledgement", False, CASE_B, TC_FROM, ME_P, "RE:[CASE %s] %s" % (CASE_B, SUBJ_A),
    d(3, 4, 21, 1), textpart(b, cte="base64"), b,
    "Second form submission (duplicate) acknowledged in Japanese, base64. A duplicate of case A; the warning against duplicates is boilerplate.",
    au=auth(ME_P))

# ---------------------------------------------------------------- 008
b = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending in 1927, is
available on the AWS website. Your account will be charged the following:

Total: USD 3.84

[AWS ID 208866431927]

You can see a complete break down of all charges on the Billing page located here:
https://console.aws.amazon.com/billing/home#/bill

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
add("unrelated", False, None, addr("Amazon Web Services", "aws-billing-noreply@amazon.com"), ME_P,
    "Amazon Web Services Billing Statement Available [Account: 208866431927]", d(3, 5, 0, 30),
    textpart(b, cte="7bit"), b,
    "AWS billing statement with a 12-digit account ID; AWS sender, no case.",
    au=auth(ME_P))

# ---------------------------------------------------------------- 009  B duplicate closed
b = """Hello Kenta,

Thanks for writing in. I can see that an earlier request for the same account merge is already
open under case %s, which was submitted from k-oyama@nishikaze-sys.co.jp.

To keep everything in one place I have linked the two and closed this one (%s). All further
correspondence will happen on %s, and a colleague is already reviewing it.

Best regards,
Sofia
AWS Training and Certification
""" % (CASE_A, CASE_B, CASE_A)
add("case_update", False, CASE_B, TC_FROM, ME_P, "RE:[CASE %s] %s" % (CASE_B, SUBJ_A),
    d(3, 5, 2, 47), textpart(b), b,
    "Duplicate case B closed and linked to A. Mentions two case numbers; it belongs to B (subject). Not a closing notice: no answer is expected.",
    au=auth(ME_P))

# ---------------------------------------------------------------- 010  on hold A with buried question
HOLD_A = """Hello Kenta,

Thank you for your patience while I reviewed case %s.

Looking at the two certification accounts in your request, the one registered to
k-oyama@nishikaze-sys.co.jp is associated with an AWS Partner Network (APN) organization,
Nishikaze Systems Co., Ltd. Certifications held in a partner-linked account count toward that
organization's partner tiers, so we cannot move them to another account while the association is
active. I have reached out to the partner administrator of your organization and asked them to
release the association. Until they respond, your merge request is on hold.

There is one detail you can help with in the meantime: are you still employed by Nishikaze
Systems, and if you are leaving, what will your final working day be? That tells the partner team
how to treat the request.

I will update this case as soon as I hear back from the partner.

Regards,
Daniel M.
AWS Training and Certification Support
""" % CASE_A
n_hold_a = add("on_hold", True, CASE_A, TC_FROM, ME_C, "RE: [CASE %s] %s" % (CASE_A, SUBJ_A),
               d(3, 5, 7, 20), textpart(HOLD_A), HOLD_A,
               "APN partner hold. The question (still employed? last day?) is buried in the middle, phrased as a question with no 'please'. Kind on_hold, but support waits for an answer, so needs_reply true.",
               au=auth(ME_C), irt=n_ack_a)

# ---------------------------------------------------------------- 011  forward to self
b = """個人アドレスに転送。APNの件で保留。最終出社日を返信すること。

---------- Forwarded message ---------
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Date: Wed, Mar 5, 2025 at 4:20 PM
Subject: RE: [CASE %s] %s
To: <k-oyama@nishikaze-sys.co.jp>

%s""" % (CASE_A, SUBJ_A, HOLD_A)
add("user_reply", False, CASE_A, addr(ME_NAME, ME_C), ME_P,
    "Fwd: RE: [CASE %s] %s" % (CASE_A, SUBJ_A), d(3, 5, 16, 44, JST), textpart(b), "個人アドレスに転送。APNの件で保留。最終出社日を返信すること。",
    "Owner forwards the hold mail from the company mailbox to the personal one. The forwarded body contains the support question, but this is the owner's own mail.",
    msgid="outlook", irt=n_hold_a)

# ---------------------------------------------------------------- 012
b = """Merged #412 into main.

-- 
Reply to this email directly, view it on GitHub:
https://github.com/kenta-oyama/cert-tracker/pull/412#event-16550312021
You are receiving this because you authored the thread.
"""
h = ("<p>Merged <a href='https://github.com/kenta-oyama/cert-tracker/pull/412'>#412</a> into main.</p>"
     "<p style='font-size:small;color:#666'>&mdash;<br>Reply to this email directly, "
     "<a href='https://github.com/kenta-oyama/cert-tracker/pull/412#event-16550312021'>view it on GitHub</a>."
     "<br>You are receiving this because you authored the thread.</p>")
add("unrelated", False, None, addr("Haruto Ide", "notifications@github.com"), ME_P,
    "Re: [kenta-oyama/cert-tracker] Add merge checklist for certification accounts (PR #412)",
    d(3, 5, 12, 3), alt(b, h), b,
    "GitHub 'Merged ... into main' about a PR that mentions certification accounts and merging; 'Reply to this email' footer.",
    msgid="github.com", au=auth(ME_P, "github.com"))

# ---------------------------------------------------------------- 013  owner answers hold (Outlook)
b = """Hi Daniel,

Thank you for the update. Yes, I am still employed by Nishikaze Systems until March 31, 2025,
which is my last working day. After that date this company mailbox will be shut down, so I would
like the certifications to end up in my personal account (kenta.oyama.dev@gmail.com).

Please go ahead once the partner side is sorted out.

Best regards,
Kenta Oyama
"""
q = oq(HOLD_A, "AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>",
       "Wednesday, March 5, 2025 4:20 PM", "Oyama Kenta <k-oyama@nishikaze-sys.co.jp>",
       "RE: [CASE %s] %s" % (CASE_A, SUBJ_A))
n_r13 = add("user_reply", False, CASE_A, addr("Oyama Kenta", ME_C), TC,
            "RE: [CASE %s] %s" % (CASE_A, SUBJ_A), d(3, 6, 9, 15, JST), textpart(b + q), b,
            "Owner's answer to the hold question from the company address, Outlook '-----Original Message-----' quoting, CRLF line endings.",
            msgid="outlook", irt=n_hold_a, refs=[n_ack_a, n_hold_a], crlf=True)

# ---------------------------------------------------------------- 014  phishing lookalike
b = """Dear Certification Holder,

Your AWS Certification account merge request (Case #88210937) requires identity verification
before it can be completed. Unverified requests are cancelled after 24 hours and the certifications
in both accounts may be suspended.

Verify now: https://aws-certsupport-center.com/verify?case=88210937

You will be asked to sign in with your AWS Builder ID and password, then confirm your candidate ID.

Please reply to this email with your password if you are unable to open the link.

AWS Certification Support Team
"""
h = ("<html><body><p>Dear Certification Holder,</p><p>Your AWS Certification account merge request "
     "(Case #88210937) requires <b>identity verification</b> before it can be completed. Unverified requests "
     "are cancelled after 24 hours and the certifications in both accounts may be suspended.</p>"
     "<p><a href='https://aws-certsupport-center.com/verify?case=88210937' style='background:#ff9900;"
     "padding:8px;color:#000'>Verify now</a></p><p>Please reply to this email with your password if you are "
     "unable to open the link.</p><p>AWS Certification Support Team</p></body></html>")
add("suspicious", False, None, addr("AWS Certification Support", "support@aws-certsupport-center.com"), ME_C,
    "Action required: verify your certification account merge", d(3, 6, 3, 0), alt(b, h), b,
    "Credential phishing from a lookalike domain, timed during a real merge, demands a reply; needs_reply false.",
    msgid="aws-certsupport-center.com",
    au="mx01.nishikaze-sys.co.jp; dkim=pass header.i=@aws-certsupport-center.com; spf=pass smtp.mailfrom=aws-certsupport-center.com; dmarc=pass header.from=aws-certsupport-center.com")

# ---------------------------------------------------------------- 015  Pearson VUE
b = """Dear Kenta Oyama,

Thank you for scheduling your exam with Pearson VUE.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Date: Saturday, April 12, 2025
Time: 10:00 AM JST
Location: Pearson VUE Test Center - Shinjuku
Registration ID: 482019377

Please arrive 30 minutes early and bring two forms of identification. To reschedule or cancel,
sign in to your AWS Certification Account at least 24 hours before the appointment.

Pearson VUE
"""
add("unrelated", False, None, addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), ME_P,
    "Pearson VUE Confirmation of Booking", d(3, 6, 10, 22), textpart(b, cte="7bit"), b,
    "Exam vendor booking confirmation with a 9-digit registration ID (not a case number).",
    msgid="pearson.com", au=auth(ME_P, "pearson.com"))

# ---------------------------------------------------------------- 016  info request A: write from other address
INFO_A = """Hi Kenta,

Good news first: the partner administrator at Nishikaze Systems has released the association,
so the hold on case %s is lifted and your merge can go ahead.

Before I start, one more thing is needed. For security reasons we only carry out a merge at the
request of the owner of the account that will be kept, and this case was opened from
k-oyama@nishikaze-sys.co.jp. I need you to reply to this email from kenta.oyama.dev@gmail.com,
keeping the case number in the subject line, so that I can verify that you control that account.

As soon as that reply arrives I will send you a summary of both accounts to confirm.

Kind regards,
Aoife R.
AWS Training and Certification
""" % CASE_A
n_info_a = add("info_request", True, CASE_A, TC_FROM, ME_C, "RE: [CASE %s] %s" % (CASE_A, SUBJ_A),
               d(3, 7, 1, 5), textpart(INFO_A), INFO_A,
               "Hold lifted (looks like a case_update at first) followed by the real ask: write again from the personal address. 'I need you to reply' with no 'please'.",
               au=auth(ME_C), irt=n_r13)

# ---------------------------------------------------------------- 017  colleague OOO
b = """【自動応答】
3月7日(金)〜3月10日(月)は休暇のため不在にしております。
11日(火)以降、順次対応いたします。
お急ぎの場合は開発部 代表アドレス dev-team@nishikaze-sys.co.jp までご連絡ください。

井出 陽翔
"""
add("unrelated", False, None, addr("井出 陽翔", "h-ide@nishikaze-sys.co.jp"), ME_C,
    "自動応答: 引き継ぎ資料のレビュー依頼", d(3, 7, 10, 30, JST), textpart(b, cs="iso-2022-jp", cte="7bit"), b,
    "Colleague's out-of-office auto-reply (ISO-2022-JP) to a handover mail.",
    msgid="outlook", extra=[("Auto-Submitted", "auto-replied")], cs="iso-2022-jp",
    au="mx01.nishikaze-sys.co.jp; dkim=pass header.i=@nishikaze-sys.co.jp; spf=pass smtp.mailfrom=nishikaze-sys.co.jp; dmarc=pass header.from=nishikaze-sys.co.jp")

# ---------------------------------------------------------------- 018  owner writes from personal
b = """Hello Aoife,

As requested, I am writing from kenta.oyama.dev@gmail.com, which is the account I want to keep.
I also still have access to the company address until March 31 if you need anything there.

Thanks,
Kenta
"""
q = gq(INFO_A, "AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>",
       "Fri, Mar 7, 2025 at 10:05 AM")
n_r18 = add("user_reply", False, CASE_A, addr(ME_NAME, ME_P), TC, "RE: [CASE %s] %s" % (CASE_A, SUBJ_A),
            d(3, 7, 13, 10, JST), textpart(b + q), b,
            "Owner writes from the personal address as asked, Gmail quoting of the request.",
            msgid="gmail", irt=n_info_a)

# ---------------------------------------------------------------- 019  marketing
b = """AWS Summit Japan 2025 登録受付中

6月25日・26日 幕張メッセにて開催。150以上のセッション、AWS 認定者ラウンジもご用意しています。
AWS 認定をお持ちの方は、ラウンジで限定ノベルティをお受け取りいただけます。

今すぐ登録: https://aws.amazon.com/jp/summits/japan/

本メールは送信専用です。配信停止をご希望の場合は、こちらの設定ページから変更してください。
アマゾン ウェブ サービス ジャパン合同会社
"""
h = ("<html><body><table width='600' style='font-family:sans-serif'><tr><td style='background:#232f3e;color:#fff;padding:16px'>"
     "<h1>AWS Summit Japan 2025 登録受付中</h1></td></tr><tr><td><p>6月25日・26日 幕張メッセにて開催。150以上のセッション、"
     "AWS 認定者ラウンジもご用意しています。</p><p>AWS 認定をお持ちの方は、ラウンジで限定ノベルティをお受け取りいただけます。</p>"
     "<p><a href='https://aws.amazon.com/jp/summits/japan/'>今すぐ登録</a></p><p style='font-size:10px'>本メールは送信専用です。</p>"
     "</td></tr></table></body></html>")
add("unrelated", False, None, addr("AWS Japan", "aws-marketing-email-replies@amazon.com"), ME_P,
    "【AWS Summit Japan 2025】AWS 認定者ラウンジのご案内と事前登録", d(3, 8, 2, 0), alt(b, h, cte="base64"), b,
    "AWS marketing in Japanese (base64 multipart), mentions AWS 認定; from the real marketing sender.",
    au=auth(ME_P))

# ---------------------------------------------------------------- 020  closing notice F (past)
b = """Hello,

On February 26 we wrote to you about case %s, your question on how to use your 50%% exam discount
voucher, and asked which exam you planned to use it for. We have not received a reply, so this
case has now been closed.

If you still need help with this, simply reply to this email within the next 14 days and the case
will be reopened for you. After that, please submit a new request through the contact form.

Sincerely,
Rahul
AWS Training and Certification Customer Support
""" % CASE_F
add("closing_notice", True, CASE_F, TC_FROM, ME_C,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - benefits" % CASE_F,
    d(3, 9, 23, 40), textpart(b, cte="7bit"), b,
    "Older case F (never answered) closed for no reply; answering reopens it. By the rule a closing notice needs a reply, even if the owner may let it lapse.",
    au=auth(ME_C))

# ---------------------------------------------------------------- 021  confirmation request A (HTML only)
CONF_A_TXT = """Hello Kenta,

Thank you for writing from your personal address. I found the following certification accounts:

Account #1
Login email: kenta.oyama.dev@gmail.com
Training notification email: kenta.oyama.dev@gmail.com
Certification notification email: kenta.oyama.dev@gmail.com
Candidate ID: AWS06620314

Account #2
Login email: k-oyama@nishikaze-sys.co.jp
Training notification email: k-oyama@nishikaze-sys.co.jp
Certification notification email: k-oyama@nishikaze-sys.co.jp
Candidate ID: AWS01938475

Please confirm that both accounts belong to you and that Account #1 is the one to keep. After the
merge, Account #2 will be closed and its exam history, certifications and benefits will move to
Account #1. This cannot be undone.

Best regards,
Aoife R.
AWS Training and Certification
"""
h = """<html><head><meta charset="utf-8"></head><body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
<p>Hello Kenta,</p>
<p>Thank you for writing from your personal address. I found the following certification accounts:</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Login email</td><td>kenta.oyama.dev@gmail.com</td><td>k-oyama@nishikaze-sys.co.jp</td></tr>
<tr><td>Training notification email</td><td>kenta.oyama.dev@gmail.com</td><td>k-oyama@nishikaze-sys.co.jp</td></tr>
<tr><td>Certification notification email</td><td>kenta.oyama.dev@gmail.com</td><td>k-oyama@nishikaze-sys.co.jp</td></tr>
<tr><td>Candidate ID</td><td>AWS06620314</td><td>AWS01938475</td></tr>
</table>
<p>Please confirm that both accounts belong to you and that <b>Account #1</b> is the one to keep.
After the merge, Account #2 will be closed and its exam history, certifications and benefits will move to Account #1.
This cannot be undone.</p>
<p>Best regards,<br>Aoife R.<br>AWS Training and Certification</p>
</body></html>"""
n_conf_a = add("confirmation_request", True, CASE_A, TC_FROM, ME_P, "RE: [CASE %s] %s" % (CASE_A, SUBJ_A),
               d(3, 10, 6, 55), textpart(h, "html"), h,
               "HTML-only confirmation request with the Account #1/#2 table; candidate IDs sit in table cells (order: AWS06620314 then AWS01938475).",
               au=auth(ME_P), irt=n_r18)

# ---------------------------------------------------------------- 022  other vendor case closed
b = """##- Please type your reply above this line -##

Your request #58120 "Cannot download invoice PDF" has been closed.

Hi Kenta,

We haven't heard back from you, so we've closed this request. If the problem comes back, just
reply to this email and the request will be reopened.

Lena
Tasklane Support

This email is a service from Tasklane. [ZK8R2V-3M0P]
"""
add("unrelated", False, None, addr("Tasklane Support", "support@tasklane.io"), ME_P,
    "[Tasklane] Re: Cannot download invoice PDF (request #58120)", d(3, 10, 22, 30), textpart(b), b,
    "Another vendor's Zendesk-style 'closed for no reply, reply to reopen' mail: looks exactly like a closing notice but is not AWS.",
    msgid="tasklane.io", au=auth(ME_P, "tasklane.io"))

# ---------------------------------------------------------------- 023  certmetrics 'wants to hear from you'
b = """AWS Certification wants to hear from you

Hello Kenta,

As an AWS Certified individual, your experience helps shape future exams and programs. Take our
10-minute AWS Certification Program Survey and tell us what matters to you.

Start the survey: https://survey.certmetrics.com/aws/2025q1?cid=AWS01938475

Thank you for being part of the AWS Certification community.

AWS Training and Certification
"""
add("certification", False, None, CERTM, ME_C, "AWS Certification wants to hear from you",
    d(3, 11, 0, 0), textpart(b, cte="7bit"), b,
    "CertMetrics program survey. Judged certification (program mail), not survey (which is about a support case). Candidate ID appears only inside a URL; still listed.",
    msgid="certmetrics.com", au=auth(ME_C, "certmetrics.com"))

# ---------------------------------------------------------------- 024  AWS Educate case
b = """Hello Kenta,

Thank you for reaching out to AWS Educate. To look into why your student, Ms. Nakano, did not
receive her invitation, could you send us the email address used on the invitation and the name of
the classroom? Without these we are unable to locate the record.

Warm regards,
Jonas
AWS Educate Support
"""
add("unrelated", False, None, addr("AWS Educate", "aws-cs-educate-form@amazon.com"), ME_P,
    "RE:[CASE 174159996200341] [AWS Educate Form Submission] - classroom-invitation", d(3, 11, 3, 11),
    textpart(b), b,
    "Real AWS customer-service form case, same subject shape and a real request, but for AWS Educate, not Training and Certification: unrelated, no reply flag, case null.",
    au=auth(ME_P))

# ---------------------------------------------------------------- 025  closing notice A
b = """Hello Kenta,

I am following up on my message of March 10 below. We still need your confirmation before we can
merge your certification accounts. If we do not hear from you within 72 hours, this case will be
closed automatically. You can reopen it at any time by replying to this email.

Best regards,
Aoife R.
AWS Training and Certification
"""
q = oq(CONF_A_TXT, "AWS Training and Certification", "Monday, March 10, 2025 6:55 AM",
       "kenta.oyama.dev@gmail.com", "RE: [CASE %s] %s" % (CASE_A, SUBJ_A))
n_close_a = add("closing_notice", True, CASE_A, TC_FROM, ME_P, "RE: [CASE %s] %s" % (CASE_A, SUBJ_A),
                d(3, 13, 7, 0), textpart(b + q), b,
                "Closing notice that quotes the confirmation request (with candidate IDs in the quote, not labelled). Kind closing_notice although answering means confirming.",
                au=auth(ME_P), irt=n_conf_a)

# ---------------------------------------------------------------- 026  owner confirms
CONFIRM_TXT = """Hi Aoife,

Sorry for the slow reply. Confirmed: both accounts are mine. Please merge Account #2 into
Account #1 and keep kenta.oyama.dev@gmail.com.

Thank you,
Kenta Oyama
"""
q = gq(b + q, "AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>",
       "Thu, Mar 13, 2025 at 4:00 PM")
n_r26 = add("user_reply", False, CASE_A, addr(ME_NAME, ME_P), TC, "Re: RE: [CASE %s] %s" % (CASE_A, SUBJ_A),
            d(3, 13, 22, 48, JST), alt(CONFIRM_TXT + q, "<div dir='ltr'>" + CONFIRM_TXT.replace("\n", "<br>") +
                                       "</div><blockquote class='gmail_quote'>" + q.replace("\n", "<br>") + "</blockquote>"),
            CONFIRM_TXT,
            "Owner's confirmation ('Confirmed ... please merge') in Gmail multipart; contains 'Please' but it is the owner's own text.",
            msgid="gmail", irt=n_close_a, refs=[n_conf_a, n_close_a])

# ---------------------------------------------------------------- 027  resolved A, quoting request
b = """Hello Kenta,

I have successfully merged all accounts. Your exam history, certifications and benefits are now
under Account #1 (kenta.oyama.dev@gmail.com), candidate ID AWS06620314. Sign in with your AWS
Builder ID to check them. Digital badges can take up to 24 hours to appear in Credly, and your
former employer's partner profile will no longer list these certifications.

No further action is required from you. This case is now resolved.

Best regards,
Aoife R.
AWS Training and Certification
"""
q = gq(CONFIRM_TXT + gq(CONF_A_TXT, "AWS Training and Certification", "Mon, Mar 10, 2025"),
       "Kenta Oyama <kenta.oyama.dev@gmail.com>", "Thu, Mar 13, 2025 at 10:48 PM")
add("resolved", False, CASE_A, TC_FROM, ME_P, "RE: [CASE %s] %s" % (CASE_A, SUBJ_A),
    d(3, 14, 2, 15), textpart(b + q), b,
    "Merge done. Quotes the owner's confirmation and, two levels down, the Account #1/#2 confirmation request; only the new candidate ID counts.",
    au=auth(ME_P), irt=n_r26, refs=[n_conf_a, n_close_a, n_r26])

# ---------------------------------------------------------------- 028  Credly badge
b = """Kenta, you've earned a badge!

Amazon Web Services Training and Certification has issued you the following badge:

AWS Certified Solutions Architect - Associate

Accept your badge to share it with your network:
https://www.credly.com/badges/4f1c2a9e-7d3b-4e62-9a51-0c8e2f6b7d13/accept

Need help? Visit our support center at https://support.credly.com

Credly, Inc. | 1005 W Fulton Market, Chicago, IL 60607
"""
h = ("<html><body><table width='600'><tr><td><h2>Kenta, you've earned a badge!</h2><p>Amazon Web Services Training "
     "and Certification has issued you the following badge:</p><p><b>AWS Certified Solutions Architect - Associate</b></p>"
     "<p><a href='https://www.credly.com/badges/4f1c2a9e-7d3b-4e62-9a51-0c8e2f6b7d13/accept'>Accept badge</a></p>"
     "</td></tr></table></body></html>")
add("badge", False, None, CREDLY, ME_P,
    "Amazon Web Services Training and Certification sent you a new badge", d(3, 14, 2, 40), alt(b, h), b,
    "Credly badge issued right after the merge; badge UUID, no case number.",
    msgid="credly.com", au=auth(ME_P, "credly.com"))

# ---------------------------------------------------------------- 029  survey A
b = """Hello,

Your recent case %s with AWS Training and Certification has been resolved. We'd like to know how
we did. The survey has two questions and takes less than a minute.

How satisfied were you with the support you received?
https://survey.aws.training/s/cs?case=%s&r=1  (Very satisfied)
https://survey.aws.training/s/cs?case=%s&r=5  (Very dissatisfied)

Your feedback helps us improve. Please do not reply to this email.

AWS Training and Certification
""" % (CASE_A, CASE_A, CASE_A)
add("survey", False, CASE_A, addr("AWS Training and Certification", "no-reply@aws.training"), ME_P,
    "How did we do? Case %s" % CASE_A, d(3, 14, 9, 0), textpart(b), b,
    "Satisfaction survey after case A from aws.training; case number in the subject without the [CASE] token.",
    msgid="aws.training", au=auth(ME_P, "aws.training"))

# ---------------------------------------------------------------- 030  dmarc fail spoof
b = """Hello,

Following the recent change to your certification account, our records show that the merge could
not be finalised because the identity check failed. Your exam history will be deleted in 48 hours
unless you re-validate the account.

Re-validate here: https://aws-training-verify.support-case.net/login

Kind regards,
AWS Training and Certification Customer Support
"""
add("suspicious", False, None, TC_FROM, ME_P,
    "RE:[CASE 174110233400871] [AWS Training and Certification Form Submission] - account-assistance",
    d(3, 14, 10, 20), textpart(b), b,
    "Spoof: real T&C sender address and subject format, plausible timing, but Authentication-Results shows dkim=fail / dmarc=fail for amazon.com and the link goes elsewhere. Case number is not one of ours; case null.",
    msgid="support-case.net",
    au=auth(ME_P, "amazon.com", dkim=False, dmarc=False, spf=False, mailfrom="bounce@mailer.support-case.net"))

# ---------------------------------------------------------------- 031  Skill Builder receipt
b = """Thank you for your purchase.

AWS Skill Builder Individual subscription - monthly
Order number: SB-7730-1184-2291
Amount: USD 29.00
Billing period: March 15, 2025 - April 14, 2025

You can manage your subscription at any time from your Skill Builder account settings.

AWS Training and Certification
"""
add("unrelated", False, None, addr("AWS Skill Builder", "no-reply@aws.training"), ME_P,
    "Your AWS Skill Builder receipt", d(3, 15, 4, 2), textpart(b, cte="7bit"), b,
    "Skill Builder receipt from the same aws.training sender as the survey; AWS T&C branding but not a case.",
    msgid="aws.training", au=auth(ME_P, "aws.training"))

# ---------------------------------------------------------------- 032  Credly digest
b = """Your badges were viewed 12 times last week

Kenta, people are noticing your achievements. Your AWS Certified Developer - Associate badge was
the most viewed.

Share your badge on LinkedIn: https://www.credly.com/users/kenta-oyama/badges

Manage notification settings: https://www.credly.com/settings/notifications
"""
add("badge", False, None, addr("Credly", "admin@credly.com"), ME_P,
    "Your badges were viewed 12 times last week", d(3, 17, 8, 10), textpart(b), b,
    "Credly weekly digest (not an issuance); still Credly mail.",
    msgid="credly.com", au=auth(ME_P, "credly.com"))

# ---------------------------------------------------------------- 033  owner revives 2023 case C
OLD_C = """Hello Kenta,

Your AWS Certified Developer - Associate badge has now been issued to your Credly account. If it
does not appear within 24 hours, let us know.

Regards,
Mei
AWS Training and Certification
"""
R33 = """Hello,

I am reopening this old thread because the same problem is back. After my accounts were merged last
week (case %s), Credly only shows one of my three AWS badges. The merged account is AWS06620314,
and the old company account was AWS01938475.

Could you check why the Developer - Associate and Cloud Practitioner badges are missing?

Thanks,
Kenta Oyama
""" % CASE_A
q = gq(OLD_C + "\n> Candidate ID: AWS01938475 (this line was in my 2023 request)",
       "AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>",
       "Tue, Nov 28, 2023 at 3:12 AM")
n_r33 = add("user_reply", False, CASE_C, addr(ME_NAME, ME_P), TC,
            "RE: [CASE %s] [AWS Training and Certification Form Submission] - digital-badges" % CASE_C,
            d(3, 17, 21, 30, JST), textpart(R33 + q), R33,
            "Owner replies on a 2023 thread (11-digit case) to reopen it; mentions case A in the body, but belongs to C (subject). Two candidate IDs in new text.",
            msgid="gmail")

# ---------------------------------------------------------------- 034  C reopened
b = """Hello Kenta,

Thank you for your message. We have reopened case %s and it has been assigned to a specialist, who
will review the badge records on your merged account.

Best regards,
AWS Training and Certification Customer Support
""" % CASE_C
add("case_update", False, CASE_C, TC_FROM, ME_P,
    "RE: [CASE %s] [AWS Training and Certification Form Submission] - digital-badges" % CASE_C,
    d(3, 17, 18, 5), textpart(b, cte="7bit"), b,
    "Case reopened and assigned; reads like an acknowledgement but the case already existed. Judged case_update.",
    au=auth(ME_P), irt=n_r33)

# ---------------------------------------------------------------- 035  console ack D
CONS_FOOT = """
To see all the communications and to reply, please visit the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.
This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
b = """Dear Customer,

Thank you for contacting AWS Support. A new case has been opened with the following details:

Case ID: %s
Subject: Exam voucher missing after certification account merge
Severity: General guidance
Correspondence: After my certification accounts were merged (case %s), the 50%% discount
voucher from the old account no longer appears under Benefits.

We will respond as soon as possible.
""" % (CASE_D, CASE_A) + CONS_FOOT % CASE_D
n_ack_d = add("acknowledgement", False, CASE_D, CONSOLE, ME_P,
              "Amazon Web Services: New Support case: %s" % CASE_D, d(3, 18, 1, 40), textpart(b), b,
              "Support Center (console) case acknowledgement, 'Case ID:' format; cannot be answered by email. Mentions case A in correspondence.",
              au=auth(ME_P))

# ---------------------------------------------------------------- 036  console case, EC2 quota (unrelated)
b = """Dear Customer,

Thank you for contacting AWS Support. A new case has been opened with the following details:

Case ID: 174228003100472
Subject: Limit Increase: EC2 Instances
Severity: Low
Account: [AWS ID 208866431927]
Correspondence: Service: EC2 Instances, Region: Asia Pacific (Tokyo), New limit value: 32 vCPU

We will respond as soon as possible.
""" + CONS_FOOT % "174228003100472"
add("unrelated", False, None, CONSOLE, ME_P, "Amazon Web Services: New Support case: 174228003100472",
    d(3, 18, 6, 45), textpart(b), b,
    "Same console template and sender as case D, but it is a service-quota case on an AWS account: other AWS mail, case null.",
    au=auth(ME_P))

# ---------------------------------------------------------------- 037  info request C (questions, no please)
INFO_C = """Hello Kenta,

I have looked at the badge records for AWS06620314. The three certifications are all present on
the merged account, but only one of them is linked to a Credly profile. The other two were issued
while the old account was active and were sent to a Credly profile under a different email address.

Which email address is your Credly account registered with? And do you remember whether you
accepted the Developer - Associate badge on Credly back in 2023? With those two answers I can ask
the badge team to re-issue the missing ones to the right profile.

Kind regards,
Mei
AWS Training and Certification
"""
n_info_c = add("info_request", True, CASE_C, TC_FROM, ME_P,
               "RE: [CASE %s] [AWS Training and Certification Form Submission] - digital-badges" % CASE_C,
               d(3, 19, 0, 25), textpart(INFO_C, cte="base64"), INFO_C,
               "Request made only of direct questions after a long explanation, base64 body; no 'please', no 'let us know'.",
               au=auth(ME_P), irt=n_r33)

# ---------------------------------------------------------------- 038  console info request D
b = """Hello,

Thank you for your patience. I can see the voucher on the record of your former account, but it
was not carried over during the merge because it had been reserved against an exam appointment
that was later cancelled.

To restore it, please reply in the Support Center with the exam you intend to use the voucher
for and confirm the last four characters of the voucher code shown in your old confirmation
email. Replies sent to this email address are not received.

Best regards,
Tomasz K.
Amazon Web Services
""" + CONS_FOOT % CASE_D
add("info_request", True, CASE_D, CONSOLE, ME_P,
    "RE:[CASE %s] Exam voucher missing after certification account merge" % CASE_D, d(3, 19, 2, 0),
    textpart(b), b,
    "Console case request that must be answered in the Support Center, not by email; still a request the owner must act on now.",
    au=auth(ME_P))

# ---------------------------------------------------------------- 039  owner answers C
b = """Hi Mei,

My Credly account uses k-oyama@nishikaze-sys.co.jp (I can add my personal address to it). I did
accept the Developer - Associate badge in 2023, I'm fairly sure. The ones missing now are
Developer - Associate and Cloud Practitioner.

Kenta
"""
q = gq(INFO_C, "AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>",
       "Wed, Mar 19, 2025 at 9:25 AM")
n_r39 = add("user_reply", False, CASE_C, addr(ME_NAME, ME_P), TC,
            "Re: RE: [CASE %s] [AWS Training and Certification Form Submission] - digital-badges" % CASE_C,
            d(3, 19, 20, 15, JST), textpart(b + q), b,
            "Owner's answer; quoted request below has a candidate ID that is not labelled.",
            msgid="gmail", irt=n_info_c)

# ---------------------------------------------------------------- 040  Amazon.co.jp order
b = """大山 健太 様

Amazon.co.jp をご利用いただき、ありがとうございます。
ご注文の確認メールです。

注文番号: 250-4471923-6628041
商品: AWS認定ソリューションアーキテクト - プロフェッショナル 試験対策問題集 ×1
お届け予定: 3月22日(土)

ご注文の状況は「注文履歴」からご確認いただけます。
このメールアドレスは配信専用です。このメッセージに返信しないようお願いいたします。
"""
add("unrelated", False, None, addr("Amazon.co.jp", "auto-confirm@amazon.co.jp", "iso-2022-jp"), ME_P,
    "Amazon.co.jp ご注文の確認「AWS認定ソリューションアーキテクト - プロフェッショナル…」", d(3, 20, 3, 33),
    textpart(b, cs="iso-2022-jp", cte="7bit"), b,
    "Amazon.co.jp order for an AWS certification book (ISO-2022-JP). Amazon, not AWS support.",
    msgid="amazon.co.jp", au=auth(ME_P, "amazon.co.jp"), cs="iso-2022-jp")

# ---------------------------------------------------------------- 041  C passed to badge team
b = """Hello Kenta,

Thanks for the details. I have passed your case to the team that manages our Credly integration
and asked them to re-issue the Developer - Associate and Cloud Practitioner badges to the Credly
profile under k-oyama@nishikaze-sys.co.jp. This usually takes three to five business days.

There is nothing you need to do right now; I will write again once they are done.

Kind regards,
Mei
AWS Training and Certification
"""
n_upd_c = add("case_update", False, CASE_C, TC_FROM, ME_P,
              "RE: [CASE %s] [AWS Training and Certification Form Submission] - digital-badges" % CASE_C,
              d(3, 21, 1, 12), textpart(b), b,
              "Passed to another team; 'nothing you need to do' explicitly. Contains 'asked them to re-issue' (a request aimed at another team).",
              au=auth(ME_P), irt=n_r39)

# ---------------------------------------------------------------- 042  farewell party (Shift_JIS)
b = """大山さん

開発部の井出です。
3月28日(金)19時から、大山さんの送別会を新宿で予定しています。
ご都合いかがでしょうか?お手数ですが、参加可否を25日までにご返信いただけますと幸いです。

井出
"""
add("unrelated", False, None, addr("井出 陽翔", "h-ide@nishikaze-sys.co.jp", "iso-2022-jp"), ME_C,
    "送別会のご案内", d(3, 21, 12, 5, JST), textpart(b, cs="shift_jis", cte="base64"), b,
    "Colleague's invitation in Shift_JIS asking for a reply with keigo; a request, but not from support.",
    msgid="outlook", cs="iso-2022-jp",
    au="mx01.nishikaze-sys.co.jp; dkim=pass header.i=@nishikaze-sys.co.jp; spf=pass smtp.mailfrom=nishikaze-sys.co.jp; dmarc=pass header.from=nishikaze-sys.co.jp")

# ---------------------------------------------------------------- 043  console closing notice D
b = """Hello,

We haven't heard back from you regarding this case. If we do not receive a response within the
next 3 days, this case will be resolved automatically. To keep it open, add a reply in the Support
Center; replying to this e-mail will not reach us.

Best regards,
Amazon Web Services
""" + CONS_FOOT % CASE_D
add("closing_notice", True, CASE_D, CONSOLE, ME_P,
    "RE:[CASE %s] Exam voucher missing after certification account merge" % CASE_D, d(3, 22, 2, 0),
    textpart(b), b,
    "Console auto-resolve warning: reply must go through the Support Center. Still closing_notice / needs reply.",
    au=auth(ME_P), crlf=True)

# ---------------------------------------------------------------- 044  ack E (Japanese, ISO-2022-JP)
b = """大山 健太 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
ケース %s をオープンいたしました。

お問い合わせ内容:
お問い合わせタイプ: 認定
その他の詳細: 認定記録の修正
内容: 認定証に表示される氏名を、パスポートと同じ表記に修正したい。

担当者より通常24時間以内にご連絡いたします。
同一の内容で既にケースを提起されている場合は、別のケースを提起しないようお願いいたします。
本ケースに情報を追加される場合は、件名のケース番号を変更せずに本メールへご返信ください。

AWS トレーニングと認定 カスタマーサポート
""" % CASE_E
n_ack_e = add("acknowledgement", False, CASE_E, addr("AWS トレーニングと認定", TC, "iso-2022-jp"), ME_P,
              "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_E,
              d(3, 23, 15, 2), textpart(b, cs="iso-2022-jp", cte="7bit"), b,
              "Japanese acknowledgement (ISO-2022-JP, 10-digit case). 'ご返信ください' is an instruction for adding information, not a request.",
              au=auth(ME_P), cs="iso-2022-jp")

# ---------------------------------------------------------------- 045  resolved D with survey footer
b = """Hello,

Thank you for the details you added in the Support Center. I have restored the 50% exam discount
voucher to your merged certification account. It is now listed under Benefits and can be applied
when you schedule your SAP-C02 exam.

I'll go ahead and mark this case as resolved. If you have any further questions, feel free to
reopen it from the Support Center within the next 14 days.

We value your feedback. Please share your experience by rating this correspondence using the
AWS Support Center link at the end of this correspondence.

Best regards,
Tomasz K.
Amazon Web Services
""" + CONS_FOOT % CASE_D
add("resolved", False, CASE_D, CONSOLE, ME_P,
    "RE:[CASE %s] Exam voucher missing after certification account merge" % CASE_D, d(3, 24, 0, 30),
    textpart(b), b,
    "Console resolution with the 'We value your feedback. Please share your experience...' footer and 'reopen within 14 days' offer; neither is a request.",
    au=auth(ME_P))

# ---------------------------------------------------------------- 046  info request E (Japanese keigo, Shift_JIS)
INFO_E = """大山 健太 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの佐々木でございます。
ケース %s につきまして、ご連絡いたします。

現在、認定記録上のお名前は「Kenta Ooyama」と登録されております。
修正にあたり、パスポートに記載されているローマ字表記(姓・名)をご教示いただけますでしょうか。
あわせて、ミドルネームの有無につきましてもご確認のほど、よろしくお願いいたします。

いただいた情報をもとに、記録の修正を進めてまいります。

AWS トレーニングと認定 カスタマーサポート
佐々木
""" % CASE_E
n_info_e = add("info_request", True, CASE_E, addr("AWS トレーニングと認定", TC, "iso-2022-jp"), ME_P,
               "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_E,
               d(3, 25, 1, 12), textpart(INFO_E, cs="shift_jis", cte="base64"), INFO_E,
               "Japanese keigo request (〜ご教示いただけますでしょうか / ご確認のほどよろしくお願いいたします) in Shift_JIS base64.",
               au=auth(ME_P), irt=n_ack_e, cs="iso-2022-jp")

# ---------------------------------------------------------------- 047  other vendor asks info (Japanese)
b = """大山様

いつもお世話になっております。Nulabo サポートデスクの森です。
お問い合わせ #B-22817(二段階認証が解除できない件)について、
調査のため、ご利用中のスペースIDと、エラーが表示された日時をお知らせください。

何卒よろしくお願いいたします。
"""
add("unrelated", False, None, addr("Nulabo サポート", "support@nulabo.example.jp"), ME_P,
    "[#B-22817] 二段階認証が解除できない件について", d(3, 25, 6, 40), textpart(b), b,
    "Another vendor's support asks for information in Japanese: a genuine request, but not AWS; needs_reply false.",
    msgid="nulabo.example.jp", au=auth(ME_P, "nulabo.example.jp"))

# ---------------------------------------------------------------- 048  Credly pending badge
b = """You have a pending badge

Kenta, a badge from Amazon Web Services Training and Certification is waiting for you:
AWS Certified Cloud Practitioner

Accept it here: https://www.credly.com/badges/9a7b0c11-52e4-4b0e-8f43-d01e6f2a3c55/accept

Pending badges expire if not accepted within 30 days.
"""
add("badge", False, None, addr("Credly", "admin@credly.com"), ME_C,
    "Reminder: accept your AWS Certified Cloud Practitioner badge", d(3, 26, 9, 0),
    textpart(b, cte="7bit"), b,
    "Credly reminder to the company address (Credly profile still there) with an action prompt; badge mail, not a case request.",
    msgid="credly.com", au=auth(ME_C, "credly.com"))

# ---------------------------------------------------------------- 049  fake Credly
b = """Important notice about your digital badges

We detected that your AWS certification badges are linked to an account that was merged. To avoid
revocation of all badges, sign in within 24 hours and confirm your identity:

https://credly-badge-verify.com/signin?u=kenta.oyama

Credly Trust & Safety
"""
h = ("<html><body><p><b>Important notice about your digital badges</b></p><p>We detected that your AWS certification "
     "badges are linked to an account that was merged. To avoid revocation of all badges, sign in within 24 hours and "
     "confirm your identity:</p><p><a href='https://credly-badge-verify.com/signin?u=kenta.oyama'>Sign in to Credly</a></p>"
     "<p>Credly Trust &amp; Safety</p></body></html>")
add("suspicious", False, None, addr("Credly", "security@credly-badge-verify.com"), ME_P,
    "Your AWS badges will be revoked", d(3, 27, 4, 44), textpart(h, "html", cte="base64"), h,
    "Fake Credly mail from a lookalike domain, HTML-only base64, credential harvesting.",
    msgid="credly-badge-verify.com", au=auth(ME_P, "credly-badge-verify.com", dmarc=False))

# ---------------------------------------------------------------- 050  resolved C, top-posted over quoted request
b = """Hello Kenta,

Good news: the badge team has re-issued the AWS Certified Developer - Associate and AWS Certified
Cloud Practitioner badges, and all three of your badges now appear on your Credly profile. You may
want to add kenta.oyama.dev@gmail.com to that profile, since your company address will stop
working soon.

I'm marking this case as resolved. If anything still looks wrong, feel free to reply to this
email and I'll take another look.

Kind regards,
Mei
AWS Training and Certification
"""
q = oq(INFO_C, "AWS Training and Certification", "Wednesday, March 19, 2025 12:25 AM",
       "kenta.oyama.dev@gmail.com",
       "RE: [CASE %s] [AWS Training and Certification Form Submission] - digital-badges" % CASE_C)
hq = "<div style='border-left:2px solid #ccc;padding-left:8px;color:#555'>" + q.replace("\n", "<br>\n") + "</div>"
add("resolved", False, CASE_C, TC_FROM, ME_P,
    "RE: [CASE %s] [AWS Training and Certification Form Submission] - digital-badges" % CASE_C,
    d(3, 28, 2, 30), alt(b + q, "<html><body>" + b.replace("\n", "<br>\n") + hq + "</body></html>"), b,
    "Resolution top-posted over the earlier questions (Outlook quote). Conditional 'feel free to reply' and an advice 'you may want to add...' are not requests.",
    au=auth(ME_P), irt=n_upd_c)

# ---------------------------------------------------------------- 051  Credly issued 2 badges
b = """Kenta, you have 2 new badges

Amazon Web Services Training and Certification has issued:
- AWS Certified Developer - Associate
- AWS Certified Cloud Practitioner

View your badges: https://www.credly.com/users/kenta-oyama/badges
"""
add("badge", False, None, addr("Credly", "admin@credly.com"), ME_C,
    "Amazon Web Services Training and Certification issued you 2 badges", d(3, 28, 3, 5), textpart(b), b,
    "Credly issuance that follows the case C resolution.",
    msgid="credly.com", au=auth(ME_C, "credly.com"))

# ---------------------------------------------------------------- 052  owner thanks C
b = """Hi Mei,

Confirmed, all three badges are there now. I've added my personal address to Credly as well.
Thanks a lot for the help!

Kenta
"""
add("user_reply", False, CASE_C, addr(ME_NAME, ME_P), TC,
    "Re: RE: [CASE %s] [AWS Training and Certification Form Submission] - digital-badges" % CASE_C,
    d(3, 29, 10, 2, JST), textpart(b), b,
    "Owner's thank-you on a resolved case; starts with 'Confirmed' but is not a merge confirmation by support.",
    msgid="gmail")

# ---------------------------------------------------------------- 053  IT: mailbox shutdown
b = """各位

情報システム部です。
以下のアカウントは、本日3月31日 23:59 をもってメールの送受信を停止いたします。

対象: k-oyama@nishikaze-sys.co.jp

停止後に届いたメールは送信元へエラーとして返送されます。
必要なデータは本日中に退避してください。

情報システム部
"""
add("unrelated", False, None, addr("情報システム部", "it-admin@nishikaze-sys.co.jp", "iso-2022-jp"), ME_C,
    "【重要】メールアカウント停止のお知らせ", d(3, 31, 9, 0, JST), textpart(b, cs="iso-2022-jp", cte="7bit"), b,
    "Company IT: the company mailbox closes today; affects the case but is internal mail.",
    msgid="nishikaze-sys.co.jp", cs="iso-2022-jp",
    au="mx01.nishikaze-sys.co.jp; dkim=pass header.i=@nishikaze-sys.co.jp; spf=pass smtp.mailfrom=nishikaze-sys.co.jp; dmarc=pass header.from=nishikaze-sys.co.jp")

# ---------------------------------------------------------------- 054  closing notice E (Japanese)
b = """大山 健太 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの佐々木でございます。

3月25日にお送りしたご連絡(下記)について、現時点でご返信を確認できておりません。
恐れ入りますが、4月4日までにご返信がない場合、本ケースはクローズさせていただきます。
クローズ後も、本メールにご返信いただければケースを再開いたします。

AWS トレーニングと認定 カスタマーサポート
佐々木
"""
q = jq(INFO_E, "2025/03/25 10:12、AWS トレーニングと認定", "<aws-cs-trainingcertification-form@amazon.com> より")
n_close_e = add("closing_notice", True, CASE_E, addr("AWS トレーニングと認定", TC, "iso-2022-jp"), ME_P,
                "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_E,
                d(4, 1, 0, 15), textpart(b + q, cte="quoted-printable"), b,
                "Japanese closing notice with deadline, quoting the original keigo request with 「…より:」 header.",
                au=auth(ME_P), irt=n_info_e, cs="iso-2022-jp")

# ---------------------------------------------------------------- 055  bounce of owner's reply
R55 = """佐々木様

ご連絡が遅くなり申し訳ありません。
パスポートの表記は OYAMA KENTA です(ミドルネームはありません)。
お手数ですが、修正をお願いいたします。

大山 健太
"""
b = """This is the mail system at host mail-sor-f41.google.com.

** Address not found **

Your message wasn't delivered to aws-cs-trainingcertification-from@amazon.com because the address
couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <aws-cs-trainingcertification-from@amazon.com>: Recipient address rejected: User unknown

----- Original message -----

From: Kenta Oyama <kenta.oyama.dev@gmail.com>
To: aws-cs-trainingcertification-from@amazon.com
Subject: Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - certification

%s""" % (CASE_E, R55)
add("unrelated", False, CASE_E, addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P,
    "Delivery Status Notification (Failure)", d(4, 1, 3, 20), textpart(b), "",
    "Bounce of the owner's answer (typo in support address). Not support mail: unrelated, no reply flag, but it belongs to case E (number in the returned subject).",
    msgid="mx.google.com", extra=[("Auto-Submitted", "auto-replied")])

# ---------------------------------------------------------------- 056  owner resends E
q = jq(b_e := """大山 健太 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの佐々木でございます。

3月25日にお送りしたご連絡(下記)について、現時点でご返信を確認できておりません。
恐れ入りますが、4月4日までにご返信がない場合、本ケースはクローズさせていただきます。
""", "2025年4月1日(火) 9:15 AWS トレーニングと認定", "<aws-cs-trainingcertification-form@amazon.com>")
n_r56 = add("user_reply", False, CASE_E, addr("大山 健太", ME_P), TC,
            "Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_E,
            d(4, 1, 12, 40, JST), textpart(R55 + q, cte="base64"), R55,
            "Owner's Japanese answer re-sent to the right address (base64 UTF-8); contains お願いいたします but it is the owner's text.",
            msgid="gmail", irt=n_close_e)

# ---------------------------------------------------------------- 057  case update E (Japanese)
b = """大山 健太 様

ご返信いただきありがとうございます。
いただいた表記(OYAMA KENTA)で、担当部署にて認定記録の修正作業を進めております。
完了いたしましたら、改めてご連絡いたします。今しばらくお待ちくださいませ。

AWS トレーニングと認定 カスタマーサポート
佐々木
"""
add("case_update", False, CASE_E, addr("AWS トレーニングと認定", TC, "iso-2022-jp"), ME_P,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_E,
    d(4, 2, 1, 30), textpart(b, cs="iso-2022-jp", cte="7bit"), b,
    "Japanese 'in progress' update; 'お待ちくださいませ' is a polite imperative but asks nothing.",
    au=auth(ME_P), irt=n_r56, cs="iso-2022-jp")

# ---------------------------------------------------------------- 058  console survey D
b = """Hello,

Your AWS Support case %s was recently resolved. Would you take a moment to tell us about your
experience? The survey takes about two minutes.

Take the survey: https://aws-support-survey.amazon.com/s/?caseId=%s

Thank you,
AWS Support
""" % (CASE_D, CASE_D)
add("survey", False, CASE_D, CONSOLE, ME_P, "Tell us about your recent AWS Support experience",
    d(4, 2, 6, 0), textpart(b, cte="7bit"), b,
    "Survey for the console case D; case number only in body and URL.",
    au=auth(ME_P))

# ---------------------------------------------------------------- 059  Skill Builder learning plan marketing
b = """Your weekly learning plan is ready

Kenta, keep your momentum toward the SAP-C02 exam. This week we recommend:
- Exam Prep Enhanced Course: AWS Certified Solutions Architect - Professional
- Official Practice Question Set (SAP-C02)

Continue learning: https://skillbuilder.aws/learning-plan

You're receiving this because you subscribed to AWS Skill Builder updates.
"""
add("unrelated", False, None, addr("AWS Skill Builder", "no-reply@aws.training"), ME_P,
    "Your weekly learning plan: SAP-C02 exam prep", d(4, 3, 0, 5), alt(b, "<html><body>" + b.replace("\n", "<br>") + "</body></html>"), b,
    "Skill Builder marketing about the upcoming exam; T&C-branded, not a case.",
    msgid="aws.training", au=auth(ME_P, "aws.training"))

# ---------------------------------------------------------------- 060  resolved E (Japanese)
b = """大山 健太 様

お待たせいたしました。認定記録上のお名前を「Kenta Oyama」(OYAMA KENTA)に修正いたしました。
AWS 認定アカウントにサインインのうえ、認定証を再度ダウンロードしていただくと、
修正後のお名前が反映されております。

本件は以上で解決とさせていただきます。
ご不明な点がございましたら、お気軽に本メールへご返信ください。

AWS トレーニングと認定 カスタマーサポート
佐々木
"""
add("resolved", False, CASE_E, addr("AWS トレーニングと認定", TC, "iso-2022-jp"), ME_P,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_E,
    d(4, 4, 2, 0), alt(b, "<html><body><p>" + b.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>",
                       cte="base64"), b,
    "Japanese resolution with conditional 'ご不明な点がございましたら…ご返信ください' and an instruction to re-download; nothing to answer.",
    au=auth(ME_P), cs="iso-2022-jp")

# ---------------------------------------------------------------- 061  survey E (Japanese)
b = """大山 健太 様

先日はAWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。
ケース %s の対応について、簡単なアンケートにご協力いただけますでしょうか。
(所要時間: 約1分)

https://survey.aws.training/s/cs?case=%s&lang=ja

今後のサービス向上のため、率直なご意見をお聞かせいただけますと幸いです。
""" % (CASE_E, CASE_E)
add("survey", False, CASE_E, addr("AWS トレーニングと認定", "no-reply@aws.training", "iso-2022-jp"), ME_P,
    "アンケートへのご協力のお願い(ケース %s)" % CASE_E, d(4, 4, 9, 30), textpart(b, cte="base64"), b,
    "Japanese survey phrased as a keigo request ('ご協力いただけますでしょうか'); a survey, not a support request.",
    msgid="aws.training", au=auth(ME_P, "aws.training"), cs="iso-2022-jp")

# ---------------------------------------------------------------- 062  Pearson VUE reminder
b = """Dear Kenta Oyama,

This is a reminder of your upcoming exam appointment.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Date: Saturday, April 12, 2025, 10:00 AM JST
Registration ID: 482019377

Please review the testing policies before exam day.

Pearson VUE
"""
add("unrelated", False, None, addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), ME_P,
    "Reminder: Your AWS Certification exam appointment", d(4, 5, 1, 0), textpart(b, cte="7bit"), b,
    "Exam vendor reminder; 9-digit registration ID.",
    msgid="pearson.com", au=auth(ME_P, "pearson.com"))

# ---------------------------------------------------------------- 063  fake Pearson VUE
b = """Dear Candidate,

Due to a scheduling conflict at your test center, your AWS exam on April 12 must be confirmed.
Please reply to this email with your full name, date of birth and the card number used for
payment so that we can keep your seat. Unconfirmed appointments will be cancelled without refund.

Pearson VUE Candidate Services
"""
add("suspicious", False, None, addr("Pearson VUE", "candidate-services@pearsonvue-exams.net"), ME_P,
    "URGENT: confirm your exam appointment", d(4, 6, 0, 30), textpart(b), b,
    "Fake exam vendor from a lookalike domain asking for personal and card data by reply.",
    msgid="pearsonvue-exams.net", au=auth(ME_P, "pearsonvue-exams.net", dkim=False, dmarc=False))

# ---------------------------------------------------------------- 064  ack G (different template)
SUBJ_G = "[AWS Training and Certification Form Submission] - exam-registration"
b = """Case ID: %s

Hi there,

Thanks for getting in touch with AWS Training and Certification. Your request has been received
and added to our queue. We aim to reply within one business day.

Your message:
"My SAP-C02 appointment on April 12 does not show under Exam registrations in my merged account
(AWS06620314). The booking confirmation is from before the merge."

AWS Training and Certification
""" % CASE_G
n_ack_g = add("acknowledgement", False, CASE_G, TC_FROM, ME_P, "RE:[CASE %s] %s" % (CASE_G, SUBJ_G),
              d(4, 6, 2, 10), alt(b, "<html><body><p><b>Case ID: %s</b></p>" % CASE_G +
                                  b.split("\n", 2)[2].replace("\n", "<br>") + "</body></html>"), b,
              "Short acknowledgement in a different template: case number on the first line as 'Case ID:', echoes the request including a candidate ID.",
              au=auth(ME_P))

# ---------------------------------------------------------------- 065  info request G ('kindly')
INFO_G = """Hello Kenta,

Thank you for your patience. Appointments booked before an account merge sometimes stay attached
to the old candidate record until our exam delivery partner re-syncs them.

Kindly share the Pearson VUE registration number from your booking confirmation and the test
center name, so that I can request the transfer.

Regards,
Priya S.
AWS Training and Certification Support
"""
n_info_g = add("info_request", True, CASE_G, TC_FROM, ME_P, "RE:[CASE %s] %s" % (CASE_G, SUBJ_G),
               d(4, 7, 0, 48), textpart(INFO_G), INFO_G,
               "Request worded with 'Kindly share' after an explanation.",
               au=auth(ME_P), irt=n_ack_g)

# ---------------------------------------------------------------- 066  owner answers G
b = """Hello Priya,

Registration number: 482019377
Test center: Pearson VUE Test Center - Shinjuku
Exam date: April 12, 10:00 JST

For reference my merged candidate ID is AWS06620314 (old one: AWS01938475).

Best regards,
Kenta
"""
q = gq(INFO_G, "AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>",
       "Mon, Apr 7, 2025 at 9:48 AM")
n_r66 = add("user_reply", False, CASE_G, addr(ME_NAME, ME_P), TC, "Re: RE:[CASE %s] %s" % (CASE_G, SUBJ_G),
            d(4, 7, 11, 3, JST), textpart(b + q), b,
            "Owner's answer with a 9-digit Pearson VUE number (not a case number) and two candidate IDs.",
            msgid="gmail", irt=n_info_g)

# ---------------------------------------------------------------- 067  on hold G (vendor), nothing asked
b = """Hello Kenta,

Thank you for the registration details. I have asked our exam delivery partner to move the
appointment to your merged record. The case is on hold until they confirm the change, which
normally takes one to two business days. Nothing is needed from you in the meantime, and your
appointment remains valid either way.

Regards,
Priya S.
AWS Training and Certification Support
"""
n_hold_g = add("on_hold", False, CASE_G, TC_FROM, ME_P, "RE:[CASE %s] %s" % (CASE_G, SUBJ_G),
               d(4, 8, 1, 15), textpart(b), b,
               "On hold waiting for the exam vendor; explicitly nothing needed, so needs_reply false (contrast with the APN hold in case A).",
               au=auth(ME_P), irt=n_r66)

# ---------------------------------------------------------------- 068  English newsletter
b = """This week in cloud: 5 things you missed

1. Certification renewals: how the new recertification rules affect Associate holders.
2. A field guide to merging duplicate accounts (spoiler: open one support case, not three).
3. Cost anomaly detection, revisited.

Reply to this email and tell us what you'd like covered next week - we read every message.

Unsubscribe: https://cloudbrief.example.com/u/77aa1
"""
add("unrelated", False, None, addr("Cloud Brief", "editor@cloudbrief.example.com"), ME_P,
    "This week in cloud: recertification rules, merging duplicate accounts", d(4, 8, 13, 0),
    textpart(b, cte="7bit"), b,
    "English newsletter mentioning certification and merging duplicate accounts, with a 'reply to this email' invitation.",
    msgid="cloudbrief.example.com", au=auth(ME_P, "cloudbrief.example.com"))

# ---------------------------------------------------------------- 069  hold lifted G
b = """Hi Kenta,

A quick update on case %s: our exam delivery partner has confirmed the transfer, so the hold is
lifted. I'm now checking that the appointment shows correctly on your record and will confirm
shortly.

Priya S.
""" % CASE_G
add("case_update", False, CASE_G, TC_FROM, ME_P, "RE:[CASE %s] %s" % (CASE_G, SUBJ_G),
    d(4, 9, 0, 20), textpart(b, cte="7bit"), b,
    "Hold lifted, still working: case_update, nothing asked.",
    au=auth(ME_P), irt=n_hold_g)

# ---------------------------------------------------------------- 070  resolved G
b = """Hello Kenta,

Your SAP-C02 appointment on April 12 now appears under Exam registrations in your AWS Certification
Account, and the 50% discount voucher remains applied to it. The request is complete.

If you have anything to add, reply to this email and the case will reopen. Good luck with the exam!

Regards,
Priya S.
AWS Training and Certification Support
"""
h = ("<html><body><p>Hello Kenta,</p><p>Your SAP-C02 appointment on April 12 now appears under <i>Exam registrations</i> "
     "in your AWS Certification Account, and the 50% discount voucher remains applied to it. The request is complete.</p>"
     "<p>If you have anything to add, reply to this email and the case will reopen. Good luck with the exam!</p>"
     "<p>Regards,<br>Priya S.<br>AWS Training and Certification Support</p></body></html>")
q = gq(INFO_G, "AWS Training and Certification", "Mon, Apr 7, 2025 at 9:48 AM")
add("resolved", False, CASE_G, TC_FROM, ME_P, "RE:[CASE %s] %s" % (CASE_G, SUBJ_G),
    d(4, 9, 5, 45), alt(b + q, h + "<blockquote>" + q.replace("\n", "<br>") + "</blockquote>"), b,
    "Resolution with the conditional 'If you have anything to add, reply...' and the old 'Kindly share' request quoted below.",
    au=auth(ME_P))

# ---------------------------------------------------------------- 071  exam results
b = """Hello Kenta Oyama,

Congratulations! You have passed the AWS Certified Solutions Architect - Professional exam.

Candidate ID: AWS06620314
Exam: SAP-C02
Date taken: April 12, 2025

Your certificate and digital badge will be available in your AWS Certification Account within
5 business days.

AWS Certification
"""
add("certification", False, None, CERTM, ME_P, "Your AWS Certification exam results are available",
    d(4, 13, 1, 30), textpart(b, cte="7bit"), b,
    "Exam result notice from CertMetrics with the candidate ID.",
    msgid="certmetrics.com", au=auth(ME_P, "certmetrics.com"))

# ---------------------------------------------------------------- 072  Credly SAP badge
b = """Kenta, you've earned a badge!

Amazon Web Services Training and Certification has issued you:
AWS Certified Solutions Architect - Professional

Accept your badge: https://www.credly.com/badges/c3d9e8f1-0a21-4d5c-bb74-7e18a6f0d9b2/accept
"""
add("badge", False, None, addr("Credly", "admin@credly.com"), ME_P,
    "Amazon Web Services Training and Certification sent you a new badge", d(4, 13, 4, 0),
    alt(b, "<html><body>" + b.replace("\n", "<br>") + "</body></html>"), b,
    "Credly issuance for the new exam.", msgid="credly.com", au=auth(ME_P, "credly.com"))

# ---------------------------------------------------------------- 073  recertification
b = """Congratulations on recertifying your AWS Certification!

Hello Kenta,

By passing AWS Certified Solutions Architect - Professional, you have also recertified
AWS Certified Solutions Architect - Associate. Its new expiration date is April 12, 2028.

Benefits for your new certification are now available in your AWS Certification Account.

AWS Certification
"""
add("certification", False, None, CERTM, ME_P, "Congratulations on recertifying your AWS Certification!",
    d(4, 13, 6, 10), textpart(b), b,
    "Recertification notice from CertMetrics; certification program mail.",
    msgid="certmetrics.com", au=auth(ME_P, "certmetrics.com"))

# ---------------------------------------------------------------- 074  survey G
b = """Hi Kenta,

Thanks for contacting AWS Training and Certification about case %s. Could you spare 30 seconds to
rate your experience? Just click one of the stars below.

★ https://survey.aws.training/s/cs?case=%s&r=1   ★★★★★ https://survey.aws.training/s/cs?case=%s&r=5

This mailbox is not monitored.
""" % (CASE_G, CASE_G, CASE_G)
add("survey", False, CASE_G, addr("AWS Training and Certification", "no-reply@aws.training"), ME_P,
    "Quick question about case %s" % CASE_G, d(4, 14, 0, 0), textpart(b, cte="base64"), b,
    "Survey phrased as 'Could you spare 30 seconds...', a question that is not a support request.",
    msgid="aws.training", au=auth(ME_P, "aws.training"))

# ---------------------------------------------------------------- 075  AWS billing April
b = """Greetings from Amazon Web Services,

Your invoice for the billing period April 1 - April 30 will be issued on May 2. Your estimated
charges for this month are USD 1.96.

[AWS ID 208866431927]

Questions about your bill? Open a case in the Support Center.

Amazon Web Services
"""
add("unrelated", False, None, addr("Amazon Web Services", "aws-billing-noreply@amazon.com"), ME_P,
    "AWS Notification - Estimated charges for your account", d(4, 14, 3, 0), textpart(b, cte="7bit"), b,
    "AWS billing estimate; mentions opening a case in the Support Center.",
    au=auth(ME_P))

# ---------------------------------------------------------------- 076  owner forwards resolved E to new HR
b = """人事ご担当 様

新しい職場の資格登録用に、AWS 認定の氏名修正が完了した旨の連絡を転送します。
認定証PDFは別途お送りします。候補IDは AWS06620314 です。

大山

---------- Forwarded message ---------
From: AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>
Date: 2025年4月4日(金) 11:00
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - certification

お待たせいたしました。認定記録上のお名前を「Kenta Oyama」(OYAMA KENTA)に修正いたしました。
本件は以上で解決とさせていただきます。
""" % CASE_E
add("user_reply", False, CASE_E, addr("大山 健太", ME_P), "hr@kitakaze-cloud.example.jp",
    "Fwd: RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_E,
    d(4, 14, 15, 20, JST), textpart(b), b.split("---------- Forwarded")[0],
    "Owner forwards the resolved case E mail to the new employer's HR; owner mail with a case subject.",
    msgid="gmail")


# ================================================================= write
def main():
    for f in os.listdir(OUT):
        if re.match(r"\d{3}-msg\.(eml|json)$", f):
            os.remove(os.path.join(OUT, f))
    counts = collections.Counter()
    rows = []
    for n, data, label, note in MSGS:
        with open(os.path.join(OUT, "%03d-msg.eml" % n), "wb") as fh:
            fh.write(data)
        with open(os.path.join(OUT, "%03d-msg.json" % n), "w", encoding="utf-8") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
        counts[label["kind"]] += 1
        rows.append("| %03d | %s | %s | %s |" % (n, label["kind"], "yes" if label["needs_reply"] else "no", note))
    write_readme(rows, counts)
    for k in sorted(counts):
        print("%-22s %d" % (k, counts[k]))
    print("%-22s %d" % ("total", len(MSGS)))
    print("%-22s %d" % ("needs_reply true", sum(1 for m in MSGS if m[2]["needs_reply"])))


README_HEAD = """me: %s %s

# Blind held-out corpus blind-134

Generated by `python3 gen.py` (standard library only). One mailbox that holds both the owner's
personal address (Gmail) and the company address (closed on 2025-03-31), from 2025-03-03 to
2025-04-14, in arrival order. The owner, Kenta Oyama, leaves Nishikaze Systems (an APN partner)
and merges his company certification account into his personal one.

## Cases
| case | digits | channel | topic | outcome |
|---|---|---|---|---|
| 174106852300219 (A) | 15 | T&C form, by email | merge company -> personal | ack, APN hold with a buried question, hold lifted + "write from your personal address", HTML confirmation request, closing notice, confirmation, merged, survey |
| 174112195800683 (B) | 15 | T&C form | duplicate of A (second form in Japanese) | ack, closed as duplicate and linked to A |
| 13098847261 (C) | 11 | T&C form | 2023 Credly badge case, reopened by the owner replying on the old thread | reopened, questions, passed to badge team, resolved |
| 174226193800358 (D) | 15 | Support Center console | 50%% voucher missing after merge | console ack, request to answer in the console, auto-resolve warning, resolved with feedback footer, survey |
| 5532180947 (E) | 10 | T&C form, Japanese | name on certification record | ack, keigo request, closing notice, bounce of the owner's reply, resend, in progress, resolved, survey |
| 174040912800756 (F) | 15 | T&C form | old voucher question | only the "closed for no reply; reply to reopen" notice |
| 174390471900514 (G) | 15 | T&C form | exam appointment missing after merge | ack, "kindly share", answer, on hold for exam vendor (nothing asked), hold lifted, resolved, survey |

Other case-like numbers that are **not** ours: 174159996200341 (AWS Educate form case),
174228003100472 (console service-quota case), 174110233400871 and 88210937 (phishing),
#58120 / #B-22817 (other vendors), 482019377 (Pearson VUE registration), 208866431927 (AWS account).

## Labelling decisions (judgement calls)
- **Hold with a question (A, 010)**: kind `on_hold` (the case is paused for the partner) but
  `needs_reply` true because support asks whether he still works there and his last day.
  The vendor hold in case G (067) says nothing is needed: `needs_reply` false.
- **Hold lifted + new ask (016)**: the ask dominates: `info_request`, needs reply.
- **Closing notice quoting the confirmation request (025)**: `closing_notice` (the news is the
  deadline), needs reply. Closing notice of the never-answered case F (020): needs reply by the rule,
  even though the owner might let it lapse.
- **Console mail (D)**: requests and the auto-resolve warning count as needing a reply although the
  answer must go through the Support Center, not by email.
- **Reopened case (034)**: `case_update`, not `acknowledgement` (the case already existed).
- **Duplicate closed (009)**: `case_update` for case B, no reply.
- **CertMetrics "AWS Certification wants to hear from you" (023)**: `certification` (program survey,
  not a support-case survey).
- **Other AWS support cases** (AWS Educate form case 024, console service-quota case 036):
  `unrelated`, `case` null, no reply, even though 024 asks a real question.
- **Spoof with dmarc=fail (030)** uses the real T&C sender and subject shape: `suspicious`, case null.
- **Bounce (055)**: `unrelated` (not support's voice, nothing for support to wait on that this mail
  changes), but `case` = 5532180947 because it carries that case's subject.
- **Owner mail** (notes, forwards, thank-yous, forwards to third parties): `user_reply`, never needs
  reply; `case` is set when the mail is about a case with a number, null for the pre-case memo (004).
- **Candidate IDs**: listed from the message's own text only, in order of first appearance, each ID
  once (an ID shown in both the text and HTML part counts once). Acknowledgements that echo the
  submitted form (006, 064) count the echo as their own text. IDs in quoted history or forwarded
  parts are not listed (011, 025, 027, 039, 076's forwarded part). An ID inside a URL (023) is listed.
- Survey-like footers, "feel free to reply", "ご不明な点がございましたら", "If you have anything to add"
  and "no further action is required" never make `needs_reply` true.

## Messages
| # | kind | reply? | what it is / what makes it hard |
|---|---|---|---|
"""


def write_readme(rows, counts):
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README_HEAD % (ME_P, ME_C))
        fh.write("\n".join(rows) + "\n\n## Counts\n")
        for k in sorted(counts):
            fh.write("- %s: %d\n" % (k, counts[k]))


if __name__ == "__main__":
    main()
