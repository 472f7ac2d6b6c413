#!/usr/bin/env python3
"""Blind test corpus generator: AWS Training and Certification support-case mail
plus the ordinary mail around it. Standard library only. Writes NNN-msg.eml and
NNN-msg.json next to this script and prints the count per kind."""
import os, json, base64, quopri, hashlib, re, glob
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

ME_NAME = "Takuya Ishikawa"
ME_P = "ishikawa.takuya88@gmail.com"          # personal
ME_C = "t.ishikawa@sorano-tech.co.jp"         # company (closes end of March)
TC = "aws-cs-trainingcertification-form@amazon.com"
EDU = "aws-cs-educate-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"

CASE_A = "174096372100482"   # merge case (15 digits, 2025 style)
CASE_B = "174097188300915"   # duplicate form submitted from company address
CASE_C = "14837260193"       # Support Center (console) case, 11 digits
CASE_D = "8102457731"        # old 2020 case, 10 digits (only in a forward)
CASE_E = "174178321400619"   # name correction case
CASE_F = "174149562100033"   # AWS Educate form case (other program)
OLD_ID = "AWS01928374"       # company certification account
NEW_ID = "AWS05512093"       # personal certification account

SUBJ_TC = "[AWS Training and Certification Form Submission] - account-assistance"

MSGS = []
MID = {}

def hx(seed, n=16):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]

def ses_mid(key):
    return "<0106%s-%s-%s-%s-%s-000000@ap-northeast-1.amazonses.com>" % (
        hx(key, 12), hx(key + "1", 8), hx(key + "2", 4), hx(key + "3", 4), hx(key + "4", 12))

def plain_mid(key, dom):
    return "<%s.%s@%s>" % (hx(key, 10), hx(key + "x", 8), dom)

def gmail_mid(key):
    return "<CA+%s%s@mail.gmail.com>" % (hx(key, 20).upper(), hx(key + "g", 14))

def outlook_mid(key):
    return "<TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>" % (
        hx(key, 5).upper(), hx(key + "o", 12).upper(), hx(key + "p", 5).upper())

def jst(y, mo, d, h, mi, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=timezone(timedelta(hours=9)))

def fmt(dtv, tz_hours=None):
    if tz_hours is not None:
        dtv = dtv.astimezone(timezone(timedelta(hours=tz_hours)))
    return format_datetime(dtv)

def google_tz(dtv):
    # Gmail stamps Received lines in Pacific time; DST began 2025-03-09 10:00 UTC
    return -7 if dtv >= datetime(2025, 3, 9, 10, 0, tzinfo=timezone.utc) else -8

def h(s, cs="utf-8"):
    """Header value, RFC 2047 encoded when not ASCII."""
    if s.isascii():
        return s
    return Header(s, cs).encode()

def addr(name, email, cs="utf-8"):
    if not name:
        return email
    if name.isascii():
        if re.search(r'[(),.:;<>@\[\]"]', name):
            return '"%s" <%s>' % (name, email)
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (Header(name, cs).encode(), email)

def leaf(text, sub="plain", cs="utf-8", cte="quoted-printable", quote_cs=True, extra=None):
    csv = '"%s"' % cs if quote_cs else cs
    ct = "text/%s; charset=%s" % (sub, csv)
    if extra:
        ct += "; " + extra
    raw = text.encode(cs)
    if cte == "base64":
        body = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw).decode("ascii")
    elif cte == "7bit":
        body = raw.decode("ascii")
    elif cte == "8bit":
        assert cs.lower() == "utf-8"
        body = text
    else:
        raise ValueError(cte)
    return ([("Content-Type", ct), ("Content-Transfer-Encoding", cte)], body)

def multi(sub, parts, key):
    b = "----=_Part_%s_%s" % (hx(key, 6), hx(key + "b", 10)) if sub != "alternative" or len(key) % 2 else "000000000000%s" % hx(key, 16)
    hdr = [("Content-Type", 'multipart/%s; boundary="%s"' % (sub, b))]
    body = ""
    for ph, pb in parts:
        body += "--%s\n" % b
        body += "".join("%s: %s\n" % kv for kv in ph) + "\n" + pb
        if not pb.endswith("\n"):
            body += "\n"
    body += "--%s--\n" % b
    return (hdr, body)

def q(text, prefix="> "):
    out = []
    for line in text.split("\n"):
        if line.startswith(">"):
            out.append(">" + line)
        elif line.strip() == "":
            out.append(">")
        else:
            out.append(prefix + line)
    return "\n".join(out)

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def p2html(text, style="font-family:Arial,sans-serif;font-size:14px"):
    paras = [p for p in text.strip("\n").split("\n\n")]
    body = "".join("<p>%s</p>\n" % esc(p).replace("\n", "<br>\n") for p in paras)
    return '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n<body><div style="%s">\n%s</div></body></html>\n' % (style, body)

def ids(s):
    return re.findall(r"AWS\d{8}", s)

def gmail_rcv(host, ip, to, when):
    return [("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.2025.%02d.%02d.%02d.%02d.%02d\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        %s" % (
        host, host, ip, hx(host + str(when), 18), 1000 + when.second * 7, when.month, when.day, when.hour, when.minute, when.second, to,
        fmt(when + timedelta(seconds=2), google_tz(when))))]

