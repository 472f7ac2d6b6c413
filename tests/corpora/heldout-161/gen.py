#!/usr/bin/env python3
"""Blind held-out corpus generator (standard library only).

Writes NNN-msg.eml / NNN-msg.json next to this script and README.md, then prints counts per kind.
"""
import base64
import hashlib
import json
import os
import quopri
from collections import Counter
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
ME_P = "kenji.morishita.dev@gmail.com"
ME_C = "k-morishita@tsubame-sys.co.jp"
ME_NAME = "Kenji Morishita"
ME_JA = "森下 健二"
TC = "aws-cs-trainingcertification-form@amazon.com"
TC_NAME = "AWS Training and Certification"
NOREPLY = "no-reply-aws@amazon.com"

JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))

CASE_A = "174701247700518"   # main merge, APN hold
CASE_B = "174701339100206"   # duplicate form of A
CASE_C = "174840133000934"   # missing voucher (Japanese)
CASE_D = "13827465190"       # console case, recert result missing
CASE_E = "8120394756"        # 2021 merge, forwarded note only
CASE_F = "174895451501127"   # third account, reopened

CID_NEW = "AWS11820473"
CID_CORP = "AWS03917264"
CID_OLD = "AWS01188342"
CID_SSO = "AWS07765120"

CODECS = {"utf-8": "utf-8", "iso-2022-jp": "iso2022_jp", "shift_jis": "cp932",
          "us-ascii": "ascii", "windows-1252": "cp1252"}


def d(y, mo, da, h, mi, tz=JST, s=0):
    return datetime(y, mo, da, h, mi, s, tzinfo=tz)


def addr(name, a, cs="utf-8"):
    if not name:
        return a
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=cs)


