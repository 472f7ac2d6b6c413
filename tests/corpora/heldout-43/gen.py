#!/usr/bin/env python3
"""Blind held-out corpus generator (blind-43). Standard library only.

Writes NNN-slug.eml + NNN-slug.json into the directory this script lives in.
One mailbox owner: Sora Nishikawa, personal + old company address.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import quopri
from email.header import Header
from email.utils import formataddr, format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))

ME_P = "sora.nishikawa.dev@gmail.com"
ME_C = "s.nishikawa@kaede-systems.co.jp"
TC = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"
FORM = "[AWS Training and Certification Form Submission] - account-assistance"

CASE_C = "12874403951"        # 11 digits (2023)
CASE_A = "174118562900317"    # 15 digits (2025), main merge case
CASE_B = "174118640100852"    # 15 digits, duplicate submission
CASE_D = "9120448371"         # 10 digits, console case
CASE_E = "174380552100164"    # 15 digits, Japanese exam-reservation case
CASE_G = "174560218800733"    # 15 digits, certificate name case

ID_KEEP = "AWS04417739"   # personal account
ID_DUP = "AWS02750114"    # accidental duplicate under personal e-mail (2023)
ID_CORP = "AWS03318842"   # company / APN-linked account

ACCT = "123456789012"     # 12-digit AWS account id (not a case)
REG = "412887390"         # 9-digit Pearson VUE registration id

PYCS = {"utf-8": "utf-8", "iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis",
        "us-ascii": "ascii"}
HDRCS = {"utf-8": "UTF-8", "iso-2022-jp": "ISO-2022-JP", "shift_jis": "Shift_JIS",
         "us-ascii": "us-ascii"}

MSGS = []


def P(text, cs="utf-8", cte="8bit"):
    return ("plain", text, cs, cte)


def H(html, cs="utf-8", cte="quoted-printable"):
    return ("html", html, cs, cte)


def M(key, when, frm, to, subject, kind, nr, case, cands, note, parts, **kw):
    MSGS.append(dict(key=key, when=when, frm=frm, to=to, subject=subject,
                     label={"kind": kind, "needs_reply": nr, "case": case,
                            "candidate_ids": cands},
                     note=note, parts=parts, **kw))


def q(text, mark="> "):
    return "\n".join((mark + l) if l.strip() else mark.rstrip() for l in text.strip("\n").split("\n"))


def mid(key, frm):
    h = hashlib.sha1(("blind43/" + key).encode()).hexdigest()
    dom = frm.split("@")[-1].strip(">").lower()
    if dom == "amazon.com":
        return "<01000%s-%s-000000@email.amazonses.com>" % (h[:11], h[11:31])
    if dom == "gmail.com":
        return "<CA+%s%s@mail.gmail.com>" % (h[:20].upper(), h[20:30])
    if dom == "kaede-systems.co.jp":
        return "<TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>" % (h[:6].upper(), h[6:22], h[22:27].upper())
    return "<%s.%s@%s>" % (h[:16], h[16:26], dom)


def auth_line(rcpt, dom, status):
    """Authentication-Results added by the receiving provider."""
    if status is None:
        return None
    ok = status == "pass"
    if rcpt == "company":
        return ("Authentication-Results: spf=%s (sender IP is 54.240.27.%d)\n"
                " smtp.mailfrom=%s; dkim=%s (%s)\n"
                " header.d=%s;dmarc=%s action=%s\n"
                " header.from=%s;compauth=%s reason=%s" % (
                    "pass" if ok else "fail", 11 + len(dom), dom if not dom.endswith("amazon.com") else "amazonses.com",
                    "pass" if ok else "fail", "signature was verified" if ok else "body hash did not verify",
                    dom, "pass" if ok else "fail", "none" if ok else "quarantine", dom,
                    "pass" if ok else "fail", "100" if ok else "000"))
    return ("Authentication-Results: mx.google.com;\n"
            "       dkim=%s header.i=@%s header.s=%s header.b=%s;\n"
            "       spf=%s (google.com: domain of bounce@%s %s) smtp.mailfrom=%s;\n"
            "       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (
                "pass" if ok else "fail", dom, "224i4yxa5dv7c2xz3womw6peuasteono" if dom.endswith("amazon.com") else "s1",
                "Xk3" + hashlib.md5(dom.encode()).hexdigest()[:5],
                "pass" if ok else "softfail", dom,
                "designates 54.240.8.33 as permitted sender" if ok else "does not designate 185.220.101.7 as permitted sender",
                dom, "pass" if ok else "fail", "QUARANTINE" if dom.endswith("amazon.com") else "NONE",
                "QUARANTINE" if dom.endswith("amazon.com") else "NONE", "NONE" if ok else "QUARANTINE", dom))


def enc_header(v, cs="utf-8"):
    try:
        v.encode("ascii")
        return v
    except UnicodeEncodeError:
        return Header(v, HDRCS[cs]).encode()


def addr(a, cs="utf-8"):
    if isinstance(a, tuple):
        name, e = a
        try:
            name.encode("ascii")
            return formataddr((name, e))
        except UnicodeEncodeError:
            return "%s <%s>" % (Header(name, HDRCS[cs]).encode(), e)
    return a


def email_of(a):
    return a[1] if isinstance(a, tuple) else a


def body_bytes(text, cs, cte):
    b = text.encode(PYCS[cs])
    if cte in ("7bit", "8bit"):
        return b if b.endswith(b"\n") else b + b"\n"
    if cte == "quoted-printable":
        return quopri.encodestring(b)
    if cte == "base64":
        return base64.encodebytes(b)
    raise ValueError(cte)


def part_bytes(p, top_headers=()):
    sub, text, cs, cte = p
    hs = list(top_headers) + [
        "Content-Type: text/%s; charset=\"%s\"" % (sub, HDRCS[cs]),
        "Content-Transfer-Encoding: %s" % cte,
    ]
    return ("\n".join(hs) + "\n\n").encode("ascii") + body_bytes(text, cs, cte)


def build(m, by_key):
    frm_email = email_of(m["frm"])
    dom = frm_email.split("@")[1]
    mine = frm_email in (ME_P, ME_C)
    hcs = m.get("hcs", "utf-8")
    to_list = m["to"] if isinstance(m["to"], list) else [m["to"]]
    rcpt = m.get("rcpt") or ("company" if any(email_of(t) == ME_C for t in to_list) and
                             not any(email_of(t) == ME_P for t in to_list) else "personal")
    hs = []
    if not mine:
        hs.append("Return-Path: <%s>" % m.get("return_path", "bounce@" + dom))
        if rcpt == "personal":
            hs.append("Delivered-To: %s" % ME_P)
        a = auth_line(rcpt, m.get("auth_dom", dom), m.get("auth", "pass"))
        if a:
            hs.append(a)
    elif m.get("auth") == "pass" and m.get("rcpt") == "personal":
        hs.append("Delivered-To: %s" % ME_P)
        hs.append(auth_line("personal", dom, "pass"))
    hs.append("From: %s" % addr(m["frm"], hcs))
    hs.append("To: %s" % ", ".join(addr(t, hcs) for t in to_list))
    if m.get("cc"):
        hs.append("Cc: %s" % ", ".join(addr(t, hcs) for t in m["cc"]))
    if m.get("reply_to"):
        hs.append("Reply-To: %s" % m["reply_to"])
    hs.append("Subject: %s" % enc_header(m["subject"], hcs))
    when = dt.datetime.strptime(m["when"], "%Y-%m-%d %H:%M %z")
    hs.append("Date: %s" % format_datetime(when))
    hs.append("Message-ID: %s" % mid(m["key"], frm_email))
    if m.get("irt"):
        hs.append("In-Reply-To: %s" % by_key[m["irt"]]["_mid"])
        refs = [by_key[k]["_mid"] for k in m.get("refs", [m["irt"]])]
        hs.append("References: %s" % "\n ".join(refs))
    hs.extend(m.get("extra", []))
    hs.append("MIME-Version: 1.0")
    parts = m["parts"]
    if len(parts) == 1:
        raw = ("\n".join(hs) + "\n").encode("utf-8") + part_bytes(parts[0])
    else:
        bnd = "----=_Part_%s" % hashlib.md5(m["key"].encode()).hexdigest()[:18]
        head = ("\n".join(hs) + "\nContent-Type: multipart/alternative;\n boundary=\"%s\"\n\n" % bnd).encode("utf-8")
        raw = head + b"This is a multi-part message in MIME format.\n\n"
        for p in parts:
            raw += ("--%s\n" % bnd).encode() + part_bytes(p) + b"\n"
        raw += ("--%s--\n" % bnd).encode()
    if m.get("eol", "\n") == "\r\n":
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


# ---------------------------------------------------------------------------
# Footers / shared text
CONSOLE_FOOT = """===================================================

To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
Please use the link above if you need to contact us again about this same issue.

====================================================================
Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""
RATE = """We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence."""

# ===========================================================================
# 2023 — Case C (11 digits): two certification accounts under the same
# personal e-mail; Credly badge missing. Later reopened.
# ===========================================================================