def gmail_auth(frm_dom, mailfrom, ip, dkim="pass", spf="pass", dmarc="pass", policy="QUARANTINE", sel="224i4yxa5dv7c2xz3womw6peuasteono"):
    parts = []
    if dkim:
        parts.append("dkim=%s header.i=@%s header.s=%s header.b=%s" % (dkim, frm_dom, sel, hx(mailfrom + sel, 8)))
    if "amazonses" in mailfrom and dkim == "pass":
        parts.append("dkim=pass header.i=@amazonses.com header.s=zh4gjftm6etwoq6afzugpky45synznly header.b=%s" % hx(mailfrom, 8))
    if spf == "pass":
        parts.append("spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (mailfrom, ip, mailfrom))
    else:
        parts.append("spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (spf, mailfrom, ip, mailfrom))
    if dmarc:
        parts.append("dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (dmarc, policy, policy, "NONE" if dmarc == "pass" else policy, frm_dom))
    return [("Authentication-Results", "mx.google.com;\n       " + ";\n       ".join(parts))]

def m365_auth(frm_dom, mf_dom, ip, ok=True):
    if ok:
        v = "spf=pass (sender IP is %s)\n smtp.mailfrom=%s; dkim=pass (signature was verified)\n header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass\n reason=100" % (ip, mf_dom, frm_dom, frm_dom)
    else:
        v = "spf=fail (sender IP is %s)\n smtp.mailfrom=%s; dkim=fail (body hash did not verify)\n header.d=%s;dmarc=fail action=quarantine header.from=%s;compauth=fail\n reason=000" % (ip, mf_dom, frm_dom, frm_dom)
    return [("Authentication-Results", v)]

def ses_in(to, when, key, frm_dom="amazon.com"):
    """Inbound SES mail: Received + Authentication-Results for the right mailbox."""
    ip = "54.240.%d.%d" % (27 + len(key) % 5, 10 + int(hx(key, 2), 16) % 200)
    host = "e%s.smtp-out.ap-northeast-1.amazonses.com" % hx(key, 6)
    mailfrom = "0106%s-%s-000000@ap-northeast-1.amazonses.com" % (hx(key, 12), hx(key + "m", 8))
    if to == ME_P:
        return [("Delivered-To", ME_P)] + gmail_rcv(host, ip, ME_P, when) + gmail_auth(frm_dom, mailfrom, ip)
    return [("Received", "from %s (%s) by\n TY1PEPF0000A1B2.mail.protection.outlook.com (10.167.240.%d) with Microsoft\n SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8489.11\n via Frontend Transport; %s" % (host, ip, 20 + len(key), fmt(when, 0)))] + m365_auth(frm_dom, "ap-northeast-1.amazonses.com", ip)

def add(kind, reply, case, cands, hdrs, node, crlf=False):
    MSGS.append(dict(kind=kind, needs_reply=reply, case=case, candidate_ids=list(cands), hdrs=hdrs, node=node, crlf=crlf))

def render(m):
    lines = ["%s: %s" % kv for kv in m["hdrs"]] + ["MIME-Version: 1.0"] + ["%s: %s" % kv for kv in m["node"][0]]
    s = "\n".join(lines) + "\n\n" + m["node"][1]
    if not s.endswith("\n"):
        s += "\n"
    if m["crlf"]:
        s = s.replace("\r\n", "\n").replace("\n", "\r\n")
    return s.encode("utf-8")

def thread(key, parent_keys):
    """In-Reply-To / References for a reply to the last of parent_keys."""
    refs = [MID[k] for k in parent_keys]
    out = [("In-Reply-To", refs[-1])]
    out.append(("References", "\n ".join(refs)))
    return out

AWS_FOOT = """Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210."""

# ---------------------------------------------------------------- 001-012
def part1():
    # 001 Japanese newsletter, Shift_JIS base64
    w = jst(2025, 3, 1, 7, 0, 12)
    MID["n001"] = plain_mid("n001", "mail.cloudweekly.jp")
    txt = """━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
 クラウド週報  第212号  2025年3月1日
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

■今週の注目
・AWS、東京リージョンで新しいインスタンスファミリーを一般提供
・AWS認定:一部の試験で出題範囲の改訂を予告(受験予定の方は試験ガイドを確認)
・Google Cloud、生成AI向けの割引プログラムを拡大

■読者アンケートのお願い
今後取り上げてほしいテーマを募集しています。以下のフォームからご回答ください。
https://cloudweekly.jp/survey/2025q1

■連載「移行の現場から」第8回
オンプレミスのジョブ基盤をStep Functionsへ移した事例。アカウント統合とOrganizations設計の話も。

──────────────────────────────
配信停止: https://cloudweekly.jp/unsubscribe?u=8f31c2
発行: クラウド週報編集部 / お問い合わせは本メールへの返信ではなくWebフォームへ
"""
    add("unrelated", False, None, [], [
        ("Return-Path", "<bounce-212@mail.cloudweekly.jp>"),
        ("Delivered-To", ME_P)] + gmail_rcv("mail.cloudweekly.jp", "203.0.113.45", ME_P, w) +
        gmail_auth("cloudweekly.jp", "bounce-212@mail.cloudweekly.jp", "203.0.113.45", policy="NONE") + [
        ("From", addr("クラウド週報", "news@cloudweekly.jp", "iso-2022-jp")),
        ("To", ME_P),
        ("Subject", h("【クラウド週報】第212号 AWS認定の出題範囲改訂ほか", "shift_jis")),
        ("Date", fmt(w)),
        ("Message-ID", MID["n001"]),
        ("List-Unsubscribe", "<https://cloudweekly.jp/unsubscribe?u=8f31c2>")],
        leaf(txt, cs="Shift_JIS", cte="base64"))

    # 002 GitHub PR merged
    w = jst(2025, 3, 1, 11, 20, 41)
    MID["g002"] = "<sorano-tech/infra-modules/pull/87/issue_event/16412093377@github.com>"
    t = """Merged #87 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/sorano-tech/infra-modules/pull/87#event-16412093377
You are receiving this because you authored the thread.
"""
    ht = """<p></p>
<p>Merged <a class="issue-link js-issue-link" href="https://github.com/sorano-tech/infra-modules/pull/87">#87</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/sorano-tech/infra-modules/pull/87#event-16412093377">view it on GitHub</a>.<br />You are receiving this because you authored the thread.</p>
"""
    add("unrelated", False, None, [], [
        ("From", addr("Kaito Mori", "notifications@github.com")),
        ("Reply-To", "sorano-tech/infra-modules <reply+ABCD2K7Q3XEVBGD6JQ@reply.github.com>"),
        ("To", "sorano-tech/infra-modules <infra-modules@noreply.github.com>"),
        ("Cc", addr(ME_NAME, ME_C) + ", Author <author@noreply.github.com>"),
        ("Subject", "Re: [sorano-tech/infra-modules] Add VPC endpoint module for SSM (PR #87)"),
        ("Date", fmt(w, 0)),
        ("Message-ID", MID["g002"]),
        ("In-Reply-To", "<sorano-tech/infra-modules/pull/87@github.com>"),
        ("References", "<sorano-tech/infra-modules/pull/87@github.com>"),
        ("List-ID", "sorano-tech/infra-modules <infra-modules.sorano-tech.github.com>"),
        ("X-GitHub-Reason", "author")] + m365_auth("github.com", "github.com", "192.30.252.201"),
        multi("alternative", [leaf(t, cte="7bit", cs="UTF-8", quote_cs=False), leaf(ht, "html", cte="7bit", cs="UTF-8", quote_cs=False)], "g002x"))

    # 003 CertMetrics expiry notice to company address (certification)
    w = jst(2025, 3, 2, 9, 5, 3)
    MID["c003"] = plain_mid("c003", "certmetrics.com")
    t = """Hello Takuya Ishikawa,

Candidate ID: %s

Your AWS Certified Solutions Architect - Associate certification expires on June 1, 2025.

To keep it active, pass the current version of the exam before the expiration date. If you hold a 50%% discount benefit from a previous exam, you can apply it when you schedule through your AWS Certification Account.

Certifications that lapse cannot be restored; you would need to earn them again.

Sign in: https://www.aws.training/certification

AWS Certification
Please do not reply to this message; this mailbox is not monitored.
""" % OLD_ID
    add("certification", False, None, ids(t), [
        ("Received", "from mta-04.certmetrics.com (198.51.100.24) by\n TY1PEPF0000A1B2.mail.protection.outlook.com (10.167.240.31) with Microsoft SMTP\n Server id 15.20.8489.11 via Frontend Transport; %s" % fmt(w, 0))] +
        m365_auth("certmetrics.com", "certmetrics.com", "198.51.100.24") + [
        ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
        ("To", ME_C),
        ("Subject", "Reminder: your AWS Certification expires in 90 days"),
        ("Date", fmt(w, -6)),
        ("Message-ID", MID["c003"])],
        multi("alternative", [leaf(t), leaf(p2html(t), "html")], "c003"), crlf=True)

    # 004 Builder ID verification code
    w = jst(2025, 3, 3, 9, 41, 20)
    MID["b004"] = ses_mid("b004")
    t = """AWS Builder ID

Verify your email address

Enter this code in the browser window where you started creating your AWS Builder ID:

    482913

The code expires in 10 minutes. If you did not try to create an AWS Builder ID, you can ignore this email.

Amazon Web Services will never ask you to share this code by email or phone.
"""
    add("unrelated", False, None, [], ses_in(ME_P, w, "b004", "signin.aws") + [
        ("From", addr("AWS Builder ID", "no-reply@signin.aws")),
        ("To", ME_P),
        ("Subject", "Verify your AWS Builder ID email address"),
        ("Date", fmt(w, 0)),
        ("Message-ID", MID["b004"])],
        multi("alternative", [leaf(t, cte="7bit", cs="us-ascii"), leaf(p2html(t), "html")], "b004"), crlf=True)

    # 005 Skill Builder welcome, display name looks like the case team
    w = jst(2025, 3, 3, 9, 50, 2)
    MID["s005"] = ses_mid("s005")
    t = """Hi Takuya,

Welcome to AWS Skill Builder. Your learner profile is ready.

Here are a few places to start:
- Browse over 600 free digital courses
- Try AWS Cloud Quest in your browser
- Prepare for certification with official practice question sets

Questions about your learning account? Visit the help center at https://support.aws.amazon.com/#/contacts/aws-training

Happy learning,
AWS Training and Certification
"""
    add("unrelated", False, None, [], ses_in(ME_P, w, "s005", "aws.training") + [
        ("From", addr("AWS Training and Certification", "no-reply@aws.training")),
        ("To", ME_P),
        ("Subject", "Welcome to AWS Skill Builder, Takuya"),
        ("Date", fmt(w, 0)),
        ("Message-ID", MID["s005"])],
        leaf(p2html(t), "html", cte="base64"))

    # 006 Acknowledgement, case A, Japanese, ISO-2022-JP
    w = jst(2025, 3, 3, 10, 2, 9)
    MID["a006"] = ses_mid("a006")
    t = """石川 拓也 様

AWS トレーニングと認定にお問い合わせいただきありがとうございます。
ケース番号 %s としてご依頼を承りました。

■ ご依頼の内容
お問い合わせタイプ: 認定
その他の詳細: アカウントの統合
AWS 候補 ID: %s
お問い合わせ内容:
  Use case: I am leaving Sorano Tech at the end of March and would like my
  company certification account merged into my personal one.
  Email addresses I have used: t.ishikawa@sorano-tech.co.jp, ishikawa.takuya88@gmail.com
  Email address to keep: ishikawa.takuya88@gmail.com
  Candidate ID of the personal account: %s

担当者からのご連絡は、おおむね 1 営業日以内を目安としております。内容によっては
調査にお時間を頂戴する場合がございますので、あらかじめご了承ください。

同じご依頼で新たにケースを作成されますと、対応がかえって遅れる原因となります。
追加の情報がございましたら、このメールへの返信でお知らせください。

AWS トレーニングと認定 カスタマーサポート
""" % (CASE_A, OLD_ID, NEW_ID)
    add("acknowledgement", False, CASE_A, ids(t), ses_in(ME_P, w, "a006") + [
        ("From", addr("AWS Training and Certification", TC)),
        ("To", ME_P),
        ("Subject", "[CASE %s] %s" % (CASE_A, SUBJ_TC)),
        ("Date", fmt(w, 0)),
        ("Message-ID", MID["a006"])],
        leaf(t, cs="ISO-2022-JP", cte="7bit"), crlf=True)

    # 007 Acknowledgement, duplicate case B, English, to company address
    w = jst(2025, 3, 3, 12, 18, 3)
    MID["b007"] = ses_mid("b007")
    t = """Hello,

Thanks for getting in touch with AWS Training and Certification. We've opened case %s for your request.

Here is what you sent us:
  Inquiry type: Certification
  Additional details: Account Merge
  AWS candidate ID: %s
  Message: Please merge my certification account registered with this company email into my personal account (ishikawa.takuya88@gmail.com). I will leave the company soon.

Our team normally replies within one business day, though some requests take longer to research. Replying to this email adds your message to the case; opening another case for the same request slows things down.

AWS Training and Certification Customer Support
""" % (CASE_B, OLD_ID)
    add("acknowledgement", False, CASE_B, ids(t), ses_in(ME_C, w, "b007") + [
        ("From", TC),
        ("To", ME_C),
        ("Subject", "[CASE %s] %s" % (CASE_B, SUBJ_TC)),
        ("Date", fmt(w, 0)),
        ("Message-ID", MID["b007"])],
        leaf(t, cs="UTF-8", cte="quoted-printable"))
    return t

def part1b(b007_text):
    # 008 owner forwards the duplicate ack from company to personal, with a note
    w = jst(2025, 3, 3, 13, 5, 44)
    MID["u008"] = outlook_mid("u008")
    note = """自分用メモ。
会社アドレスからもフォームを送ってしまっていた。重複ケースになりそう。
本命は個人アドレスで出した方(ケース %s)。こっちは放置でよいはず。
""" % CASE_A
    fwd = """________________________________
差出人: aws-cs-trainingcertification-form@amazon.com <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2025年3月3日 12:18
宛先: 石川 拓也 <t.ishikawa@sorano-tech.co.jp>
件名: [CASE %s] %s

""" % (CASE_B, SUBJ_TC) + b007_text
    t = note + "\n" + fwd
    add("user_reply", False, CASE_B, ids(note), [
        ("From", addr("石川 拓也", ME_C)),
        ("To", ME_P),
        ("Subject", "FW: [CASE %s] %s" % (CASE_B, SUBJ_TC)),
        ("Thread-Topic", "[CASE %s] %s" % (CASE_B, SUBJ_TC)),
        ("Thread-Index", "AQHbjB%sw==" % hx("u008", 18)),
        ("Date", fmt(w)),
        ("Message-ID", MID["u008"]),
        ("Content-Language", "ja-JP"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", "")],
        multi("alternative", [leaf(t, cte="base64"), leaf(p2html(t, "font-family:Meiryo UI;font-size:11pt"), "html", cte="base64")], "u008"), crlf=True)

    # 009 manager mail, Japanese, asks things (not support)
    w = jst(2025, 3, 3, 18, 40, 27)
    MID["m009"] = outlook_mid("m009")
    t = """石川さん

お疲れさまです。佐々木です。
引き継ぎのスケジュールについて、人事と確認が取れたので共有します。

・最終出社日: 3/28(金)
・退職日: 3/31(月)(3/31 は有給扱い)
・社用メール、Slack、AWS の IAM ユーザーは 3/28 の 18 時に停止予定

以下 2 点、今週中に返信をお願いします。
1. 本番アカウントの運用手順書の引き継ぎ先(木村さんで問題ないか)
2. パートナー関連の社内登録(APN の認定者リスト)から外れる手続きは済んでいるか

よろしくお願いします。

佐々木 亮
Sorano Tech 株式会社 クラウド基盤グループ
"""
    add("unrelated", False, None, [], [
        ("Received", "from TYCPR01MB8842.jpnprd01.prod.outlook.com (2603:1096:400:1a2::9) by\n TYCPR01MB9311.jpnprd01.prod.outlook.com with HTTPS; %s" % fmt(w, 0)),
        ("From", addr("佐々木 亮", "r.sasaki@sorano-tech.co.jp")),
        ("To", addr("石川 拓也", ME_C)),
        ("Subject", h("引き継ぎスケジュールについて")),
        ("Date", fmt(w)),
        ("Message-ID", MID["m009"]),
        ("Content-Language", "ja-JP")],
        leaf(t, cte="base64"))

# ---------------------------------------------------------------- 010-021
T010 = """Hello Takuya,

Thank you for your patience while I looked into case %s.

I reviewed both certification accounts named in your request. The one registered to t.ishikawa@sorano-tech.co.jp (candidate ID %s) is linked to an AWS Partner Network organization, Sorano Tech Co., Ltd. Certifications on a partner-linked profile count toward that organization's standing in the partner program, so while the link is active we cannot move them to another account at the employee's request alone.

I have therefore put the merge on hold for now. It can be released in one of two ways: the alliance lead at Sorano Tech removes you from their Partner Central user list, or your employment there ends and we dissolve the link from our side.

To know which of the two applies, what is your last working day at Sorano Tech, and will the company mailbox still receive mail until then?

Kind regards,
Priya S.
AWS Training and Certification Customer Support
""" % (CASE_A, OLD_ID)

def part2():
    # 010 on hold (APN) with a question buried at the end -> needs reply
    w = jst(2025, 3, 4, 11, 30, 5)
    MID["a010"] = ses_mid("a010")
    add("on_hold", True, CASE_A, ids(T010), ses_in(ME_P, w, "a010") + [
        ("From", addr("AWS Training and Certification", TC)),
        ("To", ME_P),
        ("Subject", "RE:[CASE %s] %s" % (CASE_A, SUBJ_TC)),
        ("Date", fmt(w, 0)),
        ("Message-ID", MID["a010"])] + thread("a010", ["a006"]),
        leaf(T010, cs="UTF-8", cte="7bit"), crlf=True)

    # 011 duplicate case B closed and linked -> case_update
    w = jst(2025, 3, 4, 11, 52, 40)
    MID["b011"] = ses_mid("b011")
    t = """Hello,

This request is the same as case %s, which was opened from ishikawa.takuya88@gmail.com a couple of hours before this one. So that two agents don't work on the same merge, I've closed case %s and added a note to the original case pointing here.

Everything continues on case %s. You don't need to respond to this email.

Best regards,
Marco B.
AWS Training and Certification Customer Support
""" % (CASE_A, CASE_B, CASE_A)
    add("case_update", False, CASE_B, [], ses_in(ME_C, w, "b011") + [
        ("From", addr("AWS Training and Certification", TC)),
        ("To", ME_C),
        ("Subject", "RE: [CASE %s] %s" % (CASE_B, SUBJ_TC)),
        ("Date", fmt(w, 0)),
        ("Message-ID", MID["b011"])] + thread("b011", ["b007"]),
        multi("alternative", [leaf(t), leaf(p2html(t), "html")], "b011"))

    # 012 owner's answer, Gmail quoting
    w = jst(2025, 3, 4, 21, 15, 33)
    MID["u012"] = gmail_mid("u012")
    new = """Hi Priya,

Thanks for checking. My last working day at Sorano Tech is March 28, and my employment formally ends on March 31. The company mailbox stays open until the evening of the 28th.

I'm fine with my certifications no longer counting for Sorano Tech. I have also asked our partner admin to take me off Partner Central.

For reference: company account %s, personal account %s.

Best,
Takuya
""" % (OLD_ID, NEW_ID)
    t = new + "\nOn Tue, Mar 4, 2025 at 11:30 AM AWS Training and Certification <%s> wrote:\n\n" % TC + q(T010) + "\n"
    add("user_reply", False, CASE_A, ids(new), [
        ("From", addr(ME_NAME, ME_P)),
        ("To", addr("AWS Training and Certification", TC)),
        ("Subject", "Re: RE:[CASE %s] %s" % (CASE_A, SUBJ_TC)),
        ("Date", fmt(w)),
        ("Message-ID", MID["u012"])] + thread("u012", ["a006", "a010"]),
        multi("alternative", [leaf(t, cte="quoted-printable"), leaf(p2html(new) .replace("</body>", "<blockquote>%s</blockquote></body>" % esc(T010).replace("\n", "<br>")), "html")], "u012x"))

    # 013 AWS billing statement (12-digit account id), same sender as console cases
    w = jst(2025, 3, 5, 8, 0, 14)
    MID["n013"] = ses_mid("n013")
    t = """Greetings from Amazon Web Services,

Your billing statement for the period February 1 - February 28, 2025 is now available in the Billing and Cost Management console.

Account: 381204957716
Total amount: USD 3.42
Payment method: Visa ending 4417 (charged automatically)

View your bill: https://console.aws.amazon.com/billing/home#/bills

This message was sent to the email address registered as the root user of the account. The address it came from does not accept replies.

""" + AWS_FOOT
    add("unrelated", False, None, [], ses_in(ME_P, w, "n013") + [
        ("From", addr("Amazon Web Services", CONSOLE)),
        ("To", ME_P),
        ("Subject", "Amazon Web Services Billing Statement Available [Account: 381204957716]"),
        ("Date", fmt(w, 0)),
        ("Message-ID", MID["n013"])],
        leaf(t, cs="UTF-8", cte="7bit"))

    # 014 on hold, nothing asked
    w = jst(2025, 3, 5, 14, 10, 50)
    MID["a014"] = ses_mid("a014")
    t = """Hi Takuya,

Thanks for the details. I've written to the alliance lead registered for Sorano Tech in Partner Central and asked them to release your profile from the organization. Your case remains on hold until they respond; partners usually get back to us within a few business days.

There is nothing you need to do in the meantime. I'll update the case as soon as I hear from them.

Regards,
Priya S.
AWS Training and Certification Customer Support
"""
    hist = "\n\n-----Original Message-----\nFrom: %s\nSent: 2025-03-04 12:15:33 UTC\nTo: %s\nSubject: Re: RE:[CASE %s] %s\n\n" % (ME_P, TC, CASE_A, SUBJ_TC) + new
    add("on_hold", False, CASE_A, ids(t), ses_in(ME_P, w, "a014") + [
        ("From", addr("AWS Training and Certification", TC)),
        ("To", ME_P),
        ("Subject", "RE: [CASE %s] %s" % (CASE_A, SUBJ_TC)),
        ("Date", fmt(w, 0)),
        ("Message-ID", MID["a014"])] + thread("a014", ["a006", "a010", "u012"]),
        multi("alternative", [leaf(t + hist), leaf(p2html(t + hist), "html")], "a014"), crlf=True)

    # 015 owner writes to the company partner admin
    w = jst(2025, 3, 5, 14, 45, 2)
    MID["u015"] = outlook_mid("u015")
    t = """佐藤さん

お疲れさまです。クラウド基盤グループの石川です。

3月末で退職するため、AWS認定アカウントを個人アカウントへ統合する手続きを進めています。
AWS側(ケース番号 %s)から、私の認定アカウント(候補ID %s)が
当社の APN パートナーアカウントに紐づいているため、Partner Central 側で
紐付けを外してもらう必要があると連絡がありました。

AWS の担当者からアライアンスリード宛てに連絡が行っているはずですので、
Partner Central のユーザー一覧から私を外していただけますでしょうか。

お手数をおかけしますが、よろしくお願いいたします。

石川 拓也
""" % (CASE_A, OLD_ID)
    add("user_reply", False, CASE_A, ids(t), [
        ("From", addr("石川 拓也", ME_C)),
        ("To", addr("佐藤 真由美", "m.sato@sorano-tech.co.jp")),
        ("Subject", h("AWS認定アカウントのAPN紐付け解除のお願い")),
        ("Date", fmt(w)),
        ("Message-ID", MID["u015"]),
        ("Content-Language", "ja-JP")],
        leaf(t, cs="ISO-2022-JP", cte="7bit"))

    # 016 out-of-office auto reply from the partner admin
    w = jst(2025, 3, 5, 14, 45, 9)
    MID["o016"] = outlook_mid("o016")
    t = """佐藤は 3/5(水)〜3/7(金)出張のため不在にしております。
メールは 3/10(月)以降に順次確認いたします。お急ぎの場合は partner-office@sorano-tech.co.jp までご連絡ください。

I am away on a business trip until March 7 and will read e-mail from March 10.
For urgent matters please contact partner-office@sorano-tech.co.jp.
"""
    add("unrelated", False, None, [], [
        ("From", addr("佐藤 真由美", "m.sato@sorano-tech.co.jp")),
        ("To", addr("石川 拓也", ME_C)),
        ("Subject", h("自動応答: AWS認定アカウントのAPN紐付け解除のお願い")),
        ("Date", fmt(w)),
        ("Message-ID", MID["o016"]),
        ("In-Reply-To", MID["u015"]),
        ("References", MID["u015"]),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "m.sato@sorano-tech.co.jp")],
        leaf(t, cte="base64"))

    # 017 Pearson VUE confirmation (exam vendor)
    w = jst(2025, 3, 6, 10, 0, 31)
    MID["p017"] = plain_mid("p017", "pearson.com")
    t = """Dear Takuya Ishikawa,

Thank you for scheduling your exam with Pearson VUE. Please keep this confirmation for your records.

Exam: SAA-C03: AWS Certified Solutions Architect - Associate
Appointment: Thursday, March 27, 2025 at 1:00 PM Asia/Tokyo
Location: Pearson Professional Centers - Tokyo Shinjuku
Registration number: 482019375
Candidate ID: %s
Payment: JPY 20,000 (credit card)

Arrive 30 minutes early and bring two forms of identification; the primary ID must be government-issued, unexpired and show your photo and signature. The name on your ID must match the name in your profile.

To reschedule or cancel, sign in to your AWS Certification Account at least 24 hours before the appointment.

Pearson VUE
""" % NEW_ID
    add("unrelated", False, None, ids(t), [("Delivered-To", ME_P)] + gmail_rcv("mx0b-pearson.pphosted.com", "148.163.155.90", ME_P, w) +
        gmail_auth("pearson.com", "pearsonvueconfirmation@pearson.com", "148.163.155.90", policy="REJECT") + [
        ("From", addr("Pearson VUE", "PearsonVUEConfirmation@pearson.com")),
        ("To", ME_P),
        ("Subject", "Pearson VUE Confirmation of Booking, Registration 482019375"),
        ("Date", fmt(w, -5)),
        ("Message-ID", MID["p017"])],
        multi("alternative", [leaf(t, cs="us-ascii", cte="7bit"), leaf(p2html(t), "html")], "p017"))

# ---------------------------------------------------------------- 018-029
T021_TXT = """Hello Takuya,

I'm Daniel and I'll be carrying out the account merge for this case now that the partner hold is cleared. I located these two certification accounts:

Account #1
  Login email: ishikawa.takuya88@gmail.com
  Training notification email: ishikawa.takuya88@gmail.com
  Certification notification email: ishikawa.takuya88@gmail.com
  Candidate ID: %s

Account #2
  Login email: t.ishikawa@sorano-tech.co.jp
  Training notification email: t.ishikawa@sorano-tech.co.jp
  Certification notification email: t.ishikawa@sorano-tech.co.jp
  Candidate ID: %s

After the merge, Account #2 is retired and its exam history, certifications and benefits move to the account that remains. A merge cannot be reversed.

Can you confirm that both accounts are yours and that Account #1 is the one to keep? A one-line reply to this email is enough.

Best regards,
Daniel R.
AWS Training and Certification Customer Support
""" % (NEW_ID, OLD_ID)

def part3():
    # 018 lookalike domain phishing (auth passes for its own domain)
    w = jst(2025, 3, 6, 19, 22, 8)
    MID["x018"] = plain_mid("x018", "aws-certification-accounts.com")
    html = """<html><body style="font-family:Arial;background:#f2f3f3">
<table width="600" align="center" style="background:#fff;border-top:4px solid #ff9900"><tr><td style="padding:24px">
<img src="https://aws-certification-accounts.com/img/aws-logo.png" alt="aws" width="80">
<h2>Account merge request pending verification</h2>
<p>Dear Certified Professional,</p>
<p>We received a request to merge two AWS Certification accounts associated with your email. For your protection, the merge is suspended until you verify your identity.</p>
<p>If you do not verify within <b>24 hours</b>, both accounts will be locked and your certifications may be revoked.</p>
<p style="text-align:center"><a href="https://aws-certification-accounts.com/verify?session=7f2c91ad" style="background:#ff9900;color:#000;padding:12px 28px;text-decoration:none">Verify my AWS Builder ID</a></p>
<p>You will be asked for your Builder ID email, password and the one-time code sent to your phone.</p>
<p>AWS Certification Account Security Team</p>
</td></tr></table></body></html>
"""
    add("suspicious", False, None, [], [("Delivered-To", ME_P)] + gmail_rcv("mail.aws-certification-accounts.com", "45.137.21.9", ME_P, w) +
        gmail_auth("aws-certification-accounts.com", "support@aws-certification-accounts.com", "45.137.21.9", policy="NONE") + [
        ("From", addr("AWS Certification Support", "support@aws-certification-accounts.com")),
        ("To", ME_P),
        ("Subject", "Action required: verify your certification account merge"),
        ("Date", fmt(w)),
        ("Message-ID", MID["x018"])],
        leaf(html, "html", cte="quoted-printable"))

    # 019 hold lifted -> case_update
    w = jst(2025, 3, 7, 10, 30, 44)
    MID["a019"] = ses_mid("a019")
    t = """Hello Takuya,

Good news on case %s: the alliance lead at Sorano Tech has released your profile, so the partner hold no longer applies.

I've moved your request to the colleagues who perform merges. One of them will write to you with the account details before anything is changed.

Regards,
Priya S.
""" % CASE_A
    add("case_update", False, CASE_A, [], ses_in(ME_P, w, "a019") + [
        ("From", addr("AWS Training and Certification", TC)),
        ("To", ME_P),
        ("Subject", "RE:[CASE %s] %s" % (CASE_A, SUBJ_TC)),
        ("Date", fmt(w, 0)),
        ("Message-ID", MID["a019"])] + thread("a019", ["a006", "a010", "u012", "a014"]),
        leaf(t, cs="UTF-8", cte="quoted-printable"))

    # 020 AWS marketing, Japanese, HTML only
    w = jst(2025, 3, 7, 16, 0, 0)
    MID["n020"] = ses_mid("n020")
    html = """<html><head><meta charset="utf-8"></head><body style="margin:0;background:#232f3e">
<table width="640" align="center" style="background:#ffffff;font-family:'Hiragino Sans',Meiryo,sans-serif">
<tr><td style="padding:32px"><h1 style="color:#232f3e">AWS Summit Japan 2025 登録受付を開始しました</h1>
<p>6 月 25 日・26 日、幕張メッセで開催。150 以上のセッションに加え、AWS 認定者限定のラウンジもご用意しています。</p>
<p>認定をお持ちの方は、当日ラウンジ受付でデジタルバッジをご提示ください。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/?trk=em_a134p000007HhP" style="background:#ff9900;color:#000;padding:10px 24px;text-decoration:none">今すぐ登録</a></p>
<p style="font-size:11px;color:#687078">このメールは配信専用アドレスから送信しています。配信停止は<a href="https://pages.awscloud.com/communication-preferences">こちら</a>。<br>
アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎 3-1-1</p></td></tr></table></body></html>
"""
    add("unrelated", False, None, [], ses_in(ME_P, w, "n020") + [
        ("From", addr("Amazon Web Services", "aws-marketing-email-replies@amazon.com")),
        ("To", ME_P),
        ("Subject", h("【受付開始】AWS Summit Japan 2025 - 認定者ラウンジのご案内")),
        ("Date", fmt(w, 0)),
        ("Message-ID", MID["n020"]),
        ("List-Unsubscribe", "<https://pages.awscloud.com/communication-preferences>")],
        leaf(html, "html", cte="base64"))

    # 021 confirmation request, HTML only with a table
    w = jst(2025, 3, 8, 2, 14, 27)
    MID["a021"] = ses_mid("a021")
    rows = lambda n, e, cid: "".join(
        '<tr><td style="border:1px solid #ccc;padding:4px 8px">%s</td><td style="border:1px solid #ccc;padding:4px 8px">%s</td></tr>' % (k, v)
        for k, v in [("Login email", e), ("Training notification email", e), ("Certification notification email", e), ("Candidate ID", cid)])
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>
<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hello Takuya,</p>
<p>I'm Daniel and I'll be carrying out the account merge for this case now that the partner hold is cleared. I located these two certification accounts:</p>
<table style="border-collapse:collapse">
<tr><th colspan="2" style="text-align:left;background:#eaeded;padding:4px 8px">Account #1</th></tr>%s
<tr><th colspan="2" style="text-align:left;background:#eaeded;padding:4px 8px">Account #2</th></tr>%s
</table>
<p>After the merge, Account #2 is retired and its exam history, certifications and benefits move to the account that remains. A merge cannot be reversed.</p>
<p>Can you confirm that both accounts are yours and that Account #1 is the one to keep? A one-line reply to this email is enough.</p>
<p>Best regards,<br>Daniel R.<br>AWS Training and Certification Customer Support</p>
</div></body></html>
""" % (rows(1, ME_P, NEW_ID), rows(2, ME_C, OLD_ID))
    add("confirmation_request", True, CASE_A, ids(html), ses_in(ME_P, w, "a021") + [
        ("From", addr("AWS Training and Certification", TC)),
        ("To", ME_P),
        ("Subject", "RE: [CASE %s] %s" % (CASE_A, SUBJ_TC)),
        ("Date", fmt(w, 0)),
        ("Message-ID", MID["a021"])] + thread("a021", ["a006", "a010", "u012", "a014", "a019"]),
        leaf(html, "html", cs="UTF-8", cte="quoted-printable"), crlf=True)

    # 022 colleague asks how to do the merge
    w = jst(2025, 3, 8, 10, 3, 15)
    MID["m022"] = outlook_mid("m022")
    t = """石川さん

山本です。お休みの日にすみません。
私も来月から別部署(APN 対象外のグループ会社)に出向になるので、AWS 認定のアカウントを
個人アドレスに移したいと思っています。

石川さんはどうやって移行しましたか?
・フォームで申請したあと、AWS からどんな確認が来ましたか
・APN の紐付けは先に外しておいた方がいいですか

月曜にでも少し教えてもらえると助かります!

山本 美香
"""
    add("unrelated", False, None, [], [
        ("From", addr("山本 美香", "m.yamamoto@sorano-tech.co.jp")),
        ("To", addr("石川 拓也", ME_C)),
        ("Subject", h("AWS認定の移行ってどうやりました?")),
        ("Date", fmt(w)),
        ("Message-ID", MID["m022"]),
        ("Content-Language", "ja-JP")],
        multi("alternative", [leaf(t, cte="base64"), leaf(p2html(t, "font-family:游ゴシック;font-size:11pt"), "html", cte="base64")], "m022"))

    # 023 AWS Educate form case acknowledgement (other program)
    w = jst(2025, 3, 9, 13, 47, 6)
    MID["f023"] = ses_mid("f023")
    t = """Hello,

Thank you for contacting AWS Educate. We have opened case %s for your inquiry.

Case details
  Topic: Account access
  Description: I can no longer sign in to my AWS Educate learner account after changing my email at the university. I use it for a weekend study group.

An AWS Educate team member will review your request. Response times are normally within 2 business days.

AWS Educate Support
""" % CASE_F
    add("unrelated", False, CASE_F, [], ses_in(ME_P, w, "f023") + [
        ("From", EDU),
        ("To", ME_P),
        ("Subject", "[CASE %s] [AWS Educate Form Submission] - account-access" % CASE_F),
        ("Date", fmt(w, 0)),
        ("Message-ID", MID["f023"])],
        leaf(t, cs="UTF-8", cte="7bit"))

    # 024 other vendor: ticket solved, reply to reopen
    w = jst(2025, 3, 10, 9, 0, 52)
    MID["v024"] = "<ZK7Q2M8PNW_67ce3f1c8a2b1_%s_sprut@zendesk.com>" % hx("v024", 6)
    t = """##- Please type your reply above this line -##

Your request (1893342) has been solved. To reopen this request, reply to this email within 20 days. After that the request will be closed and you will need to submit a new one.

Hana (Nimbus Monitoring Support)
Mar 10, 2025, 09:00 JST

Hi Takuya,

The agent on Amazon Linux 2023 should report again after upgrading to 7.61.2; the missing metrics came from the old cgroup v1 path. I'll mark this as solved, but let us know if it happens again.

Best,
Hana

This email is a service from Nimbus Monitoring Support. [ZK7Q2M-8PNW]
"""
    add("unrelated", False, None, [], [("Delivered-To", ME_P)] + gmail_rcv("out-12.smtp.zendesk.com", "192.161.148.12", ME_P, w) +
        gmail_auth("nimbusmon.io", "support@nimbusmon.io", "192.161.148.12", policy="NONE") + [
        ("From", addr("Hana (Nimbus Monitoring Support)", "support@nimbusmon.io")),
        ("Reply-To", "Nimbus Monitoring Support <support+id1893342@nimbusmon.zendesk.com>"),
        ("To", addr(ME_NAME, ME_P)),
        ("Subject", "[Nimbus Support] Re: Agent stops reporting on Amazon Linux 2023"),
        ("Date", fmt(w, 0)),
        ("Message-ID", MID["v024"])],
        multi("alternative", [leaf(t), leaf(p2html(t), "html")], "v024"))

    # 025 AWS Educate case asks something (other program -> unrelated, no reply flag)
    w = jst(2025, 3, 10, 15, 20, 19)
    MID["f025"] = ses_mid("f025")
    t = """Hi Takuya,

I can help you get back into AWS Educate. Learner accounts are tied to the email used at registration, so I need to find the original one.

Please reply with the email address you first registered with, and the name of your institution as it appeared in your profile.

Thanks,
Grace
AWS Educate Support
"""
    add("unrelated", False, CASE_F, [], ses_in(ME_P, w, "f025") + [
        ("From", addr("AWS Educate", EDU)),
        ("To", ME_P),
        ("Subject", "RE:[CASE %s] [AWS Educate Form Submission] - account-access" % CASE_F),
        ("Date", fmt(w, 0)),
        ("Message-ID", MID["f025"])] + thread("f025", ["f023"]),
        leaf(t, cs="UTF-8", cte="quoted-printable"))

# ---------------------------------------------------------------- 026-034
T026 = """Hello Takuya,

I'm following up on my message of March 8 about merging your certification accounts. We haven't received your confirmation yet, so neither account has been changed.

If we don't hear from you by March 14, this case will be closed automatically. A reply before then keeps it open, and if it has already closed by the time you write, your reply will reopen it.

Regards,
Daniel R.
AWS Training and Certification Customer Support
"""

T030 = """Hi Takuya,

Thanks, your confirmation from the Gmail address came through.

Before I run the merge there is one detail you should be aware of. The name on Account #1 is spelled "Takuya Isikawa", while Account #2 has "Takuya Ishikawa". The merged account keeps the profile of the account that remains, so your certificates would show "Takuya Isikawa" until the name is corrected, which is a separate request to our records team.

Shall I go ahead and merge into Account #1 as it stands?

Daniel R.
AWS Training and Certification Customer Support
"""

def part4():
    # 026 closing notice, top-posted over the quoted request
    w = jst(2025, 3, 11, 10, 5, 37)
    MID["a026"] = ses_mid("a026")
    hist = "\n-----Original Message-----\nFrom: AWS Training and Certification <%s>\nSent: Friday, March 7, 2025 5:14 PM UTC\nTo: %s\nSubject: RE: [CASE %s] %s\n\n" % (TC, ME_P, CASE_A, SUBJ_TC) + T021_TXT
    add("closing_notice", True, CASE_A, ids(T026), ses_in(ME_P, w, "a026") + [
        ("From", addr("AWS Training and Certification", TC)),
        ("To", ME_P),
        ("Subject", "RE: [CASE %s] %s" % (CASE_A, SUBJ_TC)),
        ("Date", fmt(w, 0)),
        ("Message-ID", MID["a026"])] + thread("a026", ["a006", "a010", "u012", "a014", "a019", "a021"]),
        leaf(T026 + hist, cs="UTF-8", cte="quoted-printable"), crlf=True)

    # 027 owner confirms, but from the company address (Outlook top-post)
    w = jst(2025, 3, 11, 12, 30, 11)
    MID["u027"] = outlook_mid("u027")
    new = """Hello Daniel,

Sorry for the slow reply, I was travelling. Confirmed: both accounts belong to me. Please merge into Account #1 (ishikawa.takuya88@gmail.com).

Regards,
Takuya Ishikawa
Cloud Infrastructure Group | Sorano Tech Co., Ltd.
"""
    hist = """
From: AWS Training and Certification <%s>
Sent: Tuesday, March 11, 2025 10:05 AM
To: %s
Subject: RE: [CASE %s] %s

""" % (TC, ME_P, CASE_A, SUBJ_TC) + T026 + "\n-----Original Message-----\nFrom: AWS Training and Certification <%s>\nSent: Friday, March 7, 2025 5:14 PM UTC\nTo: %s\nSubject: RE: [CASE %s] %s\n\n" % (TC, ME_P, CASE_A, SUBJ_TC) + T021_TXT
    html = p2html(new, "font-family:Calibri;font-size:11pt") .replace("</body>", '<div style="border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0 0 0">%s</div></body>' % esc(hist).replace("\n", "<br>\n"))
    add("user_reply", False, CASE_A, ids(new), [
        ("From", addr("Ishikawa Takuya", ME_C)),
        ("To", addr("AWS Training and Certification", TC)),
        ("Subject", "RE: [CASE %s] %s" % (CASE_A, SUBJ_TC)),
        ("Thread-Topic", "[CASE %s] %s" % (CASE_A, SUBJ_TC)),
        ("Date", fmt(w)),
        ("Message-ID", MID["u027"]),
        ("In-Reply-To", MID["a026"]),
        ("References", MID["a026"]),
        ("Content-Language", "en-US")],
        multi("alternative", [leaf(new + hist, cs="us-ascii", cte="7bit"), leaf(html, "html", cte="quoted-printable")], "u027"), crlf=True)

    # 028 support: confirmation must come from the address being kept -> info_request
    w = jst(2025, 3, 11, 16, 45, 2)
    MID["a028"] = ses_mid("a028")
    t = """Hi Takuya,

Thanks for getting back to me. Your message came from t.ishikawa@sorano-tech.co.jp, which is the login of the account that will be retired, and for the protection of your certifications we only accept a merge authorization from the address of the account being kept.

Would you send the same confirmation from ishikawa.takuya88@gmail.com? Replying to my earlier message in that mailbox works, or you can forward this email there and answer it from that address.

Daniel R.
AWS Training and Certification Customer Support
"""
    add("info_request", True, CASE_A, ids(t), ses_in(ME_C, w, "a028") + [
        ("From", addr("AWS Training and Certification", TC)),
        ("To", ME_C),
        ("Subject", "RE: [CASE %s] %s" % (CASE_A, SUBJ_TC)),
        ("Date", fmt(w, 0)),
        ("Message-ID", MID["a028"])] + thread("a028", ["a021", "a026", "u027"]),
        multi("alternative", [leaf(t), leaf(p2html(t), "html")], "a028"))

    # 029 owner confirms from the personal address (replying to the closing notice)
    w = jst(2025, 3, 11, 22, 10, 48)
    MID["u029"] = gmail_mid("u029")
    new = """Hi Daniel,

Writing from my personal address as you asked: both accounts are mine. Please keep Account #1 and merge Account #2 into it.

Takuya
"""
    t = new + "\n2025年3月11日(火) 10:05 AWS Training and Certification <%s>:\n\n" % TC + q(T026) + "\n"
    add("user_reply", False, CASE_A, ids(new), [
        ("From", addr(ME_NAME, ME_P)),
        ("To", TC),
        ("Subject", "Re: RE: [CASE %s] %s" % (CASE_A, SUBJ_TC)),
        ("Date", fmt(w)),
        ("Message-ID", MID["u029"])] + thread("u029", ["a021", "a026"]),
        multi("alternative", [leaf(t, cte="base64"), leaf(p2html(new) .replace("</body>", '<div class="gmail_quote"><blockquote class="gmail_quote">%s</blockquote></div></body>' % esc(T026).replace("\n", "<br>")), "html", cte="base64")], "u029x"))

    # 030 second confirmation: go-ahead despite the name difference
    w = jst(2025, 3, 12, 9, 5, 30)
    MID["a030"] = ses_mid("a030")
    add("confirmation_request", True, CASE_A, ids(T030), ses_in(ME_P, w, "a030") + [
        ("From", addr("AWS Training and Certification", TC)),
        ("To", ME_P),
        ("Subject", "RE: [CASE %s] %s" % (CASE_A, SUBJ_TC)),
        ("Date", fmt(w, 0)),
        ("Message-ID", MID["a030"])] + thread("a030", ["a021", "a026", "u029"]),
        leaf(T030, cs="UTF-8", cte="7bit"))

    # 031 owner: go ahead
    w = jst(2025, 3, 12, 9, 31, 5)
    MID["u031"] = gmail_mid("u031")
    new = """Yes, please go ahead with Account #1. I'll send a separate request for the spelling of my name.

Thanks!
Takuya
"""
    t = new + "\nOn Wed, Mar 12, 2025 at 9:05 AM AWS Training and Certification <%s> wrote:\n" % TC + q(T030) + "\n"
    add("user_reply", False, CASE_A, [], [
        ("From", addr(ME_NAME, ME_P)),
        ("To", TC),
        ("Subject", "Re: RE: [CASE %s] %s" % (CASE_A, SUBJ_TC)),
        ("Date", fmt(w)),
        ("Message-ID", MID["u031"])] + thread("u031", ["a021", "a026", "u029", "a030"]),
        leaf(t, cs="UTF-8", cte="8bit", extra="format=flowed"))

    # 032 resolved, quoting the earlier question underneath
    w = jst(2025, 3, 12, 10, 20, 14)
    MID["a032"] = ses_mid("a032")
    new = """Hello Takuya,

The merge is complete. Account #2 (t.ishikawa@sorano-tech.co.jp, %s) has been retired, and its exam history, four certifications and benefits now sit on Account #1 (%s), which you sign in to with ishikawa.takuya88@gmail.com.

Your Credly badges will be re-issued to the personal address over the next few hours. If anything looks wrong when you check your account, reply here within 14 days and the case will reopen.

Best regards,
Daniel R.
AWS Training and Certification Customer Support
""" % (OLD_ID, NEW_ID)
    hist = "\n\n---- On Wed, 12 Mar 2025 00:31:05 +0000 %s wrote ----\n\n" % ME_P + q(new_031 := "Yes, please go ahead with Account #1. I'll send a separate request for the spelling of my name.\n\nThanks!\nTakuya") + "\n\n---- On Wed, 12 Mar 2025 00:05:30 +0000 %s wrote ----\n\n" % TC + q(T030)
    add("resolved", False, CASE_A, ids(new), ses_in(ME_P, w, "a032") + [
        ("From", addr("AWS Training and Certification", TC)),
        ("To", ME_P),
        ("Subject", "RE: [CASE %s] %s" % (CASE_A, SUBJ_TC)),
        ("Date", fmt(w, 0)),
        ("Message-ID", MID["a032"])] + thread("a032", ["a021", "a026", "u029", "a030", "u031"]),
        multi("alternative", [leaf(new + hist), leaf(p2html(new + hist), "html")], "a032"), crlf=True)

    # 033 Credly badge
    w = jst(2025, 3, 12, 10, 24, 51)
    MID["k033"] = plain_mid("k033", "credly.com")
    t = """Takuya, you have a new badge

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified Solutions Architect - Associate

Accept your badge to share it on LinkedIn, add it to your email signature or verify it for employers.

Accept badge: https://www.credly.com/earner/earned/badge/3f9c0a2e-5d71-4b6a-9e1f-7c2d8a40b913

You received this email because an organization issued a badge to ishikawa.takuya88@gmail.com.
Credly, 25 W 36th St, New York, NY 10018
"""
    add("badge", False, None, [], [("Delivered-To", ME_P)] + gmail_rcv("o1.email.credly.com", "167.89.21.14", ME_P, w) +
        gmail_auth("credly.com", "bounces+3918402@em.credly.com", "167.89.21.14", sel="s1", policy="REJECT") + [
        ("From", addr("Credly", "admin@credly.com")),
        ("To", ME_P),
        ("Subject", "Takuya, you've earned a badge from Amazon Web Services Training and Certification"),
        ("Date", fmt(w, 0)),
        ("Message-ID", MID["k033"])],
        multi("alternative", [leaf(t), leaf(p2html(t), "html")], "k033"))

    # 034 second Credly mail, plain
    w = jst(2025, 3, 12, 10, 25, 30)
    MID["k034"] = plain_mid("k034", "credly.com")
    t = """Hi Takuya,

A badge is waiting for you: AWS Certified Cloud Practitioner, issued by Amazon Web Services Training and Certification.

Claim it here: https://www.credly.com/earner/earned/badge/a81e27c4-09b3-4f5d-b2aa-61c0f3de7785

Badges you don't accept stay private.

The Credly Team
"""
    add("badge", False, None, [], [("Delivered-To", ME_P)] + gmail_rcv("o1.email.credly.com", "167.89.21.14", ME_P, w) +
        gmail_auth("credly.com", "bounces+3918402@em.credly.com", "167.89.21.14", sel="s1", policy="REJECT") + [
        ("From", addr("Credly", "admin@credly.com")),
        ("To", ME_P),
        ("Subject", "Your AWS Certified Cloud Practitioner badge is ready to claim"),
        ("Date", fmt(w, 0)),
        ("Message-ID", MID["k034"])],
        leaf(t, cs="us-ascii", cte="7bit"))

# ---------------------------------------------------------------- 035-047
SUBJ_E = "[AWS Training and Certification Form Submission] - certification-account"
T038 = """石川 拓也 様

AWS トレーニングと認定 カスタマーサポートの青木でございます。
このたびはお問い合わせいただき、誠にありがとうございます。

認定アカウント(候補 ID: %s)の氏名の修正につきまして、ご本人確認のため、
以下の 2 点をご返信いただけますでしょうか。

1. パスポートなど公的な身分証明書に記載されているとおりの氏名(ローマ字表記)
2. 証明書に表示する際の順序のご希望(名・姓 または 姓・名)

なお、身分証明書の画像をお送りいただく必要はございません。
お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。

AWS トレーニングと認定 カスタマーサポート
青木
""" % NEW_ID

CONSOLE_FOOT = """Please do not reply to this email: this notification address cannot receive mail. To add to the case, use the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

""" % CASE_C + AWS_FOOT

def part5():
    # 035 acknowledgement, case E (name correction)
    w = jst(2025, 3, 12, 21, 40, 22)
    MID["e035"] = ses_mid("e035")
    t = """Hello Takuya Ishikawa,

We've received your message and created case %s.

Inquiry type: Certification
Additional details: Update Name
Your message: The name on my certification account is misspelled as "Takuya Isikawa". It should be "Takuya Ishikawa". Candidate ID %s.

Someone from our team will reply by email, usually within 24 hours. Please keep follow-up messages on this case instead of opening a new one.

Thank you,
AWS Training and Certification
""" % (CASE_E, NEW_ID)
    add("acknowledgement", False, CASE_E, ids(t), ses_in(ME_P, w, "e035") + [
        ("From", addr("AWS Training and Certification", TC)),
        ("To", ME_P),
        ("Subject", "[CASE %s] %s" % (CASE_E, SUBJ_E)),
        ("Date", fmt(w, 0)),
        ("Message-ID", MID["e035"])],
        multi("alternative", [leaf(t, cte="base64"), leaf(p2html(t), "html", cte="base64")], "e035"))

    # 036 GitHub: merged, about merging accounts (terraform)
    w = jst(2025, 3, 13, 9, 0, 17)
    MID["g036"] = "<sorano-tech/terraform-aws-accounts/pull/112/issue_event/16502771904@github.com>"
    t = """Merged #112 into main.

@takuya-ishikawa approved these changes: "LGTM - the two sandbox accounts can be closed once the merge is applied."

--
Reply to this email directly, view it on GitHub:
https://github.com/sorano-tech/terraform-aws-accounts/pull/112#event-16502771904
You are receiving this because you were mentioned.
"""
    add("unrelated", False, None, [], [
        ("From", addr("Ren Kimura", "notifications@github.com")),
        ("Reply-To", "sorano-tech/terraform-aws-accounts <reply+ABCD2K7Q3XF2M9@reply.github.com>"),
        ("To", "sorano-tech/terraform-aws-accounts <terraform-aws-accounts@noreply.github.com>"),
        ("Cc", addr(ME_NAME, ME_C) + ", Mention <mention@noreply.github.com>"),
        ("Subject", "Re: [sorano-tech/terraform-aws-accounts] Merge legacy sandbox accounts into the org (PR #112)"),
        ("Date", fmt(w, 0)),
        ("Message-ID", MID["g036"]),
        ("In-Reply-To", "<sorano-tech/terraform-aws-accounts/pull/112@github.com>"),
        ("References", "<sorano-tech/terraform-aws-accounts/pull/112@github.com>"),
        ("List-ID", "sorano-tech/terraform-aws-accounts <terraform-aws-accounts.sorano-tech.github.com>"),
        ("X-GitHub-Reason", "mention")] + m365_auth("github.com", "github.com", "192.30.252.206"),
        leaf(t, cs="UTF-8", cte="7bit", quote_cs=False))

    # 037 satisfaction survey, case A
    w = jst(2025, 3, 13, 9, 12, 3)
    MID["s037"] = ses_mid("s037")
    t = """Hello Takuya,

Your recent request to AWS Training and Certification (case %s) was marked resolved. Would you take a moment to tell us how it went?

How satisfied were you with the support you received?
  Very satisfied:     https://survey.aws.training/s/cs?c=%s&r=5
  Satisfied:          https://survey.aws.training/s/cs?c=%s&r=4
  Neutral:            https://survey.aws.training/s/cs?c=%s&r=3
  Dissatisfied:       https://survey.aws.training/s/cs?c=%s&r=2
  Very dissatisfied:  https://survey.aws.training/s/cs?c=%s&r=1

The survey is anonymous and takes about a minute. Replies to this email are not read.

AWS Training and Certification
""" % ((CASE_A,) * 6)
    add("survey", False, CASE_A, [], ses_in(ME_P, w, "s037") + [
        ("From", addr("AWS Training and Certification", "aws-tc-feedback@amazon.com")),
        ("To", ME_P),
        ("Subject", "How did we do? Case %s" % CASE_A),
        ("Date", fmt(w, 0)),
        ("Message-ID", MID["s037"])],
        multi("alternative", [leaf(t), leaf(p2html(t), "html")], "s037"))

    # 038 Japanese info request, Shift_JIS, case E
    w = jst(2025, 3, 13, 11, 0, 40)
    MID["e038"] = ses_mid("e038")
    add("info_request", True, CASE_E, ids(T038), ses_in(ME_P, w, "e038") + [
        ("From", addr("AWS Training and Certification", TC)),
        ("To", ME_P),
        ("Subject", "RE:[CASE %s] %s" % (CASE_E, SUBJ_E)),
        ("Date", fmt(w, 0)),
        ("Message-ID", MID["e038"])] + thread("e038", ["e035"]),
        leaf(T038, cs="Shift_JIS", cte="base64"), crlf=True)
    return t

T039 = """Hi Daniel,

Thanks, all four certifications and the exam history are on the personal account now.

One thing is missing though: the 50% exam discount benefit that was on Account #2 (I saw it on March 3, valid until April 30) doesn't appear under Benefits on Account #1. Could you take a look?

Thanks,
Takuya
"""

def part5b():
    # 039 owner reopens case A
    w = jst(2025, 3, 13, 18, 0, 26)
    MID["u039"] = gmail_mid("u039")
    t032 = "The merge is complete. Account #2 (t.ishikawa@sorano-tech.co.jp, %s) has been retired, and its exam history, four certifications and benefits now sit on Account #1 (%s), which you sign in to with ishikawa.takuya88@gmail.com." % (OLD_ID, NEW_ID)
    t = T039 + "\nOn Wed, Mar 12, 2025 at 10:20 AM AWS Training and Certification <%s> wrote:\n" % TC + q("Hello Takuya,\n\n" + t032 + "\n\n[...]") + "\n"
    add("user_reply", False, CASE_A, ids(T039), [
        ("From", addr(ME_NAME, ME_P)),
        ("To", TC),
        ("Subject", "Re: RE: [CASE %s] %s" % (CASE_A, SUBJ_TC)),
        ("Date", fmt(w)),
        ("Message-ID", MID["u039"])] + thread("u039", ["a030", "u031", "a032"]),
        leaf(t, cte="quoted-printable"))

    # 040 automatic acknowledgement of the reply
    w = jst(2025, 3, 13, 18, 1, 2)
    MID["a040"] = ses_mid("a040")
    t = """This is an automated message.

Your reply has been added to case %s. The case had been resolved, so it has been returned to the queue and a support representative will review your message.

There is no need to open a new case for the same question.

AWS Training and Certification Customer Support
""" % CASE_A
    add("acknowledgement", False, CASE_A, [], ses_in(ME_P, w, "a040") + [
        ("From", TC),
        ("To", ME_P),
        ("Subject", "RE: [CASE %s] %s" % (CASE_A, SUBJ_TC)),
        ("Date", fmt(w, 0)),
        ("Message-ID", MID["a040"]),
        ("Auto-Submitted", "auto-replied")] + thread("a040", ["a032", "u039"]),
        leaf(t, cs="us-ascii", cte="7bit"))

    # 041 owner forwards an old 2020 case mail to himself as a note
    w = jst(2025, 3, 13, 22, 31, 7)
    MID["u041"] = outlook_mid("u041")
    note = """メモ: 2020年に名前の表記を直してもらったときのケース。
このときはパスポートのローマ字表記を返信しただけで直った。今回(新アカウント %s)も同じ流れのはず。
会社メールが消える前に個人に転送しておく。
""" % NEW_ID
    old = """From: aws-cs-trainingcertification-form@amazon.com <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, November 19, 2020 3:12 AM
To: t.ishikawa@sorano-tech.co.jp
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-records

Hello Takuya,

Thank you for sending the spelling from your passport. I have updated the name on your certification account (%s) to TAKUYA ISHIKAWA. New certificates with the corrected name can be downloaded from your account now.

Your request is complete. If you need anything else, just reply to this email.

Best,
Hiroshi T.
AWS Training and Certification Customer Support
""" % (CASE_D, OLD_ID)
    t = note + "\n________________________________\n" + old
    add("user_reply", False, CASE_D, ids(note), [
        ("From", addr("石川 拓也", ME_C)),
        ("To", ME_P),
        ("Subject", "FW: RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-records" % CASE_D),
        ("Date", fmt(w)),
        ("Message-ID", MID["u041"]),
        ("Content-Language", "ja-JP")],
        leaf(t, cs="UTF-8", cte="base64"))

    # 042 console case acknowledgement
    w = jst(2025, 3, 14, 9, 30, 55)
    MID["c042"] = ses_mid("c042")
    t = """Dear Customer,

A new support case has been created for AWS account 381204957716.

Case ID: %s
Subject: Sign-in loop on AWS Certification account after account merge
Severity: General guidance
Service: Account and billing / Training and certification
Correspondence: Since my certification accounts were merged on March 12, signing in at aws.training/certification with my Builder ID (ishikawa.takuya88@gmail.com) returns me to the sign-in page again and again. Candidate ID %s. Tried Chrome and Firefox.

You can view the case or add information at any time from the Support Center.

""" % (CASE_C, NEW_ID) + CONSOLE_FOOT
    add("acknowledgement", False, CASE_C, ids(t), ses_in(ME_P, w, "c042") + [
        ("From", addr("Amazon Web Services", CONSOLE)),
        ("To", ME_P),
        ("Subject", "Amazon Web Services: New Support case: %s" % CASE_C),
        ("Date", fmt(w, 0)),
        ("Message-ID", MID["c042"])],
        leaf(t, cs="UTF-8", cte="7bit"), crlf=True)

# ---------------------------------------------------------------- 043-055
T048 = """石川様

AWS 認定ベネフィット担当の森と申します。
統合前のアカウント(%s)にあった 50%% 割引特典について、ケースを引き継ぎました。

記録を確認したところ、この特典は 2 月 14 日に一度コードが発行された状態となっており、
そのため統合時に新しいアカウントへ移行されなかったものと思われます。
再発行の可否を判断するため、以下をお知らせください。

1. 発行済みの割引コードの末尾 4 文字(控えがお手元にある場合)
2. そのコードを試験の予約に使用したかどうか(3 月 27 日のご予約を含む)

いただいた内容をもとに、改めてご案内いたします。

森 健二
AWS Training and Certification - Certification Benefits
""" % OLD_ID

def part6():
    # 043 case reopened and passed to another team -> case_update
    w = jst(2025, 3, 14, 11, 10, 18)
    MID["a043"] = ses_mid("a043")
    t = """Hello Takuya,

Thanks for letting me know. I've reopened case %s.

Transfers of certification benefits are handled by a separate team, so I've passed your case to them together with the dates you gave. They usually respond within two business days and will contact you directly on this case.

Best regards,
Daniel R.
AWS Training and Certification Customer Support

> One thing is missing though: the 50%% exam discount benefit that was on Account #2 (I saw it on March 3, valid until April 30) doesn't appear under Benefits on Account #1. Could you take a look?
""" % CASE_A
    add("case_update", False, CASE_A, [], ses_in(ME_P, w, "a043") + [
        ("From", addr("AWS Training and Certification", TC)),
        ("To", ME_P),
        ("Subject", "RE: [CASE %s] %s" % (CASE_A, SUBJ_TC)),
        ("Date", fmt(w, 0)),
        ("Message-ID", MID["a043"])] + thread("a043", ["a032", "u039"]),
        multi("alternative", [leaf(t), leaf(p2html(t), "html")], "a043"))

    # 044 CertMetrics program feedback invitation (certification, not a case survey)
    w = jst(2025, 3, 14, 15, 0, 9)
    MID["c044"] = plain_mid("c044", "certmetrics.com")
    t = """Hello Takuya,

AWS Certification is looking for certified professionals to share their views on how our exams reflect real-world work. The questionnaire takes about 10 minutes and your answers help shape future exam guides.

Take the questionnaire: https://aws.certmetrics.com/amazon/public/survey.aspx?sid=2025-03

Participation is voluntary and has no effect on your certification status.

Candidate ID: %s

AWS Certification
This mailbox does not accept replies.
""" % NEW_ID
    add("certification", False, None, ids(t), [("Delivered-To", ME_P)] + gmail_rcv("mta-02.certmetrics.com", "198.51.100.22", ME_P, w) +
        gmail_auth("certmetrics.com", "do-not-reply@certmetrics.com", "198.51.100.22", sel="cm1", policy="NONE") + [
        ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
        ("To", ME_P),
        ("Subject", "AWS Certification would like your opinion"),
        ("Date", fmt(w, -5)),
        ("Message-ID", MID["c044"])],
        multi("alternative", [leaf(t), leaf(p2html(t), "html")], "c044"), crlf=True)

    # 045 spoof of the real case sender, DKIM/SPF/DMARC fail
    w = jst(2025, 3, 14, 20, 30, 41)
    MID["x045"] = "<%s@mail-relay7.bizsend-mx.ru>" % hx("x045", 20)
    t = """Dear Candidate,

Following the recent merge of your AWS Certification accounts, your exam discount voucher must be re-validated before it can be used.

Sign in at the link below within 48 hours to keep the voucher active:
https://aws-training-verify.com/benefits/login?case=174155092244108

If the link does not open, reply to this email with your Builder ID email address and password and our team will validate the voucher for you.

AWS Training and Certification Customer Support
"""
    add("suspicious", False, None, [], [("Delivered-To", ME_P)] + gmail_rcv("mail-relay7.bizsend-mx.ru", "185.244.31.77", ME_P, w) +
        gmail_auth("amazon.com", "bounce@mail-relay7.bizsend-mx.ru", "185.244.31.77", dkim="fail", spf="fail", dmarc="fail") + [
        ("From", addr("AWS Training and Certification", TC)),
        ("Reply-To", "aws-tc-benefits@outlook-verify.net"),
        ("To", ME_P),
        ("Subject", "RE:[CASE 174155092244108] %s - voucher revalidation" % SUBJ_TC),
        ("Date", fmt(w, 0)),
        ("Message-ID", MID["x045"])],
        leaf(t, cs="UTF-8", cte="quoted-printable"))

    # 046 console case asks for checks and a screenshot -> answer in Support Center
    w = jst(2025, 3, 15, 10, 40, 3)
    MID["c046"] = ses_mid("c046")
    t = """Hello,

Thank you for contacting AWS Support. My name is Rahul and I'm looking after this case.

After a merge, a sign-in loop usually means the browser still holds a session for the retired account. Before I escalate this to the Training and Certification engineers, we need you to sign out of AWS Builder ID at https://profile.aws.amazon.com, clear the cookies for aws.training and certmetrics.com, and then try to sign in once more.

If the loop continues, add a screenshot of the page where it stops and the time it happened (with your time zone) to the case. Without these I can't pass it on.

Best regards,
Rahul K.
Amazon Web Services

We value your feedback. Please rate this correspondence in the Support Center using the link below.

""" + CONSOLE_FOOT
    add("info_request", True, CASE_C, [], ses_in(ME_P, w, "c046") + [
        ("From", addr("Amazon Web Services", CONSOLE)),
        ("To", ME_P),
        ("Subject", "RE:[CASE %s] Sign-in loop on AWS Certification account after account merge" % CASE_C),
        ("Date", fmt(w, 0)),
        ("Message-ID", MID["c046"])],
        multi("alternative", [leaf(t), leaf(p2html(t), "html")], "c046"))

    # 047 English newsletter
    w = jst(2025, 3, 16, 9, 0, 0)
    MID["n047"] = plain_mid("n047", "cloudopsdigest.dev")
    t = """CLOUD OPS DIGEST #118

1. How we merged 40 AWS accounts into one Organization without downtime
2. Your support case is closed. Now what? Writing runbooks from tickets
3. Certification or experience? Hiring managers answer
4. Tool of the week: a CLI for IAM Access Analyzer findings

Reply to this email and tell us what you'd like covered next week - we read everything.

Unsubscribe: https://cloudopsdigest.dev/u/7c1a9e
"""
    add("unrelated", False, None, [], [("Delivered-To", ME_P)] + gmail_rcv("mail-a.sendfox.com", "198.2.130.4", ME_P, w) +
        gmail_auth("cloudopsdigest.dev", "bounce@cloudopsdigest.dev", "198.2.130.4", policy="NONE") + [
        ("From", addr("Cloud Ops Digest", "hello@cloudopsdigest.dev")),
        ("To", ME_P),
        ("Subject", "#118: merging 40 accounts, closed cases, and hiring"),
        ("Date", fmt(w, 0)),
        ("Message-ID", MID["n047"]),
        ("List-Unsubscribe", "<https://cloudopsdigest.dev/u/7c1a9e>")],
        multi("alternative", [leaf(t, cs="us-ascii", cte="7bit"), leaf(p2html(t), "html")], "n047"))

    # 048 Japanese info request from benefits team, HTML only, base64
    w = jst(2025, 3, 17, 10, 15, 29)
    MID["a048"] = ses_mid("a048")
    add("info_request", True, CASE_A, ids(T048), ses_in(ME_P, w, "a048") + [
        ("From", addr("AWS Training and Certification", TC)),
        ("To", ME_P),
        ("Subject", "RE: [CASE %s] %s" % (CASE_A, SUBJ_TC)),
        ("Date", fmt(w, 0)),
        ("Message-ID", MID["a048"])] + thread("a048", ["a032", "u039", "a043"]),
        leaf(p2html(T048, "font-family:'Meiryo',sans-serif;font-size:13px"), "html", cte="base64"), crlf=True)

    # 049 owner answers in Japanese
    w = jst(2025, 3, 17, 21, 2, 44)
    MID["u049"] = gmail_mid("u049")
    new = """森様

ご連絡ありがとうございます。石川です。

1. 末尾 4 文字は「7QKD」です。
2. このコードは使用していません。3 月 27 日の予約は、個人アカウントから通常料金で支払いました。

再発行いただけるようでしたら、個人アカウントの方にお願いできますと幸いです。
よろしくお願いいたします。

石川 拓也
"""
    t = new + "\n2025年3月17日(月) 10:15 AWS Training and Certification <%s>:\n\n" % TC + q(T048) + "\n"
    add("user_reply", False, CASE_A, ids(new), [
        ("From", addr("石川 拓也", ME_P)),
        ("To", TC),
        ("Subject", "Re: RE: [CASE %s] %s" % (CASE_A, SUBJ_TC)),
        ("Date", fmt(w)),
        ("Message-ID", MID["u049"])] + thread("u049", ["a032", "u039", "a043", "a048"]),
        leaf(t, cte="quoted-printable"))

# ---------------------------------------------------------------- 050-058
T056 = """Hello,

On March 13 we asked for some information about your request in case %s, and we haven't received a reply yet.

If we don't hear from you by March 24, 2025, we'll close this case. Answering the earlier message - you can reply directly to this email - keeps it open.

AWS Training and Certification Customer Support
""" % CASE_E

def part7():
    # 050 Skill Builder receipt
    w = jst(2025, 3, 18, 9, 0, 33)
    MID["n050"] = ses_mid("n050")
    t = """Thank you for your purchase.

AWS Skill Builder Individual subscription (monthly)
Order number: 112-4829103-7719320
Billing period: March 18 - April 17, 2025
Amount charged: USD 29.00
Payment: Visa ending 4417

Manage your subscription: https://skillbuilder.aws/subscriptions

This receipt was sent by AWS Training and Certification. Replies to this address are not monitored.
"""
    add("unrelated", False, None, [], ses_in(ME_P, w, "n050", "aws.training") + [
        ("From", addr("AWS Skill Builder", "no-reply@aws.training")),
        ("To", ME_P),
        ("Subject", "Your AWS Skill Builder receipt (Order 112-4829103-7719320)"),
        ("Date", fmt(w, 0)),
        ("Message-ID", MID["n050"])],
        multi("alternative", [leaf(t, cs="us-ascii", cte="7bit"), leaf(p2html(t), "html")], "n050"), crlf=True)

    # 051 console case: will be resolved automatically, answer in Support Center
    w = jst(2025, 3, 18, 14, 0, 12)
    MID["c051"] = ses_mid("c051")
    t = """Hello,

We haven't heard back from you on case %s since our last correspondence on March 15.

If we don't receive a response within 5 days, the case will be resolved automatically. After a case has been resolved for 14 days it can no longer be reopened, and you would need to create a new one.

To keep this case active, add your reply in the Support Center.

Amazon Web Services

""" % CASE_C + CONSOLE_FOOT
    add("closing_notice", True, CASE_C, [], ses_in(ME_P, w, "c051") + [
        ("From", addr("Amazon Web Services", CONSOLE)),
        ("To", ME_P),
        ("Subject", "RE:[CASE %s] Sign-in loop on AWS Certification account after account merge" % CASE_C),
        ("Date", fmt(w, 0)),
        ("Message-ID", MID["c051"])],
        leaf(t, cs="UTF-8", cte="quoted-printable"))

    # 052 resolved: voucher reissued, feedback footer
    w = jst(2025, 3, 19, 11, 30, 6)
    MID["a052"] = ses_mid("a052")
    new = """Hello Takuya,

Thank you for the details. As the earlier code was never used, I have deactivated it and issued a new 50%% exam discount voucher to your personal certification account (%s). It is listed under Benefits and valid until April 30, 2025.

The full price you already paid for your March 27 appointment can't be refunded through this case, but the new voucher can be used for any later exam.

No further action is required on your part.

Kind regards,
Kenji M.
AWS Training and Certification - Certification Benefits

How would you rate this reply? Let us know with one click: https://survey.aws.training/s/cs?c=%s
""" % (NEW_ID, CASE_A)
    hist = "\n-----Original Message-----\n" + T048
    add("resolved", False, CASE_A, ids(new), ses_in(ME_P, w, "a052") + [
        ("From", addr("AWS Training and Certification", TC)),
        ("To", ME_P),
        ("Subject", "RE: [CASE %s] %s" % (CASE_A, SUBJ_TC)),
        ("Date", fmt(w, 0)),
        ("Message-ID", MID["a052"])] + thread("a052", ["a043", "a048", "u049"]),
        multi("alternative", [leaf(new + hist, cte="base64"), leaf(p2html(new + hist), "html", cte="base64")], "a052"))

    # 053 CertMetrics: new benefit available
    w = jst(2025, 3, 19, 12, 2, 47)
    MID["c053"] = plain_mid("c053", "certmetrics.com")
    t = """Hello Takuya Ishikawa,

A new benefit has been added to your AWS Certification Account (%s):

  50%% discount on your next AWS Certification exam - expires April 30, 2025

To use it, sign in to your AWS Certification Account, open Benefits and request the voucher code, then enter the code when you schedule your exam.

AWS Certification
""" % NEW_ID
    add("certification", False, None, ids(t), [("Delivered-To", ME_P)] + gmail_rcv("mta-02.certmetrics.com", "198.51.100.22", ME_P, w) +
        gmail_auth("certmetrics.com", "do-not-reply@certmetrics.com", "198.51.100.22", sel="cm1", policy="NONE") + [
        ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
        ("To", ME_P),
        ("Subject", "A new benefit is available in your AWS Certification Account"),
        ("Date", fmt(w, -5)),
        ("Message-ID", MID["c053"])],
        leaf(t, cs="us-ascii", cte="7bit"))

    # 054 console case resolved, with rating footer
    w = jst(2025, 3, 20, 10, 0, 38)
    MID["c054"] = ses_mid("c054")
    t = """Hello Takuya,

Thanks for the screenshot and timestamps you added in the Support Center yesterday. They showed the Builder ID sign-in was still mapped to the retired certification profile. Our Training and Certification engineers have corrected the mapping, and sign-in with ishikawa.takuya88@gmail.com now lands on your merged account; I tested the flow with them this morning.

I'm marking this case as resolved. Should the loop come back, you can reopen the case from the Support Center within the next 14 days.

Best regards,
Rahul K.
Amazon Web Services

We value your feedback. Please rate this correspondence in the Support Center.

""" + CONSOLE_FOOT
    add("resolved", False, CASE_C, [], ses_in(ME_P, w, "c054") + [
        ("From", addr("Amazon Web Services", CONSOLE)),
        ("To", ME_P),
        ("Subject", "RE:[CASE %s] Sign-in loop on AWS Certification account after account merge" % CASE_C),
        ("Date", fmt(w, 0)),
        ("Message-ID", MID["c054"])],
        multi("alternative", [leaf(t), leaf(p2html(t), "html")], "c054"))

    # 055 console case survey
    w = jst(2025, 3, 20, 10, 6, 1)
    MID["c055"] = ses_mid("c055")
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Your support case <b>%s</b> &ndash; <i>Sign-in loop on AWS Certification account after account merge</i> &ndash; was recently resolved.</p>
<p>How likely are you to recommend AWS Support to a colleague?</p>
<table><tr>%s</tr></table>
<p>The survey has three questions and takes less than two minutes.</p>
<p style="color:#687078;font-size:11px">%s</p>
</body></html>
""" % (CASE_C, "".join('<td><a href="https://aws-support-survey.amazon.com/s?case=%s&amp;score=%d" style="padding:6px 9px;border:1px solid #aab7b8">%d</a></td>' % (CASE_C, i, i) for i in range(11)), esc(AWS_FOOT))
    add("survey", False, CASE_C, [], ses_in(ME_P, w, "c055") + [
        ("From", addr("AWS Support", "aws-support-survey@amazon.com")),
        ("To", ME_P),
        ("Subject", "Tell us about your AWS Support experience (case %s)" % CASE_C),
        ("Date", fmt(w, 0)),
        ("Message-ID", MID["c055"])],
        leaf(html, "html", cte="quoted-printable"))

    # 056 closing notice for case E, English template over the Japanese request
    w = jst(2025, 3, 21, 9, 0, 15)
    MID["e056"] = ses_mid("e056")
    t = T056 + "\n---------- Original message ----------\n" + T038
    add("closing_notice", True, CASE_E, ids(T056), ses_in(ME_P, w, "e056") + [
        ("From", addr("AWS Training and Certification", TC)),
        ("To", ME_P),
        ("Subject", "RE:[CASE %s] %s" % (CASE_E, SUBJ_E)),
        ("Date", fmt(w, 0)),
        ("Message-ID", MID["e056"])] + thread("e056", ["e035", "e038"]),
        leaf(t, cte="base64"))

    # 057 Pearson VUE reminder
    w = jst(2025, 3, 21, 12, 0, 50)
    MID["p057"] = plain_mid("p057", "pearson.com")
    t = """Dear Takuya Ishikawa,

This is a reminder that your exam is coming up.

Exam: SAA-C03: AWS Certified Solutions Architect - Associate
Date and time: Thursday, March 27, 2025, 1:00 PM JST
Registration number: 482019375
Test center: Pearson Professional Centers - Tokyo Shinjuku

Please confirm you have acceptable identification. Your ID must exactly match the name on your exam registration: Takuya Isikawa.
If the name does not match, you may be turned away and lose your exam fee.

Pearson VUE
"""
    add("unrelated", False, None, [], [("Delivered-To", ME_P)] + gmail_rcv("mx0b-pearson.pphosted.com", "148.163.155.90", ME_P, w) +
        gmail_auth("pearson.com", "pearsonvuereminder@pearson.com", "148.163.155.90", policy="REJECT") + [
        ("From", addr("Pearson VUE", "PearsonVUEReminder@pearson.com")),
        ("To", ME_P),
        ("Subject", "Reminder: your AWS exam appointment on March 27"),
        ("Date", fmt(w, -5)),
        ("Message-ID", MID["p057"])],
        leaf(t, cs="us-ascii", cte="7bit"))

    # 058 farewell party invitation from a colleague
    w = jst(2025, 3, 22, 11, 14, 0)
    MID["m058"] = outlook_mid("m058")
    t = """クラウド基盤グループの皆さん

山本です。3月末で退職される石川さんの送別会を企画しました。

日時: 3月26日(水)19:00〜
場所: 新宿「炉端 かえで」(新宿駅南口 徒歩3分)
会費: 5,000円(当日集金)

参加可否を 3/24(月)までにこのメールへの返信でお知らせください。
石川さんご本人は会費不要です!

山本
"""
    add("unrelated", False, None, [], [
        ("From", addr("山本 美香", "m.yamamoto@sorano-tech.co.jp")),
        ("To", "cloud-infra@sorano-tech.co.jp"),
        ("Cc", addr("石川 拓也", ME_C)),
        ("Subject", h("【ご案内】石川さん送別会(3/26)", "iso-2022-jp")),
        ("Date", fmt(w)),
        ("Message-ID", MID["m058"]),
        ("Content-Language", "ja-JP")],
        leaf(t, cs="ISO-2022-JP", cte="7bit"))

# ---------------------------------------------------------------- 059-069
T060 = """Hello,

Sorry for the late reply, I missed the earlier message from Aoki-san.

1. Name as printed in my passport: ISHIKAWA TAKUYA (surname ISHIKAWA, given name TAKUYA)
2. Please show it as given name first: Takuya Ishikawa

Candidate ID %s. I have an exam on March 27, so if the name could be fixed before then that would help a lot.

Best regards,
Takuya Ishikawa
""" % NEW_ID

def part8():
    # 059 case E closed for no answer; a reply reopens it
    w = jst(2025, 3, 24, 10, 30, 4)
    MID["e059"] = ses_mid("e059")
    t = """Hello,

Case %s has been closed because we did not receive the information we asked for on March 13.

If you still need the name on your certification account corrected, reply to this email within 14 days with the details requested and the case will reopen automatically. After that, please submit a new request through the contact form.

Thank you for contacting AWS Training and Certification.
""" % CASE_E
    add("closing_notice", True, CASE_E, [], ses_in(ME_P, w, "e059") + [
        ("From", TC),
        ("To", ME_P),
        ("Subject", "RE:[CASE %s] %s" % (CASE_E, SUBJ_E)),
        ("Date", fmt(w, 0)),
        ("Message-ID", MID["e059"])] + thread("e059", ["e035", "e038", "e056"]),
        multi("alternative", [leaf(t, cs="us-ascii", cte="7bit"), leaf(p2html(t), "html")], "e059"), crlf=True)

    # 060 owner answers case E
    w = jst(2025, 3, 24, 20, 3, 55)
    MID["u060"] = gmail_mid("u060")
    t = T060 + "\nOn Mon, Mar 24, 2025 at 10:30 AM <%s> wrote:\n" % TC + q("Case %s has been closed because we did not receive the information we asked for on March 13.\n[...]" % CASE_E) + "\n"
    add("user_reply", False, CASE_E, ids(T060), [
        ("From", addr(ME_NAME, ME_P)),
        ("To", TC),
        ("Subject", "Re: RE:[CASE %s] %s" % (CASE_E, SUBJ_E)),
        ("Date", fmt(w)),
        ("Message-ID", MID["u060"])] + thread("u060", ["e035", "e038", "e056", "e059"]),
        leaf(t, cs="UTF-8", cte="quoted-printable"))

    # 061 case E reopened, passed on, nothing asked
    w = jst(2025, 3, 25, 9, 10, 21)
    MID["e061"] = ses_mid("e061")
    t = """Hello Takuya,

Thank you for the details. I've reopened case %s and sent the correction to our certification records team.

Name changes are normally applied within 3 to 5 business days. I've flagged your March 27 exam so the team can try to finish before then, though I can't promise it. New certificates are generated automatically once the change is made, and I will write to you again at that point.

Sofia L.
AWS Training and Certification Customer Support
""" % CASE_E
    add("case_update", False, CASE_E, [], ses_in(ME_P, w, "e061") + [
        ("From", addr("AWS Training and Certification", TC)),
        ("To", ME_P),
        ("Subject", "RE:[CASE %s] %s" % (CASE_E, SUBJ_E)),
        ("Date", fmt(w, 0)),
        ("Message-ID", MID["e061"])] + thread("e061", ["e038", "e056", "e059", "u060"]),
        multi("alternative", [leaf(t), leaf(p2html(t) .replace("</body>", "<blockquote>%s</blockquote></body>" % esc(T060).replace("\n", "<br>")), "html")], "e061"))

    # 062 owner's farewell mail to the company list (sent copy)
    w = jst(2025, 3, 27, 17, 30, 0)
    MID["u062"] = outlook_mid("u062")
    t = """各位

クラウド基盤グループの石川です。
私事で恐縮ですが、3月31日をもちまして退職することとなりました。
最終出社日は明日3月28日です。

在職中は大変お世話になりました。本番環境の運用手順は木村さんに引き継いでいます。

今後のご連絡は下記の個人アドレスまでお願いいたします。
ishikawa.takuya88@gmail.com

皆さまのますますのご活躍をお祈りしております。

石川 拓也
"""
    add("user_reply", False, None, [], [
        ("From", addr("石川 拓也", ME_C)),
        ("To", "all-staff@sorano-tech.co.jp"),
        ("Subject", h("退職のご挨拶", "iso-2022-jp")),
        ("Date", fmt(w)),
        ("Message-ID", MID["u062"]),
        ("Content-Language", "ja-JP")],
        leaf(t, cs="ISO-2022-JP", cte="7bit"))

    # 063 recertification (certification program mail)
    w = jst(2025, 3, 28, 7, 12, 30)
    MID["c063"] = plain_mid("c063", "certmetrics.com")
    t = """Hello Takuya Ishikawa,

Well done! You passed the AWS Certified Solutions Architect - Associate exam on March 27, 2025, and your certification is now valid until March 27, 2028.

Candidate ID: %s
Validation number: 6RQ1XKJ2CN4E1Y3S

Your digital badge will arrive from Credly shortly, and your updated certificate is in your AWS Certification Account.

AWS Certification
""" % NEW_ID
    add("certification", False, None, ids(t), [("Delivered-To", ME_P)] + gmail_rcv("mta-02.certmetrics.com", "198.51.100.22", ME_P, w) +
        gmail_auth("certmetrics.com", "do-not-reply@certmetrics.com", "198.51.100.22", sel="cm1", policy="NONE") + [
        ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")),
        ("To", ME_P),
        ("Subject", "You've recertified: AWS Certified Solutions Architect - Associate"),
        ("Date", fmt(w, -5)),
        ("Message-ID", MID["c063"])],
        multi("alternative", [leaf(t), leaf(p2html(t), "html")], "c063"))

    # 064 Credly badge for the renewed certification
    w = jst(2025, 3, 28, 7, 40, 11)
    MID["k064"] = plain_mid("k064", "credly.com")
    html = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<h2>Congratulations, Takuya!</h2>
<p>Amazon Web Services Training and Certification has issued you a new badge: <b>AWS Certified Solutions Architect &ndash; Associate</b> (expires March 2028).</p>
<p>Your previous badge for this certification has been replaced.</p>
<p><a href="https://www.credly.com/earner/earned/badge/c4d0b2f7-6e18-42aa-9d35-0fe1b7a62c85">View and share your badge</a></p>
<p style="font-size:11px;color:#777">Credly &middot; Manage email preferences in your account settings.</p>
</body></html>
"""
    add("badge", False, None, [], [("Delivered-To", ME_P)] + gmail_rcv("o1.email.credly.com", "167.89.21.14", ME_P, w) +
        gmail_auth("credly.com", "bounces+3918402@em.credly.com", "167.89.21.14", sel="s1", policy="REJECT") + [
        ("From", addr("Credly", "admin@credly.com")),
        ("To", ME_P),
        ("Subject", "Your badge has been renewed"),
        ("Date", fmt(w, 0)),
        ("Message-ID", MID["k064"])],
        leaf(html, "html", cte="quoted-printable"), crlf=True)

    # 065 case E resolved; quotes the Japanese request and the owner's answer
    w = jst(2025, 3, 31, 10, 20, 9)
    MID["e065"] = ses_mid("e065")
    new = """Hello Takuya,

Your name now reads "Takuya Ishikawa" throughout your certification account. Certificates were regenerated with the corrected spelling and can be downloaded from your account; Credly badges will follow within 48 hours.

Should you spot the old spelling anywhere, let us know by replying to this email.

Sofia L.
AWS Training and Certification Customer Support
"""
    t = new + "\nOn 2025/03/24 11:03, Takuya Ishikawa wrote:\n" + q(T060) + "\n\nOn 2025/03/13 02:00, AWS Training and Certification wrote:\n" + q(T038) + "\n"
    add("resolved", False, CASE_E, ids(new), ses_in(ME_P, w, "e065") + [
        ("From", addr("AWS Training and Certification", TC)),
        ("To", ME_P),
        ("Subject", "RE:[CASE %s] %s" % (CASE_E, SUBJ_E)),
        ("Date", fmt(w, 0)),
        ("Message-ID", MID["e065"])] + thread("e065", ["e038", "e059", "u060", "e061"]),
        leaf(t, cte="quoted-printable"))

def part9():
    # 066 bounce: mail to the closed company mailbox
    w = jst(2025, 4, 1, 9, 15, 40)
    MID["u066orig"] = gmail_mid("u066orig")
    MID["n066"] = "<%s.%s@mx.google.com>" % (hx("n066", 20), hx("n066b", 6))
    t = """** Address not found **

Your message wasn't delivered to t.ishikawa@sorano-tech.co.jp because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient t.ishikawa@sorano-tech.co.jp not found by SMTP address lookup
"""
    ds = """Reporting-MTA: dns; googlemail.com
Arrival-Date: %s

Final-Recipient: rfc822; t.ishikawa@sorano-tech.co.jp
Action: failed
Status: 5.1.10
Remote-MTA: dns; sorano-tech-co-jp.mail.protection.outlook.com. (52.101.228.4, the server for the domain sorano-tech.co.jp.)
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
Last-Attempt-Date: %s
""" % (fmt(w - timedelta(seconds=3), -7), fmt(w, -7))
    orig = """From: Takuya Ishikawa <%s>
Date: %s
Subject: test
To: %s
Message-ID: %s
""" % (ME_P, fmt(w - timedelta(seconds=4)), ME_C, MID["u066orig"])
    b = "00000000000077%s" % hx("n066", 12)
    body = "--%s\nContent-Type: multipart/related; boundary=\"%s_r\"\n\n--%s_r\nContent-Type: text/plain; charset=\"UTF-8\"\nContent-Transfer-Encoding: 7bit\n\n%s\n--%s_r--\n--%s\nContent-Type: message/delivery-status\n\n%s\n--%s\nContent-Type: text/rfc822-headers\n\n%s\n--%s--\n" % (b, b, b, t, b, b, ds, b, orig, b)
    add("unrelated", False, None, [], [("Delivered-To", ME_P),
        ("Received", "by 2002:a05:6a10:9f0b:b0:5a1:3c2e:10d4 with SMTP id %s;\n        %s" % (hx("n066r", 10), fmt(w, -7))),
        ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"),
        ("To", ME_P),
        ("Auto-Submitted", "auto-replied"),
        ("Subject", "Delivery Status Notification (Failure)"),
        ("References", MID["u066orig"]),
        ("In-Reply-To", MID["u066orig"]),
        ("X-Failed-Recipients", ME_C),
        ("Date", fmt(w, -7)),
        ("Message-ID", MID["n066"])],
        ([("Content-Type", 'multipart/report; boundary="%s"; report-type=delivery-status' % b)], body))

    # 067 Japanese satisfaction survey for case E
    w = jst(2025, 4, 2, 10, 0, 2)
    MID["s067"] = ses_mid("s067")
    t = """石川 拓也 様

先日は AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。
ケース %s の対応について、簡単なアンケートにご協力いただけますでしょうか。
所要時間は 2 分ほどです。

アンケートに回答する:
https://survey.aws.training/s/cs?c=%s&lang=ja

いただいたご意見は、サービス向上のために活用させていただきます。
なお、このメールは送信専用アドレスから配信しております。

AWS トレーニングと認定
""" % (CASE_E, CASE_E)
    add("survey", False, CASE_E, [], ses_in(ME_P, w, "s067") + [
        ("From", addr("AWS トレーニングと認定", "aws-tc-feedback@amazon.com")),
        ("To", ME_P),
        ("Subject", h("サポート対応に関するアンケートのお願い(ケース %s)" % CASE_E)),
        ("Date", fmt(w, 0)),
        ("Message-ID", MID["s067"])],
        multi("alternative", [leaf(t, cte="base64"), leaf(p2html(t), "html", cte="base64")], "s067"))

    # 068 fake Credly
    w = jst(2025, 4, 3, 3, 44, 19)
    MID["x068"] = plain_mid("x068", "credly-badgecenter.com")
    html = """<html><body style="font-family:Arial">
<p><img src="http://credly-badgecenter.com/assets/logo.png" alt="Credly"></p>
<p>Hi Takuya,</p>
<p>Because your AWS Certification accounts were merged, the badges on your Credly profile are flagged as <b>unverified</b> and will be revoked on <b>April 5, 2025</b>.</p>
<p>To keep them, confirm ownership by signing in with the AWS Builder ID linked to your certifications:</p>
<p><a href="http://credly-badgecenter.com/aws/confirm?id=3f9c0a2e">Confirm my badges</a></p>
<p>Credly Trust &amp; Safety</p>
</body></html>
"""
    add("suspicious", False, None, [], [("Delivered-To", ME_P)] + gmail_rcv("vps-7781.hostsrv-eu.net", "91.215.85.140", ME_P, w) +
        [("Authentication-Results", "mx.google.com;\n       spf=softfail (google.com: domain of transitioning notify@credly-badgecenter.com does not designate 91.215.85.140 as permitted sender) smtp.mailfrom=notify@credly-badgecenter.com;\n       dmarc=none header.from=credly-badgecenter.com")] + [
        ("From", addr("Credly", "notify@credly-badgecenter.com")),
        ("To", ME_P),
        ("Subject", "Action needed: your AWS badges will be revoked on April 5"),
        ("Date", fmt(w, 0)),
        ("Message-ID", MID["x068"])],
        leaf(html, "html", cs="iso-8859-1", cte="quoted-printable"))

    # 069 AWS Partner Central: user removed (other AWS program)
    w = jst(2025, 4, 4, 16, 20, 33)
    MID["n069"] = ses_mid("n069")
    t = """Hello Takuya Ishikawa,

Your AWS Partner Central user has been removed from Sorano Tech Co., Ltd. by the organization's alliance lead.

What this means:
- You can no longer sign in to Partner Central as a member of Sorano Tech Co., Ltd.
- Training and certifications you earn from now on will not be attributed to this partner.

If you believe this was a mistake, contact the alliance lead of your organization.

AWS Partner Network
""" + AWS_FOOT
    add("unrelated", False, None, [], ses_in(ME_P, w, "n069") + [
        ("From", addr("AWS Partner Network", "apn-notifications@amazon.com")),
        ("To", ME_P),
        ("Subject", "Your AWS Partner Central access has changed"),
        ("Date", fmt(w, 0)),
        ("Message-ID", MID["n069"])],
        leaf(t, cs="UTF-8", cte="quoted-printable"))


def main():
    for f in glob.glob(os.path.join(HERE, "[0-9][0-9][0-9]-msg.*")):
        os.remove(f)
    t007 = part1()
    part1b(t007)
    part2()
    part3()
    part4()
    part5()
    part5b()
    part6()
    part7()
    part8()
    part9()
    counts = {}
    for i, m in enumerate(MSGS, 1):
        base = os.path.join(HERE, "%03d-msg" % i)
        with open(base + ".eml", "wb") as fh:
            fh.write(render(m))
        label = {"kind": m["kind"], "needs_reply": m["needs_reply"], "case": m["case"], "candidate_ids": m["candidate_ids"]}
        with open(base + ".json", "w", encoding="utf-8") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
        counts[m["kind"]] = counts.get(m["kind"], 0) + 1
    for k in sorted(counts):
        print("%-22s %d" % (k, counts[k]))
    print("%-22s %d" % ("total", len(MSGS)))
    print("%-22s %d" % ("needs_reply", sum(m["needs_reply"] for m in MSGS)))

if __name__ == "__main__":
    main()