def hsub(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def leaf(text, sub="plain", charset="utf-8", cte="quoted-printable"):
    if charset == "iso-2022-jp":
        cte = "7bit"
    b = text.encode(CODECS[charset])
    if cte == "base64":
        body = base64.encodebytes(b)
    elif cte == "quoted-printable":
        body = quopri.encodestring(b)
    else:
        body = b
    cs_label = "Shift_JIS" if charset == "shift_jis" else charset
    hdr = f'Content-Type: text/{sub}; charset="{cs_label}"\nContent-Transfer-Encoding: {cte}\n'
    return hdr.encode(), body


def multi(sub, parts, boundary):
    out = b"This is a multi-part message in MIME format.\n\n" if sub == "mixed" else b""
    for h, b in parts:
        out += b"--" + boundary.encode() + b"\n" + h + b"\n" + b
        if not b.endswith(b"\n"):
            out += b"\n"
    out += b"--" + boundary.encode() + b"--\n"
    return f'Content-Type: multipart/{sub};\n boundary="{boundary}"\n'.encode(), out


def alt(plain, html, charset="utf-8", cte="quoted-printable", n=0):
    return multi("alternative", [leaf(plain, "plain", charset, cte), leaf(html, "html", charset, cte)],
                 f"----=_Part_{4410 + n}_{hashlib.md5(plain.encode()).hexdigest()[:12]}")


def q(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.strip("\n").split("\n"))


def auth_g(domain, mailfrom, dkim="pass", spf="pass", dmarc="pass", ip="54.240.8.31", policy="QUARANTINE"):
    return ("Authentication-Results: mx.google.com;\n"
            f"       dkim={dkim} header.i=@{domain} header.s=sel1 header.b=Qm3xL0aT;\n"
            f"       spf={spf} (google.com: domain of {mailfrom} "
            f"{'designates' if spf == 'pass' else 'does not designate'} {ip} as permitted sender) smtp.mailfrom={mailfrom};\n"
            f"       dmarc={dmarc} (p={policy} sp={policy} dis={'NONE' if dmarc == 'pass' else 'QUARANTINE'}) header.from={domain}")


def auth_exo(domain, mdomain, dkim="pass", spf="pass", dmarc="pass"):
    return ("Authentication-Results: spf=" + spf + " (sender IP is 54.240.27.18)\n"
            f" smtp.mailfrom={mdomain}; dkim={dkim} (signature was verified)\n"
            f" header.d={domain};dmarc={dmarc} action=none header.from={domain};compauth=pass reason=100")


SES = "amazonses.com"
MSGS = []
KEYS = {}


def mid_for(n, domain):
    h = hashlib.sha1(f"blind161-{n}".encode()).hexdigest()
    if domain == "ses":
        return f"<0100019{h[:9]}-{h[9:17]}-{h[17:21]}-{h[21:25]}-{h[25:37]}-000000@email.amazonses.com>"
    if domain == "gmail":
        return f"<CAH{h[:10]}+{h[10:30]}w@mail.gmail.com>"
    if domain == "outlook":
        return f"<TYCP286MB{h[:4]}{h[4:12].upper()}@TYCP286MB{h[12:16]}.JPNP286.PROD.OUTLOOK.COM>"
    return f"<{h[:16]}.{h[16:24]}@{domain}>"


def add(key, date, frm, to, subject, content, kind, reply, case, ids, note,
        cc=None, irt=None, refs=None, auth=None, crlf=False, mid="ses", subj_cs="utf-8",
        extra=(), reply_to=None, received_by=None):
    n = len(MSGS) + 1
    message_id = mid_for(n, mid)
    KEYS[key] = message_id
    lines = []
    if received_by:
        lines.append(f"Delivered-To: {received_by}")
    if auth:
        host = "mx.google.com" if "mx.google.com" in auth else "TYZP286MB.mail.protection.outlook.com"
        lines.append(f"Received: from mail-relay-{n}.example.net (mail-relay-{n}.example.net [203.0.113.{n % 250}])\n"
                     f"        by {host} with ESMTPS id x{n}si{n * 7}; {format_datetime(date.astimezone(UTC))}")
        lines.append(auth)
    lines.append(f"Date: {format_datetime(date)}")
    lines.append(f"From: {frm}")
    if reply_to:
        lines.append(f"Reply-To: {reply_to}")
    lines.append(f"To: {to}")
    if cc:
        lines.append(f"Cc: {cc}")
    lines.append(f"Subject: {hsub(subject, subj_cs)}")
    lines.append(f"Message-ID: {message_id}")
    if irt:
        lines.append(f"In-Reply-To: {KEYS[irt]}")
        rl = [KEYS[r] for r in (refs or [irt])]
        lines.append("References: " + "\n ".join(rl))
    for e in extra:
        lines.append(e)
    lines.append("MIME-Version: 1.0")
    ch, body = content
    data = ("\n".join(lines) + "\n").encode("ascii") + ch + b"\n" + body
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    MSGS.append(dict(n=n, data=data, label={"kind": kind, "needs_reply": reply, "case": case,
                                             "candidate_ids": list(ids)}, note=note))


FOOT_TC = """
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.
This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
"""

FOOT_CONSOLE = f"""
To see the case or to add a reply, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={{cid}}&language=en

Note: this mailbox is not monitored and does not take incoming mail. Replying here will not reach the engineer working on your case.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
"""

SUBJ_A = f"RE:[CASE {CASE_A}] [AWS Training and Certification Form Submission] - account-assistance"
SUBJ_B = f"RE:[CASE {CASE_B}] [AWS Training and Certification Form Submission] - account-assistance"
SUBJ_C = f"RE:[CASE {CASE_C}] [AWS Training and Certification Form Submission] - certification-benefits"
SUBJ_F = f"RE: [CASE {CASE_F}] [AWS Training and Certification Form Submission] - account-assistance"
SUBJ_D = "Recertification exam result not showing on my certification account"

FROM_TC = addr(TC_NAME, TC)
FROM_CON = addr("Amazon Web Services", NOREPLY)
TO_P = addr(ME_NAME, ME_P)
TO_C = addr(ME_JA, ME_C)
AG_TC = lambda: auth_g("amazon.com", "0100019abc@" + SES)

# ---------------------------------------------------------------------------
# 001 billing statement
add("bill1", d(2025, 5, 6, 21, 3, UTC),
    addr("Amazon Web Services", "aws-receivables-support@email.amazon.com"), ME_P,
    "Amazon Web Services Billing Statement Available [Account: 418820375516]",
    leaf("""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending in 5516, is available on the AWS web site. Your account will be charged the following:

Total: $4.87

You can see a complete break down of all charges on the Billing & Cost Management page located at https://console.aws.amazon.com/billing/home#/bill

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
""", cte="7bit", charset="us-ascii"),
    "unrelated", False, None, [],
    "AWS billing statement: 12-digit account ID in subject, not a case number.",
    auth=auth_g("email.amazon.com", "bounces@email.amazon.com"), received_by=ME_P)

# 002 newsletter Shift_JIS
add("news1", d(2025, 5, 7, 7, 30),
    addr("週刊クラウドネイティブ通信", "digest@cn-weekly.jp", "iso-2022-jp"), ME_P,
    "【週刊クラウドネイティブ通信】第212号 マネージドKubernetesのアップグレード戦略ほか",
    leaf("""週刊クラウドネイティブ通信 第212号
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

■今週のトピック
1. マネージドKubernetesのアップグレード戦略を比較する
2. 認定資格は転職でどう扱われる？ 読者アンケート結果
3. 障害報告書テンプレートを見直した話

■読者アンケート結果より
「会社のアドレスで資格アカウントを作ってしまい、退職時に慌てた」という声が
今回も多く寄せられました。各ベンダーの手続きは早めに確認しておきましょう。

配信停止はこちら: https://cn-weekly.jp/unsubscribe?u=8831
""", charset="shift_jis", cte="base64"),
    "unrelated", False, None, [],
    "Japanese newsletter in Shift_JIS/base64 that talks about certification accounts and changing jobs.",
    auth=auth_g("cn-weekly.jp", "digest@cn-weekly.jp", policy="NONE"), received_by=ME_P)

# 003 manager handover (ISO-2022-JP)
add("mgr1", d(2025, 5, 8, 9, 12),
    addr("高田 聡", "s-takada@tsubame-sys.co.jp", "iso-2022-jp"), TO_C,
    "退職に伴う引き継ぎについて",
    leaf("""森下さん

お疲れさまです。高田です。
先日お話しした引き継ぎの件、以下の3点を5/23までにまとめてもらえますか。

1. 担当中の案件の状況一覧
2. 検証用AWSアカウントの権限棚卸し（不要なIAMユーザーは削除）
3. パートナー関連の登録情報（認定資格の紐付けなど）の整理

3はパートナー管理の佐藤さんにも声をかけておきます。
よろしくお願いします。

高田
""", charset="iso-2022-jp"),
    "unrelated", False, None, [],
    "Manager (ISO-2022-JP) asking for handover items, including partner certification links; it is a colleague, not support.",
    auth=auth_exo("tsubame-sys.co.jp", "tsubame-sys.co.jp"), mid="outlook", received_by=ME_C,
    extra=("X-Mailer: Microsoft Outlook 16.0",))

# 004 GitHub merged PR
add("gh1", d(2025, 5, 8, 11, 41, UTC),
    addr("Hiroshi Ueno", "notifications@github.com"), addr("tsubame-sys/infra-modules", "infra-modules@noreply.github.com"),
    "Re: [tsubame-sys/infra-modules] Merge account baseline modules into one (PR #412)",
    alt("""Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/tsubame-sys/infra-modules/pull/412#event-17723390
You are receiving this because you were mentioned.
""", """<p>Merged <a href="https://github.com/tsubame-sys/infra-modules/pull/412">#412</a> into main.</p>
<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/tsubame-sys/infra-modules/pull/412#event-17723390">view it on GitHub</a>.<br>You are receiving this because you were mentioned.</p>
""", n=4),
    "unrelated", False, None, [],
    "GitHub PR 'merged' notification about merging account modules; wording overlaps merge vocabulary.",
    auth=auth_exo("github.com", "github.com"), mid="github.com", received_by=ME_C,
    extra=("List-ID: tsubame-sys/infra-modules <infra-modules.tsubame-sys.github.com>", "X-GitHub-Reason: mention"))

# 005 Case E forwarded note (user)
fwd_e = f"""自分用メモ：2021年に古いアカウントを会社アカウントへ統合したときのやり取り。
統合元だった昔の候補IDは {CID_OLD}。会社のアドレスが使えなくなる前に個人宛へ転送しておく。

________________________________
From: AWS Training and Certification <{TC}>
Sent: Thursday, September 16, 2021 3:12 AM
To: Morishita Kenji <{ME_C}>
Subject: RE:[CASE {CASE_E}] [AWS Training and Certification Form Submission] - account-assistance

Hello Kenji,

Your two certification accounts have been combined. The exam history, the AWS Certified Cloud Practitioner certification and the benefits that were on {CID_OLD} now sit under {CID_CORP}, which signs in with {ME_C}.

Kindly allow up to 24 hours before the changes are visible everywhere.

Thank you,
Olusegun A.
AWS Training and Certification
"""
add("e1", d(2025, 5, 9, 18, 22),
    addr(ME_JA, ME_C, "iso-2022-jp"), TO_P,
    f"FW: RE:[CASE {CASE_E}] [AWS Training and Certification Form Submission] - account-assistance",
    leaf(fwd_e, charset="iso-2022-jp"),
    "user_reply", False, CASE_E, [CID_OLD],
    "Owner forwards a 2021 resolution (10-digit case) to himself with a Japanese note; the forwarded part has its own candidate ID that must not be counted.",
    mid="outlook", extra=("X-Mailer: Microsoft Outlook 16.0", "Thread-Topic: RE:[CASE 8120394756] [AWS Training and Certification Form Submission] - account-assistance"))

# 006 HR last day
add("hr1", d(2025, 5, 9, 19, 5),
    addr("人事総務部", "jinji@tsubame-sys.co.jp", "iso-2022-jp"), TO_C,
    "【ご案内】最終出社日および各種アカウント停止のスケジュール",
    leaf("""森下 健二 様

人事総務部です。退職手続きについてご案内いたします。

・最終出社日：2025年5月30日（金）
・社用メールボックス：5月30日 18:00 に停止
・PC・入館証の返却：最終出社日に総務窓口へ

社用メールアドレスで登録している外部サービス（資格、学会、各種SaaS）がある場合は、
停止前に登録アドレスの変更をお済ませください。停止後の転送は行っておりません。

ご不明点は内線2210までお問い合わせください。
""", cte="base64"),
    "unrelated", False, None, [],
    "HR notice (UTF-8 base64) fixing the company-mailbox shutdown date; contains a deadline and instructions but it is not support.",
    auth=auth_exo("tsubame-sys.co.jp", "tsubame-sys.co.jp"), mid="tsubame-sys.co.jp", received_by=ME_C)

# 007 Builder ID code
add("otp1", d(2025, 5, 10, 13, 55, UTC),
    addr("AWS", "no-reply@signin.aws"), ME_P,
    "Verify your AWS Builder ID email address",
    alt("""Hello,

Use the verification code below to finish creating your AWS Builder ID.

Verification code: 604917

This code expires 30 minutes after it was sent. If you did not request it, you can ignore this message.

Amazon Web Services
""", """<html><body><p>Hello,</p><p>Use the verification code below to finish creating your AWS Builder ID.</p>
<p style="font-size:24px;font-weight:bold;letter-spacing:4px">604917</p>
<p>This code expires 30 minutes after it was sent. If you did not request it, you can ignore this message.</p><p>Amazon Web Services</p></body></html>
""", n=7),
    "unrelated", False, None, [],
    "Builder ID one-time code (6 digits) while preparing the new account.",
    auth=auth_g("signin.aws", "bounce@signin.aws"), received_by=ME_P)

# 008 certification expiry
add("cert1", d(2025, 5, 10, 16, 20, UTC),
    addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
    "Your AWS Certified Solutions Architect - Professional expires in 90 days",
    alt("""Hello Kenji Morishita,

Your AWS Certified Solutions Architect - Professional certification expires on August 8, 2025.

To keep it active, pass the current version of the exam before that date. If you hold a 50% discount benefit from an earlier certification, you can apply it when you schedule.

Candidate ID: AWS03917264

Manage your certifications: https://www.aws.training/certification

AWS Training and Certification
""", """<html><body style="font-family:Arial"><h2>Your certification expires in 90 days</h2>
<p>Hello Kenji Morishita,</p><p>Your <b>AWS Certified Solutions Architect - Professional</b> certification expires on <b>August 8, 2025</b>.</p>
<p>To keep it active, pass the current version of the exam before that date. If you hold a 50% discount benefit from an earlier certification, you can apply it when you schedule.</p>
<table><tr><td>Candidate ID</td><td>AWS03917264</td></tr></table>
<p><a href="https://www.aws.training/certification">Manage your certifications</a></p></body></html>
""", n=8),
    "certification", False, None, [CID_CORP],
    "CertMetrics expiry notice with a candidate ID; program mail, no case.",
    auth=auth_exo("certmetrics.com", "certmetrics.com"), received_by=ME_C)

# 009 Case A acknowledgement
ack_a = f"""Hello,

Thank you for getting in touch with AWS Training and Certification. We have opened case {CASE_A} for your request.

The details of your submission:

Inquiry type: Certification
Additional details: Account Merge
Contact email: {ME_P}

Description:
I am leaving my current employer (Tsubame Systems) at the end of May and would like to merge my certification accounts.
Emails I have used: {ME_C}, {ME_P}
Email to keep: {ME_P}
Candidate IDs: {CID_CORP} (company), {CID_NEW} (personal)

A member of our team will get back to you, normally within one business day. To help us respond quickly, please do not submit another request for this same issue; additional requests create separate cases and can delay the answer.

Best regards,
AWS Training and Certification Customer Service
{FOOT_TC}"""
add("a_ack", d(2025, 5, 12, 1, 15, UTC, 2), FROM_TC, ME_P, SUBJ_A,
    leaf(ack_a),
    "acknowledgement", False, CASE_A, [CID_CORP, CID_NEW],
    "Case A opened (15-digit ID). Echoes the form text including both candidate IDs; warns against duplicates ('please do not submit' is not a request to reply).",
    auth=AG_TC(), received_by=ME_P)

# 010 Case B acknowledgement (duplicate submission)
ack_b = f"""Hello,

Thank you for getting in touch with AWS Training and Certification. We have opened case {CASE_B} for your request.

The details of your submission:

Inquiry type: Certification
Additional details: Account Merge
Contact email: {ME_P}

Description:
Please merge my company certification account ({ME_C}) into my personal one ({ME_P}). I am changing jobs.

A member of our team will get back to you, normally within one business day. To help us respond quickly, please do not submit another request for this same issue; additional requests create separate cases and can delay the answer.

Best regards,
AWS Training and Certification Customer Service
{FOOT_TC}"""
add("b_ack", d(2025, 5, 12, 1, 30, UTC, 14), FROM_TC, ME_P, SUBJ_B,
    leaf(ack_b),
    "acknowledgement", False, CASE_B, [],
    "Second acknowledgement 15 minutes later: the owner submitted the form twice (duplicate case B).",
    auth=AG_TC(), received_by=ME_P)

# 011 Amazon.co.jp shipping
add("amzn1", d(2025, 5, 12, 12, 2),
    addr("Amazon.co.jp", "shipment-tracking@amazon.co.jp", "iso-2022-jp"), ME_P,
    "Amazon.co.jp ご注文の商品を発送しました",
    alt("""森下 健二 様

Amazon.co.jp をご利用いただき、ありがとうございます。
お客様のご注文商品を発送しました。

注文番号：250-4418207-3390617
お届け予定：5月14日（水）

配送状況はアカウントサービスの「注文履歴」からご確認いただけます。
このメールアドレスは配信専用です。ご返信いただいてもお答えできませんのでご了承ください。
""", """<html><body><p>森下 健二 様</p><p>Amazon.co.jp をご利用いただき、ありがとうございます。<br>お客様のご注文商品を発送しました。</p>
<table border="1" cellpadding="4"><tr><td>注文番号</td><td>250-4418207-3390617</td></tr><tr><td>お届け予定</td><td>5月14日（水）</td></tr></table>
<p>このメールアドレスは配信専用です。</p></body></html>
""", cte="base64", n=11),
    "unrelated", False, None, [],
    "Amazon retail shipping mail (Japanese, base64).",
    auth=auth_g("amazon.co.jp", "shipment-tracking@amazon.co.jp"), received_by=ME_P)

# 012 Case B duplicate closed
dup_b = f"""Hello Kenji,

Thanks for your message. I can see the same merge request was already received a few minutes earlier under case {CASE_A}, so I have linked the two and closed this one ({CASE_B}) as a duplicate.

Your request is not lost: a colleague is working on it in case {CASE_A}, and all further updates will arrive on that thread. There is nothing you need to do on this case.

Regards,
Wen L.
AWS Training and Certification
{FOOT_TC}"""
add("b_dup", d(2025, 5, 12, 4, 48, UTC), FROM_TC, ME_P, SUBJ_B,
    leaf(dup_b, cte="7bit", charset="us-ascii"),
    "case_update", False, CASE_B, [],
    "Duplicate case B closed and linked to A. Body mentions case A's number; label stays with B (its own thread). 'Closed' but not for lack of answer.",
    irt="b_ack", auth=AG_TC(), received_by=ME_P)

# 013 Case A on hold with buried question
hold_a = f"""Hello Kenji,

Thank you for your patience while I looked into your request.

When I reviewed the two accounts, I found that the certification account {CID_CORP} ({ME_C}) is associated with an AWS Partner Network organization, Tsubame Systems Co., Ltd. Certifications on a partner-linked account count toward that partner's standing, so we are not able to move them to another account while the association is active. The partner's administrator can remove the association in AWS Partner Central, or our partner team can release it once your employment there has ended.

I have placed the case on hold for now. It would help me to know whether you are still employed by Tsubame Systems and, if you are, what your last working day will be. With that I can request the release from the partner team on the right date.

Kind regards,
Priya R.
AWS Training and Certification Customer Service
{FOOT_TC}"""
add("a_hold", d(2025, 5, 13, 2, 6, UTC), FROM_TC, ME_P, SUBJ_A,
    alt(hold_a, "<html><body>" + "".join(f"<p>{p}</p>" for p in hold_a.split("\n\n")).replace("\n", "<br>") + "</body></html>", n=13),
    "on_hold", True, CASE_A, [CID_CORP],
    "APN partner hold; the question (still employed? last day?) is phrased as 'It would help me to know…', no question mark, buried after the explanation.",
    cc=TO_C, irt="a_ack", auth=AG_TC(), received_by=ME_P)

# 014 connpass event
add("evt1", d(2025, 5, 13, 12, 0),
    addr("connpass", "no-reply@connpass.com"), ME_P,
    "【リマインド】JAWS-UG 東京 #58 キャリアと資格 LT 大会 が明後日開催されます",
    leaf("""森下 健二 さん

参加登録いただいているイベントが近づいてきました。

イベント名：JAWS-UG 東京 #58 キャリアと資格 LT 大会
日時：2025/05/15（木）19:00〜21:00
会場：オンライン（YouTube Live）

当日のURLは参加者への情報ページに掲載しています。
参加をキャンセルする場合はイベントページからお手続きください。
""", cte="quoted-printable"),
    "unrelated", False, None, [],
    "User-group event reminder mentioning AWS and certifications.",
    auth=auth_g("connpass.com", "no-reply@connpass.com"), received_by=ME_P)

# 015 user reply to hold
reply_a1 = f"""Hi Priya,

Thanks for checking. Yes, I'm still with Tsubame Systems until Friday, May 30. After that date my company address ({ME_C}) will stop working, so please keep using {ME_P} for this case.

I've also asked our partner administrator to remove the association from Partner Central on their side, in case that is faster.

Best regards,
Kenji Morishita

On Tue, May 13, 2025 at 11:06 AM AWS Training and Certification <{TC}> wrote:
{q(hold_a)}
"""
add("a_r1", d(2025, 5, 13, 12, 40),
    TO_P, FROM_TC, "Re: " + SUBJ_A,
    leaf(reply_a1),
    "user_reply", False, CASE_A, [],
    "Owner answers the hold question (Gmail style, full quote of the hold mail below).",
    cc=TO_C, irt="a_hold", refs=["a_ack", "a_hold"], mid="gmail")

# 016 user to partner admin colleague
add("a_int", d(2025, 5, 13, 13, 5),
    addr(ME_JA, ME_C, "iso-2022-jp"), addr("佐藤 真理", "m-sato@tsubame-sys.co.jp", "iso-2022-jp"),
    "認定資格アカウントのパートナー紐付け解除のお願い",
    leaf(f"""佐藤さん

お疲れさまです。森下です。
退職に伴い、AWS認定のアカウントを個人アドレスのほうへ統合しようとしているのですが、
会社アドレスのアカウント（{CID_CORP}）が当社のパートナー組織に紐付いているため、
AWS側で保留になっています（ケース番号 {CASE_A}）。

お手数ですが、Partner Central 側で私の紐付けを解除していただけますでしょうか。
よろしくお願いいたします。

森下
""", charset="iso-2022-jp"),
    "user_reply", False, CASE_A, [CID_CORP],
    "Owner's own internal mail to the partner admin about case A (mentions case number and candidate ID). Written by the owner, so user_reply.",
    mid="outlook", extra=("X-Mailer: Microsoft Outlook 16.0",))

# 017 colleague reply
add("a_int2", d(2025, 5, 14, 9, 48),
    addr("佐藤 真理", "m-sato@tsubame-sys.co.jp", "iso-2022-jp"), TO_C,
    "RE: 認定資格アカウントのパートナー紐付け解除のお願い",
    leaf("""森下さん

佐藤です。Partner Central から森下さんの認定の紐付けを外しました。
反映に数日かかることがあるそうなので、AWSから連絡が来るまで少し待ってみてください。

佐藤

-----Original Message-----
From: 森下 健二 <k-morishita@tsubame-sys.co.jp>
Sent: Tuesday, May 13, 2025 1:05 PM
To: 佐藤 真理 <m-sato@tsubame-sys.co.jp>
Subject: 認定資格アカウントのパートナー紐付け解除のお願い

佐藤さん

お疲れさまです。森下です。
退職に伴い、AWS認定のアカウントを個人アドレスのほうへ統合しようとしているのですが、
会社アドレスのアカウント（AWS03917264）が当社のパートナー組織に紐付いているため、
AWS側で保留になっています（ケース番号 174701247700518）。
""", charset="iso-2022-jp"),
    "unrelated", False, None, [],
    "Colleague confirms she removed the partner link; not support, quoted part carries the case number and a candidate ID (not in new text). case left null: not a support message.",
    irt="a_int", auth=auth_exo("tsubame-sys.co.jp", "tsubame-sys.co.jp"), mid="outlook", received_by=ME_C)

# 018 Case A on hold, no question
hold_a2 = f"""Hi Kenji,

Thank you, that is exactly what I needed.

I have asked our partner operations team to confirm that the Tsubame Systems association on {CID_CORP} can be released. Your case will stay on hold until they get back to us, which usually takes a few business days. You don't need to send anything else in the meantime; I will write as soon as I hear from them.

Kind regards,
Priya R.
AWS Training and Certification Customer Service
{FOOT_TC}"""
add("a_hold2", d(2025, 5, 14, 3, 30, UTC), FROM_TC, ME_P, SUBJ_A,
    leaf(hold_a2 + "\n\n" + q(reply_a1.split("On Tue")[0].strip())),
    "on_hold", False, CASE_A, [CID_CORP],
    "Still on hold waiting for the partner team; explicitly nothing needed from the owner.",
    irt="a_r1", refs=["a_ack", "a_hold", "a_r1"], auth=AG_TC(), received_by=ME_P)

# 019 AWS marketing HTML-only
add("mkt1", d(2025, 5, 15, 1, 0, UTC),
    addr("AWS Japan", "aws-marketing-email-replies@amazon.com"), ME_P,
    "AWS Summit Japan 2025 ご登録受付中 - 認定者ラウンジのご案内",
    leaf("""<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f2f3f3">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:'Hiragino Sans',Arial">
<tr><td style="background:#232f3e;color:#fff;padding:20px;font-size:22px">AWS Summit Japan 2025</td></tr>
<tr><td style="padding:20px">
<p>今年も AWS Summit Japan を開催します。AWS 認定をお持ちの方は、会場の認定者ラウンジをご利用いただけます。</p>
<p>ご登録時に認定アカウントのメールアドレスをご入力ください。</p>
<p style="text-align:center"><a href="https://aws.amazon.com/jp/summits/japan/?trk=em_7731" style="background:#ff9900;color:#000;padding:10px 24px;text-decoration:none">今すぐ登録</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#888;padding:12px">配信停止をご希望の場合は<a href="https://pages.awscloud.com/unsubscribe">こちら</a>。Amazon Web Services Japan G.K.</td></tr>
</table></body></html>
""", sub="html", cte="quoted-printable"),
    "unrelated", False, None, [],
    "HTML-only AWS marketing (Japanese) that mentions certification holders.",
    auth=auth_g("amazon.com", "bounce@marketing.amazon.com"), received_by=ME_P)

# 020 Case D console ack
con_ack = f"""Hello,

We have opened case {CASE_D} to address your issue. The details of your case are shown below.

Case ID: {CASE_D}
Subject: {SUBJ_D}
Severity: General guidance
Correspondence: I passed the AWS Certified Solutions Architect - Professional exam on May 9 at a Pearson VUE test center to recertify, but the result does not appear on my certification account and the expiry date is unchanged.

An engineer will respond to you based on the severity of the case.
""" + FOOT_CONSOLE.format(cid=CASE_D)
add("d_ack", d(2025, 5, 16, 0, 22, UTC), FROM_CON, ME_P,
    f"Amazon Web Services: New Support case: {CASE_D}",
    leaf(con_ack, cte="7bit", charset="us-ascii"),
    "acknowledgement", False, CASE_D, [],
    "Support Center (console) case opened, 11-digit ID; footer says mail replies are not accepted.",
    auth=auth_g("amazon.com", "0100019abc@amazonses.com"), received_by=ME_P, crlf=True)

# 021 Pearson VUE
add("pv1", d(2025, 5, 16, 9, 15, UTC),
    addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), ME_P,
    "Thank you for testing with Pearson VUE",
    alt("""Dear Kenji Morishita,

Thank you for taking your exam with Pearson VUE.

Registration ID: 482917305
Exam: SAP-C02 AWS Certified Solutions Architect - Professional
Date: 09 May 2025

Exam results are released by the exam sponsor. For questions about your score or certification status, contact the sponsor directly.

Pearson VUE
""", """<html><body><p>Dear Kenji Morishita,</p><p>Thank you for taking your exam with Pearson VUE.</p>
<table><tr><td>Registration ID</td><td>482917305</td></tr><tr><td>Exam</td><td>SAP-C02 AWS Certified Solutions Architect - Professional</td></tr><tr><td>Date</td><td>09 May 2025</td></tr></table>
<p>Exam results are released by the exam sponsor. For questions about your score or certification status, contact the sponsor directly.</p></body></html>
""", n=21),
    "unrelated", False, None, [],
    "Exam vendor mail with a 9-digit registration ID (not a case ID).",
    auth=auth_g("pearson.com", "bounce@pearson.com"), received_by=ME_P)

