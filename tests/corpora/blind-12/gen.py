#!/usr/bin/env python3
"""Generate the blind-12 held-out corpus: NNN-msg.eml + NNN-msg.json in this directory.

Standard library only.  One mailbox owner (Haruka Morioka) with a personal Gmail address and an
old company address hosted on Microsoft 365.  Messages are numbered in arrival order.
"""
import base64
import hashlib
import html
import json
import os
import quopri
import re
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))

ME_P = "haruka.morioka.k@gmail.com"
ME_C = "h-morioka@tsubame-sol.co.jp"
TC_ADDR = "aws-cs-trainingcertification-form@amazon.com"
TC = "Amazon Web Services <%s>" % TC_ADDR
NOREPLY = "Amazon Web Services <no-reply-aws@amazon.com>"
CERTM = "AWS Certification <do-not-reply@certmetrics.com>"

C1 = "8419263570"          # 2021, 10 digits
C2 = "12837465091"         # 2023, 11 digits
C3 = "174720384100517"     # 2025 main merge, 15 digits
C4 = "174720391800644"     # 2025 duplicate form submission
C5 = "174782215500931"     # 2025 console (Support Center) case
C6 = "174945240300288"     # 2025 Credly badges case

SUBJ_TC = "[AWS Training and Certification Form Submission] - %s"

UTC = timezone.utc
JST = timezone(timedelta(hours=9))
PDT = timezone(timedelta(hours=-7))

MESSAGES = []
MIDS = {}


def h(n, salt=""):
    return hashlib.sha1(("blind12-%s-%s" % (n, salt)).encode()).hexdigest()


def dt(s, tz=UTC):
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)


# ---------------------------------------------------------------- header helpers
def ew(text, cs="utf-8", chunk=14):
    """RFC 2047 encoded-words (B), folded; each chunk encoded on its own (safe for ISO-2022-JP)."""
    if all(ord(c) < 128 for c in text):
        return text
    words = []
    for i in range(0, len(text), chunk):
        part = text[i:i + chunk]
        words.append("=?%s?B?%s?=" % (cs.upper(), base64.b64encode(part.encode(cs)).decode()))
    return "\n ".join(words)


def addr(name, a, cs="utf-8"):
    if not name:
        return a
    if all(ord(c) < 128 for c in name):
        if re.search(r'[,.;:()<>@"]', name):
            return '"%s" <%s>' % (name, a)
        return "%s <%s>" % (name, a)
    return "%s <%s>" % (ew(name, cs, 10), a)


def mid_for(n, style):
    x = h(n, "mid")
    if style == "ses":
        return "<0100%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
            x[:12], x[12:20], x[20:24], x[24:28], x[28:40])
    if style == "gmail":
        b = base64.b64encode(bytes.fromhex(x[:30])).decode().replace("/", "_").replace("+", "-")
        return "<CAK%s=%s@mail.gmail.com>" % (b, x[30:36])
    if style == "outlook":
        num = str(int(x[:8], 16))[:4]
        return "<TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>" % (
            num, x[8:24].upper(), num)
    return "<%s.%s@%s>" % (x[:16], x[16:24], style)


def auth_gmail(from_dom, dkim_dom, mailfrom, ip, dkim="pass", spf="pass", dmarc="pass",
               policy="QUARANTINE", extra_dkim=None):
    s = "mx.google.com;\n"
    s += "       dkim=%s header.i=@%s header.s=%s header.b=%s;\n" % (
        dkim, dkim_dom, "s" + h(ip, "sel")[:6], h(mailfrom, "b")[:8])
    if extra_dkim:
        s += "       dkim=pass header.i=@%s header.s=%s header.b=%s;\n" % (
            extra_dkim, "224i4yxa5dv7c2xz3womw6peuasteono", h(ip, "b2")[:8])
    if spf == "pass":
        s += "       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n" % (mailfrom, ip, mailfrom)
    else:
        s += "       spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s;\n" % (spf, mailfrom, ip, mailfrom)
    dis = "NONE" if dmarc == "pass" else policy
    s += "       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (dmarc, policy, policy, dis, from_dom)
    return s


def auth_m365(from_dom, mailfrom_dom, ip, dkim="pass", dmarc="pass", compauth="pass reason=100"):
    dk = "pass (signature was verified)" if dkim == "pass" else dkim
    return ("spf=pass (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s\n header.d=%s;dmarc=%s action=none\n"
            " header.from=%s;compauth=%s") % (ip, mailfrom_dom, dk, from_dom, dmarc, from_dom, compauth)


def received(host, ip, rcpt, when, box):
    if box == "p":
        gid = h(host + str(when), "gid")
        return ("from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%s\n"
                "        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n"
                "        %s") % (host, host, ip, gid[:18], gid[18:30], rcpt,
                                 format_datetime(when.astimezone(PDT)) + " (PDT)")
    fe = "TY2PEPF0000AB%s" % h(host, "fe")[:2].upper()
    return ("from %s (%s) by\n %s.mail.protection.outlook.com (10.167.248.%d) with Microsoft\n"
            " SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8722.18\n"
            " via Frontend Transport; %s") % (host, ip, fe, int(h(host, "o")[:2], 16) % 200 + 10,
                                              format_datetime(when.astimezone(UTC)))


# sender profiles: (receive host, ip, mailfrom, dkim domain, from domain, extra dkim)
def ses(n):
    lp = "0100" + h(n, "mf")[:28]
    return ("a48-%d.smtp-out.amazonses.com" % (int(h(n, "ip")[:2], 16) % 200 + 10),
            "54.240.48.%d" % (int(h(n, "ip")[:2], 16) % 200 + 10),
            "%s@email.amazonses.com" % lp, "amazon.com", "amazon.com", "amazonses.com")


def sendgrid(n, dom):
    return ("o%d.ptr%d.%s" % (n, n * 7 % 1000, "sendgrid.net"),
            "149.72.%d.%d" % (n % 250, n * 3 % 250),
            "bounces+%d-%s=%s@em%d.%s" % (4000 + n, h(n, "sg")[:4], "x", 1000 + n, dom),
            dom, dom, None)


# ---------------------------------------------------------------- body helpers
def enc(text, charset, cte):
    data = text.encode(charset)
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    return data


def part(text, ctype, charset, cte):
    head = 'Content-Type: %s; charset="%s"\nContent-Transfer-Encoding: %s\n\n' % (ctype, charset, cte)
    payload = enc(text, charset, cte)
    if not payload.endswith(b"\n"):
        payload += b"\n"
    return head.encode("ascii") + payload


def to_html(own, quote=""):
    def paras(t):
        out = []
        for block in re.split(r"\n\s*\n", t.strip("\n")):
            out.append("<p>%s</p>" % html.escape(block).replace("\n", "<br>\n"))
        return "\n".join(out)
    body = paras(own)
    if quote:
        body += ('\n<div class="quote"><blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;'
                 'padding-left:1ex">\n%s\n</blockquote></div>' % paras(quote))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n%s\n</body></html>'
            % body)


CID_RE = re.compile(r"(?<![A-Za-z0-9])AWS\d{8}(?!\d)")


def cids(text):
    seen = []
    for m in CID_RE.findall(text):
        if m not in seen:
            seen.append(m)
    return seen


def add(n, kind, needs, case, *, frm, to, subject, date, own, quote="", cc=None, box="p",
        fmt="plain", charset="utf-8", cte="8bit", html_body=None, crlf=False, mid="ses",
        irt=None, refs=None, sender=None, auth="default", subj_cs=None, extra=None,
        raw_body=None, note="", lang="en", cid_text=None):
    """Register one message.  own = the author's new text, quote = quoted history / forwarded text."""
    m = dict(n=n, kind=kind, needs=needs, case=case, frm=frm, to=to, cc=cc, subject=subject,
             date=date, own=own, quote=quote, box=box, fmt=fmt, charset=charset, cte=cte,
             html_body=html_body, crlf=crlf, mid_style=mid, irt=irt, refs=refs, sender=sender,
             auth=auth, subj_cs=subj_cs or ("iso-2022-jp" if charset == "iso-2022-jp" else "utf-8"),
             extra=extra or [], raw_body=raw_body, note=note, lang=lang, cid_text=cid_text)
    MESSAGES.append(m)
    MIDS[n] = mid_for(n, mid) if mid in ("ses", "gmail", "outlook") else mid_for(n, mid)
    return n


def build(m):
    n = m["n"]
    rcpt = ME_P if m["box"] == "p" else ME_C
    lines = []
    if m["sender"]:
        host, ip, mailfrom, dkim_dom, from_dom, extra_dkim = m["sender"]
        lines.append(("Return-Path", "<%s>" % mailfrom))
        lines.append(("Received", received(host, ip, rcpt, m["date"] + timedelta(seconds=2), m["box"])))
        if m["auth"] == "default":
            if m["box"] == "p":
                a = auth_gmail(from_dom, dkim_dom, mailfrom, ip, extra_dkim=extra_dkim)
            else:
                a = auth_m365(from_dom, mailfrom.split("@")[1], ip)
        else:
            a = m["auth"]
        if a:
            lines.append(("Authentication-Results", a))
    elif m["auth"] not in ("default", None):
        lines.append(("Authentication-Results", m["auth"]))
    lines.append(("From", m["frm"]))
    lines.append(("To", m["to"]))
    if m["cc"]:
        lines.append(("Cc", m["cc"]))
    lines.append(("Subject", ew(m["subject"], m["subj_cs"])))
    lines.append(("Date", format_datetime(m["date"])))
    lines.append(("Message-ID", MIDS[n]))
    if m["irt"]:
        lines.append(("In-Reply-To", MIDS[m["irt"]] if isinstance(m["irt"], int) else m["irt"]))
    if m["refs"]:
        lines.append(("References", "\n ".join(MIDS[r] if isinstance(r, int) else r for r in m["refs"])))
    for k, v in m["extra"]:
        lines.append((k, v))
    lines.append(("MIME-Version", "1.0"))
    head = "".join("%s: %s\n" % (k, v) for k, v in lines).encode("ascii")

    fmt = m["fmt"]
    text = m["own"] + (m["quote"] or "")
    if fmt == "plain":
        body = part(text, "text/plain", m["charset"], m["cte"])
    elif fmt == "html":
        body = part(m["html_body"], "text/html", m["charset"], m["cte"])
    elif fmt == "alt":
        b = "----=_Part_%s" % h(n, "bd")[:20]
        hb = m["html_body"] or to_html(m["own"], m["quote"])
        body = ('Content-Type: multipart/alternative; \n\tboundary="%s"\n\n' % b).encode()
        body += ("--%s\n" % b).encode() + part(text, "text/plain", m["charset"], m["cte"])
        body += ("\n--%s\n" % b).encode() + part(hb, "text/html", m["charset"], m["cte"])
        body += ("\n--%s--\n" % b).encode()
    elif fmt == "raw":
        body = m["raw_body"]
    else:
        raise ValueError(fmt)
    data = head + body
    if m["crlf"]:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data


def gq(text):
    """Gmail / plain-text style quoting."""
    return "\n".join((">" if not l.strip() else "> " + l) for l in text.rstrip("\n").split("\n")) + "\n"


# ================================================================ the messages
# Text blocks that are quoted later are kept in variables.