M("gh1", "2023-06-02 11:14 +0000",
  ("Kenta Ono", "notifications@github.com"), ME_P,
  "Re: [kaede-oss/terraform-aws-baseline] Merge account-level guardrails into main (PR #212)",
  "unrelated", False, None, [],
  "GitHub notification: 'Merged' and 'merge accounts' wording, asks for a review",
  [P("""Merged #212 into main.

@sora-nishikawa could you take a look at the follow-up in #215 when you have a minute? It merges the
remaining account-level settings (the 12-digit account IDs are now read from SSM instead of being
hard-coded).

—
Reply to this email directly, view it on GitHub:
https://github.com/kaede-oss/terraform-aws-baseline/pull/212#event-9482210033
You are receiving this because you were mentioned.
""")], auth_dom="github.com")

M("vue1", "2023-06-10 02:31 +0000",
  ("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), ME_P,
  "Confirmation of Your AWS Certified Developer - Associate Exam Appointment",
  "unrelated", False, None, [ID_DUP],
  "exam vendor: 9-digit registration number, 'please review and reply' style instructions",
  [P("""Dear Sora Nishikawa,

Thank you for scheduling your exam with Pearson VUE.

Exam: DVA-C02: AWS Certified Developer - Associate
Registration Number: 398120577
Candidate ID: AWS02750114
Appointment: Saturday, June 24, 2023 10:00 JST
Location: Online (OnVUE)

Please review the details above. If anything is incorrect, contact Pearson VUE customer service
at least 24 hours before your appointment. Do not reply to this email; this mailbox is not monitored.

Pearson VUE
""", "us-ascii", "7bit")], auth_dom="pearson.com")

M("credly0", "2023-06-26 08:02 +0000",
  ("Credly", "admin@credly.com"), ME_P,
  "Sora, you earned a new badge from Amazon Web Services Training and Certification",
  "badge", False, None, [],
  "Credly mail with 'Accept your badge' call to action",
  [P("""Hi Sora,

Amazon Web Services Training and Certification has issued you a new badge:
AWS Certified Developer – Associate

Accept your badge to share it on LinkedIn and in your email signature:
https://www.credly.com/earner/earned/badge/6f2c09d1-83b5-4a8e-9a3e-0d5c1d7e42aa

Badge ID: 6f2c09d1-83b5-4a8e-9a3e-0d5c1d7e42aa

The Credly Team
""", "utf-8", "quoted-printable")], auth_dom="credly.com")

M("cm1", "2023-07-03 16:20 +0000",
  ("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
  "AWS Certification wants to hear from you",
  "certification", False, None, [ID_KEEP],
  "certification-program feedback invitation that reads like a survey / request",
  [H("""<html><body style="font-family:Arial">
<p>Hello Sora,</p>
<p>As an AWS Certified individual, your voice matters. We are inviting a small group of certification
holders to share feedback on exam registration, the certification account and digital badges.</p>
<p><a href="https://aws-certification.example-survey.certmetrics.com/s/FB23Q3">Take the 10-minute survey</a>
&nbsp;(open until July 21, 2023)</p>
<p>Thank you for helping us improve the AWS Certification program.</p>
<p style="font-size:11px;color:#777">You received this message because you opted in to
&quot;Lend Your Voice to AWS Certification&quot;. Candidate: AWS04417739</p>
</body></html>""")], auth_dom="certmetrics.com")

C_FORM = """Use case: I have two AWS Certification accounts with the same email address. My Credly profile
does not show the Developer - Associate badge.
Account 1: AWS04417739 (I want to keep this one)
Account 2: AWS02750114
There may also be a third account that was created from AWS Partner Central.
Please merge them into AWS04417739."""

C_ACK = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your inquiry.

The details of your case are as follows:

Case ID: %s
Inquiry type: Certification
Additional details: Account Merge
Email: %s
Description:
%s

We will respond within 24 hours, but depending on the nature of your request it can take longer to
find the best solution. If you have already opened a case, please do not open another case for the
same request, as duplicate cases may delay our response.

If you would like to add information to this case, you can reply to this email.

Best regards,
Amazon Web Services Training and Certification
""" % (CASE_C, CASE_C, ME_P, C_FORM)

M("c_ack", "2023-09-12 05:48 +0000", TC, ME_P,
  "RE:[CASE %s] %s" % (CASE_C, FORM),
  "acknowledgement", False, CASE_C, [ID_KEEP, ID_DUP],
  "ack echoing the form text (ids, 'please merge them'); optional-reply sentence; CRLF",
  [P(C_ACK, "us-ascii", "7bit")], eol="\r\n")

C_INFO = """Hello Sora,

Thanks for writing in about the Credly badge.

I searched our records for %s and it is attached to two certification accounts,
AWS02750114 and AWS04417739. Your most recent certification (Developer - Associate, passed in
June) was recorded on AWS02750114, while your Credly profile is connected to AWS04417739. That is
why the new badge never showed up in Credly.

Your form also mentions a third account created through AWS Partner Central. I do not find one
under this address, so if it exists it is registered with a different email. We need you to tell
us that account's candidate ID, or the email address you use to sign in to Partner Central, so
that all accounts can be handled together. If there turns out to be no third account, a short
note saying so is enough.

Regards,
Rahul
AWS Training & Certification Customer Support
""" % ME_P

M("c_info", "2023-09-14 09:41 +0000", TC, ME_P,
  "RE:[CASE %s] %s" % (CASE_C, FORM),
  "info_request", True, CASE_C, [ID_DUP, ID_KEEP],
  "request buried after a long explanation; 'We need you to tell us'; no 'please'",
  [P(C_INFO)])

C_R1 = """Hi Rahul,

Thank you for checking. I looked again and there is no third account, I was confused because
Partner Central shows my certifications too. So only the two:
AWS04417739 (keep) and AWS02750114.

Best,
Sora"""

M("c_r1", "2023-09-14 21:03 +0900", ("Sora Nishikawa", ME_P), TC,
  "Re: RE:[CASE %s] %s" % (CASE_C, FORM),
  "user_reply", False, CASE_C, [ID_KEEP, ID_DUP],
  "owner's reply (Gmail quoting of a request below it)",
  [P(C_R1 + "\n\nOn Thu, Sep 14, 2023 at 6:41 PM <%s> wrote:\n\n%s\n" % (TC, q(C_INFO)))],
  irt="c_info", refs=["c_ack", "c_info"])

C_CONF = """Hi Sora,

Got it, thanks. So AWS04417739 stays and AWS02750114 gets folded into it — right?
The merge can't be reversed, so I'd rather hear it from you before I run it.

Rahul"""

M("c_conf", "2023-09-15 02:10 +0000", TC, ME_P,
  "RE:[CASE %s] %s" % (CASE_C, FORM),
  "confirmation_request", True, CASE_C, [ID_KEEP, ID_DUP],
  "very short confirmation as a bare tag question, no account table, no 'please'",
  [P(C_CONF + "\n\n-----Original Message-----\nFrom: Sora Nishikawa <%s>\n\n%s\n" % (ME_P, C_R1))],
  irt="c_r1", refs=["c_ack", "c_info", "c_r1"])

M("c_r2", "2023-09-15 12:32 +0900", ("Sora Nishikawa", ME_P), TC,
  "Re: RE:[CASE %s] %s" % (CASE_C, FORM),
  "user_reply", False, CASE_C, [],
  "one-line owner confirmation",
  [P("Yes, correct. Please go ahead.\n\nSora\n\nOn Fri, Sep 15, 2023 at 11:10 AM <%s> wrote:\n%s\n" % (TC, q(C_CONF)))],
  irt="c_conf", refs=["c_ack", "c_info", "c_r1", "c_conf"])

M("bill1", "2023-09-16 03:00 +0000", ("Amazon Web Services", NOREPLY), ME_P,
  "Amazon Web Services Billing Statement Available [Account: %s]" % ACCT,
  "unrelated", False, None, [],
  "same sender address as console cases; 12-digit account number in brackets",
  [P("""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending in 9012, is
available on the AWS web site. Your account will be charged the following:

Total: $3.17

You can see a complete breakdown of all charges on the Bills page in the Billing and Cost
Management console.

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North,
Seattle, WA 98109-5210
""", "us-ascii", "7bit")])

M("c_upd", "2023-09-18 07:55 +0000", TC, ME_P,
  "RE:[CASE %s] %s" % (CASE_C, FORM),
  "case_update", False, CASE_C, [],
  "progress news (queue backlog); says explicitly no action needed",
  [P("""Hello Sora,

A quick note so you are not left wondering: we are seeing a very high number of certification
requests at the moment. Your merge has been passed to our certification operations team and is in
their queue. You don't have to do anything in the meantime — we will write as soon as it has been
processed.

Thank you for your patience,
Ana
AWS Training and Certification
""")], irt="c_r2", refs=["c_ack", "c_r2"])

M("c_done", "2023-09-21 10:12 +0000", TC, ME_P,
  "RE:[CASE %s] %s" % (CASE_C, FORM),
  "resolved", False, CASE_C, [ID_DUP, ID_KEEP],
  "completion mail with the earlier information request quoted underneath ('We need you to tell us')",
  [P("""Hello Sora,

I have merged AWS02750114 into AWS04417739. Your Developer - Associate certification and exam
history now show on AWS04417739, and the badge should appear in Credly within 48 hours.

All set on our end.

Regards,
Rahul
AWS Training & Certification Customer Support

> On 2023-09-14 09:41 UTC, AWS Training and Certification wrote:
%s
""" % q(C_INFO))], irt="c_r2", refs=["c_ack", "c_info", "c_r1", "c_conf", "c_r2"])

M("credly1", "2023-09-21 18:40 +0000",
  ("Credly", "admin@credly.com"), ME_P,
  "Your badge from Amazon Web Services Training and Certification is ready to claim",
  "badge", False, None, [],
  "Credly; follows a merge; 'claim' action",
  [H("""<html><body>
<table width="600" cellpadding="8"><tr><td>
<h2>Congratulations, Sora!</h2>
<p>Amazon Web Services Training and Certification issued you the badge
<b>AWS Certified Developer &ndash; Associate</b>.</p>
<p><a href="https://www.credly.com/badges/6f2c09d1-83b5-4a8e-9a3e-0d5c1d7e42aa/accept">Claim your badge</a></p>
<p style="color:#888;font-size:11px">Credly, Inc. &middot; 13 E 37th St, New York, NY</p>
</td></tr></table></body></html>""", "utf-8", "base64")], auth_dom="credly.com")

M("c_srv", "2023-09-22 10:15 +0000", TC, ME_P,
  "RE:[CASE %s] How would you rate your support experience?" % CASE_C,
  "survey", False, CASE_C, [],
  "survey from the case sender with the case tag; 'please take a moment to tell us'",
  [P("""Hello,

Your case %s was recently resolved. Please take a moment to tell us how we did — it takes less
than a minute:

https://survey.aws-training.example.amazon.com/r/%s

Were we able to solve your issue? Yes / No

Thank you,
AWS Training and Certification
""" % (CASE_C, CASE_C))])

M("mkt_jp", "2023-10-05 01:00 +0000",
  ("AWS Japan", "aws-marketing-email-replies@amazon.com"), ME_P,
  "【ご案内】AWS 認定 受験者向け オンラインセミナー 参加登録受付中",
  "unrelated", False, None, [],
  "Japanese AWS marketing (ISO-2022-JP); 'ご登録ください' and 返信 wording",
  [P("""西川 空 様

いつも AWS をご利用いただきありがとうございます。

AWS 認定の取得を目指す方向けに、オンラインセミナーを開催いたします。
認定アカウントの管理方法やデジタルバッジの活用方法もご紹介します。

日時：2023年10月25日（水）14:00-15:30
参加費：無料

ぜひ下記よりご登録ください。
https://aws.amazon.com/jp/events/

※本メールは送信専用アドレスからお送りしています。ご返信いただいてもお答えできませんのでご了承ください。
配信停止をご希望の場合は、こちらから手続きをお願いいたします。

アマゾン ウェブ サービス ジャパン合同会社
""", "iso-2022-jp", "7bit")], hcs="iso-2022-jp")

C_REOPEN = """Hello,

Sorry to come back on this. The Developer - Associate badge is now in Credly, thank you. But my
Solutions Architect - Associate badge now shows "expired" although the certification is valid
until 2026 on my certification account AWS04417739. Can you check?

Sora Nishikawa"""

M("c_reopen", "2023-10-20 22:47 +0900", ("Sora Nishikawa", ME_P), TC,
  "RE: [CASE %s] %s" % (CASE_C, FORM),
  "user_reply", False, CASE_C, [ID_KEEP],
  "owner reopens a resolved case by replying ('RE: [CASE' with a space)",
  [P(C_REOPEN)], irt="c_done", refs=["c_ack", "c_done"])

M("c_reupd", "2023-10-21 04:05 +0000", TC, ME_P,
  "RE: [CASE %s] %s" % (CASE_C, FORM),
  "case_update", False, CASE_C, [],
  "case reopened, handed to Credly team; reassures nothing needed; has conditional reply line",
  [P("""Hi Sora,

Thanks for letting us know — I've reopened your case. It looks like the expiry date was copied from
the older account when the two were merged. I've asked our Credly integration team to re-sync your
badges. Nothing is needed from you for now; if you notice anything else odd, just add it to this
thread.

Mei
AWS Training and Certification

> Sorry to come back on this. The Developer - Associate badge is now in Credly, thank you. But my
> Solutions Architect - Associate badge now shows "expired" ...
""")], irt="c_reopen", refs=["c_ack", "c_done", "c_reopen"])

M("c_done2", "2023-10-26 06:30 +0000", TC, ME_P,
  "RE: [CASE %s] %s" % (CASE_C, FORM),
  "resolved", False, CASE_C, [],
  "Japanese keigo resolution (base64) with a conditional 'ご不明な点がございましたら…ご返信ください'",
  [P("""西川 空 様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサービスの由紀でございます。

Credly 側でバッジの再同期が完了し、Solutions Architect – Associate のバッジの有効期限が正しく
表示されるようになりましたことをご報告いたします。

本件はこれにて解決とさせていただきます。
ご不明な点がございましたら、本メールにご返信ください。

今後ともよろしくお願いいたします。

由紀
AWS トレーニングと認定 カスタマーサービス
""", "utf-8", "base64")], irt="c_reupd", refs=["c_ack", "c_reopen", "c_reupd"])

# ===========================================================================
# 2025 — leaving Kaede Systems. Case A (main), Case B (duplicate)
# ===========================================================================

M("hr", "2025-02-14 09:30 +0900",
  ("人事部 山本", "jinji@kaede-systems.co.jp"), ME_C,
  "【要返信】退職手続きに関するご案内（2/28締切）",
  "unrelated", False, None, [],
  "company HR mail (Shift_JIS) that explicitly demands a reply — but not to AWS support",
  [P("""西川さん

お疲れさまです。人事部の山本です。
3月31日付の退職に伴い、以下の書類をご提出ください。

1. 退職届（押印済み）
2. 貸与品返却チェックシート
3. 離職票の要否

離職票の要否について、2月28日までに本メールにご返信ください。
また、最終出社日の確定後、メールアカウントは同日付で停止となりますのでご注意ください。

よろしくお願いします。

株式会社楓システムズ 人事部 山本
""", "shift_jis", "8bit")], hcs="iso-2022-jp", rcpt="company", auth_dom="kaede-systems.co.jp")

M("party", "2025-03-03 18:12 +0900",
  ("Takuya Mori", "t.mori@kaede-systems.co.jp"), ME_C,
  "送別会どうする？",
  "unrelated", False, None, [],
  "casual Japanese from a colleague asking for a reply",
  [P("""西川さん

おつかれ〜
送別会、3/27(木)か3/28(金)で考えてるんだけど、どっちがいい？
あと最終日っていつだっけ？アカウント止まる前に返信ちょうだい！

森
""")], rcpt="company", auth_dom="kaede-systems.co.jp")

M("bid", "2025-03-05 23:05 +0900",
  ("AWS Builder ID", "no-reply@signin.aws"), ME_P,
  "Verify your AWS Builder ID email address",
  "unrelated", False, None, [],
  "Builder ID 6-digit code, 'enter this code' instruction",
  [P("""Hello,

To finish creating your AWS Builder ID, enter this verification code:

Verification code: 582164

This code expires 10 minutes after it was sent.

If you did not request this code, you can ignore this message.

Amazon Web Services
""", "us-ascii", "7bit")], auth_dom="signin.aws")

M("aws_tr", "2025-03-05 23:21 +0900",
  ("AWS Training and Certification", "no-reply@aws.training"), ME_P,
  "Welcome to AWS Training and Certification",
  "unrelated", False, None, [],
  "training platform welcome mail; mentions certification account",
  [P("""Hi Sora,

Welcome to AWS Training and Certification. Your profile is set up.

Next steps:
- Explore free digital courses in AWS Skill Builder
- Go to your AWS Certification account to schedule an exam

If you already hold AWS Certifications under another email address, you can ask us to merge your
accounts from the Contact Us page.

AWS Training and Certification
""")], auth_dom="aws.training")

A_FORM_JA = """Use Case: I am leaving Kaede Systems at the end of March and would like to merge my
certification accounts.
All email addresses you may have used in our system: %s, %s
The email address you would like to keep on file: %s""" % (ME_C, ME_P, ME_P)

M("a_ack", "2025-03-05 14:40 +0000", TC, ME_P,
  "RE:[CASE %s] %s" % (CASE_A, FORM),
  "acknowledgement", False, CASE_A, [ID_CORP],
  "Japanese ack (ISO-2022-JP text + UTF-8 HTML); '追加の情報がございましたら…ご返信ください' is optional",
  [P("""西川 空 様

アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。
お問い合わせの内容に基づき、ケース %s を作成いたしました。

ケースの詳細は以下のとおりです。

ケース ID: %s
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
AWS 候補 ID: %s
お問い合わせ内容:
%s

担当者より通常24時間以内にご連絡いたしますが、最適な解決策をご案内するため、さらにお時間を頂戴する場合がございます。

すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。ケースが重複すると、対応が遅れる可能性がございます。

追加の情報がございましたら、本メールにご返信ください。

Amazon Web Services
AWS トレーニングと認定 カスタマーサービス
""" % (CASE_A, CASE_A, ID_CORP, A_FORM_JA), "iso-2022-jp", "7bit"),
   H("""<html><body>
<p>西川 空 様</p>
<p>アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。<br>
お問い合わせの内容に基づき、ケース %s を作成いたしました。</p>
<table border="0" cellpadding="4">
<tr><td>ケース ID</td><td>%s</td></tr>
<tr><td>お問い合わせタイプ</td><td>AWS トレーニングと認定</td></tr>
<tr><td>その他の詳細</td><td>アカウントの統合</td></tr>
<tr><td>AWS 候補 ID</td><td>%s</td></tr>
<tr><td>お問い合わせ内容</td><td>%s</td></tr>
</table>
<p>担当者より通常24時間以内にご連絡いたしますが、最適な解決策をご案内するため、さらにお時間を頂戴する場合がございます。</p>
<p>すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。ケースが重複すると、対応が遅れる可能性がございます。</p>
<p>追加の情報がございましたら、本メールにご返信ください。</p>
<p>Amazon Web Services<br>AWS トレーニングと認定 カスタマーサービス</p>
</body></html>""" % (CASE_A, CASE_A, ID_CORP, A_FORM_JA.replace("\n", "<br>")), "utf-8", "base64")],
  hcs="utf-8")

M("b_ack", "2025-03-05 14:53 +0000", TC, ME_C,
  "RE: [CASE %s] %s" % (CASE_B, FORM),
  "acknowledgement", False, CASE_B, [],
  "second (duplicate) form submission made from the company address; to the company mailbox",
  [P("""Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your inquiry.

The details of your case are as follows:

Case ID: %s
Inquiry type: Certification
Additional details: Account Merge
Description:
I will leave company on 31 March. Please merge my certification to my private account %s.
All my certifications are on this company address.

We aim to respond within 24 hours. If you have already opened a case, please do not open another
case for the same request; duplicate cases may delay our response.

Best regards,
Amazon Web Services
""" % (CASE_B, CASE_B, ME_P), "us-ascii", "7bit")], rcpt="company")

M("phish1", "2025-03-06 02:14 +0000",
  ("AWS Training & Certification", "case-notify@amazon-certsupport.com"), ME_P,
  "RE:[CASE 174118570011240] Action required: verify account ownership to complete merge",
  "suspicious", False, None, [],
  "lookalike domain with a case-like number and a hard request; DKIM/SPF pass for its own domain",
  [H("""<html><body style="font-family:Arial">
<p>Dear Customer,</p>
<p>We have received your request to merge your AWS Certification accounts (case 174118570011240).
Before we can proceed, <b>you must verify ownership of both accounts within 24 hours</b>, otherwise
your certifications and exam vouchers will be permanently removed.</p>
<p><a href="https://amazon-certsupport.com/verify?c=174118570011240">Verify my accounts</a></p>
<p>Please reply to this email with your candidate ID and password if the link does not work.</p>
<p>AWS Training and Certification Team</p>
</body></html>""")], auth_dom="amazon-certsupport.com")

A_HOLD = """Hello Sora,

Thank you for reaching out to AWS Training and Certification, I hope you are doing well.

I've looked into the two certification accounts linked to the addresses you gave us. The account
registered under %s (candidate ID %s) is associated with an AWS Partner Network (APN)
organization, Kaede Systems K.K. Certifications earned by a partner's employees count towards that
organization's partner tier, and for that reason we do not move a partner-linked account out of
the organization while the holder still works there.

I have therefore placed your request on hold for now. Nothing has been changed on either account;
your exam history, certifications and benefits are untouched.

Once you are no longer with the partner, the account can be released from the organization and
merged into the account under your personal address. If your departure is already scheduled I can
move forward on that basis: I'd just need your last working day at Kaede Systems, and your
confirmation that you won't continue working with them in any capacity after that date.

Best regards,
Daniel R.
AWS Training and Certification Customer Service""" % (ME_C, ID_CORP)

M("a_hold", "2025-03-06 23:58 +0000", TC, ME_P,
  "RE:[CASE %s] %s" % (CASE_A, FORM),
  "on_hold", True, CASE_A, [ID_CORP],
  "APN hold; the ask ('I'd just need your last working day…') is the last sentence of a long explanation, no 'please'",
  [P(A_HOLD, "utf-8", "quoted-printable")], cc=[ME_C])

M("b_dup", "2025-03-07 00:20 +0000", TC, ME_C,
  "RE: [CASE %s] %s" % (CASE_B, FORM),
  "case_update", False, CASE_B, [],
  "duplicate case being closed (not for lack of reply); points to the other case; asks nothing",
  [P("""Hello,

This request is the same as case %s, which you opened a few minutes earlier and which a colleague
is already working on. To avoid crossed wires we will continue only in that case and close this
one. You do not need to reply here.

Thank you,
Amazon Web Services Training and Certification
""" % CASE_A, "us-ascii", "7bit")], rcpt="company")

A_R1 = """Hello Daniel,

Thank you for quick answer. I confirm I am leaving Kaede Systems, my last working day is 31 March
2025. After that I will not work with them in any form. Also this mail address will be closed on
same day, so please use my private address %s from now.

Best regards,
Sora Nishikawa""" % ME_P

M("a_r1", "2025-03-07 09:35 +0900", ("Nishikawa Sora", ME_C), TC,
  "RE: RE:[CASE %s] %s" % (CASE_A, FORM),
  "user_reply", False, CASE_A, [],
  "owner answers from the old company address (Outlook -----Original Message----- quoting), CRLF",
  [P(A_R1 + """

-----Original Message-----
From: aws-cs-trainingcertification-form@amazon.com <aws-cs-trainingcertification-form@amazon.com>
Sent: Friday, March 7, 2025 8:58 AM
To: sora.nishikawa.dev@gmail.com
Cc: Nishikawa Sora <s.nishikawa@kaede-systems.co.jp>
Subject: RE:[CASE %s] %s

%s
""" % (CASE_A, FORM, A_HOLD))], irt="a_hold", refs=["a_ack", "a_hold"], eol="\r\n")

A_WRONG = """Thanks Sora.

This message came from %s, which is the account being merged away, not the one you are
keeping. For security reasons I can't act on instructions sent from that address. Reply to this
thread from %s confirming your last working day, and I'll take it from there.

Daniel R.
AWS Training and Certification Customer Service""" % (ME_C, ME_P)

M("a_wrong", "2025-03-07 01:12 +0000", TC, ME_C,
  "RE:[CASE %s] %s" % (CASE_A, FORM),
  "info_request", True, CASE_A, [],
  "wrong-address reply: asks to write again from the personal address; no 'please'; to the company mailbox",
  [P(A_WRONG + "\n\n> I confirm I am leaving Kaede Systems, my last working day is 31 March\n> 2025.\n")],
  irt="a_r1", refs=["a_ack", "a_hold", "a_r1"], rcpt="company")

M("a_fwd", "2025-03-07 10:26 +0900", ("Nishikawa Sora", ME_C), ME_P,
  "FW: RE:[CASE %s] %s" % (CASE_A, FORM),
  "user_reply", False, CASE_A, [],
  "owner forwards support's request from the company mailbox to himself: contains the request, but it is the owner's own mail",
  [P("""memo: reply from gmail!

________________________________
From: aws-cs-trainingcertification-form@amazon.com <aws-cs-trainingcertification-form@amazon.com>
Sent: Friday, March 7, 2025 10:12
To: Nishikawa Sora <s.nishikawa@kaede-systems.co.jp>
Subject: RE:[CASE %s] %s

%s
""" % (CASE_A, FORM, A_WRONG))], auth="pass", rcpt="personal")

A_R2 = """Hello Daniel,

I write again from my private address as you asked.
I confirm: my last working day at Kaede Systems K.K. is 31 March 2025, and after this day I do
not continue with them in any capacity.
Please merge to the account of %s.

Sora Nishikawa""" % ME_P

M("a_r2", "2025-03-07 10:41 +0900", ("Sora Nishikawa", ME_P), TC,
  "Confirmation of last working day (Sora Nishikawa)",
  "user_reply", False, CASE_A, [],
  "owner reply with edited subject (no case number); only In-Reply-To/References link it to the case",
  [P(A_R2 + "\n\n2025年3月7日(金) 8:58 <%s>:\n\n%s\n" % (TC, q(A_HOLD)))],
  irt="a_hold", refs=["a_ack", "a_hold"])

M("a_hold2", "2025-03-08 03:30 +0000", TC, ME_P,
  "RE:[CASE %s] %s" % (CASE_A, FORM),
  "on_hold", False, CASE_A, [],
  "on hold waiting for the partner team; explicitly nothing needed; conditional 'if you have questions'",
  [P("""Hi Sora,

Thank you for confirming from your personal address, that's all I needed.

I've asked our partner team to release your former account from the Kaede Systems K.K. partner
organization. That usually takes two to five business days, and your case stays on hold until
they are done. There is nothing you need to do in the meantime; I will write again as soon as the
account is released. Should you have any questions while waiting, feel free to reply here.

Best regards,
Daniel R.
AWS Training and Certification Customer Service
""")], irt="a_r2", refs=["a_ack", "a_hold", "a_r2"])

M("jira", "2025-03-10 14:02 +0900",
  ("Jira", "jira@kaede-systems.atlassian.net"), ME_C,
  "[JIRA] (INFRA-481) Resolved: Merge IAM Identity Center accounts for Sora's offboarding",
  "unrelated", False, None, [],
  "Jira 'Resolved' + 'merge accounts' + offboarding; to the company mailbox",
  [H("""<html><body>
<p>Takuya Mori <b>resolved</b> INFRA-481 as <b>Done</b>.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Summary</td><td>Merge IAM Identity Center accounts for Sora's offboarding</td></tr>
<tr><td>Resolution</td><td>Done</td></tr>
<tr><td>AWS account</td><td>%s</td></tr>
</table>
<p>Comment: Merged into the shared ops user. Sora, please confirm nothing is missing before the 31st.</p>
<p style="font-size:11px">Get Jira notifications on your phone!</p>
</body></html>""" % ACCT)], rcpt="company", auth_dom="kaede-systems.atlassian.net")

M("dd", "2025-03-11 07:44 +0000",
  ("Datadog Support", "support@datadoghq.com"), ME_C,
  "[Datadog Support] Re: AWS integration missing metrics - Case #1902241 has been closed",
  "unrelated", False, None, [],
  "another vendor's 'case closed / reply to reopen' mail",
  [P("""Hello Sora,

We haven't heard back from you, so we have closed case #1902241 (AWS integration missing metrics
for account %s). If the issue persists, simply reply to this email and the case will be reopened
automatically.

How would you rate the support you received? Good / Bad

Datadog Support
""" % ACCT)], rcpt="company", auth_dom="datadoghq.com")

A_CONF_HTML = """<html><head><meta charset="utf-8"></head><body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
<p>Hi Sora,</p>
<p>Good news &mdash; our partner team has released your former account from the APN organization, so the merge can go ahead. Below are the two accounts I found:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#f2f3f3"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>%s</td><td>%s</td></tr>
<tr><td>Login email</td><td>%s</td><td>%s</td></tr>
<tr><td>Training notification email</td><td>%s</td><td>%s</td></tr>
<tr><td>Certification notification email</td><td>%s</td><td>%s</td></tr>
</table>
<p>Exam history, active certifications and the unused 50%% exam voucher on Account #2 will all be carried over.</p>
<p>Which of the two should remain your primary account after the merge? Your form says Account #1, but a merge cannot be undone, so I want to hear it from you before I proceed.</p>
<p>Warm regards,<br>Priya S.<br>AWS Training and Certification Customer Service</p>
</body></html>""" % (ID_KEEP, ID_CORP, ME_P, ME_C, ME_P, ME_C, ME_P, ME_C)

A_CONF_TXT = """Hi Sora,

Good news - our partner team has released your former account from the APN organization, so the
merge can go ahead. Below are the two accounts I found:

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

Exam history, active certifications and the unused 50%% exam voucher on Account #2 will all be
carried over.

Which of the two should remain your primary account after the merge? Your form says Account #1,
but a merge cannot be undone, so I want to hear it from you before I proceed.

Warm regards,
Priya S.""" % (ID_KEEP, ME_P, ME_P, ME_P, ID_CORP, ME_C, ME_C, ME_C)

M("a_conf", "2025-03-12 05:17 +0000", TC, ME_P,
  "RE:[CASE %s] %s" % (CASE_A, FORM),
  "confirmation_request", True, CASE_A, [ID_KEEP, ID_CORP],
  "HTML-only (quoted-printable) with an Account #1/#2 table; the ask is a question, no 'please'",
  [H(A_CONF_HTML, "utf-8", "quoted-printable")], irt="a_hold2", refs=["a_ack", "a_hold2"])

M("mkt1", "2025-03-13 16:00 +0000",
  ("Amazon Web Services", "aws-marketing-email-replies@amazon.com"), ME_P,
  "Sora, your next AWS Certification is closer than you think",
  "unrelated", False, None, [],
  "AWS marketing with 'reply to this email' and 50% voucher wording",
  [P("""Hi Sora,

Holding an AWS Certification? Use your 50% exam voucher on your next exam before it expires.
Not sure which certification is next? Reply to this email and an AWS Training specialist will
help you build a learning plan.

Explore exam prep: https://skillbuilder.aws/exam-prep

Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109
Unsubscribe | Privacy
""")])

M("a_close", "2025-03-17 00:02 +0000", TC, ME_P,
  "RE:[CASE %s] %s" % (CASE_A, FORM),
  "closing_notice", True, CASE_A, [],
  "closing notice in plain text over Gmail-style quote of the table (ids only in quoted part)",
  [P("""Hi Sora,

Following up on my message of March 12: I still need to know which account you'd like to keep
before I can merge them.

If I don't hear back from you by March 20, 2025, this case will be closed automatically. Replying
to this email keeps it open; there is no need to open a new case.

Thanks,
Priya

On Wed, Mar 12, 2025 at 05:17 AM, AWS Training and Certification wrote:
%s
""" % q(A_CONF_TXT))], irt="a_conf", refs=["a_ack", "a_conf"])

A_OK = """Confirmed. Please merge to Account #1 (%s).

Thank you,
Sora""" % ME_P

M("a_ok", "2025-03-17 09:14 +0900", ("Sora Nishikawa", ME_P), TC,
  "Re: RE:[CASE %s] %s" % (CASE_A, FORM),
  "user_reply", False, CASE_A, [],
  "owner confirmation with Japanese Gmail reply header and long quoted history",
  [P(A_OK + "\n\n2025年3月17日(月) 9:02 <%s>:\n\n> Hi Sora,\n>\n> Following up on my message of March 12: I still need to know which account you'd like to keep\n> before I can merge them.\n>\n%s\n" % (TC, q(q(A_CONF_TXT))))],
  irt="a_close", refs=["a_ack", "a_conf", "a_close"])

M("a_done", "2025-03-17 04:40 +0000", TC, ME_P,
  "RE:[CASE %s] %s" % (CASE_A, FORM),
  "resolved", False, CASE_A, [ID_KEEP, ID_CORP],
  "'successfully merged' + 'No further action is required', above Outlook-quoted closing notice and confirmation request",
  [P("""Hello Sora,

I have successfully merged all accounts. Everything from your former account (exam history,
certifications and the 50%% exam voucher) is now on Account #1, %s, candidate ID %s.
The former candidate ID %s is no longer in use.

No further action is required on your side. Credly will re-issue your digital badges to your
personal address, usually within a day.

We'd love to know how we did; you may receive a short survey about this case.

Kind regards,
Priya S.
AWS Training and Certification Customer Service

________________________________
From: Sora Nishikawa <%s>
Sent: Monday, March 17, 2025 12:14 AM
To: %s
Subject: Re: RE:[CASE %s] %s

%s

________________________________
From: %s
Sent: Monday, March 17, 2025 12:02 AM
To: %s
Subject: RE:[CASE %s] %s

Following up on my message of March 12: I still need to know which account you'd like to keep
before I can merge them.

If I don't hear back from you by March 20, 2025, this case will be closed automatically. Replying
to this email keeps it open; there is no need to open a new case.

%s
""" % (ME_P, ID_KEEP, ID_CORP, ME_P, TC, CASE_A, FORM, A_OK, TC, ME_P, CASE_A, FORM, A_CONF_TXT),
     "utf-8", "quoted-printable")], irt="a_ok", refs=["a_ack", "a_conf", "a_close", "a_ok"])

M("credly2", "2025-03-17 06:05 +0000",
  ("Credly", "admin@credly.com"), ME_P,
  "You've been issued 3 badges by Amazon Web Services Training and Certification",
  "badge", False, None, [],
  "Credly right after the merge (base64 HTML), 'accept' buttons",
  [H("""<html><body>
<h2>Sora, you have new badges!</h2>
<p>Amazon Web Services Training and Certification issued you:</p>
<ul>
<li>AWS Certified Solutions Architect &ndash; Associate</li>
<li>AWS Certified Developer &ndash; Associate</li>
<li>AWS Certified SysOps Administrator &ndash; Associate</li>
</ul>
<p><a href="https://www.credly.com/earner/earned">Accept your badges</a> to start sharing them.</p>
<p style="font-size:11px;color:#888">You are receiving this because a badge was issued to %s.</p>
</body></html>""" % ME_P, "utf-8", "base64")], auth_dom="credly.com")

M("a_srv", "2025-03-18 05:00 +0000",
  ("AWS Training and Certification", "aws-tc-feedback@amazon.com"), ME_P,
  "Tell us about your recent support experience (Case %s)" % CASE_A,
  "survey", False, CASE_A, [],
  "survey naming the case and 'resolved'; 'Please answer'",
  [H("""<html><body>
<p>Hello Sora,</p>
<p>Your case <b>%s</b> was recently resolved. Please answer two quick questions about your experience:</p>
<table cellpadding="6"><tr>
<td><a href="https://feedback.aws.amazon.com/s?c=%s&r=5">Very satisfied</a></td>
<td><a href="https://feedback.aws.amazon.com/s?c=%s&r=3">Neutral</a></td>
<td><a href="https://feedback.aws.amazon.com/s?c=%s&r=1">Dissatisfied</a></td>
</tr></table>
<p>This survey closes in 7 days. Replies to this email are not monitored.</p>
</body></html>""" % (CASE_A, CASE_A, CASE_A, CASE_A))])

M("spoof1", "2025-03-19 11:48 +0000", TC, ME_P,
  "RE:[CASE %s] %s" % (CASE_A, FORM),
  "suspicious", False, None, [],
  "genuine sender address and the real case subject, but DKIM/SPF/DMARC fail for amazon.com",
  [P("""Hello Sora,

Following your recent account merge, one final step is required. Our system could not verify
the destination account and your certifications will be suspended in 48 hours.

Could you confirm your identity by signing in at the link below and re-entering your candidate
ID and Builder ID password?

https://aws-training-verify.support-case.info/login

Kind regards,
Priya S.
AWS Training and Certification Customer Service
""")], auth="fail", return_path="bounce@mail-relay7.support-case.info")

M("cm_jp", "2025-03-20 00:30 +0000",
  ("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
  "AWS 認定の有効期限が近づいています",
  "certification", False, None, [ID_KEEP],
  "Japanese certification expiry notice with '再認定をご検討ください' imperative",
  [P("""西川 空 様

お客様の AWS Certified Solutions Architect – Associate は 2025年6月30日に有効期限を迎えます。

認定を維持するには、有効期限までに再認定試験に合格してください。
特典ページに未使用の 50% 割引バウチャーがある場合は、再認定試験にご利用いただけます。

AWS 認定アカウントにサインインして詳細をご確認ください。
https://www.aws.training/Certification

候補 ID: AWS04417739

※本メールは送信専用です。
AWS 認定
""", "utf-8", "quoted-printable")], auth_dom="certmetrics.com", hcs="utf-8")

M("amzn_jp", "2025-03-24 13:20 +0900",
  ("Amazon.co.jp", "shipment-tracking@amazon.co.jp"), ME_P,
  "Amazon.co.jp ご注文の商品を発送しました",
  "unrelated", False, None, [],
  "Amazon.co.jp shipping notice (amazon domain, Japanese, order number)",
  [P("""西川 空 様

Amazon.co.jp をご利用いただき、ありがとうございます。
ご注文の商品を発送しましたのでお知らせいたします。

注文番号: 250-4418203-7731402
お届け予定: 3月25日（火）

配送状況は「注文履歴」からご確認ください。
このメールアドレスは配信専用です。このメッセージに返信しないようお願いいたします。

Amazon.co.jp
""", "iso-2022-jp", "7bit")], hcs="iso-2022-jp", auth_dom="amazon.co.jp")

M("oof", "2025-03-26 08:00 +0900",
  ("Hiroko Aoki", "h.aoki@kaede-systems.co.jp"), ME_C,
  "自動応答: 引き継ぎ資料の件 / Automatic reply: handover documents",
  "unrelated", False, None, [],
  "out-of-office auto-reply with 'please contact / reply after' wording",
  [P("""お疲れさまです。青木です。
3/24〜3/28 は休暇のため不在にしております。
お急ぎの場合は ops@kaede-systems.co.jp までご連絡ください。3/31 以降に返信いたします。

I am out of the office until 28 March. For urgent matters please contact ops@kaede-systems.co.jp.
""")], rcpt="company", auth_dom="kaede-systems.co.jp")

M("it", "2025-03-28 17:45 +0900",
  ("情報システム部", "it-helpdesk@kaede-systems.co.jp"), ME_C,
  "メールボックス停止のお知らせ（3/31 18:00）",
  "unrelated", False, None, [],
  "company IT notice (Shift_JIS) telling the owner to forward important mail before the mailbox closes",
  [P("""西川 空 様

情報システム部です。
退職に伴い、3月31日 18:00 をもってメールボックスを停止いたします。
停止後に届いたメールは送信者に返送されます。

外部サービスに登録しているメールアドレスの変更がお済みでない場合は、停止前に変更してください。

情報システム部 ヘルプデスク
""", "shift_jis", "8bit")], hcs="iso-2022-jp", rcpt="company", auth_dom="kaede-systems.co.jp")

M("bounce", "2025-04-02 09:12 +0000",
  ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P,
  "Delivery Status Notification (Failure)",
  "unrelated", False, None, [],
  "bounce of the owner's mail to his closed company address; quoted text contains 'please confirm'",
  [P("""** Address not found **

Your message wasn't delivered to s.nishikawa@kaede-systems.co.jp because the address couldn't be
found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

----- Original message -----
Subject: test - old mailbox
Please confirm if this still arrives.
""")], auth_dom="googlemail.com")

# ===========================================================================
# Case D — console (Support Center) case, 10 digits
# ===========================================================================

M("d_ack", "2025-04-03 03:21 +0000", ("Amazon Web Services", NOREPLY), ME_P,
  "Amazon Web Services: New Support case: %s" % CASE_D,
  "acknowledgement", False, CASE_D, [ID_KEEP],
  "console 'New Support case' mail; body quotes the other (merge) case number and a 12-digit account id",
  [P("""Dear AWS customer,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Exam voucher missing after certification account merge
Severity: General guidance
Correspondence: After my certification accounts were merged in case %s, the 50%% exam
voucher from my former account does not show on my account %s. Could you restore it?

We will be in touch with you soon. To view the case, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Best regards,
Amazon Web Services

[AWS ID %s]
""" % (CASE_D, CASE_D, CASE_A, ID_KEEP, CASE_D, ACCT))])

D_INFO = """Hello,

Thank you for your patience. I checked the merged certification account %s: the exam history
and certifications from the former account are there, but the voucher is not. Vouchers issued
through a partner program are sometimes held back when an account leaves the partner
organization.

To trace it I'll need the voucher code as it appeared on your former account (the first six
characters are enough) and roughly when it was issued. It is usually in the benefits section of
an earlier AWS Certification email.