# 022 Case D info request (console)
con_req = f"""Hello,

Thank you for contacting AWS Support about your recertification exam.

Exam results normally reach the certification account within five business days of the exam. When they do not, it is usually because the testing appointment was booked under a different certification account than the one you sign in to.

To trace the appointment I need three things from you: the Pearson VUE registration number for the May 9 appointment, the exact name used when booking, and the candidate ID shown at the top right of the certification account where you expected the result. You can add them as a correspondence on the case in the Support Center; email replies to this message do not reach me.

Best regards,
Ines M.
Amazon Web Services

We value your feedback. Please rate this response in the Support Center.
""" + FOOT_CONSOLE.format(cid=CASE_D)
add("d_req", d(2025, 5, 17, 6, 40, UTC), FROM_CON, ME_P,
    f"RE:[CASE {CASE_D}] {SUBJ_D}",
    leaf(con_req),
    "info_request", True, CASE_D, [],
    "Console case: agent needs registration number, name and candidate ID; must be answered in the Support Center, not by email. Rating footer is boilerplate.",
    auth=auth_g("amazon.com", "0100019abc@amazonses.com"), received_by=ME_P, crlf=True)

# 023 Qiita newsletter
add("qiita1", d(2025, 5, 17, 18, 0),
    addr("Qiita", "noreply@qiita.com"), ME_P,
    "今週のQiitaトレンド記事: 認定アカウントの統合手順まとめ ほか",
    alt("""今週のトレンド記事

1. AWS認定アカウントを会社用から個人用に統合した話（LGTM 412）
2. Terraform の moved ブロックでリソースを安全に移動する（LGTM 287）
3. 1on1 で聞かれて困った質問集（LGTM 233）

配信設定の変更: https://qiita.com/settings/notifications
""", """<html><body><h3>今週のトレンド記事</h3><ol>
<li><a href="https://qiita.com/items/a1">AWS認定アカウントを会社用から個人用に統合した話</a>（LGTM 412）</li>
<li><a href="https://qiita.com/items/a2">Terraform の moved ブロックでリソースを安全に移動する</a>（LGTM 287）</li>
<li><a href="https://qiita.com/items/a3">1on1 で聞かれて困った質問集</a>（LGTM 233）</li></ol></body></html>
""", n=23),
    "unrelated", False, None, [],
    "Tech newsletter whose top headline is about merging AWS certification accounts.",
    auth=auth_g("qiita.com", "noreply@qiita.com"), received_by=ME_P)

# 024 phishing lookalike
add("ph1", d(2025, 5, 18, 2, 11, UTC),
    addr("AWS Training & Certification", "support@aws-certification-merge.com"), ME_P,
    "Action required: confirm your certification account merge [Case #AWS-55820193]",
    leaf("""<html><body style="font-family:Arial">
<img src="https://aws-certification-merge.com/img/aws-logo.png" alt="aws" width="80">
<p>Dear Certified Professional,</p>
<p>We received a request to merge your AWS Certification accounts. To protect your credentials, you must verify the accounts involved within <b>24 hours</b>. Requests that are not verified will be cancelled and the certifications on both accounts may be suspended.</p>
<p><a href="https://aws-certification-merge.com/verify?id=55820193">Confirm merge and sign in with Builder ID</a></p>
<p>Alternatively, reply to this message with your Builder ID email and password so an agent can complete the merge for you.</p>
<p>AWS Training and Certification Support Team</p>
</body></html>
""", sub="html", cte="base64"),
    "suspicious", False, None, [],
    "Lookalike domain asking to confirm a merge and send a password; DKIM passes for the lookalike domain only. Demands a reply but needs_reply is false.",
    auth=auth_g("aws-certification-merge.com", "support@aws-certification-merge.com", ip="185.220.101.7", policy="NONE"),
    received_by=ME_P)

# 025 GitHub Actions failed
add("gh2", d(2025, 5, 19, 3, 2, UTC),
    addr("GitHub", "noreply@github.com"), ME_P,
    "[kmorishita/dotfiles] Run failed: lint - main (a81f3c2)",
    leaf("""Run failed for main (a81f3c2)

Repository: kmorishita/dotfiles
Workflow: lint
Duration: 41s

  shellcheck: 2 errors

View workflow run: https://github.com/kmorishita/dotfiles/actions/runs/15128803312

You are receiving this because this workflow ran on your default branch.
""", cte="7bit", charset="us-ascii"),
    "unrelated", False, None, [],
    "GitHub Actions failure notice.",
    auth=auth_g("github.com", "noreply@github.com"), received_by=ME_P)

# 026 Case A hold lifted
lift_a = f"""Hi Kenji,

Good news: our partner operations team has confirmed that the association between {CID_CORP} and Tsubame Systems Co., Ltd. has been removed, so the hold on your case is lifted.

I have passed the case to our account specialists, who carry out merges. One of them will contact you shortly with the next step.

Kind regards,
Priya R.
AWS Training and Certification Customer Service
{FOOT_TC}"""
add("a_lift", d(2025, 5, 20, 1, 5, UTC), FROM_TC, ME_P, SUBJ_A,
    leaf(lift_a, cte="base64"),
    "case_update", False, CASE_A, [CID_CORP],
    "Hold lifted and passed to specialists; announces a next step but asks nothing yet (base64).",
    irt="a_hold2", refs=["a_ack", "a_hold", "a_r1", "a_hold2"], auth=AG_TC(), received_by=ME_P)

