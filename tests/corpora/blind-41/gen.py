#!/usr/bin/env python3
"""Blind held-out corpus generator (standard library only).

Writes NNN-slug.eml and NNN-slug.json next to this script.
Mailbox owner: Haruka Mizuno (水野 遥)
  personal: mizuno.haruka.k@gmail.com   (Gmail)
  company : haruka.mizuno@kitaura-sys.co.jp (Microsoft 365, closed after 2025-04-30)
"""
import base64
import datetime as dt
import json
import os
import quopri
import re

OUT = os.path.dirname(os.path.abspath(__file__))

P = "mizuno.haruka.k@gmail.com"
W = "haruka.mizuno@kitaura-sys.co.jp"
ME_P = "Haruka Mizuno <%s>" % P
ME_W = "Mizuno Haruka <%s>" % W
TC = "aws-cs-trainingcertification-form@amazon.com"
TCF = "AWS Training and Certification <%s>" % TC
CONSOLE = "Amazon Web Services <no-reply-aws@amazon.com>"

K21 = "8815720346"        # 10 digits, 2021
K23 = "16038472915"       # 11 digits, 2023
M = "174562293100847"     # 15 digits, main merge case 2025
D = "174562355208813"     # duplicate form submission
C = "174589020700365"     # console case
E = "175013429900512"     # 2025 June duplicate-profile case

ACCT = "480215736904"     # 12-digit AWS account id (not a case)

TC_SUBJ = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance"

IDS = {}


# ---------------------------------------------------------------- helpers
def enc_word(s, charset):
    """RFC 2047 encode s (only if non-ASCII)."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    words = []
    chunk = 12
    for i in range(0, len(s), chunk):
        b = s[i:i + chunk].encode(charset)
        words.append("=?%s?B?%s?=" % (charset, base64.b64encode(b).decode()))
    return "\n ".join(words)


def enc_addr(addr, charset="utf-8"):
    m = re.match(r'^(.*?)\s*<([^>]+)>$', addr)
    if not m:
        return addr
    name, a = m.group(1), m.group(2)
    try:
        name.encode("ascii")
        if any(ch in name for ch in ',.;:()'):
            name = '"%s"' % name
        return "%s <%s>" % (name, a)
    except UnicodeEncodeError:
        return "%s <%s>" % (enc_word(name, charset), a)


def body_bytes(text, charset, cte):
    raw = text.encode(charset)
    if cte == "base64":
        b = base64.encodebytes(raw).decode("ascii")
        return b.encode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    return raw  # 7bit / 8bit


def leaf(ctype, text, charset, cte):
    if cte == "7bit" and charset.lower() != "iso-2022-jp":
        try:
            text.encode("ascii")
        except UnicodeEncodeError:
            cte = "8bit"
    hdr = "Content-Type: %s; charset=\"%s\"\nContent-Transfer-Encoding: %s\n" % (ctype, charset, cte)
    return hdr.encode("ascii") + b"\n" + body_bytes(text, charset, cte)


def gmail_auth(domain, mailfrom_dom, dkim="pass", spf="pass", dmarc="pass", ip="54.240.27.18"):
    pol = "(p=QUARANTINE sp=QUARANTINE dis=%s)" % ("NONE" if dmarc == "pass" else "QUARANTINE")
    return ("mx.google.com;\n"
            "       dkim=%s header.i=@%s header.s=s2025a header.b=Qm3x7Ra1;\n"
            "       spf=%s (google.com: domain of bounces@%s designates %s as permitted sender) smtp.mailfrom=bounces@%s;\n"
            "       dmarc=%s %s header.from=%s"
            % (dkim, domain, spf, mailfrom_dom, ip, mailfrom_dom, dmarc, pol, domain))


def m365_auth(domain, mailfrom_dom, dkim="pass", spf="pass", dmarc="pass", ip="54.240.8.33"):
    dk = "pass (signature was verified)" if dkim == "pass" else "fail (body hash did not verify)"
    comp = "pass reason=100" if dmarc == "pass" else "fail reason=000"
    return ("spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s\n header.d=%s;dmarc=%s action=none\n header.from=%s;compauth=%s"
            % (spf, ip, mailfrom_dom, dk, domain, dmarc, domain, comp))


def ses_id(n, date):
    t = int(date.timestamp() * 1000)
    return "<%013x-%08x-7e2c-4b1a-9d3f-%012x-000000@email.amazonses.com>" % (t, n * 2654435761 % 2**32, n * 97531)


COUNTS = []


def M_(n, slug, kind, nr, case, cands, *, date, frm, to, subject,
       text=None, html=None, cs="utf-8", cte="quoted-printable", html_cs=None, html_cte=None,
       crlf=False, mid=None, irt=None, refs=None, auth=None, cc=None, extra=None,
       hdr_cs=None, raw_body=None):
    """Build one message. text/html -> text only, html only, or multipart/alternative."""
    if isinstance(date, str):
        date = dt.datetime.strptime(date, "%Y-%m-%d %H:%M:%S %z")
    if mid is None:
        dom = frm.split("@")[-1].rstrip(">")
        mid = "<%s.%d@%s>" % (date.strftime("%Y%m%d%H%M%S"), n * 7919, dom)
    IDS[n] = mid
    hc = hdr_cs or cs
    lines = []
    if auth:
        lines.append("Authentication-Results: " + auth)
    lines.append("From: " + enc_addr(frm, hc))
    lines.append("To: " + ", ".join(enc_addr(t, hc) for t in (to if isinstance(to, list) else [to])))
    if cc:
        lines.append("Cc: " + ", ".join(enc_addr(t, hc) for t in (cc if isinstance(cc, list) else [cc])))
    lines.append("Subject: " + enc_word(subject, hc))
    lines.append("Date: " + date.strftime("%a, %d %b %Y %H:%M:%S %z"))
    lines.append("Message-ID: " + mid)
    if irt:
        lines.append("In-Reply-To: " + IDS[irt])
    if refs:
        lines.append("References: " + "\n ".join(IDS[r] for r in refs))
    for k, v in (extra or []):
        lines.append("%s: %s" % (k, v))
    lines.append("MIME-Version: 1.0")
    head = ("\n".join(lines) + "\n").encode("ascii")
    if raw_body is not None:
        msg = head + raw_body
    elif text is not None and html is not None:
        b = "b1_%08x%04d" % (sum(map(ord, slug)) * 2654435761 % 2**32, n)
        parts = [leaf("text/plain", text, cs, cte),
                 leaf("text/html", html, html_cs or cs, html_cte or cte)]
        body = ("Content-Type: multipart/alternative;\n boundary=\"%s\"\n\nThis is a multi-part message in MIME format.\n" % b).encode()
        for p in parts:
            body += ("\n--%s\n" % b).encode() + p
            if not p.endswith(b"\n"):
                body += b"\n"
        body += ("\n--%s--\n" % b).encode()
        msg = head + body
    elif html is not None:
        msg = head + leaf("text/html", html, html_cs or cs, html_cte or cte)
    else:
        msg = head + leaf("text/plain", text, cs, cte)
    if crlf:
        msg = msg.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    alltext = (text or "") + (html or "") + subject
    lang = "ja" if re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", alltext) else "en"
    name = "%03d-mail-%s" % (n, lang)
    with open(os.path.join(OUT, name + ".eml"), "wb") as f:
        f.write(msg)
    label = {"kind": kind, "needs_reply": nr, "case": case, "candidate_ids": cands}
    with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(label, f, ensure_ascii=False)
        f.write("\n")
    COUNTS.append((name, kind, nr, case, slug))


def q(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.strip("\n").split("\n"))


def D_(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")


def fmt_outlook_hdr(frm, sent, to, subj, jp=False):
    if jp:
        return ("差出人: %s\n送信日時: %s\n宛先: %s\n件名: %s\n" % (frm, sent, to, subj))
    return ("From: %s\nSent: %s\nTo: %s\nSubject: %s\n" % (frm, sent, to, subj))


def html_wrap(inner, lang="en", charset="utf-8"):
    return ("<!DOCTYPE html>\n<html lang=\"%s\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\"></head>\n"
            "<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f\">\n%s\n</body></html>\n"
            % (lang, charset, inner))


# ====================================================================== 2021
def build():
    # ---------------- 001 ack, 10-digit case, company mailbox
    d = D_("2021-03-09 02:14:51 +0000")
    t001 = """Hello,

Thank you for contacting Amazon Web Services Training and Certification.
We have opened case 8815720346 to address your request.

The details of your case are as follows:

Case ID: 8815720346
Inquiry type: Certification
Additional details: Account Assistance
Contact email: haruka.mizuno@kitaura-sys.co.jp

Our team normally responds within 24 hours. If you have any additional
information that would help us, you can simply reply to this email and it
will be added to the case. Please do not open a new case for the same
request, as this may delay our response.

Sincerely,
Amazon Web Services Training and Certification
"""
    M_(1, "tc-case-opened-2021", "acknowledgement", False, K21, [],
       date=d, frm=TCF, to=W, subject=TC_SUBJ % K21, text=t001, cte="7bit", crlf=True,
       mid=ses_id(1, d), auth=m365_auth("amazon.com", "amazonses.com"))

    # ---------------- 002 resolved, "no further action"
    d = D_("2021-03-10 17:40:09 +0000")
    t002 = """Hi Haruka,

Thanks for your patience. I have updated the certification notification
email on your certification account (candidate ID AWS04417265) so that
exam results and benefit notices go to haruka.mizuno@kitaura-sys.co.jp
instead of the old team alias.

No further action is required on your part. The change may take up to an
hour to show on the Certification Account page.

Best regards,
Gwen P.
AWS Training and Certification Customer Support
"""
    M_(2, "tc-notification-address-updated", "resolved", False, K21, ["AWS04417265"],
       date=d, frm=TCF, to=W, subject=TC_SUBJ % K21, text=t002, cte="7bit", crlf=True,
       mid=ses_id(2, d), irt=1, refs=[1], auth=m365_auth("amazon.com", "amazonses.com"))

    # ---------------- 003 badge (old Acclaim sender)
    d = D_("2021-03-11 08:03:30 +0000")
    h003 = html_wrap("""<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td>
<p style="font-size:20px">Haruka, you've earned a badge!</p>
<p>Amazon Web Services Training and Certification has issued you a badge:
<b>AWS Certified Solutions Architect &ndash; Associate</b>.</p>
<p><a href="https://www.youracclaim.com/earner/earned/badge/6b1d0c4e-25f7-4f0e-9a43-1f1d9c2b7e10">Accept your badge</a></p>
<p>Accept your badge to share it on LinkedIn, add it to your email signature, or embed it on your website.</p>
<p style="color:#777;font-size:11px">Acclaim | Credly, Inc. You are receiving this email because a badge was issued to haruka.mizuno@kitaura-sys.co.jp.</p>
</td></tr></table>""")
    M_(3, "acclaim-badge-issued", "badge", False, None, [],
       date=d, frm="Acclaim <admin@youracclaim.com>", to=W,
       subject="Haruka, you've earned a badge from Amazon Web Services Training and Certification",
       html=h003, cte="quoted-printable", crlf=True,
       auth=m365_auth("youracclaim.com", "youracclaim.com", ip="167.89.101.3"))

    # ====================================================================== 2023
    # ---------------- 004 ack in Japanese, base64
    d = D_("2023-06-12 05:31:12 +0000")
    t004 = """水野 遥 様