# ---------------------------------------------------------------- 2021, company mailbox
add(1, "unrelated", False, None, box="c", lang="ja",
    frm=addr("Pearson VUE", "pearsonvueconfirmation@pearson.com"), to=addr("森岡 遥", ME_C),
    subject="Pearson VUE 試験予約確認のお知らせ", date=dt("2021-02-25 14:03:11", JST),
    sender=sendgrid(1, "pearson.com"), mid="pearson.com", cte="quoted-printable",
    own="""森岡 遥 様

Pearson VUE をご利用いただき、ありがとうございます。
以下の内容で試験のご予約を承りました。

登録番号: 412873956
試験: AWS Certified Solutions Architect - Associate (SAA-C02) 日本語
日時: 2021年3月1日(月) 10:00 JST
会場: ピアソンVUE公認テストセンター 新宿西口

■ 当日のご案内
試験開始の30分前までに会場へお越しください。
本人確認書類を2点ご持参ください。
予約の変更・キャンセルは、試験開始の24時間前までに Pearson VUE のウェブサイトから行ってください。

このメールは送信専用アドレスから送信されています。ご返信いただいてもお答えできませんのでご了承ください。

Pearson VUE
""", note="Exam-vendor booking in Japanese; 9-digit registration number that is not a case ID; instructions (ご持参ください) that are not a reply request.")

add(2, "certification", False, None, box="c",
    frm=CERTM, to=ME_C, subject="Congratulations on recertifying your AWS Certification!",
    date=dt("2021-03-02 03:17:40"), sender=sendgrid(2, "certmetrics.com"), mid="certmetrics.com",
    fmt="alt", cte="quoted-printable",
    own="""Dear Haruka Morioka,

Congratulations on recertifying your AWS Certified Solutions Architect - Associate certification! Your certification is now valid through March 1, 2024.

You can download your updated certificate and view your transcript from your AWS Certification Account at https://www.aws.training/Certification.

Your digital badge will be issued through Credly within the next few days. Keep an eye out for an email from Credly with instructions to accept it.

Thank you for continuing to validate your AWS expertise.

AWS Training and Certification

This message was sent from an unmonitored mailbox.
""", note="certmetrics recertification notice; multipart/alternative QP.")

add(3, "badge", False, None, box="c",
    frm=addr("Acclaim", "admin@youracclaim.com"), to=ME_C,
    subject="Haruka, you've earned a badge from Amazon Web Services Training and Certification",
    date=dt("2021-03-02 09:44:05"), sender=sendgrid(3, "youracclaim.com"), mid="youracclaim.com",
    fmt="alt", cte="quoted-printable",
    own="""Hi Haruka,

Amazon Web Services Training and Certification has issued you a new badge:

AWS Certified Solutions Architect - Associate

Accept your badge to share it on social media, in your email signature, or on your resume:
https://www.youracclaim.com/badges/3f6c2a1e-8b0d-4a7e-9c55-1d2e3f4a5b6c/accept

Badge ID: 3f6c2a1e-8b0d-4a7e-9c55-1d2e3f4a5b6c

The Acclaim team
Acclaim is now Credly. Learn more at credly.com.
""", note="Older Acclaim sender (youracclaim.com); 'Accept your badge' call to action.")

ACK1 = """Hello,

Thank you for contacting Amazon Web Services. We have opened case 8419263570 to address your concern.

The details of your case are as follows:

Case ID: 8419263570
Subject: [AWS Training and Certification Form Submission] - certification
Severity: Normal
Correspondence: Hello, the name on my certification profile is displayed as "MORIOKA HARUKA" (family name first, all capitals) and the certificate I downloaded shows the same. I would like it to read "Haruka Morioka". This email address is the one registered on my certification account.

We will respond to your case as soon as possible, usually within 24 hours. If you have additional information to share, you can reply to this email; please do not open a new case for the same issue.

Best regards,

Amazon Web Services
"""
add(4, "acknowledgement", False, C1, box="c",
    frm=TC, to=ME_C, subject="RE:[CASE %s] %s" % (C1, SUBJ_TC % "certification"),
    date=dt("2021-03-04 06:51:22"), sender=ses(4), own=ACK1,
    note="Classic 10-digit acknowledgement; conditional 'you can reply' and 'please do not open a new case' are not asks.")

Q5 = """Hi Haruka,

Thanks for reaching out about how your name appears on your AWS Certification profile.

A bit of background first: the name on your certification profile is the one that was entered when the account was created, and it is the name we send to the test delivery provider when you schedule an exam. At the test centre the proctor compares it to your government-issued ID, so the two need to match exactly, including order and spelling. Certificates and the digital badge are generated from the same field, which is why your download showed "MORIOKA HARUKA".

I can change the display order for you, but I don't want to create a mismatch for your next exam appointment. Which form is printed on the identification you normally bring to the test centre - "HARUKA MORIOKA", or family name first? If your passport uses a different romanisation (for example "Haluka", or a middle name), that is useful to know too.

Once I have that I'll make the change on our side; it normally shows up on new certificate downloads within one business day.

Kind regards,
Priya R.
AWS Training and Certification Customer Support
"""
add(5, "info_request", True, C1, box="c",
    frm=TC, to=ME_C, subject="RE:[CASE %s] %s" % (C1, SUBJ_TC % "certification"),
    date=dt("2021-03-05 02:42:09"), sender=ses(5), own=Q5,
    note="Ask is a bare question in the middle of a long explanation, no 'please'.")

R6 = """Hi Priya,

My passport shows surname MORIOKA and given name HARUKA in separate fields, no middle name. I would like "Haruka Morioka" (given name first) on the profile and certificate.

Thank you for your help.

Haruka Morioka
Tsubame Solutions Co., Ltd. | Cloud Integration Div.
"""
add(6, "user_reply", False, C1, box="c", crlf=True, mid="outlook", irt=5, refs=[5],
    frm=addr("森岡 遥", ME_C), to=TC_ADDR,
    subject="RE: RE:[CASE %s] %s" % (C1, SUBJ_TC % "certification"),
    date=dt("2021-03-05 13:20:44", JST), extra=[("Thread-Topic", "RE:[CASE %s] %s" % (C1, SUBJ_TC % "certification")), ("X-MS-Has-Attach", ""), ("Content-Language", "en-US")],
    own=R6,
    quote="""
-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Friday, March 5, 2021 11:42 AM
To: 森岡 遥 <h-morioka@tsubame-sol.co.jp>
Subject: RE:[CASE 8419263570] [AWS Training and Certification Form Submission] - certification

""" + Q5, note="Outlook '-----Original Message-----' quoting (no > prefixes), CRLF; the quoted question is not hers.")

add(7, "resolved", False, C1, box="c", irt=6, refs=[5, 6],
    frm=TC, to=ME_C, subject="RE:[CASE %s] %s" % (C1, SUBJ_TC % "certification"),
    date=dt("2021-03-08 01:15:37"), sender=ses(7),
    own="""Hello Haruka,

Thank you for confirming. I've updated the name on your AWS Certification profile to "Haruka Morioka" (given name first). Your certificates will show the new name the next time you download them, and the name passed to Pearson VUE for future appointments has been updated as well.

No further action is required on your part, and I'm marking this case as resolved.

Kind regards,
Priya R.
AWS Training and Certification Customer Support

Was this response helpful? Let us know:
Yes: https://support.aws.amazon.com/feedback?caseId=8419263570&r=yes
No:  https://support.aws.amazon.com/feedback?caseId=8419263570&r=no

""", quote=gq("-----Original Message-----\nFrom: h-morioka@tsubame-sol.co.jp\nSent: 2021-03-05 04:20\n\n" + R6 + "\n-----Original Message-----\n" + Q5),
    note="Resolution quoting the earlier question ('Which form is printed...?') plus a helpful? footer.")

# ---------------------------------------------------------------- 2023, company mailbox
ACK2 = """お客様

Amazon Web Services にお問い合わせいただき、誠にありがとうございます。
お問い合わせを受け付け、ケース 12837465091 を作成いたしました。

ケースの詳細は以下のとおりです。

ケース ID: 12837465091
件名: [AWS Training and Certification Form Submission] - account-assistance
重要度: 通常

担当者より通常24時間以内にご連絡いたしますが、内容によっては最善の解決策を見つけるためにさらにお時間を頂戴する場合がございます。
すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。対応が遅れる原因となります。

本件について追加の情報がございましたら、このメールにご返信ください。

よろしくお願いいたします。

Amazon Web Services
"""
add(8, "acknowledgement", False, C2, box="c", lang="ja", charset="iso-2022-jp", cte="7bit",
    frm=TC, to=ME_C, subject="RE:[CASE %s] %s" % (C2, SUBJ_TC % "account-assistance"),
    date=dt("2023-06-12 05:33:48"), sender=ses(8), own=ACK2,
    note="Japanese acknowledgement, ISO-2022-JP; 〜がございましたら…ご返信ください is conditional.")

Q9 = """Hello,

I'm Daniel from the AWS Training and Certification team and I'll be looking after your request to combine your two certification accounts.

Accounts that share the same email address can't be told apart by the email alone, so before anything else I need to pin down exactly which two profiles we're talking about. We'll need the AWS Candidate ID for each of them. It's the code that starts with "AWS" followed by eight digits, shown at the top right of the page after you sign in at https://www.aws.training/Certification. You will have to sign in to each account separately to see both.

Reply to this message with both IDs and a note saying which account holds your exam history, and I'll take it from there.

Regards,
Daniel
AWS Training and Certification
"""
add(9, "info_request", True, C2, box="c",
    frm=TC, to=ME_C, subject="RE:[CASE %s] %s" % (C2, SUBJ_TC % "account-assistance"),
    date=dt("2023-06-13 08:02:19"), sender=ses(9), own=Q9,
    note="Asks for candidate IDs with 'We'll need' and a bare imperative; describes the ID format without giving one.")

Q10 = """森岡 様

いつもお世話になっております。AWS トレーニングと認定サポートの小林でございます。

6月13日に担当者よりお送りしたメールにて、2つの認定アカウントそれぞれの AWS 候補 ID をお伺いしておりましたが、現時点でご返信を確認できておりません。

恐れ入りますが、本メール送信後72時間以内にご返信がない場合、本ケースは自動的にクローズとなります。引き続き統合をご希望の場合は、お手数ですが本メールにご返信いただけますと幸いです。

何卒よろしくお願い申し上げます。

小林
AWS トレーニングと認定 カスタマーサポート
"""
add(10, "closing_notice", True, C2, box="c", lang="ja", charset="shift_jis", cte="8bit",
    frm=TC, to=ME_C, subject="RE:[CASE %s] %s" % (C2, SUBJ_TC % "account-assistance"),
    date=dt("2023-06-16 00:05:02"), sender=ses(10), own=Q10,
    note="Japanese closing notice in Shift_JIS, 8bit; 'ご返信いただけますと幸いです' is the ask.")

R11 = """小林様

ご連絡が遅くなり申し訳ございません。
2つのアカウントの候補IDは以下のとおりです。

・AWS04718265 ← 試験履歴があるのはこちらです(SAA、DVA)
・AWS09921034 ← 2022年にビルダーIDでサインインした際に誤って作成したものです

どちらも h-morioka@tsubame-sol.co.jp で登録されています。
よろしくお願いいたします。

森岡
"""
add(11, "user_reply", False, C2, box="c", lang="ja", crlf=True, mid="outlook", cte="base64",
    irt=10, refs=[9, 10],
    frm=addr("森岡 遥", ME_C), to=TC_ADDR,
    subject="RE: RE:[CASE %s] %s" % (C2, SUBJ_TC % "account-assistance"),
    date=dt("2023-06-16 10:12:51", JST), extra=[("Content-Language", "ja-JP")],
    own=R11, quote="""
________________________________
差出人: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2023年6月16日 9:05
宛先: 森岡 遥 <h-morioka@tsubame-sol.co.jp>
件名: RE:[CASE 12837465091] [AWS Training and Certification Form Submission] - account-assistance

""" + Q10, note="User reply in Japanese with two candidate IDs; Outlook Japanese reply header (差出人/送信日時); base64 UTF-8; CRLF.")