# 027 Case A confirmation request (HTML only, table)
conf_a_html = f"""<html><head><meta charset="utf-8"><style>td,th{{border:1px solid #ccc;padding:4px 8px}}</style></head>
<body style="font-family:Calibri,Arial;font-size:11pt">
<p>Hello Kenji,</p>
<p>My name is Marco and I will be handling the merge of your certification accounts. I located the two accounts below.</p>
<table style="border-collapse:collapse">
<tr><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>{CID_NEW}</td><td>{CID_CORP}</td></tr>
<tr><td>Login email</td><td>{ME_P}</td><td>{ME_C}</td></tr>
<tr><td>Training notification email</td><td>{ME_P}</td><td>{ME_C}</td></tr>
<tr><td>Certification notification email</td><td>{ME_P}</td><td>{ME_C}</td></tr>
</table>
<p>Before I make any change, I need your confirmation that both accounts belong to you and that Account #1 should be the one that remains. After the merge, Account #2 will no longer be available for sign-in, and this cannot be undone.</p>
<p>Once I have your go-ahead, the merge is usually completed the same day.</p>
<p>Thanks,<br>Marco D.<br>AWS Training and Certification | Account Specialist</p>
<p style="font-size:8pt;color:#777">{FOOT_TC.strip()}</p>
</body></html>
"""
add("a_conf", d(2025, 5, 20, 7, 44, UTC), FROM_TC, ME_P, SUBJ_A,
    leaf(conf_a_html, sub="html", cte="quoted-printable"),
    "confirmation_request", True, CASE_A, [CID_NEW, CID_CORP],
    "HTML-only confirmation request with the Account #1/#2 table (candidate IDs in the table); the ask is 'I need your confirmation', no question mark.",
    irt="a_lift", refs=["a_ack", "a_hold", "a_r1", "a_hold2", "a_lift"], auth=AG_TC(), received_by=ME_P)

# 028 Case D closing notice (console)
con_close = f"""Hello,

We have not received a reply to our last correspondence on case {CASE_D}. If we do not hear from you, the case will be resolved automatically in 3 days.

If you still need help, add a correspondence in the Support Center before then. Once a case has been resolved for 14 days it can no longer be reopened, and you would need to create a new case.
""" + FOOT_CONSOLE.format(cid=CASE_D)
add("d_close", d(2025, 5, 21, 6, 40, UTC), FROM_CON, ME_P,
    f"RE:[CASE {CASE_D}] {SUBJ_D}",
    leaf(con_close, cte="7bit", charset="us-ascii"),
    "closing_notice", True, CASE_D, [],
    "Console auto-resolve warning; the answer must go through the Support Center.",
    auth=auth_g("amazon.com", "0100019abc@amazonses.com"), received_by=ME_P, crlf=True)

# 029 user replies to console by email (mistake)
d_email = f"""Hello Ines,

Sorry for the slow reply. Here are the details:

Pearson VUE registration number: 482917305
Name at booking: MORISHITA KENJI
Candidate ID: {CID_CORP}

I booked the exam while signed in with my company account.

Kenji

On Sat, May 17, 2025 at 3:40 PM Amazon Web Services <{NOREPLY}> wrote:
{q(con_req.split("Best regards")[0])}
"""
add("d_r1", d(2025, 5, 21, 21, 3),
    TO_P, FROM_CON, f"Re: RE:[CASE {CASE_D}] {SUBJ_D}",
    leaf(d_email),
    "user_reply", False, CASE_D, [CID_CORP],
    "Owner answers the console case by email (which support cannot receive); contains a 9-digit registration number and one candidate ID.",
    irt="d_req", refs=["d_ack", "d_req"], mid="gmail")

# 030 bounce from no-reply
bounce = f"""This is an automatically generated Delivery Status Notification.

Your message to {NOREPLY} could not be delivered.

The address does not accept incoming e-mail. If you were replying to an AWS Support case, please add your reply to the case in the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={CASE_D}

----- Original message -----
Subject: Re: RE:[CASE {CASE_D}] {SUBJ_D}
Date: Wed, 21 May 2025 21:03:00 +0900
"""
add("d_bounce", d(2025, 5, 21, 12, 3, UTC, 40),
    addr("Mail Delivery Subsystem", "mailer-daemon@amazon.com"), ME_P,
    f"Undeliverable: Re: RE:[CASE {CASE_D}] {SUBJ_D}",
    leaf(bounce, cte="7bit", charset="us-ascii"),
    "unrelated", False, CASE_D, [],
    "Bounce of the owner's e-mail reply to the console case. Not written by support; the request in 022/028 is still open. case kept (the bounce is about case D's thread).",
    irt="d_r1", auth=auth_g("amazon.com", "mailer-daemon@amazon.com"), received_by=ME_P,
    extra=("Auto-Submitted: auto-replied",))

# 031 farewell party
add("party1", d(2025, 5, 22, 10, 30),
    addr("中川 遼", "r-nakagawa@tsubame-sys.co.jp", "iso-2022-jp"), addr("開発2部", "dev2@tsubame-sys.co.jp"),
    "森下さん送別会のご案内（5/29）",
    leaf("""開発2部のみなさま

中川です。月末で退職される森下さんの送別会を以下の日程で行います。

日時：5月29日（木）19:00〜
場所：新橋「炉端 やまびこ」
会費：5,000円

出欠を5/26（月）までにこのメールへ返信ください。
※森下さんは返信不要です！
""", charset="iso-2022-jp"),
    "unrelated", False, None, [],
    "Colleague's farewell-party invitation to the team; asks others to reply (not support).",
    auth=auth_exo("tsubame-sys.co.jp", "tsubame-sys.co.jp"), mid="outlook", received_by=ME_C)

# 032 Case D update after console answer
con_upd = f"""Hello,

Thank you for adding the registration details to the case.

The appointment was booked under candidate ID {CID_CORP}, and the score has not been posted to that account yet. I have asked our exam operations team to pull the result from the testing vendor and attach it to the right account. This usually takes three to five business days, and I will update the case when it is done.

Best regards,
Ines M.
Amazon Web Services
""" + FOOT_CONSOLE.format(cid=CASE_D)
add("d_upd", d(2025, 5, 22, 8, 15, UTC), FROM_CON, ME_P,
    f"RE:[CASE {CASE_D}] {SUBJ_D}",
    leaf(con_upd),
    "case_update", False, CASE_D, [CID_CORP],
    "Console update after the owner answered in the Support Center: escalated to exam operations, nothing asked.",
    auth=auth_g("amazon.com", "0100019abc@amazonses.com"), received_by=ME_P, crlf=True)

# 033 Skill Builder receipt
add("sb1", d(2025, 5, 22, 23, 10, UTC),
    addr("AWS Skill Builder", "no-reply@skillbuilder.aws"), ME_P,
    "Your AWS Skill Builder Individual subscription receipt",
    alt("""Thank you for subscribing to AWS Skill Builder.

Plan: Individual (monthly)
Amount: USD 29.00
Order number: SB-7730-2291-04
Next renewal: June 23, 2025

Manage your subscription at https://skillbuilder.aws/subscriptions
""", """<html><body><h3>Thank you for subscribing to AWS Skill Builder.</h3>
<table><tr><td>Plan</td><td>Individual (monthly)</td></tr><tr><td>Amount</td><td>USD 29.00</td></tr><tr><td>Order number</td><td>SB-7730-2291-04</td></tr><tr><td>Next renewal</td><td>June 23, 2025</td></tr></table>
<p><a href="https://skillbuilder.aws/subscriptions">Manage your subscription</a></p></body></html>
""", n=33),
    "unrelated", False, None, [],
    "Skill Builder receipt (AWS training, but commerce, not a case).",
    auth=auth_g("skillbuilder.aws", "no-reply@skillbuilder.aws"), received_by=ME_P)

# 034 Case D resolved with feedback footer
con_res = f"""Hello,

The exam operations team has posted your May 9 result to candidate ID {CID_CORP}. The AWS Certified Solutions Architect - Professional certification now shows as active with a new expiration date of May 9, 2028, and the updated badge should reach Credly within a day or two.

I am marking this case as resolved. If something still looks wrong, you can reopen the case from the Support Center within the next 14 days.

Best regards,
Ines M.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence in the Support Center:
  Excellent | Good | Fair | Poor
""" + FOOT_CONSOLE.format(cid=CASE_D)
add("d_res", d(2025, 5, 23, 4, 2, UTC), FROM_CON, ME_P,
    f"RE:[CASE {CASE_D}] {SUBJ_D}",
    alt(con_res, "<html><body><pre style='font-family:Arial'>" + con_res + "</pre></body></html>", n=34),
    "resolved", False, CASE_D, [CID_CORP],
    "Console case resolved; rating footer and 'you can reopen' are invitations, not requests.",
    auth=auth_g("amazon.com", "0100019abc@amazonses.com"), received_by=ME_P, crlf=True)

# 035 certmetrics recertified
add("cert2", d(2025, 5, 23, 5, 30, UTC),
    addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
    "You have recertified: AWS Certified Solutions Architect - Professional",
    leaf("""<html><body style="font-family:Arial">
<p>Hello Kenji,</p>
<p>Well done! You have successfully recertified your <b>AWS Certified Solutions Architect - Professional</b> certification.</p>
<table border="0" cellpadding="4"><tr><td>Validation number</td><td>7XK2QM1RT9E4</td></tr><tr><td>Valid through</td><td>May 9, 2028</td></tr></table>
<p>Your digital badge will be issued through Credly. Download your certificate from your certification account.</p>
<p>AWS Training and Certification</p></body></html>
""", sub="html", cte="quoted-printable"),
    "certification", False, None, [],
    "Recertification congratulations (HTML-only) to the company address.",
    auth=auth_exo("certmetrics.com", "certmetrics.com"), received_by=ME_C)

# 036 Credly badge
add("badge1", d(2025, 5, 23, 9, 12, UTC),
    addr("Credly", "admin@credly.com"), ME_C,
    "Amazon Web Services Training and Certification has issued you a new badge",
    alt("""Congratulations, Kenji!

Amazon Web Services Training and Certification has issued you a badge: AWS Certified Solutions Architect - Professional.

Accept your badge: https://www.credly.com/badges/6f1c9a4e-33b0-4a8e-9d27-1b5f0c7e2a91/accept

Share it on LinkedIn and let your network know about your achievement.

Credly, Inc.
""", """<html><body><h2>Congratulations, Kenji!</h2><p>Amazon Web Services Training and Certification has issued you a badge:<br><b>AWS Certified Solutions Architect - Professional</b></p>
<p><a href="https://www.credly.com/badges/6f1c9a4e-33b0-4a8e-9d27-1b5f0c7e2a91/accept">Accept your badge</a></p></body></html>
""", n=36),
    "badge", False, None, [],
    "Credly badge issue mail with a badge UUID.",
    auth=auth_exo("credly.com", "credly.com"), received_by=ME_C)

# 037 other vendor case solved
add("zd1", d(2025, 5, 24, 2, 0, UTC),
    addr("Terraform Cloud Support", "support@hashicorp.zendesk.com"), ME_C,
    "[HashiCorp] Re: Workspace migration stuck (Request #58213)",
    alt("""##- Please type your reply above this line -##

Your request (58213) has been solved. To reopen it, simply reply to this email.

Hi Kenji,

Since we haven't heard back in 7 days, I'm marking this request as solved. If the workspace migration still fails, reply here and the request will reopen automatically.

Best,
Aiko
HashiCorp Support
""", """<html><body><p style="color:#b5b5b5">##- Please type your reply above this line -##</p>
<p>Your request (58213) has been solved. To reopen it, simply reply to this email.</p>
<p>Hi Kenji,</p><p>Since we haven't heard back in 7 days, I'm marking this request as solved. If the workspace migration still fails, reply here and the request will reopen automatically.</p><p>Best,<br>Aiko<br>HashiCorp Support</p></body></html>
""", n=37),
    "unrelated", False, None, [],
    "Another vendor's 'solved for lack of reply' mail: looks like a closing notice but is not AWS T&C.",
    auth=auth_exo("hashicorp.zendesk.com", "hashicorp.zendesk.com"), received_by=ME_C)

