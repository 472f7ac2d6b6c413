#!/usr/bin/env python3
"""Generate the blind-299 stress corpus (standard library only).

Run:  python3 gen.py      (from any directory; files are written next to this script)

Every message is an RFC 5322 file NNN-msg.eml with its label NNN-msg.json.
The theme of this set: support restating what it knows (account listings,
echoed form submissions, self-answered questions, status tables with a
"Next step" row) -- some of which ask the owner to write back and most of
which do not.
"""
import base64
import hashlib
import json
import os
import random
import re
import struct
import zlib
from collections import Counter
from datetime import datetime, timedelta, timezone
from email.charset import BASE64, QP, Charset
from email.header import Header
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc
JST = timezone(timedelta(hours=9))
PDT = timezone(timedelta(hours=-7))
EDT = timezone(timedelta(hours=-4))

# ---------------------------------------------------------------- people
P = "haruka.tsuji88@gmail.com"            # personal address (kept)
W = "h-tsujimoto@mizunara-tech.co.jp"     # company address (closes 30 Sep 2025)
ME_EN = "Haruka Tsujimoto"
ME_JA = "辻本 遥"
FORM = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"
OKABE = "okabe.shinji@mizunara-tech.co.jp"
MORITA = "morita.aki@mizunara-tech.co.jp"

# ---------------------------------------------------------------- cases
C1 = "175802264100317"   # main merge, company -> personal (APN hold on the way)
C2 = "175807686900584"   # duplicate form filed from the company address
C4 = "175945276000142"   # Japanese: third account created by Partner Central SSO
C5 = "17540329186"       # Support Center (console) case: exam benefit lost in merge
C6 = "176052996200731"   # name correction, opened from a reply on a closed 2021 case
C7 = "176110294400268"   # add new work address as certification notification email
OLD = "8837461052"       # closed 2021 case the owner replied on
FAKE = "176011503200419"  # case number invented by a spoofer (not a real case)

ID_W = "AWS03917452"     # candidate ID of the company account
ID_P = "AWS11820634"     # candidate ID of the personal account
ID_X = "AWS20554188"     # third account (Partner Central SSO, same gmail address)

SUBJ_FORM = "[AWS Training and Certification Form Submission] - account-assistance"

CAND_RE = re.compile(r"AWS\d{8}(?!\d)")

RNG = random.Random(299)


def rid(n, alphabet="0123456789abcdef"):
    return "".join(RNG.choice(alphabet) for _ in range(n))


def ses_id():
    return "<010001%s-%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
        rid(10), rid(8), rid(4), rid(4), rid(4), rid(12))


def gmail_id():
    a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+"
    return "<CA%s@mail.gmail.com>" % rid(44, a)


def outlook_id():
    return "<TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>" % (
        rid(5, "0123456789"), rid(12, "0123456789ABCDEF"), rid(5, "0123456789"))


def dt(s, tz=UTC):
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)


def fmt_date(d, tz):
    return format_datetime(d.astimezone(tz))


def enc(s, charset="utf-8"):
    """Encode a header value if it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode(maxlinelen=76)


def addr(name, a, charset="utf-8"):
    if not name:
        return a
    return formataddr((name, a), charset=charset)


# ---------------------------------------------------------------- MIME parts
def part_text(body, subtype="plain", cte="qp", charset="utf-8"):
    if charset == "iso-2022-jp":
        body.encode("iso-2022-jp")  # strict: fail loudly on unencodable text
        p = MIMEText(body, subtype, "iso-2022-jp")
    elif charset == "shift_jis":
        raw = body.encode("shift_jis")
        p = MIMENonMultipart("text", subtype, charset="Shift_JIS")
        p.set_payload(base64.encodebytes(raw).decode("ascii"))
        p["Content-Transfer-Encoding"] = "base64"
    elif cte == "7bit":
        body.encode("ascii")
        p = MIMEText(body, subtype, "us-ascii")
    else:
        cs = Charset("utf-8")
        cs.body_encoding = QP if cte == "qp" else BASE64
        p = MIMEText(body, subtype, cs)
    return p


def strip_mv(p):
    del p["MIME-Version"]
    return p


def alt(text, html, cte_t="qp", cte_h="qp", charset="utf-8"):
    m = MIMEMultipart("alternative", boundary="=_alt_%s" % rid(24))
    m.attach(strip_mv(part_text(text, "plain", cte_t, charset)))
    m.attach(strip_mv(part_text(html, "html", cte_h, charset)))
    return m


def tiny_png(w=12, h=8):
    raw = b"".join(b"\x00" + b"\xd8\xd8\xd0" * w for _ in range(h))

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


# ---------------------------------------------------------------- transport headers
def recv_gmail(d, host, ip, mailfrom, dom, dkim="pass", spf="pass", dmarc="pass",
               dkim_d=None, policy="p=QUARANTINE sp=QUARANTINE dis=NONE"):
    dkim_d = dkim_d or dom
    when = fmt_date(d - timedelta(seconds=RNG.randint(1, 9)), PDT)
    gid = rid(40, "abcdefghijklmnopqrstuvwxyz0123456789")
    res = []
    if dkim == "pass":
        res.append("dkim=pass header.i=@%s header.s=%s header.b=%s" % (dkim_d, rid(8, "abcdefghijklmnopqrstuvwxyz"), rid(8, "ABCDEFGHIJKLMNOPabcdefghijk0123456789")))
    else:
        res.append("dkim=%s" % dkim)
    if spf == "pass":
        res.append("spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (mailfrom, ip, mailfrom))
    else:
        res.append("spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (spf, mailfrom, ip, mailfrom))
    if dmarc.startswith("fail"):
        res.append("dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s" % dom)
    else:
        res.append("dmarc=%s (%s) header.from=%s" % (dmarc, policy, dom))
    return [
        ("Delivered-To", P),
        ("Received", "by 2002:a05:7300:%s with SMTP id %s;\n        %s" % (rid(4), rid(12, "abcdefghijklmnopqrstuvwxyz0123456789"), when)),
        ("Return-Path", "<%s>" % mailfrom),
        ("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s" % (host, host, ip, gid, P, when)),
        ("Received-SPF", "%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;" % (
            spf, mailfrom, "designates" if spf == "pass" else "does not designate", ip, ip)),
        ("Authentication-Results", "mx.google.com;\n       " + ";\n       ".join(res)),
    ]


def recv_m365(d, host, ip, mailfrom, dom, dkim_d=None, dmarc="pass"):
    dkim_d = dkim_d or dom
    when = fmt_date(d - timedelta(seconds=RNG.randint(1, 9)), UTC)
    return [
        ("Received", "from OS0P286MB%s.JPNP286.PROD.OUTLOOK.COM (2603:1096:604:%s::%s) by\n TYCPR01MB%s.jpnprd01.prod.outlook.com with HTTPS; %s" % (rid(4, "0123456789"), rid(3), rid(2), rid(5, "0123456789"), when)),
        ("Received", "from %s (%s) by\n OS0P286MB%s.mail.protection.outlook.com (10.167.%s.%s) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%s.%s; %s" % (host, ip, rid(4, "0123456789"), RNG.randint(1, 250), RNG.randint(1, 250), RNG.randint(8000, 9300), RNG.randint(10, 40), when)),
        ("Authentication-Results", "spf=pass (sender IP is %s)\n smtp.mailfrom=%s; dkim=pass (signature was verified)\n header.d=%s;dmarc=%s action=none header.from=%s;compauth=pass\n reason=100" % (ip, mailfrom.split("@")[-1], dkim_d, dmarc, dom)),
        ("Received-SPF", "Pass (protection.outlook.com: domain of %s designates\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C" % (mailfrom.split("@")[-1], ip, ip, host)),
        ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
    ]


def ses_recv(d, box):
    """Headers for mail sent by Amazon (SES) and received at box (P or W)."""
    n = RNG.randint(10, 250)
    host = "a8-%d.smtp-out.amazonses.com" % n
    ip = "54.240.8.%d" % n
    mf = "010001%s-%s-000000@email.amazonses.com" % (rid(10), rid(20))
    if box == W:
        return recv_m365(d, host, ip, mf, "amazon.com", "amazon.com")
    return recv_gmail(d, host, ip, mf, "amazon.com", dkim_d="amazon.com")


def gmail_sent(d, rcpt=FORM):
    return [("Received", "from smtpclient.home ([2400:4050:%s:%s::%s])\n        by smtp.gmail.com with ESMTPSA id %s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s" % (
        rid(4), rid(4), rid(2), rid(30, "abcdefghijklmnopqrstuvwxyz0123456789"), rcpt, fmt_date(d, PDT)))]


# ---------------------------------------------------------------- assembling
MSGS = []   # list of dicts
MIDS = {}


def add(key, *, date, tz, frm, to, subject, body, kind, reply, case, ids, own, note,
        cc=None, extra=None, transport=None, irt=None, refs=None, mid=None,
        subj_charset="utf-8", crlf=False, fold_subject=False, reply_to=None,
        content_lang=None):
    """own: the message's own new text (used to check the candidate_ids label)."""
    found = []
    for m in CAND_RE.findall(own):
        if m not in found:
            found.append(m)
    assert found == ids, (key, found, ids)
    mid = mid or ses_id()
    MIDS[key] = mid
    hdrs = list(transport or [])
    hdrs.append(("Date", fmt_date(date, tz)))
    hdrs.append(("From", frm))
    if reply_to:
        hdrs.append(("Reply-To", reply_to))
    hdrs.append(("To", to))
    if cc:
        hdrs.append(("Cc", cc))
    subj = enc(subject, subj_charset)
    if fold_subject and subj == subject and len(subject) > 70:
        cut = subject.rfind(" ", 0, 68)
        subj = subject[:cut] + "\n" + subject[cut:]
    hdrs.append(("Subject", subj))
    hdrs.append(("Message-ID", mid))
    if irt:
        hdrs.append(("In-Reply-To", MIDS[irt]))
    if refs:
        hdrs.append(("References", "\n ".join(MIDS[r] for r in refs)))
    for k, v in (extra or []):
        hdrs.append((k, v))
    if content_lang:
        hdrs.append(("Content-Language", content_lang))
    hdrs.append(("MIME-Version", "1.0"))
    del body["MIME-Version"]
    head = "".join("%s: %s\n" % (k, v) for k, v in hdrs)
    text = head + body.as_string()
    if not text.endswith("\n"):
        text += "\n"
    if crlf:
        text = text.replace("\n", "\r\n")
    data = text.encode("ascii")
    assert len(data) < 15000, (key, len(data))
    MSGS.append(dict(key=key, data=data, date=date,
                     label={"kind": kind, "needs_reply": reply, "case": case, "candidate_ids": ids},
                     note=note))


def q(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.split("\n"))


def html_wrap(inner, font="Arial, Helvetica, sans-serif"):
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body style="font-family:%s;font-size:14px;color:#16191f">\n%s\n</body></html>\n' % (font, inner))


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def p_html(text):
    """Plain paragraphs -> HTML paragraphs."""
    out = []
    for para in text.strip().split("\n\n"):
        out.append("<p>%s</p>" % esc(para).replace("\n", "<br>\n"))
    return "\n".join(out)


def table(rows, border="1", style="border-collapse:collapse", th_bg="#f2f3f3"):
    r = []
    for k, v in rows:
        r.append('<tr><th align="left" style="background:%s;padding:4px 8px">%s</th><td style="padding:4px 8px">%s</td></tr>' % (th_bg, k, v))
    return '<table border="%s" cellpadding="0" cellspacing="0" style="%s">\n%s\n</table>' % (border, style, "\n".join(r))


TC_SIG = "AWS Training and Certification Customer Service"
FORM_FOOT = ("----\nKeep the case number in the subject line when you write to us about this request, "
             "so that your message is added to the same case.")


def form_from(name=None):
    return addr(name, FORM) if name else FORM


def form_subj(case, re_="RE:"):
    return "%s[CASE %s] %s" % (re_, case, SUBJ_FORM) if re_ == "RE:" else "RE: [CASE %s] %s" % (case, SUBJ_FORM)


# =====================================================================================
#                                       MESSAGES
# =====================================================================================

# 001 ---- Skill Builder receipt -------------------------------------------------------
d = dt("2025-09-10 02:14:07")
txt = """Thanks for your purchase, Haruka.

Order number: SB-20250910-7731946
Item: AWS Skill Builder Individual subscription (monthly)
Amount: USD 29.00 (tax included)
Billing period: Sep 10, 2025 - Oct 9, 2025
Payment method: Visa ending in 4471

Your subscription renews automatically each month. You can cancel at any time from
Account settings > Subscriptions.

Start learning: https://skillbuilder.aws/learn

AWS Training and Certification
This message was sent to haruka.tsuji88@gmail.com. Amazon Web Services, Inc. is a subsidiary of
Amazon.com, Inc. 410 Terry Avenue North, Seattle, WA 98109."""
html = html_wrap("""<h2 style="color:#232f3e">Thanks for your purchase</h2>
<p>Hi Haruka,</p>""" + table([("Order number", "SB-20250910-7731946"), ("Item", "AWS Skill Builder Individual subscription (monthly)"),
                            ("Amount", "USD 29.00 (tax included)"), ("Billing period", "Sep 10, 2025 &ndash; Oct 9, 2025"),
                            ("Payment method", "Visa ending in 4471")], border="0") + """
<p>Your subscription renews automatically each month. You can cancel at any time from Account settings &gt; Subscriptions.</p>
<p><a href="https://skillbuilder.aws/learn" style="background:#ff9900;color:#000;padding:8px 14px;text-decoration:none">Start learning</a></p>
<p style="font-size:11px;color:#687078">This message was sent to haruka.tsuji88@gmail.com. Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Avenue North, Seattle, WA 98109.</p>""")
add("001", date=d, tz=UTC, frm=addr("AWS Training and Certification", "no-reply@aws.training"), to=P,
    subject="Your AWS Skill Builder receipt (Order SB-20250910-7731946)", body=alt(txt, html),
    transport=recv_gmail(d, "a9-42.smtp-out.amazonses.com", "54.240.9.42", "0100019933d1@bounce.aws.training", "aws.training"),
    kind="unrelated", reply=False, case=None, ids=[], own=txt,
    note="Skill Builder subscription receipt from the training platform: AWS and 'Training and Certification' in the From line, but a purchase receipt.")

# 002 ---- colleague (ISO-2022-JP) -----------------------------------------------------
d = dt("2025-09-11 09:02:40", JST)
txt = """辻本さん

お疲れさまです、森田です。
送別会の日程ですが、9月26日(金)の19時からで調整中です。
場所は前回と同じ、神田のお店を予定しています。

都合が悪い日があれば、今週中に教えてください。
出欠はメンバーにはまだ内緒で進めています。

森田"""
add("002", date=d, tz=JST, frm=addr("森田 亜希", MORITA, "iso-2022-jp"), to=addr("辻本 遥", W, "iso-2022-jp"),
    subject="送別会の日程について", subj_charset="iso-2022-jp", body=part_text(txt, charset="iso-2022-jp"),
    mid=outlook_id(),
    transport=[("Received", "from TYCPR01MB%s.jpnprd01.prod.outlook.com ([fe80::%s]) by\n TYCPR01MB%s.jpnprd01.prod.outlook.com with mapi id 15.20.9115.018; %s" % (rid(5, "0123456789"), rid(4), rid(5, "0123456789"), fmt_date(d, JST)))],
    kind="unrelated", reply=False, case=None, ids=[], own=txt,
    note="Colleague's farewell-party mail in ISO-2022-JP; asks the owner to say which dates don't work, but it has nothing to do with a case.")