Q12 = """Hi Haruka,

Thanks for the IDs. Both profiles are registered to h-morioka@tsubame-sol.co.jp:

  AWS04718265 - exam history (SAA-C02, DVA-C01), 2 active certifications
  AWS09921034 - no exams, no certifications

Plan: merge AWS09921034 into AWS04718265. AWS04718265 stays as your account, AWS09921034 gets deactivated.

OK to proceed?

Kwame
AWS T&C Support
"""
add(12, "confirmation_request", True, C2, box="c", irt=11, refs=[9, 10, 11],
    frm=TC, to=ME_C, subject="RE:[CASE %s] %s" % (C2, SUBJ_TC % "account-assistance"),
    date=dt("2023-06-19 07:18:30"), sender=ses(12), own=Q12,
    note="Terse confirmation request by candidate ID, no Account #1/#2 listing, ask is 'OK to proceed?'.")

add(13, "user_reply", False, C2, box="c", crlf=True, mid="outlook", irt=12, refs=[9, 10, 11, 12],
    frm=addr("森岡 遥", ME_C), to=TC_ADDR,
    subject="RE: RE:[CASE %s] %s" % (C2, SUBJ_TC % "account-assistance"),
    date=dt("2023-06-19 17:02:13", JST),
    own="""Yes, OK to proceed. Thank you.

Haruka
""", quote="""
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Monday, June 19, 2023 4:18 PM
To: 森岡 遥 <h-morioka@tsubame-sol.co.jp>
Subject: RE:[CASE 12837465091] [AWS Training and Certification Form Submission] - account-assistance

""" + Q12, note="Two-line reply; candidate IDs only in the quoted part (Outlook header block, no >).")

Q14 = """Hi Haruka,

Quick update: I've started the merge of AWS09921034 into AWS04718265. Your exam history has already been copied across; the certification records and the Credly connection follow in a second step over the next few days, because both profiles share one email address and that part is done by hand.

There's nothing you need to do while that happens. I'll write again when it's finished.

Kwame
AWS T&C Support
"""
add(14, "case_update", False, C2, box="c", frm=TC, to=ME_C,
    subject="RE:[CASE %s] %s" % (C2, SUBJ_TC % "account-assistance"),
    date=dt("2023-06-21 02:40:55"), sender=ses(14), own=Q14,
    note="Progress news, explicitly nothing to do.")

add(15, "resolved", False, C2, box="c", lang="ja", cte="quoted-printable",
    frm=TC, to=ME_C, subject="RE:[CASE %s] %s" % (C2, SUBJ_TC % "account-assistance"),
    date=dt("2023-06-27 04:12:08"), sender=ses(15),
    own="""森岡 様

AWS トレーニングと認定サポートの高橋でございます。

大変お待たせいたしました。AWS09921034 の情報を AWS04718265 へ統合する作業が完了いたしました。今後は AWS04718265 のアカウントで試験履歴・認定・特典をご確認いただけます。
Credly のデジタルバッジにつきましては、統合完了に伴い Credly から改めてご案内メールが届きますので、そちらからバッジを受け取ってください。

本件は解決済みとしてクローズいたします。ご不明な点がございましたら、お気軽にこのメールにご返信ください。

高橋
AWS トレーニングと認定 カスタマーサポート

--- 以前のやり取り ---
""", quote=gq(Q14 + "\n" + Q12),
    note="Japanese completion, QP; quotes 'OK to proceed?'; 受け取ってください is about Credly, not a reply.")

add(16, "badge", False, None, box="c",
    frm=addr("Credly", "admin@credly.com"), to=ME_C,
    subject="Claim your AWS Certified Developer - Associate badge",
    date=dt("2023-06-27 11:30:16"), sender=sendgrid(16, "credly.com"), mid="credly.com",
    fmt="alt", cte="quoted-printable",
    own="""Hi Haruka,

Amazon Web Services Training and Certification has issued you a badge for AWS Certified Developer - Associate.

Claim your badge and share your achievement with your network:
https://www.credly.com/badges/9b1e77c4-02aa-4f0e-8d8e-6c3b41a5d210/accept

Not sure why you received this? Badges are issued when an organization verifies that you've earned them.

Credly, 55 Broad Street, New York, NY
""", note="Credly badge; 'Claim your badge' imperative.")

add(17, "survey", False, C2, box="c",
    frm=addr("AWS Training and Certification", "aws-tc-survey@amazon.com"), to=ME_C,
    subject="How did we do? Tell us about case 12837465091",
    date=dt("2023-06-28 15:01:44"), sender=ses(17), fmt="alt", cte="quoted-printable",
    own="""Hello,

You recently contacted AWS Training and Certification Customer Support (case 12837465091). We'd appreciate a minute of your time to rate your experience.

How satisfied were you with the support you received?
https://aws-tc-survey.amazon.com/s/12837465091?score=5  Very satisfied
https://aws-tc-survey.amazon.com/s/12837465091?score=3  Neutral
https://aws-tc-survey.amazon.com/s/12837465091?score=1  Very dissatisfied

Your responses help us improve. The survey closes in 7 days.

Please do not reply to this email; this mailbox is not monitored.
""", note="Survey with the case number in subject and body.")

add(18, "certification", False, None, box="c",
    frm=CERTM, to=ME_C, subject="AWS Certification wants to hear from you",
    date=dt("2023-11-14 17:25:09"), sender=sendgrid(18, "certmetrics.com"), mid="certmetrics.com",
    fmt="alt", cte="quoted-printable",
    own="""Hello Haruka,

As an AWS Certified individual, you are invited to share your feedback about the AWS Certification program. We want to understand how certification has affected your career and what we can do better.

The survey takes about 10 minutes and your answers are confidential.

Take the survey: https://www.certmetrics.com/amazon/survey/2023Q4

Participation is voluntary. If you've already responded, thank you!

AWS Training and Certification
""", note="Certification-program feedback invitation: looks like a survey, is a certmetrics notice.")

# ---------------------------------------------------------------- 2025
add(19, "unrelated", False, None, box="c", lang="ja", charset="iso-2022-jp", cte="7bit", crlf=True,
    frm=addr("情報システム部", "it-helpdesk@tsubame-sol.co.jp", "iso-2022-jp"), to=addr("森岡 遥", ME_C, "iso-2022-jp"),
    subject="【重要】退職に伴うメールアカウント停止のお知らせ", mid="outlook",
    date=dt("2025-04-25 10:02:00", JST),
    sender=("TYCPR01MB9915.jpnprd01.prod.outlook.com", "2603:1096:400:3c3::9", "it-helpdesk@tsubame-sol.co.jp", "tsubame-sol.co.jp", "tsubame-sol.co.jp", None),
    own="""森岡 遥 様

情報システム部です。
退職手続きに伴い、以下の日時をもってお使いのメールアカウントおよび各種社内システムのアカウントを停止いたします。

  対象アカウント: h-morioka@tsubame-sol.co.jp
  停止日時: 2025年5月30日(金) 18:00

停止後は本アドレス宛てのメールは受信できなくなり、送信者にはエラーが返送されます。
外部サービスに本アドレスを登録されている場合は、停止日までに登録メールアドレスの変更をお願いします。
業務上必要なデータの引き継ぎについては、所属長の指示に従ってください。

ご不明な点は情報システム部(内線 4120)までお問い合わせください。

情報システム部
""", note="Company IT notice (ISO-2022-JP, CRLF) with requests addressed to the user, but not from support.")

add(20, "certification", False, None, box="c",
    frm=CERTM, to=ME_C, subject="Your AWS Certification expires in 60 days",
    date=dt("2025-05-02 16:40:27"), sender=sendgrid(20, "certmetrics.com"), mid="certmetrics.com",
    fmt="alt", cte="quoted-printable",
    own="""Dear Haruka Morioka,

Your AWS Certified Developer - Associate certification expires on July 1, 2025.

Candidate ID: AWS04718265

To keep your certification active, recertify before the expiration date by passing the current version of the exam or a higher-level exam. If you have an exam discount benefit, you can apply it when you schedule: go to your AWS Certification Account and select Benefits.

Recertify now: https://www.aws.training/Certification

AWS Training and Certification
This is an automated message. Please do not reply.
""", note="Expiry notice with a candidate ID and 'Recertify now'.")

add(21, "unrelated", False, None,
    frm=addr("AWS Builder ID", "no-reply@signin.aws"), to=ME_P,
    subject="Verify your AWS Builder ID email address", date=dt("2025-05-13 12:04:51"),
    sender=("a8-40.smtp-out.amazonses.com", "54.240.8.40", "0100019%s@us-west-2.amazonses.com" % h(21)[:20], "signin.aws", "signin.aws", "amazonses.com"),
    own="""Hello,

Thank you for creating an AWS Builder ID. To finish, enter this verification code:

Verification code: 582941

This code expires in 30 minutes.

If you didn't try to create an AWS Builder ID, you can ignore this email.

Amazon Web Services
""", note="Builder ID one-time code: 6-digit number that is not a case ID.")

add(22, "unrelated", False, None,
    frm=addr("AWS Training and Certification", "no-reply@aws.training"), to=ME_P,
    subject="Welcome to AWS Skill Builder", date=dt("2025-05-13 12:09:30"),
    sender=("a8-41.smtp-out.amazonses.com", "54.240.8.41", "0100019%s@amazonses.com" % h(22)[:20], "aws.training", "aws.training", "amazonses.com"),
    fmt="alt", cte="quoted-printable",
    own="""Hi Haruka,

Welcome to AWS Skill Builder! Your account is ready.

Start with a free learning plan, try a practice question set for your next certification, or explore the more than 600 free digital courses.

Start learning: https://skillbuilder.aws/

You received this email because you created an AWS Skill Builder account with this email address.
""", note="Training-platform welcome mail.")

ACK3 = """Hello,

Thank you for contacting AWS Training and Certification. We have received your request and opened case 174720384100517.

Case ID: 174720384100517
Subject: [AWS Training and Certification Form Submission] - account-assistance
Inquiry type: Certification
Additional details: Account Merge

A member of our team will review your request and respond by email, usually within 24 hours. During periods of high volume it may take longer.

To help us resolve your request faster, please avoid submitting another request for the same issue. If there is anything you'd like to add, simply reply to this email and it will be added to your case.

Sincerely,
AWS Training and Certification Customer Support
"""
add(23, "acknowledgement", False, C3,
    frm=TC, to=ME_P, subject="RE:[CASE %s] %s" % (C3, SUBJ_TC % "account-assistance"),
    date=dt("2025-05-14 06:24:09"), sender=ses(23), own=ACK3,
    note="15-digit acknowledgement; 'please avoid...' and 'simply reply' are not asks.")

add(24, "acknowledgement", False, C4, lang="ja", cte="base64",
    frm=TC, to=ME_P, subject="RE:[CASE %s] %s" % (C4, SUBJ_TC % "account-assistance"),
    date=dt("2025-05-14 06:25:27"), sender=ses(24),
    own="""Amazon Web Services をご利用いただきありがとうございます。

お問い合わせいただいた内容について、以下のケースを作成しました。

ケース ID: 174720391800644
件名: [AWS Training and Certification Form Submission] - account-assistance
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合

ケースの回答時間は原則24時間以内ですが、最善の解決策を見つけるためにさらにお時間を頂戴することもございます。
すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。

補足事項がございましたら、本メールにそのままご返信いただければケースに追加されます。

Amazon Web Services
""", note="Duplicate form submission one minute later: second acknowledgement, Japanese, base64 UTF-8.")

