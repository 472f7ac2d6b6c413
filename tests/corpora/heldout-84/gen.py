#!/usr/bin/env python3
"""Generate the blind held-out corpus blind-84 (standard library only).

Writes NNN-slug.eml and NNN-slug.json next to this script.  One mailbox owner
(Kaede Morishita) with a personal Gmail address and an old company address.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import quopri
from email.header import Header
from email.utils import format_datetime, parsedate_to_datetime

OUT = os.path.dirname(os.path.abspath(__file__))

ME_P = "kaede.morishita.k@gmail.com"
ME_C = "k-morishita@hoshizora-tech.co.jp"
ME_NAME = "Kaede Morishita"
ME_NAME_JA = "森下 楓"
OLD_OLD = "kaede.m@ryokuyo-soft.jp"
TC = "aws-cs-trainingcertification-form@amazon.com"
TC_FROM = "AWS Training and Certification <%s>" % TC
NOREPLY = "no-reply-aws@amazon.com"
MANAGER = "m-tamura@hoshizora-tech.co.jp"

CASE_A = "174893571204466"   # 15 digits, main merge case (APN hold)
CASE_B = "174893612007381"   # 15 digits, duplicate form submission
CASE_C = "17498120553"       # 11 digits, AWS Support Center (console) case
CASE_D = "8841503962"        # 10 digits, Japanese case, reopened
CASE_E = "175136188720391"   # 15 digits, benefits after merge
CASE_F = "175327735510024"   # 15 digits, third (very old) account

ID_OLD = "AWS05512877"       # company account
ID_ME = "AWS09931460"        # personal account (kept)
ID_DUP = "AWS07720154"       # accidental duplicate under the personal address
ID_OLDOLD = "AWS02268315"    # account from the employer before that

SUBJ_TC = "[AWS Training and Certification Form Submission] - account-assistance"
CONSOLE_URL = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en"

# ---------------------------------------------------------------- helpers

def date(s, tz="+0000"):
    sign = 1 if tz[0] == "+" else -1
    off = dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=dt.timezone(off))
    return format_datetime(d)


def hdr(name, value, charset="utf-8"):
    try:
        value.encode("ascii")
        return "%s: %s" % (name, value)
    except UnicodeEncodeError:
        return "%s: %s" % (name, Header(value, charset, header_name=name).encode())


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:@()'):
            name = '"%s"' % name
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), email)


def mid(tag, domain):
    h = hashlib.sha1(tag.encode()).hexdigest()
    if domain == "ses":
        return "<010001974%s-%s-000000@email.amazonses.com>" % (h[:10], h[10:22])
    if domain == "gmail":
        return "<CAF%s%s@mail.gmail.com>" % (h[:20].upper(), h[20:30])
    if domain == "outlook":
        return "<TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>" % (
            h[:4].upper(), h[4:20].upper(), h[20:24].upper())
    return "<%s.%s@%s>" % (h[:16], h[16:24], domain)


def leaf(ctype, text, charset="utf-8", cte="7bit", extra=None):
    data = text.encode(charset)
    if cte == "qp":
        body, cte_name = quopri.encodestring(data), "quoted-printable"
    elif cte == "b64":
        body, cte_name = base64.encodebytes(data), "base64"
    else:
        body, cte_name = data, cte
    heads = ['Content-Type: %s; charset="%s"' % (ctype, charset),
             "Content-Transfer-Encoding: %s" % cte_name]
    if extra:
        heads += extra
    return {"headers": heads, "body": body}


def raw_part(ctype_line, body_bytes, extra=None):
    heads = [ctype_line] + (extra or [])
    return {"headers": heads, "body": body_bytes}


_bcount = [0]


def multipart(subtype, parts, extra_ct=""):
    _bcount[0] += 1
    b = "----=_Part_%d_%s" % (_bcount[0], hashlib.md5(str(_bcount[0]).encode()).hexdigest()[:12])
    out = b"This is a multi-part message in MIME format.\n"
    for p in parts:
        out += b"\n--" + b.encode() + b"\n"
        out += ("\n".join(p["headers"]) + "\n\n").encode()
        body = p["body"]
        out += body if body.endswith(b"\n") else body + b"\n"
    out += b"\n--" + b.encode() + b"--\n"
    return {"headers": ['Content-Type: multipart/%s; boundary="%s"%s' % (subtype, b, extra_ct)],
            "body": out}


def build(headers, part, crlf=False):
    lines = [h for h in headers if h] + ["MIME-Version: 1.0"] + part["headers"]
    data = ("\n".join(lines) + "\n\n").encode() + part["body"]
    data = data.replace(b"\r\n", b"\n")
    if crlf:
        data = data.replace(b"\n", b"\r\n")
    return data


def ar_gmail(domain, dkim="pass", spf="pass", dmarc="pass", mailfrom=None, ip="54.240.48.93",
             policy="p=QUARANTINE sp=QUARANTINE dis=NONE"):
    mailfrom = mailfrom or "0100019746a1b2c3-bounce@amazonses.com"
    sel = hashlib.md5(domain.encode()).hexdigest()[:8]
    spf_txt = {"pass": "designates %s as permitted sender" % ip,
               "softfail": "does not designate %s as permitted sender" % ip,
               "fail": "does not designate %s as permitted sender" % ip,
               "neutral": "is neither permitted nor denied by best guess record"}[spf]
    dk = "dkim=%s header.i=@%s header.s=%s header.b=%s" % (
        dkim, domain, sel, base64.b64encode(sel.encode()).decode()[:8])
    if dkim == "fail":
        dk += " (body hash did not verify)"
    return ("Authentication-Results: mx.google.com;\n       %s;\n       spf=%s (google.com: domain of %s %s) smtp.mailfrom=%s;\n"
            "       dmarc=%s (%s) header.from=%s" % (dk, spf, mailfrom, spf_txt, mailfrom, dmarc, policy, domain))


def ar_o365(domain, dkim="pass", spf="pass", dmarc="pass", ip="54.240.48.93", mailfrom="amazonses.com"):
    return ("Authentication-Results: spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n"
            " header.d=%s;dmarc=%s action=none header.from=%s;compauth=%s reason=100"
            % (spf, ip, mailfrom, dkim, domain, dmarc, domain, "pass" if dmarc == "pass" else "fail"))


def received(to_personal, when, src="a48-93.smtp-out.amazonses.com", ip="54.240.48.93"):
    if to_personal:
        return ("Received: from %s (%s [%s])\n        by mx.google.com with ESMTPS id x12si1234567pgb.412.2025\n"
                "        for <%s>; %s" % (src, src, ip, ME_P, when))
    return ("Received: from %s (%s) by\n TY1PEPF0000B2A1.mail.protection.outlook.com (10.167.241.10) with Microsoft\n"
            " SMTP Server id 15.20.8769.14 via Frontend Transport; %s" % (src, ip, when))


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in text.strip("\n").split("\n"))


MSGS = []


def add(slug, label, note, headers, part, crlf=False):
    when = [h for h in headers if h and h.startswith("Date: ")][0][6:]
    MSGS.append({"when": parsedate_to_datetime(when), "seq": len(MSGS), "slug": slug,
                 "label": label, "note": note, "data": build(headers, part, crlf)})


def L(kind, needs, case, ids=()):
    return {"kind": kind, "needs_reply": needs, "case": case, "candidate_ids": list(ids)}


def tc_subject(case, prefix="RE:[CASE"):
    return "%s %s] %s" % (prefix, case, SUBJ_TC)


def support_headers(n_tag, subject, when, to, cc=None, personal=True, in_reply=None, refs=None,
                    from_=TC_FROM, charset="utf-8", ar=None):
    domain = from_.split("@")[1].rstrip(">")
    heads = [
        received(personal, when),
        ar if ar is not None else (ar_gmail(domain) if personal else ar_o365(domain)),
        hdr("From", from_),
        "To: %s" % to,
        ("Cc: %s" % cc) if cc else None,
        hdr("Subject", subject, charset),
        "Date: %s" % when,
        "Message-ID: %s" % mid(n_tag, "ses"),
        ("In-Reply-To: %s" % in_reply) if in_reply else None,
        ("References: %s" % refs) if refs else None,
    ]
    return heads


# ================================================================ messages
def M(tag, kind="ses"):
    return mid(tag, kind)


# ---- 001 billing mail from the console sender, 10-digit invoice number, 12-digit account
w = date("2025-06-02 03:12:08")
add("billing", L("unrelated", False, None),
    "AWS billing mail from no-reply-aws@amazon.com (same sender as console cases); 10-digit invoice number and 12-digit account ID that are not case numbers",
    [received(False, w), ar_o365("amazon.com"),
     "From: Amazon Web Services <no-reply-aws@amazon.com>", "To: %s" % ME_C,
     "Subject: AWS Notification - Your Invoice 2184400371 is Available for Account 123456789012",
     "Date: %s" % w, "Message-ID: %s" % M("bill-1")],
    multipart("alternative", [
        leaf("text/plain", """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the period
May 1 - May 31, 2025, is now available on the AWS Billing console.

Account ID: 123456789012
Invoice number: 2184400371
Amount due: USD 412.87

The amount will be charged to the payment method on file; no action is
required on your part. To review the detailed charges, open the Bills page:
https://console.aws.amazon.com/billing/home#/bills

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc.,
410 Terry Ave. North, Seattle, WA 98109-5210.
""", cte="qp"),
        leaf("text/html", """<html><body><p>Greetings from Amazon Web Services,</p>
<p>This e-mail confirms that your latest billing statement, for the period May 1 - May 31, 2025, is now available on the AWS Billing console.</p>
<table border="0"><tr><td>Account ID</td><td>123456789012</td></tr><tr><td>Invoice number</td><td>2184400371</td></tr><tr><td>Amount due</td><td>USD 412.87</td></tr></table>
<p>The amount will be charged to the payment method on file; no action is required on your part.</p>
<p>Sincerely,<br>Amazon Web Services</p></body></html>""", cte="qp")]))

# ---- 002 Builder ID verification code
w = date("2025-06-03 07:05:40")
add("verify", L("unrelated", False, None),
    "Builder ID one-time code (6 digits) from no-reply@signin.aws; 'verify' wording",
    [received(True, w), ar_gmail("signin.aws", mailfrom="bounce@signin.aws"),
     "From: AWS Builder ID <no-reply@signin.aws>", "To: %s" % ME_P,
     "Subject: Verify your AWS Builder ID email address",
     "Date: %s" % w, "Message-ID: %s" % M("bid-1", "signin.aws")],
    leaf("text/plain", """Hello,

Use the following code to finish creating your AWS Builder ID:

    583016

The code is valid for 30 minutes. If you did not try to create an AWS
Builder ID, you can safely ignore this email; nobody can use the
address without this code.

Amazon Web Services
"""))

# ---- 003 certmetrics welcome with candidate ID
w = date("2025-06-03 07:19:02")
add("welcome", L("certification", False, None, [ID_ME]),
    "CertMetrics welcome for the new personal certification account; candidate ID in a non-case mail",
    [received(True, w, "mta12.certmetrics.com", "52.12.77.10"),
     ar_gmail("certmetrics.com", mailfrom="bounces@certmetrics.com", ip="52.12.77.10"),
     "From: AWS Certification <do-not-reply@certmetrics.com>", "To: %s" % ME_P,
     "Subject: Welcome to your AWS Certification account",
     "Date: %s" % w, "Message-ID: %s" % M("cm-welcome", "certmetrics.com")],
    multipart("alternative", [
        leaf("text/plain", """Hello Kaede Morishita,

Your AWS Certification account has been created.

Candidate ID: AWS09931460

Keep this ID at hand: you will need it when scheduling exams and when
contacting AWS Training and Certification about your records.

Good luck on your certification journey!
AWS Certification
"""),
        leaf("text/html", """<html><body><p>Hello Kaede Morishita,</p><p>Your AWS Certification account has been created.</p>
<p><b>Candidate ID:</b> AWS09931460</p><p>Keep this ID at hand: you will need it when scheduling exams and when contacting AWS Training and Certification about your records.</p>
<p>Good luck on your certification journey!<br>AWS Certification</p></body></html>""")]))

# ---- 004 acknowledgement, case A (personal), QP, conditional "reply to add"
w = date("2025-06-03 07:28:41")
ACK_A_TXT = """Hello,

Thank you for reaching out to AWS Training and Certification. We have
created case %s for your request, and a member of our team will get
back to you, normally within one business day. Some requests need more
research and can take a little longer.

To avoid delays, please keep all correspondence about this request in
this case instead of submitting the form again.

Summary of your request:
Inquiry type: Certification
Additional detail: Account Merge
Description: Use case: I am leaving Hoshizora Tech at the end of June and
want my company certification account merged into my personal one.
Addresses I have used: k-morishita@hoshizora-tech.co.jp,
kaede.morishita.k@gmail.com. Address to keep: kaede.morishita.k@gmail.com

If there is anything you would like to add, simply reply to this email and
your message will be attached to the case.