# 038 Case D survey
add("d_svy", d(2025, 5, 24, 4, 10, UTC),
    addr("AWS Support", "aws-support-survey@amazon.com"), ME_P,
    f"How did we do? Your AWS Support case {CASE_D}",
    alt(f"""Hello,

Your AWS Support case {CASE_D} ("{SUBJ_D}") was recently resolved. Would you take two minutes to tell us about your experience?

Start the survey: https://survey.aws.amazon.com/s/support?case={CASE_D}

Your answers are anonymous and help us improve AWS Support.

This survey link expires in 14 days.
""", f"""<html><body><p>Hello,</p><p>Your AWS Support case {CASE_D} was recently resolved. Would you take two minutes to tell us about your experience?</p>
<p><a href="https://survey.aws.amazon.com/s/support?case={CASE_D}">Start the survey</a></p><p style="font-size:small">This survey link expires in 14 days.</p></body></html>
""", n=38),
    "survey", False, CASE_D, [],
    "Support survey for the console case; it is a question but not a request on the case.",
    auth=auth_g("amazon.com", "aws-support-survey@amazon.com"), received_by=ME_P)

# 039 Case A closing notice (Outlook quote of the conf request)
conf_a_plain = f"""Hello Kenji,

My name is Marco and I will be handling the merge of your certification accounts. I located the two accounts below.

                                  Account #1                 Account #2
Candidate ID                      {CID_NEW}                {CID_CORP}
Login email                       {ME_P}   {ME_C}
Training notification email       {ME_P}   {ME_C}
Certification notification email  {ME_P}   {ME_C}

Before I make any change, I need your confirmation that both accounts belong to you and that Account #1 should be the one that remains. After the merge, Account #2 will no longer be available for sign-in, and this cannot be undone.

Once I have your go-ahead, the merge is usually completed the same day.

Thanks,
Marco D."""
close_a = f"""Hello,

This is a follow-up on case {CASE_A}. On May 20 we wrote to ask you to confirm the accounts to be merged, and we have not yet received a response.

If we do not hear from you within 3 business days, this case will be closed automatically. Replying to this email will keep the case open.

Regards,
AWS Training and Certification Customer Service

-----Original Message-----
From: AWS Training and Certification <{TC}>
Sent: Tuesday, May 20, 2025 7:44 AM
To: {ME_P}
Subject: {SUBJ_A}

{conf_a_plain}
{FOOT_TC}"""
add("a_close", d(2025, 5, 26, 0, 30, UTC), FROM_TC, ME_P, SUBJ_A,
    leaf(close_a),
    "closing_notice", True, CASE_A, [],
    "Closing reminder above an Outlook-style copy of the confirmation request; candidate IDs appear only in the quoted copy.",
    irt="a_conf", refs=["a_ack", "a_hold", "a_r1", "a_hold2", "a_lift", "a_conf"], auth=AG_TC(), received_by=ME_P)

# 040 user confirms
conf_reply = f"""Hello Marco,

Apologies for the late reply, I missed your earlier message.

Both accounts are mine. Please go ahead and keep Account #1 ({CID_NEW}, {ME_P}) and merge Account #2 into it.

Thank you,
Kenji Morishita

On Mon, May 26, 2025 at 9:30 AM AWS Training and Certification <{TC}> wrote:
{q(close_a.split(FOOT_TC)[0])}
"""
add("a_r2", d(2025, 5, 26, 9, 52),
    TO_P, FROM_TC, "Re: " + SUBJ_A,
    alt(conf_reply, "<div dir=\"ltr\">" + conf_reply.split("On Mon")[0].replace("\n", "<br>") +
        "</div><br><div class=\"gmail_quote\"><blockquote class=\"gmail_quote\" style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex\">" +
        close_a.split(FOOT_TC)[0].replace("\n", "<br>") + "</blockquote></div>", n=40),
    "user_reply", False, CASE_A, [CID_NEW],
    "Owner's confirmation (multipart Gmail reply with blockquote), deep quoted history below.",
    irt="a_close", refs=["a_ack", "a_conf", "a_close"], mid="gmail")

# 041 Google security alert
add("goog1", d(2025, 5, 26, 1, 15, UTC),
    addr("Google", "no-reply@accounts.google.com"), ME_P,
    "Security alert",
    alt(f"""A new sign-in on Mac

{ME_P}

We noticed a new sign-in to your Google Account on a Mac device. If this was you, you don't need to do anything. If not, we'll help you secure your account.

Check activity: https://myaccount.google.com/notifications
""", f"""<html><body><h3>A new sign-in on Mac</h3><p>{ME_P}</p><p>We noticed a new sign-in to your Google Account on a Mac device. If this was you, you don't need to do anything. If not, we'll help you secure your account.</p>
<p><a href="https://myaccount.google.com/notifications">Check activity</a></p></body></html>
""", n=41),
    "unrelated", False, None, [],
    "Google security alert (genuine).",
    auth=auth_g("accounts.google.com", "no-reply@accounts.google.com", policy="REJECT"), received_by=ME_P)

# 042 Case A resolved (quotes conf request)
res_a = f"""Hello Kenji,

Thank you for confirming. I have merged Account #2 into Account #1. Your exam history, both certifications and the 50% exam discount benefit are now on {ME_P}, and Account #2 can no longer be used to sign in.

It can take up to 24 hours for everything to show in the certification portal and on Credly. If anything looks off after that, just reply to this email and I will take another look.

Thanks,
Marco D.
AWS Training and Certification | Account Specialist

On Mon, May 26, 2025 at 12:52 AM Kenji Morishita <{ME_P}> wrote:
{q(conf_reply.split("On Mon")[0])}
>
> On Tue, May 20, 2025 at 7:44 AM AWS Training and Certification <{TC}> wrote:
{q(conf_a_plain, "> > ")}
{FOOT_TC}"""
add("a_res", d(2025, 5, 27, 2, 10, UTC), FROM_TC, ME_P, SUBJ_A,
    leaf(res_a, cte="quoted-printable"),
    "resolved", False, CASE_A, [],
    "Merge done. Quotes both the owner's reply and the original confirmation request (with the 'I need your confirmation' ask). 'just reply' is conditional.",
    irt="a_r2", refs=["a_ack", "a_conf", "a_close", "a_r2"], auth=AG_TC(), received_by=ME_P)

# 043 Credly badge (merged)
add("badge2", d(2025, 5, 27, 3, 0, UTC),
    addr("Credly", "admin@credly.com"), ME_P,
    "Your badge from Amazon Web Services Training and Certification is waiting",
    leaf("""<html><body style="font-family:Helvetica">
<p>Hi Kenji,</p>
<p>Amazon Web Services Training and Certification has issued you the badge <b>AWS Certified Cloud Practitioner</b>. Claim it to add it to your Credly profile.</p>
<p><a href="https://www.credly.com/badges/0c4be2d1-7a55-4f3b-a8e2-55d0c98e1f03/accept">Accept badge</a></p>
<p style="color:#888;font-size:11px">You received this email because an issuer awarded you a badge on Credly. Credly, Inc., 2 Park Avenue, New York, NY</p>
</body></html>
""", sub="html", cte="base64"),
    "badge", False, None, [],
    "HTML-only Credly mail arriving right after the merge.",
    auth=auth_g("credly.com", "admin@credly.com"), received_by=ME_P)

# 044 Case A survey
add("a_svy", d(2025, 5, 27, 6, 0, UTC),
    addr(TC_NAME, "no-reply@aws.training"), ME_P,
    "Tell us about your recent AWS Training and Certification support experience",
    alt(f"""Hi,

You recently contacted AWS Training and Certification Customer Service (case {CASE_A}). We would appreciate a few minutes of your time to rate the help you received.

How satisfied were you with the resolution of your case?
 1 - Very dissatisfied ... 5 - Very satisfied
https://pulse.aws/survey/TC8Q4R2W?case={CASE_A}

Thank you for helping us improve.
""", f"""<html><body><p>Hi,</p><p>You recently contacted AWS Training and Certification Customer Service (case {CASE_A}). We would appreciate a few minutes of your time to rate the help you received.</p>
<p>How satisfied were you with the resolution of your case?</p>
<table><tr>{''.join(f'<td><a href="https://pulse.aws/survey/TC8Q4R2W?case={CASE_A}&s={i}">{i}</a></td>' for i in range(1, 6))}</tr></table></body></html>
""", n=44),
    "survey", False, CASE_A, [],
    "Satisfaction survey for case A, from the training platform sender.",
    auth=auth_g("aws.training", "no-reply@aws.training"), received_by=ME_P)

# 045 certification program feedback (not a case survey)
add("cert3", d(2025, 5, 28, 1, 0, UTC),
    addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "Help shape the future of AWS Certification",
    alt("""Hello Kenji,

As an AWS Certified individual, your opinion matters to us. We are asking a small group of certification holders about the exam experience and the benefits that come with certification.

The questionnaire takes about 10 minutes: https://certmetrics.com/amazon/survey/2025-q2

Thank you,
AWS Certification
""", """<html><body><p>Hello Kenji,</p><p>As an AWS Certified individual, your opinion matters to us. We are asking a small group of certification holders about the exam experience and the benefits that come with certification.</p><p><a href="https://certmetrics.com/amazon/survey/2025-q2">Take the questionnaire</a> (about 10 minutes)</p></body></html>
""", n=45),
    "certification", False, None, [],
    "Certification-program feedback request: a survey, but about the program, not a support case.",
    auth=auth_g("certmetrics.com", "do-not-reply@certmetrics.com"), received_by=ME_P)

# 046 Case C acknowledgement (Japanese, ISO-2022-JP)
ack_c = f"""森下 健二 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
ケース {CASE_C} としてお問い合わせを承りました。

お問い合わせ内容：
お問い合わせタイプ：認定
その他の詳細：特典（Benefits）
内容：アカウント統合後、統合先のアカウントに50%割引の特典が表示されません。

担当者より通常1営業日以内にご連絡いたします。内容によってはお時間をいただく場合がございます。
同じ内容で別のお問い合わせを送信されますと、対応が遅れる原因となりますのでご遠慮ください。

AWS トレーニングと認定 カスタマーサービス
"""
add("c_ack", d(2025, 5, 28, 3, 2, UTC, 40), FROM_TC, ME_P, SUBJ_C,
    leaf(ack_c, charset="iso-2022-jp"),
    "acknowledgement", False, CASE_C, [],
    "Japanese acknowledgement (ISO-2022-JP) for case C, the missing voucher.",
    auth=AG_TC(), received_by=ME_P)

# 047 Case C info request (Japanese keigo)
req_c = f"""森下 健二 様

AWS トレーニングと認定カスタマーサービスの佐々木でございます。
このたびはご不便をおかけしており、申し訳ございません。

統合後のアカウントで 50% 割引の特典が確認できないとのこと、承知いたしました。
特典の移行状況を確認するため、以下の情報をお知らせいただけますでしょうか。

1. 統合元・統合先それぞれのアカウントの AWS 候補 ID（「AWS」から始まる番号）
2. 統合前に特典ページで割引が表示されていた最後のおおよその日付

お手数をおかけいたしますが、本メールへのご返信にてご連絡のほどよろしくお願いいたします。

佐々木
AWS トレーニングと認定 カスタマーサービス
"""
req_c_html = "<html><body style=\"font-family:'Meiryo',sans-serif\">" + req_c.replace("\n", "<br>\n") + "</body></html>"
add("c_req", d(2025, 5, 28, 9, 2, UTC), FROM_TC, ME_P, SUBJ_C,
    alt(req_c, req_c_html, cte="base64", n=47),
    "info_request", True, CASE_C, [],
    "Japanese keigo request (〜いただけますでしょうか / 〜のほどよろしくお願いいたします) for candidate IDs and a date; multipart base64.",
    irt="c_ack", auth=AG_TC(), received_by=ME_P)