add(25, "unrelated", False, None,
    frm=addr("Ken Ishida", "notifications@github.com"), to=addr("haruka-m/dotfiles", "dotfiles@noreply.github.com"),
    cc=addr("Haruka Morioka", ME_P) + ", Author <author@noreply.github.com>",
    subject="Re: [haruka-m/dotfiles] Add zsh config for new laptop (PR #41)",
    date=dt("2025-05-14 11:52:38"), mid="github.com",
    sender=("out-22.smtp.github.com", "192.30.252.205", "noreply@github.com", "github.com", "github.com", None),
    extra=[("List-ID", "haruka-m/dotfiles <dotfiles.haruka-m.github.com>"), ("X-GitHub-Reason", "author")],
    own="""Merged #41 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/haruka-m/dotfiles/pull/41#event-17630281945
You are receiving this because you authored the thread.
""", note="GitHub 'Merged' notification with 'Reply to this email directly'.")

add(26, "resolved", False, C4,
    frm=TC, to=ME_P, subject="RE:[CASE %s] %s" % (C4, SUBJ_TC % "account-assistance"),
    date=dt("2025-05-15 01:47:13"), sender=ses(26),
    own="""Hello Haruka,

My name is Sofia and I picked up this case.

While reviewing it I noticed that the same merge request was submitted twice, a minute apart, and the first submission is already being handled by a colleague under case 174720384100517. So that two people don't work on the same accounts at the same time, I'm closing this one as a duplicate.

You don't need to do anything here and your request hasn't been lost: all further updates will come from case 174720384100517.

Best regards,
Sofia
AWS Training and Certification
""", note="Duplicate case closed; body names the OTHER case number twice, the subject has this one.")

Q27 = """Hi Haruka,

Thank you for your patience while I looked into your request to merge your certification accounts.

The account registered to h-morioka@tsubame-sol.co.jp is linked to an AWS Partner Network (APN) organization, Tsubame Solutions Co., Ltd. Certifications held in a partner-linked account count toward the partner's tier and program requirements, so we can't move them out while the account holder is still shown as an employee of that partner. In this situation our process is to put the merge on hold and check with the partner's alliance lead before we go ahead.

In the meantime it would help to hear from you directly. Are you leaving Tsubame Solutions, and if so, what will your last working day be? If you have already left, the date you left is enough.

Once I have your answer I'll contact the partner's alliance lead and update you here.

Best,
Marco
AWS Training and Certification
"""
add(27, "on_hold", True, C3,
    frm=TC, to=ME_P, subject="RE: [CASE %s] %s" % (C3, SUBJ_TC % "account-assistance"),
    date=dt("2025-05-15 09:12:33"), sender=ses(27), own=Q27,
    note="APN hold that asks (bare questions after a long explanation); subject uses 'RE: [CASE' with a space.")

R28 = """Hi Marco,

Yes, I am leaving Tsubame Solutions. My last working day is May 30, 2025, and the company mail address will be deleted on that day, so I would like to finish the merge before it if possible.

Thank you,
Haruka Morioka
"""
add(28, "user_reply", False, C3, mid="gmail", irt=27, refs=[23, 27],
    frm=addr("Haruka Morioka", ME_P), to=TC_ADDR,
    subject="Re: [CASE %s] %s" % (C3, SUBJ_TC % "account-assistance"),
    date=dt("2025-05-15 19:40:02", JST), own=R28,
    quote="\nOn Thu, May 15, 2025 at 6:12 PM Amazon Web Services <%s> wrote:\n" % TC_ADDR + gq(Q27),
    note="Gmail reply; the quoted history contains the questions.")

add(29, "unrelated", False, None, box="c", lang="ja", crlf=True, mid="outlook",
    frm=addr("佐伯 拓也", "t-saeki@tsubame-sol.co.jp"), to=addr("森岡 遥", ME_C),
    subject="FW: RE:[CASE %s] %s" % (C3, SUBJ_TC % "account-assistance"),
    date=dt("2025-05-16 11:08:47", JST),
    sender=("TYCPR01MB7731.jpnprd01.prod.outlook.com", "2603:1096:400:1a2::5", "t-saeki@tsubame-sol.co.jp", "tsubame-sol.co.jp", "tsubame-sol.co.jp", None),
    own="""森岡さん

お疲れさまです、佐伯です。
AWS から下記の確認依頼がアライアンス窓口に届いていました。
退職の件は承知していますので、こちらから「問題なし」で回答しておきます。森岡さん側での対応は特に不要です。
念のため共有まで。

佐伯
""", quote="""
-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Friday, May 16, 2025 9:31 AM
To: alliance@tsubame-sol.co.jp
Subject: RE:[CASE 174720384100517] [AWS Training and Certification Form Submission] - account-assistance

Hello,

We have received a request from Haruka Morioka (h-morioka@tsubame-sol.co.jp) to move her AWS Certification records out of the certification account associated with your AWS Partner Network organization. Ms. Morioka has informed us that her last working day is May 30, 2025.

Please reply to this email within 3 business days to confirm that you have no objection. If we do not hear from you, we will proceed on the basis of Ms. Morioka's confirmation.

Regards,
Marco
AWS Training and Certification
""", note="Colleague's forward of AWS's request to the partner admin; the ask is to someone else and the colleague says nothing is needed. Subject carries the case token.")

add(30, "on_hold", False, C3, lang="ja", charset="iso-2022-jp", cte="7bit",
    frm=TC, to=ME_P, subject="RE:[CASE %s] %s" % (C3, SUBJ_TC % "account-assistance"),
    date=dt("2025-05-16 05:54:20"), sender=ses(30), irt=28, refs=[27, 28],
    own="""森岡 様

AWS トレーニングと認定サポートの山本と申します。担当の Marco より本件を引き継ぎました。

退職日のご連絡をいただき、ありがとうございます。
現在、APN パートナーである株式会社ツバメソリューションズのアライアンス担当者様に、認定情報の移行について確認を依頼しております。先方からのご回答を受領するまで、本ケースは保留とさせていただきます(通常、最大3営業日程度)。

現時点でお客様にご対応いただくことはございません。進展がございましたら、改めてご連絡いたします。

山本
AWS トレーニングと認定 カスタマーサポート
""", note="Japanese APN hold that asks nothing (ISO-2022-JP).")

add(31, "unrelated", False, None,
    frm=NOREPLY, to=ME_P,
    subject="Amazon Web Services Billing Statement Available [Account: 482910374655]",
    date=dt("2025-05-16 07:02:11"), sender=ses(31),
    own="""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending in 4655, is available on the AWS web site. Your account will be charged the following:

Total: $3.27

Please see the Bills section of the Billing and Cost Management console for details:
https://console.aws.amazon.com/billing/home#/bills

Account ID: 482910374655

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""", note="Billing mail from the same no-reply-aws sender as console cases; 12-digit account ID.")

add(32, "suspicious", False, None, fmt="html", cte="quoted-printable",
    frm=addr("AWS Certification Support", "case-update@aws-certsupport-mail.com"), to=ME_P,
    subject="RE:[CASE %s] Action needed: verify account ownership" % C3,
    date=dt("2025-05-17 22:18:06"), mid="aws-certsupport-mail.com",
    sender=("mail.aws-certsupport-mail.com", "185.212.44.17", "bounce@aws-certsupport-mail.com", "aws-certsupport-mail.com", "aws-certsupport-mail.com", None),
    auth=auth_gmail("aws-certsupport-mail.com", "aws-certsupport-mail.com", "bounce@aws-certsupport-mail.com", "185.212.44.17", dmarc="pass", policy="NONE"),
    own="", html_body="""<html><body style="font-family:Arial,sans-serif">
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="background:#232f3e;padding:12px"><span style="color:#ff9900;font-size:20px;font-weight:bold">aws</span> <span style="color:#fff">Training and Certification</span></td></tr>
<tr><td style="padding:16px">
<p>Dear Candidate,</p>
<p>As part of your account merge request (case 174720384100517), we must verify ownership of both certification accounts before the merge can proceed.</p>
<p>Please sign in within <b>48 hours</b> using the secure link below to confirm your identity. Otherwise your request will be cancelled and your certifications may be suspended.</p>
<p style="text-align:center"><a href="https://aws-certsupport-mail.com/verify?case=174720384100517" style="background:#ff9900;color:#000;padding:10px 24px;text-decoration:none">Verify my account</a></p>
<p>Thank you,<br>AWS Certification Support Team</p>
</td></tr></table>
</body></html>
""", note="Lookalike domain that passes its own SPF/DKIM/DMARC, quotes the real case number and has an urgent ask.")

HTML33 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">
<p>Hello Haruka,</p>
<p>Thank you for your patience. I'm Yuki and I'll be completing your request from here. The partner organization has confirmed your departure, so the hold on the account registered to your company address has been lifted.</p>
<p>I located the following two AWS Certification accounts:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr style="background:#f2f3f3"><th>&nbsp;</th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS10293847</td><td>AWS04718265</td></tr>
<tr><td>Login email</td><td>haruka.morioka.k@gmail.com</td><td>h-morioka@tsubame-sol.co.jp</td></tr>
<tr><td>Training notification email</td><td>haruka.morioka.k@gmail.com</td><td>h-morioka@tsubame-sol.co.jp</td></tr>
<tr><td>Certification notification email</td><td>haruka.morioka.k@gmail.com</td><td>h-morioka@tsubame-sol.co.jp</td></tr>
<tr><td>Exam history</td><td>none</td><td>4 exams, 2 active certifications</td></tr>
</table>
<p>My understanding is that you would like everything to end up under Account #1, with Account #2 merged into it and then deactivated. Kindly confirm that this is correct before I proceed, as a merge cannot be undone. If you would rather keep Account #2, tell me that instead.</p>
<p>Best regards,<br>
Yuki Tanabe<br>
AWS Training and Certification</p>
</body></html>
"""
add(33, "confirmation_request", True, C3, fmt="html", cte="quoted-printable",
    frm=TC, to=ME_P, cc=ME_C, subject="RE:[CASE %s] %s" % (C3, SUBJ_TC % "account-assistance"),
    date=dt("2025-05-19 00:31:48"), sender=ses(33), own=HTML33, html_body=HTML33,
    note="HTML-only, Account #1/#2 in a table, hold-released news first, 'Kindly confirm' in the last paragraph.")

add(34, "unrelated", False, None, lang="ja", fmt="alt", cte="base64",
    frm=addr("AWS", "aws-marketing-email-replies@amazon.com"), to=ME_P,
    subject="【AWS Summit Japan 2025】参加登録受付中 ― 6月25日・26日 幕張メッセ",
    date=dt("2025-05-19 01:00:00"), sender=ses(34),
    own="""AWS Summit Japan 2025 の参加登録を受け付けています。

日程: 2025年6月25日(水)・26日(木)
会場: 幕張メッセ

基調講演、150 を超えるセッション、AWS 認定者ラウンジなどをご用意しています。
AWS 認定をお持ちの方は、認定者ラウンジをご利用いただけます。会場で認定バッジをご提示ください。

今すぐ登録: https://aws.amazon.com/jp/summits/japan/