%s

Best regards,
Kenji M.
Amazon Web Services
""" % (ID_KEEP, RATE)

M("d_info", "2025-04-04 06:02 +0000", ("Amazon Web Services", NOREPLY), ME_P,
  "RE:[CASE %s] Exam voucher missing after certification account merge" % CASE_D,
  "info_request", True, CASE_D, [ID_KEEP],
  "console request ('I'll need…') with rating footer and 'cannot accept incoming e-mails' footer; multipart",
  [P(D_INFO + "\n" + CONSOLE_FOOT.format(cid=CASE_D), "utf-8", "quoted-printable"),
   H("<html><body><pre style=\"font-family:Arial\">%s</pre></body></html>" %
     (D_INFO + "\n" + CONSOLE_FOOT.format(cid=CASE_D)).replace("&", "&amp;"), "utf-8", "quoted-printable")])

E_ACK = """西川 空 様

AWS トレーニングと認定へのお問い合わせありがとうございます。
ケース番号 %s にてお問い合わせを承りました。

ご依頼内容:
アカウント統合後、旧アカウントで予約していた認定試験（4月26日）が新しいアカウントに表示されません。

通常24時間以内に担当者よりご連絡いたします。
同じ内容で別のケースを作成されますと対応が遅れる場合がございますので、ご注意ください。