# 003 ---- owner's note to self (company -> personal) ---------------------------------
d = dt("2025-09-12 18:41:12", JST)
txt = """自分用メモ（退職前に控えておくもの）

■ 会社アカウント（統合元）
  ログイン: h-tsujimoto@mizunara-tech.co.jp
  候補ID: AWS03917452
  認定: SAA (2024/05 再認定), SOA (2022/12)
  特典: 50%割引 1枚（2026/05まで）
  APN: ミズナラテクノロジーのパートナーに紐付けあり

■ 個人アカウント（統合先）
  ログイン: haruka.tsuji88@gmail.com
  候補ID: AWS11820634
  まだ何もなし

TODO
- 証明書PDFをダウンロード済み（3件）
- フォームから Account Merge を申請する
- 岡部さんにパートナー紐付けの件を相談

--
辻本 遥 / Haruka Tsujimoto
株式会社ミズナラテクノロジー クラウド推進部"""
add("003", date=d, tz=JST, frm=addr("辻本 遥", W), to=P,
    subject="メモ: AWS認定アカウント移行", body=part_text(txt, cte="b64"), mid=outlook_id(),
    transport=recv_gmail(d, "mail-os0jpn01on2112.outbound.protection.outlook.com", "40.107.113.112", W, "mizunara-tech.co.jp"),
    extra=[("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")],
    kind="user_reply", reply=False, case=None, ids=[ID_W, ID_P], own=txt,
    note="The owner's own note (company -> personal) listing both accounts and candidate IDs before any case exists. Looks exactly like a support listing but is written by the owner.")

# 004 ---- Builder ID one-time code ---------------------------------------------------
d = dt("2025-09-15 12:20:55")
txt = """Verify your AWS Builder ID email address

Thanks for starting the AWS Builder ID sign-up process. We want to make sure it's really you.
Please enter the following verification code when prompted. If you don't want to create an
AWS Builder ID, you can ignore this message.

Verification code: 418093

(This code expires 10 minutes after it was sent.)

AWS will never email you and ask you to disclose or verify your password, credit card, or
banking account number."""
html = html_wrap(p_html(txt).replace("418093", "<b style='font-size:22px'>418093</b>"))
add("004", date=d, tz=UTC, frm=addr("AWS", "no-reply@signin.aws"), to=P,
    subject="Verify your AWS Builder ID email address", body=alt(txt, html, "7bit", "qp"),
    transport=recv_gmail(d, "a8-77.smtp-out.amazonses.com", "54.240.8.77", "0100019948a2@send.signin.aws", "signin.aws"),
    kind="unrelated", reply=False, case=None, ids=[], own=txt,
    note="Builder ID one-time code (6 digits, not a case ID); 'Please enter the following' is an instruction, not a case request.")

# 005 ---- CertMetrics: new certification account -------------------------------------
d = dt("2025-09-15 12:31:09")
txt = """Hello Haruka Tsujimoto,

Your AWS Certification account is ready to use. Here are the details we have on file:

  Name: HARUKA TUJIMOTO
  Candidate ID: AWS11820634
  Login email: haruka.tsuji88@gmail.com
  Country: Japan

Keep your candidate ID handy: you will need it when you schedule an exam or contact us.

Is this information correct? You can review or edit your profile at any time at
https://www.aws.training/certification under Account.

Thank you,
AWS Certification"""
add("005", date=d, tz=UTC, frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=P,
    subject="Welcome to AWS Certification", body=part_text(txt, cte="7bit"),
    transport=recv_gmail(d, "mail.certmetrics.com", "52.41.17.208", "bounce@certmetrics.com", "certmetrics.com", policy="p=NONE sp=NONE dis=NONE"),
    kind="certification", reply=False, case=None, ids=[ID_P], own=txt,
    note="Program mail (not a case) restating the new account's details with 'Is this information correct?' answered by 'you can review ... at any time'. Also seeds the misspelt surname that case 176052996200731 fixes later.")

# 006 ---- C1 acknowledgement (form echo) ---------------------------------------------
d = dt("2025-09-16 11:37:48")
txt = """Hello Haruka,

Thanks for reaching out to AWS Training and Certification. Your request is logged as case
%s, and a member of our team will pick it up shortly. Most requests receive a first
answer within one business day; some take longer when we have to research account history.

Here is a copy of what you sent us:

  Inquiry type:        Certification
  Additional details:  Account Merge
  Name:                Haruka Tsujimoto
  Contact email:       haruka.tsuji88@gmail.com
  AWS candidate ID:    AWS11820634
  How can we help?
    I am leaving Mizunara Technology at the end of September and would like my
    certification history moved to my personal account.
    Addresses I have used: h-tsujimoto@mizunara-tech.co.jp (old account, candidate ID
    AWS03917452) and haruka.tsuji88@gmail.com.
    Address to keep: haruka.tsuji88@gmail.com

What happens now? An agent reviews the accounts named above and writes back to this
address. You don't need to do anything in the meantime, and a second case for the same
request only sends it to the back of the queue.

Case ID: %s

Kind regards,
%s

%s""" % (C1, C1, TC_SIG, FORM_FOOT)
add("006", date=d, tz=UTC, frm=form_from(), to=P, subject=form_subj(C1), body=part_text(txt, cte="qp"),
    transport=ses_recv(d, P), fold_subject=True,
    kind="acknowledgement", reply=False, case=C1, ids=[ID_P, ID_W], own=txt,
    note="Acknowledgement that echoes the owner's own form back (both addresses, both candidate IDs) and asks itself 'What happens now?'. The echo is the system's own text, so its candidate IDs count. Subject folded.")

# 007 ---- GitHub merged --------------------------------------------------------------
d = dt("2025-09-16 14:05:31")
txt = """Merged #412 into main.

-- 
Reply to this email directly, view it on GitHub:
https://github.com/tsujiharu/kintai-bot/pull/412#event-19928811373
You are receiving this because you authored the thread.

Message ID: <tsujiharu/kintai-bot/pull/412/issue_event/19928811373@github.com>"""
html = html_wrap("""<p>Merged <a href="https://github.com/tsujiharu/kintai-bot/pull/412">#412</a> into main.</p>
<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/tsujiharu/kintai-bot/pull/412#event-19928811373">view it on GitHub</a>.<br>You are receiving this because you authored the thread.</p>""")
add("007", date=d, tz=UTC, frm=addr("Kenta Ishii", "notifications@github.com"), to=addr("tsujiharu/kintai-bot", "kintai-bot@noreply.github.com"),
    cc=addr("Haruka Tsujimoto", P) + ", " + addr("Author", "author@noreply.github.com"),
    subject="Re: [tsujiharu/kintai-bot] Merge duplicate user accounts by email (PR #412)",
    body=alt(txt, html, "7bit", "7bit"), mid="<tsujiharu/kintai-bot/pull/412/issue_event/19928811373@github.com>",
    extra=[("List-ID", "tsujiharu/kintai-bot <kintai-bot.tsujiharu.github.com>"), ("X-GitHub-Reason", "author")],
    transport=recv_gmail(d, "out-21.smtp.github.com", "192.30.252.204", "noreply@github.com", "github.com", policy="p=REJECT sp=REJECT dis=NONE"),
    kind="unrelated", reply=False, case=None, ids=[], own=txt,
    note="GitHub 'Merged ... duplicate user accounts' notification: merge vocabulary, nothing to do with AWS.")

# 008 ---- owner adds detail on C1 ----------------------------------------------------
d = dt("2025-09-17 08:12:03", JST)
own = """Hello,

One more detail in case it helps: my last working day at Mizunara Technology is 30 September,
after which h-tsujimoto@mizunara-tech.co.jp stops receiving mail. Please use this gmail address
for everything about this case.

Best regards,
Haruka Tsujimoto"""
quoted = "\n".join(txt.split("\n")[:22])  # part of the ack
txt8 = own + "\n\nOn Tue, Sep 16, 2025 at 8:37 PM <%s> wrote:\n\n%s\n" % (FORM, q(quoted))
add("008", date=d, tz=JST, frm=addr(ME_EN, P), to=FORM, subject="Re: " + form_subj(C1),
    body=part_text(txt8, cte="qp"), mid=gmail_id(), irt="006", refs=["006"], transport=gmail_sent(d),
    kind="user_reply", reply=False, case=C1, ids=[], own=own,
    note="Owner's unprompted addition to case 175802264100317 (last working day). The quoted ack below carries both candidate IDs, which must not be counted.")

# 009 ---- C2 acknowledgement (Japanese, to company address) --------------------------
d = dt("2025-09-17 02:41:33")
txt = """辻本 遥 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
お問い合わせはケース %s として受け付けました。担当者より、通常 1 営業日以内にご連絡いたします。調査の内容によっては、さらにお時間をいただく場合がございます。

同じ内容で別のケースを作成されますと、対応が遅れる原因となります。本件に関するご連絡は、このメールへのご返信でお願いいたします。

■ 受け付けた内容
お問い合わせタイプ：AWS トレーニングと認定
問題タイプ：認定
その他の詳細：アカウントの統合
氏名：辻本 遥
メールアドレス：h-tsujimoto@mizunara-tech.co.jp
AWS 候補 ID：AWS03917452
お問い合わせ内容：
  9月末で退職するため、会社のメールアドレスで登録している認定アカウントを、個人のアカウント（haruka.tsuji88@gmail.com）に統合したいです。念のため、会社のアドレスからも申請しています。

ケース ID：%s

AWS トレーニングと認定 カスタマーサービス""" % (C2, C2)
add("009", date=d, tz=UTC, frm=addr("AWS トレーニングと認定", FORM), to=W, subject=form_subj(C2),
    body=part_text(txt, cte="b64"), transport=ses_recv(d, W), content_lang="ja-JP",
    kind="acknowledgement", reply=False, case=C2, ids=[ID_W], own=txt,
    note="Japanese acknowledgement of the duplicate form filed from the company address (base64 UTF-8). Echoes the form; 'ご連絡は、このメールへのご返信でお願いいたします' says how to write, not that a reply is wanted.")

# 010 ---- C2: another agent asks to confirm before noticing the duplicate ------------
d = dt("2025-09-17 06:58:14")
txt = """Hi Haruka,

Thanks for contacting us about merging your certification accounts. I looked up the addresses
from your request and found these two accounts:

  Account A
    Candidate ID: AWS03917452
    Login email: h-tsujimoto@mizunara-tech.co.jp
  Account B
    Candidate ID: AWS11820634
    Login email: haruka.tsuji88@gmail.com

Please check both accounts above and reply to let us know that they both belong to you and
that Account B is the one to keep. Once we have that, we'll schedule the merge.

Thanks,
Priya N.
%s""" % TC_SIG
add("010", date=d, tz=UTC, frm=form_from("Amazon Web Services"), to=W, subject=form_subj(C2, "RE: "),
    body=part_text(txt, cte="7bit"), transport=ses_recv(d, W), irt="009", refs=["009"],
    kind="confirmation_request", reply=True, case=C2, ids=[ID_W, ID_P], own=txt,
    note="Confirmation request on the duplicate case: two accounts listed, 'Please check ... and reply to let us know'. At arrival support is waiting, so needs_reply is true even though the next mail cancels it.")

# 011 ---- C2 closed as duplicate ---------------------------------------------------
d = dt("2025-09-18 00:20:47")
own = """Hi Haruka,

This request matches case %s, which you opened on 16 September from
haruka.tsuji88@gmail.com and which is already with our team. To keep everything in one place
I have linked the two and closed this case (%s). My colleague's note from yesterday
on this case can be disregarded.

For your reference, this is what we already have on file under the earlier case:
 - certification account with login h-tsujimoto@mizunara-tech.co.jp (candidate ID AWS03917452)
 - certification account with login haruka.tsuji88@gmail.com (candidate ID AWS11820634)
 - account to keep: haruka.tsuji88@gmail.com

Nothing further is needed on this case. Updates will come through case %s
to your personal address.

Regards,
Sven K.
%s""" % (C1, C2, C1, TC_SIG)
txt = own + "\n\n-----Original Message-----\nFrom: Amazon Web Services <%s>\nSent: 17 September 2025 06:58\n\n%s\n" % (
    FORM, q("Please check both accounts above and reply to let us know that they both belong to you and\nthat Account B is the one to keep."))
add("011", date=d, tz=UTC, frm=form_from("Amazon Web Services"), to=W, cc=P, subject=form_subj(C2),
    body=part_text(txt, cte="qp"), transport=ses_recv(d, W), irt="010", refs=["009", "010"],
    kind="case_update", reply=False, case=C2, ids=[ID_W, ID_P], own=own,
    note="Duplicate case closed and linked: lists the same two accounts 'on file' and withdraws the previous request, whose 'Please check ... and reply' is quoted below. Two case numbers in the text; the mail belongs to 175807686900584.")

# 012 ---- AWS billing (company) ------------------------------------------------------
d = dt("2025-09-18 03:05:12")
txt = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site.
Your account will be charged the following:

Total: USD 41.87

Please see the Bills page in the Billing and Cost Management console for details.
[AWS ID 480117263905]

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc. and affiliates, 410
Terry Ave. North, Seattle, WA 98109-5210."""
add("012", date=d, tz=UTC, frm=addr("Amazon Web Services", "aws-billing@amazon.com"), to=W,
    subject="Amazon Web Services Billing Statement Available [Account: 480117263905]",
    body=part_text(txt, cte="7bit"), transport=ses_recv(d, W),
    kind="unrelated", reply=False, case=None, ids=[], own=txt,
    note="AWS billing statement with a 12-digit account ID (not a case or candidate ID).")

# 013 ---- C1 on hold, HTML only, buried question -------------------------------------
d = dt("2025-09-18 07:44:19")
inner = """<p>Hello Haruka,</p>
<p>I&rsquo;ve started on your merge request and ran into something that has to be settled first. The certification account registered to h-tsujimoto@mizunara-tech.co.jp is linked to an AWS Partner Network organization (Mizunara Technology K.K.). While that link exists the account sits on the partner&rsquo;s roster, and we are not able to fold it into another account.</p>
""" + table([("Case", C1), ("Status", "<b>On hold</b> &ndash; partner association"),
             ("Account affected", "AWS03917452 (h-tsujimoto@mizunara-tech.co.jp)"),
             ("Account to keep", "AWS11820634 (haruka.tsuji88@gmail.com)"),
             ("Waiting on", "Partner alliance lead, Mizunara Technology K.K."),
             ("Next step", "AWS has asked the partner&rsquo;s alliance lead to release the account from the organization. Once they do, we resume the merge.")]) + """
<p>Partners usually act within a few business days and we will keep an eye on it. One detail from you would move things along, though: the partner team generally wants to know when an employee leaves before releasing the account. What will be your last day with Mizunara Technology?</p>
<p>Thank you for your patience,<br>Deepak R.<br>AWS Training and Certification</p>
<p style="font-size:11px;color:#687078">Case ID: """ + C1 + """<br>Amazon Web Services, Inc. 410 Terry Avenue North, Seattle, WA 98109</p>"""
add("013", date=d, tz=UTC, frm=form_from(), to=P, subject=form_subj(C1),
    body=part_text(html_wrap(inner), "html", cte="qp"), transport=ses_recv(d, P), irt="006", refs=["006"],
    kind="on_hold", reply=True, case=C1, ids=[ID_W, ID_P], own=inner,
    note="HTML-only partner hold. The status table's Next step belongs to AWS/the partner, but a question is buried after it ('What will be your last day...?'). Kind on_hold, needs_reply true (a question buried in a hold).")

# 014 ---- owner answers the hold question --------------------------------------------
d = dt("2025-09-18 21:30:40", JST)
own = """Hello Deepak,