Sincerely,
AWS Training and Certification Customer Service
""" % CASE_A
add("form-ack", L("acknowledgement", False, CASE_A),
    "Acknowledgement for the main case (15-digit); ends with a conditional 'reply to add' invitation and a 'don't resubmit' instruction",
    support_headers("A-ack", tc_subject(CASE_A), w, ME_P),
    multipart("alternative", [
        leaf("text/plain", ACK_A_TXT, cte="qp"),
        leaf("text/html", "<html><body>" + "".join("<p>%s</p>" % p.replace("\n", " ") for p in ACK_A_TXT.split("\n\n")) + "</body></html>", cte="qp")]))

# ---- 005 acknowledgement, duplicate case B, Japanese ISO-2022-JP, company mailbox
w = date("2025-06-03 07:35:20")
add("form-ack", L("acknowledgement", False, CASE_B),
    "Japanese acknowledgement (ISO-2022-JP) of a duplicate form submitted from the company address; conditional ご返信 invitation",
    support_headers("B-ack", tc_subject(CASE_B, "RE: [CASE"), w, ME_C, personal=False, charset="iso-2022-jp"),
    leaf("text/plain", """森下 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
お問い合わせを承り、ケース番号 %s を発行いたしました。

担当者より通常 24 時間以内にご連絡いたしますが、内容によっては調査に
お時間を頂戴する場合がございます。

同じご用件でフォームを再度ご送信いただきますと、ケースが重複し、
かえってご回答が遅れる原因となります。あらかじめご了承ください。

補足いただける情報がございましたら、本メールにご返信いただければ
ケースに追記されます。

AWS トレーニングと認定 カスタマーサービス
""" % CASE_B, charset="iso-2022-jp"))

# ---- 006 GitHub merged
w = date("2025-06-03 08:30:11")
add("github", L("unrelated", False, None),
    "GitHub notification saying a pull request was merged; 'merge' vocabulary, reply-by-email footer",
    [received(True, w, "out-21.smtp.github.com", "192.30.252.204"),
     ar_gmail("github.com", mailfrom="noreply@github.com", ip="192.30.252.204"),
     "From: Ryo Sato <notifications@github.com>", "To: hoshizora/infra-modules <infra-modules@noreply.github.com>",
     "Cc: Kaede Morishita <%s>, Mention <mention@noreply.github.com>" % ME_P,
     "Subject: Re: [hoshizora/infra-modules] Merge account module into shared VPC stack (PR #412)",
     "Date: %s" % w, "Message-ID: <hoshizora/infra-modules/pull/412/issue_event/17733021@github.com>",
     "In-Reply-To: <hoshizora/infra-modules/pull/412@github.com>",
     "References: <hoshizora/infra-modules/pull/412@github.com>"],
    leaf("text/plain", """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/hoshizora/infra-modules/pull/412#event-17733021
You are receiving this because you were mentioned.
"""))

# ---- 007 on_hold with a question (APN), to company, HTML+text
w = date("2025-06-03 09:40:02")
HOLD_A_TXT = """Hello Kaede,

Thank you for your patience while I looked into case %s.

While reviewing the two profiles, I found that the certification account
registered under k-morishita@hoshizora-tech.co.jp (candidate ID %s) is
linked to an AWS Partner Network organization. Certifications held in
partner-linked accounts count toward the partner's tier and designations,
so our policy is not to move them out while the holder still works for that
partner. For that reason I have put the merge on hold for the moment.

When someone is leaving, we can normally continue once that is clear on our
side. Is your last day with Hoshizora Tech already fixed, and if so, on
what date? A one-line answer on this thread is enough.

Regards,
Marcus D.
AWS Training and Certification
""" % (CASE_A, ID_OLD)
add("hold", L("on_hold", True, CASE_A, [ID_OLD]),
    "APN hold; the actual question comes after a long policy explanation and is a bare question without 'please'",
    support_headers("A-hold", tc_subject(CASE_A), w, ME_C, cc=ME_P, personal=False,
                    in_reply=M("A-ack"), refs=M("A-ack")),
    multipart("alternative", [
        leaf("text/plain", HOLD_A_TXT, cte="qp"),
        leaf("text/html", "<html><body style=\"font-family:Arial\">" + "".join(
            "<p>%s</p>" % p.replace("\n", " ") for p in HOLD_A_TXT.split("\n\n")) + "</body></html>", cte="qp")]))

# ---- 008 forward-to-self (company -> personal), Japanese Outlook headers, base64, CRLF
w = date("2025-06-03 19:02:44", "+0900")
add("fwd", L("user_reply", False, CASE_A),
    "Owner forwards the APN-hold mail from the company mailbox to the personal one (Outlook JP headers, base64, CRLF); the forwarded question is not a new request; candidate ID only in forwarded part",
    [received(True, w, "mail-tycjpn01on2101.outbound.protection.outlook.com", "40.107.114.101"),
     ar_gmail("hoshizora-tech.co.jp", mailfrom=ME_C, ip="40.107.114.101", policy="p=NONE sp=NONE dis=NONE"),
     hdr("From", "%s <%s>" % ("Kaede Morishita", ME_C)), "To: %s" % ME_P,
     "Subject: FW: " + tc_subject(CASE_A), "Date: %s" % w,
     "Message-ID: %s" % M("A-fwd", "outlook"), "Thread-Topic: " + tc_subject(CASE_A)[3:],
     "X-MS-Has-Attach:", "Content-Language: ja-JP"],
    leaf("text/plain", """自分用に転送（会社のアドレスは6/30で使えなくなるので、以降は個人の方で見る）

________________________________
差出人: AWS Training and Certification <%s>
送信日時: 2025年6月3日 18:40
宛先: 森下 楓 <%s>
CC: %s
件名: %s

%s""" % (TC, ME_C, ME_P, tc_subject(CASE_A), HOLD_A_TXT), cte="b64"), crlf=True)

# ---- 009 duplicate case B closed (resolved)
w = date("2025-06-03 23:15:00")
add("dup-close", L("resolved", False, CASE_B),
    "Duplicate case closed and folded into the main case; mentions the other case number in the body; 'nothing you need to do'",
    support_headers("B-close", tc_subject(CASE_B), w, ME_C, personal=False, in_reply=M("B-ack"), refs=M("B-ack")),
    leaf("text/plain", """Hi,

This request matches case %s, which was opened a few minutes
earlier from your personal address. To keep everything in one place, my
colleagues will handle the merge there, and I am closing this case as a
duplicate. There is nothing you need to do on this one.

Kind regards,
Kenji
AWS Training and Certification Customer Service
""" % CASE_A))

# ---- 010 owner answers the hold from personal Gmail, Japanese Gmail header
w = date("2025-06-04 08:50:13", "+0900")
add("reply", L("user_reply", False, CASE_A, [ID_OLD, ID_ME]),
    "Owner's reply (Gmail, Japanese quote header) containing a question to support and two candidate IDs in own text",
    [received(True, w, "mail-sor-f41.google.com", "209.85.220.41"),
     ar_gmail("gmail.com", mailfrom=ME_P, ip="209.85.220.41", policy="p=NONE sp=QUARANTINE dis=NONE"),
     "From: %s <%s>" % (ME_NAME, ME_P), "To: %s" % TC_FROM, "Cc: %s" % ME_C,
     "Subject: Re: " + tc_subject(CASE_A), "Date: %s" % w,
     "Message-ID: %s" % M("A-r1", "gmail"), "In-Reply-To: %s" % M("A-hold"),
     "References: %s %s" % (M("A-ack"), M("A-hold"))],
    leaf("text/plain", """Hi Marcus,

Yes, my last working day at Hoshizora Tech is June 30, 2025, and the
company mailbox will be switched off that evening. Could you go ahead as
soon as that is acceptable? For reference, the old account is %s and
the personal one I created is %s.

Thanks,
Kaede Morishita

2025年6月3日(火) 18:40 AWS Training and Certification <%s>:

%s
""" % (ID_OLD, ID_ME, TC, quote(HOLD_A_TXT)), cte="qp"))

# ---- 011 AWS marketing, Japanese
w = date("2025-06-04 01:00:00")
add("marketing", L("unrelated", False, None),
    "Japanese AWS marketing mail with imperative calls to action (登録してください)",
    [received(True, w, "a1-2.smtp-out.mktomail.com", "199.15.212.2"),
     ar_gmail("amazon.com", mailfrom="bounce@mktomail.com", ip="199.15.212.2"),
     "From: " + addr("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com"),
     "To: %s" % ME_P, hdr("Subject", "【ご案内】AWS Summit Japan 2025 アーカイブ配信と認定者ラウンジのお知らせ"),
     "Date: %s" % w, "Message-ID: %s" % M("mkt-1", "mktomail.com"),
     "List-Unsubscribe: <https://pages.awscloud.com/unsubscribe.html>"],
    multipart("alternative", [
        leaf("text/plain", """AWS をご利用のみなさま

AWS Summit Japan 2025 のセッション動画のアーカイブ配信を開始しました。
見逃したセッションも、いまなら無料でご視聴いただけます。

■ 視聴登録はこちら
https://aws.amazon.com/jp/summits/japan/

AWS 認定をお持ちの方は、認定者ラウンジの次回イベントにもぜひご参加ください。
参加には事前登録が必要です。お早めにお申し込みください。

※本メールは送信専用アドレスからお送りしています。
配信停止をご希望の場合は、以下のリンクから手続きしてください。
https://pages.awscloud.com/unsubscribe.html
""", cte="qp"),
        leaf("text/html", """<html><body><h2>AWS Summit Japan 2025 アーカイブ配信開始</h2>
<p>見逃したセッションも、いまなら無料でご視聴いただけます。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/">今すぐ視聴登録する</a></p>
<p>AWS 認定をお持ちの方は、認定者ラウンジの次回イベントにもぜひご参加ください。</p>
<p style="font-size:small">配信停止をご希望の場合は<a href="https://pages.awscloud.com/unsubscribe.html">こちら</a></p></body></html>""", cte="qp")]))

# ---- 012 on_hold without a question
w = date("2025-06-04 06:21:37")
HOLD2_TXT = """Hello,

Thanks for confirming your leaving date. I have passed the details to our
AWS Partner Network team, who need to release the %s profile from
the partner organization before anything can be moved. Until they finish,
case %s stays on hold.

You don't need to send anything else right now. We will write again as
soon as the partner team gets back to us, which usually takes a few
business days.

Best,
Ngozi
AWS Training and Certification
""" % (ID_OLD, CASE_A)
add("hold", L("on_hold", False, CASE_A, [ID_OLD]),
    "APN hold that asks nothing ('You don't need to send anything else'); waiting on a third party",
    support_headers("A-hold2", tc_subject(CASE_A), w, ME_P, in_reply=M("A-r1", "gmail"),
                    refs="%s %s %s" % (M("A-ack"), M("A-hold"), M("A-r1", "gmail"))),
    leaf("text/plain", HOLD2_TXT + "\n\n---- Original message ----\n" + quote(
        "Yes, my last working day at Hoshizora Tech is June 30, 2025 ...\nCould you go ahead as soon as that is acceptable?"), cte="7bit"))

# ---- 013 phishing from lookalike domain
w = date("2025-06-05 07:30:55")
add("notice", L("suspicious", False, None),
    "Phishing from a lookalike domain (aws-trainingcert-verify.com) that imitates a merge confirmation with a fake case number; DKIM/DMARC pass for its own domain",
    [received(True, w, "mail.aws-trainingcert-verify.com", "185.213.24.66"),
     ar_gmail("aws-trainingcert-verify.com", mailfrom="bounce@aws-trainingcert-verify.com", ip="185.213.24.66",
              policy="p=NONE sp=NONE dis=NONE"),
     "From: AWS Training and Certification <support@aws-trainingcert-verify.com>", "To: %s" % ME_P,
     "Subject: Action required: confirm your certification account merge [CASE 174899001234567]",
     "Date: %s" % w, "Message-ID: %s" % M("phish-1", "aws-trainingcert-verify.com")],
    multipart("alternative", [
        leaf("text/plain", """Dear Candidate,

We received a request to merge your AWS Certification accounts
(Case ID: 174899001234567). To protect your credentials, we need you to
confirm the merge within 24 hours by signing in below. Unconfirmed
requests are cancelled and the certifications on the secondary account
may be forfeited.

Confirm now: https://aws-trainingcert-verify.com/merge/confirm?c=174899001234567

AWS Training and Certification Security Team
"""),
        leaf("text/html", """<html><body><p>Dear Candidate,</p><p>We received a request to merge your AWS Certification accounts (Case ID: 174899001234567). To protect your credentials, we need you to confirm the merge within <b>24 hours</b> by signing in below.</p>
<p><a href="https://aws-trainingcert-verify.com/merge/confirm?c=174899001234567" style="background:#ff9900;padding:8px">Confirm merge</a></p>
<p>AWS Training and Certification Security Team</p></body></html>""")]))

# ---- 014 Amazon.co.jp shipping, Shift_JIS 8bit
w = date("2025-06-05 22:14:09", "+0900")
add("shipping", L("unrelated", False, None),
    "Amazon.co.jp shipping notice in Shift_JIS (8bit) with an order number; amazon domain but not AWS",
    [received(True, w, "a27-13.smtp-out.us-west-2.amazonses.com", "54.240.27.13"),
     ar_gmail("amazon.co.jp", mailfrom="bounce@amazon.co.jp", ip="54.240.27.13"),
     "From: Amazon.co.jp <shipment-tracking@amazon.co.jp>", "To: %s" % ME_P,
     hdr("Subject", "Amazon.co.jp ご注文の商品を発送しました", "shift_jis"),
     "Date: %s" % w, "Message-ID: %s" % M("amzn-ship", "amazon.co.jp")],
    leaf("text/plain", """森下 楓 様

Amazon.co.jp をご利用いただき、ありがとうございます。
ご注文の商品を発送しましたのでお知らせいたします。