アマゾン ウェブ サービス トレーニングと認定にお問い合わせいただき、ありがとうございます。
ケース 16038472915 を作成いたしました。

ケースの詳細は以下のとおりです。

ケース ID: 16038472915
お問い合わせタイプ: 認定
その他の詳細: Account Merge

通常24時間以内にご回答いたしますが、最善の解決策をご提示するため、さらにお時間を頂戴する場合がございます。
すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。

本件について追加の情報がございましたら、このメールにご返信ください。ケースに自動的に記録されます。

アマゾン ウェブ サービス
トレーニングと認定
"""
    M_(4, "tc-case-opened-ja", "acknowledgement", False, K23, [],
       date=d, frm="AWS トレーニングと認定 <%s>" % TC, to=ME_P,
       subject=TC_SUBJ % K23, text=t004, cte="base64",
       mid=ses_id(4, d), auth=gmail_auth("amazon.com", "amazonses.com"))

    # ---------------- 005 info request, hedged, buried after long explanation
    d = D_("2023-06-13 21:02:44 +0000")
    t005 = """Hello Haruka,

Thank you for writing in about the badges that are missing from your Credly
profile, and I'm sorry for the trouble this has caused.

I had a look at what is on file for mizuno.haruka.k@gmail.com. What usually
happens in situations like this is that a second certification profile was
created with the same email address at some point - for example when sign-in
moved from Amazon accounts to AWS Builder ID, or when someone signs in once
through Partner Central. Credly only receives badge data from one of the
profiles, so any certification earned on the other one never reaches it. Once
the two profiles are consolidated, the badges are normally pushed to Credly
automatically within a day or two, and there is nothing extra to claim.

Our search by email returns more than one record, but the records are not
linked to each other in a way that lets me be sure which exam history belongs
where, and I don't want to merge the wrong pair. It would help me a great deal
to have the candidate IDs of both profiles, if you are able to find them -
they are shown at the top right of the CertMetrics page once you are signed
in, and look like "AWS" followed by eight digits. A note of which profile you
use day to day would also be useful.

Kind regards,
Marisol R.
AWS Training and Certification Customer Support
"""
    M_(5, "tc-credly-missing-need-ids", "info_request", True, K23, [],
       date=d, frm=TCF, to=P, subject=TC_SUBJ % K23, text=t005, cte="quoted-printable",
       mid=ses_id(5, d), irt=4, refs=[4], auth=gmail_auth("amazon.com", "amazonses.com"))

    # ---------------- 006 Builder ID verification code
    d = D_("2023-06-13 22:10:05 +0000")
    t006 = """AWS Builder ID

Verify your email address

Verification code: 604218

This code expires 10 minutes after it was sent.

If you did not try to sign in, you can ignore this email. Amazon Web Services
will never email you asking you to disclose or verify your password.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
"""
    M_(6, "builder-id-verify-code", "unrelated", False, None, [],
       date=d, frm="AWS Builder ID <no-reply@signin.aws>", to=P,
       subject="Verify your AWS Builder ID email address", text=t006, cte="7bit",
       auth=gmail_auth("signin.aws", "signin.aws", ip="54.240.11.77"))

    # ---------------- 007 closing notice, Japanese keigo, Shift_JIS
    d = D_("2023-06-16 06:45:00 +0000")
    t007 = """水野様

いつもお世話になっております。
AWS トレーニングと認定サポートの河合でございます。

6月13日にお送りした、候補 ID の確認に関するメールにつきまして、その後のご状況はいかがでしょうか。

誠に恐れ入りますが、3営業日以内にご返信をいただけない場合、本ケースは解決済みとしてクローズさせていただきます。
引き続きサポートをご希望の場合は、お手数ですが本メールにそのままご返信いただけますでしょうか。

何卒よろしくお願い申し上げます。

河合
AWS トレーニングと認定 カスタマーサポート
"""
    M_(7, "tc-pending-close-ja", "closing_notice", True, K23, [],
       date=d, frm=TCF, to=P, subject=TC_SUBJ % K23, text=t007, cs="shift_jis", cte="8bit",
       hdr_cs="shift_jis", crlf=True,
       mid=ses_id(7, d), irt=5, refs=[4, 5], auth=gmail_auth("amazon.com", "amazonses.com"))

    # ---------------- 008 user reply with candidate IDs (Gmail quote)
    d = D_("2023-06-16 18:20:41 +0900")
    t008 = """Hello Marisol,

Sorry for the slow reply. I found both IDs:

  AWS01576240 - the one created by mistake, I think through Partner Central
  AWS02283917 - the one I use every day and that is linked to Credly

Please keep AWS02283917.

Thank you,
Haruka Mizuno

On Wed, Jun 14, 2023 at 6:02 AM AWS Training and Certification <%s> wrote:
%s
""" % (TC, q(t005))
    M_(8, "me-candidate-ids-2023", "user_reply", False, K23, ["AWS01576240", "AWS02283917"],
       date=d, frm=ME_P, to=TC, subject=TC_SUBJ % K23, text=t008, cte="quoted-printable",
       mid="<CAJ8pY2sQ0uX7rVnG4f1kEw9Lq=Hc3m@mail.gmail.com>", irt=5, refs=[4, 5])

    # ---------------- 009 case update, nothing needed, conditional invitation
    d = D_("2023-06-19 03:55:17 +0000")
    t009 = """Hi Haruka,

Thank you for the candidate IDs, that is exactly what I needed.

I've handed the consolidation over to the team that maintains certification
records. They are working through a high volume of requests at the moment, so
it may take a few more days before the profiles are combined. You don't need
to do anything in the meantime - I'll write again as soon as it's done.

If anything else comes to mind before then, feel free to reply here.

Kind regards,
Marisol R.
AWS Training and Certification Customer Support
"""
    M_(9, "tc-handed-to-records-team", "case_update", False, K23, [],
       date=d, frm=TCF, to=P, subject=TC_SUBJ % K23, text=t009, cte="7bit",
       mid=ses_id(9, d), irt=8, refs=[4, 5, 7, 8], auth=gmail_auth("amazon.com", "amazonses.com"))

    # ---------------- 010 resolved, quotes old request (Outlook style)
    d = D_("2023-06-21 10:12:30 +0000")
    t010 = """Hello Haruka,

Good news: profile AWS01576240 has been merged into AWS02283917, and your
full exam history now sits on the profile you use every day. Credly should
pick up the missing badges within 48 hours.

I'm setting this case to resolved. Thank you for your patience.

Kind regards,
Marisol R.
AWS Training and Certification Customer Support

-----Original Message-----
%s
%s
""" % (fmt_outlook_hdr("AWS Training and Certification", "Tuesday, June 13, 2023 9:02 PM", P, TC_SUBJ % K23),
       t005.strip())
    M_(10, "tc-profiles-consolidated-2023", "resolved", False, K23, ["AWS01576240", "AWS02283917"],
       date=d, frm=TCF, to=P, subject=TC_SUBJ % K23, text=t010, cte="quoted-printable",
       mid=ses_id(10, d), irt=9, refs=[4, 5, 7, 8, 9], auth=gmail_auth("amazon.com", "amazonses.com"))

    # ---------------- 011 Credly badge
    d = D_("2023-06-22 01:18:44 +0000")
    t011 = """Haruka, your new badge is waiting

Amazon Web Services Training and Certification issued you a badge:

  AWS Certified Developer - Associate

Claim your badge: https://www.credly.com/badges/0f7c2a59-93d1-4c8e-b6a4-58e1d3f0aa21/accept

Share it with your network and let employers verify your skills.

--
Credly, Inc. | 2 Rector Street, New York, NY
You received this email because a badge was issued to mizuno.haruka.k@gmail.com.
Unsubscribe from badge reminders: https://www.credly.com/notification_settings
"""
    h011 = html_wrap("""<table width="560" align="center"><tr><td style="padding:24px">
<h2>Haruka, your new badge is waiting</h2>
<p>Amazon Web Services Training and Certification issued you a badge:</p>
<p><b>AWS Certified Developer &ndash; Associate</b></p>
<p><a href="https://www.credly.com/badges/0f7c2a59-93d1-4c8e-b6a4-58e1d3f0aa21/accept" style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">Claim your badge</a></p>
<p style="font-size:11px;color:#888">Credly, Inc. You received this email because a badge was issued to mizuno.haruka.k@gmail.com.</p>
</td></tr></table>""")
    M_(11, "credly-badge-developer", "badge", False, None, [],
       date=d, frm="Credly <admin@credly.com>", to=P,
       subject="Amazon Web Services Training and Certification sent you a new badge",
       text=t011, html=h011, cte="quoted-printable",
       auth=gmail_auth("credly.com", "credly.com", ip="149.72.160.12"))

    # ---------------- 012 survey
    d = D_("2023-06-28 15:00:03 +0000")
    t012 = """Your feedback helps us improve

Recently you contacted AWS Training and Certification about case 16038472915.
How satisfied were you with the support you received?

  Very satisfied      https://survey.training.aws.dev/r/16038472915?s=5
  Satisfied           https://survey.training.aws.dev/r/16038472915?s=4
  Neutral             https://survey.training.aws.dev/r/16038472915?s=3
  Dissatisfied        https://survey.training.aws.dev/r/16038472915?s=2
  Very dissatisfied   https://survey.training.aws.dev/r/16038472915?s=1

The survey takes less than two minutes. Replies to this email are not monitored.

Amazon Web Services Training and Certification
"""
    M_(12, "tc-satisfaction-survey-2023", "survey", False, K23, [],
       date=d, frm="AWS Training and Certification <aws-tc-feedback@amazon.com>", to=P,
       subject="How did we do? Your AWS Training and Certification case 16038472915",
       text=t012, cte="7bit", auth=gmail_auth("amazon.com", "amazonses.com"))

    # ---------------- 013 certmetrics expiry reminder
    d = D_("2024-11-20 14:30:00 +0000")
    t013 = """Dear Haruka Mizuno,

Your AWS Certified Solutions Architect - Associate certification will expire
on February 18, 2025.

To keep your certification active, you must recertify before the expiration
date by passing the current version of the exam or a higher-level exam in the
same path. If your certification expires, you will lose access to the
associated benefits, including your digital badge.

Review recertification options:
https://aws.amazon.com/certification/recertification/

Sign in to your AWS Certification Account to schedule an exam:
https://www.aws.training/Certification

Please do not reply to this email.

AWS Certification
"""
    M_(13, "certmetrics-expiry-reminder", "certification", False, None, [],
       date=d, frm="AWS Certification <do-not-reply@certmetrics.com>", to=W,
       subject="Action needed: Your AWS Certification expires in 90 days",
       text=t013, cte="7bit", crlf=True,
       auth=m365_auth("certmetrics.com", "certmetrics.com", ip="198.21.5.40"))

    # ---------------- 014 AWS billing (Japanese, 12-digit account id)
    d = D_("2025-03-03 09:12:40 +0000")
    t014 = """Amazon Web Services をご利用いただきありがとうございます。