※本メールは受付確認のため自動送信しております。
AWS トレーニングと認定
""" % CASE_E

M("e_ack", "2025-04-04 22:25 +0000", TC, ME_P,
  "RE:[CASE %s] %s" % (CASE_E, FORM),
  "acknowledgement", False, CASE_E, [],
  "Japanese acknowledgement in ISO-2022-JP, short, 'ケース番号' wording",
  [P(E_ACK, "iso-2022-jp", "7bit")])

M("bill2", "2025-04-05 00:15 +0000", ("Amazon Web Services", NOREPLY), ME_P,
  "AWS Free Tier limit alert",
  "unrelated", False, None, [],
  "same sender as console case mail; 'take action' wording; account id",
  [P("""Hello,

Your AWS account %s has exceeded 85%% of the usage limit for one or more AWS Free Tier-eligible
services for the month of April.

To avoid charges, review your usage in the Billing console and take action if needed.

AWS Free Tier usage:
  Amazon S3: 4.3 GB of 5 GB

Sincerely,
Amazon Web Services
""" % ACCT, "us-ascii", "7bit")])

E_INFO = """西川様

お問い合わせありがとうございます。担当の田中です。

確認したところ、4月26日の試験予約（登録番号 %s）は、統合前の旧アカウントに紐づいたままになっていました。
統合の処理では、すでに確定している試験予約は自動では移動されません。