注文番号: 250-4417283-9920517
お届け予定: 6月7日(土)
配送業者: ヤマト運輸  お問い合わせ伝票番号: 4521-9930-2817

配送状況は「注文履歴」からご確認いただけます。
またのご利用をお待ちしております。

Amazon.co.jp
""", charset="shift_jis", cte="8bit"))

# ---- 015 confirmation request A (Account #1 / #2), To personal Cc company
w = date("2025-06-06 07:45:30")
CONF_A_TXT = """Hello Kaede,

Good news: the AWS Partner Network team has released your former company
profile, so the merge can go ahead.

I found two certification accounts under your name:

Account #1
Login email: kaede.morishita.k@gmail.com
Training notification email: kaede.morishita.k@gmail.com
Certification notification email: kaede.morishita.k@gmail.com
Candidate ID: %s

Account #2
Login email: k-morishita@hoshizora-tech.co.jp
Training notification email: k-morishita@hoshizora-tech.co.jp
Certification notification email: k-morishita@hoshizora-tech.co.jp
Candidate ID: %s

After a merge only one login remains, and the exam history,
certifications and benefits of the other account are moved into it.
Which one should survive - Account #1?

Thanks,
Priya
AWS Training and Certification Customer Service
""" % (ID_ME, ID_OLD)
add("accounts", L("confirmation_request", True, CASE_A, [ID_ME, ID_OLD]),
    "Account #1/#2 listing; the ask is a short question at the end with no 'please' or 'confirm'; good news first",
    support_headers("A-conf", tc_subject(CASE_A), w, ME_P, cc=ME_C, in_reply=M("A-hold2"),
                    refs="%s %s %s" % (M("A-ack"), M("A-hold"), M("A-hold2"))),
    leaf("text/plain", CONF_A_TXT))

# ---- 016 Pearson VUE appointment with 9-digit registration ID
w = date("2025-06-06 10:02:17")
add("exam", L("unrelated", False, None),
    "Pearson VUE exam confirmation: 9-digit registration ID, instructions phrased as requests",
    [received(True, w, "mta3.pearson.com", "159.182.10.3"),
     ar_gmail("pearson.com", mailfrom="bounce@pearson.com", ip="159.182.10.3", policy="p=REJECT sp=REJECT dis=NONE"),
     "From: Pearson VUE <pearsonvueconfirmation@pearson.com>", "To: %s" % ME_P,
     "Subject: Confirmation of your AWS Certified Security - Specialty exam appointment",
     "Date: %s" % w, "Message-ID: %s" % M("pv-1", "pearson.com")],
    multipart("alternative", [
        leaf("text/plain", """Dear Kaede Morishita,

Thank you for scheduling with Pearson VUE.

Exam: SCS-C02 AWS Certified Security - Specialty
Date: Saturday, July 19, 2025, 10:00 JST
Location: Pearson Professional Centers - Tokyo Shinjuku
Registration ID: 412983375

Please arrive 30 minutes before your appointment and bring two forms of
identification. If you need to reschedule or cancel, do so at least 24
hours before the appointment through your AWS Certification account.

Pearson VUE
""", cte="qp"),
        leaf("text/html", """<html><body><p>Dear Kaede Morishita,</p><p>Thank you for scheduling with Pearson VUE.</p>
<table><tr><td>Exam</td><td>SCS-C02 AWS Certified Security - Specialty</td></tr><tr><td>Date</td><td>Saturday, July 19, 2025, 10:00 JST</td></tr>
<tr><td>Registration ID</td><td>412983375</td></tr></table>
<p>Please arrive 30 minutes before your appointment and bring two forms of identification.</p></body></html>""", cte="qp")]))

# ---- 017 owner's reply from the WRONG (company) address, Outlook style, CRLF, Cc manager
w = date("2025-06-07 09:05:48", "+0900")
REPLY_C_TXT = """Confirmed - go ahead and merge everything into Account #1 (the Gmail one).

Kaede Morishita
Hoshizora Tech Co., Ltd. | Cloud Infrastructure Group

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Friday, June 6, 2025 4:45 PM
To: kaede.morishita.k@gmail.com
Cc: Kaede Morishita <%s>
Subject: %s

%s""" % (TC, ME_C, tc_subject(CASE_A), CONF_A_TXT)
add("reply", L("user_reply", False, CASE_A),
    "Owner confirms from the company (wrong) address, Outlook top-post with -----Original Message----- above the quoted request, CRLF, manager in Cc",
    [received(False, w, "TYCPR01MB8812.jpnprd01.prod.outlook.com", "10.167.8.12"),
     "From: Kaede Morishita <%s>" % ME_C, "To: %s" % TC_FROM,
     hdr("Cc", "%s <%s>, %s" % (Header("田村 誠", "utf-8").encode(), MANAGER, ME_P)),
     "Subject: RE: " + tc_subject(CASE_A), "Date: %s" % w,
     "Message-ID: %s" % M("A-r2", "outlook"), "In-Reply-To: %s" % M("A-conf"),
     "References: %s %s" % (M("A-hold2"), M("A-conf")), "Thread-Index: AdvXq3c1k9Zb2m1xQbOqL0yq8jHq4w==",
     "X-MS-Exchange-Organization-AuthAs: Internal"],
    leaf("text/plain", REPLY_C_TXT, cte="qp"), crlf=True)

# ---- 018 manager's out-of-office, Japanese ISO-2022-JP, case number in subject
w = date("2025-06-07 09:05:59", "+0900")
add("auto", L("unrelated", False, None),
    "Manager's out-of-office auto-reply (ISO-2022-JP) whose subject carries the case number; asks to contact someone else",
    [received(False, w, "TYCPR01MB7710.jpnprd01.prod.outlook.com", "10.167.8.31"),
     "From: " + addr("田村 誠", MANAGER, "iso-2022-jp"), "To: Kaede Morishita <%s>" % ME_C,
     hdr("Subject", "自動応答: RE: " + tc_subject(CASE_A), "iso-2022-jp"), "Date: %s" % w,
     "Message-ID: %s" % M("ooo-1", "outlook"), "In-Reply-To: %s" % M("A-r2", "outlook"),
     "Auto-Submitted: auto-replied", "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent"],
    leaf("text/plain", """お疲れさまです。田村です。

6月9日(月)まで出張のため、メールの確認が遅れます。
お急ぎの場合は、インフラ部 代表アドレス infra@hoshizora-tech.co.jp まで
ご連絡ください。
""", charset="iso-2022-jp"))

# ---- 019 info_request: write again from the personal address; top-posted above Outlook quote
w = date("2025-06-07 03:31:04")
INFO_A_TXT = """Hi Kaede,

Thanks for the quick answer. One snag: this confirmation came from
k-morishita@hoshizora-tech.co.jp, which is the account being retired. For
security reasons the go-ahead has to come from the address of the account
that is being kept. Send the same confirmation from
kaede.morishita.k@gmail.com on this thread and I will run the merge
straight away.

Priya
AWS Training and Certification Customer Service
"""
add("address", L("info_request", True, CASE_A),
    "Wrong-address reply: support needs the confirmation again from the personal address; imperative without 'please', top-posted above the owner's quoted 'Confirmed' and the older quoted request",
    support_headers("A-info", tc_subject(CASE_A), w, ME_C, cc=ME_P, personal=False,
                    in_reply=M("A-r2", "outlook"), refs="%s %s" % (M("A-conf"), M("A-r2", "outlook"))),
    leaf("text/plain", INFO_A_TXT + "\n--------------- Original Message ---------------\nFrom: Kaede Morishita [%s]\nSent: 6/7/2025 12:05 AM\nTo: %s\nSubject: RE: %s\n\n%s\n" % (
        ME_C, TC, tc_subject(CASE_A), quote(REPLY_C_TXT)), cte="qp"))

# ---- 020 newsletter
w = date("2025-06-07 06:00:12")
add("digest", L("unrelated", False, None),
    "Weekly tech newsletter mentioning AWS certification news and a 'reply to this email' invitation",
    [received(True, w, "mail.cloudweekly.dev", "198.2.180.14"),
     ar_gmail("cloudweekly.dev", mailfrom="bounce@mcsv.net", ip="198.2.180.14", policy="p=NONE sp=NONE dis=NONE"),
     "From: Cloud Weekly <digest@cloudweekly.dev>", "To: %s" % ME_P,
     "Subject: Cloud Weekly #287: new AWS certification exams, Lambda pricing, and more",
     "Date: %s" % w, "Message-ID: %s" % M("nl-287", "cloudweekly.dev"),
     "List-Unsubscribe: <https://cloudweekly.dev/u?e=x>"],
    leaf("text/plain", """CLOUD WEEKLY #287

1. AWS retires two certification exams and announces a new one
   The changes take effect in September; candidates who hold the retiring
   certifications keep them until their normal expiry date.

2. Lambda tiered pricing explained
3. Merging Terraform state files without tears

Got a tip? Just reply to this email, we read everything.

You are receiving this because you subscribed at cloudweekly.dev.
"""))

# ---- 021 Jira
w = date("2025-06-08 23:41:30")
add("jira", L("unrelated", False, None),
    "Jira assignment in the company mailbox about handing over an AWS account (12-digit account ID) before leaving; request-like",
    [received(False, w, "mail-us-east-2.atlassian.net", "18.217.13.50"),
     ar_o365("hoshizora.atlassian.net", mailfrom="bounces.atlassian.net", ip="18.217.13.50"),
     "From: Hiroshi Ueda (Jira) <jira@hoshizora.atlassian.net>", "To: %s" % ME_C,
     "Subject: [JIRA] (INFRA-2291) Hand over ownership of AWS account 210987654321 before last day",
     "Date: %s" % w, "Message-ID: <JIRA.88123.1749426090000@Atlassian.JIRA>"],
    leaf("text/plain", """Hiroshi Ueda assigned INFRA-2291 to Kaede Morishita

Hand over ownership of AWS account 210987654321 before last day
Issue Type: Task   Priority: High   Due: 27/Jun/25

Please move the root e-mail and MFA of account 210987654321 to the team
alias and update this ticket when done.

View issue: https://hoshizora.atlassian.net/browse/INFRA-2291
"""))

# ---- 022 closing notice A, base64
w = date("2025-06-10 10:00:21")
CLOSE_A_TXT = """Hello,

I am following up on case %s. We are still waiting for the
merge confirmation from the address of the account you are keeping, and
without it the merge cannot go ahead.

If we have not heard from you by June 13, the case will be closed
automatically. Any reply on this thread before then keeps it open, and a
reply after it closes will reopen it.

Regards,
Tomás R.
AWS Training and Certification Customer Service
""" % CASE_A
add("follow-up", L("closing_notice", True, CASE_A),
    "Closing notice in base64 (UTF-8); the ask is implied by 'still waiting' and the date; no question mark",
    support_headers("A-close", tc_subject(CASE_A), w, ME_P, in_reply=M("A-info"),
                    refs="%s %s" % (M("A-conf"), M("A-info"))),
    leaf("text/plain", CLOSE_A_TXT, cte="b64"))

# ---- 023 owner's confirmation from personal address, subject edited (no case token), threaded by headers only
w = date("2025-06-10 22:40:05", "+0900")
add("reply", L("user_reply", False, CASE_A),
    "Owner's confirmation whose subject was edited and no longer has [CASE ...]; no quote; only In-Reply-To/References link it to the case",
    [received(True, w, "mail-sor-f41.google.com", "209.85.220.41"),
     ar_gmail("gmail.com", mailfrom=ME_P, ip="209.85.220.41", policy="p=NONE sp=QUARANTINE dis=NONE"),
     "From: %s <%s>" % (ME_NAME, ME_P), "To: %s" % TC_FROM,
     "Subject: Re: merge confirmation (from the Gmail address)", "Date: %s" % w,
     "Message-ID: %s" % M("A-r3", "gmail"), "In-Reply-To: %s" % M("A-close"),
     "References: %s %s %s %s" % (M("A-ack"), M("A-conf"), M("A-info"), M("A-close"))],
    leaf("text/plain", """Hello Tomás,

Confirmed from my personal address: go ahead and merge into Account #1
(kaede.morishita.k@gmail.com). Sorry for the delay, I was travelling.

Kaede
"""))

# ---- 024 resolved A, with quoted older request below
w = date("2025-06-11 00:10:44")
RES_A_TXT = """Hello Kaede,

Thanks for confirming. Both profiles are now merged, and everything sits
under kaede.morishita.k@gmail.com (%s): exam history, active
certifications and your remaining exam benefit. The old login
k-morishita@hoshizora-tech.co.jp no longer works for certification.

Credly badges can take up to a day to show up under the new profile. No
further action is needed on your side.

If something looks off after you sign in, reply here and we will take
another look.