本メールは配信専用アドレスから送信しています。配信停止をご希望の場合は、こちらから手続きしてください。
アマゾン ウェブ サービス ジャパン合同会社
""", note="AWS marketing in Japanese from an amazon.com address; imperative calls to action.")

add(35, "unrelated", False, None, box="c", lang="ja", charset="shift_jis", cte="8bit", crlf=True, mid="outlook",
    frm=addr("中村 美咲", "m-nakamura@tsubame-sol.co.jp", "shift_jis"), to=addr("森岡 遥", ME_C, "shift_jis"),
    subject="自動応答: 引き継ぎ資料のレビュー依頼", subj_cs="shift_jis",
    date=dt("2025-05-20 09:15:02", JST),
    sender=("TYCPR01MB8802.jpnprd01.prod.outlook.com", "2603:1096:400:2b1::7", "m-nakamura@tsubame-sol.co.jp", "tsubame-sol.co.jp", "tsubame-sol.co.jp", None),
    extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", "m-nakamura@tsubame-sol.co.jp")],
    own="""お疲れさまです。中村です。

5月19日(月)〜5月23日(金)は出張のため不在にしております。
メールの確認が遅れますので、お急ぎの場合は同じチームの佐伯(t-saeki@tsubame-sol.co.jp)までご連絡ください。

戻り次第、順次ご返信いたします。
""", note="Out-of-office auto-reply from a colleague, Shift_JIS 8bit, CRLF.")

add(36, "unrelated", False, None,
    frm=addr("AWS", "no-reply@login.awsapps.com"), to=ME_P,
    subject="AWS Builder ID: Your verification code", date=dt("2025-05-20 12:41:09"),
    sender=("a8-77.smtp-out.amazonses.com", "54.240.8.77", "0100019%s@amazonses.com" % h(36)[:20], "login.awsapps.com", "login.awsapps.com", "amazonses.com"),
    own="""Hello,

We noticed a sign-in to your AWS Builder ID from a new device.

Your verification code is: 730158

This code expires in 10 minutes. If you did not try to sign in, reset your password immediately.

Amazon Web Services
""", note="Builder ID sign-in code (6 digits) from login.awsapps.com.")

ACK5 = """Dear Amazon Web Services Customer,

We have received your case 174782215500931 and will respond as soon as possible.

Case ID: 174782215500931
Subject: Move Skill Builder learning history to my personal AWS Builder ID
Severity: General guidance
Account: [AWS ID 482910374655]
Correspondence: My AWS Skill Builder course progress is on an AWS Builder ID created with my company email (h-morioka@tsubame-sol.co.jp), which will be deactivated on May 30. I have created a new Builder ID with my personal email. Can the learning history be moved to the new one?

To see details of this case or to add information, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=174782215500931&language=en

Sincerely,
Amazon Web Services

This email was sent from an email address that cannot accept incoming e-mails.
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
add(37, "acknowledgement", False, C5,
    frm=NOREPLY, to=ME_P, subject="Amazon Web Services: New Support case: %s" % C5,
    date=dt("2025-05-21 10:09:21"), sender=ses(37), own=ACK5,
    note="Console 'New Support case' mail; 12-digit account ID beside the 15-digit case ID; the echoed question is the user's.")

add(38, "unrelated", False, None,
    frm=addr("AWS Skill Builder", "no-reply@aws.training"), to=ME_P,
    subject="Your AWS Skill Builder receipt", date=dt("2025-05-21 13:20:44"),
    sender=("a8-90.smtp-out.amazonses.com", "54.240.8.90", "0100019%s@amazonses.com" % h(38)[:20], "aws.training", "aws.training", "amazonses.com"),
    fmt="alt", cte="quoted-printable",
    own="""Hi Haruka,

Thanks for your purchase.

Order ID: SB-7730-2291-0042
Item: AWS Skill Builder Individual subscription (monthly)
Amount: USD 29.00
Payment: Visa ending in 4417

Your subscription renews automatically each month. You can cancel at any time from Account settings > Subscription.

AWS Skill Builder
""", note="Skill Builder receipt.")

Q39 = """Hi Haruka,

Just following up on my message of 19 May. I'm still waiting for your go-ahead before I can merge the two accounts listed below.

If I don't hear back by 25 May, the case will be closed automatically and the merge won't happen. A short reply to this email is enough to keep it open.

Regards,
Yuki Tanabe
AWS Training and Certification
"""
Q33TXT = """Hello Haruka,

Thank you for your patience. I'm Yuki and I'll be completing your request from here. The partner organization has confirmed your departure, so the hold on the account registered to your company address has been lifted.

I located the following two AWS Certification accounts:

Account #1
  Candidate ID: AWS10293847
  Login email: haruka.morioka.k@gmail.com
  Training notification email: haruka.morioka.k@gmail.com
  Certification notification email: haruka.morioka.k@gmail.com
Account #2
  Candidate ID: AWS04718265
  Login email: h-morioka@tsubame-sol.co.jp
  Training notification email: h-morioka@tsubame-sol.co.jp
  Certification notification email: h-morioka@tsubame-sol.co.jp

My understanding is that you would like everything to end up under Account #1, with Account #2 merged into it and then deactivated. Kindly confirm that this is correct before I proceed, as a merge cannot be undone. If you would rather keep Account #2, tell me that instead.

Best regards,
Yuki Tanabe
AWS Training and Certification
"""
add(39, "closing_notice", True, C3, frm=TC, to=ME_P, cc=ME_C,
    subject="RE:[CASE %s] %s" % (C3, SUBJ_TC % "account-assistance"),
    date=dt("2025-05-22 00:14:27"), sender=ses(39), irt=33, refs=[27, 28, 33],
    own=Q39, quote="\n---------- Previous message ----------\nFrom: AWS Training and Certification <%s>\nDate: Mon, 19 May 2025 00:31 UTC\n\n" % TC_ADDR + gq(Q33TXT),
    note="Closing notice top-posted above the quoted confirmation request; candidate IDs only in the quote.")

Q40 = """Hello,

Thank you for contacting AWS Support. My name is Ravi and I'll be assisting you with your AWS Builder ID.

AWS Builder ID is a personal profile that is separate from your AWS account [AWS ID 482910374655], so changes to it are handled by a different team, and we first have to verify that you own both profiles. Because the address on the old profile will stop working soon, it's good that you reached out now.

To continue, we need the following:
1. The email address registered on the AWS Builder ID that holds your course history.
2. The email address of the AWS Builder ID you want the history moved to.
3. Whether you can still receive email at the first address (we will send a verification code there).

Please add this information to the case through the Support Center using the link below. Replies sent to this email address are not received.

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

Best regards,
Ravi S.
Amazon Web Services

===============================================================

To see all correspondence and reply to this case, use the link below.

https://console.aws.amazon.com/support/home#/case/?displayId=174782215500931&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
Please use the link above if you need to contact us again about this same issue.

===============================================================

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""
add(40, "info_request", True, C5, fmt="alt", cte="quoted-printable",
    frm=NOREPLY, to=ME_P,
    subject="RE:[CASE %s] Move Skill Builder learning history to my personal AWS Builder ID" % C5,
    date=dt("2025-05-22 00:52:10"), sender=ses(40), own=Q40,
    note="Console case request: must be answered in the Support Center; feedback footer and 'cannot accept incoming e-mails'.")

add(41, "user_reply", False, C3, box="p", crlf=True, mid="outlook", charset="iso-2022-jp", cte="7bit",
    irt=39, refs=[33, 39],
    frm=addr("森岡 遥", ME_C, "iso-2022-jp"), to=TC_ADDR, cc=ME_P,
    subject="RE: RE:[CASE %s] %s" % (C3, SUBJ_TC % "account-assistance"),
    date=dt("2025-05-22 10:26:15", JST),
    sender=("TYCPR01MB7710.jpnprd01.prod.outlook.com", "2603:1096:400:3c3::2", ME_C, "tsubame-sol.co.jp", "tsubame-sol.co.jp", None),
    auth=auth_gmail("tsubame-sol.co.jp", "tsubame-sol.co.jp", ME_C, "40.107.74.93", policy="NONE"),
    own="""Hello Yuki,

Confirmed. Please merge Account #2 into Account #1.
Sorry for my late reply.

Best regards,
Haruka Morioka
""", quote="""
________________________________
差出人: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2025年5月22日 9:14
宛先: haruka.morioka.k@gmail.com <haruka.morioka.k@gmail.com>
CC: 森岡 遥 <h-morioka@tsubame-sol.co.jp>
件名: RE:[CASE 174720384100517] [AWS Training and Certification Form Submission] - account-assistance

""" + Q39, note="Confirmation sent from the COMPANY address (wrong address), Outlook Japanese reply header, ISO-2022-JP, CRLF.")

BOUNCE_B = "----=_bounce_%s" % h(42, "b")[:12]
RAW42 = ("""Content-Type: multipart/report; report-type=delivery-status;
\tboundary="%(b)s"

--%(b)s
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 7bit


** Message not delivered **

Your message couldn't be delivered to no-reply-aws@amazon.com. The remote server rejected it.

The response from the remote server was:
550 5.1.1 <no-reply-aws@amazon.com>: This mailbox does not accept incoming mail. Please use the AWS Support Center to respond to your case.

--%(b)s
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Thu, 22 May 2025 01:51:40 -0700 (PDT)

Final-Recipient: rfc822; no-reply-aws@amazon.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; amazon-smtp.amazon.com. (52.94.124.0, the server for the domain amazon.com.)
Diagnostic-Code: smtp; 550 5.1.1 This mailbox does not accept incoming mail.
Last-Attempt-Date: Thu, 22 May 2025 01:51:43 -0700 (PDT)

--%(b)s
Content-Type: text/rfc822-headers

From: Haruka Morioka <haruka.morioka.k@gmail.com>
To: Amazon Web Services <no-reply-aws@amazon.com>
Subject: Re: RE:[CASE 174782215500931] Move Skill Builder learning history to my personal AWS Builder ID
Date: Thu, 22 May 2025 17:51:38 +0900
Message-ID: <CAKq9Zt1Lm0v3RfbB7n2oPq8YwE5sKd1=uX0@mail.gmail.com>

--%(b)s--
""" % {"b": BOUNCE_B}).encode()
add(42, "unrelated", False, None, fmt="raw", raw_body=RAW42,
    frm=addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), to=ME_P,
    subject="Delivery Status Notification (Failure)", date=dt("2025-05-22 01:51:44", PDT),
    mid="mail.gmail.com", extra=[("Auto-Submitted", "auto-replied")], own="",
    note="Bounce of the user's e-mail reply to the console case (multipart/report); case number only in returned headers.")

Q43 = """Hi Haruka,

Thanks for coming back to me. One snag, though: your confirmation arrived from h-morioka@tsubame-sol.co.jp, which is the address of Account #2, the account that is going to be merged away and closed. For security reasons we only act on a merge confirmation that comes from the address of the account being kept.

Send the same confirmation from haruka.morioka.k@gmail.com and I'll run the merge as soon as it arrives.

Regards,
Yuki Tanabe
AWS Training and Certification
"""
add(43, "info_request", True, C3, box="c", irt=41, refs=[33, 39, 41],
    frm=TC, to=ME_C, cc=ME_P, subject="RE:[CASE %s] %s" % (C3, SUBJ_TC % "account-assistance"),
    date=dt("2025-05-23 00:38:51"), sender=ses(43), own=Q43,
    note="Wrong-address reply: asks to write again from the address being kept; imperative without 'please'.")

R44 = """Hi Yuki,

Sending this from my personal address as you asked: I confirm, please merge Account #2 (AWS04718265) into Account #1 (AWS10293847). Account #1 is the one I want to keep.

Thanks,
Haruka
"""
add(44, "user_reply", False, C3, mid="gmail", irt=43, refs=[33, 39, 41, 43],
    frm=addr("Haruka Morioka", ME_P), to=TC_ADDR,
    subject="Confirmation from my personal address",
    date=dt("2025-05-23 11:02:40", JST), own=R44,
    note="Threaded only by In-Reply-To/References: no case number in subject or body.")

Q45 = """Hi Haruka,

