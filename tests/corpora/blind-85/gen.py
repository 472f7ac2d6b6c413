#!/usr/bin/env python3
"""Blind held-out corpus generator (blind-85). Standard library only.
Writes NNN-msg.eml + NNN-msg.json next to this file."""
import base64
import datetime
import email.utils
import hashlib
import json
import os
import quopri
from email.header import Header

OUT = os.path.dirname(os.path.abspath(__file__))
ME = "sora.takeda.dev@gmail.com"
CO = "s.takeda@kitemark-soft.co.jp"
TC = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"
MGR = "y.hayashi@kitemark-soft.co.jp"

A = "38164029375"        # T&C form case, 11 digits (main merge)
B = "174107183500417"    # duplicate form submission, 15 digits
C = "174168420900233"    # console case, 15 digits (Partner Central SSO account)
D = "6619027354"         # old 2021 T&C case, 10 digits, reopened (Credly)
E = "174434508100952"    # console case, 15 digits (exam voucher)
F = "41730958216"        # T&C form case, 11 digits (name on certificate)

SUBJ_TC = "[AWS Training and Certification Form Submission] - account-assistance"

MSGS = []     # (bytes, label, note)
MID = {}      # key -> Message-ID


def dt(s, tz=0):
    d = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(
        tzinfo=datetime.timezone(datetime.timedelta(hours=tz)))
    return email.utils.format_datetime(d)


def mkid(key, dom):
    h = hashlib.sha1(key.encode()).hexdigest()
    if dom == "ses":
        return "<0101019%s-%s-%s-000000@email.amazonses.com>" % (h[:9], h[9:13], h[13:25])
    if dom == "gmail":
        return "<CAK%s+%s@mail.gmail.com>" % (h[:14].upper(), h[14:30])
    if dom == "outlook":
        return "<TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>" % (
            h[:4].upper(), h[4:16].upper(), h[16:20].upper())
    return "<%s.%s@%s>" % (h[:16], h[16:24], dom)


def hdr(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def addr(name, a, cs="utf-8"):
    if not name:
        return a
    try:
        name.encode("ascii")
        if any(ch in name for ch in ",.()&:"):
            return '"%s" <%s>' % (name, a)
        return "%s <%s>" % (name, a)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, cs).encode(), a)


PY = {"utf-8": "utf-8", "iso-2022-jp": "iso-2022-jp", "shift_jis": "shift_jis", "us-ascii": "ascii"}
CSN = {"utf-8": "UTF-8", "iso-2022-jp": "ISO-2022-JP", "shift_jis": "Shift_JIS", "us-ascii": "us-ascii"}


def part(ctype, text, cs="utf-8", cte=None, extra=""):
    b = text.encode(PY[cs])
    if cte is None:
        cte = "7bit" if all(x < 128 for x in b) else "8bit"
    if cte == "base64":
        body = base64.encodebytes(b)
    elif cte == "quoted-printable":
        body = quopri.encodestring(b)
    else:
        body = b
    if not body.endswith(b"\n"):
        body += b"\n"
    h = 'Content-Type: %s; charset="%s"\nContent-Transfer-Encoding: %s\n%s\n' % (ctype, CSN[cs], cte, extra)
    return h.encode() + body


def multipart(sub, parts, boundary, extra_ct=""):
    out = ('Content-Type: multipart/%s; boundary="%s"%s\n\n' % (sub, boundary, extra_ct)).encode()
    for p in parts:
        out += ("--%s\n" % boundary).encode() + p + b"\n"
    out += ("--%s--\n" % boundary).encode()
    return out


def alt(text, html, cs="utf-8", cte_t=None, cte_h=None, key="x"):
    b = "----=_Part_%s" % hashlib.md5(key.encode()).hexdigest()[:20]
    return multipart("alternative", [part("text/plain", text, cs, cte_t), part("text/html", html, cs, cte_h)], b)


def auth(to, dom="amazon.com", dkim="pass", spf="pass", dmarc="pass", ses=True, ip="54.240.8.52"):
    """Authentication-Results as added by the receiving provider of `to`."""
    mf = ("bounces+%s@amazonses.com" % hashlib.md5(dom.encode()).hexdigest()[:10]) if ses else ("bounce@" + dom)
    if to.endswith("@gmail.com"):
        dis = "NONE" if dmarc == "pass" else "QUARANTINE"
        s = "mx.google.com;\n       dkim=%s header.i=@%s header.s=a1b2c3 header.b=Qk7XrT2p;" % (dkim, dom)
        if ses:
            s += "\n       dkim=pass header.i=@amazonses.com header.s=ug7nbtf4 header.b=hL0xwE9a;"
        s += ("\n       spf=%s (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;"
              "\n       dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=%s) header.from=%s") % (
            spf, mf, ip, mf, dmarc, dis, dom)
        return s
    act = "none" if dmarc == "pass" else "quarantine"
    return ("spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n header.d=%s;dmarc=%s action=%s\n header.from=%s;compauth=%s reason=%s") % (
        spf, ip, mf.split("@")[1], dkim, dom, dmarc, act, dom,
        "pass" if dmarc == "pass" else "fail", "100" if dmarc == "pass" else "000")


def q(text, p="> "):
    return "\n".join((p + l) if l else p.rstrip() for l in text.strip("\n").split("\n"))


def add(key, label, note, frm, to, subject, date, content, mid_dom="ses", cc=None,
        reply_to=None, irt=None, refs=None, auth_res=None, extra=None, crlf=False, subj_cs="utf-8"):
    mid = mkid(key, mid_dom)
    MID[key] = mid
    h = []
    if auth_res is not None:
        h.append(("Authentication-Results", auth_res))
    h += [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    if reply_to:
        h.append(("Reply-To", reply_to))
    h += [("Subject", hdr(subject, subj_cs)), ("Date", date), ("Message-ID", mid)]
    if irt:
        h.append(("In-Reply-To", MID[irt]))
        chain = [MID[r] for r in (refs or [irt])]
        h.append(("References", "\n ".join(chain)))
    for k, v in (extra or []):
        h.append((k, v))
    h.append(("MIME-Version", "1.0"))
    raw = "".join("%s: %s\n" % (k, v) for k, v in h).encode() + content
    if crlf:
        raw = raw.replace(b"\n", b"\r\n")
    MSGS.append((raw, label, note))


def L(kind, nr=False, case=None, cids=()):
    return {"kind": kind, "needs_reply": nr, "case": case, "candidate_ids": list(cids)}


def ses_extra(case=None):
    x = [("X-SES-Outgoing", "2025.03.03-54.240.8.52"), ("Feedback-ID", "1.us-east-1.Xk2pQv0+abcd=:AmazonSES")]
    return x


CONSOLE_FOOT = """To view every message on this case, or to add a reply, go to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

(If you sign in through federation, sign in first and then open the link.)

This notification comes from an address that does not accept incoming mail, so a reply to it will not reach AWS Support."""

HTML_LEGAL = """<p style="font-size:11px;color:#879596;margin-top:28px">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.</p>
<p style="font-size:11px;color:#879596">Your privacy matters to us. Read the <a href="https://aws.amazon.com/privacy/">AWS Privacy Notice</a>. You are receiving this service message because of activity on your AWS account or certification profile; you cannot unsubscribe from service messages.</p>
<p style="font-size:11px;color:#879596">&copy; 2025, Amazon Web Services, Inc. or its affiliates. All rights reserved.</p>"""

# ---------------------------------------------------------------------------------------------
# 001
add("gh1", L("unrelated"), "GitHub 'Merged' PR notification; word merged + number, not support",
    addr("Hiro Kanda", "notifications@github.com"), ME,
    "Re: [kitemark/infra-modules] Add cross-account role for audit bucket (PR #412)",
    dt("2025-03-02 23:10"),
    alt("Merged #412 into main.\n\n--\nReply to this email directly, view it on GitHub:\nhttps://github.com/kitemark/infra-modules/pull/412#event-16530001\nYou are receiving this because you authored the thread.\n",
        "<p>Merged <a href=\"https://github.com/kitemark/infra-modules/pull/412\">#412</a> into <code>main</code>.</p>"
        "<p style=\"font-size:small;color:#666\">&mdash;<br>Reply to this email directly, <a href=\"https://github.com/kitemark/infra-modules/pull/412#event-16530001\">view it on GitHub</a>.<br>You are receiving this because you authored the thread.</p>",
        key="gh1"),
    mid_dom="github.com", auth_res=auth(ME, "github.com", ses=False, ip="192.30.252.201"),
    extra=[("List-ID", "kitemark/infra-modules <infra-modules.kitemark.github.com>"), ("X-GitHub-Reason", "author")])

# 002
add("bid1", L("unrelated"), "Builder ID one-time code (6 digits) from signin.aws",
    addr("AWS Builder ID", "no-reply@signin.aws"), ME, "Verify your AWS Builder ID email address",
    dt("2025-03-03 00:02"),
    alt("Hello,\n\nUse this code to finish creating your AWS Builder ID:\n\n    Verification code: 482915\n\nThe code expires in 10 minutes. If you didn't try to create an AWS Builder ID, you can ignore this message.\n\nAmazon Web Services\n",
        "<div style=\"font-family:Arial\"><p>Hello,</p><p>Use this code to finish creating your AWS Builder ID:</p>"
        "<p style=\"font-size:28px;letter-spacing:6px\"><b>482915</b></p><p>The code expires in 10 minutes. If you didn't try to create an AWS Builder ID, you can ignore this message.</p></div>" + HTML_LEGAL,
        key="bid1"),
    auth_res=auth(ME, "signin.aws"))

# 003  ack A
t = """Hello,

Thanks for getting in touch with AWS Training and Certification. Your request is now case 38164029375, and someone from our team will answer you, in most cases within one business day.

Here is what we received:

Case ID: 38164029375
Inquiry type: Certification
Additional details: Account Merge
Contact email: sora.takeda.dev@gmail.com

Description:
Use case: I am leaving Kitemark Software at the end of March and would like my certification history moved to my personal account.
Email addresses I have used: s.takeda@kitemark-soft.co.jp, sora.takeda.dev@gmail.com
Address to keep: sora.takeda.dev@gmail.com

Anything you want to add can be sent as a reply to this message; leave the subject line unchanged so it reaches the right case. Sending the form again for the same request creates a second case and tends to slow things down rather than speed them up.

Kind regards,
AWS Training and Certification Customer Service
"""
add("a_ack", L("acknowledgement", False, A), "ack with 'reply to this message' invitation (not a request); CRLF",
    addr("AWS Training and Certification", TC), ME, "RE:[CASE %s] %s" % (A, SUBJ_TC),
    dt("2025-03-03 00:31"), part("text/plain", t, "us-ascii"), auth_res=auth(ME), crlf=True,
    extra=ses_extra())

# 004 billing
h = """<html><body style="font-family:Arial;font-size:14px">
<table width="600" cellpadding="8" style="border:1px solid #ddd">
<tr><td style="background:#232f3e;color:#fff"><b>Amazon Web Services</b></td></tr>
<tr><td>Greetings from Amazon Web Services,<br><br>Your invoice for the billing period February 1 - February 28, 2025 is available in the Billing and Cost Management console.</td></tr>
<tr><td><table cellpadding="4"><tr><td>Account ID</td><td>208314557790</td></tr><tr><td>Invoice number</td><td>2076445131</td></tr><tr><td>Amount due</td><td>USD 41.27</td></tr><tr><td>Due date</td><td>March 17, 2025</td></tr></table></td></tr>
<tr><td><a href="https://console.aws.amazon.com/billing/home#/bills" style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none">Pay now</a></td></tr>
<tr><td>If you have questions about this invoice, open a case with AWS Support from the Billing console.</td></tr>
</table>""" + HTML_LEGAL + "</body></html>"
add("bill", L("unrelated"), "HTML-only billing invoice; 12-digit account ID and 10-digit invoice number are not case IDs; 'Pay now' button",
    addr("Amazon Web Services", "aws-billing@amazon.com"), CO,
    "Amazon Web Services Invoice Available [Account: 208314557790]", dt("2025-03-03 12:00"),
    part("text/html", h, "utf-8", "quoted-printable"), auth_res=auth(CO))

# 005 ack B (duplicate, Japanese, ISO-2022-JP, to company)
t = """AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。

お問い合わせをケース 174107183500417 として受け付けました。担当者より、通常24時間以内にご連絡いたします。

受付内容は以下のとおりです。

ケース ID: 174107183500417
お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: 認定
その他の詳細: アカウントの統合

お問い合わせ内容:
退職のため、会社のメールアドレスで作成した認定アカウントを、個人アカウント（sora.takeda.dev@gmail.com）に統合したいと考えています。

同じ内容のケースをすでにお持ちの場合は、新しいケースを作成されないようお願いいたします。ケースが重複すると、ご回答までにお時間をいただく場合がございます。
補足事項がございましたら、件名を変更せずに本メールへご返信ください。

AWS トレーニングと認定 カスタマーサービス
"""
add("b_ack", L("acknowledgement", False, B), "Japanese ISO-2022-JP ack of a duplicate submission, 15-digit case, to company address; conditional 〜がございましたら",
    addr("AWS トレーニングと認定", TC, "iso-2022-jp"), CO, "RE:[CASE %s] %s" % (B, SUBJ_TC),
    dt("2025-03-04 06:50"), part("text/plain", t, "iso-2022-jp", "7bit"), auth_res=auth(CO), subj_cs="iso-2022-jp")

# 006 user reply on B from company (Outlook, Japanese header block)
t = """AWS トレーニングと認定 ご担当者様

お世話になっております。武田です。

こちらのケースは、フォームを誤って二回送信したために作成されたものです。
同じ依頼はケース 38164029375 で対応いただいておりますので、本ケースはクローズしていただいて問題ありません。
（This is a duplicate of case 38164029375. Please feel free to close it.）

よろしくお願いいたします。

武田 空
株式会社キテマークソフト クラウド推進部

________________________________
差出人: AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2025年3月4日 15:50
宛先: 武田 空 <s.takeda@kitemark-soft.co.jp>
件名: RE:[CASE 174107183500417] [AWS Training and Certification Form Submission] - account-assistance

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。

お問い合わせをケース 174107183500417 として受け付けました。担当者より、通常24時間以内にご連絡いたします。
（以下略）
"""
add("b_u1", L("user_reply", False, B), "own reply (company, Outlook JA header block) naming ANOTHER case number in its body; case is the subject's",
    addr("武田 空", CO), TC, "RE: RE:[CASE %s] %s" % (B, SUBJ_TC),
    dt("2025-03-04 16:20", 9), part("text/plain", t, "utf-8", "base64"), mid_dom="outlook", irt="b_ack",
    extra=[("Thread-Topic", "RE:[CASE %s] %s" % (B, SUBJ_TC)), ("X-MS-Has-Attach", "")])

# 007 marketing JA
t = """AWS Summit Japan 2025 の事前登録を受け付けています。

基調講演、200 を超えるセッション、認定者ラウンジ（AWS 認定をお持ちの方限定）をご用意しています。
認定者ラウンジのご利用には、当日 AWS 認定アカウントの認定ステータス画面をご提示ください。

▼ 今すぐ登録
https://aws.amazon.com/jp/summits/japan/

ご不明な点がございましたら、イベント事務局までお問い合わせください。

配信停止: https://pages.awscloud.com/communication-preferences
アマゾン ウェブ サービス ジャパン合同会社
"""
hh = "<html><body>" + "".join("<p>%s</p>" % l for l in t.split("\n\n")) + "</body></html>"
add("mkt1", L("unrelated"), "AWS marketing in Japanese mentioning certification account and お問い合わせ",
    addr("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com"), CO,
    "【AWS Summit Japan】事前登録受付中：認定者ラウンジのご案内", dt("2025-03-04 09:00"),
    alt(t, hh, "utf-8", "quoted-printable", "quoted-printable", key="mkt1"), auth_res=auth(CO),
    extra=[("List-Unsubscribe", "<https://pages.awscloud.com/communication-preferences>")])

# 008 on_hold A with ask (multipart, QP)
t = """Hi Sora,

Thanks for your patience while I looked into this.

The certification account registered to s.takeda@kitemark-soft.co.jp is attached to an organization in the AWS Partner Network (Kitemark Software Co., Ltd.). Certifications held in a partner-attached account count toward that partner's tier, so we don't move them elsewhere while the holder is still employed there. I've therefore paused the merge for the moment.

This is normally a quick formality. Are you leaving Kitemark Software, and if so, what will be your last working day? A one-line answer to this email is all I need.

Best,
Marisol R.
AWS Training and Certification Customer Service
"""
hh = """<div style="font-family:Calibri,Arial;font-size:14px"><p>Hi Sora,</p>
<p>Thanks for your patience while I looked into this.</p>
<p>The certification account registered to s.takeda@kitemark-soft.co.jp is attached to an organization in the AWS Partner Network (Kitemark Software Co., Ltd.). Certifications held in a partner-attached account count toward that partner&#39;s tier, so we don&#39;t move them elsewhere while the holder is still employed there. I&#39;ve therefore paused the merge for the moment.</p>
<p>This is normally a quick formality. Are you leaving Kitemark Software, and if so, what will be your last working day? A one-line answer to this email is all I need.</p>
<p>Best,<br>Marisol R.<br>AWS Training and Certification Customer Service</p></div>"""
add("a_hold", L("on_hold", True, A), "APN hold; the ask is a bare question after the explanation, no 'please'",
    addr("AWS Training and Certification", TC), ME, "RE:[CASE %s] %s" % (A, SUBJ_TC),
    dt("2025-03-05 02:02"), alt(t, hh, "utf-8", "quoted-printable", "quoted-printable", key="a_hold"),
    auth_res=auth(ME), irt="a_ack", extra=ses_extra())

# 009 resolved B (duplicate closed)
t = """Hello,

Thank you for letting us know. The same merge request is already being worked on under case 38164029375, so I have closed this one (174107183500417) as a duplicate. You don't need to do anything here; every update will arrive on the other case.

Regards,
Kenji T.
AWS Training and Certification

-----Original Message-----
From: s.takeda@kitemark-soft.co.jp
Sent: 2025-03-04 07:20 UTC
Subject: RE: RE:[CASE 174107183500417] [AWS Training and Certification Form Submission] - account-assistance

こちらのケースは、フォームを誤って二回送信したために作成されたものです。
同じ依頼はケース 38164029375 で対応いただいておりますので、本ケースはクローズしていただいて問題ありません。
"""
add("b_res", L("resolved", False, B), "duplicate closed; body names the other case; case must stay B",
    addr("AWS Training and Certification", TC), CO, "RE:[CASE %s] %s" % (B, SUBJ_TC),
    dt("2025-03-05 04:30"), part("text/plain", t, "utf-8", "8bit"), auth_res=auth(CO), irt="b_u1",
    refs=["b_ack", "b_u1"])

# 010 Pearson VUE
t = """Dear Sora Takeda,

Thank you for scheduling your exam with Pearson VUE.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Date: Saturday, April 19, 2025
Time: 10:00 AM JST
Delivery: OnVUE online proctored
Registration ID: 487201936

Please review the testing policies before exam day. To reschedule or cancel, sign in to your AWS Certification account at least 24 hours before your appointment.

Pearson VUE
This is an automated message; replies are not monitored.
"""
add("pv1", L("unrelated"), "exam vendor confirmation; 9-digit registration ID is not a case",
    addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), ME,
    "Confirmation of your AWS Certified Solutions Architect - Professional exam appointment",
    dt("2025-03-05 05:12"), part("text/plain", t, "us-ascii"), mid_dom="pearson.com",
    auth_res=auth(ME, "pearson.com", ses=False, ip="159.182.1.20"))