Best regards,
Priya
AWS Training and Certification Customer Service
""" % ID_ME
add("done", L("resolved", False, CASE_A, [ID_ME]),
    "Merge completed; conditional 'reply here if something looks off'; the old Account #1/#2 request and a second candidate ID are quoted below",
    support_headers("A-res", tc_subject(CASE_A), w, ME_P, in_reply=M("A-r3", "gmail"),
                    refs="%s %s %s" % (M("A-conf"), M("A-close"), M("A-r3", "gmail"))),
    multipart("alternative", [
        leaf("text/plain", RES_A_TXT + "\n---------- Previous messages ----------\nOn 6/10/2025 Kaede Morishita wrote:\n> Confirmed from my personal address: go ahead and merge into Account #1\n\nOn 6/6/2025 Priya wrote:\n" + quote(CONF_A_TXT) + "\n", cte="qp"),
        leaf("text/html", "<html><body>" + "".join("<p>%s</p>" % p.replace("\n", " ") for p in RES_A_TXT.split("\n\n")) +
             "<hr><div style=\"color:#666\"><p>On 6/6/2025 Priya wrote:</p><blockquote>" + CONF_A_TXT.replace("\n", "<br>") +
             "</blockquote></div></body></html>", cte="qp")]))

# ---- 025 Credly badge
w = date("2025-06-11 00:31:10")
add("badge", L("badge", False, None),
    "Credly badge mail right after the merge; call-to-action 'Accept your badge'",
    [received(True, w, "o1.email.credly.com", "167.89.100.4"),
     ar_gmail("credly.com", mailfrom="bounces@email.credly.com", ip="167.89.100.4"),
     "From: Credly <admin@credly.com>", "To: %s" % ME_P,
     "Subject: Kaede, you have been issued a new badge: AWS Certified Solutions Architect - Associate",
     "Date: %s" % w, "Message-ID: %s" % M("credly-1", "credly.com")],
    multipart("alternative", [
        leaf("text/plain", """Hi Kaede,

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified Solutions Architect - Associate

Accept your badge to add it to your profile and share it:
https://www.credly.com/badges/3f1c9a2e-8b7d-4e0a-9c55-1d2e7f8a6b41/accept

Badges help you show what you know. Questions? Visit support.credly.com.

Credly, Inc.
"""),
        leaf("text/html", """<html><body><p>Hi Kaede,</p><p><b>Amazon Web Services Training and Certification</b> has issued you a badge:</p>
<h3>AWS Certified Solutions Architect - Associate</h3>
<p><a href="https://www.credly.com/badges/3f1c9a2e-8b7d-4e0a-9c55-1d2e7f8a6b41/accept">Accept your badge</a></p></body></html>""")]))

# ---- 026 Credly badge, HTML-only base64
w = date("2025-06-11 00:31:52")
add("badge", L("badge", False, None),
    "Second Credly badge, HTML-only and base64-encoded; badge UUID in link",
    [received(True, w, "o1.email.credly.com", "167.89.100.4"),
     ar_gmail("credly.com", mailfrom="bounces@email.credly.com", ip="167.89.100.4"),
     "From: Credly <admin@credly.com>", "To: %s" % ME_P,
     "Subject: Your badge is waiting: AWS Certified Developer - Associate",
     "Date: %s" % w, "Message-ID: %s" % M("credly-2", "credly.com")],
    leaf("text/html", """<!DOCTYPE html><html><body style="font-family:Helvetica,Arial">
<table width="600" align="center"><tr><td>
<p>Hi Kaede,</p>
<p>Your badge from <b>Amazon Web Services Training and Certification</b> is ready.</p>
<table style="border:1px solid #ddd"><tr><td><img src="https://images.credly.com/size/110x110/images/dva.png" alt=""></td>
<td><b>AWS Certified Developer - Associate</b><br>Issued: June 11, 2025</td></tr></table>
<p><a href="https://www.credly.com/badges/9a0b77c1-52e4-4f3e-bd12-6e0f4c1a2d93/accept" style="background:#ff6b00;color:#fff;padding:10px">Claim badge</a></p>
<p style="font-size:11px;color:#888">You received this email because an organization issued you a badge on Credly.</p>
</td></tr></table></body></html>""", cte="b64"))

# ---- 027 survey A
w = date("2025-06-11 12:00:03")
add("feedback", L("survey", False, CASE_A),
    "Satisfaction survey for the main case; polite request to rate (not a reply to support)",
    support_headers("A-survey", "How did we do? Feedback on case %s" % CASE_A, w, ME_P),
    multipart("alternative", [
        leaf("text/plain", """Hello,

Your recent case with AWS Training and Certification (%s) was
marked as resolved. Would you take two minutes to tell us how it went?

How satisfied were you with the support you received?
https://survey.aws.training/s/tc-cs?case=%s

Your answers go straight to the team and help us improve.

AWS Training and Certification
""" % (CASE_A, CASE_A)),
        leaf("text/html", """<html><body><p>Your recent case with AWS Training and Certification (%s) was marked as resolved. Would you take two minutes to tell us how it went?</p>
<p>How satisfied were you with the support you received?</p>
<p><a href="https://survey.aws.training/s/tc-cs?case=%s&amp;r=5">Very satisfied</a> | <a href="https://survey.aws.training/s/tc-cs?case=%s&amp;r=1">Not satisfied</a></p></body></html>""" % (CASE_A, CASE_A, CASE_A))]))

# ---- 028 certmetrics feedback invitation
w = date("2025-06-12 16:20:44")
add("program", L("certification", False, None, [ID_ME]),
    "CertMetrics feedback invitation about the certification program ('we want to hear from you'); asks for participation; candidate ID",
    [received(True, w, "mta12.certmetrics.com", "52.12.77.10"),
     ar_gmail("certmetrics.com", mailfrom="bounces@certmetrics.com", ip="52.12.77.10"),
     "From: AWS Certification <do-not-reply@certmetrics.com>", "To: %s" % ME_P,
     "Subject: Your opinion counts: help shape AWS Certification",
     "Date: %s" % w, "Message-ID: %s" % M("cm-fb", "certmetrics.com")],
    leaf("text/plain", """Hello Kaede,

As an AWS Certified individual (candidate ID AWS09931460), you are invited
to join a short study on how we design our exams and benefits.

Could you spare 10 minutes? Start here:
https://www.certmetrics.com/amazon/candidate/survey.aspx?id=7741

Thank you for helping us make AWS Certification better.
AWS Certification
""", cte="qp"))

# ---- 029 GitHub review requested
w = date("2025-06-12 23:02:10")
add("github", L("unrelated", False, None),
    "GitHub review request (a request, but not from support)",
    [received(True, w, "out-25.smtp.github.com", "192.30.252.208"),
     ar_gmail("github.com", mailfrom="noreply@github.com", ip="192.30.252.208"),
     "From: Mei Aoki <notifications@github.com>", "To: kaede-m/dotfiles <dotfiles@noreply.github.com>",
     "Cc: Review requested <review_requested@noreply.github.com>",
     "Subject: [kaede-m/dotfiles] Add zsh completion for aws cli v2 (PR #37)",
     "Date: %s" % w, "Message-ID: <kaede-m/dotfiles/pull/37@github.com>"],
    leaf("text/plain", """@mei-aoki requested your review on: kaede-m/dotfiles#37 Add zsh completion for aws cli v2.

Could you take a look when you have time? Tested on macOS only.

--
Reply to this email directly, view it on GitHub:
https://github.com/kaede-m/dotfiles/pull/37
"""))

# ---- 030 Credly lookalike phishing
w = date("2025-06-12 23:30:30")
add("badge-alert", L("suspicious", False, None),
    "Phishing from a Credly lookalike domain (credly-notify.com) about badge revocation; asks to verify the certification account",
    [received(True, w, "smtp.credly-notify.com", "45.137.21.9"),
     ar_gmail("credly-notify.com", mailfrom="info@credly-notify.com", ip="45.137.21.9", policy="p=NONE sp=NONE dis=NONE"),
     "From: Credly Badges <badges@credly-notify.com>", "To: %s" % ME_P,
     "Subject: Your AWS badges will be revoked - verify your certification account",
     "Date: %s" % w, "Message-ID: %s" % M("phish-2", "credly-notify.com")],
    leaf("text/html", """<html><body><p>Hi Kaede,</p>
<p>Because your AWS certification accounts were recently merged, your Amazon Web Services badges must be re-verified. Badges that are not re-verified within 48 hours will be revoked.</p>
<p><a href="https://credly-notify.com/verify?u=kaede">Verify my account</a></p>
<p>Credly Trust &amp; Safety</p></body></html>""", cte="qp"))

# ---- 031 console acknowledgement C
w = date("2025-06-13 01:55:12")
CONSOLE_FOOT = """
To see the case or add a reply, open the AWS Support Center:
%s

Replies to this message are not delivered: the sending address does not
accept incoming mail.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
""" % (CONSOLE_URL % CASE_C)
add("support-case", L("acknowledgement", False, CASE_C),
    "Console 'New Support case' acknowledgement (11-digit case) with a 12-digit [AWS ID] that is not a case number; no-reply footer",
    [received(True, w), ar_gmail("amazon.com"),
     "From: Amazon Web Services <%s>" % NOREPLY, "To: %s" % ME_P,
     "Subject: Amazon Web Services: New Support case: %s" % CASE_C,
     "Date: %s" % w, "Message-ID: %s" % M("C-ack")],
    leaf("text/plain", """Dear Amazon Web Services customer,

We have received your request and opened the following case:

Case ID: %s
Subject: Move Skill Builder Team subscription seat to personal account
Severity: General guidance
Service: AWS Skill Builder
Category: Subscription
AWS account: [AWS ID 408812349977]

An AWS Support representative will reply within the response time of your
support plan.
%s""" % (CASE_C, CONSOLE_FOOT)))

# ---- 032 console info request with feedback footer
w = date("2025-06-13 08:20:41")
CONS_INFO_TXT = """Hello,

Thank you for contacting AWS Support.

Skill Builder Team subscriptions belong to the organization that bought
them, so a seat cannot be moved to a personal account as such. What we can
do is check whether the remaining time qualifies for a credit on an
individual subscription.

To look this up I need two things: the order number shown on your Skill
Builder receipt (it starts with SB-) and the email address of the team
administrator at Hoshizora Tech. Add them as a reply on the case in the
Support Center.

Best regards,
Sven K.
Amazon Web Services

Your feedback matters to us. You can rate this reply with the stars at the
top right of the correspondence in the AWS Support Center.
"""
add("support-case", L("info_request", True, CASE_C),
    "Console case asks for an order number and an admin address, to be answered in the Support Center; rating footer after the ask",
    [received(True, w), ar_gmail("amazon.com"),
     "From: Amazon Web Services <%s>" % NOREPLY, "To: %s" % ME_P,
     "Subject: RE:[CASE %s] Move Skill Builder Team subscription seat to personal account" % CASE_C,
     "Date: %s" % w, "Message-ID: %s" % M("C-info")],
    leaf("text/plain", CONS_INFO_TXT + CONSOLE_FOOT, cte="qp"))

# ---- 033 bounce: owner replied by email to the console no-reply address
w = date("2025-06-13 12:02:55")
BOUNCED = ("From: Kaede Morishita <%s>\nTo: Amazon Web Services <%s>\nSubject: Re: RE:[CASE %s] Move Skill Builder Team subscription seat to personal account\n"
           "Date: Fri, 13 Jun 2025 21:02:51 +0900\nMessage-ID: %s\nContent-Type: text/plain; charset=\"UTF-8\"\n\n"
           "Hi Sven,\n\nOrder number is SB-88214-3071, team admin is it-admin@hoshizora-tech.co.jp.\n\nKaede\n") % (ME_P, NOREPLY, CASE_C, M("C-mail", "gmail"))
add("delivery", L("unrelated", False, None),
    "Gmail bounce for the owner's email reply to the console no-reply address; quoted subject carries the case number",
    [received(True, w, "mail-sor-f69.google.com", "209.85.220.69"),
     "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "To: %s" % ME_P,
     "Subject: Delivery Status Notification (Failure)", "Date: %s" % w,
     "Message-ID: %s" % M("bounce-1", "mx.google.com"), "Auto-Submitted: auto-replied"],
    multipart("report", [
        leaf("text/plain", """** Address not found **

Your message wasn't delivered to no-reply-aws@amazon.com because the
address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox does not accept incoming mail
"""),
        raw_part("Content-Type: message/delivery-status", b"Reporting-MTA: dns; googlemail.com\n\nFinal-Recipient: rfc822; no-reply-aws@amazon.com\nAction: failed\nStatus: 5.1.1\n"),
        raw_part("Content-Type: message/rfc822", BOUNCED.encode())], extra_ct="; report-type=delivery-status"))

# ---- 034 console closing notice
w = date("2025-06-16 09:01:30")
add("support-case", L("closing_notice", True, CASE_C),
    "Console auto-resolve warning: answer in the Support Center or the case moves to Resolved; no 'close' word",
    [received(True, w), ar_gmail("amazon.com"),
     "From: Amazon Web Services <%s>" % NOREPLY, "To: %s" % ME_P,
     "Subject: RE:[CASE %s] Move Skill Builder Team subscription seat to personal account" % CASE_C,
     "Date: %s" % w, "Message-ID: %s" % M("C-close")],
    leaf("text/plain", """Hello,

We have not seen a reply on this case since we asked for the Skill Builder
order number and the team administrator's address. If we can still help,
answer through the Support Center link below. Otherwise the case will move
to Resolved in about three days without further notice.

Regards,
Amazon Web Services

Your feedback matters to us. You can rate this reply with the stars at the
top right of the correspondence in the AWS Support Center.
""" + CONSOLE_FOOT))

# ---- 035 free tier alert
w = date("2025-06-16 21:44:18")
add("usage", L("unrelated", False, None),
    "AWS Free Tier usage alert with 12-digit account ID; recommends action but no case",
    [received(True, w), ar_gmail("amazon.com"),
     "From: AWS Free Tier <freetier@costalerts.amazonaws.com>", "To: %s" % ME_P,
     "Subject: AWS Free Tier limit alert", "Date: %s" % w, "Message-ID: %s" % M("ft-1")],
    leaf("text/plain", """Hello,