I have successfully merged all accounts. Your exam history, certifications and benefits from Account #2 are now under Account #1, which you sign in to with haruka.morioka.k@gmail.com. Your candidate ID going forward is AWS10293847; the old ID will no longer work.

Your Credly badges should re-issue to the new account within 24 hours. If your AWS Partner Network profile still lists your certifications, that will update by itself over the coming days.

If you have any further questions, feel free to reply to this email.

Best regards,
Yuki Tanabe
AWS Training and Certification
"""
QUOTE45 = ("\nOn Fri, May 23, 2025 at 11:02 AM Haruka Morioka <%s> wrote:\n" % ME_P
           + gq(R44 + "\nOn Thu, May 22, 2025 Amazon Web Services wrote:\n" + gq(Q39 + "\n" + Q33TXT)))
add(45, "resolved", False, C3, fmt="alt", cte="quoted-printable", irt=44, refs=[33, 39, 41, 43, 44],
    frm=TC, to=ME_P, subject="RE:[CASE %s] %s" % (C3, SUBJ_TC % "account-assistance"),
    date=dt("2025-05-23 03:47:05"), sender=ses(45), own=Q45, quote=QUOTE45,
    note="'successfully merged' above nested quotes that contain 'Kindly confirm' and the closing notice.")

add(46, "badge", False, None, fmt="alt", cte="quoted-printable",
    frm=addr("Credly", "admin@credly.com"), to=ME_P,
    subject="Haruka, accept your AWS Certified Solutions Architect - Associate badge",
    date=dt("2025-05-23 09:12:55"), sender=sendgrid(46, "credly.com"), mid="credly.com",
    own="""Hi Haruka,

Amazon Web Services Training and Certification has issued you a badge:

AWS Certified Solutions Architect - Associate

Accept your badge: https://www.credly.com/badges/e41c0b62-77d3-4a8e-b2f1-3c9a5d0e8f14/accept

Once accepted, you can share it on LinkedIn, add it to your email signature, or download a PDF certificate.

Credly
""", note="Credly re-issue after the merge.")

add(47, "survey", False, C3, fmt="alt", cte="quoted-printable",
    frm=addr("AWS Training and Certification", "aws-tc-survey@amazon.com"), to=ME_P,
    subject="Your opinion matters: case %s" % C3,
    date=dt("2025-05-24 15:30:02"), sender=ses(47),
    own="""Hi Haruka,

Your recent case with AWS Training and Certification (Case ID 174720384100517) was marked as resolved.

Could you take a moment to tell us how we did? Choose one of the options below; it takes less than a minute.

Excellent: https://aws-tc-survey.amazon.com/s/174720384100517?r=5
Good:      https://aws-tc-survey.amazon.com/s/174720384100517?r=4
Fair:      https://aws-tc-survey.amazon.com/s/174720384100517?r=3
Poor:      https://aws-tc-survey.amazon.com/s/174720384100517?r=1

Thank you,
AWS Training and Certification
""", note="Survey phrased as a polite question ('Could you take a moment...').")

add(48, "closing_notice", True, C5, fmt="alt", cte="quoted-printable",
    frm=NOREPLY, to=ME_P,
    subject="RE:[CASE %s] Move Skill Builder learning history to my personal AWS Builder ID" % C5,
    date=dt("2025-05-25 04:00:12"), sender=ses(48),
    own="""Hello,

We haven't heard back from you regarding the information requested in our previous correspondence.

If we don't receive a response within the next 3 days, this case will be resolved automatically. A resolved case can be reopened from the Support Center within 14 days; after that you will need to create a new case.

To respond, sign in to the AWS Support Center and reply to the case using the link below.

Best regards,
Amazon Web Services

===============================================================

To see all correspondence and reply to this case, use the link below.

https://console.aws.amazon.com/support/home#/case/?displayId=174782215500931&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
Please use the link above if you need to contact us again about this same issue.

===============================================================
""", note="Console auto-resolve warning: must answer in the Support Center.")

add(49, "user_reply", False, C3, mid="gmail", irt=45, refs=[33, 39, 41, 43, 44, 45],
    frm=addr("Haruka Morioka", ME_P), to=TC_ADDR,
    subject="Re: RE:[CASE %s] %s" % (C3, SUBJ_TC % "account-assistance"),
    date=dt("2025-05-26 09:48:21", JST),
    own="""Hi Yuki,

Thank you, I can see all my exams and certifications on the new account now.

One thing is missing: on the old account I had a 50% discount voucher for the next exam (under Benefits), but it is not shown on the new account. Could you check it?

Best regards,
Haruka
""", quote="\nOn Fri, May 23, 2025 at 12:47 PM Amazon Web Services <%s> wrote:\n" % TC_ADDR + gq(Q45 + QUOTE45),
    note="User asks support a question (reopens); top-posted over a long nested history.")

add(50, "suspicious", False, None,
    frm=addr("AWS Training and Certification", TC_ADDR), to=ME_P,
    subject="RE:[CASE %s] %s" % (C3, SUBJ_TC % "account-assistance"),
    date=dt("2025-05-26 18:22:47"), mid="ses",
    sender=("vps-7721.relay-mx7.top", "91.215.85.143", "bounce@relay-mx7.top", "amazon.com", "amazon.com", None),
    auth=auth_gmail("amazon.com", "amazon.com", "bounce@relay-mx7.top", "91.215.85.143", dkim="fail", spf="softfail", dmarc="fail"),
    own="""Hello Haruka,

Regarding your recent request about the benefits on your certification account:

Before an exam voucher can be transferred to a merged account, we need to re-validate the payment method that was used for your last exam. Please complete the validation within 24 hours at the link below, otherwise the voucher will expire and cannot be restored.

https://aws-training-benefits.com/validate?ref=174720384100517

Best regards,
Yuki Tanabe
AWS Training and Certification
""", note="Real sender address, real case subject and agent name, but dkim=fail / dmarc=fail from a foreign relay.")

add(51, "case_update", False, C3, irt=49, refs=[45, 49],
    frm=TC, to=ME_P, subject="RE:[CASE %s] %s" % (C3, SUBJ_TC % "account-assistance"),
    date=dt("2025-05-27 02:10:33"), sender=ses(51),
    own="""Hello Haruka,

I've reopened your case so we can look into the missing voucher.

Benefits such as exam discount vouchers are stored separately from exam history and don't always carry over in the same step as the rest of a merge. I checked the old record and can see that a 50% voucher was issued to it in December 2024, so nothing has been lost. I'm arranging for it to be attached to your current account and will confirm here once that's done.

Tomás
AWS Training and Certification
""", note="Reopened case: progress news, no ask.")

add(52, "case_update", False, C5, fmt="alt", cte="quoted-printable",
    frm=NOREPLY, to=ME_P,
    subject="RE:[CASE %s] Move Skill Builder learning history to my personal AWS Builder ID" % C5,
    date=dt("2025-05-27 06:31:40"), sender=ses(52),
    own="""Hello,

Thank you for the details you added to the case. I have verified ownership of both AWS Builder ID profiles and submitted the request to move your Skill Builder learning history from the profile registered to h-morioka@tsubame-sol.co.jp to the one registered to haruka.morioka.k@gmail.com. This usually completes within two business days; your course progress will appear on the new profile once it's done.

I will keep this case open and confirm here when the transfer is complete.

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

Best regards,
Ravi S.
Amazon Web Services

===============================================================

To see all correspondence and reply to this case, use the link below.

https://console.aws.amazon.com/support/home#/case/?displayId=174782215500931&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
Please use the link above if you need to contact us again about this same issue.

===============================================================
""", note="Console progress update with the same 'Please share your experience' footer and reply link as a request.")

add(53, "certification", False, None, lang="ja", fmt="alt", cte="base64",
    frm=CERTM, to=ME_P, subject="AWS 認定の有効期限が近づいています",
    date=dt("2025-05-27 16:05:19"), sender=sendgrid(53, "certmetrics.com"), mid="certmetrics.com",
    own="""森岡 遥 様

AWS 認定をご取得いただきありがとうございます。
保有されている以下の認定の有効期限が近づいています。

認定: AWS Certified Developer - Associate
有効期限: 2025年7月1日
受験者 ID: AWS10293847

有効期限までに再認定を行うことで、認定を維持することができます。再認定の方法については AWS 認定アカウントからご確認ください。

本メールは送信専用です。
AWS トレーニングと認定
""", note="Japanese certification expiry, now to the personal address, with the new candidate ID.")

add(54, "unrelated", False, None,
    frm=addr("Ken Ishida", "notifications@github.com"), to=addr("haruka-m/aws-cert-notes", "aws-cert-notes@noreply.github.com"),
    cc=addr("Haruka Morioka", ME_P) + ", Review requested <review_requested@noreply.github.com>",
    subject="Re: [haruka-m/aws-cert-notes] Record merged certification account (PR #7)",
    date=dt("2025-05-28 03:33:12"), mid="github.com",
    sender=("out-25.smtp.github.com", "192.30.252.208", "noreply@github.com", "github.com", "github.com", None),
    extra=[("List-ID", "haruka-m/aws-cert-notes <aws-cert-notes.haruka-m.github.com>"), ("X-GitHub-Reason", "review_requested")],
    own="""@ishida-k approved these changes.

LGTM. Could you also add the candidate ID format to the README before merging?

--
Reply to this email directly, view it on GitHub:
https://github.com/haruka-m/aws-cert-notes/pull/7#pullrequestreview-2871044362
You are receiving this because your review was requested.
""", note="GitHub review with a question, 'merged certification account' in the subject.")

Q55 = """森岡 遥 様

いつもお世話になっております。AWS トレーニングと認定サポートの佐藤でございます。
担当の Tomas より本件を引き継ぎました。

特典担当チームにて確認いたしましたところ、旧アカウント(AWS04718265)に付与されていた 50% 割引バウチャーは、統合処理の対象外となっていたことが判明いたしました。新アカウントへ再発行する手配を進めておりますが、発行済みバウチャーを特定するための情報が社内システム上で一部欠落しております。

つきましては、旧アカウントの特典画面に表示されていたバウチャーコード(英数字16桁)と有効期限をお知らせいただけますでしょうか。お手元に控えがない場合は、その旨をご返信ください。

お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。

佐藤
AWS トレーニングと認定 カスタマーサポート
"""
add(55, "info_request", True, C3, lang="ja", charset="shift_jis", cte="quoted-printable",
    frm=TC, to=ME_P, subject="RE:[CASE %s] %s" % (C3, SUBJ_TC % "account-assistance"),
    date=dt("2025-05-29 04:20:17"), sender=ses(55), own=Q55,
    note="Keigo request (〜いただけますでしょうか) after progress news; Shift_JIS quoted-printable.")

R56 = """佐藤様

ご連絡ありがとうございます。
旧アカウントのスクリーンショットが残っていましたので、お知らせいたします。

バウチャーコード: 7QKM-4RTP-X2WD-9HNB
有効期限: 2025年11月30日
割引率: 50%

よろしくお願いいたします。

森岡 遥
"""
add(56, "user_reply", False, C3, lang="ja", mid="gmail", irt=55, refs=[45, 49, 51, 55],
    frm=addr("森岡 遥", ME_P), to=TC_ADDR,
    subject="Re: RE:[CASE %s] %s" % (C3, SUBJ_TC % "account-assistance"),
    date=dt("2025-05-29 14:03:55", JST), own=R56,
    quote="\n2025年5月29日(木) 13:20 Amazon Web Services <%s>:\n" % TC_ADDR + gq(Q55),
    note="Japanese user reply, UTF-8 8bit, Gmail Japanese attribution line (…<addr>:).")

add(57, "resolved", False, C5, fmt="alt", cte="quoted-printable",
    frm=NOREPLY, to=ME_P,
    subject="RE:[CASE %s] Move Skill Builder learning history to my personal AWS Builder ID" % C5,
    date=dt("2025-05-30 01:12:09"), sender=ses(57),
    own="""Hello,

