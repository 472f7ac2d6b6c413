#!/usr/bin/env python3
"""Generate a blind corpus of support-case mail (plus the unrelated mail around it).

Run: python3 gen.py   (writes NNN-msg.eml / NNN-msg.json / README.md next to this script)
Standard library only.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import quopri
import random
from collections import Counter
from email.header import Header
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(147)

ME_PERSONAL = "daichi.kuwabara.dev@gmail.com"
ME_COMPANY = "d-kuwabara@hoshizora-tech.co.jp"
ME_NAME = "Daichi Kuwabara"
ME_NAME_JA = "桑原 大地"

TC_FORM = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"

# Case numbers
CASE_C = "13950274816"        # 2023, 11 digits: duplicate cert accounts / Credly
CASE_A = "174096086700812"    # 2025, 15 digits: company -> personal merge (APN hold)
CASE_B = "174096246900233"    # 2025, 15 digits: duplicate form submission of A
CASE_D = "7391058246"         # console case, 10 digits: 50% voucher missing after merge
CASE_E = "174408257101467"    # 2025, 15 digits: name on certificate (Japanese thread)
CASE_EV = "173734935300586"   # AWS Events form case (other program)

CID_COMPANY = "AWS03318472"   # company account (kept in 2023, merged away in 2025)
CID_DUP = "AWS05521906"       # 2023 duplicate (same e-mail)
CID_DUP_TYPO = "AWS05521960"  # what the owner first typed in 2023
CID_PERSONAL = "AWS12094417"  # new personal account (2025)

FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

MESSAGES = []
MSGIDS = {}

UTC = dt.timezone.utc
JST = dt.timezone(dt.timedelta(hours=9), "JST")


# --------------------------------------------------------------------------- helpers
def d(s, tz=UTC):
    """'2025-03-03 00:14:27' -> aware datetime in tz."""
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)


def hx(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def an(n):
    return "".join(RNG.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def mid_ses(region="us-west-2"):
    return "<%s-%s-%s-%s-%s-%s-000000@%s.amazonses.com>" % (
        "0101019" + hx(9), hx(8), hx(4), hx(4), hx(4), hx(12), region)


def mid_gmail():
    return "<CA%s@mail.gmail.com>" % an(48)


def mid_outlook():
    return "<TYCPR01MB%d%s@TYCPR01MB%d.jpnprd01.prod.outlook.com>" % (
        RNG.randint(1000, 9999), an(8).upper(), RNG.randint(1000, 9999))


def mid_generic(domain):
    return "<%s.%s@%s>" % (hx(16), hx(8), domain)


def hdr(s, charset="utf-8"):
    """Encode a header value if it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode(maxlinelen=76)


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), email)


def encode_body(text, charset, cte):
    if cte in ("7bit", "8bit"):
        if charset.lower() in ("us-ascii", "iso-2022-jp"):
            return text.encode(charset).decode("ascii")
        return text
    raw = text.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    raise ValueError(cte)


def leaf(text, subtype="plain", charset="utf-8", cte="quoted-printable", extra=None):
    ct = 'text/%s; charset="%s"' % (subtype, charset)
    if charset.lower() == "iso-2022-jp":
        ct = "text/%s; charset=ISO-2022-JP" % subtype
    h = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if extra:
        h += extra
    return (h, encode_body(text, charset, cte))


def multi(subtype, parts, boundary=None):
    b = boundary or ("----=_Part_%d_%d.%d" % (RNG.randint(100000, 999999), RNG.randint(10 ** 8, 10 ** 9), RNG.randint(10 ** 12, 10 ** 13)))
    chunks = []
    for ph, pb in parts:
        head = "\n".join("%s: %s" % kv for kv in ph)
        chunks.append("--%s\n%s\n\n%s" % (b, head, pb.rstrip("\n")))
    body = "\n".join(chunks) + "\n--%s--\n" % b
    return ([("Content-Type", 'multipart/%s;\n\tboundary="%s"' % (subtype, b))], body)


def html_wrap(inner, title=""):
    return ("<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            "<title>%s</title></head>\n<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f\">\n%s\n</body></html>\n"
            % (title, inner))


def p(*paras):
    return "\n".join("<p>%s</p>" % x.replace("\n", "<br>\n") for x in paras)


def quote(text, prefix="> "):
    out = []
    for line in text.rstrip("\n").split("\n"):
        out.append((prefix + line).rstrip() if line else prefix.rstrip())
    return "\n".join(out)


def received_gmail(to, dt_, host, ip):
    y = dt_.year
    start = dt.datetime(y, 3, 8 + (6 - dt.date(y, 3, 8).weekday()) % 7, 10, tzinfo=UTC)
    end = dt.datetime(y, 11, 1 + (6 - dt.date(y, 11, 1).weekday()) % 7, 9, tzinfo=UTC)
    dst = start <= dt_ < end
    t = dt_.astimezone(dt.timezone(dt.timedelta(hours=-7 if dst else -8)))
    zone = "PDT" if dst else "PST"
    return [
        ("Delivered-To", to),
        ("Received", "by 2002:a05:6a10:%s:b0:5b1:%s with SMTP id %s;\n        %s (%s)" % (hx(4), hx(4), an(10).lower(), format_datetime(t), zone)),
        ("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s (%s)"
         % (host, host, ip, an(20).lower(), RNG.randint(10, 99), dt_.strftime("%Y.%m.%d.%H.%M.%S"), to, format_datetime(t), zone)),
    ]


def auth_gmail(to, from_domain, mailfrom_domain, ok=True, selector="224i4yxa5dv7c2xz3womw6peuasteono"):
    if ok:
        v = ("mx.google.com;\n       dkim=pass header.i=@%s header.s=%s header.b=%s;\n       dkim=pass header.i=@%s header.s=6gbrjpgwjskckoa6a5zn6fwqkn67xbtw header.b=%s;\n"
             "       spf=pass (google.com: domain of %s designates 54.240.27.%d as permitted sender) smtp.mailfrom=%s;\n"
             "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
             % (from_domain, selector, an(8), mailfrom_domain, an(8), mailfrom_domain, RNG.randint(2, 250), mailfrom_domain, from_domain))
    else:
        v = ("mx.google.com;\n       dkim=fail header.i=@%s header.s=%s header.b=%s;\n"
             "       spf=softfail (google.com: domain of transitioning %s does not designate 185.213.%d.%d as permitted sender) smtp.mailfrom=%s;\n"
             "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s"
             % (from_domain, selector, an(8), mailfrom_domain, RNG.randint(1, 250), RNG.randint(1, 250), mailfrom_domain, from_domain))
    return [("ARC-Authentication-Results", "i=1; " + v), ("Authentication-Results", v)]


def auth_m365(from_domain, mailfrom_domain, ip="54.240.8.31", ok=True):
    if ok:
        v = ("spf=pass (sender IP is %s)\n smtp.mailfrom=%s; dkim=pass (signature was verified)\n header.d=%s;dmarc=pass action=none\n header.from=%s;compauth=pass reason=100"
             % (ip, mailfrom_domain, from_domain, from_domain))
    else:
        v = ("spf=fail (sender IP is %s)\n smtp.mailfrom=%s; dkim=none (message not signed)\n header.d=none;dmarc=fail action=quarantine\n header.from=%s;compauth=fail reason=000"
             % (ip, mailfrom_domain, from_domain))
    return [("Received", "from %s (%s) by\n TY2PEPF0000AB83.mail.protection.outlook.com (10.167.244.%d) with Microsoft\n SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via\n Frontend Transport" % ("a27-%d.smtp-out.us-west-2.amazonses.com" % RNG.randint(10, 250), ip, RNG.randint(2, 250), RNG.randint(7000, 8999), RNG.randint(10, 40))),
            ("Authentication-Results", v),
            ("X-MS-Exchange-Organization-AuthAs", "Anonymous")]


def build(headers, body_headers, body, eol="\r\n"):
    lines = []
    for k, v in headers + body_headers:
        if v is None:
            continue
        lines.append("%s: %s" % (k, v))
    text = "\n".join(lines) + "\n\n" + body
    if not text.endswith("\n"):
        text += "\n"
    text = text.replace("\r\n", "\n").replace("\n", eol)
    return text.encode("utf-8")


def add(key, kind, needs_reply, case, cands, what, hard, headers, body_tuple, eol="\r\n", mime=True):
    bh, body = body_tuple
    if mime:
        bh = [("MIME-Version", "1.0")] + bh
    raw = build(headers, bh, body, eol)
    for k, v in headers:
        if k == "Message-ID":
            MSGIDS[key] = v
    MESSAGES.append({
        "key": key, "raw": raw,
        "label": {"kind": kind, "needs_reply": needs_reply, "case": case, "candidate_ids": list(dict.fromkeys(cands))},
        "what": what, "hard": hard,
    })