Your AWS account 408812349977 has exceeded 85% of the usage limit for one or
more AWS Free Tier offers this month:

  Amazon EC2  750 Hrs  used 652.0 Hrs  (86.9%%)

We recommend you review your usage on the Billing console to avoid charges.

Thank you for using Amazon Web Services.
""".replace("%%", "%")))

# ---- 036 console resolved
w = date("2025-06-17 04:12:07")
add("support-case", L("resolved", False, CASE_C),
    "Console case resolved after the owner answered in the Support Center; conditional 'reopen within 14 days'; rating footer",
    [received(True, w), ar_gmail("amazon.com"),
     "From: Amazon Web Services <%s>" % NOREPLY, "To: %s" % ME_P,
     "Subject: RE:[CASE %s] Move Skill Builder Team subscription seat to personal account" % CASE_C,
     "Date: %s" % w, "Message-ID: %s" % M("C-res")],
    leaf("text/plain", """Hello Kaede,

Thanks for the order number. The Skill Builder team confirmed that the
unused part of your team seat qualifies, and a credit of one month has been
added to the individual subscription on [AWS ID 408812349977]. You will see
it on your next invoice.

I am setting this case to Resolved. If you need anything else on this
topic, you can reopen it from the Support Center within 14 days.

Best regards,
Sven K.
Amazon Web Services

Your feedback matters to us. You can rate this reply with the stars at the
top right of the correspondence in the AWS Support Center.
""" + CONSOLE_FOOT, cte="qp"))

# ---- 037 acknowledgement D, Japanese ISO-2022-JP
w = date("2025-06-18 01:03:29")
add("form-ack", L("acknowledgement", False, CASE_D),
    "Japanese acknowledgement (ISO-2022-JP, 10-digit case) restating the request; asks not to resubmit; conditional ございましたら",
    support_headers("D-ack", tc_subject(CASE_D), w, ME_P, charset="iso-2022-jp"),
    leaf("text/plain", """森下 楓 様

このたびは AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
お問い合わせはケース %s として承りました。

【お問い合わせ内容】
お問い合わせタイプ: 認定
その他の詳細: デジタルバッジ
内容: 統合後の認定アカウントで新しく取得した認定が Credly に表示されない。
同じメールアドレスでもう一つアカウントを作ってしまった可能性がある。

担当者が内容を確認のうえ、原則 24 時間以内にご連絡いたします。
同じ内容で新しくお問い合わせを作成されますと、対応が遅れる場合がございます。

追加の情報がございましたら、このメールへの返信でお知らせください。

AWS トレーニングと認定 カスタマーサービス
""" % CASE_D, charset="iso-2022-jp"))

# ---- 038 Builder ID sign-in code, Japanese, login.awsapps.com
w = date("2025-06-18 05:30:02")
add("code", L("unrelated", False, None),
    "Japanese Builder ID sign-in code (6 digits) from no-reply@login.awsapps.com; base64 UTF-8",
    [received(True, w), ar_gmail("login.awsapps.com", mailfrom="bounce@login.awsapps.com"),
     "From: AWS Builder ID <no-reply@login.awsapps.com>", "To: %s" % ME_P,
     hdr("Subject", "AWS Builder ID の確認コード"), "Date: %s" % w, "Message-ID: %s" % M("bid-2", "login.awsapps.com")],
    leaf("text/plain", """こんにちは

AWS Builder ID へのサインインを完了するには、次の確認コードを入力してください。

確認コード: 702419

このコードの有効期限は 10 分です。心当たりがない場合は、このメールを無視してください。

Amazon Web Services
""", cte="b64"))

# ---- 039 info_request D, Japanese keigo, Shift_JIS, ask buried
w = date("2025-06-19 02:02:40")
INFO_D_TXT = """森下 楓 様

AWS トレーニングと認定 カスタマーサービスの小林でございます。
お問い合わせいただいた Credly のバッジの件について確認いたしました。

Credly のバッジは、認定アカウントごとに発行されております。そのため、
同じメールアドレスで認定アカウントが複数存在する場合、新しく取得された
認定が別のアカウント側に記録され、Credly に表示されないことがございます。
今回も、この状況に当てはまる可能性が高いと考えております。

調査を進めるにあたり、お手数ではございますが、お客様が確認できる
AWS 候補 ID (AWS から始まる番号) をすべてお知らせいただけますでしょうか。
候補 ID は、認定アカウントにサインインすると画面右上に表示されます。

なお、調査が終わるまで Credly アカウントの削除などはお控えください。

何卒よろしくお願い申し上げます。

小林 愛子
AWS トレーニングと認定 カスタマーサービス
"""
add("question", L("info_request", True, CASE_D),
    "Japanese keigo request for candidate IDs (〜いただけますでしょうか) buried after an explanation; Shift_JIS 8bit; an 'AWS' prefix mention that is not an ID",
    support_headers("D-info", tc_subject(CASE_D), w, ME_P, in_reply=M("D-ack"), refs=M("D-ack"), charset="shift_jis"),
    leaf("text/plain", INFO_D_TXT, charset="shift_jis", cte="8bit"))

# ---- 040 owner replies with IDs (Japanese)
w = date("2025-06-19 21:15:33", "+0900")
add("reply", L("user_reply", False, CASE_D, [ID_ME, ID_DUP]),
    "Owner's Japanese reply listing two candidate IDs; Gmail quote with Japanese header",
    [received(True, w, "mail-sor-f41.google.com", "209.85.220.41"),
     ar_gmail("gmail.com", mailfrom=ME_P, ip="209.85.220.41", policy="p=NONE sp=QUARANTINE dis=NONE"),
     "From: " + addr(ME_NAME_JA, ME_P), "To: %s" % TC_FROM,
     "Subject: Re: " + tc_subject(CASE_D), "Date: %s" % w,
     "Message-ID: %s" % M("D-r1", "gmail"), "In-Reply-To: %s" % M("D-info"),
     "References: %s %s" % (M("D-ack"), M("D-info"))],
    leaf("text/plain", """小林様

ご確認ありがとうございます。確認できた候補IDは次の2つです。

・%s（普段使っているアカウント）
・%s（先月、誤って作ってしまったと思われるもの）

どちらも kaede.morishita.k@gmail.com で登録されています。
よろしくお願いいたします。

森下

2025年6月19日(木) 11:02 AWS Training and Certification <%s>:

%s
""" % (ID_ME, ID_DUP, TC, quote(INFO_D_TXT)), cte="qp"))

# ---- 041 confirmation_request D: HTML-only table, Japanese
w = date("2025-06-20 03:44:10")
add("accounts", L("confirmation_request", True, CASE_D, [ID_ME, ID_DUP]),
    "HTML-only Japanese confirmation request with an account table (both accounts share one login email); ask is 〜のほどよろしくお願いいたします",
    support_headers("D-conf", tc_subject(CASE_D), w, ME_P, in_reply=M("D-r1", "gmail"),
                    refs="%s %s %s" % (M("D-ack"), M("D-info"), M("D-r1", "gmail"))),
    leaf("text/html", """<html><head><meta charset="utf-8"></head><body style="font-family:'Meiryo',sans-serif">
<p>森下 楓 様</p>
<p>候補 ID のご連絡ありがとうございます。以下の 2 つの認定アカウントを確認いたしました。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th></th><th>アカウント #1</th><th>アカウント #2</th></tr>
<tr><td>候補 ID</td><td>%s</td><td>%s</td></tr>
<tr><td>ログインメール</td><td>kaede.morishita.k@gmail.com</td><td>kaede.morishita.k@gmail.com</td></tr>
<tr><td>認定通知メール</td><td>kaede.morishita.k@gmail.com</td><td>kaede.morishita.k@gmail.com</td></tr>
<tr><td>保有認定</td><td>SAA, DVA, CLF</td><td>SOA (2025-05-24 取得)</td></tr>
</table>
<p>アカウント #1 を残し、アカウント #2 の記録を #1 に統合する形でよろしいでしょうか。統合後は元に戻すことができません。</p>
<p>内容に相違がなければ、その旨を本メールにご返信くださいますよう、よろしくお願いいたします。</p>
<p>小林 愛子<br>AWS トレーニングと認定 カスタマーサービス</p>
</body></html>""" % (ID_ME, ID_DUP), cte="qp"))

# ---- 042 owner confirms (Japanese)
w = date("2025-06-20 13:05:51", "+0900")
add("reply", L("user_reply", False, CASE_D, [ID_ME]),
    "Owner's short Japanese confirmation; quoted HTML table rendered as text below",
    [received(True, w, "mail-sor-f41.google.com", "209.85.220.41"),
     ar_gmail("gmail.com", mailfrom=ME_P, ip="209.85.220.41", policy="p=NONE sp=QUARANTINE dis=NONE"),
     "From: " + addr(ME_NAME_JA, ME_P), "To: %s" % TC_FROM,
     "Subject: Re: " + tc_subject(CASE_D), "Date: %s" % w,
     "Message-ID: %s" % M("D-r2", "gmail"), "In-Reply-To: %s" % M("D-conf"),
     "References: %s %s %s" % (M("D-info"), M("D-r1", "gmail"), M("D-conf"))],
    multipart("alternative", [
        leaf("text/plain", """小林様

はい、アカウント #1（%s）を残して統合してください。

森下

2025年6月20日(金) 12:44 AWS Training and Certification <%s>:
> 森下 楓 様
> 候補 ID のご連絡ありがとうございます。以下の 2 つの認定アカウントを確認いたしました。
> 候補 ID %s %s
> アカウント #1 を残し、アカウント #2 の記録を #1 に統合する形でよろしいでしょうか。
> 内容に相違がなければ、その旨を本メールにご返信くださいますよう、よろしくお願いいたします。
""" % (ID_ME, TC, ID_ME, ID_DUP)),
        leaf("text/html", """<div dir="ltr">小林様<br><br>はい、アカウント #1（%s）を残して統合してください。<br><br>森下</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">2025年6月20日(金) 12:44 AWS Training and Certification &lt;%s&gt;:<br></div><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">アカウント #1 を残し、アカウント #2 (%s) の記録を #1 に統合する形でよろしいでしょうか。</blockquote></div>""" % (ID_ME, TC, ID_DUP))]))

# ---- 043 case_update D (Japanese), conditional ご返信
w = date("2025-06-20 07:18:22")
add("progress", L("case_update", False, CASE_D),
    "Japanese progress note (work handed to another team, ETA) with a conditional 〜ございましたら…ご返信ください",
    support_headers("D-upd", tc_subject(CASE_D), w, ME_P, in_reply=M("D-r2", "gmail"),
                    refs="%s %s" % (M("D-conf"), M("D-r2", "gmail"))),
    leaf("text/plain", """森下 様

ご確認いただき、ありがとうございます。
統合作業を担当チームに依頼いたしました。完了までは 2〜3 営業日ほど
お時間を頂戴する見込みです。完了しましたら、改めてご連絡いたします。

ご不明な点がございましたら、本メールにご返信ください。

小林
AWS トレーニングと認定 カスタマーサービス
""", cte="qp"))

# ---- 044 resolved D (Japanese), quoted earlier request
w = date("2025-06-23 05:40:09")
add("done", L("resolved", False, CASE_D, [ID_ME]),
    "Japanese completion notice; 'nothing further for you to do'; the earlier keigo request for IDs is quoted below",
    support_headers("D-res", tc_subject(CASE_D), w, ME_P, in_reply=M("D-r2", "gmail"),
                    refs="%s %s %s" % (M("D-info"), M("D-conf"), M("D-upd"))),
    leaf("text/plain", """森下 楓 様

お待たせいたしました。アカウント #2 の記録を、アカウント #1（%s）へ
統合する作業が完了いたしました。5 月に取得された SOA の認定も #1 に
表示されております。

Credly への反映には最大で 48 時間ほどかかる場合がございます。
本件について、お客様に追加でご対応いただくことはございません。

小林 愛子
AWS トレーニングと認定 カスタマーサービス

-----Original Message-----
From: AWS Training and Certification
Sent: 2025/06/19 11:02
Subject: %s

%s
""" % (ID_ME, tc_subject(CASE_D), quote(INFO_D_TXT)), cte="b64"))

# ---- 045 Credly badge after D
w = date("2025-06-23 09:02:40")
add("badge", L("badge", False, None),
    "Credly badge issued after the second merge; subject wording different from earlier badge mails",
    [received(True, w, "o1.email.credly.com", "167.89.100.4"),
     ar_gmail("credly.com", mailfrom="bounces@email.credly.com", ip="167.89.100.4"),
     "From: Credly <admin@credly.com>", "To: %s" % ME_P,
     "Subject: Congratulations! Amazon Web Services Training and Certification recognized your achievement",
     "Date: %s" % w, "Message-ID: %s" % M("credly-3", "credly.com")],
    leaf("text/plain", """Congratulations, Kaede!

You earned the AWS Certified SysOps Administrator - Associate badge from
Amazon Web Services Training and Certification.

Claim it, then share it on LinkedIn or add it to your email signature:
https://www.credly.com/badges/c1d2e3f4-0a1b-4c5d-8e9f-a0b1c2d3e4f5/accept

The Credly Team
"""))