アカウント ID 480215736904 の 2025年2月分のご請求書を発行いたしました。

ご請求金額: USD 3.27
お支払い期日: 2025年3月3日
お支払い方法: クレジットカード (末尾 4421)

請求書の詳細は AWS 請求コンソールでご確認いただけます。
https://console.aws.amazon.com/billing/home#/bills

本メールは送信専用のアドレスからお送りしています。ご返信いただいてもお答えできませんのでご了承ください。

Amazon Web Services, Inc.
"""
    M_(14, "aws-invoice-ja", "unrelated", False, None, [],
       date=d, frm="Amazon Web Services <aws-billing@email.amazon.com>", to=P,
       subject="Amazon Web Services 請求書のお知らせ [アカウント: 480215736904]",
       text=t014, cte="base64", auth=gmail_auth("email.amazon.com", "email.amazon.com"))

    # ---------------- 015 GitHub merged
    d = D_("2025-04-02 07:44:19 +0000")
    t015 = """Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kitaura-sys/infra-modules/pull/482#event-17300492218
You are receiving this because you authored the thread.

Message ID: <kitaura-sys/infra-modules/pull/482/issue_event/17300492218@github.com>
"""
    M_(15, "github-pr-merged", "unrelated", False, None, [],
       date=d, frm="Kenji Oda <notifications@github.com>", to="kitaura-sys/infra-modules <infra-modules@noreply.github.com>",
       cc=["Mizuno Haruka <%s>" % W, "Author <author@noreply.github.com>"],
       subject="Re: [kitaura-sys/infra-modules] Merge certification account module into shared IAM stack (PR #482)",
       text=t015, cte="7bit",
       mid="<kitaura-sys/infra-modules/pull/482/issue_event/17300492218@github.com>",
       extra=[("List-ID", "kitaura-sys/infra-modules <infra-modules.kitaura-sys.github.com>"),
              ("X-GitHub-Reason", "author")],
       auth=m365_auth("github.com", "github.com", ip="192.30.252.201"))

    # ---------------- 016 company IT notice (ISO-2022-JP)
    d = D_("2025-04-10 10:00:00 +0900")
    t016 = """水野 遥 さん

情報システム部です。
退職手続きに伴い、以下のとおりアカウントを停止いたします。

  メールアカウント: haruka.mizuno@kitaura-sys.co.jp
  停止日時: 2025年4月30日(水) 23:59

停止後は本アドレス宛のメールを受信できなくなり、送信者にはエラーが返送されます。
外部サービス(AWS、GitHub、各種SaaS等)に本アドレスを登録している場合は、
最終出社日までに登録アドレスの変更をお願いします。
私物のデータが残っている場合は各自で退避してください。

ご不明な点は情報システム部(内線 2210)までご連絡ください。

--
株式会社キタウラシステムズ 情報システム部
"""
    M_(16, "it-mailbox-shutdown-notice", "unrelated", False, None, [],
       date=d, frm="情報システム部 <it-helpdesk@kitaura-sys.co.jp>", to=ME_W,
       subject="【ご連絡】退職に伴うメールアカウント停止について",
       text=t016, cs="iso-2022-jp", cte="7bit", crlf=True,
       auth=m365_auth("kitaura-sys.co.jp", "kitaura-sys.co.jp", ip="10.20.1.5"))

    # ---------------- 017 Pearson VUE confirmation (9-digit registration)
    d = D_("2025-04-21 03:21:08 +0000")
    t017 = """Dear Haruka Mizuno,

Thank you for scheduling your exam with Pearson VUE.

Exam: AWS Certified Solutions Architect - Professional (SAP-C02)
Registration ID: 412803557
Appointment: Saturday, May 24, 2025, 10:00 JST
Delivery: OnVUE online proctored

Please review the system requirements and run the system test before exam
day. Check-in opens 30 minutes before your appointment.

To reschedule or cancel, sign in to your AWS Certification Account at least 24
hours before the appointment. Please do not reply to this message.

Pearson VUE
"""
    M_(17, "pearson-exam-scheduled", "unrelated", False, None, [],
       date=d, frm="Pearson VUE <pearsonvuecustomerservice@pearson.com>", to=W,
       subject="Pearson VUE Confirmation of Booking",
       text=t017, cte="quoted-printable",
       auth=m365_auth("pearson.com", "pearson.com", ip="159.182.1.44"))

    # ---------------- 018 Builder ID code (personal)
    d = D_("2025-04-25 23:01:27 +0000")
    t018 = """AWS Builder ID

Verification code: 583920

Enter this code to finish creating your AWS Builder ID. The code expires in
10 minutes.

If you didn't request this code, you can safely ignore this email.
"""
    M_(18, "builder-id-signup-code", "unrelated", False, None, [],
       date=d, frm="AWS Builder ID <no-reply@signin.aws>", to=P,
       subject="Your AWS Builder ID verification code", text=t018, cte="7bit",
       auth=gmail_auth("signin.aws", "signin.aws", ip="54.240.11.77"))

    # ====================================================================== 2025 main case
    # ---------------- 019 ack main case
    d = D_("2025-04-25 23:16:02 +0000")
    t019 = """Hello,

Thank you for contacting Amazon Web Services. We have opened case 174562293100847 to address your request.

The details of your case are as follows:

Case ID: 174562293100847
Subject: account-assistance
Inquiry type: Certification
Additional details: Account Merge
Correspondence:
Use Case: I am leaving Kitaura Systems at the end of April and would like to merge my company certification account into my personal one.
All email addresses you may have used in our system: haruka.mizuno@kitaura-sys.co.jp, mizuno.haruka.k@gmail.com
The email address you would like to keep on file: mizuno.haruka.k@gmail.com

We usually respond within 24 hours, though some requests take longer while we find the best solution. If you've already opened a case, please don't open another one for the same request.

If you have anything to add, reply to this email and it will be attached to your case.

Sincerely,
Amazon Web Services
"""
    M_(19, "tc-merge-case-opened", "acknowledgement", False, M, [],
       date=d, frm=TCF, to=P, subject=TC_SUBJ % M, text=t019, cte="quoted-printable",
       mid=ses_id(19, d), auth=gmail_auth("amazon.com", "amazonses.com"))

    # ---------------- 020 duplicate form submission ack (company mailbox, ISO-2022-JP)
    d = D_("2025-04-25 23:27:40 +0000")
    t020 = """アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。
お客様のリクエストに対応するため、ケース 174562355208813 を作成しました。

ケースの詳細:
ケース ID: 174562355208813
件名: account-assistance
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合

通常24時間以内にご連絡いたします。
すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。

追記事項がございましたら、本メールにご返信いただければケースに追加されます。

アマゾン ウェブ サービス
"""
    M_(20, "tc-second-case-opened-ja", "acknowledgement", False, D, [],
       date=d, frm="Amazon Web Services <%s>" % TC, to=W, subject=TC_SUBJ % D,
       text=t020, cs="iso-2022-jp", cte="7bit", crlf=True,
       mid=ses_id(20, d), auth=m365_auth("amazon.com", "amazonses.com"))

    # ---------------- 021 marketing (Japanese HTML)
    d = D_("2025-04-26 01:00:00 +0000")
    h021 = html_wrap("""<table width="640" align="center" cellpadding="0" cellspacing="0" style="background:#232f3e;color:#fff">
<tr><td style="padding:30px"><h1 style="margin:0">AWS Summit Japan 2025</h1><p>6月25日(水)・26日(木) 幕張メッセ</p></td></tr></table>
<table width="640" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:24px">
<p>150 以上のセッション、AWS 認定者ラウンジ、ハンズオンをご用意しています。</p>
<p>AWS 認定をお持ちの方は、当日認定者ラウンジをご利用いただけます。事前登録のうえ、ぜひご来場ください。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/?trk=em_0426" style="background:#ff9900;color:#000;padding:12px 20px;text-decoration:none">今すぐ登録する</a></p>
<p style="font-size:11px;color:#666">このメールは aws-marketing-email-replies@amazon.com から送信されています。配信停止は<a href="https://pages.awscloud.com/communication-preferences">こちら</a>。<br>
アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎3-1-1</p>
</td></tr></table>""", lang="ja")
    M_(21, "aws-summit-invite-ja", "unrelated", False, None, [],
       date=d, frm="アマゾン ウェブ サービス <aws-marketing-email-replies@amazon.com>", to=P,
       subject="【事前登録受付中】AWS Summit Japan 2025 のご案内",
       html=h021, cte="quoted-printable", auth=gmail_auth("amazon.com", "marketing.amazon.com"))

    # ---------------- 022 on hold (APN) HTML-only, ask buried
    d = D_("2025-04-28 02:48:15 +0000")
    h022 = html_wrap("""<p>Hello Haruka,</p>
<p>Thank you for your patience while I looked into your request to combine your certification accounts.</p>
<p>Here is what I found on our side:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr style="background:#eaeded"><th>Profile</th><th>Login email</th><th>Partner association</th></tr>
<tr><td>A</td><td>mizuno.haruka.k@gmail.com</td><td>none</td></tr>
<tr><td>B</td><td>haruka.mizuno@kitaura-sys.co.jp</td><td>Kitaura Systems Inc. (AWS Partner Network)</td></tr>
</table>
<p>Profile B is associated with an AWS Partner Network (APN) organization. Certifications held on a partner-associated profile count toward that organization's partner tier and programs, so our process does not allow us to move them away while the association is active and the holder is still employed by the partner. Merges requested while the person still works there are normally declined, and the partner's administrators may be contacted.</p>
<p>This is not a problem in your case as far as I can see, since your form says you are leaving. Before we can take this further, though, we'll need you to confirm that you are leaving Kitaura Systems and tell us your last working day. Once we have that, our partner operations team can remove the association and the merge can go ahead.</p>
<p>Until then, I have placed the case on hold.</p>
<p>Best regards,<br>Devansh K.<br>AWS Training and Certification Customer Support</p>
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. and its affiliates. 410 Terry Avenue North, Seattle, WA 98109.</p>""")
    M_(22, "tc-partner-association-hold", "on_hold", True, M, [],
       date=d, frm=TCF, to=W, cc=P, subject=TC_SUBJ % M, html=h022, cte="quoted-printable",
       mid=ses_id(22, d), irt=19, refs=[19], auth=m365_auth("amazon.com", "amazonses.com"))

    # ---------------- 023 duplicate case closed
    d = D_("2025-04-28 03:05:51 +0000")
    t023 = """Hello,

It looks like this request was submitted twice. The same merge is already being
handled under case 174562293100847, so I've resolved this case (174562355208813)
as a duplicate to keep everything in one place.

There is no action needed from you on this case. Any updates will come on
174562293100847.

Regards,
Devansh K.
AWS Training and Certification Customer Support
"""
    M_(23, "tc-duplicate-case-resolved", "resolved", False, D, [],
       date=d, frm=TCF, to=W, subject=TC_SUBJ % D, text=t023, cte="7bit", crlf=True,
       mid=ses_id(23, d), irt=20, refs=[20], auth=m365_auth("amazon.com", "amazonses.com"))

    # ---------------- 024 my reply from the company address (Outlook, top-posted)
    d = D_("2025-04-28 12:14:30 +0900")
    t024 = """Hello Devansh,