# 048 user replies from company address (wrong address)
c_r1 = f"""佐々木様

ご連絡ありがとうございます。森下です。

1. 候補ID
　統合先（個人）：{CID_NEW}
　統合元（会社）：{CID_CORP}
2. 4月下旬に特典ページを見たときは、割引が表示されていました。

よろしくお願いいたします。
森下 健二

2025年5月28日(水) 18:02 AWS Training and Certification <{TC}>:
{q(req_c)}
"""
add("c_r1", d(2025, 5, 29, 11, 20),
    addr(ME_JA, ME_C), FROM_TC, "RE: " + SUBJ_C,
    leaf(c_r1, cte="quoted-printable"),
    "user_reply", False, CASE_C, [CID_NEW, CID_CORP],
    "Owner answers from the company address (the wrong one for this case); Japanese quote header 「…:」.",
    irt="c_req", refs=["c_ack", "c_req"], mid="outlook", extra=("X-Mailer: Microsoft Outlook 16.0",))

# 049 Case C: write from the address on file (English, to company address)
req_c2 = f"""Hello Kenji,

Thank you for the information. I noticed that your reply came from {ME_C}, which is not the email address on the certification account this case is about. For the security of your account we can only act on information sent from the address on file.

Could you send the same details again from {ME_P}? As soon as that arrives I will continue with the investigation.

Best regards,
Sasaki
AWS Training and Certification Customer Service
{FOOT_TC}"""
add("c_req2", d(2025, 5, 29, 6, 15, UTC), FROM_TC, TO_C, SUBJ_C,
    leaf(req_c2 + "\n" + q(c_r1.split("2025年5月28日")[0]) + "\n", cte="quoted-printable"),
    "info_request", True, CASE_C, [],
    "Support, in English this time, asks the owner to resend from the personal address; arrives at the company address. Quoted reply carries candidate IDs (not counted).",
    irt="c_r1", refs=["c_ack", "c_req", "c_r1"], auth=auth_exo("amazon.com", SES), received_by=ME_C)

# 050 company IT mailbox shutdown
add("it1", d(2025, 5, 29, 17, 0),
    addr("情報システム部 ヘルプデスク", "it-helpdesk@tsubame-sys.co.jp", "iso-2022-jp"), TO_C,
    "【自動通知】メールボックス停止予定のお知らせ",
    leaf("""本メールはシステムからの自動通知です。

対象アカウント：k-morishita@tsubame-sys.co.jp
停止予定日時：2025/05/30 18:00

停止後は本アドレス宛のメールは送信元へ不達として返送されます。
必要なデータは停止前に各自で退避してください。

情報システム部
""", charset="iso-2022-jp"),
    "unrelated", False, None, [],
    "Automated IT notice that the company mailbox stops tomorrow.",
    auth=auth_exo("tsubame-sys.co.jp", "tsubame-sys.co.jp"), received_by=ME_C)

# 051 user resends from personal address
c_r2 = f"""Hello Sasaki-san,

Sending again from my personal address as requested.

Candidate ID of the account I kept (personal): {CID_NEW}
Candidate ID of the merged account (company): {CID_CORP}
The 50% discount was still shown on the company account's benefits page in late April.

Best regards,
Kenji Morishita

---------- Forwarded message ---------
From: 森下 健二 <{ME_C}>
Date: Thu, May 29, 2025 at 11:20 AM
Subject: RE: {SUBJ_C}
To: AWS Training and Certification <{TC}>

{c_r1.split("2025年5月28日")[0]}"""
add("c_r2", d(2025, 5, 30, 8, 5),
    TO_P, FROM_TC, "Re: " + SUBJ_C,
    leaf(c_r2),
    "user_reply", False, CASE_C, [CID_NEW, CID_CORP],
    "Owner resends from the personal address, with his earlier Japanese reply forwarded below (that copy's IDs are not counted again).",
    irt="c_req2", refs=["c_ack", "c_req", "c_r1", "c_req2"], mid="gmail")

# 052 owner's farewell mail
add("bye1", d(2025, 5, 30, 16, 40),
    addr(ME_JA, ME_C, "iso-2022-jp"), addr("全社", "all@tsubame-sys.co.jp"),
    "退職のご挨拶",
    leaf(f"""みなさま

開発2部の森下です。
本日をもちまして退職することになりました。7年間、本当にお世話になりました。

このアドレスは本日18時で使えなくなりますので、今後は下記までご連絡ください。
{ME_P}

みなさまのますますのご活躍をお祈りしております。

森下 健二
""", charset="iso-2022-jp"),
    "user_reply", False, None, [],
    "Owner's farewell mail to the whole company: written by the owner, unrelated to any case.",
    mid="outlook", extra=("X-Mailer: Microsoft Outlook 16.0",))

# 053 LinkedIn
add("li1", d(2025, 5, 31, 0, 20, UTC),
    addr("LinkedIn", "messages-noreply@linkedin.com"), ME_P,
    "Kenji, you appeared in 14 searches this week",
    alt("""You appeared in 14 searches this week.

Recruiters from 3 companies looked at your profile. Add your AWS certifications to stand out.

See all searches: https://www.linkedin.com/me/search-appearances
""", """<html><body><p>You appeared in <b>14 searches</b> this week.</p><p>Recruiters from 3 companies looked at your profile. Add your AWS certifications to stand out.</p></body></html>
""", n=53),
    "unrelated", False, None, [],
    "LinkedIn notification.",
    auth=auth_g("linkedin.com", "messages-noreply@bounce.linkedin.com", policy="REJECT"), received_by=ME_P)

# 054 Case C case update (Japanese)
upd_c = f"""森下 健二 様

いつもお世話になっております。AWS トレーニングと認定カスタマーサービスの佐々木でございます。

個人のメールアドレスからご連絡いただき、ありがとうございました。
いただいた候補 ID をもとに、特典を管理している認定チームへ調査を依頼いたしました。
回答が届き次第、あらためてご連絡いたします。

なお、現時点でお客様にご対応いただくことはございません。

佐々木
AWS トレーニングと認定 カスタマーサービス
"""
add("c_upd", d(2025, 6, 2, 2, 30, UTC), FROM_TC, ME_P, SUBJ_C,
    leaf(upd_c, charset="iso-2022-jp"),
    "case_update", False, CASE_C, [],
    "Japanese update: escalated to the certification team; explicitly nothing to do now.",
    irt="c_r2", refs=["c_ack", "c_req", "c_r1", "c_req2", "c_r2"], auth=AG_TC(), received_by=ME_P)

# 055 AWS Educate form case (other program)
edu = f"""Hello Kenji,

Thank you for reaching out to AWS Educate. I'm following up on your question about running a cloud workshop for the Tech Study Circle at Hosei University.

Could you tell me the name of the faculty member who will sponsor the workshop and the expected number of students? With that, I can check whether the group qualifies for classroom credits.

Best,
Tomasz K.
AWS Educate Support
"""
add("edu1", d(2025, 6, 2, 6, 45, UTC),
    addr("AWS Educate", "aws-cs-educate-form@amazon.com"), ME_P,
    "RE:[CASE 174816920200455] [AWS Educate Form Submission] - classroom-credits",
    leaf(edu),
    "unrelated", False, None, [],
    "AWS Educate form case with a real question, same subject shape as T&C; it is another program, so unrelated and no reply flag (case left null).",
    auth=auth_g("amazon.com", "0100019abc@amazonses.com"), received_by=ME_P)

# 056 new employer onboarding
add("job1", d(2025, 6, 3, 9, 0),
    addr("Kinoshita Labs 人事", "hr@kinoshita-labs.jp"), TO_P,
    "入社手続きのご案内（6/16 入社）",
    alt("""森下 健二 様

Kinoshita Labs 人事の村井です。入社日（6月16日）に向けて、以下の書類を6月10日までにご提出ください。

・雇用契約書（署名済み）
・年金手帳の写し
・保有資格の一覧（AWS認定などは認定番号も併せて）

オンラインフォーム：https://forms.kinoshita-labs.jp/onboarding

よろしくお願いいたします。
""", """<html><body><p>森下 健二 様</p><p>Kinoshita Labs 人事の村井です。入社日（6月16日）に向けて、以下の書類を6月10日までにご提出ください。</p>
<ul><li>雇用契約書（署名済み）</li><li>年金手帳の写し</li><li>保有資格の一覧（AWS認定などは認定番号も併せて）</li></ul></body></html>
""", cte="quoted-printable", n=56),
    "unrelated", False, None, [],
    "New employer's onboarding request (asks for certification list); a real to-do but not support.",
    auth=auth_g("kinoshita-labs.jp", "hr@kinoshita-labs.jp"), received_by=ME_P)

# 057 Case F acknowledgement (different template)
ack_f = f"""Hello,

Thanks for contacting AWS Training and Certification.

Case ID: {CASE_F}
Status: Open

We received your request and have routed it to the right team. Most requests receive a first response within 24 hours; complex requests may take longer. There is no need to create a new request for this issue. To add information, reply to this email and keep the case ID in the subject line.

AWS Training and Certification Customer Service
"""
add("f_ack", d(2025, 6, 3, 12, 42, UTC, 31), FROM_TC, ME_P, SUBJ_F,
    alt(ack_f, "<html><body>" + ack_f.replace("\n", "<br>") + "</body></html>", n=57),
    "acknowledgement", False, CASE_F, [],
    "Case F opened with a different acknowledgement template ('RE: [CASE' with a space); 'reply to add information' is optional.",
    auth=AG_TC(), received_by=ME_P)

# 058 Case F confirmation request (no please)
conf_f = f"""Hi Kenji,

I looked up {ME_P} and found two certification accounts registered with it:

- {CID_NEW}: created May 11, 2025; holds your exam history and certifications (including the recent merge)
- {CID_SSO}: created February 7, 2023 through a Partner Central sign-in; no exams or certifications

My plan is to merge {CID_SSO} into {CID_NEW} and deactivate {CID_SSO}. Does that match what you want, and are both of these accounts yours? I will proceed once you confirm.

Daniel O.
AWS Training and Certification
"""
add("f_conf", d(2025, 6, 4, 1, 20, UTC), FROM_TC, ME_P, SUBJ_F,
    leaf(conf_f, cte="7bit", charset="us-ascii"),
    "confirmation_request", True, CASE_F, [CID_NEW, CID_SSO, CID_SSO, CID_NEW, CID_SSO],
    "Terse plain-text confirmation with no 'please': a direct question; candidate IDs listed in order of appearance (repeats kept).",
    irt="f_ack", auth=AG_TC(), received_by=ME_P)

# 059 dmarc fail spoof
add("ph2", d(2025, 6, 4, 1, 33, UTC),
    FROM_TC, ME_P,
    "[AWS Training and Certification] Your certification account will be suspended",
    alt("""Hello,

During a routine review we found conflicting information between your certification accounts. To avoid suspension of your certifications, verify your identity within 48 hours:

https://aws-training-verify.support-portal.app/login

If you prefer, reply to this email with your Builder ID email address and password and we will complete the verification for you.

AWS Training and Certification Customer Service
""", """<html><body><p>Hello,</p><p>During a routine review we found conflicting information between your certification accounts. To avoid suspension of your certifications, verify your identity within 48 hours:</p>
<p><a href="https://aws-training-verify.support-portal.app/login">Verify my account</a></p><p>If you prefer, reply to this email with your Builder ID email address and password and we will complete the verification for you.</p><p>AWS Training and Certification Customer Service</p></body></html>
""", n=59),
    "suspicious", False, None, [],
    "Spoofed From of the real T&C form address; Authentication-Results show dkim/spf/dmarc fail; asks for a password.",
    auth=auth_g("amazon.com", "bounce@mailer-hk.xyz", dkim="fail", spf="fail", dmarc="fail", ip="45.137.21.9"),
    received_by=ME_P, mid="mailer-hk.xyz")

# 060 Case F user confirms
f_r1 = f"""Hi Daniel,

Yes, that's right. Both are mine ({CID_SSO} was created by accident when I signed in through Partner Central). Please merge {CID_SSO} into {CID_NEW}.

Thanks,
Kenji

> Hi Kenji,
>
> I looked up {ME_P} and found two certification accounts registered with it:
> ...
> Does that match what you want, and are both of these accounts yours? I will proceed once you confirm.
"""
add("f_r1", d(2025, 6, 4, 10, 48),
    TO_P, FROM_TC, "Re: " + SUBJ_F,
    leaf(f_r1),
    "user_reply", False, CASE_F, [CID_SSO, CID_SSO, CID_NEW],
    "Owner confirms with a trimmed inline quote.",
    irt="f_conf", refs=["f_ack", "f_conf"], mid="gmail")

