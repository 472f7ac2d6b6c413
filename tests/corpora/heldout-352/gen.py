#!/usr/bin/env python3
"""Write the blind corpus: NNN-msg.eml + NNN-msg.json next to this script.

Standard library only.  Every message is assembled by hand so that the
transfer encodings, charsets and line endings are exactly what we ask for.
"""
import base64
import hashlib
import json
import os
import quopri
from collections import Counter
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr, parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

ME_NAME = "Ryota Sakisaka"
ME_P = "ryota.sakisaka.dev@gmail.com"        # personal (Gmail)
ME_C = "r-sakisaka@hoshizora-tech.co.jp"     # company (Microsoft 365)

TC = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"
CERTM = "do-not-reply@certmetrics.com"

CASE_A = "174398458100517"   # merge company -> personal (APN), reopened later
CASE_B = "174398886703962"   # duplicate form for the same merge
CASE_C = "14297305816"       # Support Center (console) case: missing voucher
CASE_D = "174658945900284"   # Japanese: name romanisation on certificate
CASE_E = "8164402937"        # 2021 case, only seen in a forward
CASE_F = "174832269800731"   # badge not issued, on hold for a platform issue

CID_OLD = "AWS02749318"      # company certification account
CID_NEW = "AWS06631057"      # personal certification account

JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))

MESSAGES = []      # (date, raw text with \n, linesep, label)
MSGIDS = {}        # key -> Message-ID


# ---------------------------------------------------------------- helpers
def when(s, tz=JST):
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)


def mid(key, domain):
    h = hashlib.sha1(key.encode()).hexdigest()
    if domain == "gmail":
        v = "<CAK%s%s@mail.gmail.com>" % (h[:10].upper(), base64.b32encode(h[10:25].encode()).decode()[:22].replace("=", ""))
    elif domain == "outlook":
        v = "<TYWPR01MB%s%s@TYWPR01MB%s.jpnprd01.prod.outlook.com>" % (h[:4].upper(), h[4:20].upper(), h[:4].upper())
    elif domain == "ses":
        v = "<010001%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (h[:10], h[10:18], h[18:22], h[22:26], h[26:38])
    elif domain == "sf":
        v = "<%s.%s@sfdc.net>" % (h[:20], h[20:28])
    else:
        v = "<%s.%s@%s>" % (h[:16], h[16:24], domain)
    MSGIDS[key] = v
    return v