I'm happy to let you know that the transfer has completed: your Skill Builder course progress and completion history are now available on the AWS Builder ID registered to haruka.morioka.k@gmail.com. The Builder ID registered to your former company address was left unchanged; you can delete it from its profile page whenever you like.

As there is nothing else pending, we're marking this case as resolved. If anything doesn't look right, you can reopen the case from the Support Center within 14 days.

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

Best regards,
Ravi S.
Amazon Web Services

===============================================================

To see all correspondence and reply to this case, use the link below.

https://console.aws.amazon.com/support/home#/case/?displayId=174782215500931&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
Please use the link above if you need to contact us again about this same issue.

===============================================================
""", note="Console resolution with reopen option and feedback footer.")

add(58, "unrelated", False, None, box="c", lang="ja", crlf=True, mid="outlook", cte="quoted-printable",
    frm=addr("人事部", "jinji@tsubame-sol.co.jp"), to=addr("森岡 遥", ME_C),
    subject="【ご案内】最終出社日の手続きと貸与品の返却について",
    date=dt("2025-05-30 11:00:00", JST),
    sender=("TYCPR01MB6120.jpnprd01.prod.outlook.com", "2603:1096:400:18f::3", "jinji@tsubame-sol.co.jp", "tsubame-sol.co.jp", "tsubame-sol.co.jp", None),
    own="""森岡 遥 様

人事部です。本日が最終出社日となります。長い間お疲れさまでした。

本日17:00までに、以下の貸与品を人事部(5F)へご返却ください。
  ・ノートPC(資産番号 TS-2021-0388)
  ・社員証・入館カード
  ・社用携帯電話

返却時に受領書へのご署名をお願いします。
離職票・源泉徴収票は後日ご自宅へ郵送いたします。

ご不明点がございましたら、本メールにご返信ください。

人事部
""", note="HR exit notice: direct requests and 〜ございましたら…ご返信ください, not from support.")

add(59, "survey", False, C5, fmt="alt", cte="quoted-printable",
    frm=NOREPLY, to=ME_P, subject="How did we do? Your AWS Support case %s" % C5,
    date=dt("2025-05-31 10:00:41"), sender=ses(59),
    own="""Hello,

Your AWS Support case 174782215500931 was recently resolved. We'd like to hear about your experience.

Please take our short survey (about 2 minutes):
https://console.aws.amazon.com/support/feedback?displayId=174782215500931

This email was sent from an address that cannot accept incoming e-mails.
Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""", note="Console survey from no-reply-aws.")

add(60, "resolved", False, C3, lang="ja", cte="quoted-printable", irt=56, refs=[55, 56],
    frm=TC, to=ME_P, subject="RE:[CASE %s] %s" % (C3, SUBJ_TC % "account-assistance"),
    date=dt("2025-06-02 01:41:22"), sender=ses(60),
    own="""森岡 遥 様

AWS トレーニングと認定サポートの佐藤でございます。

ご提供いただいた情報をもとに、50% 割引バウチャーを新アカウント(AWS10293847)へ再発行いたしました。AWS 認定アカウントの「特典」画面にてご確認いただけます。有効期限は元のバウチャーと同じ 2025年11月30日です。

以上をもちまして、本ケースはクローズとさせていただきます。お客様にて追加でご対応いただく必要はございません。
ご不明な点がございましたら、本メールにご返信いただければ幸いです。

このたびはご不便をおかけし、申し訳ございませんでした。

佐藤
AWS トレーニングと認定 カスタマーサポート

-----Original Message-----
""", quote=gq(R56 + "\n" + Q55),
    note="Japanese resolution quoting the keigo request; conditional ご不明な点がございましたら…ご返信.")

add(61, "user_reply", False, C3, lang="ja", mid="gmail", cte="base64", irt=60, refs=[55, 56, 60],
    frm=addr("森岡 遥", ME_P), to=TC_ADDR,
    subject="Re: RE:[CASE %s] %s" % (C3, SUBJ_TC % "account-assistance"),
    date=dt("2025-06-02 12:30:08", JST),
    own="""佐藤様

特典画面でバウチャーが表示されていることを確認できました。
ご対応いただき、ありがとうございました。

森岡
""", quote="\n2025年6月2日(月) 10:41 Amazon Web Services <%s>:\n" % TC_ADDR + gq("森岡 遥 様\n\nご提供いただいた情報をもとに、50% 割引バウチャーを新アカウント(AWS10293847)へ再発行いたしました。\n"),
    note="Thank-you reply after resolution; base64.")

add(62, "unrelated", False, None,
    frm=addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), to=ME_P,
    subject="Pearson VUE Confirmation of Booking", date=dt("2025-06-03 05:16:48"),
    sender=sendgrid(62, "pearson.com"), mid="pearson.com", fmt="alt", cte="quoted-printable",
    own="""Dear Haruka Morioka,

Thank you for scheduling your exam with Pearson VUE.

Registration ID: 518203947
Candidate ID: AWS10293847
Exam: AWS Certified Developer - Associate (DVA-C02)
Language: English
Appointment: Friday, June 6, 2025 at 13:30 Japan Standard Time
Location: Pearson Professional Centers - Tokyo, Japan

Please arrive 30 minutes before your appointment and bring two forms of identification. To reschedule or cancel, visit https://home.pearsonvue.com/aws at least 24 hours before your appointment.

Pearson VUE
""", note="Exam-vendor booking: 9-digit registration ID and a candidate ID.")

add(63, "unrelated", False, None,
    frm=addr("Fieldnote Support", "help@fieldnote.zendesk.com"), to=ME_P,
    subject="[Fieldnote] Your request #48213 has been solved", date=dt("2025-06-04 19:05:30"),
    sender=("o1.ptr2711.zendesk.com", "192.161.151.13", "help@fieldnote.zendesk.com", "fieldnote.zendesk.com", "fieldnote.zendesk.com", None),
    own="""##- Please type your reply above this line -##