予約を新しいアカウントに移しますので、新しいアカウントの候補ID（「AWS」＋数字8桁）を、このメールに返信して教えてください。
候補IDは認定アカウントの画面右上に表示されています。

田中
AWS トレーニングと認定 カスタマーサービス
""" % REG

M("e_info", "2025-04-06 02:40 +0000", TC, ME_P,
  "RE:[CASE %s] %s" % (CASE_E, FORM),
  "info_request", True, CASE_E, [],
  "Japanese plain 〜ください request (Shift_JIS 8bit); 9-digit registration id in text",
  [P(E_INFO, "shift_jis", "8bit")], hcs="iso-2022-jp")

D_CLOSE = """Hello,

We haven't received a response to our last message on this case. We'll keep it open for three
more days; after that it will be resolved automatically.

If you still need help with the missing voucher, just add a correspondence through the link
below and the case will stay open.

Best regards,
Kenji M.
Amazon Web Services
"""

M("d_close", "2025-04-08 06:05 +0000", ("Amazon Web Services", NOREPLY), ME_P,
  "RE:[CASE %s] Exam voucher missing after certification account merge" % CASE_D,
  "closing_notice", True, CASE_D, [],
  "console auto-resolve warning; answer must go through Support Center",
  [P(D_CLOSE + "\n" + CONSOLE_FOOT.format(cid=CASE_D))])

M("d_upd", "2025-04-08 23:40 +0000", ("Amazon Web Services", NOREPLY), ME_P,
  "RE:[CASE %s] Exam voucher missing after certification account merge" % CASE_D,
  "case_update", False, CASE_D, [],
  "console progress note after the owner answered in Support Center; rating footer 'Please share'",
  [P("""Hello,