# 011 user reply A from company (Outlook EN), cc manager
t = """Hello Marisol,

Yes, I am leaving Kitemark Software. My last working day is March 31, 2025, and this mailbox will be shut down after that date. Please go ahead with moving everything into my personal account (sora.takeda.dev@gmail.com).

I've copied my manager, Yuki Hayashi, for visibility.

Thanks,
Sora Takeda

-----Original Message-----
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, March 5, 2025 11:02 AM
To: sora.takeda.dev@gmail.com
Subject: RE:[CASE 38164029375] [AWS Training and Certification Form Submission] - account-assistance

Hi Sora,

Thanks for your patience while I looked into this.

The certification account registered to s.takeda@kitemark-soft.co.jp is attached to an organization in the AWS Partner Network (Kitemark Software Co., Ltd.). Certifications held in a partner-attached account count toward that partner's tier, so we don't move them elsewhere while the holder is still employed there. I've therefore paused the merge for the moment.

This is normally a quick formality. Are you leaving Kitemark Software, and if so, what will be your last working day? A one-line answer to this email is all I need.

Best,
Marisol R.
"""
add("a_u1", L("user_reply", False, A), "own reply from the OLD company address (wrong address), Outlook quote of the hold question",
    addr("Sora Takeda", CO), TC, "RE: RE:[CASE %s] %s" % (A, SUBJ_TC), dt("2025-03-05 18:40", 9),
    part("text/plain", t, "us-ascii", "7bit"), mid_dom="outlook", cc=addr("Yuki Hayashi", MGR), irt="a_hold",
    refs=["a_ack", "a_hold"], crlf=True)