# ---- 046 survey D (Japanese)
w = date("2025-06-23 12:00:00")
add("feedback", L("survey", False, CASE_D),
    "Japanese satisfaction survey with the case number in the subject; keigo request to answer a questionnaire",
    support_headers("D-survey", "アンケートご協力のお願い（ケース %s）" % CASE_D, w, ME_P),
    leaf("text/plain", """森下 楓 様

先日はAWS トレーニングと認定にお問い合わせいただき、ありがとうございました。
今後のサービス向上のため、ケース %s に関する簡単なアンケートに
ご回答いただけますと幸いです（所要時間 1 分程度）。

https://survey.aws.training/s/tc-cs-ja?case=%s

AWS トレーニングと認定
""" % (CASE_D, CASE_D), cte="qp"))

# ---- 047 owner reopens D (Japanese)
w = date("2025-06-24 08:30:17", "+0900")
add("reply", L("user_reply", False, CASE_D),
    "Owner writes back after resolution asking for another check (a request from the owner, not from support)",
    [received(True, w, "mail-sor-f41.google.com", "209.85.220.41"),
     ar_gmail("gmail.com", mailfrom=ME_P, ip="209.85.220.41", policy="p=NONE sp=QUARANTINE dis=NONE"),
     "From: " + addr(ME_NAME_JA, ME_P), "To: %s" % TC_FROM,
     "Subject: Re: " + tc_subject(CASE_D), "Date: %s" % w,
     "Message-ID: %s" % M("D-r3", "gmail"), "In-Reply-To: %s" % M("D-res"),
     "References: %s %s" % (M("D-conf"), M("D-res"))],
    leaf("text/plain", """小林様

統合ありがとうございました。バッジも表示されました。
ただ、2022年に受験したクラウドプラクティショナーの試験履歴が、
統合後のアカウントに見当たりません。もう一度ご確認いただけますでしょうか。

森下

2025年6月23日(月) 14:40 AWS Training and Certification <%s>:
> お待たせいたしました。アカウント #2 の記録を、アカウント #1 へ
> 統合する作業が完了いたしました。
""" % TC, cte="8bit"))

# ---- 048 case_update D: reopened (English)
w = date("2025-06-24 04:05:33")
add("reopened", L("case_update", False, CASE_D),
    "Reopened case: English agent writes on a Japanese case, news only",
    support_headers("D-reopen", tc_subject(CASE_D, "RE: [CASE"), w, ME_P, in_reply=M("D-r3", "gmail"),
                    refs="%s %s" % (M("D-res"), M("D-r3", "gmail"))),
    leaf("text/plain", """Hi Kaede,

I have reopened case %s and asked our records team to trace the
missing 2022 Cloud Practitioner exam. I will update this thread as soon as
they report back.

Daniel
AWS Training and Certification Customer Service
""" % CASE_D))

# ---- 049 info_request D: plain ください, UTF-8 8bit
w = date("2025-06-25 02:11:48")
INFO_D2_TXT = """森下さん

記録チームから、2022 年の受験時には別のメールアドレスが使われていた
可能性があると連絡がありました。

当時の受験日と、予約確認メールに載っている登録番号を教えてください。
分かる範囲で構いません。

小林
"""
add("question", L("info_request", True, CASE_D),
    "Short plain-form Japanese request (教えてください) in UTF-8 8bit",
    support_headers("D-info2", tc_subject(CASE_D), w, ME_P, in_reply=M("D-reopen"),
                    refs="%s %s" % (M("D-r3", "gmail"), M("D-reopen"))),
    leaf("text/plain", INFO_D2_TXT, cte="8bit"))

# ---- 050 connpass reminder
w = date("2025-06-25 09:00:00")
add("event", L("unrelated", False, None),
    "Japanese community event reminder asking to cancel if not attending",
    [received(True, w, "mail.connpass.com", "52.69.14.20"),
     ar_gmail("connpass.com", mailfrom="bounce@connpass.com", ip="52.69.14.20", policy="p=NONE sp=NONE dis=NONE"),
     "From: connpass <no-reply@connpass.com>", "To: %s" % ME_P,
     hdr("Subject", "【リマインド】JAWS-UG 東京 #61 が明日開催されます"),
     "Date: %s" % w, "Message-ID: %s" % M("cp-1", "connpass.com")],
    leaf("text/plain", """森下 楓 さん

参加登録しているイベント「JAWS-UG 東京 #61 認定資格 LT 大会」が明日開催されます。

日時: 2025/06/26(木) 19:00〜21:00
会場: 目黒セントラルスクエア

参加できなくなった場合は、他の方のために参加登録をキャンセルしてください。

connpass
""", cte="qp"))

# ---- 051 closing notice D (Japanese keigo)
w = date("2025-06-30 01:30:00")
add("reminder", L("closing_notice", True, CASE_D),
    "Japanese keigo closing notice (5 business days), replying keeps the case open; no explicit question",
    support_headers("D-close", tc_subject(CASE_D), w, ME_P, in_reply=M("D-info2"),
                    refs="%s %s" % (M("D-reopen"), M("D-info2"))),
    leaf("text/plain", """森下 楓 様

先日お送りしたご質問につきまして、まだご返信を確認できておりません。

このまま 5 営業日ご連絡がない場合は、本ケースをクローズさせていただきます。
引き続きの対応をご希望の場合は、本メールにご返信いただくだけでケースは
継続されます。

何卒よろしくお願いいたします。

小林 愛子
AWS トレーニングと認定 カスタマーサービス
""", charset="iso-2022-jp"))

# ---- 052 owner answers D
w = date("2025-06-30 22:12:09", "+0900")
add("reply", L("user_reply", False, CASE_D),
    "Owner's late Japanese answer with a 9-digit registration number and an older address; Gmail quote",
    [received(True, w, "mail-sor-f41.google.com", "209.85.220.41"),
     ar_gmail("gmail.com", mailfrom=ME_P, ip="209.85.220.41", policy="p=NONE sp=QUARANTINE dis=NONE"),
     "From: " + addr(ME_NAME_JA, ME_P), "To: %s" % TC_FROM,
     "Subject: Re: " + tc_subject(CASE_D), "Date: %s" % w,
     "Message-ID: %s" % M("D-r4", "gmail"), "In-Reply-To: %s" % M("D-close"),
     "References: %s %s %s" % (M("D-reopen"), M("D-info2"), M("D-close"))],
    leaf("text/plain", """小林様

返信が遅くなり申し訳ありません（退職の手続きでばたばたしていました）。
受験日は 2022年3月12日、登録番号は 398172640 です。
当時は前々職のアドレス %s を使っていたかもしれません。

森下

2025年6月25日(水) 11:11 AWS Training and Certification <%s>:

%s
""" % (OLD_OLD, TC, quote(INFO_D2_TXT)), cte="qp"))

# ---- 053 resolved D with survey footer
w = date("2025-07-01 06:45:30")
add("done", L("resolved", False, CASE_D, [ID_ME]),
    "Japanese completion with a rating/survey footer below the signature (footer asks, mail does not)",
    support_headers("D-res2", tc_subject(CASE_D), w, ME_P, in_reply=M("D-r4", "gmail"),
                    refs="%s %s" % (M("D-close"), M("D-r4", "gmail"))),
    multipart("alternative", [
        leaf("text/plain", """森下 楓 様

ご連絡ありがとうございました。いただいた登録番号から記録を特定し、
2022年3月12日の AWS Certified Cloud Practitioner の受験記録を
%s に移しました。試験履歴にも表示されていることを確認済みです。

以上で本件は完了となります。

小林 愛子
AWS トレーニングと認定 カスタマーサービス

--
今回の対応はいかがでしたか？ 以下のリンクから評価をお寄せください。
https://survey.aws.training/s/tc-cs-ja?case=%s
""" % (ID_ME, CASE_D), cte="qp"),
        leaf("text/html", """<html><body><p>森下 楓 様</p><p>ご連絡ありがとうございました。いただいた登録番号から記録を特定し、2022年3月12日の AWS Certified Cloud Practitioner の受験記録を %s に移しました。試験履歴にも表示されていることを確認済みです。</p>
<p>以上で本件は完了となります。</p><p>小林 愛子<br>AWS トレーニングと認定 カスタマーサービス</p>
<hr><p style="font-size:small">今回の対応はいかがでしたか？ <a href="https://survey.aws.training/s/tc-cs-ja?case=%s">評価する</a></p></body></html>""" % (ID_ME, CASE_D), cte="qp")]))

# ---- 054 other vendor "case closed"
w = date("2025-07-01 08:22:14")
add("vendor", L("unrelated", False, None),
    "Another vendor's support case closed for lack of reply ('reply to reopen'); looks like a closing notice but not AWS",
    [received(True, w, "mail.nimbusbackup.io", "34.201.8.77"),
     ar_gmail("nimbusbackup.io", mailfrom="support@nimbusbackup.io", ip="34.201.8.77", policy="p=NONE sp=NONE dis=NONE"),
     "From: Nimbus Backup Support <support@nimbusbackup.io>", "To: %s" % ME_P,
     "Subject: [Case 00483921] Closed: Unable to restore snapshot to new volume",
     "Date: %s" % w, "Message-ID: %s" % M("nimbus-1", "nimbusbackup.io")],
    leaf("text/plain", """Hello Kaede,

We haven't heard back from you on case 00483921, so we have closed it.
If the problem is still there, reply to this email within 14 days and the
case will reopen automatically.

Nimbus Backup Support
"""))

# ---- 055 acknowledgement E, HTML-only table
w = date("2025-07-01 09:25:02")
add("form-ack", L("acknowledgement", False, CASE_E),
    "HTML-only acknowledgement laid out as a table (Case ID row), new case about benefits after the merge",
    support_headers("E-ack", tc_subject(CASE_E), w, ME_P),
    leaf("text/html", """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Thank you for contacting AWS Training and Certification. Your request has been received.</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><td><b>Case ID</b></td><td>%s</td></tr>
<tr><td><b>Inquiry type</b></td><td>Certification</td></tr>
<tr><td><b>Additional detail</b></td><td>Benefits</td></tr>
<tr><td><b>Status</b></td><td>Open</td></tr>
<tr><td><b>Description</b></td><td>After my accounts were merged (case %s) the 50%% exam voucher from my old account is missing.</td></tr>
</table>
<p>We usually answer within 24 hours. Submitting the same request again creates a second case and slows things down, so please use this thread instead.</p>
<p>AWS Training and Certification Customer Service</p>
</body></html>""" % (CASE_E, CASE_A), cte="qp"))

# ---- 056 case_update E, conditional invitation
w = date("2025-07-02 03:10:45")
UPD_E_TXT = """Hi Kaede,

I checked your merged profile, and you are right: the 50%% exam voucher
that was on the old Hoshizora Tech account did not come across with the
merge. That happens now and then when a benefit was issued through a
partner program.

I have escalated this to our benefits team. They normally respond within
three to five business days, and I will keep an eye on it.

If you have anything to add in the meantime, feel free to reply to this
email.

Leah M.
AWS Training and Certification Customer Service
""".replace("%%", "%")
add("progress", L("case_update", False, CASE_E),
    "Progress update (escalated, ETA) ending with an 'if you have anything to add, reply' invitation",
    support_headers("E-upd", tc_subject(CASE_E), w, ME_P, in_reply=M("E-ack"), refs=M("E-ack")),
    multipart("alternative", [
        leaf("text/plain", UPD_E_TXT),
        leaf("text/html", "<html><body>" + "".join("<p>%s</p>" % p.replace("\n", " ") for p in UPD_E_TXT.split("\n\n")) + "</body></html>")]))

# ---- 057 HR last-day mail, company mailbox, ISO-2022-JP
w = date("2025-06-26 01:00:00")
add("hr", L("unrelated", False, None),
    "Company HR last-day checklist (ISO-2022-JP): many requests (return PC, badge) and the mailbox shutdown date; internal mail",
    [received(False, w, "TYCPR01MB6620.jpnprd01.prod.outlook.com", "10.167.8.40"),
     "From: " + addr("総務部", "soumu@hoshizora-tech.co.jp", "iso-2022-jp"), "To: %s" % ME_C,
     hdr("Subject", "【ご案内】最終出社日のお手続きについて", "iso-2022-jp"), "Date: %s" % w,
     "Message-ID: %s" % M("hr-1", "outlook")],
    leaf("text/plain", """森下 楓 さん

総務部です。6月30日(月)の最終出社日に向けて、以下のお手続きをお願いします。

1. 貸与 PC・入館証・社用携帯の返却（30日 17:00 まで、総務部窓口）
2. 経費精算の締め（27日まで）
3. 社外サービスに登録している会社メールアドレスの変更

なお、会社のメールアカウントは 6月30日 18:00 をもって停止します。
ご不明な点は総務部までお問い合わせください。
""", charset="iso-2022-jp"))

# ---- 058 Skill Builder receipt
w = date("2025-07-02 12:00:31")
add("receipt", L("unrelated", False, None),
    "AWS Skill Builder subscription receipt from no-reply@aws.training; order number; no case",
    [received(True, w), ar_gmail("aws.training", mailfrom="bounce@aws.training"),
     "From: AWS Skill Builder <no-reply@aws.training>", "To: %s" % ME_P,
     "Subject: Your AWS Skill Builder subscription receipt",
     "Date: %s" % w, "Message-ID: %s" % M("sb-rcpt", "aws.training")],
    leaf("text/plain", """Hello Kaede,

Thank you for your purchase.

Order number: SB-90412-5520
Plan: AWS Skill Builder Individual (monthly)
Amount: USD 29.00 (credit applied: USD 29.00)
Billing period: July 2, 2025 - August 1, 2025

You can manage your subscription at any time from your Skill Builder
account settings.

AWS Training and Certification
"""))