Yes, I confirm that I am leaving Kitaura Systems. My last working day is April 30, 2025.

Best regards,
Haruka Mizuno

________________________________
%s
Hello Haruka,

Thank you for your patience while I looked into your request to combine your certification accounts.
[...]
Before we can take this further, though, we'll need you to confirm that you are leaving Kitaura Systems and tell us your last working day.
[...]
Best regards,
Devansh K.
""" % fmt_outlook_hdr("AWS Training and Certification <%s>" % TC, "Monday, April 28, 2025 11:48 AM",
                       "Mizuno Haruka <%s>" % W, TC_SUBJ % M)
    M_(24, "me-leaving-confirm-from-company", "user_reply", False, M, [],
       date=d, frm=ME_W, to=TC, subject=TC_SUBJ % M, text=t024, cte="quoted-printable", crlf=True,
       mid="<TYCPR01MB8842A1C0D2E9F3B4C5D6E7F8A9B0@TYCPR01MB8842.jpnprd01.prod.outlook.com>",
       irt=22, refs=[19, 22], extra=[("Thread-Topic", "[CASE 174562293100847] [AWS Training and Certification Form Submission] - account-assistance"),
                                     ("X-Mailer", "Microsoft Outlook 16.0")])

    # ---------------- 025 info request: write from the personal address
    d = D_("2025-04-28 04:01:09 +0000")
    t025 = """Hi Haruka,

Thanks for the quick answer.

One snag: your note came from the Kitaura Systems address, which belongs to the
very profile we are being asked to take away from the partner. Confirmations
of this kind have to come from the address you asked us to keep on file,
mizuno.haruka.k@gmail.com. A short note from that mailbox saying the same
thing is all I need to pass this to our partner operations team.

Devansh K.
AWS Training and Certification Customer Support

> Yes, I confirm that I am leaving Kitaura Systems. My last working day is April 30, 2025.
"""
    M_(25, "tc-write-from-kept-address", "info_request", True, M, [],
       date=d, frm=TCF, to=W, subject=TC_SUBJ % M, text=t025, cte="7bit",
       mid=ses_id(25, d), irt=24, refs=[19, 22, 24], auth=m365_auth("amazon.com", "amazonses.com"))

    # ---------------- 026 my forward from company to personal (contains the request)
    d = D_("2025-04-28 13:22:05 +0900")
    t026 = """自分用に転送。Gmail から返信すること。

________________________________
%s
%s""" % (fmt_outlook_hdr("AWS Training and Certification <%s>" % TC, "2025年4月28日 13:01",
                          "Mizuno Haruka <%s>" % W, TC_SUBJ % M, jp=True).replace("送信日時", "送信日時"),
         t025)
    M_(26, "me-forward-to-personal", "user_reply", False, M, [],
       date=d, frm=ME_W, to=ME_P, subject="FW: " + TC_SUBJ % M, text=t026, cte="base64",
       mid="<TYCPR01MB8842B7E6F5A4C3D2E1F0@TYCPR01MB8842.jpnprd01.prod.outlook.com>",
       refs=[25], auth=gmail_auth("kitaura-sys.co.jp", "kitaura-sys.co.jp", ip="40.107.74.68"),
       extra=[("X-Mailer", "Microsoft Outlook 16.0")])

    # ---------------- 027 my reply from personal, threaded only by In-Reply-To/References
    d = D_("2025-04-28 13:40:12 +0900")
    t027 = """Hello Devansh,

Writing from my personal address as you asked.

I confirm that I am leaving Kitaura Systems Inc. My last working day is
April 30, 2025, and the kitaura-sys.co.jp mailbox will be shut down that
night, so please use this address from now on.

Best regards,
Haruka Mizuno
"""
    M_(27, "me-leaving-confirm-personal", "user_reply", False, M, [],
       date=d, frm=ME_P, to=TC, subject="Re: account merge / leaving Kitaura Systems",
       text=t027, cte="7bit", mid="<CAJ8pY2tV5nE0kR2mW7xZbQ4hYf=8sPq@mail.gmail.com>",
       irt=26, refs=[25, 26])

    # ---------------- 028 manager out-of-office (Japanese)
    d = D_("2025-04-28 13:45:00 +0900")
    t028 = """お疲れさまです。佐伯です。

4月28日(月)〜5月6日(火)まで休暇のため不在にしております。
期間中はメールを確認できませんので、5月7日(水)以降に順次ご返信いたします。

お急ぎの場合は、営業推進部 大森(omori@kitaura-sys.co.jp)までご連絡ください。
APN パートナー管理に関するご依頼も大森が代理で対応いたします。

--
佐伯 智之
株式会社キタウラシステムズ クラウド事業部
"""
    M_(28, "manager-out-of-office-ja", "unrelated", False, None, [],
       date=d, frm="佐伯 智之 <saeki@kitaura-sys.co.jp>", to=ME_W,
       subject="自動応答: APNパートナー管理者への連絡依頼(水野)",
       text=t028, cs="iso-2022-jp", cte="7bit",
       extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
       auth=m365_auth("kitaura-sys.co.jp", "kitaura-sys.co.jp", ip="10.20.1.5"))

    # ---------------- 029 on hold, no ask
    d = D_("2025-04-29 01:30:44 +0000")
    t029 = """Hello Haruka,

Thank you for confirming from this address.

I've sent the request to our partner operations team to remove the
association between your kitaura-sys.co.jp profile and the Kitaura Systems
partner account. Their review usually takes one to three business days, and
the merge will stay paused until they are done. I'll get back to you as soon
as I hear from them; there is nothing you need to do in the meantime.

Best regards,
Devansh K.
AWS Training and Certification Customer Support
"""
    M_(29, "tc-waiting-partner-ops", "on_hold", False, M, [],
       date=d, frm=TCF, to=P, subject=TC_SUBJ % M, text=t029, cte="quoted-printable",
       mid=ses_id(29, d), irt=27, refs=[19, 22, 25, 27], auth=gmail_auth("amazon.com", "amazonses.com"))

    # ---------------- 030 console case opened
    d = D_("2025-04-29 01:31:02 +0000")
    t030 = """Dear Customer,

We have opened case 174589020700365 on your behalf.

The details of the case are as follows:

Case ID: 174589020700365
Subject: Unable to sign in to AWS Certification with Builder ID
Severity: General guidance
Correspondence: After creating a Builder ID with my personal email, signing in to aws.training/Certification sends me back to the sign-in page every time. My certification account merge is in progress under another case.

To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId=174589020700365&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To update an existing case, please use the link above.

Thank you for using Amazon Web Services.
Amazon Web Services
"""
    M_(30, "console-case-opened", "acknowledgement", False, C, [],
       date=d, frm=CONSOLE, to=P, subject="Amazon Web Services: New Support case: %s" % C,
       text=t030, cte="7bit", crlf=True, mid=ses_id(30, d), auth=gmail_auth("amazon.com", "amazonses.com"))

    # ---------------- 031 phishing, lookalike domain
    d = D_("2025-04-29 09:12:33 +0000")
    h031 = html_wrap("""<div style="max-width:600px;margin:auto;border:1px solid #ddd">
<div style="background:#232f3e;padding:14px"><img src="https://aws-certification-merge.com/static/aws-logo.png" alt="aws" height="28"></div>
<div style="padding:20px">
<p>Dear Certification Holder,</p>
<p>Your account merge request (Case 174562293100847) is pending <b>identity verification</b>. To prevent loss of your certifications and exam vouchers, please verify your credentials within 24 hours.</p>
<p style="text-align:center"><a href="https://aws-certification-merge.com/verify?c=174562293100847" style="background:#ff9900;color:#000;padding:12px 24px;text-decoration:none">Verify and complete merge</a></p>
<p>If we do not receive your verification, the merge will be cancelled and both accounts will be suspended.</p>
<p>AWS Training &amp; Certification Support Team</p>
</div></div>""")
    M_(31, "merge-verify-lookalike", "suspicious", False, None, [],
       date=d, frm="AWS Certification Support <support@aws-certification-merge.com>", to=P,
       subject="Action required: verify your identity to complete account merge (Case 174562293100847)",
       html=h031, cte="base64",
       auth=gmail_auth("aws-certification-merge.com", "aws-certification-merge.com", dkim="pass", dmarc="pass", ip="185.234.72.19"))

    # ---------------- 032 console info request, answer in Support Center, feedback footer
    d = D_("2025-04-30 06:17:25 +0000")
    t032 = """Hello,

Thank you for contacting AWS Support. My name is Tomasz and I'll be helping you with this case.

I understand that after creating an AWS Builder ID with your personal email address, each attempt to sign in to AWS Certification returns you to the sign-in page.

This usually happens when the Builder ID resolves to a certification profile that is locked while an account merge is in progress, but it can also be caused by browser cookies left over from a Partner Central session. I checked the identity records I have access to and could not find a Builder ID matching the email address on this AWS account, so to narrow it down I need the following:

1. The email address of the Builder ID you are signing in with
2. The approximate date and time (with time zone) of the most recent failed attempt
3. A screenshot of the page you end up on, if you have one

Please add these to the case through the Support Center link below - replies to this email are not delivered to us.

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

Best regards,
Tomasz W.
Amazon Web Services

===================================================

To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId=174589020700365&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To update an existing case, please use the link above.
"""
    M_(32, "console-needs-builder-details", "info_request", True, C, [],
       date=d, frm=CONSOLE, to=P,
       subject="RE:[CASE %s] Unable to sign in to AWS Certification with Builder ID [AWS ID %s]" % (C, ACCT),
       text=t032, cte="quoted-printable", mid=ses_id(32, d), auth=gmail_auth("amazon.com", "amazonses.com"))

    # ---------------- 033 Jira
    d = D_("2025-04-30 08:02:11 +0000")
    t033 = """Kenji Oda assigned KSI-2291 to you

KSI-2291: Handover - AWS certification voucher tracking sheet
Status: In Progress   Priority: Medium   Due: 30/Apr/25

Kenji Oda commented:
  Haruka, please hand the voucher spreadsheet and the partner-central admin
  notes over to Omori-san before you leave today. Reply here when done.

View issue: https://kitaura-sys.atlassian.net/browse/KSI-2291

This message was sent by Atlassian Jira.
"""
    M_(33, "jira-handover-ticket", "unrelated", False, None, [],
       date=d, frm="Kenji Oda (Jira) <jira@kitaura-sys.atlassian.net>", to=W,
       subject="[JIRA] (KSI-2291) Handover - AWS certification voucher tracking sheet",
       text=t033, cte="7bit", auth=m365_auth("kitaura-sys.atlassian.net", "atlassian.net", ip="18.234.32.150"))

    # ---------------- 034 partner admin forward (other sender, Japanese)
    d = D_("2025-05-01 10:05:47 +0900")
    t034 = """水野さん

大森です。退職後なので個人アドレスに送ります。
AWS から下記の通知が来ていたので、パートナーセントラル側で承認しておきました。
こちらで必要な対応は済んでいますので、水野さんの方で何かする必要はありません。