# 061 Case F resolved (Outlook quoting)
res_f = f"""Hi Kenji,

Done. {CID_SSO} has been merged into {CID_NEW} and deactivated. Please allow up to 48 hours for Credly to reflect the change.

Daniel O.
AWS Training and Certification

________________________________
From: Kenji Morishita <{ME_P}>
Sent: Wednesday, June 4, 2025 1:48 AM
To: AWS Training and Certification
Subject: Re: {SUBJ_F}

{f_r1}"""
add("f_res", d(2025, 6, 5, 0, 5, UTC), FROM_TC, ME_P, SUBJ_F,
    leaf(res_f),
    "resolved", False, CASE_F, [CID_SSO, CID_NEW],
    "Short 'Done.' resolution above an Outlook-style quote that still contains the confirmation question.",
    irt="f_r1", refs=["f_ack", "f_conf", "f_r1"], auth=AG_TC(), received_by=ME_P)

# 062 free tier alert
add("ft1", d(2025, 6, 5, 3, 0, UTC),
    addr("AWS Free Tier", "freetier@costalerts.amazonaws.com"), ME_P,
    "AWS Free Tier limit alert",
    leaf("""Hello,

Your AWS account 418820375516 has exceeded 85% of the usage limit for one or more AWS Free Tier-eligible services for the month of June.

Product: Amazon Simple Storage Service
Usage: 4.3 GB of 5 GB

To learn more about your usage, visit the Free Tier page in the Billing console.

Amazon Web Services
""", cte="7bit", charset="us-ascii"),
    "unrelated", False, None, [],
    "AWS Free Tier alert with a 12-digit account ID.",
    auth=auth_g("costalerts.amazonaws.com", "freetier@costalerts.amazonaws.com"), received_by=ME_P)

# 063 Case F reopen request by owner
f_r2 = f"""Hi Daniel,

Sorry to come back to this. It has been more than two days, but Credly still shows only the Cloud Practitioner badge; the Solutions Architect - Professional badge that I recertified last month is not there and the old one shows as expired.

Could you take another look?

Kenji

On Thu, Jun 5, 2025 at 9:05 AM AWS Training and Certification <{TC}> wrote:
{q(res_f.split("____")[0])}
"""
add("f_r2", d(2025, 6, 7, 22, 10),
    TO_P, FROM_TC, "Re: " + SUBJ_F,
    leaf(f_r2, cte="quoted-printable"),
    "user_reply", False, CASE_F, [],
    "Owner asks support to reopen (badge missing); contains a question, but it is the owner's own mail.",
    irt="f_res", refs=["f_ack", "f_conf", "f_r1", "f_res"], mid="gmail")

# 064 Case F reopened update
upd_f = f"""Hi Kenji,

Thanks for letting me know. I've reopened case {CASE_F} and asked the team that manages our Credly integration to resend the badge records for {CID_NEW}. No further action is required on your side; I'll follow up once they confirm.

Daniel O.
AWS Training and Certification
"""
add("f_upd", d(2025, 6, 8, 2, 30, UTC), FROM_TC, ME_P, SUBJ_F,
    leaf(upd_f),
    "case_update", False, CASE_F, [CID_NEW],
    "Case reopened and passed to the Credly integration team; 'no further action is required'.",
    irt="f_r2", refs=["f_ack", "f_conf", "f_r1", "f_res", "f_r2"], auth=AG_TC(), received_by=ME_P)

# 065 fake Credly
add("ph3", d(2025, 6, 8, 11, 0, UTC),
    addr("Credly Badges", "notify@credly-badge-center.com"), ME_P,
    "Your AWS badge has been revoked - action needed",
    leaf("""<html><body><p>Hi,</p><p>Your badge <b>AWS Certified Solutions Architect - Professional</b> was revoked because the issuer could not verify your identity after a recent account change.</p>
<p>To restore it, sign in with your Amazon credentials within 72 hours: <a href="http://credly-badge-center.com/restore?u=kmorishita">Restore my badge</a></p>
<p>Credly Trust &amp; Safety</p></body></html>
""", sub="html", cte="quoted-printable"),
    "suspicious", False, None, [],
    "Fake Credly (lookalike domain) playing on the real badge problem; asks for Amazon credentials.",
    auth=auth_g("credly-badge-center.com", "notify@credly-badge-center.com", dkim="none", dmarc="none", ip="91.92.241.14", policy="NONE"),
    received_by=ME_P)

# 066 Case F resolved again
res_f2 = f"""Hi Kenji,

The Credly team has re-sent the badge records for {CID_NEW}. Your Solutions Architect - Professional badge should now appear on your Credly profile with the new expiration date, and the expired copy has been removed.

With that, I'll close this case. Should anything else come up, feel free to write back on this thread.

Daniel O.
AWS Training and Certification
"""
add("f_res2", d(2025, 6, 9, 5, 40, UTC), FROM_TC, ME_P, SUBJ_F,
    leaf(res_f2, cte="base64"),
    "resolved", False, CASE_F, [CID_NEW],
    "Second resolution of the reopened case (base64); 'feel free to write back' is an invitation.",
    irt="f_upd", refs=["f_ack", "f_conf", "f_r1", "f_res", "f_r2", "f_upd"], auth=AG_TC(), received_by=ME_P)

# 067 Credly badge
add("badge3", d(2025, 6, 9, 6, 2, UTC),
    addr("Credly", "admin@credly.com"), ME_P,
    "You've earned a badge: AWS Certified Solutions Architect - Professional",
    alt("""Hi Kenji,

Amazon Web Services Training and Certification has issued you a badge.

AWS Certified Solutions Architect - Professional
Expires: May 9, 2028

Accept it here: https://www.credly.com/badges/b92e1f07-5d4c-4e1a-9c83-0a7d6f21c5e4/accept
""", """<html><body><p>Hi Kenji,</p><p>Amazon Web Services Training and Certification has issued you a badge.</p><p><b>AWS Certified Solutions Architect - Professional</b><br>Expires: May 9, 2028</p><p><a href="https://www.credly.com/badges/b92e1f07-5d4c-4e1a-9c83-0a7d6f21c5e4/accept">Accept badge</a></p></body></html>
""", n=67),
    "badge", False, None, [],
    "Credly badge after the resync.",
    auth=auth_g("credly.com", "admin@credly.com"), received_by=ME_P)

# 068 GitHub OSS merged
add("gh3", d(2025, 6, 9, 13, 20, UTC),
    addr("mizuho-t", "notifications@github.com"), addr("kmorishita/casefile", "casefile@noreply.github.com"),
    "Re: [kmorishita/casefile] Close stale support cases after 7 days (PR #18)",
    alt("""Merged #18 into main.

Thanks for the review! Stale cases are now closed automatically when the requester doesn't respond.

--
Reply to this email directly or view it on GitHub:
https://github.com/kmorishita/casefile/pull/18#issuecomment-2954410021
You are receiving this because you authored the thread.
""", """<p>Merged <a href="https://github.com/kmorishita/casefile/pull/18">#18</a> into main.</p><p>Thanks for the review! Stale cases are now closed automatically when the requester doesn't respond.</p>
<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly or <a href="https://github.com/kmorishita/casefile/pull/18#issuecomment-2954410021">view it on GitHub</a>.</p>
""", n=68),
    "unrelated", False, None, [],
    "GitHub 'merged' notification whose text is about closing support cases for no response.",
    auth=auth_g("github.com", "notifications@github.com"), received_by=ME_P,
    extra=("List-ID: kmorishita/casefile <casefile.kmorishita.github.com>",))

# 069 Case C resolved (Japanese, HTML only, quotes old request)
res_c_html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:'Meiryo',sans-serif;font-size:14px">
<p>森下 健二 様</p>
<p>AWS トレーニングと認定カスタマーサービスの佐々木でございます。<br>
お待たせいたしました。認定チームにて確認が完了し、統合前のアカウントにあった 50% 割引の特典を、統合先アカウントに再発行いたしました。</p>
<p>認定アカウントの「特典」ページからご確認いただけます。有効期限は統合前と同じく 2026 年 2 月 14 日です。</p>
<p>ご不明な点がございましたら、本メールにご返信ください。</p>
<p>佐々木<br>AWS トレーニングと認定 カスタマーサービス</p>
<hr>
<div style="color:#666">2025/05/28 18:02 AWS Training and Certification &lt;{TC}&gt; wrote:<br>
<blockquote style="border-left:2px solid #ccc;padding-left:8px">{req_c.replace(chr(10), '<br>')}</blockquote></div>
</body></html>
"""
add("c_res", d(2025, 6, 10, 1, 50, UTC), FROM_TC, ME_P, SUBJ_C,
    leaf(res_c_html, sub="html", cte="quoted-printable"),
    "resolved", False, CASE_C, [],
    "Japanese HTML-only resolution (voucher reissued) with the original keigo request quoted in a blockquote; 〜がございましたら is conditional.",
    irt="c_upd", refs=["c_ack", "c_req", "c_r1", "c_req2", "c_r2", "c_upd"], auth=AG_TC(), received_by=ME_P)

# 070 Case C survey (Japanese)
add("c_svy", d(2025, 6, 10, 6, 0, UTC),
    addr("AWS トレーニングと認定", "no-reply@aws.training"), ME_P,
    "AWS トレーニングと認定 サポートに関するアンケートのお願い",
    leaf(f"""<html><body><p>森下 健二 様</p>
<p>先日はお問い合わせ（ケース {CASE_C}）をいただき、ありがとうございました。<br>
今後のサービス向上のため、簡単なアンケートにご協力いただけますと幸いです（所要時間：約1分）。</p>
<p><a href="https://pulse.aws/survey/JP7TC2?case={CASE_C}">アンケートに回答する</a></p>
<p style="font-size:11px;color:#888">本メールは送信専用アドレスからお送りしています。</p></body></html>
""", sub="html", cte="base64"),
    "survey", False, CASE_C, [],
    "Japanese survey for case C (HTML-only, base64); polite request wording but a survey.",
    auth=auth_g("aws.training", "no-reply@aws.training"), received_by=ME_P)

# 071 certification benefit available
add("cert4", d(2025, 6, 11, 2, 0, UTC),
    addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "A 50% exam discount is available in your AWS Certification account",
    alt(f"""Hello Kenji,

A 50% discount on your next AWS Certification exam is available under Benefits in your certification account ({CID_NEW}). It expires on February 14, 2026.

Use it when you schedule your next exam.

AWS Training and Certification
""", f"""<html><body><p>Hello Kenji,</p><p>A <b>50% discount</b> on your next AWS Certification exam is available under Benefits in your certification account ({CID_NEW}). It expires on February 14, 2026.</p></body></html>
""", n=71),
    "certification", False, None, [CID_NEW],
    "Benefit notice after the voucher was reissued; program mail, not case mail.",
    auth=auth_g("certmetrics.com", "do-not-reply@certmetrics.com"), received_by=ME_P)

# 072 fake Pearson VUE
add("ph4", d(2025, 6, 12, 4, 44, UTC),
    addr("Pearson VUE Results", "results@pearsonvue-scorereport.com"), ME_P,
    "Score report on hold: verification fee required",
    leaf("""Dear Candidate,

Your score report for registration 482917305 is on hold because your candidate profile was changed after the exam. A verification fee of USD 15 is required to release it.

Pay and release: http://pearsonvue-scorereport.com/release

Please respond within 3 days or the result will be voided.

Pearson VUE Results Team
""", cte="7bit", charset="us-ascii"),
    "suspicious", False, None, [],
    "Exam-vendor lookalike asking for a fee, reusing the real 9-digit registration number.",
    auth=auth_g("pearsonvue-scorereport.com", "results@pearsonvue-scorereport.com", dkim="none", dmarc="none", ip="103.151.3.22", policy="NONE"),
    received_by=ME_P)

# 073 credit card statement
add("card1", d(2025, 6, 12, 16, 0),
    addr("三井住友カード", "statement@vpass.ne.jp", "iso-2022-jp"), ME_P,
    "【三井住友カード】ご利用明細のお知らせ",
    leaf("""森下 健二 様