My last day at Mizunara Technology is Tuesday, 30 September 2025. (I also mentioned it in a
reply to the case acknowledgement, in case that got lost.)

I have asked our alliance lead, Mr Okabe, to release the account on the partner side.

Thank you,
Haruka"""
quoted = """Hello Haruka,

I've started on your merge request and ran into something that has to be settled first. ...

Partners usually act within a few business days and we will keep an eye on it. One detail from
you would move things along, though: the partner team generally wants to know when an
employee leaves before releasing the account. What will be your last day with Mizunara
Technology?

Thank you for your patience,
Deepak R."""
txt = own + "\n\nOn Thu, Sep 18, 2025 at 4:44 PM <%s> wrote:\n\n%s\n" % (FORM, q(quoted))
html = html_wrap("<div dir=\"ltr\">" + p_html(own) + "</div><br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">On Thu, Sep 18, 2025 at 4:44&#8239;PM &lt;<a href=\"mailto:%s\">%s</a>&gt; wrote:<br></div><blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">%s</blockquote></div>" % (FORM, FORM, inner))
add("014", date=d, tz=JST, frm=addr(ME_EN, P), to=FORM, subject="Re: " + form_subj(C1),
    body=alt(txt, html), mid=gmail_id(), irt="013", refs=["006", "013"], transport=gmail_sent(d),
    kind="user_reply", reply=False, case=C1, ids=[], own=own,
    note="Owner's answer to the hold question; the HTML half quotes the whole hold table (with candidate IDs) inside a gmail_quote blockquote.")

# 015 ---- Pearson VUE appointment -----------------------------------------------------
d = dt("2025-09-19 05:12:09", EDT)
txt = """Dear Haruka Tujimoto,

Thank you for scheduling your exam with Pearson VUE. Please review the details below.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Appointment: Saturday, November 22, 2025 at 10:00 AM Japan Standard Time
Delivery: OnVUE online proctored
Registration ID: 482913375
Candidate ID: AWS11820634
Order total: USD 300.00

Please check in 30 minutes before your appointment and run the system test beforehand.
To reschedule or cancel, sign in to your AWS Certification account at least 24 hours
before the appointment.

Sincerely,
Pearson VUE on behalf of AWS Certification"""
add("015", date=d, tz=EDT, frm=addr("Pearson VUE", "pearsonvueconfirmation@pearson.com"), to=P,
    subject="Pearson VUE Confirmation of Your Exam Appointment", body=part_text(txt, cte="qp"),
    transport=recv_gmail(d, "mx0b-00168601.pphosted.com", "148.163.155.121", "bounces@pearson.com", "pearson.com", policy="p=REJECT sp=REJECT dis=NONE"),
    kind="unrelated", reply=False, case=None, ids=[ID_P], own=txt,
    note="Exam-vendor appointment confirmation: 9-digit registration ID (not a case) plus a real candidate ID, which counts even though the mail is unrelated. 'Please review the details below' asks nothing back.")

# 016 ---- C1 hold reminder, reassurance as question -----------------------------------
d = dt("2025-09-22 04:02:51")
own = """Hi Haruka,

A quick note on case %s: it is still on hold. The release request is with the alliance
team at Mizunara Technology K.K., and we reminded them again this morning.

Is there anything you need to do right now? No. Thanks for sending your last working day
(30 September); I have passed it on to the partner team. As soon as the association is
removed we'll pick the merge straight back up and write to you.

Regards,
Deepak R.
AWS Training and Certification""" % C1
txt = own + "\n\n" + FORM_FOOT
add("016", date=d, tz=UTC, frm=form_from(), to=P, subject=form_subj(C1, "RE: "),
    body=part_text(txt, cte="7bit"), transport=ses_recv(d, P), irt="014", refs=["006", "013", "014"],
    kind="on_hold", reply=False, case=C1, ids=[], own=own,
    note="Hold reminder whose only question is rhetorical and answered in the next word ('Is there anything you need to do right now? No.'). needs_reply false.")

# 017 ---- Microsoft certification profile merge (other vendor) ------------------------
d = dt("2025-09-22 08:31:40")
txt = """Hello Haruka,

Thank you for contacting Microsoft Certification Support. Case number: 2509220040001837.

We located two Microsoft Learn certification profiles that appear to belong to you:

  Profile 1: MCID 991872345, email h-tsujimoto@mizunara-tech.co.jp, 2 active certifications
  Profile 2: MCID 1104569201, email haruka.tsuji88@gmail.com, no certifications

To merge them, please reply to this email confirming that both profiles are yours and which
profile should remain as the primary one. Profile merges cannot be undone.

Best regards,
Daniel O.
Microsoft Certification Support"""
add("017", date=d, tz=UTC, frm=addr("Microsoft Certification Support", "mcp-support@microsoft.com"), to=P,
    subject="Case #2509220040001837: Merge Microsoft Learn profiles - action needed",
    body=part_text(txt, cte="qp"),
    transport=recv_gmail(d, "mail-dm6nam12on2096.outbound.protection.outlook.com", "40.107.243.96", "mcp-support@microsoft.com", "microsoft.com", policy="p=REJECT sp=REJECT dis=NONE"),
    kind="unrelated", reply=False, case=None, ids=[], own=txt,
    note="Other vendor's certification support asking to confirm two listed profiles for a merge - the same shape as an AWS confirmation request. Another vendor's case: unrelated, needs_reply false, case null.")

# 018 ---- Japanese newsletter -----------------------------------------------------------
d = dt("2025-09-23 00:00:12")
txt = """クラウド通信 Weekly #212 (2025/09/23)

■ 今週の注目記事
1. 転職前にやっておきたい AWS 認定アカウントの統合手順まとめ
   フォームの書き方から、サポートへの返信、統合後の確認までを解説します。
2. Amazon Bedrock の新しいガードレール機能を試す
3. JAWS-UG 各支部の 10 月イベント一覧

■ 読者アンケート
今後取り上げてほしいテーマがあれば、ぜひアンケートでお知らせください。

配信停止はこちら: https://cloud-tsushin.jp/unsubscribe?u=8f31c2"""
html = html_wrap("""<table width="600" style="border:1px solid #ddd"><tr><td style="padding:16px">
<h1 style="font-size:20px">クラウド通信 Weekly #212</h1>
<h2 style="font-size:16px">今週の注目記事</h2>
<ol><li><a href="https://cloud-tsushin.jp/a/3391">転職前にやっておきたい AWS 認定アカウントの統合手順まとめ</a><br>フォームの書き方から、サポートへの返信、統合後の確認までを解説します。</li>
<li><a href="https://cloud-tsushin.jp/a/3392">Amazon Bedrock の新しいガードレール機能を試す</a></li>
<li><a href="https://cloud-tsushin.jp/a/3393">JAWS-UG 各支部の 10 月イベント一覧</a></li></ol>
<h2 style="font-size:16px">読者アンケート</h2><p>今後取り上げてほしいテーマがあれば、ぜひ<a href="https://cloud-tsushin.jp/survey">アンケート</a>でお知らせください。</p>
<p style="font-size:11px">配信停止は<a href="https://cloud-tsushin.jp/unsubscribe?u=8f31c2">こちら</a></p></td></tr></table>""", "'Hiragino Sans', Meiryo, sans-serif")
add("018", date=d, tz=UTC, frm=addr("クラウド通信", "news@cloud-tsushin.jp"), to=P,
    subject="【クラウド通信 Weekly #212】AWS 認定アカウントの統合手順まとめ ほか", body=alt(txt, html, "b64", "b64"),
    extra=[("List-Unsubscribe", "<https://cloud-tsushin.jp/unsubscribe?u=8f31c2>")],
    transport=recv_gmail(d, "o1.ptr3346.cloud-tsushin.jp", "149.72.120.14", "bounces+1893@em.cloud-tsushin.jp", "cloud-tsushin.jp", policy="p=NONE sp=NONE dis=NONE"),
    kind="unrelated", reply=False, case=None, ids=[], own=txt,
    note="Japanese newsletter whose headline is about merging AWS certification accounts and replying to support.")

# 019 ---- C1 hold lifted, self-answered questions -------------------------------------
d = dt("2025-09-24 02:15:26")
own = """Hello Haruka,

Good news: the alliance lead at Mizunara Technology removed the partner association from the
account registered to h-tsujimoto@mizunara-tech.co.jp this morning, so the hold on case
%s is lifted.

Wondering what happens next? We'll compare the two certification accounts, check that exam
history and benefits line up, and send you a summary of both accounts before anything is
merged. That normally happens within one business day.

Do you need to fill in the form again? No - the case stays open just as it is.

Regards,
Deepak R.
AWS Training and Certification""" % C1
html = html_wrap(p_html(own))
add("019", date=d, tz=UTC, frm=form_from(), to=P, subject=form_subj(C1), body=alt(own, html, "qp", "qp"),
    transport=ses_recv(d, P), irt="016", refs=["006", "013", "014", "016"],
    kind="case_update", reply=False, case=C1, ids=[], own=own,
    note="Hold lifted. Two questions support asks and answers itself ('Wondering what happens next? We'll ...', 'Do you need to fill in the form again? No'). Announces a future listing, asks nothing now.")

# 020 ---- lookalike-domain phishing restating accounts ---------------------------------
d = dt("2025-09-24 11:48:03")
inner = """<p>Dear Certification Holder,</p>
<p>We are processing the account merge request linked to your email address. Our records show the following:</p>
""" + table([("Account 1", "haruka.tsuji88@gmail.com &ndash; primary"), ("Account 2", "Secondary login on file"),
             ("Status", "Awaiting identity confirmation"), ("Next step", "You: confirm ownership within 24 hours")]) + """
<p>To confirm that these accounts belong to you, sign in with your AWS Builder ID below. Unconfirmed merge requests are cancelled and the certifications on both accounts may be suspended.</p>
<p><a href="http://aws-certification-verify.com/merge/confirm?id=7c1f90" style="background:#ff9900;color:#000;padding:10px 16px;text-decoration:none">Confirm my accounts</a></p>
<p>AWS Training &amp; Certification Team</p>"""
add("020", date=d, tz=UTC, frm=addr("AWS Certification Team", "support@aws-certification-verify.com"), to=P,
    subject="Action required: confirm your accounts to complete the merge",
    body=part_text(html_wrap(inner), "html", cte="b64"),
    transport=recv_gmail(d, "mail.aws-certification-verify.com", "185.234.72.19", "support@aws-certification-verify.com", "aws-certification-verify.com", policy="p=NONE sp=NONE dis=NONE"),
    kind="suspicious", reply=False, case=None, ids=[], own=inner,
    note="Lookalike domain (aws-certification-verify.com, passes its own DMARC). Restates 'your' accounts in a table whose Next step is the reader's and demands a sign-in: phishing, needs_reply false. Timed while a real merge is pending.")

# 021 ---- C1 confirmation request (multipart, table + question) ------------------------
d = dt("2025-09-25 01:03:37")
own = """Hello Haruka,

Thank you for waiting while the partner association was removed. I have now reviewed both
certification accounts, and this is what I found:

Account #1
  Candidate ID: AWS11820634
  Login email: haruka.tsuji88@gmail.com
  Training notification email: haruka.tsuji88@gmail.com
  Certification notification email: haruka.tsuji88@gmail.com
  Exam history: none

Account #2
  Candidate ID: AWS03917452
  Login email: h-tsujimoto@mizunara-tech.co.jp
  Training notification email: h-tsujimoto@mizunara-tech.co.jp
  Certification notification email: h-tsujimoto@mizunara-tech.co.jp
  Exam history: 4 exams (2019-2024), 2 active certifications, 1 exam benefit

Status:     ready to merge
Next step:  yours - tell us which account remains

When we merge, the other account is closed and its exam history, certifications and
benefits move across. Which one should we keep as your surviving account, #1 or #2?

Best,
Marisol G.
AWS Training and Certification"""
acct = lambda n, cid, e, hist: ('<table border="1" cellpadding="4" style="border-collapse:collapse;margin-bottom:10px">'
                                '<tr><th colspan="2" align="left" style="background:#232f3e;color:#fff">Account #%s</th></tr>'
                                '<tr><td>Candidate ID</td><td>%s</td></tr><tr><td>Login email</td><td>%s</td></tr>'
                                '<tr><td>Training notification email</td><td>%s</td></tr>'
                                '<tr><td>Certification notification email</td><td>%s</td></tr>'
                                '<tr><td>Exam history</td><td>%s</td></tr></table>' % (n, cid, e, e, e, hist))
inner = ("<p>Hello Haruka,</p><p>Thank you for waiting while the partner association was removed. I have now reviewed both certification accounts, and this is what I found:</p>"
         + acct(1, ID_P, P, "none") + acct(2, ID_W, W, "4 exams (2019&ndash;2024), 2 active certifications, 1 exam benefit")
         + table([("Status", "Ready to merge"), ("Next step", "<b>Yours</b> &ndash; tell us which account remains")])
         + "<p>When we merge, the other account is closed and its exam history, certifications and benefits move across. Which one should we keep as your surviving account, #1 or #2?</p><p>Best,<br>Marisol G.<br>AWS Training and Certification</p>")
add("021", date=d, tz=UTC, frm=form_from(), to=P, subject=form_subj(C1), body=alt(own, html_wrap(inner)),
    transport=ses_recv(d, P), irt="019", refs=["006", "013", "014", "016", "019"], fold_subject=True,
    kind="confirmation_request", reply=True, case=C1, ids=[ID_P, ID_W], own=own,
    note="The Account #1 / Account #2 listing. No 'please', no 'confirm': the ask is a bare question at the end plus a Next step row owned by the customer.")

# 022 ---- colleague out-of-office (ISO-2022-JP) ---------------------------------------
d = dt("2025-09-25 10:15:02", JST)
txt = """森田は 9月25日(木)〜10月1日(水) まで休暇のため不在にしております。
期間中はメールを確認できません。お急ぎの場合は、クラウド推進部 代表アドレス
cloud-team@mizunara-tech.co.jp までご連絡ください。

戻り次第、順次ご返信いたします。"""
add("022", date=d, tz=JST, frm=addr("森田 亜希", MORITA, "iso-2022-jp"), to=addr("辻本 遥", W, "iso-2022-jp"),
    subject="自動応答: 送別会の日程について", subj_charset="iso-2022-jp", body=part_text(txt, charset="iso-2022-jp"),
    mid=outlook_id(), extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    kind="unrelated", reply=False, case=None, ids=[], own=txt, crlf=True,
    note="Colleague's out-of-office auto-reply (ISO-2022-JP, CRLF).")