新しい職場でもがんばってください。

大森

-------- 転送メッセージ --------
件名: Partner Central: certification association removal request
日付: 2025年4月30日 18:12
差出人: AWS Partner Network <no-reply@partnercentral.awspartner.com>
宛先: omori@kitaura-sys.co.jp

An AWS Training and Certification support agent has requested removal of the
certification association for the following individual from Kitaura Systems Inc.:

  Name: Haruka Mizuno
  Email: haruka.mizuno@kitaura-sys.co.jp

Please review the request in Partner Central within 5 business days. If no
action is taken, the association will be removed automatically.
"""
    M_(34, "partner-admin-fwd-ja", "unrelated", False, None, [],
       date=d, frm="大森 里奈 <rina.omori.k@gmail.com>", to=ME_P,
       subject="Fwd: Partner Central: certification association removal request",
       text=t034, cte="base64", mid="<CAF3kR9m+Yq1Xz2Lw8PcN0t7D@mail.gmail.com>",
       auth=gmail_auth("gmail.com", "gmail.com", ip="209.85.220.41"))

    # ---------------- 035 case update in Japanese, nothing to do
    d = D_("2025-05-02 02:20:00 +0000")
    t035 = """水野 遥 様

お世話になっております。AWS トレーニングと認定サポートの森下です。
前任の Devansh より本ケースを引き継ぎました。

パートナー運用チームより、旧アカウント(haruka.mizuno@kitaura-sys.co.jp)と
Kitaura Systems Inc. のパートナー関連付けを解除した旨の連絡がありました。

現在、統合に向けて両アカウントの内容を確認しております。
準備が整い次第、統合内容の確認のため改めてご連絡いたします。
現時点でお客様にご対応いただくことはございません。

引き続きよろしくお願いいたします。

森下
AWS トレーニングと認定 カスタマーサポート
"""
    M_(35, "tc-partner-link-removed-ja", "case_update", False, M, [],
       date=d, frm=TCF, to=P, subject=TC_SUBJ % M, text=t035, cte="quoted-printable",
       mid=ses_id(35, d), irt=29, refs=[19, 22, 25, 27, 29], auth=gmail_auth("amazon.com", "amazonses.com"))

    # ---------------- 036 tech newsletter (Japanese)
    d = D_("2025-05-02 18:00:00 +0900")
    t036 = """━━━━━━━━━━━━━━━━━━━━━━━━━━━━
 週刊クラウドダイジェスト  2025年5月2日号
━━━━━━━━━━━━━━━━━━━━━━━━━━━━

■ 今週の注目記事
1. 転職時に忘れがちな「AWS認定アカウントの統合」手順まとめ
   サポートから確認メールが届いたら、統合先を確認して返信しましょう。
   https://cloud-digest.example.jp/r/2025050201
2. Amazon Bedrock の新しいモデル評価機能を試してみた
   https://cloud-digest.example.jp/r/2025050202
3. GitHub Actions で OIDC を使って AWS にデプロイする
   https://cloud-digest.example.jp/r/2025050203

■ 読者アンケート実施中
ご意見をお寄せください → https://cloud-digest.example.jp/survey

配信停止: https://cloud-digest.example.jp/unsubscribe?u=mz8812
"""
    M_(36, "cloud-digest-newsletter-ja", "unrelated", False, None, [],
       date=d, frm="週刊クラウドダイジェスト <news@cloud-digest.example.jp>", to=P,
       subject="週刊クラウドダイジェスト 5/2号:転職時のAWS認定アカウント統合ほか",
       text=t036, cte="8bit", extra=[("List-Unsubscribe", "<https://cloud-digest.example.jp/unsubscribe?u=mz8812>")],
       auth=gmail_auth("cloud-digest.example.jp", "cloud-digest.example.jp", ip="203.0.113.25"))

    # ---------------- 037 console closing notice
    d = D_("2025-05-03 06:20:41 +0000")
    t037 = """Hello,

I'm following up on my message of April 30 about the Builder ID sign-in problem.

We have not yet received the details requested. If we don't hear back, this case will be resolved automatically in 3 days. If you still need assistance, reply to the case from the Support Center and it will come straight back to me.

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.

Best regards,
Tomasz W.
Amazon Web Services

===================================================

To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId=174589020700365&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To update an existing case, please use the link above.
"""
    M_(37, "console-auto-resolve-warning", "closing_notice", True, C, [],
       date=d, frm=CONSOLE, to=P,
       subject="RE:[CASE %s] Unable to sign in to AWS Certification with Builder ID [AWS ID %s]" % (C, ACCT),
       text=t037, cte="7bit", crlf=True, mid=ses_id(37, d), auth=gmail_auth("amazon.com", "amazonses.com"))

    # ---------------- 038 confirmation request: multipart/alternative, table
    d = D_("2025-05-03 07:02:18 +0000")
    t038 = """Hello Haruka,

The partner association is gone, so we are ready to combine your accounts. These are the two accounts I found:

Account #1
  Candidate ID: AWS09928133
  Login email: mizuno.haruka.k@gmail.com
  Training notification email: mizuno.haruka.k@gmail.com
  Certification notification email: mizuno.haruka.k@gmail.com

Account #2
  Candidate ID: AWS04417265
  Login email: haruka.mizuno@kitaura-sys.co.jp
  Training notification email: haruka.mizuno@kitaura-sys.co.jp
  Certification notification email: haruka.mizuno@kitaura-sys.co.jp

Exam history, certifications and benefits (including the 50% exam voucher) from Account #2 will move to Account #1, and Account #2 will be closed. This cannot be undone.

Could you confirm that Account #1 is the one you want to keep, so that I can proceed?

Best regards,
Morishita
AWS Training and Certification Customer Support
"""
    rows = ""
    for n_, cid, em in (("Account #1", "AWS09928133", P), ("Account #2", "AWS04417265", W)):
        rows += ('<tr><td rowspan="4" style="font-weight:bold">%s</td><td>Candidate ID</td><td>%s</td></tr>\n'
                 '<tr><td>Login email</td><td>%s</td></tr>\n<tr><td>Training notification email</td><td>%s</td></tr>\n'
                 '<tr><td>Certification notification email</td><td>%s</td></tr>\n' % (n_, cid, em, em, em))
    h038 = html_wrap("""<p>Hello Haruka,</p>
<p>The partner association is gone, so we are ready to combine your accounts. These are the two accounts I found:</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse">
%s</table>
<p>Exam history, certifications and benefits (including the 50%% exam voucher) from Account #2 will move to Account #1, and Account #2 will be closed. This cannot be undone.</p>
<p>Could you confirm that Account #1 is the one you want to keep, so that I can proceed?</p>
<p>Best regards,<br>Morishita<br>AWS Training and Certification Customer Support</p>""" % rows)
    M_(38, "tc-which-account-to-keep", "confirmation_request", True, M, ["AWS09928133", "AWS04417265"],
       date=d, frm=TCF, to=P, subject=TC_SUBJ % M, text=t038, html=h038, cte="quoted-printable",
       mid=ses_id(38, d), irt=35, refs=[19, 22, 25, 27, 29, 35], auth=gmail_auth("amazon.com", "amazonses.com"))

    # ---------------- 039 genuine-looking mail with DMARC fail
    d = D_("2025-05-04 11:47:09 +0000")
    t039 = """Hello Haruka,

We are ready to merge your certification accounts. Before we proceed, our
system requires you to re-validate the account you want to keep.

Sign in here with your Builder ID email and password:
https://aws-training-verify.net/signin?case=174562293100847

Reply to this email once you have signed in so that we can complete the merge.

Best regards,
AWS Training and Certification Customer Support
"""
    M_(39, "merge-revalidate-dmarc-fail", "suspicious", False, None, [],
       date=d, frm=TCF, to=P, subject=TC_SUBJ % M, text=t039, cte="7bit",
       mid="<20250504114709.77421@mail-relay.aws-training-verify.net>",
       auth=gmail_auth("amazon.com", "aws-training-verify.net", dkim="fail", spf="fail", dmarc="fail", ip="45.147.229.8"))

    # ---------------- 040 other vendor's case closed
    d = D_("2025-05-05 02:10:00 +0000")
    t040 = """##- Please type your reply above this line -##

Your request (48213) has been solved.

Hi Haruka,

We've confirmed that the duplicate workspace has been merged into your main
workspace and the old one deleted. We're marking this request as solved.

If the issue persists, reply to this email within 7 days to reopen the request.

Lena
Tessera Cloud Support

This email is a service from Tessera Cloud Support.
[R4K2Q9-XM7P]
"""
    M_(40, "vendor-request-solved", "unrelated", False, None, [],
       date=d, frm="Tessera Cloud Support <support@tesseracloud.io>", to=P,
       subject="[Tessera Cloud] Re: Merge duplicate workspaces - request #48213 solved",
       text=t040, cte="quoted-printable", auth=gmail_auth("tesseracloud.io", "tesseracloud.io", ip="192.161.144.7"))

    # ---------------- 041 closing notice, top-posted over the quoted request
    d = D_("2025-05-06 00:35:27 +0000")
    t041 = """Hi Haruka,

Just checking in on my note below from May 3. As I haven't heard back, I'll
have to close this case on Friday, May 9. A reply to this email before then
keeps it open - and you can still reply after that, which will reopen it.

Morishita
AWS Training and Certification Customer Support

---- Original message ----
From: AWS Training and Certification <%s>
Date: Sat, May 3, 2025 at 7:02 AM UTC
Subject: %s

%s""" % (TC, TC_SUBJ % M, t038)
    M_(41, "tc-will-close-friday", "closing_notice", True, M, [],
       date=d, frm=TCF, to=P, subject=TC_SUBJ % M, text=t041, cte="quoted-printable",
       mid=ses_id(41, d), irt=38, refs=[19, 35, 38], auth=gmail_auth("amazon.com", "amazonses.com"))

    # ---------------- 042 my confirmation (Gmail quote), cc old address
    d = D_("2025-05-06 09:58:03 +0900")
    t042 = """Confirmed. Please merge Account #2 into Account #1 and keep
mizuno.haruka.k@gmail.com for all notifications.

Sorry for the delay - I was travelling.

Haruka Mizuno

On Tue, May 6, 2025 at 9:35 AM AWS Training and Certification <%s> wrote:
%s
""" % (TC, q(t041))
    M_(42, "me-confirm-keep-account-1", "user_reply", False, M, [],
       date=d, frm=ME_P, to=TC, cc=W, subject=TC_SUBJ % M, text=t042, cte="quoted-printable",
       mid="<CAJ8pY2uA1b2C3d4E5f6G7h8J9k0LmNo@mail.gmail.com>", irt=41, refs=[19, 35, 38, 41])

    # ---------------- 043 bounce from the closed company mailbox
    d = D_("2025-05-06 00:58:09 +0000")
    t043 = """Delivery has failed to these recipients or groups:

haruka.mizuno@kitaura-sys.co.jp
The email address you entered couldn't be found. Please check the recipient's
email address and try to resend the message. If the problem continues, please
contact your helpdesk.

Diagnostic information for administrators:

Generating server: TYCPR01MB8842.jpnprd01.prod.outlook.com