6月分のご利用明細が確定しました。
お支払金額：32,418円
お支払日：2025年6月26日

明細はVpassにログインしてご確認ください。
※本メールは送信専用です。
""", charset="shift_jis", cte="8bit"),
    "unrelated", False, None, [],
    "Card statement in raw 8-bit Shift_JIS.",
    auth=auth_g("vpass.ne.jp", "statement@vpass.ne.jp"), received_by=ME_P)

# 074 new-job colleague
add("col2", d(2025, 6, 13, 10, 15),
    addr("Mizuho Tanabe", "mizuho.tanabe@gmail.com"), TO_P,
    "casefile のレビューありがとう / 次の PR",
    leaf("""森下さん

#18 マージしました、レビューありがとうございます！
次は「返信待ちのケースを一覧にする」機能を出す予定なので、時間があるときに見てもらえますか？
急ぎではないです。

田辺
""", cte="quoted-printable"),
    "unrelated", False, None, [],
    "Friend asking for a code review about 'cases waiting for a reply'; a real request, but not support.",
    auth=auth_g("gmail.com", "mizuho.tanabe@gmail.com", policy="NONE"), received_by=ME_P, mid="gmail")

# 075 Case A final closed notice (system)
closed_a = f"""Hello,

Case {CASE_A} has been marked as closed because the request was completed.

If you need further help with this request within the next 14 days, you can reply to this email and the case will be reopened. For a new request, please use the contact form instead of replying.

AWS Training and Certification Customer Service
{FOOT_TC}"""
add("a_closed", d(2025, 6, 14, 3, 0, UTC), FROM_TC, ME_P, SUBJ_A,
    leaf(closed_a, cte="7bit", charset="us-ascii"),
    "resolved", False, CASE_A, [],
    "System 'case closed' notice after completion: looks like a closing notice, but closed because the work is done, not for lack of an answer.",
    irt="a_res", refs=["a_ack", "a_conf", "a_close", "a_r2", "a_res"], auth=AG_TC(), received_by=ME_P)

# 076 Amazon review request
add("amzn2", d(2025, 6, 16, 11, 0),
    addr("Amazon.co.jp", "customer-reviews-messages@amazon.co.jp", "iso-2022-jp"), ME_P,
    "ご購入商品の評価にご協力ください",
    leaf("""<html><body><p>森下 健二 様</p><p>最近ご購入いただいた「USB-C ドッキングステーション」はいかがでしたか？</p>
<p>★★★★★ を選んでレビューを投稿してください。</p><p><a href="https://www.amazon.co.jp/review/create-review">レビューを書く</a></p></body></html>
""", sub="html", cte="quoted-printable"),
    "unrelated", False, None, [],
    "Amazon retail review request (survey-like, not AWS support).",
    auth=auth_g("amazon.co.jp", "customer-reviews-messages@amazon.co.jp"), received_by=ME_P)

# 077 AWS marketing re:Invent
add("mkt2", d(2025, 6, 17, 16, 0, UTC),
    addr("AWS Events", "aws-marketing-email-replies@amazon.com"), ME_P,
    "Registration is open: AWS re:Invent 2025",
    alt("""AWS re:Invent 2025 | December 1-5 | Las Vegas

Registration is now open. AWS Certified attendees get access to the Certification Lounge and exclusive swag.

Register now: https://reinvent.awsevents.com/register/?trk=em_inv25

You are receiving this email because you opted in to AWS event communications. Unsubscribe: https://pages.awscloud.com/unsubscribe
""", """<html><body><h1>AWS re:Invent 2025</h1><p>December 1-5 | Las Vegas</p><p>Registration is now open. AWS Certified attendees get access to the Certification Lounge and exclusive swag.</p><p><a href="https://reinvent.awsevents.com/register/?trk=em_inv25">Register now</a></p></body></html>
""", n=77),
    "unrelated", False, None, [],
    "AWS event marketing mentioning certification perks.",
    auth=auth_g("amazon.com", "bounce@marketing.amazon.com"), received_by=ME_P)

# 078 certificate available
add("cert5", d(2025, 6, 18, 1, 30, UTC),
    addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "Your AWS Certification digital certificate is ready",
    leaf(f"""Hello Kenji,

The digital certificate for AWS Certified Solutions Architect - Professional (valid through May 9, 2028) is ready to download from your certification account ({CID_NEW}), under Certifications.

AWS Training and Certification
""", cte="quoted-printable"),
    "certification", False, None, [CID_NEW],
    "Certificate-ready notice.",
    auth=auth_g("certmetrics.com", "do-not-reply@certmetrics.com"), received_by=ME_P)

# 079 out of office from a contact
add("ooo1", d(2025, 6, 18, 11, 2),
    addr("村井 沙織", "s-murai@kinoshita-labs.jp", "iso-2022-jp"), TO_P,
    "自動応答: 入社書類の提出",
    leaf("""お問い合わせありがとうございます。
6月18日〜6月20日は出張のため不在にしております。
期間中はメールを確認できませんので、お急ぎの場合は hr@kinoshita-labs.jp までご連絡ください。

村井
""", charset="iso-2022-jp"),
    "unrelated", False, None, [],
    "Out-of-office auto-reply from the new employer's HR.",
    auth=auth_g("kinoshita-labs.jp", "s-murai@kinoshita-labs.jp"), received_by=ME_P,
    extra=("Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"))

# 080 AWS billing support console case (other topic)
bill_case = """Hello,

Thank you for contacting AWS Support about the charge for Amazon S3 on your May invoice.

I reviewed the account and the charge comes from storage in the us-east-1 bucket kmorishita-backup. If you would like a credit review, please let us know through the Support Center which objects were uploaded by mistake.

Best regards,
Ravi P.
Amazon Web Services
""" + FOOT_CONSOLE.format(cid="174840991200217")
add("billcase", d(2025, 6, 19, 7, 10, UTC), FROM_CON, ME_P,
    "RE:[CASE 174840991200217] Unexpected S3 charge [AWS ID 418820375516]",
    leaf(bill_case),
    "unrelated", False, None, [],
    "AWS Support Center billing case (same sender and footer as case D) with a conditional ask; not a Training and Certification case, so unrelated, no reply flag, case null. 12-digit account ID in subject.",
    auth=auth_g("amazon.com", "0100019abc@amazonses.com"), received_by=ME_P, crlf=True)

# 081 Publickey-like newsletter
add("news2", d(2025, 6, 20, 7, 0),
    addr("Cloud Weekly JP", "news@cloudweekly.jp"), ME_P,
    "Cloud Weekly JP: AWS 認定試験の新形式、テクニカルサポートの対応時間変更ほか",
    alt("""Cloud Weekly JP 6月第3週

・AWS 認定試験に新しい問題形式が追加
・主要クラウドのサポート窓口、対応時間の変更まとめ
・「ケースのクローズ前に返信を」サポート窓口との上手な付き合い方

購読解除: https://cloudweekly.jp/unsub
""", """<html><body><h2>Cloud Weekly JP 6月第3週</h2><ul><li>AWS 認定試験に新しい問題形式が追加</li><li>主要クラウドのサポート窓口、対応時間の変更まとめ</li><li>「ケースのクローズ前に返信を」サポート窓口との上手な付き合い方</li></ul></body></html>
""", cte="base64", n=81),
    "unrelated", False, None, [],
    "Japanese newsletter with headlines about certification and replying before case closure.",
    auth=auth_g("cloudweekly.jp", "news@cloudweekly.jp", policy="NONE"), received_by=ME_P)


# ---------------------------------------------------------------------------
def write():
    for f in os.listdir(HERE):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(HERE, f))
    for m in MSGS:
        base = os.path.join(HERE, f"{m['n']:03d}-msg")
        with open(base + ".eml", "wb") as fh:
            fh.write(m["data"])
        with open(base + ".json", "w", encoding="utf-8") as fh:
            json.dump(m["label"], fh, ensure_ascii=False)
            fh.write("\n")
    write_readme()
    c = Counter(m["label"]["kind"] for m in MSGS)
    for k, v in sorted(c.items()):
        print(f"{k:22s} {v}")
    print(f"{'total':22s} {len(MSGS)}")
    print(f"needs_reply true: {sum(m['label']['needs_reply'] for m in MSGS)}")


README_HEAD = f"""me: {ME_P} {ME_C}

# Blind held-out corpus 161

Mailbox of Kenji Morishita (personal Gmail plus company Outlook mailbox, shown as one mailbox),
who leaves Tsubame Systems (an AWS partner) on 30 May 2025 and moves his AWS certification
records to his personal address. Generated by `python3 gen.py` (standard library only).

## Cases

| case | format | channel | story | outcome |
|---|---|---|---|---|
| {CASE_A} (A) | 15 digits | T&C form | merge company account into personal | ack, APN partner hold with a buried question, owner answers, hold without question, hold lifted, HTML confirmation request, closing notice, owner confirms, merged, survey, later "closed because completed" notice |
| {CASE_B} (B) | 15 digits | T&C form | duplicate submission of A | ack, closed as duplicate and linked to A |
| {CASE_C} (C) | 15 digits | T&C form, mostly Japanese | 50% voucher missing after the merge | JA ack (ISO-2022-JP), JA keigo info request, owner replies from the wrong (company) address, support asks to write from the personal address, owner resends, JA update, JA HTML resolution, JA survey |
| {CASE_D} (D) | 11 digits | AWS Support Center (console) | recertification result missing | console ack, info request (answer in console), auto-resolve warning, owner mistakenly replies by e-mail and gets a bounce, update, resolved with rating footer, survey |
| {CASE_E} (E) | 10 digits | T&C form (2021) | old merge, only seen in the owner's forward-to-self | one user_reply |
| {CASE_F} (F) | 15 digits | T&C form, subject `RE: [CASE` | third account with the same address (Partner Central SSO) | ack (other template), terse confirmation question, owner confirms, merged, owner reports badge missing, reopened update, resolved again |

Not T&C cases (case = null): AWS Educate form case 174816920200455, AWS Support billing case 174840991200217,
HashiCorp Zendesk request 58213, phishing with a fake case reference.

## Labelling decisions

- `case` is set only for AWS Training and Certification cases (A–F). Other AWS programs' cases (Educate, billing
  Support Center case) and other vendors get `case: null`, kind `unrelated`, `needs_reply: false`, even when they ask a
  question (msg 055, 080).
- Surveys for a T&C case carry the case number; the certification-program questionnaire (045) is `certification`.
- Owner-written mail is `user_reply` even when it is not about a case (052 farewell mail, case null) and when it is
  to a colleague about the case (016, case A because the case number is in his own text). The colleague's answer (017)
  is `unrelated` with case null: it is not support mail, the case number is only in the quote.
- The bounce of the owner's e-mail reply to the console case (030) is `unrelated` but keeps case D: it is about that
  thread, and the real request (022/028) is still open. needs_reply false because the bounce itself is not support.
- On-hold mail: 013 asks (indirectly) whether he still works there -> `on_hold`, needs_reply true. 018 is on hold with
  nothing asked -> `on_hold`, false.
- Closing notices are true for both channels; for the console case the answer must go through the Support Center.
- 075 "closed because the request was completed" is `resolved`, not `closing_notice`.
- The duplicate-case closure (012) is `case_update` for case B even though it names case A.
- The spoof with dmarc=fail on amazon.com (059) and lookalike mails are `suspicious`, case null, needs_reply false.
- candidate_ids: IDs in the message's own text in order of appearance, repeats kept; the acknowledgement's echo of
  the submitted form counts as the message's own text (009); IDs in quoted or forwarded history are not counted
  (005 counts only the owner's note, 039/049 count none).

## Messages

| # | kind | reply? | case | what it is / what makes it hard |
|---|---|---|---|---|
"""


def write_readme():
    rows = []
    for m in MSGS:
        l = m["label"]
        rows.append(f"| {m['n']:03d} | {l['kind']} | {'yes' if l['needs_reply'] else 'no'} | {l['case'] or '-'} | {m['note']} |")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README_HEAD + "\n".join(rows) + "\n")


if __name__ == "__main__":
    write()