# 023 ---- owner forwards the confirmation request to the alliance lead ----------------
d = dt("2025-09-26 09:20:18", JST)
own = """岡部さん

お疲れさまです。辻本です。
パートナー側の紐付け解除、ありがとうございました。
AWS から統合前の確認メールが届きましたので、参考までに転送します。
会社アカウントの認定は、統合後は個人アカウント側に移る予定です。

辻本"""
fwd = own + """

---------- Forwarded message ---------
From: <%s>
Date: Thu, Sep 25, 2025 at 10:03 AM
Subject: %s
To: <%s>


%s
""" % (FORM, form_subj(C1), P, """Hello Haruka,

Thank you for waiting while the partner association was removed. I have now reviewed both
certification accounts, and this is what I found:

Account #1
  Candidate ID: AWS11820634
  Login email: haruka.tsuji88@gmail.com
Account #2
  Candidate ID: AWS03917452
  Login email: h-tsujimoto@mizunara-tech.co.jp
  Exam history: 4 exams (2019-2024), 2 active certifications, 1 exam benefit

Status:     ready to merge
Next step:  yours - tell us which account remains

Which one should we keep as your surviving account, #1 or #2?

Best,
Marisol G.""")
add("023", date=d, tz=JST, frm=addr("Haruka Tsujimoto", P), to=addr("岡部 慎二", OKABE), cc=W,
    subject="Fwd: " + form_subj(C1), body=part_text(fwd, cte="b64"), mid=gmail_id(), transport=gmail_sent(d, OKABE),
    irt="021", refs=["021"],
    kind="user_reply", reply=False, case=C1, ids=[], own=own,
    note="Owner forwards the confirmation request (with its listing and question) to her manager. Her own text asks nothing of support; the forwarded IDs are quoted history. Still unanswered towards support at this point.")

# 023b ---- C1 follow-up confirmation request (plain, short) ----------------------------
d = dt("2025-09-26 07:34:12")
own = """Hi Haruka,

Just following up on my note from yesterday in case it got buried. Both accounts are ready:

  #1  AWS11820634  haruka.tsuji88@gmail.com
  #2  AWS03917452  h-tsujimoto@mizunara-tech.co.jp

Could you let us know which one stays? As soon as we have your answer the merge takes
about an hour.

Marisol G.
AWS Training and Certification"""
add("023b", date=d, tz=UTC, frm=form_from(), to=P, subject=form_subj(C1, "RE: "),
    body=part_text(own + "\n\n" + FORM_FOOT, cte="7bit"), transport=ses_recv(d, P), irt="021", refs=["006", "019", "021"],
    kind="confirmation_request", reply=True, case=C1, ids=[ID_P, ID_W], own=own,
    note="Short follow-up to the Account #1 / #2 request: 'just following up' and 'in case it got buried' sound like a courtesy nudge, but it repeats the listing and asks 'Could you let us know which one stays?'.")

# 024 ---- AWS marketing ------------------------------------------------------------------
d = dt("2025-09-27 16:00:03")
txt = """AWS re:Invent 2025 | December 1-5 | Las Vegas

Registration is open. Reserve your seat for keynotes, hands-on workshops, and certification
lounge access for AWS Certified attendees.

Register now: https://reinvent.awsevents.com/register

Do you hold an active AWS Certification? Bring your digital badge to the Certification Lounge.

You are receiving this e-mail because you subscribed to AWS event communications.
Unsubscribe: https://pages.awscloud.com/unsubscribe"""
html = html_wrap(p_html(txt))
add("024", date=d, tz=UTC, frm=addr("AWS Events", "aws-marketing-email-replies@amazon.com"), to=P,
    subject="Registration is open: AWS re:Invent 2025", body=alt(txt, html, "7bit", "qp"),
    extra=[("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe>")], transport=ses_recv(d, P),
    kind="unrelated", reply=False, case=None, ids=[], own=txt,
    note="AWS marketing from amazon.com (DMARC pass) that mentions certifications and asks a question.")

# 025 ---- C1 closing notice, listing restated, cc company ------------------------------
d = dt("2025-09-29 00:41:55")
own = """Hello Haruka,

We wrote to you on 25 and 26 September asking which account to keep, and we have not had an
answer yet. As a reminder, these are the two accounts on case %s:

  Account #1  AWS11820634  haruka.tsuji88@gmail.com (login and both notification addresses)
  Account #2  AWS03917452  h-tsujimoto@mizunara-tech.co.jp (login and both notification addresses)

If we don't hear from you within 3 business days, this case will be closed. A one-line reply
naming the account to keep (for example "keep Account #1") is all we need. A reply after
closure reopens the case.

I have copied both addresses we have on file, in case the first message was missed.

Regards,
Tomasz W.
AWS Training and Certification""" % C1
quoted = """Which one should we keep as your surviving account, #1 or #2?

Best,
Marisol G."""
txt = own + "\n\n-------- Original message --------\nFrom: %s\nDate: 25 Sep 2025 01:03 (UTC)\nTo: %s\nSubject: %s\n\n%s\n" % (FORM, P, form_subj(C1), q(quoted))
add("025", date=d, tz=UTC, frm=form_from(), to=P, cc=W, subject=form_subj(C1, "RE: "),
    body=part_text(txt, cte="qp"), transport=ses_recv(d, P), irt="021", refs=["006", "019", "021"],
    kind="closing_notice", reply=True, case=C1, ids=[ID_P, ID_W], own=own,
    note="Closing notice that restates both accounts in its own text and says how to answer. Sent to both addresses (To personal, Cc company).")

# 026 ---- owner replies from the COMPANY address (Outlook) ------------------------------
d = dt("2025-09-29 10:12:30", JST)
own = """Hello Tomasz,

Sorry for the slow reply. Confirmed: please merge into Account #1 (haruka.tsuji88@gmail.com).
Account #2 can be closed.

Best regards,
Haruka Tsujimoto"""
own_c = """Hello Haruka,

We wrote to you on 25 and 26 September asking which account to keep, and we have not had an
answer yet. As a reminder, these are the two accounts on case %s:

  Account #1  AWS11820634  haruka.tsuji88@gmail.com (login and both notification addresses)
  Account #2  AWS03917452  h-tsujimoto@mizunara-tech.co.jp (login and both notification addresses)

If we don't hear from you within 3 business days, this case will be closed.""" % C1
txt = own + "\n\n-----Original Message-----\nFrom: aws-cs-trainingcertification-form@amazon.com <aws-cs-trainingcertification-form@amazon.com>\nSent: Monday, September 29, 2025 9:42 AM\nTo: haruka.tsuji88@gmail.com\nCc: Tsujimoto Haruka <h-tsujimoto@mizunara-tech.co.jp>\nSubject: %s\n\n%s\n" % (
    form_subj(C1, "RE: "), own_c)