Thank you for sending the voucher details through the Support Center. I've passed them on to the
Certification benefits team, who are able to restore vouchers; this normally takes two to three
business days. I will update this case as soon as I hear back.

%s

Best regards,
Kenji M.
Amazon Web Services

%s""" % (RATE, CONSOLE_FOOT.format(cid=CASE_D)), "utf-8", "quoted-printable")])

M("e_close", "2025-04-10 01:00 +0000", TC, ME_P,
  "RE:[CASE %s] %s" % (CASE_E, FORM),
  "closing_notice", True, CASE_E, [],
  "Japanese keigo closing notice (UTF-8 quoted-printable); 'ご返信をいただけない場合…クローズ'",
  [P("""西川 空 様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサービスでございます。

4月6日にお送りしたメールにつきまして、現時点でご返信を確認できておりません。
誠に恐れ入りますが、4月14日（月）までにご返信をいただけない場合、本ケースはクローズとさせていただきます。

引き続き対応をご希望の場合は、本メールにご返信いただけますと幸いです。
ご返信をいただいた時点で、ケースは自動的に再開されます。

何卒よろしくお願い申し上げます。

AWS トレーニングと認定 カスタマーサービス
""", "utf-8", "quoted-printable")], irt="e_info", refs=["e_ack", "e_info"])

E_R1 = """田中様