def std(frm, to, subject, date, msgid, cc=None, irt=None, refs=None, extra=None, subj_charset="utf-8"):
    h = [("Date", format_datetime(date)), ("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h.append(("Subject", hdr(subject, subj_charset)))
    h.append(("Message-ID", msgid))
    if irt:
        h.append(("In-Reply-To", irt))
    if refs:
        h.append(("References", refs))
    if extra:
        h += extra
    return h


def refs_of(*keys):
    return "\n ".join(MSGIDS[k] for k in keys if k in MSGIDS)


def form_hdrs(to, subject, date, msgid, irt=None, refs=None, company=False, extra=None, name="Amazon Web Services"):
    """Headers of a genuine T&C form-case mail."""
    pre = [("Return-Path", "<0101019%s-%s-000000@us-west-2.amazonses.com>" % (hx(9), hx(8)))]
    if company:
        pre += auth_m365("amazon.com", "us-west-2.amazonses.com")
    else:
        pre += received_gmail(to, date, "a27-%d.smtp-out.us-west-2.amazonses.com" % RNG.randint(10, 250), "54.240.27.%d" % RNG.randint(2, 250))
        pre += auth_gmail(to, "amazon.com", "us-west-2.amazonses.com")
    h = pre + std(addr(name, TC_FORM) if name else TC_FORM, to, subject, date, msgid, irt=irt, refs=refs, extra=extra)
    h.append(("Feedback-ID", "1.us-west-2.%s=:AmazonSES" % an(43)))
    h.append(("X-SES-Outgoing", date.strftime("%Y.%m.%d") + "-54.240.27.%d" % RNG.randint(2, 250)))
    return h


def console_hdrs(to, subject, date, msgid, irt=None, refs=None):
    pre = received_gmail(to, date, "a8-%d.smtp-out.amazonses.com" % RNG.randint(10, 250), "54.240.8.%d" % RNG.randint(2, 250))
    pre += auth_gmail(to, "amazon.com", "amazonses.com")
    h = pre + std(addr("Amazon Web Services", CONSOLE), to, subject, date, msgid, irt=irt, refs=refs)
    h.append(("Feedback-ID", "1.us-east-1.%s=:AmazonSES" % an(43)))
    return h


def gmail_sent(to, subject, date, msgid, irt=None, refs=None, cc=None, name=ME_NAME):
    return std(addr(name, ME_PERSONAL), to, subject, date, msgid, cc=cc, irt=irt, refs=refs)


def outlook_sent(to, subject, date, msgid, irt=None, refs=None, cc=None, name=ME_NAME):
    h = std(addr(name, ME_COMPANY), to, subject, date, msgid, cc=cc, irt=irt, refs=refs)
    h += [("Thread-Topic", hdr(subject.split(":", 1)[-1].strip() if subject.upper().startswith("RE:") else subject)),
          ("Thread-Index", base64.b64encode(os.urandom(0) + bytes(RNG.getrandbits(8) for _ in range(22))).decode()),
          ("Accept-Language", "ja-JP, en-US"), ("Content-Language", "en-US"),
          ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    return h


def gmail_on(date, who):
    return "On %s %s wrote:" % (date.strftime("%a, %b %-d, %Y at %-I:%M %p"), who)


def gmail_on_ja(date, who):
    wd = "月火水木金土日"[date.weekday()]
    return "%d年%d月%d日(%s) %d:%02d %s:" % (date.year, date.month, date.day, wd, date.hour, date.minute, who)


def outlook_orig(frm, date, to, subject, ja=False):
    if ja:
        return "差出人: %s\n送信日時: %s\n宛先: %s\n件名: %s" % (frm, date.strftime("%Y年%-m月%-d日 %-H:%M"), to, subject)
    return "-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s" % (
        frm, date.strftime("%A, %B %-d, %Y %-I:%M %p"), to, subject)


SIG_CS = "\nAWS Training and Certification Customer Support\nAmazon Web Services, Inc.\n"

CONSOLE_FOOTER = (
    "\n\n----------------------------------------\n"
    "To see this case, add a comment, or attach a file, open the AWS Support Center:\n"
    "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n"
    "*Please note: this message comes from an address that cannot accept incoming e-mails.\n"
    "Replies sent to it are not delivered. Use the link above to respond to this case.\n\n"
    "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark\n"
    "of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc.,\n"
    "410 Terry Ave. North, Seattle, WA 98109-5210\n")


# =========================================================================== messages
# ---------------------------------------------------------------- 2023: case C
t = d("2023-10-02 06:41:10")
add("gh1", "unrelated", False, None, [],
    "GitHub: PR merged notification", "the word 'merged' and a #number in the subject; company address",
    std(addr("Yuto Saeki", "notifications@github.com"), addr("hoshizora/infra-terraform", "infra-terraform@noreply.github.com"),
        "Re: [hoshizora/infra-terraform] Merge staging IAM roles into shared module (PR #412)", t,
        "<hoshizora/infra-terraform/pull/412/issue_event/10538822714@github.com>",
        cc=addr(ME_NAME, ME_COMPANY) + ", Mention <mention@noreply.github.com>",
        irt="<hoshizora/infra-terraform/pull/412@github.com>", refs="<hoshizora/infra-terraform/pull/412@github.com>",
        extra=auth_m365("github.com", "github.com", ip="192.30.252.201") + [
            ("List-ID", "hoshizora/infra-terraform <infra-terraform.hoshizora.github.com>"),
            ("List-Unsubscribe", "<https://github.com/notifications/unsubscribe/AB3XKQ%s>" % an(30)),
            ("X-GitHub-Reason", "mention"), ("X-GitHub-Sender", "ysaeki-hz")]),
    multi("alternative", [
        leaf("Merged #412 into main.\n\n@d-kuwabara-hz thanks for the review, I squashed the commits before merging.\n\n--\nReply to this email directly, view it on GitHub:\nhttps://github.com/hoshizora/infra-terraform/pull/412#event-10538822714\nYou are receiving this because you were mentioned.\n", cte="7bit", charset="UTF-8"),
        leaf(html_wrap('<p>Merged <a href="https://github.com/hoshizora/infra-terraform/pull/412">#412</a> into <code>main</code>.</p>\n<p><a href="https://github.com/d-kuwabara-hz">@d-kuwabara-hz</a> thanks for the review, I squashed the commits before merging.</p>\n<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/hoshizora/infra-terraform/pull/412#event-10538822714">view it on GitHub</a>.<br>You are receiving this because you were mentioned.</p>'), "html", "UTF-8", "7bit"),
    ]), eol="\r\n")

t = d("2023-10-03 02:15:44")
txt = ("Dear Daichi Kuwabara,\n\n"
       "Congratulations! You have successfully completed the AWS Certified Solutions Architect - Professional exam "
       "and you are now AWS Certified.\n\n"
       "Candidate ID: %s\nExam: AWS Certified Solutions Architect - Professional (SAP-C02)\nExam date: 2023-09-30\n"
       "Validation number: 4QX7R1MB0ZE1QH3K\n\n"
       "Your digital badge will be sent from Credly within the next few business days. You can download your "
       "certificate and view your benefits any time in your AWS Certification Account:\n"
       "https://www.aws.training/Certification\n\n"
       "Thank you,\nAWS Certification\n\n"
       "This mailbox is not monitored. Please do not reply to this message.\n" % CID_COMPANY)
add("cert_sap", "certification", False, None, [CID_COMPANY],
    "CertMetrics: exam passed (SAP) with candidate ID", "candidate ID and validation number in a non-case mail",
    [("Return-Path", "<bounce-1138@certmetrics.com>")] + auth_m365("certmetrics.com", "certmetrics.com", ip="198.2.179.44") +
    std(addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_COMPANY,
        "Congratulations, you are now AWS Certified!", t, mid_generic("certmetrics.com")),
    leaf(txt, charset="us-ascii", cte="7bit"), eol="\r\n")

t = d("2023-10-05 04:02:19")
ack_c_txt = (
    "桑原 大地 様\n\n"
    "AWS トレーニングと認定にお問い合わせいただきありがとうございます。\n"
    "お問い合わせの内容を受け付け、ケース %s を作成いたしました。\n\n"
    "担当者より通常 24 時間以内にご連絡いたします。内容によっては調査にお時間をいただく場合がございます。\n"
    "同じ内容で新しいケースを作成されますと対応が遅れる原因となりますので、追加のご連絡は本メールへの返信でお願いいたします。\n\n"
    "お問い合わせ内容の控え:\n\n"
    "ケース ID: %s\n"
    "お問い合わせタイプ: 認定\n"
    "その他の詳細: Account Merge\n"
    "AWS 候補 ID: %s\n"
    "お問い合わせ内容:\n"
    "以下の 2 つの認定アカウントは、どちらもメールアドレス %s で登録されています。\n"
    "(1) %s\n(2) %s\n"
    "(2) は誤って作成したものです。(1) に統合してください。Credly にバッジが表示されない状態です。\n\n"
    "Amazon Web Services\n" % (CASE_C, CASE_C, CID_COMPANY, ME_COMPANY, CID_COMPANY, CID_DUP_TYPO))
add("c_ack", "acknowledgement", False, CASE_C, [CID_COMPANY, CID_DUP_TYPO],
    "Case C acknowledgement in Japanese (ISO-2022-JP), echoes the form text",
    "Japanese ack; candidate IDs appear in the echoed form text; 'reply to this mail' is an instruction for later, not a request",
    form_hdrs(ME_COMPANY, "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_C, t, mid_ses(), company=True),
    leaf(ack_c_txt, charset="iso-2022-jp", cte="7bit"), eol="\r\n")

t = d("2023-10-05 18:30:00", JST)
nl = ("今週の DevelopersIO ダイジェスト\n\n"
      "■ 人気記事\n"
      "・AWS 認定アカウントを統合してみた\n"
      "・Amazon Bedrock のナレッジベースを Terraform で作る\n"
      "・re:Invent 2023 参加前に読むべき 10 のこと\n\n"
      "■ イベント\n"
      "10/19 (木) AWS 認定 合格者座談会 (オンライン)\n\n"
      "配信停止はこちら: https://dev.classmethod.jp/newsletter/unsubscribe?u=9f1c2\n")
add("nl1", "unrelated", False, None, [],
    "Japanese tech newsletter (base64 UTF-8) mentioning account merges", "newsletter talks about merging certification accounts",
    received_gmail(ME_PERSONAL, t, "mail-sor-f69.google.com", "209.85.220.69") + auth_gmail(ME_PERSONAL, "classmethod.jp", "bounce.classmethod.jp") +
    std(addr("DevelopersIO", "newsletter@classmethod.jp"), ME_PERSONAL, "【DevelopersIO】今週のダイジェスト 2023/10/05", t, mid_generic("mail.classmethod.jp"),
        extra=[("List-Unsubscribe", "<https://dev.classmethod.jp/newsletter/unsubscribe?u=9f1c2>"), ("Precedence", "bulk")]),
    leaf(nl, charset="utf-8", cte="base64"), eol="\n")

t = d("2023-10-06 17:48:03")
txt = ("Hello Daichi,\n\n"
       "Thanks for your patience while I looked into your request.\n\n"
       "I was able to locate the account %s registered to %s. However, the second candidate ID in your "
       "request, %s, does not bring up any record on our side, either under that e-mail address or on its own, "
       "so I am not able to include it in a merge yet.\n\n"
       "The candidate ID is printed at the top right of the AWS Certification Account page once you are signed in "
       "(it starts with AWS followed by eight digits). Could you sign in to the second account, check the number "
       "shown there, and send it back to me in a reply to this e-mail? A screenshot of that page works too.\n\n"
       "Once I have the correct ID I can move forward.\n\n"
       "Kind regards,\nMarisol R.\n" + SIG_CS) % (CID_COMPANY, ME_COMPANY, CID_DUP_TYPO)
add("c_info", "info_request", True, CASE_C, [CID_COMPANY, CID_DUP_TYPO],
    "Case C: agent cannot find the second candidate ID and asks the owner to check it",
    "request comes after a long explanation, as a 'Could you …?' question",
    form_hdrs(ME_COMPANY, "RE:[CASE %s] %s" % (CASE_C, FORM_SUBJ), t, mid_ses(), irt=MSGIDS["c_ack"], refs=MSGIDS["c_ack"], company=True),
    leaf(txt, charset="utf-8", cte="quoted-printable"), eol="\r\n")

t = d("2023-10-07 01:12:40")
txt = ("Dear Daichi Kuwabara,\n\n"
       "Thank you for scheduling your exam with Pearson VUE. Please keep this e-mail for your records.\n\n"
       "Exam: DOP-C02: AWS Certified DevOps Engineer - Professional\n"
       "Registration ID: 412739056\n"
       "Appointment: Saturday, November 11, 2023 at 10:00 AM Japan Standard Time\n"
       "Location: OnVUE online proctored exam\n\n"
       "Before exam day, run the system test on the computer you will use and have your ID ready. "
       "To reschedule or cancel, sign in to your AWS Certification Account at least 24 hours before the appointment.\n\n"
       "Pearson VUE\n"
       "This is an automated message; replies to this address are not monitored.\n")
html = html_wrap(p("Dear Daichi Kuwabara,", "Thank you for scheduling your exam with Pearson VUE. Please keep this e-mail for your records.") +
    "<table cellpadding=\"4\" border=\"1\" style=\"border-collapse:collapse\">"
    "<tr><td><b>Exam</b></td><td>DOP-C02: AWS Certified DevOps Engineer - Professional</td></tr>"
    "<tr><td><b>Registration ID</b></td><td>412739056</td></tr>"
    "<tr><td><b>Appointment</b></td><td>Saturday, November 11, 2023 at 10:00 AM Japan Standard Time</td></tr>"
    "<tr><td><b>Location</b></td><td>OnVUE online proctored exam</td></tr></table>\n" +
    p("Before exam day, run the system test on the computer you will use and have your ID ready. To reschedule or cancel, sign in to your AWS Certification Account at least 24 hours before the appointment.",
      "Pearson VUE<br><small>This is an automated message; replies to this address are not monitored.</small>"))
add("pvue1", "unrelated", False, None, [],
    "Pearson VUE appointment confirmation (exam vendor)", "9-digit registration ID that is not a case number; exam-vendor mail about an AWS exam",
    auth_m365("pearson.com", "pearsonvue.com", ip="12.130.136.51") +
    std(addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), addr(ME_NAME, ME_COMPANY),
        "Pearson VUE Confirmation of Exam Appointment", t, mid_generic("pearsonvue.com")),
    multi("alternative", [leaf(txt, charset="us-ascii", cte="7bit"), leaf(html, "html", "utf-8", "quoted-printable")]), eol="\r\n")

t = d("2023-10-10 11:03:27")
html = html_wrap(
    "<div style=\"max-width:560px;margin:auto\"><img src=\"https://credly-notify.com/assets/logo.png\" alt=\"Credly\" width=\"120\">"
    + p("Hi Daichi,",
        "Amazon Web Services Training and Certification tried to issue you a badge, but your Credly profile could not be verified. "
        "Badges that are not claimed within <b>48 hours</b> are returned to the issuer and cannot be recovered.",
        "To keep your badge, confirm your identity by signing in with your AWS Builder ID below.",
        "<a href=\"https://credly-notify.com/claim/verify?u=dkuwabara&amp;t=8b1f0c\" style=\"background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none\">Verify and claim badge</a>",
        "If you have questions, simply reply to this e-mail with your AWS Certification Account password and our team will complete the verification for you.",
        "The Credly Team") + "</div>")
add("phish_credly", "suspicious", False, None, [],
    "Credly lookalike (credly-notify.com) asking to sign in and even to reply with a password",
    "asks for a reply, but the sender domain is not Credly; no real case",
    received_gmail(ME_PERSONAL, t, "mail.credly-notify.com", "91.215.85.17") +
    [("Authentication-Results", "mx.google.com;\n       spf=pass (google.com: domain of info@credly-notify.com designates 91.215.85.17 as permitted sender) smtp.mailfrom=info@credly-notify.com;\n       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=credly-notify.com")] +
    std(addr("Credly", "info@credly-notify.com"), ME_PERSONAL, "Action needed: your AWS badge could not be delivered", t, mid_generic("credly-notify.com")),
    leaf(html, "html", "utf-8", "quoted-printable"), eol="\n")

t = d("2023-10-11 02:20:55")
txt = ("Hello,\n\n"
       "We're following up on case %s. On October 6 we asked for some information that we need in order to continue, "
       "and we have not received a reply yet.\n\n"
       "If we do not hear from you within 72 hours, the case will be closed automatically. Replying to this e-mail "
       "before then will keep the case open; a reply after it is closed will reopen it.\n\n"
       "Best regards,\nAWS Training and Certification\n" % CASE_C)
html = html_wrap(p("Hello,",
    "We're following up on case %s. On October 6 we asked for some information that we need in order to continue, and we have not received a reply yet." % CASE_C,
    "If we do not hear from you within <b>72 hours</b>, the case will be closed automatically. Replying to this e-mail before then will keep the case open; a reply after it is closed will reopen it.",
    "Best regards,<br>AWS Training and Certification"))
add("c_close", "closing_notice", True, CASE_C, [],
    "Case C: 72-hour auto-close warning", "the request itself is not repeated; only the threat of closure",
    form_hdrs(ME_COMPANY, "RE:[CASE %s] %s" % (CASE_C, FORM_SUBJ), t, mid_ses(), irt=MSGIDS["c_info"], refs=refs_of("c_ack", "c_info"), company=True),
    multi("alternative", [leaf(txt, charset="us-ascii", cte="7bit"), leaf(html, "html", "utf-8", "quoted-printable")]), eol="\r\n")

t = d("2023-10-11 03:05:12")
t_info = d("2023-10-06 17:48:03")
body = ("Hello Marisol,\n\n"
        "Sorry for the late reply, I was travelling. I typed the ID wrong in the form - the second account is %s, "
        "not the one I wrote. I checked it on the account page just now.\n\n"
        "So to summarize: keep %s, and merge %s into it.\n\n"
        "Thanks,\nDaichi Kuwabara\nHoshizora Technologies / Cloud Infrastructure Team\n\n"
        % (CID_DUP, CID_COMPANY, CID_DUP))
q = outlook_orig("Amazon Web Services <%s>" % TC_FORM, t_info, ME_COMPANY, "RE:[CASE %s] %s" % (CASE_C, FORM_SUBJ)) + "\n\n" + \
    ("Hello Daichi,\n\nThanks for your patience while I looked into your request.\n\nI was able to locate the account %s registered to %s. "
     "However, the second candidate ID in your request, %s, does not bring up any record on our side...\n\n"
     "Could you sign in to the second account, check the number shown there, and send it back to me in a reply to this e-mail?\n\n"
     "Kind regards,\nMarisol R.\n" % (CID_COMPANY, ME_COMPANY, CID_DUP_TYPO))
add("c_user1", "user_reply", False, CASE_C, [CID_DUP, CID_COMPANY, CID_DUP],
    "Case C: owner answers from Outlook (company) with the corrected candidate ID, top-posted",
    "owner's own mail; quoted request with 'Could you …?' below an Outlook '-----Original Message-----' separator; typo'd ID only in the quote",
    outlook_sent(TC_FORM, "RE: RE:[CASE %s] %s" % (CASE_C, FORM_SUBJ), t, mid_outlook(), irt=MSGIDS["c_close"], refs=refs_of("c_ack", "c_info", "c_close")),
    leaf(body + q, charset="utf-8", cte="quoted-printable"), eol="\r\n")

t = d("2023-10-12 08:10:02")
txt = ("Greetings from Amazon Web Services,\n\n"
       "This e-mail confirms that your latest billing statement, for the account ending in 4521, is available on the AWS web site. "
       "Your account will be charged the following:\n\n"
       "Total: USD 37.84\n\n"
       "You can see a complete break down of all charges on the Billing & Cost Management page located at "
       "https://console.aws.amazon.com/billing/home#/bill\n\n"
       "[AWS ID 318846014521]\n\n"
       "Thank you for using Amazon Web Services.\n\nSincerely,\nAmazon Web Services\n\n"
       "This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n")
add("bill1", "unrelated", False, None, [],
    "AWS billing statement", "genuine amazon.com sender, 12-digit account ID in brackets",
    received_gmail(ME_PERSONAL, t, "a8-82.smtp-out.amazonses.com", "54.240.8.82") + auth_gmail(ME_PERSONAL, "amazon.com", "amazonses.com") +
    std(addr("Amazon Web Services", "aws-billing@amazon.com"), ME_PERSONAL, "Amazon Web Services Billing Statement Available [Account: 318846014521]", t, mid_ses("us-east-1")),
    leaf(txt, charset="us-ascii", cte="7bit"), eol="\n")

t = d("2023-10-13 19:31:48")
txt = ("Hi Daichi,\n\n"
       "Thank you for sending the corrected candidate ID. I found the second account (%s) and confirmed that both records use %s.\n\n"
       "Merges where two accounts share an e-mail address are handled by our Certification Operations team, so I have "
       "transferred your case to them with all the details. They are working through a higher volume than usual at the "
       "moment, so it may take a few business days before they write to you. You do not need to do anything in the meantime.\n\n"
       "Regards,\nMarisol R.\n" + SIG_CS) % (CID_DUP, ME_COMPANY)
add("c_upd", "case_update", False, CASE_C, [CID_DUP],
    "Case C: transferred to Certification Operations, nothing to do",
    "explicitly says no action needed; mentions an ID",
    form_hdrs(ME_COMPANY, "RE:[CASE %s] %s" % (CASE_C, FORM_SUBJ), t, mid_ses(), irt=MSGIDS["c_user1"], refs=refs_of("c_ack", "c_info", "c_close", "c_user1"), company=True),
    leaf(txt, charset="us-ascii", cte="7bit"), eol="\r\n")

t = d("2023-10-18 06:44:09")
conf_c_html = html_wrap(
    p("Hello Daichi,", "I'm Tomasz from the AWS Certification Operations team, following up on the request your case was opened for.",
      "Our records show the following two AWS Certification accounts:") +
    "<table border=\"1\" cellpadding=\"6\" style=\"border-collapse:collapse;font-size:13px\">\n"
    "<tr style=\"background:#232f3e;color:#fff\"><th></th><th>Account #1</th><th>Account #2</th></tr>\n"
    "<tr><td>Candidate ID</td><td>%s</td><td>%s</td></tr>\n"
    "<tr><td>Login email</td><td>%s</td><td>%s</td></tr>\n"
    "<tr><td>Certification notification email</td><td>%s</td><td>%s</td></tr>\n"
    "<tr><td>Active certifications</td><td>SAP-C02, SAA-C03</td><td>DVA-C02</td></tr>\n"
    "</table>\n" % (CID_COMPANY, CID_DUP, ME_COMPANY, ME_COMPANY, ME_COMPANY, ME_COMPANY) +
    p("After a merge only one of them remains, and all exam history, certifications and benefits are moved into it. "
      "The other one is deactivated and cannot be restored.",
      "Before I go ahead, I need you to confirm that both accounts are yours and that Account #1 is the one to keep.",
      "Thank you,<br>Tomasz<br>AWS Certification Operations"))
add("c_conf", "confirmation_request", True, CASE_C, [CID_COMPANY, CID_DUP],
    "Case C: HTML-only table of both accounts, asks to confirm ownership and the account to keep",
    "HTML-only with a table; the ask is phrased 'I need you to confirm'",
    form_hdrs(ME_COMPANY, "RE:[CASE %s] %s" % (CASE_C, FORM_SUBJ), t, mid_ses(), irt=MSGIDS["c_upd"], refs=refs_of("c_ack", "c_info", "c_user1", "c_upd"), company=True),
    leaf(conf_c_html, "html", "utf-8", "quoted-printable"), eol="\r\n")

t = d("2023-10-18 07:02:31")
body = ("Hi Tomasz,\n\nYes, both accounts are mine. Please keep Account #1 and merge Account #2 into it.\n\nThank you!\nDaichi\n\n")
q = outlook_orig("Amazon Web Services <%s>" % TC_FORM, d("2023-10-18 06:44:09"), ME_COMPANY, "RE:[CASE %s] %s" % (CASE_C, FORM_SUBJ)) + "\n\n" + \
    ("Hello Daichi,\n\nI'm Tomasz from the AWS Certification Operations team...\n\n"
     "Account #1  Candidate ID %s  Login email %s\nAccount #2  Candidate ID %s  Login email %s\n\n"
     "Before I go ahead, I need you to confirm that both accounts are yours and that Account #1 is the one to keep.\n"
     % (CID_COMPANY, ME_COMPANY, CID_DUP, ME_COMPANY))
add("c_user2", "user_reply", False, CASE_C, [],
    "Case C: owner confirms (Outlook, company address)", "owner's confirmation; the quoted part below still contains the request and IDs",
    outlook_sent(TC_FORM, "RE: RE:[CASE %s] %s" % (CASE_C, FORM_SUBJ), t, mid_outlook(), irt=MSGIDS["c_conf"], refs=refs_of("c_ack", "c_upd", "c_conf")),
    multi("alternative", [leaf(body + q, charset="iso-2022-jp", cte="7bit"),
                          leaf(html_wrap("<div>" + body.replace("\n", "<br>\n") + "<hr>" + q.replace("\n", "<br>\n") + "</div>"), "html", "utf-8", "base64")]), eol="\r\n")

t = d("2023-10-19 01:15:50")
body = ("Hello Daichi,\n\n"
        "All done: the two accounts have been merged. Your exam history, certifications and benefits are now in "
        "the account with candidate ID %s, and the duplicate account has been deactivated.\n\n"
        "Credly should pick up the change within a day or two; you don't need to claim anything again. "
        "No further action is required on your part, and this case is now marked as resolved.\n\n"
        "Thank you for your patience,\nTomasz\nAWS Certification Operations\n\n" % CID_COMPANY)
q = ("--------------- Original Message ---------------\n"
     "From: [%s]\nSent: 10/18/2023 7:02 AM\nTo: %s\nSubject: RE: RE:[CASE %s] %s\n\n"
     "Hi Tomasz,\n\nYes, both accounts are mine. Please keep Account #1 and merge Account #2 into it.\n\n"
     "--------------- Original Message ---------------\n"
     "From: %s\nSent: 10/18/2023 6:44 AM\nTo: [%s]\nSubject: RE:[CASE %s] %s\n\n"
     "Our records show the following two AWS Certification accounts:\n"
     "Account #1: %s / %s\nAccount #2: %s / %s\n"
     "Before I go ahead, I need you to confirm that both accounts are yours and that Account #1 is the one to keep.\n"
     % (ME_COMPANY, TC_FORM, CASE_C, FORM_SUBJ, TC_FORM, ME_COMPANY, CASE_C, FORM_SUBJ, CID_COMPANY, ME_COMPANY, CID_DUP, ME_COMPANY))
add("c_res", "resolved", False, CASE_C, [CID_COMPANY],
    "Case C: merge done; quotes the earlier confirmation request (Salesforce-style separators)",
    "the quoted history still contains 'I need you to confirm'; 'no further action is required'",
    form_hdrs(ME_COMPANY, "RE:[CASE %s] %s" % (CASE_C, FORM_SUBJ), t, mid_ses(), irt=MSGIDS["c_user2"], refs=refs_of("c_ack", "c_conf", "c_user2"), company=True),
    leaf(body + q, charset="utf-8", cte="quoted-printable"), eol="\r\n")


def credly(key, t, to, badge, what, hard, subject=None, extra_txt="", kind="badge"):
    sub = subject or "Amazon Web Services Training and Certification has issued you a new badge"
    txt = ("Hi Daichi,\n\n"
           "Amazon Web Services Training and Certification has issued you the \"%s\" badge.%s\n\n"
           "Accept your badge: https://www.credly.com/earner/earned/badge/%s-%s-%s-%s-%s\n\n"
           "Share it on LinkedIn and other networks so employers can verify your skills.\n\n"
           "Credly, Inc. | 244 Fifth Avenue, New York, NY 10001\n"
           "You received this e-mail because you earned a badge. Manage notification settings in your Credly account.\n"
           % (badge, extra_txt, hx(8), hx(4), hx(4), hx(4), hx(12)))
    html = html_wrap("<table width=\"600\" align=\"center\"><tr><td><img src=\"https://images.credly.com/email/credly-logo.png\" width=\"100\"></td></tr><tr><td>" +
                     p("Hi Daichi,", "Amazon Web Services Training and Certification has issued you the <b>%s</b> badge.%s" % (badge, extra_txt),
                       "<a href=\"https://www.credly.com/earner/earned\" style=\"background:#ff6b00;color:#fff;padding:10px 16px\">Accept badge</a>") +
                     "</td></tr><tr><td style=\"font-size:11px;color:#777\">Credly, Inc. | 244 Fifth Avenue, New York, NY 10001</td></tr></table>")
    dom_ok = auth_gmail(to, "credly.com", "mail.credly.com") if to == ME_PERSONAL else auth_m365("credly.com", "mail.credly.com", ip="167.89.12.7")
    pre = (received_gmail(to, t, "o1.mail.credly.com", "167.89.12.7") if to == ME_PERSONAL else []) + dom_ok
    add(key, kind, False, None, [], what, hard,
        pre + std(addr("Credly", "admin@credly.com"), to, sub, t, mid_generic("mail.credly.com"),
                  extra=[("List-Unsubscribe", "<https://www.credly.com/notifications/unsubscribe?t=%s>" % an(24))]),
        multi("alternative", [leaf(txt, charset="utf-8", cte="quoted-printable"), leaf(html, "html", "utf-8", "quoted-printable")]), eol="\r\n")


credly("badge1", d("2023-10-19 02:40:11"), ME_COMPANY, "AWS Certified Solutions Architect - Professional",
       "Credly badge issued right after the merge", "arrives minutes after a resolution; mentions AWS T&C")

t = d("2023-10-20 04:00:00")
txt = ("Hello,\n\n"
       "Your recent case with AWS Training and Certification (Case ID: %s) has been resolved. We would like to know how we did.\n\n"
       "How satisfied are you with the support you received?\n"
       "https://survey.aws-cs.amazon.com/s/tc?case=%s&score=5  Very satisfied\n"
       "https://survey.aws-cs.amazon.com/s/tc?case=%s&score=1  Very dissatisfied\n\n"
       "The survey has three questions and takes about a minute. Your answers help us improve; they are not added to your case, "
       "and you do not need to reply to this e-mail.\n\n"
       "Thank you,\nAWS Training and Certification Customer Experience\n" % (CASE_C, CASE_C, CASE_C))
add("c_survey", "survey", False, CASE_C, [],
    "Case C: post-resolution satisfaction survey", "a question mark and links, but only feedback is asked",
    form_hdrs(ME_COMPANY, "How did we do? Your AWS Training and Certification case %s" % CASE_C, t, mid_ses(), company=True),
    leaf(txt, charset="us-ascii", cte="7bit"), eol="\r\n")

credly("badge2", d("2023-10-23 10:18:37"), ME_COMPANY, "AWS Certified Developer - Associate",
       "Credly badge from the merged duplicate account", "second badge mail for the same mailbox",
       extra_txt=" This badge was previously held in another account and has been moved to your profile.")

t = d("2023-11-08 05:27:00")
txt = ("## 返信はこの行より上にご記入ください ##\n\n"
       "桑原 様\n\n"
       "リクエスト #88213「課題のガントチャートが表示されない」は解決済みになりました。\n\n"
       "本件は 7 日後に自動的にクローズされます。問題が解決していない場合は、このメールに返信するとリクエストが再開されます。\n\n"
       "Backlog サポートチーム\n\n"
       "このメールは Backlog ヘルプセンター (support.backlog.com) から送信されています。\n")
add("backlog", "unrelated", False, None, [],
    "Other vendor's support ticket solved (Japanese, Zendesk style)",
    "another vendor's 'solved / will be closed / reply to reopen' wording",
    auth_m365("nulab.com", "support.nulab.com", ip="192.161.147.1") +
    std(addr("Backlog サポート", "support@nulab.com"), ME_COMPANY, "[Backlog サポート] リクエスト #88213 は解決済みです", t,
        "<9KV2ZP_6549b7c0a1f23_3e6c2fb9d8a7410_sprut@zendesk.com>", extra=[("X-Mailer", "Zendesk Mailer")]),
    leaf(txt, charset="utf-8", cte="base64"), eol="\r\n")

t = d("2023-12-06 00:30:00")
html = html_wrap("<table width=\"640\" align=\"center\" style=\"background:#f2f3f3\"><tr><td>" +
                 p("<span style=\"font-size:22px\">re:Invent 2023 recap: what's new for builders</span>",
                   "Missed Las Vegas? Catch up on the keynotes and more than 500 breakout sessions on demand.",
                   "<a href=\"https://aws.amazon.com/reinvent/\">Watch on demand</a>",
                   "New in AWS Skill Builder: prepare for the AWS Certified Data Engineer - Associate exam with the official practice question set.",
                   "<small>You are receiving this e-mail because you subscribed to AWS marketing. <a href=\"https://pages.awscloud.com/unsubscribe\">Unsubscribe</a>. Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109</small>") +
                 "</td></tr></table>")
add("mkt1", "unrelated", False, None, [],
    "AWS marketing (re:Invent recap), HTML-only", "genuine AWS sender mentioning certification exams",
    received_gmail(ME_PERSONAL, t, "mail.awscloud.com", "199.15.213.41") + auth_gmail(ME_PERSONAL, "amazon.com", "mail.awscloud.com") +
    std(addr("Amazon Web Services", "aws-marketing-email-replies@amazon.com"), ME_PERSONAL, "re:Invent 2023 recap: keynotes and sessions on demand", t, mid_generic("mail.awscloud.com"),
        extra=[("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe>")]),
    leaf(html, "html", "utf-8", "quoted-printable"), eol="\n")


# ---------------------------------------------------------------- 2024: certification program mail
t = d("2024-02-14 16:05:00")
html = html_wrap(p("Hello Daichi,",
    "AWS Certification wants to hear from you! You recently took an AWS Certification exam, and we'd like to know about your experience "
    "preparing for it, scheduling it and sitting it.",
    "The questionnaire takes about 10 minutes. Your responses are anonymous and will help shape future exams.",
    "<a href=\"https://www.surveygizmo.com/s3/7261840/aws-cert-exp?c=%s\">Start the questionnaire</a>" % CID_COMPANY.lower(),
    "Thank you,<br>AWS Certification",
    "<small>Please do not reply to this message. Sent by CertMetrics on behalf of AWS Certification.</small>"))
add("cert_hear", "certification", False, None, [],
    "CertMetrics: 'AWS Certification wants to hear from you' exam-experience questionnaire",
    "a feedback request, but about the exam program, not a support case (so not 'survey'); candidate ID only inside a URL in lower case",
    auth_m365("certmetrics.com", "certmetrics.com", ip="198.2.179.44") +
    std(addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_COMPANY, "AWS Certification wants to hear from you", t, mid_generic("certmetrics.com")),
    leaf(html, "html", "utf-8", "quoted-printable"), eol="\r\n")

t = d("2024-04-22 21:44:12")
txt = ("AWS Certification - Compliance Notice\n\n"
       "Dear Candidate,\n\n"
       "During a routine audit we detected that your AWS Certification Account is linked to more than one profile. "
       "Under the AWS Certification Program Agreement, duplicate profiles can lead to revocation of all active certifications.\n\n"
       "Case reference: 20240422-88410\n\n"
       "To avoid revocation you must reply to this e-mail within 48 hours with:\n"
       " - your full name and date of birth\n"
       " - the e-mail address and password used for your AWS Builder ID\n"
       " - a photo of your government ID\n\n"
       "Failure to respond will result in permanent revocation.\n\n"
       "AWS Certification Compliance Team\ncertmetrics-aws.com\n")
add("phish_cm", "suspicious", False, None, [],
    "CertMetrics lookalike threatening revocation and demanding a reply with password",
    "demands a reply within 48 h and has a 'case reference', but the domain is certmetrics-aws.com",
    received_gmail(ME_PERSONAL, t, "vps-4471.hostkey-de.net", "45.146.164.110") +
    [("Authentication-Results", "mx.google.com;\n       spf=neutral (google.com: 45.146.164.110 is neither permitted nor denied by best guess record for domain of compliance@certmetrics-aws.com) smtp.mailfrom=compliance@certmetrics-aws.com")] +
    std(addr("AWS Certification Compliance", "compliance@certmetrics-aws.com"), ME_PERSONAL, "URGENT: Your AWS Certifications will be revoked - response required", t, mid_generic("vps-4471.hostkey-de.net"),
        extra=[("Reply-To", "aws.cert.compliance@outlook.com"), ("X-Priority", "1 (Highest)")]),
    leaf(txt, charset="us-ascii", cte="7bit"), eol="\n")

t = d("2024-06-10 01:00:00")
txt = ("桑原 大地 様\n\n"
       "AWS 認定を取得いただきありがとうございます。認定特典として、次回の AWS 認定試験で使える 50% 割引バウチャーをご利用いただけます。\n\n"
       "・対象: AWS 認定試験 1 回分 (受験料の 50%)\n"
       "・有効期限: 2025 年 9 月 30 日\n\n"
       "バウチャーは AWS 認定アカウントの [特典] ページで確認できます。\n"
       "https://www.aws.training/Certification\n\n"
       "AWS 認定\n※このメールは送信専用です。ご返信いただいてもお答えできません。\n")
add("cert_voucher", "certification", False, None, [],
    "Certification benefit: 50% exam voucher (Japanese)", "benefit notice, not a case; send-only footer",
    auth_m365("certmetrics.com", "certmetrics.com", ip="198.2.179.44") +
    std(addr("AWS 認定", "do-not-reply@certmetrics.com"), ME_COMPANY, "AWS 認定特典: 50% 割引バウチャーのご案内", t, mid_generic("certmetrics.com")),
    leaf(txt, charset="utf-8", cte="base64"), eol="\r\n")

credly("badge_exp", d("2024-09-03 12:20:41"), ME_COMPANY, "AWS Certified Developer - Associate",
       "Credly: badge about to expire", "a Credly reminder that reads like a deadline",
       subject="Your AWS Certified Developer - Associate badge expires in 90 days",
       extra_txt=" Heads up: this badge expires on December 2, 2024. Recertify before then to keep it active.")

t = d("2024-11-20 00:00:00")
txt = ("桑原 大地 様\n\n"
       "お持ちの AWS 認定の有効期限が近づいています。\n\n"
       "  認定: AWS Certified Developer - Associate\n"
       "  有効期限: 2024 年 12 月 2 日\n\n"
       "有効期限を過ぎると認定は失効し、デジタルバッジも無効になります。再認定の方法は AWS 認定のウェブサイトをご覧ください。\n"
       "https://aws.amazon.com/jp/certification/recertification/\n\n"
       "AWS 認定チーム\n")
add("cert_expiry", "certification", False, None, [],
    "Certification expiry reminder (Japanese, Shift_JIS, base64)", "deadline language; Shift_JIS",
    auth_m365("certmetrics.com", "certmetrics.com", ip="198.2.179.44") +
    std(addr("AWS 認定", "do-not-reply@certmetrics.com", "shift_jis"), ME_COMPANY, "【AWS 認定】認定の有効期限が近づいています", t, mid_generic("certmetrics.com"), subj_charset="Shift_JIS"),
    leaf(txt, charset="Shift_JIS", cte="base64"), eol="\r\n")

t = d("2024-12-05 03:12:00")
txt = ("Dear Daichi Kuwabara,\n\n"
       "Congratulations on recertifying your AWS Certified Developer - Associate certification! Your new expiration date is "
       "December 5, 2027.\n\nCandidate ID: %s\n\n"
       "Your updated certificate is available in your AWS Certification Account, and Credly will update your badge shortly.\n\n"
       "AWS Certification\n" % CID_COMPANY)
add("cert_recert", "certification", False, None, [CID_COMPANY],
    "CertMetrics: recertification congratulations", "candidate ID in a certification notice",
    auth_m365("certmetrics.com", "certmetrics.com", ip="198.2.179.44") +
    std(addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_COMPANY, "Congratulations on recertifying your AWS Certification!", t, mid_generic("certmetrics.com")),
    leaf(txt, charset="us-ascii", cte="7bit"), eol="\r\n")

# ---------------------------------------------------------------- 2025
t = d("2025-01-20 09:48:10")
txt = ("Hello Daichi,\n\n"
       "Thank you for contacting AWS Events. I'm sorry to hear that you were charged twice for your AWS Summit Japan 2025 "
       "workshop pass.\n\n"
       "To request the refund I need the order number of the duplicate charge (it starts with \"AWSJ-\" and appears in the "
       "confirmation e-mail). Could you reply with that number?\n\n"
       "Best,\nNaomi\nAWS Events Customer Support\n")
add("events", "unrelated", False, CASE_EV, [],
    "AWS Events form case (other AWS program) asking for an order number",
    "same 'RE:[CASE n] [... Form Submission]' shape and a real question, but it is not a Training and Certification case",
    received_gmail(ME_PERSONAL, t, "a27-41.smtp-out.us-west-2.amazonses.com", "54.240.27.41") + auth_gmail(ME_PERSONAL, "amazon.com", "us-west-2.amazonses.com") +
    std(addr("Amazon Web Services", "aws-cs-events-form@amazon.com"), ME_PERSONAL,
        "RE:[CASE %s] [AWS Events Form Submission] - registration-payment" % CASE_EV, t, mid_ses()),
    leaf(txt, charset="us-ascii", cte="7bit"), eol="\n")

t = d("2025-02-10 10:15:00", JST)
txt = ("桑原さん\n\n"
       "人事部の西田です。3 月 31 日付の退職に伴う手続きについてご連絡します。\n\n"
       "1. 貸与 PC・入館証の返却: 3 月 28 日 (金) まで\n"
       "2. 会社メールアドレス (d-kuwabara@hoshizora-tech.co.jp) は 3 月 31 日 23:59 に停止します。\n"
       "   業務外のサービス (資格アカウント等) に登録している場合は、それまでに個人アドレスへ変更してください。\n"
       "3. 有給休暇の残日数は別途ご連絡します。\n\n"
       "ご不明点があれば人事部までお問い合わせください。\n\n"
       "株式会社ホシゾラテクノロジーズ 人事部\n西田 由香\n")
add("hr", "unrelated", False, None, [],
    "Company HR: leaving procedures (ISO-2022-JP)", "a colleague asks for actions with a deadline; not support",
    [("Received", "from TYCPR01MB8123.jpnprd01.prod.outlook.com ([fe80::5c1e:9a2:f1b3:77d0]) by\n TYCPR01MB8123.jpnprd01.prod.outlook.com with mapi id 15.20.8445.017")] +
    std(addr("西田 由香", "y-nishida@hoshizora-tech.co.jp", "iso-2022-jp"), addr(ME_NAME_JA, ME_COMPANY, "iso-2022-jp"), "退職手続きのご案内", t, mid_outlook(), subj_charset="iso-2022-jp"),
    leaf(txt, charset="iso-2022-jp", cte="7bit"), eol="\r\n")

t = d("2025-03-03 00:02:45")
txt = ("Verify your AWS Builder ID email address\n\n"
       "Thanks for starting the AWS Builder ID sign-up. Enter this verification code to confirm your e-mail address:\n\n"
       "Verification code: 582614\n\n"
       "The code expires 30 minutes after it was sent. If you did not request it, you can ignore this message.\n\n"
       "Amazon Web Services\n")
add("builderid", "unrelated", False, None, [],
    "Builder ID verification code", "6-digit code; AWS sender", 
    received_gmail(ME_PERSONAL, t, "a8-55.smtp-out.amazonses.com", "54.240.8.55") + auth_gmail(ME_PERSONAL, "signin.aws", "amazonses.com") +
    std(addr("AWS", "no-reply@signin.aws"), ME_PERSONAL, "Verify your AWS Builder ID email address", t, mid_ses("us-east-1")),
    multi("alternative", [leaf(txt, charset="utf-8", cte="7bit"), leaf(html_wrap(p(*txt.strip().split("\n\n"))), "html", "utf-8", "quoted-printable")]), eol="\n")

t = d("2025-03-03 00:09:31")
txt = ("Welcome to AWS Certification, Daichi!\n\n"
       "Your AWS Certification Account has been created.\n\nCandidate ID: %s\n\n"
       "From your account you can schedule exams, view your exam history, download certificates and use your certification benefits.\n"
       "https://www.aws.training/Certification\n\nAWS Certification\n" % CID_PERSONAL)
add("cert_welcome", "certification", False, None, [CID_PERSONAL],
    "CertMetrics: new certification account created (personal address)", "new candidate ID; sent minutes before the merge request",
    received_gmail(ME_PERSONAL, t, "mta-198-2-179-44.certmetrics.com", "198.2.179.44") + auth_gmail(ME_PERSONAL, "certmetrics.com", "certmetrics.com") +
    std(addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_PERSONAL, "Welcome to AWS Certification", t, mid_generic("certmetrics.com")),
    leaf(txt, charset="us-ascii", cte="7bit"), eol="\n")

t = d("2025-03-03 00:14:29")
ack_a_txt = ("Hello,\n\n"
       "Thank you for contacting AWS Training and Certification. Your request has been logged as case %s. "
       "A member of our team will get back to you, typically within one business day; some requests need extra research and take longer.\n\n"
       "Please don't open a new case for this same request. Duplicate cases are handled separately and usually slow things down. "
       "If you want to add something, reply to this message instead.\n\n"
       "The details of your case are as follows:\n\n"
       "Case ID: %s\n"
       "Subject: %s\n"
       "Inquiry type: Certification\n"
       "Additional details: Account Merge\n"
       "Contact e-mail: %s\n"
       "Description:\n"
       "Use case: I am leaving Hoshizora Technologies on March 31, 2025 and want my certifications moved to my personal account.\n"
       "All email addresses used: %s, %s\n"
       "Email address to keep: %s\n"
       "Candidate IDs: %s (company), %s (personal)\n\n"
       "Sincerely,\nAmazon Web Services\n"
       % (CASE_A, CASE_A, FORM_SUBJ, ME_PERSONAL, ME_COMPANY, ME_PERSONAL, ME_PERSONAL, CID_COMPANY, CID_PERSONAL))
add("a_ack", "acknowledgement", False, CASE_A, [CID_COMPANY, CID_PERSONAL],
    "Case A acknowledgement (15-digit case), echoes the form text",
    "says 'reply to this message' for additions (not a request); IDs appear in the echoed description",
    form_hdrs(ME_PERSONAL, "RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ), t, mid_ses()),
    leaf(ack_a_txt, charset="us-ascii", cte="7bit"), eol="\n")

t = d("2025-03-03 00:41:12")
txt = ("Amazon Web Services をご利用いただきありがとうございます。\n\n"
       "お問い合わせを受け付けました。ケース番号は %s です。\n"
       "通常 24 時間以内に担当者よりご連絡いたしますが、内容によってはお時間をいただく場合がございます。\n\n"
       "同じご依頼についてすでにケースをお持ちの場合は、新しいケースを作成せず、既存のケースのメールにご返信ください。\n\n"
       "ケースの詳細:\n"
       "ケース ID: %s\n"
       "お問い合わせタイプ: AWS トレーニングと認定\n"
       "問題タイプ: 認定\n"
       "その他の詳細: アカウントの統合\n"
       "お問い合わせ内容:\n"
       "Use Case: I will no longer be an employee of my company after March 31 and would like to merge my accounts.\n"
       "All email addresses you may have used in our system: %s\n"
       "The email address you would like to keep on file: %s\n"
       "AWS 候補 ID: %s\n\n"
       "Amazon Web Services\n" % (CASE_B, CASE_B, ME_COMPANY, ME_PERSONAL, CID_COMPANY))
add("b_ack", "acknowledgement", False, CASE_B, [CID_COMPANY],
    "Case B: acknowledgement of a second (duplicate) form submitted from the company address, Japanese, base64",
    "second case number for the same request; warns about duplicates; base64 UTF-8 with a B-encoded subject",
    form_hdrs(ME_COMPANY, "RE:[CASE %s] [AWS トレーニングと認定 フォーム送信] - account-assistance" % CASE_B, t, mid_ses(), company=True),
    leaf(txt, charset="utf-8", cte="base64"), eol="\r\n")

t = d("2025-03-04 02:30:05")
txt = ("Hello,\n\n"
       "We noticed that this case is a duplicate of case %s, which was opened a few minutes earlier for the same account merge request. "
       "To keep everything in one place, we have closed case %s and linked it to %s. Our team will continue to work on your request "
       "there, and all further correspondence will come from that case.\n\n"
       "There is nothing you need to do; you don't have to reply to this e-mail.\n\n"
       "Regards,\nKenji N.\n" + SIG_CS) % (CASE_A, CASE_B, CASE_A)
add("b_dup", "case_update", False, CASE_B, [],
    "Case B closed as a duplicate and linked to case A",
    "mentions two case numbers (the mail belongs to B); 'closed' but not a closing notice for lack of reply",
    form_hdrs(ME_COMPANY, "RE:[CASE %s] [AWS トレーニングと認定 フォーム送信] - account-assistance" % CASE_B, t, mid_ses(), irt=MSGIDS["b_ack"], refs=MSGIDS["b_ack"], company=True),
    leaf(txt, charset="us-ascii", cte="7bit"), eol="\r\n")

t = d("2025-03-04 05:52:19")
txt = ("@ysaeki-hz merged commit 9c2e4f1 into main.\n\n"
       "#588 Add account-merge script for legacy Cognito user pools\n\n"
       "--\nReply to this email directly, view it on GitHub:\nhttps://github.com/hoshizora/auth-tools/pull/588#event-16540012231\n"
       "You are receiving this because you authored the thread.\n")
add("gh2", "unrelated", False, None, [],
    "GitHub: 'account-merge' PR merged", "'account-merge' and 'merged' in a non-AWS mail",
    auth_m365("github.com", "github.com", ip="192.30.252.206") +
    std(addr("Yuto Saeki", "notifications@github.com"), addr("hoshizora/auth-tools", "auth-tools@noreply.github.com"),
        "Re: [hoshizora/auth-tools] Add account-merge script for legacy Cognito user pools (PR #588)", t,
        "<hoshizora/auth-tools/pull/588/issue_event/16540012231@github.com>", cc=addr(ME_NAME, ME_COMPANY) + ", Author <author@noreply.github.com>",
        irt="<hoshizora/auth-tools/pull/588@github.com>", refs="<hoshizora/auth-tools/pull/588@github.com>",
        extra=[("List-ID", "hoshizora/auth-tools <auth-tools.hoshizora.github.com>"), ("X-GitHub-Reason", "author")]),
    leaf(txt, charset="UTF-8", cte="7bit"), eol="\r\n")


t = d("2025-03-05 08:17:40")
hold1_txt = ("Hello Daichi,\n\n"
       "Thank you for your patience. I've reviewed the two certification accounts in your request.\n\n"
       "The account registered to %s (candidate ID %s) is associated with an AWS Partner Network (APN) organization, "
       "Hoshizora Technologies. Certifications held in an account that is linked to a partner organization count toward that "
       "partner's standing, so we can't move them out while the association is active. For that reason I have put this case on hold "
       "while we review it with the partner team.\n\n"
       "One detail would let us move this forward: whether you are still employed by Hoshizora Technologies, and if you are "
       "leaving, the date of your last working day. With that information we can ask the partner to release the association.\n\n"
       "In the meantime, your certifications remain valid and nothing changes on either account.\n\n"
       "Best regards,\nAoife M.\n" + SIG_CS) % (ME_COMPANY, CID_COMPANY)
hold1_html = html_wrap(p(*[x for x in hold1_txt.strip().split("\n\n")]))
add("a_hold1", "on_hold", True, CASE_A, [CID_COMPANY],
    "Case A: on hold because the company account is tied to an APN partner; asks (as a statement) for employment status / last day",
    "the request is buried in the hold notice and phrased 'One detail would let us move this forward: …' with no question mark and no 'please'",
    form_hdrs(ME_PERSONAL, "RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ), t, mid_ses(), irt=MSGIDS["a_ack"], refs=MSGIDS["a_ack"]),
    multi("alternative", [leaf(hold1_txt, charset="us-ascii", cte="7bit"), leaf(hold1_html, "html", "utf-8", "quoted-printable")]), eol="\n")

t = d("2025-03-05 09:02:11")
body = ("Hello Aoife,\n\n"
        "Thank you for checking. I am resigning from Hoshizora Technologies; my last working day is March 31, 2025, "
        "and this company mailbox will be closed on that day. I would like everything moved to my personal address.\n\n"
        "Best regards,\nDaichi Kuwabara\n\n")
q = ("From: Amazon Web Services <%s>\nSent: Wednesday, March 5, 2025 5:17 PM\nTo: %s\nSubject: RE:[CASE %s] %s\n\n" % (TC_FORM, ME_PERSONAL, CASE_A, FORM_SUBJ) +
     hold1_txt)
add("a_user_wrong", "user_reply", False, CASE_A, [],
    "Case A: owner answers from the COMPANY address (Outlook) although the case contact is the personal one",
    "owner's reply from the 'wrong' address; full hold notice quoted below an Outlook header block (no '>' marks)",
    outlook_sent(TC_FORM, "RE: RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ), t, mid_outlook(), irt=MSGIDS["a_hold1"], refs=refs_of("a_ack", "a_hold1")),
    multi("alternative", [leaf(body + q, charset="utf-8", cte="quoted-printable"),
                          leaf(html_wrap("<div>" + body.replace("\n", "<br>\n") + "</div><div style=\"border-top:solid #E1E1E1 1pt\">" + q.replace("\n", "<br>\n") + "</div>"), "html", "utf-8", "quoted-printable")]), eol="\r\n")

t = d("2025-03-06 01:26:33")
txt = ("Hi Daichi,\n\n"
       "We received a message on this case from %s. That address is not the contact address on case %s, and "
       "for the security of your certification records we can only act on instructions that come from the address on the case.\n\n"
       "We need you to send the same information (that you are leaving the company and your last working day) from %s. "
       "Replying to this e-mail, which has been sent to that address, is the easiest way.\n\n"
       "Thanks,\nAoife M.\n" + SIG_CS) % (ME_COMPANY, CASE_A, ME_PERSONAL)
add("a_info_addr", "info_request", True, CASE_A, [],
    "Case A: support ignores the company-address reply and asks for it again from the personal address",
    "'We need you to send …' (no please); the request is to write from another address",
    form_hdrs(ME_PERSONAL, "RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ), t, mid_ses(), irt=MSGIDS["a_user_wrong"], refs=refs_of("a_ack", "a_hold1", "a_user_wrong")),
    leaf(txt, charset="us-ascii", cte="7bit"), eol="\n")

t = d("2025-03-06 10:40:02", JST)
txt = ("村井です。\n\n"
       "3 月 6 日 (木) から 3 月 10 日 (月) まで休暇のため不在にしております。\n"
       "期間中はメールを確認できません。お急ぎの場合は岡田 (m-okada@hoshizora-tech.co.jp) までご連絡ください。\n\n"
       "I am out of the office until Monday, March 10 with no access to e-mail.\n")
add("ooo", "unrelated", False, None, [],
    "Colleague's out-of-office auto-reply (Japanese/English)", "auto-reply to the owner's own mail about the handover",
    [("Received", "from TYCPR01MB9921.jpnprd01.prod.outlook.com ([fe80::8e0:61a2:10f9:2c44]) by\n TYCPR01MB9921.jpnprd01.prod.outlook.com with mapi id 15.20.8489.026")] +
    std(addr("村井 拓也", "t-murai@hoshizora-tech.co.jp"), addr(ME_NAME_JA, ME_COMPANY), "自動応答: 引き継ぎ資料の件", t, mid_outlook(),
        irt=mid_outlook(), extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", "t-murai@hoshizora-tech.co.jp")]),
    leaf(txt, charset="utf-8", cte="base64"), eol="\r\n")

t = d("2025-03-06 11:58:20", JST)
body = ("Hello Aoife,\n\n"
        "Sorry about that - writing from my personal address now.\n\n"
        "I confirm that I am leaving Hoshizora Technologies. My last working day is March 31, 2025. "
        "After that date the company mailbox (%s) will no longer receive mail, so please use this address for everything.\n\n"
        "Best regards,\nDaichi Kuwabara\n\n" % ME_COMPANY)
t36 = d("2025-03-06 01:26:33")
t34 = d("2025-03-05 08:17:40")
info_addr_txt = (("Hi Daichi,\n\nWe received a message on this case from %s. That address is not the contact address on case %s, and "
            "for the security of your certification records we can only act on instructions that come from the address on the case.\n\n"
            "We need you to send the same information (that you are leaving the company and your last working day) from %s. "
            "Replying to this e-mail, which has been sent to that address, is the easiest way.\n\nThanks,\nAoife M.\n" + SIG_CS) % (ME_COMPANY, CASE_A, ME_PERSONAL))
q = (gmail_on(t36.astimezone(JST), "Amazon Web Services <%s>" % TC_FORM) + "\n\n" +
     quote(info_addr_txt + "\n" + gmail_on(t34.astimezone(JST), "Amazon Web Services <%s>" % TC_FORM) + "\n\n" +
           quote(hold1_txt + "\n" + gmail_on(d("2025-03-03 00:14:29").astimezone(JST), "Amazon Web Services <%s>" % TC_FORM) + "\n\n" +
                 quote(ack_a_txt))) + "\n")
html = html_wrap("<div dir=\"ltr\">" + body.strip().replace("\n", "<br>\n") + "</div><br><div class=\"gmail_quote\"><div class=\"gmail_attr\">" +
                 gmail_on(t36.astimezone(JST), "Amazon Web Services &lt;%s&gt;" % TC_FORM) + "<br></div><blockquote class=\"gmail_quote\" style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex\">" +
                 q.split("\n", 2)[2].replace("\n", "<br>\n") + "</blockquote></div>")
add("a_user2", "user_reply", False, CASE_A, [],
    "Case A: owner re-sends the answer from the personal address, top-posted over three levels of quoted history",
    "long '>' / '>>' / '>>>' quoted history containing the hold, the request and the ack with IDs; only the top is new",
    gmail_sent(TC_FORM, "RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ), t, mid_gmail(), irt=MSGIDS["a_info_addr"], refs=refs_of("a_ack", "a_hold1", "a_user_wrong", "a_info_addr")),
    multi("alternative", [leaf(body + q, charset="UTF-8", cte="quoted-printable"), leaf(html, "html", "UTF-8", "quoted-printable")], boundary="000000000000" + hx(16)), eol="\r\n")

t = d("2025-03-07 04:11:56")
txt = ("Hello Daichi,\n\n"
       "Thank you for confirming your last working day from your personal address.\n\n"
       "We have contacted the AWS Partner Network administrator for Hoshizora Technologies and asked them to remove the link between "
       "your certification account and their partner organization in AWS Partner Central. Until the partner completes that step, "
       "the merge cannot proceed, so your case will stay on hold.\n\n"
       "Nothing else is needed from you at this point. We will write again as soon as the partner has responded.\n\n"
       "Best regards,\nAoife M.\n" + SIG_CS)
html = html_wrap(p(*txt.strip().split("\n\n")[:-1]) +
                 "<table style=\"border-left:3px solid #ff9900;padding-left:8px;margin:12px 0\"><tr><td><b>Case status:</b> Pending partner action</td></tr></table>" +
                 p("Best regards,<br>Aoife M.<br>AWS Training and Certification Customer Support<br>Amazon Web Services, Inc."))
add("a_hold2", "on_hold", False, CASE_A, [],
    "Case A: still on hold, waiting for the APN partner; nothing needed from the owner",
    "hold without a request; 'Nothing else is needed from you'",
    form_hdrs(ME_PERSONAL, "RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ), t, mid_ses(), irt=MSGIDS["a_user2"], refs=refs_of("a_ack", "a_hold1", "a_info_addr", "a_user2")),
    multi("alternative", [leaf(txt, charset="us-ascii", cte="7bit"), leaf(html, "html", "utf-8", "quoted-printable")]), eol="\n")

t = d("2025-03-08 13:37:02")
FAKE_CASE = "174100298811203"
html = html_wrap(
    "<table width=\"600\" style=\"border:1px solid #ddd\"><tr><td style=\"background:#232f3e;padding:10px\"><img src=\"https://aws-training-certification.support/img/aws.png\" alt=\"aws\" height=\"28\"></td></tr><tr><td style=\"padding:16px\">" +
    p("Hello,", "Your request to merge AWS Certification accounts (Case %s) is almost complete." % FAKE_CASE,
      "Because one of the accounts is linked to an AWS Partner organization, we must verify ownership before your certifications can be transferred. "
      "Please sign in with your AWS Builder ID and your company e-mail password within <b>24 hours</b>, otherwise the request will be cancelled and your exam history may be lost.",
      "<a href=\"https://aws-training-certification.support/verify?case=%s\" style=\"background:#ff9900;color:#000;padding:10px 20px;text-decoration:none\">Verify ownership</a>" % FAKE_CASE,
      "AWS Training and Certification Support") + "</td></tr></table>")
add("phish_aws", "suspicious", False, None, [],
    "Lookalike domain (aws-training-certification.support) imitating a merge case, asks for passwords",
    "[CASE n] subject, merge / APN wording and a deadline, but the domain is not AWS; the case number is invented",
    received_gmail(ME_PERSONAL, t, "mail.aws-training-certification.support", "103.151.122.9") +
    [("Authentication-Results", "mx.google.com;\n       dkim=pass header.i=@aws-training-certification.support header.s=default header.b=Qm8xT1aP;\n       spf=pass (google.com: domain of support@aws-training-certification.support designates 103.151.122.9 as permitted sender) smtp.mailfrom=support@aws-training-certification.support;\n       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=aws-training-certification.support")] +
    std(addr("AWS Training and Certification", "support@aws-training-certification.support"), ME_PERSONAL,
        "RE:[CASE %s] Action required: verify ownership to complete your account merge" % FAKE_CASE, t, mid_generic("aws-training-certification.support")),
    leaf(html, "html", "utf-8", "base64"), eol="\n")

t = d("2025-03-10 14:05:44", JST)
txt = ("桑原さん\n\n"
       "岡田です。AWS から Partner Central 経由で連絡があったので、桑原さんの認定アカウントとの紐付けを解除しておきました。\n"
       "AWS 側への回答も済ませています。\n\n"
       "退職前にバタバタしていると思いますが、残りの手続きも頑張ってください！\n"
       "何かあれば声をかけてください。\n\n"
       "岡田 真理\nアライアンス推進室 / AWS パートナー管理\n")
add("okada", "unrelated", False, None, [],
    "Colleague (APN admin) says she released the partner link (Japanese)",
    "mentions the case's topic and AWS, but it is a colleague, not support",
    [("Received", "from TYCPR01MB7705.jpnprd01.prod.outlook.com ([fe80::3d1:7c2a:aa01:4b5e]) by\n TYCPR01MB7705.jpnprd01.prod.outlook.com with mapi id 15.20.8511.009")] +
    std(addr("岡田 真理", "m-okada@hoshizora-tech.co.jp"), addr(ME_NAME_JA, ME_COMPANY), "AWS 認定の紐付け解除しました", t, mid_outlook()),
    leaf(txt, charset="utf-8", cte="base64"), eol="\r\n")

t = d("2025-03-11 03:48:27")
txt = ("Hello Daichi,\n\n"
       "Good news: the partner administrator has removed the association between your certification account and their organization, "
       "so the hold on case %s has been lifted.\n\n"
       "I've passed your request to the team that performs account merges. They will review both accounts and contact you "
       "before making any change.\n\n"
       "Kind regards,\nKenji N.\n" + SIG_CS) % CASE_A
add("a_unhold", "case_update", False, CASE_A, [],
    "Case A: hold lifted, passed to the merge team", "news only; 'They will contact you' is not a request",
    form_hdrs(ME_PERSONAL, "RE: [CASE %s] %s" % (CASE_A, FORM_SUBJ), t, mid_ses(), irt=MSGIDS["a_hold2"], refs=refs_of("a_ack", "a_hold1", "a_hold2")),
    leaf(txt, charset="utf-8", cte="quoted-printable"), eol="\n")

t = d("2025-03-12 08:05:10")
txt = ("Amazon Web Services をご利用いただきありがとうございます。\n\n"
       "2025 年 2 月分の請求書を発行しました。\n\n"
       "アカウント ID: 318846014521\n請求金額: USD 41.07\n\n"
       "請求の詳細は Billing and Cost Management コンソールでご確認いただけます。\n"
       "https://console.aws.amazon.com/billing/home#/bills\n\n"
       "Amazon Web Services Japan G.K.\n")
add("bill2", "unrelated", False, None, [],
    "AWS invoice (Japanese)", "genuine AWS sender; 12-digit account ID",
    received_gmail(ME_PERSONAL, t, "a8-82.smtp-out.amazonses.com", "54.240.8.82") + auth_gmail(ME_PERSONAL, "amazon.com", "amazonses.com") +
    std(addr("Amazon Web Services", "aws-billing@amazon.com"), ME_PERSONAL, "Amazon Web Services 請求書のお知らせ [アカウント: 318846014521]", t, mid_ses("us-east-1")),
    leaf(txt, charset="utf-8", cte="base64"), eol="\n")

t = d("2025-03-13 06:21:14")
conf_a_txt = ("Hello Daichi,\n\n"
       "My name is Priya and I'm handling the merge of your AWS Certification accounts. I found these two accounts:\n\n"
       "Account #1\n"
       "Candidate ID: %s\n"
       "Login email: %s\n"
       "Training notification email: %s\n"
       "Certification notification email: %s\n\n"
       "Account #2\n"
       "Candidate ID: %s\n"
       "Login email: %s\n"
       "Training notification email: %s\n"
       "Certification notification email: %s\n\n"
       "When accounts are merged, the exam history, certifications, digital badges and benefits of Account #2 are moved to "
       "Account #1, and Account #2 is deactivated. This cannot be undone.\n\n"
       "Could you confirm that both accounts belong to you and that Account #1 is the one you want to keep?\n\n"
       "Thank you,\nPriya S.\n" + SIG_CS) % (CID_PERSONAL, ME_PERSONAL, ME_PERSONAL, ME_PERSONAL, CID_COMPANY, ME_COMPANY, ME_COMPANY, ME_COMPANY)
html = html_wrap(p("Hello Daichi,", "My name is Priya and I'm handling the merge of your AWS Certification accounts. I found these two accounts:") +
    "<table cellpadding=\"5\" style=\"border-collapse:collapse\" border=\"1\">"
    "<tr><th colspan=\"2\" align=\"left\">Account #1</th></tr>"
    "<tr><td>Candidate ID</td><td>%s</td></tr><tr><td>Login email</td><td>%s</td></tr><tr><td>Training notification email</td><td>%s</td></tr><tr><td>Certification notification email</td><td>%s</td></tr>"
    "<tr><th colspan=\"2\" align=\"left\">Account #2</th></tr>"
    "<tr><td>Candidate ID</td><td>%s</td></tr><tr><td>Login email</td><td>%s</td></tr><tr><td>Training notification email</td><td>%s</td></tr><tr><td>Certification notification email</td><td>%s</td></tr>"
    "</table>" % (CID_PERSONAL, ME_PERSONAL, ME_PERSONAL, ME_PERSONAL, CID_COMPANY, ME_COMPANY, ME_COMPANY, ME_COMPANY) +
    p("When accounts are merged, the exam history, certifications, digital badges and benefits of Account #2 are moved to Account #1, and Account #2 is deactivated. This cannot be undone.",
      "Could you confirm that both accounts belong to you and that Account #1 is the one you want to keep?",
      "Thank you,<br>Priya S.<br>AWS Training and Certification Customer Support<br>Amazon Web Services, Inc."))
add("a_conf", "confirmation_request", True, CASE_A, [CID_PERSONAL, CID_COMPANY],
    "Case A: Account #1 / Account #2 listing, asks to confirm ownership and the account to keep (multipart, QP)",
    "the classic listing, with notification e-mails and candidate IDs; the ask is a 'Could you confirm …?' question",
    form_hdrs(ME_PERSONAL, "RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ), t, mid_ses(), irt=MSGIDS["a_unhold"], refs=refs_of("a_ack", "a_hold1", "a_unhold")),
    multi("alternative", [leaf(conf_a_txt, charset="utf-8", cte="quoted-printable"), leaf(html, "html", "utf-8", "quoted-printable")]), eol="\n")

t = d("2025-03-14 12:30:00", JST)
txt = ("桑原さん\n\n"
       "お疲れさまです、佐伯です。\n"
       "3/27 (木) のお昼に桑原さんの送別ランチを予定しています。場所は本社近くの「つばめグリル」です。\n"
       "参加できるかどうか、3/21 までにこのメールに返信してもらえますか？\n\n"
       "佐伯\n")
add("lunch", "unrelated", False, None, [],
    "Colleague invites to a farewell lunch and asks for a reply (Japanese)", "a real request for a reply, but not from support",
    std(addr("佐伯 優斗", "y-saeki@hoshizora-tech.co.jp"), addr(ME_NAME_JA, ME_COMPANY), "送別ランチのご案内 (3/27)", t, mid_outlook()),
    leaf(txt, charset="iso-2022-jp", cte="7bit"), eol="\r\n")

t = d("2025-03-15 05:09:48")
txt = ("Hi Daichi,\n\n"
       "Just checking in on my message below. I'm still waiting on your go-ahead before I merge Account #2 into Account #1, "
       "and I don't want to change anything without it.\n\n"
       "Thanks,\nPriya S.\n\n"
       "--------------- Original Message ---------------\n"
       "From: Amazon Web Services [%s]\nSent: 3/13/2025 6:21 AM\nTo: %s\nSubject: RE:[CASE %s] %s\n\n" % (TC_FORM, ME_PERSONAL, CASE_A, FORM_SUBJ) + conf_a_txt)
add("a_conf2", "confirmation_request", True, CASE_A, [],
    "Case A: follow-up 'still waiting on your go-ahead', original listing quoted below",
    "no question and no 'please' in the new text; the actual listing and IDs are only in the quoted part",
    form_hdrs(ME_PERSONAL, "RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ), t, mid_ses(), irt=MSGIDS["a_conf"], refs=refs_of("a_ack", "a_unhold", "a_conf")),
    leaf(txt, charset="utf-8", cte="quoted-printable"), eol="\n")

t = d("2025-03-17 00:35:02")
close_a_txt = ("Hello,\n\n"
       "We have not received a response to our last message on case %s. If we do not hear back within 3 business days, "
       "the case will be closed.\n\n"
       "To keep it open, simply reply to this e-mail with the requested confirmation. If the case has already been closed, "
       "your reply will reopen it.\n\n"
       "Regards,\nAWS Training and Certification Customer Support\n") % CASE_A
add("a_close", "closing_notice", True, CASE_A, [],
    "Case A: 3-business-day closing notice", "the only ask is implicit ('reply … with the requested confirmation')",
    form_hdrs(ME_PERSONAL, "RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ), t, mid_ses(), irt=MSGIDS["a_conf2"], refs=refs_of("a_ack", "a_conf", "a_conf2")),
    leaf(close_a_txt, charset="us-ascii", cte="7bit"), eol="\n")

t = d("2025-03-17 10:02:38", JST)
body = ("Hi Priya,\n\n"
        "Sorry for the slow reply. Yes, both accounts are mine, and Account #1 (%s) is the one to keep. "
        "Go ahead and merge Account #2 into it.\n\nThanks,\nDaichi\n\n" % CID_PERSONAL)
q = gmail_on(d("2025-03-17 00:35:02").astimezone(JST), "<%s>" % TC_FORM) + "\n\n" + quote(close_a_txt) + "\n"
add("a_user3", "user_reply", False, CASE_A, [CID_PERSONAL],
    "Case A: owner confirms the merge into Account #1 (Gmail, plain text)",
    "owner's reply quoting a closing notice",
    gmail_sent(TC_FORM, "RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ), t, mid_gmail(), irt=MSGIDS["a_close"], refs=refs_of("a_ack", "a_conf", "a_conf2", "a_close")),
    leaf(body + q, charset="UTF-8", cte="7bit"), eol="\r\n")


t = d("2025-03-17 03:12:45")
res_a_new = ("Hello Daichi,\n\n"
       "Thank you for confirming. The merge is complete: everything from Account #2 has been moved, and all of your exam history, "
       "certifications and benefits are now under Account #1 (candidate ID %s), which you sign in to with %s.\n\n"
       "Your Credly badges will be re-issued to the same address over the next day, and it can take up to a week for the change "
       "to appear elsewhere.\n\n"
       "I'm marking this case as resolved.\n\n"
       "Best wishes,\nPriya S.\n" + SIG_CS) % (CID_PERSONAL, ME_PERSONAL)
q = ("\n--------------- Original Message ---------------\n"
     "From: %s [%s]\nSent: 3/17/2025 1:02 AM\nTo: %s\nSubject: RE:[CASE %s] %s\n\n" % (ME_NAME, ME_PERSONAL, TC_FORM, CASE_A, FORM_SUBJ) +
     "Hi Priya,\n\nSorry for the slow reply. Yes, both accounts are mine, and Account #1 (%s) is the one to keep. Go ahead and merge Account #2 into it.\n\n" % CID_PERSONAL +
     "--------------- Original Message ---------------\n"
     "From: Amazon Web Services [%s]\nSent: 3/13/2025 6:21 AM\nTo: %s\nSubject: RE:[CASE %s] %s\n\n" % (TC_FORM, ME_PERSONAL, CASE_A, FORM_SUBJ) + conf_a_txt)
res_a_full = res_a_new + q
html = html_wrap(p(*res_a_new.strip().split("\n\n")) + "<hr><div style=\"color:#555\">" + q.replace("\n", "<br>\n") + "</div>")
add("a_res", "resolved", False, CASE_A, [CID_PERSONAL],
    "Case A: merge complete; the confirmation request with the Account #1/#2 listing is quoted below",
    "a completion that quotes 'Could you confirm …?' and the whole listing",
    form_hdrs(ME_PERSONAL, "RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ), t, mid_ses(), irt=MSGIDS["a_user3"], refs=refs_of("a_ack", "a_conf", "a_close", "a_user3")),
    multi("alternative", [leaf(res_a_full, charset="utf-8", cte="quoted-printable"), leaf(html, "html", "utf-8", "quoted-printable")]), eol="\n")

credly("badge3", d("2025-03-17 03:40:09"), ME_PERSONAL, "AWS Certified Solutions Architect - Professional",
       "Credly badge re-issued to the personal address after the merge", "arrives right after the resolution, mentions the merged account",
       subject="You've earned a badge from Amazon Web Services Training and Certification",
       extra_txt=" Your badges from a merged AWS Certification account have been transferred to this e-mail address.")

t = d("2025-03-18 02:00:00")
html = html_wrap(
    "<table width=\"600\" align=\"center\"><tr><td style=\"background:#232f3e;color:#fff;padding:12px;font-size:18px\">AWS Training and Certification</td></tr><tr><td style=\"padding:16px\">" +
    p("Hello Daichi,",
      "You recently worked with our team on case %s. Would you take a moment to tell us how it went?" % CASE_A,
      "On a scale of 1 to 5, how would you rate your overall experience?",
      " ".join("<a href=\"https://amazonsurveys.aws/tc?c=%s&amp;r=%d\" style=\"display:inline-block;width:36px;text-align:center;border:1px solid #999;padding:6px\">%d</a>" % (CASE_A, i, i) for i in range(1, 6)),
      "This survey is optional and your answers are not shared with the agent who handled your case.",
      "<small>Please do not reply to this e-mail; replies go to an unmonitored mailbox.</small>") + "</td></tr></table>")
add("a_survey", "survey", False, CASE_A, [],
    "Case A: 1-5 rating survey, HTML-only", "'Would you take a moment …?' question, but it is a survey",
    form_hdrs(ME_PERSONAL, "Tell us about your recent AWS Training and Certification support experience", t, mid_ses(), name="AWS Training and Certification"),
    leaf(html, "html", "utf-8", "quoted-printable"), eol="\n")

t = d("2025-03-19 16:52:30")
txt = ("Hello Daichi,\n\n"
       "Following the merge of your accounts, our system could not transfer your certification benefits (including your 50%% exam voucher).\n\n"
       "To keep your benefits, please sign in and re-confirm your AWS Builder ID within 12 hours:\n"
       "https://aws-training.account-verify.co/builder-id/confirm?case=%s\n\n"
       "If you do not confirm in time, the benefits will be forfeited. You may also reply to this e-mail with your Builder ID password "
       "and we will complete the step for you.\n\n"
       "Priya S.\nAWS Training and Certification Customer Support\n" % CASE_A)
add("phish_dmarc", "suspicious", False, None, [],
    "Forged mail with the real case-A subject and From, but dkim/spf/dmarc fail at Gmail; asks for a password",
    "real-looking sender, the correct case number and agent name, but Authentication-Results shows dmarc=fail",
    received_gmail(ME_PERSONAL, t, "smtp.kx-mailer.ru", "185.213.7.66") + auth_gmail(ME_PERSONAL, "amazon.com", "kx-mailer.ru", ok=False) +
    std(addr("Amazon Web Services", TC_FORM), ME_PERSONAL, "RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ), t, mid_generic("kx-mailer.ru"),
        extra=[("Reply-To", "tc-support-desk@kx-mailer.ru")]),
    leaf(txt, charset="us-ascii", cte="7bit"), eol="\n")

t = d("2025-03-21 09:15:40", JST)
body = ("Hello Priya,\n\n"
        "Thank you for merging the accounts. One thing is missing, though: my AWS Certified Solutions Architect - Professional "
        "exam from September 30, 2023 does not appear in the exam history of %s, although the certification itself is shown. "
        "Could you check this?\n\nBest regards,\nDaichi Kuwabara\n\n" % CID_PERSONAL)
q = gmail_on(d("2025-03-17 03:12:45").astimezone(JST), "Amazon Web Services <%s>" % TC_FORM) + "\n\n" + quote(res_a_new) + "\n"
add("a_user_reopen", "user_reply", False, CASE_A, [CID_PERSONAL],
    "Case A: owner replies to the resolution: an exam record is missing (reopens the case)",
    "owner's mail containing a question to support ('Could you check this?')",
    gmail_sent(TC_FORM, "RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ), t, mid_gmail(), irt=MSGIDS["a_res"], refs=refs_of("a_ack", "a_conf", "a_user3", "a_res")),
    leaf(body + q, charset="UTF-8", cte="quoted-printable"), eol="\r\n")

t = d("2025-03-21 22:04:17")
txt = ("Hello Daichi,\n\n"
       "Thanks for letting us know. I've reopened case %s and sent the missing SAP-C02 exam record to our certification records team, "
       "who can restore exam history entries. This usually takes two to three business days; we'll update you here when it is done.\n\n"
       "Regards,\nRafael G.\n" + SIG_CS) % CASE_A
add("a_reopen", "case_update", False, CASE_A, [],
    "Case A reopened and passed to the records team", "reopen news without any request",
    form_hdrs(ME_PERSONAL, "RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ), t, mid_ses(), irt=MSGIDS["a_user_reopen"], refs=refs_of("a_ack", "a_res", "a_user_reopen")),
    leaf(txt, charset="us-ascii", cte="7bit"), eol="\n")

t = d("2025-03-24 01:33:09")
txt = ("Dear Customer,\n\n"
       "Thank you for contacting Amazon Web Services. We have opened case %s for the issue you reported; the details are below.\n\n"
       "Case ID: %s\n"
       "Subject: 50%% exam voucher missing after certification account merge\n"
       "Severity: General guidance\n"
       "Service: Training and Certification\n"
       "Category: Certification benefits\n"
       "Correspondence: After my certification accounts were merged (case %s), the 50%% discount voucher I had on the old account "
       "no longer appears under Benefits.\n\n"
       "An engineer will review it and respond in the Support Center.\n\nSincerely,\nAmazon Web Services" % (CASE_D, CASE_D, CASE_A) + (CONSOLE_FOOTER % CASE_D))
add("d_ack", "acknowledgement", False, CASE_D, [],
    "Console case D (10 digits) opened in the Support Center; no-reply sender",
    "'New Support case' subject without [CASE]; mentions case A inside the correspondence; footer says replies are not delivered",
    console_hdrs(ME_PERSONAL, "Amazon Web Services: New Support case: %s" % CASE_D, t, mid_ses("us-east-1")),
    leaf(txt, charset="us-ascii", cte="7bit"), eol="\n")

t = d("2025-03-24 06:45:51")
txt = ("Hello Daichi,\n\n"
       "The missing exam has been restored: your AWS Certified Solutions Architect - Professional exam of September 30, 2023 now "
       "appears in the exam history of %s, together with its score report. You may need to sign out and back in to see it.\n\n"
       "I'm resolving the case again. If anything else looks wrong, just reply to this e-mail and the case will reopen.\n\n"
       "Regards,\nRafael G.\n" + SIG_CS) % CID_PERSONAL
add("a_res2", "resolved", False, CASE_A, [CID_PERSONAL],
    "Case A: missing exam record restored; conditional 'if anything else looks wrong, reply'",
    "conditional invitation to reply is not a request",
    form_hdrs(ME_PERSONAL, "RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ), t, mid_ses(), irt=MSGIDS["a_reopen"], refs=refs_of("a_ack", "a_res", "a_user_reopen", "a_reopen")),
    leaf(txt, charset="us-ascii", cte="7bit"), eol="\n")

t = d("2025-03-25 04:18:22")
txt = ("Hello Daichi,\n\n"
       "My name is Hannah and I'll be looking into the voucher for you.\n\n"
       "I can see the merge on your account, but the voucher history did not come across with it, so I'll have to trace it from the "
       "original account. For that I need two things: the candidate ID of the account on which the voucher was first issued, and "
       "roughly when you received it.\n\n"
       "Kindly add these details to the case in the Support Center using the link below. E-mail replies to this message are not "
       "delivered to us.\n\nBest regards,\nHannah\nAmazon Web Services" + (CONSOLE_FOOTER % CASE_D))
add("d_info", "info_request", True, CASE_D, [],
    "Console case D: asks for the original candidate ID and date, to be answered in the Support Center",
    "'Kindly add … in the Support Center'; the answer must go through the console, not e-mail",
    console_hdrs(ME_PERSONAL, "RE:[CASE %s] 50%% exam voucher missing after certification account merge" % CASE_D, t, mid_ses("us-east-1")),
    leaf(txt, charset="us-ascii", cte="7bit"), eol="\n")

t = d("2025-03-26 11:20:00")
txt = ("Thank you for your order.\n\n"
       "AWS Skill Builder Individual subscription - monthly\n"
       "Order number: SB-2025-0326-71933\n"
       "Billing period: Mar 26, 2025 - Apr 25, 2025\n"
       "Amount charged: USD 29.00\n\n"
       "Manage your subscription at https://skillbuilder.aws/subscriptions\n\n"
       "AWS Training and Certification\n")
add("skillbuilder", "unrelated", False, None, [],
    "AWS Skill Builder subscription receipt", "sender says 'AWS Training and Certification' but it is a receipt",
    received_gmail(ME_PERSONAL, t, "a8-19.smtp-out.amazonses.com", "54.240.8.19") + auth_gmail(ME_PERSONAL, "aws.training", "amazonses.com") +
    std(addr("AWS Training and Certification", "no-reply@aws.training"), ME_PERSONAL, "Your AWS Skill Builder receipt", t, mid_ses("us-east-1")),
    multi("alternative", [leaf(txt, charset="us-ascii", cte="7bit"), leaf(html_wrap(p(*txt.strip().split("\n\n"))), "html", "utf-8", "quoted-printable")]), eol="\n")

t = d("2025-03-28 04:30:10")
txt = ("Hello,\n\n"
       "We haven't heard back from you regarding this case. We'll keep it open for 3 more days; if there is still no reply in the "
       "Support Center by then, the case will be resolved automatically. A resolved case can be reopened from the Support Center "
       "for 14 days, after which a new case is needed.\n\n"
       "Best regards,\nAmazon Web Services" + (CONSOLE_FOOTER % CASE_D))
add("d_close", "closing_notice", True, CASE_D, [],
    "Console case D: will auto-resolve in 3 days without an answer in the Support Center",
    "closing notice on a console case; the owner must answer in the Support Center",
    console_hdrs(ME_PERSONAL, "RE:[CASE %s] 50%% exam voucher missing after certification account merge" % CASE_D, t, mid_ses("us-east-1"), irt=None),
    leaf(txt, charset="us-ascii", cte="7bit"), eol="\n")

t = d("2025-03-28 13:47:05", JST)
body = ("Hi Hannah,\n\nThe voucher was issued on my old account %s in June 2024 (the e-mail came on June 10).\n\nThanks,\nDaichi\n\n" % CID_COMPANY)
q = gmail_on(d("2025-03-28 04:30:10").astimezone(JST), "Amazon Web Services <%s>" % CONSOLE) + "\n\n" + quote(txt) + "\n"
add("d_user", "user_reply", False, CASE_D, [CID_COMPANY],
    "Console case D: owner answers by e-mail to the no-reply address (will bounce)",
    "owner's reply to an address that cannot accept mail",
    gmail_sent(CONSOLE, "Re: RE:[CASE %s] 50%% exam voucher missing after certification account merge" % CASE_D, t, mid_gmail(), irt=MSGIDS["d_close"], refs=refs_of("d_close")),
    leaf(body + q, charset="UTF-8", cte="7bit"), eol="\r\n")
d_user_raw = MESSAGES[-1]["raw"].decode("utf-8")

t = d("2025-03-28 04:47:09")
bounce_txt = ("\n** Address not found **\n\n"
              "Your message wasn't delivered to %s because the address couldn't be found, or is unable to receive mail.\n\n"
              "The response from the remote server was:\n"
              "550 5.1.1 <%s>: Recipient address rejected: this mailbox does not accept incoming mail\n" % (CONSOLE, CONSOLE))
parts = multi("report", [
    leaf(bounce_txt, charset="UTF-8", cte="7bit"),
    ([("Content-Type", "message/delivery-status")],
     "Reporting-MTA: dns; googlemail.com\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nAction: failed\nStatus: 5.1.1\n"
     "Remote-MTA: dns; amazon-smtp.amazon.com. (52.94.124.0)\nDiagnostic-Code: smtp; 550 5.1.1 <%s>: Recipient address rejected\n"
     "Last-Attempt-Date: %s\n" % (format_datetime(d("2025-03-28 13:47:05", JST)), CONSOLE, CONSOLE, format_datetime(t))),
    ([("Content-Type", "message/rfc822")], d_user_raw.replace("\r\n", "\n")),
])
parts = ([("Content-Type", parts[0][0][1].replace("multipart/report;", "multipart/report; report-type=delivery-status;"))], parts[1])
add("bounce", "unrelated", False, CASE_D, [],
    "Gmail bounce of the owner's e-mail reply on console case D",
    "delivery failure containing the case subject and the owner's text; tells the owner indirectly that the answer must go through the console",
    received_gmail(ME_PERSONAL, t, "mail-sor-f41.google.com", "209.85.220.41") +
    std(addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_PERSONAL, "Delivery Status Notification (Failure)", t, mid_gmail(),
        irt=MSGIDS["d_user"], refs=MSGIDS["d_user"], extra=[("Auto-Submitted", "auto-replied")]),
    parts, eol="\r\n")

t = d("2025-03-29 02:10:44")
txt = ("Hello Daichi,\n\n"
       "Thank you for adding the candidate ID and the date in the Support Center. I found the voucher on the original account and "
       "re-issued it to %s: the 50%% exam discount now shows under Benefits and is valid until September 30, 2025.\n\n"
       "Since the voucher is back, I'll mark this case as resolved.\n\n"
       "Your feedback matters to us: you can rate this reply with the stars next to it in the Support Center.\n\n"
       "Best regards,\nHannah\nAmazon Web Services" % CID_PERSONAL + (CONSOLE_FOOTER % CASE_D))
add("d_res", "resolved", False, CASE_D, [CID_PERSONAL],
    "Console case D: voucher re-issued; rating footer", "resolution with a feedback footer (not a survey)",
    console_hdrs(ME_PERSONAL, "RE:[CASE %s] 50%% exam voucher missing after certification account merge" % CASE_D, t, mid_ses("us-east-1")),
    leaf(txt, charset="us-ascii", cte="7bit"), eol="\n")

t = d("2025-03-31 18:02:00")
txt = ("Hi Daichi,\n\n"
       "We haven't heard from you since our last update on case 00982431 (\"Confluence macro renders blank after upgrade\"), so we've "
       "gone ahead and closed it.\n\n"
       "If you still need help, reply to this e-mail within 14 days and the case will reopen automatically.\n\n"
       "Cheers,\nLiam\nAtlassian Support\n")
add("atlassian", "unrelated", False, None, [],
    "Other vendor (Atlassian) closed a case for lack of reply", "looks exactly like a closing notice, but from another vendor",
    received_gmail(ME_PERSONAL, t, "mail-sor-f18.atlassian.net", "13.52.5.18") + auth_gmail(ME_PERSONAL, "atlassian.com", "atlassian.net") +
    std(addr("Atlassian Support", "support@atlassian.com"), ME_PERSONAL, "[Atlassian] Case 00982431 closed: Confluence macro renders blank after upgrade", t, mid_generic("atlassian.com")),
    leaf(txt, charset="us-ascii", cte="7bit"), eol="\n")

t = d("2025-04-01 20:31:55", JST)
body = ("石井さん\n\n"
        "入社手続きで聞かれていた AWS 認定の件です。前職のアカウントから個人アカウントへの統合が完了しました。\n"
        "候補 ID は %s です。AWS からの完了メールを転送します。\n\n桑原\n\n" % CID_PERSONAL)
fwd = ("---------- Forwarded message ---------\n"
       "From: Amazon Web Services <%s>\nDate: %s\nSubject: RE:[CASE %s] %s\nTo: <%s>\n\n" %
       (TC_FORM, d("2025-03-17 03:12:45").astimezone(JST).strftime("%Y年%-m月%-d日(月) %-H:%M"), CASE_A, FORM_SUBJ, ME_PERSONAL) + res_a_full)
add("fwd_new", "user_reply", False, CASE_A, [CID_PERSONAL],
    "Owner forwards the case-A resolution to the new employer (Japanese note on top)",
    "a forward by the owner: the forwarded part holds a resolution and, below it, the old confirmation request",
    gmail_sent(addr("石井 彩", "a-ishii@kumo-labs.jp"), "Fwd: RE:[CASE %s] %s" % (CASE_A, FORM_SUBJ), t, mid_gmail(), name=ME_NAME_JA),
    leaf(body + fwd, charset="UTF-8", cte="base64"), eol="\r\n")


# ---------------------------------------------------------------- case E (Japanese thread)
E_SUBJ = "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-records" % CASE_E

t = d("2025-04-08 03:22:53")
txt = ("Amazon Web Services をご利用いただき、誠にありがとうございます。\n\n"
       "以下の内容でお問い合わせを承りました。ケース ID は %s です。\n"
       "担当者より通常 24 時間以内にご連絡いたします。\n\n"
       "※同一のご依頼について複数のケースを作成されますと、回答が遅れる場合がございます。\n\n"
       "―――――――――――――――――――――\n"
       "ケース ID: %s\n"
       "お問い合わせタイプ: 認定\n"
       "その他の詳細: 認定証の記載内容\n"
       "AWS 候補 ID: %s\n"
       "お問い合わせ内容:\n"
       "認定証とデジタルバッジの氏名が「DAIGHI KUWABARA」となっています。正しくは「DAICHI KUWABARA」です。修正をお願いします。\n"
       "―――――――――――――――――――――\n\n"
       "Amazon Web Services\n" % (CASE_E, CASE_E, CID_PERSONAL))
add("e_ack", "acknowledgement", False, CASE_E, [CID_PERSONAL],
    "Case E acknowledgement (Japanese, base64): wrong name on certificate",
    "Japanese ack; the echoed request ('修正をお願いします') is the owner's own words, not support asking",
    form_hdrs(ME_PERSONAL, E_SUBJ, t, mid_ses()),
    leaf(txt, charset="utf-8", cte="base64"), eol="\n")

t = d("2025-04-09 05:40:18")
e_info_txt = ("桑原 大地 様\n\n"
       "AWS トレーニングと認定 カスタマーサポートの佐藤でございます。\n"
       "このたびは認定証の氏名表記につきましてお問い合わせいただき、ありがとうございます。\n\n"
       "氏名の変更は、ご本人確認書類の表記と一致していることを確認したうえで承っております。\n"
       "お手数ではございますが、試験当日にご提示いただく本人確認書類 (パスポート等) に記載されているローマ字表記の氏名を、"
       "姓・名の順がわかる形で本メールにご返信いただけますでしょうか。\n\n"
       "確認が取れ次第、認定証およびデジタルバッジの表記を修正いたします。\n"
       "何卒よろしくお願いいたします。\n\n"
       "佐藤\nAWS トレーニングと認定 カスタマーサポート\n")
add("e_info", "info_request", True, CASE_E, [],
    "Case E: Japanese keigo request for the romanised name on the ID document (ISO-2022-JP)",
    "polite 〜いただけますでしょうか buried after explanations; Japanese support mail",
    form_hdrs(ME_PERSONAL, E_SUBJ, t, mid_ses(), irt=MSGIDS["e_ack"], refs=MSGIDS["e_ack"], name="Amazon Web Services"),
    leaf(e_info_txt, charset="iso-2022-jp", cte="7bit"), eol="\r\n")

t = d("2025-04-14 00:15:36")
e_close_txt = ("桑原 大地 様\n\n"
       "AWS トレーニングと認定 カスタマーサポートです。\n\n"
       "4 月 9 日にお送りしたご案内につきまして、現時点でご返信を確認できておりません。\n"
       "本日から 5 営業日以内にご返信をいただけない場合、本ケースはクローズとさせていただきます。\n"
       "ご返信いただければケースは引き続きオープンのまま対応いたします。クローズ後にご返信いただいた場合も、ケースは再開されます。\n\n"
       "AWS トレーニングと認定 カスタマーサポート\n")
add("e_close", "closing_notice", True, CASE_E, [],
    "Case E: Japanese closing notice (Shift_JIS, quoted-printable)",
    "Shift_JIS + QP; no explicit question, only the 5-business-day closure",
    form_hdrs(ME_PERSONAL, E_SUBJ, t, mid_ses(), irt=MSGIDS["e_info"], refs=refs_of("e_ack", "e_info")),
    leaf(e_close_txt, charset="Shift_JIS", cte="quoted-printable"), eol="\r\n")

t = d("2025-04-14 12:08:50", JST)
body = ("佐藤様\n\n"
        "ご連絡が遅くなり申し訳ありません。\n"
        "パスポートの表記は以下のとおりです。\n\n"
        "姓: KUWABARA\n名: DAICHI\n\n"
        "対象の候補 ID は %s です。\n"
        "よろしくお願いいたします。\n\n桑原 大地\n\n" % CID_PERSONAL)
q = (gmail_on_ja(d("2025-04-14 00:15:36").astimezone(JST), "Amazon Web Services <%s>" % TC_FORM) + "\n\n" + quote(e_close_txt) + "\n")
add("e_user", "user_reply", False, CASE_E, [CID_PERSONAL],
    "Case E: owner answers in Japanese with the passport spelling (Gmail JP quote header)",
    "Japanese Gmail attribution line ('…(月) 21:15 … <…>:') above the quoted closing notice",
    gmail_sent(TC_FORM, E_SUBJ, t, mid_gmail(), irt=MSGIDS["e_close"], refs=refs_of("e_ack", "e_info", "e_close"), name=ME_NAME_JA),
    multi("alternative", [leaf(body + q, charset="UTF-8", cte="base64"),
                          leaf(html_wrap("<div dir=\"ltr\">" + body.strip().replace("\n", "<br>\n") + "</div><br><div class=\"gmail_quote\"><blockquote class=\"gmail_quote\" style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex\">" + e_close_txt.replace("\n", "<br>\n") + "</blockquote></div>"), "html", "UTF-8", "base64")],
          boundary="000000000000" + hx(16)), eol="\r\n")

t = d("2025-04-15 02:51:07")
txt = ("桑原 大地 様\n\n"
       "ご返信いただきありがとうございます。佐藤でございます。\n\n"
       "いただいた表記で、氏名の修正を認定記録の担当部署へ依頼いたしました。\n"
       "反映までに数営業日を要する見込みでございます。完了しましたら改めてご連絡いたしますので、お客様側での追加のご対応は不要でございます。\n\n"
       "佐藤\nAWS トレーニングと認定 カスタマーサポート\n")
add("e_upd", "case_update", False, CASE_E, [],
    "Case E: passed to the records team (Japanese, QP UTF-8)", "'追加のご対応は不要' — nothing to do",
    form_hdrs(ME_PERSONAL, E_SUBJ, t, mid_ses(), irt=MSGIDS["e_user"], refs=refs_of("e_ack", "e_info", "e_close", "e_user")),
    leaf(txt, charset="utf-8", cte="quoted-printable"), eol="\n")

t = d("2025-04-17 07:26:39")
html = html_wrap(p("桑原 大地 様",
    "AWS トレーニングと認定 カスタマーサポートの森でございます。",
    "お待たせいたしました。認定証およびデジタルバッジの氏名表記を <b>DAICHI KUWABARA</b> に修正いたしました。"
    "AWS 認定アカウントから新しい認定証をダウンロードいただけます。Credly のバッジ表記は 24 時間以内に更新されます。",
    "本件につきましては、これにて完了とさせていただきます。",
    "その他ご不明な点がございましたら、本メールにご返信ください。",
    "森<br>AWS トレーニングと認定 カスタマーサポート") +
    "<div style=\"color:#777;border-top:1px solid #ccc;margin-top:16px;padding-top:8px\">" +
    e_info_txt.replace("\n", "<br>\n") + "</div>")
add("e_res", "resolved", False, CASE_E, [],
    "Case E: name corrected (Japanese, HTML-only); earlier keigo request quoted at the bottom",
    "〜がございましたら conditional invitation; quoted 〜いただけますでしょうか request underneath without '>' markers",
    form_hdrs(ME_PERSONAL, E_SUBJ, t, mid_ses(), irt=MSGIDS["e_upd"], refs=refs_of("e_ack", "e_info", "e_user", "e_upd")),
    leaf(html, "html", "utf-8", "base64"), eol="\n")

t = d("2025-04-18 01:00:00")
txt = ("桑原 大地 様\n\n"
       "先日はケース %s にてお問い合わせいただき、ありがとうございました。\n"
       "今後のサポート品質向上のため、簡単なアンケートへのご協力をお願いいたします (所要時間 1 分程度)。\n\n"
       "https://amazonsurveys.aws/tc?c=%s&lang=ja\n\n"
       "ご回答は任意です。本メールへのご返信は不要です。\n\n"
       "AWS トレーニングと認定\n" % (CASE_E, CASE_E))
add("e_survey", "survey", False, CASE_E, [],
    "Case E: Japanese satisfaction survey", "'ご協力をお願いいたします' sounds like a request",
    form_hdrs(ME_PERSONAL, "【AWS】サポートに関するアンケートのお願い (ケース %s)" % CASE_E, t, mid_ses(), name="AWS トレーニングと認定"),
    leaf(txt, charset="utf-8", cte="base64"), eol="\n")

t = d("2025-04-21 01:00:00")
html = html_wrap("<table width=\"640\" align=\"center\"><tr><td>" +
    p("<span style=\"font-size:20px\">AWS Summit Japan 2025 登録受付中</span>",
      "6 月 25 日・26 日、幕張メッセで開催。150 を超えるセッションに加え、会場では AWS 認定試験の特別受験枠もご用意しています。",
      "AWS 認定をお持ちの方は、認定者ラウンジをご利用いただけます。",
      "<a href=\"https://aws.amazon.com/jp/summits/japan/\">今すぐ登録</a>",
      "<small>配信停止をご希望の場合はこちら。アマゾン ウェブ サービス ジャパン合同会社</small>") + "</td></tr></table>")
add("mkt2", "unrelated", False, None, [],
    "AWS marketing (Summit Japan 2025, Japanese, HTML-only)", "mentions AWS certification and certified-holder benefits",
    received_gmail(ME_PERSONAL, t, "mail.awscloud.com", "199.15.213.41") + auth_gmail(ME_PERSONAL, "amazon.com", "mail.awscloud.com") +
    std(addr("アマゾン ウェブ サービス", "aws-marketing-email-replies@amazon.com"), ME_PERSONAL, "【AWS Summit Japan 2025】登録受付を開始しました", t, mid_generic("mail.awscloud.com"),
        extra=[("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe>")]),
    leaf(html, "html", "utf-8", "quoted-printable"), eol="\n")


# --- END OF MESSAGES ---


# =========================================================================== output
def main():
    for f in os.listdir(OUT):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(OUT, f))
    rows = []
    for i, m in enumerate(MESSAGES, 1):
        n = "%03d" % i
        with open(os.path.join(OUT, n + "-msg.eml"), "wb") as fh:
            fh.write(m["raw"])
        with open(os.path.join(OUT, n + "-msg.json"), "w", encoding="utf-8") as fh:
            json.dump(m["label"], fh, ensure_ascii=False)
            fh.write("\n")
        rows.append((n, m))
    write_readme(rows)
    c = Counter(m["label"]["kind"] for m in MESSAGES)
    print("total %d: " % len(MESSAGES) + ", ".join("%s %d" % (k, v) for k, v in sorted(c.items())))


README_HEAD = r"""
# Blind corpus 147: AWS Training and Certification support-case mail

The mailbox belongs to **Daichi Kuwabara (桑原 大地)**, an engineer at Hoshizora Technologies (an AWS
Partner Network company) who leaves the company on 2025-03-31. Both of his addresses deliver into
this mailbox: the company one (Outlook / Microsoft 365, `Authentication-Results` in Microsoft style)
and the personal one (Gmail, `Authentication-Results` from mx.google.com). Messages he sent himself
sit in the mailbox as sent mail (no `Received` lines). Arrival order spans October 2023 to April 2025.

Everything is produced by `python3 gen.py` (standard library only, deterministic); it rewrites every
`NNN-msg.eml` / `NNN-msg.json` and this README, and prints the count per kind.

## Cases in the set

| case | digits | channel | topic | course |
|---|---|---|---|---|
| 13950274816 | 11 (2023) | T&C form, company address | two certification accounts on the same company address; Credly badges missing | Japanese ack -> info request (the owner mistyped a candidate ID) -> 72 h closing notice -> owner's answer (Outlook) -> transferred to Certification Operations -> HTML-only confirmation request with an Account #1/#2 table -> owner confirms -> merged (quotes the request) -> survey; Credly badges follow |
| 174096086700812 | 15 (2025) | T&C form, personal address | company -> personal merge when leaving an APN partner | ack -> on hold for the APN link *with a buried question* -> owner answers from the company address -> support asks to write from the personal address -> owner re-sends -> on hold waiting for the partner -> hold lifted -> Account #1/#2 confirmation request -> "still waiting on your go-ahead" -> closing notice -> owner confirms -> merged -> badge, survey -> a forged copy with dmarc=fail -> owner reopens (missing exam record) -> reopened -> resolved again -> owner forwards the result to his new employer |
| 174096246900233 | 15 (2025) | T&C form, company address, Japanese | duplicate form for the same merge | Japanese ack -> closed as a duplicate of 174096086700812 |
| 7391058246 | 10 | AWS Support Center (console), `no-reply-aws@amazon.com` | 50 % exam voucher lost in the merge | "New Support case" ack -> info request to be answered in the Support Center -> auto-resolve warning -> owner wrongly replies by e-mail -> Gmail bounce -> (owner answers in the console, not visible) -> resolved with a rating footer |
| 174408257101467 | 15 (2025) | T&C form, Japanese | misspelt name on certificate / badge | Japanese ack -> keigo info request (ISO-2022-JP) -> Japanese closing notice (Shift_JIS, QP) -> owner answers (Gmail JP quoting) -> passed to records team -> resolved (HTML-only, 〜がございましたら) -> Japanese survey |
| 173734935300586 | 15 | `aws-cs-events-form@amazon.com` | AWS Events double charge (other AWS program) | one message, labelled `unrelated` |

Candidate IDs: AWS03318472 (company account), AWS05521906 (2023 duplicate; the owner first typed
AWS05521960), AWS12094417 (new personal account). Numbers that are not case IDs: AWS account
318846014521, Pearson VUE registration 412739056, Builder ID code 582614, Backlog request #88213,
Atlassian case 00982431, the phishers' "case" 174100298811203 and "case reference" 20240422-88410.

## Labelling decisions (judgement calls)

The question asked for every message was the owner's: "must I write back to AWS Training and
Certification support now?"

1. **`case`** is set on every message that belongs to an AWS support case thread: support's mails,
   the owner's replies and forwards, surveys about a case, the Gmail bounce of the owner's e-mail
   reply on the console case (#061, `unrelated`), and the AWS Events form case (#026, `unrelated`:
   a real AWS case number, but not a Training and Certification case). It is `null` for other
   vendors' tickets (Backlog, Atlassian), Credly and CertMetrics mail, colleagues, and **all
   phishing**, even when the forged mail shows the real case number (#052) or an invented one (#040).
2. **`candidate_ids`**: each ID once, in order of first appearance, taken from the message's own
   text (plain text part, or the visible HTML when there is no plain part). Quoted and forwarded
   history is excluded. The case description that an acknowledgement echoes back ("The details of
   your case are as follows" / 「お問い合わせ内容の控え」) is counted as the acknowledgement's own
   text, because it is not quoted reply history. An ID that only appears lower-cased inside a URL
   (#020) is not counted.
3. **On hold with a buried question** (#034): the case is paused for the APN link, but support
   also needs the owner's employment status and last day ("One detail would let us move this
   forward: …"). Kind `on_hold` (the pause is the news), `needs_reply` **true**. The later hold
   (#039) asks nothing: `needs_reply` false.
4. **Write from the other address** (#036) is an `info_request` (true): support ignores the
   answer sent from the company address.
5. **Reminder without a closure threat** (#046, "still waiting on your go-ahead") stays
   `confirmation_request` (true); only mails that announce closing for lack of reply are
   `closing_notice` (#008, #047, #059, #067, all true).
6. **Console case** 7391058246 is about a certification benefit, so it is a real T&C case: its
   info request (#057) and auto-resolve warning (#059) need a reply (true) even though the reply
   has to go through the Support Center, not e-mail. The bounce (#061) of the owner's e-mail reply
   is `unrelated` / false: it is not support writing, and the closing notice before it is already
   labelled true.
7. **Duplicate case closed** (#032) is a `case_update` (false): the case was closed because it
   duplicates another, not because the owner was silent, and nothing is asked.
8. **Resolutions with invitations** (#014 "no further action is required", #056 "if anything else
   looks wrong, just reply", #070 「その他ご不明な点がございましたら」) are `resolved` / false;
   #049 and #070 also quote the earlier request underneath. #062 ends with a star-rating
   footer: still `resolved`, not `survey`.
9. **Surveys** are only feedback requests about a support case (#016, #051, #071). CertMetrics'
   "AWS Certification wants to hear from you" (#020) is about the exam programme, so
   `certification`. A Credly badge-expiry reminder (#023) is `badge`.
10. **Owner's mail** is `user_reply` whatever it contains: his reply from the "wrong" company
    address (#035), his e-mail to the no-reply console address (#060), his reopen request with a
    question to support (#053), and his forward to the new employer (#064).
11. **Suspicious**: lookalike domains (#007 credly-notify.com, #021 certmetrics-aws.com, #040
    aws-training-certification.support) and a mail with the genuine From
    `aws-cs-trainingcertification-form@amazon.com`, the real case-A subject and agent name, but
    `dkim=fail` / `dmarc=fail` at Gmail and a foreign Reply-To (#052). All `needs_reply` false even
    when they demand an answer.
12. **Other AWS mail** (billing, marketing, Builder ID code, Skill Builder receipt, the AWS Events
    case) is `unrelated`. The CertMetrics welcome mail for the new certification account (#029) is
    `certification`.
13. Colleagues asking for a reply (#027 HR, #045 farewell lunch) and other vendors' "case closed,
    reply to reopen" (#018, #063) are `unrelated` / false.

## Formats used

CRLF and LF line endings; 7bit, quoted-printable and base64 bodies; UTF-8, ISO-2022-JP
and Shift_JIS; RFC 2047 B-encoded Japanese subjects and display names; text-only, HTML-only,
multipart/alternative and multipart/report (bounce with message/rfc822); Outlook
("-----Original Message-----", "From: … Sent: …" blocks without `>`), Gmail ("On … wrote:" and
Japanese 「…(月) 9:15 … <…>:」), Salesforce-style "--------------- Original Message ---------------"
and forwarded-message quoting; In-Reply-To / References on replies.
"""


def write_readme(rows):
    lines = ["me: %s %s" % (ME_PERSONAL, ME_COMPANY), ""]
    lines.append(README_HEAD.strip("\n"))
    lines.append("")
    lines.append("## Messages")
    lines.append("")
    lines.append("| # | kind | reply? | case | what it is | what makes it hard |")
    lines.append("|---|---|---|---|---|---|")
    for n, m in rows:
        lb = m["label"]
        lines.append("| %s | %s | %s | %s | %s | %s |" % (
            n, lb["kind"], "yes" if lb["needs_reply"] else "no", lb["case"] or "-",
            m["what"].replace("|", "/"), m["hard"].replace("|", "/")))
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