# ---- 059 info_request E: HTML-only table, mixed news + ask
w = date("2025-07-04 06:02:10")
INFO_E_LINES = """Good news from the benefits team: the 50% exam voucher has been restored.
One entry still needs you: the AWS Certification SME Program lists your old Hoshizora Tech address as its contact, which is why it shows as Pending.
Do you want the SME Program contact switched to kaede.morishita.k@gmail.com? A yes or no on this thread is all we need; nothing changes until we hear from you."""
add("benefits", L("info_request", True, CASE_E),
    "HTML-only mail with a benefits table: good news first, then a yes/no question about something other than the merge",
    support_headers("E-info", tc_subject(CASE_E), w, ME_P, in_reply=M("E-upd"), refs="%s %s" % (M("E-ack"), M("E-upd"))),
    leaf("text/html", """<html><body style="font-family:Arial,sans-serif">
<p>Hi Kaede,</p>
<p>Good news from the benefits team: the 50% exam voucher has been restored. Here is what your profile shows now:</p>
<table border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse">
<tr style="background:#232f3e;color:#fff"><th>Benefit</th><th>Status</th><th>Valid until</th></tr>
<tr><td>50% exam discount voucher</td><td>Active</td><td>2026-01-31</td></tr>
<tr><td>Practice exam access</td><td>Active</td><td>2026-01-31</td></tr>
<tr><td>AWS Certification SME Program</td><td><b>Pending</b></td><td>-</td></tr>
</table>
<p>One entry still needs you: the SME Program lists your old Hoshizora Tech address as its contact, which is why it shows as Pending.</p>
<p>Do you want the SME Program contact switched to kaede.morishita.k@gmail.com? A yes or no on this thread is all we need; nothing changes until we hear from you.</p>
<p>Leah M.<br>AWS Training and Certification Customer Service</p>
</body></html>""", cte="qp"))

# ---- 060 genuine-looking mail with dmarc=fail
w = date("2025-07-04 20:05:39")
add("voucher", L("suspicious", False, None),
    "Spoofed From aws-cs-trainingcertification-form@amazon.com with a case-style subject (fake number) but dkim=fail, spf=softfail, dmarc=fail",
    [("Received: from vps-2291.hostkey.example (vps-2291.hostkey.example [185.234.72.19])\n        by mx.google.com with ESMTP id q9si771201pgb.88.2025\n        for <%s>; %s" % (ME_P, w)),
     ar_gmail("amazon.com", dkim="fail", spf="softfail", dmarc="fail", mailfrom="mailer@vps-2291.hostkey.example",
              ip="185.234.72.19", policy="p=QUARANTINE sp=QUARANTINE dis=QUARANTINE"),
     "From: %s" % TC_FROM, "Reply-To: benefits-desk@aws-training-benefits.support", "To: %s" % ME_P,
     "Subject: " + tc_subject("175139902278145"), "Date: %s" % w,
     "Message-ID: <20250704200539.7712@vps-2291.hostkey.example>"],
    leaf("text/plain", """Hello,

Following the recent merge of your certification accounts, the 50% exam
voucher attached to your profile has to be re-validated. Could you confirm
the card used for your last exam payment within 48 hours? Otherwise the
voucher will be cancelled.

Re-validate here: https://aws-training-benefits.support/voucher/confirm

Kind regards,
AWS Training and Certification Customer Service
""", cte="qp"))

# ---- 061 closing notice E (already closed)
w = date("2025-07-09 06:00:41")
CLOSE_E_TXT = """Hi Kaede,

Since we haven't had an answer about the SME Program contact address, I
have closed this case for now. It is not gone, though: a reply to this
message within the next 30 days reopens it with everything intact.

Leah M.
AWS Training and Certification Customer Service
"""
add("closed", L("closing_notice", True, CASE_E),
    "Closing notice in past tense (case already closed for no answer); reply reopens; no question, no 'please'",
    support_headers("E-close", tc_subject(CASE_E), w, ME_P, in_reply=M("E-info"), refs="%s %s" % (M("E-upd"), M("E-info"))),
    leaf("text/plain", CLOSE_E_TXT))

# ---- 062 owner answers E, top-posted over long quoted history
w = date("2025-07-10 08:03:12", "+0900")
add("reply", L("user_reply", False, CASE_E),
    "Owner top-posts over three levels of quoted support mail (including the yes/no question and the closing notice)",
    [received(True, w, "mail-sor-f41.google.com", "209.85.220.41"),
     ar_gmail("gmail.com", mailfrom=ME_P, ip="209.85.220.41", policy="p=NONE sp=QUARANTINE dis=NONE"),
     "From: %s <%s>" % (ME_NAME, ME_P), "To: %s" % TC_FROM,
     "Subject: Re: " + tc_subject(CASE_E), "Date: %s" % w,
     "Message-ID: %s" % M("E-r1", "gmail"), "In-Reply-To: %s" % M("E-close"),
     "References: %s %s %s %s" % (M("E-ack"), M("E-upd"), M("E-info"), M("E-close"))],
    leaf("text/plain", """Hi Leah,

Sorry for the slow reply, I was moving house. Yes, please switch the SME
Program contact to this Gmail address.

Thanks!
Kaede

On Wed, Jul 9, 2025 at 3:00 PM AWS Training and Certification <%s> wrote:

%s
>
> On Fri, Jul 4, 2025 at 3:02 PM AWS Training and Certification wrote:
>
%s
>>
>> On Wed, Jul 2, 2025 at 12:10 PM AWS Training and Certification wrote:
>>
%s
""" % (TC, quote(CLOSE_E_TXT), quote(INFO_E_LINES, ">> "), quote(UPD_E_TXT, ">>> ")), cte="qp"))

# ---- 063 case_update E: reopened, passed on
w = date("2025-07-10 02:14:50")
add("reopened", L("case_update", False, CASE_E),
    "Short note: case reopened and answer passed to another team; asks nothing",
    support_headers("E-upd2", tc_subject(CASE_E, "RE: [CASE"), w, ME_P, in_reply=M("E-r1", "gmail"),
                    refs="%s %s" % (M("E-close"), M("E-r1", "gmail"))),
    leaf("text/plain", """Thanks, Kaede. The case is open again and your answer is with the SME
Program team, who make the change on their side.

Leah
"""))

# ---- 064 resolved E, quoted question below
w = date("2025-07-11 03:30:05")
add("done", L("resolved", False, CASE_E),
    "Resolution that says nothing else is needed; the earlier yes/no question is quoted underneath",
    support_headers("E-res", tc_subject(CASE_E), w, ME_P, in_reply=M("E-upd2"), refs="%s %s" % (M("E-r1", "gmail"), M("E-upd2"))),
    leaf("text/plain", """Hi Kaede,

The SME Program contact is now kaede.morishita.k@gmail.com, and all three
benefits show as Active on your profile. Nothing else is needed from you,
so I am marking this case resolved.

Leah M.
AWS Training and Certification Customer Service

> From: AWS Training and Certification
> Sent: Friday, July 4, 2025
%s
""" % quote(INFO_E_LINES)))

# ---- 065 survey E
w = date("2025-07-11 15:00:09")
add("feedback", L("survey", False, CASE_E),
    "Survey with a one-question star rating; HTML+text; case number in body only",
    support_headers("E-survey", "Tell us about your recent experience with AWS Training and Certification", w, ME_P),
    multipart("alternative", [
        leaf("text/plain", """Hello,

We recently worked with you on case %s. On a scale from 1 to 5,
how easy was it to get your issue resolved?

Answer here: https://survey.aws.training/s/tc-ces?case=%s

This survey closes in 7 days.
AWS Training and Certification
""" % (CASE_E, CASE_E)),
        leaf("text/html", """<html><body><p>We recently worked with you on case %s. On a scale from 1 to 5, how easy was it to get your issue resolved?</p>
<p>%s</p></body></html>""" % (CASE_E, " ".join('<a href="https://survey.aws.training/s/tc-ces?case=%s&amp;s=%d">%d</a>' % (CASE_E, i, i) for i in range(1, 6))))]))

# ---- 066 certmetrics recertification
w = date("2025-07-12 11:40:00")
add("recert", L("certification", False, None, [ID_ME]),
    "CertMetrics recertification congratulations with candidate ID and validation number",
    [received(True, w, "mta12.certmetrics.com", "52.12.77.10"),
     ar_gmail("certmetrics.com", mailfrom="bounces@certmetrics.com", ip="52.12.77.10"),
     "From: AWS Certification <do-not-reply@certmetrics.com>", "To: %s" % ME_P,
     "Subject: Congratulations on renewing your AWS Certified Developer - Associate",
     "Date: %s" % w, "Message-ID: %s" % M("cm-recert", "certmetrics.com")],
    leaf("text/plain", """Hello Kaede Morishita,

Congratulations! Your AWS Certified Developer - Associate certification has
been renewed and is now valid until July 12, 2028.

Candidate ID: AWS09931460
Validation number: 7QK2M4H1C1E4Q0WS

Your digital badge will be updated in Credly within a few days. You can
download your certificate from the CERTIFICATIONS page of your account.

AWS Certification
"""))

# ---- 067 Japanese phishing, lookalike domain
w = date("2025-07-14 00:12:44")
add("notice", L("suspicious", False, None),
    "Japanese phishing from a lookalike domain (aws-nintei-support.jp) asking in keigo to re-confirm the account merge",
    [received(True, w, "smtp.aws-nintei-support.jp", "103.151.44.8"),
     ar_gmail("aws-nintei-support.jp", mailfrom="info@aws-nintei-support.jp", ip="103.151.44.8", policy="p=NONE sp=NONE dis=NONE"),
     "From: " + addr("AWS認定 サポートセンター", "info@aws-nintei-support.jp"), "To: %s" % ME_P,
     hdr("Subject", "【重要】AWS認定アカウント統合の最終確認のお願い"), "Date: %s" % w,
     "Message-ID: %s" % M("phish-3", "aws-nintei-support.jp")],
    leaf("text/html", """<html><body><p>お客様各位</p>
<p>先日お手続きいただいた AWS 認定アカウントの統合について、最終確認が完了しておりません。</p>
<p>72 時間以内に下記よりサインインし、統合内容をご確認いただけますでしょうか。期限を過ぎますと、保有資格が失効する場合がございます。</p>
<p><a href="https://aws-nintei-support.jp/login">統合内容を確認する</a></p>
<p>AWS認定 サポートセンター</p></body></html>""", cte="b64"))

# ---- 068 marketing English
w = date("2025-07-15 15:00:00")
add("marketing", L("unrelated", False, None),
    "AWS marketing from aws-marketing-email-replies@amazon.com with 'register today' and certification-holder discount",
    [received(True, w, "a1-2.smtp-out.mktomail.com", "199.15.212.2"),
     ar_gmail("amazon.com", mailfrom="bounce@mktomail.com", ip="199.15.212.2"),
     "From: AWS Events <aws-marketing-email-replies@amazon.com>", "To: %s" % ME_P,
     "Subject: re:Invent 2025 registration is open - AWS Certified holders save more",
     "Date: %s" % w, "Message-ID: %s" % M("mkt-2", "mktomail.com"),
     "List-Unsubscribe: <https://pages.awscloud.com/unsubscribe.html>"],
    leaf("text/html", """<html><body><h1>re:Invent 2025 registration is open</h1>
<p>As an AWS Certified professional you get access to the Certification Lounge and a discount on your full conference pass.</p>
<p><a href="https://reinvent.awsevents.com/register/">Register today</a></p>
<p style="font-size:10px">Amazon Web Services, Inc. 410 Terry Ave N, Seattle, WA 98109. <a href="https://pages.awscloud.com/unsubscribe.html">Unsubscribe</a></p></body></html>""", cte="qp"))

# ---- 069 certmetrics expiry
w = date("2025-07-16 11:40:00")
add("expiry", L("certification", False, None, [ID_ME]),
    "Certification expiry reminder (90 days) with action wording; candidate ID; no case",
    [received(True, w, "mta12.certmetrics.com", "52.12.77.10"),
     ar_gmail("certmetrics.com", mailfrom="bounces@certmetrics.com", ip="52.12.77.10"),
     "From: AWS Certification <do-not-reply@certmetrics.com>", "To: %s" % ME_P,
     "Subject: Your AWS Certified Cloud Practitioner certification expires in 90 days",
     "Date: %s" % w, "Message-ID: %s" % M("cm-exp", "certmetrics.com")],
    leaf("text/plain", """Hello Kaede Morishita (AWS09931460),

Your AWS Certified Cloud Practitioner certification expires on
October 14, 2025. To keep it active, pass the current version of the
exam, or earn an associate or professional certification, before that
date.

Remember to use the 50% discount voucher in your BENEFITS section.

AWS Certification
"""))

# ---- 070 acknowledgement F, CRLF, "RE: [CASE" with space
w = date("2025-07-23 13:29:40")
add("form-ack", L("acknowledgement", False, CASE_F, [ID_OLDOLD]),
    "Plain-text acknowledgement with CRLF line endings for a third account; the form text mentions a candidate ID inside the request summary (not quoted history)",
    support_headers("F-ack", tc_subject(CASE_F, "RE: [CASE"), w, ME_P),
    leaf("text/plain", """Hello,

Thank you for contacting AWS Training and Certification.
Case %s has been opened for you. The details of the request are below.

  Inquiry type: Certification / Account Merge
  Request: I found an old certification account from a previous employer
  (%s, login kaede.m@ryokuyo-soft.jp). Please merge it into my main
  account kaede.morishita.k@gmail.com.

A member of our team will respond within 24 hours in most cases.

Thank you,
AWS Training and Certification Customer Service
""" % (CASE_F, ID_OLDOLD)), crlf=True)