Your request (#48213) "Cannot export notebooks to PDF" has been solved.

If you feel the request was not resolved, simply reply to this email within 7 days to reopen it. After that the request will be closed automatically.

Jonas (Fieldnote Support)
Jun 4, 2025, 21:04 CEST

Hi Haruka, the PDF export fix is now live for all accounts. Closing this out - let us know if you still see the error!

This email is a service from Fieldnote Support.
""", note="Other vendor's 'solved / reply to reopen' mail, looks like a closing notice.")

add(64, "suspicious", False, None, lang="ja", charset="iso-2022-jp", cte="7bit", mid="aws-certification-jp.com",
    frm=addr("AWS認定サポート", "support@aws-certification-jp.com", "iso-2022-jp"), to=ME_P,
    subject="【重要】AWS認定アカウントの統合手続きが保留されています",
    date=dt("2025-06-05 02:44:18"),
    sender=("mx1.aws-certification-jp.com", "45.142.212.61", "support@aws-certification-jp.com", "aws-certification-jp.com", "aws-certification-jp.com", None),
    auth=auth_gmail("aws-certification-jp.com", "aws-certification-jp.com", "support@aws-certification-jp.com", "45.142.212.61", dmarc="pass", policy="NONE"),
    own="""AWS認定をご利用のお客様

お客様のAWS認定アカウントの統合手続きにおいて、本人確認が完了していないため処理が保留されています。

24時間以内に下記リンクよりログインし、本人確認を完了してください。
https://aws-certification-jp.com/login

期限内にご対応いただけない場合、保有されている認定資格が失効する可能性がございます。

AWS トレーニングと認定
""", note="Japanese phishing from a lookalike domain (passes its own auth), ISO-2022-JP, urgent ask.")

add(65, "certification", False, None, fmt="alt", cte="quoted-printable",
    frm=CERTM, to=ME_P, subject="Congratulations on recertifying your AWS Certification!",
    date=dt("2025-06-07 02:10:50"), sender=sendgrid(65, "certmetrics.com"), mid="certmetrics.com",
    own="""Dear Haruka Morioka,

Congratulations on recertifying your AWS Certified Developer - Associate certification! Your certification is now valid through June 6, 2028.

Candidate ID: AWS10293847

Download your certificate and manage your benefits in your AWS Certification Account. Your 50% discount benefit for a future exam has been added under Benefits.

AWS Training and Certification
""", note="Recertification on the merged account.")

add(66, "badge", False, None, fmt="alt", cte="quoted-printable",
    frm=addr("Credly", "admin@credly.com"), to=ME_P,
    subject="You've earned a badge: AWS Certified Developer - Associate",
    date=dt("2025-06-07 08:31:04"), sender=sendgrid(66, "credly.com"), mid="credly.com",
    own="""Congratulations, Haruka!

Amazon Web Services Training and Certification has issued you a new badge:
AWS Certified Developer - Associate

Accept your badge: https://www.credly.com/badges/0c5f2d9a-61b4-4e3e-9f7a-8a2b6e1d4c37/accept

Credly
""", note="Credly badge.")

add(67, "acknowledgement", False, C6,
    frm=TC, to=ME_P, subject="RE:[CASE %s] %s" % (C6, SUBJ_TC % "digital-badges"),
    date=dt("2025-06-09 07:00:10"), sender=ses(67),
    own="""Hello,

We've received your message and opened case 174945240300288.

Case ID: 174945240300288
Subject: [AWS Training and Certification Form Submission] - digital-badges

Our team will get back to you, usually within 24 hours. Please don't open a new case for this same issue, as doing so may delay our response.

Regards,
AWS Training and Certification
""", note="Short acknowledgement, different subject tail (digital-badges).")

Q68 = """Dear Haruka,

Greetings from AWS Training and Certification!

This is regarding your case about Credly badges. I have checked and your merged certification account (AWS10293847) is now correctly linked with Credly, so any new badge will be issued to the Credly profile of haruka.morioka.k@gmail.com. Your Developer - Associate badge from last week is already there, as you may have seen.

However the older badges (Solutions Architect - Associate and the previous Developer - Associate) are still sitting in a separate Credly profile which is registered under h-morioka@tsubame-sol.co.jp. For moving them we need Credly to merge the two profiles.

Kindly revert with below details so I can raise the request:
- email address of the Credly profile you want to keep
- whether you had accepted the old badges in the old profile or not

Thanks and regards,
Rahul K.
AWS Training and Certification
"""
add(68, "info_request", True, C6, fmt="alt", cte="quoted-printable",
    frm=TC, to=ME_P, subject="RE:[CASE %s] %s" % (C6, SUBJ_TC % "digital-badges"),
    date=dt("2025-06-10 05:27:36"), sender=ses(68), own=Q68,
    note="Mixed mail (good news first, then 'Kindly revert with below details'), non-native English.")

add(69, "unrelated", False, None, lang="ja", fmt="alt", cte="base64",
    frm=addr("Amazon.co.jp", "shipment-tracking@amazon.co.jp"), to=ME_P,
    subject="Amazon.co.jp ご注文の商品を発送しました", date=dt("2025-06-10 18:02:33", JST),
    sender=("a27-18.smtp-out.us-west-2.amazonses.com", "54.240.27.18", "2025061000023398e5@bounces.amazon.co.jp", "amazon.co.jp", "amazon.co.jp", None),
    own="""森岡 遥 様

Amazon.co.jp をご利用いただき、ありがとうございます。
ご注文 250-4829371-5560214 の商品を発送しました。

お届け予定: 6月12日(木)
配送業者: ヤマト運輸

配送状況の確認や注文の詳細は、アカウントサービスの「注文履歴」からご確認ください。

このメールアドレスは配信専用です。このメッセージに返信しないようお願いいたします。

Amazon.co.jp
""", note="Amazon.co.jp shipping notice (Japanese, base64).")

add(70, "unrelated", False, None, fmt="alt", cte="quoted-printable",
    frm=addr("Amazon Web Services", "aws-marketing-email-replies@amazon.com"), to=ME_P,
    subject="Register now: AWS re:Invent 2025 | Dec 1-5, Las Vegas", date=dt("2025-06-11 16:00:00"),
    sender=ses(70),
    own="""Registration for AWS re:Invent 2025 is open.

Join us December 1-5 in Las Vegas for keynotes, 2,000+ technical sessions and the AWS Certification Lounge. AWS Certified? Bring your digital badge to unlock the Certification Lounge and exclusive swag.

Register now: https://reinvent.awsevents.com/register

Questions? Reply to this email and our events team will get back to you.

Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
Unsubscribe: https://pages.awscloud.com/unsubscribe
""", note="AWS marketing with 'Reply to this email'.")

Q71 = """Hello Haruka,

We've closed case 174945240300288 today because we did not receive a reply to our last message about your Credly badges.

It isn't too late to carry on: reply to this email within the next 14 days and the case will be reopened automatically, with all of its history, and Rahul will pick it up again. After that, you would need to submit a new request through the contact form.

Regards,
AWS Training and Certification
"""
add(71, "closing_notice", True, C6,
    frm=TC, to=ME_P, subject="RE:[CASE %s] %s" % (C6, SUBJ_TC % "digital-badges"),
    date=dt("2025-06-13 12:20:48"), sender=ses(71), own=Q71,
    note="Closing notice in past tense ('We've closed') where a reply reopens it.")

R72 = """Hello,

Sorry for the slow answer, I was travelling last week.
- The Credly profile I want to keep: haruka.morioka.k@gmail.com
- I think I accepted the old badges on the old profile in 2021 and 2023, yes.

Please reopen the case.

Haruka Morioka
"""
add(72, "user_reply", False, C6, mid="gmail", irt=71, refs=[68, 71],
    frm=addr("Haruka Morioka", ME_P), to=TC_ADDR,
    subject="Re: RE:[CASE %s] %s" % (C6, SUBJ_TC % "digital-badges"),
    date=dt("2025-06-14 08:55:31", JST), own=R72,
    quote="\nOn Fri, Jun 13, 2025 at 9:20 PM Amazon Web Services <%s> wrote:\n" % TC_ADDR
    + gq(Q71 + "\nOn Tue, Jun 10, 2025 Amazon Web Services wrote:\n" + gq(Q68)),
    note="Top-posted user reply over the closing notice and the quoted request.")

Q73 = """Dear Haruka,

Thanks for reverting, the case is reopened.

Before I send the request to Credly, just to be sure I understood correctly:

  Keep:                     Credly profile haruka.morioka.k@gmail.com
  Merge into it, then close: Credly profile h-morioka@tsubame-sol.co.jp

Is that right? Once Credly merges the profiles it cannot be reversed.

Thanks and regards,
Rahul K.
AWS Training and Certification
"""
add(73, "confirmation_request", True, C6, irt=72, refs=[68, 71, 72],
    frm=TC, to=ME_P, subject="RE:[CASE %s] %s" % (C6, SUBJ_TC % "digital-badges"),
    date=dt("2025-06-16 03:02:19"), sender=ses(73), own=Q73,
    note="Which profile to keep (Credly), asked as 'Is that right?'.")

add(74, "user_reply", False, C6, mid="gmail", irt=73, refs=[68, 71, 72, 73],
    frm=addr("Haruka Morioka", ME_P), to=TC_ADDR,
    subject="Re: RE:[CASE %s] %s" % (C6, SUBJ_TC % "digital-badges"),
    date=dt("2025-06-16 12:14:06", JST),
    own="""Yes, that's right. Thank you!
""", quote="\nOn Mon, Jun 16, 2025 at 12:02 PM Amazon Web Services <%s> wrote:\n" % TC_ADDR + gq(Q73),
    note="One-line confirmation.")

add(75, "on_hold", False, C6, irt=74, refs=[72, 73, 74],
    frm=TC, to=ME_P, subject="RE:[CASE %s] %s" % (C6, SUBJ_TC % "digital-badges"),
    date=dt("2025-06-17 04:48:52"), sender=ses(75),
    own="""Dear Haruka,

Thank you for confirming. I have raised the profile merge with Credly's support team (their reference CR-558204). This step is carried out by Credly, not by us, so your case will stay on hold until they confirm the merge, normally 3-5 business days.

No action is needed from you meanwhile. I will update you once Credly comes back.

Thanks and regards,
Rahul K.
AWS Training and Certification
""", note="Hold waiting on a third party (Credly), asks nothing; 6-digit reference that is not a case ID.")

add(76, "badge", False, None, fmt="alt", cte="quoted-printable",
    frm=addr("Credly", "admin@credly.com"), to=ME_P,
    subject="Your badges have been moved to your Credly account", date=dt("2025-06-20 14:07:27"),
    sender=sendgrid(76, "credly.com"), mid="credly.com",
    own="""Hi Haruka,

Good news! 3 badges issued by Amazon Web Services Training and Certification were moved from the profile registered to h-morioka@tsubame-sol.co.jp to this account.

View your badges: https://www.credly.com/users/haruka-morioka/badges

If you didn't request this change, contact Credly support.

Credly
""", note="Credly mail about the badge transfer ('merge' context).")

add(77, "resolved", False, C6,
    frm=TC, to=ME_P, subject="RE:[CASE %s] %s" % (C6, SUBJ_TC % "digital-badges"),
    date=dt("2025-06-20 23:55:14"), sender=ses(77),
    own="""Dear Haruka,

Credly has confirmed that the two profiles are merged. All your badges issued by AWS Training and Certification now show in the profile under haruka.morioka.k@gmail.com, and the old profile has been closed.

No further action is required. I'm marking this case resolved.

Thanks and regards,
Rahul K.
AWS Training and Certification

How would you rate this reply?
Excellent: https://aws-tc-survey.amazon.com/r/174945240300288?s=3
Good:      https://aws-tc-survey.amazon.com/r/174945240300288?s=2
Poor:      https://aws-tc-survey.amazon.com/r/174945240300288?s=1
""", note="Resolution with a rating footer.")

add(78, "survey", False, C6, lang="ja", fmt="alt", cte="base64",
    frm=addr("AWS トレーニングと認定", "aws-tc-survey@amazon.com"), to=ME_P,
    subject="サポートに関するアンケートご協力のお願い(ケース 174945240300288)",
    date=dt("2025-06-21 06:00:05"), sender=ses(78),
    own="""森岡 遥 様

先日は AWS トレーニングと認定カスタマーサポートをご利用いただき、誠にありがとうございました。
サービス向上のため、今回のサポート(ケース ID: 174945240300288)についてのアンケートにご協力いただけますでしょうか。所要時間は1分程度です。

アンケートに回答する: https://aws-tc-survey.amazon.com/ja/s/174945240300288

※本メールは送信専用アドレスから配信しております。ご返信いただいてもお答えできません。

AWS トレーニングと認定
""", note="Japanese survey with keigo ask (ご協力いただけますでしょうか).")

add(79, "certification", False, None, fmt="alt", cte="quoted-printable",
    frm=CERTM, to=ME_P, subject="AWS Certification wants to hear from you",
    date=dt("2025-06-23 17:40:00"), sender=sendgrid(79, "certmetrics.com"), mid="certmetrics.com",
    own="""Hello Haruka,

Subject matter experts like you help shape AWS Certification exams. We're looking for AWS Certified professionals to take part in upcoming item-writing and exam review workshops for the Developer - Associate exam.

If you're interested, complete the short interest form by July 15:
https://www.certmetrics.com/amazon/sme/interest

Selected participants will be contacted by email. Thank you for lending your voice to AWS Certification.

AWS Training and Certification
""", note="SME program invitation from certmetrics with a deadline.")

add(80, "unrelated", False, None,
    frm=addr("AWS Free Tier", "freetier@costalerts.amazonaws.com"), to=ME_P,
    subject="AWS Free Tier limit alert", date=dt("2025-06-24 09:14:37"),
    sender=("a8-54.smtp-out.amazonses.com", "54.240.8.54", "0100019%s@amazonses.com" % h(80)[:20], "costalerts.amazonaws.com", "costalerts.amazonaws.com", "amazonses.com"),
    own="""Hello,

Your AWS account 482910374655 has exceeded 85% of the usage limit for one or more AWS Free Tier-eligible services for the month of June.

Product: AmazonS3
Usage: 4.27 of 5 GB-Mo

To learn more about your AWS Free Tier usage, open the Billing and Cost Management console.

Amazon Web Services
""", note="Free Tier alert with a 12-digit account ID.")

add(81, "suspicious", False, None, fmt="alt", cte="quoted-printable", mid="credly-notify.net",
    frm=addr("Credly", "admin@credly-notify.net"), to=ME_P,
    subject="Action required: your AWS badges will be revoked", date=dt("2025-06-25 03:31:22"),
    sender=("smtp.credly-notify.net", "103.224.182.250", "admin@credly-notify.net", "credly-notify.net", "credly-notify.net", None),
    auth=auth_gmail("credly-notify.net", "credly-notify.net", "admin@credly-notify.net", "103.224.182.250", dmarc="none", policy="NONE"),
    own="""Hi Haruka,

Amazon Web Services Training and Certification has flagged 3 of your badges after a recent account merge. Unless you verify your identity, these badges will be revoked on June 27.

Verify now: https://credly-notify.net/verify/haruka-morioka

Credly Trust & Safety
""", note="Credly lookalike domain claiming AWS badges will be revoked.")

add(82, "unrelated", False, None, lang="ja",
    frm=addr("Zenn", "noreply@zenn.dev"), to=ME_P,
    subject="今週のトレンド記事: 転職時にAWS認定アカウントを個人用に統合した話 ほか",
    date=dt("2025-06-26 08:00:00", JST),
    sender=("o3.ptr9021.zenn.dev", "168.245.1.12", "bounces@em.zenn.dev", "zenn.dev", "zenn.dev", None),
    own="""今週よく読まれた記事をお届けします。

1. 転職時にAWS認定アカウントを個人用に統合した話
   サポートからの「Account #1 / Account #2 どちらに統合しますか?」というメールに返信するだけで完了しました。
2. Terraform 1.12 の新機能まとめ
3. 社内勉強会で AWS Builder ID を配布するときの注意点

配信設定の変更: https://zenn.dev/settings/email
""", note="Japanese newsletter quoting merge-flow phrases (Account #1 / #2, 統合) as article titles.")


# ================================================================ write
def main():
    for f in os.listdir(OUT):
        if re.match(r"^\d{3}-msg\.(eml|json)$", f):
            os.remove(os.path.join(OUT, f))
    for m in MESSAGES:
        slug = "%03d-msg" % m["n"]
        with open(os.path.join(OUT, slug + ".eml"), "wb") as fh:
            fh.write(build(m))
        src = m["cid_text"] if m["cid_text"] is not None else m["own"]
        label = {"kind": m["kind"], "needs_reply": m["needs"], "case": m["case"],
                 "candidate_ids": cids(src)}
        with open(os.path.join(OUT, slug + ".json"), "w", encoding="utf-8") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
    print("wrote %d messages to %s" % (len(MESSAGES), OUT))


if __name__ == "__main__":
    main()