html = html_wrap(p_html(own) + '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0 0 0"><p><b>From:</b> aws-cs-trainingcertification-form@amazon.com<br><b>Sent:</b> Monday, September 29, 2025 9:42 AM<br><b>To:</b> haruka.tsuji88@gmail.com<br><b>Subject:</b> ' + esc(form_subj(C1, "RE: ")) + "</p></div>" + p_html(own_c), "Calibri, sans-serif")
add("026", date=d, tz=JST, frm=addr("Tsujimoto Haruka", W), to=FORM, cc=P, subject="RE: " + form_subj(C1, "RE: "),
    body=alt(txt, html), mid=outlook_id(), irt="025", refs=["021", "025"],
    extra=[("Thread-Topic", form_subj(C1, "RE: ")), ("Thread-Index", "AdwwuS" + rid(22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")), ("X-MS-Has-Attach", "")],
    kind="user_reply", reply=False, case=C1, ids=[], own=own, crlf=True,
    note="Owner confirms - but from the company address (Account #2), Outlook '-----Original Message-----' quoting, CRLF. Her text holds no candidate ID; the quoted notice does.")

# 027 ---- C1 info request: write from the destination address --------------------------
d = dt("2025-09-29 02:20:09")
own = """Hi Haruka,

Thanks for confirming. Before I merge, one hitch: your reply came from the address of the
account that is going to be closed. For security we need the go-ahead to come from the
address of the account that will remain.

  Reply received from:  h-tsujimoto@mizunara-tech.co.jp  (Account #2, AWS03917452, to be closed)
  Account to keep:      haruka.tsuji88@gmail.com          (Account #1, AWS11820634)

Please send the same confirmation from haruka.tsuji88@gmail.com, as a reply to this message.
I'll complete the merge as soon as it arrives.

Tomasz W.
AWS Training and Certification""" 
txt = own + "\n\n> Sorry for the slow reply. Confirmed: please merge into Account #1 (haruka.tsuji88@gmail.com).\n> Account #2 can be closed.\n"
add("027", date=d, tz=UTC, frm=form_from(), to=W, cc=P, subject=form_subj(C1),
    body=part_text(txt, cte="qp"), transport=ses_recv(d, W), irt="026", refs=["021", "025", "026"],
    kind="info_request", reply=True, case=C1, ids=[ID_W, ID_P], own=own,
    note="Support restates which address the reply came from and which account stays, then asks for the confirmation again from the other address. The owner already said 'Confirmed' (quoted), yet a reply is needed. Kind info_request (write from another address), not confirmation_request.")

# 028 ---- owner confirms from personal address ------------------------------------------
d = dt("2025-09-29 11:31:47", JST)
own = """Hello Tomasz,

Confirming from my personal address: please merge Account #2 (AWS03917452) into
Account #1 (AWS11820634) and keep haruka.tsuji88@gmail.com.

Thank you,
Haruka Tsujimoto"""
own_27 = """Hi Haruka,

Thanks for confirming. Before I merge, one hitch: your reply came from the address of the
account that is going to be closed. ...

Please send the same confirmation from haruka.tsuji88@gmail.com, as a reply to this message.
I'll complete the merge as soon as it arrives."""
txt = own + "\n\n2025年9月29日(月) 11:20 <%s>:\n%s\n" % (FORM, q(own_27))
add("028", date=d, tz=JST, frm=addr(ME_EN, P), to=FORM, subject="Re: " + form_subj(C1),
    body=part_text(txt, cte="qp"), mid=gmail_id(), irt="027", refs=["021", "025", "026", "027"], transport=gmail_sent(d),
    kind="user_reply", reply=False, case=C1, ids=[ID_W, ID_P], own=own,
    note="Owner's confirmation from the personal address, with both candidate IDs in her own words (they count). Japanese Gmail attribution line over an English quote.")

# 029 ---- C1 resolved: merged listing, check advice, reassurance question -------------
d = dt("2025-09-29 05:47:33")
own = """Hello Haruka,

Done - Account #2 has been merged into Account #1. This is how things stand now:

  Surviving account:  AWS11820634, haruka.tsuji88@gmail.com
                      (login, training notifications and certification notifications)
  Closed account:     AWS03917452, h-tsujimoto@mizunara-tech.co.jp - merged, can no longer sign in
  Moved across:       exam history, 2 active certifications, 1 exam benefit (50%% discount)

Please sign in at https://www.aws.training/certification and check your exam history,
certifications and benefits. Your Credly badges will be re-issued to the personal address;
that can take up to a day.

Worried that Mizunara Technology will still see your certifications? They won't: the
partner link was removed before the merge.

I'm marking case %s as resolved.

Best regards,
Tomasz W.
AWS Training and Certification""" % C1
quoted = """On Mon, Sep 29, 2025 at 11:31 AM Haruka Tsujimoto <%s> wrote:
> Confirming from my personal address: please merge Account #2 (AWS03917452) into
> Account #1 (AWS11820634) and keep haruka.tsuji88@gmail.com.
>
> On Mon, Sep 29, 2025, <%s> wrote:
>> Please send the same confirmation from haruka.tsuji88@gmail.com, as a reply to this message.
>> I'll complete the merge as soon as it arrives.""" % (P, FORM)
txt = own + "\n\n" + quoted + "\n"
html = html_wrap(p_html(own.split("  Surviving")[0]) + table([
    ("Surviving account", "AWS11820634, haruka.tsuji88@gmail.com<br>(login, training notifications and certification notifications)"),
    ("Closed account", "AWS03917452, h-tsujimoto@mizunara-tech.co.jp &ndash; merged, can no longer sign in"),
    ("Moved across", "exam history, 2 active certifications, 1 exam benefit (50% discount)")])
    + p_html(own.split("(50% discount)\n\n")[1]) + "<blockquote style=\"border-left:2px solid #ccc;padding-left:8px;color:#555\">" + esc(quoted).replace("\n", "<br>") + "</blockquote>")
add("029", date=d, tz=UTC, frm=form_from(), to=P, subject=form_subj(C1, "RE: "), body=alt(txt, html),
    transport=ses_recv(d, P), irt="028", refs=["021", "025", "026", "027", "028"],
    kind="resolved", reply=False, case=C1, ids=[ID_P, ID_W], own=own,
    note="Completion restating the merged accounts. 'Please sign in ... and check' is advice, not a request to write back; a reassurance is shaped as a question; the old 'Please send the same confirmation' request is quoted below.")

# 030 ---- Credly badge -------------------------------------------------------------------
d = dt("2025-09-29 06:30:12")
txt = """Haruka, you've earned a badge!

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified Solutions Architect - Associate

Accept your badge to share it on LinkedIn, add it to your email signature, and let
employers verify your achievement.

Accept badge: https://www.credly.com/earner/earned/badge/0f7b2c3e-41a9-4d1e-9a77-62c8b1e5d0aa

Credly, Inc. | 1 World Trade Center, Suite 8500, New York, NY 10007"""
html = html_wrap("""<div style="text-align:center"><h1 style="font-size:22px">Haruka, you've earned a badge!</h1>
<p>Amazon Web Services Training and Certification has issued you a badge:</p>
<p><b>AWS Certified Solutions Architect &ndash; Associate</b></p>
<p><a href="https://www.credly.com/earner/earned/badge/0f7b2c3e-41a9-4d1e-9a77-62c8b1e5d0aa" style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">Accept badge</a></p>
<p style="font-size:11px;color:#777">Credly, Inc. | 1 World Trade Center, Suite 8500, New York, NY 10007</p></div>""")
add("030", date=d, tz=UTC, frm=addr("Credly", "admin@credly.com"), to=P,
    subject="Haruka, you've earned a badge from Amazon Web Services Training and Certification",
    body=alt(txt, html, "7bit", "qp"),
    transport=recv_gmail(d, "o3.email.credly.com", "167.89.55.22", "bounces+4422@email.credly.com", "credly.com", policy="p=QUARANTINE sp=QUARANTINE dis=NONE"),
    kind="badge", reply=False, case=None, ids=[], own=txt,
    note="Credly badge re-issued right after the merge; 'Accept your badge' is a call to action, not a case reply. Badge UUID is not an ID.")

# 031 ---- C1 survey ----------------------------------------------------------------------
d = dt("2025-09-30 06:00:41")
inner = """<p>Hello Haruka,</p>
<p>Your case <b>%s</b> was recently resolved. Would you take a minute to tell us how we did?</p>
<p><b>Did we resolve your request?</b><br>
<a href="https://survey.aws-tc-feedback.amazon.com/s/9d1c?case=%s&amp;r=yes">Yes</a> &nbsp;|&nbsp;
<a href="https://survey.aws-tc-feedback.amazon.com/s/9d1c?case=%s&amp;r=no">No</a></p>
<p><b>How satisfied are you with the support you received?</b><br>
<a href="https://survey.aws-tc-feedback.amazon.com/s/9d1c?case=%s&amp;s=1">1</a>
<a href="https://survey.aws-tc-feedback.amazon.com/s/9d1c?case=%s&amp;s=2">2</a>
<a href="https://survey.aws-tc-feedback.amazon.com/s/9d1c?case=%s&amp;s=3">3</a>
<a href="https://survey.aws-tc-feedback.amazon.com/s/9d1c?case=%s&amp;s=4">4</a>
<a href="https://survey.aws-tc-feedback.amazon.com/s/9d1c?case=%s&amp;s=5">5</a></p>
<p style="font-size:11px;color:#687078">Survey answers go to our quality team. Replies to this email are not read as part of your case.</p>""" % ((C1,) * 8)
add("031", date=d, tz=UTC, frm=form_from("AWS Training and Certification"), to=P,
    subject="How did we do? [CASE %s]" % C1, body=part_text(html_wrap(inner), "html", cte="qp"),
    transport=ses_recv(d, P),
    kind="survey", reply=False, case=C1, ids=[], own=inner,
    note="HTML-only survey with yes/no questions ('Did we resolve your request?') - questions to click, not to answer by mail.")

# 032 ---- colleague farewell (Shift_JIS) ----------------------------------------------
d = dt("2025-09-30 17:48:22", JST)
txt = """辻本さん

本日まで本当にお疲れさまでした。
休暇中で送別会に出られず、すみませんでした。
新しい職場でもご活躍をお祈りしています。
また勉強会などでお会いしましょう。

森田"""
add("032", date=d, tz=JST, frm=addr("森田 亜希", MORITA, "iso-2022-jp"), to=addr("辻本 遥", W, "iso-2022-jp"),
    subject="本日までお疲れさまでした", body=part_text(txt, charset="shift_jis"), mid=outlook_id(),
    kind="unrelated", reply=False, case=None, ids=[], own=txt,
    note="Colleague's goodbye in Shift_JIS (base64) with a UTF-8 encoded subject.")

# 033 ---- bounce -------------------------------------------------------------------------
d = dt("2025-10-01 00:14:51")
rep = MIMEMultipart("report", report_type="delivery-status", boundary="=_dsn_%s" % rid(16))
rep.attach(strip_mv(part_text("""** Address not found **

Your message wasn't delivered to h-tsujimoto@mizunara-tech.co.jp because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient h-tsujimoto@mizunara-tech.co.jp not found by SMTP address lookup
""", cte="7bit")))
ds = MIMEBase("message", "delivery-status")
ds_a, ds_b = Message(), Message()
ds_a["Reporting-MTA"] = "dns; googlemail.com"
ds_a["Arrival-Date"] = "Tue, 30 Sep 2025 17:14:46 -0700 (PDT)"
ds_b["Final-Recipient"] = "rfc822; h-tsujimoto@mizunara-tech.co.jp"
ds_b["Action"] = "failed"
ds_b["Status"] = "5.1.10"
ds_b["Diagnostic-Code"] = "smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound"
ds.set_payload([ds_a, ds_b])
rep.attach(strip_mv(ds))
orig = MIMEBase("text", "rfc822-headers")
orig.set_payload("From: Haruka Tsujimoto <%s>\nTo: %s\nSubject: test\nDate: Wed, 1 Oct 2025 09:14:45 +0900\n" % (P, W))
rep.attach(strip_mv(orig))
add("033", date=d, tz=UTC, frm=addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), to=P,
    subject="Delivery Status Notification (Failure)", body=rep, mid="<%s.%s@mx.google.com>" % (rid(8), rid(10)),
    extra=[("Auto-Submitted", "auto-replied")],
    kind="unrelated", reply=False, case=None, ids=[], own="",
    note="Bounce of the owner's test mail to her closed company address (multipart/report). Shows the company mailbox is gone; not case mail.")

# 034 ---- owner reopens C1 ------------------------------------------------------------------
d = dt("2025-10-02 19:25:10", JST)
own = """Hello Tomasz,

Thank you for merging the accounts. I checked everything as you suggested: the certifications
and the benefit are there, but the Developer - Associate exam I took in November 2019
(DVA-C01) is missing from the exam history. The other exams are all listed.

Could you take a look?

Haruka"""
txt = own + "\n\nOn Mon, Sep 29, 2025 at 2:47 PM <%s> wrote:\n%s\n" % (FORM, q("""Done - Account #2 has been merged into Account #1. This is how things stand now:

  Surviving account:  AWS11820634, haruka.tsuji88@gmail.com
  Closed account:     AWS03917452, h-tsujimoto@mizunara-tech.co.jp - merged, can no longer sign in

Please sign in at https://www.aws.training/certification and check your exam history,
certifications and benefits."""))
add("034", date=d, tz=JST, frm=addr(ME_EN, P), to=FORM, subject="Re: " + form_subj(C1, "RE: "),
    body=part_text(txt, cte="qp"), mid=gmail_id(), irt="029", refs=["021", "027", "029"], transport=gmail_sent(d),
    kind="user_reply", reply=False, case=C1, ids=[], own=own,
    note="Owner reopens the resolved case by replying; her question is to support, so no reply is owed by her.")

# 035 ---- C1 reopened, exam-history table, next step support ---------------------------
d = dt("2025-10-03 00:08:17")
own = """Hi Haruka,

I've reopened case %s. This is the exam history we see on AWS11820634 right now:

  Exam                 Date         Result
  SAA-C02              2021-06-14   Pass
  SOA-C02              2022-12-19   Pass
  SAA-C03 (recert)     2024-05-20   Pass
  DVA-C01              2019-11-08   not showing

  Next step:   the exam records team attaches the 2019 result (owner: AWS)
  Your part:   nothing for now

Could the 2019 exam have been taken under yet another account? Possibly - the records team
checks for that as part of the search, so you don't need to look.

Aoife M.
AWS Training and Certification""" % C1
rows = "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % r for r in [("SAA-C02", "2021-06-14", "Pass"), ("SOA-C02", "2022-12-19", "Pass"), ("SAA-C03 (recert)", "2024-05-20", "Pass"), ("DVA-C01", "2019-11-08", "<i>not showing</i>")])
inner = ("<p>Hi Haruka,</p><p>I&rsquo;ve reopened case %s. This is the exam history we see on AWS11820634 right now:</p>" % C1
         + '<table border="1" cellpadding="4" style="border-collapse:collapse"><tr><th>Exam</th><th>Date</th><th>Result</th></tr>' + rows + "</table><br>"
         + table([("Next step", "The exam records team attaches the 2019 result (owner: AWS)"), ("Your part", "Nothing for now")])
         + "<p>Could the 2019 exam have been taken under yet another account? Possibly &ndash; the records team checks for that as part of the search, so you don&rsquo;t need to look.</p><p>Aoife M.<br>AWS Training and Certification</p>")
add("035", date=d, tz=UTC, frm=form_from(), to=P, subject=form_subj(C1), body=alt(own, html_wrap(inner), "qp", "b64"),
    transport=ses_recv(d, P), irt="034", refs=["029", "034"],
    kind="case_update", reply=False, case=C1, ids=[ID_P], own=own,
    note="Reopened case with an exam-history table and a Next step row owned by AWS ('Your part: nothing'). Self-answered question. Reopening is news, not a request.")

# 036 ---- C4 acknowledgement (Japanese, ISO-2022-JP) ------------------------------------
d = dt("2025-10-03 00:53:02")
txt = """辻本 遥 様

AWS トレーニングと認定へのお問い合わせを受け付けました。ケース番号は %s です。
内容を確認のうえ、担当者よりご連絡いたします。通常は 24 時間以内にご返信しておりますが、状況により前後する場合がございます。

---- 送信いただいた内容 ----
お問い合わせタイプ：認定
その他の詳細：Account Merge
メールアドレス：haruka.tsuji88@gmail.com
AWS 候補 ID：AWS11820634
お問い合わせ内容：
同じメールアドレス（haruka.tsuji88@gmail.com）で登録された認定アカウントが 2 つあるようです。
AWS11820634（メイン）と AWS20554188（パートナーセントラル経由で作成されたもの）です。
Credly に SOA のバッジが表示されないため、AWS20554188 を AWS11820634 に統合してください。
----

このあと、お客様に何かしていただく必要はありますか？　いいえ、特にございません。担当者からのご連絡をお待ちください。
なお、同じ内容のケースを重ねて作成されますと、回答までに時間がかかる場合がございます。

ケース ID：%s
AWS トレーニングと認定 カスタマーサービス""" % (C4, C4)
add("036", date=d, tz=UTC, frm=addr("AWS トレーニングと認定", FORM, "iso-2022-jp"), to=P, subject=form_subj(C4),
    body=part_text(txt, charset="iso-2022-jp"), transport=ses_recv(d, P), content_lang="ja-JP",
    kind="acknowledgement", reply=False, case=C4, ids=[ID_P, ID_X], own=txt,
    note="Japanese acknowledgement in ISO-2022-JP echoing the form (two candidate IDs) and a question answered at once: 'お客様に何かしていただく必要はありますか？ いいえ'.")

# 037 ---- AWS Educate case (other program) -------------------------------------------
d = dt("2025-10-03 04:11:38")
txt = """Hello,

Thank you for contacting AWS Educate. We are reviewing your request to regain access to your
AWS Educate account for the student study group.

So that we can locate the account, please reply with the email address you used when you
first registered for AWS Educate, and the approximate year of registration.

Case ID: 175946105800263

Best regards,
AWS Educate Support"""
add("037", date=d, tz=UTC, frm="aws-cs-educate-form@amazon.com", to=P,
    subject="RE:[CASE 175946105800263] [AWS Educate Form Submission] - account-access",
    body=part_text(txt, cte="7bit"), transport=ses_recv(d, P),
    kind="unrelated", reply=False, case=None, ids=[], own=txt,
    note="Genuine AWS customer-service form case, but for AWS Educate (another program): it asks for information, yet it is not a Training and Certification case. Labelled unrelated, needs_reply false, case null (see README).")

# 038 ---- C4 info request (Japanese, plain ください) -------------------------------------
d = dt("2025-10-03 06:30:44")
own = """辻本様

お問い合わせありがとうございます。AWS トレーニングと認定の佐伯です。

ご申告の 2 つのアカウントを確認しました。
・AWS11820634：ログイン haruka.tsuji88@gmail.com（AWS Builder ID）
・AWS20554188：ログイン haruka.tsuji88@gmail.com（AWS パートナーセントラルからのシングルサインオン）

AWS20554188 はパートナーセントラルのユーザーに紐付いています。統合の前に、このパートナーセントラルのユーザーがどの組織（会社名）に属していたか、お知らせください。組織によっては、パートナー側での解除が必要になります。

よろしくお願いいたします。

佐伯
AWS トレーニングと認定 カスタマーサービス"""
add("038", date=d, tz=UTC, frm=form_from(), to=P, subject=form_subj(C4, "RE: "),
    body=part_text(own, cte="qp"), transport=ses_recv(d, P), irt="036", refs=["036"], content_lang="ja-JP",
    kind="info_request", reply=True, case=C4, ids=[ID_P, ID_X], own=own,
    note="Japanese agent lists both accounts as checked, then asks in plain お知らせください which organisation the SSO user belonged to: an information request, not a merge confirmation.")

# 039 ---- owner answers C4 (Japanese) ----------------------------------------------------
d = dt("2025-10-04 11:20:05", JST)
own_ = """佐伯様

ご連絡ありがとうございます。
パートナーセントラルのユーザーは、前職の株式会社ミズナラテクノロジーのものです。
9月30日に退職しており、パートナー側の紐付けはケース 175802264100317 の際に解除していただいています。

よろしくお願いいたします。
辻本 遥"""
txt = own_ + "\n\n2025年10月3日(金) 15:30 <%s>:\n%s\n" % (FORM, q(own))
add("039", date=d, tz=JST, frm=addr("辻本 遥", P), to=FORM, subject="Re: " + form_subj(C4, "RE: "),
    body=part_text(txt, cte="b64"), mid=gmail_id(), irt="038", refs=["036", "038"], transport=gmail_sent(d),
    kind="user_reply", reply=False, case=C4, ids=[], own=own_,
    note="Owner's Japanese answer; mentions the other case number (175802264100317) in her text, but the mail belongs to 175945276000142. Quoted request with IDs below.")

# 040 ---- C1 resolved again: exam restored, conditional invitation --------------------
d = dt("2025-10-04 03:02:26")
own = """Hi Haruka,

The exam records team found it: DVA-C01, taken on 8 November 2019, had been filed under the
pre-merge candidate ID AWS03917452 but did not carry over in the merge. It is now attached to
AWS11820634 and shows in your exam history.

Case %s is back to resolved. Did anything else go missing? If you spot another gap, just
reply here and the case will reopen.

Aoife M.
AWS Training and Certification""" % C1
add("040", date=d, tz=UTC, frm=form_from("Amazon Web Services"), to=P, subject=form_subj(C1, "RE: "),
    body=part_text(own + "\n\n" + FORM_FOOT, cte="7bit"), transport=ses_recv(d, P), irt="035", refs=["029", "034", "035"],
    kind="resolved", reply=False, case=C1, ids=[ID_W, ID_P], own=own,
    note="Second resolution of the reopened case. 'Did anything else go missing?' is followed by a conditional invitation ('If you spot another gap, just reply') - no reply owed.")

# 041 ---- C4 case update: verified listing, next step support (Japanese HTML) ----------
d = dt("2025-10-06 00:40:11")
own = """辻本様

ご回答ありがとうございます。佐伯です。

前職の組織とパートナーセントラルのユーザーとの紐付けは、すでに解除されていることを確認いたしました。あわせて、以下の 2 つのアカウントがいずれもお客様のメールアドレスで登録されていることも確認済みです。

  AWS11820634  haruka.tsuji88@gmail.com  確認済み
  AWS20554188  haruka.tsuji88@gmail.com  確認済み（パートナー組織との紐付け：なし）

現在の状況：統合の準備中
次のステップ：弊社より、統合内容の最終確認のご連絡をお送りします（この時点でお客様のご対応は不要です）

佐伯
AWS トレーニングと認定 カスタマーサービス"""
inner = ("<p>辻本様</p><p>ご回答ありがとうございます。佐伯です。</p><p>前職の組織とパートナーセントラルのユーザーとの紐付けは、すでに解除されていることを確認いたしました。あわせて、以下の 2 つのアカウントがいずれもお客様のメールアドレスで登録されていることも確認済みです。</p>"
         + '<table border="1" cellpadding="4" style="border-collapse:collapse"><tr><th>AWS 候補 ID</th><th>メールアドレス</th><th>確認結果</th></tr>'
         + "<tr><td>AWS11820634</td><td>haruka.tsuji88@gmail.com</td><td>確認済み</td></tr><tr><td>AWS20554188</td><td>haruka.tsuji88@gmail.com</td><td>確認済み（パートナー組織との紐付け：なし）</td></tr></table><br>"
         + table([("現在の状況", "統合の準備中"), ("次のステップ", "弊社より、統合内容の最終確認のご連絡をお送りします（この時点でお客様のご対応は不要です）")])
         + "<p>佐伯<br>AWS トレーニングと認定 カスタマーサービス</p>")
add("041", date=d, tz=UTC, frm=form_from(), to=P, subject=form_subj(C4), body=alt(own, html_wrap(inner, "'Hiragino Sans', Meiryo, sans-serif"), "b64", "b64"),
    transport=ses_recv(d, P), irt="039", refs=["036", "038", "039"], content_lang="ja-JP",
    kind="case_update", reply=False, case=C4, ids=[ID_P, ID_X], own=own,
    note="Japanese listing of the two accounts marked 確認済み (verified) with a 次のステップ row owned by support and an explicit 'no action needed now'. A listing that asks nothing.")

# 042 ---- C4 confirmation request (Japanese keigo, HTML only) ---------------------------
d = dt("2025-10-06 05:02:39")
inner = ("<p>辻本様</p><p>いつもお世話になっております。AWS トレーニングと認定の佐伯です。</p>"
         "<p>統合作業の前に、内容の最終確認をお願いしております。以下の内容で統合を進めてよろしいでしょうか。</p>"
         + table([("残すアカウント（統合先）", "AWS11820634 / haruka.tsuji88@gmail.com"),
                  ("統合されるアカウント", "AWS20554188 / haruka.tsuji88@gmail.com（パートナーセントラル SSO）"),
                  ("統合後", "AWS20554188 は閉鎖され、受験履歴・認定・特典は AWS11820634 に移行されます"),
                  ("次のステップ", "お客様：内容をご確認のうえ、本メールにご返信ください")])
         + "<p>問題がなければ、「確認しました」とご返信いただけますでしょうか。ご返信を確認次第、統合作業を行います。</p>"
         "<p>何卒よろしくお願いいたします。</p><p>佐伯<br>AWS トレーニングと認定 カスタマーサービス</p>")
add("042", date=d, tz=UTC, frm=form_from(), to=P, subject=form_subj(C4, "RE: "),
    body=part_text(html_wrap(inner, "'Hiragino Sans', Meiryo, sans-serif"), "html", cte="b64"),
    transport=ses_recv(d, P), irt="041", refs=["036", "038", "039", "041"], content_lang="ja-JP",
    kind="confirmation_request", reply=True, case=C4, ids=[ID_P, ID_X], own=inner,
    note="Japanese HTML-only (base64) merge confirmation in keigo (よろしいでしょうか / ご返信いただけますでしょうか) with the 次のステップ row owned by the customer. Same agent and table shape as the preceding 確認済み update, opposite answer.")

# 043 ---- certification expiry reminder --------------------------------------------------
d = dt("2025-10-06 14:00:00")
txt = """Hello Haruka,

Your AWS Certified SysOps Administrator - Associate certification expires on December 19, 2025.

  Candidate ID: AWS11820634
  Certification: AWS Certified SysOps Administrator - Associate
  Validation number: 8QWK2LB1JNE41S5R
  Expiration: 2025-12-19

Ready to recertify? Passing the current version of the exam, or a higher-level exam in the
same path, extends the certification for three years. Your 50% exam benefit can be applied
when you schedule.

AWS Certification
Please do not reply to this email; this mailbox is not monitored."""
add("043", date=d, tz=UTC, frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=P,
    subject="Your AWS Certification expires in 74 days", body=alt(txt, html_wrap(p_html(txt)), "7bit", "qp"),
    transport=recv_gmail(d, "mail.certmetrics.com", "52.41.17.208", "bounce@certmetrics.com", "certmetrics.com", policy="p=NONE sp=NONE dis=NONE"),
    kind="certification", reply=False, case=None, ids=[ID_P], own=txt,
    note="Expiry reminder restating the certification record with the candidate ID; 'Ready to recertify?' is a marketing question.")

# 044 ---- Credly: reminder to accept badge ----------------------------------------------
d = dt("2025-10-07 13:15:44")
txt = """Haruka, don't forget to accept your badge

Your badge AWS Certified Solutions Architect - Associate, issued by Amazon Web Services
Training and Certification, is waiting for you. Accept it so people can verify it.

Accept badge: https://www.credly.com/earner/earned/badge/0f7b2c3e-41a9-4d1e-9a77-62c8b1e5d0aa

If you have questions, visit https://support.credly.com."""
add("044", date=d, tz=UTC, frm=addr("Credly", "admin@credly.com"), to=P,
    subject="Reminder: accept your AWS Certified Solutions Architect - Associate badge",
    body=alt(txt, html_wrap(p_html(txt)), "7bit", "qp"),
    transport=recv_gmail(d, "o3.email.credly.com", "167.89.55.22", "bounces+4422@email.credly.com", "credly.com"),
    kind="badge", reply=False, case=None, ids=[], own=txt,
    note="Credly reminder; a pending-action nudge that is not support waiting on a reply.")

# 045 ---- C4 closing notice (Japanese) -------------------------------------------------
d = dt("2025-10-09 01:10:58")
own = """辻本様

AWS トレーニングと認定の佐伯です。
10月6日にお送りした統合内容の確認について、まだご返信をいただけておりません。

改めて、統合の内容は以下のとおりです。
  残すアカウント：AWS11820634（haruka.tsuji88@gmail.com）
  統合されるアカウント：AWS20554188（haruka.tsuji88@gmail.com、パートナーセントラル SSO）

10月14日（火）までにご返信がない場合、本ケースはクローズとさせていただきます。
クローズ後であっても、本メールにご返信いただければケースを再開いたします。

佐伯
AWS トレーニングと認定 カスタマーサービス"""
add("045", date=d, tz=UTC, frm=form_from(), to=P, subject=form_subj(C4),
    body=part_text(own, cte="qp"), transport=ses_recv(d, P), irt="042", refs=["036", "041", "042"], content_lang="ja-JP",
    kind="closing_notice", reply=True, case=C4, ids=[ID_P, ID_X], own=own,
    note="Japanese closing notice restating the merge plan. The answer requested is implicit (no ください at all): the date and 'ご返信いただければ再開' make it a closing notice that needs a reply.")

# 046 ---- owner confirms C4 (Japanese) -------------------------------------------------
d = dt("2025-10-09 12:41:19", JST)
own_ = """佐伯様

ご連絡が遅くなり申し訳ありません。
内容を確認しました。AWS20554188 を AWS11820634 に統合してください。

辻本 遥"""
txt = own_ + "\n\n2025年10月9日(木) 10:10 <%s>:\n%s\n" % (FORM, q(own))
add("046", date=d, tz=JST, frm=addr("辻本 遥", P), to=FORM, subject="Re: " + form_subj(C4),
    body=part_text(txt, cte="qp"), mid=gmail_id(), irt="045", refs=["036", "042", "045"], transport=gmail_sent(d),
    kind="user_reply", reply=False, case=C4, ids=[ID_X, ID_P], own=own_,
    note="Owner's Japanese confirmation naming both candidate IDs in her own words.")

# 047 ---- C4 resolved (Japanese), check advice, conditional ------------------------------
d = dt("2025-10-09 05:55:02")
own = """辻本様

お待たせいたしました。アカウントの統合が完了しました。

  統合後のアカウント：AWS11820634（haruka.tsuji88@gmail.com）
  閉鎖したアカウント：AWS20554188（統合済み）
  移行した内容：受験履歴、認定（SOA）、特典

Credly のバッジは 24 時間以内に反映されます。念のため、Credly でバッジが表示されているかご確認ください。
ご不明な点がございましたら、本メールにご返信ください。

佐伯
AWS トレーニングと認定 カスタマーサービス"""
quoted = """2025年10月9日(木) 12:41 辻本 遥 <%s>:
> 内容を確認しました。AWS20554188 を AWS11820634 に統合してください。
>
>> 10月14日（火）までにご返信がない場合、本ケースはクローズとさせていただきます。
>> クローズ後であっても、本メールにご返信いただければケースを再開いたします。""" % P
txt = own + "\n\n" + quoted + "\n"
inner = p_html(own) + '<blockquote style="border-left:2px solid #ccc;padding-left:8px">' + esc(quoted).replace("\n", "<br>") + "</blockquote>"
add("047", date=d, tz=UTC, frm=form_from(), to=P, subject=form_subj(C4, "RE: "),
    body=alt(txt, html_wrap(inner, "'Hiragino Sans', Meiryo, sans-serif"), "b64", "qp"),
    transport=ses_recv(d, P), irt="046", refs=["036", "042", "045", "046"], content_lang="ja-JP",
    kind="resolved", reply=False, case=C4, ids=[ID_P, ID_X], own=own,
    note="Japanese completion with the merged listing. 'ご確認ください' (check Credly) is advice; 'ご不明な点がございましたら…ご返信ください' is conditional; the closing threat is quoted below.")

# 048 ---- Credly: new badge after C4 -------------------------------------------------------
d = dt("2025-10-09 19:40:27")
txt = """Haruka, you've earned a badge!

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified SysOps Administrator - Associate

Accept badge: https://www.credly.com/earner/earned/badge/7e21a0c4-9b3f-4a55-8d6e-0c4f2b91aa13"""
add("048", date=d, tz=UTC, frm=addr("Credly", "admin@youracclaim.com"), to=P,
    subject="Congratulations, you've earned a badge!", body=part_text(txt, cte="7bit"),
    transport=recv_gmail(d, "o1.email.youracclaim.com", "167.89.55.29", "bounces+4422@email.youracclaim.com", "youracclaim.com"),
    kind="badge", reply=False, case=None, ids=[], own=txt,
    note="Badge from the older Acclaim sender address, arriving as the Japanese case said it would.")

# 049 ---- other vendor case closing (Japanese) -----------------------------------------
d = dt("2025-10-10 02:30:10")
txt = """辻本 遥 様

いつも Backlog をご利用いただきありがとうございます。Backlog サポートの田村です。

お問い合わせ #48213「課題の一括インポートでエラーが発生する」について、
10月3日にご案内した手順で解消したものと判断し、本件はクローズいたしました。

引き続き問題が発生する場合は、本メールにご返信いただければ再度対応いたします。

Backlog サポートチーム
株式会社ヌーラボ"""
add("049", date=d, tz=UTC, frm=addr("Backlog サポート", "support@backlog.com"), to=P,
    subject="【Backlog サポート】お問い合わせ #48213 クローズのお知らせ", body=part_text(txt, cte="b64"),
    transport=recv_gmail(d, "mail-a.backlog.com", "52.199.3.40", "support@backlog.com", "backlog.com", policy="p=NONE sp=NONE dis=NONE"),
    kind="unrelated", reply=False, case=None, ids=[], own=txt,
    note="Other vendor's Japanese 'case closed, reply to reopen' notice: closing-notice wording outside AWS.")

# 050 ---- C5 console case opened ---------------------------------------------------------
d = dt("2025-10-12 05:22:16")
txt = """Dear Customer,

Thanks for reaching out to AWS Support. Case %s has been created for you.

Case details:

Case ID: %s
Subject: 50%% exam benefit missing after certification account merge
Severity: General guidance
Service: Training and Certification
Category: Certification benefits
Correspondence: After my certification accounts were merged in case 175802264100317
(AWS03917452 into AWS11820634), the 50%% exam discount benefit that was on the old account
does not appear under Benefits. Can it be restored?

You can view the case and add correspondence here:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Sincerely,
Amazon Web Services

Note: this mailbox is unattended and cannot receive replies. To add to your case, use the
link above.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered
trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web
Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210""" % (C5, C5, C5)
add("050", date=d, tz=UTC, frm=addr("Amazon Web Services", CONSOLE), to=P,
    subject="Amazon Web Services: New Support case: %s" % C5, body=part_text(txt, cte="7bit"),
    transport=ses_recv(d, P),
    kind="acknowledgement", reply=False, case=C5, ids=[ID_W, ID_P], own=txt,
    note="Support Center case opened (11-digit ID); echoes the owner's own description, which contains a question ('Can it be restored?') and a second case number. The owner's question must not turn the ack into a request.")

# 051 ---- C5 info request via console --------------------------------------------------
d = dt("2025-10-13 01:47:33")
txt = """Hello,

We have updated your case %s. The latest correspondence is below.

Hi Haruka, Kwame here from AWS Training and Certification.

I looked up your account:
  Candidate ID: AWS11820634 (merged with AWS03917452 on 29 September 2025)
  Benefit on the closed account: 50%% exam discount, earned 2024-05-20, valid until 2026-05-20
  Benefit on the current account: none showing

The benefit did not move because it had already been turned into a voucher code tied to the
closed account. I can void it and issue a new one, but vouchers are issued per exam: which
exam do you plan to use it for, and roughly when?

Best regards,
Kwame A.
Amazon Web Services

To see the whole case history and respond, sign in to the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

* Please note: do not reply to this email. This address is unattended and messages sent to
it are not added to your case.

We value your feedback. Please rate this correspondence in the Support Center.""" % (C5, C5)
add("051", date=d, tz=UTC, frm=addr("Amazon Web Services", CONSOLE), to=P,
    subject="RE:[CASE %s] 50%% exam benefit missing after certification account merge" % C5,
    body=part_text(txt, cte="qp"), transport=ses_recv(d, P), irt="050", refs=["050"],
    kind="info_request", reply=True, case=C5, ids=[ID_P, ID_W], own=txt,
    note="Console correspondence: restates the account and benefit, then asks which exam and when. 'do not reply to this email' - the answer must go through the Support Center, but it is still owed. Ends with a feedback footer.")

# 052 ---- AWS marketing (Japanese HTML only) ----------------------------------------------
d = dt("2025-10-14 01:00:05")
inner = """<table width="600" align="center"><tr><td>
<h1 style="font-size:22px;color:#232f3e">AWS Innovate 2025 オンライン開催のご案内</h1>
<p>生成 AI からモダナイゼーションまで、60 以上のセッションを無料でご視聴いただけます。</p>
<p>AWS 認定をお持ちの方向けの特別セッションもご用意しています。認定の更新はお済みですか？</p>
<p><a href="https://aws.amazon.com/jp/events/aws-innovate/" style="background:#ff9900;color:#000;padding:10px 16px;text-decoration:none">今すぐ登録</a></p>
<p style="font-size:11px;color:#687078">このメールは haruka.tsuji88@gmail.com 宛にお送りしています。配信停止をご希望の場合は<a href="https://pages.awscloud.com/unsubscribe">こちら</a>から手続きしてください。<br>アマゾン ウェブ サービス ジャパン合同会社</p>
</td></tr></table>"""
add("052", date=d, tz=UTC, frm=addr("AWS Japan", "aws-marketing-email-replies@amazon.com"), to=P,
    subject="【AWS Innovate】10 月 23 日オンライン開催 - 今すぐ登録", body=part_text(html_wrap(inner), "html", cte="qp"),
    extra=[("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe>")], transport=ses_recv(d, P),
    kind="unrelated", reply=False, case=None, ids=[], own=inner,
    note="Japanese HTML-only AWS marketing with a certification question ('認定の更新はお済みですか？').")

# 053 ---- owner writes on a closed 2021 case ----------------------------------------------
d = dt("2025-10-15 21:05:40", JST)
own = """Hello,

I am writing on this old case because it is about the same thing: my surname still appears
as TUJIMOTO on my certification record and certificates. It should be TSUJIMOTO, as in my
passport. My current candidate ID is AWS11820634 (the accounts were merged last month).

Could you correct it?

Haruka Tsujimoto"""
quoted = """Hello Haruka,

We have updated the name on your certification record as requested. Your certificates will
show the new name within 48 hours.

Candidate ID: AWS03917452

Best regards,
AWS Training and Certification"""
txt = own + "\n\nOn Wed, Jul 14, 2021 at 6:12 PM <%s> wrote:\n%s\n" % (FORM, q(quoted))
add("053", date=d, tz=JST, frm=addr(ME_EN, P), to=FORM,
    subject="Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - certification-records" % OLD,
    body=part_text(txt, cte="qp"), mid=gmail_id(), transport=gmail_sent(d),
    extra=[("In-Reply-To", "<0100017aa3c41e2b-5c1d-4f0e-88aa-2b7e1c04d913-000000@email.amazonses.com>")],
    kind="user_reply", reply=False, case=OLD, ids=[ID_P], own=own,
    note="Owner replies on a closed 2021 case (10-digit ID). Her candidate ID counts; the old ID in the 2021 quote does not.")

# 054 ---- C6 acknowledgement: new case opened from closed-case reply ----------------------
d = dt("2025-10-15 12:06:30")
txt = """Hello Haruka,

We received your message on case %s. That case was closed on 14 July 2021 and can
no longer be reopened, so we have opened a new case for you: %s.

Your message, as we received it:

    I am writing on this old case because it is about the same thing: my surname still
    appears as TUJIMOTO on my certification record and certificates. It should be
    TSUJIMOTO, as in my passport. My current candidate ID is AWS11820634 (the accounts
    were merged last month). Could you correct it?

An agent will review the new case and get back to you, usually within one business day.
Please use case %s for anything further on this request.

Kind regards,
%s

%s""" % (OLD, C6, C6, TC_SIG, FORM_FOOT)
add("054", date=d, tz=UTC, frm=form_from(), to=P, subject="[CASE %s] %s" % (C6, SUBJ_FORM),
    body=part_text(txt, cte="qp"), transport=ses_recv(d, P), irt="053", refs=["053"],
    kind="acknowledgement", reply=False, case=C6, ids=[ID_P], own=txt,
    note="New case opened from a reply on a closed one: two case numbers, the message belongs to the new one. The owner's message (with her question 'Could you correct it?') is echoed indented, without '>' markers.")

# 055 ---- C6 info request: status table, next step the customer's ------------------------
d = dt("2025-10-16 00:31:02")
own = """Hello Haruka,

Thanks for the details. Here is the record as it stands and what we would change:

  Candidate ID:       AWS11820634
  Name on record:     HARUKA TUJIMOTO
  Requested name:     HARUKA TSUJIMOTO
  Source of request:  your message of 15 October on case %s
  Next step:          yours - a photo or scan of a government-issued ID showing the
                      requested name, as an attachment to a reply (you may cover the
                      ID number and photo)

Name changes on a certification record have to match an ID document, so we make the change
as soon as we have it.

Lucía P.
AWS Training and Certification""" % OLD
inner = ("<p>Hello Haruka,</p><p>Thanks for the details. Here is the record as it stands and what we would change:</p>"
         + table([("Candidate ID", ID_P), ("Name on record", "HARUKA TUJIMOTO"), ("Requested name", "HARUKA TSUJIMOTO"),
                  ("Source of request", "your message of 15 October on case %s" % OLD),
                  ("Next step", "<b>Yours</b> &ndash; a photo or scan of a government-issued ID showing the requested name, as an attachment to a reply (you may cover the ID number and photo)")])
         + "<p>Name changes on a certification record have to match an ID document, so we make the change as soon as we have it.</p><p>Luc&iacute;a P.<br>AWS Training and Certification</p>")
add("055", date=d, tz=UTC, frm=addr("AWS Training and Certification", FORM), to=P, subject=form_subj(C6),
    body=alt(own, html_wrap(inner)), transport=ses_recv(d, P), irt="054", refs=["053", "054"],
    kind="info_request", reply=True, case=C6, ids=[ID_P], own=own,
    note="Status table whose Next step row is the customer's: the only request is that row (no verb addressed to the reader, no 'please', no question). Mentions the old case number too.")

# 056 ---- C5 closing notice (console auto-resolve) -------------------------------------
d = dt("2025-10-16 03:00:12")
txt = """Hello,

We haven't heard back from you on case %s.

Open question from our last correspondence: which exam you plan to use the reissued 50%%
benefit for (account AWS11820634), and approximately when.

If we don't receive a response, this case will be resolved automatically in 3 days. Once a
case has been resolved for 14 days it can no longer be reopened.

To respond, sign in to the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

* This address cannot receive e-mail. Replies sent to this message are not added to your case.

Amazon Web Services""" % (C5, C5)
add("056", date=d, tz=UTC, frm=addr("Amazon Web Services", CONSOLE), to=P,
    subject="RE:[CASE %s] 50%% exam benefit missing after certification account merge" % C5,
    body=part_text(txt, cte="7bit"), transport=ses_recv(d, P), irt="051", refs=["050", "051"],
    kind="closing_notice", reply=True, case=C5, ids=[ID_P], own=txt,
    note="Console auto-resolve warning restating the open question; must be answered in the Support Center, not by email - still a reply owed.")

# 057 ---- owner sends ID document (attachment) ---------------------------------------------
d = dt("2025-10-16 20:12:55", JST)
own = """Hello Lucía,

Attached is the name page of my passport with the number and photo covered.

Regards,
Haruka Tsujimoto"""
txt = own + "\n\nOn Thu, Oct 16, 2025 at 9:31 AM AWS Training and Certification <%s> wrote:\n%s\n" % (FORM, q("""Thanks for the details. Here is the record as it stands and what we would change:

  Candidate ID:       AWS11820634
  Name on record:     HARUKA TUJIMOTO
  Requested name:     HARUKA TSUJIMOTO"""))
mixed = MIMEMultipart("mixed", boundary="=_mix_%s" % rid(24))
mixed.attach(strip_mv(part_text(txt, cte="qp")))
img = MIMEImage(tiny_png(), "png")
img.add_header("Content-Disposition", "attachment", filename="passport_name_page.png")
mixed.attach(strip_mv(img))
add("057", date=d, tz=JST, frm=addr(ME_EN, P), to=FORM, subject="Re: " + form_subj(C6),
    body=mixed, mid=gmail_id(), irt="055", refs=["053", "054", "055"], transport=gmail_sent(d),
    kind="user_reply", reply=False, case=C6, ids=[], own=own,
    note="Owner's reply with an image attachment (multipart/mixed).")

# 058 ---- C6 case update: next step support, self-answered question ----------------------
d = dt("2025-10-17 01:15:40")
own = """Hi Haruka,

Thank you - the document is clear and the name matches.

  Status:     name change submitted
  Next step:  our records team updates the name (3-5 business days). Nothing is needed
              from you.

Will your Credly badges pick up the new spelling? Yes. Once the record changes, Credly
refreshes the earner name on its next sync, usually within a day.

Lucía P.
AWS Training and Certification"""
add("058", date=d, tz=UTC, frm=addr("AWS Training and Certification", FORM), to=P, subject=form_subj(C6, "RE: "),
    body=part_text(own, cte="qp"), transport=ses_recv(d, P), irt="057", refs=["053", "054", "055", "057"],
    kind="case_update", reply=False, case=C6, ids=[], own=own,
    note="Same agent and status-table shape as the ID-document request, but the Next step is support's and the only question is answered in the next word.")

# 059 ---- C5 resolved (console) -----------------------------------------------------------
d = dt("2025-10-17 06:40:51")
txt = """Hello,

We have updated your case %s. The latest correspondence is below.

Hi Haruka,

Thank you for letting us know you plan to take SAP-C02 in November. I voided the old
voucher and reissued the benefit to your current account.

  Status:      resolved
  Account:     AWS11820634
  Benefit:     50%% exam discount, valid until 2026-05-20
  Next step:   yours - none; the benefit is under Benefits in your certification account

If you have additional questions you can reply through the Support Center; otherwise no
further action is required.

Best regards,
Kwame A.
Amazon Web Services

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

We value your feedback. Please rate this correspondence in the Support Center.""" % (C5, C5)
add("059", date=d, tz=UTC, frm=addr("Amazon Web Services", CONSOLE), to=P,
    subject="RE:[CASE %s] 50%% exam benefit missing after certification account merge" % C5,
    body=part_text(txt, cte="qp"), transport=ses_recv(d, P), irt="056", refs=["050", "051", "056"],
    kind="resolved", reply=False, case=C5, ids=[ID_P], own=txt,
    note="Console resolution with a Next step row that is the customer's but says 'none'; conditional invitation and 'no further action is required'; rating footer.")

# 060 ---- C5 survey (console) ---------------------------------------------------------------
d = dt("2025-10-18 07:02:09")
txt = """Hello,

Your recent AWS Support case %s has been resolved. How would you rate your
experience?

Take the 2-minute survey: https://console.aws.amazon.com/support/feedback?caseId=%s

Your feedback helps us improve AWS Support.

Amazon Web Services""" % (C5, C5)
add("060", date=d, tz=UTC, frm=addr("Amazon Web Services", CONSOLE), to=P,
    subject="Tell us about your AWS Support experience (Case %s)" % C5,
    body=alt(txt, html_wrap(p_html(txt)), "7bit", "qp"), transport=ses_recv(d, P),
    kind="survey", reply=False, case=C5, ids=[], own=txt,
    note="Console satisfaction survey for case 17540329186.")

# 061 ---- spoof with dmarc=fail restating accounts -------------------------------------
d = dt("2025-10-20 09:12:44")
own = """Hello Haruka,

Following the recent merge of your certification accounts, our records show:

  Account #1  haruka.tsuji88@gmail.com   status: merged (primary)
  Account #2  former work address        status: pending verification

To keep your certifications and exam benefits active, confirm the accounts above by signing
in with your AWS Builder ID within 48 hours:

  http://aws-training-merge.support-verify.net/confirm?c=%s

If we cannot verify the accounts, the merged certifications will be suspended.

AWS Training and Certification Customer Service""" % FAKE
add("061", date=d, tz=UTC, frm=addr("AWS Training and Certification", FORM), to=P,
    subject="RE:[CASE %s] %s" % (FAKE, SUBJ_FORM), body=part_text(own, cte="qp"),
    transport=recv_gmail(d, "vps-41872.hostsrv-eu.net", "91.210.107.44", "mailer@hostsrv-eu.net", "amazon.com",
                         dkim="none", spf="softfail", dmarc="fail"),
    kind="suspicious", reply=False, case=None, ids=[], own=own,
    note="Spoofed From: aws-cs-trainingcertification-form@amazon.com with the real subject shape and an invented 15-digit case number, but dkim=none / dmarc=fail and a link to a foreign domain. Suspicious; case null because the number belongs to no real case.")

# 062 ---- C6 resolved: name restated, reassurance question --------------------------------
d = dt("2025-10-21 02:25:19")
own = """Hello Haruka,

The name change is complete. Your certification record now reads:

  Candidate ID:  AWS11820634
  Name:          HARUKA TSUJIMOTO
  Certificates:  regenerated with the new name

Want to double-check? You can download a fresh certificate from the Certifications page of
your account at any time - no need to let us know.

This case is now resolved.

Lucía P.
AWS Training and Certification"""
quoted = """On Thu, Oct 16, 2025, AWS Training and Certification wrote:
> Next step:  yours - a photo or scan of a government-issued ID showing the
>             requested name, as an attachment to a reply"""
add("062", date=d, tz=UTC, frm=addr("AWS Training and Certification", FORM), to=P, subject=form_subj(C6),
    body=part_text(own + "\n\n" + quoted + "\n", cte="qp"), transport=ses_recv(d, P), irt="058", refs=["053", "054", "055", "056", "058"],
    kind="resolved", reply=False, case=C6, ids=[ID_P], own=own, crlf=True,
    note="Completion restating the corrected record. 'Want to double-check?' plus 'no need to let us know'; the old customer-owned Next step row is quoted below. CRLF.")

# 063 ---- CertMetrics feedback survey (program, not case) ---------------------------------
d = dt("2025-10-21 15:00:00")
txt = """Hello Haruka,

AWS Certification wants to hear from you. As an AWS Certified individual, you are invited to
join a short study about how you prepare for exams and how certification has helped your
career. It takes about 15 minutes.

Take part: https://www.certmetrics.com/amazon/research/2025q4?t=b81f0c2e77

Participation is voluntary and does not affect your certification status.

AWS Certification"""
add("063", date=d, tz=UTC, frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=P,
    subject="AWS Certification wants to hear from you", body=part_text(txt, cte="7bit"),
    transport=recv_gmail(d, "mail.certmetrics.com", "52.41.17.208", "bounce@certmetrics.com", "certmetrics.com", policy="p=NONE sp=NONE dis=NONE"),
    kind="certification", reply=False, case=None, ids=[], own=txt,
    note="Certification programme research invitation - feedback-shaped ('wants to hear from you'), but not about a support case, so certification rather than survey.")

# 064 ---- C6 survey ------------------------------------------------------------------------
d = dt("2025-10-22 02:30:40")
txt = """Hello Haruka,

Thank you for contacting AWS Training and Certification about case %s.
We'd like to know how we did: https://survey.aws-tc-feedback.amazon.com/s/9d1c?case=%s

It's three questions and takes under a minute. This mailbox does not accept replies.

AWS Training and Certification""" % (C6, C6)
add("064", date=d, tz=UTC, frm=addr("AWS Training and Certification", FORM), to=P,
    subject="We'd like your feedback on case %s" % C6, body=part_text(txt, cte="7bit"), transport=ses_recv(d, P),
    kind="survey", reply=False, case=C6, ids=[], own=txt,
    note="Case survey from the form address itself (same sender as requests).")

# 065 ---- C7 acknowledgement with conditional correction invite ---------------------------
d = dt("2025-10-22 03:16:09")
txt = """Hello Haruka,

We have received your request and opened case %s.

Summary of your submission:
  Inquiry type:        Certification
  Additional details:  Update account email
  AWS candidate ID:    AWS11820634
  Message:             I start a new job on 1 November. Please add my new work address,
                       haruka.tsujimoto@sorano-cloud.jp, as the certification notification
                       email. My login should stay haruka.tsuji88@gmail.com.

If anything in this summary is wrong, reply to this email with the correction; otherwise
there is nothing you need to do. We'll be in touch within one business day.

%s""" % (C7, TC_SIG)
add("065", date=d, tz=UTC, frm=form_from(), to=P, subject=form_subj(C7, "RE: "),
    body=part_text(txt, cte="qp"), transport=ses_recv(d, P),
    kind="acknowledgement", reply=False, case=C7, ids=[ID_P], own=txt,
    note="Acknowledgement echoing the submission with a conditional invitation ('If anything in this summary is wrong, reply...; otherwise there is nothing you need to do').")

# 066 ---- lookalike exam-vendor phishing -------------------------------------------------
d = dt("2025-10-22 20:44:31")
inner = """<p>Dear Candidate,</p>
<p>Our records indicate a problem with your upcoming AWS exam appointment:</p>
""" + table([("Exam", "SAP-C02"), ("Candidate", "Haruka Tsujimoto"), ("Status", "Payment not verified"),
             ("Next step", "Candidate must re-enter card details within 12 hours")]) + """
<p>Can't find your booking? Don't worry &ndash; simply <a href="https://pearsonvue-exams-verify.com/login">log in here</a> and re-enter your payment card to keep your seat.</p>
<p>Pearson VUE Candidate Services</p>"""
add("066", date=d, tz=UTC, frm=addr("Pearson VUE", "candidate-services@pearsonvue-exams-verify.com"), to=P,
    subject="Urgent: your exam appointment will be cancelled", body=part_text(html_wrap(inner), "html", cte="qp"),
    transport=recv_gmail(d, "smtp.pearsonvue-exams-verify.com", "45.146.164.21", "candidate-services@pearsonvue-exams-verify.com", "pearsonvue-exams-verify.com", policy="p=NONE sp=NONE dis=NONE"),
    kind="suspicious", reply=False, case=None, ids=[], own=inner,
    note="Exam-vendor lookalike domain, status table with a Next step for the candidate and a reassurance question ('Can't find your booking? Don't worry') leading to card phishing.")

# 067 ---- C7 case update: negative consent -----------------------------------------------
d = dt("2025-10-23 01:05:27")
own = """Hi Haruka,

Thanks for the request. Here is what we have on AWS11820634 today and what will change:

                                     now                          from 24 October
  Login email                        haruka.tsuji88@gmail.com     (unchanged)
  Training notification email        haruka.tsuji88@gmail.com     (unchanged)
  Certification notification email   haruka.tsuji88@gmail.com     haruka.tsujimoto@sorano-cloud.jp

We'll make the change on 24 October. There's no need to reply if this is right; if you'd
rather we didn't go ahead, tell us before then.

Ravi S.
AWS Training and Certification"""
add("067", date=d, tz=UTC, frm=form_from(), to=P, subject=form_subj(C7), body=part_text(own, cte="b64"),
    transport=ses_recv(d, P), irt="065", refs=["065"],
    kind="case_update", reply=False, case=C7, ids=[ID_P], own=own,
    note="Negative consent: support restates the account and the planned change and says no reply is needed if it is right. Only an objection would need a reply, so needs_reply false.")

# 068 ---- connpass event reminder (Japanese) -------------------------------------------
d = dt("2025-10-23 09:00:00")
txt = """辻本 遥 さん

明日開催のイベントのリマインドです。

JAWS-UG 東京 #58「認定資格と転職のリアル」
日時：2025/10/24(金) 19:00〜21:00
会場：オンライン（参加用 URL はイベントページに掲載しています）

参加できなくなった場合は、イベントページからキャンセルをお願いします。

connpass"""
add("068", date=d, tz=UTC, frm=addr("connpass", "no-reply@connpass.com"), to=P,
    subject="【connpass】明日開催：JAWS-UG 東京 #58「認定資格と転職のリアル」", body=part_text(txt, cte="b64"),
    transport=recv_gmail(d, "mail.connpass.com", "18.180.3.21", "no-reply@connpass.com", "connpass.com", policy="p=NONE sp=NONE dis=NONE"),
    kind="unrelated", reply=False, case=None, ids=[], own=txt,
    note="Japanese event reminder (certification topic, 'キャンセルをお願いします').")

# 069 ---- C7 resolved: record restated, nothing to do ----------------------------------
d = dt("2025-10-24 02:10:48")
own = """Hi Haruka,

As planned, the certification notification email on your account has been updated. On file now:

  Candidate ID:                      AWS11820634
  Login email:                       haruka.tsuji88@gmail.com
  Training notification email:       haruka.tsuji88@gmail.com
  Certification notification email: haruka.tsujimoto@sorano-cloud.jp

Nothing else is needed from you. Good luck with the new role!

Ravi S.
AWS Training and Certification"""
add("069", date=d, tz=UTC, frm=form_from(), to=P, subject=form_subj(C7, "RE: "), body=part_text(own, cte="qp"),
    transport=ses_recv(d, P), irt="067", refs=["065", "067"],
    kind="resolved", reply=False, case=C7, ids=[ID_P], own=own,
    note="Resolution that restates the whole account record ('On file now') and asks nothing.")



# ---------------------------------------------------------------- README
THEME = set("003 005 006 009 010 011 013 016 017 019 020 021 023 023b 025 027 029 035 036 038 040 "
            "041 042 043 045 047 050 051 054 055 056 058 059 061 062 065 066 067 069".split())

README_HEAD = """me: {P} {W}

# blind-299 - stress set: support restating what it knows

Mailbox of Haruka Tsujimoto (辻本 遥), who leaves Mizunara Technology K.K. (an AWS Partner
Network company) on 30 September 2025 and moves her AWS Certification history from the company
address ({W}) to her personal address ({P}). Both mailboxes are merged into one
arrival-ordered set, 10 September - 24 October 2025. `python3 gen.py` regenerates every file
(standard library only); it also checks that each `candidate_ids` label equals the `AWS########`
IDs found in that message's own new text.

About half the messages ({theme} of {total}, marked ◆ in the table) are on the stress theme:
support restating what it knows - the accounts (emails, candidate IDs, names) listed back with a
request to check or confirm them, against listings that ask nothing (verified, found, on file,
already merged, the person's own form echoed back), questions support asks and answers itself,
reassurances shaped like questions, and status tables with a "Next step" row that is sometimes
the owner's and sometimes support's. The rest is the ordinary mail around the cases and traps.

## Cases in the set

| case | channel | what | outcome |
|---|---|---|---|
| {C1} | T&C form (15 digits) | merge company account {ID_W} into personal {ID_P} | ack -> APN partner hold (with a buried question) -> hold lifted -> Account #1/#2 confirmation -> follow-up -> closing notice -> owner confirms from the WRONG address -> support asks again from the destination address -> merged -> survey -> owner reopens (missing 2019 exam) -> resolved again |
| {C2} | T&C form (15 digits), Japanese ack, to the company address | duplicate of {C1} filed from the company address | ack -> a second agent asks to confirm the accounts -> closed as duplicate, the request withdrawn |
| {C4} | T&C form (15 digits), Japanese throughout | third account {ID_X} created by Partner Central SSO under the same gmail address (Credly badge missing) | ack (ISO-2022-JP) -> info request -> "verified" listing -> keigo confirmation (HTML only) -> closing notice -> owner confirms -> merged |
| {C5} | AWS Support Center console (11 digits, no-reply-aws@amazon.com) | 50% exam benefit lost in the merge | case opened -> info request to be answered in the console -> auto-resolve warning -> resolved -> survey |
| {OLD} | closed 2021 T&C case (10 digits) | the owner writes on it about a name misspelling | support opens a new case instead |
| {C6} | T&C form (15 digits) | correct the surname TUJIMOTO -> TSUJIMOTO | ack (new case from the closed one) -> status table whose Next step is the owner's (send ID) -> owner sends it -> update -> resolved -> survey |
| {C7} | T&C form (15 digits) | add the new employer's address as certification notification email | ack with a conditional correction invite -> negative-consent update -> resolved |

Not cases for this set (case = null): the AWS Educate form case 175946105800263 (another AWS
programme), Microsoft certification case 2509220040001837, Backlog inquiry #48213, and the number
{FAKE}, invented by a spoofer in a mail with dmarc=fail.

Candidate IDs: {ID_W} (company account), {ID_P} (personal, kept), {ID_X} (Partner Central SSO duplicate).
Numbers that are not case or candidate IDs: AWS account ID 480117263905, Pearson VUE registration
482913375, Builder ID code 418093, Microsoft MCIDs, Credly badge UUIDs, a certification validation number.

## Labelling decisions (the hard calls)

The question asked of every message: "must I write back to AWS Training and Certification support now?"

1. **A listing is not a request; an ask attached to it is.** Restating the accounts appears in
   messages of nearly every kind. needs_reply follows only the part of the author's own text that
   waits on the owner: {k010}, {k021}, {k023b}, {k042} (confirm/choose), {k027}, {k038}, {k051}, {k055} (other
   answers) and the closing notices {k025}, {k045}, {k056}. Listings marked found / verified / 確認済み / on file
   / merged / "on file now" ({k011}, {k041}, {k029}, {k047}, {k062}, {k069}) ask nothing.
2. **Self-answered questions and reassurance questions are not requests**: "What happens now? An
   agent reviews..." ({k006}), "Is there anything you need to do right now? No." ({k016}), "Wondering what
   happens next? We'll..." ({k019}), "Could the 2019 exam have been taken under yet another account?
   Possibly - ... you don't need to look" ({k035}), "Worried that ... ? They won't" ({k029}), "Want to
   double-check? ... no need to let us know" ({k062}), "Will your Credly badges pick up the new
   spelling? Yes." ({k058}), 「お客様に何かしていただく必要はありますか？ いいえ」 ({k036}). By contrast the
   bare "Which one should we keep as your surviving account, #1 or #2?" ({k021}) and "What will be your
   last day...?" buried after a hold table ({k013}) are real questions.
3. **Status tables with a Next step row**: when the row is the owner's and names something to send
   ({k021} "Yours - tell us which account remains", {k042} 「お客様：…ご返信ください」, {k055} "yours - a photo or
   scan of a government-issued ID") it is a request, even where ({k055}) that row is the only request in
   the mail (no "please", no question). When the row is support's, the partner's or the records
   team's ({k013}, {k035}, {k041}, {k058}) or is the owner's but says "none" ({k059}), it is not. In phishing ({k020}, {k066})
   the row is the reader's but the mail is not from AWS: suspicious, false.
4. **A question buried in a hold** ({k013}): kind stays on_hold (the case is paused for the partner),
   needs_reply true because of the question. The later hold reminder ({k016}) only asks itself a
   question and is false.
5. **Request, then withdrawal** on the duplicate case: {k010} is a real confirmation request when it
   arrives (true); {k011} closes the duplicate, lists what is "on file" and tells the owner to
   disregard it (case_update, false). Each message is labelled as it stands on arrival.
6. **Reply from the wrong address** ({k027}): the owner has already written "Confirmed" (quoted), but
   support asks for it again from the address that is kept. Labelled info_request (write from
   another address), not confirmation_request, and needs_reply true.
7. **A follow-up nudge is still a request** ({k023b}: "just following up ... in case it got buried" +
   "Could you let us know which one stays?"). It is not a closing notice: no closure is threatened.
8. **Closing notices need a reply** even when they contain no imperative ({k045} Japanese: only the
   date and 「ご返信いただければ再開」). {k056} must be answered in the Support Center, not by email - still true.
9. **Console case asks** ({k051}, {k056}) carry "do not reply to this email": the answer goes through the
   Support Center, but support is waiting, so true.
10. **Conditional invitations and advice are false**: "If anything in this summary is wrong, reply"
    ({k065}), "If you spot another gap, just reply" ({k040}), 「ご不明な点がございましたら」 ({k047}), "If you have
    additional questions ... otherwise no further action is required" ({k059}); "Please sign in ... and
    check your exam history" ({k029}) and 「Credly でバッジが表示されているかご確認ください」 ({k047}) ask the owner
    to look, not to write.
11. **Negative consent** ({k067}): support lists the account, announces a change on a date and says there
    is no need to reply if it is right. Only an objection would need a reply: case_update, false.
12. **Echoes belong to the echoing message.** Acknowledgements that repeat the owner's form or
    message ({k006}, {k009}, {k036}, {k050}, {k054}, {k065}) are system text, so their candidate IDs count; a question the
    owner asked inside the echo ("Can it be restored?" in {k050}, "Could you correct it?" in {k054}) does
    not make the acknowledgement a request.
13. **The owner's own mail** (replies, the forward {k023}, the note to self {k003} that lists both accounts)
    is user_reply with needs_reply false. In the forward, the forwarded support text is quoted
    history: no candidate IDs from it.
14. **candidate_ids**: the `AWS`+8-digit IDs in the message's own new text, each listed once, in
    order of first appearance (HTML read in document order). Quoted history is excluded: `>` lines,
    Outlook "-----Original Message-----" blocks, Gmail `gmail_quote` blockquotes, forwarded blocks,
    quoted old 2021 mail. IDs in unrelated or program mail count too ({k015} Pearson VUE, {k005}, {k043} CertMetrics).
15. **case**: the case the message's thread belongs to. A reply on the closed 2021 case ({k053}) carries
    {OLD}; the acknowledgement that opens a new case from it ({k054}) carries {C6}. Mentions of other
    cases in the body ({k011}, {k039}, {k050}) do not change it. Surveys carry their case. Not-T&C cases
    (Educate, Microsoft, Backlog) and the spoofer's invented number ({k061}) are null.
16. **Other programmes and vendors are unrelated even when they ask**: the AWS Educate form case ({k037})
    is real AWS customer service and asks a question, but it is not a Training and Certification case;
    the Microsoft profile merge ({k017}) has exactly the confirmation-request shape. Both false.
17. **Authentication decides suspicious**: {k061} has the genuine From address and subject shape but
    dkim=none / dmarc=fail; {k020} and {k066} use lookalike domains that pass their own DMARC.
18. **Program mail vs survey**: "AWS Certification wants to hear from you" ({k063}) is a certification
    programme study invitation, not a case survey -> certification. Case surveys: {k031}, {k060}, {k064}.

## Variety

English and Japanese (ISO-2022-JP, Shift_JIS, UTF-8 base64/quoted-printable), plain text, HTML
only ({k013}, {k020}, {k031}, {k042}, {k052}, {k066}), multipart/alternative, multipart/mixed with an attachment ({k057}),
multipart/report bounce ({k033}), CRLF files ({k022}, {k026}, {k062}), folded subjects, `RE:[CASE` and `RE: [CASE`,
Gmail / Japanese Gmail / Outlook / forward quoting, Microsoft 365 and Gmail Authentication-Results.

## Messages

| # | kind | reply? | case | what it is / what makes it hard |
|---|---|---|---|---|
"""


def write_readme():
    n = {"k" + m["key"]: m["num"] for m in MSGS}
    kinds = Counter(m["label"]["kind"] for m in MSGS)
    head = README_HEAD.format(P=P, W=W, C1=C1, C2=C2, C4=C4, C5=C5, C6=C6, C7=C7, OLD=OLD, FAKE=FAKE,
                              ID_W=ID_W, ID_P=ID_P, ID_X=ID_X, total=len(MSGS),
                              theme=sum(m["key"] in THEME for m in MSGS), **n)
    rows = []
    for m in MSGS:
        l = m["label"]
        rows.append("| %s | %s | %s | %s | %s%s |" % (
            m["num"], l["kind"], "yes" if l["needs_reply"] else "no", l["case"] or "-",
            "◆ " if m["key"] in THEME else "", m["note"].replace("|", "/")))
    tail = "\n\nCounts: " + ", ".join("%s %d" % (k, kinds[k]) for k in sorted(kinds)) + \
        "; needs_reply true: %d of %d.\n" % (sum(m["label"]["needs_reply"] for m in MSGS), len(MSGS))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(head + "\n".join(rows) + tail)


# =====================================================================================
def write_all():
    for f in os.listdir(HERE):
        if re.fullmatch(r"\d{3}-msg\.(eml|json)", f):
            os.remove(os.path.join(HERE, f))
    MSGS.sort(key=lambda m: m["date"])   # arrival order (stable)
    for i, m in enumerate(MSGS, 1):
        m["num"] = "%03d" % i
        with open(os.path.join(HERE, "%03d-msg.eml" % i), "wb") as fh:
            fh.write(m["data"])
        with open(os.path.join(HERE, "%03d-msg.json" % i), "w", encoding="utf-8") as fh:
            json.dump(m["label"], fh, ensure_ascii=False)
            fh.write("\n")
    c = Counter(m["label"]["kind"] for m in MSGS)
    for k in sorted(c):
        print("%-22s %d" % (k, c[k]))
    print("%-22s %d" % ("total", len(MSGS)))
    print("%-22s %d" % ("needs_reply", sum(m["label"]["needs_reply"] for m in MSGS)))
    write_readme()


if __name__ == "__main__":
    write_all()