# ---- 070b info_request F: "we need you to" / "could you let us know", top-posted over the ack
w = date("2025-07-23 22:04:51")
add("question", L("info_request", True, CASE_F),
    "Request using 'we need you to' and 'could you let us know' after an explanation, top-posted above the quoted acknowledgement that contains a candidate ID",
    support_headers("F-info", tc_subject(CASE_F), w, ME_P, in_reply=M("F-ack"), refs=M("F-ack")),
    leaf("text/plain", """Hello Kaede,

Thanks for the details. The Ryokuyo address on that profile bounces now,
so we cannot send a verification link to it, and before I touch an account
that belongs to a different login we need you to show it is yours some
other way. Could you let us know the city where you sat the exam on that
account and roughly when? Month and year are enough.

Olu A.
AWS Training and Certification Customer Service

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: 7/23/2025 1:29 PM
Subject: %s

%s
""" % (TC, tc_subject(CASE_F, "RE: [CASE"), quote("Case %s has been opened for you.\n  Request: I found an old certification account from a previous employer\n  (%s, login kaede.m@ryokuyo-soft.jp)." % (CASE_F, ID_OLDOLD))), cte="qp"))

# ---- 070c owner answers F-info
w = date("2025-07-24 08:31:20", "+0900")
add("reply", L("user_reply", False, CASE_F),
    "Owner's short answer (city and date) with no quote",
    [received(True, w, "mail-sor-f41.google.com", "209.85.220.41"),
     ar_gmail("gmail.com", mailfrom=ME_P, ip="209.85.220.41", policy="p=NONE sp=QUARANTINE dis=NONE"),
     "From: %s <%s>" % (ME_NAME, ME_P), "To: %s" % TC_FROM,
     "Subject: Re: " + tc_subject(CASE_F), "Date: %s" % w,
     "Message-ID: %s" % M("F-r0", "gmail"), "In-Reply-To: %s" % M("F-info"),
     "References: %s %s" % (M("F-ack"), M("F-info"))],
    leaf("text/plain", """Hi Olu,

It was at a test centre in Osaka, in November 2019 (SysOps Administrator
Associate).

Best,
Kaede
"""))

# ---- 071 confirmation_request F with "kindly", multipart
w = date("2025-07-24 05:02:18")
CONF_F_TXT = """Dear Kaede,

Thank you for your patience. I located the account you mentioned and
compared it with your current profile:

  Account #1 - login kaede.morishita.k@gmail.com, candidate ID %s,
               notifications to kaede.morishita.k@gmail.com (active)
  Account #2 - login kaede.m@ryokuyo-soft.jp, candidate ID %s,
               notifications to kaede.m@ryokuyo-soft.jp (last activity 2020)

Kindly review the details above and confirm that Account #2 should be
merged into Account #1. Once this is done, the Ryokuyo address can no
longer be used to sign in.

With regards,
Olu A.
AWS Training and Certification Customer Service
""" % (ID_ME, ID_OLDOLD)
add("accounts", L("confirmation_request", True, CASE_F, [ID_ME, ID_OLDOLD]),
    "Confirmation request using 'Kindly review ... and confirm'; accounts listed inline rather than in the usual block; HTML part has a table",
    support_headers("F-conf", tc_subject(CASE_F), w, ME_P, in_reply=M("F-r0", "gmail"), refs="%s %s %s" % (M("F-ack"), M("F-info"), M("F-r0", "gmail"))),
    multipart("alternative", [
        leaf("text/plain", CONF_F_TXT, cte="qp"),
        leaf("text/html", """<html><body><p>Dear Kaede,</p><p>Thank you for your patience. I located the account you mentioned and compared it with your current profile:</p>
<table border="1" cellpadding="4"><tr><th></th><th>Login</th><th>Candidate ID</th><th>Notifications</th></tr>
<tr><td>Account #1</td><td>kaede.morishita.k@gmail.com</td><td>%s</td><td>kaede.morishita.k@gmail.com</td></tr>
<tr><td>Account #2</td><td>kaede.m@ryokuyo-soft.jp</td><td>%s</td><td>kaede.m@ryokuyo-soft.jp</td></tr></table>
<p>Kindly review the details above and confirm that Account #2 should be merged into Account #1. Once this is done, the Ryokuyo address can no longer be used to sign in.</p>
<p>With regards,<br>Olu A.<br>AWS Training and Certification Customer Service</p></body></html>""" % (ID_ME, ID_OLDOLD), cte="qp")]))

# ---- 072 owner confirms F
w = date("2025-07-24 21:10:33", "+0900")
add("reply", L("user_reply", False, CASE_F),
    "Owner's one-line confirmation with Gmail English quote of the request",
    [received(True, w, "mail-sor-f41.google.com", "209.85.220.41"),
     ar_gmail("gmail.com", mailfrom=ME_P, ip="209.85.220.41", policy="p=NONE sp=QUARANTINE dis=NONE"),
     "From: %s <%s>" % (ME_NAME, ME_P), "To: %s" % TC_FROM,
     "Subject: Re: " + tc_subject(CASE_F), "Date: %s" % w,
     "Message-ID: %s" % M("F-r1", "gmail"), "In-Reply-To: %s" % M("F-conf"),
     "References: %s %s %s" % (M("F-info"), M("F-r0", "gmail"), M("F-conf"))],
    leaf("text/plain", """Confirmed, please merge Account #2 into Account #1. Thank you!

Kaede

On Thu, Jul 24, 2025 at 2:02 PM AWS Training and Certification <%s> wrote:

%s
""" % (TC, quote(CONF_F_TXT))))

# ---- 073 resolved F
w = date("2025-07-25 01:15:40")
add("done", L("resolved", False, CASE_F),
    "Completion with a conditional 'don't hesitate to reply' closing line",
    support_headers("F-res", tc_subject(CASE_F), w, ME_P, in_reply=M("F-r1", "gmail"),
                    refs="%s %s" % (M("F-conf"), M("F-r1", "gmail"))),
    leaf("text/plain", """Dear Kaede,

All done: the Ryokuyo account has been folded into your main profile, and
its 2019 SysOps Administrator exam record now appears in your exam
history (the certification itself expired in 2022, so it is listed as
expired).

Should you have any other questions, don't hesitate to reply to this
email.

With regards,
Olu A.
AWS Training and Certification Customer Service
""", cte="qp"))

# ---- 074 Credly expiry reminder (badge)
w = date("2025-07-25 09:00:12")
add("badge", L("badge", False, None),
    "Credly badge-expiration reminder with a 'renew' call to action; sent via the older youracclaim.com address",
    [received(True, w, "o1.email.youracclaim.com", "167.89.100.9"),
     ar_gmail("youracclaim.com", mailfrom="bounces@email.youracclaim.com", ip="167.89.100.9"),
     "From: Credly <admin@youracclaim.com>", "To: %s" % ME_P,
     "Subject: Your AWS Certified Cloud Practitioner badge expires soon",
     "Date: %s" % w, "Message-ID: %s" % M("credly-4", "youracclaim.com")],
    leaf("text/plain", """Hi Kaede,

Your badge "AWS Certified Cloud Practitioner", issued by Amazon Web
Services Training and Certification, expires on October 14, 2025.

To keep it, complete the issuer's renewal requirements before then:
https://www.credly.com/badges/7e6d5c4b-3a29-4180-b7f6-e5d4c3b2a190

Credly
"""))

# ---- 075 aws.training course completion
w = date("2025-07-26 04:30:00")
add("course", L("unrelated", False, None),
    "AWS Skill Builder course completion mail from no-reply@aws.training that asks for a course review",
    [received(True, w), ar_gmail("aws.training", mailfrom="bounce@aws.training"),
     "From: AWS Skill Builder <no-reply@aws.training>", "To: %s" % ME_P,
     "Subject: You completed: Exam Prep Standard Course: AWS Certified Security - Specialty",
     "Date: %s" % w, "Message-ID: %s" % M("sb-done", "aws.training")],
    leaf("text/plain", """Congratulations, Kaede!

You completed "Exam Prep Standard Course: AWS Certified Security -
Specialty". Your completion certificate is available in My Learning.

Would you rate the course? It takes less than a minute:
https://skillbuilder.aws/learn/review?course=ep-scs

AWS Training and Certification
"""))


# ================================================================ write
README_HEAD = """me: %s %s

# blind-84: blind held-out corpus (written without seeing the classifier's rules or fixtures)

Generated by `python3 gen.py` (standard library only); it rewrites every `NNN-msg.eml` and
`NNN-msg.json` here and this README. File slugs are neutral (`msg`) so names reveal nothing.
Messages are numbered in arrival order (sorted by Date); the corpus is one mailbox of one owner,
Kaede Morishita (森下 楓), who leaves Hoshizora Tech on 2025-06-30.

Addresses: personal `%s` (Gmail, Authentication-Results from mx.google.com), old company
`%s` (Microsoft 365 style Authentication-Results; mailbox shut down 2025-06-30 18:00 JST).
An even older employer address `%s` appears only in content.

## Cases
| case | digits | what | thread |
|---|---|---|---|
| %s | 15 | main T&C form merge, company account tied to an APN partner | ack -> APN hold (asks leaving date) -> owner's own forward -> owner reply -> hold (no ask) -> Account #1/#2 confirmation -> owner confirms from the WRONG (company) address -> support: send it from the personal address -> closing notice -> owner confirms, subject edited (threaded only by In-Reply-To/References) -> merged -> survey |
| %s | 15 | duplicate form submitted from the company address | Japanese ack (ISO-2022-JP) -> closed as duplicate of the main case |
| %s | 11 | AWS Support Center (console) case about a Skill Builder seat | ack -> request to answer in Support Center -> owner's email reply bounces -> auto-resolve warning -> resolved |
| %s | 10 | Japanese case: Credly badge missing, duplicate account under the same address; later reopened | ack -> ID request (keigo, Shift_JIS) -> owner IDs -> HTML table confirmation -> owner confirms -> progress -> resolved -> survey -> owner reopens -> reopened (English) -> plain request -> closing notice -> owner answers -> resolved |
| %s | 15 | benefits missing after the merge | HTML-table ack -> progress -> HTML table news + yes/no ask -> closed for no answer -> owner top-posts -> reopened -> resolved -> survey |
| %s | 15 | third, very old account from an earlier employer | CRLF ack -> 'we need you to' request -> owner answers -> 'Kindly confirm' -> owner confirms -> merged |

Numbers that are NOT case numbers: 12-digit AWS account IDs (123456789012, 408812349977,
210987654321), 10-digit invoice 2184400371, 9-digit Pearson VUE registration IDs (412983375,
398172640), 6-digit codes (583016, 702419), fake case numbers in phishing (174899001234567,
175139902278145), another vendor's case 00483921, Credly badge UUIDs.

Judgement calls a reviewer may dispute: 008 (owner forwards a support mail to their own personal address) is labelled
`user_reply`, not needing a reply; 009 (duplicate case closed, nothing to do) is `resolved`;
the 070 acknowledgement lists a candidate ID inside the request summary it echoes (counted as the
mail's own text); 023 carries no case number anywhere except via In-Reply-To/References.

Counts: %s

## Messages
| file | kind | needs_reply | case | candidate_ids | what it is / what makes it hard |
|---|---|---|---|---|---|
"""


def write_readme(msgs):
    from collections import Counter
    c = Counter(m["label"]["kind"] for m in msgs)
    nr = sum(m["label"]["needs_reply"] for m in msgs)
    counts = "%d messages; " % len(msgs) + ", ".join("%s %d" % kv for kv in sorted(c.items())) + \
        "; needs_reply true %d, false %d." % (nr, len(msgs) - nr)
    text = README_HEAD % (ME_P, ME_C, ME_P, ME_C, OLD_OLD, CASE_A, CASE_B, CASE_C, CASE_D, CASE_E, CASE_F, counts)
    for m in msgs:
        l = m["label"]
        text += "| %s | %s | %s | %s | %s | %s |\n" % (m["base"], l["kind"], str(l["needs_reply"]).lower(),
                                                    l["case"] or "-", " ".join(l["candidate_ids"]) or "-", m["note"])
    with open(os.path.join(OUT, "README.md"), "w") as fh:
        fh.write(text)


def main():
    for f in os.listdir(OUT):
        if f[:3].isdigit() and (f.endswith(".eml") or f.endswith(".json")):
            os.remove(os.path.join(OUT, f))
    msgs = sorted(MSGS, key=lambda m: (m["when"], m["seq"]))
    for i, m in enumerate(msgs, 1):
        base = "%03d-msg" % i  # neutral slug: nothing about the label
        with open(os.path.join(OUT, base + ".eml"), "wb") as fh:
            fh.write(m["data"])
        with open(os.path.join(OUT, base + ".json"), "w") as fh:
            json.dump(m["label"], fh, ensure_ascii=False)
            fh.write("\n")
        m["base"] = base
    write_readme(msgs)
    print("wrote %d messages" % len(msgs))


if __name__ == "__main__":
    main()