haruka.mizuno@kitaura-sys.co.jp
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Original message headers:

From: Haruka Mizuno <mizuno.haruka.k@gmail.com>
To: aws-cs-trainingcertification-form@amazon.com
Cc: haruka.mizuno@kitaura-sys.co.jp
Subject: RE:[CASE 174562293100847] [AWS Training and Certification Form Submission] - account-assistance
Date: Tue, 6 May 2025 09:58:03 +0900
Message-ID: <CAJ8pY2uA1b2C3d4E5f6G7h8J9k0LmNo@mail.gmail.com>
"""
    M_(43, "undeliverable-old-mailbox", "unrelated", False, None, [],
       date=d, frm="Microsoft Outlook <postmaster@kitaura-sys.co.jp>", to=P,
       subject="Undeliverable: " + TC_SUBJ % M, text=t043, cte="7bit", crlf=True,
       extra=[("Auto-Submitted", "auto-replied")],
       auth=gmail_auth("kitaura-sys.co.jp", "kitaura-sys.co.jp", ip="40.107.74.68"))

    # ---------------- 044 resolved, HTML-only, old request quoted below
    d = D_("2025-05-06 03:12:55 +0000")
    h044 = html_wrap("""<p>Hello Haruka,</p>
<p>Thank you for confirming. I have successfully merged all accounts. Here is a summary:</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse">
<tr style="background:#eaeded"><th>Item</th><th>Result</th></tr>
<tr><td>Surviving account</td><td>AWS09928133 (mizuno.haruka.k@gmail.com)</td></tr>
<tr><td>Closed account</td><td>AWS04417265</td></tr>
<tr><td>Exam history</td><td>moved</td></tr>
<tr><td>Active certifications</td><td>moved (3)</td></tr>
<tr><td>Benefits</td><td>moved</td></tr>
</table>
<p>Your badges will be reissued on Credly under your personal address, usually within a day. Please sign in to your certification account and check that everything looks right. Should something be missing, just reply to this email.</p>
<p>Best regards,<br>Morishita<br>AWS Training and Certification Customer Support</p>
<div style="border-left:2px solid #ccc;padding-left:8px;color:#555">
<p><b>From:</b> AWS Training and Certification<br><b>Sent:</b> Saturday, May 3, 2025 7:02 AM<br><b>Subject:</b> %s</p>
<p>Hello Haruka,</p>
<p>The partner association is gone, so we are ready to combine your accounts. [...]</p>
<p>Could you confirm that Account #1 is the one you want to keep, so that I can proceed?</p>
</div>""" % (TC_SUBJ % M))
    M_(44, "tc-accounts-merged", "resolved", False, M, ["AWS09928133", "AWS04417265"],
       date=d, frm=TCF, to=P, subject=TC_SUBJ % M, html=h044, cte="quoted-printable",
       mid=ses_id(44, d), irt=42, refs=[19, 38, 41, 42], auth=gmail_auth("amazon.com", "amazonses.com"))

    # ---------------- 045/046 Credly badges
    for n_, dd, badge, uid in ((45, "2025-05-06 05:40:12 +0000", "AWS Certified Solutions Architect - Associate", "3c0e7d14-8b9a-4f6e-a1d2-77e05c93b4f1"),
                               (46, "2025-05-06 05:40:31 +0000", "AWS Certified DevOps Engineer - Professional", "a91f2e60-1d5c-4b37-8e08-2f6c4d7b9a35")):
        tb = """Hi Haruka,

Amazon Web Services Training and Certification has issued you a badge:

  %s

Accept it here: https://www.credly.com/badges/%s/accept

Once accepted, your badge will appear on your public Credly profile.

Credly, Inc.
You received this email at mizuno.haruka.k@gmail.com. Manage notifications: https://www.credly.com/notification_settings
""" % (badge, uid)
        M_(n_, "credly-badge-%s" % ("associate" if n_ == 45 else "professional"), "badge", False, None, [],
           date=D_(dd), frm="Credly <admin@credly.com>", to=P,
           subject="Congratulations, Haruka! You've earned the %s badge" % badge,
           text=tb, cte="quoted-printable", auth=gmail_auth("credly.com", "credly.com", ip="149.72.160.12"))

    # ---------------- 047 survey main case
    d = D_("2025-05-07 03:00:00 +0000")
    h047 = html_wrap("""<p>Hello,</p>
<p>Your recent case <b>174562293100847</b> with AWS Training and Certification was resolved. We'd like to know how we did.</p>
<p>How likely are you to recommend AWS Training and Certification support to a friend or colleague?</p>
<table cellspacing="4"><tr>%s</tr></table>
<p style="font-size:11px;color:#687078">This survey is anonymous. Please do not reply to this message; replies are not read.</p>""" %
        "".join('<td><a href="https://survey.training.aws.dev/nps/174562293100847?score=%d" style="border:1px solid #aab7b8;padding:6px 10px;text-decoration:none">%d</a></td>' % (i, i) for i in range(11)))
    M_(47, "tc-recommend-survey", "survey", False, M, [],
       date=d, frm="AWS Training and Certification <aws-tc-feedback@amazon.com>", to=P,
       subject="Tell us about your experience with case 174562293100847",
       html=h047, cte="quoted-printable", auth=gmail_auth("amazon.com", "amazonses.com"))

    # ---------------- 048 console resolved with feedback footer
    d = D_("2025-05-07 05:26:38 +0000")
    t048 = """Hello,

Thank you for the details and the screenshot you added in Support Center.

The redirect loop was caused by the certification account merge that was still in progress under your Training and Certification case. That merge has now been completed, and in my tests your Builder ID signs in to the merged certification account without the loop. I am therefore marking this case as resolved.

If the problem comes back, you can reopen this case from the Support Center within 14 days.

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.

Best regards,
Tomasz W.
Amazon Web Services

===================================================

To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId=174589020700365&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To update an existing case, please use the link above.
"""
    M_(48, "console-signin-fixed", "resolved", False, C, [],
       date=d, frm=CONSOLE, to=P,
       subject="RE:[CASE %s] Unable to sign in to AWS Certification with Builder ID [AWS ID %s]" % (C, ACCT),
       text=t048, cte="quoted-printable", mid=ses_id(48, d), auth=gmail_auth("amazon.com", "amazonses.com"))

    # ---------------- 049 console survey (Japanese)
    d = D_("2025-05-08 00:15:00 +0000")
    t049 = """AWS サポートをご利用いただきありがとうございます。

先日解決したケース 174589020700365「Unable to sign in to AWS Certification with Builder ID」について、
サポート品質向上のため簡単なアンケートへのご協力をお願いしております。

アンケートに回答する(所要時間 約1分):
https://console.aws.amazon.com/support/home#/case/?displayId=174589020700365&survey=1

本メールは送信専用アドレスから送信されています。
アマゾン ウェブ サービス
"""
    M_(49, "console-survey-ja", "survey", False, C, [],
       date=d, frm=CONSOLE, to=P, subject="AWS サポートに関するアンケートのお願い (ケース 174589020700365)",
       text=t049, cte="base64", mid=ses_id(49, d), auth=gmail_auth("amazon.com", "amazonses.com"))

    # ---------------- 050 Skill Builder receipt
    d = D_("2025-05-09 12:33:00 +0000")
    t050 = """AWS Skill Builder

Thanks for your purchase.

Order number: SB-20250509-778102
Plan: Individual subscription (monthly)
Amount: USD 29.00
Billed to: Haruka Mizuno (mizuno.haruka.k@gmail.com)

Manage your subscription at https://skillbuilder.aws/account/subscription

Questions about your order? Contact us through https://support.aws.amazon.com/#/contacts/aws-training
"""
    M_(50, "skillbuilder-receipt", "unrelated", False, None, [],
       date=d, frm="AWS Skill Builder <no-reply@aws.training>", to=P,
       subject="Your AWS Skill Builder receipt", text=t050, cte="7bit",
       auth=gmail_auth("aws.training", "aws.training", ip="54.240.27.60"))

    # ---------------- 051 certmetrics feedback invitation
    d = D_("2025-05-10 16:00:00 +0000")
    t051 = """Hello Haruka,

AWS Certification wants to hear from you!

As an AWS Certified individual, your opinion helps shape future exams and
benefits. Would you take 10 minutes to tell us about your experience with
the AWS Certification program?

Start the survey: https://aws.certmetrics.com/amazon/survey/2025-holders

Your responses are confidential. Please do not reply to this email.

AWS Certification
"""
    M_(51, "certmetrics-program-feedback", "certification", False, None, [],
       date=d, frm="AWS Certification <do-not-reply@certmetrics.com>", to=P,
       subject="AWS Certification wants to hear from you", text=t051, cte="7bit",
       auth=gmail_auth("certmetrics.com", "certmetrics.com", ip="198.21.5.40"))

    # ---------------- 052 my reply: voucher missing (reopens)
    d = D_("2025-05-12 08:41:19 +0900")
    t052 = """Hello Morishita-san,

Thank you for merging the accounts. Exam history and certifications look fine,
but the 50%% exam voucher from my old account does not appear under Benefits on
the merged account. Could you check what happened to it?

Best regards,
Haruka Mizuno

On Tue, May 6, 2025 at 12:12 PM AWS Training and Certification <%s> wrote:
> Hello Haruka,
>
> Thank you for confirming. I have successfully merged all accounts. Here is a summary:
> [...]
""" % TC
    M_(52, "me-voucher-missing", "user_reply", False, M, [],
       date=d, frm=ME_P, to=TC, subject=TC_SUBJ % M, text=t052, cte="7bit",
       mid="<CAJ8pY2wX9y8Z7a6B5c4D3e2F1g0HhIj@mail.gmail.com>", irt=44, refs=[19, 38, 42, 44])

    # ---------------- 053 reopened: progress + ask (mixed)
    d = D_("2025-05-12 04:15:02 +0000")
    t053 = """Hello Haruka,

I've reopened your case and looked into the voucher.

The 50% exam benefit was issued on your old account AWS04417265 on February
18, 2024, when you recertified. Unused benefits are normally carried over in a
merge, but this one is flagged as "attached to a registration", which is why it
did not move with the rest.

Did you use it when you booked an exam - and if you did, what is the Pearson
VUE registration number? If the registration was cancelled, the benefit team
can release it.

Best regards,
Morishita
AWS Training and Certification Customer Support
"""
    M_(53, "tc-reopened-voucher-question", "info_request", True, M, ["AWS04417265"],
       date=d, frm=TCF, to=P, subject=TC_SUBJ % M, text=t053, cte="quoted-printable",
       mid=ses_id(53, d), irt=52, refs=[19, 44, 52], auth=gmail_auth("amazon.com", "amazonses.com"))

    # ---------------- 054 my answer with 9-digit registration id
    d = D_("2025-05-12 14:02:47 +0900")
    t054 = """Hello,

Yes - I had applied it to an exam booked from the old account, registration
ID 412803557 (SAP-C02, May 24). I cancelled that booking on April 29 before I
left the company, so it should be free again.

Haruka