def addr(name, email, cs="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, cs).encode(), email)


def hdr(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs, maxlinelen=76).encode()


def encode_body(text, cs, cte):
    b = text.encode(cs)
    if cte in ("7bit", "8bit"):
        return b.decode(cs if cte == "8bit" else "ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(b).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(b).decode("ascii")
    raise ValueError(cte)


def textpart(text, subtype="plain", cs="utf-8", cte="quoted-printable", extra=None):
    if not text.endswith("\n"):
        text += "\n"
    h = [("Content-Type", 'text/%s; charset="%s"' % (subtype, cs)),
         ("Content-Transfer-Encoding", cte)]
    if extra:
        h += extra
    return (h, encode_body(text, cs, cte))


def multipart(subtype, parts, boundary):
    h = [("Content-Type", 'multipart/%s;\n\tboundary="%s"' % (subtype, boundary))]
    out = []
    for ph, pb in parts:
        out.append("--" + boundary)
        out += ["%s: %s" % kv for kv in ph]
        out.append("")
        out.append(pb.rstrip("\n"))
    out.append("--" + boundary + "--")
    return (h, "\n".join(out) + "\n")


def html_wrap(inner, lang="en"):
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta charset="utf-8"></head>\n'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n'
            '%s\n</body></html>\n') % (lang, inner)


def add(kind, reply, case, cids, headers, entity, crlf=False):
    """headers: list of (name, value); entity: (mime headers, body)."""
    label = {"kind": kind, "needs_reply": bool(reply), "case": case,
             "candidate_ids": list(cids)}
    lines = ["%s: %s" % kv for kv in headers]
    lines.append("MIME-Version: 1.0")
    lines += ["%s: %s" % kv for kv in entity[0]]
    raw = "\n".join(lines) + "\n\n" + entity[1]
    date = parsedate_to_datetime(dict(headers)["Date"])
    MESSAGES.append((date, raw, "\r\n" if crlf else "\n", label))


def gmail_in(frm_domain, mailfrom, dkim="pass", dmarc="pass", spf="pass", to=ME_P, policy="QUARANTINE"):
    """Headers Gmail adds to incoming mail for the personal address."""
    return [
        ("Delivered-To", to),
        ("Authentication-Results",
         "mx.google.com;\n       dkim=%s header.i=@%s header.s=%s;\n"
         "       spf=%s (google.com: domain of %s designates 54.240.%d.%d as permitted sender) smtp.mailfrom=%s;\n"
         "       dmarc=%s (p=%s sp=%s dis=NONE) header.from=%s"
         % (dkim, frm_domain, "a3k7vq2" if dkim == "pass" else "sel1", spf, mailfrom,
            len(mailfrom) % 40 + 10, len(frm_domain) * 7 % 250, mailfrom, dmarc, policy, policy, frm_domain)),
    ]


def m365_in(frm_domain, mailfrom, dkim="pass", dmarc="pass", spf="pass"):
    """Headers Exchange Online adds for the company address."""
    act = "none" if dmarc == "pass" else "quarantine"
    return [
        ("Authentication-Results",
         "spf=%s (sender IP is 54.240.27.%d)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n"
         " header.d=%s;dmarc=%s action=%s header.from=%s;compauth=%s reason=%s"
         % (spf, len(mailfrom) % 200, mailfrom, dkim, frm_domain, dmarc, act, frm_domain,
            "pass" if dmarc == "pass" else "fail", "100" if dmarc == "pass" else "000")),
        ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
    ]


def ses_mailfrom(key):
    h = hashlib.md5(key.encode()).hexdigest()
    return "0100%s@email.amazonses.com" % h[:24]


def write_all():
    for name in os.listdir(HERE):
        if name.endswith("-msg.eml") or name.endswith("-msg.json"):
            os.remove(os.path.join(HERE, name))
    counts = Counter()
    replies = 0
    ordered = sorted(MESSAGES, key=lambda m: m[0])   # mailbox arrival order
    for i, (_, raw, sep, label) in enumerate(ordered, 1):
        data = raw.replace("\r\n", "\n").replace("\n", sep).encode("utf-8")
        with open(os.path.join(HERE, "%03d-msg.eml" % i), "wb") as f:
            f.write(data)
        with open(os.path.join(HERE, "%03d-msg.json" % i), "w", encoding="utf-8") as f:
            json.dump(label, f, ensure_ascii=False)
            f.write("\n")
        counts[label["kind"]] += 1
        replies += label["needs_reply"]
    for k in sorted(counts):
        print("%-22s %d" % (k, counts[k]))
    print("%-22s %d" % ("TOTAL", len(MESSAGES)))
    print("%-22s %d" % ("needs_reply", replies))


# footers reused by the Support Center (console) mails
def console_footer(case):
    return ("\nTo see all the communications and take action on this case, sign in to the Support Center:\n"
            "https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en\n\n"
            "*Please note: this e-mail was sent from an address that cannot accept incoming e-mails. "
            "To respond to this case, use the link above to update the case in the Support Center.*\n\n"
            "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered "
            "trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web "
            "Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n" % case)


# ================================================================ messages
def m001():
    t = when("2025-04-01 18:42:10", UTC)
    body = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:

Total: $14.87

Account ID: 384910275563

You can see a complete break down of all charges on the Bills page of the Billing and Cost Management console:

https://console.aws.amazon.com/billing/home#/bills?year=2025&month=3

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210. AWS will not be bound by, and specifically objects to, any term, condition or other provision which is different from or in addition to the provisions of the AWS Customer Agreement.
"""
    h = [("Return-Path", "<%s>" % ses_mailfrom("m001"))]
    h += gmail_in("amazon.com", ses_mailfrom("m001"))
    h += [("From", addr("Amazon Web Services", CONSOLE)),
          ("To", ME_P),
          ("Subject", "Amazon Web Services Billing Statement Available [Account: 384910275563]"),
          ("Date", format_datetime(t)),
          ("Message-ID", mid("m001", "ses"))]
    add("unrelated", False, None, [], h, textpart(body, cte="7bit"))


def m002():
    t = when("2025-04-02 16:05:33", UTC)
    txt = """Hello Ryota,

Your AWS Certified Solutions Architect \u2013 Associate certification will expire on July 6, 2025.

Candidate ID: AWS02749318

To keep your certification active, you can pass the current version of the exam, or pass a higher-level exam in the same path. Recertifying before the expiry date means your validation continues without a gap.

Need to prepare? AWS Skill Builder offers exam prep courses and official practice question sets.

Manage your certification account: https://www.aws.training/certification

AWS Certification
"""
    html = html_wrap("""<p>Hello Ryota,</p>
<p>Your <b>AWS Certified Solutions Architect &ndash; Associate</b> certification will expire on <b>July 6, 2025</b>.</p>
<p style="color:#545b64">Candidate ID: AWS02749318</p>
<p>To keep your certification active, you can pass the current version of the exam, or pass a higher-level exam in the same path.
Recertifying before the expiry date means your validation continues without a gap.</p>
<p>Need to prepare? AWS Skill Builder offers exam prep courses and official practice question sets.</p>
<p><a href="https://www.aws.training/certification">Manage your certification account</a></p>
<p>AWS Certification</p>""")
    ent = multipart("alternative", [textpart(txt), textpart(html, "html")], "----=_Part_88231_1920734.1743609933210")
    mf = "bounce-71_HTML-88231@bounce.certmetrics.com"
    h = [("Return-Path", "<%s>" % mf)]
    h += m365_in("certmetrics.com", "bounce.certmetrics.com")
    h += [("From", addr("AWS Certification", CERTM)),
          ("To", ME_C),
          ("Subject", "Reminder: your AWS Certification expires in 90 days"),
          ("Date", format_datetime(t)),
          ("Message-ID", mid("m002", "certmetrics.com"))]
    add("certification", False, None, [CID_OLD], h, ent, crlf=True)


def m003():
    t = when("2025-04-03 11:27:48", JST)
    txt = """Merged #212 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/hoshizora/infra-modules/pull/212#event-17264539910
You are receiving this because you were mentioned.

Message ID: <hoshizora/infra-modules/pull/212/issue_event/17264539910@github.com>
"""
    html = html_wrap("""<p>Merged <a href="https://github.com/hoshizora/infra-modules/pull/212">#212</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly,
<a href="https://github.com/hoshizora/infra-modules/pull/212#event-17264539910">view it on GitHub</a>.<br />
You are receiving this because you were mentioned.</p>""")
    ent = multipart("alternative", [textpart(txt, cte="7bit"), textpart(html, "html", cte="7bit")],
                    "--==_mimepart_67edf25c8e2a1_3b2c10c41985b")
    h = m365_in("github.com", "github.com")
    h += [("From", addr("Mika Oyamada", "notifications@github.com")),
          ("Reply-To", "hoshizora/infra-modules <reply+AAKX3QW2Z7Q@reply.github.com>"),
          ("To", "hoshizora/infra-modules <infra-modules@noreply.github.com>"),
          ("Cc", addr(ME_NAME, ME_C) + ", Mention <mention@noreply.github.com>"),
          ("Subject", "Re: [hoshizora/infra-modules] Merge the two account-baseline modules into one (PR #212)"),
          ("Date", format_datetime(t)),
          ("Message-ID", "<hoshizora/infra-modules/pull/212/issue_event/17264539910@github.com>"),
          ("In-Reply-To", "<hoshizora/infra-modules/pull/212@github.com>"),
          ("References", "<hoshizora/infra-modules/pull/212@github.com>"),
          ("X-GitHub-Reason", "mention")]
    add("unrelated", False, None, [], h, ent)


def m004():
    t = when("2025-04-04 23:51:02", JST)
    txt = """自分用メモ(マージ前に控えておく)

会社アカウント: r-sakisaka@hoshizora-tech.co.jp / 候補ID AWS02749318
  - SAA (2022/07 取得, 2025/07/06 失効予定)
  - DVA (2023/11)
  - 特典: 50%割引バウチャー 1枚 (未使用)
個人アカウント: ryota.sakisaka.dev@gmail.com / AWS06631057 (Builder ID で作成済み、中身は空)

証明書PDFはDriveの「cert-backup」に保存済み。
最終出社 4/25。会社メールは4/25の夜に止まるので、それまでにフォーム申請すること。
"""
    html = "<div dir=\"ltr\">" + txt.replace("\n", "<br>\n") + "</div>\n"
    ent = multipart("alternative", [textpart(txt, cte="base64"), textpart(html, "html", cte="quoted-printable")],
                    "000000000000a41c9e0631f2c6d1")
    h = [("From", addr(ME_NAME, ME_P)),
         ("To", addr(ME_NAME, ME_P)),
         ("Subject", hdr("メモ: 認定アカウント統合の前に")),
         ("Date", format_datetime(t)),
         ("Message-ID", mid("m004", "gmail"))]
    add("user_reply", False, None, [CID_OLD, CID_NEW], h, ent)


def m005():
    t = when("2025-04-06 02:13:27", UTC)
    txt = """Verify your AWS Builder ID email address

Hello,

Use the verification code below to finish creating your AWS Builder ID. The code is valid for 30 minutes.

Verification code: 482913

If you didn't try to create an AWS Builder ID, you can safely ignore this message.

Amazon Web Services
"""
    h = [("Return-Path", "<%s>" % ses_mailfrom("m005"))]
    h += gmail_in("signin.aws", ses_mailfrom("m005"))
    h += [("From", addr("AWS", "no-reply@signin.aws")),
          ("To", ME_P),
          ("Subject", "Verify your AWS Builder ID email address"),
          ("Date", format_datetime(t)),
          ("Message-ID", mid("m005", "ses"))]
    add("unrelated", False, None, [], h, textpart(txt, cte="7bit"))


def m006():
    t = when("2025-04-06 02:31:50", UTC)
    html = html_wrap("""<table width="600" cellpadding="0" cellspacing="0" style="margin:auto">
<tr><td style="background:#232f3e;color:#fff;padding:16px;font-size:20px">AWS Skill Builder</td></tr>
<tr><td style="padding:20px">
<p>Hi Ryota,</p>
<p>Welcome to AWS Skill Builder! Your learner profile is ready. Here are a few ways to get started:</p>
<ul><li>Browse more than 600 free digital courses</li>
<li>Try a learning plan for your role</li>
<li>Play AWS Cloud Quest and build solutions in a game world</li></ul>
<p><a href="https://skillbuilder.aws/">Start learning</a></p>
<p style="font-size:11px;color:#687078">You are receiving this email because you created an AWS Skill Builder profile.
This mailbox is not monitored.</p>
</td></tr></table>""")
    h = [("Return-Path", "<%s>" % ses_mailfrom("m006"))]
    h += gmail_in("aws.training", ses_mailfrom("m006"))
    h += [("From", addr("AWS Training and Certification", "no-reply@aws.training")),
          ("To", ME_P),
          ("Subject", "Welcome to AWS Skill Builder, Ryota"),
          ("Date", format_datetime(t)),
          ("Message-ID", mid("m006", "ses"))]
    add("unrelated", False, None, [], h, textpart(html, "html", cte="quoted-printable"))


SUBJ_FORM = "[AWS Training and Certification Form Submission] - account-assistance"


def m007():
    t = when("2025-04-07 00:10:12", UTC)
    txt = """Hello,

Thank you for reaching out to AWS Training and Certification. We have logged your request as case %s.

A member of our team reviews each request in the order received and normally replies within one business day. Some requests need input from another team and may take a little longer.

Opening a second form for the same request creates a separate queue entry and slows things down, so please keep all follow-up on this case: replying to this email adds your note to it.

Here is what you submitted:

Inquiry type: Certification
Additional details: Account Merge
Name: Ryota Sakisaka
Email: %s
Candidate ID: %s
How can we help you?: I am leaving Hoshizora Technologies at the end of April and would like to merge my company certification account (%s, %s) into my personal one (AWS06631057, %s). Please keep the personal address on file.

Sincerely,
AWS Training and Certification Customer Support
""" % (CASE_A, ME_C, CID_OLD, CID_OLD, ME_C, ME_P)
    mf = ses_mailfrom("m007")
    h = [("Return-Path", "<%s>" % mf)]
    h += m365_in("amazon.com", mf)
    h += [("From", addr("AWS Training and Certification", TC)),
          ("To", ME_C),
          ("Subject", "[CASE %s] %s" % (CASE_A, SUBJ_FORM)),
          ("Date", format_datetime(t)),
          ("Message-ID", mid("m007", "sf"))]
    add("acknowledgement", False, CASE_A, [CID_OLD, CID_NEW], h, textpart(txt, cte="quoted-printable"), crlf=True)


def m008():
    t = when("2025-04-07 01:21:40", UTC)
    txt = """AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。

以下の内容でお問い合わせを受け付け、ケース %s を作成いたしました。

  お問い合わせタイプ : AWS トレーニングと認定
  問題タイプ       : 認定
  その他の詳細     : アカウントの統合
  AWS 候補 ID       : %s
  お問い合わせ内容 : 退職に伴い、会社のメールアドレスで作成した認定アカウントを、このメールアドレスのアカウントにまとめたいです。

担当者が内容を確認のうえ、原則として 1 営業日以内にご連絡いたします。調査の内容によっては、さらにお時間をいただく場合がございます。

なお、同じご用件で複数のお問い合わせを送信されますと、確認に時間がかかり回答が遅れる原因となります。あらかじめご了承ください。

AWS トレーニングと認定 カスタマーサポート
""" % (CASE_B, CID_NEW)
    html = html_wrap(txt.replace("\n", "<br>\n"), "ja")
    ent = multipart("alternative", [textpart(txt, cte="base64"), textpart(html, "html", cte="base64")],
                    "----=_Part_41207_66310844.1743988900417")
    mf = ses_mailfrom("m008")
    h = [("Return-Path", "<%s>" % mf)]
    h += gmail_in("amazon.com", mf)
    h += [("From", addr("AWS Training and Certification", TC)),
          ("To", ME_P),
          ("Subject", "[CASE %s] %s" % (CASE_B, SUBJ_FORM)),
          ("Date", format_datetime(t)),
          ("Message-ID", mid("m008", "sf"))]
    add("acknowledgement", False, CASE_B, [CID_NEW], h, ent)


def m009():
    t = when("2025-04-07 13:02:19", JST)
    txt = """坂崎さん

お疲れさまです。大山田です。
送別会の件、4/23(水) 19:00〜 で店を押さえました。場所は神田の「炉端 こまち」です。
参加者はインフラチーム全員+営業の野々村さんの予定です。

都合が悪ければ早めに教えてください。

大山田
"""
    h = [("From", addr("大山田 美佳", "m-oyamada@hoshizora-tech.co.jp", "iso-2022-jp")),
         ("To", addr("坂崎 亮太", ME_C, "iso-2022-jp")),
         ("Subject", hdr("送別会の日程について", "iso-2022-jp")),
         ("Date", format_datetime(t)),
         ("Message-ID", mid("m009", "outlook")),
         ("X-Mailer", "Microsoft Outlook 16.0")]
    add("unrelated", False, None, [], h, textpart(txt, cs="iso-2022-jp", cte="7bit"))


def m010():
    t = when("2025-04-07 09:18:04", UTC)
    txt = """Hi Ryota,

Thanks for getting in touch. While reviewing this request I noticed it asks for the same account merge as case %s, which was opened about an hour earlier from your company address and is already assigned to one of my colleagues.

So that two agents don't work on the same accounts in parallel, I have closed this case (%s) and added a note to %s pointing to it. All further updates will come on that case.

There's nothing you need to do on this one.

Kind regards,
Tomasz W.
AWS Training and Certification
""" % (CASE_A, CASE_B, CASE_A)
    mf = ses_mailfrom("m010")
    h = [("Return-Path", "<%s>" % mf)]
    h += gmail_in("amazon.com", mf)
    h += [("From", addr("AWS Training and Certification", TC)),
          ("To", ME_P),
          ("Subject", "RE:[CASE %s] %s" % (CASE_B, SUBJ_FORM)),
          ("Date", format_datetime(t)),
          ("Message-ID", mid("m010", "sf")),
          ("In-Reply-To", MSGIDS["m008"]),
          ("References", MSGIDS["m008"])]
    add("case_update", False, CASE_B, [], h, textpart(txt, cte="7bit"))


HOLD_TXT = """Hello Ryota,

Thank you for your patience while I looked into this.

The certification account registered to r-sakisaka@hoshizora-tech.co.jp (AWS02749318) is linked to an AWS Partner Network (APN) organization, Hoshizora Technologies, Inc. Certifications held on that account count toward the partner's program requirements, so we cannot move its records out of the partner organization while the account holder is still an active employee there. I have therefore put the merge on hold for the moment.

The hold ends either when the partner's alliance lead removes your profile in Partner Central, or once you have left the company. Your request mentions that you are leaving at the end of April: can you tell us your last working day at Hoshizora Technologies, and confirm that you will have no association with this partner after that date?

With that information we can pick the merge back up.

Best regards,
Daniel R.
AWS Training and Certification Customer Support
"""


def m011():
    t = when("2025-04-08 09:12:37", UTC)
    html = html_wrap("".join("<p>%s</p>\n" % p.replace("\n", "<br>") for p in HOLD_TXT.strip().split("\n\n")))
    ent = multipart("alternative", [textpart(HOLD_TXT), textpart(html, "html")],
                    "----=_Part_52210_903716655.1744103557902")
    mf = ses_mailfrom("m011")
    h = [("Return-Path", "<%s>" % mf)]
    h += m365_in("amazon.com", mf)
    h += [("From", addr("AWS Training and Certification", TC)),
          ("To", ME_C),
          ("Subject", "RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM)),
          ("Date", format_datetime(t)),
          ("Message-ID", mid("m011", "sf")),
          ("In-Reply-To", MSGIDS["m007"]),
          ("References", MSGIDS["m007"])]
    add("on_hold", True, CASE_A, [CID_OLD], h, ent, crlf=True)


def m012():
    t = when("2025-04-08 01:00:05", UTC)
    html = html_wrap("""<table width="640" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="https://d1.awsstatic.com/summit/japan/2025/hero-640.png" alt="AWS Summit Japan 2025" width="640"></td></tr>
<tr><td style="padding:24px">
<h1 style="font-size:22px">AWS Summit Japan 2025 参加登録受付中</h1>
<p>日本最大の AWS を学ぶイベントが今年も幕張メッセで開催されます。基調講演、150 以上のセッション、
AWS 認定者ラウンジなど、2 日間にわたって最新情報をお届けします。</p>
<p>AWS 認定をお持ちの方は、会場の認定者ラウンジで限定ノベルティをお受け取りいただけます。</p>
<p style="text-align:center"><a href="https://aws.amazon.com/jp/summits/japan/?trk=em_summit25" style="background:#ff9900;color:#000;padding:12px 24px;text-decoration:none">今すぐ登録する</a></p>
<p style="font-size:11px;color:#687078">このメールは配信専用アドレスから送信されています。配信停止は<a href="https://pages.awscloud.com/communication-preferences">こちら</a>。<br>
Amazon Web Services Japan G.K., 目黒セントラルスクエア, 東京都品川区上大崎 3-1-1</p>
</td></tr></table>""", "ja")
    mf = "aws-marketing-bounces@marketing.awscloud.com"
    h = [("Return-Path", "<%s>" % mf)]
    h += gmail_in("amazon.com", mf)
    h += [("From", addr("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com")),
          ("To", ME_P),
          ("Subject", hdr("【参加登録受付中】AWS Summit Japan 2025 のご案内")),
          ("Date", format_datetime(t)),
          ("Message-ID", mid("m012", "mkto.awscloud.com")),
          ("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe.html?mkt_tok=NjEyLUJE>")]
    add("unrelated", False, None, [], h, textpart(html, "html", cte="base64"))


def m013():
    t = when("2025-04-08 19:40:55", JST)
    quoted = "\n".join(HOLD_TXT.strip().split("\n"))
    txt = """Hello Daniel,

Thanks for checking so quickly.

My last working day at Hoshizora Technologies is Friday, April 25, 2025. From that day on I won't be associated with the company or its partner account, and this mailbox will be switched off the same evening.

My personal certification account is AWS06631057 (ryota.sakisaka.dev@gmail.com). That is the one I want to keep.

Best regards,
Ryota Sakisaka
Infrastructure Team, Hoshizora Technologies, Inc.

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Tuesday, April 8, 2025 6:12 PM
To: Ryota Sakisaka <%s>
Subject: RE:[CASE %s] %s

%s
""" % (TC, ME_C, CASE_A, SUBJ_FORM, quoted)
    html = html_wrap(txt.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n"))
    ent = multipart("alternative", [textpart(txt), textpart(html, "html")],
                    "_000_TYWPR01MB88214A0C3F1E2D9B7F0C6A11B9F12TYWPR01MB8821jpnp_")
    h = [("From", addr(ME_NAME, ME_C)),
         ("To", addr("AWS Training and Certification", TC)),
         ("Subject", "RE: [CASE %s] %s" % (CASE_A, SUBJ_FORM)),
         ("Thread-Topic", "[CASE %s] %s" % (CASE_A, SUBJ_FORM)),
         ("Thread-Index", "AQHbqF3k2Yc0l8mTq0uXvA1Zb0gWkw=="),
         ("Date", format_datetime(t)),
         ("Message-ID", mid("m013", "outlook")),
         ("In-Reply-To", MSGIDS["m011"]),
         ("References", "%s %s" % (MSGIDS["m007"], MSGIDS["m011"])),
         ("Content-Language", "en-US"),
         ("X-MS-Has-Attach", ""),
         ("X-Mailer", "Microsoft Outlook 16.0")]
    add("user_reply", False, CASE_A, [CID_NEW], h, ent, crlf=True)


INFO_WRITE_FROM = """Hi Ryota,

Thanks for confirming the date. That is what we needed to release the partner hold on our side.

There's one more step before I can prepare the merge. The account you'd like to keep is registered to ryota.sakisaka.dev@gmail.com, and this company mailbox will be closed soon, so the instruction has to come from the owner of the surviving account. Please reply to this case from ryota.sakisaka.dev@gmail.com, keeping the case number in the subject line, and tell us in your own words which account should remain.

Regards,
Daniel R.
AWS Training and Certification
"""


def m014():
    t = when("2025-04-09 01:14:09", UTC)
    mf = ses_mailfrom("m014")
    h = [("Return-Path", "<%s>" % mf)]
    h += m365_in("amazon.com", mf)
    h += [("From", addr("AWS Training and Certification", TC)),
          ("To", ME_C),
          ("Subject", "RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM)),
          ("Date", format_datetime(t)),
          ("Message-ID", mid("m014", "sf")),
          ("In-Reply-To", MSGIDS["m013"]),
          ("References", "%s %s %s" % (MSGIDS["m007"], MSGIDS["m011"], MSGIDS["m013"]))]
    add("info_request", True, CASE_A, [], h, textpart(INFO_WRITE_FROM, cte="quoted-printable"), crlf=True)


def m015():
    t = when("2025-04-09 04:47:31", UTC)
    txt = """Pearson VUE Confirmation of Booking

Dear Ryota Sakisaka,

Thank you for scheduling your AWS Certification exam with Pearson VUE. Please keep this email for your records.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Language: Japanese
Date and time: Saturday, May 24, 2025 at 10:00 AM JST
Location: Pearson Professional Centers-Tokyo Shinjuku, 2F, Nishi-Shinjuku 1-22-9, Shinjuku-ku, Tokyo
Registration ID: 472913806
Candidate ID: AWS06631057
Amount paid: JPY 45,000 (a 50% discount voucher was not applied)

Please arrive 30 minutes before your appointment and bring two forms of valid identification. If you need to reschedule or cancel, do so at least 24 hours before the appointment through your certification account.

Pearson VUE
"""
    mf = "bounces@pearsonvue.com"
    h = [("Return-Path", "<%s>" % mf)]
    h += gmail_in("pearson.com", mf, policy="REJECT")
    h += [("From", addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com")),
          ("To", ME_P),
          ("Subject", "Pearson VUE Confirmation of Booking, Reference: 472913806"),
          ("Date", format_datetime(t)),
          ("Message-ID", mid("m015", "pearsonvue.com"))]
    add("unrelated", False, None, [CID_NEW], h, textpart(txt, cte="7bit"))


def m016():
    t = when("2025-04-09 21:05:12", JST)
    pasted = "\n".join("> " + l if l else ">" for l in INFO_WRITE_FROM.strip().split("\n"))
    txt = """Hello Daniel,

As you asked, I'm writing from my personal address. Please merge everything from my company certification account into the account registered to this address (ryota.sakisaka.dev@gmail.com, candidate ID AWS06631057) and keep this address as the one on file.

I couldn't reply to your e-mail directly from here, so I've pasted it below.

Thank you,
Ryota Sakisaka

(your message of April 9, sent to r-sakisaka@hoshizora-tech.co.jp)
%s
""" % pasted
    html = '<div dir="ltr">' + txt.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n") + "</div>\n"
    ent = multipart("alternative", [textpart(txt), textpart(html, "html")], "0000000000007b3e1f0632529a1c")
    h = [("From", addr(ME_NAME, ME_P)),
         ("To", TC),
         ("Subject", "RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM)),
         ("Date", format_datetime(t)),
         ("Message-ID", mid("m016", "gmail"))]
    add("user_reply", False, CASE_A, [CID_NEW], h, ent)


def m017():
    t = when("2025-04-10 08:22:40", UTC)
    txt = """##- Please type your reply above this line -##

Your request (48213) has been solved. To reopen it, reply to this email.

Aleksandra (Nimbus DNS Support)

Apr 10, 2025, 08:22 UTC

Hi Ryota,

The CNAME flattening for apex records on sakisaka.dev is now applied on all edge nodes. It can take up to an hour for cached answers to expire. I'll mark this request as solved; if you still see the old answer tomorrow, just reply and it will reopen.

Cheers,
Aleksandra

Ryota Sakisaka

Apr 9, 2025, 13:01 UTC

Apex CNAME flattening doesn't seem to apply on sakisaka.dev; dig still shows the old A record.

This email is a service from Nimbus DNS Support. [8KQ2ZP-V4R1]
"""
    mf = "support+id48213@nimbusdns.zendesk.com"
    h = [("Return-Path", "<%s>" % mf)]
    h += gmail_in("nimbusdns.io", "nimbusdns.zendesk.com", policy="NONE")
    h += [("From", addr("Nimbus DNS Support", "support@nimbusdns.io")),
          ("Reply-To", addr("Nimbus DNS Support", "support+id48213@nimbusdns.zendesk.com")),
          ("To", addr(ME_NAME, ME_P)),
          ("Subject", "[Nimbus DNS] Re: Apex CNAME flattening not applied"),
          ("Date", format_datetime(t)),
          ("Message-ID", "<8KQ2ZP-V4R1_67f7800c3ad1e_5b1c9c1f8a6c@zendesk.com>"),
          ("X-Mailer", "Zendesk Mailer")]
    add("unrelated", False, None, [], h, textpart(txt, cte="quoted-printable"))


CONFIRM_ROWS = [
    ("Account #1", ME_P, ME_P, ME_P, CID_NEW),
    ("Account #2", ME_C, ME_C, ME_C, CID_OLD),
]


def confirm_table():
    rows = []
    for name, login, tr, ce, cid in CONFIRM_ROWS:
        rows.append('<tr><th colspan="2" style="text-align:left;background:#eaeded;padding:6px">%s</th></tr>\n'
                    '<tr><td style="padding:4px 8px">Login email</td><td>%s</td></tr>\n'
                    '<tr><td style="padding:4px 8px">Training notification email</td><td>%s</td></tr>\n'
                    '<tr><td style="padding:4px 8px">Certification notification email</td><td>%s</td></tr>\n'
                    '<tr><td style="padding:4px 8px">Candidate ID</td><td>%s</td></tr>' % (name, login, tr, ce, cid))
    return '<table border="1" cellspacing="0" style="border-collapse:collapse;border-color:#d5dbdb">\n%s\n</table>' % "\n".join(rows)


CONFIRM_HTML = """<p>Hello Ryota,</p>
<p>Thank you for writing to us from your personal address. I located two certification accounts that appear to belong to you:</p>
%s
<p>When two accounts are merged, the exam history, active certifications, digital badges and any unused benefits are moved onto the account that is kept, and the other one is deactivated. A merge cannot be reversed afterwards.</p>
<p>Could you verify that both accounts are yours and let me know that <b>Account #1</b> is the one you would like to keep? I will run the merge as soon as I have your go-ahead.</p>
<p>Best regards,<br>Priyanka S.<br>AWS Training and Certification Customer Support</p>""" % confirm_table()


def m018():
    t = when("2025-04-11 06:37:15", UTC)
    mf = ses_mailfrom("m018")
    h = [("Return-Path", "<%s>" % mf)]
    h += gmail_in("amazon.com", mf)
    h += [("From", addr("AWS Training and Certification", TC)),
          ("To", ME_P),
          ("Subject", "RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM)),
          ("Date", format_datetime(t)),
          ("Message-ID", mid("m018", "sf")),
          ("In-Reply-To", MSGIDS["m016"]),
          ("References", MSGIDS["m016"])]
    add("confirmation_request", True, CASE_A, [CID_NEW, CID_OLD], h,
        textpart(html_wrap(CONFIRM_HTML), "html", cte="quoted-printable"))


def m019():
    t = when("2025-04-11 22:03:48", UTC)
    html = html_wrap("""<p>Dear Customer,</p>
<p>Your account merge request (case 174398458100517) is awaiting <b>identity verification</b>. Because the source account belongs to an AWS Partner organization, AWS must confirm the identity of the account holder before records can be transferred.</p>
<p>Please sign in within <b>24 hours</b> using your AWS Builder ID credentials to complete verification. If verification is not completed, your certifications may be suspended.</p>
<p style="text-align:center"><a href="http://aws-training-verify.support-login.co/merge/verify?c=174398458100517" style="background:#ff9900;color:#000;padding:10px 20px;text-decoration:none">Verify my identity</a></p>
<p>Thank you,<br>AWS Training and Certification Team</p>""")
    mf = "postmaster@mail-srv7.support-login.co"
    h = [("Return-Path", "<%s>" % mf)]
    h += gmail_in("amazon.com", mf, dkim="fail", dmarc="fail", spf="softfail")
    h += [("From", addr("AWS Training and Certification", TC)),
          ("Reply-To", "verification-desk@support-login.co"),
          ("To", ME_P),
          ("Subject", "RE:[CASE %s] Action required: identity verification for account merge" % CASE_A),
          ("Date", format_datetime(t)),
          ("Message-ID", mid("m019", "mail-srv7.support-login.co")),
          ("X-Priority", "1")]
    add("suspicious", False, None, [], h, textpart(html, "html", cte="base64"))


def m020():
    t = when("2025-04-12 03:15:00", UTC)
    txt = """AWS Skill Builder

Thank you for your purchase.

Order number: SB-2025-0412-88317
Subscription: AWS Skill Builder Individual (monthly)
Billing period: Apr 12, 2025 - May 11, 2025
Amount: USD 29.00 (tax included where applicable)
Payment method: Visa ending in 4471

Your subscription renews automatically each month. You can cancel at any time from your Skill Builder account settings.

Questions about a charge? Visit https://support.aws.amazon.com/#/contacts/aws-training

AWS Training and Certification
"""
    mf = ses_mailfrom("m020")
    h = [("Return-Path", "<%s>" % mf)]
    h += gmail_in("aws.training", mf)
    h += [("From", addr("AWS Skill Builder", "no-reply@aws.training")),
          ("To", ME_P),
          ("Subject", "Your AWS Skill Builder receipt"),
          ("Date", format_datetime(t)),
          ("Message-ID", mid("m020", "ses"))]
    add("unrelated", False, None, [], h, textpart(txt, cte="7bit"), crlf=True)


def m021():
    t = when("2025-04-13 14:00:00", UTC)
    txt = """THE SERVERLESS LEDGER - Issue #214

In this issue
- Cold starts in 2025: what actually changed
- Step Functions distributed map, one year later
- A reader asks: should I merge my two AWS Organizations? (Short answer: probably not.)

Reader question of the week
"We have two AWS Organizations after an acquisition. Can we merge them?" There is no merge button. You move member accounts one by one; plan SCPs and consolidated billing first.

Reply to this email to send us your question - we read everything.

Unsubscribe: https://serverlessledger.news/u/e8a1f0
"""
    html = html_wrap("<pre style=\"font-family:inherit;white-space:pre-wrap\">" + txt.replace("&", "&amp;").replace("<", "&lt;") + "</pre>")
    ent = multipart("alternative", [textpart(txt, cte="7bit"), textpart(html, "html", cte="7bit")], "b1_e8a1f0c2d4")
    mf = "bounce-214@send.serverlessledger.news"
    h = [("Return-Path", "<%s>" % mf)]
    h += gmail_in("serverlessledger.news", mf, policy="NONE")
    h += [("From", addr("The Serverless Ledger", "hello@serverlessledger.news")),
          ("To", ME_P),
          ("Subject", "#214: cold starts, distributed map, and merging Organizations"),
          ("Date", format_datetime(t)),
          ("Message-ID", mid("m021", "send.serverlessledger.news")),
          ("List-Unsubscribe", "<https://serverlessledger.news/u/e8a1f0>")]
    add("unrelated", False, None, [], h, ent)


def m022():
    t = when("2025-04-14 07:55:21", UTC)
    quoted_table = "\n".join(
        "%s\nLogin email: %s\nTraining notification email: %s\nCertification notification email: %s\nCandidate ID: %s\n"
        % r for r in CONFIRM_ROWS)
    txt = """Hello Ryota,

I'm following up on my colleague Priyanka's message of April 11 about merging your certification accounts; we have not received a reply yet.

If we don't hear back from you within the next three business days, this case will be closed automatically. Replying at any point keeps it open: just let us know that Account #1 (ryota.sakisaka.dev@gmail.com) is the one to keep and that both accounts are yours, and we'll carry on from there.

Regards,
Marco P.
AWS Training and Certification

---------------- Original Message ----------------
From: AWS Training and Certification [%s]
Sent: 4/11/2025 6:37 AM
To: %s
Subject: RE:[CASE %s] %s

Hello Ryota,

Thank you for writing to us from your personal address. I located two certification accounts that appear to belong to you:

%s
When two accounts are merged, the exam history, active certifications, digital badges and any unused benefits are moved onto the account that is kept, and the other one is deactivated. A merge cannot be reversed afterwards.

Could you verify that both accounts are yours and let me know that Account #1 is the one you would like to keep? I will run the merge as soon as I have your go-ahead.

Best regards,
Priyanka S.
""" % (TC, ME_P, CASE_A, SUBJ_FORM, quoted_table)
    mf = ses_mailfrom("m022")
    h = [("Return-Path", "<%s>" % mf)]
    h += gmail_in("amazon.com", mf)
    h += [("From", addr("AWS Training and Certification", TC)),
          ("To", ME_P),
          ("Subject", "RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM)),
          ("Date", format_datetime(t)),
          ("Message-ID", mid("m022", "sf")),
          ("In-Reply-To", MSGIDS["m018"]),
          ("References", "%s %s" % (MSGIDS["m016"], MSGIDS["m018"]))]
    add("closing_notice", True, CASE_A, [], h, textpart(txt, cte="7bit"))


def m023():
    t = when("2025-04-14 15:30:44", UTC)
    html = html_wrap("""<p>Hello,</p>
<p>AWS Certification wants to hear from you! We are looking for certified individuals to share how AWS Certification has influenced their careers.
The survey takes about 10 minutes and your answers are anonymous.</p>
<p><a href="https://survey.certmetrics.com/s/aws-2025-value?id=7Q2K">Take the survey</a></p>
<p>Thank you for helping us improve the program.<br>AWS Certification</p>
<p style="font-size:11px;color:#687078">You are receiving this message because you hold an active AWS Certification and agreed to be contacted for research.</p>""")
    mf = "bounce-72_HTML-90114@bounce.certmetrics.com"
    h = [("Return-Path", "<%s>" % mf)]
    h += m365_in("certmetrics.com", "bounce.certmetrics.com")
    h += [("From", addr("AWS Certification", CERTM)),
          ("To", ME_C),
          ("Subject", "AWS Certification wants to hear from you"),
          ("Date", format_datetime(t)),
          ("Message-ID", mid("m023", "certmetrics.com"))]
    add("certification", False, None, [], h, textpart(html, "html", cte="quoted-printable"))


def gmail_quote(text, who, date_str):
    q = "\n".join("> " + l if l else ">" for l in text.strip().split("\n"))
    return "On %s %s wrote:\n%s\n" % (date_str, who, q)


CLOSING_A_SHORT = """Hello Ryota,

I'm following up on my colleague Priyanka's message of April 11 about merging your certification accounts; we have not received a reply yet.

If we don't hear back from you within the next three business days, this case will be closed automatically. Replying at any point keeps it open: just let us know that Account #1 (ryota.sakisaka.dev@gmail.com) is the one to keep and that both accounts are yours, and we'll carry on from there.

Regards,
Marco P.
AWS Training and Certification"""


def m024():
    t = when("2025-04-15 08:12:09", JST)
    txt = """Hi Marco,

Sorry for the slow answer, I was travelling last week.

Yes, both accounts are mine. Confirmed: please merge them into Account #1 (ryota.sakisaka.dev@gmail.com). Account #2 can be retired.

Thanks,
Ryota

""" + gmail_quote(CLOSING_A_SHORT, "AWS Training and Certification <%s>" % TC, "Mon, Apr 14, 2025 at 4:55\u202fPM")
    html = '<div dir="ltr">' + txt.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n") + "</div>\n"
    ent = multipart("alternative", [textpart(txt), textpart(html, "html")], "000000000000c52a6d0632c11e07")
    h = [("From", addr(ME_NAME, ME_P)),
         ("To", addr("AWS Training and Certification", TC)),
         ("Subject", "Re: RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM)),
         ("Date", format_datetime(t)),
         ("Message-ID", mid("m024", "gmail")),
         ("In-Reply-To", MSGIDS["m022"]),
         ("References", "%s %s %s" % (MSGIDS["m016"], MSGIDS["m018"], MSGIDS["m022"]))]
    add("user_reply", False, CASE_A, [], h, ent)


def m025():
    t = when("2025-04-15 02:40:16", UTC)
    txt = """Hi Ryota,

Thank you for the confirmation, and no worries about the timing.

I've handed the merge to our certification records team, who carry out the actual transfer. It normally takes them up to two business days, and I'll write to you again as soon as it's finished. Nothing else is needed from your side in the meantime.

If a question comes up while you wait, you're welcome to reply here.

Best,
Priyanka S.
AWS Training and Certification Customer Support
"""
    mf = ses_mailfrom("m025")
    h = [("Return-Path", "<%s>" % mf)]
    h += gmail_in("amazon.com", mf)
    h += [("From", addr("AWS Training and Certification", TC)),
          ("To", ME_P),
          ("Subject", "RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM)),
          ("Date", format_datetime(t)),
          ("Message-ID", mid("m025", "sf")),
          ("In-Reply-To", MSGIDS["m024"]),
          ("References", "%s %s" % (MSGIDS["m022"], MSGIDS["m024"]))]
    add("case_update", False, CASE_A, [], h, textpart(txt, cte="quoted-printable"), crlf=True)


def m026():
    t = when("2025-04-16 05:09:33", UTC)
    txt = """Hello Ryota,

Thank you for applying to join AWS Educate as an educator.

To complete the verification of your teaching role at Kanda College of Information Technology, we need a document that shows your current affiliation, such as a faculty web page listing your name or a short letter from the school on its letterhead. Could you reply to this email with a link or an attachment?

Once verified, your classroom will be able to use AWS Educate content and labs at no cost.

Kind regards,
Lucia M.
AWS Educate Support
"""
    mf = ses_mailfrom("m026")
    h = [("Return-Path", "<%s>" % mf)]
    h += gmail_in("amazon.com", mf)
    h += [("From", addr("AWS Educate", "aws-cs-educate-form@amazon.com")),
          ("To", ME_P),
          ("Subject", "RE:[CASE 174477019202211] [AWS Educate Form Submission] - educator-verification"),
          ("Date", format_datetime(t)),
          ("Message-ID", mid("m026", "sf"))]
    add("unrelated", False, None, [], h, textpart(txt, cte="7bit"))


def m027():
    t = when("2025-04-17 01:48:50", UTC)
    new = """<p>Hi Ryota,</p>
<p>Good news: the records team has finished, and I have successfully merged your two certification accounts.</p>
<p>Everything that was on AWS02749318 (exam history, your Solutions Architect &ndash; Associate and Developer &ndash; Associate certifications, and the unused 50% exam discount) now sits under AWS06631057, signed in with ryota.sakisaka.dev@gmail.com. The old account has been deactivated.</p>
<p>It's worth signing in once to look over Exam History, Certifications and Benefits. Credly will re-issue your digital badges to the personal address, usually within a day. Your request is complete, so I'm marking this case as resolved.</p>
<p>Best regards,<br>Priyanka S.<br>AWS Training and Certification Customer Support</p>"""
    quoted = """<hr>
<div style="border-left:2px solid #ccc;padding-left:8px;color:#555">
<p><b>From:</b> Ryota Sakisaka [ryota.sakisaka.dev@gmail.com]<br><b>Sent:</b> 4/14/2025 11:12 PM<br>
<b>To:</b> aws-cs-trainingcertification-form@amazon.com<br><b>Subject:</b> Re: RE:[CASE %s] %s</p>
<p>Yes, both accounts are mine. Confirmed: please merge them into Account #1 (ryota.sakisaka.dev@gmail.com). Account #2 can be retired.</p>
<hr>
%s
</div>""" % (CASE_A, SUBJ_FORM, CONFIRM_HTML)
    html = html_wrap(new + "\n" + quoted)
    txt = ("Hi Ryota,\n\nGood news: the records team has finished, and I have successfully merged your two certification accounts.\n\n"
           "Everything that was on AWS02749318 (exam history, your Solutions Architect \u2013 Associate and Developer \u2013 Associate "
           "certifications, and the unused 50%% exam discount) now sits under AWS06631057, signed in with ryota.sakisaka.dev@gmail.com. "
           "The old account has been deactivated.\n\n"
           "It's worth signing in once to look over Exam History, Certifications and Benefits. Credly will re-issue your digital badges "
           "to the personal address, usually within a day. Your request is complete, so I'm marking this case as resolved.\n\n"
           "Best regards,\nPriyanka S.\nAWS Training and Certification Customer Support\n\n"
           "--------------- Original Message ---------------\n"
           "From: Ryota Sakisaka [ryota.sakisaka.dev@gmail.com]\nSent: 4/14/2025 11:12 PM\n"
           "Subject: Re: RE:[CASE %s] %s\n\n"
           "Yes, both accounts are mine. Confirmed: please merge them into Account #1 (ryota.sakisaka.dev@gmail.com). Account #2 can be retired.\n\n"
           "--------------- Original Message ---------------\n"
           "Hello Ryota,\n\nThank you for writing to us from your personal address. I located two certification accounts that appear to belong to you:\n\n"
           "Account #1\nLogin email: %s\nCandidate ID: %s\n\nAccount #2\nLogin email: %s\nCandidate ID: %s\n\n"
           "Could you verify that both accounts are yours and let me know that Account #1 is the one you would like to keep? "
           "I will run the merge as soon as I have your go-ahead.\n") % (CASE_A, SUBJ_FORM, ME_P, CID_NEW, ME_C, CID_OLD)
    ent = multipart("alternative", [textpart(txt), textpart(html, "html", cte="base64")],
                    "----=_Part_60913_1175509210.1744854530771")
    mf = ses_mailfrom("m027")
    h = [("Return-Path", "<%s>" % mf)]
    h += gmail_in("amazon.com", mf)
    h += [("From", addr("AWS Training and Certification", TC)),
          ("To", ME_P),
          ("Subject", "RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM)),
          ("Date", format_datetime(t)),
          ("Message-ID", mid("m027", "sf")),
          ("In-Reply-To", MSGIDS["m024"]),
          ("References", "%s %s %s" % (MSGIDS["m018"], MSGIDS["m022"], MSGIDS["m024"]))]
    add("resolved", False, CASE_A, [CID_OLD, CID_NEW], h, ent)


def credly(key, t, badge, uuid, subject, to=ME_P, sender="admin@credly.com"):
    html = html_wrap("""<table width="600" align="center"><tr><td style="padding:24px;text-align:center">
<img src="https://images.credly.com/size/340x340/images/%s/image.png" width="170" alt="%s">
<h2 style="font-size:20px">%s</h2>
<p>Issued by <b>Amazon Web Services Training and Certification</b></p>
<p>Hi Ryota, Amazon Web Services Training and Certification has issued you a new digital badge. Accept it to share your achievement on LinkedIn, in your email signature, or anywhere on the web.</p>
<p><a href="https://www.credly.com/earner/earned/badge/%s" style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none;border-radius:4px">Accept your badge</a></p>
<p style="font-size:11px;color:#888">Credly, Inc. &middot; 13 W 18th St, New York, NY 10011 &middot; <a href="https://www.credly.com/notifications">Notification settings</a></p>
</td></tr></table>""" % (uuid, badge, badge, uuid))
    txt = ("Hi Ryota,\n\nAmazon Web Services Training and Certification has issued you a new digital badge:\n\n"
           "%s\n\nAccept your badge: https://www.credly.com/earner/earned/badge/%s\n\nCredly, Inc.\n" % (badge, uuid))
    ent = multipart("alternative", [textpart(txt), textpart(html, "html")], "--==_mimepart_%s" % uuid[:13].replace("-", ""))
    mf = "bounces+2281943-%s@em.credly.com" % uuid[:6]
    h = [("Return-Path", "<%s>" % mf)]
    h += gmail_in("credly.com", "em.credly.com", policy="REJECT", to=to)
    h += [("From", addr("Credly", sender)),
          ("To", to),
          ("Subject", subject),
          ("Date", format_datetime(t)),
          ("Message-ID", mid(key, "credly.com"))]
    return h, ent


def m028():
    h, ent = credly("m028", when("2025-04-17 02:21:07", UTC), "AWS Certified Solutions Architect \u2013 Associate",
                    "5c1e2a47-8d3b-4f19-b0a2-7e96c4d1f830",
                    "Ryota, you've been awarded a new badge from Amazon Web Services Training and Certification!")
    add("badge", False, None, [], h, ent)


def m029():
    h, ent = credly("m029", when("2025-04-17 02:21:59", UTC), "AWS Certified Developer \u2013 Associate",
                    "b7f40c9e-2a61-4d8e-9c35-11ad2f6e0b94",
                    "Accept your AWS Certified Developer \u2013 Associate badge")
    h = [(k, hdr(v) if k == "Subject" else v) for k, v in h]
    add("badge", False, None, [], h, ent, crlf=True)


def m030():
    t = when("2025-04-18 10:00:12", UTC)
    html = html_wrap("""<p>Hello,</p>
<p>We recently resolved your AWS Training and Certification support case <b>%s</b>. We'd like to know how it went.</p>
<p><b>Overall, how satisfied were you with the support you received?</b></p>
<table><tr>
<td><a href="https://feedback.aws.training/s/cs?case=%s&amp;r=1">1 &ndash; Very dissatisfied</a></td>
<td><a href="https://feedback.aws.training/s/cs?case=%s&amp;r=2">2</a></td>
<td><a href="https://feedback.aws.training/s/cs?case=%s&amp;r=3">3</a></td>
<td><a href="https://feedback.aws.training/s/cs?case=%s&amp;r=4">4</a></td>
<td><a href="https://feedback.aws.training/s/cs?case=%s&amp;r=5">5 &ndash; Very satisfied</a></td>
</tr></table>
<p>The survey has three more questions and takes under two minutes. Your answers go to the team that handled your case.</p>
<p style="font-size:11px;color:#687078">This mailbox does not accept replies.</p>""" % ((CASE_A,) * 6))
    mf = ses_mailfrom("m030")
    h = [("Return-Path", "<%s>" % mf)]
    h += gmail_in("amazon.com", mf)
    h += [("From", addr("AWS Training and Certification Support", "cs-feedback@amazon.com")),
          ("To", ME_P),
          ("Subject", "How did we do? Tell us about case %s" % CASE_A),
          ("Date", format_datetime(t)),
          ("Message-ID", mid("m030", "ses"))]
    add("survey", False, CASE_A, [], h, textpart(html, "html", cte="quoted-printable"))


def m031():
    t = when("2025-04-18 19:44:02", UTC)
    html = html_wrap("""<table width="600" align="center"><tr><td style="padding:24px">
<p style="font-size:18px;color:#ff6b00"><b>Credly</b></p>
<p>Hi,</p>
<p>Because your AWS Certification accounts were recently merged, the badges issued to your previous email address are scheduled for <b>revocation on April 20</b>.</p>
<p>To move them to your new profile and keep them verifiable, sign in with your Credly password and confirm the transfer:</p>
<p><a href="https://credly-badges.net/transfer/login?u=ryota.sakisaka.dev" style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none">Keep my badges</a></p>
<p>Badges that are not transferred cannot be restored.</p>
<p style="font-size:11px;color:#888">Credly Badge Services</p>
</td></tr></table>""")
    mf = "noreply@credly-badges.net"
    h = [("Return-Path", "<%s>" % mf)]
    h += gmail_in("credly-badges.net", mf, policy="NONE")
    h += [("From", addr("Credly", "notifications@credly-badges.net")),
          ("To", ME_P),
          ("Subject", "Action needed: badges from your old AWS account will be revoked"),
          ("Date", format_datetime(t)),
          ("Message-ID", mid("m031", "credly-badges.net"))]
    add("suspicious", False, None, [], h, textpart(html, "html", cte="quoted-printable"))


def m032():
    t = when("2025-04-19 10:26:40", JST)
    fwd = """---------- Forwarded message ---------
From: AWS Training and Certification <%s>
Date: Thu, Apr 17, 2025 at 10:48 AM
Subject: RE:[CASE %s] %s
To: <%s>


Hi Ryota,

Good news: the records team has finished, and I have successfully merged your two certification accounts.

Everything that was on AWS02749318 (exam history, your Solutions Architect \u2013 Associate and Developer \u2013 Associate certifications, and the unused 50%% exam discount) now sits under AWS06631057, signed in with ryota.sakisaka.dev@gmail.com. The old account has been deactivated.

Best regards,
Priyanka S.
AWS Training and Certification Customer Support
""" % (TC, CASE_A, SUBJ_FORM, ME_P)
    txt = """花房さん

お疲れさまです。坂崎です。
退職に伴い、AWS認定のアカウントを個人のほうに統合してもらいました(AWSからの完了連絡を下に転送します)。
Partner Central 上の私のユーザーと、認定者数のカウントから外れると思いますので、
パートナー側で必要な手続きがあればお願いできますでしょうか。

坂崎

""" + fwd
    html = '<div dir="ltr">' + txt.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n") + "</div>\n"
    ent = multipart("alternative", [textpart(txt, cte="base64"), textpart(html, "html", cte="base64")],
                    "000000000000f1d7a20632e0a8b5")
    h = [("From", addr("坂崎 亮太", ME_P)),
         ("To", addr("花房 健二", "k-hanabusa@hoshizora-tech.co.jp")),
         ("Subject", hdr("Fwd: RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM))),
         ("Date", format_datetime(t)),
         ("Message-ID", mid("m032", "gmail")),
         ("In-Reply-To", MSGIDS["m027"]),
         ("References", MSGIDS["m027"])]
    add("user_reply", False, CASE_A, [], h, ent)


def m033():
    t = when("2025-04-19 10:26:58", JST)
    txt = """花房は 4/18(金)〜4/21(月) の間、休暇のため不在にしております。
4/22(火) 以降、順次返信いたします。
お急ぎの場合はアライアンス担当 alliance@hoshizora-tech.co.jp までご連絡ください。

I am out of the office from April 18 to April 21 with limited access to email.
I will respond after I return on April 22.

花房 健二 / Kenji Hanabusa
Alliance Lead, Hoshizora Technologies, Inc.
"""
    h = [("Return-Path", "<>")]
    h += gmail_in("hoshizora-tech.co.jp", "hoshizora-tech.co.jp", policy="NONE")
    h += [("From", addr("花房 健二", "k-hanabusa@hoshizora-tech.co.jp")),
          ("To", addr("坂崎 亮太", ME_P)),
          ("Subject", hdr("自動応答: Fwd: RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM))),
          ("Date", format_datetime(t)),
          ("Message-ID", mid("m033", "outlook")),
          ("In-Reply-To", MSGIDS["m032"]),
          ("References", MSGIDS["m032"]),
          ("Auto-Submitted", "auto-replied"),
          ("X-Auto-Response-Suppress", "All")]
    add("unrelated", False, None, [], h, textpart(txt, cte="base64"))


def m034():
    t = when("2025-04-22 09:41:13", JST)
    txt = """坂崎さん

花房です。連絡ありがとうございます、休暇で返信が遅くなりました。
Partner Central のユーザーはこちらで今日中に無効化しておきます。
認定者数は次回の集計で反映されるので、特に坂崎さん側での対応は不要です。

残り数日ですがよろしくお願いします。

花房

-----Original Message-----
From: 坂崎 亮太 <ryota.sakisaka.dev@gmail.com>
Sent: Saturday, April 19, 2025 10:27 AM
To: 花房 健二 <k-hanabusa@hoshizora-tech.co.jp>
Subject: Fwd: RE:[CASE 174398458100517] [AWS Training and Certification Form Submission] - account-assistance

花房さん

お疲れさまです。坂崎です。
退職に伴い、AWS認定のアカウントを個人のほうに統合してもらいました(AWSからの完了連絡を下に転送します)。
"""
    h = [("Return-Path", "<k-hanabusa@hoshizora-tech.co.jp>")]
    h += gmail_in("hoshizora-tech.co.jp", "hoshizora-tech.co.jp", policy="NONE")
    h += [("From", addr("花房 健二", "k-hanabusa@hoshizora-tech.co.jp", "iso-2022-jp")),
          ("To", addr("坂崎 亮太", ME_P, "iso-2022-jp")),
          ("Subject", "RE: Fwd: RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM)),
          ("Date", format_datetime(t)),
          ("Message-ID", mid("m034", "outlook")),
          ("In-Reply-To", MSGIDS["m032"]),
          ("References", MSGIDS["m032"]),
          ("X-Mailer", "Microsoft Outlook 16.0")]
    add("unrelated", False, None, [], h, textpart(txt, cs="iso-2022-jp", cte="7bit"), crlf=True)


VOUCHER_SUBJ = "50% exam voucher missing after account merge"


def m035():
    t = when("2025-04-22 12:03:51", UTC)
    txt = """Dear AWS customer,

Case %s has been created for your request. You'll find the information you submitted below.

Case ID: %s
Subject: %s
Severity: General question
Service: Training and Certification
Category: Certification benefits
Correspondence: Hello, my company certification account was merged into my personal account last week (form case %s). The merged account AWS06631057 shows all my exams and certifications, but the unused 50%% discount benefit from the old account is not listed under Benefits. Could you check where it went?

A Support engineer will respond within the timeframe for the severity you selected. Please add any further detail to this same case rather than creating a new one.
%s""" % (CASE_C, CASE_C, VOUCHER_SUBJ, CASE_A, console_footer(CASE_C))
    mf = ses_mailfrom("m035")
    h = [("Return-Path", "<%s>" % mf)]
    h += gmail_in("amazon.com", mf)
    h += [("From", addr("Amazon Web Services", CONSOLE)),
          ("To", ME_P),
          ("Subject", "Amazon Web Services: New Support case: %s" % CASE_C),
          ("Date", format_datetime(t)),
          ("Message-ID", mid("m035", "ses"))]
    add("acknowledgement", False, CASE_C, [CID_NEW], h, textpart(txt, cte="quoted-printable"))


def m036():
    t = when("2025-04-23 03:27:05", UTC)
    txt = """Hello,

Thank you for contacting AWS Training and Certification about the missing benefit.

I have reviewed AWS06631057. The exam history carried over from the merged account correctly, but the discount benefit record is not linked to it, which happens occasionally when a benefit was issued shortly before a merge. To locate the original record I need two details from you:

1. The exam that earned the discount (benefits are issued after a passed exam)
2. The approximate date you passed that exam

Please add both as a reply to this case in the Support Center using the link below; replies sent to this e-mail address do not reach us.

Best regards,
Keisuke H.
Amazon Web Services

Was this response helpful? You can rate it from the case page in the Support Center.
%s""" % console_footer(CASE_C)
    mf = ses_mailfrom("m036")
    h = [("Return-Path", "<%s>" % mf)]
    h += gmail_in("amazon.com", mf)
    h += [("From", addr("Amazon Web Services", CONSOLE)),
          ("To", ME_P),
          ("Subject", "RE:[CASE %s] %s" % (CASE_C, VOUCHER_SUBJ)),
          ("Date", format_datetime(t)),
          ("Message-ID", mid("m036", "ses"))]
    add("info_request", True, CASE_C, [CID_NEW], h, textpart(txt, cte="quoted-printable"), crlf=True)


def m037():
    t = when("2025-04-23 15:02:44", UTC)
    txt = """AWS Budgets Notification April 23, 2025
AWS Account 384910275563

Dear AWS Customer,

You requested that we alert you when the ACTUAL Cost associated with your monthly-cap budget is greater than 80.00% of $20.00 for the current month. The ACTUAL Cost associated with this budget is $16.42. You can find additional details below and by accessing the AWS Budgets dashboard.

Budget Name: monthly-cap
Budget Type: Cost
Budgeted Amount: $20.00
Alert Type: ACTUAL
Alert Threshold: > $16.00
ACTUAL Amount: $16.42

Go to the AWS Budgets dashboard: https://console.aws.amazon.com/billing/home#/budgets
"""
    mf = ses_mailfrom("m037")
    h = [("Return-Path", "<%s>" % mf)]
    h += gmail_in("costalerts.amazonaws.com", mf)
    h += [("From", addr("AWS Budgets", "budgets@costalerts.amazonaws.com")),
          ("To", ME_P),
          ("Subject", "AWS Budgets: monthly-cap has exceeded your alert threshold"),
          ("Date", format_datetime(t)),
          ("Message-ID", mid("m037", "ses"))]
    add("unrelated", False, None, [], h, textpart(txt, cte="7bit"))


def m038():
    t = when("2025-04-24 06:18:30", UTC)
    txt = """Dear Certified Professional,

Our records show that your AWS Certification account was merged recently and that some of your exam records did not transfer completely. Missing records may make your certifications appear invalid to employers.

To restore them, reply to this email within 48 hours with:
 - the email address you use to sign in (AWS Builder ID)
 - your password
 - your full date of birth

Our certification desk will restore the records manually once we receive your reply.

AWS Certification Support Desk
Amazon Web Services Training & Certification
"""
    mf = "desk@aws-certification-merge.com"
    h = [("Return-Path", "<%s>" % mf)]
    h += gmail_in("aws-certification-merge.com", mf, policy="NONE")
    h += [("From", addr("AWS Certification Support", "support@aws-certification-merge.com")),
          ("To", ME_P),
          ("Subject", "Important: incomplete records after your certification account merge"),
          ("Date", format_datetime(t)),
          ("Message-ID", mid("m038", "aws-certification-merge.com"))]
    add("suspicious", False, None, [], h, textpart(txt, cte="7bit"))


def m039():
    t = when("2025-04-26 03:30:00", UTC)
    txt = """Hello,

We haven't received a reply on this case since our last correspondence on April 23, 2025.

If we don't hear from you, the case will be resolved automatically in 3 days. To keep it open, add a reply with the details we asked for (the exam that earned the discount and the approximate pass date) through the Support Center link below.

Best regards,
Amazon Web Services
%s""" % console_footer(CASE_C)
    mf = ses_mailfrom("m039")
    h = [("Return-Path", "<%s>" % mf)]
    h += gmail_in("amazon.com", mf)
    h += [("From", addr("Amazon Web Services", CONSOLE)),
          ("To", ME_P),
          ("Subject", "RE:[CASE %s] %s" % (CASE_C, VOUCHER_SUBJ)),
          ("Date", format_datetime(t)),
          ("Message-ID", mid("m039", "ses"))]
    add("closing_notice", True, CASE_C, [], h, textpart(txt, cte="7bit"))


def m040():
    t = when("2025-04-26 21:14:07", JST)
    notice = """** Address not found **

Your message wasn't delivered to r-sakisaka@hoshizora-tech.co.jp because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient r-sakisaka@hoshizora-tech.co.jp not found by SMTP address lookup
"""
    status = """Reporting-MTA: dns; googlemail.com
Arrival-Date: Sat, 26 Apr 2025 05:14:03 -0700 (PDT)

Final-Recipient: rfc822; r-sakisaka@hoshizora-tech.co.jp
Action: failed
Status: 5.1.10
Remote-MTA: dns; hoshizora-tech-co-jp.mail.protection.outlook.com. (52.101.228.7, the server for the domain hoshizora-tech.co.jp.)
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
Last-Attempt-Date: Sat, 26 Apr 2025 05:14:07 -0700 (PDT)
"""
    orig = """From: Ryota Sakisaka <ryota.sakisaka.dev@gmail.com>
Date: Sat, 26 Apr 2025 21:14:02 +0900
Message-ID: <CAK8F02C1D9E3A4B7MRSXE2DGNBWGE3TMMZQ@mail.gmail.com>
Subject: Fwd: RE:[CASE 14297305816] 50% exam voucher missing after account merge
To: r-sakisaka@hoshizora-tech.co.jp
"""
    parts = [textpart(notice, cte="7bit"),
             ([("Content-Type", "message/delivery-status")], status),
             textpart(orig, "rfc822-headers", cs="us-ascii", cte="7bit")]
    ent = multipart("report", parts, "00000000000092b1c80633aa10e1")
    ent = ([("Content-Type", 'multipart/report; report-type=delivery-status;\n\tboundary="00000000000092b1c80633aa10e1"')], ent[1])
    h = [("Return-Path", "<>"),
         ("From", addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")),
         ("To", ME_P),
         ("Subject", "Delivery Status Notification (Failure)"),
         ("Date", format_datetime(t)),
         ("Message-ID", mid("m040", "mx.google.com")),
         ("Auto-Submitted", "auto-replied"),
         ("References", "<CAK8F02C1D9E3A4B7MRSXE2DGNBWGE3TMMZQ@mail.gmail.com>"),
         ("In-Reply-To", "<CAK8F02C1D9E3A4B7MRSXE2DGNBWGE3TMMZQ@mail.gmail.com>")]
    add("unrelated", False, None, [], h, ent)


def m041():
    t = when("2025-04-28 06:52:19", UTC)
    txt = """Hello Ryota,

Thanks for the details you added on the case: the discount came from the AWS Certified Developer \u2013 Associate exam you passed in November 2023.

I've passed this to our certification benefits team, who can re-link benefit records between accounts. They usually respond within two to three business days, and I'll update this case as soon as I hear from them. You don't need to do anything in the meantime.

Best regards,
Keisuke H.
Amazon Web Services

We value your feedback. Please rate this correspondence from the case page in the Support Center.
%s""" % console_footer(CASE_C)
    mf = ses_mailfrom("m041")
    h = [("Return-Path", "<%s>" % mf)]
    h += gmail_in("amazon.com", mf)
    h += [("From", addr("Amazon Web Services", CONSOLE)),
          ("To", ME_P),
          ("Subject", "RE:[CASE %s] %s" % (CASE_C, VOUCHER_SUBJ)),
          ("Date", format_datetime(t)),
          ("Message-ID", mid("m041", "ses"))]
    add("case_update", False, CASE_C, [], h, textpart(txt, cte="quoted-printable"))


def m042():
    t = when("2025-04-30 08:05:40", UTC)
    html = html_wrap("""<p>Hello Ryota,</p>
<p>The certification benefits team found the original discount record and has re-linked it to AWS06631057.
It is now listed under <b>Benefits</b> in your certification account as a 50%% discount on your next exam, valid until November 14, 2025.</p>
<p>Because the discount is back where it belongs, I am setting this case to resolved. Should anything else come up about it, you can reopen this case from the Support Center within the next 14 days.</p>
<p>Best regards,<br>Keisuke H.<br>Amazon Web Services</p>
<p>We value your feedback. Please rate this correspondence from the case page in the Support Center.</p>
<p style="font-size:12px">To see all the communications and take action on this case, sign in to the Support Center:<br>
<a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en">https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en</a></p>
<p style="font-size:12px"><i>Please note: this e-mail was sent from an address that cannot accept incoming e-mails. To respond to this case, use the link above to update the case in the Support Center.</i></p>""" % (CASE_C, CASE_C))
    mf = ses_mailfrom("m042")
    h = [("Return-Path", "<%s>" % mf)]
    h += gmail_in("amazon.com", mf)
    h += [("From", addr("Amazon Web Services", CONSOLE)),
          ("To", ME_P),
          ("Subject", "RE:[CASE %s] %s" % (CASE_C, VOUCHER_SUBJ)),
          ("Date", format_datetime(t)),
          ("Message-ID", mid("m042", "ses"))]
    add("resolved", False, CASE_C, [CID_NEW], h, textpart(html, "html", cte="base64"))


def m043():
    t = when("2025-05-01 08:10:02", UTC)
    txt = """Hello,

Your AWS Support case %s ("%s") was recently resolved.

Would you take a minute to tell us how we did? Your rating helps us improve the support experience.

Rate your experience: https://console.aws.amazon.com/support/feedback?caseId=%s&src=email

This survey is optional. Thank you for using Amazon Web Services.

Amazon Web Services
This e-mail was sent from an address that cannot accept incoming e-mails.
""" % (CASE_C, VOUCHER_SUBJ, CASE_C)
    mf = ses_mailfrom("m043")
    h = [("Return-Path", "<%s>" % mf)]
    h += gmail_in("amazon.com", mf)
    h += [("From", addr("Amazon Web Services", CONSOLE)),
          ("To", ME_P),
          ("Subject", "Tell us about your recent AWS Support experience (case %s)" % CASE_C),
          ("Date", format_datetime(t)),
          ("Message-ID", mid("m043", "ses"))]
    add("survey", False, CASE_C, [], h, textpart(txt, cte="7bit"))


def m044():
    t = when("2025-05-01 14:44:18", UTC)
    txt = """Hello Ryota Sakisaka,

A certification benefit is available in your AWS Certification account (AWS06631057):

  50% discount on your next AWS Certification exam
  Expires: November 14, 2025

To use it, sign in to your certification account, open Benefits, and generate the discount code before you schedule your exam.

AWS Certification
This is an automated message; replies are not monitored.
"""
    mf = "bounce-73_TEXT-90422@bounce.certmetrics.com"
    h = [("Return-Path", "<%s>" % mf)]
    h += gmail_in("certmetrics.com", "bounce.certmetrics.com", policy="REJECT")
    h += [("From", addr("AWS Certification", CERTM)),
          ("To", ME_P),
          ("Subject", "Your AWS Certification benefit is available"),
          ("Date", format_datetime(t)),
          ("Message-ID", mid("m044", "certmetrics.com"))]
    add("certification", False, None, [CID_NEW], h, textpart(txt, cte="7bit"))


def m045():
    t = when("2025-05-02 22:37:56", JST)
    txt = """自分用に転送。2021年に試験予約が消えたときの問い合わせ。
当時の候補IDは AWS02749318(会社アカウント)だった。もうこのアカウントは統合済み。

---------- Forwarded message ---------
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Date: 2021年9月14日(火) 3:02
Subject: RE:[CASE 8164402937] [AWS Training and Certification Form Submission] - exam-appointment
To: <r-sakisaka@hoshizora-tech.co.jp>


Hello Ryota,

We have checked with Pearson VUE and restored your exam appointment for September 18, 2021. You should receive a fresh confirmation from Pearson VUE shortly. Could you let us know if the appointment does not appear in your account within 24 hours?

Regards,
Hannah
AWS Training and Certification
"""
    html = '<div dir="ltr">' + txt.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n") + "</div>\n"
    ent = multipart("alternative", [textpart(txt, cte="base64"), textpart(html, "html", cte="quoted-printable")],
                    "0000000000003c99ad0634101f2e")
    h = [("From", addr("坂崎 亮太", ME_P)),
         ("To", ME_P),
         ("Subject", "Fwd: RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-appointment" % CASE_E),
         ("Date", format_datetime(t)),
         ("Message-ID", mid("m045", "gmail"))]
    add("user_reply", False, CASE_E, [CID_OLD], h, ent)


def m046():
    t = when("2025-05-03 09:00:41", UTC)
    html = html_wrap("""<p>Hi Ryota,</p>
<p>We're following up on your certification support case <b>KL-00418827</b> ("Exam result not visible on transcript").
We sent you a question on April 25 and haven't heard back.</p>
<p>If we don't receive a reply within 48 hours, this case will be closed. You can reopen it at any time by replying to this email.</p>
<p>Thanks,<br>Kestrel Learning Certification Support</p>
<p style="font-size:11px;color:#777">Kestrel Learning, Inc. &middot; Austin, TX</p>""")
    mf = "cases@kestrel-learning.com"
    h = [("Return-Path", "<%s>" % mf)]
    h += gmail_in("kestrel-learning.com", mf, policy="QUARANTINE")
    h += [("From", addr("Kestrel Learning Certification Support", "certsupport@kestrel-learning.com")),
          ("To", ME_P),
          ("Subject", "[Case KL-00418827] Reminder: we're waiting on your reply"),
          ("Date", format_datetime(t)),
          ("Message-ID", mid("m046", "kestrel-learning.com"))]
    add("unrelated", False, None, [], h, textpart(html, "html", cte="quoted-printable"))


SUBJ_D = "[AWS Training and Certification Form Submission] - certification-records"


def m047():
    t = when("2025-05-07 03:45:02", UTC)
    txt = """坂崎 亮太 様

AWS トレーニングと認定カスタマーサポートでございます。
このたびはお問い合わせいただき、誠にありがとうございます。

お問い合わせを承り、ケース番号 %s にて受付いたしました。

  ■ お問い合わせの種類 : 認定
  ■ 詳細               : 認定記録の修正
  ■ 候補 ID            : %s
  ■ 内容               : 認定証とバッジに表示される名前が "Ryouta Sakisaka" になっているため、パスポートと同じ "Ryota Sakisaka" に直していただきたいです。

担当者が確認のうえ、通常 1 営業日以内にご連絡差し上げます。
本メールはお問い合わせ受付の確認のためにお送りしているものですので、ご返信は不要です。
追加でお伝えいただきたい情報がございましたら、件名を変えずに本メールへご返信ください。

AWS トレーニングと認定 カスタマーサポート
""" % (CASE_D, CID_NEW)
    mf = ses_mailfrom("m047")
    h = [("Return-Path", "<%s>" % mf)]
    h += gmail_in("amazon.com", mf)
    h += [("From", addr("AWS Training and Certification", TC)),
          ("To", ME_P),
          ("Subject", "[CASE %s] %s" % (CASE_D, SUBJ_D)),
          ("Date", format_datetime(t)),
          ("Message-ID", mid("m047", "sf"))]
    add("acknowledgement", False, CASE_D, [CID_NEW], h, textpart(txt, cs="iso-2022-jp", cte="7bit"))


def m048():
    t = when("2025-05-07 03:40:11", UTC)
    txt = """AWS Builder ID

Your verification code is: 305918

Enter this code on the sign-in page to continue. It expires in 10 minutes.
If you did not request this code, someone may be trying to access your account; you can ignore this email.
"""
    mf = ses_mailfrom("m048")
    h = [("Return-Path", "<%s>" % mf)]
    h += gmail_in("login.awsapps.com", mf)
    h += [("From", addr("AWS Builder ID", "no-reply@login.awsapps.com")),
          ("To", ME_P),
          ("Subject", "AWS Builder ID verification code"),
          ("Date", format_datetime(t)),
          ("Message-ID", mid("m048", "ses"))]
    add("unrelated", False, None, [], h, textpart(txt, cte="7bit"))


INFO_D_TXT = """坂崎 亮太 様

いつも AWS トレーニングと認定をご利用いただき、ありがとうございます。
カスタマーサポートの佐伯でございます。

認定証およびデジタルバッジに表示される氏名の修正について、承知いたしました。
認定記録上の氏名は、試験当日に提示された本人確認書類の表記と一致している必要があるため、修正の際には正式なつづりを確認させていただいております。

つきましては、パスポート(またはその他の公的な本人確認書類)に記載されているローマ字氏名のつづりを、姓・名の順番も含めて本メールへのご返信にてお知らせいただけますでしょうか。
なお、書類の画像を添付いただく必要はございません。

お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

AWS トレーニングと認定 カスタマーサポート
佐伯
"""


def m049():
    t = when("2025-05-08 05:20:33", UTC)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head>\n'
            '<body style="font-family:\'MS PGothic\',sans-serif;font-size:14px">\n'
            + "".join("<p>%s</p>\n" % p.replace("\n", "<br>\n") for p in INFO_D_TXT.strip().split("\n\n"))
            + "</body></html>\n")
    mf = ses_mailfrom("m049")
    h = [("Return-Path", "<%s>" % mf)]
    h += gmail_in("amazon.com", mf)
    h += [("From", addr("AWS Training and Certification", TC)),
          ("To", ME_P),
          ("Subject", "RE:[CASE %s] %s" % (CASE_D, SUBJ_D)),
          ("Date", format_datetime(t)),
          ("Message-ID", mid("m049", "sf")),
          ("In-Reply-To", MSGIDS["m047"]),
          ("References", MSGIDS["m047"])]
    add("info_request", True, CASE_D, [], h, textpart(html, "html", cs="shift_jis", cte="base64"), crlf=True)


def m050():
    t = when("2025-05-08 09:00:00", JST)
    txt = """クラウド実践ウィークリー 第118号

■ 今週のトピック
・認定資格の「統合」と「共有」はどう違う? 転職前にやっておきたい 3 つのこと
・Amazon Bedrock のモデル評価を試してみた
・読者アンケートのお願い(回答者全員に壁紙プレゼント)

■ 編集後記
ゴールデンウィーク明け、皆さまいかがお過ごしでしょうか。ご意見・ご感想は本メールへの返信でお送りください。

配信停止: https://cloud-jissen.jp/unsubscribe?u=44f1
"""
    h = [("Return-Path", "<bounce@mail.cloud-jissen.jp>")]
    h += gmail_in("cloud-jissen.jp", "mail.cloud-jissen.jp", policy="NONE")
    h += [("From", addr("クラウド実践ウィークリー", "weekly@cloud-jissen.jp")),
          ("To", ME_P),
          ("Subject", hdr("クラウド実践ウィークリー 第118号:認定資格の統合と共有")),
          ("Date", format_datetime(t)),
          ("Message-ID", mid("m050", "mail.cloud-jissen.jp")),
          ("List-Unsubscribe", "<https://cloud-jissen.jp/unsubscribe?u=44f1>")]
    add("unrelated", False, None, [], h, textpart(txt, cte="8bit"))


def m051():
    t = when("2025-05-08 21:10:27", JST)
    q = "\n".join("> " + l if l else ">" for l in INFO_D_TXT.strip().split("\n"))
    txt = """佐伯様

ご連絡ありがとうございます。坂崎です。
パスポートの表記は以下のとおりです。

  姓: SAKISAKA
  名: RYOTA

認定証・バッジには「Ryota Sakisaka」(名・姓の順)で表示していただけると助かります。
よろしくお願いいたします。

坂崎 亮太

2025年5月8日(木) 14:20 AWS Training and Certification <%s>:
%s
""" % (TC, q)
    html = '<div dir="ltr">' + txt.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n") + "</div>\n"
    ent = multipart("alternative", [textpart(txt, cte="base64"), textpart(html, "html", cte="base64")],
                    "00000000000055e2b406349a7c3d")
    h = [("From", addr("坂崎 亮太", ME_P)),
         ("To", addr("AWS Training and Certification", TC)),
         ("Subject", "Re: RE:[CASE %s] %s" % (CASE_D, SUBJ_D)),
         ("Date", format_datetime(t)),
         ("Message-ID", mid("m051", "gmail")),
         ("In-Reply-To", MSGIDS["m049"]),
         ("References", "%s %s" % (MSGIDS["m047"], MSGIDS["m049"]))]
    add("user_reply", False, CASE_D, [], h, ent)


def m052():
    t = when("2025-05-09 02:15:48", UTC)
    txt = """坂崎 亮太 様

ご返信いただき、ありがとうございます。佐伯でございます。

いただいたつづり(Ryota Sakisaka)で、認定記録の担当チームに氏名の修正を依頼いたしました。
反映までには通常 3〜5 営業日ほどかかります。修正が完了しましたら、改めて本ケースにてご連絡いたします。

それまでの間、坂崎様に行っていただく操作はございません。
ご不明な点がございましたら、本メールにご返信ください。

AWS トレーニングと認定 カスタマーサポート
佐伯
"""
    mf = ses_mailfrom("m052")
    h = [("Return-Path", "<%s>" % mf)]
    h += gmail_in("amazon.com", mf)
    h += [("From", addr("AWS Training and Certification", TC)),
          ("To", ME_P),
          ("Subject", "RE:[CASE %s] %s" % (CASE_D, SUBJ_D)),
          ("Date", format_datetime(t)),
          ("Message-ID", mid("m052", "sf")),
          ("In-Reply-To", MSGIDS["m051"]),
          ("References", "%s %s %s" % (MSGIDS["m047"], MSGIDS["m049"], MSGIDS["m051"]))]
    add("case_update", False, CASE_D, [], h, textpart(txt, cs="iso-2022-jp", cte="7bit"))


def m053():
    t = when("2025-05-12 06:30:09", UTC)
    txt = """坂崎 亮太 様

AWS トレーニングと認定 カスタマーサポートの佐伯でございます。
お待たせいたしました。認定記録上のお名前を「Ryota Sakisaka」に修正いたしました。

修正後の認定証は、AWS 認定アカウントの「認定」ページからダウンロードいただけます。
Credly のデジタルバッジにつきましても、数日以内に新しいお名前で再発行されます。

本件はこれにて完了とさせていただきます。本メールへのご返信は不要でございます。
このたびはご協力いただき、誠にありがとうございました。

AWS トレーニングと認定 カスタマーサポート
佐伯

-----
2025/05/08 21:10、坂崎 亮太 <ryota.sakisaka.dev@gmail.com> より:

佐伯様

ご連絡ありがとうございます。坂崎です。
パスポートの表記は以下のとおりです。

  姓: SAKISAKA
  名: RYOTA

-----
2025/05/08 14:20、AWS Training and Certification より:

つきましては、パスポート(またはその他の公的な本人確認書類)に記載されているローマ字氏名のつづりを、姓・名の順番も含めて本メールへのご返信にてお知らせいただけますでしょうか。
"""
    mf = ses_mailfrom("m053")
    h = [("Return-Path", "<%s>" % mf)]
    h += gmail_in("amazon.com", mf)
    h += [("From", addr("AWS Training and Certification", TC)),
          ("To", ME_P),
          ("Subject", "RE:[CASE %s] %s" % (CASE_D, SUBJ_D)),
          ("Date", format_datetime(t)),
          ("Message-ID", mid("m053", "sf")),
          ("In-Reply-To", MSGIDS["m052"]),
          ("References", "%s %s %s" % (MSGIDS["m049"], MSGIDS["m051"], MSGIDS["m052"]))]
    add("resolved", False, CASE_D, [], h, textpart(txt, cs="shift_jis", cte="quoted-printable"))


def m054():
    t = when("2025-05-12 07:02:40", UTC)
    html = html_wrap("""<p>Hello Ryota Sakisaka,</p>
<p>The name on your AWS Certification record has been updated. New digital certificates showing your updated name are now available to download from your certification account.</p>
<p>Previously downloaded certificates remain valid, but we recommend replacing them with the new versions.</p>
<p><a href="https://www.aws.training/certification">Go to my certification account</a></p>
<p>AWS Certification</p>""")
    mf = "bounce-74_HTML-90877@bounce.certmetrics.com"
    h = [("Return-Path", "<%s>" % mf)]
    h += gmail_in("certmetrics.com", "bounce.certmetrics.com", policy="REJECT")
    h += [("From", addr("AWS Certification", CERTM)),
          ("To", ME_P),
          ("Subject", "Your AWS Certification record has been updated"),
          ("Date", format_datetime(t)),
          ("Message-ID", mid("m054", "certmetrics.com"))]
    add("certification", False, None, [], h, textpart(html, "html", cte="quoted-printable"))


def m055():
    t = when("2025-05-13 11:18:26", UTC)
    txt = """Hi Ryota,

Amazon Web Services Training and Certification has updated the following badges on your Credly profile to reflect your new name:

- AWS Certified Solutions Architect \u2013 Associate
- AWS Certified Developer \u2013 Associate

Your badges keep their original issue dates and verification links. No action is needed.

View your profile: https://www.credly.com/users/ryota-sakisaka

The Credly Team
"""
    mf = "bounces+2281943-9e01@em.credly.com"
    h = [("Return-Path", "<%s>" % mf)]
    h += gmail_in("credly.com", "em.credly.com", policy="REJECT")
    h += [("From", addr("Credly", "admin@credly.com")),
          ("To", ME_P),
          ("Subject", "Your badges have been updated"),
          ("Date", format_datetime(t)),
          ("Message-ID", mid("m055", "credly.com"))]
    add("badge", False, None, [], h, textpart(txt, cte="quoted-printable"))


RESOLVED_A_SHORT = """Hi Ryota,

Good news: the records team has finished, and I have successfully merged your two certification accounts.

Everything that was on AWS02749318 (exam history, your Solutions Architect \u2013 Associate and Developer \u2013 Associate certifications, and the unused 50% exam discount) now sits under AWS06631057, signed in with ryota.sakisaka.dev@gmail.com. The old account has been deactivated.

It's worth signing in once to look over Exam History, Certifications and Benefits. Credly will re-issue your digital badges to the personal address, usually within a day. Your request is complete, so I'm marking this case as resolved.

Best regards,
Priyanka S.
AWS Training and Certification Customer Support"""


def m056():
    t = when("2025-05-14 08:31:15", JST)
    txt = """Hi Priyanka,

Sorry to come back to this one. I finally went through the merged account properly: Certifications looks right, but Exam History is missing my first Solutions Architect \u2013 Associate attempt, the one I sat in July 2022 (that's the pass that the certification is based on). Everything else from the old account is there.

Is it possible to add that exam to the history?

Thanks,
Ryota

""" + gmail_quote(RESOLVED_A_SHORT, "AWS Training and Certification <%s>" % TC, "Thu, Apr 17, 2025 at 10:48\u202fAM")
    ent = textpart(txt, cte="quoted-printable")
    h = [("From", addr(ME_NAME, ME_P)),
         ("To", addr("AWS Training and Certification", TC)),
         ("Subject", "Re: RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM)),
         ("Date", format_datetime(t)),
         ("Message-ID", mid("m056", "gmail")),
         ("In-Reply-To", MSGIDS["m027"]),
         ("References", "%s %s" % (MSGIDS["m024"], MSGIDS["m027"]))]
    add("user_reply", False, CASE_A, [], h, ent)


def m057():
    t = when("2025-05-14 00:05:51", UTC)
    txt = """Hello,

Your reply has been added to case %s and the case has been reopened. It is back in our queue, and a member of the AWS Training and Certification team will follow up, normally within one business day.

Case ID: %s
Status: Reopened

This is an automated notification.
""" % (CASE_A, CASE_A)
    mf = ses_mailfrom("m057")
    h = [("Return-Path", "<%s>" % mf)]
    h += gmail_in("amazon.com", mf)
    h += [("From", addr("AWS Training and Certification", TC)),
          ("To", ME_P),
          ("Subject", "[CASE %s] Case reopened - %s" % (CASE_A, SUBJ_FORM)),
          ("Date", format_datetime(t)),
          ("Message-ID", mid("m057", "sf")),
          ("In-Reply-To", MSGIDS["m056"]),
          ("References", MSGIDS["m056"]),
          ("Auto-Submitted", "auto-generated")]
    add("acknowledgement", False, CASE_A, [], h, textpart(txt, cte="7bit"), crlf=True)


INFO_A2 = """Hi Ryota,

Marco here; I've picked up your case again since Priyanka is out this week.

Exam History is built from the appointment records Pearson VUE sends us, so a missing entry usually means the 2022 appointment sits under a separate test-taker profile that wasn't part of the merge. I can search for it, but I need something to search with. What was the registration number on your Pearson VUE confirmation e-mail for that exam, and at which test centre did you take it? If you still have a screenshot of the score report, that helps too.

Cheers,
Marco P.
AWS Training and Certification"""


def m058():
    t = when("2025-05-15 03:10:37", UTC)
    mf = ses_mailfrom("m058")
    html = html_wrap("".join("<p>%s</p>\n" % p.replace("\n", "<br>") for p in INFO_A2.split("\n\n")))
    ent = multipart("alternative", [textpart(INFO_A2, cte="base64"), textpart(html, "html", cte="base64")],
                    "----=_Part_77120_2026114491.1747278637512")
    h = [("Return-Path", "<%s>" % mf)]
    h += gmail_in("amazon.com", mf)
    h += [("From", addr("AWS Training and Certification", TC)),
          ("To", ME_P),
          ("Subject", "RE: [CASE %s] %s" % (CASE_A, SUBJ_FORM)),
          ("Date", format_datetime(t)),
          ("Message-ID", mid("m058", "sf")),
          ("In-Reply-To", MSGIDS["m056"]),
          ("References", "%s %s" % (MSGIDS["m027"], MSGIDS["m056"]))]
    add("info_request", True, CASE_A, [], h, ent)


def tiny_png():
    import struct
    import zlib

    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00\xff\xff\xff")) + chunk(b"IEND", b""))


def m059():
    t = when("2025-05-15 11:47:02", UTC)
    txt = """@rsakisaka the retry logic looks good now. One nit: `merge_accounts()` swallows the 409 from the API, can we at least log it? Otherwise LGTM.

--
Reply to this email directly, view it on GitHub:
https://github.com/rsakisaka/cert-tracker/issues/7#issuecomment-2883140157
You are receiving this because you authored the thread.

Message ID: <rsakisaka/cert-tracker/issues/7/2883140157@github.com>
"""
    h = [("Return-Path", "<noreply@github.com>")]
    h += gmail_in("github.com", "github.com", policy="REJECT")
    h += [("From", addr("Ilse Vermeulen", "notifications@github.com")),
          ("Reply-To", "rsakisaka/cert-tracker <reply+ABF7Q2ZXK4R@reply.github.com>"),
          ("To", "rsakisaka/cert-tracker <cert-tracker@noreply.github.com>"),
          ("Cc", "Author <author@noreply.github.com>"),
          ("Subject", "Re: [rsakisaka/cert-tracker] Handle account merge conflicts when syncing candidates (Issue #7)"),
          ("Date", format_datetime(t)),
          ("Message-ID", "<rsakisaka/cert-tracker/issues/7/2883140157@github.com>"),
          ("In-Reply-To", "<rsakisaka/cert-tracker/issues/7@github.com>"),
          ("References", "<rsakisaka/cert-tracker/issues/7@github.com>")]
    add("unrelated", False, None, [], h, textpart(txt, cte="7bit"))


def m060():
    t = when("2025-05-16 07:58:44", JST)
    q = "\n".join("> " + l if l else ">" for l in INFO_A2.split("\n"))
    txt = """Hi Marco,

Thanks for picking this up. I dug out the old confirmation:

- Pearson VUE registration number: 238104577
- Test centre: Pearson Professional Centers-Tokyo Shinagawa
- Exam date: July 9, 2022 (SAA-C02, passed, score 812)

Screenshot of the score report attached. The candidate ID printed on it is AWS02749318, i.e. the old company account.

Ryota

On Thu, May 15, 2025 at 12:10 PM AWS Training and Certification <%s> wrote:
%s
""" % (TC, q)
    png = base64.encodebytes(tiny_png()).decode("ascii")
    parts = [textpart(txt, cte="quoted-printable"),
             ([("Content-Type", 'image/png; name="score-report-2022.png"'),
               ("Content-Disposition", 'attachment; filename="score-report-2022.png"'),
               ("Content-Transfer-Encoding", "base64"),
               ("Content-ID", "<f_mapq8k1e0>"),
               ("X-Attachment-Id", "f_mapq8k1e0")], png)]
    ent = multipart("mixed", parts, "0000000000004f61c80635368b9a")
    h = [("From", addr(ME_NAME, ME_P)),
         ("To", addr("AWS Training and Certification", TC)),
         ("Subject", "Re: RE: [CASE %s] %s" % (CASE_A, SUBJ_FORM)),
         ("Date", format_datetime(t)),
         ("Message-ID", mid("m060", "gmail")),
         ("In-Reply-To", MSGIDS["m058"]),
         ("References", "%s %s %s" % (MSGIDS["m027"], MSGIDS["m056"], MSGIDS["m058"]))]
    add("user_reply", False, CASE_A, [CID_OLD], h, ent)


def m061():
    t = when("2025-05-16 13:25:10", UTC)
    html = html_wrap("""<p><b>Pearson | VUE</b></p>
<p>Dear Candidate,</p>
<p>Your upcoming AWS Certification appointment on <b>May 24, 2025</b> could not be confirmed because the payment authorization failed.
To avoid cancellation, update your card details within 12 hours:</p>
<p><a href="https://pearsonvue-candidates.com/aws/payment/update?ref=472913806">Update payment details</a></p>
<p>If payment is not updated, your appointment will be released and the exam fee will not be refunded.</p>
<p>Pearson VUE Candidate Services</p>""")
    mf = "mailer@pearsonvue-candidates.com"
    h = [("Return-Path", "<%s>" % mf)]
    h += gmail_in("pearsonvue-candidates.com", mf, policy="NONE")
    h += [("From", addr("Pearson VUE", "candidates@pearsonvue-candidates.com")),
          ("To", ME_P),
          ("Subject", "Urgent: payment problem with your AWS exam appointment"),
          ("Date", format_datetime(t)),
          ("Message-ID", mid("m061", "pearsonvue-candidates.com"))]
    add("suspicious", False, None, [], h, textpart(html, "html", cte="base64"))


def m062():
    t = when("2025-05-19 02:44:29", UTC)
    q = "\n".join("> " + l if l else ">" for l in INFO_A2.split("\n"))
    txt = """Hi Ryota,

The registration number did the trick. Your July 2022 appointment was stored under a second Pearson VUE test-taker profile created with the company address; I've attached that record to AWS06631057, and the SAA-C02 result from July 9, 2022 now shows in Exam History together with the others.

That was the last piece, so there's no further action required on your side and I'm resolving the case again. Should you notice anything else missing, a reply here will reach us.

Cheers,
Marco P.
AWS Training and Certification

On Thu, May 15, 2025 at 3:10 AM, AWS Training and Certification wrote:
%s
""" % q
    mf = ses_mailfrom("m062")
    h = [("Return-Path", "<%s>" % mf)]
    h += gmail_in("amazon.com", mf)
    h += [("From", addr("AWS Training and Certification", TC)),
          ("To", ME_P),
          ("Subject", "RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM)),
          ("Date", format_datetime(t)),
          ("Message-ID", mid("m062", "sf")),
          ("In-Reply-To", MSGIDS["m060"]),
          ("References", "%s %s %s" % (MSGIDS["m056"], MSGIDS["m058"], MSGIDS["m060"]))]
    add("resolved", False, CASE_A, [CID_NEW], h, textpart(txt, cte="quoted-printable"))


def m063():
    t = when("2025-05-20 10:00:31", UTC)
    html = html_wrap("""<p>坂崎 亮太 様</p>
<p>先日は AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。</p>
<p>ケース <b>%s</b> の対応について、簡単なアンケートにご協力いただけますと幸いです(所要時間 約 1 分)。</p>
<p><a href="https://feedback.aws.training/s/cs?case=%s&amp;lang=ja">アンケートに回答する</a></p>
<p>いただいたご意見は、サポート品質の向上のために活用させていただきます。<br>
※本メールは送信専用アドレスからお送りしています。ご返信いただいてもお答えできませんのでご了承ください。</p>""" % (CASE_A, CASE_A), "ja")
    mf = ses_mailfrom("m063")
    h = [("Return-Path", "<%s>" % mf)]
    h += gmail_in("amazon.com", mf)
    h += [("From", addr("AWS トレーニングと認定 サポート", "cs-feedback@amazon.com")),
          ("To", ME_P),
          ("Subject", hdr("アンケートのお願い:ケース %s のサポートについて" % CASE_A)),
          ("Date", format_datetime(t)),
          ("Message-ID", mid("m063", "ses"))]
    add("survey", False, CASE_A, [], h, textpart(html, "html", cte="base64"))


def m064():
    t = when("2025-05-25 08:12:50", UTC)
    txt = """Hello Ryota,

Thank you for taking the AWS Certified Solutions Architect \u2013 Professional exam on May 24, 2025.

Your result: PASS
Candidate ID: AWS06631057

Your detailed score report is available in your certification account under Exam History. Your digital badge will be issued by Credly, usually within five business days.

Congratulations!
AWS Certification
"""
    html = html_wrap("<p>Hello Ryota,</p><p>Thank you for taking the <b>AWS Certified Solutions Architect &ndash; Professional</b> exam on May 24, 2025.</p>"
                     "<p>Your result: <b>PASS</b><br>Candidate ID: AWS06631057</p>"
                     "<p>Your detailed score report is available in your certification account under Exam History. "
                     "Your digital badge will be issued by Credly, usually within five business days.</p><p>Congratulations!<br>AWS Certification</p>")
    ent = multipart("alternative", [textpart(txt), textpart(html, "html")], "----=_Part_99120_4410.1748160770112")
    mf = "bounce-75_HTML-91230@bounce.certmetrics.com"
    h = [("Return-Path", "<%s>" % mf)]
    h += gmail_in("certmetrics.com", "bounce.certmetrics.com", policy="REJECT")
    h += [("From", addr("AWS Certification", CERTM)),
          ("To", ME_P),
          ("Subject", "Your AWS Certification exam results are available"),
          ("Date", format_datetime(t)),
          ("Message-ID", mid("m064", "certmetrics.com"))]
    add("certification", False, None, [CID_NEW], h, ent, crlf=True)


def m065():
    t = when("2025-05-25 08:14:03", UTC)
    txt = """Hello Ryota,

Passing AWS Certified Solutions Architect \u2013 Professional also renews your AWS Certified Solutions Architect \u2013 Associate certification. Its new expiration date is May 24, 2028.

There's nothing you need to do: your certificate and badge are updated automatically.

Well done,
AWS Certification
"""
    mf = "bounce-75_TEXT-91231@bounce.certmetrics.com"
    h = [("Return-Path", "<%s>" % mf)]
    h += gmail_in("certmetrics.com", "bounce.certmetrics.com", policy="REJECT")
    h += [("From", addr("AWS Certification", CERTM)),
          ("To", ME_P),
          ("Subject", "Your Solutions Architect \u2013 Associate certification has been renewed"),
          ("Date", format_datetime(t)),
          ("Message-ID", mid("m065", "certmetrics.com"))]
    h = [(k, hdr(v) if k == "Subject" else v) for k, v in h]
    add("certification", False, None, [], h, textpart(txt, cte="base64"))


SUBJ_F = "[AWS Training and Certification Form Submission] - digital-badges"


def m066():
    t = when("2025-05-27 05:12:20", UTC)
    txt = """Hi,

We've received your message and opened case %s.

Our team aims to respond within 24 hours. If you have more details, reply to this email; there is no need to submit the form again.

Your message:
"I passed SAP-C02 on May 24 and the result shows in my account (AWS06631057), but no Credly badge has arrived yet. The exam results e-mail said up to five business days, but the other two badges came within a day after my account merge."

AWS Training and Certification
""" % CASE_F
    html = html_wrap("<p>Hi,</p><p>We've received your message and opened case <b>%s</b>.</p>"
                     "<p>Our team aims to respond within 24 hours. If you have more details, reply to this email; there is no need to submit the form again.</p>"
                     "<p>Your message:</p><blockquote>I passed SAP-C02 on May 24 and the result shows in my account (AWS06631057), but no Credly badge has arrived yet. "
                     "The exam results e-mail said up to five business days, but the other two badges came within a day after my account merge.</blockquote>"
                     "<p>AWS Training and Certification</p>" % CASE_F)
    ent = multipart("alternative", [textpart(txt, cte="7bit"), textpart(html, "html", cte="7bit")],
                    "----=_Part_11845_7730912.1748322740201")
    mf = ses_mailfrom("m066")
    h = [("Return-Path", "<%s>" % mf)]
    h += gmail_in("amazon.com", mf)
    h += [("From", addr("AWS Training and Certification", TC)),
          ("To", ME_P),
          ("Subject", "[CASE %s] %s" % (CASE_F, SUBJ_F)),
          ("Date", format_datetime(t)),
          ("Message-ID", mid("m066", "sf"))]
    add("acknowledgement", False, CASE_F, [CID_NEW], h, ent)


def m067():
    t = when("2025-05-28 04:40:18", UTC)
    txt = """Hello Ryota,

Thanks for letting us know. Your SAP-C02 result is recorded correctly on AWS06631057; the delay is on the badge side. Badges for exams taken between May 22 and May 26 are currently held back by an issue in the connection to our badge provider, and our engineering team is working on a fix.

I've placed your case on hold until that fix is released. You don't need to do anything in the meantime; as soon as the issue is fixed your badge will be issued automatically and I'll update this case.

Kind regards,
Shreya N.
AWS Training and Certification Customer Support
"""
    mf = ses_mailfrom("m067")
    h = [("Return-Path", "<%s>" % mf)]
    h += gmail_in("amazon.com", mf)
    h += [("From", addr("AWS Training and Certification", TC)),
          ("To", ME_P),
          ("Subject", "RE:[CASE %s] %s" % (CASE_F, SUBJ_F)),
          ("Date", format_datetime(t)),
          ("Message-ID", mid("m067", "sf")),
          ("In-Reply-To", MSGIDS["m066"]),
          ("References", MSGIDS["m066"])]
    add("on_hold", False, CASE_F, [CID_NEW], h, textpart(txt, cte="quoted-printable"))


def m068():
    t = when("2025-05-30 01:05:44", UTC)
    txt = """Hi Ryota,

Quick update: the fix for the badge connection went out overnight, so the hold on your case is lifted. Your Solutions Architect \u2013 Professional badge is now in the issuing queue and should reach you from Credly within the next 24 hours.

I'll look at the case again on Monday and close it once the badge shows as issued.

Shreya N.
AWS Training and Certification Customer Support
"""
    mf = ses_mailfrom("m068")
    h = [("Return-Path", "<%s>" % mf)]
    h += gmail_in("amazon.com", mf)
    h += [("From", addr("AWS Training and Certification", TC)),
          ("To", ME_P),
          ("Subject", "RE:[CASE %s] %s" % (CASE_F, SUBJ_F)),
          ("Date", format_datetime(t)),
          ("Message-ID", mid("m068", "sf")),
          ("In-Reply-To", MSGIDS["m067"]),
          ("References", "%s %s" % (MSGIDS["m066"], MSGIDS["m067"]))]
    add("case_update", False, CASE_F, [], h, textpart(txt, cte="quoted-printable"), crlf=True)


def m069():
    h, ent = credly("m069", when("2025-05-30 09:37:12", UTC), "AWS Certified Solutions Architect \u2013 Professional",
                    "e02d7b91-6c4f-4a3e-8f17-2b9c0a5d61e4",
                    "Ryota, you've been awarded a new badge from Amazon Web Services Training and Certification!")
    add("badge", False, None, [], h, ent)


def m070():
    t = when("2025-06-02 00:58:03", UTC)
    txt = """Ryota -

Checked this morning: the Solutions Architect \u2013 Professional badge was issued on May 30 and is showing on your Credly profile. That's everything we needed to do on this request, so the case is now closed.

Thanks for your patience while the badge issue was fixed.

Shreya N.
AWS Training and Certification Customer Support

-----Original Message-----
From: AWS Training and Certification
Sent: Friday, May 30, 2025 1:05 AM
Subject: RE:[CASE %s] %s

Quick update: the fix for the badge connection went out overnight, so the hold on your case is lifted. Your Solutions Architect \u2013 Professional badge is now in the issuing queue and should reach you from Credly within the next 24 hours.
""" % (CASE_F, SUBJ_F)
    mf = ses_mailfrom("m070")
    h = [("Return-Path", "<%s>" % mf)]
    h += gmail_in("amazon.com", mf)
    h += [("From", addr("AWS Training and Certification", TC)),
          ("To", ME_P),
          ("Subject", "RE:[CASE %s] %s" % (CASE_F, SUBJ_F)),
          ("Date", format_datetime(t)),
          ("Message-ID", mid("m070", "sf")),
          ("In-Reply-To", MSGIDS["m068"]),
          ("References", "%s %s %s" % (MSGIDS["m066"], MSGIDS["m067"], MSGIDS["m068"]))]
    add("resolved", False, CASE_F, [], h, textpart(txt, cte="quoted-printable"))


# ---------------------------------------------------------------- main
def main():
    # message ids are created in dependency order; write_all sorts by Date
    for i in range(1, 71):
        globals()["m%03d" % i]()
    write_all()


if __name__ == "__main__":
    main()