# 012 OOO of manager
t = """林は3月5日から3月10日まで海外出張のため不在にしております。
期間中はメールを確認できない場合がございます。
お急ぎのご用件は、クラウド推進部 代表アドレス（cloud-team@kitemark-soft.co.jp）までご連絡ください。

林 由紀
"""
add("ooo1", L("unrelated"), "manager's out-of-office; subject carries [CASE 38164029375] but it is an auto-reply",
    addr("林 由紀", MGR), CO, "自動応答: RE: RE:[CASE %s] %s" % (A, SUBJ_TC), dt("2025-03-05 18:41", 9),
    part("text/plain", t, "iso-2022-jp", "7bit"), mid_dom="outlook", irt="a_u1", subj_cs="iso-2022-jp",
    extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", MGR)])

# 013 info_request A: write from the destination address (to company)
t = """Hi Sora,

Thank you for confirming your departure date. That was the missing piece on the partner side, and I've lifted the hold on your request.

There is one more thing before any records can change hands. Your reply arrived from s.takeda@kitemark-soft.co.jp, which is the account that would be merged away. For security reasons the go-ahead has to come from the account that will receive everything. We need you to send us a short note from sora.takeda.dev@gmail.com saying you want the merge to proceed. As soon as that arrives I'll put together the account summary for your final check.

Best,
Marisol R.
AWS Training and Certification Customer Service

-----Original Message-----
From: s.takeda@kitemark-soft.co.jp
Sent: 2025-03-05 09:40 UTC
Subject: RE: RE:[CASE 38164029375] [AWS Training and Certification Form Submission] - account-assistance

Yes, I am leaving Kitemark Software. My last working day is March 31, 2025, and this mailbox will be shut down after that date.
"""
add("a_info", L("info_request", True, A), "progress news first ('lifted the hold'), ask is 'We need you to send us a note from <other address>'; sent to company address",
    addr("AWS Training and Certification", TC), CO, "RE:[CASE %s] %s" % (A, SUBJ_TC), dt("2025-03-06 01:40"),
    part("text/plain", t, "us-ascii"), auth_res=auth(CO), irt="a_u1", refs=["a_ack", "a_hold", "a_u1"])

# 014 own forward company -> personal
t = """自分用（個人アドレスから返信する）

________________________________
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, March 6, 2025 10:40 AM
To: Sora Takeda <s.takeda@kitemark-soft.co.jp>
Subject: RE:[CASE 38164029375] [AWS Training and Certification Form Submission] - account-assistance

Hi Sora,

Thank you for confirming your departure date. That was the missing piece on the partner side, and I've lifted the hold on your request.

There is one more thing before any records can change hands. Your reply arrived from s.takeda@kitemark-soft.co.jp, which is the account that would be merged away. For security reasons the go-ahead has to come from the account that will receive everything. We need you to send us a short note from sora.takeda.dev@gmail.com saying you want the merge to proceed. As soon as that arrives I'll put together the account summary for your final check.

Best,
Marisol R.
"""
add("a_fwd", L("user_reply", False, A), "the person's own forward to self quoting support's request verbatim; nothing for support to answer here",
    addr("武田 空", CO), ME, "FW: RE:[CASE %s] %s" % (A, SUBJ_TC), dt("2025-03-06 12:15", 9),
    part("text/plain", t, "utf-8", "quoted-printable"), mid_dom="outlook",
    auth_res=auth(ME, "kitemark-soft.co.jp", ses=False, ip="40.107.74.90"))

# 015 suspicious lookalike
h = """<html><body style="font-family:Arial">
<table width="560" style="border:1px solid #e3e3e3"><tr><td style="background:#232f3e;padding:12px"><img src="https://aws-certification-merge.com/img/aws-logo.png" alt="aws"></td></tr>
<tr><td style="padding:16px">
<p>Dear Certified Professional,</p>
<p>Your certification account merge request <b>Case 5512093341</b> is pending identity verification. Certifications that are not verified within <b>24 hours</b> will be revoked and the merge cancelled.</p>
<p style="text-align:center"><a href="https://aws-certification-merge.com/verify?c=5512093341" style="background:#ff9900;color:#fff;padding:12px 24px;text-decoration:none">Verify my certification account</a></p>
<p>AWS Training &amp; Certification Support Team</p></td></tr></table></body></html>"""
add("phish1", L("suspicious"), "lookalike domain aws-certification-merge.com, urgent 'verify' button, fake case number; DKIM/DMARC pass for the lookalike",
    addr("AWS Training & Certification", "support@aws-certification-merge.com"), ME,
    "Action required: verify your identity to complete the account merge (Case 5512093341)",
    dt("2025-03-06 03:33"), part("text/html", h, "utf-8", "7bit"), mid_dom="aws-certification-merge.com",
    auth_res=auth(ME, "aws-certification-merge.com", ses=False, ip="185.213.20.7"))

# 016 own reply from personal (Gmail quote of the forward)
t = """Hi Marisol,

I'm writing from my personal address, as you asked. I want the merge to go ahead: please move everything from the s.takeda@kitemark-soft.co.jp account into this one (sora.takeda.dev@gmail.com).

Thanks,
Sora

On Thu, Mar 6, 2025 at 12:15 PM 武田 空 <s.takeda@kitemark-soft.co.jp> wrote:

> 自分用（個人アドレスから返信する）
>
> ________________________________
> From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
> Sent: Thursday, March 6, 2025 10:40 AM
> Subject: RE:[CASE 38164029375] [AWS Training and Certification Form Submission] - account-assistance
>
> Hi Sora,
>
> There is one more thing before any records can change hands. [...] We need
> you to send us a short note from sora.takeda.dev@gmail.com saying you want the
> merge to proceed.
"""
hh = "<div dir=\"ltr\">Hi Marisol,<div><br></div><div>I'm writing from my personal address, as you asked. I want the merge to go ahead: please move everything from the s.takeda@kitemark-soft.co.jp account into this one (sora.takeda.dev@gmail.com).</div><div><br></div><div>Thanks,</div><div>Sora</div></div><br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">On Thu, Mar 6, 2025 at 12:15 PM 武田 空 &lt;s.takeda@kitemark-soft.co.jp&gt; wrote:<br></div><blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">自分用（個人アドレスから返信する）<br>...<br>We need you to send us a short note from sora.takeda.dev@gmail.com saying you want the merge to proceed.</blockquote></div>"
add("a_u2", L("user_reply", False, A), "own reply from personal address; Gmail quote holds support's 'We need you to' request",
    addr("Sora Takeda", ME), TC, "Re: FW: RE:[CASE %s] %s" % (A, SUBJ_TC), dt("2025-03-06 21:05", 9),
    alt(t, hh, "utf-8", "quoted-printable", "quoted-printable", key="a_u2"), mid_dom="gmail",
    irt="a_fwd", refs=["a_info", "a_fwd"])

# 017 confirmation_request A (HTML only, table, styled box, long footer)
h = """<html><head><meta charset="utf-8"></head><body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hello Sora,</p>
<p>Thanks for writing in from your personal address. I searched our records for every certification account tied to the addresses you gave us and found the two below. Please look them over with care; once two accounts are combined we can&#39;t split them again.</p>
<table cellpadding="6" cellspacing="0" style="border-collapse:collapse;border:1px solid #aab7b8">
<tr style="background:#f2f3f3"><th style="border:1px solid #aab7b8"></th><th style="border:1px solid #aab7b8">Account #1</th><th style="border:1px solid #aab7b8">Account #2</th></tr>
<tr><td style="border:1px solid #aab7b8">Candidate ID</td><td style="border:1px solid #aab7b8">AWS04417268</td><td style="border:1px solid #aab7b8">AWS01983305</td></tr>
<tr><td style="border:1px solid #aab7b8">Login email</td><td style="border:1px solid #aab7b8">sora.takeda.dev@gmail.com</td><td style="border:1px solid #aab7b8">s.takeda@kitemark-soft.co.jp</td></tr>
<tr><td style="border:1px solid #aab7b8">Training notification email</td><td style="border:1px solid #aab7b8">sora.takeda.dev@gmail.com</td><td style="border:1px solid #aab7b8">s.takeda@kitemark-soft.co.jp</td></tr>
<tr><td style="border:1px solid #aab7b8">Certification notification email</td><td style="border:1px solid #aab7b8">sora.takeda.dev@gmail.com</td><td style="border:1px solid #aab7b8">s.takeda@kitemark-soft.co.jp</td></tr>
<tr><td style="border:1px solid #aab7b8">Active certifications</td><td style="border:1px solid #aab7b8">none</td><td style="border:1px solid #aab7b8">SAA-C03, DVA-C02</td></tr>
<tr><td style="border:1px solid #aab7b8">Benefits</td><td style="border:1px solid #aab7b8">none</td><td style="border:1px solid #aab7b8">50% exam discount voucher (unused)</td></tr>
</table>
<div style="margin:18px 0;padding:12px 16px;border-left:4px solid #ff9900;background:#fff8eb">
<b>Before I merge</b><br>
My plan is to keep Account #1 and fold Account #2 into it. Is that what you want? Answer &quot;Confirmed&quot; in a reply to this email, or tell me which account should stay instead.
</div>
<p>Thanks,<br>Devraj S.<br>AWS Training and Certification Customer Service</p>
<hr style="border:none;border-top:1px solid #eaeded">
<table width="100%" cellpadding="4" style="font-size:12px;color:#545b64"><tr><td>How would you rate this response?</td>
<td><a href="https://survey.aws-tc.amazon.com/r?c=38164029375&amp;s=5">Excellent</a></td>
<td><a href="https://survey.aws-tc.amazon.com/r?c=38164029375&amp;s=3">Okay</a></td>
<td><a href="https://survey.aws-tc.amazon.com/r?c=38164029375&amp;s=1">Poor</a></td></tr></table>
<p style="font-size:12px;color:#545b64">To add information to this case, reply to this email without changing the subject. Opening a new case for the same issue may delay our response.</p>
""" + HTML_LEGAL + "</body></html>"
add("a_conf", L("confirmation_request", True, A, ["AWS04417268", "AWS01983305"]),
    "HTML-only; Account #1/#2 in a table with candidate IDs; the ask is a question in an orange styled box; long rating/legal footer",
    addr("AWS Training and Certification", TC), ME, "RE:[CASE %s] %s" % (A, SUBJ_TC), dt("2025-03-07 06:22"),
    part("text/html", h, "utf-8", "quoted-printable"), auth_res=auth(ME), irt="a_u2", refs=["a_ack", "a_u2"])

# 018 certmetrics "wants to hear from you" -> certification
t = """Hello Sora Takeda,

As an AWS Certified professional, your opinion shapes where our certification program goes next. We'd like to invite you to a 10-minute questionnaire about exam content, recertification and certification benefits.

Take the questionnaire: https://www.certmetrics.com/amazon/survey/?p=cert2025q1

The invitation closes on March 21, 2025. Your answers stay anonymous.

Thank you,
AWS Certification

This message was sent to s.takeda@kitemark-soft.co.jp because it is the certification notification address on your AWS Certification account.
"""
add("cm1", L("certification"), "certmetrics program-feedback invitation: certification, not a support survey",
    addr("AWS Certification", "do-not-reply@certmetrics.com"), CO, "AWS Certification would like your opinion",
    dt("2025-03-08 17:00"), part("text/plain", t, "us-ascii"), mid_dom="certmetrics.com",
    auth_res=auth(CO, "certmetrics.com", ses=False, ip="13.111.18.27"))

# 019 Jira
t = """Yuki Hayashi commented on KITE-882:

@Sora Takeda before you go, please reply with the account ID that should own the audit role (prod is 208314557790, right?) and hand the runbook to Ren.

KITE-882 Migrate IAM roles to new audit account
Status: In Progress   Assignee: Sora Takeda

Reply to this email to add a comment, or view it in Jira: https://kitemark.atlassian.net/browse/KITE-882
"""
add("jira1", L("unrelated"), "Jira comment asking the person to 'please reply' with an account ID; not AWS support",
    addr("Yuki Hayashi (Jira)", "jira@kitemark.atlassian.net"), CO, "[JIRA] (KITE-882) Migrate IAM roles to new audit account",
    dt("2025-03-10 01:14"), part("text/plain", t, "us-ascii"), mid_dom="Atlassian.JIRA",
    auth_res=auth(CO, "kitemark.atlassian.net", ses=False, ip="18.234.32.150"))

# 020 closing notice A
t = """Hello Sora,

I'm following up on the account summary I sent you on March 7. I haven't seen an answer yet and don't want your request to slip out of our queue by accident.

If there is no response from you within the next 72 hours, this case will be closed. Any reply to this email keeps it open, even if it is only to say you need more time to check the accounts.

Regards,
Devraj S.
AWS Training and Certification Customer Service
"""
add("a_close", L("closing_notice", True, A), "closing warning written as a follow-up; no 'confirm' wording, just 'if there is no response... will be closed'",
    addr("AWS Training and Certification", TC), ME, "RE:[CASE %s] %s" % (A, SUBJ_TC), dt("2025-03-11 00:30"),
    part("text/plain", t, "us-ascii"), auth_res=auth(ME), irt="a_conf", refs=["a_ack", "a_conf"])

# 021 console ack C
t = """Dear AWS customer,

A new support case has been created for you.

Case ID: 174168420900233
Subject: Certification account still linked to former employer's Partner Central
Severity: General guidance
Service: Training and Certification
Account: 208314557790

Description:
My certification account that I sign into through Partner Central (Kitemark Software) seems to be a third certification profile. I am leaving the company. Could it be combined with my personal certification account?

An AWS Support engineer will respond through the Support Center.

""" + (CONSOLE_FOOT % C) + """

Thank you for using Amazon Web Services.
"""
hh = "<html><body style=\"font-family:Arial\">" + "".join("<p>%s</p>" % l.replace("\n", "<br>") for l in t.split("\n\n")) + "</body></html>"
add("c_ack", L("acknowledgement", False, C), "console 'New Support case' with description text containing a question; 12-digit account ID; cannot-accept-mail footer",
    addr("Amazon Web Services", NOREPLY), ME, "Amazon Web Services: New Support case: %s" % C, dt("2025-03-11 09:10"),
    alt(t, hh, "utf-8", "7bit", "quoted-printable", key="c_ack"), auth_res=auth(ME))

# 022 user confirms A (top-posted over long quote)
t = """Confirmed. Please merge to Account #1 (AWS04417268).
Sorry for the slow answer, I was on a business trip.

Sora

On Tue, Mar 11, 2025 at 9:30 AM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
> Hello Sora,
>
> I'm following up on the account summary I sent you on March 7. I haven't
> seen an answer yet and don't want your request to slip out of our queue by
> accident.
>
> If there is no response from you within the next 72 hours, this case will
> be closed. Any reply to this email keeps it open.
>
> Regards,
> Devraj S.
>
> On Fri, Mar 7, 2025 at 3:22 PM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
> > Hello Sora,
> >
> >                     Account #1                  Account #2
> > Candidate ID        AWS04417268                 AWS01983305
> > Login email         sora.takeda.dev@gmail.com   s.takeda@kitemark-soft.co.jp
> >
> > Before I merge
> > My plan is to keep Account #1 and fold Account #2 into it. Is that what
> > you want? Answer "Confirmed" in a reply to this email, or tell me which
> > account should stay instead.
"""
add("a_u3", L("user_reply", False, A, ["AWS04417268"]), "'Confirmed' top-posted over nested quotes that contain both candidate IDs; only the new line's ID counts",
    addr("Sora Takeda", ME), TC, "Re: RE:[CASE %s] %s" % (A, SUBJ_TC), dt("2025-03-11 19:02", 9),
    part("text/plain", t, "utf-8", "8bit"), mid_dom="gmail", irt="a_close", refs=["a_ack", "a_conf", "a_close"])

# 023 resolved A, quoting the old request
t = """Hello Sora,

I have successfully merged all accounts. Your exam history, both active certifications (SAA-C03 and DVA-C02) and the unused 50% exam voucher now sit under AWS04417268 / sora.takeda.dev@gmail.com, and the old Kitemark login no longer opens a separate profile.

Credly can take up to 24 hours to show the badges under the new address. There's nothing more you need to do on this case. If something looks wrong after a day or two, a reply here will reach us.

Kind regards,
Devraj S.
AWS Training and Certification Customer Service

-----Original Message-----
From: sora.takeda.dev@gmail.com
Sent: 2025-03-11 10:02 UTC
Subject: Re: RE:[CASE 38164029375] [AWS Training and Certification Form Submission] - account-assistance

Confirmed. Please merge to Account #1 (AWS04417268).

-----Original Message-----
From: aws-cs-trainingcertification-form@amazon.com
Sent: 2025-03-07 06:22 UTC

My plan is to keep Account #1 and fold Account #2 (AWS01983305) into it. Is that what you want? Answer "Confirmed" in a reply to this email, or tell me which account should stay instead.
"""
add("a_res", L("resolved", False, A, ["AWS04417268"]), "'successfully merged' above a quoted confirmation request with a question; conditional 'a reply here will reach us'",
    addr("AWS Training and Certification", TC), ME, "RE:[CASE %s] %s" % (A, SUBJ_TC), dt("2025-03-12 02:15"),
    part("text/plain", t, "us-ascii", "quoted-printable"), auth_res=auth(ME), irt="a_u3",
    refs=["a_ack", "a_conf", "a_close", "a_u3"], crlf=True)

# 024 Credly badge
t = """Sora, your badge is on its way

Amazon Web Services Training and Certification has issued you a badge: AWS Certified Solutions Architect - Associate.

Accept your badge to add it to your Credly profile and share it:
https://www.credly.com/badges/3f6c1a9e-82b4-4d0e-9b51-7a2e55c0d914/accept

Questions about this badge? Contact the issuer directly.

Credly, 1-855-MY-BADGES
Manage notifications: https://www.credly.com/notifications
"""
hh = """<html><body style="font-family:Helvetica"><table width="600" align="center"><tr><td><h2>Sora, your badge is on its way</h2>
<p>Amazon Web Services Training and Certification has issued you a badge: <b>AWS Certified Solutions Architect - Associate</b>.</p>
<p><a href="https://www.credly.com/badges/3f6c1a9e-82b4-4d0e-9b51-7a2e55c0d914/accept" style="background:#ff6b00;color:#fff;padding:12px 22px;border-radius:4px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:12px;color:#777">Questions about this badge? Contact the issuer directly.<br><a href="https://www.credly.com/notifications">Manage notifications</a></p></td></tr></table></body></html>"""
add("cr1", L("badge"), "Credly badge with 'Accept' button and UUID",
    addr("Credly", "admin@credly.com"), ME, "Amazon Web Services Training and Certification sent you a new badge",
    dt("2025-03-12 02:40"), alt(t, hh, "utf-8", "7bit", "quoted-printable", key="cr1"), mid_dom="credly.com",
    auth_res=auth(ME, "credly.com", ses=False, ip="198.2.177.30"))

# 025 user thanks A
t = """Thank you Devraj, everything shows up correctly on the new account, including the voucher.

Best regards,
Sora

2025年3月12日(水) 11:15 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>:

> Hello Sora,
>
> I have successfully merged all accounts. [...]
> There's nothing more you need to do on this case. If something looks wrong
> after a day or two, a reply here will reach us.
"""
add("a_u4", L("user_reply", False, A), "own thank-you after resolution; Gmail JA quote header",
    addr("Sora Takeda", ME), TC, "Re: RE:[CASE %s] %s" % (A, SUBJ_TC), dt("2025-03-12 13:40", 9),
    part("text/plain", t, "utf-8", "8bit"), mid_dom="gmail", irt="a_res", refs=["a_ack", "a_res"])

# 026 survey A
h = """<html><body style="font-family:Arial;font-size:14px">
<p>Hello,</p>
<p>Your recent case with AWS Training and Certification (case 38164029375) was marked as resolved. Would you spend one minute telling us how it went?</p>
<table cellpadding="10"><tr><td>How satisfied are you with the support you received?</td></tr>
<tr><td>
<a href="https://survey.aws-tc.amazon.com/csat?c=38164029375&amp;r=1">1</a> &nbsp;
<a href="https://survey.aws-tc.amazon.com/csat?c=38164029375&amp;r=2">2</a> &nbsp;
<a href="https://survey.aws-tc.amazon.com/csat?c=38164029375&amp;r=3">3</a> &nbsp;
<a href="https://survey.aws-tc.amazon.com/csat?c=38164029375&amp;r=4">4</a> &nbsp;
<a href="https://survey.aws-tc.amazon.com/csat?c=38164029375&amp;r=5">5</a></td></tr></table>
<p>Please respond by March 26. This mailbox is not monitored.</p>""" + HTML_LEGAL + "</body></html>"
add("a_svy", L("survey", False, A), "CSAT survey naming the case, 'Please respond by' but it's a rating",
    addr("AWS Training and Certification", "aws-tc-feedback@amazon.com"), ME,
    "Tell us about your recent support experience (case %s)" % A, dt("2025-03-12 06:00"),
    part("text/html", h, "utf-8", "quoted-printable"), auth_res=auth(ME))

# 027 console info_request C (HTML only; ask in a table cell + button)
h = """<html><body style="font-family:Arial;font-size:14px;color:#16191f">
<p>Hello,</p>
<p>We&#39;ve updated your AWS Support case. Here is the latest correspondence:</p>
<div style="border:1px solid #d5dbdb;padding:14px">
<p>Hello Sora,</p>
<p>This is Nadia from AWS Support. I&#39;m working with the Training and Certification team on your case. I looked up the certification profile behind your Partner Central sign-in: its candidate ID is AWS51873302, it was created on 2023-06-14, and it is still listed under Kitemark Software&#39;s partner organization.</p>
<table cellpadding="8" cellspacing="0" style="border-collapse:collapse;margin:10px 0">
<tr><td style="border:1px solid #d5dbdb;background:#f2f3f3;width:170px"><b>What we need from you</b></td>
<td style="border:1px solid #d5dbdb">The candidate ID of the certification account this profile should be combined into (shown at the top right after you sign in), and whether you still sign in to Partner Central with your Kitemark address.</td></tr>
</table>
<p>Best regards,<br>Nadia P.<br>Amazon Web Services</p>
</div>
<p><a href="https://console.aws.amazon.com/support/home#/case/?displayId=174168420900233&amp;language=en" style="display:inline-block;background:#ec7211;color:#fff;padding:10px 18px;text-decoration:none">Reply in Support Center</a></p>
<p style="font-size:12px;color:#545b64">Your feedback helps us improve. Rate this reply with the stars shown beside it in the Support Center.</p>
<p style="font-size:12px;color:#545b64">This notification comes from an address that does not accept incoming mail, so a reply to it will not reach AWS Support. (If you sign in through federation, sign in first and then open the link.)</p>
""" + HTML_LEGAL + "</body></html>"
add("c_info", L("info_request", True, C, ["AWS51873302"]),
    "console update HTML-only; the request is a noun phrase in a table cell 'What we need from you' + a button; answer in Support Center",
    addr("Amazon Web Services", NOREPLY), ME, "RE:[CASE %s] Certification account still linked to former employer's Partner Central" % C,
    dt("2025-03-12 07:48"), part("text/html", h, "utf-8", "base64"), auth_res=auth(ME))

# 028 bounce: reply sent to no-reply-aws
orig = """From: Sora Takeda <sora.takeda.dev@gmail.com>
To: no-reply-aws@amazon.com
Subject: Re: RE:[CASE 174168420900233] Certification account still linked to former employer's Partner Central
Date: Wed, 12 Mar 2025 17:05:11 +0900
Message-ID: <CAKBOUNCEDREPLY0001@mail.gmail.com>
Content-Type: text/plain; charset="UTF-8"

Hi Nadia, the account to combine it into is AWS04417268. I no longer use the Kitemark address for Partner Central.
"""
rep = ("Reporting-MTA: dns; googlemail.com\nArrival-Date: Wed, 12 Mar 2025 01:05:12 -0700\n\n"
       "Final-Recipient: rfc822; no-reply-aws@amazon.com\nAction: failed\nStatus: 5.1.1\n"
       "Remote-MTA: dns; amazon-smtp.amazon.com. (52.94.124.0, the server for the domain amazon.com.)\n"
       "Diagnostic-Code: smtp; 550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: This mailbox does not accept incoming mail\n")
body = multipart("report", [
    part("text/plain", "** Message not delivered **\n\nYour message couldn't be delivered to no-reply-aws@amazon.com because the address doesn't accept incoming mail.\n\nThe response from the remote server was:\n550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: This mailbox does not accept incoming mail\n", "us-ascii"),
    b"Content-Type: message/delivery-status\n\n" + rep.encode(),
    b"Content-Type: message/rfc822\n\n" + orig.encode()],
    "00000000000091c2a40630a1b7e1", '; report-type=delivery-status')
add("bnc1", L("unrelated"), "bounce of the person's emailed answer to the console case (no-reply address); returned message holds case number and a candidate ID",
    addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME, "Delivery Status Notification (Failure)",
    dt("2025-03-12 08:05"), body, mid_dom="mx.google.com", extra=[("Auto-Submitted", "auto-replied")])

# 029 other vendor (Google Cloud) please reply
t = """Hello Sora,

Thank you for contacting Google Cloud Certification Support.

To update the email on your certification profile we need you to reply to this message with the email address you used to register for the Professional Cloud Architect exam and your Webassessor login name.

If we don't hear back within 5 business days, this case will be closed automatically. You can reopen it by replying.

Case number: 51927364
Best regards,
Arjun
Google Cloud Certification Support
"""
add("gcp1", L("unrelated"), "other vendor's certification support: case number, 'we need you to reply', auto-close warning",
    addr("Google Cloud Certification Support", "cloud-certification-support@google.com"), ME,
    "[Case 51927364] Awaiting your response: certification profile email update", dt("2025-03-13 04:10"),
    part("text/plain", t, "us-ascii"), mid_dom="google.com", auth_res=auth(ME, "google.com", ses=False, ip="209.85.220.41"))

# 030 console info_request C #2 (text+html, ask is 'can you confirm')
t = """Hello,

We've updated your AWS Support case. The latest correspondence follows.

------------------------------------------------------------
Hello Sora,

Thanks for sending the candidate ID through the Support Center. AWS04417268 matches the personal account that was merged under another case last week, so that's the right destination.

Partner Central is the one remaining piece. Can you confirm that you no longer have an active Partner Central user at Kitemark Software, or, if you still do, that you understand it will lose access to the certifications once they move? The partner team asks us to record this before releasing a profile.

Best regards,
Nadia P.
Amazon Web Services
------------------------------------------------------------

Your feedback helps us improve. Rate this reply with the stars shown beside it in the Support Center.

""" + (CONSOLE_FOOT % C) + "\n"
hh = "<html><body style=\"font-family:Arial\">" + "".join("<p>%s</p>" % l.replace("\n", "<br>") for l in t.split("\n\n")) + "</body></html>"
add("c_info2", L("info_request", True, C, ["AWS04417268"]),
    "console update asking to confirm something OTHER than the merge choice; answer in Support Center; feedback footer",
    addr("Amazon Web Services", NOREPLY), ME, "RE:[CASE %s] Certification account still linked to former employer's Partner Central" % C,
    dt("2025-03-13 10:26"), alt(t, hh, "utf-8", "7bit", "quoted-printable", key="c_info2"), auth_res=auth(ME))

# 031 Partner Central
t = """Hello Sora Takeda,

Your AWS Partner Central user for Kitemark Software Co., Ltd. will be deactivated on March 31, 2025 at the request of your organization's alliance lead.

After that date you won't be able to sign in to Partner Central with s.takeda@kitemark-soft.co.jp. Certifications shared with the partner organization will no longer count toward its partner tier.

No action is required from you. If you think this is a mistake, contact your alliance lead.

AWS Partner Network
"""
add("apn1", L("unrelated"), "AWS Partner Central notice about APN association (APN wording, not a support case)",
    addr("AWS Partner Network", "aws-partner-network@amazon.com"), CO, "Your AWS Partner Central user will be deactivated",
    dt("2025-03-14 00:12"), part("text/plain", t, "us-ascii"), auth_res=auth(CO))

# 032 closing_notice C (HTML-only auto-resolve warning)
h = """<html><body style="font-family:Arial;font-size:14px">
<table width="600" cellpadding="12" style="border:1px solid #d5dbdb">
<tr><td style="background:#232f3e;color:#fff"><b>AWS Support</b></td></tr>
<tr><td><p>Hello,</p>
<p>It&#39;s been a few days since we asked for more information on case <b>174168420900233</b>, and we haven&#39;t seen a response.</p>
<p>Cases waiting on a customer reply are resolved automatically after <b>3 days</b>. Add a reply in the Support Center before then and the case will stay open.</p>
<p><a href="https://console.aws.amazon.com/support/home#/case/?displayId=174168420900233&amp;language=en" style="background:#ec7211;color:#fff;padding:10px 18px;text-decoration:none">Go to case 174168420900233</a></p>
<p style="font-size:12px;color:#545b64">Replies to this email are not received.</p></td></tr></table>
""" + HTML_LEGAL + "</body></html>"
add("c_warn", L("closing_notice", True, C), "console auto-resolve warning, HTML-only, the condition is the only 'ask'",
    addr("Amazon Web Services", NOREPLY), ME, "RE:[CASE %s] Certification account still linked to former employer's Partner Central" % C,
    dt("2025-03-17 09:00"), part("text/html", h, "utf-8", "quoted-printable"), auth_res=auth(ME))

# 033 certmetrics recertification
t = """Congratulations, Sora!

You have recertified your AWS Certified Developer - Associate certification. Your new expiration date is March 17, 2028.

Your updated digital certificate is available in your AWS Certification account. A refreshed Credly badge will follow shortly.

Keep learning,
AWS Training and Certification
"""
hh = "<html><body><h2>Congratulations, Sora!</h2>" + "".join("<p>%s</p>" % l for l in t.split("\n\n")[1:]) + "</body></html>"
add("cm2", L("certification"), "certmetrics recertification notice",
    addr("AWS Certification", "do-not-reply@certmetrics.com"), ME, "Congratulations on recertifying your AWS Certification!",
    dt("2025-03-17 12:00"), alt(t, hh, "utf-8", "7bit", "7bit", key="cm2"), mid_dom="certmetrics.com",
    auth_res=auth(ME, "certmetrics.com", ses=False, ip="13.111.18.27"))

# 034 closing_notice C: auto-resolved, can reopen
t = """Hello,

We haven't received a reply on this case for several days, so AWS Support has marked it as resolved.

Still need help? Open the case in the Support Center and add a reply; that reopens it. Resolved cases can be reopened for 14 days, after which you would need to create a new case.

Case ID: 174168420900233

""" + (CONSOLE_FOOT % C) + "\n"
add("c_autores", L("closing_notice", True, C), "console case already auto-resolved for lack of answer; reopen by replying in Support Center within 14 days",
    addr("Amazon Web Services", NOREPLY), ME, "RE:[CASE %s] Certification account still linked to former employer's Partner Central" % C,
    dt("2025-03-20 09:00"), part("text/plain", t, "us-ascii"), auth_res=auth(ME), crlf=True)

# 035 on_hold C (no ask)
t = """Hello,

We've updated your AWS Support case. The latest correspondence follows.

------------------------------------------------------------
Hi Sora,

Thanks for reopening the case and for the confirmation about Partner Central.

Because AWS51873302 belongs to Kitemark Software's partner organization, their alliance lead has to release it before we can combine it with AWS04417268. I sent them the release request today. Until they answer, the case is waiting on the partner and there is nothing for you to do. I'll post here as soon as I hear back.

Best regards,
Nadia P.
Amazon Web Services
------------------------------------------------------------

""" + (CONSOLE_FOOT % C) + "\n"
add("c_hold", L("on_hold", False, C, ["AWS51873302", "AWS04417268"]), "console update: waiting on APN partner, explicitly nothing to do",
    addr("Amazon Web Services", NOREPLY), ME, "RE:[CASE %s] Certification account still linked to former employer's Partner Central" % C,
    dt("2025-03-21 05:44"), part("text/plain", t, "us-ascii", "quoted-printable"), auth_res=auth(ME))

# 036 Skill Builder receipt
t = """Thank you for your purchase.

Order number: SB-2025-0321-778190
Item: AWS Skill Builder Individual subscription (monthly)
Amount: USD 29.00
Billing period: March 21 - April 20, 2025

Manage your subscription: https://skillbuilder.aws/subscriptions

AWS Training and Certification
"""
add("sb1", L("unrelated"), "Skill Builder receipt from aws.training",
    addr("AWS Training and Certification", "no-reply@aws.training"), ME, "Your AWS Skill Builder receipt",
    dt("2025-03-21 08:00"), part("text/plain", t, "us-ascii"), auth_res=auth(ME, "aws.training"))

# 037 Japanese newsletter, Shift_JIS
t = """週刊クラウド通信 第214号（2025年3月24日）

■今週の特集：転職時の AWS 認定アカウント統合、やってみた
読者の方から「退職前に会社アカウントの認定を個人アカウントへ移したい」というご相談が増えています。
サポートからは英語で「どちらのアカウントを残しますか」と確認のメールが届くので、内容を確認して返信すれば、早ければ当日中に「統合が完了しました」と連絡が来るようです。
APN パートナー企業にお勤めの方は、在籍中は保留になる場合がありますのでご注意ください。

■読者アンケート
本号の感想を、このメールにご返信ください。抽選で5名様にステッカーをお送りします。

配信停止はこちら：https://cloud-tsushin.jp/unsubscribe
"""
add("nl1", L("unrelated"), "Japanese newsletter (Shift_JIS) describing the merge process with request/merged phrases and 'ご返信ください'",
    addr("週刊クラウド通信", "news@cloud-tsushin.jp", "iso-2022-jp"), ME, "【週刊クラウド通信】AWS認定アカウント統合、やってみた ほか",
    dt("2025-03-24 07:00", 9), part("text/plain", t, "shift_jis", "8bit"), mid_dom="cloud-tsushin.jp",
    auth_res=auth(ME, "cloud-tsushin.jp", ses=False, ip="203.0.113.45"), subj_cs="iso-2022-jp",
    extra=[("List-Unsubscribe", "<https://cloud-tsushin.jp/unsubscribe>")])

# 038 company IT notice
t = """武田 空 様

情報システム部です。
退職手続きに伴い、以下のアカウントを3月31日(月) 23:59 に停止いたします。

・メールアカウント：s.takeda@kitemark-soft.co.jp
・社内 SSO（AWS IAM Identity Center を含む）
・AWS Partner Central ユーザー

停止後のメール転送は行いません。外部サービスに会社アドレスで登録している場合は、事前に変更をお済ませください。
本メールは送信専用のため、ご返信いただいてもお答えできません。

株式会社キテマークソフト 情報システム部
"""
add("it1", L("unrelated"), "company IT notice about mailbox closure; mentions Partner Central and 'ご返信' (negative)",
    addr("情報システム部", "it-helpdesk@kitemark-soft.co.jp"), CO, "【情報システム部】退職に伴うアカウント停止のお知らせ",
    dt("2025-03-25 10:00", 9), part("text/plain", t, "iso-2022-jp", "7bit"), mid_dom="outlook", subj_cs="iso-2022-jp")

# 039 case_update C
t = """Hello,

We've updated your AWS Support case. The latest correspondence follows.

------------------------------------------------------------
Hi Sora,

Good news: Kitemark Software's alliance lead released the profile this morning. The certification operations team is now moving AWS51873302 into AWS04417268. That normally takes two to five business days.

You don't have to respond. I'm keeping the case open and will write again once the move is finished.

Best regards,
Nadia P.
Amazon Web Services
------------------------------------------------------------

Your feedback helps us improve. Rate this reply with the stars shown beside it in the Support Center.

""" + (CONSOLE_FOOT % C) + "\n"
hh = "<html><body style=\"font-family:Arial\">" + "".join("<p>%s</p>" % l.replace("\n", "<br>") for l in t.split("\n\n")) + "</body></html>"
add("c_upd", L("case_update", False, C, ["AWS51873302", "AWS04417268"]), "console progress update with rating footer and reply link, asks nothing",
    addr("Amazon Web Services", NOREPLY), ME, "RE:[CASE %s] Certification account still linked to former employer's Partner Central" % C,
    dt("2025-03-26 02:10"), alt(t, hh, "utf-8", "7bit", "base64", key="c_upd"), auth_res=auth(ME))

# 040 suspicious: dmarc=fail pretending to be console
t = """Dear AWS customer,

A new support case has been created on your account.

Case ID: 174190022100145
Subject: Suspended certification - billing verification required

Your AWS Certification profile has been suspended because we could not verify the payment method on file. To keep your certifications active, you must confirm your billing details within 48 hours:

https://aws-supportcenter-login.com/case/?displayId=174190022100145

Thank you for using Amazon Web Services.
"""
add("phish2", L("suspicious"), "looks exactly like a console New Support case from no-reply-aws@amazon.com, but dkim=fail/spf=fail/dmarc=fail",
    addr("Amazon Web Services", NOREPLY), ME, "Amazon Web Services: New Support case: 174190022100145",
    dt("2025-03-27 13:20"), part("text/plain", t, "us-ascii"), mid_dom="mail-svr07.net",
    auth_res=auth(ME, dkim="fail", spf="fail", dmarc="fail", ses=False, ip="45.95.147.12"))

# 041 resolved C (console, with feedback footer)
t = """Hello,

We've updated your AWS Support case. The latest correspondence follows.

------------------------------------------------------------
Hi Sora,

The certification operations team has finished: AWS51873302 is now part of AWS04417268, so you have one certification profile, reachable with your personal Builder ID. The Partner Central sign-in no longer leads to a separate profile.

With that done, I'm setting this case to resolved. Should anything come up, you can reopen it from the Support Center.

Best regards,
Nadia P.
Amazon Web Services
------------------------------------------------------------

Your feedback helps us improve. Rate this reply with the stars shown beside it in the Support Center.

""" + (CONSOLE_FOOT % C) + "\n"
add("c_res", L("resolved", False, C, ["AWS51873302", "AWS04417268"]), "console resolution with 'you can reopen' and rating footer; not a request",
    addr("Amazon Web Services", NOREPLY), ME, "RE:[CASE %s] Certification account still linked to former employer's Partner Central" % C,
    dt("2025-03-31 06:05"), part("text/plain", t, "us-ascii"), auth_res=auth(ME), crlf=True)

# 042 survey C
h = """<html><body style="font-family:Arial;font-size:14px">
<p>Hello,</p>
<p>Your AWS Support case <b>174168420900233</b> was recently resolved. Please take a moment to tell us about your experience.</p>
<table cellpadding="8" style="border:1px solid #d5dbdb"><tr><td colspan="5">Overall, how satisfied were you with AWS Support?</td></tr>
<tr><td><a href="https://aws.amazon.com/support/survey?case=174168420900233&amp;v=1">Very dissatisfied</a></td><td><a href="https://aws.amazon.com/support/survey?case=174168420900233&amp;v=2">Dissatisfied</a></td><td><a href="https://aws.amazon.com/support/survey?case=174168420900233&amp;v=3">Neutral</a></td><td><a href="https://aws.amazon.com/support/survey?case=174168420900233&amp;v=4">Satisfied</a></td><td><a href="https://aws.amazon.com/support/survey?case=174168420900233&amp;v=5">Very satisfied</a></td></tr></table>
""" + HTML_LEGAL + "</body></html>"
add("c_svy", L("survey", False, C), "console case satisfaction survey, HTML-only",
    addr("Amazon Web Services", NOREPLY), ME, "How did we do? Your AWS Support case %s" % C, dt("2025-03-31 18:00"),
    part("text/html", h, "utf-8", "quoted-printable"), auth_res=auth(ME))

# 043 Credly badge 2
t = """Your badge has been updated

Amazon Web Services Training and Certification updated your badge AWS Certified Developer - Associate. The new expiration date is March 17, 2028.

View your badge: https://www.credly.com/badges/91b0d2c7-4e55-4f3a-a7e1-0c38d6b2f1aa

Credly
"""
add("cr2", L("badge"), "Credly badge update (recertification)",
    addr("Credly", "admin@credly.com"), ME, "Your AWS Certified Developer - Associate badge was updated",
    dt("2025-04-01 03:00"), part("text/plain", t, "us-ascii"), mid_dom="credly.com",
    auth_res=auth(ME, "credly.com", ses=False, ip="198.2.177.30"))

# 044 user reopens old 2021 case D (JA)
MID["d_old"] = "<0101017a2b3c4d5e-2021-0603-aaaa-bbbbccccdddd-000000@email.amazonses.com>"
t = """AWS Training and Certification ご担当者様

2021年にこちらのケースで認定アカウントを統合していただいた武田と申します。

先日、別のケースで会社アカウントの統合が完了したのですが、それ以降 Credly にバッジが表示されなくなりました。
認定のページを確認したところ、同じ gmail アドレスで認定アカウントがもう一つ作られているようです。
恐れ入りますが、本ケースを再開してご確認いただけないでしょうか。

(In English: could you reopen this case? My Credly badges disappeared and I think there is a second certification account on the same email address.)

武田 空

2021年6月3日(木) 19:12 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>:

> Hello,
>
> I have successfully merged all accounts. You can now sign in with
> sora.takeda.dev@gmail.com and see your full exam history.
>
> If you have any other questions, just reply to this email.
>
> Best regards,
> Priya
> AWS Training and Certification
"""
add("d_u1", L("user_reply", False, D), "own reply on a 2021 resolved case (10-digit) asking to reopen; quoted old 'successfully merged'",
    addr("武田 空", ME), TC, "Re: RE:[CASE %s] %s" % (D, SUBJ_TC), dt("2025-04-01 22:10", 9),
    part("text/plain", t, "utf-8", "8bit"), mid_dom="gmail", irt="d_old")

# 045 case_update D (ISO-2022-JP)
t = """武田様

お問い合わせいただき、ありがとうございます。AWS トレーニングと認定サポートの佐藤でございます。

ケース 6619027354 を再開し、私が担当させていただくことになりました。
現在、Credly との連携状況と、お客様のメールアドレスに紐づく認定アカウントを調査しております。確認が取れ次第、改めてご連絡いたします。

なお、調査の間に補足いただける情報がございましたら、本メールにご返信ください。

どうぞよろしくお願いいたします。

佐藤
AWS トレーニングと認定 カスタマーサポート
"""
add("d_upd", L("case_update", False, D), "JA ISO-2022-JP: case reopened and being investigated; only a conditional 〜がございましたら…ご返信ください",
    addr("AWS Training and Certification", TC), ME, "RE:[CASE %s] %s" % (D, SUBJ_TC), dt("2025-04-02 01:30"),
    part("text/plain", t, "iso-2022-jp", "7bit"), auth_res=auth(ME), irt="d_u1", refs=["d_old", "d_u1"])

# 046 Pearson VUE JA reminder
t = """武田 空 様

AWS 認定試験のご予約について、リマインダーをお送りします。

試験名：AWS Certified Solutions Architect - Professional (SAP-C02)
日時：2025年4月19日（土）10:00
受験方法：OnVUE オンライン監督試験
登録番号：487201936

試験開始の30分前までにシステムチェックを完了してください。
ご予約の変更は、試験の24時間前までに AWS 認定アカウントから行ってください。

ピアソン VUE
※本メールは送信専用です。
"""
add("pv2", L("unrelated"), "exam vendor reminder in Japanese, 9-digit registration number, 'してください' instructions",
    addr("ピアソン VUE", "pearsonvuecustomerservice@pearson.com"), ME, "【ピアソン VUE】AWS 認定試験のご予約リマインダー",
    dt("2025-04-02 03:00"), part("text/plain", t, "utf-8", "base64"), mid_dom="pearson.com",
    auth_res=auth(ME, "pearson.com", ses=False, ip="159.182.1.20"))

# 047 info_request D (Shift_JIS, keigo, buried)
t = """武田様

お待たせいたしました。佐藤でございます。

調査いたしましたところ、sora.takeda.dev@gmail.com に紐づく認定アカウントが2件存在することを確認いたしました。
Credly のデジタルバッジは、認定を保持しているアカウントと連携している必要があるため、現在の状態では一部のバッジが表示されない可能性がございます。
また、2件のうちどちらを残すべきかは、Credly 側の連携先によって変わってまいります。

つきましては、下記2点をお知らせいただけますでしょうか。

・Credly にサインインする際にご利用のメールアドレス
・各認定アカウントにサインインした際、画面右上に表示される候補ID（AWS から始まる番号）

お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。

佐藤
AWS トレーニングと認定 カスタマーサポート
"""
add("d_info", L("info_request", True, D), "JA Shift_JIS keigo; request comes after three sentences of findings; asks for Credly email and candidate IDs",
    addr("AWS Training and Certification", TC), ME, "RE:[CASE %s] %s" % (D, SUBJ_TC), dt("2025-04-03 02:05"),
    part("text/plain", t, "shift_jis", "8bit"), auth_res=auth(ME), irt="d_upd", refs=["d_old", "d_u1", "d_upd"])

# 048 user reply D, threaded only by In-Reply-To/References
t = """佐藤様

ご調査いただきありがとうございます。武田です。

・Credly のサインイン：sora.takeda.dev@gmail.com
・候補ID：AWS04417268（普段使っているアカウント）、AWS77120954（もう一つのアカウント）

よろしくお願いいたします。

2025年4月3日(木) 11:05 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>:
> 武田様
>
> つきましては、下記2点をお知らせいただけますでしょうか。
>
> ・Credly にサインインする際にご利用のメールアドレス
> ・各認定アカウントにサインインした際、画面右上に表示される候補ID（AWS から始まる番号）
"""
add("d_u2", L("user_reply", False, D, ["AWS04417268", "AWS77120954"]), "own reply whose subject has NO case number; thread only via In-Reply-To/References; base64 UTF-8",
    addr("武田 空", ME), TC, "Credlyバッジの件（候補IDのご連絡）", dt("2025-04-03 21:30", 9),
    part("text/plain", t, "utf-8", "base64"), mid_dom="gmail", irt="d_info", refs=["d_old", "d_u1", "d_upd", "d_info"])

# 049 confirmation_request D (HTML only, JA)
h = """<html><head><meta charset="utf-8"></head><body style="font-family:'Meiryo',sans-serif;font-size:14px">
<p>武田様</p>
<p>候補IDのご連絡をいただき、ありがとうございます。佐藤でございます。</p>
<p>いただいた情報をもとに、以下の2つのアカウントを確認いたしました。</p>
<table cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#eef"><th style="border:1px solid #99a"></th><th style="border:1px solid #99a">Account #1</th><th style="border:1px solid #99a">Account #2</th></tr>
<tr><td style="border:1px solid #99a">候補ID</td><td style="border:1px solid #99a">AWS04417268</td><td style="border:1px solid #99a">AWS77120954</td></tr>
<tr><td style="border:1px solid #99a">ログイン メール</td><td style="border:1px solid #99a">sora.takeda.dev@gmail.com</td><td style="border:1px solid #99a">sora.takeda.dev@gmail.com</td></tr>
<tr><td style="border:1px solid #99a">トレーニング通知メール</td><td style="border:1px solid #99a">sora.takeda.dev@gmail.com</td><td style="border:1px solid #99a">sora.takeda.dev@gmail.com</td></tr>
<tr><td style="border:1px solid #99a">認定通知メール</td><td style="border:1px solid #99a">sora.takeda.dev@gmail.com</td><td style="border:1px solid #99a">sora.takeda.dev@gmail.com</td></tr>
<tr><td style="border:1px solid #99a">保有認定</td><td style="border:1px solid #99a">3件</td><td style="border:1px solid #99a">0件（Credly 連携あり）</td></tr>
</table>
<div style="margin:16px 0;padding:12px;background:#fff4e5;border:1px solid #f0b060">
Account #2 を Account #1 に統合し、Credly の連携先を Account #1 に切り替える形で進めてよろしいでしょうか。<br>
問題がなければ、本メールに「確認しました」とご返信くださいますようお願い申し上げます。
</div>
<p>佐藤<br>AWS トレーニングと認定 カスタマーサポート</p>
<hr>
<p style="font-size:11px;color:#777">本ケースに関するお問い合わせは、件名を変更せずに本メールへご返信ください。同じ内容で新しいケースを作成されますと、ご回答が遅れる場合がございます。</p>
<p style="font-size:11px;color:#777">今回の対応はいかがでしたか？ <a href="https://survey.aws-tc.amazon.com/r?c=6619027354&amp;s=5">満足</a> / <a href="https://survey.aws-tc.amazon.com/r?c=6619027354&amp;s=3">普通</a> / <a href="https://survey.aws-tc.amazon.com/r?c=6619027354&amp;s=1">不満</a></p>
""" + HTML_LEGAL + "</body></html>"
add("d_conf", L("confirmation_request", True, D, ["AWS04417268", "AWS77120954"]),
    "JA HTML-only; Account #1/#2 table; the ask sits in a styled box; footer has a survey and a generic reply instruction",
    addr("AWS Training and Certification", TC), ME, "RE:[CASE %s] %s" % (D, SUBJ_TC), dt("2025-04-04 06:20"),
    part("text/html", h, "utf-8", "base64"), auth_res=auth(ME), irt="d_u2", refs=["d_old", "d_info", "d_u2"])

# 050 bounce from company mailbox (closed)
t = """Delivery has failed to these recipients or groups:

s.takeda@kitemark-soft.co.jp
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:
Generating server: TYCPR01MB8123.jpnprd01.prod.outlook.com
s.takeda@kitemark-soft.co.jp
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Original message headers:
From: Sora Takeda <sora.takeda.dev@gmail.com>
Subject: Fwd: RE:[CASE 6619027354] [AWS Training and Certification Form Submission] - account-assistance
"""
add("bnc2", L("unrelated"), "NDR from the closed company mailbox; original subject carries a case number and 'Please check... try to resend'",
    addr("Microsoft Outlook", "postmaster@kitemarksoft.onmicrosoft.com"), ME,
    "Undeliverable: Fwd: RE:[CASE %s] %s" % (D, SUBJ_TC), dt("2025-04-05 02:00"),
    part("text/plain", t, "us-ascii"), mid_dom="outlook", extra=[("Auto-Submitted", "auto-replied")],
    auth_res=auth(ME, "kitemarksoft.onmicrosoft.com", ses=False, ip="40.107.74.90"))

# 051 closing_notice D (JA, QP)
t = """武田様

佐藤でございます。
4月4日にお送りしたアカウント統合のご確認につきまして、まだご返信を確認できておりません。

4月11日（金）までにご連絡をいただけない場合、本ケースはいったんクローズとさせていただきます。
ご返信をいただければ、引き続き対応いたします。

佐藤
AWS トレーニングと認定 カスタマーサポート
"""
add("d_close", L("closing_notice", True, D), "JA closing notice with deadline; no explicit 'please'",
    addr("AWS Training and Certification", TC), ME, "RE:[CASE %s] %s" % (D, SUBJ_TC), dt("2025-04-07 00:40"),
    part("text/plain", t, "utf-8", "quoted-printable"), auth_res=auth(ME), irt="d_conf", refs=["d_old", "d_conf"])

# 052 user confirms D (ISO-2022-JP)
t = """佐藤様

ご連絡が遅くなり、申し訳ございません。
確認しました。Account #2 を Account #1（AWS04417268）に統合してください。

武田 空

2025年4月7日(月) 9:40 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>:
> 武田様
>
> 4月11日（金）までにご連絡をいただけない場合、本ケースはいったんクローズとさせていただきます。
> ご返信をいただければ、引き続き対応いたします。
"""
add("d_u3", L("user_reply", False, D, ["AWS04417268"]), "own confirmation in ISO-2022-JP over quoted closing notice",
    addr("武田 空", ME, "iso-2022-jp"), TC, "Re: RE:[CASE %s] %s" % (D, SUBJ_TC), dt("2025-04-07 12:15", 9),
    part("text/plain", t, "iso-2022-jp", "7bit"), mid_dom="gmail", irt="d_close", refs=["d_old", "d_conf", "d_close"])

# 053 resolved D (JA, multipart base64) quoting the request
t = """武田様

ご確認いただき、ありがとうございます。佐藤でございます。

Account #2 の Account #1（AWS04417268）への統合が完了いたしました。Credly の連携先も Account #1 に切り替えております。
バッジが Credly に再表示されるまで、最大で24時間ほどかかる場合がございます。

本件につきまして、お客様に追加でご対応いただくことはございません。
万一、明日以降もバッジが表示されない場合は、本メールにご返信いただければ確認いたします。

佐藤
AWS トレーニングと認定 カスタマーサポート

-----Original Message-----
From: sora.takeda.dev@gmail.com
Subject: Re: RE:[CASE 6619027354] [AWS Training and Certification Form Submission] - account-assistance

確認しました。Account #2 を Account #1（AWS04417268）に統合してください。

-----Original Message-----
From: aws-cs-trainingcertification-form@amazon.com

Account #2 を Account #1 に統合し、Credly の連携先を Account #1 に切り替える形で進めてよろしいでしょうか。
問題がなければ、本メールに「確認しました」とご返信くださいますようお願い申し上げます。
"""
hh = "<html><body>" + "".join("<p>%s</p>" % l.replace("\n", "<br>") for l in t.split("\n\n")) + "</body></html>"
add("d_res", L("resolved", False, D, ["AWS04417268"]), "JA resolution; quoted history still holds the keigo request; conditional 万一…ご返信いただければ",
    addr("AWS Training and Certification", TC), ME, "RE:[CASE %s] %s" % (D, SUBJ_TC), dt("2025-04-08 04:10"),
    alt(t, hh, "utf-8", "base64", "base64", key="d_res"), auth_res=auth(ME), irt="d_u3", refs=["d_old", "d_close", "d_u3"])

# 054 survey D (JA)
t = """武田 空 様

このたびは AWS トレーニングと認定サポートをご利用いただき、ありがとうございました。
ケース 6619027354 の対応について、簡単なアンケートにご協力いただけますでしょうか。所要時間は1分程度です。

アンケートに回答する：https://survey.aws-tc.amazon.com/csat?c=6619027354&lang=ja

※本メールは送信専用アドレスからお送りしています。
"""
add("d_svy", L("survey", False, D), "JA survey phrased with keigo request 〜いただけますでしょうか (survey, not a support ask)",
    addr("AWS トレーニングと認定", "aws-tc-feedback@amazon.com", "iso-2022-jp"), ME,
    "サポートに関するアンケートのお願い（ケース %s）" % D, dt("2025-04-08 09:00"),
    part("text/plain", t, "iso-2022-jp", "7bit"), auth_res=auth(ME), subj_cs="iso-2022-jp")

# 055 Credly badges restored
t = """Hi Sora,

Good news: 3 badges from Amazon Web Services Training and Certification are now on your Credly profile.

- AWS Certified Solutions Architect - Associate
- AWS Certified Developer - Associate
- AWS Certified Cloud Practitioner

See your profile: https://www.credly.com/users/sora-takeda

Credly
"""
add("cr3", L("badge"), "Credly notice listing badges after the merge",
    addr("Credly", "admin@credly.com"), ME, "Your badges from Amazon Web Services Training and Certification are ready",
    dt("2025-04-09 01:00"), part("text/plain", t, "us-ascii"), mid_dom="credly.com",
    auth_res=auth(ME, "credly.com", ses=False, ip="198.2.177.30"))

# 056 Dependabot merged
t = """Merged #431 into main.

Bump boto3 from 1.36.2 to 1.37.11

--
Reply to this email directly or view it on GitHub:
https://github.com/kitemark/infra-modules/pull/431#event-16772231
You are receiving this because you were mentioned.
"""
add("gh2", L("unrelated"), "GitHub dependabot PR merged",
    addr("dependabot[bot]", "notifications@github.com"), ME, "Re: [kitemark/infra-modules] Bump boto3 from 1.36.2 to 1.37.11 (PR #431)",
    dt("2025-04-10 05:30"), part("text/plain", t, "us-ascii"), mid_dom="github.com",
    auth_res=auth(ME, "github.com", ses=False, ip="192.30.252.201"))

# 057 console ack E (text only, LF)
t = """Dear AWS customer,

Your support case has been created.

Case ID: 174434508100952
Subject: 50% exam voucher missing after certification account merge
Severity: General guidance
Service: Training and Certification
Account: 208314557790

Description:
After the merge in case 38164029375 the voucher showed up, but today the Benefits page is empty. Can you check?

""" + (CONSOLE_FOOT % E) + """

Thank you for using Amazon Web Services.
"""
add("e_ack", L("acknowledgement", False, E), "console new case; description mentions an earlier case number and ends with a question; case is E",
    addr("Amazon Web Services", NOREPLY), ME, "Amazon Web Services: New Support case: %s" % E, dt("2025-04-11 04:18"),
    part("text/plain", t, "us-ascii"), auth_res=auth(ME))

# 058 info_request E (HTML only; the ask sits in the button label and a table cell)
h = """<html><body style="font-family:Arial;font-size:14px;color:#16191f">
<table width="620" cellpadding="0" cellspacing="0" style="border:1px solid #d5dbdb"><tr><td style="padding:16px">
<p style="font-size:16px"><b>Your case has a new reply from AWS Support</b></p>
<table width="100%" cellpadding="6" style="font-size:13px;background:#f7f7f7"><tr><td>Case ID</td><td>174434508100952</td></tr><tr><td>Status</td><td><b>Pending customer action</b></td></tr><tr><td>Account</td><td>208314557790</td></tr></table>
<p>Hello Sora,</p>
<p>I checked the benefits ledger for AWS04417268. The voucher that came across in the merge was redeemed on April 9 against an exam booking, which is why the Benefits page no longer lists it. If that booking wasn&#39;t yours, we&#39;ll need to investigate it as unauthorised use.</p>
<table cellpadding="8" cellspacing="0" style="border:1px solid #d5dbdb;margin:8px 0"><tr>
<td style="background:#f2f3f3"><b>Booking to verify</b></td><td>SAP-C02, April 19, 2025, 10:00 JST, registration 487201936</td></tr></table>
<p>Regards,<br>Tomasz W.<br>Amazon Web Services</p>
<p style="margin:20px 0"><a href="https://console.aws.amazon.com/support/home#/case/?displayId=174434508100952&amp;language=en" style="background:#ec7211;color:#fff;padding:12px 20px;text-decoration:none;border-radius:2px">Tell us in the Support Center whether this booking is yours</a></p>
<p style="font-size:12px;color:#545b64">Your feedback helps us improve. Rate this reply with the stars shown beside it in the Support Center.</p>
<p style="font-size:12px;color:#545b64">This notification comes from an address that does not accept incoming mail, so a reply to it will not reach AWS Support.</p>
</td></tr></table>
""" + HTML_LEGAL + "</body></html>"
add("e_info", L("info_request", True, E, ["AWS04417268"]),
    "console update HTML-only; the actual question is the orange BUTTON label; 'Pending customer action' in a status table; 9-digit registration",
    addr("Amazon Web Services", NOREPLY), ME, "RE:[CASE %s] 50%% exam voucher missing after certification account merge" % E,
    dt("2025-04-11 09:55"), part("text/html", h, "utf-8", "quoted-printable"), auth_res=auth(ME))

# 059 AWS Educate form case (other AWS team)
t = """Hello,

Thank you for contacting AWS Educate. We are sorry to hear you cannot sign in.

Could you reply to this email with the school email address you originally registered with? Once we have it, we can look up your AWS Educate account.

If we don't hear from you within 7 days, this case will be closed.

Best regards,
AWS Educate Support
"""
add("edu1", L("unrelated"), "other AWS program's form case (AWS Educate) with [CASE 10 digits], a direct question and auto-close warning",
    addr("AWS Educate", "aws-cs-educate-form@amazon.com"), ME,
    "RE:[CASE 9981273645] [AWS Educate Form Submission] - sign-in-issue", dt("2025-04-12 03:30"),
    part("text/plain", t, "us-ascii"), auth_res=auth(ME))

# 060 ack F (multipart)
t = """Hello,

We've received your message and created case 41730958216. A member of the AWS Training and Certification team will reply to this address, typically within 24 hours.

Case ID: 41730958216
Inquiry type: Certification
Additional details: Profile / Name change

Your message:
The name on my certificates shows my old romanization "Takeda Sola". Can it be corrected to "Sora Takeda"?

Please don't submit another request for the same question; it creates a duplicate case.

AWS Training and Certification Customer Service
"""
hh = """<html><body style="font-family:Arial;font-size:14px"><p>Hello,</p>
<p>We&#39;ve received your message and created case <b>41730958216</b>. A member of the AWS Training and Certification team will reply to this address, typically within 24 hours.</p>
<table cellpadding="5" style="border:1px solid #ccc"><tr><td>Case ID</td><td>41730958216</td></tr><tr><td>Inquiry type</td><td>Certification</td></tr><tr><td>Additional details</td><td>Profile / Name change</td></tr>
<tr><td>Your message</td><td>The name on my certificates shows my old romanization &quot;Takeda Sola&quot;. Can it be corrected to &quot;Sora Takeda&quot;?</td></tr></table>
<p>Please don&#39;t submit another request for the same question; it creates a duplicate case.</p>
<p>AWS Training and Certification Customer Service</p></body></html>"""
add("f_ack", L("acknowledgement", False, F), "ack in multipart; echoed user question in a table; 'Please don't submit another request' is not an ask",
    addr("AWS Training and Certification", TC), ME, "RE: [CASE %s] %s" % (F, SUBJ_TC), dt("2025-04-14 00:20"),
    alt(t, hh, "utf-8", "7bit", "quoted-printable", key="f_ack"), auth_res=auth(ME))

# 061 suspicious Credly lookalike
h = """<html><body style="font-family:Helvetica"><h2>Your AWS badges are about to expire!</h2>
<p>Amazon Web Services Training and Certification badges linked to your account will be <b>permanently removed</b> unless you re-claim them today.</p>
<p><a href="https://credly-badge-center.com/claim?u=sora.takeda.dev" style="background:#ff6b00;color:#fff;padding:12px 20px;text-decoration:none">Re-claim my badges</a></p>
<p style="font-size:11px">Credly Inc.</p></body></html>"""
add("phish3", L("suspicious"), "Credly lookalike domain credly-badge-center.com",
    addr("Credly", "notify@credly-badge-center.com"), ME, "Action needed: re-claim your AWS badges before they are removed",
    dt("2025-04-14 15:00"), part("text/html", h, "utf-8", "7bit"), mid_dom="credly-badge-center.com",
    auth_res=auth(ME, "credly-badge-center.com", ses=False, ip="91.92.240.11"))

# 062 closing_notice E (multipart)
t = """Hello,

We're still waiting to hear from you on case 174434508100952 (50% exam voucher missing after certification account merge).

Without a reply in the Support Center, this case will be resolved automatically on April 18. If you reply before then, the case stays open and we'll keep working on it. A resolved case can still be reopened from the Support Center for 14 days.

""" + (CONSOLE_FOOT % E) + "\n"
hh = "<html><body style=\"font-family:Arial\">" + "".join("<p>%s</p>" % l.replace("\n", "<br>") for l in t.split("\n\n")) + "</body></html>"
add("e_warn", L("closing_notice", True, E), "console inactivity notice with date; 'If you reply before then' conditional is the ask",
    addr("Amazon Web Services", NOREPLY), ME, "RE:[CASE %s] 50%% exam voucher missing after certification account merge" % E,
    dt("2025-04-15 09:00"), alt(t, hh, "utf-8", "7bit", "quoted-printable", key="e_warn"), auth_res=auth(ME))

# 063 case_update F
t = """Hi Sora,

Just a quick status note on case 41730958216. Name corrections are handled by our certification records team, and I've passed your request to them with the details from your form. They usually turn these around in three to five business days.

I'll let you know as soon as they're done. Feel free to reply if anything about your request changes in the meantime.

Thanks,
Aiko M.
AWS Training and Certification Customer Service
"""
add("f_upd", L("case_update", False, F), "progress note with 'Feel free to reply if...' conditional",
    addr("AWS Training and Certification", TC), ME, "RE: [CASE %s] %s" % (F, SUBJ_TC), dt("2025-04-15 11:15"),
    part("text/plain", t, "us-ascii"), auth_res=auth(ME), irt="f_ack")

# 064 Builder ID code #2
t = """Your verification code

Use the code below to sign in to AWS Builder ID.

Verification code: 730164

This code expires in 10 minutes. Never share it with anyone. If you didn't request it, you can ignore this email.
"""
add("bid2", L("unrelated"), "Builder ID sign-in code from login.awsapps.com",
    addr("AWS Builder ID", "no-reply@login.awsapps.com"), ME, "AWS Builder ID verification code",
    dt("2025-04-16 00:58"), part("text/plain", t, "us-ascii"), auth_res=auth(ME, "login.awsapps.com"))

# 065 info_request F (bare question, Outlook-ish top post over ack)
t = """Hi Sora,

The records team came back with one question before they change anything. Your exam registrations use the family name first ("TAKEDA Sora"), while your profile shows "Takeda Sola". Which exact spelling and order should appear on the certificates, and should a middle name be included?

Thanks,
Aiko M.
AWS Training and Certification Customer Service

________________________________
From: AWS Training and Certification
Sent: Monday, April 14, 2025 12:20 AM
Subject: RE: [CASE 41730958216] [AWS Training and Certification Form Submission] - account-assistance

We've received your message and created case 41730958216.
"""
add("f_info", L("info_request", True, F), "bare questions without 'please'; top-posted above the quoted ack",
    addr("AWS Training and Certification", TC), ME, "RE: [CASE %s] %s" % (F, SUBJ_TC), dt("2025-04-16 07:40"),
    part("text/plain", t, "us-ascii"), auth_res=auth(ME), irt="f_upd", refs=["f_ack", "f_upd"])

# 066 user reply F
t = """Hi Aiko,

It should be "Sora Takeda" (given name first), no middle name.

Thank you!
Sora

On Wed, Apr 16, 2025 at 4:40 PM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
> Which exact spelling and order should appear on the certificates, and should
> a middle name be included?
"""
add("f_u1", L("user_reply", False, F), "own short answer to the question",
    addr("Sora Takeda", ME), TC, "Re: RE: [CASE %s] %s" % (F, SUBJ_TC), dt("2025-04-16 18:02", 9),
    part("text/plain", t, "us-ascii"), mid_dom="gmail", irt="f_info", refs=["f_ack", "f_upd", "f_info"])

# 067 case_update E (after console reply)
t = """Hello,

We've updated your AWS Support case. The latest correspondence follows.

------------------------------------------------------------
Hi Sora,

Thanks for confirming in the Support Center that the April 19 booking is yours, so the voucher was used as intended. I've asked the benefits team whether the discount can be reissued, since it was consumed by a booking you made before the merge settled. Their reviews take a few business days; I'll update the case once I have their answer.

Regards,
Tomasz W.
Amazon Web Services
------------------------------------------------------------

""" + (CONSOLE_FOOT % E) + "\n"
add("e_upd", L("case_update", False, E), "console progress update, nothing asked; reply-link footer",
    addr("Amazon Web Services", NOREPLY), ME, "RE:[CASE %s] 50%% exam voucher missing after certification account merge" % E,
    dt("2025-04-17 02:30"), part("text/plain", t, "us-ascii", "quoted-printable"), auth_res=auth(ME))

# 068 JA other vendor (Zendesk) solved
t = """武田 空 様

いつもご利用いただきありがとうございます。さくらクラウド サポートセンターです。

お問い合わせ番号 #482913「コントロールパネルの二段階認証について」は解決済みとなりました。

本メールにご返信いただくと、お問い合わせが再開されます。
7日間ご返信がない場合、本件はクローズとなります。

――――――――――――――――
このたびのサポートはいかがでしたか？
良い：https://support.sakura-cloud.example/hc/rate/482913?g
悪い：https://support.sakura-cloud.example/hc/rate/482913?b
"""
add("zd1", L("unrelated"), "JA other vendor 'request solved', reply reopens, auto-close and rating: looks like closing notice/survey",
    addr("さくらクラウド サポート", "support@sakura-cloud.example", "iso-2022-jp"), ME,
    "[さくらクラウド] お問い合わせ #482913 は解決済みになりました", dt("2025-04-17 06:00"),
    part("text/plain", t, "utf-8", "quoted-printable"), mid_dom="zendesk.com",
    auth_res=auth(ME, "sakura-cloud.example", ses=False, ip="192.161.148.5"), subj_cs="iso-2022-jp")

# 069 resolved F
t = """Hi Sora,

Your name now appears as "Sora Takeda" on your AWS Certification profile, and all of your digital certificates have been regenerated with the corrected spelling. You can download them again from the Certifications page. Credly badges pick up the new name automatically within a day.

That's everything on our side, so this case is now resolved. No further action is needed from you.

Thanks,
Aiko M.
AWS Training and Certification Customer Service

> On Wed, Apr 16, 2025, Sora Takeda wrote:
> It should be "Sora Takeda" (given name first), no middle name.
>
>> Which exact spelling and order should appear on the certificates, and should
>> a middle name be included?
"""
add("f_res", L("resolved", False, F), "resolved; quoted history keeps support's earlier question",
    addr("AWS Training and Certification", TC), ME, "RE: [CASE %s] %s" % (F, SUBJ_TC), dt("2025-04-18 01:50"),
    part("text/plain", t, "us-ascii"), auth_res=auth(ME), irt="f_u1", refs=["f_ack", "f_info", "f_u1"])

# 070 marketing EN
t = """Hi Sora,

AWS re:Invent 2025 registration opens soon. As an AWS Certified professional you get access to the Certification Lounge and a certified-only reserved seating area at keynotes.

Want early access? Just reply to this email with "YES" and we'll send your priority registration code when it goes live.

AWS Events Team

Unsubscribe: https://pages.awscloud.com/communication-preferences
"""
add("mkt2", L("unrelated"), "AWS marketing that literally asks to reply 'YES'; amazon.com sender",
    addr("AWS Events", "aws-marketing-email-replies@amazon.com"), ME, "Certified? Get early access to re:Invent 2025",
    dt("2025-04-18 16:00"), part("text/plain", t, "us-ascii"), auth_res=auth(ME),
    extra=[("List-Unsubscribe", "<https://pages.awscloud.com/communication-preferences>")])

# 071 resolved E (HTML + long survey footer)
h = """<html><body style="font-family:Arial;font-size:14px;color:#16191f">
<p>Hello,</p><p>We&#39;ve updated your AWS Support case. Here is the latest correspondence:</p>
<div style="border:1px solid #d5dbdb;padding:14px">
<p>Hi Sora,</p>
<p>The benefits team approved a replacement: a new 50% exam discount voucher is now on the Benefits page of AWS04417268 and is valid until April 30, 2026. Your April 19 booking is unaffected.</p>
<p>That closes out everything you raised, so I&#39;m resolving this case. Thank you for your patience.</p>
<p>Regards,<br>Tomasz W.<br>Amazon Web Services</p></div>
<table width="100%" cellpadding="10" style="margin-top:18px;background:#f7f7f7;font-size:13px">
<tr><td colspan="5"><b>We&#39;d love your feedback.</b> How would you rate the answer above?</td></tr>
<tr><td><a href="https://console.aws.amazon.com/support/home#/case/?displayId=174434508100952&amp;rate=1">&#9733;</a></td><td><a href="https://console.aws.amazon.com/support/home#/case/?displayId=174434508100952&amp;rate=2">&#9733;&#9733;</a></td><td><a href="https://console.aws.amazon.com/support/home#/case/?displayId=174434508100952&amp;rate=3">&#9733;&#9733;&#9733;</a></td><td><a href="https://console.aws.amazon.com/support/home#/case/?displayId=174434508100952&amp;rate=4">&#9733;&#9733;&#9733;&#9733;</a></td><td><a href="https://console.aws.amazon.com/support/home#/case/?displayId=174434508100952&amp;rate=5">&#9733;&#9733;&#9733;&#9733;&#9733;</a></td></tr>
<tr><td colspan="5">Tell us what we could do better. Please reply in the Support Center or use the link to rate.</td></tr></table>
<p style="font-size:12px;color:#545b64">If you need more help with this issue, you can reopen the case from the Support Center within 14 days. This notification comes from an address that does not accept incoming mail.</p>
<p><a href="https://console.aws.amazon.com/support/home#/case/?displayId=174434508100952&amp;language=en">View case</a></p>
""" + HTML_LEGAL + "</body></html>"
add("e_res", L("resolved", False, E, ["AWS04417268"]), "console resolution HTML-only with long star-rating table saying 'Please reply in the Support Center' for feedback",
    addr("Amazon Web Services", NOREPLY), ME, "RE:[CASE %s] 50%% exam voucher missing after certification account merge" % E,
    dt("2025-04-21 03:20"), part("text/html", h, "utf-8", "quoted-printable"), auth_res=auth(ME))

# 072 certmetrics benefit
t = """Hello Sora,

A new certification benefit is available in your AWS Certification account: 50% exam discount voucher.

Sign in to your AWS Certification account and open Benefits to view the code. The voucher expires April 30, 2026.

AWS Certification
"""
add("cm3", L("certification"), "certmetrics benefit notice (voucher) tied to the console case topic but not case mail",
    addr("AWS Certification", "do-not-reply@certmetrics.com"), ME, "A new AWS Certification benefit is available",
    dt("2025-04-21 05:00"), part("text/plain", t, "us-ascii"), mid_dom="certmetrics.com",
    auth_res=auth(ME, "certmetrics.com", ses=False, ip="13.111.18.27"))

# 073 certmetrics expiry JA
t = """武田 空 様

お持ちの AWS 認定の有効期限が近づいています。

認定名：AWS Certified Cloud Practitioner
有効期限：2025年7月22日

有効期限までに再認定を行うことで、認定を継続できます。再認定の方法は AWS 認定アカウントからご確認ください。

AWS 認定
このメールは送信専用アドレスからお送りしています。
"""
add("cm4", L("certification"), "certmetrics expiry reminder in Japanese (Shift_JIS)",
    addr("AWS 認定", "do-not-reply@certmetrics.com", "iso-2022-jp"), ME, "AWS 認定の有効期限が近づいています",
    dt("2025-04-22 00:00"), part("text/plain", t, "shift_jis", "base64"), mid_dom="certmetrics.com",
    auth_res=auth(ME, "certmetrics.com", ses=False, ip="13.111.18.27"), subj_cs="iso-2022-jp")

# 074 suspicious dmarc=fail JA from the real T&C sender address
t = """武田様

AWS トレーニングと認定サポートです。
ケース 6619027354 の統合処理を完了するため、本人確認が必要です。

以下のリンクから48時間以内に AWS アカウントへサインインし、お支払い情報をご確認ください。
https://aws-training-verify.com/login?case=6619027354

ご確認いただけない場合、統合済みの認定は無効となります。

AWS トレーニングと認定 カスタマーサポート
"""
add("phish4", L("suspicious"), "JA phishing using the genuine T&C From address and a real case number, but DKIM/DMARC fail",
    addr("AWS Training and Certification", TC), ME, "RE:[CASE %s] %s" % (D, SUBJ_TC), dt("2025-04-23 11:11"),
    part("text/plain", t, "utf-8", "base64"), mid_dom="srv-mail-112.ru",
    auth_res=auth(ME, dkim="fail", spf="softfail", dmarc="fail", ses=False, ip="193.29.13.88"))

# 075 JA other vendor asking reply
t = """武田 空 様

株式会社ライトウェーブ テクニカルサポートでございます。
お問い合わせ番号：20250424-0031

ライセンスの移管につきまして、恐れ入りますが、移管先のメールアドレスと現在のシリアル番号を本メールにご返信いただけますでしょうか。
ご確認のほど、よろしくお願いいたします。

ライトウェーブ テクニカルサポート
"""
add("lw1", L("unrelated"), "JA other vendor support asking for details with keigo 〜いただけますでしょうか and an inquiry number",
    addr("ライトウェーブ サポート", "support@lightwave-soft.example", "iso-2022-jp"), ME,
    "【お問い合わせ番号：20250424-0031】ライセンス移管のご確認", dt("2025-04-24 02:00"),
    part("text/plain", t, "iso-2022-jp", "7bit"), mid_dom="lightwave-soft.example",
    auth_res=auth(ME, "lightwave-soft.example", ses=False, ip="198.51.100.23"), subj_cs="iso-2022-jp")

# 076 Credly expiry
t = """Hi Sora,

Your badge AWS Certified Cloud Practitioner, issued by Amazon Web Services Training and Certification, expires on July 22, 2025.

To keep it active, complete the issuer's recertification requirements before that date.

View badge: https://www.credly.com/badges/c0a4e2b8-1d3f-4c6e-8a77-5f1e9b0d2c43

Credly
"""
add("cr4", L("badge"), "Credly badge expiry reminder",
    addr("Credly", "admin@credly.com"), ME, "Your badge is expiring soon", dt("2025-04-25 01:00"),
    part("text/plain", t, "us-ascii"), mid_dom="credly.com", auth_res=auth(ME, "credly.com", ses=False, ip="198.2.177.30"))

# 077 survey F
t = """Hello,

Case 41730958216 with AWS Training and Certification was resolved on April 18. How did we do?

Rate your experience (takes less than a minute):
https://survey.aws-tc.amazon.com/csat?c=41730958216

Thank you for helping us improve.
AWS Training and Certification
"""
add("f_svy", L("survey", False, F), "plain-text CSAT for case F",
    addr("AWS Training and Certification", "aws-tc-feedback@amazon.com"), ME,
    "How did we do? (case %s)" % F, dt("2025-04-28 06:00"), part("text/plain", t, "us-ascii"), auth_res=auth(ME))


# ---------------------------------------------------------------------------------------------

README_HEAD = """me: %s %s

# blind-85: held-out corpus (console cases, HTML-only requests, look-alikes)

Written blind from DOMAIN.md, the five seed write-ups and BLIND-CORPUS.md only. Regenerate with
`python3 gen.py` (standard library only); it rewrites every `NNN-msg.eml` / `NNN-msg.json` and this README.

Mailbox owner: Sora Takeda / 武田 空. Personal address %s, old company address %s
(Kitemark Software, an APN partner; mailbox closes 2025-03-31). Both receive mail. The person's own
messages (sent from either address) are included as `user_reply`.

## Cases
| case | digits | channel | story |
|---|---|---|---|
| 38164029375 | 11 | T&C form (email) | main merge: ack, APN hold with a question, reply from the wrong (company) address, request to write from the personal address, own forward, Account #1/#2 confirmation (HTML), closing warning, "Confirmed", merged, thanks, survey |
| 174107183500417 | 15 | T&C form | duplicate form submission (Japanese ack to company address), own "please close", closed as duplicate (body names the other case) |
| 174168420900233 | 15 | Support Center (console) | Partner Central SSO profile: New Support case, two console requests (answer in Support Center), bounce of an emailed answer, auto-resolve warning, auto-resolved (reopenable), partner hold without ask, progress, resolved, survey |
| 6619027354 | 10 | T&C form | 2021 case reopened by the person in 2025 (Credly badges missing); Japanese agent: reopened note, keigo info request (Shift_JIS), reply threaded only by In-Reply-To/References, Japanese HTML confirmation, closing notice, confirmation (ISO-2022-JP), resolved, survey; later a dmarc=fail phish reusing this case number |
| 174434508100952 | 15 | Support Center (console) | voucher missing: New Support case, HTML-only request whose question is the button label, inactivity warning, progress, resolved with long star-rating footer |
| 41730958216 | 11 | T&C form | name correction: ack, progress note, bare-question info request, reply, resolved, survey |

Numbers that are not cases: 208314557790 (AWS account), 2076445131 (invoice), 487201936 (Pearson VUE registration),
482915 / 730164 (one-time codes), 5512093341 / 174190022100145 (phishing), 51927364 (Google), 9981273645 (AWS Educate form case),
#482913 and 20250424-0031 (other vendors). Candidate IDs: AWS04417268 (personal), AWS01983305 (company), AWS51873302 (Partner
Central SSO profile), AWS77120954 (second profile on the personal address).

## Messages
| file | kind | needs_reply | case | what it is / what makes it hard |
|---|---|---|---|---|
"""


def write_readme(notes):
    lines = [README_HEAD % (ME, CO, ME, CO)]
    for base, label, note in notes:
        lines.append("| %s | %s | %s | %s | %s |\n" % (base, label["kind"], str(label["needs_reply"]).lower(),
                                                     label["case"] or "-", note.replace("|", "/")))
    from collections import Counter
    c = Counter(l["kind"] for _, l, _ in notes)
    lines.append("\nTotals: %d messages; %s; needs_reply true: %d.\n" % (
        len(notes), ", ".join("%s %d" % kv for kv in sorted(c.items())), sum(l["needs_reply"] for _, l, _ in notes)))
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("".join(lines))


def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml") or (f.endswith(".json") and f[:3].isdigit()):
            os.remove(os.path.join(OUT, f))
    notes = []
    for i, (raw, label, note) in enumerate(MSGS, 1):
        base = "%03d-msg" % i
        with open(os.path.join(OUT, base + ".eml"), "wb") as fh:
            fh.write(raw)
        with open(os.path.join(OUT, base + ".json"), "w", encoding="utf-8") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
        notes.append((base, label, note))
    write_readme(notes)
    print(len(MSGS), "messages")


if __name__ == "__main__":
    main()