> Did you use it when you booked an exam - and if you did, what is the Pearson
> VUE registration number? If the registration was cancelled, the benefit team
> can release it.
"""
    M_(54, "me-registration-number", "user_reply", False, M, [],
       date=d, frm=ME_P, to=TC, subject=TC_SUBJ % M, text=t054, cte="7bit",
       mid="<CAJ8pY2yQ1w2E3r4T5y6U7i8O9p0AsDf@mail.gmail.com>", irt=53, refs=[19, 44, 52, 53])

    # ---------------- 055 Japanese case update with conditional invitation
    d = D_("2025-05-14 01:48:30 +0000")
    t055 = """水野様

森下です。ご回答ありがとうございました。

ご予約(登録番号 412803557)がキャンセル済みであることを確認しましたので、
特典チームに 50% 割引特典の解除と統合先アカウントへの移行を依頼いたしました。
反映までに最大で 5 営業日ほどかかる場合がございます。

完了いたしましたら改めてご連絡いたします。
ご不明な点がございましたら、本メールにご返信ください。

森下
AWS トレーニングと認定 カスタマーサポート
"""
    M_(55, "tc-voucher-sent-to-benefits-ja", "case_update", False, M, [],
       date=d, frm=TCF, to=P, subject=TC_SUBJ % M, text=t055, cte="8bit",
       mid=ses_id(55, d), irt=54, refs=[19, 52, 53, 54], auth=gmail_auth("amazon.com", "amazonses.com"))

    # ---------------- 056 AWS free tier alert (12-digit)
    d = D_("2025-05-15 19:20:00 +0000")
    t056 = """Hello,

Your AWS account 480215736904 has exceeded 85% of the usage limit for one or
more AWS Free Tier-eligible services for the month of May.

  Product: Amazon Elastic Compute Cloud
  Usage: 637 Hrs of 750 Hrs

To avoid charges, review your usage in the Billing and Cost Management console.
No action is needed if you expect this usage.

Sincerely,
Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
"""
    M_(56, "aws-free-tier-alert", "unrelated", False, None, [],
       date=d, frm="Amazon Web Services <no-reply-aws@amazon.com>", to=P,
       subject="AWS Free Tier limit alert", text=t056, cte="quoted-printable",
       auth=gmail_auth("amazon.com", "amazonses.com"))

    # ---------------- 057 Japanese phishing, lookalike domain
    d = D_("2025-05-16 22:04:51 +0900")
    t057 = """水野 遥 様

AWS トレーニングと認定サポートでございます。

お客様のアカウント統合(ケース番号 174562293100847)において、特典(50%割引バウチャー)の移行が保留となっております。
移行を完了するため、以下のページよりお支払い情報の再確認をお願いいたします。

https://amazon-certsupport.com/jp/benefit/confirm?id=174562293100847

48時間以内にご確認いただけない場合、特典は失効いたします。

AWS トレーニングと認定 カスタマーサポート
"""
    M_(57, "voucher-confirm-lookalike-ja", "suspicious", False, None, [],
       date=d, frm="AWS トレーニングと認定 <support@amazon-certsupport.com>", to=P,
       subject="【重要】AWS認定 特典移行の最終確認のお願い",
       text=t057, cs="shift_jis", cte="base64", hdr_cs="shift_jis",
       auth=gmail_auth("amazon-certsupport.com", "amazon-certsupport.com", dkim="none", spf="softfail", dmarc="none", ip="103.151.24.9"))

    # ---------------- 058 resolved "will now be closed"
    d = D_("2025-05-19 06:30:12 +0000")
    t058 = """Hello Haruka,

The benefits team has released the voucher, and the 50% exam benefit now shows
under Benefits on AWS09928133. No further action is required.

Since everything you asked for is now in place, this case will now be closed.

Thank you for your patience throughout.

Morishita
AWS Training and Certification Customer Support

________________________________
From: AWS Training and Certification
Sent: Monday, May 12, 2025 4:15 AM
To: mizuno.haruka.k@gmail.com
Subject: RE:[CASE 174562293100847] [AWS Training and Certification Form Submission] - account-assistance

Did you use it when you booked an exam - and if you did, what is the Pearson
VUE registration number?
"""
    M_(58, "tc-voucher-restored-closed", "resolved", False, M, ["AWS09928133"],
       date=d, frm=TCF, to=P, subject=TC_SUBJ % M, text=t058, cte="quoted-printable",
       mid=ses_id(58, d), irt=55, refs=[19, 53, 54, 55], auth=gmail_auth("amazon.com", "amazonses.com"))

    # ---------------- 059 partner network notice (other sender)
    d = D_("2025-05-20 00:00:00 +0000")
    t059 = """Hello Haruka,

This is a courtesy notice. Your AWS Certifications are no longer associated
with the partner profile of Kitaura Systems Inc., because your certification
account is no longer linked to that organization.

  Certifications no longer counted for Kitaura Systems Inc.: 3

If you join another AWS Partner, you can link your certification account to
it from your profile at any time. You do not need to take any action now.

AWS Partner Network
"""
    M_(59, "apn-profile-change-notice", "unrelated", False, None, [],
       date=d, frm="AWS Partner Network <no-reply@partnercentral.awspartner.com>", to=P,
       subject="AWS Partner Central: certification removed from your organization's profile",
       text=t059, cte="7bit", auth=gmail_auth("partnercentral.awspartner.com", "awspartner.com", ip="54.240.27.88"))

    # ====================================================================== case E (June 2025)
    # ---------------- 060 ack, Japanese UTF-8 8bit
    d = D_("2025-06-17 04:25:33 +0000")
    t060 = """アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。
お客様のリクエストに対応するため、ケース 175013429900512 を作成しました。

ケースの詳細:
ケース ID: 175013429900512
件名: account-assistance
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
お問い合わせ内容:
同じメールアドレス(mizuno.haruka.k@gmail.com)で AWS 認定アカウントが 2 つ作成されているようです。
パートナーセントラル経由でサインインした際に誤って作成したものを、普段使っているアカウントへ統合してください。

通常24時間以内にご連絡いたします。最善の解決策をご提示するため、さらにお時間をいただく場合もございます。
すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。

補足事項がございましたら、本メールにご返信ください。

アマゾン ウェブ サービス
"""
    M_(60, "tc-june-case-opened-ja", "acknowledgement", False, E, [],
       date=d, frm="Amazon Web Services <%s>" % TC, to=P, subject=TC_SUBJ % E,
       text=t060, cte="8bit", mid=ses_id(60, d), auth=gmail_auth("amazon.com", "amazonses.com"))

    # ---------------- 061 info request, plain ください (Japanese)
    d = D_("2025-06-18 01:10:07 +0000")
    t061 = """水野様

AWS トレーニングと認定サポートの高橋です。

お問い合わせの件、確認いたしました。
ご指定のメールアドレスでは、認定アカウントが 2 件見つかっております。
どちらも同じログインメールアドレスのため、画面上では区別がつきにくい状態です。

統合先(今後お使いになる方)のアカウントについて、
・候補 ID(AWS から始まる 8 桁の番号)
・最後に受験した試験名と受験日
を本メールへの返信でお知らせください。

確認でき次第、統合の手続きを進めます。

高橋
AWS トレーニングと認定 カスタマーサポート
"""
    M_(61, "tc-destination-details-ja", "info_request", True, E, [],
       date=d, frm=TCF, to=P, subject=TC_SUBJ % E, text=t061, cte="quoted-printable",
       mid=ses_id(61, d), irt=60, refs=[60], auth=gmail_auth("amazon.com", "amazonses.com"))

    # ---------------- 062 my reply (Japanese)
    d = D_("2025-06-18 19:32:50 +0900")
    t062 = """高橋様

ご連絡ありがとうございます。水野です。

統合先のアカウントの情報は以下のとおりです。
・候補 ID: AWS09928133
・最後に受験した試験: AWS Certified Solutions Architect - Professional(2025年5月24日)

よろしくお願いいたします。

水野 遥

2025年6月18日(水) 10:10 AWS Training and Certification <%s>:
%s
""" % (TC, q(t061))
    M_(62, "me-destination-details-ja", "user_reply", False, E, ["AWS09928133"],
       date=d, frm="水野 遥 <%s>" % P, to=TC, subject=TC_SUBJ % E, text=t062, cte="base64",
       mid="<CAJ8pY2zK3l4M5n6B7v8C9x0Z1aQwErT@mail.gmail.com>", irt=61, refs=[60, 61])

    # ---------------- 063 confirmation request, Japanese keigo, HTML-only, Shift_JIS
    d = D_("2025-06-19 02:44:16 +0000")
    h063 = html_wrap("""<p>水野様</p>
<p>いつもお世話になっております。AWS トレーニングと認定サポートの高橋でございます。<br>
候補 ID をお知らせいただき、誠にありがとうございました。</p>
<p>確認いたしましたところ、統合の対象となるアカウントは以下の 2 件でございます。</p>
<table border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse">
<tr style="background:#f2f3f3"><th></th><th>統合先(残すアカウント)</th><th>統合元(閉鎖するアカウント)</th></tr>
<tr><td>候補 ID</td><td>AWS09928133</td><td>AWS07730419</td></tr>
<tr><td>ログインメールアドレス</td><td>mizuno.haruka.k@gmail.com</td><td>mizuno.haruka.k@gmail.com</td></tr>
<tr><td>作成経路</td><td>AWS Builder ID</td><td>AWS Partner Central (SSO)</td></tr>
<tr><td>受験履歴</td><td>7 件</td><td>0 件</td></tr>
</table>
<p>AWS07730419 の情報を AWS09928133 に統合し、AWS07730419 は閉鎖いたします。統合後に元へ戻すことはできかねます。</p>
<p>上記の内容で統合を進めてよろしいでしょうか。お手数ではございますが、本メールへのご返信にてご確認のほどよろしくお願いいたします。</p>
<p>高橋<br>AWS トレーニングと認定 カスタマーサポート</p>""", lang="ja", charset="shift_jis")
    M_(63, "tc-confirm-merge-table-ja", "confirmation_request", True, E, ["AWS09928133", "AWS07730419"],
       date=d, frm=TCF, to=P, subject=TC_SUBJ % E, html=h063, cs="shift_jis", cte="quoted-printable",
       mid=ses_id(63, d), irt=62, refs=[60, 61, 62], auth=gmail_auth("amazon.com", "amazonses.com"))

    # ---------------- 064 Pearson VUE reminder (Japanese)
    d = D_("2025-06-20 09:00:00 +0900")
    t064 = """水野 遥 様

ご予約いただいている試験の日程が近づいてまいりました。

試験名: AWS Certified Security - Specialty (SCS-C02)
登録番号: 418650922
日時: 2025年6月28日(土) 13:00
会場: 東京 テストセンター(新宿)

当日は有効な本人確認書類を 2 点ご持参ください。
予約の変更・キャンセルは、試験開始の 24 時間前までに AWS 認定アカウントから行ってください。

※本メールは送信専用です。ご返信いただいてもお答えできません。

ピアソン VUE
"""
    M_(64, "pearson-exam-reminder-ja", "unrelated", False, None, [],
       date=d, frm="ピアソン VUE <pearsonvuecustomerservice@pearson.com>", to=P,
       subject="【リマインダー】AWS 認定試験のご予約について",
       text=t064, cs="iso-2022-jp", cte="7bit",
       auth=gmail_auth("pearson.com", "pearson.com", ip="159.182.1.44"))

    # ---------------- 065 closing notice, short Japanese HTML
    d = D_("2025-06-23 01:05:40 +0000")
    h065 = html_wrap("""<p>水野様</p>