お世話になっております。西川です。
ご返信が遅くなり、申し訳ございません。

新しいアカウントの候補IDは AWS04417739 です。
試験予約の移行をお願いいたします。

西川 空"""

M("e_r1", "2025-04-10 12:48 +0900", ("西川 空", ME_P), TC,
  "Re: RE:[CASE %s] %s" % (CASE_E, FORM),
  "user_reply", False, CASE_E, [ID_KEEP],
  "Japanese owner reply with Japanese Gmail header '…<addr>:' and quoted request",
  [P(E_R1 + "\n\n2025年4月6日(日) 11:40 <%s>:\n\n%s\n" % (TC, q(E_INFO)))],
  irt="e_close", refs=["e_ack", "e_info", "e_close"])

M("e_conf", "2025-04-11 00:30 +0000", TC, ME_P,
  "RE:[CASE %s] %s" % (CASE_E, FORM),
  "confirmation_request", True, CASE_E, [ID_KEEP, ID_CORP],
  "Japanese keigo confirmation with アカウント #1/#2 listing; 'ご確認いただけますでしょうか'",
  [P("""西川 空 様

ご連絡いただき、誠にありがとうございます。AWS トレーニングと認定の佐藤でございます。

試験予約の移行先として、以下のアカウントでお間違いないか、ご確認いただけますでしょうか。

アカウント #1（移行先）
  候補 ID: %s
  ログイン メール: %s
  認定通知メール: %s
アカウント #2（統合済みの旧アカウント）
  候補 ID: %s
  ログイン メール: %s

試験予約（登録番号 %s）をアカウント #1 に移し、アカウント #2 は無効のままといたします。
問題がございませんでしたら、その旨ご返信くださいますよう、よろしくお願いいたします。

佐藤
AWS トレーニングと認定 カスタマーサービス
""" % (ID_KEEP, ME_P, ME_P, ID_CORP, ME_C, REG), "utf-8", "base64")],
  irt="e_r1", refs=["e_ack", "e_info", "e_close", "e_r1"])

M("e_r2", "2025-04-11 10:02 +0900", ("西川 空", ME_P), TC,
  "Re: RE:[CASE %s] %s" % (CASE_E, FORM),
  "user_reply", False, CASE_E, [],
  "short Japanese owner confirmation",
  [P("""佐藤様

はい、アカウント #1 で問題ありません。
よろしくお願いいたします。

西川
""", "iso-2022-jp", "7bit")], irt="e_conf", refs=["e_ack", "e_conf"], hcs="iso-2022-jp")

M("e_hold", "2025-04-11 06:15 +0000", TC, ME_P,
  "RE:[CASE %s] %s" % (CASE_E, FORM),
  "on_hold", False, CASE_E, [],
  "Japanese on-hold (waiting for the exam vendor); 'ご対応は不要です'",
  [P("""西川 空 様

ご確認いただきありがとうございます。

試験予約の移行には、試験配信パートナー（Pearson VUE）側での作業が必要となるため、
先方からの回答があるまで、本ケースは一時保留とさせていただきます。
現時点でお客様にご対応いただくことはございません。

進捗がございましたら、改めてご連絡いたします。

佐藤
AWS トレーニングと認定 カスタマーサービス
""", "utf-8", "8bit")], irt="e_r2", refs=["e_ack", "e_conf", "e_r2"])

M("d_done", "2025-04-11 08:30 +0000", ("Amazon Web Services", NOREPLY), ME_P,
  "RE:[CASE %s] Exam voucher missing after certification account merge" % CASE_D,
  "resolved", False, CASE_D, [ID_KEEP],
  "console resolution with 'you can reopen within 14 days' and rating footer",
  [P("""Hello,

Good news: the Certification benefits team has restored the 50%% exam voucher to %s. You'll find
it under Benefits in your certification account; it is valid until September 30, 2025.

I'm marking this case as resolved. If anything else comes up about this issue you can reopen the
case from the Support Center within 14 days.

%s

Best regards,
Kenji M.
Amazon Web Services

%s""" % (ID_KEEP, RATE, CONSOLE_FOOT.format(cid=CASE_D)))])

M("vue2", "2025-04-12 03:10 +0000",
  ("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), ME_P,
  "Your AWS Certification exam appointment has been updated",
  "unrelated", False, None, [ID_KEEP],
  "exam vendor update with the 9-digit registration id and candidate id; 'please review'",
  [P("""Dear Sora Nishikawa,

Your exam appointment has been updated.

Exam: SAA-C03: AWS Certified Solutions Architect - Associate
Registration Number: %s
Candidate ID: %s
Appointment: Saturday, April 26, 2025 13:00 JST

Please review your appointment details. If you need to reschedule, do so at least 24 hours in
advance from your AWS Certification account.

Pearson VUE
""" % (REG, ID_KEEP), "us-ascii", "7bit")], auth_dom="pearson.com")

M("e_done", "2025-04-15 02:00 +0000", TC, ME_P,
  "RE:[CASE %s] %s" % (CASE_E, FORM),
  "resolved", False, CASE_E, [],
  "Japanese resolution quoting the old 教えてください request; conditional survey line",
  [P("""西川 空 様

お待たせいたしました。
試験予約（4月26日）の新しいアカウントへの移行が完了いたしました。
認定アカウントの「試験登録」からご確認いただけます。お客様側での追加のご対応は不要です。

本件はこれにて解決とさせていただきます。
後日アンケートをお送りする場合がございますので、お時間がございましたらご協力いただけますと幸いです。

佐藤
AWS トレーニングと認定 カスタマーサービス

-----元のメッセージ-----
%s
""" % q(E_INFO), "utf-8", "quoted-printable")], irt="e_hold", refs=["e_ack", "e_info", "e_hold"])

M("e_srv", "2025-04-16 03:00 +0000",
  ("AWS トレーニングと認定", "aws-tc-feedback@amazon.com"), ME_P,
  "サポートに関するアンケートへのご協力のお願い（ケース %s）" % CASE_E,
  "survey", False, CASE_E, [],
  "Japanese survey with keigo request wording and the case number",
  [P("""西川 空 様

先日はお問い合わせいただき、誠にありがとうございました。
サポート品質向上のため、以下のアンケートへのご回答をお願いいたします（所要時間1分）。

https://feedback.aws.amazon.com/s?c=%s&lang=ja

ケース番号: %s

※本メールへのご返信はお受けしておりません。
""" % (CASE_E, CASE_E), "iso-2022-jp", "7bit")], hcs="iso-2022-jp")

M("phish_jp", "2025-04-20 10:40 +0900",
  ("AWS認定サポート", "support@aws-ninteisupport.jp"), ME_P,
  "【重要】AWS認定アカウント統合の最終確認（48時間以内）",
  "suspicious", False, None, [],
  "Japanese phishing from a lookalike .jp domain with keigo request",
  [P("""お客様

AWS認定アカウントの統合手続きが保留中となっております。
48時間以内に下記リンクより本人確認を完了していただけますでしょうか。
期限を過ぎますと、取得済みの認定がすべて失効いたします。

https://aws-ninteisupport.jp/verify

何卒よろしくお願い申し上げます。
AWS認定サポートセンター
""", "shift_jis", "8bit")], hcs="iso-2022-jp", auth_dom="aws-ninteisupport.jp")

# ===========================================================================
# Case G — name on certificates (15 digits)
# ===========================================================================

M("g_ack", "2025-04-25 17:29 +0000", TC, ME_P,
  "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_G,
  "acknowledgement", False, CASE_G, [],
  "ack in a different system voice (multipart, HTML table) with 'simply reply' conditional",
  [P("""Hello Sora Nishikawa,

We've received your request and opened case %s.

Inquiry type: Certification
Additional details: Account Profile
Description: My name was changed (marriage). Certificates should show "Sora Nishikawa-Ito".

Our team typically responds within 24 hours. To add information, simply reply to this email.
Please don't open a new case for the same question, duplicates slow us down.

AWS Training and Certification
""" % CASE_G, "us-ascii", "7bit"),
   H("""<html><body>
<p>Hello Sora Nishikawa,</p>
<p>We've received your request and opened case <b>%s</b>.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Inquiry type</td><td>Certification</td></tr>
<tr><td>Additional details</td><td>Account Profile</td></tr>
<tr><td>Description</td><td>My name was changed (marriage). Certificates should show &quot;Sora Nishikawa-Ito&quot;.</td></tr>
</table>
<p>Our team typically responds within 24 hours. To add information, simply reply to this email.
Please don't open a new case for the same question, duplicates slow us down.</p>
<p>AWS Training and Certification</p>
</body></html>""" % CASE_G)])

M("connpass", "2025-04-26 12:00 +0900",
  ("connpass", "no-reply@connpass.com"), ME_P,
  "【connpass】JAWS-UG 東京 #62 への参加が確定しました",
  "unrelated", False, None, [],
  "Japanese event mail with AWS wording and a 受付番号",
  [P("""西川 空 さん

JAWS-UG 東京 #62 への参加が確定しました。

受付番号: 508113
日時: 2025/05/10(土) 13:00〜
会場: 目黒

当日は受付番号をご提示ください。参加できなくなった場合は、イベントページからキャンセルしてください。

connpass
""")], auth_dom="connpass.com")

M("g_upd", "2025-04-28 04:00 +0000", TC, ME_P,
  "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_G,
  "case_update", False, CASE_G, [],
  "progress note; 'Nothing is needed from you' followed by a conditional 'if you have anything to add'",
  [P("""Hi Sora,

Just a short update: I've updated the name on your certification profile and sent the certificate
reissue to the team that produces the PDFs. Nothing is needed from you at this point. If you have
anything to add in the meantime, reply to this email.

Marta
AWS Training and Certification
""")], irt="g_ack", refs=["g_ack"])

G_INFO_HTML = """<html><body style="font-family:Arial;font-size:14px">
<p>Hi Sora,</p>
<p>Here's where things stand:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#eee"><th>Item</th><th>Status</th></tr>
<tr><td>Name on certification profile</td><td>Updated</td></tr>
<tr><td>Digital badges (Credly)</td><td>Will follow automatically</td></tr>
<tr><td>Certificate PDFs</td><td>Waiting</td></tr>
</table>
<p>The PDF team prints the name exactly as it appears on the ID you show at the test center, and
the profile currently has two spellings on file. Kindly confirm which one is on your ID:
&quot;Sora Nishikawa-Ito&quot; (with hyphen) or &quot;Sora Nishikawa Ito&quot;?</p>
<p>Thanks,<br>Marta<br>AWS Training and Certification</p>
</body></html>"""

M("g_info", "2025-04-30 09:10 +0000", TC, ME_P,
  "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_G,
  "info_request", True, CASE_G, [],
  "HTML-only (base64) status table followed by a 'Kindly confirm…?' ask (not a merge question)",
  [H(G_INFO_HTML, "utf-8", "base64")], irt="g_upd", refs=["g_ack", "g_upd"])

M("sb", "2025-05-01 04:00 +0000",
  ("AWS Skill Builder", "no-reply@aws.training"), ME_P,
  "Your AWS Skill Builder subscription receipt",
  "unrelated", False, None, [],
  "Skill Builder receipt from the training platform",
  [P("""Hi Sora,

Thanks for subscribing to AWS Skill Builder Individual.

Order number: SB-2025-0501-88412
Amount: USD 29.00
Next renewal: June 1, 2025

Manage your subscription in your AWS Skill Builder account settings.

AWS Training and Certification
""")], auth_dom="aws.training")

G_CLOSE = """Hi Sora,

As we haven't heard back for a week, I've closed this case for now. It isn't gone: reply to
this email with the spelling on your ID and the case reopens automatically with all its history.

Marta
AWS Training and Certification"""

M("g_close", "2025-05-07 09:30 +0000", TC, ME_P,
  "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_G,
  "closing_notice", True, CASE_G, [],
  "'has just been closed' variant; reply reopens it",
  [P(G_CLOSE, "us-ascii", "7bit")], irt="g_info", refs=["g_ack", "g_upd", "g_info"])

G_R = """Hi Marta,

Sorry for late reply, I was travelling. It is "Sora Nishikawa-Ito" with the hyphen, same as my
passport.

Thank you!
Sora"""

M("g_r", "2025-05-07 21:15 +0900", ("Sora Nishikawa", ME_P), TC,
  "Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_G,
  "user_reply", False, CASE_G, [],
  "top-posted owner reply over the closing notice",
  [P(G_R + "\n\nOn Wed, May 7, 2025 at 6:30 PM <%s> wrote:\n\n%s\n" % (TC, q(G_CLOSE)))],
  irt="g_close", refs=["g_ack", "g_info", "g_close"])

M("g_done", "2025-05-09 02:45 +0000", TC, ME_P,
  "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_G,
  "resolved", False, CASE_G, [],
  "resolution above an Outlook-quoted 'Kindly confirm…?' request",
  [P("""Hi Sora,

The certificates have been reissued as "Sora Nishikawa-Ito" and can be downloaded from your
certification account now. There's nothing else you need to do, and the case is resolved.

Marta
AWS Training and Certification

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Wednesday, April 30, 2025 6:10 PM
To: %s
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - certification

Hi Sora,
Here's where things stand: Name on certification profile - Updated; Certificate PDFs - Waiting.
The PDF team prints the name exactly as it appears on the ID you show at the test center, and
the profile currently has two spellings on file. Kindly confirm which one is on your ID:
"Sora Nishikawa-Ito" (with hyphen) or "Sora Nishikawa Ito"?
""" % (TC, ME_P, CASE_G), "utf-8", "quoted-printable")], irt="g_r", refs=["g_ack", "g_info", "g_close", "g_r"],
  eol="\r\n")

M("gh2", "2025-05-12 06:30 +0000",
  ("GitHub", "noreply@github.com"), ME_P,
  "[sora-nishikawa/dotfiles] Pull request #9 merged: close stale issues",
  "unrelated", False, None, [],
  "GitHub 'merged' + 'closed' wording",
  [P("""Merged #9 into main.

This closes #7 and #8. No further action is needed.

—
You are receiving this because you authored the thread.
""")], auth_dom="github.com")

M("cm2", "2025-05-20 15:00 +0000",
  ("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
  "Congratulations on recertifying your AWS Certification!",
  "certification", False, None, [ID_KEEP],
  "certmetrics recertification notice, with a 'download your certificate' call to action",
  [P("""Hello Sora Nishikawa-Ito,

Congratulations on recertifying your AWS Certified Solutions Architect - Associate!
Your certification is now valid through May 2028.

Download your certificate and view your benefits in your AWS Certification account.
Your digital badge will be issued by Credly.

Candidate ID: AWS04417739
Validation Number: Q7W2KX1LB1E4Q9S3

AWS Certification
""")], auth_dom="certmetrics.com")

M("credly3", "2025-05-20 16:10 +0000",
  ("Credly", "admin@credly.com"), ME_P,
  "Credly からのお知らせ: 新しいバッジが発行されました",
  "badge", False, None, [],
  "Japanese Credly badge mail",
  [P("""西川 空 様

Amazon Web Services Training and Certification から新しいバッジが発行されました。

AWS Certified Solutions Architect – Associate

バッジを受け取って、LinkedIn などで共有しましょう。
https://www.credly.com/earner/earned

Credly チーム
""", "utf-8", "base64")], auth_dom="credly.com")

M("news", "2025-05-22 13:00 +0000",
  ("Last Week in Cloud", "newsletter@lastweekincloud.dev"), ME_P,
  "Last Week in Cloud #214: certification account merges, Builder ID and more",
  "unrelated", False, None, [],
  "newsletter quoting support phrases ('Confirmed. Please merge to Account #1', 'successfully merged', case wording)",
  [P("""This week:

* Changing jobs? A reader describes merging an AWS Certification account: support asked "Can you
  confirm which account you'd like to keep?", she replied "Confirmed. Please merge to Account #1"
  and got "I have successfully merged all accounts" the same day. Tip: don't open duplicate cases.
* Builder ID now supports passkeys.
* Please reply and tell us what you'd like covered next!

Unsubscribe: https://lastweekincloud.dev/u
""")], auth_dom="lastweekincloud.dev")


# ---------------------------------------------------------------------------
def main():
    for m in MSGS:
        m["_dt"] = dt.datetime.strptime(m["when"], "%Y-%m-%d %H:%M %z")
        m["_mid"] = mid(m["key"], email_of(m["frm"]))
    order = sorted(MSGS, key=lambda m: m["_dt"])
    by_key = {m["key"]: m for m in MSGS}
    pos = {m["key"]: i for i, m in enumerate(order)}
    for m in order:
        for k in m.get("refs", []) + ([m["irt"]] if m.get("irt") else []):
            assert pos[k] < pos[m["key"]], (m["key"], k)
    for f in os.listdir(OUT):
        if f.endswith(".eml") or (f.endswith(".json") and f[:3].isdigit()):
            os.remove(os.path.join(OUT, f))
    rows = []
    for i, m in enumerate(order, 1):
        slug = "%03d-msg-%s" % (i, hashlib.sha1(("s/" + m["key"]).encode()).hexdigest()[:6])
        with open(os.path.join(OUT, slug + ".eml"), "wb") as fh:
            fh.write(build(m, by_key))
        with open(os.path.join(OUT, slug + ".json"), "w", encoding="utf-8") as fh:
            json.dump(m["label"], fh, ensure_ascii=False)
            fh.write("\n")
        rows.append((slug, m))
    with open(os.path.join(OUT, "manifest.tsv"), "w", encoding="utf-8") as fh:
        for slug, m in rows:
            lab = m["label"]
            fh.write("%s\t%s\t%s\t%s\t%s\n" % (slug, lab["kind"], lab["needs_reply"], lab["case"] or "-", m["note"]))
    print("wrote %d messages" % len(rows))


if __name__ == "__main__":
    main()