<p>高橋です。6月19日にお送りした統合内容のご確認について、まだご返信をいただけておりません。</p>
<p>6月26日までにご返信がない場合、本ケースはいったんクローズとなります。統合をご希望の場合は、それまでに本メールへご返信くださいますようお願いいたします。</p>
<p>高橋<br>AWS トレーニングと認定 カスタマーサポート</p>""", lang="ja")
    M_(65, "tc-june-close-warning-ja", "closing_notice", True, E, [],
       date=d, frm=TCF, to=P, subject=TC_SUBJ % E, html=h065, cte="base64",
       mid=ses_id(65, d), irt=63, refs=[60, 61, 62, 63], auth=gmail_auth("amazon.com", "amazonses.com"))

    # ---------------- 066 my reply, top-posted over quoted table (Japanese)
    d = D_("2025-06-23 12:18:02 +0900")
    t066 = """高橋様

ご返信が遅くなり申し訳ございません。
内容を確認しました。AWS09928133 を残す形で統合をお願いいたします。

水野 遥

2025年6月23日(月) 10:05 AWS Training and Certification <%s>:
> 水野様
>
> 高橋です。6月19日にお送りした統合内容のご確認について、まだご返信をいただけておりません。
>
> 2025年6月19日(木) 11:44 AWS Training and Certification <%s>:
>> 統合先(残すアカウント) 統合元(閉鎖するアカウント)
>> 候補 ID AWS09928133 AWS07730419
>> 上記の内容で統合を進めてよろしいでしょうか。お手数ではございますが、本メールへのご返信にてご確認のほどよろしくお願いいたします。
""" % (TC, TC)
    M_(66, "me-confirm-june-merge-ja", "user_reply", False, E, ["AWS09928133"],
       date=d, frm="水野 遥 <%s>" % P, to=TC, subject=TC_SUBJ % E, text=t066, cte="quoted-printable",
       mid="<CAJ8pY2aB2c3D4e5F6g7H8j9K0lZxCvB@mail.gmail.com>", irt=65, refs=[60, 61, 62, 63, 65])

    # ---------------- 067 info request, English agent, bare question
    d = D_("2025-06-23 07:51:29 +0000")
    t067 = """Hi Haruka,

Taking over from Takahashi-san while she is out. Thanks for confirming.

One thing before I run the merge: the account being closed (AWS07730419)
still has an exam appointment attached - Security Specialty on June 28.
Should that appointment move across with the merge, or are you going to
cancel it first and rebook from AWS09928133?

Owen
AWS Training and Certification Customer Support

On Mon, Jun 23, 2025 at 3:18 AM, Haruka Mizuno wrote:
> 内容を確認しました。AWS09928133 を残す形で統合をお願いいたします。
"""
    M_(67, "tc-exam-appointment-question", "info_request", True, E, ["AWS07730419", "AWS09928133"],
       date=d, frm=TCF, to=P, subject=TC_SUBJ % E, text=t067, cte="7bit",
       mid=ses_id(67, d), irt=66, refs=[60, 63, 65, 66], auth=gmail_auth("amazon.com", "amazonses.com"))

    # ---------------- 068 my reply
    d = D_("2025-06-23 17:30:11 +0900")
    t068 = """Hi Owen,

Please move it with the merge - I'd like to keep the June 28 slot.

Thanks,
Haruka

On Mon, Jun 23, 2025 at 4:51 PM AWS Training and Certification <%s> wrote:
> Should that appointment move across with the merge, or are you going to
> cancel it first and rebook from AWS09928133?
""" % TC
    M_(68, "me-move-appointment", "user_reply", False, E, [],
       date=d, frm=ME_P, to=TC, subject=TC_SUBJ % E, text=t068, cte="7bit",
       mid="<CAJ8pY2cD4e5F6g7H8i9J0kLmNbVcXzA@mail.gmail.com>", irt=67, refs=[60, 63, 66, 67])

    # ---------------- 069 progress + second ask (employer field)
    d = D_("2025-06-24 00:22:48 +0000")
    t069 = """Hi Haruka,

Quick update: the merge is running now and should be complete within the next
day; the June 28 appointment has been moved to AWS09928133 and you will get a
fresh confirmation from Pearson VUE.

While I was in the profile I noticed the employer field still says "Kitaura
Systems Inc." Shall I clear it, or would you rather leave it as it is? It
doesn't affect the merge, but it is what Partner Central matches on.

Owen
AWS Training and Certification Customer Support
"""
    M_(69, "tc-merge-running-employer-field", "info_request", True, E, ["AWS09928133"],
       date=d, frm=TCF, to=P, subject=TC_SUBJ % E, text=t069, cte="quoted-printable", crlf=True,
       mid=ses_id(69, d), irt=68, refs=[60, 66, 67, 68], auth=gmail_auth("amazon.com", "amazonses.com"))

    # ---------------- 070 my reply (Japanese-English mix, short)
    d = D_("2025-06-24 10:03:37 +0900")
    t070 = """Hi Owen,

Please clear it. I'll set my new employer myself later.

Haruka

2025年6月24日(火) 9:22 AWS Training and Certification <%s>:
> Shall I clear it, or would you rather leave it as it is?
""" % TC
    M_(70, "me-clear-employer", "user_reply", False, E, [],
       date=d, frm=ME_P, to=TC, subject=TC_SUBJ % E, text=t070, cte="8bit",
       mid="<CAJ8pY2eF6g7H8i9J0k1L2mNqWsXeDcR@mail.gmail.com>", irt=69, refs=[60, 67, 68, 69])

    # ---------------- 071 resolved, Japanese keigo, quotes older asks, conditional invitation
    d = D_("2025-06-25 03:37:05 +0000")
    t071 = """水野様

いつもお世話になっております。AWS トレーニングと認定サポートの高橋でございます。
不在中は Owen が対応いたしました。

AWS07730419 の AWS09928133 への統合が完了いたしましたことをご報告申し上げます。
あわせて、勤務先欄の削除と、6月28日の試験予約の移行も完了しております。

ご不明な点がございましたら、本メールにご返信くださいますようお願いいたします。

高橋
AWS トレーニングと認定 カスタマーサポート

-----Original Message-----
From: AWS Training and Certification
Sent: Tuesday, June 24, 2025 12:22 AM
Subject: RE:[CASE 175013429900512] [AWS Training and Certification Form Submission] - account-assistance

Shall I clear it, or would you rather leave it as it is?

-----Original Message-----
From: AWS Training and Certification
Sent: Thursday, June 19, 2025 2:44 AM

上記の内容で統合を進めてよろしいでしょうか。お手数ではございますが、本メールへのご返信にてご確認のほどよろしくお願いいたします。
"""
    M_(71, "tc-june-merge-complete-ja", "resolved", False, E, ["AWS07730419", "AWS09928133"],
       date=d, frm=TCF, to=P, subject=TC_SUBJ % E, text=t071, cs="iso-2022-jp", cte="7bit",
       mid=ses_id(71, d), irt=70, refs=[60, 63, 67, 69, 70], auth=gmail_auth("amazon.com", "amazonses.com"))

    # ---------------- 072 survey, Japanese
    d = D_("2025-06-26 03:00:00 +0000")
    t072 = """水野様

先日は AWS トレーニングと認定サポートをご利用いただき、ありがとうございました。
ケース 175013429900512 の対応について、満足度アンケートへのご回答をお願いいたします。

https://survey.training.aws.dev/r/175013429900512?lang=ja

所要時間は 2 分程度です。本メールへの返信は受け付けておりません。

アマゾン ウェブ サービス トレーニングと認定
"""
    M_(72, "tc-june-survey-ja", "survey", False, E, [],
       date=d, frm="AWS Training and Certification <aws-tc-feedback@amazon.com>", to=P,
       subject="アンケートご協力のお願い:ケース 175013429900512",
       text=t072, cte="base64", auth=gmail_auth("amazon.com", "amazonses.com"))

    # ---------------- 073 certmetrics recertification congratulations
    d = D_("2025-06-30 20:15:00 +0000")
    t073 = """Dear Haruka Mizuno,

Congratulations on recertifying your AWS Certification!

  Certification: AWS Certified Security - Specialty
  Validation number: 9F3KQ2W1L2E4QXS7
  Expiration date: June 28, 2028

Your digital badge will be issued through Credly within a few days. Your
recertification benefits are available in your AWS Certification Account.

AWS Certification
This mailbox is not monitored.
"""
    M_(73, "certmetrics-recertified", "certification", False, None, [],
       date=d, frm="AWS Certification <do-not-reply@certmetrics.com>", to=P,
       subject="Congratulations on recertifying your AWS Certification!", text=t073, cte="7bit",
       auth=gmail_auth("certmetrics.com", "certmetrics.com", ip="198.21.5.40"))

    # ---------------- 074 Credly lookalike with DMARC fail on credly.com
    d = D_("2025-07-01 02:11:47 +0000")
    t074 = """Hi Haruka,

Amazon Web Services Training and Certification issued you a new badge, but
your Credly account needs to be re-linked after your recent certification
account merge. Reply to this email with your Builder ID email and password so
our team can restore your badges, or sign in here:

https://credly-badge-restore.com/relink

Credly Support
"""
    M_(74, "badge-relink-dmarc-fail", "suspicious", False, None, [],
       date=d, frm="Credly <admin@credly.com>", to=P,
       subject="Action required: re-link your badges after account merge", text=t074, cte="7bit",
       mid="<a81f03c2.5e61.4d3b@credly-badge-restore.com>",
       auth=gmail_auth("credly.com", "credly-badge-restore.com", dkim="none", spf="fail", dmarc="fail", ip="91.215.85.143"))

    # ---------------- 075 AWS marketing, English
    d = D_("2025-07-02 16:00:00 +0000")
    t075 = """Hi Haruka,

Congratulations on your AWS Certification! Here's what's new for certified
builders this month:

- Your certification benefits now include a free practice exam on AWS Skill Builder
- Join the AWS Certified Global Community on LinkedIn
- Register for AWS re:Invent 2025 and save 50% with your certification benefit

Reply to this email with questions about your benefits - our team reads every message.

Amazon Web Services
Unsubscribe: https://pages.awscloud.com/communication-preferences
"""
    M_(75, "aws-certified-newsletter", "unrelated", False, None, [],
       date=d, frm="AWS Training and Certification <aws-marketing-email-replies@amazon.com>", to=P,
       subject="What's new for AWS Certified builders - July", text=t075, cte="quoted-printable",
       auth=gmail_auth("amazon.com", "marketing.amazon.com"))


if __name__ == "__main__":
    for f in os.listdir(OUT):
        if re.match(r"^\d{3}-.*\.(eml|json)$", f):
            os.remove(os.path.join(OUT, f))
    build()
    print("wrote %d messages" % len(COUNTS))
    if "-v" in os.sys.argv:
        for c in COUNTS:
            print(*c, sep="\t")
